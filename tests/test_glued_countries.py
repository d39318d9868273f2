"""A country the segmenter glued to the name after a state's title is split off (kg/tagger/glued_countries.py)."""

from __future__ import annotations

import pytest

from kg.model import EntityType, Mention
from kg.tagger.glued_countries import glued_countries_split


def _titled_person(text: str, title: str, name: str) -> Mention:
    title_start = text.index(title)
    start = text.index(name, title_start + len(title))
    return Mention(
        "a", 0, start, start + len(name), name, EntityType.PERSON,
        confidence=0.9, title_span=(title_start, title_start + len(title)),
    )


@pytest.mark.parametrize(
    ("text", "title", "name", "expected"),
    [
        ("Tổng_thống Mexico_Nieto phát_biểu .", "Tổng_thống", "Mexico_Nieto", [("Mexico", "Country"), ("Nieto", "Person")]),
        ("Thủ_tướng Anh_David Cameron nói .", "Thủ_tướng", "Anh_David Cameron", [("Anh", "Country"), ("David Cameron", "Person")]),
        ("Ngoại_trưởng Hàn_Quốc_Yun Byung-se đến .", "Ngoại_trưởng", "Hàn_Quốc_Yun Byung-se", [("Hàn_Quốc", "Country"), ("Yun Byung-se", "Person")]),
        # no state's title: a given name that opens with a country's word stays whole
        ("Tiền_đạo Đức_Chinh ghi_bàn .", "Tiền_đạo", "Đức_Chinh", [("Đức_Chinh", "Person")]),
        ("Ca_sĩ Mỹ_Tâm hát .", "Ca_sĩ", "Mỹ_Tâm", [("Mỹ_Tâm", "Person")]),
        # a title that takes a city or province ("Chủ_tịch") does not split
        ("Chủ_tịch Đức_Thắng phát_biểu .", "Chủ_tịch", "Đức_Thắng", [("Đức_Thắng", "Person")]),
        # the rest must be a name: nothing lowercase after the country
        ("Tổng_thống Mexico_mới phát_biểu .", "Tổng_thống", "Mexico_mới", [("Mexico_mới", "Person")]),
        # a name that opens with no listed country
        ("Tổng_thống Enrique_Pena Nieto phát_biểu .", "Tổng_thống", "Enrique_Pena Nieto", [("Enrique_Pena Nieto", "Person")]),
    ],
)
def test_glued_countries_split(text, title, name, expected):
    result = glued_countries_split(text, [], [_titled_person(text, title, name)])
    assert [(m.text, m.type.value) for m in result] == expected
    assert all(text[m.start : m.end] == m.text for m in result)


def test_glued_country_gives_the_post_in_a_whole_article():
    from kg.model import Article
    from kg.pipeline import extract_article

    text = "Trong cuộc điện_đàm với Tổng_thống Mexico_Nieto , ông Obama đã cam_kết điều_tra ."
    extraction = extract_article(Article(id="a", text=text, source="test", segmented=True))
    assert ("Nieto", "presidentOf", "Mexico") in [(s.subject.text, s.predicate, s.object.text) for s in extraction.statements]
