"""Posts whose title and body come first, then a comma or a dash and the person's name.

"Phó Tổng_giám_đốc Viettel , bà X", maybe with the place it is held at ("Đại_biện Mỹ tại
Jakarta , ông X"), maybe with a rank or a title of no post before the name ("Giám_đốc Công_an
TP Hà_Nội , Thiếu_tướng X"), also when the title and its body were read as one reference
("Ngoại_trưởng Ả_Rập_Saudi - Hoàng_thân X"), also after a phrase of the capacity one acts in
("Trên cương_vị Chủ_tịch UBND tỉnh Y , ông X"); a body "của" another is the post's ("Ủy_ban
Tư_pháp của Quốc_hội"). Such a title that is an item of a list of titles in apposition after
another name is that name's ("A – Ủy_viên X , Bí_thư Y , anh B"). A title before a reference
naming a body's delegates heads that delegation ("Phó trưởng đoàn Đại_biểu Quốc_hội TP.HCM ,
ông X").

Several posts may be listed before a dash and the name, the last with no body of its own
("Chủ_nhiệm Ủy_ban A , Ủy_viên Ủy_ban B , Trưởng ban biên_tập … – ông X").
"""

from __future__ import annotations

from kg import lexicon
from kg.extract.frames import ends_with_any, is_barrier, title_ending_at, title_starting_at
from kg.extract.pieces import ArticleView
from kg.extract.post_bodies import kind_noun_ending_at, kind_reference_ending_at, title_of_bodies
from kg.extract.post_titles import (
    BODY_OF,
    CAPACITY,
    CONFIDENCE_TITLE_FIRST,
    CONFIDENCE_TITLE_LIST,
    GROUP_TITLES,
    LISTED_TITLES,
    PLACE_TYPES,
    PLURAL_WORDS,
    POSTED_AT,
    apposed_to_person,
    as_past,
    former_title_at,
    is_former,
    is_modified,
    listed_after_person,
    pieces_span,
    post_statements,
    reference_title_span,
    title_of,
)
from kg.lexicon import load_lexicon
from kg.model import EntityType, Mention, Statement

#: Marks between a title with its body and the name after it ("Phó Tổng_giám_đốc Viettel , bà X",
#: "Chủ_tịch Hội Luật_gia – ông X").
_TITLE_FIRST_MARKS = frozenset({",", "-", "–"})
#: Titles of the gazetteer (ranks, nobility) a name may carry after a title with its body
#: ("Tư_lệnh Lực_lượng Y , Thượng_tướng X"), and how many words they have at most.
_GAZETTEER_TITLES = load_lexicon().titles
_RANK_WORDS = 3
#: Forms of address other than honorifics ("thầy", "bác") a name may carry after a title with its body.
_ADDRESS_WORDS = load_lexicon().address


