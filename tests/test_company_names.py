"""Companies named with their legal form ("Công_ty TNHH Minh_Phát") and the posts of their staff,
also when the title stands inside the brackets of a year of birth or an age after the name."""

from __future__ import annotations

import pytest

from helpers import rule_names
from kg.model import Article
from test_relations_markup import role_triples as posts




@pytest.mark.parametrize(
    ("text", "company"),
    [
        # a legal form between the kind and the name, the name shaped like a person's
        ("Tuần trước , Công_ty CP Hoàng_Long đã bị xử_phạt .", "Công_ty CP Hoàng_Long"),
        ("Tuần trước , Công_ty cổ_phần Hoàng_Long đã bị xử_phạt .", "Công_ty cổ_phần Hoàng_Long"),
        ("Tuần trước , Công_ty TNHH MTV Xây_dựng Minh_Anh đã ký hợp_đồng .", "Công_ty TNHH MTV Xây_dựng Minh_Anh"),
        ("Tuần trước , Công_ty TNHH TM - DV Phú_Gia bị phạt .", "Công_ty TNHH TM - DV Phú_Gia"),
        # its own name goes on past a descriptor to a name-shaped word
        ("Tuần trước , Công_ty CP Ô_tô Trường_Hải tăng doanh_số .", "Công_ty CP Ô_tô Trường_Hải"),
        # after a title: the company, not a department word and a person
        ("Ông Lê_Văn_Tám , giám_đốc Công_ty TNHH Minh_Phát , cho biết giá đã tăng .", "Công_ty TNHH Minh_Phát"),
    ],
)
def test_company_names_take_their_legal_form_and_name(text, company):
    names = rule_names(text)
    assert names.get(company) == "Organization", names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the name after the legal form is the company's, never a person
        ("Tuần trước , Công_ty CP Hoàng_Long đã bị xử_phạt .", "Hoàng_Long"),
        ("Ông Lê_Văn_Tám , giám_đốc Công_ty TNHH Minh_Phát , cho biết giá đã tăng .", "TNHH Minh_Phát"),
        # a legal form with no name after it names nothing
        ("Các công_ty TNHH và Công_ty cổ_phần đều phải nộp báo_cáo .", "Công_ty cổ_phần"),
    ],
)
def test_company_names_leave_no_person_or_bare_form(text, absent):
    assert absent not in rule_names(text)


def test_company_names_a_person_written_after_the_company_is_apart():
    names = rule_names("Giám_đốc Công_ty TNHH Minh_Phát Lê_Văn_Tám cho biết giá đã tăng .")
    assert names.get("Công_ty TNHH Minh_Phát") == "Organization"
    assert names.get("Lê_Văn_Tám") == "Person"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Công_an đã bắt [PER Lê_Văn_Tám] ( SN 1975 , giám_đốc [ORG Công_ty TNHH Hoàng_Long] ) về hành_vi lừa_đảo .",
            ("Lê_Văn_Tám", "holdsPostAt", "Công_ty TNHH Hoàng_Long"),
        ),
        (
            "Công_an đã bắt [PER Lê_Văn_Tám] ( 38 tuổi , nhân_viên bảo_vệ [ORG Công_ty CP Hoàng_Long] ) về hành_vi trộm_cắp .",
            ("Lê_Văn_Tám", "holdsPostAt", "Công_ty CP Hoàng_Long"),
        ),
        # a title inside the brackets and another after them
        (
            "Công_an bắt [PER Đỗ_Minh_Hải] ( SN 1970 , bác_sĩ [ORG Bệnh_viện Thanh_Nhàn] ) , Giám_đốc [ORG Công_ty TNHH An_Khang] .",
            ("Đỗ_Minh_Hải", "holdsPostAt", "Bệnh_viện Thanh_Nhàn"),
        ),
        (
            "Công_an bắt [PER Đỗ_Minh_Hải] ( SN 1970 , bác_sĩ [ORG Bệnh_viện Thanh_Nhàn] ) , Giám_đốc [ORG Công_ty TNHH An_Khang] .",
            ("Đỗ_Minh_Hải", "holdsPostAt", "Công_ty TNHH An_Khang"),
        ),
        # staff titles before the name
        (
            "Giảng_viên [ORG Học_viện Kỹ_thuật Quân_sự] [PER Lê_Văn_Tám] đã gửi thư .",
            ("Lê_Văn_Tám", "holdsPostAt", "Học_viện Kỹ_thuật Quân_sự"),
        ),
    ],
)
def test_company_names_staff_posts(markup, expected):
    assert expected in posts(markup)


