"""Generic bodies kept to their country: tables of made-up sentences and whether two mentions
of one body's name are one thing."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from test_resolve_support import Say, make_extraction


def _entity_of(resolution, article_id: str, start_text: str, nth: int = 0) -> str | None:
    found = [d for d in resolution.decisions if d.mention.article_id == article_id and d.mention.text == start_text]
    found.sort(key=lambda d: d.mention.start)
    return found[nth].entity_id


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # the posts of one person are of one country: the country of the last post is the first's too
        (
            ["ông", Say("Somsak_Lavan"), ",", "Ủy_viên", Say("Bộ_Chính_trị", "Organization"), ",",
             "Phó_Thủ_tướng", Say("Chính_phủ_Lào", "Organization"), "phát_biểu", "."],
            ["ông", Say("Trần_Văn_Bình"), ",", "Ủy_viên", Say("Bộ_Chính_trị", "Organization"), ",",
             "Bí_thư", "Thành_ủy", "phát_biểu", "."],
            False,
        ),
        (
            ["bà", Say("Mai_Thị_Lan"), ",", "Ủy_viên", Say("Bộ_Chính_trị", "Organization"), ",",
             "Chủ_tịch", Say("Quốc_hội", "Organization"), "phát_biểu", "."],
            ["ông", Say("Trần_Văn_Bình"), ",", "Ủy_viên", Say("Bộ_Chính_trị", "Organization"), "đến", "."],
            True,
        ),
        # a list that is not one person's posts names no country for the body before it
        (
            ["các", "nghị_quyết", "của", Say("Bộ_Chính_trị", "Organization"), ",", "ý_kiến", "của",
             "người", "dân", Say("Lào", "Country"), "."],
            ["ông", Say("Trần_Văn_Bình"), ",", "Ủy_viên", Say("Bộ_Chính_trị", "Organization"), "đến", "."],
            True,
        ),
        # every country has its Red Cross: the one of an article about a foreign country is that country's
        (
            [Say("Nhật_Bản", "Country"), "hứng", "động_đất", ";", Say("Nhật_Bản", "Country"), "cần", "viện_trợ",
             "qua", Say("Hội_Chữ_thập_đỏ", "Organization"), "."],
            [Say("Hội_Chữ_thập_đỏ", "Organization"), "hỗ_trợ", "bà_con", "vùng", "lũ", "."],
            False,
        ),
        (
            [Say("Hội_Chữ_thập_đỏ_Việt_Nam", "Organization"), "quyên_góp", "."],
            [Say("Hội_Chữ_thập_đỏ", "Organization"), "hỗ_trợ", "bà_con", "vùng", "lũ", "."],
            True,
        ),
    ],
)
def test_a_generic_body_is_of_the_country_its_context_gives(first, second, same):
    resolution = resolve([make_extraction("a1", *first), make_extraction("a2", *second)])
    body = next(p.text for p in second if isinstance(p, Say) and p.type == "Organization")
    written = [p.text for p in first if isinstance(p, Say) and p.type == "Organization"][0]
    assert (_entity_of(resolution, "a1", written) == _entity_of(resolution, "a2", body)) is same


@pytest.mark.parametrize(
    ("first", "same"),
    [
        # the one foreign country its sentence named before it
        (["người", "dân", Say("Nhật_Bản", "Country"), "kêu_gọi", Say("Chính_phủ", "Organization"), "hành_động", "."], False),
        # two countries before it: not guessed
        ([Say("Nhật_Bản", "Country"), "và", Say("Hàn_Quốc", "Country"), "kêu_gọi", Say("Chính_phủ", "Organization"),
          "hành_động", "."], True),
        # the home country named before it
        (["người", "dân", Say("Việt_Nam", "Country"), "kêu_gọi", Say("Chính_phủ", "Organization"), "hành_động", "."], True),
        # a post as the home news writes it
        (["Đại_sứ", Say("Nhật_Bản", "Country"), "chào", "Thủ_tướng", Say("Chính_phủ", "Organization"), "."], True),
        # a country named only after it
        ([Say("Chính_phủ", "Organization"), "phản_đối", "kế_hoạch", "của", Say("Nhật_Bản", "Country"), "."], True),
    ],
)
def test_a_bare_body_is_of_the_foreign_country_its_sentence_named(first, same):
    second = [Say("Chính_phủ", "Organization"), "họp", "phiên", "thường_kỳ", "."]
    resolution = resolve([make_extraction("a1", *first), make_extraction("a2", *second)])
    assert (_entity_of(resolution, "a1", "Chính_phủ") == _entity_of(resolution, "a2", "Chính_phủ")) is same


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # a province and its capital of one name: the province's body and the city's are two bodies
        ("Công_an_tỉnh_Long_An", "Công_an_TP_Long_An", False),
        ("UBND_tỉnh_Hậu_Giang", "UBND_thị_xã_Hậu_Giang", False),
        ("UBND_huyện_Vĩnh_Bảo", "UBND_xã_Vĩnh_Bảo", False),
        # one level written two ways: one body
        ("Công_an_TP_Long_An", "Công_an_thành_phố_Long_An", True),
        # the level of the place itself, written or not: one body
        ("UBND_tỉnh_Hậu_Giang", "UBND_Hậu_Giang", True),
        ("UBND_thành_phố_Hà_Nội", "UBND_Hà_Nội", True),
        # a listed province written bare after the body: of that province
        ("Công_an_tỉnh_Quảng_Nam", "Công_an_Quảng_Nam", True),
        # the city's abbreviations, a dot after "TP" or not
        ("Công_an_TP_HCM", "Công_an_TP.HCM", True),
        ("Sở_Y_tế_TP.HCM", "Sở_Y_tế_TP_Hồ_Chí_Minh", True),
        # two provinces stay two
        ("Công_an_tỉnh_Quảng_Nam", "Công_an_Quảng_Ngãi", False),
        # a body's abbreviation and its name written out, with one place: one body
        ("UBND_tỉnh_Hậu_Giang", "Ủy_ban_nhân_dân_tỉnh_Hậu_Giang", True),
        ("TAND_TP_Hà_Nội", "Tòa_án_nhân_dân_thành_phố_Hà_Nội", True),
        ("LĐLĐ_tỉnh_Nghệ_An", "Liên_đoàn_Lao_động_tỉnh_Nghệ_An", True),
        ("HĐND_tỉnh_Hậu_Giang", "Ủy_ban_nhân_dân_tỉnh_Hậu_Giang", False),
        ("TAND_huyện_Bình_Chánh", "Tòa_án_nhân_dân_TP_HCM", False),
    ],
)
def test_a_local_body_is_of_its_place_at_the_level_written(first, second, same):
    resolution = resolve([
        make_extraction("a1", Say(first, "Organization"), "cho", "biết", "."),
        make_extraction("a2", Say(second, "Organization"), "cho", "biết", "."),
    ])
    assert (_entity_of(resolution, "a1", first) == _entity_of(resolution, "a2", second)) is same
