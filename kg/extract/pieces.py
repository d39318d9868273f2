"""An article as a stream of pieces: mentions, words and punctuation, with offsets.

The relation extractors read a sentence as a sequence where each named
mention is one piece and every other word is a piece of its own. Pieces are
cut from the analyser's tokens at mention boundaries, so a token the
segmenter glued to a name ("Kim_kể", "thăm_Nga") still yields the mention and
the word beside it, and every piece keeps its character span in
``article.text``.

Cue phrases are matched on syllables, lower-cased, whatever the segmenter's
underscores: "cho_biết" and "cho biết" both match the cue "cho biết".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from kg.lexicon.tsv import syllables_of
from kg.model import AnalysedArticle, Mention, Sentence

QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»"})
_OPENING = frozenset({"“", "«"})
_CLOSING = frozenset({"”", "»"})
_PUNCTUATION = re.compile(r"^[\W_]+$")
_GLUED_PUNCTUATION = re.compile(r"(?:^|_)[^\w]+(?:_|$)")


class Piece(NamedTuple):
    """A mention or a word of a sentence; ``syllables`` are lower-cased.

    A named tuple rather than a frozen dataclass: an article has as many
    pieces as words, and a tuple is made several times faster.
    """

    text: str
    start: int
    end: int
    sentence: int
    syllables: tuple[str, ...]
    mention: Mention | None = None
    quoted: bool = False

    @property
    def is_word(self) -> bool:
        return self.mention is None

    @property
    def is_quote_mark(self) -> bool:
        return self.mention is None and self.text in QUOTE_MARKS


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation: pieces ``open`` and ``close`` are its quote marks."""

    open: int
    close: int


