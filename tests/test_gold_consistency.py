"""The gold consistency check: entities of different articles that look like one
thing but have two gold identities, or share one under names that do not match."""

from __future__ import annotations

import pytest

from kg.corpus.annfile import compile_ann
from kg.corpus.gold import GoldArticle, load_gold, parse_record
from kg.corpus.texts import CorpusArticle
from kg.evaluate import consistency
from kg.evaluate.consistency import (
    ACRONYM,
    ALIASES,
    BARE_NAME,
    DIFFERENT_NAMES,
    GENERIC_BODY,
    KEYED_AND_UNKEYED,
    ONE_ARTICLE,
    SAME_FORM,
    SPELLING,
    VARIANT_FORM,
    check,
    format_check,
    format_group,
)


def _gold(*articles: tuple[str, str]) -> dict[str, GoldArticle]:
    """Gold records of made-up articles, each given as (text, entity lines)."""
    gold = {}
    for number, (text, entities) in enumerate(articles, start=1):
        article_id = f"a{number}"
        article = CorpusArticle(article_id, number, "", text, text, "", "2013-10-20")
        record = compile_ann(f"id {article_id}\nannotator t\nlevel entities\n{entities}", text, f"{article_id}.ann")
        gold[article_id] = parse_record(record, article, "train", f"{article_id}.ann")
    return gold


def _reasons(*articles: tuple[str, str]) -> list[str]:
    return [group.reason for group in check(_gold(*articles))]


CASES = [
    # (first article, second article, the reasons flagged)
    (("Bộ Y tế Việt Nam họp.", "E1 Organization {Bộ Y tế Việt Nam}: Bộ Y tế"),
     ("Bộ Y tế ra thông báo.", "E1 Organization: Bộ Y tế"),
     [KEYED_AND_UNKEYED, GENERIC_BODY]),
    (("Quốc hội Đức họp, Quốc hội bỏ phiếu.", "E1 Organization {Quốc hội Đức}: Quốc hội"),
     ("Quốc hội thông qua luật.", "E1 Organization {Quốc hội Việt Nam}: Quốc hội"),
     []),
    (("Ông Hoàng Anh Tuấn tới Pakse hôm qua.", "E1 City: Pakse\nE2 Person: Hoàng Anh Tuấn"),
     ("Máy bay hạ cánh ở sân bay Pakse.", "E1 Facility {sân bay Pakse}: Pakse"),
     []),
    (("Mưa lớn ở Thừa Thiên-Huế.", "E1 Region: Thừa Thiên-Huế"),
     ("Lũ về Thừa Thiên Huế.", "E1 Region: Thừa Thiên Huế"),
     [VARIANT_FORM]),
    (("Uỷ ban Olympic Quốc tế họp.", "E1 Organization: Uỷ ban Olympic Quốc tế"),
     ("Ủy ban Olympic Quốc tế ra quyết định.", "E1 Organization: Ủy ban Olympic Quốc tế"),
     [VARIANT_FORM]),
    (("Liên Hợp Quốc kêu gọi hòa bình.", "E1 Organization: Liên Hợp Quốc"),
     ("LHQ họp khẩn.", "E1 Organization: LHQ"),
     [ACRONYM]),
    (("Bài: Thanh Nga.", "E1 Person: Thanh Nga"),
     ("Bài: TN.", "E1 Person: TN"),
     []),
    (("Đoàn khách từ Úc tới.", "E1 Country: Úc"),
     ("Australia và Nhật Bản ký kết.", "E1 Country: Australia\nE2 Country: Nhật Bản"),
     [ALIASES]),
    (("Tiền đạo Alex Urosevski ghi bàn.", "E1 Person: Alex Urosevski"),
     ("Alex Urolevski sút hỏng.", "E1 Person: Alex Urolevski"),
     [SPELLING]),
    (("Ông John Kerry phát biểu.", "E1 Person: John Kerry"),
     ("Hậu vệ John Terry chấn thương.", "E1 Person: John Terry"),
     []),
    (("Ông Lê Như Tiến, đại biểu Quốc hội, phát biểu.", "E1 Person {Lê Như Tiến}: Lê Như Tiến"),
     ("Ông Tiến, một ngư dân, kể lại.", "E1 Person: Tiến"),
     [BARE_NAME]),
    (("Ông Trần Quốc Huy nói. Ông Huy cho biết thêm.", "E1 Person: Trần Quốc Huy | Huy"),
     ("Anh Nguyễn Hữu Huy kể. Anh Huy cho biết.", "E1 Person: Nguyễn Hữu Huy | Huy"),
     [DIFFERENT_NAMES]),
    (("Ông Trần Quốc Huy nói. Ông Huy cho biết thêm.", "E1 Person {Trần Quốc Huy}: Trần Quốc Huy | Huy"),
     ("Anh Nguyễn Hữu Huy kể. Anh Huy cho biết.", "E1 Person {Nguyễn Hữu Huy}: Nguyễn Hữu Huy | Huy"),
     []),
    (("Hậu vệ Mesut Özil ghi bàn.", "E1 Person {Mesut Özil}: Mesut Özil"),
     ("Mesut Ozil chuyền bóng.", "E1 Person {Mesut Ozil}: Mesut Ozil"),
     [SPELLING]),
    (("Công ty VBĐQ Sài Gòn tăng giá.", "E1 Organization: Công ty VBĐQ Sài Gòn"),
     ("Công ty Vàng bạc đá quý Sài Gòn niêm yết giá.", "E1 Organization: Công ty Vàng bạc đá quý Sài Gòn"),
     [ACRONYM]),
    (("LA Galaxy thắng.", "E1 Organization {LA Galaxy}: LA Galaxy"),
     ("Màn hình do LG sản xuất.", "E1 Organization {LG}: LG"),
     []),
    (("Bắc Kinh phản đối, Trung Quốc cho biết.", "E1 Country: Trung Quốc | Bắc Kinh"),
     ("Ông tới Bắc Kinh hôm qua.", "E1 City: Bắc Kinh"),
     []),
    (("Hội Chữ thập đỏ quyên góp.", "E1 Organization: Hội Chữ thập đỏ"),
     ("Hội chữ thập đỏ tới nơi.", "E1 Organization: Hội chữ thập đỏ"),
     []),
]


