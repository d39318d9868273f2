"""What a build keeps of each article once it is extracted, and how it reads the rest back.

An extraction goes to the extraction cache on disk (``kg.cache``) as soon as
it is made, and leaves memory. The resolver needs all of a build's mentions
at once, but of the articles' texts only a few words around each mention:
``ResolverFeed`` keeps the mentions and those windows of text
(``TextWindows``). The graph is then built article by article from the
cache, and the build's extractions stay readable on demand
(``StoredExtractions``) without being held.
"""

from __future__ import annotations

import bisect
import os
import pickle
import sys
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import TypeVar, overload

from kg.model import Article, Decision, EntityType, Extraction, Mention, record_maker

#: Characters of an article's text the resolver may read before a mention (from its title
#: or honorific, when written before it) and after its end: the level word before a place
#: name ("tỉnh "), an acronym in brackets after a name, the place named after a body.
RESOLVER_CONTEXT = (40, 120)

T = TypeVar("T")


class TextWindows:
    """Those parts of a text that lie near its mentions, sliced like the text itself.

    ``len()`` is the length of the whole text; a slice within one window gives
    the same string as the text would; a slice reaching outside every window
    raises ``LookupError`` (a reader that needs more context than kept must
    say so, never read a wrong string). The windows are held one after the
    other as compressed UTF-8 (about a third of the memory the same text takes
    as ``str``), their bounds as machine integers; a read decodes them all,
    once for the reads of one article that follow one another.
    """

    __slots__ = ("_length", "_starts", "_ends", "_at", "_data")

    def __init__(self, text: str, spans: Sequence[tuple[int, int]]) -> None:
        self._length = len(text)
        starts: list[int] = []
        ends: list[int] = []
        for start, stop in sorted((max(0, a), min(self._length, b)) for a, b in spans):
            if not ends or start > ends[-1]:
                starts.append(start)
                ends.append(stop)
            elif stop > ends[-1]:
                ends[-1] = stop
        self._starts = array("q", starts)
        self._ends = array("q", ends)
        # Where each window begins among the characters kept.
        at, kept = [], 0
        for start, stop in zip(starts, ends):
            at.append(kept)
            kept += stop - start
        self._at = array("q", at)
        self._data = zlib.compress("".join(text[a:b] for a, b in zip(starts, ends)).encode("utf-8"), 1)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: slice, /) -> str:
        if not isinstance(index, slice) or index.step not in (None, 1):
            raise TypeError("TextWindows are read by slices of consecutive characters")
        start, stop, _ = index.indices(self._length)
        if stop <= start:
            return ""
        at = bisect.bisect_right(self._starts, start) - 1
        if at >= 0 and stop <= self._ends[at]:
            offset = self._starts[at] - self._at[at]
            return _decoded(self._data)[start - offset : stop - offset]
        raise LookupError(
            f"characters {start}-{stop} of the text are not kept near any mention; "
            f"widen kg.stream.RESOLVER_CONTEXT {RESOLVER_CONTEXT}"
        )


#: The windows of texts decoded lately, by their compressed bytes: the resolver reads the windows
#: of one article, and of the few before it, many times over, in turn.
_recently_decoded: dict[bytes, str] = {}
#: Texts whose windows are kept decoded at most; all are let go beyond (a few articles' worth).
DECODED_WINDOWS = 256


def _decoded(data: bytes) -> str:
    """The kept characters of one text, decoded once for the reads of it that come close together."""
    text = _recently_decoded.get(data)
    if text is None:
        if len(_recently_decoded) >= DECODED_WINDOWS:
            _recently_decoded.clear()
        text = _recently_decoded[data] = zlib.decompress(data).decode("utf-8")
    return text


def mention_windows(text: str, mentions: Sequence[Mention]) -> TextWindows:
    """The windows of ``text`` the resolver may read around ``mentions``."""
    before, after = RESOLVER_CONTEXT
    spans = []
    for mention in mentions:
        start = mention.start if mention.prefix_start is None else min(mention.start, mention.prefix_start)
        spans.append((start - before, mention.end + after))
    return TextWindows(text, spans)


class ResolverFeed:
    """The mentions of a build's articles, and the windows of text around them, by article.

    The mentions are kept compact: the same value held by many mentions
    (an article id, a name as written, a title, a character offset) is one
    object for the whole feed, not one per mention.
    """

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.texts: dict[str, TextWindows] = {}
        self._values: dict[tuple[type, object], object] = {}

    def add(self, extraction: Extraction) -> None:
        """Keep what the resolver reads of ``extraction``."""
        self.mentions.extend(map(self.compact, extraction.mentions))
        self.texts[self._shared(extraction.article.id)] = mention_windows(extraction.article.text, extraction.mentions)

    def compact(self, mention: Mention) -> Mention:
        """``mention`` with each of its values shared with the other mentions of the feed (an equal mention)."""
        # ``_shared`` field by field, its choice made once by the field's type rather than per value
        shared = self._shared
        return Mention(
            article_id=sys.intern(mention.article_id),
            sentence=shared(mention.sentence),
            start=shared(mention.start),
            end=shared(mention.end),
            text=sys.intern(mention.text),
            type=mention.type,
            title=None if mention.title is None else sys.intern(mention.title),
            honorific=None if mention.honorific is None else sys.intern(mention.honorific),
            prefix_start=None if mention.prefix_start is None else shared(mention.prefix_start),
            reference=mention.reference,
            confidence=None if mention.confidence is None else shared(mention.confidence),
            title_span=None if mention.title_span is None else shared(mention.title_span),
        )

    def clear(self) -> None:
        """Let go of the mentions, the windows and the table of shared values."""
        del self.mentions[:]
        self.texts.clear()
        self._values.clear()

    def _shared(self, value: T) -> T:
        kind = type(value)
        if kind is str:
            return sys.intern(value)  # type: ignore[arg-type,return-value]
        if kind is float and value:  # type: ignore[comparison-overlap]
            # 0.0 kept as given: -0.0 == 0.0, and the two are written apart
            return self._values.setdefault((kind, value), value)  # type: ignore[return-value]
        if kind is int or kind is tuple:
            if kind is tuple:
                value = tuple(map(self._shared, value))  # type: ignore[assignment,arg-type]
            # keyed by type too: 1 == True == 1.0 must stay three values
            return self._values.setdefault((kind, value), value)  # type: ignore[return-value]
        return value


