"""Posts whose title and body are written right before the person's name.

"Tổng_thống Nga Vladimir_Putin" (title, qualifier, name), the body maybe after "của"
("người phát_ngôn của Điện_Kremlin X") and with its short name or its country in brackets
before the name ("Nghị_sĩ Đảng_Xanh ( Đức ) X"); a place after "tại" says where the post is
held, not whose it is ("đại_sứ Ấn_Độ tại Nga X" is a post of Ấn_Độ), and a body "của" another
is the post's ("Ủy_viên Ủy_ban Tư_pháp của Quốc_hội X"); the field of the post may stand between
the title and its body ("Giám_đốc kỹ_thuật Công_ty Y X"). A title with no body before the
name may have one after it, after "của" ("HLV Arsene_Wenger của Arsenal"). When no title
stands right before the name, it may come first, then a mark and the name (``titles_first``).

Several posts may be listed before one name ("Ủy_viên Bộ_Chính_trị , Bí_thư Thành_ủy
Hà_Nội X"), and a plural title is each listed name's ("các Phó Chủ_tịch Quốc_hội A , B và C").
"""

from __future__ import annotations

from kg import lexicon
from kg.extract.delegation_posts import delegation_body
from kg.extract.frames import HONORIFICS, provenance, title_ending_at
from kg.extract.pieces import ArticleView
from kg.extract.post_bodies import field_ending_at, kind_noun_ending_at, names_body, title_of_bodies, unit_title_before
from kg.extract.post_titles import (
    BOARDS,
    BODY_OF,
    CONFIDENCE_SHARED_TITLE,
    CONFIDENCE_TITLE,
    CONFIDENCE_TITLE_LIST,
    EXTRACTOR,
    PLACE_TYPES,
    PLURAL_TITLE_WORDS,
    POSTED_AT,
    as_past,
    is_former,
    is_modified,
    post_statements,
    reference_title_span,
    title_of,
)
from kg.extract.titles_first import title_first, title_of_bodies_ending_at
from kg.lexicon import syllables_of
from kg.model import EntityType, Mention, Statement


def title_before(view: ArticleView, k: int, person: Mention) -> list[Statement]:
    """The post whose title and body are written right before the name at piece ``k`` ("Tổng_thống Nga
    Vladimir_Putin"), else one written first, before a mark and the name (``title_first``)."""
    first = view.bounds(k)[0]
    qualifiers: list[int] = []
    located = False
    aside = _bracketed_after_body(view, k, first)
    aliases = [aside] if aside is not None else []
    j = aside - 1 if aside is not None else k  # "Nghị_sĩ Đảng_Xanh ( Đức ) X": past the brackets to the body
    while j - 1 >= first and len(qualifiers) < 2:
        previous = view.pieces[j - 1].mention
        if (
            previous is None
            and not located
            and len(qualifiers) == 1
            and view.pieces[j - 1].syllables in POSTED_AT
            and view.pieces[qualifiers[0]].mention.type in PLACE_TYPES
        ):
            located = True  # "đại_sứ Ấn_Độ tại Nga X": Nga is where, not whose
            qualifiers = []
            j -= 1
            continue
        if (
            previous is None
            and len(qualifiers) == 1
            and j - 2 >= first
            and view.pieces[j - 1].syllables in BODY_OF
            and (owner := view.pieces[j - 2].mention) is not None
            and owner.type is not EntityType.PERSON
        ):
            qualifiers.insert(0, j - 2)  # "Ủy_viên Ủy_ban Tư_pháp của Quốc_hội X": the post is of the first body
            j -= 2
            continue
        if (
            previous is None
            and len(qualifiers) == 1
            and title_ending_at(view, j) is None  # "Chủ_tịch nước Việt_Nam X": "nước" ends the title
            and (noun := kind_noun_ending_at(view, j - 1, first)) is not None
        ):
            j = noun  # "Tổng_biên_tập báo Thanh_Niên X": the kind of body before its name
            break
        if previous is None or previous.type is EntityType.PERSON:
            break
        qualifiers.insert(0, j - 1)
        j -= 1
    if len(qualifiers) == 2 and syllables_of(view.pieces[qualifiers[0]].mention.text) in BOARDS:
        qualifiers = qualifiers[1:]  # "Chủ_tịch HĐQT Tập_đoàn Hòa_Phát X": a post of the company, not of its board
    found = title_ending_at(view, j)
    if found is None and qualifiers and (written_again := _bracketed_title_ending_at(view, j, first)) is not None:
        j = written_again  # "Tổng_giám_đốc ( CEO ) Tập_đoàn FPT X": the title written again in brackets
        found = title_ending_at(view, j)
    if found is None and len(qualifiers) == 1 and j - 2 >= first and view.pieces[j - 1].syllables in BODY_OF:
        found = title_ending_at(view, j - 1)  # "người phát_ngôn của Điện_Kremlin X": "của" between the title and its body
        j = j - 1 if found is not None else j
    if found is None and len(qualifiers) == 1 and (field := field_ending_at(view, j - 1, first)) is not None:
        found = title_ending_at(view, field)  # "Giám_đốc kỹ_thuật Công_ty Y X": the field of the post before its body
        j = field if found is not None else j
    if found is None and len(qualifiers) == 1 and (unit := unit_title_before(view, j, first)) is not None:
        j, found = unit  # "Trưởng_khoa Nhi Bệnh_viện Y X": the unit's name between the title and its body
    if found is not None and not qualifiers:
        owner = _body_after_of(view, k)
        if owner is not None:
            qualifiers = [owner]  # "HLV Arsene_Wenger của Arsenal": the body after the name
        elif (led := delegation_body(view, found[0], k)) is not None:
            qualifiers = [led]  # "Đoàn công_tác của Bộ Công_an do Thứ_trưởng X dẫn_đầu"
    # "Chánh Văn_phòng Chính_phủ X": the title may end inside the body's name
    titled = title_of_bodies(view, found, j, qualifiers[0] if qualifiers else None, first)
    if titled is None or not qualifiers:
        return title_first(view, k, person)
    start, title, span = titled
    bodies = [view.pieces[q].mention for q in qualifiers + aliases]
    if is_former(view, start):
        return post_statements(view, person, as_past(title), bodies, start - 1, k, CONFIDENCE_TITLE, span)
    if is_modified(view, start):
        return []
    return post_statements(view, person, title, bodies, start, k, CONFIDENCE_TITLE, span)


