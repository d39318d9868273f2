"""Resolver behaviour on small hand-made articles."""

from __future__ import annotations

import pytest

from kg.model import EntityType
from kg.resolve import resolve
from kg.resolve.aliases import parse_alias_lines
from test_resolve_support import Say, decisions_for, entity_by_name, make_extraction

TABLE = parse_alias_lines(
    [
        "Mỹ\tCountry\tHoa Kỳ|United States\tQ30",
        "Nga\tCountry\tLiên bang Nga\tQ159",
        "Tổng thống Nga\tRole\tông chủ Điện Kremlin",
    ],
    "test-table",
)


def run(*extractions):
    return resolve(extractions, aliases=TABLE)


def test_resolve_short_name_joins_full_name_in_article():
    x = make_extraction(
        "a1",
        Say("Vladimir_Putin", title="Tổng_thống Nga"),
        "nói .",
        Say("Putin", honorific="ông"),
        "cười .",
    )
    resolution = run(x)
    putin = entity_by_name(resolution, "Vladimir Putin")
    assert putin.id == "person/vladimir-putin"
    assert putin.mention_count == 2
    (short,) = decisions_for(resolution, "Putin")
    assert short.entity_id == putin.id and short.rule == "short-name-article"
    assert {"Putin", "ông Putin", "Tổng thống Nga Vladimir Putin"} <= set(putin.aliases)


def test_resolve_short_name_joins_full_name_elsewhere_in_build():
    resolution = run(
        make_extraction("a1", Say("Dmitry_Peskov", title="phát_ngôn_viên"), "nói ."),
        make_extraction("a2", Say("Peskov", honorific="ông"), "nói ."),
    )
    (short,) = decisions_for(resolution, "Peskov")
    assert short.entity_id == "person/dmitry-peskov"
    assert short.rule == "short-name-build"
    assert len(resolution.entities) == 1


def test_resolve_vietnamese_given_name_joins_full_name():
    resolution = run(make_extraction("a1", Say("Nguyễn_Khắc_Chúc"), "cho biết", Say("Chúc", honorific="ông")))
    assert [e.name for e in resolution.entities] == ["Nguyễn Khắc Chúc"]


def test_resolve_ambiguous_short_name_stays_unresolved_with_candidates():
    resolution = run(make_extraction("a1", Say("Kim_Jong-un"), "và", Say("Kim_Yo-jong"), ";", Say("Kim", honorific="ông")))
    (short,) = decisions_for(resolution, "Kim")
    assert short.entity_id is None
    assert short.rule == "ambiguous"
    assert any("person/kim-jong-un" in r for r in short.rejected)
    assert any("person/kim-yo-jong" in r for r in short.rejected)
    assert {e.name for e in resolution.entities} == {"Kim Jong-un", "Kim Yo-jong"}


def test_resolve_short_name_prefers_the_candidate_in_its_own_article():
    resolution = run(
        make_extraction("a1", Say("Kim_Jong-un"), "nói", Say("Kim", honorific="ông")),
        make_extraction("a2", Say("Kim_Yo-jong"), "nói", Say("Kim", honorific="bà")),
    )
    assert decisions_for(resolution, "Kim", "a1")[0].entity_id == "person/kim-jong-un"
    assert decisions_for(resolution, "Kim", "a2")[0].entity_id == "person/kim-yo-jong"
    assert len(resolution.entities) == 2


def test_resolve_short_name_never_chains_two_full_names():
    resolution = run(
        make_extraction("a1", Say("Kim_Jong-un"), "nói", Say("Kim", honorific="ông")),
        make_extraction("a2", Say("Kim_Yo-jong"), "nói", Say("Kim", honorific="bà")),
        make_extraction("a3", Say("Kim", honorific="ông"), "nói"),
    )
    # the "ông Kim" of a3, whom no name of a3 spells out, is a person of a3's own, neither of the two
    assert {e.name for e in resolution.entities} == {"Kim Jong-un", "Kim Yo-jong", "Kim"}
    assert decisions_for(resolution, "Kim", "a3")[0].entity_id not in ("person/kim-jong-un", "person/kim-yo-jong")
    assert decisions_for(resolution, "Kim", "a1")[0].entity_id == "person/kim-jong-un"


def test_resolve_lone_short_name_is_an_entity_of_its_own():
    resolution = run(make_extraction("a1", Say("Peskov", honorific="ông"), "nói ."))
    assert [(e.id, e.name) for e in resolution.entities] == [("person/peskov", "Peskov")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (Say("Triều_Tiên", "Country"), Say("Triều_Tiên_KCNA", "NewsAgency")),
        (Say("Jordan", "Country"), Say("Jordan", "Person")),
        (Say("Điện_Kremlin", "Facility"), Say("Điện_Kremlin", "Organization")),
    ],
)
def test_resolve_respects_categories(first, second):
    resolution = run(make_extraction("a1", first, "và", second))
    assert len(resolution.entities) == 2


def test_resolve_refined_type_keeps_the_location_id():
    resolution = run(
        make_extraction("a1", Say("Ukraine", "Location")),
        make_extraction("a2", Say("Ukraine", "Country"), "và", Say("Ukraine", "Country")),
    )
    (ukraine,) = resolution.entities
    assert ukraine.id == "location/ukraine"
    assert ukraine.type is EntityType.COUNTRY


@pytest.mark.parametrize(
    ("names", "canonical", "entity_id", "same_as"),
    [
        (["Hoa_Kỳ", "Mỹ", "United_States"], "Mỹ", "location/my", "http://www.wikidata.org/entity/Q30"),
        (["Liên_bang Nga", "Nga"], "Nga", "location/nga", "http://www.wikidata.org/entity/Q159"),
    ],
)
def test_resolve_alias_table_merges_listed_names(names, canonical, entity_id, same_as):
    resolution = run(*(make_extraction(f"a{i}", Say(n, "Country")) for i, n in enumerate(names)))
    (entity,) = resolution.entities
    assert (entity.name, entity.id) == (canonical, entity_id)
    assert same_as in entity.same_as
    assert set(entity.aliases) == {n.replace("_", " ") for n in names} - {canonical}


