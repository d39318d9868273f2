"""A body's span the tagger ran on over the name of the person holding a post at it is cut
into the body and the person, only after a title of a post and where the body's name ends."""

from __future__ import annotations

import pytest

from kg.model import EntityType, Mention
from kg.tagger.seats import seats_as_buildings
from kg.tagger.titled_holders import holders_split_off, holders_typed, title_words_trimmed


def _tagged(sentence: str, span: str, entity_type: EntityType = EntityType.ORGANIZATION) -> list[Mention]:
    start = sentence.index(span)
    return [Mention("a", 0, start, start + len(span), span, entity_type)]


def _read(mentions: list[Mention]) -> list[tuple[str, str]]:
    return [(m.text, m.type.value) for m in mentions]


HOLDERS = [
    (
        "Trưởng Ban Tuyên_giáo Trung_ương Lê_Minh_Khánh phát_biểu .",
        "Ban Tuyên_giáo Trung_ương Lê_Minh_Khánh",
        [("Ban Tuyên_giáo Trung_ương", "Organization"), ("Lê_Minh_Khánh", "Person")],
    ),
    (
        "Chánh_án Tòa_án nhân_dân tối_cao Đỗ_Quang_Vinh khai_mạc phiên họp .",
        "Tòa_án nhân_dân tối_cao Đỗ_Quang_Vinh",
        [("Tòa_án nhân_dân tối_cao", "Organization"), ("Đỗ_Quang_Vinh", "Person")],
    ),
    (
        "Cục_trưởng Cục Quản_lý thị_trường Phan_Đức cho_biết .",
        "Cục Quản_lý thị_trường Phan_Đức",
        [("Cục Quản_lý thị_trường", "Organization"), ("Phan_Đức", "Person")],
    ),
    (
        "Thứ_trưởng Thường_trực Bộ Ngoại_giao Đinh_Văn_Phúc dự lễ .",
        "Bộ Ngoại_giao Đinh_Văn_Phúc",
        [("Bộ Ngoại_giao", "Organization"), ("Đinh_Văn_Phúc", "Person")],
    ),
    (
        "Chủ_tịch Hội_đồng quản_trị Vingroup Đỗ_Quang_Vinh cho_biết .",
        "Vingroup Đỗ_Quang_Vinh",
        [("Vingroup", "Organization"), ("Đỗ_Quang_Vinh", "Person")],
    ),
    (
        "Phó Trưởng_ban Dân_vận Tỉnh_ủy Hồ_Thị_Lan dự lễ .",
        "Dân_vận Tỉnh_ủy Hồ_Thị_Lan",
        [("Dân_vận Tỉnh_ủy", "Organization"), ("Hồ_Thị_Lan", "Person")],
    ),
]

KEPT = [
    # no title before the body: the name may be the body's own
    ("Ban Tuyên_giáo Trung_ương Lê_Minh_Khánh phát_biểu .", "Ban Tuyên_giáo Trung_ương Lê_Minh_Khánh"),
    # a school named after a person: only its level stands between its head and the name
    ("Hiệu_trưởng Trường THPT Nguyễn_Du cho_biết .", "Trường THPT Nguyễn_Du"),
    # the name may go on from a capitalised word: "Hán_Nôm" is the institute's field
    ("Viện_trưởng Viện Nghiên_cứu Hán_Nôm cho_biết .", "Viện Nghiên_cứu Hán_Nôm"),
    # an academy, a school named after a person, after a lowercase word or a word closing a name
    ("Giảng_viên Học_viện Chính_trị Quốc_gia Hồ_Chí_Minh cho_biết .", "Học_viện Chính_trị Quốc_gia Hồ_Chí_Minh"),
    ("Hiệu_trưởng Trường THPT tư_thục Lê_Quý_Đôn cho_biết .", "Trường THPT tư_thục Lê_Quý_Đôn"),
    # a listed place shaped like a personal name ("Hà" is a surname too)
    ("Phó ban tuyên_giáo thành_ủy Hà_Nội cho_biết .", "tuyên_giáo thành_ủy Hà_Nội"),
    # a name that is no Vietnamese personal name
    ("Giám_đốc Sở Y_tế tỉnh Bình_Định cho_biết .", "Sở Y_tế tỉnh Bình_Định"),
]


@pytest.mark.parametrize(("sentence", "span", "expected"), HOLDERS)
def test_tagger_a_titled_bodys_span_over_its_holders_name_is_cut(sentence, span, expected) -> None:
    assert _read(holders_split_off(sentence, _tagged(sentence, span))) == expected


