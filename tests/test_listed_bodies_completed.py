"""A body the tagger cut short of a name the lists hold whole ("Ủy_ban Tài_chính , Ngân_sách",
"Sở Tài_nguyên và Môi_trường") runs on to the end of that name, so its parent is read; a body set
beside its parent after a comma stays two names."""

from __future__ import annotations

import pytest


from kg.model import Article, EntityType, Mention
from kg.pipeline import extract_article
from kg.tagger.listed_bodies import listed_bodies_completed
from kg.tagger.syllables import syllable_spans


def _tagged(text: str, name: str, entity_type: EntityType = EntityType.ORGANIZATION) -> Mention:
    start = text.index(name)
    return Mention("a", 0, start, start + len(name), name, entity_type, confidence=0.9)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a generic body of a province, cut before "và"
        ("Sở Tài nguyên và Môi trường đã cấp phép .", ["Sở Tài nguyên"], ["Sở Tài nguyên và Môi trường"]),
        ("Sở Kế_hoạch và Đầu_tư đã cấp phép .", ["Sở Kế_hoạch"], ["Sở Kế_hoạch và Đầu_tư"]),
        # a listed body, its marks written otherwise ("," for "-"), the words after it tagged apart
        (
            "Ủy ban kinh tế, ngân sách của Quốc hội họp .",
            ["Ủy ban kinh tế", "Quốc hội"],
            ["Ủy ban kinh tế", "Quốc hội"],
        ),
        (
            "Ủy ban Tài chính, Ngân sách của Quốc hội họp .",
            ["Ủy ban Tài chính", "Ngân sách", "Quốc hội"],
            ["Ủy ban Tài chính, Ngân sách", "Quốc hội"],
        ),
        (
            "Bộ Lao động - Thương binh và Xã hội cho biết .",
            ["Bộ Lao động", "Xã hội"],
            ["Bộ Lao động - Thương binh và Xã hội"],
        ),
        # the text does not go on with the name
        ("Sở Tài nguyên và Khoáng sản đã cấp phép .", ["Sở Tài nguyên"], ["Sở Tài nguyên"]),
        ("Sở Tài nguyên . Môi trường đã cấp phép .", ["Sở Tài nguyên"], ["Sở Tài nguyên"]),
        # a listed body written whole after the comma: a unit beside its parent, two names
        ("Đại diện Đảng ủy, Bộ Công an đã dự .", ["Đảng ủy", "Bộ Công an"], ["Đảng ủy", "Bộ Công an"]),
        ("Ông A , Cục chống tham nhũng, Thanh tra Chính phủ nói .", ["Cục chống tham nhũng", "Thanh tra Chính phủ"], ["Cục chống tham nhũng", "Thanh tra Chính phủ"]),
    ],
)
def test_listed_bodies_completed(text, names, expected):
    found = listed_bodies_completed(text, syllable_spans(text), [_tagged(text, name) for name in names])
    assert [m.text for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


def test_listed_bodies_completed_leaves_persons():
    text = "Sở Tài nguyên và Môi trường đã cấp phép ."
    tagged = [_tagged(text, "Sở Tài nguyên", EntityType.PERSON)]
    assert listed_bodies_completed(text, syllable_spans(text), tagged) == tagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Tài nguyên và Môi trường trực thuộc UBND tỉnh Quảng Ninh.", ("Sở Tài nguyên và Môi trường", "partOf", "UBND tỉnh Quảng Ninh")),
        ("Chiều qua, Ủy ban tài chính, ngân sách của Quốc hội đã trình bày báo cáo.", ("Ủy ban tài chính, ngân sách", "partOf", "Quốc hội")),
    ],
)
def test_listed_bodies_completed_raw(text, expected):
    extraction = extract_article(Article(id="a", text=text, source="test"))
    assert expected in {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements}
