"""A relative of the one named, and whom a proposal is addressed to, are not the speaker."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, roles_of


def speakers(markup: str) -> set[str]:
    _, events = relations(markup)
    return {agent for e in events if e.type.value == "Statement" for agent in roles_of(e).get("agent", [])}


@pytest.mark.parametrize(
    "markup",
    [
        # a noun of kin before the name: the relative speaks, unnamed
        "Bà mẹ [PER Asiyalova] cũng cho_biết con_gái mình trở_nên sùng_đạo 3 năm trước .",
        "Vợ ông [PER Nguyễn_Văn_Hùng] cho_biết gia_đình chưa nhận được thông_báo .",
        "Con_trai [PER Lê_Văn_Tám] nói rằng ông đã về quê từ hôm qua .",
        "Anh_trai của [PER Trần_Minh] cho_biết anh ấy vẫn khỏe .",
        # the addressee of a proposal after a preposition and a noun of a party
        "Ban lãnh_đạo [ORG Sapporo] đã liên_hệ với phía CLB chủ_quản [ORG Sông_Lam_Nghệ_An] đề_nghị gia_hạn hợp_đồng thêm một năm .",
        "Hiệp_hội đã gửi tới lãnh_đạo [ORG Bộ Tài_chính] đề_xuất giảm thuế nhập_khẩu .",
    ],
)
def test_speech_relative_or_addressee_is_not_the_speaker(markup):
    named = {"Asiyalova", "Nguyễn_Văn_Hùng", "Lê_Văn_Tám", "Trần_Minh", "Sông_Lam_Nghệ_An", "Bộ Tài_chính"}
    assert not speakers(markup) & named


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the one named speaks: an honorific is no kin, nor a title
        ("Bà [PER Asiyalova] cho_biết con_gái mình trở_nên sùng_đạo .", "Asiyalova"),
        ("Ông [PER Nguyễn_Văn_Hùng] cho_biết gia_đình chưa nhận được thông_báo .", "Nguyễn_Văn_Hùng"),
        # a preposition far before the name, or with no noun of a party after it, addresses no one
        ("Sau khi làm_việc với các bộ , [PER Lê_Văn_Tám] cho_biết sẽ trình đề_án .", "Lê_Văn_Tám"),
        ("Trả_lời báo_chí , đại_diện [ORG Sông_Lam_Nghệ_An] cho_biết đội sẽ gia_hạn hợp_đồng .", "Sông_Lam_Nghệ_An"),
        # the speaker before the verb of addressing is still the speaker
        ("[ORG Sapporo] đề_nghị với phía [ORG Sông_Lam_Nghệ_An] rằng hợp_đồng sẽ được gia_hạn .", "Sapporo"),
    ],
)
def test_speech_named_speaker_kept(markup, speaker):
    assert speaker in speakers(markup)
