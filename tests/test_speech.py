"""Statements: speaker, quote, reporting agency."""

from __future__ import annotations

import re

import pytest

from kg.model import EventType
from test_relations_markup import relations, roles_of

PUTIN = "[PER Tổng_thống [COUNTRY Nga]|Vladimir_Putin]"
PESKOV = "[PER Phát_ngôn_viên [ORG Điện_Kremlin]|Dmitry_Peskov]"


def statements_of(markup: str):
    _, events = relations(markup)
    return [e for e in events if e.type is EventType.STATEMENT]


def the_statement(markup: str):
    """The one statement read from ``markup``, or None when it tells none."""
    statements = statements_of(markup)
    assert len(statements) <= 1, statements
    return statements[0] if statements else None


def assert_speaker(markup: str, speaker: str | None):
    """``markup`` tells one statement said by ``speaker`` (returned), or none when ``speaker`` is None."""
    statement = the_statement(markup)
    if speaker is None:
        assert statement is None
        return None
    assert roles_of(statement)["agent"] == [speaker]
    return statement


@pytest.mark.parametrize(
    ("markup", "speaker", "reported_by", "quote"),
    [
        (f'" Tôi rất vui được gặp ngài " , {PUTIN} nói {{hôm_nay|today}} .', "Vladimir_Putin", None, "Tôi rất vui được gặp ngài"),
        ('" Có một_số hạn_chế . Tuy_nhiên , vấn_đề này có triển_vọng " , ông [PER Putin] nói .', "Putin", None, "Có một số hạn chế . Tuy nhiên , vấn đề này có triển vọng"),
        (f"{PESKOV} cho biết [COUNTRY Triều_Tiên] đang quan_tâm tới hợp_tác .", "Dmitry_Peskov", None, "Triều Tiên đang quan tâm tới hợp tác"),
        ("ông [PER Peskov] nói thêm rằng [CITY Moskva] thấy triển_vọng .", "Peskov", None, "Moskva thấy triển vọng"),
        ('" Nga sẽ thắng " , hãng thông_tấn [COUNTRY Nga] [AGENCY TASS] dẫn lời [PER lãnh_đạo [COUNTRY Triều_Tiên]|Kim_Jong-un] nói .', "Kim_Jong-un", "TASS", "Nga sẽ thắng"),
        ('" Tổng_thống vui_vẻ nhận_lời " , [AGENCY KCNA] viết .', "KCNA", "KCNA", "Tổng thống vui vẻ nhận lời"),
        ('" Hai nước hợp_tác " , [AGENCY KCNA] đưa tin {hôm_nay|today} .', "KCNA", "KCNA", "Hai nước hợp tác"),
        ("Luật sẽ được áp_dụng từ tháng sau , [AGENCY Reuters] đưa tin .", "Reuters", "Reuters", "Luật sẽ được áp dụng từ tháng sau"),
        ('Ông [PER Kim] nói với [PER Putin] rằng [COUNTRY Triều_Tiên] coi quan_hệ là " ưu_tiên số_một " .', "Kim", None, 'Triều Tiên coi quan hệ là " ưu tiên số một "'),
        ('Trả_lời phóng_viên , ông [PER Peskov] nhấn_mạnh [COUNTRY Nga] " dự_định phát_triển quan_hệ " .', "Peskov", None, 'Nga " dự định phát triển quan hệ "'),
        ("[PER Dmitry_Peskov] nói : \" Hai nước là láng_giềng \" .", "Dmitry_Peskov", None, "Hai nước là láng giềng"),
    ],
)
def test_speech_speaker_quote_and_agency(markup, speaker, reported_by, quote):
    (statement,) = statements_of(markup)
    found = roles_of(statement)
    assert found["agent"] == [speaker]
    assert found.get("reportedBy", [None]) == [reported_by]
    assert statement.quote == quote


def test_speech_according_to_agency_reports_the_sentence():
    markup = "Theo hãng tin [AGENCY AFP] , đảng đối_lập [ORG CNRP] tuyên_bố cuộc biểu_tình sẽ kéo_dài ba ngày ."
    (statement,) = statements_of(markup)
    assert roles_of(statement) == {"agent": ["CNRP"], "reportedBy": ["AFP"]}


def test_speech_according_to_person_is_the_speaker():
    (statement,) = statements_of("Theo ông [PER Fabius] , hai bên đã thảo_luận về vấn_đề do_thám .")
    assert roles_of(statement) == {"agent": ["Fabius"]}
    assert statement.quote == "hai bên đã thảo luận về vấn đề do thám"


def test_speech_pronoun_that_goes_on_takes_the_previous_speaker():
    markup = (
        '" Hội_nghị rất hữu_ích " , ông [PER Peskov] cho_hay , thêm rằng ông [PER Kim_Jong-un] vẫn ở thăm [COUNTRY Nga] . '
        '" Triều_Tiên là láng_giềng " , ông nói thêm .'
    )
    statements = statements_of(markup)
    assert [roles_of(s)["agent"] for s in statements] == [["Peskov"], ["Peskov"]]
    assert statements[1].quote == "Triều Tiên là láng giềng" and statements[1].provenance.confidence < statements[0].provenance.confidence


def test_speech_bare_title_resolves_to_the_one_holder():
    markup = f"{PESKOV} cho biết hai nước hợp_tác . Người_phát_ngôn cũng nói rằng [CITY Moskva] thấy triển_vọng ."
    statements = statements_of(markup)
    assert [roles_of(s)["agent"] for s in statements] == [["Dmitry_Peskov"], ["Dmitry_Peskov"]]
    text = markup.replace("[PER Phát_ngôn_viên [ORG Điện_Kremlin]|Dmitry_Peskov]", "Phát_ngôn_viên Điện_Kremlin Dmitry_Peskov")
    text = text.replace("[CITY Moskva]", "Moskva")
    assert text[statements[1].provenance.start : statements[1].provenance.end].startswith("Người_phát_ngôn cũng nói")


@pytest.mark.parametrize(
    "markup",
    [
        # two persons named before, both subjects: "ông" is ambiguous and the statement is left out
        "[PER Putin] và [PER Kim_Jong-un] hội_đàm . Ông nói hai nước sẽ hợp_tác .",
        # a bare title nobody was given
        "[PER Putin] tiếp [PER Kim_Jong-un] . Người_phát_ngôn nói hai nước sẽ hợp_tác .",
        # a speech verb inside a quotation is not a statement of the article
        '" Tôi nói rằng chúng_tôi sẽ thắng " .',
        # "viết" without a quotation is not reporting
        "[PER Kim_Jong-un] viết sổ lưu_niệm .",
    ],
)
def test_speech_no_statement_without_a_sure_speaker(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the bare title of the post the person was named with, its field left out
        ("[PER Bộ_trưởng Ngoại_giao [COUNTRY Nga]|Sergei_Lavrov] đến [CITY Hà_Nội] . Bộ_trưởng nói rằng hai nước sẽ hợp_tác .", "Sergei_Lavrov"),
        ("[PER Thứ_trưởng Quốc_phòng [COUNTRY Nhật_Bản]|Akira_Sato] thăm [COUNTRY Lào] . Thứ_trưởng cho_biết , hai bên sẽ tập_trận .", "Akira_Sato"),
        # two ministers of different fields: the bare title means neither surely
        (
            "[PER Bộ_trưởng Quốc_phòng [COUNTRY Mỹ]|Chuck_Hagel] gặp [PER Bộ_trưởng Ngoại_giao [COUNTRY Nga]|Sergei_Lavrov] . "
            "Bộ_trưởng nói rằng hai nước sẽ hợp_tác .",
            None,
        ),
        # a former holder is someone else
        ("[PER Bộ_trưởng Ngoại_giao [COUNTRY Nga]|Sergei_Lavrov] đến [CITY Hà_Nội] . Nguyên Bộ_trưởng nói rằng hai nước sẽ hợp_tác .", None),
    ],
)
def test_speech_bare_title_means_the_one_named_with_a_narrower_title(markup, speaker):
    said = [roles_of(s)["agent"] for s in statements_of(markup)]
    assert said == ([[speaker]] if speaker else [])


def test_speech_evidence_spans_quote_and_attribution():
    markup = '" Tôi rất vui " , ông [PER Putin] nói .'
    (statement,) = statements_of(markup)
    text = '" Tôi rất vui " , ông Putin nói .'
    assert text[statement.provenance.start : statement.provenance.end] == '" Tôi rất vui " , ông Putin nói'
    assert statement.provenance.extractor == "speech"


def test_speech_agency_named_with_its_kind_and_country_after_a_quote():
    markup = '" Hai bên hợp_tác " , hãng thông_tấn trung_ương [COUNTRY Triều_Tiên] [AGENCY KCNA] đưa tin .'
    (statement,) = statements_of(markup)
    assert roles_of(statement) == {"agent": ["KCNA"], "reportedBy": ["KCNA"]}


@pytest.mark.parametrize(
    "markup",
    [
        # a country after a common noun qualifies it: "Russian television" is not Russia speaking
        "Truyền_hình [COUNTRY Nga] mô_tả ông [PER Kim_Jong-un] đặt nhiều câu hỏi .",
        # "trả_lời" without a quotation names whom the speaker answered
        "Tổng_thống [PER Putin] cùng ngày trả_lời truyền_thông sau cuộc họp .",
        # what follows is the topic or the thing shown, not what was said
        "Đại_biểu [PER Khúc_Thị_Duyền] phát_biểu ý_kiến về dự_thảo luật .",
        "[PER Lê_Văn_Tâm] chia_sẻ thông_tin và hình_ảnh cơn mưa đá .",
        # the speaker is an officer of the body, unnamed: the officer, not the body, speaks
        "Giám_đốc của [ORG Vietjet_Air] cho_biết hãng mua thêm máy_bay .",
        # a short quoted term before the speaker is no quotation of what was said
        'Thiết_bị " cực_kỳ tinh_vi " [ORG Sydney_Morning_Herald] cho_biết .',
        # the head of a relative clause: "… mà ông X khẳng_định"
        "cái gọi_là an_toàn mà ông [PER Tâm] khẳng_định đã được đưa ra .",
    ],
)
def test_speech_no_statement_from_modifier_or_bare_reply(markup):
    assert statements_of(markup) == []


