"""Resolver rules that keep two things of one name apart and join the names of one thing:
tables of made-up sentences and what the resolver should make of them."""

from __future__ import annotations

import json

import pytest

from kg.resolve import resolve
from kg.resolve.aliases import parse_alias_lines
from kg.resolve.names import exact_key
from kg.resolve.registry import registry_lines
from test_resolve_support import Say, make_extraction

TABLE = parse_alias_lines(
    [
        "Mỹ\tCountry\tHoa Kỳ\tQ30",
        "Trung Quốc\tCountry\t\tQ148",
        "Kenya\tCountry\t\t",
        "Washington\tCity\tWashington DC\tQ61",
        "Bắc Kinh\tCity\tBeijing\tQ956",
    ],
    "test-table",
)


def _entity_of(resolution, article_id: str, text: str) -> str | None:
    for decision in resolution.decisions:
        mention = decision.mention
        if mention.article_id == article_id and mention.text == text:
            return decision.entity_id
    raise AssertionError(f"no mention {text!r} in {article_id}")


@pytest.mark.parametrize(
    ("pieces", "joins_country"),
    [
        # a capital typed a country stands for its government
        ([Say("Washington", "Country"), "cáo_buộc", Say("Mỹ", "Country"), "."], True),
        ([Say("Bắc_Kinh", "Country"), "phản_đối", "."], True),
        # typed a city it is the city
        ([Say("Washington", "City"), "mưa", "lớn", "."], False),
        # an address: the capital followed by its own country is the city
        (["vụ", "nổ", "ở", Say("Nairobi", "Country"), ",", Say("Kenya", "Country"), "."], False),
        (["đánh_bom", "tại", Say("Nairobi", "Country"), "-", Say("Kenya", "Country"), ".", "Sau", "đó"], False),
        # after a word of level it is the city whatever its type
        (["thủ_đô", Say("Bắc_Kinh", "Country"), "ô_nhiễm", "."], False),
    ],
)
def test_a_capital_typed_a_country_is_the_country(pieces, joins_country):
    resolution = resolve([make_extraction("a1", *pieces)], aliases=TABLE)
    capital = next(p for p in pieces if isinstance(p, Say))
    entity = _entity_of(resolution, "a1", capital.text)
    country = {"Washington": "location/my", "Bắc_Kinh": "location/trung-quoc", "Nairobi": "location/kenya"}[capital.text]
    assert (entity == country) is joins_country
    if joins_country:
        # the capital is no name of the country: a later build never finds the country by it
        (decision,) = [d for d in resolution.decisions if d.mention.text == capital.text]
        assert decision.rule == "capital-country"
        assert registry_keys(resolution)[country] == {exact_key(capital_country_name(country))}


def capital_country_name(entity_id: str) -> str:
    return {"location/my": "Mỹ", "location/trung-quoc": "Trung Quốc"}[entity_id]


def registry_keys(resolution) -> dict[str, set[str]]:
    return {r["id"]: set(r["keys"]) for r in map(json.loads, registry_lines(resolution))}


@pytest.mark.parametrize(
    ("articles", "apart"),
    [
        # a town and the province of its name, the town's level abbreviated
        ([("a1", ["tỉnh", Say("Quảng_Trị", "Region"), "và", "TX.", Say("Quảng_Trị", "City"), "."])], True),
        ([("a1", ["tỉnh", Say("Quảng_Trị", "Region"), "và", "thị_xã", Say("Quảng_Trị", "City"), "."])], True),
        # written bare elsewhere, the name is the province
        ([("a1", ["tỉnh", Say("Quảng_Trị", "Region"), "mưa", "."]), ("a2", [Say("Quảng_Trị", "City"), "lũ", "."])], False),
    ],
)
def test_a_town_is_kept_apart_from_the_province_of_its_name(articles, apart):
    resolution = resolve([make_extraction(a, *pieces) for a, pieces in articles], aliases=TABLE)
    ids = {d.entity_id for d in resolution.decisions if d.mention.text == "Quảng_Trị"}
    assert (len(ids) == 2) is apart


