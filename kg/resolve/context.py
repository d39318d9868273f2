"""The words around a mention, as the resolver's rules read them from an article's text.

A rule reads a window of characters before or after a name, splits it into
lowercase syllables its own way (punctuation kept or dropped), and asks whether
those words start or end with, or hold, a phrase of one of its word lists
(``ontology/words.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from kg.lexicon import syllables_of, word_list

Phrases = frozenset[tuple[str, ...]]

_PUNCTUATION = re.compile(r"[^\w\s]")


class TextWindow(Protocol):
    """What the resolver does with an article's text: its length, and slices of it."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: slice, /) -> str: ...


def unmarked_words(text: str) -> list[str]:
    """The words of ``text`` as lowercase syllables, its punctuation dropped ("ở 17/3" -> ["ở", "17", "3"])."""
    return _PUNCTUATION.sub(" ", text.replace("_", " ")).casefold().split()


@lru_cache(maxsize=None)
def phrases(list_name: str) -> Phrases:
    """The phrases of the word list ``list_name``, as lowercase syllable tuples."""
    return frozenset(syllables_of(w) for w in word_list(list_name))


@lru_cache(maxsize=None)
def _sizes(found: Phrases) -> tuple[int, ...]:
    """The lengths of ``found``'s phrases, longest first."""
    return tuple(sorted({len(p) for p in found}, reverse=True))


def starts_with(words: Sequence[str], found: Phrases) -> int:
    """How many of the first ``words`` make a phrase of ``found`` (the longest), or 0."""
    return next((n for n in _sizes(found) if len(words) >= n and tuple(words[:n]) in found), 0)


def ending(words: Sequence[str], found: Phrases) -> int:
    """How many of the last ``words`` make a phrase of ``found`` (the longest), or 0."""
    return next((n for n in _sizes(found) if len(words) >= n and tuple(words[-n:]) in found), 0)


def ends_with(words: Sequence[str], found: Phrases) -> bool:
    """Whether the last ``words`` make a phrase of ``found``."""
    return any(len(words) >= n and tuple(words[-n:]) in found for n in _sizes(found))


@lru_cache(maxsize=None)
def _first_words(found: Phrases) -> frozenset[str]:
    """The words ``found``'s phrases begin with."""
    return frozenset(p[0] for p in found if p)


def contains(words: Sequence[str], found: Phrases) -> bool:
    """Whether a phrase of ``found`` stands anywhere in ``words``."""
    if () in found:
        return True
    firsts = _first_words(found)
    sizes = _sizes(found)
    # Only where a phrase's first word stands can one begin.
    return any(
        tuple(words[i : i + n]) in found
        for i, word in enumerate(words)
        if word in firsts
        for n in sizes
        if i + n <= len(words)
    )
