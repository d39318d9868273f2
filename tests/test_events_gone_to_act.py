"""What one goes somewhere to do ("X đến gặp Y", "X sang Hà_Nội để gặp Y"), a meal two parties share, and
the person a chain of appositions before the verb describes ("Ông X , Chủ_tịch Y , đã tiếp Z")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def events(markup: str, event_type: EventType) -> list[tuple[set[str], str | None]]:
    """The events of one type in ``markup``: the names in their roles other than the place, and their place."""
    _, found = relations(markup)
    return [
        ({r.mention.text for r in e.roles if r.role != "place"}, next((m.text for m in e.mentions("place")), None))
        for e in found
        if e.type is event_type
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a verb of going opens the act: its subject does it
        ("Sáng nay , ông [PER Lê_Hữu_Phước] đến gặp bà [PER Trần_Thu_Vân] .", [({"Lê_Hữu_Phước", "Trần_Thu_Vân"}, None)]),
        ("Ông [PER Lê_Hữu_Phước] đã tới gặp bà [PER Trần_Thu_Vân] tại [CITY Huế] .", [({"Lê_Hữu_Phước", "Trần_Thu_Vân"}, "Huế")]),
        ("[ORG Công_đoàn Sở Y_tế] sang gặp ông [PER Đỗ_Minh_Khải] .", [({"Công_đoàn Sở Y_tế", "Đỗ_Minh_Khải"}, None)]),
        # where one goes, and a word of purpose, between the two verbs
        ("Ông [PER Lê_Hữu_Phước] sang [CITY Viêng_Chăn] gặp ông [PER Somsak_Vong] .", [({"Lê_Hữu_Phước", "Somsak_Vong"}, None)]),
        ("Ông [PER Lê_Hữu_Phước] bay tới [CITY Tokyo] để gặp ông [PER Kenji_Sato] .", [({"Lê_Hữu_Phước", "Kenji_Sato"}, None)]),
        # no verb of going: the one before is not the subject
        ("Nhờ ông [PER Lê_Hữu_Phước] , chúng_tôi gặp bà [PER Trần_Thu_Vân] .", []),
        # going on in a contest is no meeting
        ("[ORG Câu_lạc_bộ Hà_Nội] đi tiếp vào vòng trong .", []),
    ],
)
def test_gone_to_meet(markup: str, expected: list[tuple[set[str], str | None]]) -> None:
    assert events(markup, EventType.MEETING) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Bà [PER Hà_Thị_Lan] đã đến tặng quà ông [PER Vũ_Văn_Sơn] .", [{"Hà_Thị_Lan", "Vũ_Văn_Sơn"}]),
        ("Bà [PER Hà_Thị_Lan] về [REGION Quảng_Bình] trao quà cho ông [PER Vũ_Văn_Sơn] .", [{"Hà_Thị_Lan", "Vũ_Văn_Sơn"}]),
    ],
)
def test_gone_to_give(markup: str, expected: list[set[str]]) -> None:
    assert [names for names, _ in events(markup, EventType.GIFT_GIVING)] == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # two subjects share a meal: they meet, where it is told
        ("[PER Lý_Minh_Thu] và [PER Peter_Hall] ăn trưa tại một nhà_hàng ở [CITY Đà_Nẵng] .", [({"Lý_Minh_Thu", "Peter_Hall"}, "Đà_Nẵng")]),
        ("Tối qua , [PER Lý_Minh_Thu] và [PER Peter_Hall] tới ăn tối tại [CITY Hội_An] .", [({"Lý_Minh_Thu", "Peter_Hall"}, "Hội_An")]),
        ("Hai vợ_chồng [PER Lý_Minh_Thu] và [PER Peter_Hall] dùng_bữa cùng ông [PER Trần_Bảo] .", [({"Lý_Minh_Thu", "Peter_Hall", "Trần_Bảo"}, None)]),
        # one who eats alone meets no one, not even the owner of where he eats
        ("Ông [PER Lý_Minh_Thu] ăn trưa tại nhà_hàng của ông [PER Peter_Hall] .", []),
        ("Ông [PER Lý_Minh_Thu] ăn tối một_mình .", []),
    ],
)
def test_shared_meal(markup: str, expected: list[tuple[set[str], str | None]]) -> None:
    assert events(markup, EventType.MEETING) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a chain of appositions closed by a comma or a dash right before the verb: the person it describes acts
        (
            "Ông [PER Lưu_Văn_Hòa] , Chủ_tịch [ORG UBND tỉnh Ninh_Bình] , đã tiếp ông [PER Kenji_Sato] .",
            [{"Lưu_Văn_Hòa", "Kenji_Sato"}],
        ),
        (
            "Bộ_trưởng Ngoại_giao [COUNTRY Kuwait] - ông [PER Sabah_Khalid] - đã mời cơm_trưa ông [PER John_Baird] .",
            [{"Sabah_Khalid", "John_Baird"}],
        ),
        # the one named after "Theo" is the source, not the one who meets
        ("Theo ông [PER Lưu_Văn_Hòa] , Chủ_tịch [ORG UBND tỉnh Ninh_Bình] , đã tiếp ông [PER Kenji_Sato] .", []),
        # no person before the mark
        ("Tại [CITY Ninh_Bình] , đã tiếp ông [PER Kenji_Sato] .", []),
    ],
)
def test_apposed_subject(markup: str, expected: list[set[str]]) -> None:
    assert [names for names, _ in events(markup, EventType.MEETING)] == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the body "thuộc" ties the person to does not act for them
        (
            "Anh [PER Đặng_Văn_Lực] thuộc [ORG Đội cứu_hộ phường Tân_Định] đã gặp ông [PER Hồ_Văn_Tư] .",
            [{"Đặng_Văn_Lực", "Hồ_Văn_Tư"}],
        ),
        (
            "Thượng_úy [PER Đặng_Văn_Lực] thuộc [ORG Công_an huyện Đông_Anh] nhận được điện_thoại của ông [PER Hồ_Văn_Tư] .",
            [{"Đặng_Văn_Lực", "Hồ_Văn_Tư"}],
        ),
        # a body with no person tied to it by "thuộc" is left as it was
        ("Một đơn_vị thuộc [ORG Bộ Quốc_phòng] đã gặp ông [PER Hồ_Văn_Tư] .", []),
    ],
)
def test_member_of_body_acts(markup: str, expected: list[set[str]]) -> None:
    assert [names for names, _ in events(markup, EventType.MEETING)] == expected


@pytest.mark.parametrize(
    "markup",
    [
        # a meeting noun after "về" or "đến" tells what was spoken of, not an act one went to do
        "Bình_luận của ông [PER Lê_Hữu_Phước] về cuộc gặp với bà [PER Trần_Thu_Vân] được đăng hôm qua .",
        "Ông [PER Lê_Hữu_Phước] đề_cập đến cuộc gặp với bà [PER Trần_Thu_Vân] .",
    ],
)
def test_no_act_gone_to_before_a_noun(markup: str) -> None:
    assert events(markup, EventType.MEETING) == []