@pytest.mark.parametrize(
    ("articles", "count"),
    [
        # the west of a province is not the west of the country
        ([("a1", ["khu_vực", Say("miền_Tây", "Region"), Say("Nghệ_An", "Region"), "nghèo"]), ("a2", ["các", "tỉnh", Say("miền_Tây", "Region")])], 2),
        # ... and later bare in its article it is still the province's
        (
            [
                ("a1", [Say("miền_Tây", "Region"), Say("Nghệ_An", "Region"), "nghèo", ".", Say("miền_Tây", "Region"), "mưa"]),
                ("a2", ["về", Say("miền_Tây", "Region")]),
            ],
            2,
        ),
        # a list of regions qualifies none of them
        ([("a1", [Say("miền_Tây", "Region"), ",", Say("Tây_Nguyên", "Region"), "mưa"]), ("a2", ["về", Say("miền_Tây", "Region")])], 1),
        # bare in two articles of home news: one region
        ([("a1", ["về", Say("miền_Tây", "Region")]), ("a2", ["gốc", Say("miền_Tây", "Region")])], 1),
    ],
)
def test_a_region_is_the_one_of_the_place_named_right_after_it(articles, count):
    resolution = resolve([make_extraction(a, *pieces) for a, pieces in articles], aliases=TABLE)
    ids = {d.entity_id for d in resolution.decisions if d.mention.text == "miền_Tây"}
    assert len(ids) == count


@pytest.mark.parametrize(
    ("articles", "name", "count"),
    [
        # a given name the build also writes as the end of a full name is that person's in its article only
        (
            [
                ("a1", [Say("Trần_Văn_Khoa"), "ghi", "bàn", ".", Say("Văn_Khoa"), "cười"]),
                ("a2", [Say("Văn_Khoa"), "bị", "thẻ", "vàng"]),
            ],
            "Văn_Khoa",
            2,
        ),
        # two articles writing the given name alone, and a full name elsewhere: three people at most
        (
            [
                ("a1", [Say("Hà_Minh_Tuấn"), "đến", "."]),
                ("a2", [Say("Minh_Tuấn"), "hát"]),
                ("a3", [Say("Minh_Tuấn"), "đá", "bóng"]),
            ],
            "Minh_Tuấn",
            2,
        ),
        # a name never written with a family name (a stage name) is one across articles
        ([("a1", [Say("Thu_Loan"), "hát"]), ("a2", [Say("Thu_Loan"), "ra", "album"])], "Thu_Loan", 1),
        # a family name and a given name is a full name, one across articles
        ([("a1", [Say("Lê_Khoa"), "nói"]), ("a2", [Say("Lê_Khoa"), "cười"]), ("a3", [Say("Trần_Lê_Khoa"), "đi"])], "Lê_Khoa", 1),
    ],
)
def test_a_given_name_alone_is_one_person_only_in_its_article(articles, name, count):
    resolution = resolve([make_extraction(a, *pieces) for a, pieces in articles], aliases=TABLE)
    ids = {d.entity_id for d in resolution.decisions if d.mention.text == name}
    assert len(ids) == count


@pytest.mark.parametrize(
    ("pieces", "acronym", "owner"),
    [
        # defined in brackets before a comment
        (
            [Say("Mặt_trận Giải_phóng Oromo", "Organization"), "(", Say("OLF", "Organization"), ",", "nhóm", "nổi_dậy", ")", "tấn_công", ".", Say("OLF", "Organization"), "rút"],
            "OLF",
            "organization/mat-tran-giai-phong-oromo",
        ),
        # defined in brackets alone
        ([Say("Hiệp_hội Cá_tra Bắc_Bộ", "Organization"), "(", Say("HCB", "Organization"), ")", "họp"], "HCB", "organization/hiep-hoi-ca-tra-bac-bo"),
        # an acronym typed a body never joins the place it spells
        (
            [Say("Việt_Nam", "Country"), "(", Say("VN", "Country"), ")", "dự", "giải", ".", "Đối_thủ", "của", Say("VN", "Organization"), "mạnh"],
            "VN",
            None,
        ),
    ],
)
def test_an_acronym_joins_what_its_brackets_define(pieces, acronym, owner):
    resolution = resolve([make_extraction("a1", *pieces)], aliases=TABLE)
    found = [d for d in resolution.decisions if d.mention.text == acronym and d.mention.type.value == "Organization"]
    assert found
    if owner is None:
        assert all(not (d.entity_id or "").startswith("location/") for d in found)
    else:
        assert {d.entity_id for d in found} == {owner}


