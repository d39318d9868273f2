"""Quotations whose speaker is named after them by a noun of saying.

'" Chúng_tôi sẽ chiến_thắng " . Đó là lời khẳng_định của HLV Park_Hang-seo trước trận .' —
news closes a quotation, then credits it: "Đó là / Đây là (những) chia_sẻ / lời khẳng_định /
nhận_định của X". The quotation may also be credited in its own sentence ('" … " là chia_sẻ
của X .'), or by the speaker's name in brackets closing the sentence it opens ('" … " ( ông X ,
Chủ_tịch Hội Y ) .'). X says the quotation; a speaker that names nobody ("của một cầu_thủ") gives nothing.
"""

from __future__ import annotations

from kg.extract.according import SPEAKER_TYPES, Found, overlaps
from kg.extract.clauses import phrase_set, provenance, title_starting_at
from kg.extract.pieces import ArticleView, QuoteSpan
from kg.lexicon import load_lexicon, word_list
from kg.model import EntityType, Event, EventRole, EventType, Mention

EXTRACTOR = "speech"
#: A quotation credited by name (docs/confidence.md): as sure as a quotation with its verb.
CONFIDENCE_CREDITED = 0.85
#: Words opening the credit ("Đó là", "Đây chính là"), the words counting what was said ("những"),
#: and the nouns of saying ("chia_sẻ", "lời khẳng_định") followed by "của".
_CREDIT_OPENERS = phrase_set(*word_list("speech.credit-openers"))
_CREDIT_COUNTS = phrase_set(*word_list("speech.credit-counts"))
_SAYING_NOUNS = phrase_set(*word_list("speech.credited-sayings"))
_OF = phrase_set("của")
_HONORIFIC_WORDS = sorted(load_lexicon().honorifics | load_lexicon().address)
#: Marks that may stand between the quotation and its credit.
_BETWEEN = frozenset({".", "!", "?", ",", "…"})
#: Marks that may stand before a quotation opening its sentence, and after the brackets closing it; how
#: many words a quotation credited in brackets takes at least (fewer name a work: '" Mùa thu " ( X )').
_MARKS_BEFORE = frozenset({"-", "–"})
_MARKS_AFTER = frozenset({".", "!", "?", "…"})
_MIN_WORDS = 4
#: How many names a title's bodies and the speaker's name may take after "của".
_NAME_REACH = 4
#: Words describing a speaker before the name: honorifics, trades and kinds of person ("ông", "tiền_vệ", "nữ").
_DESCRIBING = phrase_set(
    *_HONORIFIC_WORDS,
    *word_list("frames.describing-nouns"),
    *word_list("frames.person-nouns"),
    *word_list("references.demonstrated-nouns"),
    *word_list("speech.trade-nouns"),
    *word_list("speech.description-modifiers"),
)


def read_credited_quotations(view: ArticleView, found: Found) -> None:
    """Add to ``found`` each quotation followed by a credit naming its speaker ("Đó là chia_sẻ của X",
    '" … " ( ông X )')."""
    for quote in view.quotes:
        start = quote.close + 1
        while start < len(view) and view.pieces[start].text in _BETWEEN and not view.pieces[start].quoted:
            start += 1
        speaker = _credited_speaker(view, start) or _bracketed_speaker(view, quote)
        if speaker is None:
            continue
        piece, mention = speaker
        said = (quote.open + 1, quote.close)
        evidence = (quote.open, piece)
        if not view.words(*said).strip() or any(overlaps(evidence, key) for key in found):
            continue
        event = Event(
            type=EventType.STATEMENT,
            roles=(EventRole("agent", mention),),
            provenance=provenance(view, *evidence, EXTRACTOR, CONFIDENCE_CREDITED),
            time=None,
            quote=" ".join(view.words(*said).split()),
            quote_span=view.span(*said),
        )
        found[evidence] = (event, view.pieces[piece].sentence)


def _credited_speaker(view: ArticleView, start: int) -> tuple[int, Mention] | None:
    """The speaker a credit opening at piece ``start`` names ("Đó là chia_sẻ của HLV X", "là lời
    khẳng_định của Bộ Y"): the piece and mention of the person, or of the body or country when no
    person follows it; None when the words there are no credit."""
    if start >= len(view) or view.pieces[start].quoted:
        return None
    last = view.bounds(start)[1]
    j = view.match_any(start, _CREDIT_OPENERS)
    if j is None:
        return None
    j = view.match_any(j, _CREDIT_COUNTS) or j
    j = view.match_any(j, _SAYING_NOUNS)
    if j is None or (j := view.match_any(j, _OF)) is None:
        return None
    return _speaker_named_from(view, j, last)


def _bracketed_speaker(view: ArticleView, quote: QuoteSpan) -> tuple[int, Mention] | None:
    """The person named in brackets right after a quotation that opens its sentence, when the
    brackets close the sentence ('" … " ( chuyên_gia X ) .', '" … " ( ông X , Chủ_tịch Hội Y ) .');
    a title of a work with its author ('" Mùa thu Hà_Nội " ( X ) được trình_bày …') goes on after them."""
    first, last = view.bounds(quote.open)
    bracket = quote.close + 1
    if bracket >= last or view.pieces[bracket].text != "(" or view.pieces[bracket].quoted:
        return None
    if any(not view.pieces[k].is_quote_mark and view.pieces[k].text not in _MARKS_BEFORE for k in range(first, quote.open)):
        return None
    if sum(view.pieces[k].is_word for k in range(quote.open + 1, quote.close)) < _MIN_WORDS:
        return None
    named = _speaker_named_from(view, bracket + 1, last)
    if named is None or named[1].type is not EntityType.PERSON:
        return None
    after = named[0] + 1
    if after < last and view.pieces[after].text == ",":
        after = next((k for k in range(after, last) if view.pieces[k].text in {")", "(", ".", "!", "?"} or view.pieces[k].is_quote_mark), last)
    if after >= last or view.pieces[after].text != ")":
        return None
    if any(view.pieces[k].text not in _MARKS_AFTER for k in range(after + 1, last)):
        return None
    return named


def _speaker_named_from(view: ArticleView, j: int, last: int) -> tuple[int, Mention] | None:
    """The speaker named from piece ``j`` past the words describing them (a title, an honorific, a
    trade: "HLV", "ông", "tiền_vệ", "nữ ca_sĩ"): a person, or the body or country named there when
    no person follows it ("của Bộ_trưởng Bộ Y_tế Đào_Hồng_Lan" is the minister's)."""
    while j < last and view.pieces[j].mention is None:
        past = title_starting_at(view, j)
        end = past[0] if past is not None else view.match_any(j, _DESCRIBING)
        if end is None:
            break
        j = end
    named: tuple[int, Mention] | None = None
    for k in range(j, min(last, j + _NAME_REACH)):
        mention = view.pieces[k].mention
        if mention is None or mention.type not in SPEAKER_TYPES or mention.reference or view.pieces[k].quoted:
            break
        named = (k, mention)
        if mention.type is EntityType.PERSON:
            break
    return named
