"""Whom a meeting names after its verb: the person after a title and its body, never a relative's
kin; and a photograph taken together as a meeting."""

from __future__ import annotations

import pytest

from test_meeting_variants import meetings


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the person named after a title and the body (and country in brackets) it heads
        (
            "Ông [PER Julian_Assange] gặp Nghị_sĩ [ORG Đảng Lao_động] ( [COUNTRY Anh] ) [PER Jeremy_Corbyn] tại [CITY London] .",
            [{"Julian_Assange", "Jeremy_Corbyn"}],
        ),
        (
            "Bà [PER Angela_Merkel] tiếp Thống_đốc [ORG Ngân_hàng Trung_ương] [COUNTRY Nhật_Bản] [PER Haruhiko_Kuroda] .",
            [{"Angela_Merkel", "Haruhiko_Kuroda"}],
        ),
        # a photograph taken together is a meeting of the two
        (
            "Ca_sĩ [PER Hồ_Ngọc_Hà] chụp ảnh cùng Đại_sứ [COUNTRY Pháp] [PER Jean-Noël_Poirier] tại [CITY Hà_Nội] .",
            [{"Hồ_Ngọc_Hà", "Jean-Noël_Poirier"}],
        ),
        ("Thủ_tướng [PER Lý_Hiển_Long] chụp hình với Tổng_thống [COUNTRY Indonesia] [PER Joko_Widodo] .", [{"Lý_Hiển_Long", "Joko_Widodo"}]),
        # whom a meeting noun names after "cùng" or "với", also after a title and its body
        (
            "Bộ_trưởng [PER Trần_Hồng_Hà] đã có buổi làm_việc cùng Thống_đốc [ORG Ngân_hàng Trung_ương] [COUNTRY Hàn_Quốc] [PER Rhee_Chang-yong] .",
            [{"Trần_Hồng_Hà", "Rhee_Chang-yong"}],
        ),
        ("Bà [PER Angela_Merkel] có cuộc gặp cùng với ông [PER Emmanuel_Macron] .", [{"Angela_Merkel", "Emmanuel_Macron"}]),
        ("Ông [PER Trần_Hồng_Hà] có buổi làm_việc cùng các doanh_nghiệp .", []),
        ("Ông [PER Trần_Hồng_Hà] có cuộc gặp cùng anh_trai của [PER Rhee_Chang-yong] .", []),
        # a relative of the one named is met, not the one named
        ("Cầu_thủ [PER Ronaldo] gặp anh_trai của [PER Lionel_Messi] .", []),
        ("Bà [PER Hillary_Clinton] gặp vợ của Tổng_thống [PER Barack_Obama] .", []),
        ("Ông [PER Moon_Jae-in] gặp con_gái ông [PER Kim_Jong-un] .", []),
        ("Cô [PER Taylor_Swift] chụp ảnh cùng mẹ [PER Selena_Gomez] .", []),
        # nobody named to be photographed with; a body met, not a person
        ("Ca_sĩ [PER Hồ_Ngọc_Hà] chụp ảnh cùng người hâm_mộ tại [CITY Hà_Nội] .", []),
        ("Gọi điện qua đồng_hồ giống như chụp ảnh với máy_tính_bảng .", []),
    ],
)
def test_meeting_parties(markup, expected):
    assert meetings(markup) == expected
