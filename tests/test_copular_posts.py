"""Posts told by a copula: a title and its body opening a clause, then "là" and the name (kg.extract.copular_posts)."""

from __future__ import annotations

import pytest

from test_relations_markup import role_triples as posts


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Quốc_vương 58 tuổi của [COUNTRY Bhutan] là [PER Jigme_Wangchuck] vừa ký sắc_lệnh mới .",
            ("Jigme_Wangchuck", "leaderOf", "Bhutan"),
        ),
        (
            "Người_phát_ngôn của [ORG Bộ Tài_chính] là bà [PER Trần_Thu_Hà] .",
            ("Trần_Thu_Hà", "spokespersonOf", "Bộ Tài_chính"),
        ),
        (
            "Theo hồ_sơ , Giám_đốc [ORG Sở Xây_dựng Cần_Thơ] là ông [PER Lâm_Văn_Phúc] .",
            ("Lâm_Văn_Phúc", "holdsPostAt", "Sở Xây_dựng Cần_Thơ"),
        ),
        (
            "Theo hồ_sơ , [REF Giám_đốc [ORG Sở Xây_dựng Cần_Thơ]] là ông [PER Lâm_Văn_Phúc] .",
            ("Lâm_Văn_Phúc", "holdsPostAt", "Sở Xây_dựng Cần_Thơ"),
        ),
        (
            "Nguyên Thủ_tướng của [COUNTRY Nepal] là ông [PER Sushil_Koirala] .",
            ("Sushil_Koirala", "formerlyHeldPostAt", "Nepal"),
        ),
    ],
)
def test_copular_posts_title_opening_clause_is_the_name_s(markup, expected):
    assert expected in posts(markup)


@pytest.mark.parametrize(
    ("markup", "person"),
    [
        # the title does not open the clause: the name is someone else's
        ("Cố_vấn của Tổng_thống [COUNTRY Chile] là ông [PER Pablo_Reyes] .", "Pablo_Reyes"),
        ("Vợ của Chủ_tịch [ORG Hòa_Phát] là bà [PER Vũ_Thị_Lan] .", "Vũ_Thị_Lan"),
        ("Đối_thủ của [REF Chủ_tịch [ORG Hòa_Phát]] là ông [PER Đỗ_Văn_Sơn] .", "Đỗ_Văn_Sơn"),
        # no name right after the copula
        ("Tổng_giám_đốc [ORG Hòa_Phát] là người đã ký với ông [PER Đỗ_Văn_Sơn] .", "Đỗ_Văn_Sơn"),
        # a word of no post before "là"
        ("Trụ_sở của [ORG Hòa_Phát] là nơi ông [PER Đỗ_Văn_Sơn] làm_việc .", "Đỗ_Văn_Sơn"),
    ],
)
def test_copular_posts_not_the_name_s(markup, person):
    assert not [t for t in posts(markup) if t[0] == person]
