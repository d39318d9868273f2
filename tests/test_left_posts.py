"""Posts the text says were left after the holder's name (kg.extract.left_posts)."""

from __future__ import annotations

import pytest

from test_relations_markup import role_triples as posts


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Kể_cả ông [PER Takashi_Tsukamoto] , chủ_tịch [ORG ngân_hàng Mizuho] , người đã thôi chức nhưng vẫn ở lại .",
            ("Takashi_Tsukamoto", "formerlyHeldPostAt", "ngân_hàng Mizuho"),
        ),
        (
            "Ông [PER Nguyễn_Văn_Hùng] , Giám_đốc [ORG Sở Y_tế Hà_Nội] , đã nghỉ hưu từ năm ngoái .",
            ("Nguyễn_Văn_Hùng", "formerlyHeldPostAt", "Sở Y_tế Hà_Nội"),
        ),
        (
            "[PER Bộ_trưởng [ORG Bộ Công_nghiệp]|Lê_Văn_An] vừa từ chức sau vụ bê_bối .",
            ("Lê_Văn_An", "formerlyHeldPostAt", "Bộ Công_nghiệp"),
        ),
    ],
)
def test_left_posts_post_left_is_former(markup, expected):
    found = posts(markup)
    assert expected in found
    assert (expected[0], "holdsPostAt", expected[2]) not in found


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the post is held; the clause tells of something else
        (
            "Ông [PER Nguyễn_Văn_Hùng] , Giám_đốc [ORG Sở Y_tế Hà_Nội] , đã ký quyết_định mới .",
            ("Nguyễn_Văn_Hùng", "holdsPostAt", "Sở Y_tế Hà_Nội"),
        ),
        # the verb of leaving names another post: this one is kept
        (
            "Ông [PER Nguyễn_Văn_Hùng] , Giám_đốc [ORG Sở Y_tế Hà_Nội] , đã thôi giữ chức Chủ_tịch [ORG Hội Y_học] .",
            ("Nguyễn_Văn_Hùng", "holdsPostAt", "Sở Y_tế Hà_Nội"),
        ),
        # someone else leaves
        (
            "Ông [PER Nguyễn_Văn_Hùng] , Giám_đốc [ORG Sở Y_tế Hà_Nội] , cho_biết ông [PER Lê_Văn_Tám] đã nghỉ hưu .",
            ("Nguyễn_Văn_Hùng", "holdsPostAt", "Sở Y_tế Hà_Nội"),
        ),
    ],
)
def test_left_posts_post_kept(markup, expected):
    assert expected in posts(markup)
