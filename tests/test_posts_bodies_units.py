"""Posts at bodies whose head a title shares, at bodies written before their holder's name, at
the body a unit belongs to; posts proposed and posts held before a move; party committees named
by their level before a secretary's name. Raw sentences through the whole extraction."""

from __future__ import annotations

import pytest

from helpers import TAGGER_MISSES

from kg.article import extract_article
from kg.model import Article, EntityType
from kg.vocab import POST_ROLES

#: Every predicate of a post, current or past.
_POSTS = frozenset(POST_ROLES) | {"holdsPostAt", "formerlyHeldPostAt"}


def _extraction(sentence: str):
    return extract_article(Article(id="t", text=sentence, source="test", segmented=False))


def posts(sentence: str) -> set[tuple[str, str, str]]:
    """The posts held by a named person in ``sentence``: (person, predicate, body)."""
    return {
        (s.subject.text, s.predicate, s.object.text)
        for s in _extraction(sentence).statements
        if s.predicate in _POSTS and not s.subject.reference
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title ending with the head of its body's name leaves the head to the body
        (
            "Trưởng Ban Dân tộc tỉnh Sơn La Lò Văn Mạnh cho biết tình hình đã ổn định.",
            {("Lò Văn Mạnh", "holdsPostAt", "Ban Dân tộc tỉnh Sơn La")},
        ),
        (
            "Ông Vi Văn Thắng, Trưởng Ban Dân tộc tỉnh Điện Biên, cho biết.",
            {("Vi Văn Thắng", "holdsPostAt", "Ban Dân tộc tỉnh Điện Biên")},
        ),
        (
            "Phó trưởng Ban Dân tộc tỉnh Nghệ An Lữ Thị Hoa phát biểu tại hội nghị.",
            {("Lữ Thị Hoa", "holdsPostAt", "Ban Dân tộc tỉnh Nghệ An")},
        ),
        (
            "Chánh Văn phòng UBND tỉnh Bình Định Lê Văn Hào ký công văn.",
            {("Lê Văn Hào", "holdsPostAt", "Văn phòng UBND tỉnh Bình Định")},
        ),
        (
            "Bà Đỗ Thị Hạnh là Chánh Văn phòng UBND tỉnh Phú Yên.",
            {("Đỗ Thị Hạnh", "holdsPostAt", "Văn phòng UBND tỉnh Phú Yên")},
        ),
        (
            "Trưởng Phòng Tư pháp huyện Gia Lâm Nguyễn Văn Hải cho biết.",
            {("Nguyễn Văn Hải", "holdsPostAt", "Phòng Tư pháp huyện Gia Lâm")},
        ),
        # a lowercase title word names no body: a show's organising committee is no post
        ("Trưởng ban tổ chức giải chạy Trần Văn Hùng cho biết.", set()),
        ("Ban Dân tộc tỉnh Sơn La vừa có báo cáo gửi UBND tỉnh.", set()),
        # a company's name closed by a place, then its holder's name
        (
            "Giám đốc Công ty Môi trường đô thị Hà Nội Nguyễn Ngọc Sơn cho biết.",
            {("Nguyễn Ngọc Sơn", "holdsPostAt", "Công ty Môi trường đô thị Hà Nội")},
        ),
        (
            "Tổng giám đốc Công ty CP Xây dựng Hòa Bình Lê Viết Hải cho biết doanh thu tăng.",
            {("Lê Viết Hải", "holdsPostAt", "Công ty CP Xây dựng Hòa Bình")},
        ),
        (
            "Phó giám đốc Công ty Xây lắp điện Quảng Ninh Đặng Văn Tú thừa nhận sai sót.",
            {("Đặng Văn Tú", "holdsPostAt", "Công ty Xây lắp điện Quảng Ninh")},
        ),
        (
            "Chủ tịch Tập đoàn Hòa Phát Trần Đình Long cho biết.",
            {("Trần Đình Long", "chairmanOf", "Tập đoàn Hòa Phát")},
        ),
        # a party committee named by its place keeps it
        (
            "Bí thư Tỉnh ủy Quảng Ninh Phạm Minh Chính cho biết.",
            {("Phạm Minh Chính", "holdsPostAt", "Tỉnh ủy Quảng Ninh")},
        ),
        ("Tỉnh ủy Nghệ An đã họp bàn về công tác cán bộ.", set()),
        # the unit a title heads, then its body: the post is of the body
        (
            "Trưởng phòng Tổ chức cán bộ Sở Y tế Hà Nội Lê Thị Thu cho biết.",
            {("Lê Thị Thu", "holdsPostAt", "Sở Y tế Hà Nội")},
        ),
        (
            "Phó phòng Kế hoạch Tài chính Bệnh viện Bạch Mai Nguyễn Văn Long cho biết.",
            {("Nguyễn Văn Long", "holdsPostAt", "Bệnh viện Bạch Mai")},
        ),
        pytest.param(
            "Trưởng khoa Nhi Bệnh viện Chợ Rẫy Trần Minh Khoa cho biết.",
            {("Trần Minh Khoa", "holdsPostAt", "Bệnh viện Chợ Rẫy")},
            marks=TAGGER_MISSES,
        ),
        (
            "Trưởng khoa Hồi sức Bệnh viện Việt Đức Đỗ Văn Quang cho biết bệnh nhân đã tỉnh.",
            {("Đỗ Văn Quang", "holdsPostAt", "Bệnh viện Việt Đức")},
        ),
        # a unit without its body names no body
        ("Trưởng khoa Nhi cho biết bệnh nhân đã tỉnh.", set()),
        # a body named alone, or a title with no body after it, gives no post
        ("Ban Quản lý dự án đề nghị nhà thầu đẩy nhanh tiến độ.", set()),
        ("Công ty Môi trường đô thị Hà Nội cho biết sẽ thu gom rác.", set()),
        ("Sở Y tế Hà Nội đề nghị Bệnh viện Bạch Mai báo cáo.", set()),
        ("Trưởng Ban nhạc Bức Tường Trần Lập đã qua đời.", set()),
        ("Trưởng Phòng cho biết hồ sơ đã đầy đủ.", set()),
        # a lowercase noun of a unit and its name, then a comma and the body: the post is of the body
        (
            "Bị can Nguyễn Văn Tâm (SN 1975, bác sĩ khoa Ngoại, Bệnh viện Việt Đức) đã bị bắt.",
            {("Nguyễn Văn Tâm", "holdsPostAt", "Bệnh viện Việt Đức")},
        ),
        (
            "Ông Lê Văn Bình, giáo viên tổ Toán, Trường THPT Việt Đức cho biết.",
            {("Lê Văn Bình", "holdsPostAt", "Trường THPT Việt Đức")},
        ),
        (
            "Bà Trần Thị Hằng - đại diện Ban thanh tra nhân dân Trường tiểu học Kim Đồng, cho biết.",
            {("Trần Thị Hằng", "holdsPostAt", "Ban thanh tra nhân dân Trường tiểu học Kim Đồng")},
        ),
        (
            "Bà Lê Thị Hoa, chuyên viên phòng Kế hoạch, Sở Tài chính Hà Nội, cho biết.",
            {("Lê Thị Hoa", "holdsPostAt", "Sở Tài chính Hà Nội")},
        ),
        ("Ông Nguyễn Văn Tâm, bác sĩ khoa Hồi sức, cho biết bệnh nhân đã tỉnh.", set()),
        # one of several holding a title
        (
            "Ông Trần Văn Hải là một trong những Phó Chủ tịch UBND tỉnh Nam Định.",
            {("Trần Văn Hải", "holdsPostAt", "UBND tỉnh Nam Định")},
        ),
        (
            "Thượng tướng Lê Văn Dũng là một trong các đồng chí Phó chủ nhiệm Tổng cục Chính trị có nhiều đóng góp.",
            {("Lê Văn Dũng", "holdsPostAt", "Tổng cục Chính trị")},
        ),
        ("Ông Trần Văn Hải là một trong những người đầu tiên đến UBND tỉnh Nam Định.", set()),
        # a post proposed is not held
        ("Hội nghị giới thiệu ông Vũ Văn Hải làm Chủ tịch Hội Nông dân tỉnh Hà Nam.", set()),
        ("UBND tỉnh đề nghị ông Lê Văn Hòa làm Giám đốc Sở Tài chính tỉnh Kon Tum.", set()),
        ("Đại hội đề cử bà Nguyễn Thị Mai làm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Lào Cai.", set()),
        ("Thủ tướng đề nghị Quốc hội phê chuẩn ông Trần Văn Sơn làm Bộ trưởng Bộ Giao thông Vận tải.", set()),
        ("Bộ Nội vụ đề xuất ông Hà Văn Tuấn làm Phó Chủ tịch UBND tỉnh Cao Bằng.", set()),
        # an appointment is held, also after a proposal told in a clause of its own
        (
            "Ông Lê Văn Hòa được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Kon Tum.",
            {("Lê Văn Hòa", "holdsPostAt", "Sở Tài chính tỉnh Kon Tum")},
        ),
        (
            "Theo đề nghị của Bộ Nội vụ, Thủ tướng bổ nhiệm ông Lê Văn Tám làm Thứ trưởng Bộ Công Thương.",
            {("Lê Văn Tám", "holdsPostAt", "Bộ Công Thương")},
        ),
        (
            "Bộ trưởng Bộ Tài chính Đinh Tiến Dũng đề nghị các doanh nghiệp nộp thuế đúng hạn.",
            {("Đinh Tiến Dũng", "ministerOf", "Bộ Tài chính")},
        ),
        # a post told after a clause of what came before a move was held before it
        (
            "Trước khi vào ngành tài chính, ông Phạm Quốc Hưng làm việc cho Ngân hàng Vietcombank.",
            {("Phạm Quốc Hưng", "formerlyHeldPostAt", "Ngân hàng Vietcombank")},
        ),
        (
            "Trước khi về Bộ Tài chính, ông Đinh Văn Thắng làm Giám đốc Ngân hàng BIDV.",
            {("Đinh Văn Thắng", "formerlyHeldPostAt", "Ngân hàng BIDV")},
        ),
        (
            "Trước khi gia nhập Vingroup, bà Lê Thu Thủy là Phó Tổng giám đốc Ngân hàng Techcombank.",
            {("Lê Thu Thủy", "formerlyHeldPostAt", "Ngân hàng Techcombank")},
        ),
        (
            "Trước lúc nghỉ hưu, ông Trương Văn Lực giữ chức Phó Giám đốc Công an tỉnh Lạng Sơn.",
            {("Trương Văn Lực", "formerlyHeldPostAt", "Công an tỉnh Lạng Sơn")},
        ),
        # the later post, named in the opening clause, stays as read
        (
            "Trước khi trở thành Bộ trưởng Bộ Y tế, bà Nguyễn Thị Kim Tiến là Thứ trưởng Bộ Y tế.",
            {
                ("Nguyễn Thị Kim Tiến", "ministerOf", "Bộ Y tế"),
                ("Nguyễn Thị Kim Tiến", "formerlyHeldPostAt", "Bộ Y tế"),
            },
        ),
        # an earlier event or a clause of another event tells nothing of the posts after it
        (
            "Trước đó, ông Nguyễn Văn Bình là Thống đốc Ngân hàng Nhà nước.",
            {("Nguyễn Văn Bình", "holdsPostAt", "Ngân hàng Nhà nước")},
        ),
        (
            "Trước khi khai mạc, Chủ tịch UBND tỉnh Quảng Nam Đinh Văn Thu đã phát biểu.",
            {("Đinh Văn Thu", "chairmanOf", "UBND tỉnh Quảng Nam")},
        ),
        (
            "Trước khi ký kết, Giám đốc Sở Tài chính tỉnh Kon Tum Lê Văn Hòa đã kiểm tra.",
            {("Lê Văn Hòa", "holdsPostAt", "Sở Tài chính tỉnh Kon Tum")},
        ),
    ],
)
def test_posts_bodies_units_posts(sentence, expected):
    assert posts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "person", "not_a_body"),
    [
        # a Vietnamese personal name after a party committee named by its level is its secretary's
        ("Bí thư Tỉnh ủy Lê Hồng Quang đã chủ trì cuộc họp.", "Lê Hồng Quang", "Tỉnh ủy Lê Hồng Quang"),
        ("Phó Bí thư Tỉnh ủy Bùi Văn Hải chủ trì hội nghị.", "Bùi Văn Hải", "Tỉnh ủy Bùi Văn Hải"),
        ("Bí thư Thành ủy Đinh La Thăng đã đến thăm công trường.", "Đinh La Thăng", "Thành ủy Đinh La Thăng"),
        ("Bí thư Huyện ủy Nguyễn Văn Tâm cho biết.", "Nguyễn Văn Tâm", "Huyện ủy Nguyễn Văn Tâm"),
        ("Phó Bí thư Tỉnh đoàn Trần Văn Hải phát biểu.", "Trần Văn Hải", "Tỉnh đoàn Trần Văn Hải"),
        # a company's name closed by a place ends before its holder's name
        (
            "Giám đốc Công ty Môi trường đô thị Hà Nội Nguyễn Ngọc Sơn cho biết.",
            "Nguyễn Ngọc Sơn",
            "Công ty Môi trường đô thị Hà Nội Nguyễn Ngọc Sơn",
        ),
        (
            "Tổng giám đốc Công ty CP Xây dựng Hòa Bình Lê Viết Hải cho biết doanh thu tăng.",
            "Lê Viết Hải",
            "Công ty CP Xây dựng Hòa Bình Lê Viết Hải",
        ),
    ],
)
def test_posts_bodies_units_names_apart(sentence, person, not_a_body):
    mentions = _extraction(sentence).mentions
    assert any(m.text == person and m.type is EntityType.PERSON for m in mentions)
    assert not any(m.text == not_a_body for m in mentions)


