"""Officeholders' full names are persons.

The tagger now and then types a well-known officeholder's name as a body, misled by a
syllable that is also a word of bodies ("Ban Ki-moon", where "Ban" is a board). A tagged
span that is exactly the full name (two syllables or more) of a holder of the table of
officeholders (``ontology/officeholders.tsv``) and that the tagger typed a body is a person;
one typed a place is left alone ("Hồ_Chí_Minh" is also the city).
"""

from __future__ import annotations

from dataclasses import replace

from kg.lexicon.officeholders import name_key, officeholders_by_name
from kg.model import EntityType, Mention

#: The types of a body, which a person's name misread may be given.
_BODIES = frozenset({EntityType.ORGANIZATION, EntityType.NEWS_AGENCY, EntityType.FACILITY})
#: A short name ("Kerry", "Abe") may be a place or a word: only full names are read.
_FULL_NAME_SYLLABLES = 2


def officeholders_typed(tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each span typed a body that is an officeholder's full name typed a person."""
    holders = officeholders_by_name()
    return [
        replace(m, type=EntityType.PERSON)
        if m.type in _BODIES and _full_name(name_key(m.text)) and name_key(m.text) in holders
        else m
        for m in tagged
    ]


def _full_name(key: tuple[str, ...]) -> bool:
    return len(key) >= _FULL_NAME_SYLLABLES
