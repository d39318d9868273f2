"""Meetings and trips in forms news commonly uses: a person with two titles met, the plane one lands in,
"về" a place, meeting again, chairing together, a visit "tại" a province, the visit a return closes, a
trip to a place left unnamed, and a visit dated by the first day of its run."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_events_gone_to_act import events
from test_relations_markup import relations


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # two titles of one person joined by a comma before the name
        (
            "Tổng_Bí_thư [PER Lê_Văn_Toàn] đã hội_đàm với Tổng_Bí_thư , Chủ_tịch nước [COUNTRY Lào] [PER Bounmy_Vong] .",
            [({"Lê_Văn_Toàn", "Bounmy_Vong"}, None)],
        ),
        (
            "Thủ_tướng [PER Lê_Văn_Toàn] tiếp Phó_Thủ_tướng , Bộ_trưởng Ngoại_giao [COUNTRY Thái_Lan] [PER Somchai_Rak] .",
            [({"Lê_Văn_Toàn", "Somchai_Rak"}, None)],
        ),
        # a long title, with where its holder serves, before the one met
        (
            "Ông [PER Lê_Văn_Toàn] tiếp Đại_sứ đặc_mệnh toàn_quyền [COUNTRY Nhật_Bản] tại [COUNTRY Việt_Nam] [PER Kenji_Sato] .",
            [({"Lê_Văn_Toàn", "Kenji_Sato"}, None)],
        ),
        # meeting again, and chairing one meeting together
        ("Sau 10 năm , [PER Hồng_Nhung] và [PER Thanh_Lam] hội_ngộ tại [CITY Hà_Nội] .", [({"Hồng_Nhung", "Thanh_Lam"}, "Hà_Nội")]),
        ("Ca_sĩ [PER Hồng_Nhung] hội_ngộ nhạc_sĩ [PER Trần_Tiến] .", [({"Hồng_Nhung", "Trần_Tiến"}, None)]),
        (
            "Ông [PER Lê_Văn_Toàn] và bà [PER Somchai_Rak] đồng chủ_trì hội_nghị liên chính_phủ .",
            [({"Lê_Văn_Toàn", "Somchai_Rak"}, None)],
        ),
        # the welcome and the banquet a host gives a guest, a courtesy call, a call told of both
        ("Chủ_tịch nước [PER Lê_Văn_Toàn] chủ_trì lễ đón chính_thức Tổng_thống [PER Marc_Duval] .", [({"Lê_Văn_Toàn", "Marc_Duval"}, None)]),
        (
            "Ông [PER Lê_Văn_Toàn] chủ_trì tiệc chiêu_đãi trọng_thể chào_mừng Tổng_thống [PER Marc_Duval] .",
            [({"Lê_Văn_Toàn", "Marc_Duval"}, None)],
        ),
        ("Ông [PER Lê_Văn_Toàn] đã có buổi tiếp xã_giao Đại_sứ [PER Marc_Duval] .", [({"Lê_Văn_Toàn", "Marc_Duval"}, None)]),
        ("Ông [PER Lê_Văn_Toàn] và ông [PER Marc_Duval] đã nói_chuyện qua điện_thoại .", [({"Lê_Văn_Toàn", "Marc_Duval"}, None)]),
        # talking with someone face to face or by phone; a verb of meeting hidden in a tagged span
        ("Bộ_trưởng [PER Lê_Văn_Toàn] đã đối_thoại với [ORG Hiệp_hội Bệnh_viện tư_nhân] .", [({"Lê_Văn_Toàn", "Hiệp_hội Bệnh_viện tư_nhân"}, None)]),
        ("Ông [PER Lê_Văn_Toàn] đã trao_đổi qua điện_thoại với ông [PER Ivan_Petrov] .", [({"Lê_Văn_Toàn", "Ivan_Petrov"}, None)]),
        ("Ông [PER Lê_Văn_Toàn] nói_chuyện với phóng_viên [AGENCY Tuổi_Trẻ] .", []),
        # a welcome with one party named
        ("Lễ đón Tổng_thống [PER Marc_Duval] diễn ra tại [FAC Phủ_Chủ_tịch] .", []),
        # the speaker of a quotation meets whom "tôi" meets in it; "chúng_tôi" names more than the speaker
        ('" Tôi đã gặp ông [PER Ivan_Petrov] nhiều lần " , Thủ_tướng [PER Lê_Văn_Toàn] nói .', [({"Lê_Văn_Toàn", "Ivan_Petrov"}, None)]),
        ('" Chúng_tôi đã gặp ông [PER Ivan_Petrov] " , Thủ_tướng [PER Lê_Văn_Toàn] nói .', []),
        # the body whose unnamed leaders are met in a working session
        ("HLV [PER Miura] đã có buổi gặp_gỡ với lãnh_đạo [ORG VFF] .", [({"Miura", "VFF"}, None)]),
        # persons meeting may talk of a team; two teams that meet play a match
        ("Bầu [PER Đức] đã gặp HLV [PER Miura] để bàn về tương_lai đội_tuyển .", [({"Đức", "Miura"}, None)]),
        ("[ORG Đội_tuyển Việt_Nam] sẽ gặp [ORG đội_tuyển Thái_Lan] .", []),
        ("[ORG U23 Việt_Nam] sẽ gặp [ORG U23 Thái_Lan] vào tháng 12 .", []),
        ("[PER Nadal] gặp [PER Federer] ở chung_kết .", []),
        # a comma that closes no title; an audience, not a named party, met again
        ("Ông [PER Lê_Văn_Toàn] đã gặp nhà_báo , sau đó [PER Bounmy_Vong] phát_biểu .", []),
        ("Ca_sĩ [PER Hồng_Nhung] sẽ hội_ngộ khán_giả [CITY Hà_Nội] .", []),
    ],
)
def test_meetings_in_common_forms(markup, expected):
    assert events(markup, EventType.MEETING) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the plane one lands in, told before where it lands
        ("Tổng_thống [PER Marc_Duval] đáp chuyên_cơ xuống sân_bay [FAC Nội_Bài] .", [({"Marc_Duval", "Nội_Bài"}, None)]),
        ("Ông [PER Marc_Duval] đáp máy_bay tới [CITY Đà_Nẵng] chiều qua .", [({"Marc_Duval", "Đà_Nẵng"}, None)]),
        # "về" a place named right after it, or after its kind
        ("Bộ_trưởng [PER Lê_Văn_Toàn] về [REGION Quảng_Ninh] kiểm_tra dự_án .", [({"Lê_Văn_Toàn", "Quảng_Ninh"}, None)]),
        ("Ông [PER Lê_Văn_Toàn] đã về tỉnh [REGION Nghệ_An] chỉ_đạo chống bão .", [({"Lê_Văn_Toàn", "Nghệ_An"}, None)]),
        ("[ORG Bộ Công_Thương] về [CITY Hà_Nội] làm_việc .", [({"Bộ Công_Thương", "Hà_Nội"}, None)]),
        # stopping at a place on the way
        ("Ông [PER Ivan_Petrov] đã quá_cảnh tại [CITY Moskva] .", [({"Ivan_Petrov", "Moskva"}, None)]),
        ("Ông [PER Ivan_Petrov] dừng_chân ở [COUNTRY Malaysia] .", [({"Ivan_Petrov", "Malaysia"}, None)]),
        ("Ông [PER Ivan_Petrov] ghé [CITY Kabul] .", [({"Ivan_Petrov", "Kabul"}, None)]),
        # "về" as "about": no subject right before it, or no place right after it
        ("Bài viết của ông [PER Lê_Văn_Toàn] về [COUNTRY Việt_Nam] gây chú_ý .", []),
        ("Báo_cáo của [ORG Ngân_hàng Thế_giới] về [COUNTRY Việt_Nam] rất dài .", []),
        ("Ông [PER Lê_Văn_Toàn] hiểu nhiều về [CITY Hà_Nội] .", []),
        ("Bộ_trưởng [PER Lê_Văn_Toàn] trả_lời chất_vấn về [LOC Biển_Đông] .", []),
        ("Ông [PER Lê_Văn_Toàn] về hưu năm 2010 tại [CITY Hà_Nội] .", []),
        ("Ông [PER Lê_Văn_Toàn] đã đến tuổi nghỉ hưu .", []),
    ],
)
def test_travels_in_common_forms(markup, expected):
    assert events(markup, EventType.TRAVEL) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a place one goes to that needs no name: the traveller alone
        ("Đại_tướng [PER Ivan_Petrov] đã tới hiện_trường vụ nổ .", [({"Ivan_Petrov"}, None)]),
        ("Sáng nay , anh [PER Lê_Văn_Toàn] đến công_an trình_báo .", [({"Lê_Văn_Toàn"}, None)]),
        # a team going to play away, also past a phrase set before the sentence's subject
        ("[ORG Ajax] thua 0-2 khi đến làm_khách của [ORG Celtic] .", [({"Ajax"}, None)]),
        ("Ở trận đấu cùng bảng H , [ORG Ajax] thua khi đến làm_khách của [ORG Celtic] .", [({"Ajax"}, None)]),
        # going out to inspect: where, when the clause names it
        ("Ông [PER Lê_Văn_Toàn] đã đi kiểm_tra công_tác phòng dịch tại [REGION Quảng_Trị] .", [({"Lê_Văn_Toàn", "Quảng_Trị"}, None)]),
        ("Ông [PER Lê_Văn_Toàn] đã đi kiểm_tra tại những vùng có dịch .", [({"Lê_Văn_Toàn"}, None)]),
        # playing away tells the game, not the going; no one named goes; a going that is no trip
        ("[ORG Chelsea] thắng khi làm_khách của [ORG Schalke] .", []),
        ("Cảnh_sát đã đến hiện_trường .", []),
        ("Ông [PER Lê_Văn_Toàn] không đưa bà [PER Trần_Thu_Vân] vào bệnh_viện .", []),
        ("Ông [PER Lê_Văn_Toàn] đã đến tuổi nghỉ hưu .", []),
    ],
)
def test_travels_to_places_left_unnamed(markup, expected):
    assert events(markup, EventType.TRAVEL) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a visit to a province's flooded area, a visit and its work joined by a comma, its people encouraged
        ("Phó Thủ_tướng [PER Lê_Văn_Toàn] thị_sát vùng lũ [REGION Quảng_Bình] .", [({"Lê_Văn_Toàn"}, "Quảng_Bình")]),
        ("Tổng_Bí_thư [PER Lê_Văn_Toàn] thăm , làm_việc tại [REGION Hà_Giang] .", [({"Lê_Văn_Toàn"}, "Hà_Giang")]),
        ("Ông [PER Lê_Văn_Toàn] đã thăm_hỏi , động_viên nhân_dân tỉnh [REGION Quảng_Ngãi] .", [({"Lê_Văn_Toàn"}, "Quảng_Ngãi")]),
        # a visit "tại" a province, past its kind of place
        ("Ông [PER Lê_Văn_Toàn] đã có chuyến thăm và làm_việc tại tỉnh [REGION Đắk_Lắk] .", [({"Lê_Văn_Toàn"}, "Đắk_Lắk")]),
        ("Bà [PER Trần_Thu_Vân] có chuyến thăm ở [COUNTRY Nhật_Bản] .", [({"Trần_Thu_Vân"}, "Nhật_Bản")]),
        # the visit a return or a going closes is the subject's
        ("Chủ_tịch nước [PER Lê_Văn_Toàn] đã trở_về nước sau chuyến thăm [COUNTRY Pháp] .", [({"Lê_Văn_Toàn"}, "Pháp")]),
        ("Ông [PER Lê_Văn_Toàn] rời [CITY Paris] sau chuyến thăm [COUNTRY Pháp] {hôm qua|--09-13} .", [({"Lê_Văn_Toàn"}, "Pháp")]),
        ("Ông [PER Lê_Văn_Toàn] tới [CITY Hà_Nội] trong khuôn_khổ chuyến thăm chính_thức [COUNTRY Việt_Nam] .", [({"Lê_Văn_Toàn"}, "Việt_Nam")]),
        # a visit ended well; the first one, whose visitor is named after it
        ("Ông [PER Lê_Văn_Toàn] đã kết_thúc tốt_đẹp chuyến thăm chính_thức [COUNTRY Nhật_Bản] .", [({"Lê_Văn_Toàn"}, "Nhật_Bản")]),
        ("Đây là chuyến thăm [COUNTRY Việt_Nam] đầu_tiên của Tổng_thống [PER Marc_Duval] .", [({"Marc_Duval"}, "Việt_Nam")]),
        ("Đây là chuyến thăm đầu_tiên của Tổng_thống Pháp tới [COUNTRY Việt_Nam] .", []),
        # a body gone to for an act done there: its host
        ("Đoàn kiểm_tra của [ORG Phòng Giáo_dục] đến [ORG Trường Tân_Lập] để kiểm_tra bếp ăn .", [({"Phòng Giáo_dục", "Trường Tân_Lập"}, None)]),
        ("Anh [PER Lê_Văn_Toàn] đã đến [ORG Công_an quận Ba_Đình] trình_báo .", [({"Lê_Văn_Toàn", "Công_an quận Ba_Đình"}, None)]),
        # a body gone to with no such act: a transfer, not a visit
        ("[PER Marc_Duval] đã đến [ORG Real_Madrid] với giá 100 triệu euro .", []),
        # what one does in a visit, or another named in between, tells not whose visit it is
        ("Ông [PER Lê_Văn_Toàn] phát_biểu trong chuyến thăm [COUNTRY Pháp] .", []),
        ("Ông [PER Lê_Văn_Toàn] tiếp ông [PER Marc_Duval] sau chuyến thăm [COUNTRY Pháp] .", []),
        ("Quan_hệ hai nước phát_triển sau chuyến thăm [COUNTRY Pháp] .", []),
        # whose visit it was, when told, wins over the subject
        ("Ông [PER Lê_Văn_Toàn] trở_về nước sau chuyến thăm [COUNTRY Pháp] của bà [PER Trần_Thu_Vân] .", [({"Trần_Thu_Vân"}, "Pháp")]),
    ],
)
def test_visits_in_common_forms(markup, expected):
    assert events(markup, EventType.VISIT) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông [PER Lê_Văn_Toàn] thăm chính_thức [COUNTRY Nhật_Bản] {từ ngày 5 đến 7/10|--10-05} .", "--10-05"),
        ("Bà [PER Trần_Thu_Vân] sẽ thăm [COUNTRY Lào] {từ 23 đến ngày 25/9|--09-23} .", "--09-23"),
    ],
)
def test_visit_dated_by_the_first_day_of_its_run(markup, expected):
    _, found = relations(markup)
    (visit,) = [e for e in found if e.type is EventType.VISIT]
    assert visit.time is not None and visit.time.xsd()[0] == expected


def invitations(markup: str) -> list[tuple[str, str, str | None]]:
    _, found = relations(markup)
    return [
        (e.mentions("agent")[0].text, e.mentions("recipient")[0].text, next((m.text for m in e.mentions("destination")), None))
        for e in found
        if e.type is EventType.INVITATION
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an invitation sent, or passed on for another, to the one named after "tới"
        (
            "Ông [PER Ivan_Petrov] đã gửi lời mời tới Chủ_tịch nước [PER Lê_Văn_Toàn] sang thăm [COUNTRY Nga] .",
            [("Ivan_Petrov", "Lê_Văn_Toàn", "Nga")],
        ),
        (
            "Ông [PER Lê_Văn_Toàn] chuyển lời mời của Tổng_Bí_thư [PER Trần_Minh_Quang] tới Tổng_thống [PER Ivan_Petrov] thăm [COUNTRY Việt_Nam] .",
            [("Trần_Minh_Quang", "Ivan_Petrov", "Việt_Nam")],
        ),
        # the one who passes it on is not the one invited; without "tới" whom is not told
        ("Ông [PER Lê_Văn_Toàn] chuyển lời mời của ông [PER Trần_Minh_Quang] .", []),
        # an invitation accepted by the clause's subject stays as it was
        ("Ông [PER Ivan_Petrov] nhận lời mời của ông [PER Lê_Văn_Toàn] .", [("Lê_Văn_Toàn", "Ivan_Petrov", None)]),
    ],
)
def test_invitations_sent_or_passed_on(markup, expected):
    assert invitations(markup) == expected
