"""A body named without the country or province that ends its full name.

Vietnamese news names a body in full once ("Hội Cựu thanh niên xung phong
Việt Nam", "Hiệp hội Vận tải Hà Nội") and then without its place ("Hội Cựu
thanh niên xung phong", "Hiệp hội Vận tải"). ``bodies_without_their_place``
joins such a short name to the full one when the build has exactly one
full name it is the beginning of, ended by a place the gazetteer lists (a
country, a region or province, a city), and an article writes both. Two full names ("Liên đoàn Bóng đá
Việt Nam", "Liên đoàn Bóng đá Thái Lan") leave the short one alone. Generic
bodies ("Quốc hội", "UBND") are not concerned: their place is read by
``kg.resolve.qualifiers``.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Protocol

from kg.lexicon import load_lexicon
from kg.model import EntityType, Mention
from kg.resolve.names import ORGANIZATION, exact_key, is_acronym, words

#: A resolution unit: category and key (``kg.resolve.units.UnitKey``).
UnitKey = tuple[str, str]


class NamedBody(Protocol):
    """What this rule reads of a named mention (``kg.resolve.units.Named``)."""

    name: str
    alias: object | None
    qualifier: str
    mention: Mention


#: The fewest words a short name has: one word ("Hội") names a kind, not a body.
_MIN_WORDS = 2

#: The most words a place ending a body's name has ("Bà Rịa - Vũng Tàu").
_MAX_PLACE_WORDS = 5

_PLACE_TYPES = frozenset({EntityType.COUNTRY, EntityType.REGION, EntityType.CITY})


@lru_cache(maxsize=65_536)
def _without_place(name: str) -> str | None:
    """``name`` without the listed country, province or city that ends it, as a key, or None."""
    parts = words(name)
    names = load_lexicon().names
    for size in range(min(_MAX_PLACE_WORDS, len(parts) - _MIN_WORDS), 0, -1):
        if names.get(" ".join(parts[-size:])) in _PLACE_TYPES:
            return exact_key(" ".join(parts[:-size]))
    return None


def bodies_without_their_place(units: dict[UnitKey, list[NamedBody]]) -> dict[UnitKey, UnitKey]:
    """Organisation units that are exactly one longer organisation name of the build without the place
    ending it, the two written in one article ("Hiệp hội Vận tải" -> "Hiệp hội Vận tải Việt Nam")."""
    usable = {
        unit: items
        for unit, items in units.items()
        if unit[0] == ORGANIZATION and items and items[0].alias is None and not items[0].qualifier
    }
    full_names: dict[str, list[UnitKey]] = defaultdict(list)
    for unit, items in usable.items():
        if (short := _without_place(items[0].name)) is not None:
            full_names[short].append(unit)
    merges = {}
    for unit, items in usable.items():
        name = items[0].name
        if len(words(name)) < _MIN_WORDS or is_acronym(name):
            continue
        longer = [u for u in full_names.get(exact_key(name), ()) if u != unit]
        if len(longer) != 1:
            continue
        articles = {i.mention.article_id for i in items}
        if articles & {i.mention.article_id for i in usable[longer[0]]}:
            merges[unit] = longer[0]
    return merges