def test_resolve_name_without_diacritics_joins_its_only_spelling_with_them():
    resolution = run(make_extraction("a1", Say("Nguyễn_Khắc_Chúc")), make_extraction("a2", Say("Nguyen_Khac_Chuc")))
    (entity,) = resolution.entities
    assert entity.name == "Nguyễn Khắc Chúc"
    assert decisions_for(resolution, "Nguyen_Khac_Chuc")[0].rule == "diacritic-fold"


def test_resolve_name_without_diacritics_stays_apart_when_two_spellings_fit():
    resolution = run(
        make_extraction("a1", Say("Lê_Văn_Hưng")),
        make_extraction("a2", Say("Lê_Văn_Hùng")),
        make_extraction("a3", Say("Le_Van_Hung")),
    )
    assert len(resolution.entities) == 3
    assert len({e.id for e in resolution.entities}) == 3
    (plain,) = decisions_for(resolution, "Le_Van_Hung")
    assert len(plain.rejected) == 2


def test_resolve_names_with_different_diacritics_never_merge():
    resolution = run(make_extraction("a1", Say("Lê_Văn_Hưng")), make_extraction("a2", Say("Lê_Văn_Hùng")))
    assert len(resolution.entities) == 2


def test_resolve_canonical_name_is_the_fullest():
    resolution = run(make_extraction("a1", Say("Kim", honorific="ông"), "và", Say("Kim_Jong-un", title="Chủ_tịch")))
    (kim,) = resolution.entities
    assert kim.name == "Kim Jong-un"
    assert set(kim.aliases) == {"Kim", "ông Kim", "Chủ tịch Kim Jong-un"}


def test_resolve_acronym_joins_the_name_it_abbreviates():
    resolution = run(make_extraction("a1", Say("Hội_đồng Bảo_an", "Organization"), "(", Say("HĐBA", "Organization"), ")"))
    (council,) = resolution.entities
    assert council.name == "Hội đồng Bảo an"
    assert decisions_for(resolution, "HĐBA")[0].rule == "acronym-article"


def test_resolve_reference_goes_to_the_only_title_holder():
    resolution = run(
        make_extraction("a1", Say("Vladimir_Putin", title="Tổng_thống Nga"), "nói .", Say("Tổng_thống Nga", reference=True), "cười .")
    )
    (putin,) = resolution.entities
    (reference,) = decisions_for(resolution, "Tổng_thống Nga")
    assert reference.entity_id == putin.id and reference.rule == "reference"
    assert all("Tổng thống Nga" != a for a in putin.aliases)
    assert putin.mention_count == 2


def test_resolve_metonymic_role_goes_through_the_role_table():
    resolution = run(
        make_extraction("a1", Say("Vladimir_Putin", title="Tổng_thống Nga"), "nói ."),
        make_extraction("a2", Say("Kim_Jong-un"), "cảm_ơn", Say("ông chủ Điện_Kremlin", reference=True)),
    )
    (reference,) = decisions_for(resolution, "ông chủ Điện_Kremlin")
    assert reference.entity_id == "person/vladimir-putin"


def test_resolve_ambiguous_reference_stays_unresolved():
    resolution = run(
        make_extraction(
            "a1",
            Say("Vladimir_Putin", title="Tổng_thống"),
            "và",
            Say("Joe_Biden", title="Tổng_thống"),
            ".",
            Say("Tổng_thống", reference=True),
        )
    )
    (reference,) = decisions_for(resolution, "Tổng_thống")
    assert reference.entity_id is None
    assert len(reference.rejected) == 2


def test_resolve_reference_without_title_holder_is_unresolved():
    resolution = run(make_extraction("a1", Say("Thủ_tướng Anh", reference=True), "nói ."))
    assert resolution.entities == ()
    assert resolution.decisions[0].rule == "unresolved-reference"


def test_resolve_every_mention_gets_a_decision():
    x = make_extraction(
        "a1", Say("Kim_Jong-un"), Say("Kim_Yo-jong"), Say("Kim"), Say("Tổng_thống", reference=True), Say("Nga", "Country")
    )
    resolution = run(x)
    assert {d.mention.key for d in resolution.decisions} == {m.key for m in x.mentions}
    for decision in resolution.decisions:
        assert resolution.entity_of.get(decision.mention.key) == decision.entity_id
        assert 0.0 <= decision.score <= 1.0 and decision.evidence


def test_resolve_segmentation_glue_is_trimmed_from_person_names():
    resolution = run(make_extraction("a1", Say("Kim_Jong-un"), "và", Say("Kim_kể", honorific="ông")))
    (kim,) = resolution.entities
    assert kim.mention_count == 2


def test_resolve_shipped_table_knows_common_spellings():
    resolution = resolve(
        [make_extraction("a1", Say("CHDCND Triều_Tiên", "Country"), Say("Triều_Tiên", "Country"), Say("LHQ", "Organization"), Say("Liên_Hợp_Quốc", "Organization"), Say("Moscow", "City"), Say("Moskva", "City"))]
    )
    assert {e.id for e in resolution.entities} == {"location/trieu-tien", "organization/lien-hop-quoc", "location/moskva"}


def test_resolve_misspelt_foreign_name_joins_the_more_frequent_spelling():
    resolution = run(
        make_extraction("a1", Say("Vladimir_Putin"), "và", Say("Vladimir_Putin")),
        make_extraction("a2", Say("Vladmir_Putin"), "nói"),
        make_extraction("a3", Say("Putin", honorific="ông"), "nói"),
    )
    (putin,) = resolution.entities
    assert putin.name == "Vladimir Putin"
    assert decisions_for(resolution, "Vladmir_Putin")[0].rule == "spelling-variant"
    assert decisions_for(resolution, "Putin")[0].entity_id == putin.id


@pytest.mark.parametrize(
    ("first", "second"),
    [("Nguyễn_Văn_Trung", "Nguyễn_Văn_Truong"), ("Park_Ji-sung", "Park_Ji-sun"), ("Anna_Smith", "Anna_Smyth")],
)
def test_resolve_names_one_letter_apart_stay_apart_unless_foreign_and_long(first, second):
    resolution = run(make_extraction("a1", Say(first), Say(first)), make_extraction("a2", Say(second)))
    assert len(resolution.entities) == 2


def test_resolve_facility_names_with_and_without_kind_are_one_facility():
    resolution = run(
        make_extraction("a1", Say("sân_bay vũ_trụ Vostochny", "Facility"), "ở", Say("Amur", "Region")),
        make_extraction("a2", Say("Vostochny_Cosmodrome", "Facility"), "và", Say("sân_bay vũ_trụ Vostochny_Cosmodrome", "Facility")),
        make_extraction("a3", Say("Vostochny", "City"), "là thị_trấn"),
    )
    ids = {d.mention.text: d.entity_id for d in resolution.decisions}
    assert ids["sân_bay vũ_trụ Vostochny"] == ids["Vostochny_Cosmodrome"] == ids["sân_bay vũ_trụ Vostochny_Cosmodrome"]
    assert ids["Vostochny"] != ids["Vostochny_Cosmodrome"]
    assert entity_by_name(resolution, "Vostochny Cosmodrome").id == "location/vostochny-cosmodrome"


def test_resolve_one_syllable_given_name_is_not_guessed_across_articles():
    resolution = run(make_extraction("a1", Say("Nguyễn_Khắc_Chúc")), make_extraction("a2", Say("Chúc", honorific="ông")))
    (chuc,) = decisions_for(resolution, "Chúc")
    assert chuc.entity_id != "person/nguyen-khac-chuc" and chuc.rule == "own-name-nearby"
    assert "only trusted in its own article" in chuc.evidence


def test_resolve_acronym_elsewhere_needs_an_article_that_spells_it_out():
    spelt = run(
        make_extraction("a1", Say("Human_Rights_Watch", "Organization"), "(", Say("HRW", "Organization"), ")"),
        make_extraction("a2", Say("HRW", "Organization"), "cho biết"),
    )
    assert decisions_for(spelt, "HRW", "a2")[0].entity_id == "organization/human-rights-watch"
    guessed = run(
        make_extraction("a1", Say("The_Post", "Organization"), "viết"),
        make_extraction("a2", Say("TP", "Organization"), "cho biết"),
    )
    assert decisions_for(guessed, "TP", "a2")[0].entity_id == "organization/tp"


def test_resolve_lowercase_kind_is_capitalised_in_the_label_not_the_id():
    resolution = run(make_extraction("a1", Say("đảng Lao_động Triều_Tiên", "Organization")))
    (party,) = resolution.entities
    assert (party.id, party.name) == ("organization/dang-lao-dong-trieu-tien", "Đảng Lao động Triều Tiên")


def test_resolve_outside_its_article_a_lone_name_is_read_as_a_family_name():
    resolution = run(
        make_extraction("a1", Say("David_Beckham"), "nói"),
        make_extraction("a2", Say("David"), "nói"),
        make_extraction("a3", Say("Beckham"), "nói"),
    )
    assert decisions_for(resolution, "Beckham")[0].entity_id == "person/david-beckham"
    (given,) = decisions_for(resolution, "David")
    # not David Beckham: a person of its own within its article
    assert given.entity_id not in (None, "person/david-beckham") and "only the first word" in given.evidence
    assert given.rule == "own-name-article"


def test_resolve_a_foreign_short_name_several_names_of_the_build_begin_is_a_person_of_its_article():
    resolution = run(
        make_extraction("a1", "Quốc_vương", Say("Abdullah"), "nói", ";", "ông", Say("Abdullah"), "cho_biết"),
        make_extraction("a2", Say("Abdullah_bin_Abdulaziz"), "đến"),
        make_extraction("a3", Say("Abdullah_Gul"), "đến"),
        make_extraction("a4", Say("Abdullah"), "nói"),
    )
    first, second = decisions_for(resolution, "Abdullah")[:2]
    (other,) = [d for d in decisions_for(resolution, "Abdullah") if d.mention.article_id == "a4"]
    assert first.entity_id == second.entity_id is not None  # one person within its article, the facts kept
    assert first.entity_id not in ("person/abdullah-bin-abdulaziz", "person/abdullah-gul")
    assert other.entity_id not in (None, first.entity_id)  # and another in another article


@pytest.mark.parametrize(
    ("pieces", "same"),
    [
        # one name under one honorific a sentence apart: one person
        (["chị", Say("Minh", honorific="chị"), "nói", ".", "chị", Say("Minh", honorific="chị"), "cho_biết", "."], True),
        # under two honorifics: two people
        (["chị", Say("Minh", honorific="chị"), "nói", ".", "anh", Say("Minh", honorific="anh"), "cho_biết", "."], False),
    ],
)
def test_resolve_a_vietnamese_given_name_several_names_of_the_build_end_is_a_person_of_its_sentences(pieces, same):
    resolution = run(
        make_extraction("a1", *pieces),
        make_extraction("a2", Say("Nguyễn_Văn_Minh"), "đến"),
        make_extraction("a3", Say("Trần_Thị_Minh"), "đến"),
    )
    first, second = [d for d in decisions_for(resolution, "Minh") if d.mention.article_id == "a1"]
    assert first.entity_id is not None and second.entity_id is not None  # what they say is kept
    assert {first.entity_id, second.entity_id}.isdisjoint({"person/nguyen-van-minh", "person/tran-thi-minh"})
    assert (first.entity_id == second.entity_id) is same
    assert first.rule == "own-name-nearby"


def test_resolve_a_vietnamese_given_name_named_again_pages_apart_is_another_person():
    from kg.article import extract_article
    from kg.model import Article

    text = (
        "Giá rau tăng mạnh.\n\n“Tôi mua ít thôi”, chị Minh ở Triều Khúc chia sẻ. Giá củ quả tăng. Giá thịt tăng. "
        "Giá cá tăng. Giá gạo tăng. Giá trứng tăng. Theo chị Minh, chủ sạp rau, giá vẫn ổn định."
    )
    others = "Tin khác.\n\nÔng Nguyễn Văn Minh đến. Bà Trần Thị Minh đến."
    resolution = run(
        extract_article(Article(id="a1", text=text, source="a1.txt", segmented=False), False),
        extract_article(Article(id="a2", text=others, source="a2.txt", segmented=False), False),
    )
    first, second = [d for d in resolution.decisions if d.mention.article_id == "a1" and d.mention.text == "Minh"]
    assert None not in (first.entity_id, second.entity_id) and first.entity_id != second.entity_id


