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
        # a study told after "và" and adverbs, sharing the subject of the clause before
        (
            "[PER Lê_Văn_Tám] sang Pháp năm 2001 và bắt_đầu học luật tại [ORG Đại_học Sorbonne] .",
            {("Lê_Văn_Tám", "memberOf", "Đại_học Sorbonne")},
        ),
        ("[PER Hà_Thị_Cúc] rời quê và đã theo_học tại [ORG Học_viện Âm_nhạc Huế] .", {("Hà_Thị_Cúc", "memberOf", "Học_viện Âm_nhạc Huế")}),
        # ... not when the clause before names another person
        ("[PER Hà_Thị_Cúc] gặp [PER Lê_Văn_Tám] và cùng theo_học tại [ORG Học_viện Âm_nhạc Huế] .", set()),
        # beginning something else at a school is no study there
        ("[PER Đinh_Công_Lý] bắt_đầu chuyến thăm [ORG Đại_học Tokyo] .", set()),
        ("[PER Đinh_Công_Lý] bắt_đầu làm_việc tại [ORG Đại_học Tokyo] .", set()),
    ],
)
def test_memberships_across_topics_beginning_studies(markup, expected):
    assert {t for t in ties(markup) if t[1] == "memberOf"} == expected


def located(markup: str) -> set[tuple[str, str, str]]:
    """The located-in statements found in ``markup``."""
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "locatedIn"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school's course taken, "của" or "tại" the school
        (
            "Bà [PER Hoàng_Thị_Yến] đã hoàn_tất khóa_học quản_trị của [ORG Trường Kinh_doanh Harvard] .",
            {("Hoàng_Thị_Yến", "memberOf", "Trường Kinh_doanh Harvard")},
        ),
        (
            "Ông [PER Đoàn_Văn_Khải] còn hoàn_thành khóa_học lãnh_đạo tại [ORG Học_viện Chính_trị Quốc_gia] .",
            {("Đoàn_Văn_Khải", "memberOf", "Học_viện Chính_trị Quốc_gia")},
        ),
        (
            "Ngoài_ra , ông [PER Lương_Thế_Vinh] đã hoàn_tất khóa_học Executive_Leadership của [ORG London Business_School] .",
            {("Lương_Thế_Vinh", "memberOf", "London Business_School")},
        ),
        # a course of a body that is no school, or a course only planned
        ("Ông [PER Đoàn_Văn_Khải] đã hoàn_thành khóa_học do [ORG Bộ Y_tế] tổ_chức .", set()),
        ("Ông [PER Đoàn_Văn_Khải] đã hoàn_thành khóa_học của [ORG Bộ Y_tế] .", set()),
        ("Ông [PER Đoàn_Văn_Khải] muốn hoàn_tất khóa_học của [ORG Đại_học Harvard] .", set()),
        # a course told with no person as its subject
        ("Khóa_học đã hoàn_thành khóa_học của [ORG Đại_học Huế] .", set()),
    ],
)
def test_memberships_across_topics_courses_taken(markup, expected):
    assert {t for t in ties(markup) if t[1] == "memberOf"} == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school, a museum or a hospital named in English form, its place set beside it
        ("Ông [PER Trần_Khải] tốt_nghiệp [ORG Stanford University] , [COUNTRY Mỹ] năm 2001 .", {("Stanford University", "locatedIn", "Mỹ")}),
        ("Ông [PER Trần_Khải] từng làm_việc tại [ORG Imperial College] , [CITY London] .", {("Imperial College", "locatedIn", "London")}),
        ("Đoàn đã tới thăm [ORG Mount_Sinai Hospital] , [CITY New_York] .", {("Mount_Sinai Hospital", "locatedIn", "New_York")}),
        ("Ông [PER Trần_Khải] học ở [ORG Harvard Business_School] tại [COUNTRY Mỹ] .", {("Harvard Business_School", "locatedIn", "Mỹ")}),
        # a company so named beside a country is no seat there; a list of places says nothing
        ("Ông [PER Trần_Khải] làm_việc cho [ORG Goldman Sachs] tại [COUNTRY Mỹ] .", set()),
        ("Ông [PER Trần_Khải] làm_việc cho [ORG Apple] , [COUNTRY Mỹ] và [COUNTRY Nhật_Bản] .", set()),
    ],
)
def test_memberships_across_topics_english_school_names(markup, expected):
    assert located(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school, museum or hospital opening its sentence, its place set beside it, then the verb
        ("[ORG Bảo_tàng Louvre] , [COUNTRY Pháp] đã mở_cửa trở_lại .", {("Bảo_tàng Louvre", "locatedIn", "Pháp")}),
        ("[ORG Bệnh_viện Chợ_Rẫy] , [CITY TP.HCM] tiếp_nhận 20 bệnh_nhân .", {("Bệnh_viện Chợ_Rẫy", "locatedIn", "TP.HCM")}),
        # ... also the second of two bodies opening it together
        (
            "[ORG Bảo_tàng Lịch_sử Quốc_gia] và [ORG Bảo_tàng Quốc_gia Tokyo] , [COUNTRY Nhật_Bản] cùng tổ_chức trưng_bày .",
            {("Bảo_tàng Quốc_gia Tokyo", "locatedIn", "Nhật_Bản")},
        ),
        # ... or a clause after a comma
        (
            "Trong khi đó , [ORG Đại_học Tổng_hợp Kyoto] , [COUNTRY Nhật_Bản] đã công_bố kết_quả .",
            {("Đại_học Tổng_hợp Kyoto", "locatedIn", "Nhật_Bản")},
        ),
        # the body not opening the sentence: the place may be the subject of the next clause
        ("Anh [PER Lâm] , [ORG Đại_học Harvard] , [COUNTRY Mỹ] đã công_bố .", set()),
        ("Theo [ORG Đại_học Harvard] , [COUNTRY Mỹ] đang thiếu bác_sĩ .", set()),
        # a list of places after the body, a body that is no school, museum or hospital
        ("[ORG Đại_học Harvard] , [COUNTRY Mỹ] và [COUNTRY Anh] được nhắc đến .", set()),
        ("[ORG Vingroup] , [COUNTRY Việt_Nam] đã công_bố lợi_nhuận .", set()),
    ],
)
def test_memberships_across_topics_seat_beside_an_opening_body(markup, expected):
    assert located(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # one admitted as a member of a body
        (
            "Nhà_văn [PER Đỗ_Bích_Thúy] được kết_nạp làm hội_viên [ORG Hội Nhà_văn Việt_Nam] năm 2004 .",
            {("Đỗ_Bích_Thúy", "memberOf", "Hội Nhà_văn Việt_Nam")},
        ),
        ("Anh [PER Hoàng_Văn_Sáu] được kết_nạp làm đảng_viên [ORG Đảng Cộng_sản Việt_Nam] .", {("Hoàng_Văn_Sáu", "memberOf", "Đảng Cộng_sản Việt_Nam")}),
        # an admission only hoped for
        ("Anh [PER Hoàng_Văn_Sáu] mong được kết_nạp làm hội_viên [ORG Hội Nhà_văn Việt_Nam] .", set()),
    ],
)
def test_memberships_across_topics_admitted_as_member(markup, expected):
    assert {t for t in ties(markup) if t[1] == "memberOf"} == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a military rank right before an armed force or the police, the holder after it
        ("Thượng_tướng [ORG Công_an nhân_dân] [PER Nguyễn_Văn_Hưởng] đã dự buổi lễ .", {("Nguyễn_Văn_Hưởng", "memberOf", "Công_an nhân_dân")}),
        ("Trung_tá [ORG Hải_quân Mỹ] [PER John_Kirby] cho_biết tàu đã cập cảng .", {("John_Kirby", "memberOf", "Hải_quân Mỹ")}),
        ("Đại_tá [ORG Quân_đội nhân_dân Việt_Nam] [PER Hà_Văn_Lộc] phát_biểu tại hội_thảo .", {("Hà_Văn_Lộc", "memberOf", "Quân_đội nhân_dân Việt_Nam")}),
        # ... or before the rank, in an apposition the force closes
        ("Ông [PER Hà_Văn_Lộc] , Đại_tá [ORG QĐND Việt_Nam] , đã có mặt .", {("Hà_Văn_Lộc", "memberOf", "QĐND Việt_Nam")}),
        # a past rank, a rank before a body that is no force, the force not closing the apposition
        ("Nguyên Thiếu_tướng [ORG Công_an nhân_dân] [PER Lê_Văn_Cương] đã qua_đời .", set()),
        ("Đại_tá [ORG Bộ Quốc_phòng] [PER Hà_Văn_Lộc] phát_biểu .", set()),
        ("Ông [PER Hà_Văn_Lộc] , Đại_tá [ORG Quân_đội nhân_dân] tỉnh Lạng_Sơn , đã có mặt .", set()),
        # a force named with no rank before it
        ("Ông [PER Hà_Văn_Lộc] ca_ngợi [ORG Quân_đội nhân_dân Việt_Nam] .", set()),
        # one promoted to a rank of a force: the subject of the passive before the promotion
        (
            "Ông [PER Phan_Văn_Vĩnh] được Chủ_tịch nước quyết_định thăng quân_hàm Trung_tướng [ORG Công_an nhân_dân] .",
            {("Phan_Văn_Vĩnh", "memberOf", "Công_an nhân_dân")},
        ),
        (
            "Đồng_chí [PER Tô_Lâm] được Đảng , Nhà_nước thăng cấp_bậc_hàm Thượng_tướng [ORG Công_an nhân_dân] .",
            {("Tô_Lâm", "memberOf", "Công_an nhân_dân")},
        ),
        # the rank read with the force as a title standing for a person
        (
            "Ông [PER Phan_Văn_Vĩnh] được thăng cấp_bậc_hàm [REF Thượng_tướng [ORG CAND]] .",
            {("Phan_Văn_Vĩnh", "memberOf", "CAND")},
        ),
        # a promotion with another person between the passive and it, or with no passive: nobody known
        ("Ông [PER Phan_Văn_Vĩnh] được [PER Trương_Tấn_Sang] thăng quân_hàm Trung_tướng [ORG Công_an nhân_dân] .", set()),
        ("Chủ_tịch nước thăng quân_hàm Trung_tướng [ORG Công_an nhân_dân] cho ba người .", set()),
    ],
)
def test_memberships_across_topics_rank_before_a_force(markup, expected):
    assert {t for t in ties(markup) if t[1] == "memberOf"} == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a body set beside each person of a list, the list going on after ", và"
        (
            "Giải_thưởng được trao cho giáo_sư [PER Trần_Văn_Hòa] , [ORG Viện Nghiên_cứu Hải_sản] , và kỹ_sư [PER Lê_Văn_Minh] , [ORG Công_ty Bia Sài_Gòn] .",
            {("Trần_Văn_Hòa", "memberOf", "Viện Nghiên_cứu Hải_sản"), ("Lê_Văn_Minh", "memberOf", "Công_ty Bia Sài_Gòn")},
        ),
        (
            "Buổi lễ có ông [PER Đào_Duy_Anh] , [ORG Viện Sử_học] , và bà [PER Ngô_Thị_Thu] .",
            {("Đào_Duy_Anh", "memberOf", "Viện Sử_học")},
        ),
        # ", và" then another body: a list of names, not an apposition
        ("Ông [PER Trần_Văn_Hòa] , [ORG Vingroup] , và [ORG Viettel] đã ký hợp_đồng .", set()),
    ],
)
def test_memberships_across_topics_apposed_body_before_the_next_person(markup, expected):
    assert {t for t in ties(markup) if t[1] == "memberOf"} == expected
