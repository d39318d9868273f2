"""Awards handed over are no gifts: decorations, titles, certificates of merit, and every "phong tặng",
"truy tặng", "tặng thưởng"; gifts, flowers and goods still are."""

from __future__ import annotations

import pytest

from test_relations_markup import gift_pairs as gifts


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Chủ_tịch [PER Lê_Minh] trao_tặng Huân_chương Độc_lập cho [ORG Công_ty Sông_Đà] .", []),
        ("Ông [PER Lê_Minh] đã tặng bằng_khen cho bà [PER Trần_Hoa] .", []),
        ("Ông [PER Lê_Minh] tặng bà [PER Trần_Hoa] danh_hiệu Nghệ_sĩ Nhân_dân .", []),
        ("Ông [PER Lê_Minh] trao_tặng một tấm huy_chương cho bà [PER Trần_Hoa] .", []),
        ("[ORG Nhà_nước] truy tặng ông [PER Trần_Văn_Ơn] danh_hiệu cao_quý .", []),
        ("Ông [PER Lê_Minh] tặng_thưởng cho bà [PER Trần_Hoa] .", []),
        # gifts stay gifts
        ("Ông [PER Lê_Minh] tặng bà [PER Trần_Hoa] một bó hoa .", [("Lê_Minh", "Trần_Hoa")]),
        ("Ông [PER Lê_Minh] trao_tặng 50 suất quà cho [ORG Trường Tiểu_học Hòa_Bình] .", [("Lê_Minh", "Trường Tiểu_học Hòa_Bình")]),
    ],
)
def test_gift_awards_are_no_gifts(markup, expected):
    assert gifts(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the tagger took the decoration for a name: still an award
        ("Ông [PER Lê_Minh] trao_tặng [FAC Huân_chương Trần_Hưng_Đạo] cho [ORG Quân_khu 5] .", []),
        # a person whose name opens like an award's noun is given a gift
        ("Ông [PER Lê_Minh] tặng [PER Bằng_Lăng] một bó hoa .", [("Lê_Minh", "Bằng_Lăng")]),
    ],
)
def test_gift_awards_named_by_the_tagger(markup, expected):
    assert gifts(markup) == expected
