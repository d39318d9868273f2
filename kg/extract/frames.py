"""Grammar shared by the relation extractors: subjects, objects, titles, places, times.

Vietnamese news is SVO: the subject stands before the verb, separated from it
only by adverbs and time words ("ông Kim_Jong-un sau đó đến thăm …"); the
object follows the verb; place and time follow as "tại/ở X", "ngày 13/9".
These helpers find those arguments on an ``ArticleView`` without crossing a
clause boundary.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from kg import lexicon
from kg.extract.antecedents import gender_of_word, group_antecedents, pronoun_antecedent, same_person_name
from kg.extract.pieces import ArticleView, Phrases, Piece, syllables_of
from kg.extract.when import event_time
from kg.lexicon import load_lexicon, word_list, word_map, word_numbers
from kg.model import EntityType, EventType, Mention, Provenance, TimeExpression

AGENT_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})
PLACE_TYPES = frozenset(
    {EntityType.LOCATION, EntityType.COUNTRY, EntityType.CITY, EntityType.REGION, EntityType.FACILITY}
)


def phrase_set(*words: str) -> Phrases:
    """Phrases written with spaces or underscores, as syllable tuples indexed for matching."""
    return Phrases(syllables_of(w) for w in words)


HONORIFICS = phrase_set(*sorted(load_lexicon().honorifics | load_lexicon().classifiers))
#: The titles written before a name, those that name no post among them ("Thiếu_tướng", "TS").
_NAME_TITLES = phrase_set(*sorted(load_lexicon().titles))
#: Words that may stand between a subject and its verb: adverbs of time, aspect and manner.
ADVERBS = phrase_set(*word_list("frames.adverbs"))
PLANNED = phrase_set(*word_list("frames.planned"))
NEGATIONS = phrase_set(*word_list("frames.negations"))
COORDINATORS = phrase_set(*word_list("frames.coordinators"))
#: Words that open a new clause: an argument is never looked for across them.
CLAUSE_OPENERS = phrase_set(*word_list("frames.clause-openers"))
BARRIER_MARKS = frozenset({",", ";", ":", ".", "!", "?", "…", "-", "–", "—", '"', "“", "”"})
PLACE_PREPOSITIONS = phrase_set(*word_list("frames.place-prepositions"))
#: Words that open a clause set before the main one, whose subject it shares ("Sau khi …", "Khi …").
FRONTED_OPENERS = phrase_set(*word_list("frames.fronted-openers"))
#: How far after the comma the main clause's subject may be named (its title and honorific included).
_MAIN_SUBJECT_LEAD = 4
_ACCORDING = phrase_set(*word_list("frames.according"))
_GO_TO = phrase_set(*word_list("frames.go-to"))
#: Nouns that name a kind of place before its name ("vùng Amur", "thành_phố Komsomolsk").
PLACE_NOUNS = phrase_set(*word_list("frames.place-nouns"))
MEDIA_NOUNS = phrase_set(*word_list("frames.media-nouns"))
PERSON_NOUNS = phrase_set(*word_list("frames.person-nouns"))
STREET_NOUNS = phrase_set(*word_list("frames.street-nouns"))
_STREET_HEADS = frozenset(p[-1:] for p in STREET_NOUNS)
#: Words after which a name is the object of a preposition or heads a relative clause.
_NOT_BEFORE_SUBJECT = frozenset(syllables_of(w) for w in word_list("frames.not-before-subject"))
#: Words between a person and the body the person belongs to ("X thuộc ĐH Y").
_BELONGS = frozenset(syllables_of(w) for w in word_list("affiliations.belongs"))
#: Units of a span of time: "hai năm trước", "vài tuần trước" tell when, not "in front of" whom.
_DURATION_UNITS = frozenset(syllables_of(w) for w in word_list("frames.duration-units"))
#: Words that close a span of time into a time ago ("trước").
_DURATION_ENDS = frozenset(syllables_of(w) for w in word_list("frames.duration-ends"))
#: Numbers written as words that may count such units ("hai năm trước", "vài tuần trước").
_NUMBER_WORDS = frozenset(word_list("times.quantities"))
PRONOUNS = phrase_set(*word_list("frames.pronouns"))
#: Words after a body's name that tell which one it is ("Đảng X đối_lập cho_biết").
_BODY_MODIFIERS = phrase_set(*word_list("frames.body-modifiers"))
#: Places a body's name may be followed by, set off by a comma ("Công_an quận 9 , TP.HCM"): not a country, which may be the subject.
_PLACES_OF_BODIES = frozenset({EntityType.CITY, EntityType.REGION, EntityType.LOCATION})
# words after the body of an unnamed official: "một quan_chức Mỹ giấu_tên", "quan_chức Hàn_Quốc khác"
_UNNAMED_OFFICIAL_MODIFIERS = phrase_set(*word_list("frames.unnamed-official-modifiers"))
_TITLE_MODIFIERS = phrase_set(*word_list("frames.title-modifiers"))
#: A word that names the deputy head of the body named right after it ("phó Phòng GD-ĐT").
_DEPUTY_OF_BODY = phrase_set(*word_list("frames.deputy-of-body"))
_CARRY = phrase_set(*word_list("events.carry"))
#: Nouns of kin: "Bà mẹ Asiyalova cho_biết", "con_trai ông X nói" tell of the relative, not of the one named.
_KIN = phrase_set(*word_list("frames.kin-nouns"))
#: Prepositions that name whom an act is addressed to ("đề_nghị với phía X", "gửi tới lãnh_đạo X").
_ADDRESSED_TO = phrase_set(*word_list("frames.addressed-to"))
#: Nouns of a party that an addressee is written with ("phía", "đại_diện", "lãnh_đạo").
_PARTY_NOUNS = phrase_set(*word_list("frames.party-nouns"))
#: How many words may stand between such a preposition and the name ("với phía CLB chủ_quản X").
_ADDRESSEE_REACH = 4
#: "Tin từ X cho_biết": the word between what a source gave out and the source.
_FROM_SOURCE = phrase_set(*word_list("frames.from-source"))
_AND = phrase_set(*word_list("frames.and"))
#: Nouns of a plural subject ("nhà_lãnh_đạo", "nước") and the entity type of what they count.
_GROUP_TYPE_OF = {syllables_of(w): frozenset({EntityType(t)}) for w, t in word_map("references.group-nouns").items() if t}
_GROUP_NOUNS = Phrases(_GROUP_TYPE_OF)
#: Numbers that count a plural subject ("hai", "cả hai").
_GROUP_COUNT_OF = {syllables_of(w): n for w, n in word_numbers("references.group-counts", whole=True).items() if n}
_GROUP_COUNTS = Phrases(_GROUP_COUNT_OF)
#: Words that may open a subject before its name ("Bản_thân Công_Vinh", "Chính X").
_SUBJECT_LEADS = phrase_set(*word_list("references.subject-leads"))
#: The role of a title that names no narrower post: too vague to tell whom a bare title means.
GENERIC_ROLE = "official"
#: "nhà_mạng này", "công_ty này": a body named again by its kind.
_BODY_NOUNS = phrase_set(*word_list("frames.body-nouns"))
DEMONSTRATIVES = phrase_set(*word_list("frames.demonstratives"))
#: Nouns that describe one person by trade or standing ("nữ ca_sĩ", "HLV", "chiến_lược_gia"), which an
#: article writes instead of the name of the person it has just named.
_DESCRIBING_NOUNS = phrase_set(*word_list("frames.describing-nouns"))
#: Words in a description that make it someone other than the person named before ("một HLV khác").
_ANOTHER = phrase_set(*word_list("frames.another"))
#: How many words may qualify a describing noun ("nữ ca_sĩ đất Quảng", "HLV người Bồ_Đào_Nha").
_DESCRIPTION_QUALIFIER_REACH = 3
#: How many pieces a describing noun spans at most.
_DESCRIBING_NOUN_PIECES = 4
#: Prepositions whose object is no subject of the clause after it: "Sau cuộc gặp với ông X , …".
_OBJECT_MARKERS = phrase_set(*word_list("frames.object-markers"))
#: Words of number before a title: "Một_số đại_biểu", "các Bộ_trưởng" name several holders.
_QUANTIFIERS = phrase_set(*word_list("frames.quantifiers"))
#: "một" before a noun of a person or a body: "X - một phụ_huynh khác", "Cục Y , một đơn_vị trực_thuộc …".
_INDEFINITES = phrase_set(*word_list("frames.indefinites"))


@dataclass(frozen=True, slots=True)
class Argument:
    """A mention filling an argument, and how it was found."""

    mention: Mention
    piece: int
    resolved: bool = False  # True when the text names it by pronoun or bare title


def is_barrier(piece: Piece) -> bool:
    """Whether the piece is punctuation that ends a phrase (comma, stop, quote mark, bracket)."""
    return piece.is_word and (piece.text in BARRIER_MARKS or piece.text in {"(", ")"})


def title_ending_at(view: ArticleView, end: int) -> tuple[int, lexicon.Title] | None:
    """The longest lexicon title whose word pieces end just before piece ``end``."""
    titles = lexicon.titles()
    if 0 < end <= len(view):
        last = view.pieces[end - 1]
        if last.mention is not None or (last.syllables and last.syllables[-1] not in _title_edges(titles)[1]):
            return None  # no title ends with this piece
    best = None
    for start in range(max(0, end - 6), end):
        pieces = view.pieces[start:end]
        if not all(p.is_word for p in pieces) or not pieces:
            continue
        key = tuple(s for p in pieces for s in p.syllables)
        if key in titles:
            best = (start, titles[key])
            break
    return best


def title_starting_at(view: ArticleView, start: int) -> tuple[int, lexicon.Title] | None:
    """The longest lexicon title whose word pieces start at piece ``start``: (end, title)."""
    titles = lexicon.titles()
    if 0 <= start < len(view):
        first = view.pieces[start]
        if first.mention is not None or (first.syllables and first.syllables[0] not in _title_edges(titles)[0]):
            return None  # no title starts with this piece
    for end in range(min(len(view), start + 6), start, -1):
        pieces = view.pieces[start:end]
        if not all(p.is_word for p in pieces):
            continue
        key = tuple(s for p in pieces for s in p.syllables)
        if key in titles:
            return end, titles[key]
    return None


_TITLE_EDGES: tuple[object, frozenset[str], frozenset[str]] | None = None


def _title_edges(titles: dict[tuple[str, ...], lexicon.Title]) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last syllables of the titles, gathered once per title lexicon."""
    global _TITLE_EDGES
    if _TITLE_EDGES is None or _TITLE_EDGES[0] is not titles:
        _TITLE_EDGES = (titles, frozenset(k[0] for k in titles if k), frozenset(k[-1] for k in titles if k))
    return _TITLE_EDGES[1], _TITLE_EDGES[2]


