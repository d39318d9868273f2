"""Gifts whose giver is named in a clause describing the item ("cây bồ_đề do X tặng Y") and gifts
whose recipient follows a verb of greeting ("tặng hoa chúc_mừng Y")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def gifts(markup: str) -> list[tuple[str, str, tuple[str, ...]]]:
    _, events = relations(markup)
    return [
        (e.mentions("agent")[0].text, e.mentions("recipient")[0].text, e.items)
        for e in events
        if e.type is EventType.GIFT_GIVING
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the giver after "do", in a clause describing the item
        (
            "Chùa có cây bồ_đề do Tổng_thống [COUNTRY Ấn_Độ] [PER Prasat] tặng Chủ_tịch [PER Hồ_Chí_Minh] {năm 1957|1957} .",
            [("Prasat", "Hồ_Chí_Minh", ("cây bồ đề",))],
        ),
        ("Bức tranh do ông [PER Lê_Minh] tặng bà [PER Trần_Hoa] rất đẹp .", [("Lê_Minh", "Trần_Hoa", ("tranh",))]),
        # the recipient after a verb of greeting
        (
            "Bộ_trưởng [PER Trần_Đại_Quang] tặng hoa chúc_mừng Thượng_tướng [PER Bùi_Văn_Nam] .",
            [("Trần_Đại_Quang", "Bùi_Văn_Nam", ("hoa",))],
        ),
        ("[ORG Viettel] tặng quà động_viên em [PER Lê_An] .", [("Viettel", "Lê_An", ())]),
        # a greeting to no one named; a name far past the verb of greeting
        ("Ông [PER Lê_Minh] tặng hoa chúc_mừng thành_công của hội_nghị .", []),
        ("Ông [PER Lê_Minh] tặng hoa chúc_mừng các thầy_cô giáo của trường tiểu_học [ORG Tân_Lập] .", []),
        # a title with no name is no giver
        ("Cây do [REF Tổng_thống] tặng ông [PER Lê_Minh] .", []),
    ],
)
def test_gifts_told_otherwise(markup, expected):
    assert gifts(markup) == expected