def _bracketed_title_ending_at(view: ArticleView, j: int, first: int) -> int | None:
    """The piece of the opening bracket when one word in brackets ends right before piece ``j``
    after a title ("Tổng_giám_đốc ( CEO )"), or None."""
    if j - 4 < first or view.pieces[j - 1].text != ")" or view.pieces[j - 3].text != "(":
        return None
    inside = view.pieces[j - 2]
    return j - 3 if inside.is_word and inside.text[:1].isalpha() and title_ending_at(view, j - 3) is not None else None


def _bracketed_after_body(view: ArticleView, k: int, first: int) -> int | None:
    """The piece of a name in brackets between a body and the name at piece ``k``: the body's
    short name or its country ("Tổ_chức Cấm vũ_khí hóa_học ( OPCW ) X", "Nghị_sĩ Đảng_Xanh ( Đức )
    X"), or None."""
    if k - 4 < first or view.pieces[k - 1].text != ")" or view.pieces[k - 3].text != "(":
        return None
    if not names_body(view, k - 2) or not names_body(view, k - 4):
        return None
    return k - 2


def _link_ending_at(
    view: ArticleView, end: int
) -> tuple[int, lexicon.Title, list[Mention], tuple[int, int]] | None:
    """A title and the bodies written after it, ending just before piece ``end``:
    (first piece, title, bodies, title span); a past post when "nguyên/cựu" opens it."""
    first = view.bounds(end - 1)[0] if end - 1 >= 0 else 0
    if end - 1 >= first and (reference := view.pieces[end - 1].mention) is not None and reference.reference:
        title = title_of(view.pieces[end - 1].syllables)  # "Ủy_viên Bộ_Chính_trị" read as a reference
        if title is None:
            return None
        span = reference_title_span(view, reference)
        if is_former(view, end - 1):
            return end - 2, as_past(title), list(view.inner(reference)), span
        return end - 1, title, list(view.inner(reference)), span
    j = end
    bodies: list[Mention] = []
    while j - 1 >= first and len(bodies) < 2:
        previous = view.pieces[j - 1].mention
        if previous is None or previous.type is EntityType.PERSON:
            break
        bodies.insert(0, previous)
        j -= 1
    return title_of_bodies_ending_at(view, j, bodies)


def titles_listed_before(view: ArticleView, k: int, person: Mention, apposed: set[int]) -> list[Statement]:
    """Posts listed before the one written right before the name, each with its body:
    "Ủy_viên Bộ_Chính_trị , Bí_thư Thành_ủy Hà_Nội X" gives X both posts (the last one
    is read by ``title_before``)."""
    first = view.bounds(k)[0]
    link = _link_ending_at(view, k)
    if link is None:
        return []
    j = link[0]
    statements: list[Statement] = []
    while j - 2 >= first and view.pieces[j - 1].text == "," and len(statements) < 3:
        link = _link_ending_at(view, j - 1)
        if link is None or not link[2]:
            break
        start, title, bodies, span = link
        made = post_statements(view, person, title, bodies, start, k, CONFIDENCE_TITLE_LIST, span)
        statements.extend(made)
        reference = start if view.pieces[start].mention is not None else start + 1
        if made and view.pieces[reference].mention is not None:
            apposed.add(reference)
        j = start
    return statements


def shared_by_list(view: ArticleView, k: int, posts: list[Statement]) -> list[Statement]:
    """A plural title before a list of names is each one's post:
    "các Phó Chủ_tịch Quốc_hội A , B và C" gives B and C the post read for A."""
    if not posts or posts[0].title_span is None:
        return []
    first, last = view.bounds(k)
    title_start = next((i for i in range(first, k) if view.pieces[i].start == posts[0].title_span[0]), None)
    if title_start is None or title_start - 1 < first or view.pieces[title_start - 1].syllables not in PLURAL_TITLE_WORDS:
        return []
    shared: list[Statement] = []
    j = k + 1
    while j + 1 < last and view.pieces[j].text in {",", "và"}:
        j += 1
        while j < last and view.pieces[j].mention is None and view.pieces[j].syllables in HONORIFICS:
            j += 1
        other = view.pieces[j].mention if j < last else None
        if other is None or other.type is not EntityType.PERSON or other.reference:
            break
        for post in posts:
            evidence = provenance(view, title_start, j, EXTRACTOR, CONFIDENCE_SHARED_TITLE)
            shared.append(Statement(other, post.predicate, post.object, evidence, post.title, post.title_span))
        j += 1
    return shared


def _body_after_of(view: ArticleView, k: int) -> int | None:
    """The body named by "của Y" right after the person at piece ``k``, unless a verb or
    another name follows it in the same phrase ("của Arsenal Mesut_Oezil")."""
    last = view.bounds(k)[1]
    j = k + 1
    if j + 1 >= last or view.pieces[j].syllables not in BODY_OF or not names_body(view, j + 1):
        return None
    following = view.pieces[j + 2] if j + 2 < last else None
    if following is not None and following.mention is not None:
        return None
    return j + 1
