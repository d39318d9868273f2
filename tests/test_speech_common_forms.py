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


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a person named inside an apposition that opens with a noun of kin or of a person is not the speaker
        ("Luật_sư [PER Nguyễn_Văn_Thành] , người bào_chữa cho bị_cáo [PER Trần_Văn_Quý] , đề_nghị tòa xem_xét hoàn_cảnh của thân_chủ .", "Nguyễn_Văn_Thành"),
        ("Bà [PER Lê_Thị_Hồng] , vợ bị_cáo [PER Trần_Văn_Quý] , cho_biết gia_đình đã nộp lại 3 tỷ đồng .", "Lê_Thị_Hồng"),
        ("Ông [PER Lê_Văn_An] , người thay_thế ông [PER Trần_Văn_Bình] , cho_biết sẽ tiếp_tục cải_cách .", "Lê_Văn_An"),
        # "một" and any noun in apposition describe the person before it
        ("Bà [PER Nguyễn_Thị_Mai] , một nhà đầu_tư cá_nhân , chia_sẻ bà đã mua thêm cổ_phiếu ngân_hàng .", "Nguyễn_Thị_Mai"),
        ("Ông [PER Lê_Văn_Hùng] , một cư_dân lâu năm , kể lại rằng khu phố từng ngập sâu .", "Lê_Văn_Hùng"),
        # a part that opens with the name itself is a second person, not a description of the first
        ("Ông [PER Lê_Văn_An] , ông [PER Trần_Văn_Bình] và bà [PER Lê_Thị_Hoa] đã tới dự .", None),
    ],
)
def test_speech_common_forms_a_person_named_inside_an_apposition(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("HLV [PER Masatada_Ishii] của [COUNTRY Thái_Lan] thừa_nhận [COUNTRY Việt_Nam] là đối_thủ rất mạnh .", "Masatada_Ishii"),
        ("Ông [PER Ishii] của [COUNTRY Thái_Lan] nói đội khách sẽ chơi phòng_ngự .", "Ishii"),
        ('" Tôi biết mình sai " , bị_cáo [PER Trần_Văn_Quý] nói .', "Trần_Văn_Quý"),
        ('" Tôi sẽ đầu_tư thêm " , tỷ_phú [PER Elon_Musk] nói .', "Elon_Musk"),
        # one whom the person is kin to, or who works for a body, is not that person
        ("Vợ của ông [PER Lê_Văn_Nam] cho_biết ông đã đi vắng .", None),
        ("Đồng_đội của [PER Messi] cho_biết anh đã bình_phục .", None),
    ],
)
def test_speech_common_forms_a_person_of_a_country_and_a_trade_before_the_name(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Ông [PER Lê_Văn_Hải] lý_giải , sở_dĩ giá vàng tăng là do lo_ngại lạm_phát .", "Lê_Văn_Hải"),
        ("Ông [PER Lê_Văn_Hải] bổ_sung , công_ty sẽ tuyển thêm 100 lao_động .", "Lê_Văn_Hải"),
        # with no comma, colon or "rằng" after them these verbs tell a thing done or explained
        ("Ông [PER Lê_Văn_Hải] bổ_sung nguồn vốn , mở_rộng sản_xuất .", None),
        ("Ông [PER Lê_Văn_Hải] lý_giải nguyên_nhân .", None),
        ("Ông [PER Lê_Văn_Hải] phân_tích , đánh_giá tình_hình thị_trường .", None),
    ],
)
def test_speech_common_forms_a_comma_after_a_verb_of_explaining(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ("Hai bên nhất_trí tăng_cường phối_hợp , [ORG Bộ Ngoại_giao Hàn_Quốc] cho_biết trong một thông_cáo .", "Bộ Ngoại_giao Hàn_Quốc", "Hai bên nhất trí tăng cường phối hợp"),
        ("Hai bên nhất_trí tăng_cường phối_hợp , ông [PER Lee_Jae-myung] nói tại cuộc họp_báo .", "Lee_Jae-myung", "Hai bên nhất trí tăng cường phối hợp"),
        ("Giá xăng sẽ giảm vào tuần tới , ông [PER Lê_Văn_Hải] nói với các phóng_viên .", "Lê_Văn_Hải", "Giá xăng sẽ giảm vào tuần tới"),
        # a speech given, a topic, or a second saying after the place is no saying of the clause before
        ("Hai bên đã ký thỏa_thuận , ông [PER Lee_Jae-myung] phát_biểu tại lễ ký .", None, None),
        ("Hai bên đã ký thỏa_thuận , ông [PER Lee_Jae-myung] cho_biết về vấn_đề này .", None, None),
    ],
)
def test_speech_common_forms_a_saying_told_before_its_speaker_and_where_it_was_said(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[PER Chủ_tịch [ORG UBND tỉnh Quảng_Nam]|Lê_Trí_Thanh] đã họp khẩn . Chủ_tịch tỉnh yêu_cầu các sở_ngành trực 24/24 .", "Lê_Trí_Thanh"),
        ("[PER Chủ_tịch [ORG UBND xã Tam_Phú]|Lê_Văn_Hà] đã họp khẩn . Chủ_tịch xã cho_biết nước đã rút .", "Lê_Văn_Hà"),
        # a holder of that title at a body of another level, or two holders of that level, leave it unsure
        ("[PER Chủ_tịch nước|Võ_Văn_Thưởng] đã tới [REGION Quảng_Nam] . Chủ_tịch tỉnh yêu_cầu các sở_ngành trực 24/24 .", None),
        (
            "[PER Chủ_tịch [ORG UBND tỉnh Quảng_Nam]|Lê_Trí_Thanh] và [PER Chủ_tịch [ORG UBND tỉnh Quảng_Ngãi]|Đặng_Văn_Minh] đã họp . "
            "Chủ_tịch tỉnh yêu_cầu các sở_ngành trực 24/24 .",
            None,
        ),
    ],
)
def test_speech_common_forms_a_title_and_the_level_of_its_body(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ('Anh [PER Trần_Văn_Tuấn] phấn_khởi : " Giá giảm thì thu_nhập của chúng_tôi khá hơn " .', "Trần_Văn_Tuấn"),
        ('Anh [PER Trần_Văn_Tuấn] , tài_xế taxi , phấn_khởi : " Giá giảm thì thu_nhập khá hơn " .', "Trần_Văn_Tuấn"),
        ('Chị [PER Lê_Thị_Lan] cười : " Thôi thì cũng đành " .', "Lê_Thị_Lan"),
        # a word of manner with no quotation after its colon, or with none at all, tells no saying
        ("Anh [PER Trần_Văn_Tuấn] phấn_khởi : giá giảm thì thu_nhập khá hơn .", None),
        ("Anh [PER Trần_Văn_Tuấn] rất phấn_khởi khi giá xăng giảm .", None),
    ],
)
def test_speech_common_forms_a_word_of_manner_then_a_colon_and_a_quotation(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ('Bà [PER Lê_Thị_Thu] mất 2 tỷ đồng . " Tôi tin lời họ vì lãi_suất rất cao " , bà [PER Thu] nghẹn_ngào .', "Thu"),
        ('" Con tôi vẫn chưa về " , chị [PER Lê_Thị_Hoa] rưng_rưng .', "Lê_Thị_Hoa"),
        # a word of manner with no quotation closed before it tells a feeling, not a saying
        ("Bà [PER Lê_Thị_Thu] nghẹn_ngào khi nhắc lại chuyện cũ .", None),
        ("Bà [PER Lê_Thị_Thu] rất trăn_trở về tương_lai của các con .", None),
    ],
)
def test_speech_common_forms_more_words_of_manner_after_a_quotation(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ("Bà [PER Lê_Thị_Thu] kể bà đã mất toàn_bộ số tiền tiết_kiệm .", "Lê_Thị_Thu", "bà đã mất toàn bộ số tiền tiết kiệm"),
        ("Bà [PER Lê_Thị_Thu] kể gia_đình đã mất toàn_bộ số tiền tiết_kiệm .", "Lê_Thị_Thu", "gia đình đã mất toàn bộ số tiền tiết kiệm"),
        ("Ông [PER Lê_Văn_An] kể lại [CITY Hà_Nội] ngày ấy rất yên_bình .", "Lê_Văn_An", "Hà Nội ngày ấy rất yên bình"),
        # what is told, its topic, or whom it is told to, with no clause after the verb
        ("Ông [PER Lê_Văn_An] kể chuyện hồi chiến_tranh cho các cháu nghe .", None, None),
        ("Ông [PER Lê_Văn_An] kể về những ngày gian_khó .", None, None),
        ("Ông [PER Lê_Văn_An] kể cho phóng_viên nghe về những ngày gian_khó .", None, None),
    ],
)
def test_speech_common_forms_a_clause_told_after_kể(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote
