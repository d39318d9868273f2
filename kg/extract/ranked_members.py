"""A military rank written right before an armed force or police: its holder serves in it.

"Thượng_tướng Công_an nhân_dân X", "Trung_tá Hải_quân Mỹ X", "X , Đại_tá Quân_đội nhân_dân
Việt_Nam ,": a rank (``references.ranks``) is no post (docs/annotation.md), but the force
named right after it (a name opening with ``affiliations.force-heads``) is the person's:
``person –memberOf→ force``. The person follows the force, stands before the rank in an
apposition the force closes, or is promoted to the rank: the subject of the passive before
the words of promotion ("X được Chủ_tịch nước quyết_định thăng quân_hàm Thiếu_tướng CAND":
``affiliations.promotion-words``). A past rank ("nguyên Thiếu_tướng Công_an X") ties no one now.
The force may have been read as the newspaper of its name ("CAND", "QĐND"): after a rank it is
the force.
"""

from __future__ import annotations

from functools import cache

from kg.extract.frames import ends_with_any, is_barrier, phrase_set, provenance, subject_before
from kg.extract.clauses import names_person
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.post_titles import is_former
from kg.extract.team_members import opens_with
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "affiliations"
#: Confidence of a membership told by a rank before a force (docs/confidence.md).
CONFIDENCE_RANKED = 0.7
#: Marks between a person's name and the rank in apposition after it.
_APPOSING = frozenset({",", "-", "–"})
#: The types a force's name may have been read as: a body, or the newspaper of its name ("CAND").
_FORCE_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})
#: How many pieces may stand between the passive "được" and the words of promotion
#: ("được Đảng , Nhà_nước quyết_định thăng").
_PASSIVE_REACH = 8
#: Marks that end the clause of a promotion.
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})


@cache
def _ranks() -> Phrases:
    return phrase_set(*word_list("references.ranks"))


@cache
def _promotions() -> Phrases:
    return phrase_set(*word_list("affiliations.promotion-words"))


@cache
def _passive() -> Phrases:
    return phrase_set(*word_list("affiliations.passive"))


@cache
def _force_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("affiliations.force-heads"))


def is_force(name: str) -> bool:
    """Whether the body's name opens with a kind of armed force or police ("Công_an nhân_dân", "Hải_quân Mỹ")."""
    return opens_with(syllables_of(name), _force_heads(), longest=4)


def find_ranked_members(view: ArticleView) -> list[Statement]:
    """``person –memberOf→ force`` for each force named right after a rank, with the rank's holder."""
    found: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        if piece.mention is None or piece.mention.reference and piece.mention.type is not EntityType.PERSON:
            continue
        first, last = view.bounds(k)
        ranked = _rank_and_force(view, k, first)
        if ranked is None or is_former(view, ranked[0]):
            continue
        rank, force = ranked
        person = _holder(view, rank, k, first, last)
        if person is not None:
            evidence = provenance(view, min(rank, person), max(k, person), EXTRACTOR, CONFIDENCE_RANKED)
            found.append(Statement(view.pieces[person].mention, "memberOf", force, evidence))
    return found


def _rank_and_force(view: ArticleView, k: int, first: int) -> tuple[int, Mention] | None:
    """Where the rank before a force named at piece ``k`` starts, and the force: a force's name after the
    rank ("Thượng_tướng [Công_an nhân_dân]"), or a rank read with the force as a title standing for a
    person ("[Thượng_tướng CAND]", the force nested in it at its end); None otherwise."""
    mention = view.pieces[k].mention
    if mention.type in _FORCE_TYPES and not mention.reference and is_force(mention.text):
        rank = ends_with_any(view, k - 1, _ranks(), first) if k - 1 >= first else None
        return (rank, mention) if rank is not None else None
    if mention.type is not EntityType.PERSON or not mention.reference:
        return None
    syllables = view.pieces[k].syllables
    if not opens_with(syllables, _ranks()):
        return None
    force = next(
        (m for m in view.inner(mention) if m.type in _FORCE_TYPES and m.end == mention.end and is_force(m.text)), None
    )
    return (k, force) if force is not None else None


def _holder(view: ArticleView, rank: int, force: int, first: int, last: int) -> int | None:
    """The person who holds the rank at piece ``rank`` before the force at piece ``force``: named right
    after the force ("Thượng_tướng CAND X"), or before the rank in an apposition that the force closes
    ("X , Đại_tá QĐND ,"), or None."""
    if names_person(view, force + 1, last):
        return force + 1
    closed = force + 1 >= last or is_barrier(view.pieces[force + 1])
    if closed and rank - 2 >= first and view.pieces[rank - 1].text in _APPOSING and names_person(view, rank - 2, last):
        return rank - 2
    promotion = ends_with_any(view, rank - 1, _promotions(), first) if rank - 1 >= first else None
    return _promoted(view, promotion, first) if promotion is not None else None


def _promoted(view: ArticleView, promotion: int, first: int) -> int | None:
    """The person promoted by the words at piece ``promotion``: the subject of the passive "được" a few
    pieces before them, in the same clause, with no other person between ("X được Đảng , Nhà_nước
    quyết_định thăng …"), or None."""
    for j in range(promotion - 1, max(first, promotion - _PASSIVE_REACH) - 1, -1):
        piece = view.pieces[j]
        if piece.text in _CLAUSE_ENDS or (piece.mention is not None and piece.mention.type is EntityType.PERSON):
            return None
        if view.match_any(j, _passive()) is not None:
            subjects = subject_before(view, j, {EntityType.PERSON}, allow_pronoun=False)
            return subjects[0].piece if len(subjects) == 1 and not subjects[0].mention.reference else None
    return None