@pytest.mark.parametrize(("first", "second", "expected"), CASES)
def test_groups_flagged_by_reason(first: tuple[str, str], second: tuple[str, str], expected: list[str]) -> None:
    assert sorted(_reasons(first, second)) == sorted(expected)


def test_a_generic_body_alone_is_flagged_even_in_one_article_and_a_generic_key_counts_as_none() -> None:
    assert _reasons(("Chính phủ họp.", "E1 Organization: Chính phủ")) == [GENERIC_BODY]
    assert _reasons(("Bộ Ngoại giao ra thông cáo.", "E1 Organization {Bộ Ngoại giao}: Bộ Ngoại giao")) == [GENERIC_BODY]
    assert _reasons(("Chính phủ Lào họp.", "E1 Organization {Chính phủ Lào}: Chính phủ")) == []
    assert _reasons(("UBND tỉnh họp.", "E1 Organization: UBND tỉnh")) == [GENERIC_BODY]


def test_two_entities_of_one_article_joined_by_a_shared_unkeyed_form_are_flagged() -> None:
    text = "Bà Trần Nguyệt Hoa nói. Bác Hoa đi chợ. Bà Hoa cho biết."
    assert _reasons((text, "E1 Person: Trần Nguyệt Hoa | Hoa@s3\nE2 Person: Hoa@s2")) == [ONE_ARTICLE]
    assert _reasons((text, "E1 Person {Trần Nguyệt Hoa}: Trần Nguyệt Hoa | Hoa@s3\nE2 Person: Hoa@s2")) == []


def test_a_capital_among_a_countrys_forms_joins_the_city_of_another_article_under_one_identity() -> None:
    gold = _gold(
        ("Bắc Kinh phản đối, Trung Quốc cho biết. Ông tới Bắc Kinh.",
         "E1 Country: Trung Quốc | Bắc Kinh@s1\nE2 City: Bắc Kinh@s2"),
    )
    assert [g.reason for g in check(gold)] == [ONE_ARTICLE]


def test_a_generic_key_and_the_same_key_with_its_country_are_two_identities_flagged() -> None:
    reasons = _reasons(
        ("Bộ Y tế ra thông báo.", "E1 Organization {Bộ Y tế Việt Nam}: Bộ Y tế"),
        ("Bộ Y tế họp.", "E1 Organization {Bộ Y tế}: Bộ Y tế"),
    )
    assert SAME_FORM in reasons and GENERIC_BODY in reasons


