"""Posts held, from titles written with names."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples

ROLE_PREDICATES = {"presidentOf", "leaderOf", "chairmanOf", "primeMinisterOf", "ministerOf",
                   "foreignMinisterOf", "defenceMinisterOf", "spokespersonOf", "memberOf"}


def roles(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in ROLE_PREDICATES}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[PER Tổng_thống [COUNTRY Nga]|Vladimir_Putin] phát_biểu .", {("Vladimir_Putin", "presidentOf", "Nga")}),
        ("Ông gặp [PER Thủ_tướng [COUNTRY Nhật_Bản]|Shinzo_Abe] .", {("Shinzo_Abe", "primeMinisterOf", "Nhật_Bản")}),
        ("[PER Bộ_trưởng Quốc_phòng [COUNTRY Nga]|Sergei_Shoigu] có_mặt .", {("Sergei_Shoigu", "defenceMinisterOf", "Nga")}),
        ("[PER Phát_ngôn_viên [ORG Điện_Kremlin]|Dmitry_Peskov] cho biết .", {("Dmitry_Peskov", "spokespersonOf", "Điện_Kremlin")}),
        ("[PER Người_phát_ngôn [ORG Điện_Kremlin]|Dmitry_Peskov] nói .", {("Dmitry_Peskov", "spokespersonOf", "Điện_Kremlin")}),
        ("[PER lãnh_đạo [COUNTRY Triều_Tiên]|Kim_Jong-un] đến .", {("Kim_Jong-un", "leaderOf", "Triều_Tiên")}),
        ("[PER Ngoại_trưởng [COUNTRY Mỹ]|John_Kerry] đến .", {("John_Kerry", "foreignMinisterOf", "Mỹ")}),
        ("[PER Chủ_tịch nước [COUNTRY Việt_Nam]|Trương_Tấn_Sang] đến .", {("Trương_Tấn_Sang", "presidentOf", "Việt_Nam")}),
        # segmenter variants of one title match alike
        ("[PER Chủ_tịch_nước [COUNTRY Việt_Nam]|Trương_Tấn_Sang] đến .", {("Trương_Tấn_Sang", "presidentOf", "Việt_Nam")}),
        # a body with its country written after it: the post is of the body
        ("[PER Phát_ngôn_viên [ORG Bộ Ngoại_giao] [COUNTRY Mỹ]|Matthew_Miller] nói .", {("Matthew_Miller", "spokespersonOf", "Bộ Ngoại_giao")}),
        # the title in apposition after the name
        ("Ông [PER Laurent_Fabius] , Ngoại_trưởng [COUNTRY Pháp] , cho biết .", {("Laurent_Fabius", "foreignMinisterOf", "Pháp")}),
    ],
)
def test_roles_title_gives_post(markup, expected):
    assert roles(markup) >= expected


@pytest.mark.parametrize(
    "markup",
    [
        # the post's country is not written: nothing is guessed
        "[PER Ngoại_trưởng|Sergey_Lavrov] sẽ thăm [COUNTRY Triều_Tiên] .",
        "[PER Tổng_thống|Putin] tiếp khách .",
        # deputies and former holders hold another post
        "[PER Phó_Thủ tướng [COUNTRY Nga]|Dmitry_Rogozin] đến .",
        "[PER Phó Thủ_tướng [COUNTRY Nga]|Dmitry_Rogozin] đến .",
        "[PER cựu Tổng_thống [COUNTRY Mỹ]|Bill_Clinton] đến .",
        "[PER Đại_sứ [COUNTRY Mỹ]|David_Shear] đến .",
        # a country next to a name without a title is no post
        "Tin từ [COUNTRY Nga] [PER Vladimir_Putin] .",
    ],
)
def test_roles_no_post_without_written_title_and_body(markup):
    assert roles(markup) == set()


@pytest.mark.parametrize(
    "markup",
    [
        "Hai [REF nhà_lãnh_đạo [COUNTRY Nga]] gặp_gỡ .",
        "yếu nhất trong các đời [REF tổng_thống [COUNTRY Mỹ]] .",
        "ban [REF lãnh_đạo [ORG Sở Y_tế]] trả_lời .",
    ],
)
def test_roles_reference_to_many_holders_or_a_leadership_gives_no_post(markup):
    assert roles(markup) == set()


def test_roles_reference_names_a_post():
    assert roles("[REF Tổng_thống [COUNTRY Nga]] ca_ngợi tình hữu_nghị .") == {("Tổng_thống Nga", "presidentOf", "Nga")}


def test_roles_evidence_spans_title_and_name():
    statements, _ = relations("Hôm_nay [PER Tổng_thống [COUNTRY Nga]|Vladimir_Putin] phát_biểu .")
    (statement,) = [s for s in statements if s.predicate == "presidentOf"]
    text = "Hôm_nay Tổng_thống Nga Vladimir_Putin phát_biểu ."
    assert text[statement.provenance.start : statement.provenance.end] == "Tổng_thống Nga Vladimir_Putin"
    assert statement.provenance.extractor == "roles" and 0 < statement.provenance.confidence <= 1


def test_roles_lexicon_reads_a_new_title_as_data(tmp_path):
    from kg.lexicon import load_titles

    path = tmp_path / "roles.tsv"
    path.write_text("# comment\ntitle\tpredicate\tsubject\tobject\nThủ_tướng\tprimeMinisterOf\tPerson\tCountry\n")
    (title,) = load_titles(path).values()
    assert title.syllables == ("thủ", "tướng") and title.predicate == "primeMinisterOf"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("thủ tướng\tprimeMinister\tPerson\tCountry", "unknown predicate"),
        ("thủ tướng\tprimeMinisterOf\tHuman\tCountry", "unknown entity type"),
        ("thủ tướng primeMinisterOf Person Country", "tab-separated"),
    ],
)
def test_roles_lexicon_error_names_file_and_line(tmp_path, line, message):
    from kg.lexicon import LexiconError, load_titles

    path = tmp_path / "roles.tsv"
    path.write_text("title\tpredicate\tsubject\tobject\n" + line + "\n")
    with pytest.raises(LexiconError, match=message) as error:
        load_titles(path)
    assert f"{path}:2" in str(error.value)
