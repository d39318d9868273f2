"""A visit named as the occasion of a clause ("nhân chuyến thăm Z của X , …") is planned when that clause is."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def visits(markup: str) -> list[tuple[str, str, bool]]:
    _, events = relations(markup)
    return [
        (e.mentions("agent")[0].text, e.mentions("place")[0].text, e.planned)
        for e in events
        if e.type is EventType.VISIT
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the clause after the occasion is planned
        (
            "Nhân chuyến thăm [COUNTRY Lào] của Thủ_tướng [PER Trần_Minh] , hai bên sẽ ký ba hiệp_định .",
            [("Trần_Minh", "Lào", True)],
        ),
        (
            "Ông [PER Hà_Văn_Tư] cho biết , nhân dịp chuyến thăm [COUNTRY Nhật_Bản] của Chủ_tịch [PER Lê_Sơn] , "
            "hai công_ty sẽ mở triển_lãm .",
            [("Lê_Sơn", "Nhật_Bản", True)],
        ),
        # a word of plan before the occasion
        (
            "Sắp tới , nhân chuyến thăm [COUNTRY Ấn_Độ] của Tổng_thống [PER Lê_Sơn] , hai nước ký hiệp_định .",
            [("Lê_Sơn", "Ấn_Độ", True)],
        ),
        # the clause after the occasion is told as done: the visit is not planned
        (
            "Nhân chuyến thăm [COUNTRY Lào] của Thủ_tướng [PER Trần_Minh] , hai bên đã ký ba hiệp_định .",
            [("Trần_Minh", "Lào", False)],
        ),
        # without an occasion word, a plan later in the sentence is another act's
        (
            "Trong chuyến thăm [COUNTRY Lào] của Thủ_tướng [PER Trần_Minh] , hai bên đã ký ba hiệp_định , "
            "và sẽ gặp lại vào năm sau .",
            [("Trần_Minh", "Lào", False)],
        ),
    ],
)
def test_visit_as_occasion_is_as_planned_as_its_clause(markup: str, expected: list[tuple[str, str, bool]]) -> None:
    assert visits(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # what one said or did during a visit, with "của", tells whose visit it was
        (
            "Thông_cáo nhắc lại cam_kết của Tổng_thống [PER Paul_Durand] đưa ra trong chuyến thăm [COUNTRY Mexico] tháng 9 .",
            [("Paul_Durand", "Mexico", False)],
        ),
        (
            "Bài phát_biểu của Thủ_tướng [PER Lê_Văn_Hòa] tại chuyến thăm [COUNTRY Nhật_Bản] được đánh_giá cao .",
            [("Lê_Văn_Hòa", "Nhật_Bản", False)],
        ),
        # the people of a body during a visit are not the body visiting
        ("Nhà_báo của [ORG Thông_tấn_xã Bình_Minh] có_mặt trong chuyến thăm [COUNTRY Nhật_Bản] .", []),
        # too many words between the deed and the visit: whose visit is not told
        ("Cam_kết của ông [PER Lê_Văn_Hòa] đã được nhắc lại nhiều lần trong chuyến thăm [COUNTRY Nhật_Bản] .", []),
    ],
)
def test_visit_of_whose_deed_it_frames(markup, expected):
    assert visits(markup) == expected
