"""A lower administrative unit written in brackets after the place that holds it.

"quê_hương Bình_Định ( huyện Tây_Sơn )", "ở Hà_Nội ( quận Ba_Đình )": the bracket narrows
the place before it to one of its units, so the unit lies in that place. Both ranks must be
known, the unit's from its word of level written in the bracket, and the unit must rank below
the place; the bracket holds the unit alone. The other way round ("Tây_Sơn ( tỉnh Bình_Định )")
is read in ``kg.extract.places``.
"""

from __future__ import annotations

from kg.extract.admin_levels import admin_rank
from kg.extract.frames import provenance
from kg.extract.pieces import ArticleView
from kg.extract.place_chains import RANK, place_at
from kg.model import EntityType, Statement

EXTRACTOR = "places"
CONFIDENCE = 0.7


def find_bracketed_units(view: ArticleView) -> list[Statement]:
    """locatedIn of the unit in "PLACE ( LEVEL UNIT )" in PLACE, when UNIT ranks below PLACE."""
    statements: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        place = piece.mention
        if place is None or place.type not in RANK or place.type is EntityType.COUNTRY or place.reference:
            continue
        unit = _unit_in_bracket(view, k)
        if unit is None:
            continue
        outer_rank, inner_rank = admin_rank(view, k), admin_rank(view, unit, spoken_only=True)
        if outer_rank is not None and inner_rank is not None and inner_rank < outer_rank:
            inner = view.pieces[unit].mention
            statements.append(Statement(inner, "locatedIn", place, provenance(view, k, unit + 1, EXTRACTOR, CONFIDENCE)))
    return statements


def _unit_in_bracket(view: ArticleView, k: int) -> int | None:
    """The piece of the place alone in the bracket right after piece ``k``, after its word of level."""
    last = view.bounds(k)[1]
    if k + 3 >= last or view.pieces[k + 1].text != "(":
        return None
    unit = place_at(view, k + 2, last)
    if unit is None or unit == k + 2 or unit + 1 >= last or view.pieces[unit + 1].text != ")":
        return None
    mention = view.pieces[unit].mention
    return unit if mention.type in RANK and mention.type is not EntityType.COUNTRY and not mention.reference else None
