"""The raw-text segmenter's features: pyvi's ``ViTokenizer.sent2features``, made per distinct syllable.

pyvi builds a dict of up to sixteen features for every syllable of the text, and
the CRF turns each into an attribute. ``sequence_features`` gives the CRF the same
attributes in the same order (the order in which the CRF adds their weights),
as UTF-8 bytes: the part a syllable gives itself and the parts it gives its
neighbours are made once per distinct syllable and kept; only the n-gram
lookups are made per position, once for both syllables they concern. The
features pyvi sets to False are left out: their value is 0.0, so their weights
add nothing to any score. ``tests/test_segmenter_features.py`` checks the
result against pyvi's own.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

_BIGRAM_BEFORE, _BIGRAM_AFTER = b"-1:word.bi_gram()", b"+1:word.bi_gram()"
_TRIGRAM_BEFORE, _TRIGRAM_AFTER = b"-2:word.tri_gram()", b"+2:word.tri_gram()"


@lru_cache(maxsize=65536)
def syllable_parts(word: str) -> tuple[tuple[bytes, ...], tuple[bytes, ...], tuple[bytes, ...]]:
    """The attributes ``word`` gives itself, the syllable after it and the one before it."""
    lowered, upper, title = word.lower(), word.isupper(), word.istitle()
    own = [b"bias", f"word.lower():{lowered}".encode()]
    if upper:
        own.append(b"word.isupper()")
    if title:
        own.append(b"word.istitle()")
    if word.isdigit():
        own.append(b"word.isdigit()")
    neighbours = []
    for prefix in ("-1", "+1"):
        part = [f"{prefix}:word.lower():{lowered}".encode()]
        if title:
            part.append(f"{prefix}:word.istitle()".encode())
        if upper:
            part.append(f"{prefix}:word.isupper()".encode())
        neighbours.append(tuple(part))
    return tuple(own), neighbours[0], neighbours[1]


def sequence_features(syllables: list[str], bi_grams: Collection[str], tri_grams: Collection[str]) -> list[list[bytes]]:
    """The CRF attributes of each syllable of ``syllables``, as pyvi's ``sent2features`` makes them."""
    size = len(syllables)
    parts = [syllable_parts(word) for word in syllables]
    # pair[i]: syllables i and i + 1 make a listed word; triple[i]: i to i + 2 do
    pair = [" ".join(syllables[i : i + 2]).lower() in bi_grams for i in range(size - 1)]
    triple = [" ".join(syllables[i : i + 3]).lower() in tri_grams for i in range(size - 2)]
    items = []
    for index in range(size):
        item = list(parts[index][0])
        if index > 0:
            item += parts[index - 1][1]
            if pair[index - 1]:
                item.append(_BIGRAM_BEFORE)
            if index > 1 and triple[index - 2]:
                item.append(_TRIGRAM_BEFORE)
        if index < size - 1:
            item += parts[index + 1][2]
            if pair[index]:
                item.append(_BIGRAM_AFTER)
            if index < size - 2 and triple[index]:
                item.append(_TRIGRAM_AFTER)
        items.append(item)
    return items
