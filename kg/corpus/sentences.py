"""Sentence numbering of raw article text, shared by annotators and the gold.

Annotators refer to sentences by number (``@s4``); the numbering must be the
same every time the text is shown or compiled, so it is a small fixed rule
and not the analyser's (which may change as extraction improves).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? … (and any closing quotes or brackets after them)
# followed by white space, unless what comes next cannot start a sentence.
_BOUNDARY = re.compile(r"""[.!?…]+["”’)\]]*\s+""")
_OPENERS = "\"“‘([«"
_NOT_STARTERS = ",;:.)]»”"


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """Sentence ``number`` (from 1) covers ``text[start:end]``."""

    number: int
    start: int
    end: int


def split_sentences(text: str) -> tuple[SentenceSpan, ...]:
    """Number the sentences of ``text``; spans exclude surrounding white space."""
    spans: list[SentenceSpan] = []
    position = 0
    for boundary in _BOUNDARY.finditer(text):
        end = boundary.end()
        if not _starts_sentence(text, end):
            continue
        _append(spans, text, position, end)
        position = end
    _append(spans, text, position, len(text))
    return tuple(spans)


def _starts_sentence(text: str, offset: int) -> bool:
    while offset < len(text) and text[offset] in _OPENERS:
        offset += 1
    if offset >= len(text):
        return False
    first = text[offset]
    return not (first.islower() or first in _NOT_STARTERS)


def _append(spans: list[SentenceSpan], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(SentenceSpan(len(spans) + 1, start, end))


def sentence_at(spans: tuple[SentenceSpan, ...], offset: int) -> int:
    """The number of the sentence holding ``offset`` (0 when none does)."""
    for span in spans:
        if span.start <= offset < span.end:
            return span.number
    return 0
