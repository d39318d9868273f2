"""Trips told after another verb phrase of the same subject ("X học tiếng Nga và đã tới thăm Z"), trips of a
body's delegation ("Đoàn đại_biểu Đảng X sang thăm Z"), and the
place of a visit whose hosts go unnamed ("X thăm_hỏi và trao quà cho người_dân tại Z")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_events_gone_to_act import events


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "và" joins the visit to an earlier verb phrase: the clause's subject visits
        (
            "Luật_sư [PER Dương_Văn_Hải] cho_biết [PER Peter_Hall] đang học tiếng [COUNTRY Nga] và đã tới thăm điện [FAC Kremlin] .",
            [({"Peter_Hall"}, "Kremlin")],
        ),
        (
            "Ông [PER Karl_Weber] cảm_ơn Chủ_tịch nước dành thời_gian tiếp và bày_tỏ vui_mừng được đến thăm [COUNTRY Việt_Nam] .",
            [({"Karl_Weber"}, "Việt_Nam")],
        ),
        # a phrase of time or place set before the subject
        (
            "Chiều 12/5 , tại [CITY Hà_Nội] , bà [PER Trần_Thu_Vân] dự lễ khai_mạc và đến thăm [FAC chùa Một_Cột] .",
            [({"Trần_Thu_Vân"}, "chùa Một_Cột")],
        ),
        # a negated visit is no visit
        ("Ông [PER Karl_Weber] dự hội_nghị và không sang thăm [COUNTRY Lào] .", []),
        # the clause opens with no name: no visitor
        ("Đoàn khách tham_quan triển_lãm và đến thăm [CITY Hội_An] .", []),
        # a name that only qualifies the subject does not visit
        ("Người_dân [CITY Huế] đổ ra đường và tới thăm [FAC chùa Thiên_Mụ] .", []),
    ],
)
def test_conjoined_visit(markup, expected):
    assert events(markup, EventType.VISIT) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông [PER Lê_Hữu_Phước] gặp ông [PER Kenji_Sato] và sẽ sang [COUNTRY Nhật_Bản] .", [({"Lê_Hữu_Phước", "Nhật_Bản"}, None)]),
        (
            "[ORG Bộ Y_tế] họp bàn và sau đó tới [CITY Huế] .",
            [({"Bộ Y_tế", "Huế"}, None)],
        ),
        # after a verb of saying, the reported clause has its own subject
        (
            "Bà [PER Hà_Thị_Lan] cho_biết rằng ông [PER Vũ_Văn_Sơn] đã nghỉ_hưu và trở_về [CITY Đà_Lạt] .",
            [({"Vũ_Văn_Sơn", "Đà_Lạt"}, None)],
        ),
        # a quotation closed before "và" is what was said: the clause goes on over it
        (
            "Bà [PER Hà_Thị_Lan] ca_ngợi “ tình hữu_nghị ” và sau_đó trở_về [CITY Đà_Lạt] .",
            [({"Hà_Thị_Lan", "Đà_Lạt"}, None)],
        ),
        # "và" between two names, not two verb phrases: the subject is read as before
        ("Ông [PER Lê_Hữu_Phước] và bà [PER Hà_Thị_Lan] đã tới [CITY Huế] .", [({"Lê_Hữu_Phước", "Hà_Thị_Lan", "Huế"}, None)]),
        # no place after the verb of going: no travel
        ("Ông [PER Lê_Hữu_Phước] làm_việc chăm_chỉ và đến nay vẫn khỏe .", []),
    ],
)
def test_conjoined_travel(markup, expected):
    assert events(markup, EventType.TRAVEL) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the visited go unnamed: the visit is where "tại/ở" says
        (
            "Tổng_thống [PER Rodrigo_Cruz] thăm_hỏi và trao hàng cứu_trợ cho người_dân tại thành_phố [CITY Cebu] , tỉnh [REGION Leyte] .",
            [({"Rodrigo_Cruz"}, "Cebu")],
        ),
        ("Ông [PER Lê_Văn_Tám] đến thăm các hộ nghèo ở xã [REGION Tân_Lập] .", [({"Lê_Văn_Tám"}, "Tân_Lập")]),
        # the place of another clause is not the visit's
        ("Ông [PER Lê_Văn_Tám] đến thăm các hộ nghèo , sau_đó họp ở [CITY Huế] .", []),
        # a named body visited: not read as a place of the visit
        ("Ông [PER Lê_Văn_Tám] thăm các em học_sinh của [ORG Trường Kim_Đồng] tại [CITY Huế] .", []),
        # "tại" with no place after it
        ("Ông [PER Lê_Văn_Tám] thăm gia_đình tại nhà riêng .", []),
    ],
)
def test_visit_place_with_unnamed_hosts(markup, expected):
    assert events(markup, EventType.VISIT) == expected


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        # a named body's delegation goes as the body
        ("Đoàn đại_biểu [ORG Đảng Lao_động Anh] sang thăm [COUNTRY Lào] .", EventType.VISIT, [({"Đảng Lao_động Anh"}, "Lào")]),
        ("Đoàn công_tác của [ORG Bộ Xây_dựng] sẽ đến [CITY Cần_Thơ] .", EventType.TRAVEL, [({"Bộ Xây_dựng", "Cần_Thơ"}, None)]),
        ("Một nhóm nghị_sĩ [ORG Quốc_hội Úc] đang có_mặt ở [CITY Tokyo] .", EventType.TRAVEL, [({"Quốc_hội Úc", "Tokyo"}, None)]),
        ("Đoàn kiểm_tra của [ORG Sở Công_Thương] đã tới [CITY Vinh] .", EventType.TRAVEL, [({"Sở Công_Thương", "Vinh"}, None)]),
        # a negated trip is no trip
        ("Đoàn đại_biểu [ORG Đảng Lao_động Anh] không sang thăm [COUNTRY Lào] .", EventType.VISIT, []),
        # a body that only qualifies a group of people who are no delegation
        ("Đoàn người biểu_tình phản_đối [ORG Tập_đoàn Hòa_Phát] kéo đến [CITY Hải_Dương] .", EventType.TRAVEL, []),
        # the one seen off goes
        (
            "Ông [PER Lê_Văn_Tám] tiễn đoàn đại_biểu [ORG Đảng Lao_động Anh] sang [COUNTRY Lào] .",
            EventType.TRAVEL,
            [({"Đảng Lao_động Anh", "Lào"}, None)],
        ),
        # where the delegation comes from is no destination
        ("Đoàn đại_biểu [ORG Đảng Lao_động Anh] đến từ [COUNTRY Lào] .", EventType.TRAVEL, []),
    ],
)
def test_delegation_of_a_body(markup, event_type, expected):
    assert events(markup, event_type) == expected
