"""A place's name set in a league table beside a side, or met at a stage of a tournament after a side, is a team
(raw text through the whole per-article stage); the same words outside sports keep the place."""

from __future__ import annotations

import pytest

from helpers import extracted

ORG = "Organization"


def names_and_types(text: str) -> set[tuple[str, str]]:
    """Each (name, type) the whole per-article stage reads in ``text``, every mention of a name counted."""
    return {(m.name, m.type.value) for m in extracted(text).mentions if not m.reference}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of rank after a word of standing in a table, and the names after it joined by a comma or "và"
        (
            "Ở vòng bảng, Việt Nam xếp thứ hai sau Hàn Quốc, trên Australia và Syria.",
            {("Việt Nam", ORG), ("Hàn Quốc", ORG), ("Australia", ORG), ("Syria", ORG)},
        ),
        ("Tuyển Thái Lan thua 0-1. Thái Lan đứng ngay sau Malaysia và trên Lào.", {("Thái Lan", ORG), ("Malaysia", ORG), ("Lào", ORG)}),
        ("Đội tuyển Indonesia hòa 1-1. Indonesia tụt xuống thứ ba, dưới Philippines.", {("Indonesia", ORG), ("Philippines", ORG)}),
        # a margin in points around the name
        ("Đội tuyển Việt Nam đứng đầu bảng, hơn Thái Lan 2 điểm.", {("Thái Lan", ORG)}),
        ("U19 Myanmar thắng 3-0 và chỉ còn kém Campuchia một điểm.", {("Campuchia", ORG)}),
        # the sides met at the stages of a tournament, one after the other
        ("Malaysia đã vượt qua Lào ở lượt đi và Myanmar ở lượt về.", {("Malaysia", ORG), ("Lào", ORG), ("Myanmar", ORG)}),
        (
            "U23 Việt Nam thắng U23 Lào. Thầy trò HLV Park đã vượt qua Qatar ở bán kết và Iraq ở tứ kết.",
            {("Qatar", ORG), ("Iraq", ORG)},
        ),
        # what only a side does, after the side
        ("Tuyển Thái Lan để thua Malaysia 0-1. Thái Lan xếp cuối bảng.", {("Thái Lan", ORG)}),
        ("U23 Việt Nam gặp U23 Iraq ở tứ kết. Việt Nam chơi phòng ngự và Iraq cầm bóng nhiều hơn.", {("Việt Nam", ORG), ("Iraq", ORG)}),
        ("Đội tuyển Nhật Bản hòa 0-0. Hàn Quốc giành chức vô địch sau khi thắng Úc.", {("Hàn Quốc", ORG)}),
        ("Tuyển Trung Quốc ra quân. Trung Quốc để thủng lưới hai bàn trong hiệp một.", {("Trung Quốc", ORG)}),
        # the sides "giữa" which a match of a stage is played, and sides that "chạm trán" each other
        ("Trận chung kết U23 châu Á giữa Việt Nam và Uzbekistan diễn ra chiều nay.", {("Việt Nam", ORG), ("Uzbekistan", ORG)}),
        ("Ở vòng bảng, Singapore sẽ chạm trán với Philippines.", {("Singapore", ORG), ("Philippines", ORG)}),
    ],
)
def test_a_side_in_a_table_or_at_a_stage_is_the_team(text, expected):
    assert expected <= names_and_types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rankings of countries outside sports
        ("Về GDP bình quân, Việt Nam xếp thứ tư sau Singapore, Malaysia và Thái Lan.", {("Singapore", "Country"), ("Thái Lan", "Country")}),
        ("Sản lượng gạo của Việt Nam đứng sau Ấn Độ và Thái Lan.", {("Ấn Độ", "Country"), ("Thái Lan", "Country")}),
        ("Giá điện của Lào cao hơn Campuchia 2 lần.", {("Campuchia", "Country")}),
        ("Hợp tác kinh tế giữa Việt Nam và Lào được đẩy mạnh.", {("Việt Nam", "Country"), ("Lào", "Country")}),
        # places visited at the times of a journey
        ("Bộ trưởng đã thăm Nhật Bản ở đầu tháng và Hàn Quốc ở cuối tháng.", {("Nhật Bản", "Country"), ("Hàn Quốc", "Country")}),
        # in an article of sports, a verb of standing that sets no rank
        ("U23 Việt Nam thắng Lào 2-0. Sau trận, cả đội xếp hành lý ở khách sạn trên Bangkok.", {("Bangkok", "City")}),
        ("U23 Việt Nam thắng Lào 2-0. Người hâm mộ Việt Nam đứng chờ sau Nội Bài.", {("Việt Nam", "Country")}),
    ],
)
def test_the_same_words_outside_a_table_keep_the_place(text, expected):
    assert expected <= names_and_types(text)
