"""Meetings told as a phone call, a summons or a meal one hosts (cues of ``ontology/events.tsv``)."""

from __future__ import annotations

import pytest

from test_meeting_variants import meetings


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a phone call, made or received
        ("[PER Van_Nistelrooy] đã gọi_điện_thoại cho [PER Ferguson] để xin_lỗi .", [{"Van_Nistelrooy", "Ferguson"}]),
        ("Ông [PER Lê_Minh] gọi_điện cho bà [PER Trần_Hoa] .", [{"Lê_Minh", "Trần_Hoa"}]),
        (
            "Anh [PER Nguyễn_Hải] nhận được điện_thoại của anh [PER Nguyễn_Quang] cầu_cứu .",
            [{"Nguyễn_Hải", "Nguyễn_Quang"}],
        ),
        # a call to no one named, a call made with a device
        ("Cô con_gái hiếm_khi gọi_điện cho mẹ .", []),
        ("[ORG ESPN] đã gọi_điện cho 1.500 người .", []),
        ("Bạn có_thể gọi_điện bằng [ORG Galaxy_Gear] .", []),
        # an envoy summoned
        (
            "[ORG Bộ Ngoại_giao [COUNTRY Indonesia]] đã cho triệu Đại_sứ [COUNTRY Mỹ] [PER Kristen_Bauer] .",
            [{"Bộ Ngoại_giao Indonesia", "Kristen_Bauer"}],
        ),
        ("[COUNTRY Đức] triệu Đại_sứ [COUNTRY Mỹ] [PER John_Emerson] .", []),  # a country meets no person
        ("[ORG Bộ Ngoại_giao] triệu Đại_sứ [COUNTRY Mỹ] [PER John_Emerson] .", [{"Bộ Ngoại_giao", "John_Emerson"}]),
        # "triệu" of a number is no summons
        ("[ORG Viettel] thu 5 triệu [PER USD] .", []),
        ("Hàng triệu người xem [PER Mỹ_Tâm] hát .", []),
        # a meal one hosts
        (
            "Hoàng_thân [PER Saud_al-Faisal] đã mời cơm_trưa người đồng_nhiệm [COUNTRY Mỹ] [PER John_Kerry] .",
            [{"Saud_al-Faisal", "John_Kerry"}],
        ),
        ("Ông [PER Lê_Minh] mời cơm các phóng_viên .", []),
    ],
)
def test_meeting_by_call_summons_or_meal(markup, expected):
    assert meetings(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a verb of meeting followed by "giữa" names the meeting as its noun would
        (
            "Nội_dung hội_đàm giữa lãnh_đạo [AGENCY ITAR-TASS] và lãnh_đạo [AGENCY TTXVN] được thông_báo .",
            [{"ITAR-TASS", "TTXVN"}],
        ),
        ("Vòng đàm_phán cấp cao giữa [COUNTRY Mỹ] và [COUNTRY Iran] kết_thúc .", [{"Mỹ", "Iran"}]),
        # the unnamed leaders of a body stand for it
        (
            "Nội_dung hội_đàm giữa [AGENCY ITAR-TASS] và [REF lãnh_đạo [AGENCY TTXVN]] được thông_báo .",
            [{"ITAR-TASS", "TTXVN"}],
        ),
        ("Ông [PER Lê_Minh] tiếp [REF lãnh_đạo [ORG Tập_đoàn Viettel]] .", [{"Lê_Minh", "Tập_đoàn Viettel"}]),
        # a title of one holder is no body's leadership
        ("Ông [PER Lê_Minh] tiếp [REF Giám_đốc [ORG Tập_đoàn Viettel]] .", [{"Lê_Minh", "Giám_đốc Tập_đoàn Viettel"}]),
        # "giữa lúc" tells when: the subjects still meet each other
        ("[COUNTRY Mỹ] và [COUNTRY Iran] đàm_phán giữa lúc căng_thẳng tăng .", [{"Mỹ", "Iran"}]),
        # only one party after "giữa"
        ("Cuộc hội_đàm giữa hai bên với [PER Lê_Minh] bị hoãn .", []),
    ],
)
def test_meeting_verb_between(markup, expected):
    assert meetings(markup) == expected
