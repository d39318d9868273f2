"""Posts and located-in of everyday news read from raw text through the whole per-article stage:
a title after a rank set alone between commas, a dash between a title and its body, the field of
a post between a title and its body before the name, two titles
joined by "kiêm", a kind of company told by its trade before its name, the places of an
address chain set after a body, an address opened by its house number, a body's seat told after its
short name in brackets, a unit "của" a larger place, and a unit set beside a facility."""

from __future__ import annotations

import pytest

from helpers import TAGGER_MISSES

from kg.article import extract_article
from kg.model import Article


def facts(text: str, segmented: bool = False) -> set[tuple[str, str, str]]:
    extraction = extract_article(Article(id="a", text=text, source="test.txt", segmented=segmented), True)
    return {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a military rank alone between commas, then the title and its body
        ("Ông Ngô Văn Đức, Đại tá, Giám đốc Học viện Hậu cần, đã viết thư góp ý.", ("Ngô Văn Đức", "holdsPostAt", "Học viện Hậu cần")),
        ("Ông Đặng Quốc Khánh, Thượng tá, Giảng viên Học viện An ninh nhân dân, đã phát biểu.", ("Đặng Quốc Khánh", "holdsPostAt", "Học viện An ninh nhân dân")),
        # a dash between the title in apposition and its body
        ("Ông Ngô Văn Đức, Giảng viên chính - Học viện Hậu cần, đã viết thư góp ý.", ("Ngô Văn Đức", "holdsPostAt", "Học viện Hậu cần")),
        ("Bà Lý Thị Hạnh, Trưởng khoa - Bệnh viện Nhi Trung ương, cho biết bệnh nhi đã ổn định.", ("Lý Thị Hạnh", "holdsPostAt", "Bệnh viện Nhi Trung ương")),
        ("Ông Cao Minh Tiến - Hiệu trưởng - Trường Đại học Vinh cho biết trường sẽ tuyển thêm.", ("Cao Minh Tiến", "holdsPostAt", "Trường Đại học Vinh")),
        # both: the rank, then a dash before the body
        ("Ông Phùng Văn Lợi, Thiếu tá, Giám đốc - Học viện Biên phòng, đã viết thư.", ("Phùng Văn Lợi", "holdsPostAt", "Học viện Biên phòng")),
        # two titles joined by "kiêm", each with its body: both posts are the named person's
        ("Ông Trịnh Quốc Bảo, Giám đốc Sở Y tế kiêm Giám đốc Bệnh viện đa khoa tỉnh Lạng Sơn, cho biết như vậy.", ("Trịnh Quốc Bảo", "holdsPostAt", "Bệnh viện đa khoa tỉnh Lạng Sơn")),
        ("Ông Trịnh Quốc Bảo, Giám đốc Sở Y tế kiêm Giám đốc Bệnh viện đa khoa tỉnh Lạng Sơn, cho biết như vậy.", ("Trịnh Quốc Bảo", "holdsPostAt", "Sở Y tế")),
        # a kind of company told by its trade between the title and the name, before the person
        ("Tổng giám đốc hãng hàng không Bamboo Airways Đặng Tất Thắng cho biết như vậy.", ("Đặng Tất Thắng", "holdsPostAt", "Bamboo Airways")),
        ("Giám đốc hãng hàng không Pacific Airlines Lê Hồng Hà phát biểu tại lễ ký kết.", ("Lê Hồng Hà", "holdsPostAt", "Pacific Airlines")),
        # a body, its city and its country, a verb after them: the city lies in the country
        ("Khách sạn Mường Thanh, Đà Nẵng, Việt Nam vừa khai trương.", ("Đà Nẵng", "locatedIn", "Việt Nam")),
        ("Bệnh viện Chợ Rẫy, Cần Thơ, Việt Nam vừa tiếp nhận ca bệnh.", ("Cần Thơ", "locatedIn", "Việt Nam")),
        ("Công ty Hoa Sen, Hà Nội, Việt Nam vừa ký hợp đồng.", ("Hà Nội", "locatedIn", "Việt Nam")),
        # the field of a post between the title and its body, before the name
        ("Giám đốc kỹ thuật Công ty Điện lực Hà Nội Nguyễn Văn Bình cho biết sự cố đã được khắc phục.", ("Nguyễn Văn Bình", "holdsPostAt", "Công ty Điện lực Hà Nội")),
        ("Giám đốc tài chính Tập đoàn Hòa Phát Phạm Thị Kim Oanh cho biết lợi nhuận tăng.", ("Phạm Thị Kim Oanh", "holdsPostAt", "Tập đoàn Hòa Phát")),
        pytest.param(
            "Phó giám đốc kinh doanh Vinamilk Trần Minh Văn cho biết doanh thu tăng.",
            ("Trần Minh Văn", "holdsPostAt", "Vinamilk"),
            marks=TAGGER_MISSES,
        ),
        # an address opened by its house number: the body sits on the street, the street lies in the district
        ("Nhà hàng Sen Vàng tại số 12 phố Lý Thường Kiệt, quận Hoàn Kiếm bị phạt.", ("Nhà hàng Sen Vàng", "locatedIn", "Lý Thường Kiệt")),
        ("Nhà hàng Sen Vàng tại số 12 phố Lý Thường Kiệt, quận Hoàn Kiếm bị phạt.", ("Lý Thường Kiệt", "locatedIn", "Hoàn Kiếm")),
        ("Công ty Phú Thành tại số 88 đường Nguyễn Trãi, quận Thanh Xuân đã bị thanh tra.", ("Nguyễn Trãi", "locatedIn", "Thanh Xuân")),
        # a body's short name in brackets, then its seat set beside it
        ("Nhà máy được xây tại Khu công nghiệp Yên Phong (YPIP), tỉnh Bắc Ninh.", ("Khu công nghiệp Yên Phong", "locatedIn", "Bắc Ninh")),
        pytest.param(
            "Buổi lễ diễn ra tại Khu công nghệ cao Hòa Lạc (HHTP), Hà Nội.",
            ("Khu công nghệ cao Hòa Lạc", "locatedIn", "Hà Nội"),
            marks=TAGGER_MISSES,
        ),
        # a unit told by its word of level "của" a place known to rank above it
        ("Quận Gò Vấp của TP.HCM có nhiều chung cư mới.", ("Gò Vấp", "locatedIn", "TP.HCM")),
        ("Quận Ba Đình của Hà Nội có nhiều di tích.", ("Ba Đình", "locatedIn", "Hà Nội")),
        # a unit after its word of level set beside a facility, a verb after it
        ("Cháy lớn ở chợ Đồng Xuân, quận Hoàn Kiếm khiến nhiều tiểu thương mất trắng.", ("Đồng Xuân", "locatedIn", "Hoàn Kiếm")),
        ("Sự cố tại cầu Chương Dương, quận Long Biên làm ùn tắc giao thông.", ("Chương Dương", "locatedIn", "Long Biên")),
    ],
)
def test_posts_in_lists_and_places_found(text, expected):
    assert expected in facts(text)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a rank with no title after it is no post
        ("Ông Ngô Văn Đức, Đại tá, đã viết thư góp ý cho dự án.", "holdsPostAt"),
        ("Ông Đào Văn Sơn, Đại tá, Học viện Hậu cần, đã viết thư góp ý.", "holdsPostAt"),
        # a unit or a team of a field before a body and a name holds no title
        ("Phòng kỹ thuật Công ty Điện lực Đà Nẵng Nguyễn Văn Hậu đã kiểm tra hiện trường.", "holdsPostAt"),
        ("Đội ngũ kỹ thuật Tập đoàn Hòa Phát Lê Văn Cường đã có mặt.", "holdsPostAt"),
        # a title before a dash and a person: no body
        ("Giám đốc - ông Vũ Văn Thắng cho biết như vậy.", "holdsPostAt"),
        # lists of places after a body, not nested
        ("Công ty Hoa Sen, Hà Nội và Đà Nẵng đã ký hợp đồng hợp tác.", "locatedIn"),
        ("Vinamilk, Hà Nội, Đà Nẵng đều tham gia hội chợ.", "locatedIn"),
        ("Đoàn đã thăm Huế, Đà Nẵng và Hội An.", "locatedIn"),
        # a count before a list of cities is no house number; a list of streets is no address
        ("Ông Khải mua 12 căn hộ ở Hà Nội, Đà Nẵng và TP.HCM.", "locatedIn"),
        ("Đoàn đi qua phố Hàng Gà, phố Hàng Bông và phố Hàng Đào.", "locatedIn"),
        # bodies with their short names listed with places, not seated there
        ("Lễ ký kết có đại diện Tập đoàn Dầu khí Việt Nam (PVN), Tập đoàn Điện lực Việt Nam (EVN), Hà Nội và TP.HCM.", "locatedIn"),
        ("Công ty Sông Đà (SDC), Hà Nội, Đà Nẵng đều có dự án.", "locatedIn"),
        # facilities and a district listed, not nested; a province "của" a person
        ("Đoàn đã thăm chợ Bến Thành, chợ Đồng Xuân và quận Hoàn Kiếm.", "locatedIn"),
        ("Tỉnh Nghệ An của ông Hùng có nhiều đặc sản.", "locatedIn"),
    ],
)
def test_posts_in_lists_and_places_nothing(text, predicate):
    assert not [f for f in facts(text) if f[1] == predicate]


