"""A military rank written right before an armed force or police: its holder serves in it.

"Thượng_tướng Công_an nhân_dân X", "Trung_tá Hải_quân Mỹ X", "X , Đại_tá Quân_đội nhân_dân
Việt_Nam ,": a rank (``references.ranks``) is no post (docs/annotation.md), but the force
named right after it (a name opening with ``affiliations.force-heads``) is the person's:
``person –memberOf→ force``. The person follows the force, or stands before the rank in an
apposition the force closes. A past rank ("nguyên Thiếu_tướng Công_an X") ties no one now.
"""

from __future__ import annotations

from functools import cache

from kg.extract.frames import ends_with_any, is_barrier, phrase_set, provenance
from kg.extract.clauses import names_person
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.post_titles import is_former
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Statement

EXTRACTOR = "affiliations"
#: Confidence of a membership told by a rank before a force (docs/confidence.md).
CONFIDENCE_RANKED = 0.7
#: Marks between a person's name and the rank in apposition after it.
_APPOSING = frozenset({",", "-", "–"})


@cache
def _ranks() -> Phrases:
    return phrase_set(*word_list("references.ranks"))


@cache
def _force_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("affiliations.force-heads"))


def is_force(name: str) -> bool:
    """Whether the body's name opens with a kind of armed force or police ("Công_an nhân_dân", "Hải_quân Mỹ")."""
    words = syllables_of(name)
    return any(words[:n] in _force_heads() for n in range(1, min(len(words), 4) + 1))


def find_ranked_members(view: ArticleView) -> list[Statement]:
    """``person –memberOf→ force`` for each force named right after a rank, with the rank's holder."""
    found: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        mention = piece.mention
        if mention is None or mention.type is not EntityType.ORGANIZATION or mention.reference or not is_force(mention.text):
            continue
        first, last = view.bounds(k)
        rank = ends_with_any(view, k - 1, _ranks(), first) if k - 1 >= first else None
        if rank is None or is_former(view, rank):
            continue
        person = _holder(view, rank, k, first, last)
        if person is not None:
            evidence = provenance(view, min(rank, person), max(k, person), EXTRACTOR, CONFIDENCE_RANKED)
            found.append(Statement(view.pieces[person].mention, "memberOf", mention, evidence))
    return found


def _holder(view: ArticleView, rank: int, force: int, first: int, last: int) -> int | None:
    """The person who holds the rank at piece ``rank`` before the force at piece ``force``: named right
    after the force ("Thượng_tướng CAND X"), or before the rank in an apposition that the force closes
    ("X , Đại_tá QĐND ,"), or None."""
    if names_person(view, force + 1, last):
        return force + 1
    closed = force + 1 >= last or is_barrier(view.pieces[force + 1])
    if closed and rank - 2 >= first and view.pieces[rank - 1].text in _APPOSING and names_person(view, rank - 2, last):
        return rank - 2
    return None
