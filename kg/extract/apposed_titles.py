"""Posts whose title follows the person's name in apposition.

"Dmitry_Peskov , Phát_ngôn_viên Điện_Kremlin ,". An apposition may open with a comma, a dash
or a bracket, maybe after the year of birth in brackets ("X ( SN 1973 ) , Giám_đốc Y"), a
few lowercase words there ("X ( áo trắng ) -"), the age or a military rank alone between commas
("X , 52 tuổi , Chủ_tịch Y", "X , Đại_tá , Giám_đốc Học_viện Y"), and ends with its body (maybe
after a dash, "X , Giảng_viên chính - Học_viện Y", or after "phụ_trách", the field of the post or "của"
and a noun of its kind: "Giám_đốc kỹ_thuật CLB Y", "người_phát_ngôn của điện Kremlin"), closed by a mark or
not ("X - Phó Cục_trưởng Cục Thuế Hà_Nội cho biết", "X , Phó_phòng Y cho biết"), unless a name
follows the body (the title is then that name's); one closed by a comma may be followed by
another ("X , Ủy_viên A , Chủ_nhiệm B"), as one joined by "kiêm" is ("X , Giám_đốc Sở Y_tế kiêm
Giám_đốc Bệnh_viện Y"), but not by the leadership of a body ("lãnh_đạo
Tỉnh_đoàn Y": a group listed next). A title whose body was read as a reference mention ("X ,
Giám_đốc Sở Y_tế ,") gives the named person the post.

A national title with no body, then a comma and a title of a country, is a post of that
country too ("X , Phó Thủ_tướng , Bộ_trưởng Ngoại_giao nước Lào"; "nước" may stand before the
country's name), and two titles held at once share the body named last ("Chủ_tịch kiêm
Tổng_giám_đốc Y"). ``apposed_title`` reads one title with its body; the verbs of holding
(``held_posts``) read theirs with it too.
"""

from __future__ import annotations

from kg import lexicon
from kg.extract.frames import title_starting_at
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.post_bodies import (
    FOCUS_NOUNS,
    body_of_kind_named_before,
    described_body_of,
    field_then_body,
    focus_body,
    kind_named_at,
    names_body,
    title_into_body,
    unit_then_body,
)
from kg.extract.post_titles import (
    APPOSITION_MARKS,
    BODY_OF,
    CONFIDENCE_APPOSITION,
    FORMER_WORDS,
    GROUP_TITLES,
    PLACE_TYPES,
    as_past,
    pieces_span,
    post_statements,
    reference_title_span,
    title_of,
)
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

#: Words before a title that keep its post ("quyền", acting).
_ACTING = frozenset(syllables_of(w) for w in word_list("roles.acting"))
#: Words between a title and the body it is held at ("Phó Giám_đốc phụ_trách Sở Y_tế").
_IN_CHARGE = Phrases(syllables_of(w) for w in word_list("roles.in-charge"))
#: Words joining two titles one person holds at once ("Chủ_tịch kiêm Tổng_giám_đốc").
_CONCURRENTLY = frozenset(syllables_of(w) for w in word_list("roles.concurrently"))
#: Words that open a bracketed aside giving a person's year of birth ("X ( SN 1973 )").
_BIRTH_ASIDES = Phrases(syllables_of(w) for w in word_list("roles.birth-asides"))
#: The word of a person's age in brackets after the name ("X ( 38 tuổi , … )").
_AGE_WORDS = frozenset(syllables_of(w) for w in word_list("roles.age-words"))
#: How many pieces a bracketed aside after a name may have ("X ( trước_đó là thành_viên HĐTV ACBS )").
ASIDE_REACH = 12
#: How many words an aside of lowercase words in brackets after a name may have ("X ( áo trắng )").
_ASIDE_WORDS = 4
#: Military and police ranks ("Đại_tá"), which may stand alone between commas after a name, before
#: the title ("X , Đại_tá , Giảng_viên Học_viện Y").
_RANKS = Phrases(syllables_of(w) for w in word_list("references.ranks"))
#: Dashes that may stand between a title in apposition and its body ("X , Giảng_viên chính - Học_viện Y").
_DASHES = frozenset({"-", "–"})


