"""Statements need a speaker who says a clause: passives, topics, cited sources,
questions and a place after an outlet give none, or give the outlet."""

from __future__ import annotations

import pytest

from test_relations_markup import roles_of
from test_speech import statements_of


@pytest.mark.parametrize(
    "markup",
    [
        # a passive: the plan is announced, the body says nothing
        "Kế_hoạch tăng giá đã được [ORG Bộ Công_thương] công_bố từ tuần trước .",
        "Dự_án mới bị [ORG Sở Xây_dựng] bác_bỏ hôm_qua .",
        # a saying named as a fact another clause talks about
        "Quốc_hội vẫn họp bất_chấp việc ông [PER Lê_Minh_Tuấn] yêu_cầu các đại_biểu tẩy_chay phiên họp .",
        # only a topic after the verb
        "Bà [PER Trần_Thị_Hoa] cho_biết về chính_sách hỗ_trợ nông_dân tại hội_nghị .",
        "Ông [PER Lê_Minh_Tuấn] chia_sẻ về kinh_nghiệm làm nông , trong buổi gặp_gỡ .",
        # an agency citing an unnamed source says nothing itself
        "Hãng tin [AGENCY Reuters] dẫn nguồn tin từ một quan_chức cho_biết , hai bên đã ký thỏa_thuận .",
        # a question
        "Vậy [ORG Hội Nông_dân] đã kiến_nghị đưa nội_dung này vào chương_trình ?",
        "Liệu bà [PER Trần_Thị_Hoa] có nói rằng giá sẽ tăng ?",
        # the possessor of a document is not its speaker
        "Trong hồi_ký của ông [PER Lê_Minh_Tuấn] đã nêu nhiều câu_chuyện cảm_động .",
    ],
)
def test_speech_no_statement_without_a_clause_said(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # content after the topic and a colon or "rằng" is still said
        ("Bà [PER Trần_Thị_Hoa] cho_biết về chính_sách : nông_dân sẽ được hỗ_trợ thêm .", "Trần_Thị_Hoa"),
        ("Ông [PER Lê_Minh_Tuấn] nói về giá rằng giá lúa sẽ tăng mạnh .", "Lê_Minh_Tuấn"),
        # an active speaker is unaffected
        ("[ORG Bộ Công_thương] công_bố giá xăng sẽ giảm từ ngày mai .", "Bộ Công_thương"),
    ],
)
def test_speech_topic_or_active_speaker_with_a_clause(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # an outlet opening the sentence, then its country: the outlet speaks
        ("Tờ [AGENCY Nhân_Dân_Nhật_Báo] , [COUNTRY Trung_Quốc] cho_biết , chính_quyền đang điều_tra vụ_việc .", "Nhân_Dân_Nhật_Báo"),
        ("Báo [AGENCY Bangkok_Post] , [COUNTRY Thái_Lan] đưa tin lũ đã rút ở nhiều tỉnh .", "Bangkok_Post"),
        # "Theo tờ X , Y tuyên_bố": Y speaks, X reports
        ("Theo tờ [AGENCY Asahi] , [COUNTRY Hàn_Quốc] tuyên_bố rằng nước này sẽ không nhượng_bộ .", "Hàn_Quốc"),
        # a country opening the sentence speaks for itself
        ("[COUNTRY Trung_Quốc] cho_biết , chính_quyền đang điều_tra vụ_việc .", "Trung_Quốc"),
    ],
)
def test_speech_outlet_before_its_country(markup, speaker):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # one who leads or stands for a body, unnamed: the body speaks
        ("Lãnh_đạo [ORG Sở Y_tế] cho_biết , bệnh_viện sẽ mở thêm khoa mới .", "Sở Y_tế"),
        ("Phía [COUNTRY Lào] cũng khẳng_định sẽ hợp_tác chặt_chẽ hơn .", "Lào"),
        ("Theo lãnh_đạo [ORG Công_ty Hòa_Phát] , sản_lượng thép tăng mạnh .", "Công_ty Hòa_Phát"),
        # the leader the article named before with a title at that body speaks
        (
            "Giám_đốc [ORG Sở Y_tế] [PER Trần_Văn_Bình] dự họp . Lãnh_đạo [ORG Sở Y_tế] cho_biết , bệnh_viện sẽ mở thêm khoa mới .",
            "Trần_Văn_Bình",
        ),
        (
            "Giám_đốc [ORG Sở Y_tế] [PER Trần_Văn_Bình] dự họp . Theo lãnh_đạo [ORG Sở Y_tế] , bệnh_viện sẽ mở thêm khoa mới .",
            "Trần_Văn_Bình",
        ),
        # two officers of the body named before: nobody to choose, the body speaks
        (
            "Giám_đốc [ORG Sở Y_tế] [PER Trần_Văn_Bình] và Phó_Giám_đốc [ORG Sở Y_tế] [PER Lê_Thị_Hạnh] dự họp . "
            "Lãnh_đạo [ORG Sở Y_tế] cho_biết , bệnh_viện sẽ mở thêm khoa mới .",
            "Sở Y_tế",
        ),
        # what a source disclosed
        ("Theo tiết_lộ của tờ [AGENCY Nikkei] , hợp_đồng trị_giá hai tỷ USD .", "Nikkei"),
    ],
)
def test_speech_leader_or_side_of_a_body(markup, speaker):
    found = [s for s in statements_of(markup)]
    assert found, markup
    assert roles_of(found[-1])["agent"] == [speaker]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Tin từ [ORG Trung_tâm Dự_báo] cho_biết , mưa lớn sẽ kéo_dài ba ngày .", "Trung_tâm Dự_báo"),
        ("Thông_tin từ [ORG Bộ Công_an] cho_biết hai nghi_phạm đã bị bắt .", "Bộ Công_an"),
        # "từ" after no noun of information: the body is where something comes from
        ("Hàng từ [ORG Công_ty An_Phát] cho_biết là hàng mới .", None),
    ],
)
def test_speech_what_a_body_gave_out_is_its_saying(markup, speaker):
    found = statements_of(markup)
    if speaker is None:
        assert found == []
    else:
        assert [roles_of(s)["agent"] for s in found] == [[speaker]]


