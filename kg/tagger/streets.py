"""A street named after a person is the street, not the person.

Vietnamese streets bear the names of historical figures ("đường Lê_Duẩn", "phố Hai_Bà_Trưng",
"đại_lộ Võ_Văn_Kiệt"); the tagger, which knows the figure, reads the name as a person's. Right
after a lowercase word for a street (``places.street-words``: "đường", "phố", "đại lộ", "ngõ"), a
person's name without a title or an honorific is the street, a Location, as the annotation has
"đường Láng"'s "Láng" (the word for the street stays out of the name). Not when the word before
makes the street word part of another one (``places.street-word-breaks``: "thành phố",
"nhường đường" "to give way", "con đường" also "the path" a person took).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention

#: How many syllables a street word and the word before it may have, together.
_REACH = 4
_WORD = re.compile(r"[^\W_]+")


@cache
def _street_words() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("places.street-words"))


@cache
def _breaks() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("places.street-word-breaks"))


def streets_named_after_people(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each person's name written right after a lowercase word for a street made
    the street, a Location."""
    return [
        replace(m, type=EntityType.LOCATION, title=None, honorific=None, prefix_start=None, title_span=None)
        if m.type is EntityType.PERSON and not m.reference and m.title is None and m.honorific is None and _after_street_word(text, m.start)
        else m
        for m in tagged
    ]


def _after_street_word(text: str, start: int) -> bool:
    """Whether a lowercase word for a street ends right before ``start``, with only a space between."""
    if start == 0 or text[start - 1] not in " _":
        return False
    before = list(_WORD.finditer(text, max(0, start - 40), start - 1))
    if not before or before[-1].end() != start - 1:
        return False
    words = [m.group() for m in before]
    for size in (2, 1):
        if len(words) < size:
            continue
        street = tuple(w.lower() for w in words[-size:])
        if street not in _street_words() or not all(w[:1].islower() for w in words[-size:]):
            continue
        if text[before[-size].start() - 1 : before[-size].start()] == "_":
            return False  # the segmenter joined it to the word before: "lên_đường" is to set off
        previous = tuple(w.lower() for w in words[-size - 1 : -size])
        return not any(previous + street == b or previous == b for b in _breaks())
    return False
