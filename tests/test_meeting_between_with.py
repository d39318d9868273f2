"""Meetings "giữa X với Y" (the second party joined by "với", as often as by "và") and the high-level
delegation of a body received for it."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations, meetings


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Cuộc hội_đàm giữa Thủ_tướng [PER Lê_Minh] với Tổng_thống [PER Tom_Rice] diễn ra tại [CITY Huế] .",
            [{"Lê_Minh", "Tom_Rice"}],
        ),
        # a short form in brackets; a list after "với" closed by "và"
        (
            "Sáng nay đã diễn ra cuộc họp giữa [ORG Bộ Xây_dựng] ( [ORG BXD] ) với [ORG Hiệp_hội Nhà_thầu] , [ORG Công_ty Sông_Hồng] và [ORG Tổng_công_ty Hòa_Bình] .",
            [{"Bộ Xây_dựng", "Hiệp_hội Nhà_thầu", "Công_ty Sông_Hồng", "Tổng_công_ty Hòa_Bình"}],
        ),
        # no party after "với", or one of another kind: no meeting
        ("Cuộc gặp giữa [PER Lê_Minh] với báo_giới diễn ra sáng nay .", []),
        ("Cuộc đàm_phán giữa [COUNTRY Chile] với ông [PER Tom_Rice] bế_tắc .", []),
        # a high-level delegation of a body received: the body is met
        (
            "Thủ_tướng [PER Lê_Minh] tiếp đoàn đại_biểu cấp cao [ORG Đảng Xã_hội Pháp] do ông [PER Paul_Roux] dẫn_đầu .",
            [{"Lê_Minh", "Đảng Xã_hội Pháp"}],
        ),
    ],
)
def test_meeting_between_with(markup, expected):
    assert meetings(markup) == expected


def places(markup: str) -> list[list[str]]:
    _, events = relations(markup)
    return [[m.text for m in e.mentions("place")] for e in events if e.type is EventType.MEETING]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # where the meeting is held, told after the verb that says so, past words of going ("ra", "tới")
        ("Cuộc gặp giữa [PER Lê_Minh] và [PER Tom_Rice] diễn ra tại [CITY Huế] .", [["Huế"]]),
        ("Cuộc gặp giữa [PER Lê_Minh] và [PER Tom_Rice] dự kiến diễn ra vào tháng tới tại [CITY Huế] .", [["Huế"]]),
        ("Cuộc hội_đàm giữa [PER Lê_Minh] với [PER Tom_Rice] được tổ_chức ở [CITY Huế] .", [["Huế"]]),
        # a name between the parties and the verb: the verb is not the meeting's
        ("Cuộc gặp giữa [PER Lê_Minh] và [PER Tom_Rice] được [ORG Báo Huế] đánh_giá diễn ra tại [CITY Huế] .", [[]]),
    ],
)
def test_meeting_between_held_at(markup, expected):
    assert places(markup) == expected