def test_posts_in_lists_and_places_kiem_before_no_title_adds_no_post():
    found = facts("Ông Lưu Văn Khoa, Phó Chủ tịch UBND tỉnh Lào Cai kiêm nhiệm nhiều việc khác.")
    assert {f for f in found if f[1] == "holdsPostAt"} == {("Lưu Văn Khoa", "holdsPostAt", "UBND tỉnh Lào Cai")}


def test_posts_in_lists_and_places_a_second_title_is_no_holder_of_its_own():
    found = facts("Ông Trịnh Quốc Bảo, Giám đốc Sở Y tế kiêm Giám đốc Bệnh viện đa khoa tỉnh Lạng Sơn, cho biết như vậy.")
    assert {f[0] for f in found if f[1] == "holdsPostAt"} == {"Trịnh Quốc Bảo"}


def test_posts_in_lists_and_places_two_bodies_each_with_its_city():
    found = facts("Bệnh viện Bạch Mai, Hà Nội, Bệnh viện Chợ Rẫy, TP.HCM đều quá tải.")
    assert {f for f in found if f[1] == "locatedIn"} == {
        ("Bệnh viện Bạch Mai", "locatedIn", "Hà Nội"),
        ("Bệnh viện Chợ Rẫy", "locatedIn", "TP.HCM"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Hà_Quang_Vinh , Thượng_tá , Giám_đốc Học_viện Kỹ_thuật Quân_sự , phát_biểu .", ("Hà_Quang_Vinh", "holdsPostAt", "Học_viện Kỹ_thuật Quân_sự")),
        ("Ông Tạ_Văn_Sơn , Giám_đốc Sở Tài_chính kiêm Giám_đốc Bệnh_viện đa_khoa tỉnh Yên_Bái , cho_biết như_vậy .", ("Tạ_Văn_Sơn", "holdsPostAt", "Bệnh_viện đa_khoa tỉnh Yên_Bái")),
        ("Nhà_hàng Hoa_Sữa tại số 40 phố Hàng_Bạc , quận Hoàn_Kiếm bị phạt .", ("Hàng_Bạc", "locatedIn", "Hoàn_Kiếm")),
        ("Huyện Bình_Chánh của TP.HCM có nhiều khu công_nghiệp .", ("Bình_Chánh", "locatedIn", "TP.HCM")),
    ],
)
def test_posts_in_lists_and_places_segmented(text, expected):
    assert expected in facts(text, segmented=True)
