"""Ways news words a state visit: words qualifying the visit before where it goes ("X ở thăm chính_thức Z"),
the host of a working visit after "với" ("X thăm và làm_việc với Bộ Y"), the landing of the plane that
carries the visitor ("Chuyên_cơ chở X đã hạ_cánh xuống sân_bay Z"), and the spouse or suite who come along
("X cùng phu_nhân sang thăm Z"), and a visit noun whose visitor is named before where it goes
("chuyến thăm của X tại Z")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_events_gone_to_act import events
from test_relations_markup import relations


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Tổng_thống [PER Anton_Berg] đang ở thăm chính_thức [COUNTRY Lào] .", [({"Anton_Berg"}, "Lào")]),
        ("Bà [PER Mai_Thu_Hà] đến thăm hữu_nghị chính_thức [COUNTRY Cuba] .", [({"Mai_Thu_Hà"}, "Cuba")]),
        ("Ông [PER Anton_Berg] thăm và làm_việc với [ORG Bộ Công_Thương] .", [({"Anton_Berg"}, "Bộ Công_Thương")]),
        ("Ông [PER Đỗ_Văn_Hùng] đến thăm và làm_việc với tỉnh [REGION Lạng_Sơn] .", [({"Đỗ_Văn_Hùng"}, "Lạng_Sơn")]),
        ("Tổng_thống [PER Anton_Berg] cùng phu_nhân sang thăm [COUNTRY Việt_Nam] .", [({"Anton_Berg"}, "Việt_Nam")]),
        # "với" introduces a host only after the verb of a working visit
        ("Ông [PER Anton_Berg] đến thăm với [COUNTRY Lào] .", []),
        # a qualifier with nothing visited after it
        ("Ông [PER Anton_Berg] đang ở thăm chính_thức .", []),
    ],
)
def test_visit_wording(markup, expected):
    assert events(markup, EventType.VISIT) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Chuyên_cơ chở Tổng_thống [PER Anton_Berg] đã hạ_cánh xuống sân_bay [FAC Nội_Bài] .",
            [({"Anton_Berg", "Nội_Bài"}, None)],
        ),
        ("Tổng_thống [PER Anton_Berg] đã hạ_cánh tại sân_bay [FAC Tân_Sơn_Nhất] .", [({"Anton_Berg", "Tân_Sơn_Nhất"}, None)]),
        ("Tổng_thống [PER Anton_Berg] và phu_nhân đã tới [CITY Hà_Nội] .", [({"Anton_Berg", "Hà_Nội"}, None)]),
        ("Ông [PER Anton_Berg] cùng đoàn tùy_tùng đã tới [CITY Huế] .", [({"Anton_Berg", "Huế"}, None)]),
        # a landing with no one named who lands
        ("Giá vàng hạ_cánh an_toàn .", []),
        ("Máy_bay hạ_cánh xuống sân_bay [FAC Nội_Bài] .", []),
    ],
)
def test_landing_and_companions(markup, expected):
    assert events(markup, EventType.TRAVEL) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the visitor named before where the visit goes
        (
            "Ông [PER Lê_Văn_Tám] hoan_nghênh chuyến thăm và làm_việc của ông [PER Anton_Berg] tại [COUNTRY Việt_Nam] .",
            [({"Anton_Berg"}, "Việt_Nam")],
        ),
        ("Chuyến thăm 3 ngày của bà [PER Mai_Thu_Hà] tới [COUNTRY Nga] đã kết_thúc .", [({"Mai_Thu_Hà"}, "Nga")]),
        (
            "Chuyến thăm của ông [PER Anton_Berg] và bà [PER Mai_Thu_Hà] tại [CITY Huế] .",
            [({"Anton_Berg", "Mai_Thu_Hà"}, "Huế")],
        ),
        # words of the occasion between where the visit goes and whose it is
        (
            "Ông [PER Lê_Văn_Tám] hoan_nghênh chuyến thăm chính_thức [COUNTRY Việt_Nam] lần này của ông [PER Anton_Berg] .",
            [({"Anton_Berg"}, "Việt_Nam")],
        ),
        # a relative of the one named visits
        ("Chuyến thăm của con_trai ông [PER Anton_Berg] tại [CITY Huế] .", []),
        # words between the visitor and the place: not where the visit goes
        ("Chuyến thăm của ông [PER Anton_Berg] không diễn ra tại [CITY Huế] .", []),
    ],
)
def test_visit_noun_with_the_visitor_first(markup, expected):
    assert events(markup, EventType.VISIT) == expected


def test_visit_noun_with_the_visitor_first_is_planned_when_told_so():
    _, found = relations("Chuyến thăm lần này của ông [PER Anton_Berg] tới [COUNTRY Nga] dự_kiến diễn ra vào tháng 11 .")
    assert [e.planned for e in found if e.type is EventType.VISIT] == [True]
