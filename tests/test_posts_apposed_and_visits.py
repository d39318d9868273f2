"""Posts told in domestic news's everyday forms: a title apposed to a name whose body ends
in one word before the closing mark (kg.extract.mentions), and a verb of coming before a
verb of working, which tells a visit and no post (kg.extract.implied_posts)."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract.mentions import find_mentions
from kg.model import Article, EntityType
from test_relations_markup import role_triples as roles


def _typed(text: str) -> set[tuple[str, str]]:
    analysed = analyse(Article(id="a", text=text, source="test", title="t"))
    return {(m.text, m.type.value) for m in find_mentions(analysed) if not m.reference}


@pytest.mark.parametrize(
    ("text", "body", "not_person"),
    [
        # the body's last word before the closing mark is no person: the holder is the name before
        (
            "Buổi khám do Giáo_sư Kim_Min Ho - Giám_đốc Viện Đông_y Daegu , Đại_học Busan thực_hiện .",
            "Viện Đông_y Daegu",
            "Daegu",
        ),
        (
            "Ông Trần_Văn_Hùng ( Tổng_giám_đốc Công_ty Cổ_phần Sông Đà ) cho_biết đã trả nợ .",
            "Công_ty Cổ_phần Sông Đà",
            "Đà",
        ),
        (
            "Bà Lê_Thị_Mai – Giám_đốc Công_ty Sông Mã , đã ký hợp_đồng .",
            "Công_ty Sông Mã",
            "Mã",
        ),
    ],
)
def test_posts_apposed_title_body_ends_before_the_closing_mark(text, body, not_person):
    found = _typed(text)
    assert (body, EntityType.ORGANIZATION.value) in found
    assert (not_person, EntityType.PERSON.value) not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a title that opens the sentence: the name after its body is the holder
        ("Giám_đốc Công_ty Sông_Đà Nguyễn_Văn_An cho_biết đã trả nợ .", "Nguyễn_Văn_An"),
        # a Vietnamese full name after an apposed title's body is still a person
        ("Ông Hùng ( Giám_đốc Sở Y_tế Nguyễn_Văn_An ) .", "Nguyễn_Văn_An"),
        # a place before the dash is no name the title is apposed to when a verb follows the run
        ("Hà_Nội - Giám_đốc Công_ty Hòa_Phát Long cho_biết sẽ hỗ_trợ .", "Long"),
    ],
)
def test_posts_apposed_title_keeps_persons_not_closing_an_apposition(text, person):
    assert (person, EntityType.PERSON.value) in _typed(text)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # working at a body is a post there
        ("Bà [PER Hoa] làm_việc tại [ORG Bệnh_viện Bạch_Mai] .", {("Hoa", "holdsPostAt", "Bệnh_viện Bạch_Mai")}),
        (
            "Ông [PER Nam] về làm_việc tại [ORG Sở Y_tế tỉnh Nghệ_An] từ năm 2010 .",
            {("Nam", "holdsPostAt", "Sở Y_tế tỉnh Nghệ_An")},
        ),
        # coming to work at a body is a visit
        ("Ông [PER Nam] đến làm_việc tại [ORG UBND tỉnh Nghệ_An] .", set()),
        ("Ông [PER Nam] đã tới làm_việc tại [ORG Sở Y_tế tỉnh Nghệ_An] .", set()),
        ("Đoàn của ông [PER Nam] xuống công_tác tại [ORG UBND huyện Kỳ_Sơn] .", set()),
    ],
)
def test_posts_coming_to_work_is_a_visit(markup, expected):
    assert roles(markup) == expected


def _titled(text: str) -> set[tuple[str, str | None]]:
    analysed = analyse(Article(id="a", text=text, source="test", title="t"))
    return {(m.text, m.title) for m in find_mentions(analysed) if m.type is EntityType.PERSON and not m.reference}


def _references(text: str) -> list[str]:
    analysed = analyse(Article(id="a", text=text, source="test", title="t"))
    return [m.text for m in find_mentions(analysed) if m.reference]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # titles of posts (roles.tsv) the table of titles leaves out are read before the name
        ("Viện_trưởng VKSND Tối_cao Nguyễn_Hòa_Bình phát_biểu .", "Nguyễn_Hòa_Bình", "Viện_trưởng VKSND Tối_cao"),
        ("CEO Apple Tim_Cook giới_thiệu sản_phẩm mới .", "Tim_Cook", "CEO Apple"),
        ("Cục_trưởng Cục Thuế Nguyễn_Văn_Phụng cho_biết .", "Nguyễn_Văn_Phụng", "Cục_trưởng Cục Thuế"),
        ("Phó Bí_thư Tỉnh_ủy Lào_Cai Đặng_Xuân_Phong phát_biểu .", "Đặng_Xuân_Phong", "Phó Bí_thư Tỉnh_ủy Lào_Cai"),
    ],
)
def test_posts_titles_of_the_role_lexicon_read_before_names(text, person, title):
    assert (person, title) in _titled(text)


@pytest.mark.parametrize(
    "text",
    [
        # such a title apposed to a name is no second person, nor one closing a chain of posts
        "Ông Nguyễn_Đức_Trung , Phó cục_trưởng Cục Viễn_thông ( Bộ TT&TT ) cho_biết .",
        "Sau đó ông làm Phó tổng cục_trưởng , Tổng cục_trưởng Tổng_cục V và được bổ_nhiệm .",
        # a member's, an official's or a counterpart's title runs into no person
        "Ông Khôi từng là thành_viên HĐTV ACBS .",
        "Ông Lavrov gặp những người đồng_cấp Nhật ở Tokyo .",
    ],
)
def test_posts_titles_of_the_role_lexicon_make_no_references(text):
    assert _references(text) == []


@pytest.mark.parametrize(
    ("markup_free", "body", "not_person"),
    [
        # the title said of a subject: the word closing the clause ends the body's name
        ("Ông Hoàng_Văn_Nam là Giám_đốc Công_ty Sông Hồng .", "Công_ty Sông Hồng", "Hồng"),
        ("Bà Lan từng làm Giám_đốc Công_ty Sông Mã , rồi nghỉ_hưu .", "Công_ty Sông Mã", "Mã"),
    ],
)
def test_posts_title_after_a_copula_body_ends_the_clause(markup_free, body, not_person):
    found = _typed(markup_free)
    assert (body, EntityType.ORGANIZATION.value) in found
    assert (not_person, EntityType.PERSON.value) not in found


def test_posts_title_after_a_copula_keeps_a_full_name_after_the_body():
    assert ("Nguyễn_Văn_Cường", EntityType.PERSON.value) in _typed(
        "Người phát_biểu là Giám_đốc Công_ty Hòa_Phát Nguyễn_Văn_Cường ."
    )


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a word of the past glued to the title by the segmenter still makes the post a past one
        ("[PER Cựu_Tổng_thống [COUNTRY Mỹ]|Bill_Clinton] đến thăm .", {("Bill_Clinton", "formerlyHeldPostAt", "Mỹ")}),
        (
            "[PER Nguyên_Giám_đốc [ORG Sở Tư_pháp tỉnh Hòa_Bình]|Nguyễn_Văn_Hòa] đã nghỉ_hưu .",
            {("Nguyễn_Văn_Hòa", "formerlyHeldPostAt", "Sở Tư_pháp tỉnh Hòa_Bình")},
        ),
        (
            "Ông [PER Nguyễn_Văn_Hòa] , nguyên_Giám_đốc [ORG Sở Tư_pháp tỉnh Hòa_Bình] , đã nghỉ_hưu .",
            {("Nguyễn_Văn_Hòa", "formerlyHeldPostAt", "Sở Tư_pháp tỉnh Hòa_Bình")},
        ),
        # written apart, as before
        ("[PER Cựu Tổng_thống [COUNTRY Mỹ]|Bill_Clinton] đến thăm .", {("Bill_Clinton", "formerlyHeldPostAt", "Mỹ")}),
        ("[PER Tổng_thống [COUNTRY Mỹ]|Barack_Obama] đến thăm .", {("Barack_Obama", "presidentOf", "Mỹ")}),
        # a glued word that is no title is no post
        ("Các cựu_chiến_binh [COUNTRY Mỹ] [PER John_Smith] đến thăm .", set()),
    ],
)
def test_posts_past_word_glued_to_the_title(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the government a title implies is the home country's, not one a foreign country qualifies
        (
            "Thủ_tướng [PER Nguyễn_Văn_Long] gửi điện tới [COUNTRY Việt_Nam] . Mong [ORG Chính_phủ] và nhân_dân "
            "[COUNTRY Philippines] sớm khắc_phục hậu_quả .",
            {("Nguyễn_Văn_Long", "primeMinisterOf", "Việt_Nam")},
        ),
        (
            "Thủ_tướng [PER Nguyễn_Văn_Long] gửi điện . [ORG Chính_phủ] [COUNTRY Lào] cảm_ơn .",
            set(),
        ),
        # the home government named alone is the one implied
        (
            "Thủ_tướng [PER Nguyễn_Văn_Long] chủ_trì phiên họp . [ORG Chính_phủ] yêu_cầu các bộ khẩn_trương .",
            {("Nguyễn_Văn_Long", "primeMinisterOf", "Chính_phủ")},
        ),
        (
            "Thủ_tướng [PER Nguyễn_Văn_Long] chủ_trì . [ORG Chính_phủ] và nhân_dân [COUNTRY Việt_Nam] luôn ủng_hộ .",
            {("Nguyễn_Văn_Long", "primeMinisterOf", "Chính_phủ")},
        ),
    ],
)
def test_posts_implied_body_of_a_foreign_country_is_not_the_home_one(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("text", "person", "title", "short"),
    [
        # the body's short name in brackets between the title and the name
        (
            "Tổng_giám_đốc Quỹ Tiền_tệ Quốc_tế ( IMF ) Christine_Lagarde nhận_định .",
            "Christine_Lagarde",
            "Tổng_giám_đốc Quỹ Tiền_tệ Quốc_tế ( IMF )",
            "IMF",
        ),
        (
            "Chủ_tịch Ngân_hàng Thế_giới ( WB ) Jim_Yong_Kim cảnh_báo .",
            "Jim_Yong_Kim",
            "Chủ_tịch Ngân_hàng Thế_giới ( WB )",
            "WB",
        ),
        ("Giám_đốc Sở Y_tế ( SYT ) Nguyễn_Văn_An cho_biết .", "Nguyễn_Văn_An", "Giám_đốc Sở Y_tế ( SYT )", "SYT"),
    ],
)
def test_posts_bracketed_short_name_between_body_and_name(text, person, title, short):
    assert (person, title) in _titled(text)
    assert (short, EntityType.ORGANIZATION.value) in _typed(text)


def test_posts_bracketed_short_name_with_no_name_after_is_no_title():
    # the brackets close the phrase: no name follows, no person is made of the words after
    assert _titled("Giám_đốc Quỹ Tiền_tệ Quốc_tế ( IMF ) cho_biết kinh_tế sẽ phục_hồi .") == set()


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a form of address other than an honorific between the comma and the name
        (
            "Hiệu_trưởng [ORG Trường THPT Lê_Quý_Đôn] , thầy [PER Nguyễn_Văn_Tuấn] cho_biết .",
            {("Nguyễn_Văn_Tuấn", "holdsPostAt", "Trường THPT Lê_Quý_Đôn")},
        ),
        (
            "Giám_đốc [ORG Công_ty Hòa_Phát] , [PER ông|Nguyễn_Văn_Tuấn] cho_biết .",
            {("Nguyễn_Văn_Tuấn", "holdsPostAt", "Công_ty Hòa_Phát")},
        ),
        # the title written again in brackets before its body
        (
            "[PER Tổng_giám_đốc ( CEO ) [ORG Tập_đoàn Minh_Long]|Trần_Văn_Ngọc] cho_biết .",
            {("Trần_Văn_Ngọc", "holdsPostAt", "Tập_đoàn Minh_Long")},
        ),
        # a co-founder holds a post at the company
        (
            "Ông [PER Trần_Văn_Ngọc] , đồng sáng_lập [ORG Tập_đoàn Minh_Long] , cho_biết .",
            {("Trần_Văn_Ngọc", "holdsPostAt", "Tập_đoàn Minh_Long")},
        ),
        # a word in brackets that is no title keeps the body from the title
        ("Ông [PER Trần_Văn_Ngọc] ( Hà_Nội ) [ORG Tập_đoàn Minh_Long] cho_biết .", set()),
    ],
)
def test_posts_address_words_bracketed_titles_and_cofounders(markup, expected):
    assert roles(markup) == expected
