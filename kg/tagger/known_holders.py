"""Officeholders' full names are persons.

The tagger now and then types a well-known officeholder's name as a body, misled by a
syllable that is also a word of bodies ("Ban Ki-moon", where "Ban" is a board). A tagged
span that is exactly the full name (two syllables or more) of a holder of the table of
officeholders (``ontology/officeholders.tsv``) and that the tagger typed a body is a person;
one typed a place is left alone ("Hồ_Chí_Minh" is also the city). Such a full name that the
rules typed a body and the tagger left out, with no tagged span touching it ("Tổng_thư_ký Liên_Hợp
Quốc Ban Ki-moon"), is a person too (``officeholders_kept``).
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


def officeholders_kept(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each rule name typed a body that is an officeholder's full name and that no tagged
    span touches, as a person (the rules' person the tagger left out stays out: "đạo_đức Hồ_Chí_Minh"
    in a title of a campaign)."""
    holders = officeholders_by_name()
    kept = [
        replace(m, type=EntityType.PERSON, confidence=None)
        for m in rule_names
        if m.type in _BODIES
        and _full_name(name_key(m.text))
        and name_key(m.text) in holders
        and not any(t.start < m.end and m.start < t.end for t in tagged)
    ]
    return tagged + kept