def test_speech_reply_with_quotation():
    (statement,) = statements_of('" Họ cũng phát_triển không_gian " , ông [PER Putin] trả_lời phóng_viên .')
    assert roles_of(statement) == {"agent": ["Putin"]}


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a body with its country: the body speaks, not the country
        ("[ORG Bộ Ngoại_giao] [COUNTRY Pháp] cho_biết hai bên đã thảo_luận .", "Bộ Ngoại_giao"),
        # a person, then a title and a body in apposition: the person speaks
        ("Ông [PER Thân_Văn_Thanh] , Phó_Chủ tịch [ORG VATA] cho_biết việc tăng cước chưa ảnh_hưởng .", "Thân_Văn_Thanh"),
        # what follows "tại …" is where, not what: the rest after ":" is said
        ("[PER Nguyễn_Xuân_Phúc] phát_biểu tại diễn_đàn : tỉnh có nhiều thuận_lợi .", "Nguyễn_Xuân_Phúc"),
        # a comma after the verb opens what was said
        ("[ORG Công_ty Bình_Minh] cho_biết , doanh_thu quý ba tăng mạnh .", "Công_ty Bình_Minh"),
        ("Thứ_trưởng [ORG Bộ Xây_dựng] [PER Lê_Văn_An] cho_rằng , giá nhà sẽ giảm .", "Lê_Văn_An"),
        # a chain of appositions: titles with bodies, an address, a bracketed short name
        (
            "Bà [PER Trần_Thị_Mai] , Giám_đốc [ORG Công_ty Hoa_Sen] , Chủ_tịch [ORG Hiệp_hội Thép] cho_biết giá thép tăng .",
            "Trần_Thị_Mai",
        ),
        ("Anh [PER Lê_Văn_Bình] , phố Hàng_Bạc , quận Hoàn_Kiếm , [CITY Hà_Nội] cho_biết chợ đông hơn .", "Lê_Văn_Bình"),
        (
            "Đại_tá [PER Phạm_Văn_Hùng] - Trưởng_phòng cảnh_sát kinh_tế ( PC46 ) , [ORG Công_an tỉnh Nam_Định] nói vụ án đã rõ .",
            "Phạm_Văn_Hùng",
        ),
        # the apposition closed by a comma or a dash just before the verb
        (
            "Ông [PER Đỗ_Kim_Tuyến] - đại_biểu [ORG Quốc_hội] [CITY Hà_Nội] , phát_biểu : dự_thảo đã rõ .",
            "Đỗ_Kim_Tuyến",
        ),
        ("GS.TS [PER Võ_Tòng_Xuân] - quyền hiệu_trưởng - cho_biết trường mở ngành mới .", "Võ_Tòng_Xuân"),
        # a word of manner between the speaker and the verb
        ("GS.TS [PER Nguyễn_Thị_Lang] xúc_động nói : tôi là con của vùng quê nghèo .", "Nguyễn_Thị_Lang"),
        # a verb between the person and the body: the body is the speaker of its own verb
        ("Ông [PER Trần_Văn_Nam] đồng_ý , [ORG Bộ Tài_chính] cho_biết thuế sẽ giảm .", "Bộ Tài_chính"),
    ],
)
def test_speech_speaker_behind_qualifiers(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


def test_speech_circumstance_without_content_gives_nothing():
    assert statements_of("[PER Nguyễn_Xuân_Phúc] phát_biểu tại diễn_đàn kinh_tế .") == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the one person opening the sentence before a verb that opens a quotation
        ("Chị [PER Đào_Thị_Lan] bán rau tại chợ [FAC Long_Biên] , [CITY Hà_Nội] vui_vẻ nói : “ Rau hôm_nay rẻ . ”", "Đào_Thị_Lan"),
        ("Xách túi rau , bác [PER Vũ_Văn_Hải] nhà ở phố [LOC Hàng_Bạc] cho_biết : “ Tôi đi chợ sớm . ”", "Vũ_Văn_Hải"),
        # the object of a verb or a preposition is no speaker, with or without a quotation:
        # the officials of the country speak for it
        ("Sau khi gặp ông [PER Lê_Văn_Nam] , giới_chức [COUNTRY Mỹ] cho_biết : “ Hai bên đã thống_nhất . ”", "Mỹ"),
        ("Sau cuộc gặp với ông [PER Lê_Văn_Nam] , giới_chức [COUNTRY Mỹ] cho_biết hai bên đã thống_nhất .", "Mỹ"),
        ("Sau khi gặp ông [PER Lê_Văn_Nam] , các nhà_báo cho_biết : “ Hai bên đã thống_nhất . ”", None),
        # a body qualifying the person's title, or the object of "với", is no rival subject
        ("Người phát_ngôn [ORG Bộ Quốc_phòng] [PER Peter_Galvez] trao_đổi với tờ [AGENCY Inquirer] khẳng_định : “ Hợp_đồng đã ký . ”", "Peter_Galvez"),
        # a body that could be the subject before the person: who speaks is not said
        ("Sau khi [ORG Bộ Tài_chính] họp , chị [PER Đào_Thị_Lan] bán rau nói : “ Giá tăng . ”", None),
        # two persons before the verb: which one speaks is not said
        ("Chị [PER Đào_Thị_Lan] mua rau của bà [PER Ngô_Thị_Tư] rồi nói : “ Rau rẻ . ”", None),
    ],
)
def test_speech_speaker_of_a_quotation_opened_after_a_description(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a verb after "vì"/"và" shares the subject that opens its sentence
        ("Tuy_nhiên , [COUNTRY Hàn_Quốc] đã từ_chối vì cho_rằng đây là sự can_thiệp .", "Hàn_Quốc"),
        ("Sau_đó bà [PER Park_Mi_Ja] cảm_ơn ông [PER Lê_Văn_An] và cho_rằng hai bên cần đẩy_nhanh tiến_độ .", "Park_Mi_Ja"),
        # a name after a verb is no subject to share
        ("Việc gặp ông [PER Lê_Văn_An] giúp_ích và cho_thấy hai bên đã thống_nhất .", None),
        # "Như X nói , …": what is said follows the comma
        ("Như HLV [PER Arsène_Wenger] phát_biểu sau trận đấu , đội bóng đã quá bất_cẩn .", "Arsène_Wenger"),
        # "Theo tờ báo ," is the paper named last before it
        ("Báo [AGENCY Granma] đăng bài dài . Theo tờ báo , hai đồng tiền sẽ được hợp_nhất .", "Granma"),
        ("Theo tờ báo này , hai đồng tiền sẽ được hợp_nhất .", None),
        # a daily's kind before its name after "Theo"
        ("Theo nhật_báo [AGENCY Asahi_Shimbun] , chính_phủ sẽ tăng thuế .", "Asahi_Shimbun"),
    ],
)
def test_speech_speaker_shared_or_fronted(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    "markup",
    [
        "Đại_diện [ORG Vinaphone] cho_biết gói cước mới sắp ra_mắt .",
        "Người phát_ngôn của [ORG Bộ Ngoại_giao] cho_biết hai nước sẽ ký hiệp_định .",
    ],
)
def test_speech_one_who_speaks_for_a_body_unnamed_gives_the_body(markup):
    (statement,) = statements_of(markup)
    assert len(roles_of(statement)["agent"]) == 1 and roles_of(statement)["agent"][0] in {"Vinaphone", "Bộ Ngoại_giao"}


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        ("[CITY Moskva] và [CITY Bình_Nhưỡng] phủ_nhận cáo_buộc này .", ["Bình_Nhưỡng", "Moskva"]),
        # a list of persons opening its clause
        ("Về vấn_đề này , đại_biểu [PER Lê_Thị_Hoa] , [PER Trần_Văn_Nam] đề_nghị cần sửa luật .", ["Lê_Thị_Hoa", "Trần_Văn_Nam"]),
        # the object of an earlier verb is no speaker
        ("Sau khi gặp ông [PER Đỗ_Văn_An] , ông [PER Lê_Văn_Bình] cho_biết hai bên đã thống_nhất .", ["Lê_Văn_Bình"]),
        # the subject of a purpose clause after "để" reports nothing
        ("Chính_phủ gửi báo_cáo để [ORG Quốc_hội] đánh_giá , cho ý_kiến về ngân_sách .", None),
        # bodies listed as the object of "gửi" are no speakers
        ("[ORG Công_ty Sao_Mai] gửi [ORG Ủy_ban Chứng_khoán] và [ORG Sở Giao_dịch] công_bố thông_tin .", None),
        # a title after a word of number names several holders: nobody named speaks
        ("Bà [PER Trương_Thị_Mai] , đại_biểu [ORG Quốc_hội] , trình_bày . Một_số đại_biểu đề_nghị bổ_sung luật .", None),
        # a list with commas before "và" that opens its clause: all of it speaks
        (
            "[COUNTRY Brazil] , [COUNTRY Mexico] , [COUNTRY Đức] và [COUNTRY Pháp] đã yêu_cầu [COUNTRY Mỹ] giải_thích về vụ nghe lén .",
            ["Brazil", "Mexico", "Pháp", "Đức"],
        ),
        # the list's first names are the object of an earlier verb: only the names next to "và" speak
        ("Sau khi gặp [PER An] , [PER Bình] và [PER Chi] nói rằng họ sẽ hợp_tác .", ["Bình", "Chi"]),
    ],
)
def test_speech_coordinated_speakers_say_it_together(markup, speakers):
    statement = the_statement(markup)
    if speakers is None:
        assert statement is None
        return
    assert sorted(roles_of(statement)["agent"]) == speakers


@pytest.mark.parametrize(
    ("markup", "speaker", "reported_by"),
    [
        # a title and its body after "Theo": the officer named after them speaks
        ("Theo Chánh_thanh_tra [ORG Bộ Y_tế] [PER Đặng_Văn_Chính] , thanh_tra đã kiểm_tra nhiều cơ_sở .", "Đặng_Văn_Chính", None),
        # a news agency reports; a body that is no news agency is a source that speaks
        ("Theo [AGENCY AFP] , hai tàu_lửa phải tạm dừng hoạt_động .", "AFP", "AFP"),
        # what a body gave out ("thông_tin từ", "nhận_định từ nhóm phân_tích") is its statement
        ("Theo thông_tin từ [ORG ACBS] , ông Khôi tốt_nghiệp trường Wharton .", "ACBS", None),
        (
            "Tuy_nhiên , theo nhận_định từ nhóm phân_tích [ORG Công_ty Chứng_khoán Sài_Gòn] , thị_trường sẽ giảm .",
            "Công_ty Chứng_khoán Sài_Gòn",
            None,
        ),
        # "theo" opening a clause after a clause opener
        ("Bởi theo Thủ_tướng [PER Nguyễn_Văn_Hải] , ngân_sách sẽ dành cho đầu_tư .", "Nguyễn_Văn_Hải", None),
        # an officer of a body, named after a comma; unnamed, nobody speaks
        (
            "Theo Phó_Tổng_giám_đốc [ORG Viettel] , bà [PER Phạm_Thị_Vân] , mạng có 50 triệu khách_hàng .",
            "Phạm_Thị_Vân",
            None,
        ),
        # the unnamed leadership of a body speaks for the body (docs/annotation.md)
        ("Theo lãnh_đạo [ORG Ủy_ban Tài_chính] , chi_tiêu còn nhiều bất_cập .", "Ủy_ban Tài_chính", None),
        # a bare title after "Theo": the one person the article gave it to
        ("Tổng_Bí_thư [PER Nguyễn_Phú_Trọng] dự họp . Theo Tổng_Bí_thư , điểm đúng thì nên sửa .", "Nguyễn_Phú_Trọng", None),
        # "theo" inside a clause is "in accordance with", not a source
        ("Đất được thu_hồi theo [ORG Luật Đất_đai] , với bồi_thường đầy_đủ .", None, None),
    ],
)
def test_speech_according_to_source(markup, speaker, reported_by):
    statement = the_statement(markup)
    if speaker is None:
        assert statement is None
        return
    assert roles_of(statement)["agent"] == [speaker]
    assert roles_of(statement).get("reportedBy", [None]) == [reported_by]