@pytest.mark.parametrize(
    ("markup", "speaker", "reported_by"),
    [
        # an agency quotes a person named last in the sentence, with a title and its body
        (
            '" Chúng_tôi sẽ mở thêm mười đường bay mới " , [AGENCY Bloomberg] dẫn lời Tổng_giám_đốc [ORG Vietjet] [PER Lưu_Đức_Khánh] .',
            "Lưu_Đức_Khánh",
            "Bloomberg",
        ),
        ('" Giá dầu sẽ còn giảm trong quý tới " , [AGENCY Reuters] dẫn lời ông [PER Ahmed_Khalil] .', "Ahmed_Khalil", "Reuters"),
        # a person after a title and apposition, then where, then the verb
        (
            '" Hai bên là đối_tác lâu_dài và sẽ còn hợp_tác " , [PER Mark_Lee] - Giám_đốc của [ORG Boeing] - tại khu_vực [REGION Đông_Nam_Á] cho_biết .',
            "Mark_Lee",
            None,
        ),
    ],
)
def test_speech_speaker_named_after_the_quotation(markup, speaker, reported_by):
    (statement,) = statements_of(markup)
    roles = roles_of(statement)
    assert roles["agent"] == [speaker]
    assert roles.get("reportedBy", [None]) == [reported_by]


@pytest.mark.parametrize(
    "markup",
    [
        # the person quoted is followed by more than the end of the sentence: not the bare quoting form
        '" Giá dầu sẽ còn giảm " , [AGENCY Reuters] dẫn lời ông [PER Ahmed_Khalil] trong buổi họp báo hôm_qua .',
        # no quotation before the agency
        "[AGENCY Reuters] dẫn lời ông [PER Ahmed_Khalil] .",
    ],
)
def test_speech_no_saying_quoted_without_a_quotation_or_a_sentence_end(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        # two sources joined by "và" say it together
        ("Theo [ORG Ngân_hàng Thế_giới] và [ORG Quỹ Tiền_tệ Quốc_tế] , kinh_tế Lào sẽ tăng_trưởng bảy phần_trăm .", ["Ngân_hàng Thế_giới", "Quỹ Tiền_tệ Quốc_tế"]),
        # a person with an apposition up to the comma
        ("Theo bà [PER Trần_Thị_Mai] - Giám_đốc [ORG Quỹ Nhi_đồng] ( UNICEF ) , trẻ_em vùng cao cần thêm hỗ_trợ .", ["Trần_Thị_Mai"]),
        # a body named after the source without an apposition mark ends the reading
        ("Theo ông [PER Trần_Văn_Hải] tại [ORG Bộ Tài_chính] , thu ngân_sách sẽ giảm .", ["Trần_Văn_Hải"]),
    ],
)
def test_speech_according_to_joined_or_apposed_sources(markup, speakers):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == speakers


