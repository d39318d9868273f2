"""Aid given or pledged to a named recipient is a gift, planned when pledged or decided."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def gifts(markup: str) -> list[tuple[str, str, bool]]:
    _, events = relations(markup)
    return [
        (e.mentions("agent")[0].text, e.mentions("recipient")[0].text, e.planned)
        for e in events
        if e.type is EventType.GIFT_GIVING
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # decided or pledged: planned; the people of a country stand for it
        (
            "[COUNTRY Việt_Nam] quyết_định viện_trợ khẩn_cấp trị_giá 100.000 USD cho người_dân [COUNTRY Philippines] bị nạn .",
            [("Việt_Nam", "Philippines", True)],
        ),
        (
            "[ORG Hội Chữ_thập_đỏ New_Zealand] cũng cam_kết viện_trợ hơn 412.000 USD cho [COUNTRY Philippines] .",
            [("Hội Chữ_thập_đỏ New_Zealand", "Philippines", True)],
        ),
        ("[COUNTRY Nhật_Bản] đã viện_trợ 10 triệu USD cho [COUNTRY Philippines] .", [("Nhật_Bản", "Philippines", False)]),
        # a title in apposition to the giver's name is no second giver
        (
            "Bà [PER Julie_Bishop] , [REF Bộ_trưởng ngoại_giao [COUNTRY Australia]] cam_kết sẽ viện_trợ "
            "400.000 USD cho nhân_dân [COUNTRY Philippines] .",
            [("Julie_Bishop", "Philippines", True)],
        ),
        # one who announces aid does not give it: the state does
        (
            "Bà [PER Julie_Bishop] thông_báo sẽ viện_trợ 400.000 USD cho nhân_dân [COUNTRY Philippines] .",
            [],
        ),
        # aid to no one named; a decision about something else
        ("[ORG Chính_phủ Anh] cam_kết sẽ viện_trợ 9,6 triệu USD cho công_tác khắc_phục hậu_quả .", []),
        ("[COUNTRY Mỹ] quyết_định cắt viện_trợ cho [COUNTRY Ai_Cập] .", []),
        # a decision or pledge to visit is planned
        ("Ông [PER Lê_Minh] quyết_định thăm [COUNTRY Lào] .", []),
    ],
)
def test_gifts_of_aid(markup, expected):
    assert gifts(markup) == expected


def test_a_pledged_visit_is_planned():
    _, events = relations("Ông [PER Lê_Minh] cam_kết thăm [COUNTRY Lào] .")
    (visit,) = [e for e in events if e.type is EventType.VISIT]
    assert visit.planned and [m.text for m in visit.mentions("agent")] == ["Lê_Minh"]
