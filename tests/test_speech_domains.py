"""Sayings as sport, court, police, business, provincial and showbiz news report them: a quotation
credited after it ("Đó là chia_sẻ của X"), verbs of saying of those beats ("giải_trình", "trải_lòng",
"gửi_gắm", "đăng_đàn", "phát_đi cảnh_báo", "đưa ra lời khai", "khai_báo", "căn_dặn", "thẳng_thắn"),
what is said after whom it is told to, directives with what must be done, and the acts such verbs
also name ("đánh_giá lại", "kêu_gọi đầu_tư", "chia_sẻ bức ảnh")."""

from __future__ import annotations

import pytest

from test_relations_markup import roles_of
from test_speech import assert_speaker, statements_of


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ('" Chúng_tôi sẽ chiến_thắng trận này " . Đó là lời khẳng_định của HLV [PER Park_Hang-seo] trước trận chung_kết .', "Park_Hang-seo", "Chúng tôi sẽ chiến thắng trận này"),
        ('" Các cầu_thủ đã làm tốt nhiệm_vụ " . Đây là chia_sẻ của tiền_vệ [PER Nguyễn_Quang_Hải] sau trận .', "Nguyễn_Quang_Hải", "Các cầu thủ đã làm tốt nhiệm vụ"),
        ('" Tôi không nhận tiền của ai " . Đó là lời khai của bị_cáo [PER Nguyễn_Văn_Bình] tại tòa .', "Nguyễn_Văn_Bình", "Tôi không nhận tiền của ai"),
        ('" Lãi_suất sẽ còn giảm trong quý tới " là nhận_định của [ORG Ngân_hàng Nhà_nước] .', "Ngân_hàng Nhà_nước", "Lãi suất sẽ còn giảm trong quý tới"),
        ('" Giá điện sẽ được điều_chỉnh " . Đó là những chia_sẻ của Bộ_trưởng [ORG Bộ Công_Thương] [PER Nguyễn_Hồng_Diên] .', "Nguyễn_Hồng_Diên", "Giá điện sẽ được điều chỉnh"),
        ('" Tôi luôn biết_ơn khán_giả " . Đó là tâm_sự của nữ ca_sĩ [PER Mỹ_Tâm] trong đêm nhạc .', "Mỹ_Tâm", "Tôi luôn biết ơn khán giả"),
        # no noun of saying, no one named, or no quotation before the credit
        ('" Chúng_tôi sẽ chiến_thắng trận này " . Đó là lời khẳng_định của nhiều cầu_thủ .', None, None),
        ('" Vô_địch V-League " . Đó là mục_tiêu của [ORG CLB Hà_Nội] mùa này .', None, None),
        ("Đó là chia_sẻ của HLV [PER Park_Hang-seo] sau trận đấu .", None, None),
    ],
)
def test_speech_domains_a_quotation_credited_after_it(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


def test_speech_domains_a_credit_names_the_speaker_over_the_sentence_before():
    markup = (
        "Ông [PER Lê_Văn_An] cho_biết đội sẽ đá tấn_công . "
        '" Chúng_tôi không sợ bất_kỳ đối_thủ nào ở giải này " . Đó là lời khẳng_định của đội_trưởng [PER Quế_Ngọc_Hải] .'
    )
    assert [roles_of(s)["agent"] for s in statements_of(markup)] == [["Lê_Văn_An"], ["Quế_Ngọc_Hải"]]


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ("Bộ_trưởng [PER Hồ_Đức_Phớc] giải_trình trước [ORG Quốc_hội] rằng ngân_sách vẫn được bảo_đảm .", "Hồ_Đức_Phớc", "ngân sách vẫn được bảo đảm"),
        ('HLV [PER Mai_Đức_Chung] trải_lòng : " Tôi rất tự_hào về các cô gái " .', "Mai_Đức_Chung", "Tôi rất tự hào về các cô gái"),
        ("Tiền_vệ [PER Nguyễn_Quang_Hải] trải_lòng sau trận thua rằng anh thấy có lỗi với người hâm_mộ .", "Nguyễn_Quang_Hải", "anh thấy có lỗi với người hâm mộ"),
        ('Hoa_hậu [PER Đỗ_Mỹ_Linh] gửi_gắm tới các thí_sinh : " Hãy là chính mình " .', "Đỗ_Mỹ_Linh", "Hãy là chính mình"),
        ('Ca_sĩ [PER Đàm_Vĩnh_Hưng] đăng_đàn : " Tôi sẽ theo vụ kiện đến cùng " .', "Đàm_Vĩnh_Hưng", "Tôi sẽ theo vụ kiện đến cùng"),
        ('[ORG Công_an TP.HCM] phát_đi cảnh_báo : " Người_dân cần cảnh_giác với các cuộc gọi lạ " .', "Công_an TP.HCM", "Người dân cần cảnh giác với các cuộc gọi lạ"),
        ('[ORG VFF] gửi thông_điệp tới người hâm_mộ : " Hãy tin vào đội_tuyển " .', "VFF", "Hãy tin vào đội tuyển"),
        ('Bị_cáo [PER Lê_Văn_Tám] đưa ra lời khai mới : " Tôi chỉ làm theo lệnh của giám_đốc " .', "Lê_Văn_Tám", "Tôi chỉ làm theo lệnh của giám đốc"),
        ("Anh [PER Nguyễn_Văn_Tèo] khai_báo với cơ_quan công_an rằng anh bị mất xe từ tối qua .", "Nguyễn_Văn_Tèo", "anh bị mất xe từ tối qua"),
        ('HLV [PER Park_Hang-seo] thẳng_thắn : " Đội_tuyển chưa sẵn_sàng cho giải đấu " .', "Park_Hang-seo", "Đội tuyển chưa sẵn sàng cho giải đấu"),
        ("Bị_cáo [PER Nguyễn_Văn_Bình] một_mực khai rằng mình không biết số tiền đó .", "Nguyễn_Văn_Bình", "mình không biết số tiền đó"),
        ("[ORG Bộ Công_Thương] khẳng_định nguồn cung xăng_dầu được bảo_đảm .", "Bộ Công_Thương", "nguồn cung xăng dầu được bảo đảm"),
        ("Ông [PER Trần_Văn_Minh] cho_biết nguồn vốn cho dự_án đã được bố_trí đủ .", "Trần_Văn_Minh", "nguồn vốn cho dự án đã được bố trí đủ"),
        # a report that explains, a topic, a gift of oneself, a warning about a thing: no saying
        ("Báo_cáo giải_trình của [ORG Ủy_ban Pháp_luật] đã được gửi tới các đại_biểu .", None, None),
        ("Bộ_trưởng [PER Hồ_Đức_Phớc] giải_trình trước [ORG Quốc_hội] về các khoản chi .", None, None),
        ("Ông [PER Lê_Văn_An] gửi_gắm tâm_huyết vào từng trang sách .", None, None),
        ("[ORG Công_an tỉnh Bình_Dương] phát_đi cảnh_báo về thủ_đoạn lừa_đảo mới .", None, None),
        ("Ca_sĩ [PER Đàm_Vĩnh_Hưng] đăng_đàn trên trang cá_nhân sau nhiều ngày im_lặng .", None, None),
        ("Chủ xe [PER Nguyễn_Văn_Tèo] đã khai_báo tạm_trú tại phường .", None, None),
    ],
)
def test_speech_domains_verbs_of_saying_of_the_beats(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ("Tổng_Bí_thư [PER Nguyễn_Phú_Trọng] căn_dặn cán_bộ phải gần dân , trọng dân .", "Nguyễn_Phú_Trọng", "cán bộ phải gần dân , trọng dân"),
        ("HLV [PER Park_Hang-seo] dặn_dò các học_trò không được chủ_quan .", "Park_Hang-seo", "các học trò không được chủ quan"),
        ("Đại_tá [PER Nguyễn_Văn_Tú] nhắc_nhở lực_lượng tuần_tra cần xử_lý nghiêm mọi vi_phạm .", "Nguyễn_Văn_Tú", "lực lượng tuần tra cần xử lý nghiêm mọi vi phạm"),
        # whom they tell, with no duty told
        ("Tổng_Bí_thư [PER Nguyễn_Phú_Trọng] căn_dặn cán_bộ trước khi lên_đường .", None, None),
        ("HLV [PER Park_Hang-seo] dặn_dò học_trò trước trận .", None, None),
        ("Đại_tá [PER Nguyễn_Văn_Tú] nhắc_nhở một tài_xế vi_phạm .", None, None),
    ],
)
def test_speech_domains_a_directive_with_what_must_be_done(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[ORG Vietcombank] đánh_giá lại tài_sản bảo_đảm của khách_hàng .", None),
        ("Ông [PER Nguyễn_Văn_Bảy] kêu_gọi đầu_tư vào tỉnh [REGION Quảng_Nam] .", None),
        ("[ORG Công_ty Hoa_Sen] thông_báo tuyển_dụng 200 lao_động .", None),
        ("Tiền_vệ [PER Nguyễn_Quang_Hải] chia_sẻ bức ảnh chụp cùng đồng_đội .", None),
        ("Ca_sĩ [PER Mỹ_Tâm] chia_sẻ khoảnh_khắc hạnh_phúc bên gia_đình .", None),
        ("Cầu_thủ [PER Nguyễn_Văn_Toàn] chia_sẻ đoạn clip ghi_bàn lên mạng xã_hội .", None),
        # the same verbs with what is said
        ("[ORG Vietcombank] đánh_giá nợ xấu đang được kiểm_soát tốt .", "Vietcombank"),
        ("Ông [PER Nguyễn_Văn_Bảy] kêu_gọi các nhà đầu_tư tiếp_tục rót vốn vào tỉnh .", "Nguyễn_Văn_Bảy"),
        ("Ca_sĩ [PER Mỹ_Tâm] chia_sẻ cô đang chuẩn_bị album mới .", "Mỹ_Tâm"),
    ],
)
def test_speech_domains_acts_named_by_verbs_of_saying(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Nhà chức_trách cho_biết hai người bị thương trong vụ tai_nạn .", None),
        ("Một quan_chức giấu tên cho_biết cuộc đàm_phán đã bế_tắc .", None),
        ("Một cầu_thủ cho_biết cả đội rất buồn sau trận thua .", None),
        ("Nhiều người hy_vọng đội_tuyển sẽ giành chiến_thắng .", None),
        ("Ông [PER Nguyễn_Văn_Bảy] đến nhà anh [PER Trần_Văn_Tư] để đòi nợ .", None),
        ("Người hâm_mộ yêu_cầu HLV [PER Park_Hang-seo] từ_chức .", None),
        ("Bị_cáo [PER Nguyễn_Văn_Bình] bị tuyên_phạt 10 năm tù .", None),
        ("Ông [PER Nguyễn_Văn_Bình] được yêu_cầu giải_trình về các khoản chi .", None),
        ("Ông [PER Nguyễn_Văn_Bình] từ_chối bình_luận .", None),
        ("Lời khai của bị_cáo [PER Nguyễn_Văn_Bình] mâu_thuẫn với lời khai của nhân_chứng .", None),
    ],
)
def test_speech_domains_no_named_speaker_or_no_saying(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ('[PER Mourinho] rất vui . " Chúng_tôi sẽ thắng " , HLV người [COUNTRY Bồ_Đào_Nha] nói .', "Mourinho"),
        ('Tay_vợt [PER Nadal] rút lui khỏi giải . Trên trang cá_nhân , tay_vợt người [COUNTRY Tây_Ban_Nha] chia_sẻ : " Tôi rất tiếc " .', "Nadal"),
        ("HLV [PER Park_Hang-seo] đã tới sân . Chiến_lược_gia người [COUNTRY Hàn_Quốc] cho_biết ông hài_lòng với các cầu_thủ .", "Park_Hang-seo"),
        # two persons named, or a pronoun before that talks of one named earlier: whom the description means is not sure
        ('[PER Mourinho] gặp [PER Wenger] . " Chúng_tôi sẽ thắng " , HLV người [COUNTRY Pháp] nói .', None),
        ('[PER Mourinho] rất phấn_khích . Ông khen [PER Torres] . Chiến_lược_gia người [COUNTRY Bồ_Đào_Nha] nói : " Torres đã chơi rất hay " .', None),
    ],
)
def test_speech_domains_a_description_with_the_speakers_origin(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ("Thứ_trưởng [PER Nguyễn_Đức_Chi] trả_lời báo_chí bên lề [ORG Quốc_hội] rằng giá điện sẽ không tăng .", "Nguyễn_Đức_Chi", "giá điện sẽ không tăng"),
        ("Thông_tin ban_đầu từ [ORG Công_an tỉnh Hà_Tĩnh] cho_biết nạn_nhân tử_vong tại_chỗ .", "Công_an tỉnh Hà_Tĩnh", "nạn nhân tử vong tại chỗ"),
        ("Tiền_vệ [PER Nguyễn_Quang_Hải] trải_lòng , anh chưa bao_giờ nghĩ sẽ rời đội .", "Nguyễn_Quang_Hải", "anh chưa bao giờ nghĩ sẽ rời đội"),
        # whom one answers and where, with nothing said
        ("Thứ_trưởng [PER Nguyễn_Đức_Chi] trả_lời báo_chí bên lề [ORG Quốc_hội] chiều nay .", None, None),
    ],
)
def test_speech_domains_what_is_said_after_where_it_was_said(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote
