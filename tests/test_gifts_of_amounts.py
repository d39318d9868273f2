"""Money or parcels handed over to a named recipient ("hỗ_trợ 5 triệu USD cho Y") are a gift; the
same verbs with no amount ("hỗ_trợ doanh_nghiệp vay vốn") are not; a body that announces its own
aid gives it."""

from __future__ import annotations

import pytest

from test_gifts_of_aid import gifts


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[COUNTRY Hàn_Quốc] đã hỗ_trợ 3 triệu USD cho người_dân [COUNTRY Lào] .", [("Hàn_Quốc", "Lào", False)]),
        ("[ORG Tập_đoàn Phú_Thái] trao 80 triệu đồng cho gia_đình anh [PER Lê_Văn_Bình] .", [("Tập_đoàn Phú_Thái", "Lê_Văn_Bình", False)]),
        ("[ORG Hội Chữ_thập_đỏ] ủng_hộ hơn 300 suất quà cho [REGION Hà_Tĩnh] .", [("Hội Chữ_thập_đỏ", "Hà_Tĩnh", False)]),
        ("Ông [PER Đinh_Văn_Sơn] tài_trợ [ORG Trường Tiểu_học Lê_Lợi] 150 triệu đồng .", [("Đinh_Văn_Sơn", "Trường Tiểu_học Lê_Lợi", False)]),
        ("[COUNTRY Thái_Lan] sẽ hỗ_trợ nửa triệu USD giúp đỡ nhân_dân [COUNTRY Myanmar] .", [("Thái_Lan", "Myanmar", True)]),
        # an amount the segmenter joined into words is read by its syllables
        ("[COUNTRY Hàn_Quốc] viện_trợ thêm 3 triệu_USD cho [COUNTRY Lào] .", [("Hàn_Quốc", "Lào", False)]),
        ("[ORG Hội Chữ_thập_đỏ] trao 300 suất quà_tết cho [REGION Hà_Tĩnh] .", [("Hội Chữ_thập_đỏ", "Hà_Tĩnh", False)]),
        # a body that announces its own aid gives it
        ("[ORG Bộ Ngoại_giao Pháp] cho_biết sẽ hỗ_trợ 2 triệu euro cho [COUNTRY Haiti] .", [("Bộ Ngoại_giao Pháp", "Haiti", True)]),
        ("[COUNTRY Na_Uy] thông_báo viện_trợ 1 triệu USD cho [COUNTRY Nepal] .", [("Na_Uy", "Nepal", False)]),
    ],
)
def test_gifts_of_amounts(markup, expected):
    assert gifts(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # no amount handed over
        "[ORG Ngân_hàng Đông_Á] hỗ_trợ [ORG Công_ty Minh_Phát] vay vốn .",
        "[ORG UBND tỉnh Bình_Định] trao giải cho [PER Lê_Văn_Bình] .",
        "[ORG Bộ Công_Thương] ủng_hộ đề_xuất của [ORG Hiệp_hội Dệt_may] .",
        # an amount for a purpose, not to a named recipient
        "[ORG Công_ty Hòa_Bình] tài_trợ 5 tỷ đồng cho dự_án ở [REGION Quảng_Ngãi] .",
        # an amount that is no money
        "[ORG Tập_đoàn Hoa_Mai] hỗ_trợ 20 người cho [REGION Hà_Tĩnh] .",
        # no giver
        "Hỗ_trợ 5 tỷ đồng cho [REGION Quảng_Ngãi] .",
        # a person who announces aid does not give it, and a negated gift is none
        "Ông [PER Lê_Văn_Bình] thông_báo sẽ hỗ_trợ 2 triệu USD cho [COUNTRY Haiti] .",
        "[COUNTRY Na_Uy] không hỗ_trợ 1 triệu USD cho [COUNTRY Nepal] .",
    ],
)
def test_no_gift_without_an_amount_or_giver(markup):
    assert gifts(markup) == []


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an amount received as aid, the giver after "từ"
        ("[COUNTRY Nepal] sẽ nhận được 200.000 USD viện_trợ từ [COUNTRY Na_Uy] .", [("Na_Uy", "Nepal", True)]),
        ("Gia_đình chị [PER Lò_Thị_Hiền] đã nhận 15 triệu đồng hỗ_trợ từ [ORG Tập_đoàn Phú_Thái] .", [("Tập_đoàn Phú_Thái", "Lò_Thị_Hiền", False)]),
        # money received that is no gift: a loan, a bribe, a wage
        ("[ORG Công_ty Minh_Phát] nhận được 10 tỷ đồng từ [ORG Ngân_hàng Đông_Á] .", []),
        ("Ông [PER Đinh_Văn_Sơn] nhận hối_lộ 50 triệu đồng từ [ORG Công_ty Minh_Phát] .", []),
        ("Ông [PER Đinh_Văn_Sơn] nhận được 8 triệu đồng tiền lương từ tháng trước .", []),
    ],
)
def test_gifts_received(markup, expected):
    assert gifts(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a person who announces aid speaks for the one country their title names: the country gives
        (
            "Bà [PER Helen_Clark] , [REF Bộ_trưởng ngoại_giao [COUNTRY New_Zealand]] thông_báo sẽ viện_trợ 300.000 USD cho [COUNTRY Fiji] .",
            [("New_Zealand", "Fiji", True)],
        ),
        ("Ông [PER Lý_Văn_Tư] ( [COUNTRY Singapore] ) thông_báo sẽ hỗ_trợ 1 triệu USD cho [COUNTRY Myanmar] .", [("Singapore", "Myanmar", True)]),
        # no country named, or two
        ("Bà [PER Helen_Clark] thông_báo sẽ viện_trợ 300.000 USD cho [COUNTRY Fiji] .", []),
        (
            "Ông [PER Lý_Văn_Tư] ( [COUNTRY Singapore] ) và ông [PER Ito_Ken] ( [COUNTRY Nhật_Bản] ) thông_báo sẽ hỗ_trợ 1 triệu USD cho [COUNTRY Myanmar] .",
            [],
        ),
    ],
)
def test_gifts_announced_by_a_state_official(markup, expected):
    assert gifts(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the people of a place named with its level, the segmenter leaving "người dân" as two words
        ("[ORG Tập_đoàn Hoa_Sen] ủng_hộ 1 tỷ đồng cho người dân tỉnh [REGION Quảng_Bình] .", [("Tập_đoàn Hoa_Sen", "Quảng_Bình", False)]),
        ("[ORG Tập_đoàn Hoa_Sen] tặng 500 suất quà cho người dân tỉnh [REGION Quảng_Bình] .", [("Tập_đoàn Hoa_Sen", "Quảng_Bình", False)]),
        # a place further on is where, not who receives
        ("[ORG Tập_đoàn Hoa_Sen] ủng_hộ 1 tỷ đồng cho các hộ nghèo ở [REGION Quảng_Bình] .", []),
    ],
)
def test_gifts_to_the_people_of_a_place_with_its_level(markup, expected):
    assert gifts(markup) == expected