@pytest.mark.parametrize(
    "markup",
    [
        # the paper of a body or country speaks, past quote marks or a bracketed name
        'Tờ " [AGENCY Thanh_Niên] " của [ORG Hội Liên_hiệp Thanh_niên] cho_biết : lễ_hội sẽ kéo_dài ba ngày .',
        "Nhật_báo Buổi_sáng ( [AGENCY Asahi] ) của [COUNTRY Nhật_Bản] đưa tin : hai nước đã ký hiệp_định mới .",
    ],
)
def test_speech_paper_of_a_body_speaks_past_marks(markup):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] in (["Thanh_Niên"], ["Asahi"])


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a two-word speech verb written around whom it tells
        ("Người phát_ngôn [ORG Bộ Tài_chính] ( không nêu tên ) cho [AGENCY AFP] biết ngân_sách sẽ được điều_chỉnh .", "Bộ Tài_chính"),
        ("Ông [PER Lê_Văn_Hùng] cho [AGENCY VnExpress] hay , giá điện sẽ tăng từ tháng sau .", "Lê_Văn_Hùng"),
        # "cho X biết" with no speaker before it tells no saying
        ("Mẹ cho [PER Lan] biết bí_mật của gia_đình .", None),
    ],
)
def test_speech_verb_split_around_whom_it_tells(markup, speaker):
    found = statements_of(markup)
    if speaker is None:
        assert found == []
    else:
        assert [roles_of(s)["agent"] for s in found] == [[speaker]]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a nominal speaker that speaks for the body inside it
        ("[REF Người_phát_ngôn [ORG Bộ Tài_chính]] cho_biết ngân_sách sẽ được điều_chỉnh .", "Bộ Tài_chính"),
        ("[REF Lãnh_đạo [ORG Sở Y_tế]] cho_biết , bệnh_viện sẽ mở thêm khoa mới .", "Sở Y_tế"),
        # the leader the article gave a title at the body before
        (
            "Giám_đốc [ORG Sở Y_tế] [PER Trần_Văn_Bình] dự họp . [REF Lãnh_đạo [ORG Sở Y_tế]] cho_biết , bệnh_viện sẽ mở thêm khoa mới .",
            "Trần_Văn_Bình",
        ),
    ],
)
def test_speech_nominal_speaker_for_a_body(markup, speaker):
    found = statements_of(markup)
    assert [roles_of(s)["agent"] for s in found][-1:] == [[speaker]]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the person the article titled with the same role at the body speaks
        (
            "[PER Phát_ngôn_viên [ORG Bộ Ngoại_giao]|Lê_Thị_Thu_Hằng] dự họp_báo . [REF Người_phát_ngôn [ORG Bộ Ngoại_giao]] cho_biết hai nước sẽ ký hiệp_định .",
            "Lê_Thị_Thu_Hằng",
        ),
        # a person with another role at the body is not the spokesperson
        (
            "[PER Bộ_trưởng [ORG Bộ Ngoại_giao]|Bùi_Thanh_Sơn] dự họp_báo . [REF Người_phát_ngôn [ORG Bộ Ngoại_giao]] cho_biết hai nước sẽ ký hiệp_định .",
            "Bộ Ngoại_giao",
        ),
    ],
)
def test_speech_nominal_speaker_named_elsewhere(markup, speaker):
    found = statements_of(markup)
    assert [roles_of(s)["agent"] for s in found][-1:] == [[speaker]]
