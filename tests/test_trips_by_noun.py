"""Trips told by a noun that visits no one ("chuyến du_đấu tại Z", "chuyến công_tác tới Z")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def trips(markup: str) -> list[tuple[str, str, str, bool]]:
    _, events = relations(markup)
    return [
        (e.type.value, e.mentions("agent")[0].text, (e.mentions("destination") or e.mentions("place"))[0].text, e.planned)
        for e in events
        if e.type in (EventType.TRAVEL, EventType.VISIT)
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a trip verb that opens the sentence: its subject opens the clause after the comma
        (
            "Kết_thúc chuyến du_đấu tại [COUNTRY Myanmar] , [ORG đội_tuyển U-23 VN] trở_về nước .",
            [("Travel", "đội_tuyển U-23 VN", "Myanmar", False)],
        ),
        ("Chuyến công_tác tới [COUNTRY Nhật_Bản] của ông [PER Lê_Minh] kéo_dài ba ngày .", [("Travel", "Lê_Minh", "Nhật_Bản", False)]),
        ("[ORG Đội_tuyển Việt_Nam] có chuyến tập_huấn tại [COUNTRY Hàn_Quốc] .", [("Travel", "Đội_tuyển Việt_Nam", "Hàn_Quốc", False)]),
        ("Trong chuyến đi [COUNTRY Mỹ] , ông [PER Lê_Minh] gặp nhiều bạn cũ .", [("Travel", "Lê_Minh", "Mỹ", False)]),
        # the visit noun keeps telling a visit
        ("Kết_thúc chuyến thăm [COUNTRY Lào] , ông [PER Lê_Minh] về nước .", [("Visit", "Lê_Minh", "Lào", False)]),
        # whose trip it is not told; the place only qualifies another noun
        ("Chuyến du_đấu tại [COUNTRY Myanmar] rất vất_vả .", []),
        ("Kết_thúc chuyến đi , ông [PER Lê_Minh] trở_về [COUNTRY Mỹ] .", [("Travel", "Lê_Minh", "Mỹ", False)]),
        ("Chuyến đi nhà_máy [COUNTRY Nga] của ông [PER Lê_Minh] .", []),
    ],
)
def test_trips_told_by_a_noun(markup, expected):
    assert trips(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the date of the clause after the phrase is that clause's act's
        ("Kết_thúc chuyến du_đấu tại [COUNTRY Myanmar] , [ORG U-23 VN] trở_về [CITY TP.HCM] {ngày 17-10|--10-17} .", None),
        # a date inside the phrase is the trip's
        ("Kết_thúc chuyến du_đấu tại [COUNTRY Myanmar] {ngày 16-10|--10-16} , [ORG U-23 VN] trở_về nước .", "--10-16"),
    ],
)
def test_trip_phrase_takes_only_its_own_date(markup, expected):
    _, events = relations(markup)
    (tour,) = [e for e in events if e.type is EventType.TRAVEL and e.mentions("destination")[0].text == "Myanmar"]
    assert (tour.time.xsd()[0] if tour.time else None) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # how long the visit or trip lasts stands between its noun and where it goes
        ("Ông [PER Lê_Minh] đang có chuyến thăm 3 ngày tới [COUNTRY Lào] .", [("Visit", "Lê_Minh", "Lào", False)]),
        ("Ông [PER Lê_Minh] có chuyến thăm chính_thức hai ngày tới [COUNTRY Lào] .", [("Visit", "Lê_Minh", "Lào", False)]),
        ("Ông [PER Lê_Minh] vừa kết_thúc chuyến thăm kéo_dài một tuần tới [COUNTRY Lào] .", [("Visit", "Lê_Minh", "Lào", False)]),
        ("Ông [PER Lê_Minh] có chuyến công_tác 5 ngày tới [COUNTRY Nhật_Bản] .", [("Travel", "Lê_Minh", "Nhật_Bản", False)]),
        # a span of time that no place follows, or a number that counts no time, gives the visit no destination
        # (going on to Lào after it is a travel of its own)
        ("Ông [PER Lê_Minh] có chuyến thăm 3 ngày , rồi về [COUNTRY Lào] dự hội_nghị .", [("Travel", "Lê_Minh", "Lào", False)]),
        ("Ông [PER Lê_Minh] có chuyến thăm 3 tỉnh của [COUNTRY Lào] .", []),
    ],
)
def test_trips_told_by_a_noun_with_how_long_they_last(markup, expected):
    assert trips(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # places listed after the verb or noun: one visit or travel to each
        (
            "Ông [PER Lê_Minh] đã thăm [COUNTRY Nhật_Bản] , [COUNTRY Hàn_Quốc] và [COUNTRY Malaysia] .",
            [("Visit", "Lê_Minh", "Nhật_Bản", False), ("Visit", "Lê_Minh", "Hàn_Quốc", False), ("Visit", "Lê_Minh", "Malaysia", False)],
        ),
        ("Ông [PER Lê_Minh] đã đến [COUNTRY Mỹ] và [COUNTRY Canada] .", [("Travel", "Lê_Minh", "Mỹ", False), ("Travel", "Lê_Minh", "Canada", False)]),
        (
            "[ORG Đội_tuyển Việt_Nam] vừa kết_thúc chuyến du_đấu [COUNTRY Qatar] và [COUNTRY Uzbekistan] .",
            [("Travel", "Đội_tuyển Việt_Nam", "Qatar", False), ("Travel", "Đội_tuyển Việt_Nam", "Uzbekistan", False)],
        ),
        # a city with its province is one place; a list not closed by "và" is not read as one
        ("Ông [PER Lê_Minh] thăm [CITY Đà_Lạt] , [REGION Lâm_Đồng] .", [("Visit", "Lê_Minh", "Đà_Lạt", False)]),
        ("Ông [PER Lê_Minh] đã thăm [COUNTRY Nhật_Bản] , [COUNTRY Hàn_Quốc] tuyên_bố ủng_hộ .", [("Visit", "Lê_Minh", "Nhật_Bản", False)]),
    ],
)
def test_trips_to_places_listed(markup, expected):
    assert trips(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a named body's delegation visits or travels as the body
        ("Đoàn [REF đại_biểu [ORG Đảng Cộng_sản Pháp]] đã sang thăm [COUNTRY Việt_Nam] .", [("Visit", "Đảng Cộng_sản Pháp", "Việt_Nam", False)]),
        ("Đoàn [REF đại_biểu [ORG Quốc_hội Lào]] đã tới [CITY Hà_Nội] .", [("Travel", "Quốc_hội Lào", "Hà_Nội", False)]),
        # one member of a body, no delegation: the body does not go
        ("[REF Đại_biểu [ORG Quốc_hội Lào]] đã tới [CITY Hà_Nội] .", [("Travel", "Đại_biểu Quốc_hội Lào", "Hà_Nội", False)]),
    ],
)
def test_trips_of_a_named_body_delegation(markup, expected):
    assert trips(markup) == expected
