"""A body named after a post held there ("Nghị_sĩ Đảng Xanh ( Đức )") still has its seat in brackets."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def located(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "locatedIn"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông chụp ảnh cùng [ORG Nghị_sĩ|Đảng Lao_động] ( [COUNTRY Na_Uy] ) hôm qua .",
         {("Đảng Lao_động", "locatedIn", "Na_Uy")}),
        ("Bà là [ORG Tổng_biên_tập|Báo Người_Việt] ( [COUNTRY Úc] ) từ năm 2001 .",
         {("Báo Người_Việt", "locatedIn", "Úc")}),
        ("Ông là [ORG Giám_đốc|Sở Y_tế] ( [CITY Cần_Thơ] ) .", {("Sở Y_tế", "locatedIn", "Cần_Thơ")}),
        # a name that opens with no kind of body after a title is a person's: nothing
        ("Ông gặp [ORG Thượng_nghị_sĩ|Warner] ( [COUNTRY Mỹ] ) hôm qua .", set()),
        # the bracket holds another body or a list of places: no seat
        ("Ông là [ORG Giám_đốc|Sở Y_tế] ( [ORG Bộ Y_tế] ) .", set()),
        ("Các chuyến bay nối [CITY Hà_Nội] , [CITY Huế] , [CITY Đà_Nẵng] .", set()),
        ("Hai nước [COUNTRY Lào] , [COUNTRY Campuchia] ký hiệp_định .", set()),
    ],
)
def test_titled_body_seat_in_brackets(markup, expected):
    assert located(markup) == expected