class StoredExtractions(Sequence[Extraction]):
    """A build's extractions, in article id order, each read from the cache when asked for.

    ``load`` reads one article's extraction, ``article`` only its article record,
    ``vietnamese`` whether its text reads as Vietnamese (``kg.reader.looks_vietnamese``).
    """

    def __init__(
        self,
        ids: Sequence[str],
        load: Callable[[str], Extraction],
        article: Callable[[str], Article],
        vietnamese: Callable[[str], bool],
    ) -> None:
        self.ids = tuple(sorted(ids))
        self._load = load
        self._article = article
        self.vietnamese = vietnamese

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Extraction: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Extraction, ...]: ...

    def __getitem__(self, index: int | slice) -> Extraction | tuple[Extraction, ...]:
        if isinstance(index, slice):
            return tuple(self._load(article_id) for article_id in self.ids[index])
        return self._load(self.ids[index])

    def __iter__(self) -> Iterator[Extraction]:
        return (self._load(article_id) for article_id in self.ids)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def articles(self) -> Iterator[Article]:
        """The articles alone, without reading their extractions."""
        return (self._article(article_id) for article_id in self.ids)


class SpooledDecisions(Sequence[Decision]):
    """A resolution's decisions (one per mention, with its evidence), kept on disk and read back on demand.

    They are written, in compressed blocks of ``BLOCK`` decisions, to an
    unnamed temporary file in ``folder``; reading uses offsets only
    (``os.pread``), so processes forked from this one read them too. The
    blocks are pickles, several times faster to read than ``kg.codec``'s
    checked records: the file has no name from the moment it is made, so
    nothing but this process and its children can reach it, and it never
    outlives them (unlike the extraction cache, which is read by later builds).
    """

    BLOCK = 2048

    def __init__(self, decisions: Iterable[Decision], folder: Path | None = None) -> None:
        self._file = tempfile.TemporaryFile(dir=folder)
        self._blocks: list[tuple[int, int]] = []  # (offset, length) of each block
        self._length = 0
        block: list[Decision] = []
        for decision in decisions:
            block.append(decision)
            if len(block) == self.BLOCK:
                self._write(block)
                block = []
        if block:
            self._write(block)
        self._file.flush()

    def _write(self, block: list[Decision]) -> None:
        rows = [_decision_row(decision) for decision in block]
        data = zlib.compress(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL), 1)
        self._blocks.append((self._file.tell(), len(data)))
        self._file.write(data)
        self._length += len(block)

    def _block(self, number: int) -> list[Decision]:
        offset, length = self._blocks[number]
        rows = pickle.loads(zlib.decompress(os.pread(self._file.fileno(), length, offset)))  # noqa: S301 - see the class
        return [_decision_of(row) for row in rows]

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> Decision: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Decision, ...]: ...

    def __getitem__(self, index: int | slice) -> Decision | tuple[Decision, ...]:
        if isinstance(index, slice):
            return tuple(self)[index]
        if not -self._length <= index < self._length:
            raise IndexError("decision index out of range")
        index %= self._length
        return self._block(index // self.BLOCK)[index % self.BLOCK]

    def __iter__(self) -> Iterator[Decision]:
        for number in range(len(self._blocks)):
            yield from self._block(number)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]


#: Field names of a mention and of a decision, in declaration order.
_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_DECISION_FIELDS = tuple(f.name for f in fields(Decision))
_mention_values = attrgetter(*_MENTION_FIELDS)
_decision_values = attrgetter(*_DECISION_FIELDS[1:])


_TYPE_FIELD = _MENTION_FIELDS.index("type")
_ENTITY_TYPES = {member.value: member for member in EntityType}
_new = object.__new__
_make_mention = record_maker(Mention)
_set_mention, _set_entity_id, _set_rule, _set_evidence, _set_score, _set_rejected = (
    getattr(Decision, name).__set__ for name in _DECISION_FIELDS
)


def _decision_row(decision: Decision) -> tuple:
    """A decision as a tuple of plain values: pickled and read back several times faster than
    the frozen records themselves, whose pickling looks up their fields on every object. The
    mention's type is its value: an enum member is unpickled through a call of its class."""
    values = _mention_values(decision.mention)
    mention = (*values[:_TYPE_FIELD], values[_TYPE_FIELD].value, *values[_TYPE_FIELD + 1 :])
    return (mention, *_decision_values(decision))


def _decision_of(row: tuple) -> Decision:
    """The decision ``_decision_row`` wrote. Its fields are set directly: its rule was checked
    when it was made, and the exporters read each decision back several times."""
    values, entity_id, rule, evidence, score, rejected = row
    decision = _new(Decision)
    mention = _make_mention(*values[:_TYPE_FIELD], _ENTITY_TYPES[values[_TYPE_FIELD]], *values[_TYPE_FIELD + 1 :])
    _set_mention(decision, mention)
    _set_entity_id(decision, entity_id)
    _set_rule(decision, rule)
    _set_evidence(decision, evidence)
    _set_score(decision, score)
    _set_rejected(decision, rejected)
    return decision