def noun_phrase_start(view: ArticleView, k: int) -> int:
    """The first piece of the noun phrase ending in mention piece ``k``.

    Steps back over a qualifier (up to two non-person mentions) with its title
    ("Tổng_thống Nga Vladimir_Putin"), a bare title ("Tổng_thống Putin") and
    an honorific ("ông Putin").
    """
    first = view.bounds(k)[0]
    edge = k
    j = k
    while j - 1 >= first and k - j < 2 and (m := view.pieces[j - 1].mention) is not None and m.type is not EntityType.PERSON:
        j -= 1
    found = title_ending_at(view, j)
    if found is not None:
        edge = found[0]
    elif view.pieces[k].mention is not None and view.pieces[k].mention.type.is_organization:
        # "hãng thông_tấn trung_ương Triều_Tiên KCNA": the agency's phrase starts at its kind
        for start in range(max(first, j - 4), j):
            if view.match_any(start, MEDIA_NOUNS) is not None and all(
                view.pieces[i].is_word and not is_barrier(view.pieces[i]) for i in range(start, j)
            ):
                edge = start
                break
    if edge - 1 >= first and view.pieces[edge - 1].is_word and view.pieces[edge - 1].syllables in HONORIFICS:
        edge -= 1
    return edge


def skip_left(view: ArticleView, j: int, first: int, times: Sequence[TimeExpression]) -> int:
    """Step left from ``j`` over adverbs, time expressions and parentheticals; the new index."""
    while j >= first:
        piece = view.pieces[j]
        if piece.is_word and piece.text == ")":
            depth = j
            while depth >= first and view.pieces[depth].text != "(":
                depth -= 1
            j = depth - 1
            continue
        if piece.is_word and any(t.start <= piece.start and piece.end <= t.end for t in times):
            j -= 1
            continue
        if piece.is_word and ends_with_any(view, j, ADVERBS, first) is not None:
            j = ends_with_any(view, j, ADVERBS, first) - 1
            continue
        modifier = ends_with_any(view, j, _BODY_MODIFIERS, first) if piece.is_word else None
        if modifier is not None and modifier - 1 >= first and _ends_body(view, modifier - 1):
            j = modifier - 1  # "Đảng Cứu_quốc Campuchia ( CNRP ) đối_lập cho_biết": the party speaks
            continue
        return j
    return j


def _ends_body(view: ArticleView, j: int) -> bool:
    """Whether piece ``j`` ends the name of a body, or a bracket after one."""
    piece = view.pieces[j]
    if piece.text == ")":
        return True
    return piece.mention is not None and piece.mention.type.is_organization


def subject_after_fronted_clause(view: ArticleView, cue: int, types: Collection[EntityType]) -> list[Argument]:
    """The subject of the main clause when the verb at ``cue`` stands in a clause set before it
    with no subject of its own: "Sau khi tốt_nghiệp Đại_học X , anh Y …", "Khi đến Hà_Nội , ông Y …"."""
    first, last = view.bounds(cue)
    if view.match_any(first, FRONTED_OPENERS) is None:
        return []
    if any(view.pieces[j].mention is not None and view.pieces[j].mention.type in types for j in range(first, cue)):
        return []
    j = cue + 1
    while j < last and view.pieces[j].text != ",":
        piece = view.pieces[j]
        if is_barrier(piece) or piece.is_quote_mark:
            return []
        j += 1
    k = j + 1
    while k < last and (end := view.match_any(k, ADVERBS)) is not None:
        k = end  # "…, sau đó ông X"
    found = objects_after(view, k, types, max_gap=_MAIN_SUBJECT_LEAD)
    if not found or found[0].mention.reference or noun_phrase_start(view, found[0].piece) != k:
        return []
    return found[:1]


