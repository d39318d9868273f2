"""An invitation told before the main clause ("Nhận / Theo lời mời của X , Y sẽ thăm Z") is X's
invitation to whoever does the act of that clause, also the leader of a delegation; "theo lời mời
của X" is no saying of X."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def invitations(markup: str) -> list[tuple[str, str, str | None]]:
    _, events = relations(markup)
    return [
        (e.mentions("agent")[0].text, e.mentions("recipient")[0].text, (e.mentions("destination") or [None])[0] and e.mentions("destination")[0].text)
        for e in events
        if e.type is EventType.INVITATION
    ]


def statements(markup: str) -> list[str]:
    _, events = relations(markup)
    return [e.mentions("agent")[0].text for e in events if e.type is EventType.STATEMENT]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Nhận lời mời của Thủ_tướng [PER Lâm_Quốc_Huy] , Tổng_thống [PER Pedro_Alves] sẽ thăm chính_thức [COUNTRY Việt_Nam] .",
            [("Lâm_Quốc_Huy", "Pedro_Alves", "Việt_Nam")],
        ),
        (
            "Theo lời mời của [ORG Đảng Xã_hội Chile] , đoàn đại_biểu do đồng_chí [PER Vũ_Thanh_Sơn] dẫn_đầu đã sang thăm [COUNTRY Chile] .",
            [("Đảng Xã_hội Chile", "Vũ_Thanh_Sơn", "Chile")],
        ),
        (
            "Như đã đưa_tin , nhận lời mời của [ORG Tập_đoàn Hưng_Long] , ông [PER Pedro_Alves] đến [CITY Đà_Nẵng] làm_việc .",
            [("Tập_đoàn Hưng_Long", "Pedro_Alves", "Đà_Nẵng")],
        ),
        (
            "Theo lời mời của Thủ_tướng [PER Lâm_Quốc_Huy] , Tổng_thống [PER Pedro_Alves] đã hội_đàm với ông [PER Lâm_Quốc_Huy] .",
            [("Lâm_Quốc_Huy", "Pedro_Alves", None)],
        ),
    ],
)
def test_invitation_told_before_the_main_clause(markup, expected):
    assert invitations(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # the main clause tells a saying, no act one is invited to
        "Nhận lời mời của [ORG Tập_đoàn Hưng_Long] , ông [PER Pedro_Alves] cho_biết sẽ cân_nhắc .",
        # a name before the invitation: not told before the main clause
        "Ông [PER Pedro_Alves] , theo lời mời của [ORG Tập_đoàn Hưng_Long] , đã đến [CITY Đà_Nẵng] .",
        # no inviter named
        "Nhận lời mời , ông [PER Pedro_Alves] đến [CITY Đà_Nẵng] làm_việc .",
    ],
)
def test_invitation_told_before_the_main_clause_not_misread(markup):
    assert invitations(markup) == []


def test_an_invitation_is_no_saying_of_the_inviter():
    markup = "Theo lời mời của [ORG Đảng Xã_hội Chile] , đoàn đại_biểu do đồng_chí [PER Vũ_Thanh_Sơn] dẫn_đầu đã sang thăm [COUNTRY Chile] ."
    assert statements(markup) == []
    assert statements("Theo lời kêu_gọi của [ORG Hội Chữ_thập_đỏ] , người dân đã quyên_góp nhiều tiền .") == []
