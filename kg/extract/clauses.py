"""The words and primitives every frame reads a clause with: titles, noun phrases, barriers, evidence.

Vietnamese news is SVO: the subject stands before the verb, separated from it
only by adverbs and time words ("ông Kim_Jong-un sau đó đến thăm …"); the
object follows the verb; place and time follow as "tại/ở X", "ngày 13/9".
This module reads what every frame needs on an ``ArticleView``: the word lists
of ``frames.*`` (adverbs, clause openers, place prepositions, nouns of places,
persons and bodies), the marks that end a phrase, the lexicon title ending or
starting at a piece, where a noun phrase starts, the verbs of the cue lexicon,
the modality and time of a verb, and the provenance of what is found. The
arguments themselves are found by ``subjects``, ``objects``, ``appositions`` and
``references``.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TypeVar

from kg import lexicon
from kg.extract.pieces import ArticleView, Phrases, Piece, syllables_of
from kg.extract.when import event_time
from kg.lexicon import load_lexicon, word_list
from kg.model import EntityType, EventType, Mention, Provenance, TimeExpression

AGENT_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})
PLACE_TYPES = frozenset(
    {EntityType.LOCATION, EntityType.COUNTRY, EntityType.CITY, EntityType.REGION, EntityType.FACILITY}
)


def phrase_set(*words: str) -> Phrases:
    """Phrases written with spaces or underscores, as syllable tuples indexed for matching."""
    return Phrases(syllables_of(w) for w in words)


HONORIFICS = phrase_set(*sorted(load_lexicon().honorifics | load_lexicon().classifiers))
#: Words that may stand between a subject and its verb: adverbs of time, aspect and manner.
ADVERBS = phrase_set(*word_list("frames.adverbs"))
PLANNED = phrase_set(*word_list("frames.planned"))
NEGATIONS = phrase_set(*word_list("frames.negations"))
#: Words of wish ("muốn"), and the words that may stand between them or a negation and the verb ("không phải là").
WISHES = phrase_set(*word_list("frames.wishes"))
_WISH_FILLERS = frozenset(syllables_of(w) for w in word_list("frames.wish-fillers"))
COORDINATORS = phrase_set(*word_list("frames.coordinators"))
#: Words that open a new clause: an argument is never looked for across them.
CLAUSE_OPENERS = phrase_set(*word_list("frames.clause-openers"))
BARRIER_MARKS = frozenset({",", ";", ":", ".", "!", "?", "…", "-", "–", "—", '"', "“", "”"})
PLACE_PREPOSITIONS = phrase_set(*word_list("frames.place-prepositions"))
#: "Theo X": the name after it is the source of a clause, not its subject.
ACCORDING = phrase_set(*word_list("frames.according"))
#: Nouns that name a kind of place before its name ("vùng Amur", "thành_phố Komsomolsk").
PLACE_NOUNS = phrase_set(*word_list("frames.place-nouns"))
MEDIA_NOUNS = phrase_set(*word_list("frames.media-nouns"))
PERSON_NOUNS = phrase_set(*word_list("frames.person-nouns"))
STREET_NOUNS = phrase_set(*word_list("frames.street-nouns"))
#: Words after a body's name that tell which one it is ("Đảng X đối_lập cho_biết").
_BODY_MODIFIERS = phrase_set(*word_list("frames.body-modifiers"))
TITLE_MODIFIERS = phrase_set(*word_list("frames.title-modifiers"))
#: "nhà_mạng này", "công_ty này": a body named again by its kind.
BODY_NOUNS = phrase_set(*word_list("frames.body-nouns"))
#: Prepositions whose object is no subject of the clause after it: "Sau cuộc gặp với ông X , …".
OBJECT_MARKERS = phrase_set(*word_list("frames.object-markers"))


@dataclass(frozen=True, slots=True)
class Argument:
    """A mention filling an argument, and how it was found."""

    mention: Mention
    piece: int
    resolved: bool = False  # True when the text names it by pronoun or bare title


def is_barrier(piece: Piece) -> bool:
    """Whether the piece is punctuation that ends a phrase (comma, stop, quote mark, bracket)."""
    return piece.mention is None and piece.text in _BARRIERS


_BARRIERS = BARRIER_MARKS | {"(", ")"}


#: Words that make a title a past post, which the segmenter may glue to it ("Cựu_Tổng_thống").
_FORMER_WORDS = tuple(syllables_of(w) for w in word_list("roles.former"))
#: The post a title after such a word names.
_PAST_POST = "formerlyHeldPostAt"


def _written_title(key: tuple[str, ...], titles: Mapping[tuple[str, ...], lexicon.Title]) -> lexicon.Title | None:
    """The title the syllables ``key`` spell, or the past post of the title after a word of
    ``roles.former`` glued to it in one piece ("Cựu_Tổng_thống", "Nguyên_Giám_đốc")."""
    title = titles.get(key)
    if title is not None:
        return title
    for former in _FORMER_WORDS:
        if len(key) > len(former) and key[: len(former)] == former:
            past = titles.get(key[len(former) :])
            if past is not None:
                return past if past.predicate is None else replace(past, predicate=_PAST_POST)
    return None


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
        title = titles.get(key) if len(pieces[0].syllables) < 2 else _written_title(key, titles)
        if title is not None:
            best = (start, title)
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
        title = titles.get(key) if len(pieces[0].syllables) < 2 else _written_title(key, titles)
        if title is not None:
            return end, title
    return None


_TITLE_EDGES: tuple[object, frozenset[str], frozenset[str]] | None = None


def _title_edges(titles: dict[tuple[str, ...], lexicon.Title]) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last syllables of the titles, gathered once per title lexicon (a word
    making a title past may be glued before it)."""
    global _TITLE_EDGES
    if _TITLE_EDGES is None or _TITLE_EDGES[0] is not titles:
        firsts = frozenset(k[0] for k in titles if k) | frozenset(f[0] for f in _FORMER_WORDS if f)
        _TITLE_EDGES = (titles, firsts, frozenset(k[-1] for k in titles if k))
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
        adverb = ends_with_any(view, j, ADVERBS, first) if piece.is_word else None
        if adverb is not None:
            j = adverb - 1
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


