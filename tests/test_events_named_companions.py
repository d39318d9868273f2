"""A companion named after "cùng"/"và" and a noun of one who goes along ("Ông X cùng phu_nhân Y
tới Z") acts with the subject before: both travel, visit or meet. A spouse's noun opening an
apposition ("Bà X , phu_nhân Tổng_thống Y ,") tells whose spouse X is: X acts, not Y."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article, EventType
from test_events_companions_and_origins import trips


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Ông [PER Đàm_Văn_Lâm] cùng phu_nhân [PER Hồ_Thị_Mai] đã tới [CITY Tokyo] .",
            [("TRAVEL", ["Hồ_Thị_Mai", "Đàm_Văn_Lâm"], "Tokyo")],
        ),
        (
            "Tổng_thống [PER Pierre_Laval] và phu_nhân [PER Anne_Laval] đã đến [CITY Hà_Nội] .",
            [("TRAVEL", ["Anne_Laval", "Pierre_Laval"], "Hà_Nội")],
        ),
        (
            "Hôm_qua , ông [PER Đàm_Văn_Lâm] cùng vợ [PER Hồ_Thị_Mai] đến [CITY Đà_Lạt] .",
            [("TRAVEL", ["Hồ_Thị_Mai", "Đàm_Văn_Lâm"], "Đà_Lạt")],
        ),
        (
            "Ông [PER Đàm_Văn_Lâm] cùng với phu_nhân [PER Hồ_Thị_Mai] đã tới [CITY Tokyo] .",
            [("TRAVEL", ["Hồ_Thị_Mai", "Đàm_Văn_Lâm"], "Tokyo")],
        ),
        (
            "Danh_thủ [PER Marco_Ruiz] cùng bạn_gái [PER Elena_Costa] sang [COUNTRY Ý] .",
            [("TRAVEL", ["Elena_Costa", "Marco_Ruiz"], "Ý")],
        ),
        # the companions' country names no one who goes
        (
            "Chủ_tịch [PER Đàm_Văn_Lâm] cùng đoàn tùy_tùng [COUNTRY Việt_Nam] đến [CITY Washington] .",
            [("TRAVEL", ["Đàm_Văn_Lâm"], "Washington")],
        ),
        (
            "Cô [PER Hồ_Thị_Mai] cùng gia_đình [CITY Hà_Nội] đến [CITY Đà_Lạt] .",
            [("TRAVEL", ["Hồ_Thị_Mai"], "Đà_Lạt")],
        ),
        # unnamed, the companion leaves the subject alone
        (
            "Ông [PER Đàm_Văn_Lâm] cùng phu_nhân đã tới [CITY Tokyo] .",
            [("TRAVEL", ["Đàm_Văn_Lâm"], "Tokyo")],
        ),
    ],
)
def test_events_a_named_companion_goes_with_the_subject(markup, expected):
    assert trips(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "chồng Thu_Hà" after Thu_Hà is her husband, unnamed: a kin noun before the name gives no one
        ("[PER Thu_Hà] và chồng [PER Thu_Hà] đã tới [CITY Huế] .", []),
        # the companion named after the object of an earlier verb: no one joined to a subject
        ("Ông [PER Đàm_Văn_Lâm] gặp phu_nhân [PER Hồ_Thị_Mai] tại [CITY Tokyo] .", [("MEETING", ["Hồ_Thị_Mai", "Đàm_Văn_Lâm"], "Tokyo")]),
    ],
)
def test_events_a_companion_noun_not_joining_two_people_adds_no_one(markup, expected):
    assert trips(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Bà [PER Hồ_Thị_Mai] , phu_nhân Tổng_thống [PER Đàm_Văn_Lâm] , đã tới [CITY Tokyo] .",
            [("TRAVEL", ["Hồ_Thị_Mai"], "Tokyo")],
        ),
        (
            "Bà [PER Hồ_Thị_Mai] , phu_nhân ông [PER Đàm_Văn_Lâm] , đã tới [CITY Tokyo] .",
            [("TRAVEL", ["Hồ_Thị_Mai"], "Tokyo")],
        ),
    ],
)
def test_events_a_spouse_in_apposition_tells_whose_the_subject_is(markup, expected):
    assert trips(markup) == expected


def _speakers(sentence: str) -> list[str]:
    found = extract_article(Article("t", sentence, "test", segmented=False), learned=False)
    return [m.text for e in found.events if e.type is EventType.STATEMENT for m in e.mentions("agent")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bà Sophie, phu nhân Tổng thống Pierre Laval, cho biết bà rất vui.", ["Sophie"]),
        ("Phu nhân Sophie cho biết bà rất vui.", ["Sophie"]),
    ],
)
def test_events_a_spouse_speaks_not_the_one_whose_spouse_she_is(sentence, expected):
    assert _speakers(sentence) == expected
