"""Staff of a body hold a post there, not a membership (docs/annotation.md, "Players, members and staff")."""

from __future__ import annotations

import pytest

from test_relations_markup import relations

_TIES = {"memberOf", "holdsPostAt", "formerlyHeldPostAt"}


def ties(markup: str) -> set[tuple[str, str, str, str | None]]:
    """Memberships and posts found in ``markup``: (person, predicate, body, title)."""
    statements, _ = relations(markup)
    return {(s.subject.text, s.predicate, s.object.text, s.title) for s in statements if s.predicate in _TIES}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a staff noun in apposition after the person, with an article, the body after "của"
        ("[PER Rami_Abdulrahman] , một nhân_viên của [ORG SOHR] cho_biết .",
         {("Rami_Abdulrahman", "holdsPostAt", "SOHR", "nhân_viên")}),
        ("Cô [PER Nguyễn_Thị_Hòa] , giáo_viên [ORG Trường Tiểu_học Hoàng_Quế] , đoạt giải nhất .",
         {("Nguyễn_Thị_Hòa", "holdsPostAt", "Trường Tiểu_học Hoàng_Quế", "giáo_viên")}),
        # before the body and the name; "cựu" makes the post a former one
        ("Ông cho_phép cựu nhân_viên [ORG CIA] [PER Edward_Snowden] tị_nạn .",
         {("Edward_Snowden", "formerlyHeldPostAt", "CIA", "nhân_viên")}),
        ("Bác_sĩ [PER Lê_An] của [ORG Bệnh_viện Chợ_Rẫy] khuyến_cáo người dân .",
         {("Lê_An", "holdsPostAt", "Bệnh_viện Chợ_Rẫy", "Bác_sĩ")}),
        # after "là"
        ("Bà [PER Lê_Hà] là giảng_viên của [ORG Đại_học Huế] .", {("Lê_Hà", "holdsPostAt", "Đại_học Huế", "giảng_viên")}),
        # a staff noun titling the person, the body in brackets or in apposition
        ("Chiến_sĩ [PER Nguyễn_Minh_Thắng] ( [ORG Đội CSGT số 1] , [ORG Công_an TP Hà_Nội] ) cho_biết .",
         {("Nguyễn_Minh_Thắng", "holdsPostAt", "Đội CSGT số 1", "Chiến_sĩ")}),
        ("Anh [PER Trần_Bình] ( giảng_viên [ORG Đại_học Huế] ) cho_biết .",
         {("Trần_Bình", "holdsPostAt", "Đại_học Huế", "giảng_viên")}),
        ("Khen_thưởng bác_sĩ [PER Đỗ_Thu_Hà] , [ORG Bệnh_viện Đa_khoa] , [CITY Vinh] ; và hai y_tá .",
         {("Đỗ_Thu_Hà", "holdsPostAt", "Bệnh_viện Đa_khoa", "bác_sĩ")}),
        # students, researchers and players stay members
        ("Em [PER Lê_Nguyên_Ngọc] ( học_sinh lớp 10A6 [ORG Trường THPT Krông_Nô] ) kể lại .",
         {("Lê_Nguyên_Ngọc", "memberOf", "Trường THPT Krông_Nô", None)}),
        ("Giáo_sư [PER Nguyễn_Lộc] ( [ORG Viện Khoa_học Giáo_dục] ) cho rằng .",
         {("Nguyễn_Lộc", "memberOf", "Viện Khoa_học Giáo_dục", None)}),
        ("[PER Torres] , tiền_đạo của [ORG Chelsea] , ghi bàn .", {("Torres", "memberOf", "Chelsea", None)}),
        # no body: a place after "ở", a country's staff, a body that opens another clause
        ("[PER Lê_An] , bác_sĩ ở [CITY Hà_Nội] , khuyến_cáo .", set()),
        ("Các bác_sĩ [COUNTRY Mỹ] như [PER Lê_An] nhận_định .", set()),
        ("[PER Lê_Hà] , một giảng_viên của [ORG Đại_học Huế] nay làm ở [ORG Viettel] .", set()),
        ("Nhân_viên [ORG Vinamilk] đã gặp [PER Lê_Hà] hôm qua .", set()),
    ],
)
def test_staff_nouns_tie_a_post_not_a_membership(markup, expected):
    assert ties(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a judge, a prosecutor or an investigator of a court, a procuracy or a police body holds a post there
        (
            "Thẩm_phán [PER Đỗ_Thị_Lan] , [ORG TAND TP Cần_Thơ] , chủ_tọa phiên xử .",
            {("Đỗ_Thị_Lan", "holdsPostAt", "TAND TP Cần_Thơ", "Thẩm_phán")},
        ),
        (
            "Kiểm_sát_viên [PER Lê_Văn_Toàn] ( [ORG VKSND tỉnh An_Giang] ) đề_nghị mức án 10 năm tù .",
            {("Lê_Văn_Toàn", "holdsPostAt", "VKSND tỉnh An_Giang", "Kiểm_sát_viên")},
        ),
        (
            "Điều_tra_viên [PER Phạm_Văn_Khoa] của [ORG Công_an tỉnh An_Giang] đã lấy lời khai .",
            {("Phạm_Văn_Khoa", "holdsPostAt", "Công_an tỉnh An_Giang", "Điều_tra_viên")},
        ),
        # a judge named with no body holds no post
        ("Hội_đồng xét_xử do thẩm_phán [PER Đỗ_Thị_Lan] làm chủ_tọa đã tuyên án .", set()),
    ],
)
def test_staff_judges_and_prosecutors_hold_posts(markup, expected):
    assert ties(markup) == expected