def ends_with_any(view: ArticleView, j: int, phrases: Sequence[tuple[str, ...]], first: int) -> int | None:
    """The start of the longest phrase ending at piece ``j`` (inclusive), or None."""
    if isinstance(phrases, Phrases):  # only where a phrase can start
        if 0 <= j < len(view.pieces):
            last = view.pieces[j]  # a phrase that ends here ends with this word's last syllable
            if last.mention is not None or not last.syllables or last.syllables[-1] not in phrases.ends:
                return None
        firsts = view.first_syllables
        openers = phrases.starts
        for start in range(max(first, j - 3), min(j + 1, len(firsts))):
            if firsts[start] in openers and view.match_any(start, phrases) == j + 1:
                return start
        return None
    for start in range(max(first, j - 3), j + 1):
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


def opens_clause(view: ArticleView, start: int, stop: int) -> bool:
    """Whether the phrase at piece ``start`` can be a subject: not the object of a
    verb of the cue lexicon or of a preposition before it ("Sau khi gặp ông X , …")."""
    first = view.bounds(start)[0]
    j = start - 1
    if j < first:
        return True
    return ends_with_any(view, j, cue_verbs(), first) is None and ends_with_any(view, j, OBJECT_MARKERS, first) is None


@lru_cache(maxsize=1)
def cue_verbs() -> Phrases:
    """The verbs of the cue lexicon ("gặp", "thăm", "cho_biết"), not its nouns ("cuộc họp")."""
    return Phrases(
        key for key, cue in lexicon.cues().items() if cue.frame not in {"between", "invitation-noun", "visit-noun", "destination-after"}
    )


@lru_cache(maxsize=1)
def reporting_verbs() -> Phrases:
    """The verbs of an outlet reporting of the cue lexicon ("đưa_tin", "loan_tin")."""
    return Phrases(key for key, cue in lexicon.cues().items() if cue.frame == "report")


@lru_cache(maxsize=1)
def saying_verbs() -> Phrases:
    """The verbs of saying of the cue lexicon ("cho_biết", "cho_rằng", "phát_biểu"); not the words of manner
    that tell a saying only after a quotation ("gay_gắt")."""
    return Phrases(key for key, cue in lexicon.cues().items() if cue.event is EventType.STATEMENT and cue.frame != "after-quote")


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


def unrealised_before(view: ArticleView, k: int, first: int) -> bool:
    """Whether words of wish or negation (``frames.wishes``, ``frames.negations``) stand right before
    the verb at piece ``k``: "muốn gia_nhập", "không phải là". A plan ("sẽ được triệu_tập") is told
    as done, as the annotation reads a call-up announced."""
    j = k - 1
    while j >= first and view.pieces[j].syllables in _WISH_FILLERS:
        j -= 1
    return j >= first and any(ends_with_any(view, j, words, first) is not None for words in (NEGATIONS, WISHES))
