"""A person's name right after a lowercase word for a street ("đường", "phố", "đại lộ", "ngõ") is
the street, a Location; not after "thành phố", "nhường đường", "con đường", a title or an honorific,
nor after a street word written capitalised or joined to the word before it."""

from __future__ import annotations

import pytest

from kg.model import Article, EntityType, Mention
from kg.pipeline import extract_article
from kg.tagger.streets import streets_named_after_people


def _person(text: str, name: str, **fields) -> Mention:
    start = text.index(name)
    return Mention("a", 0, start, start + len(name), name, EntityType.PERSON, confidence=0.9, **fields)


@pytest.mark.parametrize(
    ("text", "name", "fields", "expected"),
    [
        ("Cửa hàng nằm trên đường Trần Hưng Đạo, quận 1.", "Trần Hưng Đạo", {}, EntityType.LOCATION),
        ("Một ngôi nhà ở phố Lý Thái Tổ bị cháy.", "Lý Thái Tổ", {}, EntityType.LOCATION),
        ("Xe buýt chạy dọc đại lộ Phạm Văn Đồng.", "Phạm Văn Đồng", {}, EntityType.LOCATION),
        ("Nhà chị ở ngõ Nguyễn Chí Thanh.", "Nguyễn Chí Thanh", {}, EntityType.LOCATION),
        ("Nhà chị ở đường_phố Bà_Triệu .", "Bà_Triệu", {}, EntityType.LOCATION),
        # no street word, or one that is part of another word
        ("Ông Nguyễn Văn Linh đến thăm Đà Nẵng.", "Nguyễn Văn Linh", {}, EntityType.PERSON),
        ("Đoàn đã đến thành phố Hồ Chí Minh.", "Hồ Chí Minh", {}, EntityType.PERSON),
        ("Con đường Hồ Chí Minh đã chọn là độc lập.", "Hồ Chí Minh", {}, EntityType.PERSON),
        ("Các xe phải nhường đường Trần Văn Hùng nói.", "Trần Văn Hùng", {}, EntityType.PERSON),
        ("Bộ trưởng đã lên_đường Lê_Văn_Tám nói .", "Lê_Văn_Tám", {}, EntityType.PERSON),
        # a title or an honorific before the name: a person
        ("Ngày mai trên đường về, ông Lê Văn Hai sẽ ghé.", "Lê Văn Hai", {"honorific": "ông"}, EntityType.PERSON),
        # the street word capitalised opens a sentence or a name of its own
        ("Đường Lê Lợi bị ngập.", "Lê Lợi", {}, EntityType.PERSON),
    ],
)
def test_streets_named_after_people(text, name, fields, expected):
    (found,) = streets_named_after_people(text, [_person(text, name, **fields)])
    assert found.type is expected
    assert (found.start, found.end) == (text.index(name), text.index(name) + len(name))


def test_streets_named_after_people_raw():
    text = "Một vụ tai nạn xảy ra trên đường Lê Duẩn, quận Thanh Khê, sáng qua."
    mentions = {(m.text, m.type) for m in extract_article(Article(id="a", text=text, source="test")).mentions}
    assert ("Lê Duẩn", EntityType.LOCATION) in mentions
