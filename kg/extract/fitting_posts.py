"""Posts of a state whose body is a city or province: not read.

A title whose lexicon entry takes a country but no city or province as its body
("Thủ_tướng", "Tổng_thống", "Bộ_trưởng": ``ontology/roles.tsv``) does not hold a
post at a name the gazetteer lists as a city or a province, whatever type the
tagger gave the name ("Thủ_tướng Hà_Nội Nguyễn_Văn_An" is no prime minister of
Hà Nội). Titles that take a city or province ("Chủ_tịch") and titles of bodies
only ("HLV", whose body may be a club named by its city) are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.post_titles import is_below_a_state, state_title
from kg.model import Statement


def posts_fitting_titles(statements: Sequence[Statement]) -> list[Statement]:
    """``statements`` without the posts of a state title held at a listed city or province."""
    return [s for s in statements if not _state_post_at_place(s)]


def _state_post_at_place(statement: Statement) -> bool:
    title = state_title(statement.title) if statement.title is not None else None
    return title is not None and title.predicate == statement.predicate and is_below_a_state(statement.object.name)