@pytest.mark.parametrize(
    ("markup", "speaker", "reported_by", "quote"),
    [
        # a source that closes the sentence reports the clause before its comma
        (
            "Cả hai tên_lửa đều trúng mục_tiêu tại thao_trường Kura , theo [AGENCY RIA-Novosti] .",
            "RIA-Novosti",
            "RIA-Novosti",
            "Cả hai tên lửa đều trúng mục tiêu tại thao trường Kura",
        ),
        ("Cuộc tập sẽ diễn ra ở tỉnh Okinawa , theo báo [AGENCY Yomiuri_Shimbun] .", "Yomiuri_Shimbun", "Yomiuri_Shimbun", "Cuộc tập sẽ diễn ra ở tỉnh Okinawa"),
        ("Việc này rất nguy_hiểm cho các bạn trẻ , theo ông [PER Tứ] .", "Tứ", None, "Việc này rất nguy hiểm cho các bạn trẻ"),
        # a quotation inside the clause stays whole
        ('Tên trang_web không được tiết_lộ " vì lý_do an_ninh " , theo ông [PER Kucherena] .', "Kucherena", None, 'Tên trang web không được tiết lộ " vì lý do an ninh "'),
        # a speaker of the clause speaks; the agency closing the sentence reports it, and is no part of the quote
        (
            "[ORG Yandex] cũng lên_tiếng phủ_nhận đã thuê Snowden , theo [AGENCY RIA_Novosti] .",
            "Yandex",
            "RIA_Novosti",
            "phủ nhận đã thuê Snowden",
        ),
        # a bracket describing the source before its comma
        (
            "Theo tuần_báo [AGENCY Panorama] ( [COUNTRY Ý] ) , nhiều cuộc gọi đã bị nghe_lén .",
            "Panorama",
            "Panorama",
            "nhiều cuộc gọi đã bị nghe lén",
        ),
        (
            "Theo [ORG Tổ_chức Giám_sát nhân_quyền Syria] ( [ORG SOHR] ) , tướng Jamaa đã bị bắn chết .",
            "Tổ_chức Giám_sát nhân_quyền Syria",
            None,
            "tướng Jamaa đã bị bắn chết",
        ),
    ],
)
def test_speech_source_closing_the_sentence_or_bracketed(markup, speaker, reported_by, quote):
    statement = the_statement(markup)
    assert roles_of(statement)["agent"] == [speaker]
    assert roles_of(statement).get("reportedBy", [None]) == [reported_by]
    assert statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        # "theo" that closes a sentence but follows no comma: "in accordance with"
        "Học_sinh được nghỉ học theo quyết_định của [ORG UBND tỉnh Nghệ_An] .",
        # no named source closes the sentence
        "Trận đấu bắt_đầu lúc 19 giờ , theo giờ [COUNTRY Việt_Nam] .",
        "Đất được thu_hồi , theo [ORG Luật Đất_đai] và quy_hoạch của tỉnh .",
        # the close of a quotation opened in an earlier sentence is that quotation's speaker's, not the outlet's
        '" Tôi nhìn thấy nhiều thi_thể . Hàng trăm người đổ tới hiện_trường " , theo [AGENCY Vnexpress] .',
        # too short to be a saying
        "Hôm_nay , theo [AGENCY AFP] .",
    ],
)
def test_speech_source_closing_the_sentence_not_read(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a person and the body the person belongs to ("thuộc"): the person speaks
        ("Giáo_sư [PER Nguyễn_Văn_An] thuộc [ORG Đại_học Huế] cho_biết loài cá này đã tuyệt_chủng .", "Nguyễn_Văn_An"),
        (
            "[AGENCY AFP] dẫn lời giáo_sư [PER John_Smith] thuộc [ORG Đại_học Sydney] ( [COUNTRY Úc] ) cho_biết nhóm này có chi_nhánh ở châu Á .",
            "John_Smith",
        ),
        # an unnamed official of the body speaks for it (docs/annotation.md)
        ("Một quan_chức thuộc [ORG Bộ Quốc_phòng] cho_biết hai tàu đã bị bắt giữ .", "Bộ Quốc_phòng"),
        # an unnamed employee speaks for no one; the person of an earlier clause is not this one's subject
        ("Một nhân_viên thuộc [ORG Bộ Quốc_phòng] cho_biết hai tàu đã bị bắt giữ .", None),
        ("Sau khi gặp [PER An] thuộc [ORG Viện Kinh_tế] , ông [PER Bình] nói rằng hai bên đã thống_nhất .", "Bình"),
    ],
)
def test_speech_person_or_official_of_a_body_after_thuoc(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # "chỉ" ("only") between the speaker and the verb
        ("Luật_sư của bị_cáo , ông [PER Trần_Văn_Nam] , chỉ nói rằng vụ án còn nhiều điểm chưa rõ .", "Trần_Văn_Nam"),
        ("[ORG Vietnam_Airlines] chỉ cho_biết đây là hợp_đồng lớn nhất của hãng .", "Vietnam_Airlines"),
        # "chỉ" opening a phrase ("only … can") leaves the body no speaker
        ("Chỉ có [ORG Bộ Y_tế] mới được cấp_phép , nhiều người cho_biết .", None),
        ("Bản_đồ do [ORG Cục Đo_đạc] lập chỉ rõ ranh_giới hai tỉnh .", None),
    ],
)
def test_speech_speaker_before_only(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a country's government, authorities or army in lower case speak for the country (docs/annotation.md)
        ("Chính_quyền [COUNTRY Mỹ] nói rằng cuộc tấn_công sẽ không xảy_ra .", "Mỹ"),
        ("Quân_đội [COUNTRY Hàn_Quốc] cho_biết hai tàu cá đã bị bắt giữ .", "Hàn_Quốc"),
        ("Khí độc này là thứ mà chính_quyền [COUNTRY Pháp] cáo_buộc phiến_quân đã sử_dụng .", "Pháp"),
        (
            "Ông [PER Somchai] cho_biết , chính_phủ [COUNTRY Thái_Lan] đã nói với phía [COUNTRY Mỹ] rằng luật_pháp "
            "[COUNTRY Thái_Lan] coi do_thám là tội_phạm .",
            ["Somchai", "Thái_Lan"],
        ),
        # a saying the government is said to have denied, in the passive: nobody speaks
        ("Cáo_buộc này vốn bị chính_quyền [COUNTRY Syria] bác_bỏ từ lâu .", None),
    ],
)
def test_speech_government_or_army_of_a_country_speaks_for_it(markup, speaker):
    if isinstance(speaker, list):
        assert [roles_of(s)["agent"] for s in statements_of(markup)] == [[name] for name in speaker]
    else:
        assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # "bảo_đảm" / "đảm_bảo" tell a saying only with "rằng" or a colon, maybe after whom it is said to
        ("[ORG Bộ Y_tế] đảm_bảo rằng thuốc đủ cho người dân .", "Bộ Y_tế", "thuốc đủ cho người dân"),
        ("[ORG Bộ Y_tế] bảo_đảm với [ORG Quốc_hội] rằng thuốc đủ cho người dân .", "Bộ Y_tế", "thuốc đủ cho người dân"),
        ("Đại_biểu [PER Lê_Văn_Tám] góp_ý với [ORG Ban soạn_thảo] : điều 5 cần viết lại cho rõ .", "Lê_Văn_Tám", "điều 5 cần viết lại cho rõ"),
        # ensuring something is no saying
        ("[ORG Bộ Y_tế] đảm_bảo đủ thuốc cho người dân .", None, None),
        ("[ORG Bộ Y_tế] bảo_đảm với người dân về nguồn thuốc .", None, None),
    ],
)
def test_speech_assuring_with_a_clause_opened_by_that(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # "mình" after a verb of saying is the subject of what is said
        ("Ca_sĩ [PER Thu_Hà] cho_biết mình hoàn_toàn không biết chuyện này .", "Thu_Hà", "mình hoàn toàn không biết chuyện này"),
        ("[PER Lan_Anh] chia_sẻ mình chưa bao_giờ nghĩ sẽ bỏ nghề .", "Lan_Anh", "mình chưa bao giờ nghĩ sẽ bỏ nghề"),
        # after a verb of asserting it is "prove oneself": nothing is said
        ("Tiền_vệ [PER Quang_Hải] muốn khẳng_định mình ở giải đấu châu_Âu .", None, None),
        ("[PER Quang_Hải] khẳng_định bản_thân bằng bàn thắng quyết_định .", None, None),
    ],
)
def test_speech_oneself_after_a_verb_of_saying_or_of_asserting(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker", "reported_by"),
    [
        # the agency quotes a person named after a title and its body the recogniser left apart from the name
        (
            "“ Chúng_tôi sẽ không nhượng_bộ trong vấn_đề này ” - [AGENCY Tân_Hoa_Xã] dẫn lời trưởng "
            "[ORG Ban Kinh_tế] [PER Thẩm_Đan_Dương] tuyên_bố .",
            "Thẩm_Đan_Dương",
            "Tân_Hoa_Xã",
        ),
        (
            "[AGENCY AFP] dẫn lời chuyên_gia [ORG Viện Brookings] [PER John_Smith] nhận_định quan_hệ hai nước sẽ cải_thiện .",
            "John_Smith",
            "AFP",
        ),
        # with no agency quoting, the title and body say nothing of a reporter
        (
            "“ Chúng_tôi sẽ không nhượng_bộ trong vấn_đề này ” - phát_ngôn_viên [ORG Bộ Thương_mại] [PER Thẩm_Đan_Dương] tuyên_bố .",
            "Thẩm_Đan_Dương",
            None,
        ),
    ],
)
def test_speech_agency_quoting_a_person_behind_a_title_and_body(markup, speaker, reported_by):
    statement = assert_speaker(markup, speaker)
    assert roles_of(statement).get("reportedBy", [None]) == [reported_by]


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # words between the verb and the colon that opens a quotation: the quotation is what was said
        (
            "Tuy_nhiên , đại_biểu [PER Lê_Văn_Tám] - [REGION Hà_Tĩnh] góp_ý thêm vào Điều 12 của dự_thảo luật : "
            "“ Quy_định này cần nêu rõ thẩm_quyền của từng cấp chính_quyền ” .",
            "Lê_Văn_Tám",
            "Quy định này cần nêu rõ thẩm quyền của từng cấp chính quyền",
        ),
        (
            "HLV [PER Lê_Văn_Tám] lý_giải cho quyết_định của mình : “ Các cầu_thủ trẻ cần thêm thời_gian để làm_quen với giải ” .",
            "Lê_Văn_Tám",
            "Các cầu thủ trẻ cần thêm thời gian để làm quen với giải",
        ),
        (
            "Trước trận đấu , ông [PER Lê_Văn_Tám] phát_biểu khai_mạc giải : “ Giải năm nay quy_tụ nhiều đội bóng mạnh nhất khu_vực ” .",
            "Lê_Văn_Tám",
            "Giải năm nay quy tụ nhiều đội bóng mạnh nhất khu vực",
        ),
        # a short quotation after the colon is a title or a term; no quotation, no saying for such a verb
        ("[PER Lê_Văn_Tám] góp_ý thêm vào Điều 12 của dự_thảo luật : “ Hội_nhập ” .", None, None),
        ("[PER Lê_Văn_Tám] lý_giải cho quyết_định của mình .", None, None),
        # a comma or "rằng" after the verb already opens what was said
        (
            "Ông [PER Lê_Văn_Tám] cho_biết , cuốn sách có tên : “ Những ngày tháng không_thể nào quên của tôi ” .",
            "Lê_Văn_Tám",
            "cuốn sách có tên : “ Những ngày tháng không thể nào quên của tôi ”",
        ),
    ],
)
def test_speech_quotation_after_a_colon_that_closes_the_clause(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


def test_speech_quotation_after_a_colon_is_said_by_the_later_speaker_before_it():
    markup = "Ông [PER Lê_Văn_Tám] cho_biết hôm_qua Thủ_tướng [PER Trần_Văn_Chín] tuyên_bố : “ Chúng_ta sẽ không lùi bước trước khó_khăn ” ."
    quotes = {roles_of(s)["agent"][0]: s.quote for s in statements_of(markup)}
    assert quotes["Trần_Văn_Chín"] == "Chúng ta sẽ không lùi bước trước khó khăn"
    assert quotes["Lê_Văn_Tám"].startswith("hôm qua Thủ tướng Trần Văn Chín tuyên bố")


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # testimony, confessions, directives, advice, conclusions, promises and vows with a clause are sayings (docs/annotation.md)
        ("Bị_cáo [PER Nguyễn_Văn_Bình] khai đã nhận 200 triệu đồng từ chủ doanh_nghiệp .", "Nguyễn_Văn_Bình", "đã nhận 200 triệu đồng từ chủ doanh nghiệp"),
        ("[ORG UBND tỉnh Nghệ_An] đã chỉ_đạo các sở khẩn_trương khắc_phục hậu_quả mưa_lũ .", "UBND tỉnh Nghệ_An", "các sở khẩn trương khắc phục hậu quả mưa lũ"),
        ("[ORG Thanh_tra Chính_phủ] kết_luận nhiều sai_phạm đã xảy_ra tại dự_án .", "Thanh_tra Chính_phủ", "nhiều sai phạm đã xảy ra tại dự án"),
        ("HLV [PER Park_Hang-seo] hứa sẽ mang về chiến_thắng cho người hâm_mộ .", "Park_Hang-seo", "sẽ mang về chiến thắng cho người hâm mộ"),
        ("[PER Lê_Văn_Tám] thú_nhận đã nhận tiền của doanh_nghiệp .", "Lê_Văn_Tám", "đã nhận tiền của doanh nghiệp"),
        ("Tân_binh [PER Lê_Văn_Tám] nguyện suốt_đời phục_vụ nhân_dân .", "Lê_Văn_Tám", "suốt đời phục vụ nhân dân"),
        ("Thầy [PER Lê_Văn_Tám] nhắn_nhủ các em phải chăm_chỉ học_tập .", "Lê_Văn_Tám", "các em phải chăm chỉ học tập"),
        ("[ORG Ngân_hàng Thế_giới] khuyến_nghị các nước cần cải_cách doanh_nghiệp nhà_nước .", "Ngân_hàng Thế_giới", "các nước cần cải cách doanh nghiệp nhà nước"),
        # the same words made nouns say nothing
        ("Ông [PER Lê_Văn_Tám] , Phó_Trưởng ban chỉ_đạo , đã dự lễ .", None, None),
        ("Đến dự có nhà_báo [PER Lê_Văn_Tám] – Phó_Trưởng ban chỉ_đạo , nhà_báo [PER Trần_Văn_Chín] – Trưởng ban tổ_chức .", None, None),
        ("[PER Lê_Văn_Tám] ký vào biên_bản lời khai rằng ông không biết gì .", None, None),
        ("Các đơn_vị thực_hiện nghiêm ý_kiến chỉ_đạo của [ORG Bộ Y_tế] về phòng dịch .", None, None),
        ("[ORG Bộ Y_tế] đã gửi bản kết_luận tới bệnh_viện về vụ tai_biến .", None, None),
        ("Những lời nhắn_nhủ của [PER Lê_Văn_Tám] khiến các em xúc_động .", None, None),
        ("Các tín_đồ cầu_nguyện cho [PER Lê_Văn_Tám] được bình_an .", None, None),
        ("Nguyện_vọng của [PER Lê_Văn_Tám] là được trở về quê .", None, None),
        # a word that only starts with the verb's syllable is no saying
        ("[PER Hoàng_Anh] khai_mạc giải đấu tối qua tại sân mới .", None, None),
    ],
)
def test_speech_testimony_directive_conclusion_promise(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # a quotation over several sentences whose opening mark pairs with none (written as a closing one):
        # what is said is its part in the sentence that names the speaker
        (
            "Anh kể về trận chung_kết . ” Đó là trận đấu khó nhất đời tôi . Chiến_thắng này là động_lực để tôi thi_đấu tiếp ” , "
            "[PER Lê_Văn_Tám] trả_lời báo_chí sau trận .",
            "Lê_Văn_Tám",
            "Chiến thắng này là động lực để tôi thi đấu tiếp",
        ),
        # too short a part to be a saying
        ("Anh kể về trận chung_kết . Thắng ” , [PER Lê_Văn_Tám] nói .", None, None),
    ],
)
def test_speech_closing_mark_of_a_quotation_opened_in_an_earlier_sentence(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speakers", "quote"),
    [
        # two persons described in brackets after "Theo", then a colon: both say it
        (
            "Theo [PER GS|Nguyễn_Văn_An] ( [ORG Viện Toán_học] ) và [PER TS|Lê_Thị_Bình] ( [ORG NXB Giáo_dục] ) : "
            "Sách mới phải bám sát chương_trình .",
            ["Nguyễn_Văn_An", "Lê_Thị_Bình"],
            "Sách mới phải bám sát chương trình",
        ),
        ("Theo bà [PER Lê_Thị_Bình] : “ Học_sinh cần được nghỉ_ngơi nhiều hơn ” .", ["Lê_Thị_Bình"], "“ Học sinh cần được nghỉ ngơi nhiều hơn ”"),
        # a second name after "và" that is no person named as a source stays out
        (
            "Theo [PER GS|Nguyễn_Văn_An] ( [ORG Viện Toán_học] ) và các cộng_sự , sách mới phải bám sát chương_trình .",
            ["Nguyễn_Văn_An"],
            "sách mới phải bám sát chương trình",
        ),
    ],
)
def test_speech_according_to_joint_persons_or_before_a_colon(markup, speakers, quote):
    statement = the_statement(markup)
    assert roles_of(statement)["agent"] == speakers
    assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a caption or heading the sentence runs on from: a capitalised "Theo" opens the clause
        ("Mưa lớn ở miền Trung - Ảnh : [AGENCY AP] Theo tờ [AGENCY Guardian] , hàng nghìn người đã phải sơ_tán .", "Guardian"),
        ("Giá vàng lập đỉnh mới Theo [ORG Hiệp_hội Kinh_doanh vàng] , giá sẽ còn tăng trong tuần tới .", "Hiệp_hội Kinh_doanh vàng"),
        ("Đội tuyển thua đậm ( Ảnh [AGENCY Reuters] ) Theo HLV [PER Park_Hang-seo] , các cầu_thủ đã quá mệt .", "Park_Hang-seo"),
        # an end credit before the next paragraph: no comma closes the source
        ("[PER Thanh_Hà] Theo [AGENCY Dân_trí] Giá xăng sẽ giảm vào tuần tới , nhiều người vui_mừng .", None),
        ("Giá xăng sẽ giảm vào tuần tới ( Theo [AGENCY Dân_trí] ) .", None),
        # "theo" in lower case inside a clause is "along", "following", no source
        ("Người dân đi theo [ORG đoàn cứu_hộ] , ai cũng mệt_mỏi .", None),
    ],
)
def test_speech_according_after_a_caption_the_sentence_runs_on_from(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    "markup",
    [
        # a name behind a common noun after "Theo" is not the source
        "Theo người_nhà chị [PER Huyền] , việc tìm_kiếm thi_thể đã có hy_vọng .",
        # the object of a preposition is not the speaker
        "Một nguồn tin thân_cận với chuỗi cung_ứng cho [ORG Apple] nói rằng màn_hình sẽ lớn hơn .",
        # an officer named by title and country only is not the country
        '" Hai đồng tiền gây khó_khăn lớn " , Chủ_tịch [COUNTRY Cuba] cho_biết .',
        "Các đại_biểu [ORG Quốc_hội] cho_rằng dự_thảo đã tiếp_thu ý_kiến .",
        # "khẳng_định mình": proved oneself
        "[PER Mesut_Ozil] đã khẳng_định mình là cầu_thủ quan_trọng .",
        # a capitalised cue inside a sentence heads a new part, it is no verb
        "[PER Phương_Hà] Báo_cáo thẩm_tra cho thấy nhiều khoản chi tăng .",
    ],
)
def test_speech_no_source_behind_a_noun_or_preposition(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "date"),
    [
        # the date told with the speaker is when it was said
        ("Ông [PER Peskov] {ngày 22/10|--10-22} cho_biết hai bên sẽ gặp nhau .", "--10-22"),
        # a date inside what was said is not when it was said
        ("Ông [PER Peskov] cho_biết hai bên sẽ gặp nhau {ngày 22/10|--10-22} .", None),
        ("Theo ông [PER Fabius] , hai bên đã thảo_luận {ngày 22/10|--10-22} .", None),
    ],
)
def test_speech_date_is_told_with_the_speaker(markup, date):
    (statement,) = statements_of(markup)
    assert (statement.time.xsd()[0] if statement.time else None) == date


