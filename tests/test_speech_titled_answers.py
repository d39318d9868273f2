"""A name with its title set after it, then a colon, heads what the person says; so does a name
opened by a bullet, also as the article's first sentence; and nouns of saying after "đưa ra"."""

from __future__ import annotations

import pytest

from test_speech import assert_speaker, the_statement


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # a title in apposition after the name, up to the colon
        (
            "Tin mới . [PER Lê_Văn_Tám] , Chủ_tịch [ORG Hội Nông_dân tỉnh Nam_Định] : Bà_con cần thêm vốn để mở_rộng sản_xuất .",
            "Lê_Văn_Tám",
            "Bà con cần thêm vốn để mở rộng sản xuất",
        ),
        (
            "Tin mới . Ông [PER Phạm_Quốc_Bảo] ( giám_đốc [ORG Công_ty Sông_Đà] ) : chúng_tôi sẽ giao hàng đúng hạn .",
            "Phạm_Quốc_Bảo",
            "chúng tôi sẽ giao hàng đúng hạn",
        ),
        # a bullet before the name, also in the article's first sentence
        (
            "* [PER Trịnh_Thu_Hà] , sinh_viên [ORG Trường Đại_học Mỏ] : Thư_viện của trường cần mở cửa cả cuối tuần .",
            "Trịnh_Thu_Hà",
            "Thư viện của trường cần mở cửa cả cuối tuần",
        ),
        ("Tin mới . - [PER Đỗ_Minh_Khang] : Giá phân_bón năm nay tăng khá mạnh .", "Đỗ_Minh_Khang", "Giá phân bón năm nay tăng khá mạnh"),
        # a noun of saying after "đưa ra", then a colon
        (
            "GS [PER Hans_Berg] đưa_ra kinh_nghiệm : sách giáo_khoa phải ngắn và dễ hiểu với học_sinh .",
            "Hans_Berg",
            "sách giáo khoa phải ngắn và dễ hiểu với học sinh",
        ),
    ],
)
def test_speech_titled_name_and_colon(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    assert statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        # a colon inside brackets after a name is a credit, not a saying
        "Tin mới . [PER Lê_Văn_Tám] ( ảnh : [PER Khánh_Linh] ) Xem thêm các bài viết khác tại trang này .",
        # words before the name that are no bullet and no title
        "Tin mới . Gặp [PER Lê_Văn_Tám] , Chủ_tịch [ORG Hội Nông_dân] : mọi chuyện vẫn như cũ ở làng này .",
        # a stop ends the apposition before any colon
        "Tin mới . [PER Lê_Văn_Tám] , nông_dân . Hỏi : giá lúa năm nay thế_nào hả bác ?",
        # the article's first sentence with no bullet may be its headline run on
        "[PER Lê_Văn_Tám] , nông_dân : Lúa năm nay được mùa Người dân vui mừng đón Tết .",
        # a bare "đưa ra" with what it puts forward, no colon
        "Ông [PER Lê_Văn_Tám] đưa_ra kinh_nghiệm trồng lúa .",
    ],
)
def test_speech_titled_name_and_colon_not_misread(markup):
    assert the_statement(markup) is None


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ("Theo lời ông [PER Đàm_Văn_Lâm] , giá cá sẽ còn giảm .", "Đàm_Văn_Lâm", "giá cá sẽ còn giảm"),
        ("Theo lời kể của bà [PER Hồ_Ngọc_Mai] , ngôi nhà bị cháy lúc nửa đêm .", "Hồ_Ngọc_Mai", "ngôi nhà bị cháy lúc nửa đêm"),
        ("Ông [PER Đàm_Văn_Lâm] tin rằng giá cá sẽ còn giảm .", "Đàm_Văn_Lâm", "giá cá sẽ còn giảm"),
        ("Bà [PER Hồ_Ngọc_Mai] hé_lộ bộ phim sẽ ra_mắt vào cuối năm .", "Hồ_Ngọc_Mai", "bộ phim sẽ ra mắt vào cuối năm"),
        ("Ông [PER Đàm_Văn_Lâm] trần_tình : tôi không hề biết chuyện này .", "Đàm_Văn_Lâm", "tôi không hề biết chuyện này"),
    ],
)
def test_speech_more_verbs_and_according_to_words(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    assert statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        "Người dân tin rằng giá cá sẽ còn giảm .",
        "Ông [PER Đàm_Văn_Lâm] không tin rằng giá cá sẽ còn giảm .",
        "Bà [PER Hồ_Ngọc_Mai] hé_lộ những hình_ảnh đầu_tiên .",
        "Ông [PER Đàm_Văn_Lâm] hồi_tưởng lại tuổi thơ .",
    ],
)
def test_speech_more_verbs_not_misread(markup):
    assert the_statement(markup) is None


@pytest.mark.parametrize(
    "markup",
    [
        # what is made public is a thing named by a noun phrase, not a clause
        "[ORG Công_ty Hải_Long] công_bố kết_quả kinh_doanh quý 3 .",
        "[ORG Hãng Vĩnh_Phát] chính_thức công_bố sự_kiện ra_mắt sản_phẩm mới .",
        "[ORG Bộ Ngoại_giao Ý] công_bố tài_liệu về vụ việc .",
        # a gift announced by its giver is told as the gift
        "[ORG Bộ Ngoại_giao Ý] tuyên_bố viện_trợ 2 triệu euro cho [COUNTRY Haiti] .",
        "[COUNTRY Na_Uy] công_bố sẽ hỗ_trợ 1 triệu USD cho [COUNTRY Nepal] .",
    ],
)
def test_speech_made_public_noun_or_gift_is_no_saying(markup):
    assert the_statement(markup) is None


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a clause after the verb is still said
        ("[ORG Kiểm_toán Nhà_nước] vừa công_bố con_số nợ đọng đã lên 91.000 tỷ đồng .", "Kiểm_toán Nhà_nước"),
        # "cho_biết" followed by a gift still tells a saying, and a gift word as a noun is no gift told
        ("[ORG Bộ Ngoại_giao Ý] cho_biết sẽ hỗ_trợ 2 triệu euro cho [COUNTRY Haiti] .", "Bộ Ngoại_giao Ý"),
        ("Ông [PER Đàm_Văn_Lâm] tuyên_bố viện_trợ của họ sẽ được chuyển tới nơi cần nhất .", "Đàm_Văn_Lâm"),
    ],
)
def test_speech_made_public_clause_is_a_saying(markup, speaker):
    assert_speaker(markup, speaker)
