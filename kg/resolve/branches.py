"""A company's branch in a country, read as a person: "Abbott Việt Nam", "Samsung Việt Nam".

A foreign name followed by the name of a country is how news names a
company's arm there ("Tổng giám đốc Abbott Việt Nam"); no person is named so.
``read_branches`` makes a name typed a person whose last words are a country
of the alias table, written with two words or more, and whose other words
are all foreign (none a Vietnamese syllable: "Nguyễn Việt Nam" is a person),
an organisation.
"""

from __future__ import annotations

from kg.lexicon.syllables import is_vietnamese_syllable
from kg.model import EntityType
from kg.resolve.aliases import AliasTable
from kg.resolve.names import LOCATION, ORGANIZATION, PERSON, exact_key, words
from kg.resolve.units import Named


def branch_country(name: str, table: AliasTable) -> str | None:
    """The country a company's branch is named with ("Abbott Việt Nam" -> "Việt Nam"), or None."""
    parts = words(name)
    for size in range(min(4, len(parts) - 1), 1, -1):
        entry = table.lookup(LOCATION, " ".join(parts[-size:]))
        if entry is None or entry.type is not EntityType.COUNTRY:
            continue
        if all(not is_vietnamese_syllable(exact_key(p)) for p in parts[:-size]):
            return entry.canonical
    return None


def read_branches(named: list[Named], table: AliasTable, notes: dict[tuple[str, int, int], str]) -> None:
    """Make the names of ``named`` typed a person that name a company's branch in a country organisations."""
    for item in named:
        if item.category != PERSON or item.mention.key in notes:
            continue
        country = branch_country(item.name, table)
        if country is None:
            continue
        notes[item.mention.key] = f"an organization: '{item.name}' is a foreign name and the country '{country}' (person by type)"
        item.category = ORGANIZATION