@pytest.mark.parametrize(("text", "title"), [("Mỹ_Obama", "Tổng_thống"), ("Nga Vladimir_Putin", "Tổng_thống")])
def test_resolve_country_of_a_title_is_not_part_of_the_name(text, title):
    resolution = run(make_extraction("a1", Say(text, title=title)), make_extraction("a2", Say("Anh_Tuấn"), "hát"))
    names = {e.name for e in resolution.entities}
    assert text.replace("_", " ").split(" ", 1)[1] in names
    assert "Anh Tuấn" in names  # without a title, "Anh" is a given name, not the country


def test_resolve_alias_written_with_its_form_of_address():
    table = parse_alias_lines(["Hồ Chí Minh\tPerson\tBác Hồ\t"], "test-table")
    resolution = resolve(
        [make_extraction("a1", Say("Hồ_Chí_Minh", title="Chủ_tịch")), make_extraction("a2", Say("Bác Hồ"), "nói")],
        aliases=table,
    )
    (uncle_ho,) = resolution.entities
    assert decisions_for(resolution, "Bác Hồ")[0].rule == "alias-table"
    assert "Bác Hồ" in uncle_ho.aliases


def test_resolve_vietnamese_initials_are_not_trusted_outside_their_article():
    resolution = run(
        make_extraction("a1", Say("Bộ_Tài_chính", "Organization"), "(", Say("BTC", "Organization"), ")"),
        make_extraction("a2", Say("BTC", "Organization"), "giải đấu cho biết"),
    )
    assert decisions_for(resolution, "BTC", "a1")[0].entity_id == "organization/bo-tai-chinh"
    assert decisions_for(resolution, "BTC", "a2")[0].entity_id == "organization/btc"


@pytest.mark.parametrize(
    ("long", "short", "same"),
    [
        ("Tập_đoàn Nokia", "Nokia", True),
        ("Công_ty SJC", "SJC", True),
        ("Công_ty Điện_lực", "Điện_lực", False),
        ("Tổng_công_ty viễn_thông Mobitel", "Mobitel", True),
        ("Ngân_hàng HSBC", "HSBC", True),
        ("Ngân_hàng Nhà_nước", "Nhà_nước", False),
        # a club's kind in front of its name
        ("AC Parma", "Parma", True),
        ("CLB Hull_City", "Hull_City", True),
    ],
)
def test_resolve_company_kind_in_front_of_a_brand(long, short, same):
    resolution = run(make_extraction("a1", Say(long, "Organization")), make_extraction("a2", Say(short, "Organization")))
    assert (len(resolution.entities) == 1) is same
    if same:
        assert resolution.entities[0].name == short.replace("_", " ")


def test_resolve_one_syllable_country_short_form_stays_in_the_name():
    table = parse_alias_lines(["Trung Quốc\tCountry\tTrung\t"], "test-table")
    resolution = resolve([make_extraction("a1", Say("Trung_Âu", title="khu_vực"))], aliases=table)
    assert [e.name for e in resolution.entities] == ["Trung Âu"]


def _entities_of(resolution, name):
    ids = {d.entity_id for d in resolution.decisions if d.mention.text.replace("_", " ") == name}
    return ids


@pytest.mark.parametrize(
    ("articles", "name", "count"),
    [
        # a province and a commune of one name are two places; bare, the name is the province
        (
            [("a1", ["tỉnh", Say("Vĩnh_Long", "Region"), "và", "xã", Say("Vĩnh_Long", "Region")]), ("a2", [Say("Vĩnh_Long", "Region")])],
            "Vĩnh Long",
            2,
        ),
        # a street named after a province is not the province
        ([("a1", ["đường", Say("Điện_Biên", "Location")]), ("a2", ["tỉnh", Say("Điện_Biên", "Region")])], "Điện Biên", 2),
        # the same level in two articles: one place
        ([("a1", ["tỉnh", Say("Quảng_Nam", "Region")]), ("a2", ["tỉnh", Say("Quảng_Nam", "Region")])], "Quảng Nam", 1),
        # the parliaments of two countries never merge; bare, a body is of the article's own place
        (
            [
                ("a1", [Say("Quốc_hội", "Organization"), "Nga", "họp", ".", Say("Quốc_hội", "Organization"), "bầu"]),
                ("a2", [Say("Quốc_hội", "Organization"), "thông_qua", "luật"]),
            ],
            "Quốc hội",
            2,
        ),
        # the body of a country the article is about, named bare
        (
            [
                ("a1", [Say("Mexico", "Country"), "và", Say("Mexico", "Country"), ":", Say("Chính_phủ", "Organization"), "nói"]),
                ("a2", [Say("Chính_phủ", "Organization"), "họp"]),
            ],
            "Chính phủ",
            2,
        ),
        # a body of a province, then bare in the same article; the committee of another province apart
        (
            [
                ("a1", [Say("UBND", "Organization"), "tỉnh", "Quảng_Nam", "họp", ".", Say("UBND", "Organization"), "quyết_định"]),
                ("a2", [Say("UBND", "Organization"), "tỉnh", "Bình_Định", "họp"]),
            ],
            "UBND",
            2,
        ),
        # unqualified in two articles of home news: one body
        ([("a1", [Say("Quốc_hội", "Organization"), "họp"]), ("a2", [Say("Quốc_hội", "Organization"), "bầu"])], "Quốc hội", 1),
    ],
)
def test_resolve_things_of_one_name_kept_apart_by_level_or_place(articles, name, count):
    resolution = run(*(make_extraction(article_id, *pieces) for article_id, pieces in articles))
    assert len(_entities_of(resolution, name)) == count


