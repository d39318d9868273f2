"""A title with its body reaching the name past the place the post is held at, and a title
reaching a province or city past the word of its kind (kg.extract.roles)."""

from __future__ import annotations

import pytest

from test_relations_markup import role_triples as posts


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Bộ Ngoại_giao đã triệu Đại_biện lâm_thời [COUNTRY Canada] tại [CITY Hà_Nội] , [PER ông|Mark_Wilson] .",
            ("Mark_Wilson", "holdsPostAt", "Canada"),
        ),
        (
            "[REF Tổng_lãnh_sự [COUNTRY Hàn_Quốc]] tại [CITY Đà_Nẵng] , [PER bà|Kim_Min_Ji] cho_biết hai bên sẽ hợp_tác .",
            ("Kim_Min_Ji", "holdsPostAt", "Hàn_Quốc"),
        ),
    ],
)
def test_roles_title_first_past_the_place_held_at(markup, expected):
    found = posts(markup)
    assert expected in found
    assert not [t for t in found if t[0] == expected[0] and t[2] != expected[2]]


@pytest.mark.parametrize(
    ("markup", "person"),
    [
        # a list of places: the name after the last one is no holder of the title
        ("Đại_sứ [COUNTRY Canada] tại [CITY Hà_Nội] , [CITY Huế] , [PER ông|Mark_Wilson] đã đến .", "Mark_Wilson"),
        # a person before "tại", not a title's body
        ("Chủ_tịch [PER Lê_Văn_Hải] tại [CITY Huế] , [PER ông|Mark_Wilson] phát_biểu .", "Mark_Wilson"),
        # an embassy is a body, not a title
        ("[ORG Đại_sứ_quán Canada] tại [CITY Hà_Nội] , [PER ông|Mark_Wilson] cho_biết .", "Mark_Wilson"),
    ],
)
def test_roles_title_first_place_negatives(markup, person):
    assert not [t for t in posts(markup) if t[0] == person]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Đến dự có ông [PER Đinh_Văn_Lộc] – Phó Chủ_tịch tỉnh [REGION Kon_Tum] , ông [PER Hà_Minh] – nhà_báo .",
            ("Đinh_Văn_Lộc", "holdsPostAt", "Kon_Tum"),
        ),
        (
            "[PER Phó Chủ_tịch tỉnh [REGION Bến_Tre]|Cao_Văn_Trọng] cho_biết cầu sẽ thông_xe .",
            ("Cao_Văn_Trọng", "holdsPostAt", "Bến_Tre"),
        ),
        (
            "Ông [PER Lương_Văn_Tư] , Chủ_tịch thành_phố [CITY Vinh] , đã đến thăm .",
            ("Lương_Văn_Tư", "chairmanOf", "Vinh"),
        ),
    ],
)
def test_roles_place_word_between_title_and_place(markup, expected):
    assert expected in posts(markup)


@pytest.mark.parametrize(
    ("markup", "person", "place"),
    [
        # a body of the province: the post is the body's, not the province's
        (
            "Ông [PER Lương_Văn_Tư] , Chủ_tịch [ORG Hội Nông_dân tỉnh Nghệ_An] , đã đến thăm .",
            "Lương_Văn_Tư",
            "Nghệ_An",
        ),
        # a title of no province ("Giám_đốc") before the place word
        ("Ông [PER Lương_Văn_Tư] , Giám_đốc tỉnh [REGION Nghệ_An] , đã đến thăm .", "Lương_Văn_Tư", "Nghệ_An"),
        # a list of provinces, then another person's name
        (
            "Phó Chủ_tịch tỉnh [REGION Lâm_Đồng] và [REGION Đắk_Lắk] đã gặp ông [PER Lê_Văn_Tám] .",
            "Lê_Văn_Tám",
            "Lâm_Đồng",
        ),
    ],
)
def test_roles_place_word_negatives(markup, person, place):
    assert not [t for t in posts(markup) if t[0] == person and t[2] == place]
