"""Trips its traveller tells in the first person inside a quotation: 'ông X nói : " … khi tôi trở_về Z "',
'" Học xong , tôi trở ra Z … " , X chia_sẻ .' The one who says "tôi" is the quotation's speaker,
named after its closing mark with a verb of saying, or before its opening mark with a verb of saying
and a colon; the quotation may run over several sentences."""

from __future__ import annotations

from bisect import bisect_right

from kg.extract.events.reader import EventReader, SUBORDINATORS
from kg.extract.frames import (
    ADVERBS,
    CLAUSE_OPENERS,
    Argument,
    ends_with_any,
    is_barrier,
    modality,
    noun_phrase_start,
    objects_after,
    phrase_set,
    saying_verbs,
    skip_left,
    subject_before,
)
from kg.extract.pieces import ArticleView, QuoteSpan
from kg.lexicon import word_list
from kg.model import EntityType

#: The pronoun one names oneself with.
_FIRST_PERSON = phrase_set(*word_list("events.first-person"))
_PERSON = frozenset({EntityType.PERSON})
#: Marks that may stand between a quotation's closing mark and its speaker ('" , X nói').
_AFTER_CLOSE = frozenset({",", "-", "–"})
#: How far the speaker, with its title and honorific, may stand after those marks.
_SPEAKER_REACH = 3


def quoted_first_person(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """The speaker of the quotation when the subject of the verb at piece ``cue`` is "tôi" inside it,
    and whether the trip is only planned; None otherwise, or when the trip is negated."""
    view = reader.view
    first = view.bounds(cue)[0]
    j = skip_left(view, cue - 1, first, reader.times)
    if j < first or not view.pieces[j].quoted or view.match_any(j, _FIRST_PERSON) != j + 1:
        return None
    if not _opens_clause(view, j):
        return None  # "bố của tôi đến Z": "tôi" says whose the subject is
    quote = _enclosing(view, j)
    if quote is None:
        return None
    speaker = _speaker_after(view, quote) or _speaker_before(reader, quote)
    if speaker is None:
        return None
    planned, negated = modality(view, j + 1, cue)
    return None if negated else ([Argument(speaker.mention, j, resolved=True)], planned)


def _opens_clause(view: ArticleView, j: int) -> bool:
    """Whether the pronoun at piece ``j`` opens its clause: first of its sentence or quotation, or after
    a mark, a word opening a clause ("khi", "và") or an adverb."""
    first = view.bounds(j)[0]
    k = j - 1
    if k < first:
        return True
    before = view.pieces[k]
    if before.is_quote_mark or is_barrier(before):
        return True
    return any(ends_with_any(view, k, words, first) is not None for words in (SUBORDINATORS, CLAUSE_OPENERS, ADVERBS))


def _enclosing(view: ArticleView, k: int) -> QuoteSpan | None:
    """The quotation whose marks enclose piece ``k`` (quotations are ordered and do not nest)."""
    at = bisect_right([q.open for q in view.quotes], k) - 1
    if at < 0:
        return None
    quote = view.quotes[at]
    return quote if quote.open < k < quote.close else None


def _speaker_after(view: ArticleView, quote: QuoteSpan) -> Argument | None:
    """'" … " , X chia_sẻ': the person named right after the closing mark, followed by a verb of saying."""
    k = quote.close + 1
    last = view.bounds(quote.close)[1]
    while k < last and view.pieces[k].text in _AFTER_CLOSE:
        k += 1
    found = objects_after(view, k, _PERSON, max_gap=_SPEAKER_REACH)
    if not found or found[0].mention.reference or noun_phrase_start(view, found[0].piece) != k:
        return None
    verb = found[0].piece + 1
    return found[0] if verb < last and view.match_any(verb, saying_verbs()) is not None else None


def _speaker_before(reader: EventReader, quote: QuoteSpan) -> Argument | None:
    """'X nói : " … "': the subject of the verb of saying before the colon that opens the quotation."""
    view = reader.view
    first = view.bounds(quote.open)[0]
    colon = quote.open - 1
    if colon - 1 < first or view.pieces[colon].text != ":":
        return None
    verb = ends_with_any(view, colon - 1, saying_verbs(), first)
    if verb is None:
        return None
    found = subject_before(view, verb, _PERSON, reader.times, allow_pronoun=False)
    return found[0] if len(found) == 1 and not found[0].mention.reference else None