def test_speech_a_saying_reported_inside_another_is_its_own():
    """Read too, and the outlet that reports it is its source, not a speaker (tests/test_speech_relayed.py)."""
    markup = "Tờ [AGENCY Yomiuri] đưa_tin , [COUNTRY Trung_Quốc] đã đề_nghị [COUNTRY Hàn_Quốc] không bán máy_bay ."
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == ["Trung_Quốc"]
    assert roles_of(statement)["reportedBy"] == ["Yomiuri"]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a paper and its country: the paper reports
        ("Tờ [AGENCY Yomiuri_Shimbun] của [COUNTRY Nhật_Bản] đưa_tin hai nước sẽ đàm_phán .", "Yomiuri_Shimbun"),
        # a time adverb between the speaker and the verb
        ("Thủ_tướng [PER Shinzo_Abe] mới_đây cũng xác_nhận sẽ bàn_giao tàu .", "Shinzo_Abe"),
    ],
)
def test_speech_speaker_past_its_country_or_an_adverb(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


def test_speech_an_agency_reporting_a_quotation_is_its_reporter_not_a_speaker():
    markup = '" Chuyến thăm là ưu_tiên hàng_đầu " , ông [PER Kim_Jong-un] nói với báo_giới , [AGENCY KCNA] đưa_tin .'
    assert [roles_of(s) for s in statements_of(markup)] == [{"agent": ["Kim_Jong-un"], "reportedBy": ["KCNA"]}]


def test_speech_no_speaker_in_a_clause_that_qualifies_a_noun():
    assert statements_of("Hình_ảnh do [AGENCY KCNA] công_bố cho thấy đoàn tàu đã đến .") == []


def test_speech_a_place_after_tai_is_not_the_speaker():
    markup = "Chị [PER Trần_Thị_Nga] bán hàng tại chợ Cầu_Giấy , [CITY Hà_Nội] hồ_hởi cho_biết giá tăng ."
    assert [roles_of(s)["agent"] for s in statements_of(markup)] in ([], [["Trần_Thị_Nga"]])


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a body named again by its kind and "này": the body named last before it
        ("[ORG Viettel] có 50 triệu khách_hàng . Đặc_biệt , nhà_mạng này cũng cho_biết sẽ hỗ_trợ .", "Viettel"),
        ("[ORG Vinamilk] báo lãi . Công_ty này cho_biết doanh_thu tăng .", "Vinamilk"),
    ],
)
def test_speech_a_body_named_again_by_its_kind(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


def test_speech_a_kind_without_a_body_before_it_speaks_for_nobody():
    assert statements_of("Công_ty này cho_biết doanh_thu tăng .") == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # after a quotation, a speaker described by a common noun kept as the name's prefix
        ('" Tôi sẽ trở_lại sân_khấu vào mùa thu " , [PER ca_sĩ|Mỹ_Linh] cho biết .', "Mỹ_Linh"),
        ('" Tôi sẽ trở_lại sân_khấu vào mùa thu " , nữ [PER ca_sĩ|Mỹ_Linh] cho biết .', "Mỹ_Linh"),
        ('" Đội đã chơi rất tốt trong hiệp hai " , [PER HLV|Park_Hang-seo] nói .', "Park_Hang-seo"),
    ],
)
def test_speech_quotation_before_a_described_speaker(markup, speaker):
    statement = the_statement(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # "Theo đại_diện X": the body one speaks for is the source
        ("Theo đại_diện [ORG Tổng_cục Hải_quan] , kim_ngạch xuất_khẩu tăng mạnh trong quý .", "Tổng_cục Hải_quan"),
        ("Theo người phát_ngôn [ORG Bộ Công_an] , vụ án đang được điều_tra .", "Bộ Công_an"),
    ],
)
def test_speech_according_to_one_who_speaks_for_a_body(markup, speaker):
    statement = the_statement(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a speaker told with where they live, before the verb
        ("Chị [PER Hoàng_Thị_Lụa] nhà ở phường [REGION Kim_Liên] cho biết giá rau tăng gấp đôi .", "Hoàng_Thị_Lụa"),
        ("Ông [PER Tạ_Văn_Đức] trú tại huyện [REGION Gia_Lâm] , [CITY Hà_Nội] cho biết nước đã rút .", "Tạ_Văn_Đức"),
    ],
)
def test_speech_speaker_told_with_where_they_live(markup, speaker):
    statement = the_statement(markup)
    assert roles_of(statement)["agent"] == [speaker]


def test_speech_no_speaker_behind_a_possessor_with_a_residence():
    assert the_statement("Xe của ông [PER Tạ_Văn_Đức] ở [CITY Hà_Nội] cho biết tăng .") is None


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # "Theo" before a name with a degree kept as its prefix, or after "cũng"
        ("Theo [PER TS|Võ_Trí_Thành] , chuyên_gia kinh_tế , lạm_phát sẽ giảm trong năm tới .", "Võ_Trí_Thành"),
        ("Cũng theo ông [PER Phạm_Văn_Hưng] , công_trình sẽ xong trước Tết .", "Phạm_Văn_Hưng"),
        # a quotation before one who speaks for a body
        ('" Chúng_tôi sẽ xử_lý nghiêm các sai_phạm " , đại_diện [ORG Sở Giao_thông] cho biết .', "Sở Giao_thông"),
    ],
)
def test_speech_according_with_a_prefix_or_an_adverb_and_a_quoted_spokesman(markup, speaker):
    statement = the_statement(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    "markup",
    [
        # a wish to do something is no saying
        "[ORG Mobifone] mong_muốn mang đến cho khách_hàng dịch_vụ tốt hơn .",
        "Bà [PER Lê_Thị_Hoa] mong_muốn được gặp lại gia_đình .",
        "Bà [PER Lê_Thị_Hoa] mong_muốn sau này được gặp lại gia_đình .",
        # a speech verb that names a thing: a noun phrase, not what was said
        "[COUNTRY Nhật_Bản] đã phủ_nhận bài báo của tờ Asahi .",
        "[ORG Samsung] lần đầu tiên tiết_lộ các hình_ảnh về mẫu điện_thoại mới .",
        "Ông [PER Trần_Văn_Nam] chia_sẻ nhiều vấn_đề mà cả hai bên cùng quan_tâm .",
        "[ORG Bộ Tài_chính] báo_cáo số_liệu thu ngân_sách quý ba .",
    ],
)
def test_speech_a_wish_or_a_thing_named_is_no_saying(markup):
    assert the_statement(markup) is None


@pytest.mark.parametrize(
    ("markup", "quote"),
    [
        # a wish with a clause after it is a saying
        ("Bà [PER Lê_Thị_Hoa] mong_muốn rằng hai nước sẽ hợp_tác chặt_chẽ hơn .", "hai nước sẽ hợp tác chặt chẽ hơn"),
        ("Ông [PER Trần_Văn_Nam] mong_muốn các doanh_nghiệp tiếp_tục đầu_tư vào tỉnh .", "các doanh nghiệp tiếp tục đầu tư vào tỉnh"),
        ("Ông [PER Trần_Văn_Nam] mong_muốn [COUNTRY Nhật_Bản] tiếp_tục hỗ_trợ .", "Nhật Bản tiếp tục hỗ trợ"),
        ("[ORG Hội Cựu_chiến_binh] mong_muốn hằng năm [ORG Ủy_ban tỉnh] dành hai buổi làm_việc .", "hằng năm Ủy ban tỉnh dành hai buổi làm việc"),
        # the same verbs followed by a clause are sayings
        ("[COUNTRY Nhật_Bản] phủ_nhận rằng tàu của họ đã vào vùng biển này .", "tàu của họ đã vào vùng biển này"),
        ("Ông [PER Trần_Văn_Nam] chia_sẻ : nhiều vấn_đề vẫn chưa được giải_quyết .", "nhiều vấn đề vẫn chưa được giải quyết"),
        ("[ORG Samsung] tiết_lộ doanh_số đã tăng gấp đôi .", "doanh số đã tăng gấp đôi"),
    ],
)
def test_speech_a_wish_or_a_verb_of_naming_with_a_clause_is_a_saying(markup, quote):
    statement = the_statement(markup)
    assert statement is not None and statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # a sentence opened by a person's name (with the title kept with it) and a colon: what the person says
        ("Tin mới . [PER GS|Phan_Huy_Lê] : Đây là một điều thiếu_sót và rất buồn .", "Phan_Huy_Lê", "Đây là một điều thiếu sót và rất buồn"),
        ("Tin mới . Ông [PER Trần_Văn_Nam] : chúng_tôi sẽ làm tiếp .", "Trần_Văn_Nam", "chúng tôi sẽ làm tiếp"),
        ('Tin mới . Bà [PER Lê_Thị_Hoa] : " Giá rau đã tăng gấp đôi " .', "Lê_Thị_Hoa", "Giá rau đã tăng gấp đôi"),
        # an adverb of repetition between the speaker and the verb
        ("[COUNTRY Israel] nhiều lần cảnh_báo sẵn_sàng sử_dụng vũ_lực .", "Israel", "sẵn sàng sử dụng vũ lực"),
        # the coaching staff speak for the team
        ("Ban huấn_luyện [ORG đội tuyển Việt_Nam] đánh_giá thủ_môn này vẫn có chuyên_môn tốt .", "đội tuyển Việt_Nam", "thủ môn này vẫn có chuyên môn tốt"),
    ],
)
def test_speech_name_and_colon_or_a_speaker_past_a_repetition_or_for_a_team(markup, speaker, quote):
    statement = the_statement(markup)
    assert statement is not None
    assert roles_of(statement)["agent"] == [speaker]
    assert statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        # a name after other words, or after the colon, heads no saying
        "Tin mới . Ảnh : [PER Trần_Văn_Nam] chụp tại hội_nghị .",
        "Tin mới . Trao_đổi với [PER Trần_Văn_Nam] : anh ấy kể rất nhiều .",
        # too few words after the colon
        "Tin mới . [PER Trần_Văn_Nam] : 0912345678 .",
        # a body's name and a colon is a heading
        "Tin mới . [ORG Bộ Y_tế] : tăng cường phòng_chống dịch bệnh .",
        # the article's first sentence may be its headline run on into the text
        "Ông [PER Trần_Văn_Nam] : Nga sẽ thắng Lãnh_đạo này tin_tưởng vào chiến_thắng .",
    ],
)
def test_speech_name_and_colon_not_misread(markup):
    assert the_statement(markup) is None


@pytest.mark.parametrize(
    "markup",
    [
        # the person is described after "của": the owner of what speaks, not the speaker
        "{Chiều 1/11|--11-01} , công_ty quản_lý của nữ diễn_viên 26 tuổi [PER Kim_Mi_Sook] khẳng_định hai người là một cặp .",
        "Luật_sư của cựu bộ_trưởng [PER Lê_Văn_Bình] cho_biết ông sẽ kháng_cáo .",
    ],
)
def test_speech_no_speaker_described_after_a_possessor(markup):
    assert the_statement(markup) is None


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the description without "của" before it belongs to the speaker
        ("Nữ diễn_viên 26 tuổi [PER Kim_Mi_Sook] khẳng_định hai người là một cặp .", "Kim_Mi_Sook"),
        ("Trong buổi họp_báo của công_ty , ca_sĩ [PER Lê_Hoa] cho_biết cô sẽ nghỉ một tháng .", "Lê_Hoa"),
    ],
)
def test_speech_described_speaker_without_a_possessor(markup, speaker):
    statement = the_statement(markup)
    assert statement is not None and roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "quote"),
    [
        # a noun phrase that opens a clause told after "rằng" or a colon
        ("Tờ [AGENCY Thanh_Niên] công_bố thông_tin rằng hai công_ty đã sáp_nhập .", "thông tin rằng hai công ty đã sáp nhập"),
        # verbs that mostly take a clause keep "các …" as its subject
        ("[ORG Bộ Quốc_phòng] xác_nhận các tên_lửa đã được phóng thành_công .", "các tên lửa đã được phóng thành công"),
        ("Bà [PER Lê_Thị_Hoa] nêu rõ các cơ_quan đang cùng hỗ_trợ người_dân .", "các cơ quan đang cùng hỗ trợ người dân"),
    ],
)
def test_speech_a_noun_phrase_opening_a_clause_is_said(markup, quote):
    statement = the_statement(markup)
    assert statement is not None and statement.quote == quote


def test_speech_speaker_described_by_an_occupation_after_the_quotation():
    statement = the_statement('" Mình đi chợ từ sáng sớm để mua rau " , chị [PER Minh] , tiểu_thương chợ [FAC Bưởi] , chia_sẻ .')
    assert statement is not None and roles_of(statement)["agent"] == ["Minh"]


@pytest.mark.parametrize(
    "markup",
    [
        # a body after a noun of people names whom they work for: they speak, not the body
        "Công_nhân [ORG Samsung] cho biết lương đã tăng .",
        "Tiểu_thương chợ [FAC Bưởi] cho biết giá rau tăng gấp đôi .",
    ],
)
def test_speech_a_body_after_a_noun_of_people_does_not_speak(markup):
    assert the_statement(markup) is None


@pytest.mark.parametrize(
    ("markup", "quote"),
    [
        # a verb of proposing tells what it proposes after "về việc", past whom it is proposed to
        (
            "Vì vậy , [ORG Chính_phủ] đề_xuất với [ORG Quốc_hội] về việc tăng bội_chi , theo đó nâng mức bội_chi lên 5,3 % .",
            "việc tăng bội chi , theo đó nâng mức bội chi lên 5,3 %",
        ),
        ("[ORG Bộ Tài_chính] kiến_nghị về việc giảm thuế thu_nhập .", "việc giảm thuế thu nhập"),
    ],
)
def test_speech_a_proposal_told_after_ve_viec(markup, quote):
    statement = the_statement(markup)
    assert statement is not None and statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        # a topic after "về" is no content, for a proposal as for a saying
        "[ORG Chính_phủ] đề_xuất với [ORG Quốc_hội] về ngân_sách .",
        "Ông [PER Trần_Văn_Nam] cho biết về việc tăng thuế .",
    ],
)
def test_speech_a_topic_after_ve_is_no_proposal(markup):
    assert the_statement(markup) is None


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # a pronoun means the first person of the sentence before when only that one bears its honorific
        (
            "Bà [PER Mai_Lan] nhắc tới cuộc gặp của ông [PER Trần_Hùng] với [PER Sato] . Bà nhấn_mạnh , hai nước vẫn hợp_tác tốt .",
            "Mai_Lan",
            "hai nước vẫn hợp tác tốt",
        ),
        (
            "Ông [PER Lê_Văn_Lan] gặp bà [PER Kim_Hoa] tại [CITY Huế] . Ông nói rằng hai nước vẫn hợp_tác tốt .",
            "Lê_Văn_Lan",
            "hai nước vẫn hợp tác tốt",
        ),
        # "Theo bà , …": the person the pronoun means
        ("Bà [PER Mai_Lan] trả_lời báo_chí hôm_qua . Theo bà , giá xăng sẽ giảm .", "Mai_Lan", "giá xăng sẽ giảm"),
    ],
)
def test_speech_pronoun_speaker_by_honorific(markup, speaker, quote):
    said = [s for s in statements_of(markup) if s.quote == quote]
    assert [roles_of(s)["agent"] for s in said] == [[speaker]]


@pytest.mark.parametrize(
    "markup",
    [
        # two persons bear the pronoun's honorific: no one can be told
        "Ông [PER Lê_Văn_Lan] gặp ông [PER Kim_Hoa] tại [CITY Huế] . Ông nói rằng hai nước vẫn hợp_tác tốt .",
        # the first person bears another honorific
        "Bà [PER Mai_Lan] gặp ông [PER Trần_Hùng] và [PER Sato] tại [CITY Huế] . Ông nói rằng hai nước vẫn hợp_tác tốt .",
        # "Theo ông , …" with no one it can mean
        "Theo ông , giá xăng sẽ giảm .",
    ],
)
def test_speech_pronoun_speaker_left_out_when_unclear(markup):
    assert not [s for s in statements_of(markup) if s.quote in {"hai nước vẫn hợp tác tốt", "giá xăng sẽ giảm"}]


@pytest.mark.parametrize(
    ("markup", "said"),
    [
        # a verb that names a thing, past a preposition, tells no content
        ("[COUNTRY Ai_Cập] tuyên_bố chủ_quyền với hai hòn đảo ở khu_vực tranh_chấp .", None),
        ("Bà [PER Mai_Lan] đề_cập đến những khó_khăn của ngành .", None),
        # the same verbs with a clause after them are sayings
        ("Ông [PER Trần_Hùng] tuyên_bố cuộc đàm_phán đã kết_thúc .", "cuộc đàm phán đã kết thúc"),
        ("Ông [PER Trần_Hùng] tuyên_bố [COUNTRY Ai_Cập] sẽ tham_gia .", "Ai Cập sẽ tham gia"),
    ],
)
def test_speech_noun_object_is_no_saying(markup, said):
    quotes = [s.quote for s in statements_of(markup)]
    assert quotes == ([said] if said else [])


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # a phrase that starts like a circumstance but opens what is said
        ("Ông [PER Lê_Văn_Lan] cho biết , trên thực_tế giá xăng sẽ giảm .", "Lê_Văn_Lan", "trên thực tế giá xăng sẽ giảm"),
        ("Đại_diện [ORG Bộ Công_Thương] cho biết , về cơ_bản nguồn cung vẫn ổn_định .", "Bộ Công_Thương", "về cơ bản nguồn cung vẫn ổn định"),
        # a word after a body's name that tells which one it is, before the verb
        ("Lãnh_đạo [ORG Đảng Tự_do] đối_lập cho biết , cuộc tuần_hành sẽ kéo_dài .", "Đảng Tự_do", "cuộc tuần hành sẽ kéo dài"),
        ("[ORG Đảng Dân_chủ] ( [ORG DP] ) cầm_quyền tuyên_bố sẽ tăng thuế .", "Đảng Dân_chủ", "sẽ tăng thuế"),
    ],
)
def test_speech_content_opener_and_body_modifier(markup, speaker, quote):
    said = [s for s in statements_of(markup) if s.quote == quote]
    assert [roles_of(s)["agent"] for s in said] == [[speaker]]


