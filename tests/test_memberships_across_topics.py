"""Memberships and seats outside sport: members of associations, unions and parties, youth-union
members, students who begin their studies; a seat on a council or a party committee stays a post."""

from __future__ import annotations

import pytest

from kg.extract.team_members import is_association
from test_relations_markup import relations, triples


def ties(markup: str) -> set[tuple[str, str, str]]:
    """The memberships and posts found in ``markup``."""
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in ("memberOf", "holdsPostAt")}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a plain member of an association, a union or a party, by a copula or in apposition
        ("[PER Trần_Văn_Lâm] là thành_viên [ORG Hội Nhà_báo Việt_Nam] .", {("Trần_Văn_Lâm", "memberOf", "Hội Nhà_báo Việt_Nam")}),
        (
            "Bà [PER Ngô_Thị_Hạnh] , thành_viên [ORG Hiệp_hội Dệt_may Việt_Nam] , cho_biết giá bông đang tăng .",
            {("Ngô_Thị_Hạnh", "memberOf", "Hiệp_hội Dệt_may Việt_Nam")},
        ),
        ("[PER Christian_Ott] là thành_viên của [ORG Đảng Xanh] từ năm 1990 .", {("Christian_Ott", "memberOf", "Đảng Xanh")}),
        ("Chị [PER Phạm_Thị_Lan] là thành_viên [ORG Công_đoàn Ngân_hàng Việt_Nam] .", {("Phạm_Thị_Lan", "memberOf", "Công_đoàn Ngân_hàng Việt_Nam")}),
        (
            "Nhà_thơ [PER Vi_Thùy_Linh] , thành_viên [ORG Liên_hiệp_hội Văn_học Nghệ_thuật Thái_Nguyên] , vừa ra_mắt tập thơ .",
            {("Vi_Thùy_Linh", "memberOf", "Liên_hiệp_hội Văn_học Nghệ_thuật Thái_Nguyên")},
        ),
        # a member of the youth union
        (
            "[PER Lò_Văn_Pao] là đoàn_viên [ORG Đoàn Thanh_niên Cộng_sản Hồ_Chí_Minh] .",
            {("Lò_Văn_Pao", "memberOf", "Đoàn Thanh_niên Cộng_sản Hồ_Chí_Minh")},
        ),
        (
            "Anh [PER Vàng_A_Sử] , đoàn_viên [ORG Đoàn Thanh_niên huyện Mù_Cang_Chải] , đã hiến máu hai lần .",
            {("Vàng_A_Sử", "memberOf", "Đoàn Thanh_niên huyện Mù_Cang_Chải")},
        ),
        # a seat on a board, a council or a party committee is a post, not a membership
        ("[PER Đặng_Quốc_Khánh] là thành_viên [ORG Hội_đồng Quản_trị Vinamilk] .", {("Đặng_Quốc_Khánh", "holdsPostAt", "Hội_đồng Quản_trị Vinamilk")}),
        (
            "Ông [PER Bùi_Đức_Hạnh] , thành_viên [ORG Hội_đồng Khoa_học Viện Vật_lý] , cho_biết đề_tài đã xong .",
            {("Bùi_Đức_Hạnh", "holdsPostAt", "Hội_đồng Khoa_học Viện Vật_lý")},
        ),
        ("[PER Lưu_Văn_Tâm] là thành_viên [ORG Đảng_ủy Khối Doanh_nghiệp Trung_ương] .", {("Lưu_Văn_Tâm", "holdsPostAt", "Đảng_ủy Khối Doanh_nghiệp Trung_ương")}),
        ("[PER Hồ_Sĩ_Quang] là thành_viên [ORG Hội_nghị Hiệp_thương] .", {("Hồ_Sĩ_Quang", "holdsPostAt", "Hội_nghị Hiệp_thương")}),
        # a seat written "ủy_viên" stays a seat, even of an association
        ("[PER Kiều_Văn_Toàn] là ủy_viên [ORG Hội Nhà_văn Việt_Nam] .", {("Kiều_Văn_Toàn", "holdsPostAt", "Hội Nhà_văn Việt_Nam")}),
        # not a member: a wish, a denial
        ("[PER Trịnh_Văn_Bảo] muốn trở_thành thành_viên [ORG Hội Nhà_văn Việt_Nam] .", set()),
        ("[PER Trịnh_Văn_Bảo] không phải là thành_viên của [ORG Đảng Cộng_hòa] .", set()),
        # a noun of a union member with no body after it
        ("[PER Lò_Văn_Pao] là một đoàn_viên gương_mẫu của xã .", set()),
    ],
)
def test_memberships_across_topics_associations_and_parties(markup, expected):
    assert ties(markup) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hội Nhà_văn Việt_Nam", True),
        ("Hiệp_hội Dệt_may Việt_Nam", True),
        ("Đảng Dân_chủ", True),
        ("Công_đoàn Giáo_dục", True),
        ("Hội_đồng Bảo_an Liên_Hợp_Quốc", False),
        ("Hội_nghị Thượng_đỉnh", False),
        ("Đảng_bộ tỉnh Nghệ_An", False),
        ("Đảng_ủy Công_an Trung_ương", False),
        ("Bộ Y_tế", False),
    ],
)
def test_memberships_across_topics_kinds_of_association(name, expected):
    assert is_association(name) is expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a student who begins studying at a school
        ("[PER Đinh_Công_Lý] bắt_đầu học kinh_tế tại [ORG Đại_học Tokyo] từ năm 2005 .", {("Đinh_Công_Lý", "memberOf", "Đại_học Tokyo")}),
        ("Năm 2010 , [PER Châu_Ngọc_Hân] bắt_đầu theo_học [ORG Học_viện Ngoại_giao] .", {("Châu_Ngọc_Hân", "memberOf", "Học_viện Ngoại_giao")}),
        # beginning something else at a school is no study there
        ("[PER Đinh_Công_Lý] bắt_đầu chuyến thăm [ORG Đại_học Tokyo] .", set()),
        ("[PER Đinh_Công_Lý] bắt_đầu làm_việc tại [ORG Đại_học Tokyo] .", set()),
    ],
)
def test_memberships_across_topics_beginning_studies(markup, expected):
    assert {t for t in ties(markup) if t[1] == "memberOf"} == expected