def ends_with_any(view: ArticleView, j: int, phrases: Sequence[tuple[str, ...]], first: int) -> int | None:
    """The start of the longest phrase ending at piece ``j`` (inclusive), or None."""
    if isinstance(phrases, Phrases):  # only where a phrase can start
        firsts = view.first_syllables
        openers = phrases.starts
        starts = [start for start in range(max(first, j - 3), min(j + 1, len(firsts))) if firsts[start] in openers]
    else:
        starts = list(range(max(first, j - 3), j + 1))
    for start in starts:
        if view.match_any(start, phrases) == j + 1:
            return start
    return None


_Key = TypeVar("_Key", bound=Hashable)


def most_named(counts: Mapping[_Key, int], at_least: int) -> _Key | None:
    """The key of ``counts`` counted most often, when it is counted at least ``at_least`` times
    and more often than any other (the body an article is about); None otherwise."""
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < at_least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


#: How many syllables of a body's name are looked at for the noun of kind it opens with ("Tổng_lãnh_sự_quán X").
_KIND_SYLLABLES = 4


def is_of_kind(view: ArticleView, k: int, kinds: Phrases) -> bool:
    """Whether the body named at piece ``k`` is of one of ``kinds``: its name opens with one
    ("Đại_sứ_quán Mỹ"), or one is written right before it ("trường THCS X")."""
    syllables = view.pieces[k].syllables
    if any(syllables[:n] in kinds for n in range(1, min(len(syllables), _KIND_SYLLABLES) + 1)):
        return True
    first = view.bounds(k)[0]
    return k - 1 >= first and ends_with_any(view, k - 1, kinds, first) is not None


def subject_before(
    view: ArticleView,
    cue: int,
    types: Collection[EntityType],
    times: Sequence[TimeExpression] = (),
    allow_pronoun: bool = True,
    possessor_heads: Sequence[tuple[str, ...]] = (),
    speaking_for: Sequence[tuple[str, ...]] = (),
) -> list[Argument]:
    """The subject of the verb at piece ``cue``: the mention just before it,
    past adverbs and time words only, with the subjects coordinated to it
    ("X và Y gặp nhau"). A pronoun or bare title subject is resolved to the
    one person it can mean, or gives nothing.

    A name that only qualifies the true subject gives nothing: a possessor
    ("phát_ngôn_viên của Bộ X nói", unless the possessed noun is one of
    ``possessor_heads``), the head of a relative clause ("… mà ông X khẳng_định"),
    a body or country after a common noun ("Truyền_hình Nga", "Đại_diện
    Vinaphone"). A body after a title in apposition to a person ("Ông X ,
    Phó_Chủ_tịch VATA cho_biết") gives the person. A body after one of
    ``speaking_for`` with no person named ("Đại_diện Viettel cho_biết",
    "người phát_ngôn của Phủ Tổng_thống nói") is the subject: one speaks for it.
    """
    first = view.bounds(cue)[0]
    j = skip_left(view, cue - 1, first, times)
    if j < first:
        return []
    if speaking_for:
        j = _past_unnamed_official_modifier(view, j, first, speaking_for)
    j = _body_before_its_place(view, j, first)
    piece = view.pieces[j]
    if piece.mention is not None:
        mention = piece.mention
        if mention.type is EntityType.COUNTRY and j - 1 >= first:
            body = view.pieces[j - 1].mention
            if body is not None and body.type.is_organization:
                j, mention = j - 1, body  # "Bộ Ngoại_giao Mexico nhấn_mạnh": the ministry speaks
        start = past_prefix(view, noun_phrase_start(view, j), mention, first)
        if mention.type is EntityType.PERSON and mention.prefix_start is None:
            start = _past_description(view, start, first)
        before = view.pieces[start - 1] if start - 1 >= first else None
        if start - 1 >= first and ends_with_any(view, start - 1, _KIN, first) is not None:
            return []  # "Bà mẹ Asiyalova cho_biết": her mother speaks, unnamed
        if _addressed(view, start, first):
            return []  # "liên_hệ với phía CLB chủ_quản X đề_nghị …": whom the proposal went to
        if before is not None and before.is_word and before.syllables in _CARRY:
            at = _past_marks(view, start - 2, first)
            owner = view.pieces[at].mention if at >= first else None
            if owner is not None and owner.type is EntityType.NEWS_AGENCY and owner.type in types:
                return [Argument(owner, at)]  # "tờ Yomiuri của Nhật_Bản đưa_tin", 'tờ " Granma " của Đảng X': the paper
            heads = tuple(possessor_heads) + tuple(speaking_for)
            if not any(ends_with_any(view, start - 2, (h,), first) is not None for h in heads):
                # "X , một nhân_viên của Y cho_biết": the possessor describes the person in apposition, who is the subject
                person = apposition_head(view, j, first) if EntityType.PERSON in types else None
                return [person] if person is not None and person.mention.type in types else []
        if (
            before is not None
            and before.is_word
            and before.syllables in _FROM_SOURCE
            and any(ends_with_any(view, start - 2, (h,), first) is not None for h in possessor_heads)
        ):
            pass  # "Tin từ Trung_tâm X cho_biết": what the body gave out, the body speaks
        elif before is not None and before.is_word and before.syllables in _BELONGS and (
            member := _member_before(view, start - 2, types, first)
        ) is not None:
            return [member]  # "giáo_sư X thuộc ĐH Y cho_biết": the person of the body speaks
        elif before is not None and before.is_word and before.syllables in _BELONGS and mention.type in types and (
            start - 2 >= first and ends_with_any(view, start - 2, speaking_for, first) is not None
        ):
            return [Argument(mention, j)]  # "một quan_chức thuộc Bộ Quốc_phòng cho_biết": the body speaks
        elif before is not None and before.is_word and before.syllables in _NOT_BEFORE_SUBJECT and not _tells_when(view, start - 1, first, times):
            return []  # "… mà ông X khẳng_định", "nguồn tin cho Apple nói": not the subject
        if mention.type is not EntityType.PERSON and EntityType.PERSON in types:
            person = apposition_head(view, j, first)
            if person is not None:
                return [person]
        if mention.type in PLACE_TYPES and _in_locative(view, start, first):
            return []  # "bán hàng tại chợ Cầu_Giấy , Hà_Nội cho_biết": where, not who
        if mention.type is not EntityType.PERSON and _modifies_noun(view, j, first):
            person = _apposed_person(view, start, first)
            if person is not None and person.mention.type in types and opens_clause(view, noun_phrase_start(view, person.piece), first):
                return [person]
            if mention.type in types and any(
                ends_with_any(view, at, speaking_for, first) is not None for at in (start - 1, j - 1) if at >= first
            ):  # "Lãnh_đạo Sở Y_tế": the noun may also be read as the body's title
                return [Argument(mention, j)]
            return []
        if mention.type is EntityType.PERSON and before is not None and before.is_word and before.syllables[-1:] in _STREET_HEADS:
            return []  # "đường Ngô_Thì_Nhậm": a street named after a person
        if mention.type not in types:
            return []
        subjects = [Argument(mention, j)]
        subjects.extend(_coordinated_before(view, j, types, first))
        head = noun_phrase_start(view, subjects[-1].piece)
        if (
            len(subjects) > 1
            and head - 1 >= first
            and view.pieces[head - 1].is_word
            and view.pieces[head - 1].syllables in _NOT_BEFORE_SUBJECT
            and not _tells_when(view, head - 1, first, times)
        ):
            return []  # "văn_bản gửi Ủy_ban X và Sở Y công_bố …": the list is the object of "gửi"
        if len(subjects) == 1 and mention.type is EntityType.PERSON:
            subjects.extend(_comma_list_before(view, j, _PERSON_ONLY, first))
        return subjects
    if not allow_pronoun:
        return []
    group = resolve_group(view, j, first)
    if group:
        return [a for a in group if a.mention.type in types] if all(a.mention.type in types for a in group) else []
    resolved = resolve_reference(view, j, first)
    return [resolved] if resolved is not None and resolved.mention.type in types else []