@pytest.mark.parametrize(
    "markup",
    [
        # a circumstance is still no content ("cho biết trên trang web", a place where it was said)
        "Ông [PER Lê_Văn_Lan] cho biết trên trang_web của công_ty .",
        # the modifier after a person is no body's
        "Ông [PER Lê_Văn_Lan] đối_lập cho biết , cuộc tuần_hành sẽ kéo_dài .",
    ],
)
def test_speech_content_opener_and_body_modifier_stay_apart(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # a colon, "rằng" or a comma right after the verb opens what was said, even when it starts like a circumstance
        (
            "Báo [AGENCY Thanh_Niên] đưa tin : trước khi khai_mạc hội_chợ , ban tổ_chức đã kiểm_tra các gian hàng .",
            "Thanh_Niên",
            "trước khi khai mạc hội chợ , ban tổ chức đã kiểm tra các gian hàng",
        ),
        (
            "Ông [PER Hoàng_Văn_Lực] nói rằng tại các xã vùng cao , giá phân_bón đã tăng gấp đôi .",
            "Hoàng_Văn_Lực",
            "tại các xã vùng cao , giá phân bón đã tăng gấp đôi",
        ),
        (
            "Bà [PER Đinh_Thị_Thu] cho_biết , về học_phí , nhà_trường sẽ giữ mức cũ .",
            "Đinh_Thị_Thu",
            "về học phí , nhà trường sẽ giữ mức cũ",
        ),
        # without such a mark the circumstance is where or about what the saying was, and nothing said follows
        ("Ông [PER Hoàng_Văn_Lực] phát_biểu tại hội_nghị tổng_kết năm .", None, None),
        ("Bà [PER Đinh_Thị_Thu] cho_biết về kế_hoạch tuyển_sinh của trường .", None, None),
    ],
)
def test_speech_content_opened_by_a_mark_after_the_verb(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # an apposition opened by "một" and a noun of a person, a title or a body
        ("Anh [PER Trịnh_Văn_Khoa] - một tiểu_thương ở chợ nói giá thịt đã tăng .", "Trịnh_Văn_Khoa"),
        (
            "Đại_tá [PER Ngô_Quang_Huy] - Trưởng_phòng [ORG Phòng Cảnh_sát Giao_thông] , một đơn_vị của công_an tỉnh , cho_biết số vụ tai_nạn giảm .",
            "Ngô_Quang_Huy",
        ),
        ("Bà [PER Lý_Thị_Nga] , một Phó_Chủ_tịch [ORG Hội Phụ_nữ] , cho_biết hội sẽ mở lớp mới .", "Lý_Thị_Nga"),
        # a dash sets the person apart from the description that runs up to the verb
        ("Chị [PER Phan_Thị_Yến] – giáo_viên trường làng nói học_sinh đã đi học lại .", "Phan_Thị_Yến"),
        # "một" before what is no noun of a person or body opens no apposition
        ("Anh [PER Trịnh_Văn_Khoa] - một mình bán hàng nói giá thịt đã tăng .", None),
        # the person is the object of a verb: who speaks is not said
        ("Sau khi gặp anh [PER Trịnh_Văn_Khoa] - tiểu_thương ở chợ nói giá thịt đã tăng .", None),
    ],
)
def test_speech_speaker_before_an_indefinite_or_dashed_description(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a name ending in an initial, whose stop ended the sentence, then a dash and a lowercase description
        (
            "Tại trường , chị [PER Trần_Thị_H] . - cô giáo trường tiểu_học cho_biết : học_sinh được ăn trưa miễn_phí .",
            "Trần_Thị_H",
        ),
        (
            "Anh [PER Lê_Văn_K] . – thành_viên đại_diện [ORG Ban phụ_huynh] cho_biết : bữa ăn đã được cải_thiện .",
            "Lê_Văn_K",
        ),
        # a full name before the stop: the sentence after it is a sentence of its own
        ("Tại trường , chị [PER Trần_Thị_Hoa] . - cô giáo trường tiểu_học cho_biết : học_sinh được ăn trưa miễn_phí .", None),
        # a capitalised word after the dash opens no apposition
        (
            "Anh [PER Lê_Văn_K] . - [ORG Ban phụ_huynh] cho_biết : bữa ăn đã được cải_thiện .",
            "Ban phụ_huynh",
        ),
    ],
)
def test_speech_apposition_continued_after_an_initial(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # whom the speaker talks to stands between the speaker and the verb: the speaker is the subject before it
        ("Ông [PER Hà_Minh_Đức] trao_đổi với tờ [AGENCY Tuổi_Trẻ] khẳng_định giá điện sẽ không tăng .", "Hà_Minh_Đức"),
        ("Ông [PER Galvez] trao_đổi với tờ [AGENCY Inquirer] khẳng_định việc mua đã có kế_hoạch .", "Galvez"),
        ("Bà [PER Vũ_Thị_Lan] trả_lời phỏng_vấn đài [AGENCY VOV] cho_biết dự_án sẽ khởi_công .", "Vũ_Thị_Lan"),
        ("[ORG Công_ty Sông_Đà] hôm_qua trò_chuyện với phóng_viên nhấn_mạnh rằng công_trình đúng tiến_độ .", "Công_ty Sông_Đà"),
        # a comma ends the phrase: the name after it is a subject of its own
        ("Ông [PER Hà_Minh_Đức] trả_lời , [AGENCY Tuổi_Trẻ] khẳng_định giá điện sẽ không tăng .", "Tuổi_Trẻ"),
        # the one talked to is named before a fronted phrase: the body after the comma speaks
        ("Sau khi trao_đổi với ông [PER Hà_Minh_Đức] , [ORG Bộ Công_thương] khẳng_định giá điện sẽ không tăng .", "Bộ Công_thương"),
    ],
)
def test_speech_speaker_before_whom_it_talks_to(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # the quotation ends in its own comma, the speaker follows its closing mark
        (
            '" Đội cứu_hộ sẽ làm_việc suốt đêm nay , " ông [PER Trần_Quốc_Bảo] nói với các phóng_viên .',
            "Trần_Quốc_Bảo",
            "Đội cứu hộ sẽ làm việc suốt đêm nay",
        ),
        ("“ Giá lúa năm nay khá cao , ” bà [PER Mai_Thị_Hạnh] cho_biết .", "Mai_Thị_Hạnh", "Giá lúa năm nay khá cao"),
        # neither a comma inside nor one after the closing mark: the quotation is a term the sentence uses
        ("“ Giá lúa năm nay khá cao ” bà [PER Mai_Thị_Hạnh] cho_biết .", None, None),
    ],
)
def test_speech_quotation_closed_by_its_own_comma(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the body after "của" tells whose employee or officer the person in apposition is: the person speaks
        ("Ông [PER Karim_Haddad] , một nhân_viên của [ORG Hội Chữ_thập_đỏ] cho_biết hàng chục người bị_thương .", "Karim_Haddad"),
        ("Bà [PER Ngô_Thị_Vân] , giám_đốc điều_hành của [ORG Công_ty Minh_Phát] nói doanh_thu đã tăng gấp đôi .", "Ngô_Thị_Vân"),
        # what stands between is no description of the person: nobody is said to speak
        ("Ông [PER Karim_Haddad] , bạn của [ORG Hội Chữ_thập_đỏ] cho_biết hàng chục người bị_thương .", None),
        # the person is the object of a verb
        ("Khi gặp ông [PER Karim_Haddad] , một nhân_viên của [ORG Hội Chữ_thập_đỏ] cho_biết hàng chục người bị_thương .", None),
    ],
)
def test_speech_person_in_apposition_with_a_possessed_description(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a title and its body or country, then where the post is held, in apposition to the person
        ("Ông [PER Jan_Dvořák] , Đại_sứ [COUNTRY Séc] tại [COUNTRY Việt_Nam] cho_biết , triển_lãm sẽ mở vào tháng sau .", "Jan_Dvořák"),
        ("Bà [PER Anna_Lee] , Giám_đốc [ORG Intel] tại khu_vực [REGION Đông_Nam_Á] cho_biết nhà_máy sẽ mở_rộng .", "Anna_Lee"),
        # no mark after the person: the title and body are the object of the verb before them
        ("Ông [PER Jan_Dvořák] gặp Đại_sứ [COUNTRY Séc] tại [COUNTRY Việt_Nam] cho_biết , triển_lãm sẽ mở vào tháng sau .", None),
    ],
)
def test_speech_person_in_apposition_with_a_post_held_somewhere(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # a time or place after the verb, set before a clause by a comma, belongs to what is said
        (
            "HLV [PER Đỗ_Văn_Khải] cho_biết trong hiệp hai , cả đội đã chơi thiếu tập_trung .",
            "Đỗ_Văn_Khải",
            "trong hiệp hai , cả đội đã chơi thiếu tập trung",
        ),
        (
            "Tờ [AGENCY Nhật_báo Phương_Nam] đưa tin khi đám cháy bùng lên , nhiều người đã kịp thoát ra .",
            "Nhật_báo Phương_Nam",
            "khi đám cháy bùng lên , nhiều người đã kịp thoát ra",
        ),
        # a topic, or whom one shares with, is no part of what is said
        ("Ông [PER Đỗ_Văn_Khải] chia_sẻ về chuyến đi , trong buổi giao_lưu tối qua .", None, None),
        ("[COUNTRY Lào] chia_sẻ với nhân_dân vùng lũ , trong những ngày khó_khăn này .", None, None),
        # whom the report cites follows the comma: the agency says nothing itself
        ("Hãng tin [AGENCY Xinhua] đưa tin trên trang web , dẫn lời một người hàng_xóm của gia_đình .", None, None),
        # a capitalised adverb after the verb opens a new sentence run on into this one
        ("Thứ_trưởng [PER Đỗ_Văn_Khải] phát_biểu tại hội_nghị Cũng tại đây , các doanh_nghiệp ký hợp_đồng .", None, None),
    ],
)
def test_speech_time_or_place_fronted_in_what_is_said(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a description opening its clause means the one person just named
        (
            "[PER Hồ_Quỳnh_Hương] mang theo những bài_học quý_báu . Bật_mí về quyết_định này , nữ ca_sỹ đất Quảng cho_biết : "
            '" Hương đã quyết_định quay trở_lại " .',
            "Hồ_Quỳnh_Hương",
        ),
        ('[PER Mourinho] rất vui . " Chúng_tôi sẽ thắng " , HLV người Bồ_Đào_Nha nói .', "Mourinho"),
        ("[PER Thu_Phương] hát ca_khúc mới . Nữ ca_sĩ cho_biết cô sẽ đi lưu_diễn ở [COUNTRY Mỹ] .", "Thu_Phương"),
        # a pronoun with a demonstrative means the person named before
        ("Ông [PER Sam_Rainsy] dẫn_đầu cuộc tuần_hành . Ông này cho_biết mục_tiêu là thúc_đẩy cải_cách bầu_cử .", "Sam_Rainsy"),
        ('Chị [PER Heather_Cesarini] đến thăm triển_lãm . Chị ấy nói : " Tôi cảm_thấy rất thú_vị " .', "Heather_Cesarini"),
        # two persons named before: the description means neither
        ('[PER Mourinho] gặp [PER Wenger] . " Chúng_tôi sẽ thắng " , HLV người Bồ_Đào_Nha nói .', None),
        # someone else, or one of many
        ('[PER Hồ_Quỳnh_Hương] hát ca_khúc mới . Một ca_sĩ khác cho_biết : " Tôi đã quyết_định quay trở_lại " .', None),
        ('[PER Hồ_Quỳnh_Hương] hát ca_khúc mới . Nữ ca_sĩ khác cho_biết : " Tôi đã quyết_định quay trở_lại " .', None),
        ("[PER Hồ_Quỳnh_Hương] hát ca_khúc mới . Các ca_sĩ cho_biết họ sẽ đi lưu_diễn ở [COUNTRY Mỹ] .", None),
        # a description that is no subject, or no person named near
        ("[PER Hồ_Quỳnh_Hương] hát . Khán_giả gặp ca_sĩ và cho_biết họ sẽ đi lưu_diễn ở [COUNTRY Mỹ] .", None),
        ("Trời mưa to . Nữ ca_sĩ cho_biết cô sẽ đi lưu_diễn ở [COUNTRY Mỹ] .", None),
        ("[PER Thu_Phương] hát bài của đàn chị chia_sẻ cùng lớp đàn em thân_yêu .", None),
    ],
)
def test_speech_description_or_pronoun_means_the_person_just_named(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # praise, thanks and feelings are no saying
        ("[ORG Chính_phủ] đánh_giá cao những nỗ_lực của [REGION Thanh_Hóa] trong thời_gian qua .", None),
        ("Bà [PER Park_Geun-hye] bày_tỏ cảm_ơn đối_với sự lựa_chọn của [CITY Manila] .", None),
        ("Bộ_trưởng [PER Sommad_Pholsena] bày_tỏ sự thất_vọng khi ông chờ_đợi sự giúp_đỡ .", None),
        # the same verbs telling what is said
        ("[ORG Chính_phủ] đánh_giá [REGION Thanh_Hóa] sẽ tăng_trưởng mạnh trong năm tới .", "Chính_phủ"),
        ("Bà [PER Park_Geun-hye] bày_tỏ hy_vọng rằng hợp_đồng sẽ sớm được ký_kết .", "Park_Geun-hye"),
    ],
)
def test_speech_praise_thanks_and_feelings_say_nothing(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "nested_speaker", "nested_quote"),
    [
        # a saying the quotation itself reports, opened by "rằng", a comma or a colon, ends with the quotation
        (
            '" Ngoại_trưởng [PER Kerry] nói rằng [COUNTRY Mỹ] vẫn coi_trọng vai_trò của nước này " - quan_chức [COUNTRY Mỹ] nói .',
            "Kerry",
            "Mỹ vẫn coi trọng vai trò của nước này",
        ),
        (
            '" [ORG Ủy_ban Tài_chính] cho_rằng , tỷ_lệ bội_chi này chưa phù_hợp với lộ_trình " , ông [PER Hiển] nói .',
            "Ủy_ban Tài_chính",
            "tỷ lệ bội chi này chưa phù hợp với lộ trình",
        ),
        # the quotation's own speaker speaking of the name, or a name that is no subject
        ('" [PER Hương] nói như_vậy không có nghĩa là các bạn không nên tham_gia " , cô [PER Hồ_Quỳnh_Hương] nói .', None, None),
        ('" Đề_nghị [ORG Chính_phủ] đánh_giá đúng hơn mức tăng_trưởng kinh_tế " , ông [PER Hiển] nói .', None, None),
        ('" [ORG Bộ_Xây_dựng] đề_nghị [ORG Chính_phủ] triển_khai giai_đoạn 2 " , bà [PER Chuyền] nói .', None, None),
        # a pronoun inside the quotation
        ('" Tôi nói rằng hai nước sẽ hợp_tác " , ông [PER Peskov] nói .', None, None),
    ],
)
def test_speech_saying_reported_inside_a_quotation(markup, nested_speaker, nested_quote):
    """Beside the quotation's own speaker (named after it), the one named inside it says its part."""
    outer_speaker = re.findall(r"\[(?:PER|COUNTRY) ([^\]]+)\] nói \.$", markup)
    nested = [s for s in statements_of(markup) if roles_of(s)["agent"] != outer_speaker]
    if nested_speaker is None:
        assert nested == []
        return
    (inner,) = nested
    assert roles_of(inner)["agent"] == [nested_speaker]
    assert inner.quote == nested_quote


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        # the one who spoke in the sentence before goes on
        (
            'Ông [PER Tường] cho_biết trường sẽ bị kiểm_điểm . " Chúng_tôi sẽ căn_cứ vào báo_cáo của trường để kỷ_luật " .',
            [["Tường"], ["Tường"]],
        ),
        # the one person who is the subject of the sentence before
        (
            'HLV [PER Mourinho] tỏ ra lạc_quan . " Phía trước là hai trận đấu liên_tiếp trên sân nhà của chúng_tôi " .',
            [["Mourinho"]],
        ),
        (
            'Sau trận đấu , HLV [PER Mourinho] tỏ ra lạc_quan . " Phía trước là hai trận đấu liên_tiếp trên sân nhà " .',
            [["Mourinho"]],
        ),
        # two persons before, a person who is no subject, a speaker after the quotation, a short title
        ('[PER Mourinho] gặp [PER Wenger] . " Phía trước là hai trận đấu liên_tiếp trên sân nhà " .', []),
        ('Sạp thịt của anh [PER Tân] vẫn còn một nửa . " Trời mưa chỉ đắt hàng rau thôi , chứ hàng thịt lại ế " .', []),
        (
            'HLV [PER Mourinho] tỏ ra lạc_quan . " Phía trước là hai trận đấu liên_tiếp trên sân nhà " , [PER Terry] nói .',
            [["Terry"]],
        ),
        ('Ca_sĩ [PER Thu_Phương] lên sân_khấu . " Mùa thu của Phương " .', []),
        # no sentence before
        ('" Phía trước là hai trận đấu liên_tiếp trên sân nhà của chúng_tôi " .', []),
    ],
)
def test_speech_quotation_standing_alone_is_said_by_the_speaker_before(markup, speakers):
    assert [roles_of(s)["agent"] for s in statements_of(markup)] == speakers


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Ông [PER John_Kerry] trả_lời rằng đó là một hệ_thống được kế_thừa .", "John_Kerry"),
        ("Ông [PER John_Kerry] trả_lời : đó là một hệ_thống được kế_thừa .", "John_Kerry"),
        # whom the answer is given to, and no answer told
        ("Ông [PER John_Kerry] trả_lời phóng_viên về vấn_đề do_thám .", None),
        ("Ông [PER John_Kerry] trả_lời phỏng_vấn , sau đó về nước .", None),
    ],
)
def test_speech_reply_tells_what_is_said_after_that_or_a_colon(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "quote"),
    [
        # the appositions describing the source are no part of what is said
        ("Theo ông [PER Trần_Tấn_Lộc] , Phó_tổng_giám_đốc [ORG Ngân_hàng] , con_số này đã tăng so với đầu năm .", "con số này đã tăng so với đầu năm"),
        (
            "Theo bà [PER Tô_Kim_Phượng] , đại_diện [ORG Vụ Quản_lý DN lớn] , [ORG Tổng_cục Thuế] , [ORG VDC] là một trong số những DN được hỗ_trợ .",
            "VDC là một trong số những DN được hỗ trợ",
        ),
        (
            "Theo chị [PER Minh] , chủ sạp rau tại chợ [FAC Nghĩa_Tân] ( [LOC Cầu_Giấy] ) , mặc_dù có tin báo bão nhưng giá rau vẫn không tăng .",
            "mặc dù có tin báo bão nhưng giá rau vẫn không tăng",
        ),
        # what is said may open with a title or a body, and a part with a verb is said
        ("Theo ông [PER Fabius] , Thủ_tướng sẽ đến thăm [COUNTRY Mỹ] , sau đó về nước .", "Thủ tướng sẽ đến thăm Mỹ , sau đó về nước"),
        ("Theo ông [PER Fabius] , giám_đốc các công_ty cho_biết , giá sẽ tăng .", "giám đốc các công ty cho biết , giá sẽ tăng"),
        ("Theo ông [PER Fabius] , [COUNTRY Mỹ] , [COUNTRY Pháp] và [COUNTRY Đức] sẽ hợp_tác .", "Mỹ , Pháp và Đức sẽ hợp tác"),
    ],
)
def test_speech_according_to_person_skips_the_appositions_describing_them(markup, quote):
    (statement,) = statements_of(markup)
    assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a person or body set off by commas right before the verb speaks
        ("Quỹ trao_đổi vàng lớn nhất thế_giới , [ORG SPDR_Gold_Trust] , cho_biết lượng vàng đã tăng .", "SPDR_Gold_Trust"),
        (
            "Trước đó , Giám_đốc [ORG Công_an TP Hà_Nội] , Thiếu_tướng [PER Nguyễn_Đức_Chung] , cho_biết phải tìm được xác nạn_nhân .",
            "Nguyễn_Đức_Chung",
        ),
        ("Bà [PER Thạch_Thị_Nguyên] , hộ kinh_doanh thịt lợn tại chợ [FAC Ngọc_Hà] , cho_biết lượng người mua tăng .", "Thạch_Thị_Nguyên"),
        # a name that is the object of a verb or a preposition, or a place, says nothing
        ("Sau khi gặp ông [PER Putin] , cho_biết hai bên sẽ hợp_tác .", None),
        ("Tại thủ_đô [CITY Hà_Nội] , cho_biết hai bên sẽ hợp_tác .", None),
        ("Theo đề_nghị của [ORG Bộ Y_tế] , cho_biết hai bên sẽ hợp_tác .", None),
    ],
)
def test_speech_subject_set_off_by_commas_before_the_verb(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a title the recogniser keeps as a reference is one more apposition of the person named before it
        (
            "Khi được hỏi , bà [PER Hoa_Xuân_Oánh] - [REF phát_ngôn_viên [ORG Bộ Ngoại_giao Trung_Quốc]] , cho_hay bà không nắm rõ chi_tiết .",
            "Hoa_Xuân_Oánh",
        ),
        (
            "TS [PER Nguyễn_Thanh_Sơn] - [REF Thứ_trưởng [ORG Bộ Ngoại_giao]] - cho_rằng việc giảng_dạy tiếng Việt là trọng_tâm .",
            "Nguyễn_Thanh_Sơn",
        ),
        # with no person named before it, the reference speaks as it did
        ("[REF Thứ_trưởng [ORG Bộ Ngoại_giao]] cho_rằng việc giảng_dạy tiếng Việt là trọng_tâm .", "Thứ_trưởng Bộ Ngoại_giao"),
        # a person who is the object of a verb before the appositions says nothing
        (
            "Sau khi gặp bà [PER Hoa_Xuân_Oánh] - [REF phát_ngôn_viên [ORG Bộ Ngoại_giao Trung_Quốc]] , cho_hay hai bên hợp_tác .",
            None,
        ),
    ],
)
def test_speech_reference_title_is_an_apposition_of_the_person_before(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a speech named by its occasion tells nothing that was said
        ("Nhà_báo [PER Nguyễn_Công_Khế] phát_biểu bế_mạc giải .", None),
        ("Thứ_trưởng [PER Nguyễn_Vinh_Hiển] phát_biểu chỉ_đạo hội_thảo về sách giáo_khoa .", None),
        ("Ông [PER Nguyễn_Thiện_Nhân] phát_biểu khai_mạc hội_nghị tại [CITY Hà_Nội] .", None),
        # a clause after it is what was said
        ("Ông [PER Nguyễn_Thiện_Nhân] phát_biểu rằng hội_nghị đã thành_công tốt_đẹp .", "Nguyễn_Thiện_Nhân"),
        ('Ông [PER Nguyễn_Thiện_Nhân] phát_biểu : " Hội_nghị đã thành_công tốt_đẹp " .', "Nguyễn_Thiện_Nhân"),
    ],
)
def test_speech_speech_named_by_its_occasion_says_nothing(markup, speaker):
    assert_speaker(markup, speaker)


