"""Posts of known officeholders whose body the text leaves to the reader's knowledge."""

from __future__ import annotations

from dataclasses import replace

import pytest

from test_relations_markup import parse_markup, triples

from kg.extract.relations import find_relations
from kg.lexicon import LexiconError
from kg.lexicon.officeholders import body_key, load_officeholders, officeholders_by_name
from kg.vocab import ROLE_PREDICATES


def posts(markup: str, published: str | None = "2013-10-25") -> set[tuple[str, str, str]]:
    """The posts found in ``markup`` read as an article published on ``published``."""
    analysed, mentions, times = parse_markup(markup)
    analysed = replace(analysed, article=replace(analysed.article, published=published))
    statements, _ = find_relations(analysed, mentions, times)
    return {t for t in triples(statements) if t[1] in ROLE_PREDICATES}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Phe đối_lập tìm cách lật_đổ [PER Tổng_thống|Bashar_al-Assad] . Xung_đột ở [COUNTRY Syria] kéo_dài .",
            {("Bashar_al-Assad", "presidentOf", "Syria")},
        ),
        (
            "[ORG Quốc_hội Campuchia] phê_chuẩn nhiệm_kỳ của [PER Thủ_tướng|Hun_Sen] . [COUNTRY Campuchia] yên_ổn .",
            {("Hun_Sen", "primeMinisterOf", "Campuchia")},
        ),
        # a name whose hyphen the segmenter split off
        ("Phe đối_lập chống [PER Tổng_thống|Bashar_al - Assad] ở [COUNTRY Syria] .", {("Bashar_al - Assad", "presidentOf", "Syria")}),
        # a foreign country of the table before a body the title implies, which is the home country's
        ("[PER Thủ_tướng|Manmohan_Singh] đến . [ORG Chính_phủ] họp . [COUNTRY Ấn_Độ] đồng_ý .", {("Manmohan_Singh", "primeMinisterOf", "Ấn_Độ")}),
        # the home country's leader: the body the title implies first
        ("[PER Thủ_tướng|Nguyễn_Tấn_Dũng] chỉ_đạo [ORG Chính_phủ] . [COUNTRY Việt_Nam] phát_triển .", {("Nguyễn_Tấn_Dũng", "primeMinisterOf", "Chính_phủ")}),
        # the home country by a short name is no foreign country: its bodies and its full name first
        (
            "[PER Phó Thủ_tướng|Nguyễn_Thiện_Nhân] phát_biểu . Đoàn [COUNTRY Việt] - Hàn đến [COUNTRY Việt_Nam] .",
            {("Nguyễn_Thiện_Nhân", "holdsPostAt", "Việt_Nam")},
        ),
        # a short form of the name the table lists
        ("[PER Ngoại_trưởng|Kerry] nói [COUNTRY Mỹ] coi_trọng quan_hệ .", {("Kerry", "foreignMinisterOf", "Mỹ")}),
        # the body named by another of its names
        ("[PER Ngoại_trưởng|John_Kerry] đến [COUNTRY Hoa_Kỳ] .", {("John_Kerry", "foreignMinisterOf", "Hoa_Kỳ")}),
        ("[PER Tổng_thư_ký|Ban_Ki-moon] kêu_gọi [ORG Liên_Hiệp_Quốc] hành_động .", {("Ban_Ki-moon", "holdsPostAt", "Liên_Hiệp_Quốc")}),
        # a title of a broader role that may name the post
        ("[PER Bộ_trưởng|Sergei_Lavrov] tới Tokyo . [COUNTRY Nga] phản_đối .", {("Sergei_Lavrov", "ministerOf", "Nga")}),
        ("[PER Chủ_tịch|Tập_Cận_Bình] phát_biểu . [COUNTRY Trung_Quốc] tăng_trưởng .", {("Tập_Cận_Bình", "chairmanOf", "Trung_Quốc")}),
        ("[PER nhà_lãnh_đạo|Mã_Anh_Cửu] nói về [COUNTRY Đài_Loan] .", {("Mã_Anh_Cửu", "leaderOf", "Đài_Loan")}),
        # a post left before the article's date is a former one; so is one written after "cựu"
        ("[PER Tổng_thống|Hosni_Mubarak] bị lật_đổ ở [COUNTRY Ai_Cập] .", {("Hosni_Mubarak", "formerlyHeldPostAt", "Ai_Cập")}),
        ("cựu [PER Tổng_thống|Bill_Clinton] đến [COUNTRY Mỹ] .", {("Bill_Clinton", "formerlyHeldPostAt", "Mỹ")}),
        ("Ông là cựu [PER Thủ_tướng|Hun_Sen] . [COUNTRY Campuchia] yên_ổn .", {("Hun_Sen", "formerlyHeldPostAt", "Campuchia")}),
        # a Vietnamese minister's post is at the ministry
        ("[PER Bộ_trưởng|Trần_Đại_Quang] chỉ_đạo [ORG Bộ Công_an] và [COUNTRY Việt_Nam] .", {("Trần_Đại_Quang", "ministerOf", "Bộ Công_an")}),
        # namesakes of one role at two bodies: the one the article names
        ("[PER Quốc_vương|Abdullah] quyết_định mọi việc ở [COUNTRY Ả_Rập_Saudi] .", {("Abdullah", "leaderOf", "Ả_Rập_Saudi")}),
    ],
)
def test_known_posts_title_without_body_gives_the_post_the_table_knows(markup, expected):
    assert posts(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # the body not named in the article
        "Phe đối_lập tìm cách lật_đổ [PER Tổng_thống|Bashar_al-Assad] .",
        # a title of another role: a namesake or another post
        "[PER Bộ_trưởng Quốc_phòng|Sergei_Lavrov] đến [COUNTRY Nga] .",
        "[PER Thủ_tướng|Barack_Obama] đến [COUNTRY Mỹ] .",
        "[PER Giám_đốc|John_Kerry] đến [COUNTRY Mỹ] .",
        # a name the table does not know
        "[PER Tổng_thống|Ahmad_Karim] đến [COUNTRY Syria] .",
        # no title before the name
        "Ông [PER Bashar_al-Assad] ở [COUNTRY Syria] .",
        # a title after the name, in apposition: it may tell of something else ("đứng đầu danh_sách")
        "Ông [PER Barack_Obama] , người đứng_đầu danh_sách , ở [COUNTRY Mỹ] .",
        # namesakes of one role whose bodies are both named
        "[PER Quốc_vương|Abdullah] gặp đại_diện [COUNTRY Ả_Rập_Saudi] và [COUNTRY Jordan] .",
        # a post not yet taken at the article's date
        "[PER Ngoại_trưởng|Julie_Bishop] đến [COUNTRY Australia] .",
    ],
)
def test_known_posts_not_misread(markup):
    assert posts(markup, "2013-01-10") == set()


