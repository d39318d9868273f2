"""The address in brackets or apposition after a person or a body: its places, and how they chain."""

from __future__ import annotations

import pytest

from kg.extract.addresses import address_mentions
from kg.model import EntityType
from test_relations_markup import parse_markup, relations, triples


def located(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "locatedIn"}


def added_places(markup: str) -> set[tuple[str, EntityType]]:
    analysed, mentions, _ = parse_markup(markup)
    before = {(m.start, m.end) for m in mentions}
    return {(m.text, m.type) for m in address_mentions(analysed, mentions) if (m.start, m.end) not in before}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an address after a person, link by link from the ward to the city
        ("Bà [PER Hoa] ( [REGION Trúc_Bạch] , [REGION Ba_Đình] , [CITY Hà_Nội] ) kể lại chuyện cũ .",
         {("Trúc_Bạch", "locatedIn", "Ba_Đình"), ("Ba_Đình", "locatedIn", "Hà_Nội")}),
        ("Ông [PER Quang] , [REGION Tân_Định] , [REGION Quận_Nhất] , [CITY TP.HCM] , cho_biết chợ vắng .",
         {("Tân_Định", "locatedIn", "Quận_Nhất"), ("Quận_Nhất", "locatedIn", "TP.HCM")}),
        # after a body too
        ("Cửa_hàng [ORG Minh_Phát] ( [REGION Dịch_Vọng] , [REGION Cầu_Giấy] , [CITY Hà_Nội] ) mở cửa sớm .",
         {("Dịch_Vọng", "locatedIn", "Cầu_Giấy"), ("Cầu_Giấy", "locatedIn", "Hà_Nội")}),
        # an address abroad closing on its country
        ("Anh [PER Tom] ( [REGION Brooklyn] , [CITY New_York] , [COUNTRY Mỹ] ) gửi thư .",
         {("Brooklyn", "locatedIn", "New_York"), ("New_York", "locatedIn", "Mỹ")}),
    ],
)
def test_address_after_holder_chains(markup, expected):
    assert expected <= located(markup)