def test_speech_quotation_standing_alone_after_an_agency_report_is_no_saying_of_the_agency():
    markup = (
        'Dòng chữ " Thưa thầy " được tìm thấy trong cuốn sách của cậu bé , [AGENCY CNR] cho hay . '
        '" Em đã lưỡng_lự vài lần khi cố_gắng nhảy khỏi tòa nhà " .'
    )
    assert [roles_of(s)["agent"] for s in statements_of(markup)] == [["CNR"]]


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # a verb of the "speech-colon" frame tells a saying when a colon or "rằng" opens what follows
        (
            "Đại_biểu [PER Nguyễn_Minh_Lâm] ( [REGION Long_An] ) bổ_sung thêm : Danh_hiệu này nên được mở_rộng đối_tượng .",
            "Nguyễn_Minh_Lâm",
            "Danh hiệu này nên được mở rộng đối tượng",
        ),
        ("Đại_biểu [PER Trần_Ngọc_Vinh] băn_khoăn : dự_thảo đã mở_rộng đối_tượng là nông_dân .", "Trần_Ngọc_Vinh", "dự thảo đã mở rộng đối tượng là nông dân"),
        ('Chị [PER Lê_Thị_Cẩm_Thạch] bức_xúc : " Khẩu_phần ăn của con tôi ít quá " .', "Lê_Thị_Cẩm_Thạch", "Khẩu phần ăn của con tôi ít quá"),
        ("Ông [PER Lê_Văn_Nam] lý_giải rằng nợ xấu tăng do cho vay tiêu_dùng .", "Lê_Văn_Nam", "nợ xấu tăng do cho vay tiêu dùng"),
        ("Ông [PER Phạm_Văn_Bình] phân_tích : giá vàng sẽ còn giảm .", "Phạm_Văn_Bình", "giá vàng sẽ còn giảm"),
        # an admission with what was admitted
        ("Tại đây , [PER Nguyễn_Thị_Bích_Hạnh] đã khai_nhận tài_sản trộm_cắp do Hiếu thực_hiện .", "Nguyễn_Thị_Bích_Hạnh", "tài sản trộm cắp do Hiếu thực hiện"),
        # without a colon or "rằng" the verb tells no saying
        ("Ông [PER Nguyễn_Văn_An] bổ_sung nguồn vốn cho dự_án .", None, None),
        ("Bà [PER Trần_Thị_Hoa] bức_xúc vì con bị đánh .", None, None),
        ("Ông [PER Phạm_Văn_Bình] phân_tích số_liệu của năm 2012 .", None, None),
        ("Các đại_biểu đã góp_ý cho dự_thảo của [ORG Bộ Tư_pháp] .", None, None),
        # "như X khai_nhận thì …": what follows "thì" is the writer's, not what X said
        ("Nếu nạn_nhân chết đúng như bác_sĩ [PER Nguyễn_Mạnh_Tường] khai_nhận thì cần xem_xét xử_lý theo luật .", None, None),
    ],
)
def test_speech_verbs_that_speak_before_a_colon(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a person, then appositions closed by a comma or a title, then the verb
        ('" Đây là việc làm đáng xấu_hổ " , ông [PER Nguyễn_Tường] , phó [ORG Phòng GD-ĐT TP Nha_Trang] , nói .', "Nguyễn_Tường"),
        ('" Mọi việc sẽ trở_nên tồi_tệ " , [PER Rob_Rogers] , phó giám_đốc ( [ORG RFS] ) cho_biết .', "Rob_Rogers"),
        ("Ông [PER Phan_Trung_Lý] , Trưởng_ban biên_tập dự_thảo năm 1992 cho_biết , quyền sử_dụng đất là quyền quan_trọng .", "Phan_Trung_Lý"),
        ("[PER Sun_Shihai] , một chuyên_gia về Nam_Á tại [ORG Học_viện Khoa_học Xã_hội] nhận_định , Ấn_Độ đang tăng ảnh_hưởng .", "Sun_Shihai"),
        # a verb between the person and the speech verb: what the person did, no apposition
        ("Bà [PER Phạm_Thị_Vân] , Phó_Tổng_giám_đốc [ORG Viettel] cho_biết dựa trên đề_nghị của các doanh_nghiệp , gói cước sẽ ra sớm .", "Phạm_Thị_Vân"),
        # a new clause about someone else after the comma
        ("Ông [PER Lê_Thanh_Vân] , đại_biểu [ORG Quốc_hội] Với công_đoạn này , anh phải đánh_giá công_khai các công_trình .", None),
    ],
)
def test_speech_speaker_before_appositions(markup, speaker):
    statements = statements_of(markup)
    if speaker is None:
        assert statements == []
        return
    assert {roles_of(s)["agent"][0] for s in statements} == {speaker}


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Giới_chức [COUNTRY Mỹ] nói Washington và Riyadh có những mục_tiêu chung .", "Mỹ"),
        ("Các quan_chức [COUNTRY Mỹ] cho_biết cuộc tập_trận có vẻ bất_thường .", "Mỹ"),
        ("Một quan_chức [COUNTRY Israel] giấu_tên cho_rằng [COUNTRY Israel] thực_sự tiến_hành cuộc tấn_công .", "Israel"),
        ('một quan_chức chính_quyền [COUNTRY Hàn_Quốc] khác nhận_xét : " Philippines đang có tranh_chấp " .', "Hàn_Quốc"),
        ("Một quan_chức chính_phủ [COUNTRY Mỹ] nói vụ oanh_tạc diễn ra vào giữa đêm .", "Mỹ"),
        ('" Đó là lý_do Trung_Quốc phản_đối hợp_đồng " , quan_chức chính_phủ [COUNTRY Hàn_Quốc] cho_biết .', "Hàn_Quốc"),
        ("Một quan_chức [ORG Bộ Quốc_phòng] cấp_cao cho_biết cuộc tập_trận sẽ kéo_dài ba ngày .", "Bộ Quốc_phòng"),
        ("Theo giới_chức [COUNTRY Ấn_Độ] , các vụ đấu_súng bùng_phát từ sáng qua .", "Ấn_Độ"),
        # thanks and praise tell nothing said
        ("Giới_chức [COUNTRY Mỹ] cảm_ơn [COUNTRY Nhật_Bản] vì sự giúp_đỡ .", None),
        ("Quan_chức [COUNTRY Mỹ] khen_ngợi nỗ_lực của [COUNTRY Nhật_Bản] .", None),
        # an unnamed employee, teacher or member voices a view of their own, not the body's
        ("Một nhân_viên [ORG Viettel] giấu_tên cho_biết giá cước không tăng .", None),
        ("Một giáo_viên [ORG trường Tân_Lập] khác cho_biết học_sinh đã về nhà .", None),
        # "khác" after a country not following an official's noun: other countries, not the country
        ("Các nước [COUNTRY Mỹ] khác cho_biết họ sẽ tham_gia .", None),
        # an agency citing an unnamed official gives no statement
        ("[AGENCY AFP] dẫn một quan_chức giấu_tên cho_biết vụ nổ xảy ra lúc 8 giờ .", None),
    ],
)
def test_speech_unnamed_official_speaks_for_body(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the place a body stands in, set off by commas after its name: the body speaks
        ("[ORG Cơ_quan Công_an quận 9] , [CITY TP.HCM] yêu_cầu Hùng sớm ra đầu_thú .", "Cơ_quan Công_an quận 9"),
        ("Ngày 1/11 , [ORG cơ_quan CSĐT công_an quận 9] , [CITY TP.HCM] , cho_biết đã khởi_tố vụ án .", "cơ_quan CSĐT công_an quận 9"),
        ("Đại_diện [ORG Sở Y_tế] , [CITY Hà_Nội] cho_biết đã có 3 ca mắc .", "Sở Y_tế"),
        # a person described by the body keeps the word
        ("Ông [PER Lê_Văn_Nam] , Giám_đốc [ORG Công_an quận 9] , [CITY TP.HCM] cho_biết đã khởi_tố vụ án .", "Lê_Văn_Nam"),
        # an outlet or a source opening the clause before its comma is not the subject
        ("Cũng theo tờ [AGENCY Yomiuri_Shimbun] , [COUNTRY Hàn_Quốc] tuyên_bố rằng nước này không chấp_nhận .", "Hàn_Quốc"),
        ("Theo [ORG Bộ Y_tế] , [CITY Hà_Nội] cho_biết đã có 3 ca mắc .", "Hà_Nội"),
        # two places: no body before them
        ("Các tỉnh [REGION Long_An] , [REGION Tiền_Giang] cho_biết đã khởi_tố vụ án .", None),
    ],
)
def test_speech_body_named_with_its_place_speaks(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a person writes what a quotation before or a colon after gives
        ('" Chắc_chắn đây là trận động_đất tồi_tệ nhất " - [PER Lola_Dodge] viết trên Twitter .', "Lola_Dodge"),
        ('[PER Elga_Reyes] , một người dùng Twitter khác , viết : " Ôi trời ơi , nhà rung quá ! "', "Elga_Reyes"),
        ('[PER Hồ_Quỳnh_Hương] viết : " Hương đã quyết_định quay trở_lại " .', "Hồ_Quỳnh_Hương"),
        # an outlet or a body writing keeps its reading
        ('" Tổng_thống vui_vẻ nhận_lời " , [AGENCY KCNA] viết .', "KCNA"),
        # writing a work, or a work written by someone, tells nothing said
        ("Nhạc_sĩ [PER Phú_Quang] viết ca_khúc này năm 1990 .", None),
        ('" Hà_Nội mùa thu và những con đường " , bài hát do [PER Phú_Quang] viết .', None),
        ('Bài thơ có tựa_đề " Ngợi_ca Osama nhiều lỗi " được [PER Lewthwaite] viết ngay sau khi trùm khủng_bố bị tiêu_diệt .', None),
        ("Ông [PER Lê_Văn_Nam] viết thư cho [ORG Bộ Y_tế] về vụ_việc .", None),
    ],
)
def test_speech_person_writes_a_quotation(markup, speaker):
    assert_speaker(markup, speaker)


