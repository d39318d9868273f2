"""Travellers named before a relative clause ("X , người vừa tới Z , cho_biết …") or being in a visit
("X đang trong chuyến thăm Z")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_events_gone_to_act import events


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        (
            "Bà [PER Ingrid_Moll] , người đang có chuyến thăm [COUNTRY Việt_Nam] , cho_biết hai nước sẽ hợp_tác .",
            EventType.VISIT,
            [({"Ingrid_Moll"}, "Việt_Nam")],
        ),
        (
            "Ông [PER Hứa_Văn_Lộc] , người từng sang thăm [COUNTRY Lào] , nói rằng quan_hệ rất tốt .",
            EventType.VISIT,
            [({"Hứa_Văn_Lộc"}, "Lào")],
        ),
        (
            "Ông [PER Hứa_Văn_Lộc] , người vừa tới [CITY Viêng_Chăn] , cho_biết hai nước sẽ hợp_tác .",
            EventType.TRAVEL,
            [({"Hứa_Văn_Lộc", "Viêng_Chăn"}, None)],
        ),
        ("Bà [PER Ingrid_Moll] đang trong chuyến thăm [COUNTRY Việt_Nam] .", EventType.VISIT, [({"Ingrid_Moll"}, "Việt_Nam")]),
        # "người" that is no relative of the one named before
        ("Ông [PER Hứa_Văn_Lộc] gặp những người vừa tới [CITY Viêng_Chăn] .", EventType.TRAVEL, []),
        # a negated trip is no trip
        ("Ông [PER Hứa_Văn_Lộc] , người không sang [COUNTRY Lào] , cho_biết .", EventType.TRAVEL, []),
        # what one does in a visit does not tell whose it is
        ("Ông [PER Hứa_Văn_Lộc] phát_biểu trong chuyến thăm [COUNTRY Lào] .", EventType.VISIT, []),
    ],
)
def test_relative_traveller(markup, event_type, expected):
    assert events(markup, event_type) == expected