def test_a_bare_region_of_the_home_country_and_a_foreign_one_keyed_with_it_are_apart() -> None:
    assert _reasons(
        ("Bão vào miền Trung.", "E1 Region {miền Trung}: miền Trung"),
        ("Bão quét qua miền Trung Philippines.", "E1 Region {miền Trung Philippines}: miền Trung"),
    ) == []


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Bộ LĐ-TB&XH", "Bộ LĐTB&XH", True),
        ("Uỷ ban", "Ủy ban", True),
        ("TP. HCM", "TP.HCM", True),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu", True),
        ("Tổng cục Cảnh sát phòng, chống tội phạm", "Tổng cục Cảnh sát phòng chống tội phạm", True),
        ("Minh Thu", "Minh Thư", False),
        ("Hà Nội", "Hà Nam", False),
    ],
)
def test_loose_names_ignore_only_spacing_punctuation_case_and_the_tone_marks_place(a: str, b: str, alike: bool) -> None:
    assert (consistency.loose(a) == consistency.loose(b)) is alike


@pytest.mark.parametrize(
    ("name", "acronym", "found"),
    [
        ("Liên Hợp Quốc", "LHQ", True),
        ("Ủy ban nhân dân", "UBND", True),
        ("Đảng Cộng sản Việt Nam", "ĐCSVN", True),
        ("Đảng Cộng sản Việt Nam", "DCSVN", True),
        ("Bộ Thông tin và Truyền thông", "BTTTT", True),
        ("Bộ Thông tin và Truyền thông", "BTTVTT", True),
        ("Hà Nội", "HCM", False),
        ("Hà", "H", False),
    ],
)
def test_acronyms_of_a_name_ignore_marks_but_keep_the_letter_dd(name: str, acronym: str, found: bool) -> None:
    assert (acronym in consistency.acronyms(name)) is found


@pytest.mark.parametrize(
    ("short", "long", "found"),
    [
        ("Công ty VBĐQ Sài Gòn", "Công ty Vàng bạc đá quý Sài Gòn", True),
        ("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo", True),
        ("Trường ĐH Nông Lâm TP.HCM", "Trường Đại học Nông Lâm TP.HCM", True),
        ("Công ty SJC", "Công ty Vàng bạc đá quý Sài Gòn", False),
        ("LG", "LA Galaxy", False),
        ("Bộ GD&ĐT", "Bộ Giao thông Vận tải", False),
    ],
)
def test_a_run_of_words_written_as_initials(short: str, long: str, found: bool) -> None:
    assert consistency.abbreviates(short, long) is found


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("Mesut Özil", "Mesut Ozil", True),
        ("Alex Urosevski", "Alex Urolevski", True),
        ("Tanongsak Saensoomboonsuk", "Tanongsak Saensomboonsuk", True),
        ("John Kerry", "John Terry", False),
        ("Minh Thu", "Minh Thư", False),
        ("Nguyễn Văn An", "Nguyễn Văn Anh", False),
        ("Urosevski", "Urolevski", False),
    ],
)
def test_foreign_names_spelt_alike(a: str, b: str, alike: bool) -> None:
    assert consistency.spelt_alike(a, b) is alike


@pytest.mark.parametrize(
    ("form", "acronym"),
    [("LHQ", True), ("Bộ LĐTB&XH", False), ("T.N", True), ("NATO", True), ("Nato", False), ("U21", False)],
)
def test_what_is_written_as_an_acronym(form: str, acronym: bool) -> None:
    assert consistency.is_acronym(form) is acronym


@pytest.mark.parametrize(
    ("form", "generic"),
    [
        ("Quốc hội", True),
        ("Bộ Y tế", True),
        ("UBND tỉnh", True),
        ("Bộ Y tế Việt Nam", False),
        ("UBND tỉnh Quảng Nam", False),
        ("Bộ Chính trị", False),
        ("Vingroup", False),
    ],
)
def test_generic_bodies_come_from_the_word_list(form: str, generic: bool) -> None:
    assert consistency.is_generic(form) is generic


def test_a_group_prints_on_one_line_with_articles_ids_types_keys_and_forms() -> None:
    groups = check(_gold(
        ("Bộ Y tế Việt Nam họp.", "E1 Organization {Bộ Y tế Việt Nam}: Bộ Y tế"),
        ("Bộ Y tế ra thông báo.", "E1 Organization: Bộ Y tế"),
    ))
    line = format_group(groups[0])
    assert line == (
        '[keyed and unkeyed] a1:E1 Organization {Bộ Y tế Việt Nam} "Bộ Y tế" ; a2:E1 Organization {} "Bộ Y tế"'
    )
    assert "\n" not in line
    assert format_check(groups).splitlines()[-1] == (
        "gold consistency: 2 groups (generic body: 1, keyed and unkeyed: 1)"
    )
    assert format_check([]) == "gold consistency: 0 groups (none)"


def test_the_shipped_gold_has_no_flagged_group() -> None:
    groups = check(load_gold())
    assert not groups, "\n" + format_check(groups)
