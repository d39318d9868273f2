"""A visit whose host is named after the act coordinated with it ("X thăm , tặng quà Y tại Z")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def visits(markup: str) -> list[tuple[str, str | None, str | None]]:
    _, events = relations(markup)
    return [
        (
            e.mentions("agent")[0].text,
            next((m.text for m in e.mentions("recipient")), None),
            next((m.text for m in e.mentions("place")), None),
        )
        for e in events
        if e.type is EventType.VISIT
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the gift or meeting after the visit names whom it visits, and where
        (
            "Đồng_chí [PER Nguyễn_Thiện_Nhân] thăm , tặng quà cựu TNXP [PER Đỗ_Thị_Ngưu] , thương_binh tại [CITY Đà_Lạt] .",
            [("Nguyễn_Thiện_Nhân", "Đỗ_Thị_Ngưu", "Đà_Lạt")],
        ),
        (
            "Bà [PER Trần_Hoa] đến thăm và tặng quà gia_đình ông [PER Lê_Văn_Tám] .",
            [("Trần_Hoa", "Lê_Văn_Tám", None)],
        ),
        ("[ORG Viettel] thăm , trao quà cho [ORG trường Hòa_Bình] .", [("Viettel", "trường Hòa_Bình", None)]),
        ("Ông [PER Lê_Minh] thăm , gặp_gỡ bà [PER Trần_Hoa] .", [("Lê_Minh", "Trần_Hoa", None)]),
        # encouraging, joined by a comma, qualifies the visit itself: whom it names is visited
        ("Ông [PER Lê_Minh] thăm , động_viên bà [PER Trần_Hoa] .", [("Lê_Minh", "Trần_Hoa", None)]),
        # the next act is no gift or meeting, names no one, or comes after the visit's own place
        ("Ông [PER Lê_Minh] thăm , chia_sẻ với bà [PER Trần_Hoa] .", []),
        ("Ông [PER Lê_Minh] thăm , tặng quà các gia_đình chính_sách .", []),
        ("Ông [PER Lê_Minh] thăm [CITY Huế] , tặng quà bà [PER Trần_Hoa] .", [("Lê_Minh", None, "Huế")]),
        # a gift named by a title only is given to no one named
        ("Ông [PER Lê_Minh] thăm , tặng quà [REF Chủ_tịch xã] .", []),
    ],
)
def test_visit_shares_the_host_of_the_next_act(markup, expected):
    assert visits(markup) == expected
