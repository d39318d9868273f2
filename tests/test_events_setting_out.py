"""Setting out to do something ("X lên_đường thăm Z", "X lên_đường sang thăm Z"): the one who sets out does it."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_events_gone_to_act import events


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Tổng_thống [PER Joko_Widodo] lên_đường thăm [COUNTRY Hàn_Quốc] .", [({"Joko_Widodo"}, "Hàn_Quốc")]),
        ("Bà [PER Jacinda_Ardern] đã lên_đường sang thăm [COUNTRY Trung_Quốc] .", [({"Jacinda_Ardern"}, "Trung_Quốc")]),
        # no named visitor: nobody visits
        ("Đoàn vận_động_viên lên_đường thăm [COUNTRY Lào] .", []),
        # setting out to do something else is no visit
        ("Đội_tuyển [ORG U23 Thái_Lan] lên_đường tham_dự giải đấu .", []),
    ],
)
def test_setting_out_to_visit(markup, expected):
    assert events(markup, EventType.VISIT) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Ông [PER Lê_Hữu_Phước] lên_đường tới [CITY Tokyo] để gặp ông [PER Kenji_Sato] .",
            [({"Lê_Hữu_Phước", "Kenji_Sato"}, None)],
        ),
        ("Ông [PER Lê_Hữu_Phước] lên_đường gặp ông [PER Kenji_Sato] .", [({"Lê_Hữu_Phước", "Kenji_Sato"}, None)]),
    ],
)
def test_setting_out_to_meet(markup, expected):
    assert events(markup, EventType.MEETING) == expected
