"""Where an installation or a body is set by a verb ("Nhà_máy X đặt tại Y", "có trụ_sở chính đặt tại Y"),
and a unit set beside its parent after a person's name ("Bà X , Cục Y , Bộ Z cho_biết") or after its code in
brackets no name was found for ("Phòng X ( PC45 ) , Công_an tỉnh Y"); each with the sentences where the rule
must not fire."""

from __future__ import annotations

import pytest

from test_place_links import links


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an installation set where a verb of seat and a preposition say
        ("[FAC Nhà_máy lọc_dầu Dung_Quất] đặt tại tỉnh [REGION Quảng_Ngãi] .", {("Nhà_máy lọc_dầu Dung_Quất", "locatedIn", "Quảng_Ngãi")}),
        ("[FAC Nhà_máy thủy_điện Hòa_Bình] đặt ở huyện [REGION Đà_Bắc] .", {("Nhà_máy thủy_điện Hòa_Bình", "locatedIn", "Đà_Bắc")}),
        ("[FAC Cảng Chân_Mây] đóng tại huyện [REGION Phú_Lộc] từ năm 2003 .", {("Cảng Chân_Mây", "locatedIn", "Phú_Lộc")}),
        # the seat's noun, then the verb that sets it there
        (
            "[ORG Công_ty cổ_phần Thép Nam_Kim] có trụ_sở chính đặt tại [REGION Bình_Dương] .",
            {("Công_ty cổ_phần Thép Nam_Kim", "locatedIn", "Bình_Dương")},
        ),
        ("[ORG Tập_đoàn Sao_Đỏ] có trụ_sở đặt ở [CITY Hải_Phòng] .", {("Tập_đoàn Sao_Đỏ", "locatedIn", "Hải_Phòng")}),
        # "tọa_lạc": a body or a building stands where the preposition says
        ("[ORG Đại_học Thủy_lợi] tọa_lạc tại quận [REGION Đống_Đa] .", {("Đại_học Thủy_lợi", "locatedIn", "Đống_Đa")}),
        ("[ORG Bảo_tàng Dân_tộc_học] tọa_lạc ở quận [REGION Cầu_Giấy] .", {("Bảo_tàng Dân_tộc_học", "locatedIn", "Cầu_Giấy")}),
        ("[FAC Nhà_hát Lớn] tọa_lạc trên địa_bàn quận [REGION Hoàn_Kiếm] .", {("Nhà_hát Lớn", "locatedIn", "Hoàn_Kiếm")}),
        # the verb with another object: no seat
        ("[FAC Sân_bay Long_Thành] đặt hàng của [COUNTRY Nhật_Bản] .", set()),
        ("[FAC Sân_vận_động Thống_Nhất] đóng_cửa tại [CITY TP.HCM] hôm_qua .", set()),
        ("[ORG Công_ty Minh_Long] có trụ_sở đặt hàng tại [CITY Đà_Nẵng] .", set()),
    ],
)
def test_place_links_installation_or_body_set_by_a_verb_of_seat(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a unit and its parent apposed to the person who speaks
        ("Bà [PER Lê_Thị_Thu] , [ORG Cục Quản_lý dược] , [ORG Bộ Y_tế] cho_biết thêm .", {("Cục Quản_lý dược", "partOf", "Bộ Y_tế")}),
        ("Ông [PER Trần_Quang_Huy] , [ORG Vụ Hợp_tác quốc_tế] , [ORG Bộ Tư_pháp] nói .", {("Vụ Hợp_tác quốc_tế", "partOf", "Bộ Tư_pháp")}),
        # the unit the object of a verb after the person, not apposed to the person
        ("Bà [PER Lê_Thị_Thu] gặp [ORG Cục Quản_lý dược] , [ORG Bộ Y_tế] cho_biết thêm .", set()),
        # the ranks falling: no unit of the body after it
        ("Bà [PER Lê_Thị_Thu] , [ORG Bộ Y_tế] , [ORG Cục Quản_lý dược] cho_biết thêm .", set()),
    ],
)
def test_place_links_unit_and_parent_apposed_to_a_speaker(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the unit's code in brackets, no name found for it, between the unit and its parent
        (
            "[ORG Phòng Cảnh_sát hình_sự] ( PC45 ) , [ORG Công_an tỉnh Đồng_Nai] đã bắt 3 đối_tượng .",
            {("Phòng Cảnh_sát hình_sự", "partOf", "Công_an tỉnh Đồng_Nai")},
        ),
        (
            "[ORG Cục Cảnh_sát giao_thông] ( C08 ) , [ORG Bộ Công_an] vừa ban_hành kế_hoạch .",
            {("Cục Cảnh_sát giao_thông", "partOf", "Bộ Công_an")},
        ),
        # words in the brackets, not a code: no apposition read past them
        ("[ORG Phòng Cảnh_sát hình_sự] ( năm 2012 ) , [ORG Công_an tỉnh Đồng_Nai] đã bắt 3 đối_tượng .", set()),
        ("[ORG Phòng Cảnh_sát hình_sự] ( hai đơn_vị ) , [ORG Công_an tỉnh Đồng_Nai] đã bắt 3 đối_tượng .", set()),
    ],
)
def test_place_links_unit_code_in_brackets_before_its_parent(markup, expected):
    assert links(markup) == expected
