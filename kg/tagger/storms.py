"""Storms' names: no entities.

A storm is named like a person or a place ("siêu bão Hải_Yến", "cơn bão
Wutip", "bão Nari"), and the tagger tags it so; the annotation marks no storm
(a storm is an event of nature, not a thing that acts or is located).
``storms_dropped`` drops every tagged span that stands right after a storm's
head written lowercase (``tagger.storm-heads``: "bão", "siêu bão"); a
capitalised "Bão" may be a person's name ("ông Bão") and is left alone.
"""

from __future__ import annotations

from kg.lexicon import syllables_of, word_list
from kg.model import Mention

#: "bão", "siêu bão": heads of a storm's name, as syllables.
_HEADS = frozenset(syllables_of(word) for word in word_list("tagger.storm-heads"))
_LONGEST = max((len(head) for head in _HEADS), default=0)


def storms_dropped(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` without the spans written right after a lowercase storm head."""
    return [m for m in tagged if not _after_storm_head(text, m.start)]


def _after_storm_head(text: str, start: int) -> bool:
    """Whether a storm head, lowercase, ends at a space or "_" right before ``start``."""
    if start < 2 or text[start - 1] not in " _":
        return False
    words = text[max(0, start - 40):start - 1].replace("_", " ").split()
    return any(
        len(words) >= size and " ".join(words[-size:]).islower() and tuple(words[-size:]) in _HEADS
        for size in range(1, _LONGEST + 1)
    )
