"""Statements told by a word of manner after a quotation, and by a bare rank standing for the person named before."""

from __future__ import annotations

import pytest

from test_relations_markup import roles_of
from test_speech import statements_of


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ('" Các cậu phải tập lại từ đầu " , [PER Wenger] gay_gắt .', "Wenger", "Các cậu phải tập lại từ đầu"),
        ('" Chúng_tôi sẽ vô_địch mùa này " , HLV [PER Klopp] hào_hứng .', "Klopp", "Chúng tôi sẽ vô địch mùa này"),
        ('" Giá rau đã tăng gấp ba lần " , chị [PER Lan] nuối_tiếc sau buổi chợ .', "Lan", "Giá rau đã tăng gấp ba lần"),
        ('" Tôi già rồi , không chạy nổi nữa " , ông [PER Bảy] cười .', "Bảy", "Tôi già rồi , không chạy nổi nữa"),
        # a verb of the colon frame closing the telling of a quotation
        ('" Lãi_suất sẽ còn giảm trong quý tới " , ông [PER Trần_Văn_Hùng] phân_tích .', "Trần_Văn_Hùng", "Lãi suất sẽ còn giảm trong quý tới"),
        ('" Nhà_trường không hề trả_lời chúng_tôi " , anh [PER Hoàng_Minh_Tú] bức_xúc .', "Hoàng_Minh_Tú", "Nhà trường không hề trả lời chúng tôi"),
    ],
)
def test_speech_word_of_manner_after_a_quotation(markup, speaker, quote):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]
    assert statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        # no quotation before the speaker: a feeling or a manner, nothing said
        "[PER Wenger] gay_gắt với trọng_tài sau trận đấu .",
        "Chị [PER Lan] rất lo_lắng vì giá rau tăng .",
        "Ông [PER Bảy] cười khi thấy đứa cháu về .",
        "Người hâm_mộ [COUNTRY Anh] hào_hứng chờ trận chung_kết .",
        # the quotation is a short title, or the word goes on with an object
        '[PER Hùng] tự_tin vào bài hát " Quê_hương " .',
        '" Trường học xanh và sạch đẹp " , anh [PER Tú] tự_hào về ngôi trường của mình .',
    ],
)
def test_speech_word_of_manner_without_a_quotation_tells_nothing(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Đại_tướng [PER Phạm_Văn_Minh] thăm đơn_vị . Đại_tướng nói rằng bộ_đội phải luôn sẵn_sàng .", "Phạm_Văn_Minh"),
        ("Đại_tướng [PER Phạm_Văn_Minh] thăm đơn_vị . Trong thư gửi cựu_chiến_binh , Đại_tướng viết : \" Các đồng_chí hãy giữ gìn sức_khỏe \" .", "Phạm_Văn_Minh"),
        ("Thiếu_tướng [PER Lê_Quang_Đạo] dẫn đầu đoàn . Vị tướng này khẳng_định quân_đội không liên_minh với ai .", "Lê_Quang_Đạo"),
        ("Đại_tá [PER Trần_Hữu_Nam] chỉ_huy lực_lượng . Ông cũng gặp bà [PER Hoa] . Đại_tá cho_biết lực_lượng đã sẵn_sàng .", "Trần_Hữu_Nam"),
    ],
)
def test_speech_bare_rank_means_the_person_written_with_it(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    "markup",
    [
        # two persons written with a general's rank, or none: whom the rank means is not told
        "Đại_tướng [PER Phạm_Văn_Minh] gặp Thiếu_tướng [PER Lê_Quang_Đạo] . Vị tướng này nói rằng bộ_đội phải luôn sẵn_sàng .",
        "Thủ_tướng [PER Nguyễn_Văn_An] thăm đơn_vị . Vị tướng này nói rằng bộ_đội phải luôn sẵn_sàng .",
        # several generals, or a rank after a verb
        "Đại_tướng [PER Phạm_Văn_Minh] thăm đơn_vị . Các tướng nói rằng bộ_đội phải luôn sẵn_sàng .",
        "Đại_tướng [PER Phạm_Văn_Minh] thăm đơn_vị . Người dân gặp Đại_tướng nói rằng họ rất vui .",
    ],
)
def test_speech_bare_rank_with_no_one_holder_gives_no_speaker(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker", "source"),
    [
        ("Trả_lời phỏng_vấn báo [AGENCY Lao_Động] , ông [PER Trần_Văn_Hùng] cho_biết giá điện sẽ giữ nguyên .", "Trần_Văn_Hùng", "Lao_Động"),
        ("Trong cuộc phỏng_vấn với [AGENCY BBC] , bà [PER Merkel] nói rằng châu Âu cần đoàn_kết .", "Merkel", "BBC"),
        ("Sáng qua , trao_đổi với [AGENCY Thanh_Niên] , ông [PER Lê_Minh_Tâm] khẳng_định công_ty không vi_phạm .", "Lê_Minh_Tâm", "Thanh_Niên"),
        ("Ông [PER Lê_Minh_Tâm] nói với [AGENCY VnExpress] rằng công_ty không vi_phạm .", "Lê_Minh_Tâm", "VnExpress"),
        ("[PER Ivanov] nói với hãng tin [AGENCY TASS] , nghi_phạm đã bị bắt tại nhà .", "Ivanov", "TASS"),
        ("Ông [PER Lê_Minh_Tâm] trao_đổi với tờ [AGENCY Nhân_Dân] khẳng_định công_ty không vi_phạm .", "Lê_Minh_Tâm", "Nhân_Dân"),
        # whom the speaker talks to is no outlet, or no interview opens the sentence
        ("Ông [PER Lê_Minh_Tâm] nói với [PER Hùng] rằng công_ty không vi_phạm .", "Lê_Minh_Tâm", None),
        ("Trả_lời câu hỏi của phóng_viên , ông [PER Lê_Minh_Tâm] cho_biết công_ty không vi_phạm .", "Lê_Minh_Tâm", None),
        ("Sau khi đọc báo [AGENCY Lao_Động] , ông [PER Lê_Minh_Tâm] cho_biết công_ty không vi_phạm .", "Lê_Minh_Tâm", None),
    ],
)
def test_speech_outlet_of_an_interview_is_the_source(markup, speaker, source):
    (statement,) = statements_of(markup)
    found = roles_of(statement)
    assert found["agent"] == [speaker]
    assert found.get("reportedBy", [None]) == [source]


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ('Ông [PER Trần_Văn_Hùng] viết trên Twitter : " Chúng_tôi sẽ không lùi bước " .', "Trần_Văn_Hùng", "Chúng tôi sẽ không lùi bước"),
        ("Bà [PER Lê_Thị_Mai] viết trên trang cá_nhân rằng bà sẽ rút khỏi cuộc đua .", "Lê_Thị_Mai", "bà sẽ rút khỏi cuộc đua"),
        ("Trong bức thư , ông [PER Trần_Văn_Hùng] viết rằng hai nước cần hợp_tác .", "Trần_Văn_Hùng", "hai nước cần hợp tác"),
    ],
)
def test_speech_written_on_a_medium(markup, speaker, quote):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]
    assert statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        # writing that tells no saying: what was written is a thing, or nothing follows
        "Ông [PER Trần_Văn_Hùng] viết trên Facebook nhiều bài về kinh_tế .",
        "Nhà_văn [PER Nguyễn_Văn_Bảo] viết trong cuốn sách mới về tuổi_thơ .",
        # an outlet's unnamed sources say it, not the outlet
        "Theo nguồn_tin của [AGENCY Reuters] , thỏa_thuận sắp được ký .",
        "Nguồn_tin của hãng tin [AGENCY AFP] cho_biết thỏa_thuận sắp được ký .",
        # a document the outlet gives out says it
        "Tờ [AGENCY Nhân_Dân] công_bố tài_liệu nói rằng dự_án bị đình_chỉ .",
    ],
)
def test_speech_no_statement_of_a_writing_or_an_unnamed_source(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker", "source"),
    [
        # the outlet speaks in its own name, or reports a named speaker
        ("Theo tin từ [AGENCY Yonhap] , 41 thi_thể đã được tìm thấy .", "Yonhap", "Yonhap"),
        ("Theo nguồn_tin của [AGENCY Reuters] , ông [PER Putin] cho_biết [COUNTRY Nga] sẵn_sàng đàm_phán .", "Putin", None),
        ("Tờ [AGENCY Nhân_Dân] công_bố thông_tin rằng dự_án bị đình_chỉ .", "Nhân_Dân", None),
    ],
)
def test_speech_outlet_speaking_beside_unnamed_sources(markup, speaker, source):
    (statement,) = statements_of(markup)
    found = roles_of(statement)
    assert found["agent"] == [speaker]
    if source is not None:
        assert found.get("reportedBy") == [source]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Chủ_tịch [ORG Quốc_hội] [PER Trần_Văn_Hùng] chủ_trì phiên họp . Chủ_tịch [ORG Quốc_hội] đề_nghị các đại_biểu tập_trung thảo_luận .", "Trần_Văn_Hùng"),
        ("Chủ_tịch [ORG UBND tỉnh Quảng_Nam] [PER Lê_Văn_Thanh] kiểm_tra công_trình . Sau đó , Chủ_tịch [ORG UBND tỉnh] yêu_cầu nhà_thầu đẩy nhanh tiến_độ .", "Lê_Văn_Thanh"),
    ],
)
def test_speech_title_and_body_mean_the_holder_named_before(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    "markup",
    [
        # no one named before with that title at that body, a former holder, or two holders
        "Ông [PER Lê_Văn_Thanh] gặp Chủ_tịch [ORG Quốc_hội] . Chủ_tịch [ORG Quốc_hội] đề_nghị các đại_biểu tập_trung thảo_luận .",
        "Chủ_tịch [ORG Quốc_hội] [PER Trần_Văn_Hùng] chủ_trì phiên họp . Nguyên Chủ_tịch [ORG Quốc_hội] đề_nghị các đại_biểu tập_trung thảo_luận .",
        "Giám_đốc [ORG Sở Y_tế] [PER Lê_Văn_Thanh] thăm bệnh_viện . Chủ_tịch [ORG Sở Y_tế] đề_nghị các đơn_vị tập_trung chống dịch .",
        "Chủ_tịch [ORG Quốc_hội] [PER Trần_Văn_Hùng] tiếp Chủ_tịch [ORG Quốc_hội Lào] [PER Pany] . Chủ_tịch [ORG Quốc_hội] đề_nghị hai bên hợp_tác .",
        # a figure an office gives out in a table is no saying of it
        "Theo số_liệu của [ORG Tổng_cục Thống_kê] , GDP quý I tăng 5% .",
    ],
)
def test_speech_title_and_body_without_one_holder_or_a_figure_gives_no_speaker(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    "markup",
    [
        "Ông [PER Trần_Văn_Bình] nói không với thuốc_lá .",
        "[ORG Bộ Y_tế] nói không với thực_phẩm bẩn .",
        "Ông [PER Trần_Văn_Bình] nhấn_mạnh vai_trò của doanh_nghiệp trong nền kinh_tế .",
        "Bà [PER Lê_Thị_Mai] khẳng_định tầm quan_trọng của giáo_dục .",
        "Ông [PER Trần_Văn_Bình] nhấn_mạnh sự cần_thiết phải cải_cách .",
    ],
)
def test_speech_refusal_or_noun_of_standing_after_the_verb_tells_nothing(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Ông [PER Trần_Văn_Bình] nói không có chuyện đó .", "Trần_Văn_Bình"),
        ("Ông [PER Trần_Văn_Bình] nhấn_mạnh các doanh_nghiệp phải tuân_thủ pháp_luật .", "Trần_Văn_Bình"),
        ("[ORG Bộ Y_tế] cảnh_báo người dân không nên chủ_quan .", "Bộ Y_tế"),
    ],
)
def test_speech_clause_after_the_verb_is_said(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        # a person named to open the quoted sentence, and the verb of saying after the name
        ('Ông [PER Lê_Văn_Nam] nói : " Tổng_thống [PER Obrador] cũng đã yêu_cầu điều_tra vụ_việc này " .', [["Lê_Văn_Nam"], ["Obrador"]]),
        # whom it is said to, then "rằng"
        ('Ông [PER Fabius] nói : " Ông [PER Hollande] đã nói với ông [PER Kerry] , rằng việc do_thám là không_thể chấp_nhận " .', [["Fabius"], ["Hollande"]]),
        # the speaker's own body speaking of itself in the quotation, or a name that is no subject: the quoted speaker only
        ('" [ORG MobiFone] mong_muốn Bộ GTVT liên_hệ để được tư_vấn " , ông [PER Chiến] nói .', [["Chiến"]]),
        ('" Đề_nghị [PER Hùng] trình_bày rõ hơn về khoản chi này " , ông [PER Chiến] nói .', [["Chiến"]]),
        # an outlet's report quoted whole: the outlet speaks
        ('" Lãnh_đạo [PER Kim] nói chuyến thăm là sự thể_hiện lập_trường của đảng " , [AGENCY KCNA] đưa tin .', [["KCNA"]]),
    ],
)
def test_speech_saying_reported_inside_a_quotation(markup, speakers):
    assert [roles_of(s)["agent"] for s in statements_of(markup)] == speakers


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the apposition names whose relative the speaker is
        ("Bà [PER Nguyễn_Thị_Mai] , vợ ông [PER An] , cho_biết ông đã nhập_viện .", "Nguyễn_Thị_Mai"),
        ('Anh [PER Trần_Văn_Bình] , con_trai của ông [PER An] , kể lại : " Bố tôi đi từ sáng " .', "Trần_Văn_Bình"),
        # the family or a relative of the one named speaks, unnamed
        ("Trong khi đó , người_nhà ông [PER Nguyễn_Văn_An] cho_biết ông đã nhập_viện .", None),
        # a person after a comma who is no apposition's owner: the one named last speaks
        ("Bà [PER Nguyễn_Thị_Mai] gặp ông [PER An] , ông [PER Bình] cho_biết .", None),
    ],
)
def test_speech_relatives_in_and_before_the_speakers_phrase(markup, speaker):
    statements = statements_of(markup)
    if speaker is None:
        assert all(roles_of(s)["agent"] not in (["Nguyễn_Văn_An"], ["Nguyễn_Thị_Mai"]) for s in statements)
        return
    (statement,) = statements
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[ORG Bộ Công_an] cho_biết thêm thông_tin về vụ_án .", None),
        ("Ông [PER Lê_Văn_Nam] chia_sẻ những thông_tin liên_quan đến dự_án .", None),
        ("Cho_biết thêm thông_tin về vụ_việc , người dân địa_phương rất hoang_mang .", None),
        ("Ông [PER Lê_Văn_Nam] cho_biết thông_tin về vụ_việc như sau : nghi_phạm đã bị bắt .", "Lê_Văn_Nam"),
        ("Ông [PER Lê_Văn_Nam] cho_biết thêm rằng nghi_phạm đã bị bắt .", "Lê_Văn_Nam"),
    ],
)
def test_speech_topic_after_the_verb_is_no_saying_without_a_clause(markup, speaker):
    statements = statements_of(markup)
    if speaker is None:
        assert statements == []
        return
    (statement,) = statements
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Trên Twitter , trang của Chủ_tịch [ORG Hội_đồng châu Âu] [PER Van_Rompuy] cho_biết ông đã gửi thư chia_buồn .", "Van_Rompuy"),
        ("Tài_khoản Twitter của Tổng_thống [PER Obama] viết rằng [COUNTRY Mỹ] sẽ rút quân .", "Obama"),
        ("Theo trang cá_nhân của ông [PER Lê_Văn_Nam] , công_ty đã trả hết nợ .", "Lê_Văn_Nam"),
        ("Theo trang tin [AGENCY VnExpress] , công_ty đã trả hết nợ .", "VnExpress"),
    ],
)
def test_speech_page_or_account_of_a_speaker(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        (
            "Chủ_tịch nước [PER Lê_Văn_Nam] và Thủ_tướng [PER Trần_Văn_Hùng] đã gửi điện thăm_hỏi tới Tổng_thống [PER Aquino] . "
            "Nội_dung bức_điện khẳng_định : [COUNTRY Việt_Nam] chia_sẻ với nhân_dân [COUNTRY Philippines] .",
            ["Trần_Văn_Hùng", "Lê_Văn_Nam"],
        ),
        ("Tổng_thống [PER Obama] gửi thư cho ông [PER Lê_Văn_Nam] . Bức thư viết rằng [COUNTRY Mỹ] mong_muốn hợp_tác .", ["Obama"]),
        ("Tổng_thống [PER Obama] gửi thư cho ông [PER Lê_Văn_Nam] . Bức thư này nêu rõ [COUNTRY Mỹ] mong_muốn hợp_tác .", ["Obama"]),
        # no one told to send a message just before, or the message is no subject
        ("Tổng_thống [PER Obama] gặp ông [PER Lê_Văn_Nam] . Bức thư nêu rõ [COUNTRY Mỹ] mong_muốn hợp_tác .", None),
        ("Bức thư nêu rõ [COUNTRY Mỹ] mong_muốn hợp_tác .", None),
        ("Tổng_thống [PER Obama] gửi thư cho ông [PER Lê_Văn_Nam] . Sau đó ông [PER Hùng] nhận được bức thư .", None),
    ],
)
def test_speech_message_says_what_its_senders_say(markup, speakers):
    statements = statements_of(markup)
    if speakers is None:
        assert statements == []
        return
    (statement,) = statements
    assert roles_of(statement)["agent"] == speakers


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        # how something was assessed, not what was said
        ("Đại_biểu [PER Trần_Văn_Hùng] nhận_định [ORG Quốc_hội] đã đánh_giá rất kỹ nguồn thu .", [["Trần_Văn_Hùng"]]),
        # a colon after a time opens no saying of the noun phrase before it
        ("Phó Thủ_tướng [PER Lê_Văn_Nam] phát_biểu khai_mạc chương_trình 17h25 : ca_sĩ [PER Hà] xuất_hiện .", []),
        ("Phó Thủ_tướng [PER Lê_Văn_Nam] phát_biểu khai_mạc chương_trình : đây là ngày hội của thanh_niên .", [["Lê_Văn_Nam"]]),
    ],
)
def test_speech_manner_of_assessing_and_colon_after_a_time(markup, speakers):
    assert [roles_of(s)["agent"] for s in statements_of(markup)] == speakers


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Theo giải_thích của ông [PER Phan_Văn_Long] , cuộc họp sẽ diễn ra vào tuần sau .", "Phan_Văn_Long"),
        ("Theo chia_sẻ của chị [PER Lê_Thị_Hoa] , giá rau đã tăng gấp đôi .", "Lê_Thị_Hoa"),
        ("Theo giải_thích của ông [PER Phan_Văn_Long] , ý_kiến của [ORG HĐND] mới nói lên tất_cả .", "Phan_Văn_Long"),
        ("Theo quan_điểm của [ORG Bộ Tài_chính] , thuế cần được giữ nguyên .", "Bộ Tài_chính"),
        ("Theo ông [PER Phan_Văn_Long] thì cuộc họp sẽ diễn ra vào tuần sau .", "Phan_Văn_Long"),
        # a plan or a law is no speaker
        ("Theo kế_hoạch thì ông [PER Phan_Văn_Long] sẽ thăm [COUNTRY Nhật_Bản] .", None),
        ("Theo quan_điểm của nhiều chuyên_gia , thuế cần được giữ nguyên .", None),
    ],
)
def test_speech_according_to_a_saying_noun_or_closed_by_thi(markup, speaker):
    statements = statements_of(markup)
    if speaker is None:
        assert statements == []
        return
    (statement,) = statements
    assert roles_of(statement)["agent"] == [speaker]
