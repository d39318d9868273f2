"""Meetings and visits whose party is named in an apposition, or leads the delegation that visits."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations, meetings


def visits(markup: str) -> list[tuple[set[str], set[str]]]:
    _, events = relations(markup)
    return [
        ({m.text for m in e.mentions("agent")}, {m.text for m in e.mentions("place")})
        for e in events
        if e.type is EventType.VISIT
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the one met is the person the title of a body or country names after the comma
        (
            "Ông [PER Lê_Minh] đã tiếp Tổng_giám_đốc Hãng thông_tấn [COUNTRY Lào] [AGENCY KPL] , ngài [PER Sone_Vilay] .",
            [{"Lê_Minh", "Sone_Vilay"}],
        ),
        (
            "Bà [PER Trần_Thu] gặp Chủ_tịch [ORG Tập_đoàn Sao_Mai] , ông [PER Hồ_Văn_Bình] , tại [CITY Huế] .",
            [{"Trần_Thu", "Hồ_Văn_Bình"}],
        ),
        (
            "Ông [PER Lê_Minh] có cuộc gặp với Giám_đốc [ORG Công_ty Hoa_Sen] , ông [PER Võ_Tấn] .",
            [{"Lê_Minh", "Võ_Tấn"}],
        ),
        (
            "Cuộc gặp giữa Ngoại_trưởng [COUNTRY Pháp] [PER Jean_Morel] và người đồng_cấp [COUNTRY Chile] , ông [PER Luis_Vera] diễn_ra hôm_qua .",
            [{"Jean_Morel", "Luis_Vera"}],
        ),
        # no apposition: the person after the comma is the subject of another clause
        ("Ông [PER Lê_Minh] tiếp đoàn doanh_nghiệp [COUNTRY Lào] , ông [PER Võ_Tấn] phát_biểu .", []),
        # a second party joined by "và" is not an apposition of the first
        (
            "Ông [PER Lê_Minh] tiếp Đại_sứ [COUNTRY Lào] và Đại_sứ [COUNTRY Chile] , ông [PER Võ_Tấn] cũng dự .",
            [],
        ),
        # one member of a body, told with no name, is no participant; a title of one holder is
        ("Ông [PER Lê_Minh] tiếp [REF đại_biểu [ORG Quốc_hội Lào]] .", []),
        ("Ông [PER Lê_Minh] tiếp [REF Đại_sứ [COUNTRY Lào]] .", [{"Lê_Minh", "Đại_sứ Lào"}]),
    ],
)
def test_meetings_with_an_apposed_person(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the leader of an unnamed delegation makes the visit; a named body's delegation visits as the body
        (
            "Đoàn đại_biểu [ORG Bộ Công_Thương] , do ông [PER Lê_Minh] dẫn_đầu , đã sang thăm [COUNTRY Lào] .",
            [({"Bộ Công_Thương"}, {"Lào"})],
        ),
        (
            "Đoàn cấp_cao do đồng_chí [PER Trần_An] , Ủy_viên [ORG Bộ_Chính_trị] , dẫn_đầu sang thăm hữu_nghị chính_thức [COUNTRY Cuba] .",
            [({"Trần_An"}, {"Cuba"})],
        ),
        # led without "do": no leader is read
        ("Đoàn công_tác dẫn_đầu sang thăm [COUNTRY Lào] .", []),
        # "dẫn_đầu" that does not open the verb of the visit
        ("[ORG Công_ty Sao_Mai] dẫn_đầu ngành , ông [PER Lê_Minh] chưa thăm [COUNTRY Lào] .", []),
    ],
)
def test_visits_of_a_delegation_leader(markup, expected):
    assert visits(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Chủ_tịch [PER Lê_Minh] thăm hữu_nghị [COUNTRY Lào] .", [({"Lê_Minh"}, {"Lào"})]),
        ("Chủ_tịch [PER Lê_Minh] sẽ tới thăm chính_thức [COUNTRY Cuba] .", [({"Lê_Minh"}, {"Cuba"})]),
        ("Chủ_tịch [PER Lê_Minh] không sang thăm hữu_nghị [COUNTRY Lào] .", []),
    ],
)
def test_visits_of_friendship(markup, expected):
    assert visits(markup) == expected
