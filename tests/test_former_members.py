"""A player described as a former one ("cựu tiền_đạo X của Y") is no member of the team named after him."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def memberships(markup: str) -> set[tuple[str, str, str]]:
    """The memberships found in ``markup``."""
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "memberOf"}


@pytest.mark.parametrize(
    "markup",
    [
        "Hôm_qua , cựu tiền_đạo [PER Nguyễn_Văn_Quyết] của [ORG CLB Hà_Nội] cho_biết anh rất vui .",
        "Cựu_cầu_thủ [PER Lê_Công_Vinh] của [ORG CLB Sông_Lam Nghệ_An] đã có_mặt tại sân .",
        "Cựu thủ_môn [PER Đặng_Văn_Lâm] của [ORG đội_tuyển Việt_Nam] đã sang Nhật_Bản .",
        "Nguyên hậu_vệ [PER Trần_Đình_Trọng] của [ORG CLB Hà_Nội] vừa mở lớp dạy bóng_đá .",
    ],
)
def test_former_members_give_no_membership(markup):
    assert memberships(markup) == set()


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Tiền_đạo [PER Nguyễn_Văn_Quyết] của [ORG CLB Hà_Nội] cho_biết anh rất vui .",
            ("Nguyễn_Văn_Quyết", "memberOf", "CLB Hà_Nội"),
        ),
        (
            "Thủ_môn [PER Đặng_Văn_Lâm] của [ORG đội_tuyển Việt_Nam] đã sang Nhật_Bản .",
            ("Đặng_Văn_Lâm", "memberOf", "đội_tuyển Việt_Nam"),
        ),
        # "cựu" of another word before the noun leaves the tie as it is
        (
            "Đồng_đội cũ của cựu HLV [PER Park_Hang-seo] , tiền_vệ [PER Lương_Xuân_Trường] của [ORG CLB Hải_Phòng] , đã ghi bàn .",
            ("Lương_Xuân_Trường", "memberOf", "CLB Hải_Phòng"),
        ),
    ],
)
def test_former_members_a_present_player_kept(markup, expected):
    assert expected in memberships(markup)
