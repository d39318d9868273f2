"""Statements of a body named with the place it sits in, or by an unnamed official within it."""

from __future__ import annotations

import pytest

from test_relations_markup import roles_of
from test_speech import assert_speaker, statements_of


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[ORG Đại_sứ_quán Mỹ] tại [CITY Hà_Nội] cho_biết các công_dân Mỹ đều an_toàn .", "Đại_sứ_quán Mỹ"),
        ("[ORG Lãnh_sự_quán Pháp] ở [CITY Đà_Nẵng] , cho_biết hai du_khách đã được đưa về nước .", "Lãnh_sự_quán Pháp"),
        ("Hôm_qua , [ORG Văn_phòng Liên_hợp_quốc] tại [CITY Hà_Nội] thông_báo rằng dự_án sẽ kéo_dài thêm một năm .", "Văn_phòng Liên_hợp_quốc"),
        # the body is the object of a verb or a preposition, or no body stands before the place: nobody named speaks
        ("Một nhân_viên làm_việc cho [ORG Đại_sứ_quán Mỹ] tại [CITY Hà_Nội] cho_biết anh đã nghỉ việc .", None),
        ("Khách_hàng của [ORG Vietcombank] tại [CITY Hà_Nội] cho_biết họ phải chờ rất lâu .", None),
        ("Người dân tại [CITY Hà_Nội] cho_biết giá rau đã tăng mạnh .", None),
        # an unnamed official of the body speaks as a person, not for it (docs/annotation.md)
        ("Một quan_chức [ORG Đại_sứ_quán Nhật] tại [CITY Hà_Nội] cho_biết hai người đã được đưa về nước .", None),
    ],
)
def test_speech_body_named_with_its_place_speaks(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Một quan_chức giấu tên trong [ORG Chính_phủ Úc] cho_rằng : thỏa_thuận thương_mại sẽ được gia_hạn .", "Chính_phủ Úc"),
        ("Một quan_chức giấu tên của [ORG Bộ_Quốc_phòng Mỹ] cho_biết cuộc tập_trận sẽ diễn ra vào tháng tới .", "Bộ_Quốc_phòng Mỹ"),
        ("Trong khi đó , một quan_chức cấp cao trong [ORG Nhà_Trắng] cho_biết Tổng_thống sẽ không tham_dự .", "Nhà_Trắng"),
        ("Một quan_chức thuộc [ORG Bộ_Quốc_phòng] cho_biết các binh_sĩ đã được rút về .", "Bộ_Quốc_phòng"),
        # not one who speaks for the body, or the official only qualifies who speaks
        ("Một nhân_viên trong [ORG Bộ_Tài_chính] cho_biết cô đã bị sa_thải .", None),
        ("Nhiều người trong [ORG Quốc_hội] cho_rằng dự_luật cần sửa_đổi .", None),
        ("Con trai một quan_chức trong [ORG Chính_phủ Thái_Lan] cho_biết anh sẽ du_học .", None),
        ("Trong [ORG Quốc_hội] , các đại_biểu cho_rằng dự_luật cần sửa_đổi .", None),
    ],
)
def test_speech_unnamed_official_within_a_body_gives_the_body(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        # degrees written before the name, beyond the one kept as its prefix
        ("Theo GS [PER TS|Phạm_Văn_Bình] , tỷ_lệ mắc bệnh đang giảm dần .", "Phạm_Văn_Bình", "tỷ lệ mắc bệnh đang giảm dần"),
        ("Theo GS TS [PER Phạm_Văn_Bình] , tỷ_lệ mắc bệnh đang giảm dần .", "Phạm_Văn_Bình", "tỷ lệ mắc bệnh đang giảm dần"),
        ("Theo PGS [PER TS|Trần_Thu_Hà] , Trưởng khoa Nhi , trẻ_em cần được tiêm_phòng sớm .", "Trần_Thu_Hà", "trẻ em cần được tiêm phòng sớm"),
        # a source closing the sentence after a quotation, after a dash, or described by an apposition to the end
        ('" Lãi_suất sẽ còn giảm trong quý tới " , theo [PER Nguyễn_Minh_Tuấn] .', "Nguyễn_Minh_Tuấn", "Lãi suất sẽ còn giảm trong quý tới"),
        ('" Lãi_suất sẽ còn giảm trong quý tới " - theo [PER Nguyễn_Minh_Tuấn] , giám_đốc [ORG Công_ty Alpha] .', "Nguyễn_Minh_Tuấn", "Lãi suất sẽ còn giảm trong quý tới"),
        ("Lãi_suất sẽ còn giảm trong quý tới , theo [PER Nguyễn_Minh_Tuấn] , giám_đốc [ORG Công_ty Alpha] .", "Nguyễn_Minh_Tuấn", "Lãi suất sẽ còn giảm trong quý tới"),
        # not a source: "theo" after a dash that closes no quotation, or a common noun before the name
        ("Đội chơi tốt trong hiệp hai - theo HLV [PER Lê_Hoàng_Nam] và các trợ_lý .", None, None),
        ("Theo người_nhà [PER TS|Phạm_Văn_Bình] , ông đã nhập_viện từ tuần trước .", None, None),
    ],
)
def test_speech_source_with_degrees_or_closing_the_sentence(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # "ủy_ban này": the body named last whose name opens with the same noun, else the body named last
        ("[ORG Ủy_ban Kinh_tế] đánh_giá cao nỗ_lực của [ORG Chính_phủ] . Tuy_nhiên , ủy_ban này nhận_thấy chi ngân_sách vẫn tăng mạnh .", "Ủy_ban Kinh_tế"),
        ("[ORG Công_ty Alpha] ký hợp_đồng với [ORG Ngân_hàng Beta] . Công_ty này cho_biết dự_án sẽ khởi_công trong tháng tới .", "Công_ty Alpha"),
        ("[ORG Công_ty Alpha] ký hợp_đồng với [ORG Viettel] . Đơn_vị này cho_biết dự_án sẽ khởi_công trong tháng tới .", "Viettel"),
    ],
)
def test_speech_body_told_by_noun_and_demonstrative(markup, speaker):
    assert_speaker(markup, speaker)


