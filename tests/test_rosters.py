"""Posts listed after the body they are held at, and lists of the posts a person held."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples

from kg.vocab import ROLE_PREDICATES


def roles(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in ROLE_PREDICATES}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a name with its title in apposition, then a count, a title, "là" and the names holding it
        (
            "Ban lãnh_đạo của [ORG Hòa_Phát] gồm ông [PER Trần_Văn_Long] , Chủ_tịch và hai Phó Tổng_giám_đốc "
            "là ông [PER Lê_Minh_Tú] và bà [PER Đặng_Thu_Hà] .",
            {
                ("Trần_Văn_Long", "chairmanOf", "Hòa_Phát"),
                ("Lê_Minh_Tú", "holdsPostAt", "Hòa_Phát"),
                ("Đặng_Thu_Hà", "holdsPostAt", "Hòa_Phát"),
            },
        ),
        # titles before the names, a few words between the body and "bao_gồm"
        (
            "Hội_đồng quản_trị của [ORG Sabeco] nhiệm_kỳ mới bao_gồm Chủ_tịch [PER Ngô_Văn_Bình] và "
            "Tổng_giám_đốc [PER Phan_Thị_Lan] .",
            {("Ngô_Văn_Bình", "chairmanOf", "Sabeco"), ("Phan_Thị_Lan", "holdsPostAt", "Sabeco")},
        ),
    ],
)
def test_rosters_posts_listed_after_the_body(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "unexpected"),
    [
        # a title with its own body is that body's post
        (
            "Đoàn công_tác của [ORG Bộ Y_tế] gồm ông [PER Vũ_Đức_Anh] , Giám_đốc [ORG Sở Y_tế Hà_Nội] .",
            ("Vũ_Đức_Anh", "holdsPostAt", "Bộ Y_tế"),
        ),
        # a mark between the body and the list: the list is not the body's
        (
            "Theo [ORG Vinamilk] , đoàn gồm ông [PER Hồ_Văn_Sơn] , Trưởng_phòng và bà [PER Lý_Thu_Trang] .",
            ("Hồ_Văn_Sơn", "holdsPostAt", "Vinamilk"),
        ),
    ],
)
def test_rosters_list_not_misread(markup, unexpected):
    assert unexpected not in roles(markup)


def test_rosters_names_without_titles_give_no_post():
    # the line-up's players are the side's members (kg/extract/squad_lists.py), none holds a post
    found = roles("Đội_hình của [ORG Hà_Nội_FC] gồm [PER Văn_An] , [PER Minh_Tuấn] và [PER Quốc_Hải] .")
    assert found == {(name, "memberOf", "Hà_Nội_FC") for name in ("Văn_An", "Minh_Tuấn", "Quốc_Hải")}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # items closed by semicolons, a place after a body, a unit "của" its body
        (
            "Ông [PER Đỗ_Minh_Phú] từng đảm_nhiệm nhiều vị_trí quan_trọng như Giám_đốc [ORG Sở Công_Thương] ; "
            "Chủ_tịch [ORG Hội Doanh_nhân trẻ] , [CITY Hà_Nội] ; Giám_đốc [ORG Trung_tâm Thẻ] của [ORG Ngân_hàng Á_Châu] .",
            {
                ("Đỗ_Minh_Phú", "formerlyHeldPostAt", "Sở Công_Thương"),
                ("Đỗ_Minh_Phú", "formerlyHeldPostAt", "Hội Doanh_nhân trẻ"),
                ("Đỗ_Minh_Phú", "formerlyHeldPostAt", "Ngân_hàng Á_Châu"),
            },
        ),
        # items closed by commas, a few words telling the post before its body
        (
            "Bà [PER Nguyễn_Thu_Hằng] đã giữ các chức_vụ như chuyên_viên phân_tích của [ORG Ngân_hàng HSBC] , "
            "Giám_đốc [ORG Quỹ Đầu_tư Mê_Kông] .",
            {
                ("Nguyễn_Thu_Hằng", "holdsPostAt", "Ngân_hàng HSBC"),
                ("Nguyễn_Thu_Hằng", "holdsPostAt", "Quỹ Đầu_tư Mê_Kông"),
            },
        ),
    ],
)
def test_rosters_posts_a_person_held_listed_after_a_verb_of_holding(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # no name before the verb
        "Các vị_trí như Giám_đốc [ORG Sở Y_tế] vẫn còn trống .",
        # an item that names a person ends the list
        "Ông [PER Lê_Văn_Tám] đảm_nhiệm vị_trí như [PER Trần_Hữu_Nghĩa] .",
        # a verb of holding without a noun of posts
        "Ông [PER Lê_Văn_Tám] giữ lời hứa như Giám_đốc [ORG Sở Y_tế] đã nói .",
    ],
)
def test_rosters_list_of_posts_not_misread(markup):
    assert roles(markup) == set()