def title_first(view: ArticleView, k: int, person: Mention) -> list[Statement]:
    """The title and its body, then a comma and the name: "Phó Tổng_giám_đốc Viettel , bà X"."""
    first = view.bounds(k)[0]
    j = k
    if person.prefix_start is not None:
        while j - 1 >= first and view.pieces[j - 1].is_word and view.pieces[j - 1].start >= person.prefix_start:
            j -= 1
    if j - 1 >= first and view.pieces[j - 1].is_word and " ".join(view.pieces[j - 1].syllables) in _ADDRESS_WORDS:
        j -= 1  # "Hiệu_trưởng Trường X , thầy Y": a form of address before the name
    j = _past_rank(view, j, first)
    if j - 1 < first or view.pieces[j - 1].text not in _TITLE_FIRST_MARKS:
        return []
    j -= 1
    mark = j
    j = _past_posted_place(view, j, first)
    delegation = _title_of_delegation(view, j, first) or _reference_before(view, j, first)
    if delegation is not None:
        start, title, owned, span = delegation
        return post_statements(view, person, title, owned, start, k, CONFIDENCE_TITLE_FIRST, span)
    if (pointed := _title_of_body_pointed_back(view, j, first)) is not None:
        start, title, owned, span = pointed
        return post_statements(view, person, title, owned, start, k, CONFIDENCE_TITLE_FIRST, span)
    bodies: list[int] = []
    while j - 1 >= first and len(bodies) < 2:
        previous = view.pieces[j - 1].mention
        if previous is None and bodies and j - 2 >= first and view.pieces[j - 1].syllables in BODY_OF:
            j -= 1
            continue
        if previous is None or previous.type is EntityType.PERSON:
            break
        bodies.insert(0, j - 1)
        j -= 1
    found = title_ending_at(view, j)
    if found is None and len(bodies) == 1 and (noun := kind_noun_ending_at(view, j - 1, first)) is not None:
        j = noun  # "Chủ_tịch ngân_hàng Mizuho , ông X": the kind of body before its name
        found = title_ending_at(view, j)
    # "Trưởng Công_an huyện X , ông Y": the title may end inside the body's name
    titled = title_of_bodies(view, found, j, bodies[0] if bodies else None, first)
    if titled is None or not bodies:
        return _titles_listed_first(view, k, person, mark)
    start, title, span = titled
    if listed_after_person(view, start):
        return []
    if is_former(view, start):
        title, start = as_past(title), start - 1
    elif is_modified(view, start):
        return []
    owned = [view.pieces[b].mention for b in bodies]
    return post_statements(view, person, title, owned, start, k, CONFIDENCE_TITLE_FIRST, span)


def _past_posted_place(view: ArticleView, j: int, first: int) -> int:
    """Back past "tại" and the place where a post is held, written between the post's body and
    the mark before the name ("Đại_biện lâm_thời Mỹ tại Jakarta , ông X"), or ``j`` itself.
    The body may be read with its title as one reference ("Đại_sứ Pháp tại Hà_Nội , bà X")."""
    place = view.pieces[j - 1].mention if j - 3 >= first else None
    if place is None or place.reference or place.type not in PLACE_TYPES:
        return j
    owner = view.pieces[j - 3].mention
    if view.pieces[j - 2].syllables not in POSTED_AT or owner is None:
        return j
    return j - 2 if owner.reference or owner.type is not EntityType.PERSON else j


def _past_rank(view: ArticleView, j: int, first: int) -> int:
    """Back past a rank or a title of no post written just before piece ``j``, outside the
    name's mention ("…, Thượng_tướng X", "…, Hoàng_tử X"), or ``j`` itself."""
    for start in range(max(first, j - _RANK_WORDS), j):
        pieces = view.pieces[start:j]
        if not all(p.is_word for p in pieces):
            continue
        words = " ".join(s for p in pieces for s in p.syllables)
        post = lexicon.titles().get(tuple(words.split()))
        if words in _GAZETTEER_TITLES and (post is None or post.predicate is None):
            return start
    return j


def _titles_listed_first(view: ArticleView, k: int, person: Mention, mark: int) -> list[Statement]:
    """Titles listed with commas, then a dash or comma and the name, the last one with no body
    of its own: "Chủ_nhiệm Ủy_ban Pháp_luật , Ủy_viên Ủy_ban Y năm 1992 , Trưởng ban biên_tập
    Dự_thảo … – ông X". Each item opens with a title and names its body; the list ends at an
    item that does not open with one; none may name a person, and the first may not stand in
    apposition after another name."""
    first = view.bounds(k)[0]
    items: list[tuple[int, int]] = []
    end = mark
    while end > first and len(items) < LISTED_TITLES:
        start = end - 1
        while start >= first and view.pieces[start].text != "," and not is_barrier(view.pieces[start]):
            start -= 1
        if title_starting_at(view, start + 1) is None and not former_title_at(view, start + 1):
            break  # "Sáng nay , Chủ_nhiệm …": the list opens after the words before it
        items.append((start + 1, end))
        if start < first or view.pieces[start].text != ",":
            break
        end = start
    if len(items) < 2 or apposed_to_person(view, items[-1][0]):
        return []  # "A – Phó Chủ_tịch Y , Tổng_biên_tập Z , B – …": the titles are A's
    statements: list[Statement] = []
    for start, end in items:
        mentions = [view.pieces[i].mention for i in range(start, end) if view.pieces[i].mention is not None]
        if any(m.type is EntityType.PERSON for m in mentions):
            return []
        past = former_title_at(view, start)
        title_start = start + 1 if past else start
        title_end, title = title_starting_at(view, title_start)
        if past:
            title = as_past(title)
        span = pieces_span(view, title_start, title_end)
        statements.extend(post_statements(view, person, title, mentions[:1], start, k, CONFIDENCE_TITLE_LIST, span))
    return statements