def test_speech_one_who_speaks_for_a_body_told_by_noun_and_demonstrative_goes_on_for_the_body():
    # "cho_biết thêm" after another's saying: the body the phrase names speaks, not the speaker before
    markup = (
        '" Chúng_tôi mở_rộng chương_trình " , bà [PER Lê_Thị_Vân] , phó tổng_giám_đốc [ORG Công_ty Alpha] , chia_sẻ . '
        "Đại_diện đơn_vị này cho_biết thêm , chương_trình đã giúp hàng nghìn người nghèo ."
    )
    assert [roles_of(s)["agent"] for s in statements_of(markup)] == [["Lê_Thị_Vân"], ["Công_ty Alpha"]]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # an officer told by a post and its country only speaks for the country, unless the article names the holder
        ("[REF Bộ_trưởng Ngoại_giao [COUNTRY Na_Uy]] cho_biết viện_trợ sẽ được chuyển qua Hội chữ_thập đỏ .", "Na_Uy"),
        ('" Chúng_tôi sẵn_sàng đối_thoại " , [REF Thủ_tướng [COUNTRY Nhật_Bản]] nói .', "Nhật_Bản"),
        (
            "[PER Bộ_trưởng Ngoại_giao [COUNTRY Na_Uy]|Espen_Eide] đã tới [CITY Manila] . "
            "[REF Bộ_trưởng Ngoại_giao [COUNTRY Na_Uy]] cho_biết viện_trợ sẽ được chuyển qua Hội chữ_thập đỏ .",
            "Espen_Eide",
        ),
        # two places in the post, or no post: the reference stays as it is
        ("[REF Đại_sứ [COUNTRY Mỹ] tại [COUNTRY Lào]] cho_biết các công_dân đều an_toàn .", "Đại_sứ Mỹ tại Lào"),
    ],
)
def test_speech_unnamed_officer_speaks_for_the_country(markup, speaker):
    said = [s for s in statements_of(markup) if s.quote.startswith(("viện", "Chúng", "các"))]
    assert [r.mention.text for r in said[0].roles if r.role == "agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a post after a person's name describes that person, who speaks
        ("Thiếu_tướng [PER Trần_Văn_Hòa] - [REF Thứ_trưởng Quốc_phòng [COUNTRY Lào]] cho_biết hai bên sẽ tăng_cường hợp_tác .", "Trần_Văn_Hòa"),
        ("Ông [PER Trần_Văn_Hòa] , [REF Đại_sứ [COUNTRY Lào]] cho_biết hai bên sẽ tăng_cường hợp_tác .", "Trần_Văn_Hòa"),
    ],
)
def test_speech_post_after_a_person_is_the_person(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # what a body gave out (a notice, a letter, an official dispatch) says what the body says
        ("Thông_báo của [ORG Bộ_Quốc_phòng Séc] cho_biết , hai binh_sĩ đã bị thương nhẹ .", "Bộ_Quốc_phòng Séc"),
        ("Theo công_văn của [ORG Bộ_Tài_chính] , thuế nhập_khẩu sẽ giảm từ tháng sau .", "Bộ_Tài_chính"),
        ("Lá thư từ [ORG Nhà_Trắng] khẳng_định Tổng_thống sẽ không tham_dự .", "Nhà_Trắng"),
        # the document is the object of a verb: nobody speaks
        ("Ông [PER Lê_Văn_An] đã đọc thông_báo của [ORG Bộ_Y_tế] cho các phóng_viên .", None),
        ("Người dân nhận được thư của [ORG Ủy_ban Nhân_dân] , cho_biết họ sẽ được đền_bù .", None),
        ("[ORG Bộ_Xây_dựng] nhận được văn_bản của [ORG Sở_Xây_dựng] báo_cáo sơ_bộ thiệt_hại sau bão .", None),
    ],
)
def test_speech_document_of_a_body_speaks_for_it(markup, speaker):
    assert_speaker(markup, speaker)
