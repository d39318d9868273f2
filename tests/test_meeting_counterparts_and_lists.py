"""Unnamed counterparts of a state are met as the state ("hội_đàm với người đồng_cấp Nhật"); the
parties listed by commas and closed by "và" are all met ("gặp X , Y và Z")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def meetings(markup: str) -> list[list[str]]:
    _, events = relations(markup)
    return [sorted(m.text for m in e.mentions("participant")) for e in events if e.type is EventType.MEETING]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông [PER Hà_Văn_Lực] hội_đàm với người đồng_cấp [COUNTRY Hàn_Quốc] .", [["Hà_Văn_Lực", "Hàn_Quốc"]]),
        (
            "[PER Hà_Văn_Lực] và [PER Tô_Văn_Kiên] có cuộc họp với những người đồng_cấp [COUNTRY Úc] ở [CITY Sydney] .",
            [["Hà_Văn_Lực", "Tô_Văn_Kiên", "Úc"]],
        ),
        ("Bà [PER Lò_Thị_Mai] điện_đàm với người đồng_nhiệm của [COUNTRY Pháp] về thương_mại .", [["Lò_Thị_Mai", "Pháp"]]),
        # a counterpart named after the country is the one met
        ("Ông [PER Hà_Văn_Lực] hội_đàm với người đồng_cấp [COUNTRY Hàn_Quốc] [PER Kim_Min_Su] .", [["Hà_Văn_Lực", "Kim_Min_Su"]]),
        # a list closed by "và"
        (
            "Ông [PER Hà_Văn_Lực] tiếp ông [PER Tô_Văn_Kiên] , bà [PER Lò_Thị_Mai] và ông [PER Vi_Văn_Nam] .",
            [["Hà_Văn_Lực", "Lò_Thị_Mai", "Tô_Văn_Kiên", "Vi_Văn_Nam"]],
        ),
        (
            "[ORG Bộ Xây_dựng] đã có buổi làm_việc với [ORG Tổng_công_ty Sông_Hồng] , [ORG Bộ Tài_chính] và [ORG Ngân_hàng Nhà_nước] .",
            [["Bộ Tài_chính", "Bộ Xây_dựng", "Ngân_hàng Nhà_nước", "Tổng_công_ty Sông_Hồng"]],
        ),
    ],
)
def test_meeting_counterparts_and_lists(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the people of a country are no counterparts
        ("Ông [PER Hà_Văn_Lực] gặp người dân [COUNTRY Hàn_Quốc] .", []),
        # a counterpart spoken of, not met
        ("Ông [PER Hà_Văn_Lực] cho_biết người đồng_cấp [COUNTRY Hàn_Quốc] sẽ tới .", []),
        # a title after the comma is an apposition, not a list
        ("Ông [PER Hà_Văn_Lực] tiếp ông [PER Tô_Văn_Kiên] , Chủ_tịch [ORG Hội Nông_dân] .", [["Hà_Văn_Lực", "Tô_Văn_Kiên"]]),
        # a list that mixes kinds, or is not closed by "và", adds no one
        (
            "Ông [PER Hà_Văn_Lực] gặp ông [PER Tô_Văn_Kiên] , [ORG Hội Nông_dân] và bà [PER Lò_Thị_Mai] .",
            [["Hà_Văn_Lực", "Tô_Văn_Kiên"]],
        ),
        (
            "Ông [PER Hà_Văn_Lực] gặp ông [PER Tô_Văn_Kiên] , [PER Lò_Thị_Mai] cho_biết .",
            [["Hà_Văn_Lực", "Tô_Văn_Kiên"]],
        ),
    ],
)
def test_meeting_counterparts_and_lists_not_misread(markup, expected):
    assert meetings(markup) == expected