@pytest.mark.parametrize(
    "markup",
    [
        # the brackets hold where the person lives, no title
        "Công_an đã bắt [PER Lê_Văn_Tám] ( SN 1980 , trú tại [REGION Đông_Anh] ) về hành_vi trộm_cắp .",
        # a staff title with no body named
        "Bác_sĩ [PER Lê_Văn_Tám] cho biết bệnh_nhân đã qua cơn nguy_kịch .",
        # the body in the brackets is where the person was born, not a post
        "[PER Lê_Văn_Tám] ( SN 1980 , quê [REGION Nam_Định] ) bị bắt .",
    ],
)
def test_company_names_no_post_without_a_titled_body(markup):
    assert not {t for t in posts(markup) if t[0] == "Lê_Văn_Tám"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a local body's acronym takes the province or city written after it
        ("Tin mới . Hôm_qua , TAND tỉnh Quảng_Nam đã xét_xử vụ án .", "TAND tỉnh Quảng_Nam"),
        ("Tin mới . Theo VKSND TP Hà_Nội , bị_cáo đã nhận tội .", "VKSND TP Hà_Nội"),
        ("Tin mới . Hôm_qua , UBND tỉnh Quảng_Nam đã họp .", "UBND tỉnh Quảng_Nam"),
        # the body written out in words, the level word capitalised or in the old tone placement
        ("Tin mới . Ủy_ban nhân_dân Thành_phố Hà_Nội vừa ra quyết_định .", "Ủy_ban nhân_dân Thành_phố Hà_Nội"),
        ("Tin mới . Theo Uỷ_ban nhân_dân tỉnh Quảng_Ngãi , dự_án đã xong .", "Uỷ_ban nhân_dân tỉnh Quảng_Ngãi"),
        ("Tin mới . Hôm_qua , Tòa_án nhân_dân tỉnh Nghệ_An đã xét_xử vụ án .", "Tòa_án nhân_dân tỉnh Nghệ_An"),
        # a place no list knows, named by its level word
        ("Tin mới . Hôm_qua , TAND huyện Bình_Chánh đã xét_xử vụ án .", "TAND huyện Bình_Chánh"),
        ("Tin mới . Hôm_qua , Hội_đồng nhân_dân xã Tân_Phú đã họp .", "Hội_đồng nhân_dân xã Tân_Phú"),
    ],
)
def test_company_names_local_bodies_take_their_place(text, body):
    assert rule_names(text).get(body) == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        # a level word with no place after it, or at the sentence's end
        "Tin mới . Hôm_qua , UBND các tỉnh đã họp .",
        "Tin mới . Văn_bản đã gửi tới UBND tỉnh",
    ],
)
def test_company_names_local_body_without_a_place_stays_bare(text):
    assert rule_names(text).get("UBND") == "Organization"


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        # the body after a title is the committee of the commune, and the person follows
        ("Tin mới . Chủ_tịch Ủy_ban nhân_dân xã Tân_Phú Nguyễn_Văn_An đã ký .", "Ủy_ban nhân_dân xã Tân_Phú", "Nguyễn_Văn_An"),
        ("Tin mới . Chủ_tịch UBND xã Tân_Phú Nguyễn_Văn_An đã ký .", "UBND xã Tân_Phú", "Nguyễn_Văn_An"),
        ("Tin mới . Phó_Chủ_tịch Hội_đồng nhân_dân tỉnh Lê_Văn_Hùng phát_biểu .", "Hội_đồng nhân_dân tỉnh", "Lê_Văn_Hùng"),
    ],
)
def test_company_names_titled_local_bodies_written_out(text, body, person):
    names = rule_names(text)
    assert (names.get(body), names.get(person)) == ("Organization", "Person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a department word after a title is still read as one ("Bộ_trưởng Quốc_phòng X")
        ("Tin mới . Bộ_trưởng Quốc_phòng Phùng_Quang_Thanh đã tiếp đoàn .", "Phùng_Quang_Thanh"),
        # a level word followed by a person's name gives the body no place
        ("Tin mới . Phó_Chủ_tịch HĐND tỉnh Lê_Văn_Hùng phát_biểu .", "HĐND tỉnh"),
    ],
)
def test_company_names_titled_bodies_unchanged(text, name):
    names = rule_names(text)
    assert name in names and not any(other.startswith("Quốc_phòng") or other.endswith("Lê_Văn_Hùng") and other != "Lê_Văn_Hùng" for other in names)