def _title_of_delegation(
    view: ArticleView, j: int, first: int
) -> tuple[int, lexicon.Title, list[Mention], tuple[int, int]] | None:
    """A title, then a reference naming the members of a body ending just before piece ``j``:
    "Phó trưởng đoàn Đại_biểu Quốc_hội TP.HCM , ông X" heads the delegation of the body named
    inside the reference. (first piece, title, bodies, title span), or None."""
    reference = view.pieces[j - 1].mention if j - 1 >= first else None
    if reference is None or not reference.reference or reference.type is not EntityType.PERSON:
        return None
    owned = [m for m in view.inner(reference) if m.type is not EntityType.PERSON]
    found = title_ending_at(view, j - 1)
    if not owned or found is None:
        return None
    start, title = found
    if is_modified(view, start) or is_former(view, start):
        return None
    return start, title, owned, pieces_span(view, start, j - 1)


def _title_of_body_pointed_back(
    view: ArticleView, j: int, first: int
) -> tuple[int, lexicon.Title, list[Mention], tuple[int, int]] | None:
    """A title and a bare noun of its body's kind with a demonstrative, ending just before piece
    ``j``: "Giám_đốc sở này , ông X" (first piece, title, the body named before, title span), or
    None. A former title stays former ("nguyên Giám_đốc sở này , ông X")."""
    pointed = kind_reference_ending_at(view, j, first)
    if pointed is None:
        return None
    body, noun = pointed
    return title_of_bodies_ending_at(view, noun, [body])


def title_of_bodies_ending_at(
    view: ArticleView, end: int, bodies: list[Mention]
) -> tuple[int, lexicon.Title, list[Mention], tuple[int, int]] | None:
    """The title ending just before piece ``end``, as the post at ``bodies``: (first piece, title,
    bodies, title span), a past post when "nguyên/cựu" opens it; None when there is no title or a
    word before it makes it another post ("phó")."""
    found = title_ending_at(view, end)
    if found is None:
        return None
    start, title = found
    span = pieces_span(view, start, end)
    if is_former(view, start):
        return start - 1, as_past(title), bodies, span
    if is_modified(view, start):
        return None
    return start, title, bodies, span


def _reference_before(
    view: ArticleView, j: int, first: int
) -> tuple[int, lexicon.Title, list[Mention], tuple[int, int]] | None:
    """A reference naming a role with its body, ending just before piece ``j``, that a name
    follows: "Ngoại_trưởng Ả_Rập_Saudi - Hoàng_thân X" (first piece, title, bodies, title span),
    or None. Not the leadership of a body ("lãnh_đạo TTXVN , ông X"), nor a title of many
    ("các Bộ_trưởng …"), nor one in apposition after another name."""
    r = j - 1
    reference = view.pieces[r].mention if r >= first else None
    if reference is None or not reference.reference or reference.type is not EntityType.PERSON:
        return None
    title = title_of(view.pieces[r].syllables)
    owned = [m for m in view.inner(reference) if m.type is not EntityType.PERSON]
    if title is None or not owned or title.syllables in GROUP_TITLES or listed_after_person(view, r):
        return None
    span = reference_title_span(view, reference)
    if is_former(view, r):
        return r - 1, as_past(title), owned, span
    before = view.pieces[r - 1] if r - 1 >= first else None
    in_capacity = before is not None and ends_with_any(view, r - 1, CAPACITY, first) is not None
    if before is not None and before.is_word and before.syllables[-1:] in PLURAL_WORDS and not in_capacity:
        return None  # "hai Bộ_trưởng Lào , ông X và …", "Phó" + a reference: not this title
    return r, title, owned, span