class ArticleView:
    """The pieces of an article, with its sentences, quotations and nested mentions."""

    def __init__(self, analysed: AnalysedArticle, mentions: Sequence[Mention]):
        self.analysed = analysed
        self.text = analysed.article.text
        for mention in mentions:
            if self.text[mention.start : mention.end] != mention.text:
                raise ValueError(
                    f"article {analysed.id}: mention {mention.text!r} at offsets {mention.start}-{mention.end} "
                    f"does not match the article text {self.text[mention.start : mention.end]!r} "
                    "(mentions must be cut from the unchanged article text)"
                )
        self.sentences: tuple[Sentence, ...] = analysed.sentences
        top, self.nested = _split_nested(mentions)
        top_starts = [m.start for m in top]
        pieces: list[Piece] = []
        self.sentence_range: dict[int, tuple[int, int]] = {}
        for sentence in analysed.sentences:
            first = len(pieces)
            # ``top`` is sorted and without overlaps: the sentence's mentions start from here.
            _sentence_pieces(self.text, sentence, top, bisect_left(top_starts, sentence.start), pieces)
            self.sentence_range[sentence.index] = (first, len(pieces))
        self.quotes = _pair_quotes(pieces)
        for quote in self.quotes:
            for i in range(quote.open + 1, quote.close):
                if not pieces[i].quoted:
                    pieces[i] = _with_quoted(pieces[i], True)
        self.pieces: tuple[Piece, ...] = tuple(pieces)
        #: The first syllable of each word piece (None for a mention or a piece without
        #: syllables): a phrase can start at piece ``i`` only if it starts with ``first_syllables[i]``.
        self.first_syllables: tuple[str | None, ...] = tuple(
            p.syllables[0] if p.mention is None and p.syllables else None for p in pieces
        )
        self._count = len(pieces)
        #: First syllable -> the word pieces it opens, in order (built on first use): a scan for a
        #: few phrases visits the pieces they can start at instead of every piece.
        self._opening: dict[str, list[int]] | None = None
        #: (role, holder) of the current posts the article gives, once they are read (``kg.extract.relations``):
        #: a bare title ("Bộ_trưởng cho_biết") may mean the one person given that post.
        self.post_holders: tuple[tuple[str, Mention], ...] = ()
        self._sentence_by_index = {s.index: s for s in analysed.sentences}

    def __len__(self) -> int:
        return len(self.pieces)

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index`` as written in the article."""
        sentence = self._sentence_by_index[index]
        return self.text[sentence.start : sentence.end]

    def sentence_pieces(self, index: int) -> range:
        """The piece indices of sentence ``index``."""
        first, last = self.sentence_range[index]
        return range(first, last)

    def bounds(self, i: int) -> tuple[int, int]:
        """The first and past-the-last piece indices of the sentence of piece ``i``."""
        return self.sentence_range[self.pieces[i].sentence]

    def inner(self, mention: Mention) -> tuple[Mention, ...]:
        """Mentions nested inside ``mention`` ("Nga" inside a reference "Tổng_thống Nga")."""
        return self.nested.get(mention.key, ())

    def match(self, i: int, phrase: Sequence[str]) -> int | None:
        """The index past the word pieces starting at ``i`` that spell ``phrase``, or None."""
        pieces = self.pieces
        count = len(pieces)
        size = len(phrase)
        position = 0
        j = i
        while position < size:
            if j >= count:
                return None
            piece = pieces[j]
            if piece.mention is not None:
                return None
            syllables = piece.syllables
            step = len(syllables)
            if tuple(phrase[position : position + step]) != syllables:
                return None
            position += step
            j += 1
        return j

    def match_any(self, i: int, phrases: Iterable[Sequence[str]]) -> int | None:
        """The end of the longest of ``phrases`` matching at ``i``, or None."""
        if i >= self._count:
            return None
        first = self.first_syllables[i]
        if first is None:
            return None
        if isinstance(phrases, Phrases):
            # Longest first: of two phrases that match, the longer ends at least as far,
            # so the first match is the longest.
            for phrase in phrases._by_first.get(first, ()):
                end = self.match(i, phrase)
                if end is not None:
                    return end
            return None
        best = None
        for phrase in phrases:
            end = self.match(i, phrase)
            if end is not None and (best is None or end > best):
                best = end
        return best

    def word_starts(self, *phrase_sets: Phrases) -> list[int]:
        """The indices, in order, of the word pieces where a phrase of ``phrase_sets`` may start
        (its first syllable opens the piece); ``match_any`` is None everywhere else."""
        if self._opening is None:
            self._opening = {}
            for index, syllable in enumerate(self.first_syllables):
                if syllable is not None:
                    self._opening.setdefault(syllable, []).append(index)
        opening = self._opening
        starts = {syllable for phrases in phrase_sets for syllable in phrases.starts}
        return sorted(index for syllable in starts & opening.keys() for index in opening[syllable])

    def span(self, first: int, last: int) -> tuple[int, int] | None:
        """The character span of pieces ``first`` to ``last`` (exclusive), or None when empty."""
        if first >= last:
            return None
        return self.pieces[first].start, self.pieces[last - 1].end

    def words(self, first: int, last: int) -> str:
        """The surface of pieces ``first`` to ``last`` (exclusive), syllables spaced."""
        if first >= last:
            return ""
        return self.text[self.pieces[first].start : self.pieces[last - 1].end].replace("_", " ")


class Phrases(tuple):
    """Phrases as syllable tuples, longest first, indexed by their first syllable.

    ``starts`` holds the first syllables; ``phrase in phrases`` is a set lookup.
    """

    def __new__(cls, phrases: Iterable[Sequence[str]]) -> "Phrases":
        ordered = sorted({tuple(p) for p in phrases if p}, key=len, reverse=True)
        self = super().__new__(cls, ordered)
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in ordered:
            index.setdefault(phrase[0], []).append(phrase)
        self._by_first = {k: tuple(v) for k, v in index.items()}
        self._members = frozenset(ordered)
        self.starts = frozenset(index)
        self.ends = frozenset(phrase[-1] for phrase in ordered)
        return self

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._members
        except TypeError:  # an unhashable item (a list) is compared element by element, as by a tuple
            return tuple.__contains__(self, item)

    def starting_with(self, syllable: str) -> tuple[tuple[str, ...], ...]:
        return self._by_first.get(syllable, ())


def _split_nested(mentions: Sequence[Mention]) -> tuple[list[Mention], dict[tuple[str, int, int], tuple[Mention, ...]]]:
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    top: list[Mention] = []
    nested: dict[tuple[str, int, int], list[Mention]] = {}
    for mention in ordered:
        if top and mention.start >= top[-1].start and mention.end <= top[-1].end and mention.key != top[-1].key:
            nested.setdefault(top[-1].key, []).append(mention)
        elif top and mention.start < top[-1].end:
            if top[-1].reference and not mention.reference and mention.end > top[-1].end:
                # "Giám_đốc Sở Văn_hóa" read as a reference, "Sở Văn_hóa - Thể_thao và Du_lịch" as a name:
                # the name stays whole, the title before it is words again
                nested.pop(top[-1].key, None)
                top[-1] = mention
            continue  # overlapping without nesting: keep the earlier one
        else:
            top.append(mention)
    return top, {key: tuple(value) for key, value in nested.items()}


def _sentence_pieces(text: str, sentence: Sentence, mentions: list[Mention], first: int, pieces: list[Piece]) -> None:
    """Append the pieces of ``sentence`` to ``pieces``; ``mentions`` (sorted, without
    overlaps) from index ``first`` on are those that may lie in it."""
    inside = []
    for mention in mentions[first:]:
        if mention.start > sentence.end:
            break
        if mention.end <= sentence.end:
            inside.append(mention)
    index = sentence.index
    emitted: set[tuple[str, int, int]] = set()
    cursor = 0
    count = len(inside)
    starts = [m.start for m in inside]
    ends = [m.end for m in inside]
    for token in sentence.tokens:
        position = token.start
        end = token.end
        while cursor < count and ends[cursor] <= position:
            cursor += 1
        if cursor == count or starts[cursor] >= end:
            # No mention in the token (most tokens): the token is a word.
            word = text[position:end]
            if word and "_" not in word and " " not in word:
                pieces.append(_new_piece(Piece, (word, position, end, index, syllables_of(word), None, False)))
            else:
                pieces.extend(_word_pieces(text, position, end, index))
            continue
        while position < end:
            while cursor < count and inside[cursor].end <= position:
                cursor += 1
            mention = inside[cursor] if cursor < count else None
            if mention is not None and mention.start <= position:
                if mention.key not in emitted:
                    emitted.add(mention.key)
                    pieces.append(_mention_piece(mention, index))
                position = mention.end
                continue
            stop = end if mention is None or mention.start >= end else mention.start
            word = text[position:stop]
            if word and "_" not in word and " " not in word:
                pieces.append(Piece(word, position, stop, index, syllables_of(word)))
            else:
                pieces.extend(_word_pieces(text, position, stop, index))
            position = stop


#: ``Piece`` made without the keyword handling of its constructor: every field given, in order.
_new_piece = tuple.__new__


def _mention_piece(mention: Mention, sentence: int) -> Piece:
    return Piece(mention.text, mention.start, mention.end, sentence, syllables_of(mention.text), mention)


def _word_pieces(text: str, start: int, end: int, sentence: int) -> list[Piece]:
    """Word pieces of ``text[start:end]``, split where punctuation is glued to a word."""
    word = text[start:end]
    if word and "_" not in word and " " not in word:
        return [Piece(word, start, end, sentence, syllables_of(word))]
    if word and word[0] != "_" and word[-1] != "_" and " " not in word and not _GLUED_PUNCTUATION.search(word):
        return [Piece(word, start, end, sentence, syllables_of(word))]
    pieces = []
    for match in re.finditer(r"[^_\s]+(?:_[^_\s]+)*", text[start:end]):
        parts = _split_glued_punctuation(match.group(), start + match.start())
        for part_text, part_start in parts:
            pieces.append(
                Piece(part_text, part_start, part_start + len(part_text), sentence, syllables_of(part_text))
            )
    return pieces


def _split_glued_punctuation(word: str, start: int) -> list[tuple[str, int]]:
    syllables = word.split("_")
    if len(syllables) == 1 or not any(_PUNCTUATION.match(s) for s in syllables):
        return [(word, start)]
    parts: list[tuple[str, int]] = []
    run: list[str] = []
    run_start = start
    offset = start
    for syllable in syllables:
        if _PUNCTUATION.match(syllable):
            if run:
                parts.append(("_".join(run), run_start))
                run = []
            parts.append((syllable, offset))
        else:
            if not run:
                run_start = offset
            run.append(syllable)
        offset += len(syllable) + 1
    if run:
        parts.append(("_".join(run), run_start))
    return parts


def _pair_quotes(pieces: list[Piece]) -> tuple[QuoteSpan, ...]:
    """Pair quote marks: curly ones by direction, straight ones in turn."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i, piece in enumerate(pieces):
        if piece.mention is not None or piece.text not in QUOTE_MARKS:
            continue
        if piece.text in _OPENING:
            open_at = i
        elif piece.text in _CLOSING:
            if open_at is not None:
                spans.append(QuoteSpan(open_at, i))
            open_at = None
        elif open_at is None:
            open_at = i
        else:
            spans.append(QuoteSpan(open_at, i))
            open_at = None
    return tuple(spans)


def _with_quoted(piece: Piece, quoted: bool) -> Piece:
    return Piece(piece.text, piece.start, piece.end, piece.sentence, piece.syllables, piece.mention, quoted)
