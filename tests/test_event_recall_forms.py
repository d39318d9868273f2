"""Forms of events told without their usual frame: a quotation in the first person standing after a
sentence about one person, the person's thing opening it ("sạp rau của chị X …") or a quoted
description before the name ("“ thuyền_trưởng ” X")."""

from __future__ import annotations

import pytest

from test_relations_markup import meetings
from test_speech import assert_speaker


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        (
            "Đã quá trưa nhưng sạp rau của chị [PER Hoa] vẫn còn đầy . “ Hôm_nay mưa nên chúng_tôi bán chậm hơn mọi ngày . ”",
            "Hoa",
        ),
        (
            "Căn nhà của ông [PER Lương_Văn_Quý] bị nước cuốn trôi . “ Tôi chưa từng thấy trận lũ nào lớn như vậy . ”",
            "Lương_Văn_Quý",
        ),
        (
            "Sau trận hòa , “ thuyền_trưởng ” [PER Kovac] tỏ ra thất_vọng . “ Chúng_tôi đã bỏ lỡ quá nhiều cơ_hội ghi bàn . ”",
            "Kovac",
        ),
        # the person is named inside a clause about something else: a poem, a document, not the speaker
        (
            "Bài thơ bày_tỏ tiếc_thương trước việc [PER Lương_Văn_Quý] qua_đời . “ Tất_cả chúng_tôi sẽ tiếp_tục sự_nghiệp của ngài . ”",
            None,
        ),
        # the person is the object of an act
        (
            "Cảnh_sát đã bắt_giữ [PER Lương_Văn_Quý] tại nhà riêng . “ Tôi chưa từng thấy vụ án nào lớn như vậy . ”",
            None,
        ),
        # a quotation that does not speak in the first person is no saying of the person the sentence is about
        (
            "Đã quá trưa nhưng sạp rau của chị [PER Hoa] vẫn còn đầy . “ Trời mưa to nên người mua thưa thớt hẳn đi . ”",
            None,
        ),
    ],
)
def test_event_recall_forms_first_person_quotation_after_its_speakers_sentence(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Đây là lần thứ ba [COUNTRY Peru] đề_nghị [COUNTRY Chile] điều_tra vụ_việc .", "Peru"),
        ("Đây là lần đầu_tiên [ORG Bộ Tài_chính] khẳng_định rằng thuế sẽ không tăng .", "Bộ Tài_chính"),
        ("Đây là lần thứ 4 [COUNTRY Peru] yêu_cầu [COUNTRY Chile] rút quân .", "Peru"),
        # a body after a common noun is still the noun's, not the subject
        ("Truyền_hình [COUNTRY Peru] cho_biết [COUNTRY Chile] đã rút quân .", None),
    ],
)
def test_event_recall_forms_subject_after_a_count_of_times(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[ORG Bộ Công_Thương] đã có buổi làm_việc với [ORG Bộ Tài_chính] , [ORG Hiệp_hội Thép] , 3 tập_đoàn lớn là [ORG Hòa_Phát] , [ORG Masan] và [ORG FPT] .",
            [{"Bộ Công_Thương", "Bộ Tài_chính", "Hiệp_hội Thép", "Hòa_Phát", "Masan", "FPT"}],
        ),
        (
            "[ORG Bộ Công_Thương] đã có buổi làm_việc với [ORG Bộ Tài_chính] , các ngân_hàng gồm [ORG Vietcombank] và [ORG BIDV] .",
            [{"Bộ Công_Thương", "Bộ Tài_chính", "Vietcombank", "BIDV"}],
        ),
        # a list left open, with unnamed parties at its end, keeps the first party only
        (
            "[ORG Bộ Công_Thương] đã có buổi làm_việc với [ORG Bộ Tài_chính] , [ORG Hiệp_hội Thép] , các tập_đoàn lớn và nhiều doanh_nghiệp .",
            [{"Bộ Công_Thương", "Bộ Tài_chính"}],
        ),
    ],
)
def test_event_recall_forms_parties_listed_after_a_counted_group(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        (
            "Bà [PER Đào_Thị_Hạnh] đánh_giá cao chủ_trương của [ORG Chính_phủ] : “ Việc làm này sẽ tạo niềm tin lớn cho người_dân cả nước ” .",
            "Đào_Thị_Hạnh",
        ),
        (
            "Ông [PER Vũ_Đức_Lâm] bày_tỏ vui_mừng trước kết_quả đạt được : “ Chúng_tôi đã vượt mọi chỉ_tiêu đề ra trong năm nay ” .",
            "Vũ_Đức_Lâm",
        ),
        # praise or gladness with nothing quoted after a colon says nothing
        ("Bà [PER Đào_Thị_Hạnh] đánh_giá cao chủ_trương của [ORG Chính_phủ] .", None),
        ("Ông [PER Vũ_Đức_Lâm] bày_tỏ vui_mừng trước kết_quả đạt được .", None),
        # a short quoted name after the colon is a term, not what is said
        ("[ORG CLB Hà_Nội] khẳng_định vị_thế : “ Nhà vua ” .", None),
    ],
)
def test_event_recall_forms_praise_before_a_quotation_after_a_colon(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Ông [PER Phan_Văn_Khải] đã đi tìm mộ liệt_sĩ nhiều năm . [ORG Hội Cựu_chiến_binh] đến gặp ông nhờ tìm giúp .",
            [{"Hội Cựu_chiến_binh", "Phan_Văn_Khải"}],
        ),
        (
            "Bà [PER Lò_Thị_Mai] vừa trở về từ vùng lũ . [ORG UBND tỉnh Yên_Bái] đã tiếp bà chiều qua .",
            [{"UBND tỉnh Yên_Bái", "Lò_Thị_Mai"}],
        ),
        # a pronoun before a name is the name's honorific
        ("[ORG Hội Cựu_chiến_binh] đến gặp ông [PER Phan_Văn_Khải] nhờ tìm giúp .", [{"Hội Cựu_chiến_binh", "Phan_Văn_Khải"}]),
        # the one the pronoun means is the subject itself, or two are named before it
        ("Ông [PER Phan_Văn_Khải] đến gặp ông nhờ tìm giúp .", []),
        (
            "Ông [PER Phan_Văn_Khải] và ông [PER Lê_Văn_Hưng] đã về quê . [ORG Hội Cựu_chiến_binh] đến gặp ông nhờ tìm giúp .",
            [],
        ),
    ],
)
def test_event_recall_forms_person_met_named_by_a_pronoun(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Thủ_tướng [PER Phạm_Minh_Chính] chỉ_thị các bộ_ngành khẩn_trương khắc_phục hậu_quả bão .", "Phạm_Minh_Chính"),
        ("[ORG UBND tỉnh Quảng_Trị] đã chỉ_thị các huyện sơ_tán người_dân khỏi vùng ngập .", "UBND tỉnh Quảng_Trị"),
        # a directive named as a document says nothing
        ("Các bộ_ngành thực_hiện nghiêm chỉ_thị của Thủ_tướng [PER Phạm_Minh_Chính] về phòng_chống bão .", None),
        ("Thủ_tướng [PER Phạm_Minh_Chính] đã ký Chỉ_thị số 20 về khắc_phục hậu_quả bão .", None),
    ],
)
def test_event_recall_forms_directives(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        (
            "Khi [PER Tuấn] vừa mở cửa thì anh [PER Đỗ_Văn_Hiếu] tới nói : “ Em trả lại tiền cho người ta đi ” .",
            "Đỗ_Văn_Hiếu",
        ),
        (
            "Lúc [PER Tuấn] đang ngồi thì ông [PER Đỗ_Văn_Hiếu] đến nói : “ Chúng_tôi sẽ đưa cháu về nhà ngay tối nay ” .",
            "Đỗ_Văn_Hiếu",
        ),
        ("Sau nhiều ngày cân_nhắc , [PER Federer] đã quyết_định thông_báo không tham_dự giải đấu .", "Federer"),
        ("[ORG Bộ Y_tế] quyết_định công_bố dịch sởi đã lan ra 20 tỉnh .", "Bộ Y_tế"),
        # a verb of going after a preposition is no act of the speaker
        ("Bài viết đề_cập đến nói xấu đồng_nghiệp trên mạng xã_hội .", None),
    ],
)
def test_event_recall_forms_speaker_who_goes_or_decides_to_speak(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[ORG Tập_đoàn Hòa_Phát] cho_biết , {hôm_qua|yesterday} , họ đã có buổi làm_việc với [ORG Bộ Tài_chính] .",
            [{"Tập_đoàn Hòa_Phát", "Bộ Tài_chính"}],
        ),
        ("[ORG Tập_đoàn Hòa_Phát] cho_biết họ đã gặp [ORG Bộ Tài_chính] .", [{"Tập_đoàn Hòa_Phát", "Bộ Tài_chính"}]),
        # "họ" in what a person says, or in what several say, means no one named
        ("Ông [PER Trịnh_Văn_Quyết] cho_biết , họ đã có buổi làm_việc với [ORG Bộ Tài_chính] .", []),
        ("[ORG Viettel] và [ORG VNPT] cho_biết họ đã có buổi làm_việc với [ORG Bộ Tài_chính] .", []),
    ],
)
def test_event_recall_forms_body_as_they_in_what_it_says(markup, expected):
    assert meetings(markup) == expected