def title_after(view: ArticleView, k: int, person: Mention, apposed: set[int]) -> list[Statement]:
    """Titles in apposition after the name: "X , Giám_đốc Sở Y_tế Hà_Nội ,", "X - Thứ_trưởng Bộ Công_an"."""
    last = view.bounds(k)[1]
    inside = _comma_of_age_aside(view, k + 1, last)
    if inside is not None and apposed_title(view, inside + 1, last) is None:
        inside = None  # "( sinh năm 1973 , trú tại Hà_Nội ) , Giám_đốc Y": no title inside the brackets
    mark = inside if inside is not None else _after_bracketed_place(view, k + 1, last)
    if inside is None and (aside := past_age(view, mark, last)) is not None:
        mark = aside  # "X , 52 tuổi , Chủ_tịch Y"
    if inside is None and (aside := _past_rank(view, mark, last)) is not None:
        mark = aside  # "X , Đại_tá , Giám_đốc Học_viện Y"
    if mark >= last or view.pieces[mark].text not in APPOSITION_MARKS:
        return []
    statements: list[Statement] = []
    start = mark + 1
    while start < last:
        if start > mark + 1 and _opens_with_group_title(view, start):
            break  # "X - Phó Tổng_biên_tập báo Y , lãnh_đạo Tỉnh_đoàn Z": the leadership of a body, listed next
        found = apposed_title(view, start, last)
        bare = _bare_title(view, start, last) if found is None else None
        if bare is not None:
            found = apposed_title(view, bare[0] + 1, last)
        if found is None:
            break
        title, bodies, end, reference, span = found
        following = view.pieces[end] if end < last else None
        if following is not None and following.mention is not None and following.mention.type is EntityType.PERSON:
            break  # "X , Tổng_thống Nga Putin": the title is the next person's
        made = post_statements(view, person, title, bodies, k, end - 1, CONFIDENCE_APPOSITION, span)
        if not made:
            break
        if bare is not None and made[0].object.type is EntityType.COUNTRY:
            # "X , Phó Thủ_tướng , Bộ_trưởng Ngoại_giao nước Lào ,": a national title shares the country
            bare_span = pieces_span(view, start, bare[0])
            statements.extend(post_statements(view, person, bare[1], bodies, k, end - 1, CONFIDENCE_APPOSITION, bare_span))
        statements.extend(made)
        if reference is not None:
            apposed.add(reference)
        if inside is not None and following is not None and following.text == ")" and end + 2 < last and view.pieces[end + 1].text == ",":
            # "X ( SN 1973 , bác_sĩ BV Y ) , Giám_đốc Z": the titles go on after the bracket
            inside, start = None, end + 2
            continue
        if following is not None and (joined := _past_concurrently(view, end)) != end:
            start = joined  # "X , Giám_đốc Sở Y_tế kiêm Giám_đốc Bệnh_viện Y": a second post held at once
            continue
        if following is None or following.text != ",":
            break
        start = _past_concurrently(view, end + 1)
    return statements


def _past_concurrently(view: ArticleView, i: int) -> int:
    """Past a word of holding a post at once that opens the next title after a comma
    ("X , Giám_đốc Sở Y_tế , kiêm Giám_đốc Bệnh_viện Y"), or ``i`` itself."""
    return view.match_any(i, _CONCURRENTLY) or i


def _past_rank(view: ArticleView, i: int, last: int) -> int | None:
    """The comma closing a military or police rank set alone between commas after a name, the first
    at piece ``i`` ("X , Đại_tá , Giảng_viên Học_viện Y"), when a title follows it, or None."""
    if i + 2 >= last or view.pieces[i].text != "," or view.pieces[i + 1].mention is not None:
        return None
    end = view.match_any(i + 1, _RANKS)
    if end is None or end + 1 >= last or view.pieces[end].text != ",":
        return None
    return end if apposed_title(view, end + 1, last) is not None else None