def parts(sentence: str) -> set[tuple[str, str]]:
    """The parts of bodies in ``sentence``: (part, whole)."""
    return {(s.subject.text, s.object.text) for s in _extraction(sentence).statements if s.predicate == "partOf"}


@pytest.mark.parametrize(
    ("sentence", "expected_posts", "expected_parts"),
    [
        # a board after a title, then "của" and its company: a body of its own, a part of the company
        (
            "Ông Hà Quang Vinh hiện còn là Thành viên Hội đồng thành viên của Công ty Chứng khoán Sài Gòn.",
            {("Hà Quang Vinh", "holdsPostAt", "Hội đồng thành viên")},
            {("Hội đồng thành viên", "Công ty Chứng khoán Sài Gòn")},
        ),
        (
            "Ông Lê Minh Khôi là Thành viên Hội đồng quản trị của Ngân hàng Eximbank.",
            {("Lê Minh Khôi", "holdsPostAt", "Hội đồng quản trị")},
            {("Hội đồng quản trị", "Ngân hàng Eximbank")},
        ),
        (
            "Bà Phan Thu Hà là Chủ tịch Ban kiểm soát của Tập đoàn Bảo Việt.",
            {("Phan Thu Hà", "chairmanOf", "Ban kiểm soát")},
            {("Ban kiểm soát", "Tập đoàn Bảo Việt")},
        ),
        (
            "Ông Trần Văn Dũng, Chủ tịch Hội đồng quản trị của Vinamilk, cho biết.",
            {("Trần Văn Dũng", "chairmanOf", "Hội đồng quản trị")},
            {("Hội đồng quản trị", "Vinamilk")},
        ),
        # a board named with no title before it is a bare kind of body
        ("Hội đồng quản trị của Sacombank đã họp bất thường.", set(), set()),
        # a board written straight before its company is a word of the title: the post is the company's
        (
            "Chủ tịch HĐQT Ngân hàng SHB Đỗ Quang Hiển cho biết.",
            {("Đỗ Quang Hiển", "holdsPostAt", "Ngân hàng SHB")},
            set(),
        ),
        (
            "Ông Nguyễn Văn Tuấn hiện là Chủ tịch HĐQT Ngân hàng SHB.",
            {("Nguyễn Văn Tuấn", "holdsPostAt", "Ngân hàng SHB")},
            set(),
        ),
    ],
)
def test_posts_bodies_units_boards(sentence, expected_posts, expected_parts):
    assert posts(sentence) == expected_posts
    assert parts(sentence) == expected_parts


