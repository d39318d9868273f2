"""Posts whose body the title implies: "đại_biểu X" sits in the Quốc_hội,
"Tổng_Bí_thư X" leads the Đảng, "Thủ_tướng X" heads the Chính_phủ.

A person with such a title before the name ("Đại_biểu Trịnh_Ngọc_Thạch") or
in apposition after it ("Thân_Đức_Nam - ĐBQH thành_phố Đà_Nẵng") and no post
read from the sentence itself holds the post at the body the title implies,
when the article names that body (``roles.implied-body`` in
``ontology/words.tsv``); the nearest mention of it is the object. A title may
imply a kind of body ("hiệu_trưởng X" heads a school): then the article must
name exactly one body of that kind. A title
that names its country or body is read by ``roles.py`` instead.

A title of a national post ("Chủ_tịch nước", "Thủ_tướng", ``roles.home-country-titles``)
written with a Vietnamese name (``names.vietnamese-surnames``) and no body
of its own or implied is a post of the home country (``roles.home-country``),
when the article names it: "Chủ_tịch nước Trương_Tấn_Sang" is Việt_Nam's
president; so is such a title closing a chain of titles in apposition after the
name ("X , Ủy_viên Bộ Chính_trị , Phó Chủ_tịch nước ;"), even when the titles
before it gave the person a post at their bodies. A foreign name with such a title gives nothing: its country is not
guessed.

A title that only a company has (``roles.company-titles``: "CEO", "Tổng_giám_đốc")
written with no body is a post at the company the article is about, when that
is the one organisation its sentence names: the organisation the article names
most often (at least twice, more often than any other), unless its name
opens with a noun of a kind of body other than a company ("Bộ Y_tế", "Trường
…"). "Yahoo công_bố … đổi_mới mà CEO Marissa_Mayer mang lại" in an article
naming Yahoo throughout is Yahoo's.

A known officeholder after a title and no body read otherwise ("Tổng_thống Bashar_al-Assad")
holds the post the table of officeholders gives, at its country or body when the article
names it (``kg.extract.known_posts``). A foreign country of the table comes before the
bodies a title implies, which are the home country's ("Thủ_tướng Singh" is India's prime
minister, not of the Chính_phủ named elsewhere); the home country and its bodies come after them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from kg import lexicon
from kg.extract.known_posts import known_post
from kg.extract.frames import HONORIFICS, is_barrier, most_named, phrase_set, provenance, title_ending_at, title_starting_at
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.post_titles import BOARDS
from kg.extract.roles import APPOSITION_MARKS, FORMER_POST, is_former
from kg.lexicon import syllables_of, word_list, word_map
from kg.lexicon.officeholders import body_key
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "roles"
#: Confidence of a post whose body is implied (docs/confidence.md).
CONFIDENCE_IMPLIED = 0.6
CONFIDENCE_WORKS_FOR = 0.7
#: "X làm_việc tại ORG": verbs of working, the words before the employer, how far after the name.
_WORK_VERBS = phrase_set(*word_list("roles.work-verbs"))
_WORK_LINKS = phrase_set(*word_list("roles.work-links"))
_WORK_REACH = 6
#: "X đến làm_việc tại ORG": a verb of coming before the verb of working tells a visit, not a post.
_VISIT_BEFORE_WORK = phrase_set(*word_list("roles.visit-before-work"))
#: "X được bầu vào ORG": the words before the body a person was elected to sit in.
_ELECTED_INTO = phrase_set(*word_list("roles.elected-into"))
#: The boards of a company, written before its name ("HĐQT Vinamilk").
CONFIDENCE_HOME_COUNTRY = 0.6
#: Titles of national posts that, with a Vietnamese name and no body, are posts of the home country.
_HOME_TITLES = frozenset(syllables_of(w) for w in word_list("roles.home-country-titles"))
_HOME_COUNTRY = frozenset(" ".join(syllables_of(w.lower())) for w in word_list("roles.home-country"))
#: Words between a body and the foreign country whose body it is ("Chính_phủ và nhân_dân Philippines").
_FOREIGN_BODY_LINKS = phrase_set(*word_list("roles.foreign-body-links"))
#: The home country by any of its names ("Việt", "VN"): the key the gazetteer gives its names.
_HOME_COUNTRY_KEYS = frozenset(body_key(w) for w in word_list("roles.home-country"))
_SURNAMES = frozenset(w.lower() for w in word_list("names.vietnamese-surnames"))
#: How many titles a chain in apposition after a name holds at most, and the marks that close it.
_CHAIN_ITEMS = 4
_CHAIN_CLOSERS = frozenset({";", ".", ",", ")", "-", "–"})
CONFIDENCE_FOCUS_COMPANY = 0.6
CONFIDENCE_KNOWN_HOLDER = 0.7
#: Titles only a company has: written with no body, they are posts at the company the article is about.
_COMPANY_TITLES = frozenset(syllables_of(w) for w in word_list("roles.company-titles"))
#: Nouns of a kind of company that may open its name ("Công_ty X", "Ngân_hàng Y"), and of any kind of body.
_COMPANY_KINDS = frozenset(syllables_of(w) for w in word_list("roles.focus-body-nouns"))
_BODY_KINDS = frozenset(syllables_of(w) for w in word_list("frames.body-nouns"))
#: How many times the company the article is about is named at least.
_FOCUS_COMPANY_MENTIONS = 2
#: How many syllables a Vietnamese full name has at least ("Trương Tấn Sang").
_FULL_NAME_SYLLABLES = 3


@lru_cache(maxsize=1)
def implied_bodies() -> dict[tuple[str, ...], frozenset[str]]:
    """Title syllables -> the names (folded, spaced) of the body the title implies."""
    bodies = {}
    for title, names in word_map("roles.implied-body").items():
        bodies[syllables_of(title)] = frozenset(" ".join(syllables_of(n)) for n in (names or "").split("|") if n)
    return bodies


def find_implied_posts(view: ArticleView, statements: list[Statement]) -> list[Statement]:
    """The posts at implied bodies of the persons that ``statements`` give no post,
    and the posts of persons who work for a body ("X làm_việc tại Vietnam_Airlines") or
    were elected to sit in one ("X được bầu vào HĐQT Y")."""
    read_titles = {(s.subject.key, s.title_span) for s in statements if s.title_span is not None}
    with_post = {s.subject.key for s in statements}
    bodies = _body_mentions(view)
    countries = _country_mentions(view)
    implied: set[tuple[str, int, int]] = set()
    found: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        person = piece.mention
        if person is None or person.type is not EntityType.PERSON or person.reference:
            continue
        employer = _works_for(view, k) or _elected_into(view, k)
        if employer is not None:
            body, last = employer
            evidence = provenance(view, k, last, EXTRACTOR, CONFIDENCE_WORKS_FOR)
            found.append(Statement(person, "holdsPostAt", body, evidence))
        titled = _title_before(view, k) or _title_after(view, k)
        if titled is None:
            continue
        title, span, first, last = titled
        if person.key in with_post and (
            person.key in implied or any(key == person.key and _overlap(at, span) for key, at in read_titles)
        ):
            continue  # the title was read with its body, or the person's implied post is found already
        if title.predicate is None:
            continue
        known = known_post(view, person, title, first, k) if first < k else None
        if known is not None and _foreign_country(known[1]):
            # "Thủ_tướng Singh" (India's): the bodies a title implies are the home country's
            predicate, body = known
            confidence = CONFIDENCE_KNOWN_HOLDER
        else:
            names = implied_bodies().get(title.syllables)
            body = _nearest(_home_bodies(view, bodies), names, k) if names else None
            confidence = CONFIDENCE_IMPLIED
            predicate = title.predicate
        if body is None and person.key not in with_post and title.syllables in _HOME_TITLES and _vietnamese_name(person):
            body = _nearest(countries, _HOME_COUNTRY, k)
            confidence = CONFIDENCE_HOME_COUNTRY
            if is_former(view, first):
                predicate = FORMER_POST  # "nguyên Chủ_tịch nước X"
        if body is None and person.key not in with_post and title.syllables in _COMPANY_TITLES:
            body = _focus_company(bodies, k, view.bounds(k))
            confidence = CONFIDENCE_FOCUS_COMPANY
        if body is None and known is not None:
            predicate, body = known  # "Tổng_thống Bashar_al-Assad": the title before the name, its country known
            confidence = CONFIDENCE_KNOWN_HOLDER
        if body is None:
            continue
        evidence = provenance(view, first, last, EXTRACTOR, confidence)
        found.append(Statement(person, predicate, body, evidence, view.text[span[0] : span[1]], span))
        with_post.add(person.key)
        implied.add(person.key)
    return found + _chained_home_posts(view, countries, statements + found)


def _chained_home_posts(view: ArticleView, countries: list[tuple[int, Mention, str]], made: list[Statement]) -> list[Statement]:
    """"X , Ủy_viên Bộ Chính_trị , Phó Chủ_tịch nước ;": a national title with no body closing a
    chain of titles in apposition after a Vietnamese name is a post of the home country, when
    the article names it and gives the person no post there yet."""
    at_home = {s.subject.key for s in made if s.object.type is EntityType.COUNTRY}
    found: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        person = piece.mention
        if person is None or person.type is not EntityType.PERSON or person.reference or person.key in at_home:
            continue
        chained = _home_title_in_chain(view, k)
        if chained is None or not _vietnamese_name(person):
            continue
        body = _nearest(countries, _HOME_COUNTRY, k)
        if body is None:
            continue
        start, end = chained
        evidence = provenance(view, k, end - 1, EXTRACTOR, CONFIDENCE_HOME_COUNTRY)
        span = (view.pieces[start].start, view.pieces[end - 1].end)
        title = lexicon.titles()[tuple(s for p in view.pieces[start:end] for s in p.syllables)]
        found.append(Statement(person, title.predicate or "holdsPostAt", body, evidence, view.text[span[0] : span[1]], span))
        at_home.add(person.key)
    return found


def _home_title_in_chain(view: ArticleView, k: int) -> tuple[int, int] | None:
    """The pieces (first, past the last) of a national title with no body that closes the chain
    of titles in apposition after the name at piece ``k``, the titles before it with their bodies
    ("X , Ủy_viên TW Đảng , Phó Chủ_tịch nước ;"), or None."""
    first, last = view.bounds(k)
    if k + 1 >= last or view.pieces[k + 1].text != ",":
        return None
    start = k + 2
    for item in range(_CHAIN_ITEMS):
        reference = view.pieces[start].mention if start < last else None
        if reference is not None and reference.reference and start + 1 < last and view.pieces[start + 1].text == ",":
            start += 2  # "X , Giám_đốc Sở Y_tế , …" read as a reference: a title with its body
            continue
        found = title_starting_at(view, start) if start < last else None
        if found is None:
            return None
        end, title = found
        if end < last and view.pieces[end].mention is not None:
            while end < last and view.pieces[end].mention is not None and view.pieces[end].mention.type is not EntityType.PERSON:
                end += 1  # the title's bodies: go on to the next title of the chain
            if end + 1 >= last or view.pieces[end].text != ",":
                return None
            start = end + 1
            continue
        closed = end >= last or view.pieces[end].text in _CHAIN_CLOSERS
        return (start, end) if item > 0 and closed and title.syllables in _HOME_TITLES else None
    return None


def _home_bodies(view: ArticleView, bodies: list[tuple[int, Mention, str]]) -> list[tuple[int, Mention, str]]:
    """``bodies`` but those a foreign country qualifies right after them ("Chính_phủ và nhân_dân
    Philippines", ``roles.foreign-body-links`` between the two): a body a title implies is the home country's."""
    return [body for body in bodies if not _of_a_foreign_country(view, body[0])]


def _of_a_foreign_country(view: ArticleView, k: int) -> bool:
    """Whether a foreign country follows the body at piece ``k``, right after it or past a link."""
    j = k + 1
    if j < len(view) and view.pieces[j].mention is None:
        j = view.match_any(j, _FOREIGN_BODY_LINKS) or j
    country = view.pieces[j].mention if j < len(view) and view.bounds(j) == view.bounds(k) else None
    return country is not None and _foreign_country(country)


def _foreign_country(body: Mention) -> bool:
    """Whether ``body`` names a country other than the home country."""
    return body.type is EntityType.COUNTRY and body_key(body.text) not in _HOME_COUNTRY_KEYS


def _focus_company(bodies: list[tuple[int, Mention, str]], k: int, sentence: tuple[int, int]) -> Mention | None:
    """The mention in ``sentence`` (its first and last pieces) of the organisation the article names
    most often, at least ``_FOCUS_COMPANY_MENTIONS`` times and more often than any other, whose name
    opens with no noun of a kind of body other than a company, when the sentence names no other
    organisation; None otherwise."""
    named_here = {name for at, mention, name in bodies if sentence[0] <= at < sentence[1] and mention.type.is_organization}
    counts: dict[str, list[tuple[int, Mention]]] = {}
    for at, mention, name in bodies:
        if mention.type is EntityType.ORGANIZATION:
            counts.setdefault(name, []).append((at, mention))
    name = most_named({name: len(mentions) for name, mentions in counts.items()}, _FOCUS_COMPANY_MENTIONS)
    if name is None:
        return None
    mentions = counts[name]
    words = tuple(name.split())
    kind = next((words[:n] for n in (3, 2, 1) if words[:n] in _BODY_KINDS), None)
    if kind is not None and kind not in _COMPANY_KINDS:
        return None  # "Bộ Y_tế", "Trường …": no company
    if named_here != {name}:
        return None  # the sentence names no organisation, or another one besides
    return min(mentions, key=lambda m: (abs(m[0] - k), m[0]))[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _works_for(view: ArticleView, k: int) -> tuple[Mention, int] | None:
    """"X (đã có 10 năm) làm_việc tại/cho ORG", "X công_tác ở ORG": the body X works for."""
    last = view.bounds(k)[1]
    verb = _phrase_after_name(view, k, _WORK_VERBS)
    if verb is None or _came_to_work(view, k, verb):
        return None
    link = view.match_any(verb, _WORK_LINKS) if verb < last else None
    if link is None:
        return None
    body = _body_at(view, link, last)
    return (body, link) if body is not None else None


def _came_to_work(view: ArticleView, k: int, verb: int) -> bool:
    """Whether a verb of coming stands right before the verb of working that ends at ``verb``
    ("X đến làm_việc tại UBND tỉnh", "X về làm_việc với …"): X visits the body."""
    start = next(j for j in range(verb - 1, k, -1) if view.match_any(j, _WORK_VERBS) == verb)
    return any(view.match_any(j, _VISIT_BEFORE_WORK) == start for j in range(max(k + 1, start - 2), start))


def _elected_into(view: ArticleView, k: int) -> tuple[Mention, int] | None:
    """"X được bầu vào Ban Chấp_hành Y", "X trúng_cử vào Y": the body X was elected to sit in;
    a company's board before its name ("được bầu vào HĐQT Vinamilk") sits in the company."""
    last = view.bounds(k)[1]
    link = _phrase_after_name(view, k, _ELECTED_INTO)
    if link is None:
        return None
    if link < last and view.pieces[link].mention is None and (board := view.match_any(link, BOARDS)) is not None:
        link = board  # "được bầu vào HĐQT Vinamilk": the board of the company named after it
    body = _body_at(view, link, last)
    return (body, link) if body is not None else None


def _phrase_after_name(view: ArticleView, k: int, phrases: Phrases) -> int | None:
    """Where a phrase of ``phrases`` ends that follows the name at piece ``k`` within a few words
    (``_WORK_REACH``), no other name and no clause boundary before it; None otherwise."""
    last = view.bounds(k)[1]
    for j in range(k + 1, min(last, k + 1 + _WORK_REACH)):
        end = view.match_any(j, phrases)
        if end is not None:
            return end
        if view.pieces[j].mention is not None or is_barrier(view.pieces[j]):
            return None
    return None


def _body_at(view: ArticleView, j: int, last: int) -> Mention | None:
    """The organisation named (not referred to) at piece ``j``, before ``last``, or None."""
    body = view.pieces[j].mention if j < last else None
    if body is None or not body.type.is_organization or body.reference:
        return None
    return body


def _title_before(view: ArticleView, k: int) -> tuple[lexicon.Title, tuple[int, int], int, int] | None:
    """"Đại_biểu X", "Tổng_Bí_thư X": the title written right before the name, or before
    the first name of a list the name ends ("các đại_biểu A , B và X")."""
    head = _list_head(view, k)
    found = title_ending_at(view, head)
    if found is None:
        return None
    start, title = found
    return title, (view.pieces[start].start, view.pieces[head - 1].end), start, k


def _list_head(view: ArticleView, k: int) -> int:
    """The first name of a list of persons ending at piece ``k`` ("A , B và X"), or ``k``."""
    first = view.bounds(k)[0]
    head = k
    while head - 2 >= first and (view.pieces[head - 1].text == "," or view.pieces[head - 1].syllables == ("và",)):
        previous = view.pieces[head - 2].mention
        if previous is None or previous.type is not EntityType.PERSON or previous.reference:
            break
        head -= 2
    return head


def _title_after(view: ArticleView, k: int) -> tuple[lexicon.Title, tuple[int, int], int, int] | None:
    """"X - ĐBQH thành_phố Đà_Nẵng", "X ( đại_biểu Quốc_hội TPHCM )": the title in apposition."""
    last = view.bounds(k)[1]
    mark = k + 1
    if mark + 1 >= last or view.pieces[mark].text not in APPOSITION_MARKS:
        return None
    start = mark + 1
    if view.pieces[start].is_word and view.pieces[start].syllables in HONORIFICS:
        return None
    reference = view.pieces[start].mention
    if reference is not None and reference.reference and reference.type is EntityType.PERSON:
        # "X - ĐBQH TP.HCM" read as a reference: its title words, the place inside it
        title = _title_opening(view.pieces[start].syllables)
        if title is None:
            return None
        inner = [m.start for m in view.inner(reference)]
        end = min(inner) if inner else reference.end
        return title, (reference.start, reference.start + len(view.text[reference.start : end].rstrip())), k, start
    found = title_starting_at(view, start)
    if found is None:
        return None
    end, title = found
    if _names_person_after(view, end, last):
        return None  # "A , Chủ_tịch nước B": the title is the next name's
    return title, (view.pieces[start].start, view.pieces[end - 1].end), k, end - 1


def _names_person_after(view: ArticleView, j: int, last: int) -> bool:
    """Whether a person is named at piece ``j`` past the bodies and places written there."""
    while j < last and (m := view.pieces[j].mention) is not None and m.type is not EntityType.PERSON:
        j += 1
    return j < last and (m := view.pieces[j].mention) is not None and m.type is EntityType.PERSON


def _title_opening(syllables: tuple[str, ...]) -> lexicon.Title | None:
    """The longest lexicon title that opens ``syllables`` and implies a body."""
    titles = lexicon.titles()
    for length in range(len(syllables), 0, -1):
        title = titles.get(syllables[:length])
        if title is not None and title.syllables in implied_bodies():
            return title
    return None


def _body_mentions(view: ArticleView) -> list[tuple[int, Mention, str]]:
    """Every organisation mention of the article: (piece, mention, folded name)."""
    return _named_mentions(view, lambda entity_type: entity_type.is_organization)


def _country_mentions(view: ArticleView) -> list[tuple[int, Mention, str]]:
    """Every country mention of the article: (piece, mention, folded name)."""
    return _named_mentions(view, lambda entity_type: entity_type is EntityType.COUNTRY)


def _named_mentions(view: ArticleView, kept: Callable[[EntityType], bool]) -> list[tuple[int, Mention, str]]:
    """Every mention of the article that names (not refers) and whose type is ``kept``:
    (piece, mention, folded name)."""
    return [
        (k, p.mention, " ".join(syllables_of(p.mention.text.lower())))
        for k, p in enumerate(view.pieces)
        if p.mention is not None and kept(p.mention.type) and not p.mention.reference
    ]


def _vietnamese_name(person: Mention) -> bool:
    """Whether ``person`` is written as a Vietnamese full name: a known surname first, three syllables or more."""
    syllables = syllables_of(person.text.lower())
    return len(syllables) >= _FULL_NAME_SYLLABLES and syllables[0] in _SURNAMES


def _nearest(bodies: list[tuple[int, Mention, str]], names: frozenset[str], k: int) -> Mention | None:
    """The mention nearest piece ``k`` of a body named in ``names``; a name ending in " *"
    stands for a kind of body ("trường *": any school), and then only one body of that
    kind may be named in the article, or the title says nothing certain."""
    kinds = tuple(name[:-1] for name in names if name.endswith(" *"))
    candidates = [(abs(at - k), at, mention) for at, mention, name in bodies if name in names]
    if not candidates and kinds:
        of_kind = [(abs(at - k), at, mention) for at, mention, name in bodies if name.startswith(kinds)]
        if len({_named(mention) for _, _, mention in of_kind}) == 1:
            candidates = of_kind
    return min(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None


def _named(mention: Mention) -> str:
    """The distinctive part of a body's name: its last two syllables ("trường tiểu_học Tân_Lập 1" and
    "trường Tân_Lập 1" are one school)."""
    return " ".join(syllables_of(mention.text.lower())[-2:])
