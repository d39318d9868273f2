"""A clause that goes on after an earlier act with a word of sequence shares its subject;
gifts to a place named after "cho", and gifts told in the passive."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, roles_of


def events_of(markup: str, kind: str) -> list[dict[str, list[str]]]:
    _, events = relations(markup)
    return [roles_of(e) for e in events if e.type.value == kind]


@pytest.mark.parametrize(
    ("markup", "kind", "expected"),
    [
        # the subject of the earlier act goes on to the next one
        ("[PER Lê_Minh] đến [CITY Đà_Lạt] , sau_đó hội_đàm với [PER Trần_Quang] .", "Meeting",
         [{"participant": ["Lê_Minh", "Trần_Quang"]}]),
        ("[PER Lê_Minh] đến [CITY Đà_Lạt] , sau_đó đã gặp [PER Trần_Quang] .", "Meeting",
         [{"participant": ["Lê_Minh", "Trần_Quang"]}]),
        ("[PER Lê_Minh] gặp [PER Trần_Quang] rồi sang [COUNTRY Lào] .", "Travel",
         [{"agent": ["Lê_Minh"], "destination": ["Lào"]}]),
        ("[PER Lê_Minh] phát_biểu khai_mạc , sau_đó bay tới [CITY Viêng_Chăn] .", "Travel",
         [{"agent": ["Lê_Minh"], "destination": ["Viêng_Chăn"]}]),
        # a clause with a subject of its own keeps it
        ("[PER Lê_Minh] gặp [PER Trần_Quang] , sau_đó [PER Hà_An] tới [CITY Huế] .", "Travel",
         [{"agent": ["Hà_An"], "destination": ["Huế"]}]),
        # ... and words after a colon or a quotation mark are someone's saying, not the act's sequel
        ('[PER Hà_An] chia_sẻ : " Lâu lắm rồi tôi mới được gặp lại chị [PER Lan_Anh] .', "Meeting", []),
        # a word of sequence with a pronoun between it and the verb names a subject of its own
        ("[PER Lê_Minh] nói , rồi tôi gặp [PER Trần_Quang] .", "Meeting", []),
    ],
)
def test_continued_acts(markup, kind, expected):
    assert events_of(markup, kind) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a province or a country after "cho" receives the gift
        ("[ORG Viettel] trao_tặng 200 suất quà cho [REGION Quảng_Trị] .", [{"agent": ["Viettel"], "recipient": ["Quảng_Trị"]}]),
        ("[ORG Vinamilk] tặng 1.000 hộp sữa cho tỉnh [REGION Hà_Giang] .", [{"agent": ["Vinamilk"], "recipient": ["Hà_Giang"]}]),
        # ... not a place the gift is handed over in, nor a place set as a direct object
        ("[PER Lê_Minh] tặng hoa tại [CITY Huế] .", []),
        ("[PER Lê_Minh] tặng [CITY Huế] một bức tượng .", []),
        # the passive: the subject of "được" receives from the giver after it
        ("Bà [PER Lan_Anh] được [PER Lê_Minh] tặng một bức tranh .", [{"agent": ["Lê_Minh"], "recipient": ["Lan_Anh"]}]),
        ("[ORG Trường Tiểu_học Hòa_Bình] được [ORG Viettel] trao_tặng 50 máy_tính .",
         [{"agent": ["Viettel"], "recipient": ["Trường Tiểu_học Hòa_Bình"]}]),
        # ... no recipient when nothing stands before "được"
        ("Bức tranh được [PER Lê_Minh] tặng năm 2010 .", []),
    ],
)
def test_gifts_to_places_and_passive(markup, expected):
    assert events_of(markup, "GiftGiving") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # verbs of going that say how one goes, then the direction and the destination
        ("[ORG U23 Lào] hành_quân sang [COUNTRY Myanmar] dự giải .", [{"agent": ["U23 Lào"], "destination": ["Myanmar"]}]),
        # a named body's delegation goes as the body (docs/annotation.md)
        ("Đoàn của [ORG Viettel] đã di_chuyển tới [CITY Yangon] .", [{"agent": ["Viettel"], "destination": ["Yangon"]}]),
        ("[ORG Đội_tuyển Lào] đã di_chuyển tới [CITY Yangon] .", [{"agent": ["Đội_tuyển Lào"], "destination": ["Yangon"]}]),
        ("[PER Trần_Khải] bỏ trốn sang [COUNTRY Campuchia] năm 2010 .", [{"agent": ["Trần_Khải"], "destination": ["Campuchia"]}]),
        ("[PER Trần_Khải] xuất_cảnh sang [COUNTRY Lào] .", [{"agent": ["Trần_Khải"], "destination": ["Lào"]}]),
        ("[PER Trần_Khải] nhập_cảnh [COUNTRY Thái_Lan] trái_phép .", [{"agent": ["Trần_Khải"], "destination": ["Thái_Lan"]}]),
        ("[PER Trần_Khải] quay về [CITY Huế] sau ba năm .", [{"agent": ["Trần_Khải"], "destination": ["Huế"]}]),
        # ... a verb of going with no place after it, or a body that is no place, gives no travel
        ("[PER Trần_Khải] bỏ trốn sang nước ngoài .", []),
        ("[PER Trần_Khải] quay về [ORG Viettel] làm_việc .", []),
    ],
)
def test_ways_of_going(markup, expected):
    assert events_of(markup, "Travel") == expected
