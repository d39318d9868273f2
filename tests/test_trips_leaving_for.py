"""Leaving a place for another ("X rời A để sang B"): the one who leaves travels to B."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def travels(markup: str) -> list[tuple[str, ...]]:
    _, found = relations(markup)
    return [
        tuple(sorted(r.mention.text for r in e.roles if r.role in {"agent", "destination"}))
        for e in found
        if e.type is EventType.TRAVEL
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông [PER Phạm_Minh_Đức] rời [CITY Hà_Nội] để sang [CITY Seoul] dự hội_nghị .", [("Phạm_Minh_Đức", "Seoul")]),
        ("Bà [PER Ngô_Thị_Lan] rời [COUNTRY Lào] nhằm tới [COUNTRY Thái_Lan] tìm việc .", [("Ngô_Thị_Lan", "Thái_Lan")]),
        # going nowhere named: no trip
        ("Ông [PER Phạm_Minh_Đức] rời [CITY Hà_Nội] để chuẩn_bị cho chuyến đi .", []),
        # the one left is no traveller
        ("Người_dân rời [CITY Hà_Nội] để sang [CITY Seoul] làm_việc .", []),
    ],
)
def test_trips_leaving_for(markup, expected):
    assert travels(markup) == [tuple(sorted(e)) for e in expected]
