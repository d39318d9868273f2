"""Visits told by an inspecting verb ("X kiểm_tra Bệnh_viện Y", "đoàn kiểm_tra thuộc Sở X kiểm_tra …
của Trường Y", "X kiểm_tra công_trình tại tỉnh Z"), visits told as the occasion of the clause after them
("Nhân_dịp thăm Z , X …"), a working session "có cuộc làm_việc với", and an invitation by letter."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_events_gone_to_act import events


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an official inspects a named body: the body is the host
        ("Bộ_trưởng [PER Lê_Thị_Hoa] đã kiểm_tra [ORG Bệnh_viện Nhi Trung_ương] .", [({"Lê_Thị_Hoa", "Bệnh_viện Nhi Trung_ương"}, None)]),
        ("Bộ_trưởng [PER Lê_Thị_Hoa] đã đến kiểm_tra [ORG Bệnh_viện Nhi Trung_ương] .", [({"Lê_Thị_Hoa", "Bệnh_viện Nhi Trung_ương"}, None)]),
        # what is inspected belongs to the body
        (
            "Đoàn kiểm_tra thuộc [ORG Phòng Giáo_dục Nam_Sơn] đã bất_ngờ kiểm_tra bếp_ăn bán_trú của [ORG Trường tiểu_học Hòa_Bình] .",
            [({"Phòng Giáo_dục Nam_Sơn", "Trường tiểu_học Hòa_Bình"}, None)],
        ),
        (
            "Đoàn kiểm_tra của [ORG Sở Y_tế Bắc_Hà] đã kiểm_tra [ORG Bệnh_viện Đa_khoa Tây_Sơn] .",
            [({"Sở Y_tế Bắc_Hà", "Bệnh_viện Đa_khoa Tây_Sơn"}, None)],
        ),
        # what is inspected stands in a named place: the place is where the visit goes
        ("Phó Thủ_tướng [PER Trần_Văn_Bình] kiểm_tra công_trình tại tỉnh [REGION Quảng_Yên] .", [({"Trần_Văn_Bình"}, "Quảng_Yên")]),
        (
            "Ông [PER Trần_Văn_Bình] đã kiểm_tra công_tác phòng_chống lụt_bão tại [REGION Quảng_Yên] .",
            [({"Trần_Văn_Bình"}, "Quảng_Yên")],
        ),
        # a check one undergoes is no visit
        ("Tiền_đạo [PER Hà_Minh] đã kiểm_tra sức_khỏe tại [ORG Bệnh_viện Hồng_Phúc] .", []),
        # nothing named inspected, or too far from the verb
        ("Bộ_trưởng [PER Lê_Thị_Hoa] đã kiểm_tra hồ_sơ .", []),
        ("Ông [PER Trần_Văn_Bình] đã kiểm_tra tình_hình sản_xuất kinh_doanh năm nay ở [REGION Quảng_Yên] .", []),
        # the noun of the inspection, an act told elsewhere, a negated or proposed one
        ("Kết_quả kiểm_tra của [ORG Bộ Y_tế] cho_thấy [ORG Bệnh_viện Đông_Phong] có sai_phạm .", []),
        ("Sau khi kiểm_tra [ORG Công_ty Hòa_Phát] , [ORG Sở Tài_nguyên] đã xử_phạt .", []),
        ("[ORG Bộ Công_thương] không kiểm_tra [ORG Công_ty Hưng_Long] .", []),
        ("Thủ_tướng đề_nghị [ORG Bộ Xây_dựng] kiểm_tra [ORG Công_ty Hưng_Long] .", []),
    ],
)
def test_events_inspection_is_a_visit(markup: str, expected) -> None:
    assert events(markup, EventType.VISIT) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the visit opens the sentence as the occasion of its clause: the clause's subject visits
        (
            "Nhân_dịp thăm [COUNTRY Lào] , Tổng_Bí_thư [PER Lê_Văn_Toàn] hội_đàm với ông [PER Bounmy_Vong] .",
            [({"Lê_Văn_Toàn"}, "Lào")],
        ),
        (
            "Nhân_dịp sang thăm [COUNTRY Nhật_Bản] , Chủ_tịch nước [PER Lê_Văn_Toàn] đã gặp ông [PER Kenji_Sato] .",
            [({"Lê_Văn_Toàn"}, "Nhật_Bản")],
        ),
        (
            "Trong thời_gian thăm [COUNTRY Lào] , Thủ_tướng [PER Trần_Minh] đã gặp ông [PER Bounmy_Vong] .",
            [({"Trần_Minh"}, "Lào")],
        ),
        # the word of occasion does not open the sentence, or the clause after it is negated
        ("Ông [PER Trần_Minh] cảm_ơn [COUNTRY Lào] nhân_dịp thăm [CITY Viêng_Chăn] .", []),
        ("Nhân_dịp thăm [COUNTRY Lào] , ông [PER Trần_Minh] không gặp ông [PER Bounmy_Vong] .", []),
        # an occasion that is no visit
        ("Nhân_dịp Tết , ông [PER Trần_Minh] thăm_hỏi người_dân .", []),
    ],
)
def test_events_visit_as_occasion_of_the_clause_after(markup: str, expected) -> None:
    assert events(markup, EventType.VISIT) == expected


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        (
            "Bộ_trưởng [PER Đinh_Văn_Hải] đã có cuộc làm_việc với [ORG Tổng_cục Thuế] .",
            EventType.MEETING,
            [({"Đinh_Văn_Hải", "Tổng_cục Thuế"}, None)],
        ),
        ("Cuộc làm_việc kéo_dài hai giờ .", EventType.MEETING, []),
        (
            "Thủ_tướng [PER Trần_Minh] đã gửi thư_mời Thủ_tướng [PER Ravi_Kumar] thăm [COUNTRY Việt_Nam] .",
            EventType.INVITATION,
            [({"Trần_Minh", "Ravi_Kumar", "Việt_Nam"}, None)],
        ),
        ("[ORG Công_ty Hưng_Long] đã gửi thư_mời khách_hàng dự hội_thảo .", EventType.INVITATION, []),
    ],
)
def test_events_working_session_and_letter_of_invitation(markup: str, event_type: EventType, expected) -> None:
    assert events(markup, event_type) == expected
