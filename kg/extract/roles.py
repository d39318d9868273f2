"""Posts held: a title from the role lexicon written with a person's name.

"Tổng_thống Nga Vladimir_Putin" (title, qualifier, name), "Dmitry_Peskov ,
Phát_ngôn_viên Điện_Kremlin ," (name, then the title in apposition) and a
reference that names a role ("Tổng_thống Nga" standing alone) each give
``person –predicate→ qualifier``. A title without its country or body
("Ngoại_trưởng Sergey_Lavrov") gives nothing: the post's country is not
guessed.

The body is the organisation or country written right after the title
("Bộ_trưởng Bộ Y_tế Nguyễn_Thị_Kim_Tiến"), maybe after "của" ("người phát_ngôn của
Điện_Kremlin X") and with its short name or its country in brackets before the name
("Nghị_sĩ Đảng_Xanh ( Đức ) X"); a place after "tại" says where the
post is held, not whose it is ("đại_sứ Ấn_Độ tại Nga X" is a post of Ấn_Độ).
An apposition may open with a comma, a dash or a bracket, maybe after the year of birth in
brackets ("X ( SN 1973 ) , Giám_đốc Y") or a few lowercase words there ("X ( áo trắng ) -"),
and ends with its body, closed by a mark or not ("X - Phó Cục_trưởng Cục Thuế Hà_Nội cho
biết", "X , Phó_phòng Y cho biết"), unless a name follows the body (the title is then that name's); one closed by a
comma may be followed by another ("X , Ủy_viên A , Chủ_nhiệm B"), but not by the leadership
of a body ("lãnh_đạo Tỉnh_đoàn Y": a group listed next). The body may follow a noun of
its kind, an outlet's, a company's or a country's army ("X , Tổng_biên_tập báo Thanh_Niên",
"Giám_đốc tổ_chức HIS", "Người_phát_ngôn quân_đội Ấn_Độ X"), or a word of a province or city
("X – Phó Chủ_tịch tỉnh Ninh_Thuận"). A title whose body was
read as a reference mention ("X , Giám_đốc Sở Y_tế ,") gives the named person the post.
The title and its body may also come first, then a comma and the name ("Phó
Tổng_giám_đốc Viettel , bà X"), maybe with the place it is held at ("Đại_biện Mỹ tại Jakarta ,
ông X"), maybe with a rank or a title of no post before it
("Giám_đốc Công_an TP Hà_Nội , Thiếu_tướng X"), also when the title and its body were read as
one reference ("Ngoại_trưởng Ả_Rập_Saudi - Hoàng_thân X"); a body "của" another is the post's
("Ủy_ban Tư_pháp của Quốc_hội"). Such a title that is an item of a list of titles in
apposition after another name is that name's ("A – Ủy_viên X , Bí_thư Y , anh B").

A verb of holding may stand between the name and the title ("X giữ chức Tổng_giám_đốc
ACBS", "X hiện là Chủ_tịch Y"), a past one with "từng/thôi" ("X từng là Bộ_trưởng Y"),
also inside brackets after the name ("X ( trước_đó là thành_viên HĐTV ACBS )") or past
them.

A common noun of a kind of company right after a title ("Tổng_giám_đốc công_ty") stands
for the one company the article is about (named most often, at least twice). After a
verb of succession the successor holds the post and the one succeeded held it ("X lên
thay ông Y làm Chủ_tịch Z"); a list of names opened by a plural word before the verb
gives each name the post ("các ông A , B và C là thành_viên HĐQT Y").

In an apposition a national title with no body, then a comma and a title of a country,
is a post of that country too ("X , Phó Thủ_tướng , Bộ_trưởng Ngoại_giao nước Lào");
"nước" may stand before the country's name. A title before a reference naming a body's
delegates heads that delegation ("Phó trưởng đoàn Đại_biểu Quốc_hội TP.HCM , ông X").

Several posts may be listed before one name ("Ủy_viên Bộ_Chính_trị , Bí_thư Thành_ủy
Hà_Nội X"), or listed before a dash and the name, the last with no body of its own
("Chủ_nhiệm Ủy_ban A , Ủy_viên Ủy_ban B , Trưởng ban biên_tập … – ông X"), a plural
title is each listed name's ("các Phó Chủ_tịch Quốc_hội A , B và C"), and two titles
held at once share the body named last ("Chủ_tịch kiêm Tổng_giám_đốc Y").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg import lexicon
from kg.extract.frames import HONORIFICS, ends_with_any, is_barrier, most_named, provenance, title_ending_at, title_starting_at
from kg.extract.pieces import ArticleView, Phrases
from kg.lexicon import load_lexicon, syllables_of, word_list
from kg.model import EntityType, Mention, Statement
from kg.vocab import ROLE_PREDICATES

EXTRACTOR = "roles"
FORMER_POST = "formerlyHeldPostAt"
#: The predicates of a post held now (a membership is no post).
CURRENT_POST_PREDICATES = frozenset(p for p in ROLE_PREDICATES if p not in ("memberOf", FORMER_POST))
#: Confidence per rule (docs/confidence.md): measured precision on the unseen corpus, rounded down.
CONFIDENCE_TITLE = 0.85
CONFIDENCE_APPOSITION = 0.8
CONFIDENCE_TITLE_FIRST = 0.75
CONFIDENCE_HOLDS = 0.75
CONFIDENCE_REFERENCE = 0.7
CONFIDENCE_TITLE_LIST = 0.75
CONFIDENCE_SHARED_TITLE = 0.7
#: Words that turn a title into another post ("phó", deputy) or a past one ("cựu", "nguyên").
_MODIFIERS = frozenset(word_list("roles.modifiers"))
#: Words before a title that make its post a past one ("cựu", "nguyên").
_FORMER = frozenset(syllables_of(w) for w in word_list("roles.former"))
#: Words before a title that keep its post ("quyền", acting).
_ACTING = frozenset(syllables_of(w) for w in word_list("roles.acting"))
#: Words after a post's body that say where it is held ("đại_sứ Ấn_Độ tại Nga").
_POSTED_AT = frozenset(syllables_of(w) for w in word_list("roles.posted-at"))
#: Verbs that say the person holds the post named after them ("X giữ chức Tổng_giám_đốc ACBS").
_HOLDS = Phrases(syllables_of(w) for w in word_list("roles.holds"))
#: Words before such a verb that make the post a past one ("X từng giữ chức …", "X thôi giữ chức …").
_HELD_BEFORE = Phrases(syllables_of(w) for w in word_list("roles.held-before"))
#: Adverbs allowed between the name and such a verb ("X hiện còn là …").
_HOLDS_ADVERBS = Phrases(syllables_of(w) for w in word_list("roles.holds-adverbs"))
#: Words joining two titles one person holds at once ("Chủ_tịch kiêm Tổng_giám_đốc").
_CONCURRENTLY = frozenset(syllables_of(w) for w in word_list("roles.concurrently"))
#: Words between a post's body and the body it belongs to ("Ủy_ban Tư_pháp của Quốc_hội").
_BODY_OF = frozenset(syllables_of(w) for w in word_list("roles.body-of"))
#: Titles that, standing alone before a body, name its leadership as a group.
_GROUP_TITLES = frozenset(syllables_of(w) for w in word_list("roles.group-titles"))
_PLURAL = frozenset(
    (w,) for w in word_list("roles.plural")
) | frozenset((str(n),) for n in range(2, 100))
#: Words before a title that make it the title of several people ("các Phó Chủ_tịch Quốc_hội A , B và C").
_PLURAL_TITLE = frozenset(syllables_of(w) for w in word_list("roles.plural-title"))
#: Marks that open a title in apposition after a name ("X , Giám_đốc …", "X - …", "X ( …").
APPOSITION_MARKS = frozenset({",", "-", "–", "("})
_PLACES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.REGION, EntityType.LOCATION})
#: Marks between a title with its body and the name after it ("Phó Tổng_giám_đốc Viettel , bà X",
#: "Chủ_tịch Hội Luật_gia – ông X").
_TITLE_FIRST_MARKS = frozenset({",", "-", "–"})
#: How many words of a title may stand before the body whose name ends it ("Chánh" + "Văn_phòng …").
_TITLE_WORDS_BEFORE_BODY = 2
#: How many syllables of a body's name a title may share ("Văn_phòng" of "Văn_phòng Quốc_gia …").
_SHARED_HEAD_SYLLABLES = 2
#: How many words may tell what a post is in before "của" and its body ("Giám_đốc phát_triển kinh_doanh của X").
_DESCRIPTION_WORDS = 3
#: Words that end such a description: a verb of saying or of holding, a clause opener.
_NOT_DESCRIPTION = Phrases(syllables_of(w) for w in word_list("roles.not-description"))
_SYLLABLE = re.compile(r"[^\s_]+")
#: Verbs of saying: one may follow the body that closes an apposition ("X , trưởng phòng Y , Công_ty Z cho_biết").
_SAYING_VERBS = Phrases(syllables_of(w) for w in word_list("times.saying-verbs"))
#: Marks that close an apposition ending with a unit's body ("X , trưởng khoa Y , bệnh_viện Z ;").
_UNIT_BODY_CLOSERS = frozenset({",", ";", ".", ")", ":"})
#: Titles of the head of a unit inside a body, whose words name the kind of unit ("Trưởng khoa Thần_kinh").
_UNIT_TITLES = frozenset(syllables_of(w) for w in word_list("roles.unit-titles"))
#: Common nouns of a kind of body that, right after a title, stand for the body the article is about
#: ("Tổng_giám_đốc công_ty"), unless a word after them says it is another ("công_ty con").
_FOCUS_NOUNS = Phrases(syllables_of(w) for w in word_list("roles.focus-body-nouns"))
_OTHER_BODY_WORDS = frozenset(syllables_of(w) for w in word_list("roles.other-body-words"))
#: Common nouns of kind written before a body's name ("Bộ Y_tế", "Công_ty Y").
_KIND_NOUNS = Phrases(syllables_of(w) for w in word_list("frames.body-nouns"))
#: How many syllables such a noun of kind has at most where it opens a body's name ("Tổng_công_ty X").
_KIND_NOUN_WORDS = 3
#: How many times the body an article is about is named at least.
_FOCUS_MENTIONS = 2
#: Nouns of a kind of body written between a title and the body's name, each list with the kinds of
#: body its nouns may stand before: a news outlet ("Tổng_biên_tập báo Thanh_Niên"), a company or
#: other body ("Giám_đốc tổ_chức HIS"), a country ("Bộ_trưởng Ngoại_giao nước Lào", "Người_phát_ngôn
#: quân_đội Ấn_Độ"), a province or city ("Phó Chủ_tịch tỉnh Ninh_Thuận").
_KIND_NOUNS_BEFORE_NAME = (
    (
        Phrases(syllables_of(w) for w in word_list("roles.outlet-nouns")),
        frozenset({EntityType.NEWS_AGENCY, EntityType.ORGANIZATION}),
    ),
    (Phrases(syllables_of(w) for w in word_list("roles.body-kind-nouns")), frozenset({EntityType.ORGANIZATION})),
    (Phrases(syllables_of(w) for w in word_list("roles.country-words")), frozenset({EntityType.COUNTRY})),
    (Phrases(syllables_of(w) for w in word_list("roles.place-words")), frozenset({EntityType.REGION, EntityType.CITY})),
)
#: Verbs of succession between a successor and the one succeeded ("X lên thay ông Y làm …").
_SUCCEEDS = Phrases(syllables_of(w) for w in word_list("roles.succeeds"))
#: Honorifics of one word that may stand between such a verb and the name ("ông", "bà").
_SINGLE_HONORIFICS = frozenset(p for p in HONORIFICS if len(p) == 1)
#: Titles of the gazetteer (ranks, nobility) a name may carry after a title with its body
#: ("Tư_lệnh Lực_lượng Y , Thượng_tướng X"), and how many words they have at most.
_GAZETTEER_TITLES = load_lexicon().titles
_RANK_WORDS = 3
#: How many titles listed before a name are read at most ("A , B , C – ông X").
_LISTED_TITLES = 4
#: Words that open a bracketed aside giving a person's year of birth ("X ( SN 1973 )").
_BIRTH_ASIDES = Phrases(syllables_of(w) for w in word_list("roles.birth-asides"))
#: How many pieces a bracketed aside after a name may have ("X ( trước_đó là thành_viên HĐTV ACBS )").
_ASIDE_REACH = 12
#: How many words an aside of lowercase words in brackets after a name may have ("X ( áo trắng )").
_ASIDE_WORDS = 4


def find_roles(view: ArticleView) -> list[Statement]:
    """Every post the article says a person holds."""
    statements: list[Statement] = []
    apposed: set[int] = set()
    references: list[int] = []
    for k, piece in enumerate(view.pieces):
        mention = piece.mention
        if mention is None or mention.type is not EntityType.PERSON:
            continue
        if mention.reference:
            references.append(k)
            continue
        before = _title_before(view, k, mention)
        statements.extend(before)
        statements.extend(_shared_by_list(view, k, before))
        statements.extend(_titles_listed_before(view, k, mention, apposed))
        statements.extend(_title_after(view, k, mention, apposed))
        statements.extend(_title_held(view, k, mention, apposed))
        statements.extend(_title_taken_over(view, k, mention, apposed))
        statements.extend(_title_held_by_list(view, k, apposed))
    for k in references:
        if k not in apposed:
            statements.extend(_reference_role(view, k, view.pieces[k].mention))
    return statements


def _title_before(view: ArticleView, k: int, person: Mention) -> list[Statement]:
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
            and view.pieces[j - 1].syllables in _POSTED_AT
            and view.pieces[qualifiers[0]].mention.type in _PLACES
        ):
            located = True  # "đại_sứ Ấn_Độ tại Nga X": Nga is where, not whose
            qualifiers = []
            j -= 1
            continue
        if (
            previous is None
            and len(qualifiers) == 1
            and j - 2 >= first
            and view.pieces[j - 1].syllables in _BODY_OF
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
            and (noun := _kind_noun_ending_at(view, j - 1, first)) is not None
        ):
            j = noun  # "Tổng_biên_tập báo Thanh_Niên X": the kind of body before its name
            break
        if previous is None or previous.type is EntityType.PERSON:
            break
        qualifiers.insert(0, j - 1)
        j -= 1
    found = title_ending_at(view, j)
    if found is None and len(qualifiers) == 1 and j - 2 >= first and view.pieces[j - 1].syllables in _BODY_OF:
        found = title_ending_at(view, j - 1)  # "người phát_ngôn của Điện_Kremlin X": "của" between the title and its body
        j = j - 1 if found is not None else j
    if found is not None and not qualifiers:
        owner = _body_after_of(view, k)
        if owner is not None:
            qualifiers = [owner]  # "HLV Arsene_Wenger của Arsenal": the body after the name
    borrowed = _title_into_body_before(view, qualifiers[0], first) if found is None and qualifiers else None
    if (found is None and borrowed is None) or not qualifiers:
        return _title_first(view, k, person)
    if borrowed is not None:
        start, title, span = borrowed  # "Chánh Văn_phòng Chính_phủ X": the title ends inside the body's name
    else:
        start, title = found
        span = _span(view, start, j)
    bodies = [view.pieces[q].mention for q in qualifiers + aliases]
    if is_former(view, start):
        return _statements(view, person, _past(title), bodies, start - 1, k, CONFIDENCE_TITLE, span)
    if _modified(view, start):
        return []
    return _statements(view, person, title, bodies, start, k, CONFIDENCE_TITLE, span)


def _bracketed_after_body(view: ArticleView, k: int, first: int) -> int | None:
    """The piece of a name in brackets between a body and the name at piece ``k``: the body's
    short name or its country ("Tổ_chức Cấm vũ_khí hóa_học ( OPCW ) X", "Nghị_sĩ Đảng_Xanh ( Đức )
    X"), or None."""
    if k - 4 < first or view.pieces[k - 1].text != ")" or view.pieces[k - 3].text != "(":
        return None
    if not _names_body(view, k - 2) or not _names_body(view, k - 4):
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
        span = _reference_title_span(view, reference)
        if is_former(view, end - 1):
            return end - 2, _past(title), list(view.inner(reference)), span
        return end - 1, title, list(view.inner(reference)), span
    j = end
    bodies: list[Mention] = []
    while j - 1 >= first and len(bodies) < 2:
        previous = view.pieces[j - 1].mention
        if previous is None or previous.type is EntityType.PERSON:
            break
        bodies.insert(0, previous)
        j -= 1
    found = title_ending_at(view, j)
    if found is None:
        return None
    start, title = found
    span = _span(view, start, j)
    if is_former(view, start):
        return start - 1, _past(title), bodies, span
    if _modified(view, start):
        return None
    return start, title, bodies, span


def _titles_listed_before(view: ArticleView, k: int, person: Mention, apposed: set[int]) -> list[Statement]:
    """Posts listed before the one written right before the name, each with its body:
    "Ủy_viên Bộ_Chính_trị , Bí_thư Thành_ủy Hà_Nội X" gives X both posts (the last one
    is read by ``_title_before``)."""
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
        made = _statements(view, person, title, bodies, start, k, CONFIDENCE_TITLE_LIST, span)
        statements.extend(made)
        reference = start if view.pieces[start].mention is not None else start + 1
        if made and view.pieces[reference].mention is not None:
            apposed.add(reference)
        j = start
    return statements


def _shared_by_list(view: ArticleView, k: int, posts: list[Statement]) -> list[Statement]:
    """A plural title before a list of names is each one's post:
    "các Phó Chủ_tịch Quốc_hội A , B và C" gives B and C the post read for A."""
    if not posts or posts[0].title_span is None:
        return []
    first, last = view.bounds(k)
    title_start = next((i for i in range(first, k) if view.pieces[i].start == posts[0].title_span[0]), None)
    if title_start is None or title_start - 1 < first or view.pieces[title_start - 1].syllables not in _PLURAL_TITLE:
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


def _title_first(view: ArticleView, k: int, person: Mention) -> list[Statement]:
    """The title and its body, then a comma and the name: "Phó Tổng_giám_đốc Viettel , bà X"."""
    first = view.bounds(k)[0]
    j = k
    if person.prefix_start is not None:
        while j - 1 >= first and view.pieces[j - 1].is_word and view.pieces[j - 1].start >= person.prefix_start:
            j -= 1
    j = _past_rank(view, j, first)
    if j - 1 < first or view.pieces[j - 1].text not in _TITLE_FIRST_MARKS:
        return []
    j -= 1
    mark = j
    j = _past_posted_place(view, j, first)
    delegation = _title_of_delegation(view, j, first) or _reference_before(view, j, first)
    if delegation is not None:
        start, title, owned, span = delegation
        return _statements(view, person, title, owned, start, k, CONFIDENCE_TITLE_FIRST, span)
    bodies: list[int] = []
    while j - 1 >= first and len(bodies) < 2:
        previous = view.pieces[j - 1].mention
        if previous is None and bodies and j - 2 >= first and view.pieces[j - 1].syllables in _BODY_OF:
            j -= 1
            continue
        if previous is None or previous.type is EntityType.PERSON:
            break
        bodies.insert(0, j - 1)
        j -= 1
    found = title_ending_at(view, j)
    if found is None and len(bodies) == 1 and (noun := _kind_noun_ending_at(view, j - 1, first)) is not None:
        j = noun  # "Chủ_tịch ngân_hàng Mizuho , ông X": the kind of body before its name
        found = title_ending_at(view, j)
    if found is None or not bodies:
        return _titles_listed_first(view, k, person, mark)
    start, title = found
    span = _span(view, start, j)
    if _listed_after_person(view, start):
        return []
    if is_former(view, start):
        title, start = _past(title), start - 1
    elif _modified(view, start):
        return []
    owned = [view.pieces[b].mention for b in bodies]
    return _statements(view, person, title, owned, start, k, CONFIDENCE_TITLE_FIRST, span)


def _past_posted_place(view: ArticleView, j: int, first: int) -> int:
    """Back past "tại" and the place where a post is held, written between the post's body and
    the mark before the name ("Đại_biện lâm_thời Mỹ tại Jakarta , ông X"), or ``j`` itself.
    The body may be read with its title as one reference ("Đại_sứ Pháp tại Hà_Nội , bà X")."""
    place = view.pieces[j - 1].mention if j - 3 >= first else None
    if place is None or place.reference or place.type not in _PLACES:
        return j
    owner = view.pieces[j - 3].mention
    if view.pieces[j - 2].syllables not in _POSTED_AT or owner is None:
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
    while end > first and len(items) < _LISTED_TITLES:
        start = end - 1
        while start >= first and view.pieces[start].text != "," and not is_barrier(view.pieces[start]):
            start -= 1
        if title_starting_at(view, start + 1) is None and not _former_title_at(view, start + 1):
            break  # "Sáng nay , Chủ_nhiệm …": the list opens after the words before it
        items.append((start + 1, end))
        if start < first or view.pieces[start].text != ",":
            break
        end = start
    if len(items) < 2 or _apposed_to_person(view, items[-1][0]):
        return []  # "A – Phó Chủ_tịch Y , Tổng_biên_tập Z , B – …": the titles are A's
    statements: list[Statement] = []
    for start, end in items:
        mentions = [view.pieces[i].mention for i in range(start, end) if view.pieces[i].mention is not None]
        if any(m.type is EntityType.PERSON for m in mentions):
            return []
        past = _former_title_at(view, start)
        title_start = start + 1 if past else start
        title_end, title = title_starting_at(view, title_start)
        if past:
            title = _past(title)
        span = _span(view, title_start, title_end)
        statements.extend(_statements(view, person, title, mentions[:1], start, k, CONFIDENCE_TITLE_LIST, span))
    return statements


def _former_title_at(view: ArticleView, i: int) -> bool:
    """Whether a word of a past post ("nguyên") and a title start at piece ``i``."""
    return (
        i + 1 < len(view.pieces)
        and view.pieces[i].is_word
        and view.pieces[i].syllables in _FORMER
        and title_starting_at(view, i + 1) is not None
    )


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
    if _modified(view, start) or is_former(view, start):
        return None
    return start, title, owned, _span(view, start, j - 1)


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
    if title is None or not owned or title.syllables in _GROUP_TITLES or _listed_after_person(view, r):
        return None
    span = _reference_title_span(view, reference)
    if is_former(view, r):
        return r - 1, _past(title), owned, span
    before = view.pieces[r - 1] if r - 1 >= first else None
    if before is not None and before.is_word and before.syllables[-1:] in _PLURAL:
        return None  # "hai Bộ_trưởng Lào , ông X và …", "Phó" + a reference: not this title
    return r, title, owned, span


def _title_after(view: ArticleView, k: int, person: Mention, apposed: set[int]) -> list[Statement]:
    """Titles in apposition after the name: "X , Giám_đốc Sở Y_tế Hà_Nội ,", "X - Thứ_trưởng Bộ Công_an"."""
    last = view.bounds(k)[1]
    mark = _after_bracketed_place(view, k + 1, last)
    if mark >= last or view.pieces[mark].text not in APPOSITION_MARKS:
        return []
    statements: list[Statement] = []
    start = mark + 1
    while start < last:
        if start > mark + 1 and _opens_with_group_title(view, start):
            break  # "X - Phó Tổng_biên_tập báo Y , lãnh_đạo Tỉnh_đoàn Z": the leadership of a body, listed next
        found = _apposed_title(view, start, last)
        bare = _bare_title(view, start, last) if found is None else None
        if bare is not None:
            found = _apposed_title(view, bare[0] + 1, last)
        if found is None:
            break
        title, bodies, end, reference, span = found
        following = view.pieces[end] if end < last else None
        if following is not None and following.mention is not None and following.mention.type is EntityType.PERSON:
            break  # "X , Tổng_thống Nga Putin": the title is the next person's
        made = _statements(view, person, title, bodies, k, end - 1, CONFIDENCE_APPOSITION, span)
        if not made:
            break
        if bare is not None and made[0].object.type is EntityType.COUNTRY:
            # "X , Phó Thủ_tướng , Bộ_trưởng Ngoại_giao nước Lào ,": a national title shares the country
            bare_span = _span(view, start, bare[0])
            statements.extend(_statements(view, person, bare[1], bodies, k, end - 1, CONFIDENCE_APPOSITION, bare_span))
        statements.extend(made)
        if reference is not None:
            apposed.add(reference)
        if following is None or following.text != ",":
            break
        start = end + 1
    return statements


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


def _title_held(view: ArticleView, k: int, person: Mention, apposed: set[int]) -> list[Statement]:
    """A verb of holding, then the title and its body: "X giữ chức Quyền Tổng_giám_đốc ACBS";
    inside brackets right after the name ("X ( trước_đó là thành_viên HĐTV ACBS )"), or past
    them ("X ( 45 tuổi ) làm Tổng_giám_đốc Y")."""
    last = view.bounds(k)[1]
    if k + 1 >= last or view.pieces[k + 1].text != "(":
        return _held_from(view, k, k + 1, person, apposed)
    inside = _held_from(view, k, k + 2, person, apposed)
    close = next((j for j in range(k + 2, min(last, k + 2 + _ASIDE_REACH)) if view.pieces[j].text == ")"), None)
    after = _held_from(view, k, close + 1, person, apposed) if close is not None else []
    return inside + after


def _title_held_by_list(view: ArticleView, k: int, apposed: set[int]) -> list[Statement]:
    """"các ông A , B và C là thành_viên HĐQT Y": a list of names opened by a plural word, then a
    verb of holding and the title, gives every name the post (the last name's is read by
    ``_title_held``); ``k`` is the first name."""
    first, last = view.bounds(k)
    j = k - 1
    if j >= first and view.pieces[j].is_word and view.pieces[j].syllables in _SINGLE_HONORIFICS:
        j -= 1
    if j < first or not view.pieces[j].is_word or view.pieces[j].syllables not in _PLURAL_TITLE:
        return []
    members = [k]
    i = k + 1
    while i + 1 < last and view.pieces[i].text in {",", "và"}:
        following = i + 1
        if view.pieces[following].is_word and view.pieces[following].syllables in _SINGLE_HONORIFICS:
            following += 1
        mention = view.pieces[following].mention if following < last else None
        if mention is None or mention.type is not EntityType.PERSON or mention.reference:
            break
        members.append(following)
        i = following + 1
    if len(members) < 2:
        return []
    made = _held_from(view, members[-1], i, view.pieces[members[-1]].mention, apposed)
    return [
        replace(post, subject=view.pieces[m].mention, provenance=replace(post.provenance, start=view.pieces[k].start))
        for m in members[:-1]
        for post in made
    ]


def _title_taken_over(view: ArticleView, k: int, person: Mention, apposed: set[int]) -> list[Statement]:
    """"X lên thay ông Y làm Chủ_tịch Z": the successor holds the post the name after the verb
    of succession held (that name's past post is read by ``_title_held``)."""
    last = view.bounds(k)[1]
    i = k + 1
    while i < last and (j := view.match_any(i, _HOLDS_ADVERBS)) is not None:
        i = j
    j = view.match_any(i, _SUCCEEDS) if i < last else None
    if j is None or j >= last:
        return []
    if view.pieces[j].mention is None and (honorific := view.match_any(j, HONORIFICS)) is not None:
        j = honorific
    predecessor = view.pieces[j].mention if j < last else None
    if predecessor is None or predecessor.type is not EntityType.PERSON or predecessor.reference:
        return []
    return _held_from(view, k, j + 1, person, apposed)


def _succeeded(view: ArticleView, k: int) -> bool:
    """Whether the name at piece ``k`` follows a verb of succession ("X lên thay ông Y …")."""
    first = view.bounds(k)[0]
    j = k - 1
    if j >= first and view.pieces[j].is_word and view.pieces[j].syllables in _SINGLE_HONORIFICS:
        j -= 1
    return j >= first and ends_with_any(view, j, _SUCCEEDS, first) is not None


def _held_from(view: ArticleView, k: int, i: int, person: Mention, apposed: set[int]) -> list[Statement]:
    """The post a verb of holding at piece ``i`` gives the person at piece ``k``; a past one when
    the person is named after a verb of succession ("X lên thay ông Y làm …")."""
    last = view.bounds(k)[1]
    past = _succeeded(view, k)
    while i < last and (j := view.match_any(i, _HOLDS_ADVERBS) or view.match_any(i, _HELD_BEFORE)) is not None:
        past = past or view.match_any(i, _HELD_BEFORE) is not None  # "X từng giữ chức …", "X thôi giữ chức …"
        i = j
    j = view.match_any(i, _HOLDS) if i < last else None
    if j is None or j >= last:
        return []
    found = _apposed_title(view, j, last)
    if found is None:
        return []
    title, bodies, end, reference, span = found
    if past:
        title = _past(title)
    following = view.pieces[end] if end < last else None
    if following is not None and following.mention is not None and following.mention.type is EntityType.PERSON:
        return []
    made = _statements(view, person, title, bodies, k, end - 1, CONFIDENCE_HOLDS, span)
    if made and reference is not None:
        apposed.add(reference)
    return made


def _after_bracketed_place(view: ArticleView, i: int, last: int) -> int:
    """Past a place in brackets after a name ("X ( Thái_Bình ) – Chủ_tịch …"), past brackets
    that open with the year of birth ("X ( SN 1973 , bác_sĩ … ) , Giám_đốc …"), or past a few
    lowercase words in brackets that tell how the person looks or where they stand in a
    picture ("X ( áo trắng ) - Giám_đốc …", "X ( thứ hai từ trái ) , …"), or ``i`` itself."""
    if (
        i + 3 < last
        and view.pieces[i].text == "("
        and (place := view.pieces[i + 1].mention) is not None
        and place.type in _PLACES
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
    close = next((j for j in range(i + 2, min(last, i + 2 + _ASIDE_REACH)) if view.pieces[j].text == ")"), None)
    return close + 1 if close is not None else i


def _apposed_title(
    view: ArticleView, start: int, last: int
) -> tuple[lexicon.Title, list[Mention], int, int | None, tuple[int, int]] | None:
    """The title at piece ``start`` with the bodies written after it: (title, bodies, end, reference piece, title span)."""
    former = False
    if view.pieces[start].is_word and view.pieces[start].syllables in _ACTING:
        start += 1
    elif view.pieces[start].is_word and view.pieces[start].syllables in _FORMER:
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
        span = (piece.start, _reference_title_span(view, ref)[1])
    elif piece.mention is not None and piece.mention.reference:
        title = title_of(piece.syllables)
        if title is None:
            return None
        bodies.extend(view.inner(piece.mention))
        reference = start
        end = start + 1
        span = _reference_title_span(view, piece.mention)
    else:
        found = title_starting_at(view, start)
        borrowed = _title_into_body(view, start, last) if found is None else None
        if found is None and borrowed is None:
            return None
        if borrowed is not None:
            end, title, span = borrowed  # "X , Chánh Văn_phòng Quốc_gia …": the title ends inside the body's name
        else:
            end, title = found
            span = _span(view, start, end)
    if not bodies and (described := _described_body_of(view, end, last)) is not None:
        end = described  # "X , Giám_đốc phát_triển kinh_doanh của Vietjet_Air"
    if not bodies and end + 1 < last and view.pieces[end].syllables in _BODY_OF and _names_body(view, end + 1):
        end += 1  # "X , tiền_đạo của Chelsea"
    if not bodies and (unit := _unit_then_body(view, end, last, title)) is not None:
        end = unit  # "X , trưởng khoa sinh_hóa , bệnh_viện Y ;"
    if not bodies and (named := _kind_named_at(view, end, last)) is not None:
        end = named  # "X , Tổng_biên_tập báo Thanh_Niên", "Bộ_trưởng Ngoại_giao nước Lào": the kind of body before its name
    while end < last and len(bodies) < 2 and (m := view.pieces[end].mention) is not None and m.type is not EntityType.PERSON:
        bodies.append(m)
        end += 1
    if not bodies and (focus := _focus_body(view, end, last)) is not None:
        bodies.append(focus)  # "X – Tổng_giám_đốc công_ty cho_biết": the one company the article is about
        end = view.match_any(end, _FOCUS_NOUNS) or end + 1
    if not bodies and end + 1 < last and view.pieces[end].syllables in _CONCURRENTLY:
        # "X , Chủ_tịch HĐQT kiêm Tổng_giám_đốc Thaco": the body is named with the second title
        return _apposed_title(view, end + 1, last)
    if not bodies:
        return None
    return _past(title) if former else title, bodies, end, reference, span


def _focus_body(view: ArticleView, end: int, last: int) -> Mention | None:
    """The body a common noun of its kind at piece ``end`` stands for ("Tổng_giám_đốc công_ty"):
    the organisation the article names most often, at least twice and more often than any
    other, named before the noun (its last mention there), and not named as a body of another
    kind ("Bộ Y_tế" is no company); None when the noun is followed by a name or by a word that
    makes it another body ("công_ty con")."""
    if end >= last or not view.pieces[end].is_word or not view.pieces[end].text[:1].islower():
        return None
    noun_end = view.match_any(end, _FOCUS_NOUNS)
    if noun_end is None:
        return None
    following = view.pieces[noun_end] if noun_end < last else None
    if following is not None and (following.mention is not None or following.syllables in _OTHER_BODY_WORDS):
        return None
    noun = tuple(s for piece in view.pieces[end:noun_end] for s in piece.syllables)
    counts: dict[tuple[str, ...], int] = {}
    latest: dict[tuple[str, ...], Mention] = {}
    for piece in view.pieces:
        mention = piece.mention
        if mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference:
            name = syllables_of(mention.text.lower())
            counts[name] = counts.get(name, 0) + 1
            if mention.start < view.pieces[end].start:
                latest[name] = mention
    name = most_named(counts, _FOCUS_MENTIONS)
    if name is None:
        return None
    kind = next((n for n in range(1, _KIND_NOUN_WORDS + 1) if name[:n] in _KIND_NOUNS), None)
    if kind is not None and name[:kind] != noun:
        return None
    return latest.get(name)  # the last mention of it before the noun


def _unit_then_body(view: ArticleView, end: int, last: int, title: lexicon.Title) -> int | None:
    """Past a few lowercase words naming the unit a title heads and a comma, a body whose
    name closes the apposition: "trưởng khoa sinh_hóa , bệnh_viện Y ;", "trưởng phòng kế_hoạch ,
    Công_ty Y cho_biết" (the piece of the body), or None. After a title whose words name the
    kind of unit, the unit's name may be capitalised and the body in brackets ("Trưởng khoa
    Thần_kinh , Bệnh_viện Y ,", "Vụ_trưởng Pháp_chế ( Bộ Y ) cho_biết")."""
    unit_title = title.syllables in _UNIT_TITLES
    j = end
    while j < last and j - end < _DESCRIPTION_WORDS:
        piece = view.pieces[j]
        if piece.mention is not None or not piece.is_word or not piece.text[:1].isalpha():
            break
        if not (piece.text[:1].islower() or unit_title):
            break
        if view.match_any(j, _NOT_DESCRIPTION) is not None:
            return None
        j += 1
    if j + 1 >= last or not _names_body(view, j + 1):
        return None
    after = view.pieces[j + 2] if j + 2 < last else None
    if view.pieces[j].text == "(" and unit_title and j > end:
        return j + 1 if after is not None and after.text == ")" else None
    if view.pieces[j].text != ",":
        return None
    if after is not None and after.text not in _UNIT_BODY_CLOSERS and view.match_any(j + 2, _SAYING_VERBS) is None:
        return None  # the body closes the apposition, or a verb of saying follows it
    return j + 1


def _title_into_body(view: ArticleView, start: int, last: int) -> tuple[int, lexicon.Title, tuple[int, int]] | None:
    """A title whose last words open the name of the body after it: "Chánh Văn_phòng Quốc_gia X",
    "Phó phòng GD&ĐT TP Nha_Trang" (the body's name keeps its head noun, the title shares it).
    (piece of the body, title, title span), or None."""
    for body in range(start + 1, min(last, start + _TITLE_WORDS_BEFORE_BODY + 1)):
        mention = view.pieces[body].mention
        if mention is not None:
            break
    else:
        return None
    if any(not view.pieces[i].is_word or view.pieces[i].text in APPOSITION_MARKS for i in range(start, body)):
        return None
    if mention.type is EntityType.PERSON or mention.reference:
        return None
    words = tuple(s for i in range(start, body) for s in view.pieces[i].syllables)
    head = syllables_of(mention.text)
    titles = lexicon.titles()
    for shared in range(min(_SHARED_HEAD_SYLLABLES, len(head) - 1), 0, -1):
        title = titles.get(words + head[:shared])
        if title is not None:
            end = mention.start + _syllables_length(mention.text, shared)
            return body, title, (view.pieces[start].start, end)
    return None


def _title_into_body_before(view: ArticleView, body: int, first: int) -> tuple[int, lexicon.Title, tuple[int, int]] | None:
    """The title ending inside the name of the body at piece ``body``, its words written just
    before it ("Chánh Văn_phòng Chính_phủ"): (first piece, title, title span), or None."""
    for start in range(max(first, body - _TITLE_WORDS_BEFORE_BODY), body):
        found = _title_into_body(view, start, body + 1)
        if found is not None and found[0] == body:
            return start, found[1], found[2]
    return None


def _syllables_length(text: str, count: int) -> int:
    """How many characters of ``text`` its first ``count`` syllables take."""
    seen = 0
    for match in _SYLLABLE.finditer(text):
        seen += 1
        if seen == count:
            return match.end()
    return len(text)


def _described_body_of(view: ArticleView, end: int, last: int) -> int | None:
    """Past a few lowercase words that tell what the post is in, to "của" and a body:
    "Giám_đốc phát_triển kinh_doanh của Vietjet_Air" (the piece of "của"), or None."""
    for j in range(end, min(last, end + _DESCRIPTION_WORDS + 1)):
        piece = view.pieces[j]
        if piece.mention is not None or not piece.is_word or not piece.text[:1].islower():
            return None
        if piece.syllables in _BODY_OF:
            return j if j > end and j + 1 < last and _names_body(view, j + 1) else None
        if view.match_any(j, _NOT_DESCRIPTION) is not None:
            return None
    return None


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


def _kind_named_at(view: ArticleView, k: int, last: int) -> int | None:
    """The piece of the body named right after a noun of its kind at piece ``k`` ("báo Thanh_Niên",
    "kênh truyền_hình Phố_Bolsa_TV", "tổ_chức HIS", "nước Lào"), or None."""
    if k >= last or view.pieces[k].mention is not None:
        return None
    for nouns, kinds in _KIND_NOUNS_BEFORE_NAME:
        end = view.match_any(k, nouns)
        if end is None or end >= last:
            continue
        mention = view.pieces[end].mention
        if mention is not None and not mention.reference and mention.type in kinds:
            return end
    return None


def _kind_noun_ending_at(view: ArticleView, j: int, first: int) -> int | None:
    """The first piece of a noun of a kind of body that ends at piece ``j`` and stands before the
    body named at piece ``j + 1`` ("báo" of "báo Thanh_Niên"), or None."""
    for nouns, _ in _KIND_NOUNS_BEFORE_NAME:
        start = ends_with_any(view, j, nouns, first)
        if start is not None and _kind_named_at(view, start, j + 2) == j + 1:
            return start
    return None


def _names_body(view: ArticleView, k: int) -> bool:
    """Whether piece ``k`` is a name of a body or country, not of a person."""
    mention = view.pieces[k].mention
    return mention is not None and mention.type is not EntityType.PERSON and not mention.reference


def _body_after_of(view: ArticleView, k: int) -> int | None:
    """The body named by "của Y" right after the person at piece ``k``, unless a verb or
    another name follows it in the same phrase ("của Arsenal Mesut_Oezil")."""
    last = view.bounds(k)[1]
    j = k + 1
    if j + 1 >= last or view.pieces[j].syllables not in _BODY_OF or not _names_body(view, j + 1):
        return None
    following = view.pieces[j + 2] if j + 2 < last else None
    if following is not None and following.mention is not None:
        return None
    return j + 1


def title_of(syllables: tuple[str, ...]) -> lexicon.Title | None:
    """The longest lexicon title that begins ``syllables``."""
    titles = lexicon.titles()
    for length in range(len(syllables), 0, -1):
        if syllables[:length] in titles:
            return titles[syllables[:length]]
    return None


def _reference_role(view: ArticleView, k: int, reference: Mention) -> list[Statement]:
    """A role named by a reference: "Tổng_thống Nga" standing for the president."""
    first = view.bounds(k)[0]
    if any(
        j >= first and view.pieces[j].is_word and view.pieces[j].syllables[-1:] in _PLURAL for j in (k - 1, k - 2)
    ):
        return []  # "hai nhà_lãnh_đạo Nga", "các đời tổng_thống Mỹ": many holders, not one person
    title = title_of(view.pieces[k].syllables)
    if title is None or title.predicate is None:
        return []
    candidates = [m for m in view.inner(reference) if m.type in title.object_types]
    if title.syllables in _GROUP_TITLES and any(m.type.is_organization for m in candidates):
        return []  # "lãnh_đạo Sở Y_tế": the leadership of a body, not one person
    if candidates:
        return [_statement(view, reference, title.predicate, candidates[0], k, k, CONFIDENCE_REFERENCE, _reference_title_span(view, reference))]
    last = view.bounds(k)[1]
    following = view.pieces[k + 1].mention if k + 1 < last else None
    if following is not None and following.type in title.object_types:
        return [_statement(view, reference, title.predicate, following, k, k + 1, CONFIDENCE_REFERENCE, _reference_title_span(view, reference))]
    return []


def _statements(
    view: ArticleView,
    person: Mention,
    title: lexicon.Title,
    bodies: list[Mention],
    first: int,
    last: int,
    confidence: float,
    title_span: tuple[int, int],
) -> list[Statement]:
    if title.predicate is None or EntityType.PERSON not in title.subject_types:
        return []
    for qualifier in bodies:
        if qualifier.type in title.object_types:
            return [_statement(view, person, title.predicate, qualifier, first, last, confidence, title_span)]
    return []


def _statement(
    view: ArticleView,
    person: Mention,
    predicate: str,
    body: Mention,
    first: int,
    last: int,
    confidence: float,
    title_span: tuple[int, int],
) -> Statement:
    """The post with its evidence and its title as written."""
    start, end = title_span
    return Statement(
        person, predicate, body, provenance(view, first, last, EXTRACTOR, confidence), view.text[start:end], title_span
    )


def _span(view: ArticleView, start: int, end: int) -> tuple[int, int]:
    """The character span of pieces ``start`` to ``end`` (exclusive)."""
    return view.pieces[start].start, view.pieces[end - 1].end


def _reference_title_span(view: ArticleView, reference: Mention) -> tuple[int, int]:
    """The title words of a reference ("Tổng_thống" of "Tổng_thống Nga"): up to its first inner mention."""
    inner = [m.start for m in view.inner(reference)]
    end = min(inner) if inner else reference.end
    text = view.text[reference.start : end]
    return reference.start, reference.start + len(text.rstrip())


def _listed_after_person(view: ArticleView, start: int) -> bool:
    """Whether the title at ``start`` stands in apposition after a name, maybe as a later item of a
    list of titles there ("A – Ủy_viên X , Bí_thư Y , anh B": "Bí_thư Y" is A's, not B's)."""
    first = view.bounds(start)[0]
    item = start
    for _ in range(_LISTED_TITLES):
        if _apposed_to_person(view, item):
            return True
        if item - 2 < first or view.pieces[item - 1].text != ",":
            return False
        i = item - 2
        while i >= first and view.pieces[i].text not in APPOSITION_MARKS and not is_barrier(view.pieces[i]):
            i -= 1
        item = i + 1
        if not _opens_with_title(view, item):
            return False
    return False


def _opens_with_group_title(view: ArticleView, i: int) -> bool:
    """Whether a title naming a body's leadership as a group ("lãnh_đạo") opens at piece ``i``."""
    mention = view.pieces[i].mention
    if mention is not None:
        title = title_of(view.pieces[i].syllables) if mention.reference else None
    else:
        found = title_starting_at(view, i)
        title = found[1] if found is not None else None
    return title is not None and title.syllables in _GROUP_TITLES


def _opens_with_title(view: ArticleView, i: int) -> bool:
    """Whether a title opens at piece ``i``, as words or as a reference that names a role."""
    mention = view.pieces[i].mention
    if mention is not None:
        return mention.reference and title_of(view.pieces[i].syllables) is not None
    return title_starting_at(view, i) is not None or _former_title_at(view, i)


def _apposed_to_person(view: ArticleView, start: int) -> bool:
    """Whether the title at ``start`` stands in apposition after a name ("X , Giám_đốc Sở Y_tế , Y")."""
    first = view.bounds(start)[0]
    if start - 2 < first or view.pieces[start - 1].text not in APPOSITION_MARKS:
        return False
    before = view.pieces[start - 2].mention
    return before is not None and before.type is EntityType.PERSON


def is_former(view: ArticleView, start: int) -> bool:
    """Whether the title at piece ``start`` follows a word that makes it a past post ("nguyên Thủ_tướng")."""
    first = view.bounds(start)[0]
    return start - 1 >= first and view.pieces[start - 1].is_word and view.pieces[start - 1].syllables in _FORMER


def _past(title: lexicon.Title) -> lexicon.Title:
    """The title as a post held before: any post becomes ``formerlyHeldPostAt``."""
    if title.predicate is None:
        return title
    return replace(title, predicate=FORMER_POST)


def _modified(view: ArticleView, start: int) -> bool:
    first = view.bounds(start)[0]
    return start - 1 >= first and view.pieces[start - 1].is_word and view.pieces[start - 1].syllables[-1:] in {
        (m,) for m in _MODIFIERS
    }
