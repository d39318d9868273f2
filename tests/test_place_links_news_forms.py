"""Forms news uses for where a place lies and which body a body belongs to: a place a copula calls a
unit of a higher one ("huyện X là một huyện của TP Y"), a body set beside its parent by "thuộc" in an
apposition ("Công_ty X , thuộc Tập_đoàn Y ,"), and a city beside its country closed by a word of time
("Jakarta , Indonesia hôm_qua"); each with the sentences where the rule must not fire."""

from __future__ import annotations

import pytest

from test_place_links import links


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a unit called by a copula a unit of a higher one, by the ranks the words of level give
        ("Huyện [REGION Nhà_Bè] là một huyện của [CITY TP.HCM] .", {("Nhà_Bè", "locatedIn", "TP.HCM")}),
        ("Quận [REGION Ba_Đình] là quận trung_tâm của [CITY Hà_Nội] .", {("Ba_Đình", "locatedIn", "Hà_Nội")}),
        ("Xã [REGION Yên_Thành] là một xã nghèo của huyện [REGION Quỳnh_Lưu] .", {("Yên_Thành", "locatedIn", "Quỳnh_Lưu")}),
        # the subject bare of a word of level: the description's noun gives its rank
        ("[REGION Mèo_Vạc] là một huyện vùng_cao của tỉnh [REGION Hà_Giang] .", {("Mèo_Vạc", "locatedIn", "Hà_Giang")}),
        ("[REGION Hà_Giang] là một tỉnh của huyện [REGION Mèo_Vạc] .", set()),
        # the ranks falling: a province is no unit of a district
        ("Tỉnh [REGION Lạng_Sơn] là tỉnh biên_giới của huyện [REGION Cao_Lộc] .", set()),
        # no "của" after the kind of place: a place it is near says nothing of where it lies
        ("Huyện [REGION Nhà_Bè] là một huyện ven biển , cách [CITY TP.HCM] 20 km .", set()),
    ],
)
def test_place_links_unit_called_by_copula_a_unit_of_a_higher_one(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "thuộc" in an apposition after the body's comma, the apposition holding the parent alone
        (
            "[ORG Công_ty Sông_Đà 9] , thuộc [ORG Tổng_công_ty Sông_Đà] , vừa trúng thầu .",
            {("Công_ty Sông_Đà 9", "partOf", "Tổng_công_ty Sông_Đà")},
        ),
        ("Ông nhập_viện tại [ORG Bệnh_viện K] , trực_thuộc [ORG Bộ Y_tế] .", {("Bệnh_viện K", "partOf", "Bộ Y_tế")}),
        # the apposition goes on past the parent: another body joined to it
        ("[ORG Công_ty Sông_Đà 9] , thuộc [ORG Tổng_công_ty Sông_Đà] và [ORG Công_ty Lilama] đã ký hợp_đồng .", set()),
        # owned, told by words between "thuộc" and the body: no parent named by "thuộc"
        ("[ORG Công_ty Hoa_Mai] , thuộc sở_hữu của [ORG Tập_đoàn Sao_Mai] , đã lãi .", set()),
        # an item of a list of bodies: the apposition may describe the last one alone
        ("[ORG Công_ty A1] , [ORG Công_ty B2] , thuộc [ORG Tập_đoàn C3] , đều lãi .", set()),
    ],
)
def test_place_links_body_beside_its_parent_by_thuoc(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a word of time closes the apposition of a city and its country
        ("Đội_tuyển đến thành_phố [CITY Jakarta] , [COUNTRY Indonesia] hôm_qua .", {("Jakarta", "locatedIn", "Indonesia")}),
        ("Ông bay tới [CITY Lyon] , [COUNTRY Pháp] cuối tuần qua .", {("Lyon", "locatedIn", "Pháp")}),
        ("Vụ nổ xảy ra ở [CITY Quetta] , [COUNTRY Pakistan] mới_đây .", {("Quetta", "locatedIn", "Pakistan")}),
        # a list of cities closed by a word of time is still a list
        ("Ông đã thăm [CITY Bangkok] , [CITY Hà_Nội] , [CITY Jakarta] tuần trước .", set()),
        ("Đoàn đã tới [CITY Huế] , [CITY Đà_Nẵng] và [CITY Vinh] hôm_qua .", set()),
    ],
)
def test_place_links_city_and_country_closed_by_time(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a military unit set beside the higher unit it belongs to
        ("[ORG Sư_đoàn 312] , [ORG Quân_đoàn 1] đã tổ_chức diễn_tập .", {("Sư_đoàn 312", "partOf", "Quân_đoàn 1")}),
        ("[ORG Lữ_đoàn 170] , [ORG Quân_chủng Hải_quân] nhận tàu mới .", {("Lữ_đoàn 170", "partOf", "Quân_chủng Hải_quân")}),
        # a sub-department beside the department above it
        (
            "[ORG Chi_cục Thuế quận Hoàng_Mai] , [ORG Cục Thuế Hà_Nội] cho_biết đã thu đủ .",
            {("Chi_cục Thuế quận Hoàng_Mai", "partOf", "Cục Thuế Hà_Nội")},
        ),
        # units of the same rank listed, or the higher unit first: no part
        ("[ORG Sư_đoàn 312] , [ORG Sư_đoàn 308] cùng diễn_tập .", set()),
        ("[ORG Quân_đoàn 1] , [ORG Sư_đoàn 312] cùng diễn_tập .", set()),
    ],
)
def test_place_links_unit_beside_higher_military_unit(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # where a body or a unit is stationed: "đóng (quân) tại / trên địa_bàn", "đặt tại"
        ("[ORG Công_ty Minh_Long] đóng trên địa_bàn tỉnh [REGION Bình_Dương] .", {("Công_ty Minh_Long", "locatedIn", "Bình_Dương")}),
        ("[ORG Sư_đoàn 9] đóng quân tại [REGION Bình_Phước] .", {("Sư_đoàn 9", "locatedIn", "Bình_Phước")}),
        ("[ORG Nhà_máy Canon] đặt tại [REGION Bắc_Ninh] .", {("Nhà_máy Canon", "locatedIn", "Bắc_Ninh")}),
        # a verb that opens with the same syllable says nothing of a seat
        ("[ORG Công_ty Minh_Long] đóng_góp 1 tỷ đồng tại [REGION Bình_Dương] .", set()),
        ("[ORG Công_ty Minh_Long] đặt mục_tiêu tăng_trưởng ở [REGION Bình_Dương] .", set()),
    ],
)
def test_place_links_body_stationed_at(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a body after its kind and its country: the nationality the text states
        ("Hãng xe [COUNTRY Đức] [ORG BMW] đã tăng giá .", {("BMW", "locatedIn", "Đức")}),
        ("Đội bóng [COUNTRY Thái_Lan] [ORG Buriram] đã vô_địch .", {("Buriram", "locatedIn", "Thái_Lan")}),
        ("Tập_đoàn dầu_khí [COUNTRY Malaysia] [ORG Petronas] lãi lớn .", {("Petronas", "locatedIn", "Malaysia")}),
        # no kind of body before the country: a partner, a market, a list
        ("Đối_tác [COUNTRY Đức] [ORG BMW] đã ký hợp_đồng .", set()),
        ("Các hãng xe như [COUNTRY Đức] [ORG BMW] đều tăng giá .", set()),
        # a person after the country is no body
        ("Tỷ_phú [COUNTRY Nga] [PER Abramovich] đã mua đội bóng .", set()),
    ],
)
def test_place_links_body_after_its_kind_and_country(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an apposition with an article before the noun of kind says where the place lies
        ("Vụ nổ xảy ra ở [CITY Quetta] , một thành_phố ở [COUNTRY Pakistan] .", {("Quetta", "locatedIn", "Pakistan")}),
        ("Bão đổ_bộ vào [CITY Tacloban] , một thành_phố của [COUNTRY Philippines] .", {("Tacloban", "locatedIn", "Philippines")}),
        # an apposition that names no larger place, or a place not larger
        ("Ông đến [CITY Huế] , một thành_phố cổ , rồi tới [COUNTRY Lào] .", set()),
        ("Ông đến [COUNTRY Lào] , một quốc_gia ở [CITY Viêng_Chăn] .", set()),
    ],
)
def test_place_links_place_described_after_an_article(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the kind of part in an apposition after a person's title describes the body closing the title
        (
            "Ông [PER Hải] , [REF Giám_đốc [ORG Công_ty Sông_Đà 9]] , công_ty con của [ORG Tổng_công_ty Sông_Đà] , cho_biết .",
            {("Công_ty Sông_Đà 9", "partOf", "Tổng_công_ty Sông_Đà")},
        ),
        # an apposition of kinship describes the person, and names no body
        ("Ông [PER Hải] , [REF Giám_đốc [ORG Công_ty Sông_Đà 9]] , con_trai của ông [PER Lâm] , cho_biết .", set()),
    ],
)
def test_place_links_part_apposed_after_a_title(markup, expected):
    assert {t for t in links(markup) if t[1] == "partOf"} == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a part of a province named by its direction, the province right after it
        ("Lũ_quét ở [REGION miền Tây] [REGION Nghệ_An] làm 5 người chết .", {("miền Tây", "partOf", "Nghệ_An")}),
        ("Cần chú_ý khu_vực [REGION miền Tây] [REGION Thanh_Hóa] ; đẩy_mạnh hợp_tác .", {("miền Tây", "partOf", "Thanh_Hóa")}),
        # the provinces of a part listed after it, or after a plural word of level: no whole
        ("Bão vào các tỉnh [REGION miền Trung] [REGION Quảng_Nam] , [REGION Quảng_Ngãi] .", set()),
        ("Bão vào [REGION miền Trung] [REGION Quảng_Nam] và [REGION Quảng_Ngãi] .", set()),
        ("Bão vào các tỉnh [REGION miền Trung] [REGION Quảng_Nam] .", set()),
    ],
)
def test_place_links_part_of_a_province(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the parent after a role phrase is that of the body closing it: "thuộc", or a unit beside a higher body
        (
            "Ông [PER Lâm] , [REF Giám_đốc [ORG Viện Vệ_sinh]] thuộc [ORG Bộ Y_tế] cho_biết .",
            {("Viện Vệ_sinh", "partOf", "Bộ Y_tế")},
        ),
        (
            "Ông [PER Lâm] , [REF Giám_đốc [ORG Viện Vệ_sinh]] , [ORG Bộ Y_tế] cho_biết .",
            {("Viện Vệ_sinh", "partOf", "Bộ Y_tế")},
        ),
        # a body of a province is no unit of the ministry beside it; a list of bodies is no apposition
        ("Ông [PER Lâm] , [REF Giám_đốc [ORG Sở Y_tế]] , [ORG Bộ Y_tế] cho_biết .", set()),
        (
            "Ông [PER Lâm] , [REF Giám_đốc [ORG Viện Vệ_sinh]] , [ORG Bộ Y_tế] , [ORG Sở Y_tế] và [ORG Bộ Công_an] cùng dự .",
            set(),
        ),
    ],
)
def test_place_links_parent_after_a_role_phrase(markup, expected):
    assert {t for t in links(markup) if t[1] == "partOf"} == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a body "ở" a place after a compound noun of kind ("khu công_nghiệp")
        (
            "[ORG Công_ty Hoàng_Long] ở khu công_nghiệp [REGION Tân_Tạo] bị cháy .",
            {("Công_ty Hoàng_Long", "locatedIn", "Tân_Tạo")},
        ),
        # a country described by a noun of a country and its region, the country no item of a list
        ("[COUNTRY Myanmar] , quốc_gia [REGION Đông_Nam_Á] , mở_cửa .", {("Myanmar", "locatedIn", "Đông_Nam_Á")}),
        ("Ông đến [COUNTRY Lào] , [COUNTRY Myanmar] , quốc_gia [REGION Đông_Nam_Á] .", set()),
        ("[COUNTRY Lào] , các quốc_gia [REGION Đông_Nam_Á] đều họp .", set()),
    ],
)
def test_place_links_compound_place_nouns_and_country_nouns(markup, expected):
    assert links(markup) == expected
