"""Meetings with the unnamed officials of a named place, met for it, and objects that stop at the next
meeting verb."""

from __future__ import annotations

import pytest

from test_relations_markup import meetings


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a province's or a city's leaders, or the province named by its kind
        ("Bộ_trưởng [PER Lê_Văn_Thành] đã làm_việc với lãnh_đạo tỉnh [REGION Hà_Giang] .", [{"Lê_Văn_Thành", "Hà_Giang"}]),
        ("Bộ_trưởng [PER Lê_Văn_Thành] làm_việc với lãnh_đạo chủ_chốt thành_phố [CITY Cần_Thơ] .", [{"Lê_Văn_Thành", "Cần_Thơ"}]),
        ("Phó Thủ_tướng [PER Trần_Hòa] đã làm_việc với tỉnh [REGION Hà_Giang] về dự_án .", [{"Trần_Hòa", "Hà_Giang"}]),
        ("Bà [PER Trần_Hòa] có buổi làm_việc với lãnh_đạo tỉnh [REGION Hà_Giang] .", [{"Trần_Hòa", "Hà_Giang"}]),
        # a country's unnamed officials
        ("Ông [PER Tom_Rice] đã hội_đàm với các quan_chức [COUNTRY Nhật_Bản] .", [{"Tom_Rice", "Nhật_Bản"}]),
        ("Ông [PER Tom_Rice] đã gặp lãnh_đạo [COUNTRY Ấn_Độ] tại [CITY New_Delhi] .", [{"Tom_Rice", "Ấn_Độ"}]),
        ("Ông [PER Tom_Rice] gặp [REF các quan_chức [COUNTRY Ấn_Độ]] .", [{"Tom_Rice", "Ấn_Độ"}]),
        # "lãnh_đạo" of a country told as a person may be its one leader, whom the article names
        ("Ông [PER Tom_Rice] gặp [REF lãnh_đạo [COUNTRY Ấn_Độ]] .", [{"Tom_Rice", "lãnh_đạo Ấn_Độ"}]),
        # the words are the title of a person named after the place: that person is met
        (
            "Ông [PER Tom_Rice] gặp lãnh_đạo tỉnh [REGION Hà_Giang] [PER Lê_Minh] .",
            [{"Tom_Rice", "Lê_Minh"}],
        ),
        # a country with no word for its officials is a match; a province with none, no one met
        ("Đội_tuyển [ORG Việt_Nam] sẽ gặp [COUNTRY Nhật_Bản] .", []),
        ("Bộ_trưởng [PER Lê_Văn_Thành] đã làm_việc với nông_dân [REGION Hà_Giang] .", []),
        ("Bộ_trưởng [PER Lê_Văn_Thành] đã làm_việc tại tỉnh [REGION Hà_Giang] .", []),
        # a visit to its host, told with "thăm và": a visit, no meeting
        ("Bộ_trưởng [PER Lê_Văn_Thành] đã đến thăm và làm_việc với lãnh_đạo tỉnh [REGION Hà_Giang] .", []),
        ("Bộ_trưởng [PER Lê_Văn_Thành] đến thăm và làm_việc với [ORG Tập_đoàn Sông_Đà] .", []),
    ],
)
def test_meeting_officials_of_a_place(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "và" joins another act, not another party: each meeting has its own
        (
            "Ông [PER Tom_Rice] gặp Thủ_tướng [PER Lê_Minh] và hội_đàm với Ngoại_trưởng [PER Trần_An] .",
            [{"Tom_Rice", "Lê_Minh"}, {"Tom_Rice", "Trần_An"}],
        ),
        # ... while "và" between two names keeps both parties
        (
            "Ông [PER Tom_Rice] gặp Thủ_tướng [PER Lê_Minh] và Ngoại_trưởng [PER Trần_An] .",
            [{"Tom_Rice", "Lê_Minh", "Trần_An"}],
        ),
    ],
)
def test_meeting_objects_stop_at_the_next_meeting_verb(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the leaders of several places listed
        (
            "Bộ_trưởng [PER Lê_Văn_Thành] làm_việc với lãnh_đạo các tỉnh [REGION Hà_Giang] , [REGION Sơn_La] và [REGION Lai_Châu] .",
            [{"Lê_Văn_Thành", "Hà_Giang", "Sơn_La", "Lai_Châu"}],
        ),
        # a place's leaders who receive, opening the clause
        ("Lãnh_đạo tỉnh [REGION Hà_Giang] đã tiếp Bộ_trưởng [PER Lê_Văn_Thành] .", [{"Hà_Giang", "Lê_Văn_Thành"}]),
        ("Sáng nay , lãnh_đạo thành_phố [CITY Cần_Thơ] tiếp Đại_sứ [PER Tom_Rice] .", [{"Cần_Thơ", "Tom_Rice"}]),
        ("[REF Các quan_chức [COUNTRY Lào]] đã tiếp Bộ_trưởng [PER Lê_Văn_Thành] .", [{"Lào", "Lê_Văn_Thành"}]),
        ("[REF Lãnh_đạo tỉnh [REGION Sơn_La]] đã tiếp Bộ_trưởng [PER Lê_Văn_Thành] .", [{"Sơn_La", "Lê_Văn_Thành"}]),
        # the place only qualifies the subject ("nông_dân tỉnh X"): no one named meets
        ("Nông_dân tỉnh [REGION Hà_Giang] đã gặp Bộ_trưởng [PER Lê_Văn_Thành] .", []),
    ],
)
def test_meeting_officials_listed_and_receiving(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a leader with the delegation they lead meets for it
        ("Bộ_trưởng [PER Lê_Văn_Thành] cùng đoàn công_tác đã làm_việc với [ORG UBND tỉnh Hà_Giang] .", [{"Lê_Văn_Thành", "UBND tỉnh Hà_Giang"}]),
        ("Thứ_trưởng [PER Trần_Hòa] và đoàn đã làm_việc với lãnh_đạo tỉnh [REGION Sơn_La] .", [{"Trần_Hòa", "Sơn_La"}]),
        # ... not when the meeting is denied
        ("Bộ_trưởng [PER Lê_Văn_Thành] cùng đoàn công_tác không gặp [ORG UBND tỉnh Hà_Giang] .", []),
    ],
)
def test_meeting_leader_with_delegation(markup, expected):
    assert meetings(markup) == expected
