"""A traveller described by where one lives in apposition ("X , sống tại Y , đã sang Z", "X - ngụ ở Y -
…"), going from a place ("X định bay từ A sang Z"), and "định" telling a trip only intended."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_events_gone_to_act import events
from test_relations_markup import relations


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông [PER Phan_Đức_Toàn] , sống tại [CITY Huế] , đã sang [COUNTRY Lào] .", [({"Phan_Đức_Toàn", "Lào"}, None)]),
        ("Ông [PER Phan_Đức_Toàn] - sống tại [CITY Huế] - đã sang [COUNTRY Lào] .", [({"Phan_Đức_Toàn", "Lào"}, None)]),
        ("Anh [PER Phan_Đức_Toàn] , ngụ quận 9 , đã đến [CITY Biên_Hòa] .", [({"Phan_Đức_Toàn", "Biên_Hòa"}, None)]),
        (
            "Ông [PER Phan_Đức_Toàn] - sống tại [CITY Dallas] , [REGION Texas] - định bay từ [CITY Lima] sang [COUNTRY Chile] .",
            [({"Phan_Đức_Toàn", "Chile"}, None)],
        ),
        # the one described speaks; who goes is someone else, unnamed
        ("Ông [PER Phan_Đức_Toàn] , sống tại [CITY Huế] , cho_biết con_trai đã sang [COUNTRY Lào] .", []),
    ],
)
def test_traveller_described_by_residence(markup, expected):
    assert events(markup, EventType.TRAVEL) == expected


def test_intended_trip_is_planned():
    _, found = relations("Ông [PER Phan_Đức_Toàn] định sang [COUNTRY Lào] .")
    assert [(e.planned, [r.mention.text for r in e.roles]) for e in found if e.type is EventType.TRAVEL] == [
        (True, ["Phan_Đức_Toàn", "Lào"])
    ]
