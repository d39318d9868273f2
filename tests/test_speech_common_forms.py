"""Common forms of news sayings: "Theo" an envoy named with the place of the post, authorities
standing for their country, a kind of person with a demonstrative standing for the one named
before ("nhà_lãnh_đạo này"), and a reply told after whom it answers ("trả_lời phóng_viên : …")."""

from __future__ import annotations

import pytest

from test_relations_markup import roles_of
from test_speech import assert_speaker, statements_of


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Theo Đại_sứ [COUNTRY Việt_Nam] tại [COUNTRY Nhật_Bản] [PER Phạm_Quang_Hiệu] , cộng_đồng người Việt ngày_càng lớn_mạnh .", "Phạm_Quang_Hiệu"),
        ("Theo Trưởng đại_diện [ORG UNICEF] tại [COUNTRY Việt_Nam] [PER Rana_Flowers] , trẻ_em cần được bảo_vệ tốt hơn .", "Rana_Flowers"),
        ("Theo Tổng_lãnh_sự [COUNTRY Mỹ] tại [CITY TP.HCM] [PER Susan_Burns] , số thị_thực đã tăng gấp đôi .", "Susan_Burns"),
        # a place after "tại" with no one named after it gives no officer
        ("Theo Đại_sứ [COUNTRY Việt_Nam] tại [COUNTRY Nhật_Bản] , cộng_đồng người Việt ngày_càng lớn_mạnh .", None),
        ("Theo Đại_sứ_quán [COUNTRY Việt_Nam] tại [COUNTRY Nhật_Bản] và [PER Phạm_Quang_Hiệu] , mọi việc vẫn ổn .", None),
    ],
)
def test_speech_common_forms_according_to_an_envoy_posted_abroad(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Nhà chức_trách [COUNTRY Thái_Lan] cho_biết đã có 10 người thiệt_mạng .", "Thái_Lan"),
        ("Các nhà chức_trách [COUNTRY Mỹ] khẳng_định vụ nổ không liên_quan tới khủng_bố .", "Mỹ"),
        ("Giới chức_trách [COUNTRY Indonesia] thông_báo sẽ đóng_cửa sân_bay .", "Indonesia"),
        # authorities of no named country, or only acting, say nothing
        ("Nhà chức_trách cho_biết đã có 10 người thiệt_mạng .", None),
        ("Nhà chức_trách [COUNTRY Thái_Lan] đã phong_tỏa khu_vực .", None),
    ],
)
def test_speech_common_forms_authorities_speak_for_their_country(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Tổng_thống [COUNTRY Hàn_Quốc] [PER Yoon_Suk-yeol] đã tới [CITY Washington] . Nhà_lãnh_đạo này khẳng_định quan_hệ hai nước đang tốt_đẹp .", "Yoon_Suk-yeol"),
        ("Bà [PER Angela_Merkel] đã tới [CITY Paris] hôm_qua . Nữ chính_khách này cho_biết châu Âu cần đoàn_kết hơn .", "Angela_Merkel"),
        ("Ông [PER Elon_Musk] đã mua lại [ORG Twitter] . Tỷ_phú này cho_biết ông sẽ cắt_giảm một_nửa nhân_viên .", "Elon_Musk"),
        ("Bị_cáo [PER Nguyễn_Văn_Tùng] bị truy_tố . Tại tòa , bị_cáo này khai đã chiếm_đoạt 3 tỷ đồng .", "Nguyễn_Văn_Tùng"),
        ("Ông [PER Trần_Đình_Thiên] dự hội_thảo . Chuyên_gia này cho_rằng lãi_suất sẽ giảm .", "Trần_Đình_Thiên"),
        # two persons named before leave it unsure; without the demonstrative, anyone of the kind speaks
        ("Ông [PER Trần_Đình_Thiên] và bà [PER Phạm_Chi_Lan] dự hội_thảo . Chuyên_gia này cho_rằng lãi_suất sẽ giảm .", None),
        ("Ông [PER Trần_Đình_Thiên] dự hội_thảo . Chuyên_gia cho_rằng lãi_suất sẽ giảm .", None),
        ("Ông [PER Trần_Đình_Thiên] dự hội_thảo . Doanh_nhân cho_biết thị_trường đang khó_khăn .", None),
        ("Ông [PER Trần_Đình_Thiên] dự hội_thảo . Các chuyên_gia cho_rằng lãi_suất sẽ giảm .", None),
    ],
)
def test_speech_common_forms_a_kind_of_person_with_a_demonstrative(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "outlet", "quote"),
    [
        ('Ông [PER Lê_Văn_Hùng] trả_lời phóng_viên : " Chúng_tôi chưa nhận được đơn " .', "Lê_Văn_Hùng", None, "Chúng tôi chưa nhận được đơn"),
        ('Ông [PER Lê_Văn_Hùng] trả_lời phỏng_vấn [AGENCY VnExpress] : " Chúng_tôi chưa nhận được đơn " .', "Lê_Văn_Hùng", "VnExpress", "Chúng tôi chưa nhận được đơn"),
        ("Ông [PER Lê_Văn_Hùng] trả_lời phỏng_vấn báo_chí rằng công_ty chưa nhận được đơn .", "Lê_Văn_Hùng", None, "công ty chưa nhận được đơn"),
        ('Ông [PER Lê_Văn_Hùng] trả_lời chất_vấn của đại_biểu [PER Trần_Văn_Nam] : " Bộ sẽ sớm sửa_đổi quy_định này " .', "Lê_Văn_Hùng", None, "Bộ sẽ sớm sửa đổi quy định này"),
        # whom one answers, with nothing said after it
        ("Ông [PER Lê_Văn_Hùng] trả_lời phóng_viên bên lề hội_nghị .", None, None, None),
        ("Ông [PER Lê_Văn_Hùng] trả_lời câu_hỏi của phóng_viên về giá xăng .", None, None, None),
        ("Ông [PER Lê_Văn_Hùng] trả_lời phỏng_vấn [AGENCY VnExpress] hôm_qua .", None, None, None),
    ],
)
def test_speech_common_forms_a_reply_after_whom_it_answers(markup, speaker, outlet, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert roles_of(statement).get("reportedBy", [None]) == [outlet]
        assert statement.quote == quote