@pytest.mark.parametrize(
    ("articles", "count"),
    [
        # the newspaper named after a body is not the body
        ([("a1", ["phóng_viên", "báo", Say("Công_an nhân_dân", "NewsAgency"), "ghi"]), ("a2", [Say("Công_an nhân_dân", "Organization"), "điều_tra"])], 2),
        ([("a1", ["theo", "tờ", Say("Quân_đội nhân_dân", "NewsAgency")]), ("a2", [Say("Quân_đội nhân_dân", "Organization"), "diễn_tập"])], 2),
        # the newspaper in two articles is one
        ([("a1", ["báo", Say("Quân_đội nhân_dân", "NewsAgency")]), ("a2", ["tờ", Say("Quân_đội nhân_dân", "NewsAgency")])], 1),
        # the body in two articles is one
        ([("a1", ["cùng", Say("Công_an nhân_dân", "Organization")]), ("a2", ["lực_lượng", Say("Công_an nhân_dân", "Organization")])], 1),
    ],
)
def test_a_newspaper_named_after_a_body_is_kept_apart_from_it(articles, count):
    resolution = resolve([make_extraction(a, *pieces) for a, pieces in articles], aliases=TABLE)
    assert len({d.entity_id for d in resolution.decisions}) == count


@pytest.mark.parametrize(
    ("articles", "joins"),
    [
        # the build names a province and its capital of one name: bare, the name is the province
        (
            [
                ("a1", ["tỉnh", Say("Bình_Lâm", "Region"), "mưa"]),
                ("a2", ["TP", Say("Bình_Lâm", "City"), "ngập"]),
                ("a3", [Say("Bình_Lâm", "Region"), "thu_hút", "đầu_tư"]),
            ],
            {"a1": True, "a2": False},
        ),
        # an article that names only the city by its level keeps its bare name the city's
        (
            [("a1", ["tỉnh", Say("Bình_Lâm", "Region"), "mưa"]), ("a3", ["TP", Say("Bình_Lâm", "City"), "và", Say("Bình_Lâm", "City"), "ngập"])],
            {"a1": False},
        ),
    ],
)
def test_a_bare_name_of_a_province_and_its_capital_is_the_province(articles, joins):
    resolution = resolve([make_extraction(a, *pieces) for a, pieces in articles], aliases=TABLE)
    ids: dict[str, set[str]] = {}
    for decision in resolution.decisions:
        ids.setdefault(decision.mention.article_id, set()).add(decision.entity_id)
    bare = ids["a3"]
    for article_id, expected in joins.items():
        assert (bare <= ids[article_id]) is expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (Say("Thông_tấn_xã Việt_Nam", "NewsAgency"), Say("TTXVN", "NewsAgency")),
        (Say("Trung_ương Đoàn", "Organization"), Say("T.Ư Đoàn TNCS HCM", "Organization")),
        (Say("Sở Giao_dịch Chứng_khoán TP.HCM", "Organization"), Say("HOSE", "Organization")),
        (Say("Cục Dự_trữ Liên_bang Mỹ", "Organization"), Say("Fed", "Organization")),
        (Say("Ban_Chấp_hành Trung_ương Đảng", "Organization"), Say("BCH TW Đảng", "Organization")),
        (Say("Tập_đoàn Viễn_thông Quân_đội", "Organization"), Say("Viettel", "Organization")),
        (Say("Chelsea", "Organization"), Say("The Blues", "Organization")),
        (Say("Barca", "Organization"), Say("FC Barcelona", "Organization")),
        (Say("TP.Hồ_Chí_Minh", "City"), Say("TP.HCM", "City")),
    ],
)
def test_known_bodies_are_one_under_their_usual_names(first, second):
    resolution = resolve([make_extraction("a1", first, "cho_biết", "."), make_extraction("a2", second, "công_bố")])
    assert len({d.entity_id for d in resolution.decisions}) == 1