@pytest.mark.parametrize(
    ("markup", "unexpected"),
    [
        # no holder before the places: "ở X , Y , Hà_Nội" may list districts
        ("Giá rau ở [REGION Đống_Đa] , [REGION Hoàn_Kiếm] , [CITY Hà_Nội] đều tăng .", ("Đống_Đa", "locatedIn", "Hoàn_Kiếm")),
        # a list joined by "và" is no address
        ("Chị [PER Mai] ( [REGION Đống_Đa] và [REGION Hoàn_Kiếm] , [CITY Hà_Nội] ) bán rau .", ("Đống_Đa", "locatedIn", "Hoàn_Kiếm")),
        # no province or country closes the chain
        ("Chị [PER Mai] ( [REGION Đống_Đa] , [REGION Hoàn_Kiếm] ) bán rau .", ("Đống_Đa", "locatedIn", "Hoàn_Kiếm")),
        # provinces listed after a person are no chain of a ward and its district
        ("Đoàn của ông [PER Hải] ( [REGION Nam_Định] , [REGION Thái_Bình] , [CITY Hà_Nội] ) về sớm .",
         ("Nam_Định", "locatedIn", "Thái_Bình")),
        # the plural of a kind of place lists its units
        ("Ông [PER Hải] , các quận [REGION Đống_Đa] , [REGION Hoàn_Kiếm] , [CITY Hà_Nội] đều đi .",
         ("Đống_Đa", "locatedIn", "Hoàn_Kiếm")),
    ],
)
def test_address_near_misses_do_not_chain(markup, unexpected):
    assert unexpected not in located(markup)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a ward no list knows, opening a person's address
        ("Chị [PER Hạnh] ( Kim_Mã , [REGION Ba_Đình] , [CITY Hà_Nội] ) cho_biết .", {("Kim_Mã", EntityType.REGION)}),
        ("Chị [PER Hạnh] ( Yên_Hòa , [CITY Hà_Nội] ) cho_biết .", {("Yên_Hòa", EntityType.REGION)}),
        ("Anh [PER Bảo] ( Phú_Mỹ , [REGION Quận_Bảy] , [CITY TP.HCM] ) đến sớm .", {("Phú_Mỹ", EntityType.REGION)}),
        # raw text, the name written with spaces
        ("Chị [PER Hạnh] (Kim Mã, [REGION Ba Đình], [CITY Hà Nội]) cho biết.", {("Kim Mã", EntityType.REGION)}),
        # after its word of level, in brackets or after a comma, each later place after its own word of level
        ("Anh [PER Páo] , xã Tả_Phìn , huyện [REGION Sìn_Hồ] , [REGION Lai_Châu] đã cứu người .", {("Tả_Phìn", EntityType.REGION)}),
        ("Chị [PER Mai] ( bản Nà_Hìn , xã [REGION Chiềng_Ban] , [REGION Sơn_La] ) kể .", {("Nà_Hìn", EntityType.REGION)}),
        ("Ông [PER Tư] ( thị_trấn Lộc_Ninh , [REGION Bình_Phước] ) kể .", {("Lộc_Ninh", EntityType.CITY)}),
        ("Chị [PER Hạnh] (P. Hòa Khánh, Q. [REGION Liên Chiểu], [CITY Đà Nẵng]) cho biết.", {("Hòa Khánh", EntityType.REGION)}),
    ],
)
def test_address_opening_name_is_a_place(markup, expected):
    assert added_places(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # a body, a title or a date in the brackets: no address
        "Ông [PER Tùng] ( Giám_đốc , [CITY Hà_Nội] ) phát_biểu .",
        "Ông [PER Tùng] ( Viện_Sử_học ) phát_biểu .",
        # a bare name before a country alone may be a state or a city, not a ward
        "Anh [PER Tom] ( Texas , [COUNTRY Mỹ] ) gửi thư .",
        # the chain does not close on a province or a country
        "Chị [PER Hạnh] ( Kim_Mã , [REGION Ba_Đình] ) cho_biết .",
        # provinces listed, no address
        "Ông [PER Tùng] ( Sơn_Tây , [REGION Nam_Định] , [CITY Hà_Nội] ) phát_biểu .",
        # no person or body before the brackets
        "Giá rau ( Kim_Mã , [REGION Ba_Đình] , [CITY Hà_Nội] ) tăng .",
        # the bracket goes on after the province
        "Chị [PER Hạnh] ( Kim_Mã , [REGION Ba_Đình] , [CITY Hà_Nội] , 45 tuổi ) cho_biết .",
        # after a comma, a bare name with no word of level opens no address
        "Ông [PER Tùng] , Kim_Mã , [REGION Ba_Đình] , [CITY Hà_Nội] phát_biểu .",
        # a capitalised word of level opens a name ("Bản_Phủ"), not an address
        "Ông [PER Tùng] , Bản Phủ , [REGION Điện_Biên_Phủ] , [REGION Điện_Biên] phát_biểu .",
        # places joined by "và" are a list
        "Anh [PER Páo] , xã Tả_Phìn và xã [REGION Pa_Tần] , [REGION Lai_Châu] đến .",
    ],
)
def test_address_near_misses_add_no_place(markup):
    assert added_places(markup) == set()


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a dash joins a street to the unit written after its word of level
        ("Cửa_hàng nằm trên phố [LOC Huế] - quận [REGION Hai_Bà_Trưng] , [CITY Hà_Nội] .",
         {("Huế", "locatedIn", "Hai_Bà_Trưng")}),
        ("Nhà_hàng ở đường [LOC Trần_Phú] – Q.[REGION Hải_Châu] , [CITY Đà_Nẵng] .", {("Trần_Phú", "locatedIn", "Hải_Châu")}),
        # a body's bracketed address "trên" its street
        ("Học_sinh trường [ORG THCS_Lê_Lợi] ( trên đường [LOC Nguyễn_Du] , [CITY Huế] ) tan học .",
         {("THCS_Lê_Lợi", "locatedIn", "Nguyễn_Du")}),
    ],
)
def test_street_and_unit_of_an_address(markup, expected):
    assert expected <= located(markup)


@pytest.mark.parametrize(
    "markup",
    [
        # a dash between streets or between cities names a route, not an address
        "Xe đi trên đường [LOC Láng] - [LOC Hòa_Lạc] mỗi ngày .",
        "Tuyến [CITY Hà_Nội] - [CITY Hải_Phòng] thông xe .",
        # "trên" with no place after it
        "Ông [PER Lâm] , trường [ORG THCS_Lê_Lợi] ( trên 50 tuổi ) đến .",
    ],
)
def test_street_and_unit_near_misses(markup):
    assert not located(markup)
