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
        (
            "Ông [PER Đỗ_Quang_Vinh] , Chủ_tịch HĐQT [ORG Ngân_hàng Đông_Á] , đã từ_nhiệm vào tháng 5 .",
            ("Đỗ_Quang_Vinh", "formerlyHeldPostAt", "Ngân_hàng Đông_Á"),
        ),
        (
            "Bà [PER Lê_Thị_Hoa] , Phó Chủ_tịch [ORG UBND huyện Tam_Nông] , vừa bị bãi_miễn .",
            ("Lê_Thị_Hoa", "formerlyHeldPostAt", "UBND huyện Tam_Nông"),
        ),
        (
            "Ông [PER Trần_Văn_Long] , Giám_đốc [ORG Sở Giao_thông vận_tải tỉnh Nam_Định] , đã bị kỷ_luật cách_chức .",
            ("Trần_Văn_Long", "formerlyHeldPostAt", "Sở Giao_thông vận_tải tỉnh Nam_Định"),
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


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Ông [PER Trần_Văn_Bình] giữ chức Giám_đốc [ORG Sở Y_tế tỉnh Nghệ_An] từ năm 2001 đến khi nghỉ_hưu .",
            ("Trần_Văn_Bình", "formerlyHeldPostAt", "Sở Y_tế tỉnh Nghệ_An"),
        ),
        (
            "Tướng [PER Nguyễn_Văn_Hải] là Phó chủ_nhiệm [ORG Tổng_cục Hậu_cần] trong suốt 15 năm ( từ năm 1980 "
            "cho_đến khi anh nghỉ_hưu năm 1995 ) .",
            ("Nguyễn_Văn_Hải", "formerlyHeldPostAt", "Tổng_cục Hậu_cần"),
        ),
        (
            "Bà [PER Lê_Thị_Hoa] làm Hiệu_trưởng [ORG Trường THPT Chu_Văn_An] cho tới khi bà qua_đời năm 2010 .",
            ("Lê_Thị_Hoa", "formerlyHeldPostAt", "Trường THPT Chu_Văn_An"),
        ),
        (
            "Ông [PER Đỗ_Minh_Quân] là Chủ_tịch [ORG Hội Nông_dân tỉnh Bắc_Giang] từ tháng 3/1998 đến lúc từ chức .",
            ("Đỗ_Minh_Quân", "formerlyHeldPostAt", "Hội Nông_dân tỉnh Bắc_Giang"),
        ),
    ],
)
def test_left_posts_tenure_told_with_its_end_is_former(markup, expected):
    found = posts(markup)
    assert expected in found
    assert (expected[0], "holdsPostAt", expected[2]) not in found


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a plan: a verb of saying stands before "đến khi"
        (
            "Ông [PER Trần_Văn_Bình] , Giám_đốc [ORG Sở Y_tế tỉnh Nghệ_An] , cho_biết sẽ làm việc đến khi nghỉ_hưu .",
            ("Trần_Văn_Bình", "holdsPostAt", "Sở Y_tế tỉnh Nghệ_An"),
        ),
        # "đến khi" ends something else than a post
        (
            "Ông [PER Phạm_Văn_Đức] , Chủ_tịch [ORG UBND huyện Yên_Thành] , ở lại đến khi dự_án hoàn_thành .",
            ("Phạm_Văn_Đức", "chairmanOf", "UBND huyện Yên_Thành"),
        ),
        # another person leaves
        (
            "Ông [PER Đỗ_Minh_Quân] là Chủ_tịch [ORG Hội Nông_dân tỉnh Bắc_Giang] từ năm 2015 đến khi ông "
            "[PER Lý_Văn_Tư] nghỉ_hưu và bàn_giao lại .",
            ("Đỗ_Minh_Quân", "chairmanOf", "Hội Nông_dân tỉnh Bắc_Giang"),
        ),
        # a start alone keeps the post current
        (
            "Bà [PER Lê_Thị_Hoa] làm Hiệu_trưởng [ORG Trường THPT Chu_Văn_An] từ năm 2010 .",
            ("Lê_Thị_Hoa", "holdsPostAt", "Trường THPT Chu_Văn_An"),
        ),
    ],
)
def test_left_posts_tenure_without_its_end_kept(markup, expected):
    assert expected in posts(markup)
