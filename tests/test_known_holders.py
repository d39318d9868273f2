"""A well-known officeholder's full name the tagger typed a body is a person (kg.tagger.known_holders)."""

from __future__ import annotations

import pytest

from kg.model import EntityType, Mention
from kg.tagger.known_holders import officeholders_typed


def _span(text: str, entity_type: EntityType) -> Mention:
    return Mention("a", 0, 0, len(text), text, entity_type)


@pytest.mark.parametrize(
    ("text", "given", "expected"),
    [
        # full names of the table, typed a body, are persons
        ("Ban Ki-moon", EntityType.ORGANIZATION, EntityType.PERSON),
        ("Ban_Ki-moon", EntityType.NEWS_AGENCY, EntityType.PERSON),
        ("Shinzo Abe", EntityType.ORGANIZATION, EntityType.PERSON),
        # a place of the same words stays a place ("Hồ_Chí_Minh", the city)
        ("Hồ Chí Minh", EntityType.CITY, EntityType.CITY),
        # a short name is no full name: "Abe" alone stays as the tagger typed it
        ("Abe", EntityType.ORGANIZATION, EntityType.ORGANIZATION),
        # a body's name the table does not hold stays a body
        ("Ban Tuyên giáo", EntityType.ORGANIZATION, EntityType.ORGANIZATION),
    ],
)
def test_known_holders_typed(text, given, expected):
    assert officeholders_typed([_span(text, given)])[0].type is expected


def test_known_holders_leave_the_taggers_type_of_other_names():
    from kg.analyse import analyse
    from kg.model import Article
    from kg.tagger.mentions import learned_mentions

    from helpers import FixedTagger

    text = "Ông Lê_Văn_Tám đón Ban_Ki-moon ."
    analysed = analyse(Article(id="t", text=text, source="test", segmented=True))
    rules = tuple(
        Mention("t", 0, text.index(name), text.index(name) + len(name), name, EntityType.PERSON)
        for name in ("Lê_Văn_Tám", "Ban_Ki-moon")
    )
    tagger = FixedTagger({"Lê_Văn_Tám": ("Organization", 0.4), "Ban_Ki-moon": ("Organization", 0.4)})
    found = {(m.text, m.type) for m in learned_mentions(analysed, rules, tagger)}
    # the tagger's type wins for a name the table does not hold, not for an officeholder's
    assert ("Lê_Văn_Tám", EntityType.ORGANIZATION) in found
    assert ("Ban_Ki-moon", EntityType.PERSON) in found
