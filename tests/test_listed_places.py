"""A listed town whose last syllable the tagger reads alone as a person ("An" of "Hội An") is the
town; a person named like a town, or only partly, stays a person. Raw text through the whole
per-article stage."""

from __future__ import annotations

import pytest

from helpers import names_and_types
from kg.model import EntityType


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Hội An và Phú Quốc đón nhiều khách quốc tế trong dịp Tết.", "Hội An"),
        ("Hội An, Huế và Đà Nẵng là những điểm đến hấp dẫn.", "Hội An"),
        ("Hội An và Hạ Long được nhiều du khách châu Âu yêu thích.", "Hội An"),
    ],
)
def test_towns_read_in_part_as_persons_are_towns(text, town):
    mentions = names_and_types(text)
    assert mentions.get(town) is EntityType.CITY
    assert EntityType.PERSON not in mentions.values()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ông An nói sẽ trở lại vào tuần sau.", "An"),
        ("Chị Nguyễn Thị An sống ở Hội An đã nhiều năm.", "Nguyễn Thị An"),
        ("Thủ môn Vĩnh Lợi được triệu tập lên đội tuyển.", "Vĩnh Lợi"),
    ],
)
def test_persons_named_like_towns_stay_persons(text, person):
    assert names_and_types(text).get(person) is EntityType.PERSON
