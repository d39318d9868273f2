"""Wider forms of news sayings: where or in what the speaker spoke, set between the speaker and the verb
("X trong một thông_cáo cho_biết"); an agency that "trích lời" someone; "tuyên_bố" of an act
("tuyên_bố phá_sản"), which says nothing."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations, roles_of
from test_speech import assert_speaker, statements_of


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[ORG Bộ_Quốc_phòng Anh] trong một thông_cáo cho_biết hai tàu_chiến đã tới vùng_biển này .", "Bộ_Quốc_phòng Anh"),
        ("Ông [PER Uông_Văn_Bân] tại cuộc họp_báo thường_kỳ chiều 5/3 khẳng_định [COUNTRY Trung_Quốc] phản_đối lệnh trừng_phạt .", "Uông_Văn_Bân"),
        ("[ORG Bộ_Ngoại_giao Iran] trong tuyên_bố hôm 7/4 nói [CITY Tehran] sẽ đáp_trả .", "Bộ_Ngoại_giao Iran"),
        ("Bà [PER Ursula_von_der_Leyen] trong bài phát_biểu tại [CITY Strasbourg] nhấn_mạnh châu_Âu phải tự_chủ về năng_lượng .", "Ursula_von_der_Leyen"),
        ("[ORG Tập_đoàn Meta] trong thông_báo gửi nhân_viên cho_biết sẽ cắt_giảm 10.000 việc_làm .", "Tập_đoàn Meta"),
        ("Ông [PER Đỗ_Minh_Phú] trên trang cá_nhân chia_sẻ rằng ông sẽ nghỉ_hưu vào cuối năm .", "Đỗ_Minh_Phú"),
        ("[COUNTRY Hàn_Quốc] trong một bản thông_cáo khẳng_định sẽ đáp_trả mọi hành_động khiêu_khích .", "Hàn_Quốc"),
        # a setting with no verb of saying after it, or a place only before the verb, tells nothing more
        ("Ông [PER Lê_Văn_Khoa] tại buổi lễ đã trao bằng_khen cho các tập_thể xuất_sắc .", None),
        ("Ông [PER Phạm_Văn_Trà] trong thời_gian công_tác đã có nhiều đóng_góp cho ngành .", None),
        # an unnamed speaker stays unnamed whatever the setting
        ("Một quan_chức trong cuộc họp_báo cho_biết hai bên đã đạt thỏa_thuận .", None),
        ("Các chuyên_gia tại hội_thảo cho_rằng lãi_suất sẽ còn giảm .", None),
    ],
)
def test_speech_wider_forms_a_setting_between_speaker_and_verb(markup, speaker):
    assert_speaker(markup, speaker)


def test_speech_wider_forms_an_interview_set_between_gives_its_outlet():
    markup = "Ông [PER Volodymyr_Zelensky] trong cuộc phỏng_vấn với [AGENCY CNN] cho_biết [COUNTRY Ukraine] cần thêm vũ_khí ."
    (statement,) = statements_of(markup)
    assert roles_of(statement) == {"agent": ["Volodymyr_Zelensky"], "reportedBy": ["CNN"]}


@pytest.mark.parametrize(
    ("markup", "speaker", "agency"),
    [
        ("Hãng tin [AGENCY Reuters] trích lời ông [PER Jake_Sullivan] nói [COUNTRY Mỹ] sẵn_sàng đàm_phán .", "Jake_Sullivan", "Reuters"),
        ("Tờ [AGENCY Asahi] trích dẫn lời Bộ_trưởng [PER Yoshimasa_Hayashi] cho_biết [COUNTRY Nhật] sẽ tăng viện_trợ .", "Yoshimasa_Hayashi", "Asahi"),
        ('" Chúng_tôi không rút quân " , báo [AGENCY Izvestia] trích lời ông [PER Sergei_Rudskoi] nói .', "Sergei_Rudskoi", "Izvestia"),
    ],
)
def test_speech_wider_forms_an_agency_quoting_with_trich_loi(markup, speaker, agency):
    (statement,) = statements_of(markup)
    assert roles_of(statement) == {"agent": [speaker], "reportedBy": [agency]}


@pytest.mark.parametrize(
    "markup",
    [
        "Ông [PER Đỗ_Văn_Sơn] đã tuyên_bố phá_sản công_ty của mình .",
        "Chính_phủ [COUNTRY Thái_Lan] tuyên_bố tình_trạng khẩn_cấp tại thủ_đô [CITY Bangkok] .",
        "Tay vợt [PER Lý_Hoàng_Nam] tuyên_bố giải_nghệ ở tuổi 35 .",
        "[ORG Công_ty Hoàng_Long] tuyên_bố giải_thể sau ba năm thua_lỗ .",
    ],
)
def test_speech_wider_forms_declaring_an_act_says_nothing(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Đánh_giá của [ORG Quỹ_Tiền_tệ_Quốc_tế] , kinh_tế [COUNTRY Việt_Nam] sẽ tăng_trưởng 6,5 % trong năm nay .", "Quỹ_Tiền_tệ_Quốc_tế"),
        ("Nhận_định của ông [PER Nguyễn_Trí_Hiếu] , lãi_suất sẽ còn giảm trong quý tới .", "Nguyễn_Trí_Hiếu"),
        ("Quan_điểm của [COUNTRY Việt_Nam] , mọi tranh_chấp phải được giải_quyết bằng biện_pháp hòa_bình .", "Việt_Nam"),
        ("Theo ý_kiến của bà [PER Phạm_Chi_Lan] , cần cải_cách thể_chế mạnh hơn .", "Phạm_Chi_Lan"),
        # the noun not opening a clause with its source, or a list of those who spoke, gives no source
        ("Đánh_giá của [ORG Bộ_Tài_chính] về dự_án được công_bố hôm_qua .", None),
        ("Nhận_định của ông [PER Trần_Văn_Hải] rất đáng chú_ý .", None),
        ("Đánh_giá của [ORG Ngân_hàng_Thế_giới] từ cuối năm 2012 cho thấy bất_bình_đẳng đang tăng .", None),
        ("Ý_kiến của ông [PER Trần_Văn_An] , ông [PER Lê_Văn_Bình] và bà [PER Phạm_Thị_Cúc] đều ủng_hộ dự_luật .", None),
        ("Đánh_giá của chuyên_gia , thị_trường sẽ sớm phục_hồi .", None),
    ],
)
def test_speech_wider_forms_a_noun_of_what_a_source_gave_opens_the_sentence(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ('" Chúng_tôi sẽ không bao_giờ từ_bỏ quyền_lợi của ngư_dân " ( ông [PER Nguyễn_Văn_Hòa] , Chủ_tịch [ORG Hội Nghề_cá] ) .', "Nguyễn_Văn_Hòa"),
        ('" Giá vàng có_thể lên 2.000 USD/ounce trong năm nay " ( chuyên_gia [PER Huỳnh_Trung_Khánh] ) .', "Huỳnh_Trung_Khánh"),
        ('“ Doanh_nghiệp cần được tiếp_cận vốn dễ_dàng hơn ” ( bà [PER Phạm_Chi_Lan] ) .', "Phạm_Chi_Lan"),
        # a work and its author, a photo credit, a place, a quotation inside a sentence: no saying
        ('" Mùa_thu Hà_Nội " ( [PER Trịnh_Công_Sơn] ) được trình_bày trong đêm nhạc .', None),
        ('" Hà_Nội mùa vắng những cơn mưa " ( [PER Trương_Quý_Hải] ) là ca_khúc được yêu_thích .', None),
        ('Anh hát bài " Người đi xây hồ Kẻ_Gỗ " ( [PER Nguyễn_Văn_Tý] ) .', None),
        ('" Tàu_ngầm lớp Kilo đã về tới cảng Cam_Ranh " ( ảnh : [PER Nguyễn_Hưng] ) .', None),
        ('" Phiên_tòa sẽ được mở lại vào tuần sau " ( [CITY Hà_Nội] ) .', None),
    ],
)
def test_speech_wider_forms_a_speaker_in_brackets_after_the_quotation(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Bà [PER Hoa_Xuân_Oánh] chủ_trì họp_báo . Người_phát_ngôn này nhấn_mạnh [COUNTRY Trung_Quốc] phản_đối mọi hành_động khiêu_khích .", "Hoa_Xuân_Oánh"),
        ("Ông [PER Warren_Buffett] vừa bán cổ_phiếu [ORG Apple] . Nhà_đầu_tư này cho_biết thị_trường đang bị định_giá quá cao .", "Warren_Buffett"),
        ("Bà [PER Phạm_Chi_Lan] dự hội_thảo . Nhà_kinh_tế này cho_rằng cần cắt_giảm thủ_tục hành_chính .", "Phạm_Chi_Lan"),
        ("Ông [PER Phạm_Nhật_Vượng] đã về nước . Vị tỷ_phú cho_hay [ORG Vingroup] sẽ đầu_tư thêm vào xe_điện .", "Phạm_Nhật_Vượng"),
        ("Ông [PER Trần_Đình_Triển] nhận bào_chữa . Vị luật_sư khẳng_định thân_chủ của ông vô_tội .", "Trần_Đình_Triển"),
        # two persons named before, a word counting them, or no pointing word: anyone of the kind
        ("Ông [PER Trần_Văn_An] và ông [PER Lê_Văn_Bình] dự họp . Vị chuyên_gia cho_biết lãi_suất sẽ giảm .", None),
        ("Ông [PER Trần_Văn_An] dự họp . Một vị chuyên_gia cho_biết lãi_suất sẽ giảm .", None),
        ("Ông [PER Trần_Văn_An] dự họp . Các nhà_đầu_tư cho_biết thị_trường đang khó_khăn .", None),
        ("Ông [PER Trần_Văn_An] dự họp . Nhà_đầu_tư cho_biết thị_trường đang khó_khăn .", None),
    ],
)
def test_speech_wider_forms_a_kind_of_person_pointing_back(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Hai bên đã đạt thỏa_thuận , [AGENCY Reuters] dẫn nguồn tin thân_cận cho_biết .", None),
        ("Lệnh ngừng_bắn sẽ có hiệu_lực từ tối nay , [AGENCY AFP] dẫn nguồn tin cho_biết .", None),
        # the outlet that tells it on its own, or quotes one it names, still does
        ("Lệnh ngừng_bắn sẽ có hiệu_lực từ tối nay , [AGENCY AFP] đưa_tin .", "AFP"),
        ("Hai bên đã đạt thỏa_thuận , [AGENCY Reuters] dẫn lời ông [PER Jake_Sullivan] cho_biết .", "Jake_Sullivan"),
    ],
)
def test_speech_wider_forms_an_outlet_citing_unnamed_sources_after_what_is_said(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Ông [PER Antony_Blinken] hối_thúc [COUNTRY Israel] tránh gây thương_vong cho dân_thường .", "Antony_Blinken"),
        ("Tổng_thư_ký [ORG NATO] [PER Jens_Stoltenberg] thúc_giục các nước thành_viên tăng chi_tiêu quốc_phòng .", "Jens_Stoltenberg"),
        ("Ông [PER Nguyễn_Văn_Hiếu] nói thẳng rằng dự_án này không khả_thi .", "Nguyễn_Văn_Hiếu"),
        ("Ông [PER Dmitry_Peskov] phản_pháo rằng các cáo_buộc là vô_căn_cứ .", "Dmitry_Peskov"),
        ("Ông [PER Nguyễn_Xuân_Phúc] đáp lời rằng [COUNTRY Việt_Nam] luôn coi_trọng quan_hệ với [COUNTRY Lào] .", "Nguyễn_Xuân_Phúc"),
        ("Ông [PER Võ_Minh_Lương] ghi_nhận rằng tình_hình an_ninh đã ổn_định .", "Võ_Minh_Lương"),
        ('" Chúng_tôi sẽ kiện ra tòa " , ông [PER Elon_Musk] đe_dọa .', "Elon_Musk"),
        # a threat of an act, a recognition of a noun, a schedule announced: nothing said
        ("Ông [PER Kim_Jong-un] đe_dọa tấn_công hạt_nhân .", None),
        ("Ông [PER Võ_Minh_Lương] ghi_nhận những đóng_góp của lực_lượng công_an .", None),
        ("Ông [PER Ngô_Xuân_Lịch] thông_báo lịch_trình chuyến thăm .", None),
        ("[ORG Bộ_Công_Thương] công_bố lộ_trình tăng giá điện .", None),
    ],
)
def test_speech_wider_forms_more_verbs_of_saying(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "met"),
    [
        ("Tại cuộc hội_đàm ở [CITY Paris] , ông [PER Laurent_Fabius] đã hối_thúc ông [PER John_Kerry] cung_cấp các chi_tiết .", ["Laurent_Fabius", "John_Kerry"]),
        ("Tại cuộc hội_đàm ở [CITY Tokyo] , bà [PER Penny_Wong] đã thúc_giục ông [PER Wang_Yi] kiềm_chế .", ["Penny_Wong", "Wang_Yi"]),
        # a verb telling what is said about the one named after it: no one met
        ("Tại cuộc hội_đàm ở [CITY Paris] , ông [PER Laurent_Fabius] cho_biết ông [PER John_Kerry] sẽ tới [COUNTRY Iran] .", None),
    ],
)
def test_speech_wider_forms_one_urged_in_a_meeting_is_met(markup, met):
    _, events = relations(markup)
    meetings = [roles_of(e)["participant"] for e in events if e.type is EventType.MEETING]
    assert meetings == ([met] if met else [])


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[COUNTRY Trung_Quốc] vừa điều tàu tới khu_vực . [ORG Bộ_Ngoại_giao] nước này cho_biết các hoạt_động là hợp_pháp .", "Bộ_Ngoại_giao"),
        ("[COUNTRY Nhật_Bản] đã phản_đối mạnh_mẽ . [ORG Chính_phủ] nước này cho_biết sẽ triệu_tập đại_sứ .", "Chính_phủ"),
        ("[COUNTRY Nga] đã cảnh_báo . [ORG Bộ_Quốc_phòng] của nước này khẳng_định cuộc tập_trận sẽ kéo_dài một tuần .", "Bộ_Quốc_phòng"),
        # no body named before the words, or the body the object of a verb: no speaker
        ("[COUNTRY Nga] đã cảnh_báo . Người_dân nước này cho_biết họ lo_lắng .", None),
        ("[COUNTRY Nga] đã cảnh_báo . Ông ấy gặp [ORG Bộ_Quốc_phòng] nước này cho_biết nhiều điều .", None),
    ],
)
def test_speech_wider_forms_a_body_of_the_country_named_before(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[ORG Bộ_Ngoại_giao Trung_Quốc] tuyên_bố các hoạt_động của tàu cá là hợp_pháp .", "Bộ_Ngoại_giao Trung_Quốc"),
        ("[ORG Bộ_Công_an] khẳng_định những thông_tin trên mạng là sai sự_thật .", "Bộ_Công_an"),
        ("[ORG Tập_đoàn FPT] thông_báo các dịch_vụ chính là những mảng được ưu_tiên .", "Tập_đoàn FPT"),
        # the noun phrase told, with no copula after it: a thing, no saying
        ("Ông [PER Lê_Minh_Tuấn] tiết_lộ các hình_ảnh chưa từng công_bố .", None),
        ("[ORG Công_ty Hòa_Phát] công_bố kết_quả kinh_doanh quý 3 .", None),
        ("Ông [PER Đỗ_Văn_Hải] chia_sẻ những kỷ_niệm về người thầy .", None),
        ("Ông [PER Hà_Văn_Lâm] cho_biết thêm thông_tin về vụ_án .", None),
    ],
)
def test_speech_wider_forms_a_noun_phrase_with_a_copula_is_what_is_said(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Ông [PER Lê_Văn_Hòa] , nguyên [REF Thứ_trưởng [ORG Bộ_Tài_chính]] , cho_biết chính_sách thuế cần thay_đổi .", "Lê_Văn_Hòa"),
        ('" Chính_sách thuế cần thay_đổi " , ông [PER Lê_Văn_Hòa] , cựu [REF Thứ_trưởng [ORG Bộ_Tài_chính]] , nói .', "Lê_Văn_Hòa"),
        ("Ông [PER John_Bolton] , cựu [REF Cố_vấn An_ninh Quốc_gia [COUNTRY Mỹ]] , cho_rằng [COUNTRY Iran] sẽ không nhượng_bộ .", "John_Bolton"),
        ("Bà [PER Trần_Thị_Mai] - nguyên [REF Giám_đốc [ORG Sở Y_tế]] - khẳng_định bệnh_viện đủ thuốc .", "Trần_Thị_Mai"),
        # the apposition alone, with no verb of saying after it, tells nothing said
        ("Ông [PER Lê_Văn_Hòa] , nguyên [REF Thứ_trưởng [ORG Bộ_Tài_chính]] , đã nghỉ_hưu từ năm 2015 .", None),
    ],
)
def test_speech_wider_forms_a_former_title_in_apposition(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "agency"),
    [
        ("Ông [PER Sergei_Shoigu] được hãng thông_tấn [AGENCY TASS] trích lời cho_biết quân_đội đã hoàn_thành nhiệm_vụ .", "Sergei_Shoigu", "TASS"),
        ("Thủ_tướng [PER Benjamin_Netanyahu] được [AGENCY Times_of_Israel] dẫn lời cho_biết chiến_dịch sẽ tiếp_tục .", "Benjamin_Netanyahu", "Times_of_Israel"),
        ("[ORG Bộ_Quốc_phòng Anh] cũng được [AGENCY BBC] dẫn lời khẳng_định hai tàu_chiến đã rời cảng .", "Bộ_Quốc_phòng Anh", "BBC"),
    ],
)
def test_speech_wider_forms_one_quoted_by_an_agency_in_the_passive(markup, speaker, agency):
    (statement,) = statements_of(markup)
    assert roles_of(statement) == {"agent": [speaker], "reportedBy": [agency]}


@pytest.mark.parametrize(
    "markup",
    [
        # "được" with no agency quoting, or an agency that is the object of a verb: no passive quoting
        "Ông [PER Nguyễn_Văn_Tú] được cho là đã nhận hối_lộ .",
        "Thông_tin trên được ông [PER Lê_Văn_Sơn] xác_nhận .",
    ],
)
def test_speech_wider_forms_no_passive_quoting(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ('Ông [PER Elon_Musk] đăng tweet : " [ORG Tesla] sẽ giảm giá xe trong tháng tới " .', "Elon_Musk"),
        ('Ca_sĩ [PER Hà_Anh_Tuấn] đăng dòng trạng_thái : " Cảm_ơn mọi người đã luôn ở bên tôi " .', "Hà_Anh_Tuấn"),
        # posting with no words of it given says nothing
        ("Ông [PER Elon_Musk] đăng tweet mỗi ngày .", None),
        ("Ca_sĩ [PER Hà_Anh_Tuấn] đăng dòng trạng_thái trên [ORG Facebook] .", None),
    ],
)
def test_speech_wider_forms_a_post_on_a_social_network(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "agency"),
    [
        ("Dẫn lời ông [PER Nguyễn_Văn_Phú] , tờ [AGENCY Tiền_Phong] cho_biết trường sẽ hoàn học_phí .", "Nguyễn_Văn_Phú", "Tiền_Phong"),
        ("Trích lời Bộ_trưởng Quốc_phòng [PER Lloyd_Austin] , hãng tin [AGENCY AP] cho_biết [COUNTRY Mỹ] sẽ gửi thêm tàu_chiến .", "Lloyd_Austin", "AP"),
    ],
)
def test_speech_wider_forms_one_quoted_before_the_outlet(markup, speaker, agency):
    (statement,) = statements_of(markup)
    found = roles_of(statement)
    assert found["agent"] == [speaker] and found.get("reportedBy") == [agency]


def test_speech_wider_forms_one_unnamed_quoted_before_the_outlet_says_nothing():
    assert statements_of("Dẫn lời một quan_chức giấu tên , tờ [AGENCY Tiền_Phong] cho_biết trường sẽ hoàn học_phí .") == []
    # the outlet with nobody quoted before it says it itself
    assert_speaker("Tờ [AGENCY Tiền_Phong] cho_biết trường sẽ hoàn học_phí .", "Tiền_Phong")


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a saying still to come is not told as said
        ("[ORG Bộ Y_tế] sẽ đề_nghị kiểm_tra lại toàn_bộ sự_việc .", None),
        ("[ORG Công_ty Vinamilk] sắp công_bố kết_quả kinh_doanh quý 3 .", None),
        ("Ông [PER Nguyễn_Văn_An] sẽ tiếp_tục khẳng_định rằng dự_án là cần_thiết .", None),
        # said now, of what is to come
        ("[ORG Bộ Y_tế] đề_nghị kiểm_tra lại toàn_bộ sự_việc .", "Bộ Y_tế"),
        ("Ông [PER Nguyễn_Văn_An] cho_biết sẽ đề_nghị kiểm_tra lại .", "Nguyễn_Văn_An"),
        ("Ông [PER Nguyễn_Văn_An] đã khẳng_định rằng dự_án sẽ hoàn_thành đúng hạn .", "Nguyễn_Văn_An"),
    ],
)
def test_speech_wider_forms_a_saying_still_to_come(markup, speaker):
    assert_speaker(markup, speaker)