def test_resolve_an_acronym_defined_in_brackets_joins_its_name():
    resolution = run(
        make_extraction(
            "a1", Say("Tập_đoàn Dầu_khí Việt_Nam", "Organization"), "(", Say("PVN", "Organization"), ")", "báo lãi .",
            Say("PVN", "Organization"), "cho biết",
        )
    )
    assert {d.entity_id for d in decisions_for(resolution, "PVN", "a1")} == {"organization/tap-doan-dau-khi-viet-nam"}


def test_resolve_a_foreign_acronym_defined_in_one_article_is_trusted_in_another():
    resolution = run(
        make_extraction("a1", Say("International_Atomic_Energy_Agency", "Organization"), "(", Say("IAEA", "Organization"), ")"),
        make_extraction("a2", Say("IAEA", "Organization"), "cho biết"),
    )
    assert decisions_for(resolution, "IAEA", "a2")[0].entity_id == "organization/international-atomic-energy-agency"


@pytest.mark.parametrize(("honorific", "joins"), [("bà", False), ("ông", True), (None, True)])
def test_resolve_a_gender_honorific_counts_against_a_merge(honorific, joins):
    resolution = run(
        make_extraction("a1", Say("Nguyễn_Văn_Thành", honorific="ông"), "phát_biểu .", Say("Thành", honorific=honorific), "cho biết ."),
    )
    (short,) = decisions_for(resolution, "Thành")
    assert (short.entity_id == "person/nguyen-van-thanh") is joins


@pytest.mark.parametrize(("full", "short", "joins"), [("Ngọc_Hà", "Ngọc", False), ("Vladimir_Putin", "Vladimir", True), ("Ngọc_Hà", "Hà", True)])
def test_resolve_a_vietnamese_name_is_never_shortened_to_its_first_word(full, short, joins):
    resolution = run(make_extraction("a1", Say(full), "nói .", Say(short, honorific="chị"), "cho biết ."))
    (decision,) = decisions_for(resolution, short)
    assert (decision.entity_id == entity_by_name(resolution, full.replace("_", " ")).id) is joins


@pytest.mark.parametrize(
    ("pieces", "name", "category"),
    [
        # a club's city, written after a level word, is a place however it was typed
        (["đội_bóng", "thành", Say("Rome", "Organization"), "thua"], "Rome", "location"),
        (["thành_phố", Say("Hồ_Chí_Minh", "Person"), "mưa"], "Hồ Chí Minh", "location"),
        # "trở thành", "khung thành" are no level words
        (["Lazio", "trở", "thành", Say("Roma", "Organization"), "mới"], "Roma", "organization"),
        (["sút", "vào", "khung", "thành", Say("Porto", "Organization")], "Porto", "organization"),
        (["khánh", "thành", Say("Đại_học Tân_Tạo", "Organization")], "Đại học Tân Tạo", "organization"),
    ],
)
def test_resolve_a_name_after_a_level_word_is_a_place(pieces, name, category):
    resolution = run(make_extraction("a1", *pieces))
    (decision,) = [d for d in resolution.decisions if d.mention.text.replace("_", " ") == name]
    assert decision.entity_id.split("/")[0] == category


@pytest.mark.parametrize(
    ("pieces", "joins"),
    [
        # the article writes the name as a person's more often than as anything else
        ([Say("Hakan_Demir"), "nói", ".", Say("Demir"), "cười", ".", Say("Demir", "Country"), "đi"], True),
        # a listed country is never a word of a person's name
        ([Say("Trần_Tuấn_Anh"), "nói", ".", Say("Anh", "Country"), "đáp"], False),
        # the article names a club far more often than the one person it is a word of
        (
            [Say("Borussia_Dortmund"), "thắng", ".", Say("Dortmund", "Organization"), "và", Say("Dortmund", "Organization"), "và", Say("Dortmund", "Organization")],
            False,
        ),
    ],
)
def test_resolve_a_one_word_name_the_article_uses_for_a_person_is_that_person(pieces, joins):
    table = parse_alias_lines(["Anh\tCountry\tVương quốc Anh\t"], "test-table")
    resolution = resolve([make_extraction("a1", *pieces)], aliases=table)
    full = next(p for p in pieces if isinstance(p, Say))
    person = entity_by_name(resolution, full.text.replace("_", " ")).id
    short = [d for d in resolution.decisions if d.mention.type is not EntityType.PERSON]
    assert all((d.entity_id == person) is joins for d in short)
    if joins:
        assert "a person:" in short[0].evidence


def test_resolve_an_unknown_country_that_is_a_foreign_surname_is_that_person():
    resolution = run(
        make_extraction("a1", Say("Hakan_Demir", title="Đại_sứ"), "đến", "."),
        make_extraction("a2", Say("Demir", "Country"), "nói", ".", Say("Nga", "Country"), "đáp"),
    )
    assert decisions_for(resolution, "Demir", "a2")[0].entity_id == "person/hakan-demir"
    assert decisions_for(resolution, "Nga", "a2")[0].entity_id == "location/nga"


def test_resolve_a_one_word_person_the_article_names_as_a_club_is_the_club():
    resolution = run(
        make_extraction("a1", Say("Basel", "Organization"), "thắng", ".", Say("Basel", "Organization"), "dẫn", ".", Say("Basel"), "về")
    )
    assert {d.entity_id for d in resolution.decisions} == {"organization/basel"}


@pytest.mark.parametrize(
    ("articles", "count"),
    [
        # every city has its own street of one name
        ([("a1", ["đường", Say("Lê_Lợi", "Location"), ",", Say("Hà_Nội", "City")]), ("a2", ["đường", Say("Lê_Lợi", "Location"), ",", Say("Huế", "City")])], 2),
        # the same street of the one city two articles name: one street
        ([("a1", ["phố", Say("Lê_Lợi", "Location"), ",", Say("Hà_Nội", "City")]), ("a2", ["đường", Say("Lê_Lợi", "Location"), "ở", Say("Hà_Nội", "City")])], 1),
        # an article that names two cities cannot tell whose street it is
        ([("a1", ["đường", Say("Lê_Lợi", "Location"), ",", Say("Hà_Nội", "City")]), ("a2", ["đường", Say("Lê_Lợi", "Location"), ",", Say("Hà_Nội", "City"), Say("Huế", "City")])], 2),
    ],
)
def test_resolve_a_street_is_one_only_within_one_city(articles, count):
    resolution = run(*(make_extraction(article_id, *pieces) for article_id, pieces in articles))
    assert len(_entities_of(resolution, "Lê Lợi")) == count


@pytest.mark.parametrize(
    ("articles", "name", "joins"),
    [
        # a body named with its country is the bare body of that country
        ([("a1", [Say("Chính_phủ Việt_Nam", "Organization"), "họp"]), ("a2", [Say("Chính_phủ", "Organization"), "họp"])], "Chính phủ Việt Nam", True),
        ([("a1", [Say("Quốc_hội Nga", "Organization"), "họp"]), ("a2", [Say("Quốc_hội", "Organization"), "Nga", "họp"])], "Quốc hội Nga", True),
        # never across countries
        ([("a1", [Say("Quốc_hội Nga", "Organization"), "họp"]), ("a2", [Say("Quốc_hội", "Organization"), "họp"])], "Quốc hội Nga", False),
        # a country guessed from what the article is about is not enough
        (
            [("a1", [Say("Quốc_hội Nga", "Organization"), "họp"]), ("a2", [Say("Nga", "Country"), "và", Say("Nga", "Country"), ":", Say("Quốc_hội", "Organization"), "họp"])],
            "Quốc hội Nga",
            False,
        ),
    ],
)
def test_resolve_a_generic_body_named_with_its_place_is_the_bare_body_of_that_place(articles, name, joins):
    # the shipped table: it knows the home country
    resolution = resolve([make_extraction(article_id, *pieces) for article_id, pieces in articles])
    (bare,) = [d for d in resolution.decisions if d.mention.article_id == "a2" and d.mention.type is EntityType.ORGANIZATION]
    assert (bare.entity_id == entity_by_name(resolution, name).id) is joins


@pytest.mark.parametrize(
    ("listed", "variant", "joins"),
    [
        ("Argentina", "Argentia", True),  # a letter left out
        ("Argentina", "Argenttina", True),  # a letter doubled
        ("Argentina", "Argentine", False),  # a letter changed: another word
        ("Oman", "Omn", False),  # too short to tell
    ],
)
def test_resolve_a_misspelt_listed_place_joins_it(listed, variant, joins):
    table = parse_alias_lines([f"{listed}\tCountry\t\t"], "test-table")
    resolution = resolve(
        [make_extraction("a1", Say(listed, "Country"), "và", Say(listed, "Country")), make_extraction("a2", Say(variant, "Country"))],
        aliases=table,
    )
    (decision,) = decisions_for(resolution, variant)
    assert (decision.entity_id == f"location/{listed.lower()}") is joins
    if joins:
        assert decision.rule == "spelling-variant"


@pytest.mark.parametrize(
    ("first", "second", "joins"),
    [
        ("Mesut_Oezil", "Mesut_Ozil", True),  # an umlaut written out
        ("Thomas_Mueller", "Thomas_Muller", True),
        ("Mesut_Oezil", "Mesut_Ezil", False),  # the "e" of "oe" is no letter to drop anywhere else
    ],
)
def test_resolve_an_umlaut_written_out_is_the_same_name(first, second, joins):
    resolution = run(make_extraction("a1", Say(first), "và", Say(first)), make_extraction("a2", Say(second)))
    assert (len({d.entity_id for d in resolution.decisions}) == 1) is joins


@pytest.mark.parametrize(
    ("pieces", "joins"),
    [
        # the short name and the long one in one article, the only longer name it begins
        ([("a1", [Say("Hertha_04", "Organization"), "gặp", Say("Hertha", "Organization")]), ("a2", [Say("Hertha", "Organization")])], True),
        # never written together: not guessed
        ([("a1", [Say("Hertha_04", "Organization")]), ("a2", [Say("Hertha", "Organization")])], False),
        # a word of business names a member of the group
        ([("a1", [Say("Nomura_Holdings", "Organization"), "và", Say("Nomura", "Organization")])], False),
        # two longer names begin with it
        ([("a1", [Say("Hertha_04", "Organization"), "và", Say("Hertha", "Organization"), "và", Say("Hertha_Zwei", "Organization")])], False),
    ],
)
def test_resolve_a_foreign_organisation_short_name_joins_the_one_longer_name_it_begins(pieces, joins):
    resolution = run(*(make_extraction(article_id, *p) for article_id, p in pieces))
    short = decisions_for(resolution, "Hertha") + decisions_for(resolution, "Nomura")
    long_ids = {d.entity_id for d in resolution.decisions if d.mention.text in ("Hertha_04", "Nomura_Holdings")}
    assert short and long_ids
    assert all((d.entity_id in long_ids) is joins for d in short)
    if joins:
        assert {d.rule for d in short} == {"organization-prefix"}


@pytest.mark.parametrize(
    ("pieces", "joins"),
    [
        # a body named in full, then without the country or province ending its name
        ([("a1", [Say("Hiệp_hội_Vận_tải_Việt_Nam", "Organization"), "họp", ".", Say("Hiệp_hội_Vận_tải", "Organization")])], True),
        ([("a1", [Say("Hội_Cựu_chiến_binh_Hà_Nội", "Organization"), "và", Say("Hội_Cựu_chiến_binh", "Organization")])], True),
        # the short name in another article than any full one: not guessed
        ([("a1", [Say("Hiệp_hội_Vận_tải_Việt_Nam", "Organization")]), ("a2", [Say("Hiệp_hội_Vận_tải", "Organization")])], False),
        # two full names of two places: either
        ([("a1", [Say("Hiệp_hội_Vận_tải_Việt_Nam", "Organization"), "và", Say("Hiệp_hội_Vận_tải_Lào", "Organization"),
                  ",", Say("Hiệp_hội_Vận_tải", "Organization")])], False),
        # what ends the longer name is no place
        ([("a1", [Say("Hiệp_hội_Vận_tải_Biển", "Organization"), "và", Say("Hiệp_hội_Vận_tải", "Organization")])], False),
    ],
)
def test_resolve_a_body_named_without_its_place_joins_the_one_full_name(pieces, joins):
    resolution = run(*(make_extraction(article_id, *p) for article_id, p in pieces))
    short = decisions_for(resolution, "Hiệp_hội_Vận_tải") + decisions_for(resolution, "Hội_Cựu_chiến_binh")
    full = {d.entity_id for d in resolution.decisions if d.mention.text.startswith(("Hiệp_hội_Vận_tải_", "Hội_Cựu_chiến_binh_"))}
    assert short and full
    assert all((d.entity_id in full) is joins for d in short)
    if joins:
        assert {d.rule for d in short} == {"organization-without-place"}