def _member_before(view: ArticleView, k: int, types: Collection[EntityType], first: int) -> Argument | None:
    """The person named at piece ``k``, before "thuộc" and the body the person belongs to, when the
    person opens the clause."""
    if k < first or (m := view.pieces[k].mention) is None or m.type is not EntityType.PERSON or m.reference or m.type not in types:
        return None
    return Argument(m, k) if opens_clause(view, noun_phrase_start(view, k), first) else None


def _body_before_its_place(view: ArticleView, j: int, first: int) -> int:
    """The piece of a body when piece ``j`` ends the place it stands in, set off by commas after
    its name ("Công_an quận 9 , TP.HCM yêu_cầu", "UBND huyện X , tỉnh Y , cho_biết"): the body
    speaks, not the place; ``j`` otherwise."""
    at = j - 1 if view.pieces[j].text == "," else j
    place = view.pieces[at].mention if at >= first else None
    if place is None or place.type not in _PLACES_OF_BODIES or at - 2 < first or view.pieces[at - 1].text != ",":
        return j
    body = view.pieces[at - 2].mention
    # an outlet before a comma opens a clause ("Theo tờ X , Hàn_Quốc tuyên_bố"): it is not the subject
    speaks = body is not None and body.type.is_organization and body.type is not EntityType.NEWS_AGENCY
    opener = noun_phrase_start(view, at - 2) - 1
    if speaks and opener >= first and ends_with_any(view, opener, _ACCORDING, first) is not None:
        speaks = False  # "Theo Bộ Y_tế , Hà_Nội …": the body is the source of a clause whose subject follows
    return at - 2 if speaks else j


def _past_unnamed_official_modifier(view: ArticleView, j: int, first: int, speaking_for: Sequence[tuple[str, ...]]) -> int:
    """The piece of the body or country when piece ``j`` ends a word like "giấu_tên" or "khác"
    (``frames.unnamed-official-modifiers``) after "quan_chức X", "đại_diện X" (one of
    ``speaking_for``): "một quan_chức Mỹ giấu_tên cho_biết" is the country speaking; ``j`` otherwise."""
    modifier = ends_with_any(view, j, _UNNAMED_OFFICIAL_MODIFIERS, first) if view.pieces[j].is_word else None
    if modifier is None or modifier - 1 < first:
        return j
    mention = view.pieces[modifier - 1].mention
    if mention is None or mention.type is EntityType.PERSON:
        return j
    start = noun_phrase_start(view, modifier - 1)
    if any(ends_with_any(view, at, speaking_for, first) is not None for at in (start - 1, modifier - 2) if at >= first):
        return modifier - 1
    return j


def _tells_when(view: ArticleView, j: int, first: int, times: Sequence[TimeExpression]) -> bool:
    """Whether piece ``j`` ends words of time ("tuần trước", "2 năm trước") rather than being a preposition."""
    piece = view.pieces[j]
    return any(t.start <= piece.start and piece.end <= t.end for t in times) or _ends_time_ago(view, j, first)


def _ends_time_ago(view: ArticleView, j: int, first: int) -> bool:
    """Whether piece ``j`` closes a time ago ("2 năm trước", "vài tuần trước"): a number, a unit of
    time and a word like "trước", which then is no preposition before the name after it."""
    syllables: list[str] = []
    for k in range(j, max(first, j - 2) - 1, -1):
        piece = view.pieces[k]
        if piece.mention is not None or not piece.is_word or is_barrier(piece):
            break
        syllables[:0] = [s.lower() for s in piece.syllables]
        if len(syllables) >= 3:
            break
    if len(syllables) < 3:
        return False
    number, unit, end = syllables[-3], syllables[-2], syllables[-1]
    return (end,) in _DURATION_ENDS and (unit,) in _DURATION_UNITS and (number.isdigit() or number in _NUMBER_WORDS)


def _addressed(view: ArticleView, start: int, first: int) -> bool:
    """Whether the noun phrase at piece ``start`` is whom an act is addressed to: a preposition
    of address, a noun of a party and at most a few more words before it ("với phía CLB chủ_quản X")."""
    j = start - 1
    while j >= first and start - j <= _ADDRESSEE_REACH:
        piece = view.pieces[j]
        if piece.mention is not None or is_barrier(piece) or piece.is_quote_mark or not piece.is_word:
            return False
        if piece.syllables in _ADDRESSED_TO:
            return j + 1 < start and view.match_any(j + 1, _PARTY_NOUNS) is not None
        j -= 1
    return False


def _past_description(view: ArticleView, start: int, first: int) -> int:
    """Where the lowercase words describing the person named at piece ``start`` begin, when
    "của" stands before them ("công_ty quản_lý của nữ diễn_viên 26 tuổi X"): the words before
    then tell whose the name is; ``start`` itself otherwise."""
    j = start
    while j - 1 >= first and start - j < _DESCRIPTION_REACH:
        piece = view.pieces[j - 1]
        if piece.mention is not None or is_barrier(piece) or piece.is_quote_mark or not piece.text[:1].islower() and not piece.text[:1].isdigit():
            break
        if piece.syllables in _CARRY:
            return j if j < start else start
        j -= 1
    return start


#: How many words may describe a person between "của" and the name.
_DESCRIPTION_REACH = 5


def _past_marks(view: ArticleView, j: int, first: int) -> int:
    """Step left from piece ``j`` over closing quote marks and one bracketed aside ("Tấm_gương ( Der_Spiegel )");
    the piece reached, or the bracketed name when it is the only one named there."""
    while j >= first and view.pieces[j].is_quote_mark:
        j -= 1
    if j >= first and view.pieces[j].is_word and view.pieces[j].text == ")":
        k = j
        while k >= first and view.pieces[k].text != "(":
            k -= 1
        if k - 1 >= first and view.pieces[k - 1].mention is None and k + 2 == j and view.pieces[k + 1].mention is not None:
            return k + 1  # "nhật_báo Tấm_gương ( Der_Spiegel )": the name in brackets when the one before is not known
        if k - 1 >= first:
            j = k - 1
    while j >= first and view.pieces[j].is_quote_mark:
        j -= 1
    return j


def past_prefix(view: ArticleView, start: int, mention: Mention, first: int) -> int:
    """Where the phrase starting at piece ``start`` starts with the words the recogniser keeps as the
    name's prefix ("nữ diễn_viên 26 tuổi X", "ca_sĩ X"): the words before them tell whose the name is."""
    if mention.prefix_start is None:
        return start
    j = start
    while (
        j - 1 >= first
        and view.pieces[j - 1].is_word
        and view.pieces[j - 1].mention is None
        and not is_barrier(view.pieces[j - 1])
        and mention.prefix_start <= view.pieces[j - 1].start < mention.start
    ):
        j -= 1
    return j


