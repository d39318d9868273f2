"""Statements of a body named with the place it sits in, or by an unnamed official within it."""

from __future__ import annotations

import pytest

from test_speech import assert_speaker


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[ORG Đại_sứ_quán Mỹ] tại [CITY Hà_Nội] cho_biết các công_dân Mỹ đều an_toàn .", "Đại_sứ_quán Mỹ"),
        ("[ORG Lãnh_sự_quán Pháp] ở [CITY Đà_Nẵng] , cho_biết hai du_khách đã được đưa về nước .", "Lãnh_sự_quán Pháp"),
        ("Hôm_qua , [ORG Văn_phòng Liên_hợp_quốc] tại [CITY Hà_Nội] thông_báo rằng dự_án sẽ kéo_dài thêm một năm .", "Văn_phòng Liên_hợp_quốc"),
        ("Người phát_ngôn [ORG Đại_sứ_quán Anh] tại [CITY Hà_Nội] cho_biết thị_thực sẽ được cấp nhanh hơn .", "Đại_sứ_quán Anh"),
        # the body is the object of a verb or a preposition, or no body stands before the place: nobody named speaks
        ("Một nhân_viên làm_việc cho [ORG Đại_sứ_quán Mỹ] tại [CITY Hà_Nội] cho_biết anh đã nghỉ việc .", None),
        ("Khách_hàng của [ORG Vietcombank] tại [CITY Hà_Nội] cho_biết họ phải chờ rất lâu .", None),
        ("Người dân tại [CITY Hà_Nội] cho_biết giá rau đã tăng mạnh .", None),
    ],
)
def test_speech_body_named_with_its_place_speaks(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Một quan_chức giấu tên trong [ORG Chính_phủ Úc] cho_rằng : thỏa_thuận thương_mại sẽ được gia_hạn .", "Chính_phủ Úc"),
        ("Một quan_chức giấu tên của [ORG Bộ_Quốc_phòng Mỹ] cho_biết cuộc tập_trận sẽ diễn ra vào tháng tới .", "Bộ_Quốc_phòng Mỹ"),
        ("Trong khi đó , một quan_chức cấp cao trong [ORG Nhà_Trắng] cho_biết Tổng_thống sẽ không tham_dự .", "Nhà_Trắng"),
        ("Một quan_chức thuộc [ORG Bộ_Quốc_phòng] cho_biết các binh_sĩ đã được rút về .", "Bộ_Quốc_phòng"),
        # not one who speaks for the body, or the official only qualifies who speaks
        ("Một nhân_viên trong [ORG Bộ_Tài_chính] cho_biết cô đã bị sa_thải .", None),
        ("Nhiều người trong [ORG Quốc_hội] cho_rằng dự_luật cần sửa_đổi .", None),
        ("Con trai một quan_chức trong [ORG Chính_phủ Thái_Lan] cho_biết anh sẽ du_học .", None),
        ("Trong [ORG Quốc_hội] , các đại_biểu cho_rằng dự_luật cần sửa_đổi .", None),
    ],
)
def test_speech_unnamed_official_within_a_body_gives_the_body(markup, speaker):
    assert_speaker(markup, speaker)
