"""Teams and players who "gặp" each other in a round, on a home ground or in a cup play a match, and a
trouble met ("gặp phải", "gặp khó_khăn") is no one met: no meeting."""

from __future__ import annotations

import pytest

from test_relations_markup import meetings


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[ORG Sông_Lam Nghệ_An] sẽ gặp [ORG Hải_Phòng] ở vòng 3 .", []),
        ("[ORG Sông_Lam Nghệ_An] gặp [ORG Hải_Phòng] trong trận lượt đi .", []),
        ("[ORG Sông_Lam Nghệ_An] sẽ gặp [ORG Hải_Phòng] trên sân nhà .", []),
        ("[ORG Sông_Lam Nghệ_An] gặp [ORG Hải_Phòng] ở vòng bảng .", []),
        # a round of talks is no contest word
        (
            "Bộ_trưởng [PER Lê_Minh] đã gặp ông [PER Tom_Rice] trước vòng đàm_phán mới .",
            [{"Lê_Minh", "Tom_Rice"}],
        ),
    ],
)
def test_meeting_contests(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a trouble met, not a person
        ("Ông [PER Lê_Minh] gặp phải sự phản_đối của ông [PER Tom_Rice] .", []),
        ("Bà [PER Trần_Hoa] gặp nạn khi đi cùng ông [PER Tom_Rice] .", []),
        ("[ORG Công_ty Nam_Á] gặp khó_khăn với [ORG Ngân_hàng Á_Châu] .", []),
        # a person met
        ("Ông [PER Lê_Minh] gặp ông [PER Tom_Rice] tại văn_phòng .", [{"Lê_Minh", "Tom_Rice"}]),
    ],
)
def test_meeting_troubles_met(markup, expected):
    assert meetings(markup) == expected