#: How far back a chain of appositions may reach from the verb to its person.
_APPOSITION_REACH = 40
_APPOSITION_MARKS = frozenset({",", "-", "–", "(", ")"})


def _in_locative(view: ArticleView, start: int, first: int) -> bool:
    """Whether the place whose phrase starts at ``start`` ends a chain of places after "tại"/"ở"
    ("tại chợ Cầu_Giấy , Hà_Nội")."""
    j = start - 1
    while j >= first:
        piece = view.pieces[j]
        if view.match_any(j, PLACE_PREPOSITIONS) == j + 1 or ends_with_any(view, j, PLACE_PREPOSITIONS, first) is not None:
            return True
        if piece.mention is not None and piece.mention.type in PLACE_TYPES or piece.text == "," or (
            piece.mention is None and piece.text[:1].isupper()
        ):
            j -= 1  # a place, a comma, or a capitalised word of a place the recogniser missed
            continue
        noun = ends_with_any(view, j, PLACE_NOUNS, first) or ends_with_any(view, j, STREET_NOUNS, first)
        if noun is None and piece.syllables == ("chợ",):
            noun = j
        if noun is None:
            return False
        j = noun - 1
    return False


def apposed_speaker(view: ArticleView, mark: int, first: int) -> Argument | None:
    """The person of "X - Phó_ban Y , [cho_biết]", "X - quyền hiệu_trưởng - [cho_biết]":
    a chain of appositions closed by the mark at piece ``mark`` just before a verb."""
    if mark < first or view.pieces[mark].text not in _APPOSITION_MARKS:
        return None
    return _head_of_appositions(view, mark, max(first, mark - _APPOSITION_REACH)) or _set_off_subject(view, mark, first)


def _set_off_subject(view: ArticleView, comma: int, first: int) -> Argument | None:
    """"Giám_đốc Công_an TP Hà_Nội , Thiếu_tướng Nguyễn_Đức_Chung , [cho_biết]", "SPDR_Gold_Trust ,
    [cho_biết]": a person or body named right before the comma at piece ``comma``, whose phrase
    opens the sentence or follows a comma or a dash, and is no object of a verb or preposition."""
    if view.pieces[comma].text != "," or comma - 1 < first:
        return None
    mention = view.pieces[comma - 1].mention
    if mention is None or mention.reference or not (mention.type is EntityType.PERSON or mention.type.is_organization):
        return None
    start = noun_phrase_start(view, comma - 1)
    if start - 1 >= first and (rank := ends_with_any(view, start - 1, _NAME_TITLES, first)) is not None:
        start = rank  # a title that names no post ("Thiếu_tướng X")
    if start > first and view.pieces[start - 1].text not in {",", "-", "–"}:
        return None
    return Argument(mention, comma - 1) if opens_clause(view, start, first) else None


def apposed_across_stop(view: ArticleView, end: int, first: int) -> Argument | None:
    """"Anh Nguyễn_Văn D . - thành_viên Ban X cho_biết": a sentence that opens with a dash and a
    lowercase word continues the apposition of the person named by an initial ("D .") at the end
    of the sentence before, whose stop ended it; the person, when only appositions run from the
    dash to piece ``end``."""
    stop = first - 1
    if stop < 1 or first + 1 >= end or view.pieces[first].text not in {"-", "–"} or view.pieces[stop].text != ".":
        return None
    if not view.pieces[first + 1].text[:1].islower():
        return None
    person = view.pieces[stop - 1].mention
    if person is None or person.type is not EntityType.PERSON or person.reference:
        return None
    initial = person.text.replace("_", " ").split()[-1]
    if len(initial) != 1 or not initial.isupper():
        return None
    if not _all_appositions(view, first, end):
        return None
    previous = view.bounds(stop)[0]
    return Argument(person, stop - 1) if opens_clause(view, noun_phrase_start(view, stop - 1), previous) else None


def dashed_speaker(view: ArticleView, end: int, first: int) -> Argument | None:
    """"chị X - một phụ_huynh khác [nói]", "ông X – giám_đốc công_ty [cho_biết]": the person whom
    a dash sets apart from a chain of appositions running up to piece ``end``."""
    found = _head_of_appositions(view, end, max(first, end - _APPOSITION_REACH))
    if found is None or view.pieces[found.piece + 1].text not in {"-", "–"}:
        return None
    return found


def apposition_head(view: ArticleView, k: int, first: int) -> Argument | None:
    """The person a chain of appositions ending in mention piece ``k`` describes:
    "Bà X , Phó_Tổng_giám_đốc Y , Chủ_tịch Quỹ Z [cho_biết]", "chị X , phố Y ,
    quận Z , Hà_Nội [cho_biết]", "Đại_tá X - Trưởng_phòng Y (PC46) , Công_an Z [nói]".

    The person is followed by a mark (comma, dash, bracket), and every part the
    marks separate from there to ``k`` opens as a noun phrase does: a name, a
    title, a place, street or person noun, or a capitalised word. A part that
    opens otherwise ("ông X nói , Bộ Y cho_biết") means ``k`` is not in apposition.
    """
    return _head_of_appositions(view, noun_phrase_start(view, k), max(first, k - _APPOSITION_REACH))


def apposed_before_verb(view: ArticleView, j: int, first: int) -> Argument | None:
    """The person a chain of appositions closing at piece ``j`` right before a verb describes:
    "ông X , phó Phòng Y , nói" (a comma closes it), "X , phó giám_đốc ( RFS ) cho_biết" (its last word)."""
    if j < first:
        return None
    end = j if view.pieces[j].text == "," else j + 1
    person = _head_of_appositions(view, end, max(first, j - _APPOSITION_REACH))
    if person is None:
        return None
    opening = noun_phrase_start(view, person.piece)
    if opening - 1 >= first and ends_with_any(view, opening - 1, _ACCORDING, first) is not None:
        return None  # "Theo ông X , giám_đốc các công_ty cho_biết": X is the source, not the subject
    part = max(i for i in range(person.piece, end) if view.pieces[i].text in _APPOSITION_MARKS) + 1
    if part < end and view.pieces[part].syllables in HONORIFICS:
        return None  # "… , anh phải đánh_giá": a new clause about someone, no apposition
    if any(view.match_any(i, cue_verbs()) is not None for i in range(person.piece + 1, end)):
        return None  # a verb between tells what the person did, the chain is no apposition
    return person


def _head_of_appositions(view: ArticleView, end: int, stop: int) -> Argument | None:
    """The nearest person before piece ``end`` (back to ``stop``) whom only appositions follow up to ``end``."""
    for p in range(end - 1, stop - 1, -1):
        piece = view.pieces[p]
        if piece.is_quote_mark or piece.is_word and piece.text in {".", ";", ":", "!", "?"}:
            return None
        if piece.mention is not None and piece.mention.type is EntityType.PERSON and not piece.mention.reference:
            if (
                p + 1 < end
                and view.pieces[p + 1].text in _APPOSITION_MARKS
                and _all_appositions(view, p + 1, end)
                and opens_clause(view, noun_phrase_start(view, p), stop)
            ):
                return Argument(piece.mention, p)
            return None
    return None


