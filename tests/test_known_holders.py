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


def _at(sentence: str, name: str, entity_type: EntityType) -> Mention:
    start = sentence.index(name)
    return Mention("a", 0, start, start + len(name), name, entity_type)


_SENTENCE = "Tổng_thư_ký Liên_Hợp Quốc Ban Ki-moon và ông Lê_Minh tới Hồ_Chí_Minh ."


@pytest.mark.parametrize(
    ("name", "given", "tagged", "expected"),
    [
        # a holder's full name the rules found and the tagger left out is a person
        ("Ban Ki-moon", EntityType.ORGANIZATION, [], [("Ban Ki-moon", EntityType.PERSON)]),
        # a tagged span touching it decides
        ("Ban Ki-moon", EntityType.ORGANIZATION, [("Ban", EntityType.ORGANIZATION)], [("Ban", EntityType.ORGANIZATION)]),
        # a name the table does not hold, and a place of a holder's words, are left out
        ("Lê_Minh", EntityType.ORGANIZATION, [], []),
        # a person of the rules the tagger left out stays out
        ("Ban Ki-moon", EntityType.PERSON, [], []),
        ("Hồ_Chí_Minh", EntityType.CITY, [], []),
    ],
)
def test_known_holders_kept_where_the_tagger_left_them_out(name, given, tagged, expected):
    from kg.tagger.known_holders import officeholders_kept

    spans = [_at(_SENTENCE, text, entity_type) for text, entity_type in tagged]
    result = officeholders_kept([_at(_SENTENCE, name, given)], spans)
    assert [(m.text, m.type) for m in result] == expected
