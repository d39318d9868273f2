"""Trips told in the first person inside a quotation: the one who says "tôi" is the quotation's speaker,
named after it ('" … " , X chia_sẻ') or before it ('X nói : " … "'), over one sentence or several."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_events_gone_to_act import events
from test_relations_markup import relations


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the speaker named before the quotation, with a verb of saying and a colon
        (
            "Ông [PER Lâm_Quốc_Bảo] nói : “ Bộ_trưởng gọi tôi về ngay khi tôi trở_về [COUNTRY Canada] ” .",
            [({"Lâm_Quốc_Bảo", "Canada"}, None)],
        ),
        # the speaker named after the quotation, which runs over two sentences
        (
            "“ Học xong , tôi trở ra [CITY Đà_Nẵng] và làm phiên_dịch . Tôi rất vui ” , [PER Kemal_Demir] chia_sẻ .",
            [({"Kemal_Demir", "Đà_Nẵng"}, None)],
        ),
        ("“ Sau_đó tôi sẽ sang [COUNTRY Lào] ” , anh [PER Kemal_Demir] nói .", [({"Kemal_Demir", "Lào"}, None)]),
        # "tôi" only says whose the subject is
        ("“ Bố của tôi đã sang [COUNTRY Lào] ” , [PER Kemal_Demir] chia_sẻ .", []),
        # a negated trip is no trip
        ("“ Tôi sẽ không sang [COUNTRY Lào] ” , [PER Kemal_Demir] nói .", []),
        # no quotation: no speaker to read "tôi" as
        ("Tôi sẽ sang [COUNTRY Lào] , [PER Kemal_Demir] nói .", []),
        # a quotation with no speaker named next to it
        ("Bức thư viết : “ Tôi sẽ sang [COUNTRY Lào] ” .", []),
    ],
)
def test_first_person_trip_in_a_quotation(markup, expected):
    assert events(markup, EventType.TRAVEL) == expected


def test_first_person_trip_is_planned_when_told_so():
    _, found = relations("“ Tôi sẽ sang [COUNTRY Lào] ” , [PER Kemal_Demir] nói .")
    assert [e.planned for e in found if e.type is EventType.TRAVEL] == [True]
