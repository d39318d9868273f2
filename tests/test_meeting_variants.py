"""Meetings told the other ways news tells them: a verb that opens its sentence, a delegation received."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations, meetings, gift_pairs as gifts


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the verb opens the sentence with whom is met; who meets opens the clause after the comma
        (
            "Tiếp Đại_sứ [COUNTRY Úc] [PER Hugh_Borrowman] , Bộ_trưởng [PER Cao_Đức_Phát] đề_nghị tăng xuất_khẩu .",
            [{"Hugh_Borrowman", "Cao_Đức_Phát"}],
        ),
        (
            "Hội_kiến Tổng_thống [COUNTRY Pháp] [PER François_Hollande] , ông [PER Nguyễn_Sinh_Hùng] cảm_ơn sự đón_tiếp .",
            [{"François_Hollande", "Nguyễn_Sinh_Hùng"}],
        ),
        # a working delegation of a body received
        (
            "Bộ_trưởng [PER Cao_Đức_Phát] tiếp đoàn công_tác của [ORG Ngân_hàng Thế_giới] .",
            [{"Cao_Đức_Phát", "Ngân_hàng Thế_giới"}],
        ),
        # a match, not a meeting; a verb inside the sentence; no one named after the comma
        ("Gặp [PER Nadal] ở chung_kết , [PER Federer] thua .", []),
        ("Tiếp Đại_sứ [COUNTRY Úc] [PER Hugh_Borrowman] , lãnh_đạo bộ đề_nghị tăng xuất_khẩu .", []),
    ],
)
def test_meeting_variants(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a body met in a working session, directly or through its leaders
        ("Ông [PER Lê_Minh] đã có buổi làm_việc với [ORG Tập_đoàn Viettel] .", [{"Lê_Minh", "Tập_đoàn Viettel"}]),
        ("Ông [PER Lê_Minh] có cuộc gặp với lãnh_đạo [ORG Tập_đoàn Viettel] .", [{"Lê_Minh", "Tập_đoàn Viettel"}]),
        # whom they met is not the body named further on
        ("[PER Lê_Minh] và [PER Trần_An] có cuộc họp với các đồng_nghiệp của [ORG Viettel] .", []),
    ],
)
def test_meeting_with_a_body(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[ORG Viettel] đã trao quà cho [ORG trường Hòa_Bình 2] .", [("Viettel", "trường Hòa_Bình 2")]),
        ("[ORG Viettel] trao học_bổng cho em [PER Lê_An] .", [("Viettel", "Lê_An")]),
        ("Bà [PER Lê_An] gửi tặng ông [PER Trần_Bình] một cuốn sách .", [("Lê_An", "Trần_Bình")]),
        # handing over a decision is no gift
        ("Ông [PER Lê_Minh] trao quyết_định bổ_nhiệm cho ông [PER Trần_Bình] .", []),
    ],
)
def test_gifts_handed_over(markup, expected):
    assert gifts(markup) == expected


def test_travel_by_air():
    _, events = relations("Bà [PER Merkel] bay sang [COUNTRY Mỹ] dự hội_nghị .")
    (travel,) = [e for e in events if e.type is EventType.TRAVEL]
    assert [m.text for m in travel.mentions("agent")] == ["Merkel"] and [m.text for m in travel.mentions("destination")] == ["Mỹ"]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "và" joins a person described by a noun for a person, then "nhau"
        (
            "[PER Hun_Sen] và lãnh_đạo phe đối_lập [PER Sam_Rainsy] đã gặp nhau tại [CITY Phnom_Penh] .",
            [{"Hun_Sen", "Sam_Rainsy"}],
        ),
        # ... not a clause that ends before "và"
        ("Ông [PER Lê_Minh] phát_biểu và lãnh_đạo [PER Trần_An] gặp nhau .", []),
        # the one met undergoes the meeting: "được Y tiếp_kiến"
        ("Ông [PER Sam_Rainsy] đã được Quốc_vương [PER Norodom_Sihamoni] tiếp_kiến .", [{"Sam_Rainsy", "Norodom_Sihamoni"}]),
        # dinners, phone calls and dialogues
        ("Ông [PER Putin] và ông [PER Abe] đã ăn tối cùng nhau .", [{"Putin", "Abe"}]),
        ("Ông [PER Obama] đã nói_chuyện điện_thoại với ông [PER Rouhani] .", [{"Obama", "Rouhani"}]),
        ("Ông [PER Hun_Sen] và ông [PER Sam_Rainsy] đã có cuộc đối_thoại .", [{"Hun_Sen", "Sam_Rainsy"}]),
    ],
)
def test_meetings_of_described_partners_passives_and_calls(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a span of time ago before the subject tells when, it is no preposition before the name
        ("Ba tuần trước [PER Lê_Văn_Hòa] đã gặp ông [PER Trần_Minh] .", [{"Lê_Văn_Hòa", "Trần_Minh"}]),
        (
            "[PER Lê_Văn_Hòa] quý giọng hát của [PER Trần_Minh] , 2 năm trước [PER Lê_Văn_Hòa] và [PER Trần_Minh] đã gặp nhau .",
            [{"Lê_Văn_Hòa", "Trần_Minh"}],
        ),
        # "trước" with no span of time before it: in front of whom, not who meets
        ("Trước [PER Lê_Văn_Hòa] và [PER Trần_Minh] gặp nhau .", []),
        ("Đứng trước [PER Lê_Văn_Hòa] , ông [PER Trần_Minh] gặp [PER Nguyễn_An] .", [{"Trần_Minh", "Nguyễn_An"}]),
    ],
)
def test_meeting_subject_after_a_time_ago(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a caption names the parties side by side at the meeting or the signing, with no verb
        ("Đại_diện [ORG Ngân_hàng ACB] và [ORG Công_ty Sông_Đà] tại lễ ký_kết hợp_đồng tín_dụng .", [{"Ngân_hàng ACB", "Công_ty Sông_Đà"}]),
        (
            "Ảnh : [PER Lê_Minh] Đại_diện [ORG Ngân_hàng ACB] ( phải ) và [ORG Công_ty Sông_Đà] tại lễ ký thỏa_thuận sáng 3/11 .",
            [{"Ngân_hàng ACB", "Công_ty Sông_Đà"}],
        ),
        ("Thủ_tướng [PER Lê_Văn_Hòa] và Tổng_thống [PER Paul_Durand] trong buổi hội_đàm .", [{"Lê_Văn_Hòa", "Paul_Durand"}]),
        # a verb before the names: they are its objects, not a caption
        ("Ông [PER Lê_Văn_Hòa] cảm_ơn [ORG Ngân_hàng ACB] và [ORG Công_ty Sông_Đà] tại lễ ký_kết hợp_đồng .", []),
        ("Nhiều doanh_nghiệp như [ORG Ngân_hàng ACB] và [ORG Công_ty Sông_Đà] có_mặt tại lễ ký_kết .", []),
        # two bodies that sign a contract are not told to meet
        ("[ORG Ngân_hàng ACB] và [ORG Công_ty Sông_Đà] đã ký_kết hợp_đồng tín_dụng .", []),
    ],
)
def test_meeting_told_by_a_caption(markup, expected):
    assert meetings(markup) == expected


def test_meeting_caption_place_after_the_ceremony():
    _, events = relations("Đại_diện [ORG Ngân_hàng ACB] và [ORG Công_ty Sông_Đà] tại lễ ký_kết hợp_đồng diễn ra sáng nay tại [CITY Hà_Nội] .")
    (meeting,) = [e for e in events if e.type is EventType.MEETING]
    assert [m.text for m in meeting.mentions("place")] == ["Hà_Nội"]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # members of a body after a delegation noun are the body's delegation: the body is met
        ("Tối qua , ông [PER Lê_Văn_Hòa] tiếp đoàn [REF đại_biểu [ORG Đảng Xanh Đức]] .", [{"Lê_Văn_Hòa", "Đảng Xanh Đức"}]),
        (
            "Ông [PER Lê_Văn_Hòa] gặp phái_đoàn [REF thành_viên [ORG Hội Chữ_thập_đỏ Nhật_Bản]] .",
            [{"Lê_Văn_Hòa", "Hội Chữ_thập_đỏ Nhật_Bản"}],
        ),
        # one member with no delegation noun names no one the graph can hold
        ("Ông [PER Lê_Văn_Hòa] tiếp [REF đại_biểu [ORG Đảng Xanh Đức]] .", []),
    ],
)
def test_meeting_with_a_delegation_of_a_body(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the one glad to receive or meet someone does it
        (
            "Ông [PER Lê_Văn_Hòa] bày_tỏ vui_mừng được đón_tiếp Tổng_thống [PER Paul_Durand] tại [CITY Huế] .",
            [{"Lê_Văn_Hòa", "Paul_Durand"}],
        ),
        ("Bà [PER Trần_Lan] rất hân_hạnh được tiếp ông [PER Paul_Durand] .", [{"Trần_Lan", "Paul_Durand"}]),
        # glad people who are not named: no meeting
        ("Người dân vui_mừng được gặp ông [PER Paul_Durand] .", []),
    ],
)
def test_meeting_of_one_glad_to_meet(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a meeting set before a clause: its subject met the person its verb acts on
        (
            "Theo ông [PER Lê_Văn_Hòa] , tại cuộc hội_đàm ở [CITY Paris] vào {sáng 22/10|--10-22} , ông cũng đã hối_thúc "
            "Ngoại_trưởng [PER Paul_Durand] cung_cấp thông_tin .",
            [{"Lê_Văn_Hòa", "Paul_Durand"}],
        ),
        ("Trong cuộc gặp này , bà [PER Trần_Lan] đã cảm_ơn ông [PER Paul_Durand] vì sự ủng_hộ .", [{"Trần_Lan", "Paul_Durand"}]),
        # a saying names someone it is about, not someone met
        ("Tại cuộc gặp , ông [PER Lê_Văn_Hòa] cho_biết ông [PER Paul_Durand] sẽ sang thăm .", []),
        # a press conference is no meeting of the two
        ("Tại cuộc họp báo , ông [PER Lê_Văn_Hòa] cảm_ơn ông [PER Paul_Durand] .", []),
    ],
)
def test_meeting_framing_a_clause(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # how long the meeting lasted, or that it was the first, stands between its noun and whom it was with
        ("Ông [PER Lê_Minh] đã có cuộc hội_đàm kéo_dài hai giờ với ông [PER Trần_An] .", [{"Lê_Minh", "Trần_An"}]),
        ("Ông [PER Lê_Minh] có cuộc gặp 30 phút với ông [PER Trần_An] .", [{"Lê_Minh", "Trần_An"}]),
        ("Ông [PER Lê_Minh] có cuộc gặp lần đầu_tiên với ông [PER Trần_An] .", [{"Lê_Minh", "Trần_An"}]),
        # a courtesy call
        ("Đại_sứ [COUNTRY Úc] [PER Hugh_Borrowman] đến chào xã_giao Bộ_trưởng [PER Cao_Đức_Phát] .", [{"Hugh_Borrowman", "Cao_Đức_Phát"}]),
        # a number that counts no time, or a span of time with no one met after it
        ("Ông [PER Lê_Minh] có cuộc gặp 3 đoàn doanh_nghiệp với ông [PER Trần_An] .", []),
        ("Ông [PER Lê_Minh] có cuộc gặp kéo_dài hai giờ tại [CITY Hà_Nội] .", []),
    ],
)
def test_meeting_noun_with_how_long_it_lasted_and_courtesy_calls(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # several persons met, each named with a title and the country it heads
        (
            "Ông [PER Lê_Minh] hội_đàm với Ngoại_trưởng [COUNTRY Mỹ] [PER John_Kerry] và Ngoại_trưởng [COUNTRY Nhật_Bản] [PER Fumio_Kishida] .",
            [{"Lê_Minh", "John_Kerry", "Fumio_Kishida"}],
        ),
        (
            "Ông [PER Lê_Minh] gặp Thủ_tướng [COUNTRY Lào] [PER Thongsing] , Tổng_thống [COUNTRY Mỹ] [PER Obama] và ông [PER Trần_An] .",
            [{"Lê_Minh", "Thongsing", "Obama", "Trần_An"}],
        ),
        # the country of a title after "và" that names no one is not met
        ("Ông [PER Lê_Minh] hội_đàm với Ngoại_trưởng [COUNTRY Mỹ] [PER John_Kerry] và phái_đoàn [COUNTRY Nhật_Bản] .", [{"Lê_Minh", "John_Kerry"}]),
    ],
)
def test_meeting_with_several_titled_persons(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "có" a meeting noun and whom it was with right after it, without "với"
        ("Ông [PER Lê_Minh] đã có buổi tiếp Đại_sứ [COUNTRY Nhật_Bản] [PER Hiroshi_Fukada] .", [{"Lê_Minh", "Hiroshi_Fukada"}]),
        ("Ông [PER Lê_Minh] đã có cuộc gặp ông [PER Trần_An] tại [CITY Huế] .", [{"Lê_Minh", "Trần_An"}]),
        # no one named right after the noun, or no "có" before it
        ("Ông [PER Lê_Minh] đã có cuộc gặp các doanh_nghiệp [COUNTRY Mỹ] .", []),
        ("Cuộc gặp ông [PER Trần_An] của ông [PER Lê_Minh] bị hoãn .", []),
    ],
)
def test_meeting_noun_with_whom_right_after_it(markup, expected):
    assert meetings(markup) == expected
