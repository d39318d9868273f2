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


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # words that qualify the visit before its destination
        (
            "Hai bên ca_ngợi chuyến thăm hữu_nghị chính_thức [COUNTRY Ấn_Độ] của Tổng_Bí_thư [PER Nguyễn_Phú_Trọng] .",
            [("Nguyễn_Phú_Trọng", "Ấn_Độ", False)],
        ),
        # a time to come between the destination and whose visit it is: planned
        (
            "Hai bên ca_ngợi chuyến thăm hữu_nghị chính_thức [COUNTRY Ấn_Độ] trong thời_gian tới của "
            "Tổng_Bí_thư [PER Nguyễn_Phú_Trọng] .",
            [("Nguyễn_Phú_Trọng", "Ấn_Độ", True)],
        ),
        ("Chuyến thăm [COUNTRY Nga] sắp tới của ông [PER Lê_Minh] được chuẩn_bị kỹ .", [("Lê_Minh", "Nga", True)]),
        # a date there tells when, not that it is to come
        ("Chuyến thăm [COUNTRY Nga] {hôm 13/9|--09-13} của ông [PER Lê_Minh] thành_công .", [("Lê_Minh", "Nga", False)]),
        # no "của" after the words of time: whose visit it is is not told
        ("Chuyến thăm [COUNTRY Nga] sắp tới , ông [PER Lê_Minh] nói , rất quan_trọng .", []),
        # a qualifier that is no visit's: the place only qualifies a noun
        ("Chuyến thăm nhà_máy [COUNTRY Nga] của ông [PER Lê_Minh] .", []),
    ],
)
def test_visit_noun_qualified_and_dated(markup, expected):
    assert visits(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the body a title heads qualifies the person named after it
        (
            "Chuyến thăm [COUNTRY Ấn_Độ] của Tổng_Bí_thư [ORG Ban_Chấp_hành Trung_ương Đảng Cộng_sản Việt_Nam] "
            "[PER Nguyễn_Phú_Trọng] thành_công .",
            [("Nguyễn_Phú_Trọng", "Ấn_Độ", False)],
        ),
        # a body whose delegation visits, with no one named after it
        ("Chuyến thăm [COUNTRY Lào] của [ORG Bộ Quốc_phòng] , nay đã kết_thúc .", [("Bộ Quốc_phòng", "Lào", False)]),
    ],
)
def test_visit_noun_of_a_title_holder(markup, expected):
    assert visits(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the one met is the visitor of the visit named as the meeting's occasion
        (
            "Chủ_tịch [PER Trương_Tấn_Sang] tiếp Bộ_trưởng [COUNTRY Nga] [PER Sergei_Lavrov] nhân chuyến thăm [COUNTRY Việt_Nam] .",
            [("Sergei_Lavrov", "Việt_Nam", False)],
        ),
        (
            "Ông [PER Nguyễn_Văn_Đua] tiếp đoàn đại_biểu [ORG Đảng Cộng_sản Pháp] nhân dịp chuyến thăm [CITY Hà_Nội] .",
            [("Đảng Cộng_sản Pháp", "Hà_Nội", False)],
        ),
        # parties that meet each other: who visits is not told
        ("[PER Lê_Minh] và [PER Trần_An] hội_đàm nhân chuyến thăm [COUNTRY Lào] .", []),
        # no meeting before the occasion
        ("Ông [PER Lê_Minh] phát_biểu nhân chuyến thăm [COUNTRY Lào] .", []),
    ],
)
def test_visitor_is_the_one_met(markup, expected):
    assert visits(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the one who leads the delegation that visits
        (
            "Bộ_trưởng [PER Lê_Minh] dẫn_đầu đoàn đại_biểu [ORG Bộ Quốc_phòng] đang thăm [COUNTRY Lào] .",
            [("Lê_Minh", "Lào", False)],
        ),
        ("Ông [PER Lê_Minh] sẽ dẫn_đầu phái_đoàn sang thăm [COUNTRY Nga] .", [("Lê_Minh", "Nga", True)]),
        # the leader named is not the delegation's; a person in the delegation's phrase
        ("Ông [PER Lê_Minh] gặp đoàn đại_biểu [ORG Bộ Quốc_phòng] đang thăm [COUNTRY Lào] .", []),
        ("Ông [PER Lê_Minh] dẫn_đầu đoàn , ông [PER Trần_An] thăm [COUNTRY Lào] .", [("Trần_An", "Lào", False)]),
    ],
)
def test_visit_of_the_delegation_leader(markup, expected):
    assert visits(markup) == expected
