"""Visits told by an inspecting verb ("X kiểm_tra Bệnh_viện Y", "đoàn kiểm_tra thuộc Sở X kiểm_tra …
của Trường Y", "X kiểm_tra công_trình tại tỉnh Z"), visits told as the occasion of the clause after them
("Nhân_dịp thăm Z , X …"), a working session "có cuộc làm_việc với", and an invitation by letter."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article, EventType
from test_events_gone_to_act import events


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an official inspects a named body: the body is the host
        ("Bộ_trưởng [PER Lê_Thị_Hoa] đã kiểm_tra [ORG Bệnh_viện Nhi Trung_ương] .", [({"Lê_Thị_Hoa", "Bệnh_viện Nhi Trung_ương"}, None)]),
        ("Bộ_trưởng [PER Lê_Thị_Hoa] đã đến kiểm_tra [ORG Bệnh_viện Nhi Trung_ương] .", [({"Lê_Thị_Hoa", "Bệnh_viện Nhi Trung_ương"}, None)]),
        # what is inspected belongs to the body
        (
            "Đoàn kiểm_tra thuộc [ORG Phòng Giáo_dục Nam_Sơn] đã bất_ngờ kiểm_tra bếp_ăn bán_trú của [ORG Trường tiểu_học Hòa_Bình] .",
            [({"Phòng Giáo_dục Nam_Sơn", "Trường tiểu_học Hòa_Bình"}, None)],
        ),
        (
            "Đoàn kiểm_tra của [ORG Sở Y_tế Bắc_Hà] đã kiểm_tra [ORG Bệnh_viện Đa_khoa Tây_Sơn] .",
            [({"Sở Y_tế Bắc_Hà", "Bệnh_viện Đa_khoa Tây_Sơn"}, None)],
        ),
        # what a body does, inspected: an audit, no visit
        ("[ORG Ngân_hàng Nhà_nước] đã kiểm_tra hoạt_động của [ORG Ngân_hàng Đông_Á] .", []),
        ("[ORG Bộ Tài_chính] đang kiểm_tra việc niêm_yết của [ORG Công_ty Hưng_Long] .", []),
        # what is inspected stands in a named place: the place is where the visit goes
        ("Phó Thủ_tướng [PER Trần_Văn_Bình] kiểm_tra công_trình tại tỉnh [REGION Quảng_Yên] .", [({"Trần_Văn_Bình"}, "Quảng_Yên")]),
        (
            "Ông [PER Trần_Văn_Bình] đã kiểm_tra công_tác phòng_chống lụt_bão tại [REGION Quảng_Yên] .",
            [({"Trần_Văn_Bình"}, "Quảng_Yên")],
        ),
        # a check one undergoes is no visit
        ("Tiền_đạo [PER Hà_Minh] đã kiểm_tra sức_khỏe tại [ORG Bệnh_viện Hồng_Phúc] .", []),
        # nothing named inspected, or too far from the verb
        ("Bộ_trưởng [PER Lê_Thị_Hoa] đã kiểm_tra hồ_sơ .", []),
        ("Ông [PER Trần_Văn_Bình] đã kiểm_tra tình_hình sản_xuất kinh_doanh năm nay ở [REGION Quảng_Yên] .", []),
        # the noun of the inspection, an act told elsewhere, a negated or proposed one
        ("Kết_quả kiểm_tra của [ORG Bộ Y_tế] cho_thấy [ORG Bệnh_viện Đông_Phong] có sai_phạm .", []),
        ("Sau khi kiểm_tra [ORG Công_ty Hòa_Phát] , [ORG Sở Tài_nguyên] đã xử_phạt .", []),
        ("[ORG Bộ Công_thương] không kiểm_tra [ORG Công_ty Hưng_Long] .", []),
        ("Thủ_tướng đề_nghị [ORG Bộ Xây_dựng] kiểm_tra [ORG Công_ty Hưng_Long] .", []),
    ],
)
def test_events_inspection_is_a_visit(markup: str, expected) -> None:
    assert events(markup, EventType.VISIT) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the visit opens the sentence as the occasion of its clause: the clause's subject visits
        (
            "Nhân_dịp thăm [COUNTRY Lào] , Tổng_Bí_thư [PER Lê_Văn_Toàn] hội_đàm với ông [PER Bounmy_Vong] .",
            [({"Lê_Văn_Toàn"}, "Lào")],
        ),
        (
            "Nhân_dịp sang thăm [COUNTRY Nhật_Bản] , Chủ_tịch nước [PER Lê_Văn_Toàn] đã gặp ông [PER Kenji_Sato] .",
            [({"Lê_Văn_Toàn"}, "Nhật_Bản")],
        ),
        (
            "Trong thời_gian thăm [COUNTRY Lào] , Thủ_tướng [PER Trần_Minh] đã gặp ông [PER Bounmy_Vong] .",
            [({"Trần_Minh"}, "Lào")],
        ),
        # the word of occasion does not open the sentence, or the clause after it is negated
        ("Ông [PER Trần_Minh] cảm_ơn [COUNTRY Lào] nhân_dịp thăm [CITY Viêng_Chăn] .", []),
        ("Nhân_dịp thăm [COUNTRY Lào] , ông [PER Trần_Minh] không gặp ông [PER Bounmy_Vong] .", []),
        # an occasion that is no visit
        ("Nhân_dịp Tết , ông [PER Trần_Minh] thăm_hỏi người_dân .", []),
    ],
)
def test_events_visit_as_occasion_of_the_clause_after(markup: str, expected) -> None:
    assert events(markup, EventType.VISIT) == expected


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        (
            "Bộ_trưởng [PER Đinh_Văn_Hải] đã có cuộc làm_việc với [ORG Tổng_cục Thuế] .",
            EventType.MEETING,
            [({"Đinh_Văn_Hải", "Tổng_cục Thuế"}, None)],
        ),
        ("Cuộc làm_việc kéo_dài hai giờ .", EventType.MEETING, []),
        (
            "Thủ_tướng [PER Trần_Minh] đã gửi thư_mời Thủ_tướng [PER Ravi_Kumar] thăm [COUNTRY Việt_Nam] .",
            EventType.INVITATION,
            [({"Trần_Minh", "Ravi_Kumar", "Việt_Nam"}, None)],
        ),
        ("[ORG Công_ty Hưng_Long] đã gửi thư_mời khách_hàng dự hội_thảo .", EventType.INVITATION, []),
    ],
)
def test_events_working_session_and_letter_of_invitation(markup: str, event_type: EventType, expected) -> None:
    assert events(markup, event_type) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # attending an event held in a named place is going there
        (
            "Ông [PER Phạm_Văn_Minh] đã đến dự Hội_nghị Bộ_trưởng Ngoại_giao [ORG ASEAN] tại [COUNTRY Brunei] .",
            [({"Phạm_Văn_Minh", "Brunei"}, None)],
        ),
        ("Thủ_tướng [PER Lê_Văn_Toàn] dự hội_nghị tại [CITY Jakarta] .", [({"Lê_Văn_Toàn", "Jakarta"}, None)]),
        (
            "Tổng_Bí_thư [PER Lê_Văn_Toàn] đã về dự ngày_hội đại_đoàn_kết tại tỉnh [REGION Hà_Nam] .",
            [({"Lê_Văn_Toàn", "Hà_Nam"}, None)],
        ),
        ("[ORG Đội_tuyển Việt_Nam] sẽ tham_dự giải vô_địch tại [COUNTRY Thái_Lan] .", [({"Đội_tuyển Việt_Nam", "Thái_Lan"}, None)]),
        # negated; no place; a place past a mark or past a person named
        ("Ông [PER Ivan_Petrov] không dự hội_nghị tại [CITY Jakarta] .", []),
        ("Ông [PER Ivan_Petrov] đã dự hội_nghị trực_tuyến .", []),
        ("Ông [PER Ivan_Petrov] dự hội_nghị , sau đó ăn tối tại [CITY Jakarta] .", []),
        ("Ông [PER Ivan_Petrov] dự lễ tang ông [PER Lê_Văn_Toàn] tại [CITY Hà_Nội] .", []),
        # one attending now is there: no travel told
        ("[ORG Đội U21 Bình_Minh] đang dự giải U21 quốc_tế ở [REGION Bình_Thuận] .", []),
    ],
)
def test_events_attending_an_event_held_somewhere_is_going_there(markup: str, expected) -> None:
    assert events(markup, EventType.TRAVEL) == expected


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        # the one who leaves a place goes on, after a comma, to the next
        (
            "Thủ_tướng [PER Lê_Văn_Toàn] đã rời [CITY Hà_Nội] , lên_đường sang [COUNTRY Indonesia] .",
            EventType.TRAVEL,
            [({"Lê_Văn_Toàn", "Indonesia"}, None)],
        ),
        (
            "Sáng nay , Chủ_tịch nước [PER Lê_Văn_Toàn] rời [CITY Hà_Nội] , lên_đường thăm chính_thức [COUNTRY Pháp] .",
            EventType.VISIT,
            [({"Lê_Văn_Toàn"}, "Pháp")],
        ),
        # a counterpart whose name the tagger missed is no state met
        (
            "Bộ_trưởng [PER Paul_Durand] đã gặp người đồng_cấp [COUNTRY Trung_Quốc] Thường_Vạn_Toàn .",
            EventType.MEETING,
            [],
        ),
        (
            "Bộ_trưởng [PER Paul_Durand] đã gặp người đồng_cấp [COUNTRY Trung_Quốc] tại [CITY Bắc_Kinh] .",
            EventType.MEETING,
            [({"Paul_Durand", "Trung_Quốc"}, "Bắc_Kinh")],
        ),
    ],
)
def test_events_leaving_then_going_on_and_unnamed_counterparts(markup: str, event_type: EventType, expected) -> None:
    assert events(markup, event_type) == expected


def test_events_attending_at_a_delegation_named_after_a_place_is_no_travel() -> None:
    markup = "Tổng_Bí_thư [PER Lê_Văn_Toàn] tham_dự phiên thảo_luận tại đoàn [CITY Hà_Nội] ."
    assert events(markup, EventType.TRAVEL) == []


@pytest.mark.parametrize(
    "markup",
    [
        "Ông [PER Paul_Durand] có cuộc gặp không chính_thức với ông [PER Ivan_Petrov] .",
        "Ông [PER Paul_Durand] đã có cuộc gặp thân_mật với ông [PER Ivan_Petrov] .",
    ],
)
def test_events_meeting_noun_qualified_before_whom(markup: str) -> None:
    assert events(markup, EventType.MEETING) == [({"Paul_Durand", "Ivan_Petrov"}, None)]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the one invited named before the passive word, the inviter after it
        ("Ông [PER Kenji_Sato] được Tổng_thống [PER Paul_Durand] mời tới [ORG Nhà_Trắng] .", [({"Paul_Durand", "Kenji_Sato"}, None)]),
        # a body named after a word of going is where one is invited to, not whom
        ("Tổng_thống [PER Paul_Durand] đã mời tới [ORG Nhà_Trắng] .", []),
        # an invitation voiced
        (
            "Thủ_tướng [PER Lê_Văn_Toàn] đã ngỏ lời_mời Thủ_tướng [PER Sok_An] sang thăm [COUNTRY Việt_Nam] .",
            [({"Lê_Văn_Toàn", "Sok_An", "Việt_Nam"}, None)],
        ),
        # invited with the inviter unnamed
        ("Ông [PER Kenji_Sato] được mời tới [CITY Hà_Nội] .", []),
    ],
)
def test_events_invitation_passive_and_voiced(markup: str, expected) -> None:
    assert events(markup, EventType.INVITATION) == expected


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        # a coach travelling with the players, who go unnamed
        (
            "HLV [PER Park_Min_Ho] cùng các học_trò đã đặt_chân tới [CITY Bangkok] chiều 10/12 .",
            EventType.TRAVEL,
            [({"Park_Min_Ho", "Bangkok"}, None)],
        ),
        (
            "HLV [PER Park_Min_Ho] và các học_trò đã đến [COUNTRY Malaysia] chiều 10/12 .",
            EventType.TRAVEL,
            [({"Park_Min_Ho", "Malaysia"}, None)],
        ),
        (
            "Chiều 12/10 , ông [PER Lê_Văn_Bình] và đoàn công_tác đã đến [REGION Quảng_Bình] .",
            EventType.TRAVEL,
            [({"Lê_Văn_Bình", "Quảng_Bình"}, None)],
        ),
        # a visit qualified as unannounced before where it goes
        (
            "Ông [PER Paul_Durand] đã có chuyến thăm bất_ngờ tới [CITY Bình_Nhưỡng] .",
            EventType.VISIT,
            [({"Paul_Durand"}, "Bình_Nhưỡng")],
        ),
    ],
)
def test_events_companions_and_unannounced_visits(markup: str, event_type: EventType, expected) -> None:
    assert events(markup, event_type) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Tổng_thống [PER Ivan_Petrov] đã nhận được cuộc điện_thoại từ Tổng_thống [PER Paul_Durand] .", [({"Ivan_Petrov", "Paul_Durand"}, None)]),
        ("Ông [PER Ivan_Petrov] nhận cuộc_gọi từ ông [PER Paul_Durand] .", [({"Ivan_Petrov", "Paul_Durand"}, None)]),
        ("Ông [PER Ivan_Petrov] đã nhận được cuộc điện_thoại từ một người lạ .", []),
    ],
)
def test_events_call_received_from(markup: str, expected) -> None:
    assert events(markup, EventType.MEETING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank read as the host's title, though no post: the host is visited
        ("Thủ tướng Trần Minh Hải đã đến thăm Đại tướng Lê Văn Sơn tại nhà riêng.", [("Trần Minh Hải", "Lê Văn Sơn")]),
        # a relative of the one named is visited, not the one named
        ("Ông Trần Minh Hải đã đến thăm gia đình ông Lê Văn Sơn.", []),
    ],
)
def test_events_visit_to_a_host_with_a_rank(text: str, expected) -> None:
    extraction = extract_article(Article(id="a", text=text, source="test.txt", segmented=False), learned=False)
    visits = [e for e in extraction.events if e.type is EventType.VISIT]
    assert [(v.mentions("agent")[0].text, v.mentions("recipient")[0].text) for v in visits if v.mentions("recipient")] == expected


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        # "tới" closing a date means "next": no journey, and the meeting keeps its place
        ("Ông [PER Paul_Durand] sẽ gặp ông [PER Kim_Jong] vào {ngày 12/6|--06-12} tới tại [CITY Singapore] .", EventType.TRAVEL, []),
        (
            "Ông [PER Paul_Durand] sẽ gặp ông [PER Kim_Jong] vào {ngày 12/6|--06-12} tới tại [CITY Singapore] .",
            EventType.MEETING,
            [({"Paul_Durand", "Kim_Jong"}, "Singapore")],
        ),
        # a journey told after a date
        ("{Ngày 12/6|--06-12} , ông [PER Paul_Durand] tới [CITY Singapore] .", EventType.TRAVEL, [({"Paul_Durand", "Singapore"}, None)]),
    ],
)
def test_events_a_date_to_come_is_no_journey(markup: str, event_type: EventType, expected) -> None:
    assert events(markup, event_type) == expected


@pytest.mark.parametrize(
    "markup",
    [
        "Ông [PER Lê_Văn_An] ra tòa tại [CITY Hà_Nội] .",
        "Vận_động_viên [PER Lê_Văn_An] về nhì tại giải vô_địch ở [COUNTRY Thái_Lan] .",
        "Ông [PER Lê_Văn_An] đi làm tại [CITY Hà_Nội] từ năm 2005 .",
    ],
)
def test_events_verbs_opening_with_going_that_tell_no_journey(markup: str) -> None:
    assert events(markup, EventType.TRAVEL) == []


def test_events_a_journey_to_a_place_named_after_tai_is_kept() -> None:
    markup = "[ORG Đội_tuyển Việt_Nam] đã sang thi_đấu tại [COUNTRY Thái_Lan] ."
    assert events(markup, EventType.TRAVEL) == [({"Đội_tuyển Việt_Nam", "Thái_Lan"}, None)]
