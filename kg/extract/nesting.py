"""Role phrases inside the name of a body: "Hội_đồng Bộ_trưởng Cuba", "Phủ Tổng_thống Philippines".

The rules read "Bộ_trưởng Cuba" or "Tổng_thống Philippines" as a role standing
for a person, but after a body's head word ("Hội_đồng", "Phủ", "Văn_phòng",
``mentions.body-heads`` in ``ontology/words.tsv``) or inside a longer name
that begins before them, the words are part of the body's name: the council,
the office. Such references are dropped.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from kg.lexicon import syllables_of, word_list
from kg.model import AnalysedArticle, Mention

#: How much text before a role phrase may hold the head word of a body's name.
_LOOK_BACK = 24


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("mentions.body-heads"))


def references_outside_names(analysed: AnalysedArticle, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` less the role phrases that are part of a body's name."""
    text = analysed.article.text
    names = sorted((m for m in mentions if not m.reference), key=lambda m: m.start)
    starts = [m.start for m in names]

    def in_a_name(reference: Mention) -> bool:
        start = reference.prefix_start if reference.prefix_start is not None else reference.start
        if any(name.end >= reference.end for name in names[: bisect_left(starts, start)]):
            return True
        before = text[max(0, start - _LOOK_BACK) : start].rstrip()
        words = before.replace("_", " ").split()
        return any(
            len(words) >= size and words[-size][:1].isupper() and syllables_of(" ".join(words[-size:])) in _body_heads()
            for size in (1, 2, 3)
        )

    return tuple(m for m in mentions if not (m.reference and in_a_name(m)))
