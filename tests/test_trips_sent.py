"""Trips of those a verb of sending names ("X cử ông A , cố_vấn … , sang Z"), or of the sender when
only a group of its people goes ("X cử đội_ngũ nhân_viên sang Z")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def travels(markup: str) -> list[tuple[tuple[str, ...], str, bool]]:
    _, events = relations(markup)
    return [
        (tuple(m.text for m in e.mentions("agent")), e.mentions("destination")[0].text, e.planned)
        for e in events
        if e.type is EventType.TRAVEL
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the persons sent, with their appositions
        (
            "Bà [PER Merkel] cử ông [PER Christoph_Heusgen] , cố_vấn chính_sách , và ông [PER Guenter_Heiss] , "
            "điều_phối_viên tình_báo , sang [COUNTRY Mỹ] xác_minh .",
            [(("Christoph_Heusgen", "Guenter_Heiss"), "Mỹ", False)],
        ),
        # a group of the sender's people: the sender's trip, planned when the sending is
        (
            "[ORG Bảo_tàng Lịch_sử quốc_gia] sẽ cử đội_ngũ nhân_viên ( 19 người ) sang [COUNTRY Nhật_Bản] khảo_sát .",
            [(("Bảo_tàng Lịch_sử quốc_gia",), "Nhật_Bản", True)],
        ),
        # the possessor of an apposition is not sent
        (
            "Họ cử ông [PER Lê_Minh] , trợ_lý của bà [PER Trần_Hoa] , sang [COUNTRY Lào] .",
            [(("Lê_Minh",), "Lào", False)],
        ),
        # what is sent is no group of people; a clause ends between the verbs; no verb of sending
        ("[COUNTRY Mỹ] cử tàu sân_bay , sau_đó sang [COUNTRY Nhật_Bản] .", []),
        ("Ông [PER Lê_Minh] được cử làm đại_sứ ; nhiều người sang [COUNTRY Lào] .", []),
        ("Cử_tri , bà con và các cháu , sang [COUNTRY Lào] .", []),
    ],
)
def test_trips_of_those_sent(markup, expected):
    assert travels(markup) == expected
