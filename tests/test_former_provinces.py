"""Provinces that no longer exist ("Hà Tây", "Sông Bé", "Nghệ Tĩnh") are still named in the news,
for where a person was born or a branch stands: they are regions, never a person's name, and
the speaker before them keeps his words. Raw text through the whole per-article stage."""

from __future__ import annotations

import pytest

from helpers import extracted as _extraction
from kg.model import EntityType, EventType


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ông Trần Văn Hùng, Phó Giám đốc Agribank chi nhánh Hà Tây, cho biết ngân hàng đã thu hồi nợ.", "Hà Tây"),
        ("Bà sinh năm 1962 ở huyện Thủ Dầu Một, tỉnh Sông Bé cũ.", "Sông Bé"),
        ("Ông Lê Văn Chiến từng công tác nhiều năm ở Nghệ Tĩnh trước khi ra Hà Nội.", "Nghệ Tĩnh"),
        ("Công ty được thành lập tại Hà Sơn Bình năm 1985.", "Hà Sơn Bình"),
    ],
)
def test_former_provinces_are_regions(text, place):
    mentions = {m.name: m.type for m in _extraction(text).mentions if not m.reference}
    assert mentions.get(place) is EntityType.REGION


def test_former_provinces_leave_the_speaker_his_words():
    extraction = _extraction("Ông Trần Văn Hùng, Phó Giám đốc Agribank chi nhánh Hà Tây, cho biết ngân hàng đã thu hồi nợ.")
    speakers = {r.mention.name for e in extraction.events if e.type is EventType.STATEMENT for r in e.roles if r.role == "agent"}
    assert speakers == {"Trần Văn Hùng"}


@pytest.mark.parametrize("text", ["Ông Nguyễn Minh Hải cho biết sẽ kháng cáo.", "Chị Trần Thị Nam Hà đã nhận giải."])
def test_former_provinces_given_names_like_them_stay_persons(text):
    assert any(m.type is EntityType.PERSON for m in _extraction(text).mentions)
