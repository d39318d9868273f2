"""Syllables: the units the tagger labels."""

from __future__ import annotations

import re

# A run of letters and digits, with inner hyphens, dots and apostrophes kept
# ("Jong-un", "TP.HCM", "O'Neill"); every other visible character alone. The
# segmenter's "_" separates syllables like a space does.
_SYLLABLE = re.compile(r"[^\W_]+(?:[-.'’][^\W_]+)*|[^\w\s]")


def syllable_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the syllables of ``text[start:end]``."""
    end = len(text) if end is None else end
    return [m.span() for m in _SYLLABLE.finditer(text, start, end)]
