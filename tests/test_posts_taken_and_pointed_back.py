"""Posts told by a verb of taking or holding on ("đảm_nhận chức", "kiêm_nhiệm", "nhậm_chức",
"đắc_cử", ``roles.holds``), a title whose body is a bare noun of its kind pointed back with a
demonstrative ("Giám_đốc sở này", ``frames.demonstratives``, kg.extract.post_bodies), and a body
that is no company named by words a legal form may also have ("Sở Xây_dựng", kg.extract.mention_spans)."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract.mentions import find_mentions
from kg.model import Article
from test_relations_markup import role_triples as roles


def _typed(text: str) -> set[tuple[str, str]]:
    analysed = analyse(Article(id="a", text=text, source="test", title="t"))
    return {(m.text, m.type.value) for m in find_mentions(analysed) if not m.reference}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Bà [PER Hà_Thị_Nga] đảm_nhận chức Chủ_tịch [ORG Hội Liên_hiệp Phụ_nữ Việt_Nam] .",
            {("Hà_Thị_Nga", "chairmanOf", "Hội Liên_hiệp Phụ_nữ Việt_Nam")},
        ),
        (
            "Ông [PER Lê_Văn_Đạt] đảm_nhiệm chức Hiệu_trưởng [ORG Trường THCS Nguyễn_Du] từ năm 2018 .",
            {("Lê_Văn_Đạt", "holdsPostAt", "Trường THCS Nguyễn_Du")},
        ),
        (
            "Ông [PER Lê_Quang_Huy] kiêm Chủ_tịch [ORG Công_ty Cổ_phần FPT] .",
            {("Lê_Quang_Huy", "chairmanOf", "Công_ty Cổ_phần FPT")},
        ),
        (
            "Ông [PER Lê_Văn_Hòa] kiêm_nhiệm chức Giám_đốc [ORG Trung_tâm Y_tế huyện Ba_Tơ] .",
            {("Lê_Văn_Hòa", "holdsPostAt", "Trung_tâm Y_tế huyện Ba_Tơ")},
        ),
        (
            "Ông [PER Phan_Văn_Mãi] nhậm_chức Chủ_tịch [ORG UBND TP.HCM] vào tháng 3 .",
            {("Phan_Văn_Mãi", "chairmanOf", "UBND TP.HCM")},
        ),
        (
            "Ông [PER Nguyễn_Văn_Lộc] tái đắc_cử Chủ_tịch [ORG Liên_đoàn Bóng_đá Việt_Nam] .",
            {("Nguyễn_Văn_Lộc", "chairmanOf", "Liên_đoàn Bóng_đá Việt_Nam")},
        ),
        (
            "Ông [PER Nguyễn_Văn_Tú] đắc_cử Chủ_tịch [ORG Hội Luật_gia tỉnh Quảng_Bình] .",
            {("Nguyễn_Văn_Tú", "chairmanOf", "Hội Luật_gia tỉnh Quảng_Bình")},
        ),
        (
            "Bà [PER Nguyễn_Thị_Bích] được bầu vào chức Chủ_tịch [ORG HĐND huyện Ba_Vì] .",
            {("Nguyễn_Thị_Bích", "chairmanOf", "HĐND huyện Ba_Vì")},
        ),
        (
            "Ông [PER Trần_Minh_Quân] được bổ_nhiệm vào vị_trí Tổng_giám_đốc [ORG Ngân_hàng Sacombank] .",
            {("Trần_Minh_Quân", "holdsPostAt", "Ngân_hàng Sacombank")},
        ),
        (
            "Ông [PER Nguyễn_Hữu_Đức] được giao giữ chức Phó Giám_đốc [ORG Bệnh_viện Nhi Trung_ương] .",
            {("Nguyễn_Hữu_Đức", "holdsPostAt", "Bệnh_viện Nhi Trung_ương")},
        ),
        # a past holding is a former post
        (
            "Ông [PER Lê_Văn_Toàn] từng đảm_nhận chức Giám_đốc [ORG Công_an tỉnh Hòa_Bình] .",
            {("Lê_Văn_Toàn", "formerlyHeldPostAt", "Công_an tỉnh Hòa_Bình")},
        ),
        # no post: taking it is denied, or given up
        ("Ông [PER Trần_Văn_Minh] không đảm_nhận chức Chủ_tịch [ORG UBND xã Tân_Phú] nữa .", set()),
        # the post is the second person's, not the one who speaks of it
        (
            "Ông [PER Nguyễn_Văn_Hạnh] ủng_hộ việc ông [PER Lê_Văn_Bình] đắc_cử Chủ_tịch [ORG Hội Nông_dân tỉnh Cà_Mau] .",
            {("Lê_Văn_Bình", "chairmanOf", "Hội Nông_dân tỉnh Cà_Mau")},
        ),
    ],
)
def test_posts_taken_by_a_verb_of_taking_or_holding_on(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[ORG Sở Y_tế tỉnh Bình_Dương] đã công_bố kết_quả . Ông [PER Nguyễn_Hồng_Chương] , Giám_đốc sở này , cho_biết sẽ kiểm_tra .",
            {("Nguyễn_Hồng_Chương", "holdsPostAt", "Sở Y_tế tỉnh Bình_Dương")},
        ),
        (
            "[ORG Bệnh_viện Chợ_Rẫy] đã tiếp_nhận bệnh_nhân . Ông [PER Nguyễn_Tri_Thức] , Giám_đốc bệnh_viện này cho_biết bệnh_nhân đã ổn_định .",
            {("Nguyễn_Tri_Thức", "holdsPostAt", "Bệnh_viện Chợ_Rẫy")},
        ),
        (
            "[ORG Ngân_hàng ACB] báo lãi lớn . Bà [PER Đỗ_Minh_Toàn] , Tổng_giám_đốc ngân_hàng này , cho_biết .",
            {("Đỗ_Minh_Toàn", "holdsPostAt", "Ngân_hàng ACB")},
        ),
        (
            "[ORG Công_ty Cổ_phần Sông_Đà] bị phạt . Ông [PER Trần_Văn_Hùng] , Giám_đốc công_ty trên , đã bị triệu_tập .",
            {("Trần_Văn_Hùng", "holdsPostAt", "Công_ty Cổ_phần Sông_Đà")},
        ),
        # no body of that kind named before: nothing to point back to
        ("[ORG UBND tỉnh Bình_Dương] họp . Ông [PER Nguyễn_Văn_Tâm] , Giám_đốc sở này , cho_biết .", set()),
        # a body of another kind named before is not the one meant
        ("[ORG Bệnh_viện Chợ_Rẫy] quá_tải . Ông [PER Lê_Văn_Tâm] , Giám_đốc sở này , cho_biết .", set()),
        # a patient, a shareholder or a parent holds no post at the body pointed back to
        ("[ORG Bệnh_viện Bạch_Mai] quá_tải . Ông [PER Nguyễn_Văn_Hòa] , bệnh_nhân của bệnh_viện này , cho_biết .", set()),
        ("[ORG Công_ty Cổ_phần Sông_Đà] bị phạt . Ông [PER Trần_Văn_Hùng] , cổ_đông công_ty này , cho_biết .", set()),
        ("[ORG Trường THPT Việt_Đức] khai_giảng . Ông [PER Lê_Văn_Nam] , phụ_huynh trường này , cho_biết .", set()),
        # a former post stays former
        (
            "[ORG Sở Y_tế tỉnh Sơn_La] bị thanh_tra . Ông [PER Hoàng_Văn_Thịnh] , nguyên Giám_đốc sở này , đã bị bắt .",
            {("Hoàng_Văn_Thịnh", "formerlyHeldPostAt", "Sở Y_tế tỉnh Sơn_La")},
        ),
    ],
)
def test_posts_at_a_body_pointed_back_with_a_demonstrative(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[ORG Sở Y_tế tỉnh Bình_Dương] đã công_bố kết_quả . Giám_đốc sở này , [PER ông|Nguyễn_Hồng_Chương] , cho_biết sẽ kiểm_tra .",
            {("Nguyễn_Hồng_Chương", "holdsPostAt", "Sở Y_tế tỉnh Bình_Dương")},
        ),
        (
            "[ORG Bệnh_viện Chợ_Rẫy] tiếp_nhận 5 bệnh_nhân . Giám_đốc bệnh_viện này , [PER PGS|Nguyễn_Tri_Thức] , cho_biết .",
            {("Nguyễn_Tri_Thức", "holdsPostAt", "Bệnh_viện Chợ_Rẫy")},
        ),
        (
            "[ORG Ngân_hàng ACB] báo lãi . Phó Tổng_giám_đốc ngân_hàng này - [PER bà|Đỗ_Minh_Toàn] cho_biết .",
            {("Đỗ_Minh_Toàn", "holdsPostAt", "Ngân_hàng ACB")},
        ),
        (
            "[ORG Công_ty Cổ_phần Sông_Đà] bị phạt . Nguyên Giám_đốc công_ty này , [PER ông|Trần_Văn_Hùng] , đã bị bắt .",
            {("Trần_Văn_Hùng", "formerlyHeldPostAt", "Công_ty Cổ_phần Sông_Đà")},
        ),
        # no body of the noun's kind named before
        ("[ORG UBND tỉnh Bình_Dương] họp . Giám_đốc sở này , [PER ông|Nguyễn_Văn_Tâm] , cho_biết .", set()),
        # the demonstrative without a title before it gives no post
        ("[ORG Sở Y_tế tỉnh Bình_Dương] họp . Theo sở này , [PER ông|Lê_Văn_An] đã bị phạt .", set()),
    ],
)
def test_posts_title_first_at_a_body_pointed_back_with_a_demonstrative(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a provincial department named by words a company's legal form may also have
        ("Ông A , Giám_đốc Sở Xây_dựng tỉnh Khánh_Hòa , cho_biết .", "Sở Xây_dựng tỉnh Khánh_Hòa"),
        ("Ông A , Giám_đốc Sở Xây_dựng , cho_biết .", "Sở Xây_dựng"),
        ("Phó Giám_đốc Sở Xây_dựng Hà_Nội Lê_Văn_Hải cho_biết .", "Sở Xây_dựng Hà_Nội"),
        # a company's legal form still goes before its own name
        ("Ông B , Giám_đốc Công_ty Cổ_phần Xây_dựng Sông_Đà , cho_biết .", "Công_ty Cổ_phần Xây_dựng Sông_Đà"),
    ],
)
def test_posts_body_named_by_words_of_a_legal_form(text, body):
    assert (body, "Organization") in _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        # a company's head and legal form with no name after them name no company
        "Công_ty TNHH cho_biết .",
        "Tổng_công_ty Xây_dựng cho_biết .",
    ],
)
def test_posts_legal_form_alone_names_no_company(text):
    assert not {m for m in _typed(text) if m[1] == "Organization"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "trường" written lowercase before the school's name, outside it
        (
            "Ông [PER Lê_Văn_Phước] , Hiệu_trưởng trường [ORG Tiểu_học Kim_Đồng] , cho_biết .",
            {("Lê_Văn_Phước", "holdsPostAt", "Tiểu_học Kim_Đồng")},
        ),
        (
            "Bà [PER Trần_Thị_Hạnh] , Phó hiệu_trưởng trường [ORG THPT Lê_Quý_Đôn] , cho_biết .",
            {("Trần_Thị_Hạnh", "holdsPostAt", "THPT Lê_Quý_Đôn")},
        ),
        # a school visited is no post
        ("Ông [PER Lê_Văn_Phước] đến thăm trường [ORG Tiểu_học Kim_Đồng] .", set()),
        # a parent of a pupil holds no post at the school
        ("Bà [PER Nguyễn_Thị_Mai] , phụ_huynh trường [ORG Tiểu_học Kim_Đồng] , cho_biết .", set()),
    ],
)
def test_posts_title_then_the_word_school_and_its_name(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[ORG CLB Thanh_Hóa] vừa bổ_nhiệm ông [PER Velizar_Popov] làm HLV trưởng .",
            {("Velizar_Popov", "holdsPostAt", "CLB Thanh_Hóa")},
        ),
        (
            "[ORG Ngân_hàng Vietcombank] đã bổ_nhiệm ông [PER Nguyễn_Thanh_Tùng] làm Tổng_giám_đốc .",
            {("Nguyễn_Thanh_Tùng", "holdsPostAt", "Ngân_hàng Vietcombank")},
        ),
        (
            "[ORG Hội Nông_dân tỉnh An_Giang] bầu ông [PER Lê_Văn_Quang] làm Chủ_tịch .",
            {("Lê_Văn_Quang", "chairmanOf", "Hội Nông_dân tỉnh An_Giang")},
        ),
        # a title with a body of its own is the post at that body
        (
            "[ORG Bộ Y_tế] đã bổ_nhiệm ông [PER Lê_Văn_Hòa] làm Giám_đốc [ORG Bệnh_viện Bạch_Mai] .",
            {("Lê_Văn_Hòa", "holdsPostAt", "Bệnh_viện Bạch_Mai")},
        ),
        # an appointment still to come is no post yet
        ("[ORG CLB Thanh_Hóa] sẽ bổ_nhiệm ông [PER Velizar_Popov] làm HLV trưởng .", set()),
        # the body does not open its clause: it is not the one that appoints
        ("Lãnh_đạo của [ORG CLB Thanh_Hóa] bổ_nhiệm ông [PER Lê_Văn_Tùng] làm HLV trưởng .", set()),
        # a verb that appoints nobody to the body
        ("[ORG CLB Thanh_Hóa] cảm_ơn ông [PER Velizar_Popov] làm HLV trưởng .", set()),
        # the head of a delegation heads it, not the body that sends it
        ("[ORG Bộ Y_tế] cử ông [PER Trần_Văn_Nam] làm trưởng đoàn .", set()),
    ],
)
def test_posts_given_by_the_body_that_appoints(markup, expected):
    assert roles(markup) == expected
