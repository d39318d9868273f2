"""Posts and places of everyday domestic news read from raw sentences: a post taken in a
capacity written before the title ("Trên cương vị …, ông X"), a noun of a post after a verb
of holding ("đảm nhiệm cương vị …"), staff of a named body set beside a name closed by the
verb of saying, and the staff titles of a company or a school."""

from __future__ import annotations

import pytest

from helpers import TAGGER_MISSES, extracted


def facts(text: str, learned: bool = True) -> set[tuple[str, str, str]]:
    return {(s.subject.text, s.predicate, s.object.text) for s in extracted(text, learned).statements}


def posts(text: str, learned: bool = True) -> set[tuple[str, str, str]]:
    return {f for f in facts(text, learned) if f[1] not in {"locatedIn", "partOf", "memberOf", "met", "visited"}}


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the capacity one acts in, then the title and its body, a comma and the name
        (
            "Trên cương vị Chủ tịch UBND tỉnh Kon Tum, ông Đặng Quốc Khánh đã ký quyết định thu hồi đất.",
            {("Đặng Quốc Khánh", "chairmanOf", "UBND tỉnh Kon Tum")},
        ),
        (
            "Với cương vị Giám đốc Sở Y tế tỉnh Hà Nam, bà Trương Thị Liên đã yêu cầu các bệnh viện rà soát.",
            {("Trương Thị Liên", "holdsPostAt", "Sở Y tế tỉnh Hà Nam")},
        ),
        (
            "Ở cương vị Bí thư Tỉnh ủy Trà Vinh, ông Lâm Minh Đức đã chỉ đạo khắc phục hậu quả.",
            {("Lâm Minh Đức", "holdsPostAt", "Tỉnh ủy Trà Vinh")},
        ),
        # no title after the capacity: nothing
        ("Trên cương vị mới, ông Lâm Minh Đức đã chỉ đạo khắc phục hậu quả.", set()),
        # "vị" of a plural before the title still makes it the title of several
        ("Hai vị Bộ trưởng Bộ Công Thương, ông Vũ Hữu Đạt và bà Lê Thị Nguyệt đã đến dự.", set()),
    ],
)
def test_posts_domestic_forms_capacity_before_the_title(text, expected, learned):
    assert posts(text, learned) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of a post between the verb of holding and the title
        (
            "Bà Hà Thị Nguyệt đảm nhiệm cương vị Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang từ năm 2015.",
            {("Hà Thị Nguyệt", "chairmanOf", "Hội Liên hiệp Phụ nữ tỉnh Tuyên Quang")},
        ),
        (
            "Ông Kiều Văn Lâm kiêm chức vụ Giám đốc Công ty TNHH Thái Sơn.",
            {("Kiều Văn Lâm", "holdsPostAt", "Công ty TNHH Thái Sơn")},
        ),
        (
            "Ông Kiều Văn Lâm từng giữ cương vị Chủ tịch UBND huyện Lục Ngạn.",
            {("Kiều Văn Lâm", "formerlyHeldPostAt", "UBND huyện Lục Ngạn")},
        ),
        # the noun of a post with no title after it: nothing
        ("Ông Kiều Văn Lâm đảm nhiệm cương vị này tại Công ty TNHH Thái Sơn từ năm 2010.", set()),
    ],
)
def test_posts_domestic_forms_noun_of_a_post_after_the_verb_of_holding(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a staff title before the name, the body set beside it, then the verb of saying
        (
            "Bác sĩ Vương Thị Hạnh, Bệnh viện Đa khoa tỉnh Ninh Bình cho biết sản phụ đã ổn định.",
            {("Vương Thị Hạnh", "holdsPostAt", "Bệnh viện Đa khoa tỉnh Ninh Bình")},
        ),
        (
            "Dược sĩ Quan Thị Yến, Bệnh viện Nhi Đồng 2 cho biết thuốc đã về đủ.",
            {("Quan Thị Yến", "holdsPostAt", "Bệnh viện Nhi Đồng 2")},
        ),
        # a researcher's degree is no staff title: the body is the person's, a membership
        (
            "Tiến sĩ Mạc Đăng Khoa, Viện Khoa học Thủy lợi Việt Nam cho biết mực nước đang xuống.",
            {("Mạc Đăng Khoa", "memberOf", "Viện Khoa học Thủy lợi Việt Nam")},
        ),
        # the name is the object of another verb: the body speaks, not the person's body
        ("Phóng viên đã gặp bác sĩ Vương Thị Hạnh, Bệnh viện Đa khoa tỉnh Ninh Bình cho biết thêm.", set()),
    ],
)
def test_posts_domestic_forms_staff_beside_a_body_before_the_verb_of_saying(text, expected):
    found = {f for f in facts(text) if f[1] in {"holdsPostAt", "memberOf"}}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Lục Thị Mơ, kế toán Công ty TNHH Phúc Hưng cho biết sổ sách đã được niêm phong.",
            {("Lục Thị Mơ", "holdsPostAt", "Công ty TNHH Phúc Hưng")},
        ),
        (
            "Bà Thân Thị Huệ (45 tuổi, thủ quỹ Trường THCS Lý Tự Trọng) đã bị tạm giữ.",
            {("Thân Thị Huệ", "holdsPostAt", "Trường THCS Lý Tự Trọng")},
        ),
        (
            "Ông Lã Văn Thạch, thủ kho Công ty Lương thực Tiền Giang cho biết gạo đã được xuất.",
            {("Lã Văn Thạch", "holdsPostAt", "Công ty Lương thực Tiền Giang")},
        ),
        # a department of accounts is no accountant
        ("Phòng Tài chính - Kế toán Công ty Sông Đà đã gửi báo cáo.", set()),
    ],
)
def test_posts_domestic_forms_staff_titles_of_a_company_or_school(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the seat told after a title and its company is the company's
        (
            "Ông Khúc Văn Định là Giám đốc Công ty TNHH Tân Phát, có trụ sở tại quận Hoàng Mai.",
            {("Công ty TNHH Tân Phát", "locatedIn", "Hoàng Mai")},
        ),
        pytest.param(
            "Bà Doãn Thị Nhàn, Chủ tịch HĐQT Công ty cổ phần Hồng Hà (trụ sở ở huyện Thanh Trì) cho biết.",
            {("Công ty cổ phần Hồng Hà", "locatedIn", "Thanh Trì")},
            marks=TAGGER_MISSES,
        ),
        # the address told after a company's name is its seat
        (
            "Công ty TNHH Kim Ngân có địa chỉ ở phường Tân Mai, quận Hoàng Mai đã bị xử phạt.",
            {("Công ty TNHH Kim Ngân", "locatedIn", "Tân Mai"), ("Tân Mai", "locatedIn", "Hoàng Mai")},
        ),
        # an address of something else is none
        ("Công ty TNHH Kim Ngân có địa chỉ liên lạc với khách hàng ở Hà Nội.", set()),
        # being somewhere is no seat
        ("Ông Khúc Văn Định, Giám đốc Công ty TNHH Tân Phát, có mặt tại quận Hoàng Mai từ sáng.", set()),
        # a list of places says nothing of where one lies
        ("Mưa lớn kéo dài ở Lạng Sơn, Cao Bằng và Bắc Kạn.", set()),
    ],
)
def test_posts_domestic_forms_seat_told_after_a_title_and_its_company(text, expected):
    assert {f for f in facts(text) if f[1] == "locatedIn"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chairman of a district, a town or a commune named by its level word: the post is of the place
        ("Ông Y Thanh Hà, Chủ tịch huyện Krông Búk cho biết bà con đã được hỗ trợ.", {("Y Thanh Hà", "chairmanOf", "Krông Búk")}),
        ("Phó Chủ tịch phường Bạch Đằng, ông Mạc Văn Toàn cho biết.", {("Mạc Văn Toàn", "holdsPostAt", "Bạch Đằng")}),
        ("Chủ tịch xã Quỳnh Lập, ông Hồ Văn Thìn cho biết nước đã rút.", {("Hồ Văn Thìn", "chairmanOf", "Quỳnh Lập")}),
        # a resident of a commune holds no post there
        ("Ông Hồ Văn Thìn, người dân xã Quỳnh Lập cho biết nước đã rút.", set()),
    ],
)
def test_posts_domestic_forms_chairman_of_a_place_named_by_its_level_word(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of a unit, the unit's name opening with a capital, then the body the post is at
        (
            "Ông Triệu Đức Long, Trưởng phòng Quản lý xuất nhập cảnh Công an tỉnh Hà Giang cho biết.",
            {("Triệu Đức Long", "holdsPostAt", "Công an tỉnh Hà Giang")},
        ),
        (
            "Bà Âu Thị Hiền, Trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh Phú Yên cho biết.",
            {("Âu Thị Hiền", "holdsPostAt", "Bệnh viện Đa khoa tỉnh Phú Yên")},
        ),
        # a word that ends the unit's name: the body after it is no longer the unit's
        ("Ông Triệu Đức Long, Trưởng phòng Kế hoạch cùng Công an tỉnh Hà Giang đã đến.", set()),
        # a title that heads no unit keeps the words after it out of a unit's name
        ("Ông Triệu Đức Long, Giám đốc Quản lý xuất nhập cảnh Công an tỉnh Hà Giang cho biết.", set()),
    ],
)
def test_posts_domestic_forms_head_of_a_unit_then_its_body(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of a village or a hamlet holds the post at the place
        ("Ông Vi Văn Thắm, Trưởng thôn Đông Hải cho biết cả thôn đã được di dời.", {("Vi Văn Thắm", "holdsPostAt", "Đông Hải")}),
        ("Trưởng thôn Phú Mỹ Ngô Văn Sáu cho biết nước đã rút.", {("Ngô Văn Sáu", "holdsPostAt", "Phú Mỹ")}),
        ("Ông Thạch Văn Sang, trưởng ấp Tân Thuận, xã Tân Hòa cho biết.", {("Thạch Văn Sang", "holdsPostAt", "Tân Thuận")}),
        # living in a village is no post
        ("Ông Ngô Văn Sáu, người dân thôn Phú Mỹ cho biết nước đã rút.", set()),
    ],
)
def test_posts_domestic_forms_head_of_a_village(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same forms in segmented input
        (
            "Trên cương_vị Chủ_tịch UBND tỉnh Kon_Tum , ông Đặng_Quốc_Khánh đã ký quyết_định .",
            ("Đặng_Quốc_Khánh", "chairmanOf", "UBND tỉnh Kon_Tum"),
        ),
        (
            "Ông Khúc_Văn_Định là Giám_đốc Công_ty TNHH Tân_Phát , có trụ_sở tại quận Hoàng_Mai .",
            ("Công_ty TNHH Tân_Phát", "locatedIn", "Hoàng_Mai"),
        ),
        ("Bà Lục_Thị_Mơ , kế_toán Công_ty TNHH Phúc_Hưng cho_biết .", ("Lục_Thị_Mơ", "holdsPostAt", "Công_ty TNHH Phúc_Hưng")),
    ],
)
def test_posts_domestic_forms_segmented_input(text, expected):
    found = {(s.subject.text, s.predicate, s.object.text) for s in extracted(text, segmented=True).statements}
    assert expected in found
