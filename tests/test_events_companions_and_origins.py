"""Unnamed companions between a subject and its act ("X cùng bạn_bè đi du_lịch") leave X the
subject; a trip told from where it starts ("X bay từ A sang Z") is X's travel to Z."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def trips(markup: str) -> list[tuple[str, list[str], str | None]]:
    _, events = relations(markup)
    found = []
    for e in events:
        if e.type in (EventType.TRAVEL, EventType.VISIT, EventType.MEETING):
            roles = sorted(m.text for role in ("agent", "participant") for m in e.mentions(role))
            place = (e.mentions("destination") or e.mentions("place") or [None])[0]
            found.append((e.type.name, roles, place.text if place else None))
    return found


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Hiện_nay , [PER Hồ_Ngọc_Mai] đang cùng bạn_bè đi du_lịch tại [LOC Bắc_Âu] .", [("TRAVEL", ["Hồ_Ngọc_Mai"], "Bắc_Âu")]),
        ("[PER Hồ_Ngọc_Mai] cùng gia_đình sang [COUNTRY Singapore] nghỉ lễ .", [("TRAVEL", ["Hồ_Ngọc_Mai"], "Singapore")]),
        ("[PER Hồ_Ngọc_Mai] cùng với đồng_nghiệp gặp ông [PER Đàm_Văn_Lâm] .", [("MEETING", ["Hồ_Ngọc_Mai", "Đàm_Văn_Lâm"], None)]),
        ("Ông [PER Đàm_Văn_Lâm] bay từ [CITY Hà_Nội] sang [COUNTRY Hàn_Quốc] .", [("TRAVEL", ["Đàm_Văn_Lâm"], "Hàn_Quốc")]),
        ("Đoàn [ORG Hội Cựu_chiến_binh] xuất_phát từ [CITY Vinh] đến [CITY Đồng_Hới] .", [("TRAVEL", ["Hội Cựu_chiến_binh"], "Đồng_Hới")]),
    ],
)
def test_events_companions_and_origins(markup, expected):
    assert trips(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # goods, not a person, go from one place to another
        "Ông [PER Đàm_Văn_Lâm] nhận hàng từ [CITY Vinh] đến [CITY Đồng_Hới] .",
        "Hàng từ [CITY Vinh] đến [CITY Đồng_Hới] mất hai ngày .",
        # companions with no one named before them
        "Bạn_bè cùng bạn_bè đến [COUNTRY Singapore] .",
    ],
)
def test_events_companions_and_origins_not_misread(markup):
    assert trips(markup) == []