@pytest.mark.parametrize(("sentence", "span"), KEPT)
def test_tagger_a_bodys_span_not_ending_with_a_titled_holder_stays(sentence, span) -> None:
    assert _read(holders_split_off(sentence, _tagged(sentence, span))) == [(span, "Organization")]


SEATS = [
    ("Hai nhà_lãnh_đạo hội_đàm tại Nhà_Trắng hôm_qua .", "Nhà_Trắng", "Facility"),
    ("Thủ_tướng tới thăm điện Kremlin chiều nay .", "Kremlin", "Facility"),
    ("Phái_đoàn đã đến Điện_Kremlin .", "Điện_Kremlin", "Facility"),
    # the government speaking by its seat stays the body
    ("Nhà_Trắng cho_biết sẽ xem_xét .", "Nhà_Trắng", "Organization"),
    ("Người phát_ngôn Điện_Kremlin bác_bỏ tin này .", "Điện_Kremlin", "Organization"),
    # a body that is no seat of government stays a body after "tại"
    ("Cuộc họp diễn ra tại Bộ Ngoại_giao .", "Bộ Ngoại_giao", "Organization"),
]


@pytest.mark.parametrize(("sentence", "span", "expected"), SEATS)
def test_tagger_a_seat_of_government_where_one_goes_is_the_building(sentence, span, expected) -> None:
    assert _read(seats_as_buildings(sentence, _tagged(sentence, span))) == [(span, expected)]


TRIMMED = [
    ("Phó ban tuyên_giáo thành_ủy Đà_Nẵng cho_biết .", "tuyên_giáo thành_ủy Đà_Nẵng", "thành_ủy Đà_Nẵng"),
    ("Trưởng ban dân_vận tỉnh_ủy Lào_Cai phát_biểu .", "dân_vận tỉnh_ủy Lào_Cai", "tỉnh_ủy Lào_Cai"),
    # a capitalised board named in full is the body after "Trưởng"
    ("Trưởng Ban Tuyên_giáo Trung_ương phát_biểu .", "Ban Tuyên_giáo Trung_ương", "Ban Tuyên_giáo Trung_ương"),
    # a title's last word that is the body's head stays in it
    ("Phó trưởng phòng giáo_dục TP Nha_Trang cho_biết .", "phòng giáo_dục TP Nha_Trang", "phòng giáo_dục TP Nha_Trang"),
    ("Trưởng phòng Nông_nghiệp huyện Tĩnh_Gia cho_biết .", "phòng Nông_nghiệp huyện Tĩnh_Gia", "phòng Nông_nghiệp huyện Tĩnh_Gia"),
    ("Phó công_an TP Thủ_Dầu_Một cho_biết .", "công_an TP Thủ_Dầu_Một", "công_an TP Thủ_Dầu_Một"),
    # lowercase words that end no title stay in the body
    ("Giám_đốc công_ty Hoàng_Long cho_biết .", "công_ty Hoàng_Long", "công_ty Hoàng_Long"),
]


@pytest.mark.parametrize(("sentence", "span", "expected"), TRIMMED)
def test_tagger_the_words_ending_a_title_are_left_out_of_the_body(sentence, span, expected) -> None:
    assert _read(title_words_trimmed(sentence, _tagged(sentence, span))) == [(expected, "Organization")]


def test_tagger_a_vietnamese_name_after_a_titled_body_is_the_holder() -> None:
    sentence = "Tư_lệnh Quân_khu 9 Đỗ_Văn_Đơn dự lễ ."
    tagged = _tagged(sentence, "Quân_khu 9") + _tagged(sentence, "Đỗ_Văn_Đơn", EntityType.LOCATION)
    assert _read(holders_typed(sentence, tagged)) == [("Quân_khu 9", "Organization"), ("Đỗ_Văn_Đơn", "Person")]


@pytest.mark.parametrize(
    ("sentence", "body", "name", "entity_type"),
    [
        # a listed place after the titled body stays the place
        ("Giám_đốc Sở Y_tế Hà_Nội cho_biết .", "Sở Y_tế", "Hà_Nội", EntityType.CITY),
        # no title before the body
        ("Quân_khu 9 Đỗ_Văn_Đơn tổ_chức lễ .", "Quân_khu 9", "Đỗ_Văn_Đơn", EntityType.LOCATION),
    ],
)
def test_tagger_a_name_after_a_body_keeps_its_type_unless_a_titled_holder(sentence, body, name, entity_type) -> None:
    tagged = _tagged(sentence, body) + _tagged(sentence, name, entity_type)
    assert _read(holders_typed(sentence, tagged))[1] == (name, entity_type.value)