def test_speech_person_writing_is_no_reporter():
    statement = assert_speaker('[PER Hồ_Quỳnh_Hương] viết : " Hương đã quyết_định quay trở_lại " .', "Hồ_Quỳnh_Hương")
    assert "reportedBy" not in roles_of(statement)


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        # the one asked or ordered to act is told what to do: its verb of saying is no saying of its own
        ("[ORG Bộ Y_tế] đề_nghị [ORG UBND tỉnh Nam_Định] chỉ_đạo các sở kiểm_tra ngay .", [["Bộ Y_tế"]]),
        ("Ông [PER Lê_Minh] yêu_cầu [ORG Sở Công_thương] báo_cáo tình_hình trước ngày 30 .", [["Lê_Minh"]]),
        ("Thủ_tướng giao [ORG Bộ Tài_chính] công_bố số_liệu .", []),
        # told by someone else, the body's directive is its own
        ("[ORG Bộ Y_tế] cho_biết , [ORG UBND tỉnh Nam_Định] đã chỉ_đạo các sở kiểm_tra ngay .", [["Bộ Y_tế"], ["UBND tỉnh Nam_Định"]]),
    ],
)
def test_speech_one_asked_to_act_says_nothing(markup, speakers):
    assert [roles_of(s)["agent"] for s in statements_of(markup)] == speakers


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        # a decision or results announced name a thing, nothing said
        ("[ORG Sở Tư_pháp] công_bố quyết_định xử_phạt 12 cơ_sở kinh_doanh .", []),
        ("[ORG Công_ty Cổ_phần Bia Sài_Gòn] thông_báo kết_quả kinh_doanh quý 3 .", []),
        # what the announcement says, told after it, is a saying
        ("[ORG Sở Tư_pháp] thông_báo rằng 12 cơ_sở đã bị xử_phạt .", [["Sở Tư_pháp"]]),
        ("[ORG Sở Tư_pháp] thông_báo , 12 cơ_sở đã bị xử_phạt .", [["Sở Tư_pháp"]]),
    ],
)
def test_speech_announcing_a_decision_or_results_says_nothing(markup, speakers):
    assert [roles_of(s)["agent"] for s in statements_of(markup)] == speakers


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the quotation first, then the speaker named with a trade the recogniser left out of the name
        ('" Tôi đã làm nghề này được năm năm " , nhà sưu_tập [PER Lê_Minh] cho_biết .', "Lê_Minh"),
        ('" Hợp_đồng đã được ký đúng luật " , luật_sư [PER Trần_An] nói .', "Trần_An"),
        ('" Album mới sẽ ra_mắt vào tháng sau " , ca_sĩ [PER Mỹ_Linh] chia_sẻ .', "Mỹ_Linh"),
        # a trade with no name is no speaker
        ('" Hợp_đồng đã được ký đúng luật " , một luật_sư nói .', None),
    ],
)
def test_speech_quotation_then_speaker_named_with_a_trade(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        # a feeling shown, with nothing said
        ("Ông [PER Lê_Minh] bày_tỏ vui_mừng được đón_tiếp đoàn .", []),
        ("Bà [PER Trần_Thu] bày_tỏ hài_lòng trước kết_quả của đội .", []),
        # a belief or hope shown tells what is believed
        ("Ông [PER Lê_Minh] bày_tỏ tin_tưởng rằng quan_hệ hai nước sẽ phát_triển .", [["Lê_Minh"]]),
        # said jokingly is still said
        ("[PER Trần_An] nói vui rằng anh đã được ghi_nhận .", [["Trần_An"]]),
    ],
)
def test_speech_feeling_shown_says_nothing(markup, speakers):
    assert [roles_of(s)["agent"] for s in statements_of(markup)] == speakers


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # "vị" before a title or a description, and "này" after it, refer back to the one named before
        ("[PER Bộ_trưởng Ngoại_giao [COUNTRY Nga]|Sergei_Lavrov] đến [CITY Hà_Nội] . Vị ngoại_trưởng này nói rằng hai nước sẽ hợp_tác .", "Sergei_Lavrov"),
        ("[PER Bộ_trưởng Ngoại_giao [COUNTRY Nga]|Sergei_Lavrov] đến [CITY Hà_Nội] . Vị Bộ_trưởng nói rằng hai nước sẽ hợp_tác .", "Sergei_Lavrov"),
        ("HLV [PER Alex_Ferguson] ra_mắt cuốn tự_truyện . Vị HLV này tiết_lộ , ông từng muốn mua [PER Ozil] .", "Alex_Ferguson"),
        # two persons named before as subjects: "vị HLV này" is neither surely
        ("HLV [PER Alex_Ferguson] và HLV [PER David_Moyes] dự họp_báo . Vị HLV này tiết_lộ , ông từng muốn mua cầu_thủ .", None),
    ],
)
def test_speech_title_or_description_after_vi_refers_back(markup, speaker):
    assert_speaker(markup, speaker)
