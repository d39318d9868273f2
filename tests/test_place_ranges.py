"""The two ends of a range of units of a region ("các tỉnh miền Trung từ A đến B") lie in it."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def located(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "locatedIn"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Mưa lớn kéo_dài ở các tỉnh [REGION miền Bắc] từ [REGION Lào_Cai] đến [REGION Ninh_Bình] .",
         {("Lào_Cai", "locatedIn", "miền Bắc"), ("Ninh_Bình", "locatedIn", "miền Bắc")}),
        ("Hàng cứu_trợ được chuyển tới những địa_phương [REGION Tây_Nguyên] từ [REGION Kon_Tum] tới [REGION Lâm_Đồng] .",
         {("Kon_Tum", "locatedIn", "Tây_Nguyên"), ("Lâm_Đồng", "locatedIn", "Tây_Nguyên")}),
        ("Đoàn đi qua các nước [REGION Bắc_Âu] từ [COUNTRY Na_Uy] đến [COUNTRY Phần_Lan] .",
         {("Na_Uy", "locatedIn", "Bắc_Âu"), ("Phần_Lan", "locatedIn", "Bắc_Âu")}),
        # no plural unit before the region: a trip from A to B says nothing of where they lie
        ("Ông đi khắp [REGION miền Trung] từ [REGION Quảng_Bình] đến [REGION Bình_Định] .", set()),
        ("Đoàn xe chạy từ [CITY Hà_Nội] đến [CITY Vinh] trong hai ngày .", set()),
        # no range words: a list of places is no located-in
        ("Các tỉnh [REGION miền Trung] , [REGION Quảng_Bình] , [REGION Quảng_Trị] bị ngập .", set()),
        ("Các chuyến bay nối [CITY Hà_Nội] , [CITY Huế] , [CITY Đà_Nẵng] .", set()),
        # a date after "từ" is no place
        ("Các tỉnh [REGION miền Trung] từ ngày 5 đến ngày 9 có mưa to .", set()),
        # two countries side by side give nothing
        ("Hai nước [COUNTRY Lào] [COUNTRY Campuchia] ký hiệp_định .", set()),
    ],
)
def test_range_ends_lie_in_the_region(markup, expected):
    assert located(markup) == expected