def _comma_of_age_aside(view: ArticleView, i: int, last: int) -> int | None:
    """The comma after the year of birth or the age in brackets at piece ``i`` when a title
    follows it inside them ("X ( SN 1975 , giám_đốc Công_ty Y )", "X ( 38 tuổi , … )"), or None."""
    if i + 3 >= last or view.pieces[i].text != "(":
        return None
    opened = view.match_any(i + 1, _BIRTH_ASIDES)
    if opened is None and view.pieces[i + 1].text.isdigit() and view.pieces[i + 2].syllables in _AGE_WORDS:
        opened = i + 3
    if opened is None:
        return None
    comma = next((j for j in range(opened, min(last, opened + 3)) if view.pieces[j].text in {",", ")"}), None)
    if comma is None or view.pieces[comma].text != ",":
        return None
    return comma


def past_age(view: ArticleView, i: int, last: int) -> int | None:
    """The comma closing the age set between commas after a name, the first at piece ``i``
    ("X , 52 tuổi , Chủ_tịch Y"), or None."""
    if i + 3 >= last or view.pieces[i].text != "," or not view.pieces[i + 1].text.isdigit():
        return None
    if view.pieces[i + 2].syllables not in _AGE_WORDS or view.pieces[i + 3].text != ",":
        return None
    return i + 3


def _bare_title(view: ArticleView, start: int, last: int) -> tuple[int, lexicon.Title] | None:
    """A title with no body at piece ``start``, closed by a comma and followed by another title
    ("Phó Thủ_tướng , Bộ_trưởng …"): (piece of the comma, title), or None."""
    found = title_starting_at(view, start)
    if found is None:
        return None
    end, title = found
    if end + 1 >= last or view.pieces[end].text != "," or title_starting_at(view, end + 1) is None:
        return None
    return end, title


def _after_bracketed_place(view: ArticleView, i: int, last: int) -> int:
    """Past a place in brackets after a name ("X ( Thái_Bình ) – Chủ_tịch …"), past brackets
    that open with the year of birth ("X ( SN 1973 , bác_sĩ … ) , Giám_đốc …"), or past a few
    lowercase words in brackets that tell how the person looks or where they stand in a
    picture ("X ( áo trắng ) - Giám_đốc …", "X ( thứ hai từ trái ) , …"), or ``i`` itself."""
    if (
        i + 3 < last
        and view.pieces[i].text == "("
        and (place := view.pieces[i + 1].mention) is not None
        and place.type in PLACE_TYPES
        and view.pieces[i + 2].text == ")"
    ):
        return i + 3
    if i + 2 < last and view.pieces[i].text == "(":
        close = next((j for j in range(i + 1, min(last, i + 2 + _ASIDE_WORDS)) if view.pieces[j].text == ")"), None)
        words = view.pieces[i + 1 : close] if close is not None else ()
        if words and all(p.mention is None and p.text[:1].isalnum() and not p.text[:1].isupper() for p in words):
            return close + 1
    return after_birth_aside(view, i, last)


def after_birth_aside(view: ArticleView, i: int, last: int) -> int:
    """Past brackets at piece ``i`` that open with the year of birth ("( SN 1996 )", "( sinh năm 1973 ,
    … )"), or ``i`` itself."""
    if i + 1 >= last or view.pieces[i].text != "(" or view.match_any(i + 1, _BIRTH_ASIDES) is None:
        return i
    close = next((j for j in range(i + 2, min(last, i + 2 + ASIDE_REACH)) if view.pieces[j].text == ")"), None)
    return close + 1 if close is not None else i


