"""A lower unit in brackets after the place that holds it ("Bình_Định ( huyện Tây_Sơn )") lies in it."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def located(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "locatedIn"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông sinh ra ở [REGION Quảng_Ngãi] ( huyện [REGION Mộ_Đức] ) năm 1950 .",
         {("Mộ_Đức", "locatedIn", "Quảng_Ngãi")}),
        ("Cô về quê [CITY Hải_Phòng] ( huyện [REGION Vĩnh_Bảo] ) ăn Tết .", {("Vĩnh_Bảo", "locatedIn", "Hải_Phòng")}),
        ("Dự_án đặt tại huyện [REGION Gia_Lâm] ( xã [REGION Kiêu_Kỵ] ) .", {("Kiêu_Kỵ", "locatedIn", "Gia_Lâm")}),
        # the bracket holds a higher unit: read the usual way round, not reversed
        ("Ông sinh ra ở [REGION Mộ_Đức] ( tỉnh [REGION Quảng_Ngãi] ) năm 1950 .",
         {("Mộ_Đức", "locatedIn", "Quảng_Ngãi")}),
        # no word of level in the bracket, or more than one place in it: nothing reversed
        ("Ông sinh ra ở [REGION Quảng_Ngãi] ( [REGION Mộ_Đức] ) năm 1950 .", set()),
        ("Ông đến [REGION Quảng_Ngãi] ( huyện [REGION Mộ_Đức] , huyện [REGION Đức_Phổ] ) .", set()),
        # a country before the bracket has no rank to compare (left alone); a list of places gives nothing
        ("Đoàn thăm [COUNTRY Lào] ( tỉnh [REGION Champasak] ) tuần trước .", set()),
        ("Các chuyến bay nối [CITY Hà_Nội] , [CITY Huế] , [CITY Đà_Nẵng] .", set()),
        ("Hai nước [COUNTRY Lào] , [COUNTRY Campuchia] ký hiệp_định .", set()),
    ],
)
def test_lower_unit_in_brackets(markup, expected):
    assert located(markup) == expected
