"""Name keys, slugs, title stripping and the alias-table format."""

from __future__ import annotations

import pytest

from kg.resolve.aliases import AliasTableError, default_alias_table, parse_alias_lines
from kg.resolve.names import (
    bare_name,
    exact_key,
    fold,
    folded_key,
    has_diacritics,
    initials,
    is_acronym,
    slug,
    strip_prefixes,
    trim_person_name,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Điện_Kremlin", "dien_kremlin"), ("Nguyễn Khắc Chúc", "nguyen khac chuc"), ("Moskva", "moskva"), ("Ả Rập", "a rap")],
)
def test_names_fold_removes_diacritics(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("a", "b", "same_exact", "same_folded"),
    [
        ("Kim_Jong-un", "Kim Jong Un", True, True),
        ("Lê Văn Hưng", "Lê Văn Hùng", False, True),
        ("Hà_Nội", "ha noi", False, True),
        ("Triều Tiên", "Triều Tiên KCNA", False, False),
        # two placements of one tone mark are one spelling
        ("Thanh Hoá", "Thanh Hóa", True, True),
        ("Uỷ ban Nhân dân", "Ủy ban nhân dân", True, True),
        ("Khánh Hoà", "Khánh Hòa", True, True),
        # a different tone is a different name
        ("Hòa", "Hỏa", False, True),
    ],
)
def test_names_keys_compare_spellings(a, b, same_exact, same_folded):
    assert (exact_key(a) == exact_key(b)) is same_exact
    assert (folded_key(a) == folded_key(b)) is same_folded


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Kim Jong-un", "kim-jong-un"), ("Đà Nẵng", "da-nang"), ("Nga", "nga"), ("TP.HCM", "tp-hcm"), ("!!!", "unnamed")],
)
def test_names_slug(name, expected):
    assert slug(name) == expected


@pytest.mark.parametrize(
    ("text", "name", "prefix"),
    [
        ("ông Kim", "Kim", "ông"),
        ("Tổng_thống Putin", "Putin", "Tổng thống"),
        ("ông Tổng_thống Putin", "Putin", "ông Tổng thống"),
        ("Kim_Jong-un", "Kim Jong-un", None),
        ("ông chủ", "ông chủ", None),
        ("Anh", "Anh", None),
        ("anh Tuấn", "Tuấn", "anh"),
        ("Anh_Tuấn", "Anh Tuấn", None),
        ("Ông Putin", "Putin", "Ông"),
    ],
)
def test_names_strip_prefixes(text, name, prefix):
    assert strip_prefixes(text) == (name, prefix)


@pytest.mark.parametrize(
    ("name", "trimmed"),
    [
        ("Kim_kể", "Kim"),
        ("Kim_Jong-un", "Kim Jong-un"),
        ("Mohammed bin Salman", "Mohammed bin Salman"),
        ("Ông", "Ông"),
        ("Bashar al-Assad", "Bashar al-Assad"),
        ("Saud al-Faisal nói", "Saud al-Faisal"),
        ("Hamid al-", "Hamid"),
    ],
)
def test_names_trim_person_name(name, trimmed):
    assert trim_person_name(name) == trimmed


@pytest.mark.parametrize(
    ("text", "acronym", "letters"),
    [("LHQ", True, "l"), ("HĐBA", True, "h"), ("Nga", False, "n"), ("Liên_Hợp_Quốc", False, "lhq"), ("Hội_đồng Bảo_an", False, "hdba")],
)
def test_names_acronyms_and_initials(text, acronym, letters):
    assert is_acronym(text) is acronym
    assert initials(text) == letters


def test_names_has_diacritics():
    assert has_diacritics("Triều Tiên") and not has_diacritics("Kim Jong-un")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Nga", "expected 2 to 4 tab-separated fields"),
        ("Nga\tCountryy\t\t", "unknown type 'Countryy'"),
        ("Nga\tCountry\tLiên bang Nga\tq159", "is not a Wikidata id"),
        ("\tCountry", "the canonical name is empty"),
    ],
)
def test_aliases_bad_line_names_file_and_line(line, message):
    with pytest.raises(AliasTableError, match=rf"aliases.tsv:2: .*{message}"):
        parse_alias_lines(["# header", line], "aliases.tsv")


def test_aliases_name_listed_twice_is_an_error():
    with pytest.raises(AliasTableError, match=r"aliases.tsv:2: the name 'Nga' is already listed on line 1"):
        parse_alias_lines(["Nga\tCountry\t\t", "Liên bang Nga\tCountry\tNga\t"], "aliases.tsv")


def test_aliases_shipped_table_parses_and_has_wikidata_iris():
    table = default_alias_table()
    russia = table.lookup("location", "Liên_bang Nga")
    assert russia is not None and russia.same_as == ("http://www.wikidata.org/entity/Q159",)
    assert table.lookup("location", "hoa ky").canonical == "Mỹ"
    assert table.role("ông chủ Điện_Kremlin") == "Tổng thống Nga"


@pytest.mark.parametrize(
    ("text", "category", "name"),
    [
        ("Nhưng_Thu_Phương", "person", "Thu Phương"),
        ("Phía Viettel", "organization", "Viettel"),
        ("Chợ_Rẫy", "location", "Chợ Rẫy"),
        ("Đền Hùng", "location", "Đền Hùng"),
        ("Như_Quỳnh", "person", "Như Quỳnh"),
        ("ông Kim_kể", "person", "Kim"),
    ],
)
def test_names_bare_name_drops_glued_words(text, category, name):
    assert bare_name(text, category) == name