def opens_clause(view: ArticleView, start: int, stop: int) -> bool:
    """Whether the phrase at piece ``start`` can be a subject: not the object of a
    verb of the cue lexicon or of a preposition before it ("Sau khi gặp ông X , …")."""
    first = view.bounds(start)[0]
    j = start - 1
    if j < first:
        return True
    return ends_with_any(view, j, cue_verbs(), first) is None and ends_with_any(view, j, _OBJECT_MARKERS, first) is None


@lru_cache(maxsize=1)
def cue_verbs() -> Phrases:
    """The verbs of the cue lexicon ("gặp", "thăm", "cho_biết"), not its nouns ("cuộc họp")."""
    return Phrases(key for key, cue in lexicon.cues().items() if cue.frame not in {"between", "invitation-noun", "visit-noun"})


@lru_cache(maxsize=1)
def reporting_verbs() -> Phrases:
    """The verbs of an outlet reporting of the cue lexicon ("đưa_tin", "loan_tin")."""
    return Phrases(key for key, cue in lexicon.cues().items() if cue.frame == "report")


@lru_cache(maxsize=1)
def saying_verbs() -> Phrases:
    """The verbs of saying of the cue lexicon ("cho_biết", "cho_rằng", "phát_biểu")."""
    return Phrases(key for key, cue in lexicon.cues().items() if cue.event is EventType.STATEMENT)


def _all_appositions(view: ArticleView, start: int, end: int) -> bool:
    """Whether pieces ``start``..``end`` are marks and parts that each open as a noun phrase."""
    opening = True
    for j in range(start, end):
        piece = view.pieces[j]
        if piece.is_word and piece.text in _APPOSITION_MARKS:
            opening = True
            continue
        if piece.is_quote_mark or is_barrier(piece):
            return False
        if opening and not _opens_noun_phrase(view, j):
            return False
        opening = False
    return True


def _opens_noun_phrase(view: ArticleView, j: int) -> bool:
    piece = view.pieces[j]
    if piece.mention is not None or piece.text[:1].isupper() or piece.text[:1].isdigit():
        return True
    if piece.syllables in HONORIFICS or title_starting_at(view, j) is not None:
        return True
    if view.match_any(j, _TITLE_MODIFIERS) is not None and j + 1 < len(view) and title_starting_at(view, j + 1):
        return True  # "quyền hiệu_trưởng", "nguyên Giám_đốc"
    deputy = view.match_any(j, _DEPUTY_OF_BODY)
    if deputy is not None and deputy < len(view) and (body := view.pieces[deputy].mention) is not None:
        return body.type.is_organization  # "phó Phòng GD-ĐT": the deputy head of the body
    if any(view.match_any(j, nouns) is not None for nouns in (PLACE_NOUNS, PERSON_NOUNS, STREET_NOUNS)):
        return True
    return _opens_indefinite(view, j)


def _opens_indefinite(view: ArticleView, j: int) -> bool:
    """Whether "một" at piece ``j`` opens a noun of a person, a title or a body ("một phụ_huynh khác",
    "một Phó_Chủ_tịch", "một đơn_vị trực_thuộc Bộ"): one of a kind, described in apposition."""
    noun = view.match_any(j, _INDEFINITES)
    if noun is None or noun >= len(view) or view.pieces[noun].mention is not None:
        return False
    if title_starting_at(view, noun) is not None:
        return True
    return any(view.match_any(noun, nouns) is not None for nouns in (PERSON_NOUNS, _BODY_NOUNS))


def _apposed_person(view: ArticleView, start: int, first: int) -> Argument | None:
    """"Ông X , Phó_Chủ_tịch VATA": the person a title-and-body phrase starting at ``start`` is apposed to."""
    for j in range(start - 1, max(first, start - 5) - 1, -1):
        piece = view.pieces[j]
        if piece.is_word and piece.text in {",", "-", "–"}:
            k = j - 1
            if k >= first and (m := view.pieces[k].mention) is not None and m.type is EntityType.PERSON:
                return Argument(m, k)
            return None
        if piece.mention is not None or is_barrier(piece):
            return None
    return None


def _modifies_noun(view: ArticleView, k: int, first: int) -> bool:
    """Whether the name at ``k`` qualifies the noun before it ("Truyền_hình Nga", "Đại_diện Vinaphone")."""
    mention = view.pieces[k].mention
    if mention is None or mention.type is EntityType.PERSON:
        return False
    if title_ending_at(view, k) is not None:
        return True  # "Phó_Chủ_tịch VATA", "Chủ_tịch Cuba": the body's or country's officer, not it
    j = noun_phrase_start(view, k) - 1
    if j < first:
        return False
    piece = view.pieces[j]
    if piece.mention is not None or is_barrier(piece) or piece.is_quote_mark:
        return False
    if ends_with_any(view, j, reporting_verbs(), first) is not None:
        return False  # "Yomiuri đưa_tin Trung_Quốc đã đề_nghị …": what is reported opens with its subject
    if mention.type.is_organization:
        # "đảng đối_lập CNRP" names the body; "Đại_diện Vinaphone", "Phó_Chủ_tịch VATA" name a person of it
        return title_ending_at(view, j + 1) is not None or ends_with_any(view, j, PERSON_NOUNS, first) is not None
    return not any(
        view.match_any(j, phrases) == j + 1 for phrases in (COORDINATORS, CLAUSE_OPENERS, ADVERBS, _ACCORDING)
    )


def introduced_directly(view: ArticleView, start: int, target: int) -> bool:
    """Whether the place at piece ``target`` follows the verb ending at ``start``
    directly or after "ở/tại" or a kind of place ("thành_phố"), not as the
    modifier of another noun ("nhà_máy máy_bay Nga")."""
    if target == start:
        return True
    before = target - 1
    return any(
        ends_with_any(view, before, phrases, start) is not None
        for phrases in (PLACE_PREPOSITIONS, PLACE_NOUNS, _GO_TO)
    )


def _coordinated_before(view: ArticleView, k: int, types: Collection[EntityType], first: int) -> list[Argument]:
    found = []
    while True:
        edge = noun_phrase_start(view, k)
        j = edge - 1
        if j < first or not view.pieces[j].is_word or view.pieces[j].syllables not in _AND:
            return found
        j -= 1
        if j >= first and view.pieces[j].text == ")":
            while j >= first and view.pieces[j].text != "(":
                j -= 1
            j -= 1
        if j < first or (m := view.pieces[j].mention) is None or m.type not in types:
            return found
        found.append(Argument(m, j))
        listed = _comma_list_before(view, j, types, first)
        if listed:
            return found + listed
        k = j


#: A list of persons before a person ("…, đại_biểu A , B đề_nghị").
_PERSON_ONLY = frozenset({EntityType.PERSON})


def _comma_list_before(view: ArticleView, k: int, types: Collection[EntityType], first: int) -> list[Argument]:
    """The names listed with commas before the conjunct at piece ``k`` ("A , B , C và D nói"), when
    the list opens its clause: never the object of an earlier verb ("Sau khi gặp A , B và C nói")."""
    found = []
    while True:
        j = noun_phrase_start(view, k) - 1
        if j - 1 < first or view.pieces[j].text != ",":
            break
        m = view.pieces[j - 1].mention
        if m is None or m.type not in types or m.reference:
            break
        found.append(Argument(m, j - 1))
        k = j - 1
    if not found:
        return []
    opening = noun_phrase_start(view, k) - 1
    return found if opening < first or view.pieces[opening].text == "," else []


