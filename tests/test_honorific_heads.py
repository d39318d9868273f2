"""A tagged person opening with the honorific the rules read before the name loses it, only where a
lowercase word goes on after the name; bylines and names the rules read whole keep their span."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article, EntityType, Mention
from kg.tagger.honorific_heads import honorifics_left_out


def _mention(sentence: str, span: str, entity_type: EntityType, honorific: str | None = None) -> Mention:
    start = sentence.index(span)
    return Mention("a", 0, start, start + len(span), span, entity_type, honorific=honorific, confidence=0.9)


CASES = [
    # (sentence, tagged span and type, rule span and honorific, the spans after)
    ("Anh Tuấn cho biết giá rau tăng .", ("Anh Tuấn", EntityType.PERSON), ("Tuấn", "anh"), ["Tuấn"]),
    ("Chị Lan là nhân_viên ngân_hàng .", ("Chị Lan", EntityType.PERSON), ("Lan", "chị"), ["Lan"]),
    ("Bà Nguyễn_Thị Hoa kể lại .", ("Bà Nguyễn_Thị Hoa", EntityType.PERSON), ("Nguyễn_Thị Hoa", "bà"), ["Nguyễn_Thị Hoa"]),
    ("Ông Minh_Đức nói rằng …", ("Ông Minh_Đức", EntityType.PERSON), ("Minh_Đức", "ông"), ["Minh_Đức"]),
    # a byline: nothing lowercase after the name
    ("Anh Tuấn", ("Anh Tuấn", EntityType.PERSON), ("Tuấn", "anh"), ["Anh Tuấn"]),
    ("( Anh Tuấn )", ("Anh Tuấn", EntityType.PERSON), ("Tuấn", "anh"), ["Anh Tuấn"]),
    ("Anh Tuấn/VOV", ("Anh Tuấn", EntityType.PERSON), ("Tuấn", "anh"), ["Anh Tuấn"]),
    ("Anh Tuấn Xe tải lật trên quốc_lộ", ("Anh Tuấn", EntityType.PERSON), ("Tuấn", "anh"), ["Anh Tuấn"]),
    # the rules read no honorific, or another word, before the name
    ("Anh Tuấn cho biết .", ("Anh Tuấn", EntityType.PERSON), ("Tuấn", None), ["Anh Tuấn"]),
    ("Cô Tấm là nhân_vật cổ_tích .", ("Cô Tấm", EntityType.PERSON), ("Tấm", "bà"), ["Cô Tấm"]),
    # not a person
    ("Bà Rịa là thành_phố .", ("Bà Rịa", EntityType.CITY), ("Rịa", "bà"), ["Bà Rịa"]),
]


@pytest.mark.parametrize(("sentence", "tagged", "rule", "expected"), CASES)
def test_honorific_left_out_of_the_name(
    sentence: str, tagged: tuple[str, EntityType], rule: tuple[str, str | None], expected: list[str]
) -> None:
    rule_name = _mention(sentence, rule[0], EntityType.PERSON, honorific=rule[1])
    result = honorifics_left_out(sentence, [rule_name], [_mention(sentence, *tagged)])
    assert [m.text for m in result] == expected


def test_the_rules_mention_keeps_its_honorific_and_the_taggers_confidence() -> None:
    sentence = "Anh Tuấn cho biết ."
    rule_name = _mention(sentence, "Tuấn", EntityType.PERSON, honorific="anh")
    tagged = Mention("a", 0, 0, 8, "Anh Tuấn", EntityType.PERSON, confidence=0.61)
    (result,) = honorifics_left_out(sentence, [rule_name], [tagged])
    assert (result.start, result.end, result.honorific, result.confidence) == (4, 8, "anh", 0.61)


def test_a_vox_pop_article_names_the_person_without_the_honorific() -> None:
    text = (
        "Sáng nay, nhiều người dân Hà Nội đi chợ mua rau. Anh Tuấn cho biết giá rau tăng gấp đôi. "
        "Anh Tuấn là công nhân. Bà Lan nói giá thịt không đổi."
    )
    extraction = extract_article(Article(id="vox", text=text, source="vox.txt", segmented=False))
    persons = [m.text for m in extraction.mentions if m.type == EntityType.PERSON and not m.reference]
    assert "Anh Tuấn" not in persons
    assert persons.count("Tuấn") == 2