def apposed_title(
    view: ArticleView, start: int, last: int
) -> tuple[lexicon.Title, list[Mention], int, int | None, tuple[int, int]] | None:
    """The title at piece ``start`` with the bodies written after it: (title, bodies, end, reference piece, title span)."""
    former = False
    if view.pieces[start].is_word and view.pieces[start].syllables in _ACTING:
        start += 1
    elif view.pieces[start].is_word and view.pieces[start].syllables in FORMER_WORDS:
        former = True
        start += 1
    if start >= last:
        return None
    bodies: list[Mention] = []
    reference = None
    piece = view.pieces[start]
    joined = _modifier_and_reference(view, start, last)
    if joined is not None:
        # "Phó Tổng_giám_đốc Vietcombank" read as "Phó" and a reference: one title, the body inside
        title, ref = joined
        bodies.extend(view.inner(ref))
        reference = start + 1
        end = start + 2
        span = (piece.start, reference_title_span(view, ref)[1])
    elif piece.mention is not None and piece.mention.reference:
        title = title_of(piece.syllables)
        if title is None:
            return None
        bodies.extend(view.inner(piece.mention))
        reference = start
        end = start + 1
        span = reference_title_span(view, piece.mention)
    else:
        found = title_starting_at(view, start)
        borrowed = title_into_body(view, start, last) if found is None else None
        if found is None and borrowed is None:
            return None
        if borrowed is not None:
            end, title, span = borrowed  # "X , Chánh Văn_phòng Quốc_gia …": the title ends inside the body's name
        else:
            end, title = found
            span = pieces_span(view, start, end)
    if not bodies and end + 1 < last and view.pieces[end].text in _DASHES and names_body(view, end + 1):
        end += 1  # "X , Giảng_viên chính - Học_viện Y": a dash between the title and its body
    if not bodies and end + 1 < last and (charged := view.match_any(end, _IN_CHARGE)) is not None and names_body(view, charged):
        end = charged  # "X , Phó Giám_đốc phụ_trách Sở Y_tế"
    if not bodies and (field := field_then_body(view, end, last)) is not None:
        span, end = (span[0], view.pieces[field - 1].end), field  # "X , Giám_đốc kỹ_thuật CLB Y"
    if not bodies and (described := described_body_of(view, end, last)) is not None:
        end = described  # "X , Giám_đốc phát_triển kinh_doanh của Vietjet_Air"
    if not bodies and end + 1 < last and view.pieces[end].syllables in BODY_OF and names_body(view, end + 1):
        end += 1  # "X , tiền_đạo của Chelsea"
    elif not bodies and end + 2 < last and view.pieces[end].syllables in BODY_OF and (kind := kind_named_at(view, end + 1, last)):
        end = kind  # "X , người_phát_ngôn của điện Kremlin", "X , CEO của hãng Apple"
    if not bodies and (unit := unit_then_body(view, end, last, title)) is not None:
        end = unit  # "X , trưởng khoa sinh_hóa , bệnh_viện Y ;"
    if not bodies and (named := kind_named_at(view, end, last)) is not None:
        end = named  # "X , Tổng_biên_tập báo Thanh_Niên", "Bộ_trưởng Ngoại_giao nước Lào": the kind of body before its name
    while end < last and len(bodies) < 2 and (m := view.pieces[end].mention) is not None and m.type is not EntityType.PERSON:
        bodies.append(m)
        end += 1
    if not bodies and (focus := focus_body(view, end, last)) is not None:
        bodies.append(focus)  # "X – Tổng_giám_đốc công_ty cho_biết": the one company the article is about
        end = view.match_any(end, FOCUS_NOUNS) or end + 1
    if not bodies and (kind_body := body_of_kind_named_before(view, end, last)) is not None:
        bodies.append(kind_body[0])  # "X , Hiệu_trưởng nhà_trường cho_biết": the school named last
        end = kind_body[1]
    if not bodies and end + 1 < last and view.pieces[end].syllables in _CONCURRENTLY:
        # "X , Chủ_tịch HĐQT kiêm Tổng_giám_đốc Thaco": the body is named with the second title
        return apposed_title(view, end + 1, last)
    if not bodies:
        return None
    return as_past(title) if former else title, bodies, end, reference, span


def _modifier_and_reference(view: ArticleView, start: int, last: int) -> tuple[lexicon.Title, Mention] | None:
    """A word before a reference that makes one title with it ("Phó" + "Tổng_giám_đốc X"), or None."""
    piece = view.pieces[start]
    if start + 1 >= last or piece.mention is not None or not piece.is_word:
        return None
    reference = view.pieces[start + 1].mention
    if reference is None or not reference.reference:
        return None
    title = title_of(piece.syllables + view.pieces[start + 1].syllables)
    if title is None or len(title.syllables) <= len(piece.syllables):
        return None
    return title, reference


def _opens_with_group_title(view: ArticleView, i: int) -> bool:
    """Whether a title naming a body's leadership as a group ("lãnh_đạo") opens at piece ``i``."""
    mention = view.pieces[i].mention
    if mention is not None:
        title = title_of(view.pieces[i].syllables) if mention.reference else None
    else:
        found = title_starting_at(view, i)
        title = found[1] if found is not None else None
    return title is not None and title.syllables in GROUP_TITLES