@pytest.mark.parametrize(
    "pieces",
    [
        ["tại", "(Thành_phố", Say("Bảo_An", "City"), ")", ".", Say("Bảo_An", "City"), "đẹp"],
        ["tại", "“thành_phố", Say("Bảo_An", "City"), "”", ".", Say("Bảo_An", "City"), "đẹp"],
        ["tại", "TP.", Say("Bảo_An", "City"), ".", Say("Bảo_An", "City"), "đẹp"],
    ],
)
def test_a_level_word_is_read_through_an_opening_bracket_or_quote(pieces):
    resolution = resolve([make_extraction("a1", *pieces), make_extraction("a2", Say("Bảo_An", "City"), "mưa")], aliases=TABLE)
    assert len({d.entity_id for d in resolution.decisions}) == 1


@pytest.mark.parametrize(
    ("short", "full", "joins"),
    [
        ("Bộ KH&CN", "Bộ Khoa_học và Công_nghệ", True),
        ("Viện KHXH", "Viện Khoa_học Xã_hội", True),
        # a province's department, bare in another article, is no one's to guess
        ("Sở GTVT", "Sở Giao_thông Vận_tải", False),
        ("Hội CCB Hà_Tĩnh", "Hội Cựu_chiến_binh Hà_Tĩnh", True),
        ("Công_đoàn Ngân_hàng NNPT", "Công_đoàn Ngân_hàng Nông_nghiệp Phát_triển", True),
        ("Ngân_hàng TMCP Á_Châu", "Ngân_hàng Thương_mại Cổ_phần Á_Châu", True),
        # the written-out words differ
        ("Viện KHXH", "Học_viện Khoa_học Xã_hội", False),
        # initials that spell something else
        ("Hội Cựu TNXP", "Hội Cựu Thương_nhân Xuất_khẩu", False),
        # an acronym alone is no abbreviated name (acronyms have their own rules)
        ("GTVT", "Giao_thông Vận_tải", False),
    ],
)
def test_a_name_with_words_written_as_initials_joins_the_one_name_it_spells(short, full, joins):
    resolution = resolve(
        [make_extraction("a1", Say(full, "Organization"), "họp", "."), make_extraction("a2", Say(short, "Organization"), "báo_cáo")],
        aliases=TABLE,
    )
    assert (len({d.entity_id for d in resolution.decisions}) == 1) is joins


def test_two_names_an_abbreviation_spells_are_not_guessed_between():
    resolution = resolve(
        [
            make_extraction("a1", Say("Viện Khoa_học Xã_hội", "Organization"), "họp"),
            make_extraction("a2", Say("Viện Khí_hậu Xã_hội", "Organization"), "họp"),
            make_extraction("a3", Say("Viện KHXH", "Organization"), "báo_cáo"),
        ],
        aliases=TABLE,
    )
    assert len({d.entity_id for d in resolution.decisions}) == 3


@pytest.mark.parametrize(
    ("pieces", "person"),
    [
        # written alone more often as a person than as a body: the person
        ([Say("Kovac", "Person"), "hát", ".", Say("Kovac", "Person"), "cười", ".", Say("Kovac", "Organization"), "nói"], True),
        # more often as a body: a body named after someone ("Kovac" the firm)
        ([Say("Kovac", "Organization"), "lãi", ".", Say("Kovac", "Organization"), "lỗ", ".", Say("Kovac", "Person"), "nói"], False),
    ],
)
def test_a_surname_typed_a_body_is_the_person_its_article_writes_it_for(pieces, person):
    resolution = resolve(
        [make_extraction("a0", Say("Milan Kovac"), "đến", "."), make_extraction("a1", *pieces)], aliases=TABLE
    )
    body = [d for d in resolution.decisions if d.mention.article_id == "a1" and d.mention.type.value == "Organization"]
    assert body and all((d.entity_id == "person/milan-kovac") is person for d in body)