@pytest.mark.parametrize(
    ("sentence", "name", "not_a_name"),
    [
        # a unit's noun, lowercase words naming it and its body's name are one name
        (
            "Bà Trần Thị Hằng - đại diện Ban thanh tra nhân dân Trường tiểu học Kim Đồng, cho biết.",
            "Ban thanh tra nhân dân Trường tiểu học Kim Đồng",
            "Trường tiểu học Kim Đồng",
        ),
        (
            "Phòng cảnh sát giao thông Công an tỉnh Bình Dương đã xử phạt 20 trường hợp.",
            "Phòng cảnh sát giao thông Công an tỉnh Bình Dương",
            "Công an tỉnh Bình Dương",
        ),
        # a body's leadership, a show's organisers and a clause make no unit's name
        ("Ban giám hiệu Trường THPT Việt Đức đã họp.", "Trường THPT Việt Đức", "Ban giám hiệu Trường THPT Việt Đức"),
        ("Ban tổ chức Trường THPT Chu Văn An cho biết.", "Trường THPT Chu Văn An", "Ban tổ chức Trường THPT Chu Văn An"),
        ("Ban đã mời Trường THPT Việt Đức tham gia.", "Trường THPT Việt Đức", "Ban đã mời Trường THPT Việt Đức"),
    ],
)
def test_posts_bodies_units_unit_names(sentence, name, not_a_name):
    texts = {m.text for m in _extraction(sentence).mentions if m.type is EntityType.ORGANIZATION}
    assert name in texts
    assert not_a_name not in texts


@pytest.mark.parametrize(
    ("segmented", "name", "not_a_name"),
    [
        # segmented input: a unit's name however its words are joined
        (
            "Bà Trần_Thị_Hằng - đại_diện Ban thanh_tra nhân_dân Trường tiểu_học Kim_Đồng , cho biết .",
            "Ban thanh_tra nhân_dân Trường tiểu_học Kim_Đồng",
            "Trường tiểu_học Kim_Đồng",
        ),
        (
            "Lãnh_đạo Sở đã triệu_tập Ban giám hiệu Trường THPT Việt_Đức làm_việc .",
            "Trường THPT Việt_Đức",
            "Ban giám hiệu Trường THPT Việt_Đức",
        ),
    ],
)
def test_posts_bodies_units_unit_names_segmented(segmented, name, not_a_name):
    extraction = extract_article(Article(id="t", text=segmented, source="test", segmented=True))
    texts = {m.text for m in extraction.mentions if m.type is EntityType.ORGANIZATION}
    assert name in texts
    assert not_a_name not in texts