@pytest.mark.parametrize(
    ("first", "second", "joins"),
    [
        ("U-23 Việt_Nam", "U23 Việt_Nam", True),  # an age group written two ways
        ("U.21 VN", "U21 Việt_Nam", True),  # a country by its acronym
        ("Bộ Ngoại_giao Hoa_Kỳ", "Bộ Ngoại_giao Mỹ", True),  # a country by its other name
        ("U23 Việt_Nam", "U21 Việt_Nam", False),  # another age group
        ("Công_ty Trung_Nam", "Công_ty Trung_Quốc Nam", False),  # one syllable is no country
    ],
)
def test_resolve_an_organisation_named_with_its_country_or_age_group_written_another_way(first, second, joins):
    table = parse_alias_lines(["Việt Nam\tCountry\tVN\t", "Mỹ\tCountry\tHoa Kỳ\t", "Trung Quốc\tCountry\tTrung\t"], "test-table")
    resolution = resolve(
        [make_extraction("a1", Say(first, "Organization")), make_extraction("a2", Say(second, "Organization"))], aliases=table
    )
    assert (len({d.entity_id for d in resolution.decisions}) == 1) is joins


@pytest.mark.parametrize(
    ("articles", "count"),
    [
        # one country's embassies in two host countries
        ([("a1", [Say("Đại_sứ_quán Mỹ", "Organization"), "tại", "Jakarta"]), ("a2", [Say("Đại_sứ_quán Mỹ", "Organization"), "ở", "Kuala_Lumpur"])], 2),
        # the same host, written in the name or after it
        ([("a1", [Say("Đại_sứ_quán Mỹ tại Jakarta", "Organization")]), ("a2", [Say("Đại_sứ_quán Mỹ", "Organization"), "tại", "Jakarta"])], 1),
        # no host given: only its own article's
        ([("a1", [Say("Đại_sứ_quán Mỹ", "Organization"), "cho", "biết"]), ("a2", [Say("Đại_sứ_quán Mỹ", "Organization"), "cho", "biết"])], 2),
    ],
)
def test_resolve_an_embassy_is_one_in_each_host(articles, count):
    resolution = run(*(make_extraction(article_id, *pieces) for article_id, pieces in articles))
    assert len({d.entity_id for d in resolution.decisions}) == count


@pytest.mark.parametrize(
    ("articles", "joins"),
    [
        # the given name and the full name in one article (alone elsewhere it is no one's: test_resolve_trust)
        ([("a1", [Say("Nguyễn_Tiến_Minh"), "và", Say("Tiến_Minh")]), ("a2", [Say("Nguyễn_Tiến_Minh"), "thắng"])], True),
        # never written together
        ([("a1", [Say("Nguyễn_Tiến_Minh"), "thắng"]), ("a2", [Say("Tiến_Minh"), "thắng"])], False),
        # two people of that given name in the build
        (
            [("a1", [Say("Nguyễn_Tiến_Minh"), "và", Say("Tiến_Minh")]), ("a2", [Say("Lê_Tiến_Minh"), "thắng"])],
            False,
        ),
        # a foreign two-word name is a full name of its own
        ([("a1", [Say("Park_Ji_Sung"), "và", Say("Ji_Sung")])], False),
        # the honorifics say two genders
        ([("a1", [Say("Nguyễn_Tiến_Minh", honorific="ông"), "và", Say("Tiến_Minh", honorific="bà")])], False),
        ([("a1", [Say("Nguyễn_Tiến_Minh", honorific="ông"), "và", Say("Tiến_Minh", honorific="anh")])], True),
    ],
)
def test_resolve_a_vietnamese_given_name_joins_the_one_full_name_it_ends(articles, joins):
    resolution = run(*(make_extraction(article_id, *pieces) for article_id, pieces in articles))
    short = decisions_for(resolution, "Tiến_Minh") + decisions_for(resolution, "Ji_Sung")
    full = {d.entity_id for d in resolution.decisions if d.mention.text in ("Nguyễn_Tiến_Minh", "Park_Ji_Sung")}
    assert short and all((d.entity_id in full) is joins for d in short)
    if joins:
        assert {d.rule for d in short} == {"given-name"}


@pytest.mark.parametrize(
    ("pieces", "acronym", "owner"),
    [
        # a body's own acronym, whatever its letters
        ([Say("Tập_đoàn Dầu_khí Việt_Nam", "Organization"), "(", Say("PVN", "Organization"), ")"], "PVN", "organization/tap-doan-dau-khi-viet-nam"),
        # a person's name is followed by the acronym of their body
        ([Say("Trần_Văn_An"), "(", Say("HLHSV", "Organization"), ")"], "HLHSV", "organization/hlhsv"),
        # a country's name by the acronym of another thing
        ([Say("Anh", "Country"), "(", Say("MI6", "Country"), ")"], "MI6", "location/mi6"),
        # the acronym of an inner name
        ([Say("Công_đoàn Ngân_hàng Nông_nghiệp", "Organization"), "(", Say("NHNN", "Organization"), ")"], "NHNN", "organization/nhnn"),
    ],
)
def test_resolve_an_acronym_in_brackets_is_only_its_own_names(pieces, acronym, owner):
    table = parse_alias_lines(["Anh\tCountry\tVương quốc Anh\t"], "test-table")
    resolution = resolve([make_extraction("a1", *pieces)], aliases=table)
    (decision,) = decisions_for(resolution, acronym)
    assert decision.entity_id == owner


