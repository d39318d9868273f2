"""Cue words of visits, travels and meetings beyond the commonest: "viếng_thăm", "thăm_hỏi", "thị_sát",
"có_mặt ở", "họp với", "buổi họp", and a meeting noun after "chủ_trì"/"tổ_chức"."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_events import events_of
from test_relations_markup import roles_of


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        ("Ông [PER Lê_Văn_An] đã viếng_thăm [COUNTRY Lào] .", EventType.VISIT, {"agent": ["Lê_Văn_An"], "place": ["Lào"]}),
        ("Thủ_tướng [PER Trần_Quang_Huy] thăm_viếng [CITY Huế] sau bão .", EventType.VISIT, {"agent": ["Trần_Quang_Huy"], "place": ["Huế"]}),
        ("Ông [PER Lê_Văn_An] đã thị_sát [CITY Hải_Phòng] .", EventType.VISIT, {"agent": ["Lê_Văn_An"], "place": ["Hải_Phòng"]}),
        ("Ông [PER Lê_Văn_An] đã có_mặt ở [CITY Đà_Nẵng] từ sáng qua .", EventType.TRAVEL, {"agent": ["Lê_Văn_An"], "destination": ["Đà_Nẵng"]}),
        ("Ông [PER Lê_Văn_An] đã đến thăm_hỏi bà [PER Trần_Thị_Mai] .", EventType.VISIT, {"agent": ["Lê_Văn_An"], "recipient": ["Trần_Thị_Mai"]}),
        ("Ông [PER Lê_Văn_An] về thăm quê [CITY Nghệ_An] .", EventType.VISIT, {"agent": ["Lê_Văn_An"], "place": ["Nghệ_An"]}),
        ("Ông [PER Lê_Văn_An] họp với [ORG Bộ_Y_tế] về dịch_bệnh .", EventType.MEETING, {"participant": ["Lê_Văn_An", "Bộ_Y_tế"]}),
        ("Ông [PER Lê_Văn_An] đã có buổi họp với [ORG Bộ_Y_tế] .", EventType.MEETING, {"participant": ["Lê_Văn_An", "Bộ_Y_tế"]}),
        ("Ông [PER Lê_Văn_An] chủ_trì cuộc họp với [ORG Sở_Xây_dựng] .", EventType.MEETING, {"participant": ["Lê_Văn_An", "Sở_Xây_dựng"]}),
        ("Ông [PER Lê_Văn_An] tổ_chức cuộc gặp với ông [PER Paul_Martin] .", EventType.MEETING, {"participant": ["Lê_Văn_An", "Paul_Martin"]}),
        # the organiser of a meeting between two others is no party to it
        ("[ORG Đại_sứ_quán Pháp] tổ_chức cuộc gặp giữa ông [PER Lê_Văn_An] và ông [PER Paul_Martin] .", EventType.MEETING, {"participant": ["Lê_Văn_An", "Paul_Martin"]}),
    ],
)
def test_events_more_cue_words(markup, event_type, expected):
    (event,) = events_of(markup, event_type)
    assert {role: sorted(names) for role, names in roles_of(event).items()} == {role: sorted(names) for role, names in expected.items()}


@pytest.mark.parametrize(
    "markup",
    [
        "Ông [PER Lê_Văn_An] chủ_trì cuộc họp của [ORG Chính_phủ] về giá điện .",
        "[ORG Bộ_Y_tế] họp với các địa_phương về dịch_bệnh .",
        "Quốc_hội họp phiên bế_mạc vào chiều nay .",
        "Ông [PER Lê_Văn_An] viếng_thăm khu mộ liệt_sĩ .",
        "Ông [PER Lê_Văn_An] thị_sát công_trình cầu .",
        "Có_mặt ở [CITY Đà_Nẵng] hôm qua , phóng_viên ghi_nhận nhiều thiệt_hại .",
        "[PER Lê_Văn_An] có_mặt ở vòng chung_kết năm nay .",
        "Ông [PER Lê_Văn_An] gửi lời thăm_hỏi tới bà [PER Trần_Thị_Mai] .",
        "Bà [PER Trần_Thị_Mai] sinh ra ở quê [CITY Nghệ_An] .",
    ],
)
def test_events_more_cue_words_need_named_parties(markup):
    assert [e for e in events_of(markup, EventType.MEETING) + events_of(markup, EventType.VISIT) + events_of(markup, EventType.TRAVEL)] == []
