"""Two things the resolver must keep apart, and the merge that must still happen beside each:
a capital that only says where a noun is, namesakes of two genders, a word of address written
alone, a post several people hold at once."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.actors import acts, modifies_noun
from kg.resolve.names import is_word_of_address, name_gender
from kg.resolve.references import shared_post
from test_resolve_support import Say, decisions_for, make_extraction


def _entity_of(resolution, article_id: str, text: str) -> str | None:
    found = {d.entity_id for d in decisions_for(resolution, text, article_id)}
    assert len(found) == 1, found
    return found.pop()


# -- a capital inside a noun phrase is the city ------------------------------------------


@pytest.mark.parametrize(
    ("text", "capital", "in_noun_phrase", "acting"),
    [
        ("Cảnh sát đề nghị các quán trọ Hà Nội giúp tìm người", "Hà Nội", True, False),
        ("Sáng nay những nhà hàng Tokyo đã đóng cửa sớm", "Tokyo", True, False),
        ("Các cửa hiệu Seoul đã tuyên bố giảm giá", "Seoul", True, False),
        ("Một số quan chức Canberra cho biết như vậy", "Canberra", True, False),
        # the capital heads its own clause, or is the party of a deal: the state
        ("Trong khi đó, Canberra đã tuyên bố rút quân", "Canberra", False, True),
        ("lý do khiến Tokyo gây sức ép với hãng", "Tokyo", False, True),
        ("các đồng minh của Canberra sẽ phản đối", "Canberra", False, True),
        ("trong các cuộc họp với Canberra đã nhất trí", "Canberra", False, False),
        ("mọi tranh cãi giữa Tokyo và Seoul đã được giải quyết", "Tokyo", False, True),
        ("Dư luận ủng hộ Seoul và Tokyo đàm phán lại", "Seoul", False, True),
    ],
)
def test_resolve_a_capital_ending_a_plural_noun_phrase_is_no_actor(text, capital, in_noun_phrase, acting):
    start = text.index(capital)
    assert modifies_noun(text, start) is in_noun_phrase
    assert acts(text, start, start + len(capital)) is acting


@pytest.mark.parametrize(
    ("pieces", "country"),
    [
        (["Cảnh", "sát", "đề", "nghị", "các", "quán", "trọ", Say("Canberra", "City"), "giúp", "tìm", "người", "."], False),
        (["Trong", "khi", "đó", ",", Say("Canberra", "City"), "đã", "tuyên", "bố", "rút", "quân", "."], True),
        # typed a country by the tagger, the same
        (["Cảnh", "sát", "đề", "nghị", "các", "quán", "trọ", Say("Canberra", "Country"), "giúp", "tìm", "người", "."], False),
        (["Trong", "khi", "đó", ",", Say("Canberra", "Country"), "đã", "tuyên", "bố", "rút", "quân", "."], True),
    ],
)
def test_resolve_a_capital_joins_its_country_only_when_it_acts(pieces, country):
    resolution = resolve([make_extraction("a1", Say("Australia", "Country"), "."), make_extraction("a2", *pieces)])
    same = _entity_of(resolution, "a2", "Canberra") == _entity_of(resolution, "a1", "Australia")
    assert same is country


# -- namesakes of two genders ------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        # one article says a man, another a woman: two people
        ("ông", "bà", False),
        ("anh", "chị", False),
        # the same gender, or one unsaid: one person
        ("ông", "anh", True),
        ("bà", None, True),
        (None, None, True),
    ],
)
def test_resolve_a_full_name_under_two_genders_is_two_people(first, second, one):
    resolution = resolve(
        [
            make_extraction("a1", Say("Đỗ_Ngọc_Khuê", honorific=first), "phát", "biểu", "."),
            make_extraction("a2", Say("Đỗ_Ngọc_Khuê", honorific=second), "cho", "biết", "."),
        ]
    )
    assert (_entity_of(resolution, "a1", "Đỗ_Ngọc_Khuê") == _entity_of(resolution, "a2", "Đỗ_Ngọc_Khuê")) is one


def test_resolve_a_namesake_in_an_article_that_says_no_gender_joins_neither():
    resolution = resolve(
        [
            make_extraction("a1", Say("Đỗ_Ngọc_Khuê", honorific="ông"), "phát", "biểu", "."),
            make_extraction("a2", Say("Đỗ_Ngọc_Khuê", honorific="bà"), "cho", "biết", "."),
            make_extraction("a3", Say("Đỗ_Ngọc_Khuê"), "đến", "dự", "."),
        ]
    )
    entities = {_entity_of(resolution, a, "Đỗ_Ngọc_Khuê") for a in ("a1", "a2", "a3")}
    assert len(entities) == 3
    (decision,) = decisions_for(resolution, "Đỗ_Ngọc_Khuê", "a1")
    assert "namesakes" in decision.evidence


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Lò_Thị_Mến", "female"),
        ("Hà Văn Khởi", "male"),
        ("Trịnh Thị Kim Xuyến", "female"),
        # no middle name that says one, too short, or foreign
        ("Đinh Quang Lực", None),
        ("Thị Mến", None),
        ("Anna Thi Smith", None),
    ],
)
def test_names_a_middle_name_says_a_gender(name, gender):
    assert name_gender(name) == gender


@pytest.mark.parametrize(
    ("full", "short", "honorific", "joins"),
    [
        ("Lò_Thị_Mến", "Mến", "ông", False),
        ("Lò_Thị_Mến", "Mến", "bà", True),
        ("Hà_Văn_Khởi", "Khởi", "chị", False),
        ("Hà_Văn_Khởi", "Khởi", "ông", True),
        ("Đinh_Quang_Lực", "Lực", "bà", True),
    ],
)
def test_resolve_a_short_name_never_joins_a_full_name_of_the_other_gender(full, short, honorific, joins):
    resolution = resolve([make_extraction("a1", Say(full), "nói", ".", Say(short, honorific=honorific), "cười", ".")])
    assert (_entity_of(resolution, "a1", short) == _entity_of(resolution, "a1", full)) is joins


# -- a word of address written alone is no short name ------------------------------------


@pytest.mark.parametrize(
    ("pieces", "short", "joins"),
    [
        # "Anh" opening a sentence or a song's title is the pronoun
        ([Say("Khải_Anh"), "hát", ".", Say("Anh"), "trai", "cô", "cũng", "hát", "."], "Anh", False),
        ([Say("Khải_Anh"), "với", "“", Say("Anh"), "đi", "đâu", "”", "."], "Anh", False),
        ([Say("Lò_Thị_Em"), "kể", ".", Say("Em"), "nhỏ", "khóc", "."], "Em", False),
        # the same given name under an honorific, or a name that only folds to one, is a short name
        ([Say("Lò_Thị_Em"), "kể", ".", Say("Em", honorific="bà"), "khóc", "."], "Em", True),
        ([Say("Nguyễn_Ngọc_Ánh"), "kể", ".", Say("Ánh"), "khóc", "."], "Ánh", True),
    ],
)
def test_resolve_a_word_of_address_alone_is_no_short_name(pieces, short, joins):
    resolution = resolve([make_extraction("a1", *pieces)])
    full = next(p.text for p in pieces if isinstance(p, Say) and p.text != short)
    assert (_entity_of(resolution, "a1", short) == _entity_of(resolution, "a1", full)) is joins
    if not joins:
        assert _entity_of(resolution, "a1", short) is None


@pytest.mark.parametrize(("name", "address"), [("Anh", True), ("Chị", True), ("em", True), ("Ánh", False), ("Anh Thư", False)])
def test_names_a_word_of_address_is_told_by_its_tone(name, address):
    assert is_word_of_address(name) is address


# -- posts several hold at once ----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "shared"),
    [
        ("Thứ trưởng Bộ Xây dựng", True),
        ("Đại sứ Pháp", True),
        ("ĐBQH tỉnh Yên Bái", True),
        ("Phó Chủ tịch UBND tỉnh Yên Bái", True),
        ("Ủy viên Bộ Chính trị", True),
        ("Tổng thống Pháp", False),
        ("Bộ trưởng Bộ Xây dựng", False),
        ("Chủ tịch UBND tỉnh Yên Bái", False),
    ],
)
def test_resolve_a_shared_post_is_told_by_its_role(phrase, shared):
    assert shared_post(phrase) is shared


def _reference(title: str) -> Say:
    return Say(title.replace(" ", "_"), reference=True)


@pytest.mark.parametrize(
    ("holder_title", "reference", "resolved"),
    [
        # a deputy minister titled in another article is not guessed
        ("Thứ_trưởng Bộ_Xây_dựng", "Thứ trưởng Bộ Xây dựng", False),
        ("Đại_sứ Pháp", "Đại sứ Pháp", False),
        # a post one holds at a time is
        ("Bộ_trưởng Bộ_Xây_dựng", "Bộ trưởng Bộ Xây dựng", True),
    ],
)
def test_resolve_a_shared_post_is_never_guessed_across_articles(holder_title, reference, resolved):
    resolution = resolve(
        [
            make_extraction("a1", Say("Lại_Văn_Khôi", title=holder_title), "phát", "biểu", "."),
            make_extraction("a2", _reference(reference), "cho", "biết", "."),
        ]
    )
    (decision,) = decisions_for(resolution, reference.replace(" ", "_"), "a2")
    assert (decision.entity_id == _entity_of(resolution, "a1", "Lại_Văn_Khôi")) is resolved


def test_resolve_a_shared_post_goes_to_its_articles_one_holder():
    resolution = resolve(
        [
            make_extraction(
                "a1", Say("Lại_Văn_Khôi", title="Thứ_trưởng Bộ_Xây_dựng"), "phát", "biểu", ".", Say("Thứ_trưởng_Bộ_Xây_dựng", reference=True), "nói", "."
            )
        ]
    )
    (decision,) = decisions_for(resolution, "Thứ_trưởng_Bộ_Xây_dựng")
    assert decision.entity_id == _entity_of(resolution, "a1", "Lại_Văn_Khôi")


@pytest.mark.parametrize(
    ("before", "resolved"),
    [
        (["trong", "các", "đời"], False),
        (["hai"], False),
        (["những"], False),
        (["ngày", "mai"], True),
    ],
)
def test_resolve_a_role_phrase_for_several_people_goes_to_no_one(before, resolved):
    resolution = resolve(
        [make_extraction("a1", Say("Marc_Duval", title="Tổng_thống Pháp"), "nói", ".", *before, Say("tổng_thống_Pháp", reference=True), "đến", ".")]
    )
    (decision,) = decisions_for(resolution, "tổng_thống_Pháp")
    assert (decision.entity_id is not None) is resolved


@pytest.mark.parametrize(
    ("pieces", "holder"),
    [
        # the title in apposition after a name is that person's, whoever else holds the post
        ([Say("Hồ_Đăng_Khoa"), "-", Say("Thứ_trưởng_Bộ_Xây_dựng", reference=True), "-", "cho", "rằng"], "Hồ_Đăng_Khoa"),
        ([Say("Hồ_Đăng_Khoa", honorific="ông"), ",", Say("Thứ_trưởng_Bộ_Xây_dựng", reference=True), "nói"], "Hồ_Đăng_Khoa"),
        # a word of a former or acting holder between the mark and the title ("X , nguyên Thứ_trưởng Y")
        ([Say("Hồ_Đăng_Khoa"), ",", "nguyên", Say("Thứ_trưởng_Bộ_Xây_dựng", reference=True), "cho", "rằng"], "Hồ_Đăng_Khoa"),
        ([Say("Hồ_Đăng_Khoa"), "-", "quyền", Say("Thứ_trưởng_Bộ_Xây_dựng", reference=True), "nói"], "Hồ_Đăng_Khoa"),
        # another word there: no apposition
        ([Say("Hồ_Đăng_Khoa"), "gặp", Say("Thứ_trưởng_Bộ_Xây_dựng", reference=True), "nói"], None),
        # no name right before: the article's one holder
        ([Say("Hồ_Đăng_Khoa"), "nói", ".", "Sau", "đó", ",", Say("Thứ_trưởng_Bộ_Xây_dựng", reference=True), "nói"], None),
    ],
)
def test_resolve_a_role_phrase_in_apposition_is_the_named_persons(pieces, holder):
    resolution = resolve(
        [make_extraction("a1", Say("Lại_Văn_Khôi", title="Thứ_trưởng Bộ_Xây_dựng"), "phát", "biểu", ".", *pieces)]
    )
    (decision,) = decisions_for(resolution, "Thứ_trưởng_Bộ_Xây_dựng")
    expected = _entity_of(resolution, "a1", holder) if holder else _entity_of(resolution, "a1", "Lại_Văn_Khôi")
    assert decision.entity_id == expected


# -- one ministry's name in two countries ------------------------------------------------


@pytest.mark.parametrize("ministry", ["Bộ_Lao_động", "Bộ_Năng_lượng", "Bộ_Nông_nghiệp"])
def test_resolve_a_ministry_written_bare_is_its_articles_country(ministry):
    abroad = make_extraction(
        "a1", Say("Mỹ", "Country"), "công", "bố", "số", "liệu", ".", "Báo", "cáo", "của", Say(ministry, "Organization"),
        "cho", "thấy", "việc", "làm", "ở", Say("Mỹ", "Country"), "tăng", ".", Say("Mỹ", "Country"), "vui", ".",
    )
    home = make_extraction("a2", Say(ministry, "Organization"), "đề", "nghị", "kiểm", "tra", ".")
    also_home = make_extraction("a3", Say(ministry, "Organization"), "họp", ".")
    resolution = resolve([abroad, home, also_home])
    assert _entity_of(resolution, "a1", ministry) != _entity_of(resolution, "a2", ministry)
    assert _entity_of(resolution, "a2", ministry) == _entity_of(resolution, "a3", ministry)


@pytest.mark.parametrize("department", ["Sở_Công_thương", "Sở_Nội_vụ", "Sở_Y_tế"])
def test_resolve_a_provinces_department_is_its_provinces(department):
    resolution = resolve(
        [
            make_extraction("a1", Say(department, "Organization"), "tỉnh", Say("Lâm_Đồng", "Region"), "họp", "."),
            make_extraction("a2", Say(department, "Organization"), "tỉnh", Say("Kon_Tum", "Region"), "họp", "."),
            make_extraction("a3", Say(department, "Organization"), "tỉnh", Say("Lâm_Đồng", "Region"), "kiểm", "tra", "."),
        ]
    )
    assert _entity_of(resolution, "a1", department) != _entity_of(resolution, "a2", department)
    assert _entity_of(resolution, "a1", department) == _entity_of(resolution, "a3", department)


# -- a district in brackets is not the market named after it -----------------------------


@pytest.mark.parametrize(
    ("pieces", "one"),
    [
        # typed a facility, the name in brackets after a market is the district it lies in
        (["bán", "ở", "chợ", Say("Đống_Đa", "Facility"), ".", "Chợ", "Kim_Liên", "(", Say("Đống_Đa", "Facility"), ")", "đông", "."], False),
        # one market written twice, or a kind of its own in brackets, still join
        (["bán", "ở", "chợ", Say("Đống_Đa", "Facility"), ".", "mua", "ở", "chợ", Say("Đống_Đa", "Facility"), "."], True),
        (["đến", Say("sân_bay_Đống_Đa", "Facility"), ".", "Máy", "bay", "(", Say("sân_bay_Đống_Đa", "Facility"), ")", "."], True),
    ],
)
def test_resolve_a_name_in_brackets_after_a_place_is_where_it_lies(pieces, one):
    resolution = resolve([make_extraction("a1", *pieces)])
    assert (len({d.entity_id for d in resolution.decisions}) == 1) is one