@pytest.mark.parametrize(
    ("articles", "name", "count"),
    [
        # a river named after a listed city is not the city
        ([("a1", ["sông", Say("Sài_Gòn", "City")]), ("a2", [Say("Sài_Gòn", "City")])], "Sài Gòn", 2),
        # "streets of Hanoi" are still Hanoi's
        ([("a1", ["đường", "phố", Say("Sài_Gòn", "City")]), ("a2", [Say("Sài_Gòn", "City")])], "Sài Gòn", 1),
        # the level written in the name, the province after it
        (
            [("a1", [Say("UBND tỉnh", "Organization"), "Quảng_Nam", "họp"]), ("a2", [Say("UBND tỉnh", "Organization"), "Bình_Định", "họp"])],
            "UBND tỉnh",
            2,
        ),
        # a region of one country or another
        ([("a1", [Say("miền_Trung", "Region"), "Philippines", "bão"]), ("a2", [Say("miền_Trung", "Region"), "mưa"])], "miền Trung", 2),
    ],
)
def test_resolve_a_listed_or_generic_name_is_kept_to_what_its_words_say(articles, name, count):
    table = parse_alias_lines(["TP.HCM\tCity\tSài Gòn\t", "Philippines\tCountry\t\t"], "test-table")
    resolution = resolve([make_extraction(article_id, *pieces) for article_id, pieces in articles], aliases=table)
    assert len(_entities_of(resolution, name)) == count


def test_resolve_a_body_with_a_name_of_its_own_takes_no_place_from_its_article():
    resolution = run(
        make_extraction("a1", Say("Nga", "Country"), "và", Say("Nga", "Country"), ":", Say("Quốc_hội khóa XIII", "Organization")),
        make_extraction("a2", Say("Quốc_hội khóa XIII", "Organization"), "họp"),
    )
    assert len(_entities_of(resolution, "Quốc hội khóa XIII")) == 1


@pytest.mark.parametrize(
    ("articles", "count"),
    [
        # bare in two articles that name no province: two committees
        ([("a1", [Say("Đảng_bộ", "Organization"), "họp"]), ("a2", [Say("Đảng_bộ", "Organization"), "họp"])], 2),
        # bare in two articles about two provinces
        (
            [
                ("a1", [Say("Đảng_bộ", "Organization"), "và", "nhân_dân", "tỉnh", Say("An_Giang", "Region")]),
                ("a2", [Say("Đảng_bộ", "Organization"), "và", "nhân_dân", "tỉnh", Say("Thanh_Hóa", "Region")]),
            ],
            2,
        ),
        # bare in two articles about one province
        (
            [
                ("a1", [Say("Đảng_bộ", "Organization"), "nỗ_lực", ",", "tỉnh", Say("An_Giang", "Region")]),
                ("a2", [Say("Đảng_bộ", "Organization"), "họp", "ở", "tỉnh", Say("An_Giang", "Region")]),
            ],
            1,
        ),
    ],
)
def test_resolve_a_bare_provincial_body_is_of_the_one_province_its_article_names(articles, count):
    resolution = run(*(make_extraction(article_id, *pieces) for article_id, pieces in articles))
    assert len(_entities_of(resolution, "Đảng bộ")) == count


def test_resolve_a_surname_after_a_hyphenated_particle_is_a_short_name():
    resolution = run(make_extraction("a1", Say("Bashar al-Assad", title="Tổng_thống"), "nói", ".", Say("Assad"), "cười"))
    assert {d.entity_id for d in resolution.decisions} == {"person/bashar-al-assad"}


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("Ủy_ban", 2),  # a kind of body, not a name
        ("Hội_đồng quản_trị", 2),
        ("Ủy_ban Olympic", 1),  # a name
    ],
)
def test_resolve_a_kind_of_body_written_alone_is_only_its_articles(name, count):
    resolution = run(
        make_extraction("a1", Say(name, "Organization"), "họp", ".", Say(name, "Organization"), "quyết_định"),
        make_extraction("a2", Say(name, "Organization"), "họp"),
    )
    assert len(_entities_of(resolution, name.replace("_", " "))) == count


@pytest.mark.parametrize(
    ("short", "joins"),
    [("V.Putin", True), ("V._Putin", True), ("D.Putin", False), ("V.Medvedev", False)],
)
def test_resolve_a_surname_after_the_given_names_initial_is_a_short_name(short, joins):
    resolution = run(make_extraction("a1", Say("Vladimir_Putin", title="Tổng_thống"), "nói", ".", Say(short), "cười"))
    (decision,) = decisions_for(resolution, short)
    assert (decision.entity_id == "person/vladimir-putin") is joins


def test_resolve_a_one_word_person_is_never_made_a_place_by_the_article():
    resolution = run(
        make_extraction("a1", Say("Washington", "City"), "mưa", ".", Say("Washington", "City"), "lạnh", ".", Say("Washington"), "nói")
    )
    (person,) = [d for d in resolution.decisions if d.mention.type is EntityType.PERSON]
    assert person.entity_id.startswith("person/")


@pytest.mark.parametrize(
    ("after", "joins_home"),
    [
        ([",", "nhân_dân", "Nga"], False),  # the people and the government of Russia
        (["và", "Quốc_hội", "Nga"], False),
        ([",", "Bộ", "Ngoại_giao", "Nga"], True),  # another body: the list is not read on
        (["họp", "ở", "Nga"], True),
    ],
)
def test_resolve_a_body_in_a_list_takes_the_country_the_list_ends_with(after, joins_home):
    resolution = resolve(
        [
            make_extraction("a1", Say("Chính_phủ", "Organization"), *after),
            make_extraction("a2", Say("Chính_phủ", "Organization"), "họp"),
        ]
    )
    ids = {d.mention.article_id: d.entity_id for d in resolution.decisions if d.mention.text == "Chính_phủ"}
    assert (ids["a1"] == ids["a2"]) is joins_home