def test_known_posts_never_override_a_body_the_text_writes():
    assert posts("[PER Tổng_thống [COUNTRY Nga]|Bashar_al-Assad] tới [COUNTRY Syria] .") == {
        ("Bashar_al-Assad", "presidentOf", "Nga")
    }
    assert posts("[PER Thủ_tướng [COUNTRY Campuchia]|Hun_Sen] đến [COUNTRY Việt_Nam] .") == {
        ("Hun_Sen", "primeMinisterOf", "Campuchia")
    }


def test_known_posts_need_the_article_date():
    assert posts("[PER Thủ_tướng|Hun_Sen] tới [COUNTRY Campuchia] .", None) == set()


def test_known_posts_former_or_current_by_the_article_date():
    markup = "[PER Ngoại_trưởng|Hillary_Clinton] đến [COUNTRY Mỹ] ."
    assert posts(markup, "2012-12-01") == {("Hillary_Clinton", "foreignMinisterOf", "Mỹ")}
    assert posts(markup, "2013-10-25") == {("Hillary_Clinton", "formerlyHeldPostAt", "Mỹ")}


def test_known_posts_table_keys_bodies_by_any_of_their_names():
    assert body_key("Hoa Kỳ") == body_key("Mỹ")
    assert body_key("Liên hợp quốc") == body_key("Liên Hợp Quốc")
    assert all(post.body for post in load_officeholders())
    assert {post.role for post in officeholders_by_name()[("hun", "sen")]} == {"primeMinister"}


def test_known_posts_table_error_names_file_and_line(tmp_path):
    path = tmp_path / "officeholders.tsv"
    path.write_text("name\tspellings\trole\tbody\tfrom\tto\nHun Sen\t\tprimeMinister\tCampuchia\t1985-13\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"officeholders.tsv:2: '1985-13' is no date"):
        load_officeholders(path)