def resolve_reference(view: ArticleView, j: int, first: int) -> Argument | None:
    """The person a pronoun ("ông") or bare title ("Người_phát_ngôn") ending at piece ``j`` means.

    A pronoun means the person named in this or the previous sentence when all
    the persons named there are one, else the first of them when it is written
    with the pronoun's own honorific and no other is ("Bà Harf nhắc tới cuộc gặp
    của ông Kerry và Saud . Bà nói …" is Harf); a bare title means the person the
    article earlier gave that title to, when there is exactly one.
    """
    body = _demonstrated_body(view, j, first)
    if body is not None:
        return body
    pronoun = ends_with_any(view, j, PRONOUNS, first)
    if pronoun is not None and (pronoun == first or not _is_name_part(view, pronoun - 1)):
        return resolve_pronoun(view, pronoun, first)
    found = None
    for start in range(max(first, j - 4), j + 1):
        end_title = title_starting_at(view, start)
        if end_title is not None and end_title[0] == j + 1:
            found = end_title[1]
            title_start = start
            break
    if found is None or found.predicate is None:
        return None
    if title_start - 1 >= first and view.pieces[title_start - 1].syllables[-1:] in _TITLE_MODIFIERS:
        return None  # "nguyên Chủ_tịch nước": a former holder, not the one named before
    if title_start - 1 >= first and ends_with_any(view, title_start - 1, _QUANTIFIERS, first) is not None:
        return None  # "Một_số đại_biểu đề_nghị": several holders, none named
    candidates = []
    for i in range(0, j):
        m = view.pieces[i].mention
        if m is None or m.type is not EntityType.PERSON or m.reference:
            continue
        title = person_title(view, i)
        if title is not None and title.predicate == found.predicate:
            candidates.append((i, m))
    if found.role != GENERIC_ROLE:
        # the holders of the same post the article gave in apposition ("X , Bộ_trưởng Bộ Công_an")
        before = view.pieces[title_start].start
        candidates += [(-1, m) for role, m in view.post_holders if role == found.role and m.end <= before]
    return _unique_person(candidates, title_start)


def resolve_pronoun(view: ArticleView, pronoun: int, first: int) -> Argument | None:
    """The person the pronoun starting at piece ``pronoun`` means (``kg.extract.antecedents``):
    none for several ("hai ông", "các bà")."""
    if pronoun - 1 >= first and ends_with_any(view, pronoun - 1, _QUANTIFIERS, first) is not None:
        return None
    if not _opens_phrase(view, pronoun, first):
        return None  # "mẹ cô_ta phản_đối": the pronoun says whose the subject is
    gender = gender_of_word(view.pieces[pronoun].syllables)
    found = pronoun_antecedent(view, pronoun, gender, lambda i: _stands_as_object(view, i))
    return None if found is None else Argument(found.mention, pronoun, resolved=True)


def _stands_as_object(view: ArticleView, k: int) -> bool:
    """Whether the name at piece ``k`` stands where no subject stands (after a verb or a preposition)."""
    return not _opens_phrase(view, _described_start(view, k), view.bounds(k)[0])


def resolve_group(view: ArticleView, j: int, first: int) -> list[Argument]:
    """The things a plural subject ending at piece ``j`` means ("Hai nhà_lãnh_đạo", "Cả hai nước
    này"): a number and a noun of ``references.group-nouns`` opening the clause, and exactly that
    many things of the noun's type named just before (``kg.extract.antecedents.group_antecedents``)."""
    if j >= first and view.pieces[j].is_word and view.pieces[j].syllables in DEMONSTRATIVES:
        j -= 1
    if j < first or not view.pieces[j].is_word:
        return []
    noun = ends_with_any(view, j, _GROUP_NOUNS, first)
    if noun is None or noun - 1 < first:
        return []
    counted = ends_with_any(view, noun - 1, _GROUP_COUNTS, first)
    if counted is None or not _opens_phrase(view, counted, first):
        return []
    count = _GROUP_COUNT_OF[tuple(s for p in view.pieces[counted:noun] for s in p.syllables)]
    kinds = _GROUP_TYPE_OF[tuple(s for p in view.pieces[noun : j + 1] for s in p.syllables)]
    members = group_antecedents(view, counted, count, kinds)
    return [Argument(m.mention, counted, resolved=True) for m in members]


def _described_start(view: ArticleView, k: int) -> int:
    """Where the noun phrase of the name at piece ``k`` starts, a describing noun before it included
    ("nghệ_sĩ Hữu_Nguyên", "nữ ca_sĩ X")."""
    start = noun_phrase_start(view, k)
    first = view.bounds(k)[0]
    described = ends_with_any(view, start - 1, _DESCRIBING_NOUNS, first) if start - 1 >= first else None
    return start if described is None else described


def _opens_phrase(view: ArticleView, start: int, first: int) -> bool:
    """Whether the phrase at piece ``start`` stands where a subject stands: at the opening of its
    sentence or clause, past adverbs and time words ("Sau đó ông …", ", bà …", "và ông …")."""
    opening = view.pieces[start]
    if start > first and opening.is_word and opening.text[:1].isupper() and opening.syllables in HONORIFICS:
        return True  # "… Snowden Ông Kucherena từ_chối": a capitalised honorific opens a sentence run on
    lead = ends_with_any(view, start - 1, _SUBJECT_LEADS, first) if start - 1 >= first else None
    j = skip_left(view, (start if lead is None else lead) - 1, first, ())
    if j < first:
        return True
    piece = view.pieces[j]
    if ends_with_any(view, j, _OBJECT_MARKERS, first) is not None:
        return False
    return (
        is_barrier(piece)
        or ends_with_any(view, j, COORDINATORS, first) is not None
        or ends_with_any(view, j, CLAUSE_OPENERS, first) is not None
        or ends_with_any(view, j, _ACCORDING, first) is not None
    )


def resolve_description(view: ArticleView, j: int, first: int) -> Argument | None:
    """The person a description ending at piece ``j`` means ("nữ ca_sĩ đất Quảng cho_biết", "…" ,
    HLV người Bồ_Đào_Nha nói"): a describing noun that opens its clause, with at most a few words
    after it and none saying it is someone else, means the person named in this or the previous
    sentence when all the persons named there are one."""
    for start in range(max(first, j + 1 - _DESCRIPTION_QUALIFIER_REACH - _DESCRIBING_NOUN_PIECES), j + 1):
        noun_end = view.match_any(start, _DESCRIBING_NOUNS)
        if noun_end is None or noun_end > j + 1 or j + 1 - noun_end > _DESCRIPTION_QUALIFIER_REACH:
            continue
        words = range(start, j + 1)
        if any(view.pieces[i].mention is not None or not view.pieces[i].is_word or view.pieces[i].quoted for i in words):
            return None
        if any(view.match_any(i, _ANOTHER) is not None for i in words):
            return None
        if view.pieces[j].syllables in DEMONSTRATIVES and _opens_phrase(view, start, first):
            # "tiền_đạo này", "nữ diễn_viên này": a pronoun of the description's gender
            found = pronoun_antecedent(view, start, gender_of_word(view.pieces[start].syllables), lambda i: _stands_as_object(view, i))
            return None if found is None else Argument(found.mention, start, resolved=True)
        before = view.pieces[start - 1] if start > first else None
        if before is not None and before.text not in {",", "-", "–"}:
            return None  # "một HLV", "gặp HLV": not a subject that stands for someone named
        return _person_named_before(view, start)
    return None