def test_company_names_body_without_level_word_after_a_title_keeps_its_reading():
    """A listed body with no level word after it is read after the title as before: the
    appositive title makes no reference mention of its own."""
    from kg.analyse import analyse
    from kg.extract.mentions import find_mentions

    text = "Tin mới . Bà Trương_Thị_Mai , Ủy_viên Ủy_ban Thường_vụ Quốc_hội , cho_biết nhóm đã họp ."
    mentions = find_mentions(analyse(Article(id="a", text=text, source="test", title="t")))
    assert not [m.text for m in mentions if m.reference]


def test_company_names_bare_court_is_its_articles_court_never_another_provinces():
    from kg.article import extract_article
    from kg.pipeline import assemble

    texts = [
        "Tin mới . Hôm_qua , TAND tỉnh Quảng_Nam đã xét_xử vụ án . TAND cho biết bị_cáo đã nhận tội .",
        "Tin mới . Hôm_qua , TAND tỉnh Nghệ_An đã xét_xử vụ án . TAND cho biết sẽ mở lại phiên_tòa .",
    ]
    extractions = [
        extract_article(Article(id=f"a{i}", text=text, source="test", segmented=True), learned=False)
        for i, text in enumerate(texts)
    ]
    names = sorted(e.name for e in assemble(extractions).resolution.entities)
    assert names == ["TAND tỉnh Nghệ An", "TAND tỉnh Quảng Nam"]


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        # a school or hospital named after a person, its level between the head and the name
        ("Tin mới . Hiệu_trưởng Trường ĐH Tôn_Đức_Thắng Lê_Văn_Hòa cho_biết .", "Trường ĐH Tôn_Đức_Thắng", "Lê_Văn_Hòa"),
        ("Tin mới . Hiệu_trưởng Trường THPT Chu_Văn_An Nguyễn_Văn_Bình cho_biết .", "Trường THPT Chu_Văn_An", "Nguyễn_Văn_Bình"),
        ("Tin mới . Ông Lê_Văn_Hòa , hiệu_trưởng Trường ĐH Nguyễn_Tất_Thành , cho_biết .", "Trường ĐH Nguyễn_Tất_Thành", "Lê_Văn_Hòa"),
        # a body with no level word still ends before the person after it
        ("Tin mới . Bộ_trưởng Bộ Tài_chính Đinh_Tiến_Dũng cho_biết .", "Bộ Tài_chính", "Đinh_Tiến_Dũng"),
    ],
)
def test_company_names_institutions_named_after_people(text, body, person):
    names = rule_names(text)
    assert (names.get(body), names.get(person)) == ("Organization", "Person")
