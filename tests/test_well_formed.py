"""Relations whose ends are a coordination or a body and its own short form (kg.extract.well_formed)."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def facts(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in ("memberOf", "partOf", "locatedIn")}


@pytest.mark.parametrize(
    ("markup", "never"),
    [
        # a coordination of two things is no body
        (
            "Đại_tướng [PER Võ_Nguyên_Giáp] , thành_viên của [ORG Quân_đội và dân_tộc Việt_Nam] , đã ra_đi .",
            "Quân_đội và dân_tộc Việt_Nam",
        ),
        (
            "[PER Nguyễn_Văn_An] là hội_viên [ORG Hội Nông_dân và nhân_dân Nghệ_An] .",
            "Hội Nông_dân và nhân_dân Nghệ_An",
        ),
        # a body's own short form in brackets
        (
            "[ORG Ủy_ban dự_thảo sửa_đổi Hiến_pháp 1992] ( [ORG Ủy_ban] ) đã họp .",
            "Ủy_ban",
        ),
        (
            "[ORG Hội_đồng Quản_lý Quỹ] ( [ORG HĐQLQ] ) đã họp .",
            "HĐQLQ",
        ),
    ],
)
def test_well_formed_drops(markup, never):
    assert not any(never in (s, o) for s, _, o in facts(markup))


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an official name that joins capitalised words is one body
        (
            "[PER Nguyễn_Văn_An] là đảng_viên [ORG Đảng Lao_động và Xã_hội] .",
            ("Nguyễn_Văn_An", "memberOf", "Đảng Lao_động và Xã_hội"),
        ),
        # a parent body in brackets is another body
        (
            "[ORG Tổng_cục Thuế] ( [ORG Bộ Tài_chính] ) cho_biết .",
            ("Tổng_cục Thuế", "partOf", "Bộ Tài_chính"),
        ),
    ],
)
def test_well_formed_keeps(markup, expected):
    assert expected in facts(markup)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Quân_đội và dân_tộc Việt_Nam", "Quân_đội"),
        ("Đảng và nhân_dân Việt_Nam", "Đảng"),
        ("Chính_phủ cùng người_dân Nhật_Bản", "Chính_phủ"),
        ("Chính_phủ và nhân_dân Philippines", "Chính_phủ"),
        ("Sở Khoa_học và công_nghệ TP HCM", "Sở Khoa_học và công_nghệ TP HCM"),
        ("Supe Phốt_phát và hóa_chất Lâm_Thao", "Supe Phốt_phát và hóa_chất Lâm_Thao"),
        # bodies whose names are written with lowercase words stay whole
        ("Bộ kế_hoạch và đầu_tư", "Bộ kế_hoạch và đầu_tư"),
        ("Bộ Giáo_dục và đào_tạo", "Bộ Giáo_dục và đào_tạo"),
        ("Hiệp_hội doanh_nghiệp nhỏ và vừa Việt_Nam", "Hiệp_hội doanh_nghiệp nhỏ và vừa Việt_Nam"),
        (
            "Ngân_hàng Nông_nghiệp và phát_triển nông_thôn chi_nhánh quận Phú_Nhuận",
            "Ngân_hàng Nông_nghiệp và phát_triển nông_thôn chi_nhánh quận Phú_Nhuận",
        ),
        # official names that join capitalised words stay whole
        ("Bộ Giáo_dục và Đào_tạo", "Bộ Giáo_dục và Đào_tạo"),
        ("Ngân_hàng Đầu_tư và Phát_triển Việt_Nam", "Ngân_hàng Đầu_tư và Phát_triển Việt_Nam"),
        ("Bộ Lao_động - Thương_binh và Xã_hội", "Bộ Lao_động - Thương_binh và Xã_hội"),
    ],
)
def test_well_formed_coordinated_name_cut_to_its_first_conjunct(name, kept):
    from kg.extract.well_formed import first_conjuncts
    from kg.model import EntityType, Mention

    (mention,) = first_conjuncts([Mention("a", 0, 10, 10 + len(name), name, EntityType.ORGANIZATION)])
    assert mention.text == kept and mention.end - mention.start == len(kept)


def test_well_formed_membership_of_the_first_conjunct():
    from kg.analyse import analyse
    from kg.extract import extract
    from kg.model import Article

    text = "Đại_tướng Võ_Nguyên_Giáp là vị tướng vĩ_đại của Quân_đội và dân_tộc Việt_Nam , là học_trò xuất_sắc của Bác_Hồ ."
    extraction = extract(analyse(Article(id="a", text=text, source="test", segmented=True)), learned=False)
    assert all(" và " not in m.text.replace("_", " ") for m in extraction.mentions)
    assert all(" và " not in s.object.text.replace("_", " ") for s in extraction.statements)
