"""Syllables: the units the tagger labels."""

from __future__ import annotations

import re

# A run of letters and digits; every other visible character alone, so that
# "Jong-un" is three units and a name glued to the next by a dot or a hyphen
# ("Trưng.Ảnh", "Việt Nam-Ấn Độ") can still end where it ends. The
# segmenter's "_" separates syllables like a space does.
_SYLLABLE = re.compile(r"[^\W_]+|[^\w\s]")


def syllable_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) offsets of the syllables of ``text[start:end]``."""
    end = len(text) if end is None else end
    return [m.span() for m in _SYLLABLE.finditer(text, start, end)]
