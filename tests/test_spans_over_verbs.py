"""A tagged span that runs over a body, a person's name, a verb after it and the next name is a
clause, not a name: it gives way to the rules' names inside it (``kg.tagger.trailing_words``)."""

from __future__ import annotations

import pytest

from helpers import names_and_types
from kg.model import EntityType, Mention
from kg.tagger.trailing_words import spans_over_verbs_split


def names_of(text: str) -> set[tuple[str, str]]:
    """(name, type) of every name mention the rules and the tagger read in raw ``text``."""
    return {(name, entity_type.value) for name, entity_type in names_and_types(text).items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Người phát ngôn Bộ Ngoại giao Trung Quốc Tần Cương nói Bắc Kinh phản đối.",
            {("Bộ Ngoại giao Trung Quốc", "Organization"), ("Tần Cương", "Person"), ("Bắc Kinh", "City")},
        ),
        (
            "Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng nói Hà Nội sẽ có thêm trung tâm thương mại.",
            {("Tập đoàn Vingroup", "Organization"), ("Phạm Nhật Vượng", "Person"), ("Hà Nội", "City")},
        ),
    ],
)
def test_spans_over_verbs_split_into_the_rules_names(text, expected):
    assert expected <= names_of(text)


def _mention(text: str, phrase: str, entity_type: EntityType, tagged: bool = False) -> Mention:
    start = text.index(phrase)
    return Mention("a", 0, start, start + len(phrase), phrase, entity_type, confidence=0.7 if tagged else None)


@pytest.mark.parametrize(
    ("text", "rule_names", "split"),
    [
        ("Bộ Y_tế Lê Văn Hòa nói Hà_Nội", [("Bộ Y_tế", "Organization"), ("Lê Văn Hòa", "Person"), ("Hà_Nội", "City")], True),
        ("Sở Tư_pháp Trần Minh Đức cho_biết Đà_Nẵng", [("Sở Tư_pháp", "Organization"), ("Trần Minh Đức", "Person"), ("Đà_Nẵng", "City")], True),
        # a one-syllable "person" may be a body's head: "Quỹ hỗ_trợ … Hà_Nội" stays one name
        ("Quỹ hỗ_trợ nông_dân Hà_Nội", [("Quỹ", "Person"), ("Hà_Nội", "City")], False),
        # no person before the verb: a body's own lowercase words
        ("Công_ty Đánh_giá đánh_giá Việt_Nam", [("Công_ty Đánh_giá", "Organization"), ("Việt_Nam", "Country")], False),
        # the words after the person open with no verb
        ("Trường Lê Văn Hòa quận Hà_Đông", [("Lê Văn Hòa", "Person"), ("Hà_Đông", "Region")], False),
        # a capitalised word between: part of a name
        ("Bộ Y_tế Lê Văn Hòa nói Tiếng Hà_Nội", [("Lê Văn Hòa", "Person"), ("Hà_Nội", "City")], False),
    ],
)
def test_spans_over_verbs_split_only_over_a_persons_clause(text, rule_names, split):
    names = [_mention(text, phrase, EntityType(kind)) for phrase, kind in rule_names]
    span = _mention(text, text, EntityType.ORGANIZATION, tagged=True)
    result = spans_over_verbs_split(names, [span])
    assert result == (names if split else [span])


def test_spans_over_verbs_a_rules_mention_is_left_as_it_is():
    text = "Bộ Y_tế Lê Văn Hòa nói Hà_Nội"
    names = [_mention(text, "Lê Văn Hòa", EntityType.PERSON), _mention(text, "Hà_Nội", EntityType.CITY)]
    whole = _mention(text, text, EntityType.ORGANIZATION)  # no confidence: not the tagger's
    assert spans_over_verbs_split(names, [whole]) == [whole]
