"""Raw (unsegmented) Vietnamese text: word segmentation with offsets kept.

Raw text is segmented into the same form as the segmented news input
(syllables of a word joined by ``_``, punctuation split off by spaces), the
pipeline runs on that form, and every offset of the result is mapped back
onto the raw text as the user gave it.

The segmenter is pyvi's CRF model (MIT licence, model inside the package,
no download). pyvi splits what must stay whole — hyphenated names
("Kim Jong-un", "Komsomolsk-on-Amur"), dates ("13/9") and numbers
("5.000") — so syllables are taken here as whole runs of non-space text
(punctuation peeled off their ends), and only the word boundaries between
them come from the model.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from kg.model import (
    AnalysedArticle,
    Article,
    Credit,
    CreditStatement,
    Event,
    EventRole,
    EventType,
    Extraction,
    Mention,
    Provenance,
    Sentence,
    Statement,
    TimeExpression,
    Token,
)
from kg.lexicon import cues
from kg.lexicon.syllables import is_vietnamese_syllable, standard_tone
from kg.segmenter_features import sequence_features

#: A run of non-space characters, split later into edge punctuation and core; a quotation
#: mark is a chunk of its own, so one glued to the words around it ('chia sẻ:“Thông') still
#: opens or closes a quotation.
_CHUNK = re.compile(r'[^\s“”"«»]+|[“”"«»]')
_CORE = re.compile(r"\w(?:.*\w)?", re.DOTALL)
_PUNCTUATION = frozenset(string.punctuation) | frozenset("“”‘’…–—«»")

#: Share of word tokens holding an underscore above which text counts as segmented.
SEGMENTED_THRESHOLD = 0.08


def looks_segmented(text: str) -> bool:
    """Whether ``text`` is already word-segmented (syllables joined by ``_``)."""
    words = [w for w in text.split(maxsplit=2000)[:2000] if any(c.isalpha() for c in w)]
    if not words:
        return False
    joined = sum(1 for w in words if "_" in w.strip("_"))
    return joined / len(words) >= SEGMENTED_THRESHOLD


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Segmented text and, for each of its characters, the raw offset it came from.

    ``raw_offsets`` has one entry per character of ``text`` plus one for the
    end, so a span ``[s, e)`` of ``text`` is ``[raw_start(s), raw_end(e))``.
    """

    raw: str
    text: str
    raw_offsets: tuple[int, ...]

    def raw_start(self, start: int) -> int:
        """The raw offset where a span starting at ``start`` begins."""
        return self.raw_offsets[start]

    def raw_end(self, end: int) -> int:
        """The raw offset where a span ending at ``end`` (exclusive) ends."""
        if end <= 0:
            return self.raw_offsets[0]
        return self.raw_offsets[end - 1] + 1

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the segmented text as a span of the raw text."""
        return self.raw_start(start), self.raw_end(end)


def aligned_segmentation(raw: str, segmented: str) -> Segmentation:
    """The ``Segmentation`` of ``raw`` that ``segmented`` (made elsewhere: a
    corpus's own segmented field) stands for. The two must hold the same
    characters apart from spacing: white space and the segmenter's ``_`` map to
    the raw offset of the next character."""
    offsets = [0] * (len(segmented) + 1)
    position = 0
    for index, char in enumerate(segmented):
        while position < len(raw) and raw[position].isspace():
            position += 1
        offsets[index] = position
        if char.isspace() or char == "_":
            continue
        if position >= len(raw) or raw[position] != char:
            raise ValueError(f"segmented and raw text differ at segmented offset {index} ({char!r})")
        position += 1
    offsets[len(segmented)] = len(raw)
    return Segmentation(raw, segmented, tuple(offsets))


def _units(raw: str) -> list[tuple[int, int]]:
    """Syllable units of ``raw``: edge punctuation one character each, cores whole
    but for the joints between two names (see ``_core_pieces``)."""
    units: list[tuple[int, int]] = []
    for chunk in _CHUNK.finditer(raw):
        start, end = chunk.span()
        core = _CORE.search(raw, start, end)
        if core is None:
            units.extend((i, i + 1) for i in range(start, end))
            continue
        units.extend((i, i + 1) for i in range(start, core.start()))
        in_name = bool(units) and raw[units[-1][0]].isupper()
        units.extend(_core_pieces(raw, core.start(), core.end(), in_name))
        units.extend((i, i + 1) for i in range(core.end(), end))
    return units


def _core_pieces(raw: str, start: int, end: int, in_name: bool) -> list[tuple[int, int]]:
    """Split a core at a "/" or "-" that joins two names rather than making one.

    "Hùng/Berlin" and, inside a name of several syllables, "Việt Nam-Phần Lan"
    or "Thừa Thiên-Huế" join two names; "13/9", "Kim Jong-un",
    "Komsomolsk-on-Amur" and "Coca-Cola" (no capitalised syllable before it)
    are one word.
    """
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for i in range(start + 1, end - 1):
        joint = raw[i]
        if joint not in "/-" or not raw[i + 1].isupper() or not raw[i - 1].isalpha():
            continue
        if joint == "-" and not in_name:
            continue
        pieces.extend([(piece_start, i), (i, i + 1)])
        piece_start = i + 1
    pieces.append((piece_start, end))
    return pieces


@lru_cache(maxsize=1)
def _segmenter() -> tuple[Any, frozenset[str], frozenset[str]]:
    """pyvi's CRF and the word lists its features look syllable pairs and triples up in."""
    from pyvi import ViTokenizer  # imported late: loading the model takes most of a second

    model = ViTokenizer.ViTokenizer
    return model.model.tagger_, frozenset(model.bi_grams), frozenset(model.tri_grams)


def _joins(previous: str, current: str, label: str) -> bool:
    """Whether syllable ``current`` continues the word ending in ``previous``."""
    if label != "I_W":
        return False
    if previous in _PUNCTUATION or current in _PUNCTUATION:
        return False
    if previous[0].isdigit() or current[0].isdigit():
        return False
    # A capitalised syllable after a lowercase one starts a name: "thăm | Nga".
    return not (current[0].isupper() and not previous[0].isupper())


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """pyvi's words of two and three syllables, tone marks where the traditional spelling puts them."""
    _, bi_grams, tri_grams = _segmenter()
    return frozenset(" ".join(standard_tone(s) for s in w.split()) for w in bi_grams | tri_grams)


def _names_glued_to_words(syllables: list[str], labels: list[str]) -> list[int]:
    """Where a word the model made glues the last syllable of a name to the lowercase words after it.

    pyvi reads syllables almost without regard to case: "Thủ tướng Phạm Minh Chính đề nghị" comes out
    "Chính_đề_nghị", "Messi ghi bàn" "Messi_ghi". A word opening with a capitalised syllable and going
    on in lowercase is cut after that syllable when, lower-cased, it is no word pyvi knows and its first
    syllable ends a run of capitalised ones or is no Vietnamese syllable at all (a foreign name). Words
    the model knows stay whole, names of bodies included ("Bộ Y_tế", "Sở Tài_chính").
    """
    cuts: list[int] = []
    start = 0
    for end in range(1, len(syllables) + 1):
        if end < len(syllables) and labels[end] == "I_W":
            continue
        head, tail = syllables[start], syllables[start + 1 : end]
        if tail and _opens_name(head) and all(s[:1].islower() for s in tail):
            inside_name = start > 0 and _opens_name(syllables[start - 1])
            word = " ".join(standard_tone(s.lower()) for s in syllables[start:end])
            if (inside_name or not is_vietnamese_syllable(head)) and word not in _known_words():
                cuts.append(start + 1)
        start = end
    return cuts


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[tuple[str, ...]]:
    """The verbs of saying of ``ontology/events.tsv`` of two syllables ("khẳng định", "dự báo"), lowercase."""
    return frozenset(
        tuple(standard_tone(s) for s in key) for key, cue in cues().items() if cue.event is EventType.STATEMENT and len(key) == 2
    )


def _verbs_glued_to_words(syllables: list[str], labels: list[str]) -> list[int]:
    """Where a word the model made glues a verb of saying to the word after it.

    A verb whose last syllable makes a word with the next one comes out whole with it: "khẳng định
    giá xăng" -> "khẳng_định_giá" ("định giá", to price), "dự_báo_giá" ("báo giá"), "đánh_giá_thành_phố"
    ("giá thành"). A word of three syllables or more that opens with a verb of saying of two and that
    pyvi does not know whole is cut after the verb; words it knows stay ("tuyên_bố_chung").
    """
    cuts: list[int] = []
    start = 0
    for end in range(1, len(syllables) + 1):
        if end < len(syllables) and labels[end] == "I_W":
            continue
        if end - start >= 3:
            lowered = [standard_tone(s.lower()) for s in syllables[start:end]]
            if tuple(lowered[:2]) in _saying_verbs() and " ".join(lowered) not in _known_words():
                cuts.append(start + 2)
        start = end
    return cuts


def _opens_name(syllable: str) -> bool:
    """Whether ``syllable`` is a word that starts with a capital letter."""
    return syllable[:1].isupper() and syllable[:1].isalpha()


def segment(raw: str) -> Segmentation:
    """Segment raw Vietnamese text into words, keeping the map back to ``raw``."""
    units = _units(raw)
    if not units:
        return Segmentation(raw, "", (len(raw),))
    tagger, bi_grams, tri_grams = _segmenter()
    syllables = [raw[s:e] for s, e in units]
    labels = tagger.tag(sequence_features(syllables, bi_grams, tri_grams))
    for index in _names_glued_to_words(syllables, labels) + _verbs_glued_to_words(syllables, labels):
        labels[index] = "B_W"
    pieces: list[str] = []
    offsets: list[int] = []
    for index, (start, end) in enumerate(units):
        if index:
            gap = raw[units[index - 1][1] : start]
            if "\n" in gap:
                glue = "\n"  # line breaks survive: a raw article's first line is its title
            elif _joins(syllables[index - 1], syllables[index], labels[index]):
                glue = "_"
            else:
                glue = " "
            pieces.append(glue)
            offsets.append(units[index - 1][1])
        pieces.append(raw[start:end])
        offsets.extend(range(start, end))
    offsets.append(len(raw))
    return Segmentation(raw, "".join(pieces), tuple(offsets))


def segmented_article(article: Article) -> tuple[Article, Segmentation]:
    """The article with its raw text replaced by the segmented form, and the map back."""
    segmentation = segment(article.text)
    return replace(article, text=segmentation.text, segmented=True), segmentation


def to_raw(extraction: Extraction, article: Article, segmentation: Segmentation) -> Extraction:
    """Map every offset and quoted text of ``extraction`` back onto the raw ``article``."""
    return _RawMapper(article, segmentation, extraction.analysed).extraction(extraction)


def to_given_text(extraction: Extraction, article: Article) -> Extraction:
    """``extraction``, made from a text of the same length as ``article.text`` (its tone marks
    repaired), with every quoted text taken from ``article`` as given; offsets stay."""
    identity = Segmentation(article.text, article.text, tuple(range(len(article.text) + 1)))
    return _SameLengthMapper(article, identity, extraction.analysed).extraction(extraction)


class _RawMapper:
    """Rewrites the records of one extraction from segmented to raw offsets."""

    def __init__(self, article: Article, segmentation: Segmentation, analysed: AnalysedArticle) -> None:
        self.article = article
        self.raw = article.text
        self.map = segmentation
        self.segmented_text = segmentation.text
        self.sentence_spans = {s.index: self.map.raw_span(s.start, s.end) for s in analysed.sentences}
        self.mentions: dict[tuple[str, int, int], Mention] = {}

    def slice(self, start: int, end: int) -> str:
        raw_start, raw_end = self.map.raw_span(start, end)
        return self.raw[raw_start:raw_end]

    def extraction(self, extraction: Extraction) -> Extraction:
        analysed = self.analysed(extraction.analysed)
        mentions = tuple(self.mention(m) for m in extraction.mentions)
        return Extraction(
            analysed=analysed,
            mentions=mentions,
            times=tuple(self.time(t) for t in extraction.times),
            statements=tuple(self.statement(s) for s in extraction.statements),
            events=tuple(self.event(e) for e in extraction.events),
            credit_statements=tuple(self.credit_statement(c) for c in extraction.credit_statements),
        )

    def analysed(self, analysed: AnalysedArticle) -> AnalysedArticle:
        return AnalysedArticle(
            article=self.article,
            sentences=tuple(self.sentence(s) for s in analysed.sentences),
            title=self.words(analysed.title),
            title_span=self.span(analysed.title_span),
            author=self.words(analysed.author),
            author_span=self.span(analysed.author_span),
            credits=tuple(self.credit(c) for c in analysed.credits),
        )

    def span(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else self.map.raw_span(*span)

    def words(self, text: str | None) -> str | None:
        return None if text is None else text.replace("_", " ")

    def token(self, token: Token) -> Token:
        start, end = self.map.raw_span(token.start, token.end)
        return Token(self.raw[start:end], start, end)

    def sentence(self, sentence: Sentence) -> Sentence:
        start, end = self.sentence_spans[sentence.index]
        return Sentence(sentence.index, start, end, tuple(self.token(t) for t in sentence.tokens), sentence.kind)

    def credit(self, credit: Credit) -> Credit:
        start, end = self.map.raw_span(credit.start, credit.end)
        return Credit(credit.kind, self.raw[start:end], start, end)

    def mention(self, mention: Mention) -> Mention:
        known = self.mentions.get(mention.key)
        if known is not None:
            return known
        start, end = self.map.raw_span(mention.start, mention.end)
        mapped = replace(
            mention,
            start=start,
            end=end,
            text=self.raw[start:end],
            title=self.words(mention.title) if mention.title_span is None else self.slice(*mention.title_span),
            title_span=self.span(mention.title_span),
            honorific=self.words(mention.honorific),
            prefix_start=None if mention.prefix_start is None else self.map.raw_start(mention.prefix_start),
        )
        self.mentions[mention.key] = mapped
        return mapped

    def time(self, time: TimeExpression) -> TimeExpression:
        start, end = self.map.raw_span(time.start, time.end)
        return replace(time, start=start, end=end, text=self.raw[start:end])

    def provenance(self, provenance: Provenance) -> Provenance:
        start, end = self.map.raw_span(provenance.start, provenance.end)
        if provenance.sentence_span is not None:
            sentence_span = self.map.raw_span(*provenance.sentence_span)
            sentence = self.raw[sentence_span[0] : sentence_span[1]]
        else:
            sentence_span, sentence = None, self.raw[start:end]
        return replace(provenance, start=start, end=end, sentence=sentence, sentence_span=sentence_span)

    def statement(self, statement: Statement) -> Statement:
        title, title_span = statement.title, statement.title_span
        if title_span is not None:
            title_span = self.map.raw_span(*title_span)
            title = self.raw[title_span[0] : title_span[1]]
        return Statement(
            self.mention(statement.subject),
            statement.predicate,
            self.mention(statement.object),
            self.provenance(statement.provenance),
            title,
            title_span,
            None if statement.start is None else self.time(statement.start),
        )

    def credit_statement(self, credit: CreditStatement) -> CreditStatement:
        return CreditStatement(credit.predicate, self.mention(credit.agency), self.provenance(credit.provenance))

    def event(self, event: Event) -> Event:
        return replace(
            event,
            roles=tuple(EventRole(r.role, self.mention(r.mention)) for r in event.roles),
            provenance=self.provenance(event.provenance),
            time=None if event.time is None else self.time(event.time),
            quote=None if event.quote is None else self.quote(event),
            quote_span=self.span(event.quote_span),
            items=tuple(self.slice(*span) for span in event.item_spans),
            item_spans=tuple(self.map.raw_span(*span) for span in event.item_spans),
            vehicle=None if event.vehicle_span is None else self.slice(*event.vehicle_span),
            vehicle_span=self.span(event.vehicle_span),
        )

    def quote(self, event: Event) -> str:
        """The raw text of a quote: its span mapped, or the segmented words when it has none."""
        if event.quote_span is None:
            return event.quote.replace("_", " ")
        return self.slice(*event.quote_span)


class _SameLengthMapper(_RawMapper):
    """Takes quoted texts from the text as given, words of segmented input left as they are."""

    def words(self, text: str | None) -> str | None:
        return text