def _person_named_before(view: ArticleView, at: int) -> Argument | None:
    """The one person named (outside quotations) in the sentence of piece ``at`` before it or in the sentence before."""
    return _unique_person(_persons_named_before(view, at), at)


def _persons_named_before(view: ArticleView, at: int) -> list[tuple[int, Mention]]:
    """(piece, mention) of the persons named by name, outside quotations, in the sentence of piece
    ``at`` before it and in the sentence before."""
    sentence = view.pieces[at].sentence
    previous = max((s for s in view.sentence_range if s < sentence), default=sentence)
    start = view.sentence_range[previous][0]
    return [
        (i, m)
        for i in range(start, at)
        if (m := view.pieces[i].mention) is not None
        and m.type is EntityType.PERSON
        and not m.reference
        and not view.pieces[i].quoted
    ]


def _demonstrated_body(view: ArticleView, j: int, first: int) -> Argument | None:
    """"nhà_mạng này", "công_ty này" ending at piece ``j``: the body named last before it,
    in its sentence or the one before."""
    if j < first or view.pieces[j].syllables not in DEMONSTRATIVES:
        return None
    noun = ends_with_any(view, j - 1, _BODY_NOUNS, first)
    if noun is None:
        return None
    sentence = view.pieces[j].sentence
    previous = max((s for s in view.sentence_range if s < sentence), default=sentence)
    for i in range(noun - 1, view.sentence_range[previous][0] - 1, -1):
        m = view.pieces[i].mention
        if m is not None and m.type.is_organization and not m.reference and not view.pieces[i].quoted:
            return Argument(m, noun, resolved=True)
    return None


def _is_name_part(view: ArticleView, i: int) -> bool:
    return i >= 0 and view.pieces[i].mention is not None


def _unique_person(candidates: list[tuple[int, Mention]], at: int) -> Argument | None:
    """The one person all ``candidates`` name, as an argument written at piece ``at``."""
    if not candidates:
        return None
    last = candidates[-1][1]
    if all(same_person_name(last, m) for _, m in candidates):
        return Argument(last, at, resolved=True)
    return None


def names_person(view: ArticleView, k: int, last: int) -> bool:
    """Whether piece ``k``, before ``last``, is the name (not a reference) of a person."""
    return k < last and (m := view.pieces[k].mention) is not None and m.type is EntityType.PERSON and not m.reference


def person_title(view: ArticleView, k: int) -> lexicon.Title | None:
    """The lexicon title written before the person mention at piece ``k``, if any."""
    j = k
    first = view.bounds(k)[0]
    while j - 1 >= first and k - j < 2 and (m := view.pieces[j - 1].mention) is not None and m.type is not EntityType.PERSON:
        j -= 1
    found = title_ending_at(view, j)
    return found[1] if found is not None else None


def objects_after(
    view: ArticleView,
    start: int,
    types: Collection[EntityType],
    max_gap: int = 5,
    stop_at_place: bool = True,
) -> list[Argument]:
    """The mention(s) after piece ``start`` filling an object of ``types``, with coordinated ones."""
    last = view.bounds(start)[1] if start < len(view) else len(view)
    j = start
    gap = 0
    while j < last and gap <= max_gap:
        piece = view.pieces[j]
        if piece.mention is not None:
            if piece.mention.type in types:
                found = [Argument(piece.mention, j)]
                found.extend(_coordinated_after(view, j, types, last))
                return found
        elif is_barrier(piece) or view.match_any(j, CLAUSE_OPENERS):
            return []
        elif stop_at_place and view.match_any(j, PLACE_PREPOSITIONS):
            return []
        gap += 1
        j += 1
    return []


def _coordinated_after(view: ArticleView, k: int, types: Collection[EntityType], last: int) -> list[Argument]:
    found = []
    j = k + 1
    while j < last:
        if view.pieces[j].text == "(":
            while j < last and view.pieces[j].text != ")":
                j += 1
            j += 1
            continue
        if not (view.pieces[j].is_word and view.pieces[j].syllables == ("và",)):
            return found
        j += 1
        title = title_starting_at(view, j) if j < last else None
        if title is not None:
            j = title[0]  # "và người đồng_cấp Philippines X": a title before the name
        for step in range(j, min(last, j + 4)):
            piece = view.pieces[step]
            if piece.mention is not None and piece.mention.type in types:
                found.append(Argument(piece.mention, step))
                j = step + 1
                break
            if is_barrier(piece):
                return found
        else:
            return found
    return found


def place_after(view: ArticleView, start: int, stop: int) -> Argument | None:
    """The place of an event: the first "tại/ở [vùng …] X" after piece ``start``, before ``stop``."""
    j = start
    while j < stop:
        end = view.match_any(j, PLACE_PREPOSITIONS)
        if end is not None:
            k = end
            while k < stop and k - end < 4:
                piece = view.pieces[k]
                if piece.mention is not None:
                    if piece.mention.type in PLACE_TYPES:
                        return Argument(piece.mention, k)
                    break
                if is_barrier(piece):
                    break
                k += 1
        piece = view.pieces[j]
        if piece.is_word and piece.text in {".", "!", "?", ";"}:
            return None
        if piece.is_quote_mark:
            return None
        j += 1
    return None


def time_near(
    view: ArticleView, times: Sequence[TimeExpression], cue: int, first: int, stop: int, *, saying: bool = False
) -> TimeExpression | None:
    """The time expression of the event at piece ``cue`` between pieces ``first``
    and ``stop`` of its sentence (see :func:`kg.extract.when.event_time`); ``saying``
    for a statement, whose date is the one told with its speaker."""
    return event_time(view, times, cue, first, stop, saying=saying)


def modality(view: ArticleView, first: int, cue: int) -> tuple[bool, bool]:
    """(planned, negated) from the words between the subject and the verb."""
    planned = negated = False
    for j in range(first, cue):
        if view.pieces[j].mention is not None:
            continue
        if view.match_any(j, PLANNED) is not None:
            planned = True
        if view.match_any(j, NEGATIONS) is not None:
            negated = True
    return planned, negated


def provenance(view: ArticleView, first: int, last: int, extractor: str, confidence: float) -> Provenance:
    """Evidence covering pieces ``first`` to ``last`` (inclusive)."""
    a, b = sorted((first, last))
    start, end = view.pieces[a].start, view.pieces[b].end
    sentences = sorted({view.pieces[a].sentence, view.pieces[b].sentence})
    s_first = view.sentence_range[sentences[0]][0]
    s_last = view.sentence_range[sentences[-1]][1] - 1
    sentence_span = (view.pieces[s_first].start, view.pieces[s_last].end)
    return Provenance(
        article_id=view.analysed.id,
        sentence_index=view.pieces[b].sentence,
        sentence=view.text[sentence_span[0] : sentence_span[1]],
        start=start,
        end=end,
        extractor=extractor,
        confidence=round(confidence, 2),
        sentence_span=sentence_span,
    )