@pytest.mark.parametrize(
    ("typed", "joins"),
    [
        ("Facility", True),  # a hospital typed a building is the hospital
        ("Location", True),
        ("Organization", True),
    ],
)
def test_a_body_typed_a_place_is_the_body_its_kind_says(typed, joins):
    resolution = resolve(
        [
            make_extraction("a1", Say("Bệnh_viện Hòa_Bình", "Organization"), "tiếp_nhận", "."),
            make_extraction("a2", "tại", Say("Bệnh_viện Hòa_Bình", typed), "."),
        ],
        aliases=TABLE,
    )
    assert (len({d.entity_id for d in resolution.decisions}) == 1) is joins


def test_a_place_whose_name_begins_like_a_kind_of_body_stays_a_place():
    resolution = resolve(
        [make_extraction("a1", "đường", Say("Trường_Chinh", "Location"), "."), make_extraction("a2", Say("Trường_Chinh", "Person"), "nói")],
        aliases=TABLE,
    )
    assert all(d.entity_id.startswith(("location/", "person/")) for d in resolution.decisions)
    assert len({d.entity_id for d in resolution.decisions}) == 2


@pytest.mark.parametrize(
    ("names", "count"),
    [
        # the links between the words of a name are no part of it
        (["Bộ Văn_hóa và Thể_thao", "Bộ Văn_hóa - Thể_thao", "Bộ Văn_hóa Thể_thao"], 1),
        (["Sở Nội_vụ & Lao_động", "Sở Nội_vụ và Lao_động"], 1),
        # ... and an abbreviation of any of them is the one name
        (["Bộ Văn_hóa và Thể_thao", "Bộ Văn_hóa - Thể_thao", "Bộ VH&TT", "Bộ VH-TT"], 1),
        # other words are another name
        (["Bộ Văn_hóa và Thể_thao", "Bộ Văn_hóa và Du_lịch"], 2),
        # diacritics count: "đông" is not "động"
        (["Công_ty Thông_tin di động", "Công_ty Thông_tin di đông"], 2),
    ],
)
def test_names_that_differ_only_by_their_links_are_one(names, count):
    resolution = resolve(
        [make_extraction(f"a{i}", Say(name, "Organization"), "họp", ".") for i, name in enumerate(names)], aliases=TABLE
    )
    assert len({d.entity_id for d in resolution.decisions}) == count


@pytest.mark.parametrize(
    ("pieces", "home"),
    [
        # the party written bare is the home one, even in an article about another country
        ([Say("Lào", "Country"), "và", Say("Lào", "Country"), ":", Say("Đảng", "Organization"), "và", "Nhà_nước", "ta", "chúc_mừng"], True),
        # another country's party where its name says so, through a list of bodies
        (["quan_chức", Say("Đảng", "Organization"), "và", "Nhà_nước", Say("Lào", "Country"), "đón"], False),
        (["người", "con", "của", Say("Đảng", "Organization"), "và", "nhân_dân", "các", "bộ_tộc", Say("Lào", "Country")], False),
        ([Say("Đảng", "Organization"), ",", "Chính_phủ", ",", "nhân_dân", "các", "bộ_tộc", Say("Lào", "Country"), "cảm_ơn"], False),
    ],
)
def test_the_party_is_another_countrys_only_where_its_name_says_so(pieces, home):
    table = parse_alias_lines(["Lào\tCountry\t\t"], "test-table")
    resolution = resolve(
        [make_extraction("a0", Say("Đảng", "Organization"), "lãnh_đạo", "."), make_extraction("a1", *pieces)], aliases=table
    )
    ids = {d.mention.article_id: d.entity_id for d in resolution.decisions if d.mention.text == "Đảng"}
    assert (ids["a1"] == ids["a0"]) is home
