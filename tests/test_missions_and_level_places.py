"""Diplomatic missions named by their country are one organisation (kg/tagger/missions.py);
a name does not run over "ở" and a word of level into a place (kg/tagger/admin_units.py)."""

from __future__ import annotations

import pytest

from helpers import TAGGER_MISSES

from kg.model import Article, EntityType, Mention
from kg.pipeline import assemble, extract_article
from kg.tagger.admin_units import places_after_level_words, places_cut_from_names
from kg.tagger.missions import missions_named
from kg.tagger.syllables import syllable_spans


def _tagged(text: str, name: str, entity_type: str, rule: bool = False) -> Mention:
    start = text.index(name)
    return Mention("a", 0, start, start + len(name), name, EntityType(entity_type), confidence=None if rule else 0.9)


def _found(text: str, segmented: bool) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    extraction = extract_article(Article(id="a", text=text, source="test", segmented=segmented))
    mentions = [(m.text, m.type.value) for m in extraction.mentions if not m.reference]
    statements = [(s.subject.text, s.predicate, s.object.text) for s in extraction.statements]
    return mentions, statements


# -- missions: the repair over tagged spans -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Đại_sứ_quán Na_Uy ở Hà_Nội thông_báo .", "Na_Uy", ("Đại_sứ_quán Na_Uy", "Organization")),
        ("Tổng_Lãnh_sự_quán Canada tại TP.HCM đóng_cửa .", "Canada", ("Tổng_Lãnh_sự_quán Canada", "Organization")),
        ("Tổng lãnh_sự_quán Ý tại TP.HCM đóng_cửa .", "Ý", ("Tổng lãnh_sự_quán Ý", "Organization")),
        ("theo Lãnh_sự_quán Lào ở Đà_Nẵng .", "Lào", ("Lãnh_sự_quán Lào", "Organization")),
        ("Phái_đoàn thường_trực Thái_Lan tại Geneva phát_biểu .", "Thái_Lan", ("Phái_đoàn thường_trực Thái_Lan", "Organization")),
        # a lowercase mission word names no one body
        ("họ tụ_tập trước đại_sứ_quán Na_Uy .", "Na_Uy", ("Na_Uy", "Country")),
        # several missions: a plural word before, or a host that is no name after
        ("các Đại_sứ_quán Na_Uy đều đóng_cửa .", "Na_Uy", ("Na_Uy", "Country")),
        ("Đại_sứ_quán Na_Uy ở một_số nước châu Á đóng_cửa .", "Na_Uy", ("Na_Uy", "Country")),
        ("Đại_sứ_quán Na_Uy tại các nước láng_giềng đóng_cửa .", "Na_Uy", ("Na_Uy", "Country")),
        # a word between the mission and the country
        ("Đại_sứ_quán của Na_Uy thông_báo .", "Na_Uy", ("Na_Uy", "Country")),
        # "Tổng" lowercase before a capitalised "Lãnh_sự_quán": the longest mission word decides
        ("ông tổng Lãnh_sự_quán Canada phát_biểu .", "Canada", ("Canada", "Country")),
    ],
)
def test_missions_named(text, country, expected):
    (mention,) = missions_named(text, syllable_spans(text), [_tagged(text, country, "Country")])
    assert (mention.text, mention.type.value) == expected
    assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        # a name the gazetteers list as no country
        ("Đại_sứ_quán Hà_Nội nào ?", "Hà_Nội", "City"),
        # the country is not written right after the mission
        ("Đại_sứ_quán mới Na_Uy .", "Na_Uy", "Country"),
    ],
)
def test_missions_named_leaves_other_names(text, name, entity_type):
    tagged = [_tagged(text, name, entity_type)]
    assert missions_named(text, syllable_spans(text), tagged) == tagged


def test_a_mission_already_tagged_whole_is_kept():
    text = "Đại_sứ_quán Na_Uy thông_báo ."
    tagged = [_tagged(text, "Đại_sứ_quán Na_Uy", "Organization")]
    assert missions_named(text, syllable_spans(text), tagged) == tagged


# -- missions in whole articles, raw and segmented ----------------------------------------


@pytest.mark.parametrize(
    ("text", "segmented", "mission", "host"),
    [
        ("Hôm qua, Đại sứ quán Na Uy ở Việt Nam đã trao học bổng cho sinh viên.", False, "Đại sứ quán Na Uy", "Việt Nam"),
        ("Hôm_qua , Đại_sứ_quán Na_Uy ở Việt_Nam đã trao học_bổng cho sinh_viên .", True, "Đại_sứ_quán Na_Uy", "Việt_Nam"),
        ("Tổng Lãnh sự quán Canada tại TP.HCM cho biết sẽ mở cửa lại.", False, "Tổng Lãnh sự quán Canada", "TP.HCM"),
        ("Lãnh sự quán Lào tại Đà Nẵng đã cấp thị thực cho họ.", False, "Lãnh sự quán Lào", "Đà Nẵng"),
        ("Phái đoàn thường trực Thái Lan tại Geneva đã gửi thư phản đối.", False, "Phái đoàn thường trực Thái Lan", "Geneva"),
    ],
)
def test_a_mission_is_one_organisation_located_in_its_host(text, segmented, mission, host):
    mentions, statements = _found(text, segmented)
    assert (mission, "Organization") in mentions
    assert (mission, "locatedIn", host) in statements


def test_missions_of_different_countries_stay_apart():
    text = "Đại sứ quán Na Uy và Đại sứ quán Phần Lan tại Hà Nội cùng tổ chức hội thảo về môi trường."
    extraction = extract_article(Article(id="a", text=text, source="test", segmented=False))
    result = assemble([extraction])
    missions = [m for m in extraction.mentions if m.text.startswith("Đại sứ quán")]
    assert [m.text for m in missions] == ["Đại sứ quán Na Uy", "Đại sứ quán Phần Lan"]
    assert len({result.resolution.entity_for(m) for m in missions}) == 2


# -- places after a word of level: the repairs over tagged spans --------------------------


@pytest.mark.parametrize(
    ("text", "span", "rules", "expected"),
    [
        (
            "Anh Quan ở xã Bản Khoang cho biết .",
            "Quan ở xã Bản Khoang",
            [("Quan", "Person")],
            [("Quan", "Person"), ("Bản Khoang", "Region")],
        ),
        (
            "chị Hằng tại phường Đồng_Xuân kể .",
            "Hằng tại phường Đồng_Xuân",
            [],
            [("Hằng", "Organization"), ("Đồng_Xuân", "Region")],
        ),
        (
            "ông Tư sống ở thị_trấn Cầu Giát nói .",
            "Tư sống ở thị_trấn Cầu Giát",
            [("Tư", "Person")],
            [("Tư", "Person"), ("Cầu Giát", "City")],
        ),
        (
            "người dân ở thôn Đồng Mít kể .",
            "ở thôn Đồng Mít",
            [],
            [("Đồng Mít", "Region")],
        ),
        # a body named with its place holds a word of level, but no word of place before it
        ("Công_an huyện Yên Thành vào_cuộc .", "Công_an huyện Yên Thành", [], [("Công_an huyện Yên Thành", "Organization")]),
        ("UBND xã Bản Khoang họp .", "UBND xã Bản Khoang", [], [("UBND xã Bản Khoang", "Organization")]),
        # a numbered district is no name; a lowercase word after the place: not sure where it ends
        ("Anh Tuấn ở quận 9 kể .", "Tuấn ở quận 9", [], [("Tuấn ở quận 9", "Organization")]),
        ("Anh Quan ở xã Bản Khoang mới kể .", "Quan ở xã Bản Khoang mới", [], [("Quan ở xã Bản Khoang mới", "Organization")]),
        # a level word glued into another word, or written with a capital, is none
        ("Bộ Phát_triển Nông_thôn Lào họp .", "Bộ Phát_triển Nông_thôn Lào", [], [("Bộ Phát_triển Nông_thôn Lào", "Organization")]),
        ("Nhà_hàng Ở Xã Đông mở_cửa .", "Nhà_hàng Ở Xã Đông", [], [("Nhà_hàng Ở Xã Đông", "Organization")]),
    ],
)
def test_places_cut_from_names(text, span, rules, expected):
    rule_names = [_tagged(text, name, entity_type, rule=True) for name, entity_type in rules]
    result = places_cut_from_names(text, rule_names, [_tagged(text, span, "Organization")])
    assert [(m.text, m.type.value) for m in result] == expected
    assert all(text[m.start : m.end] == m.text for m in result)


@pytest.mark.parametrize(
    ("text", "name", "rules", "expected"),
    [
        # the rules read the name after the word of level as a place
        ("lũ tràn qua huyện Đan Phượng hôm_qua .", "Đan Phượng", [("Đan Phượng", "Region")], "Region"),
        # a word of place before the word of level
        ("Anh Tâm ở xã Bản Lầu kể .", "Bản Lầu", [], "Region"),
        ("Bà Liên ở thị_trấn Phố Ràng kể .", "Phố Ràng", [], "City"),
        # a title before the word of level: the name may be its holder
        ("Chủ_tịch xã Nguyễn Văn Tư phát_biểu .", "Nguyễn Văn Tư", [("Nguyễn Văn Tư", "Person")], "Person"),
        # a capitalised "Bản" is a name of its own, no word of level
        ("Ông Lò Văn Bản ở Hà_Giang kể .", "Lò Văn Bản", [("Lò Văn Bản", "Person")], "Person"),
        ("gặp ông Bản Lầu hôm_qua .", "Bản Lầu", [], "Person"),
    ],
)
def test_places_after_level_words(text, name, rules, expected):
    rule_names = [_tagged(text, n, t, rule=True) for n, t in rules]
    (mention,) = places_after_level_words(text, rule_names, [_tagged(text, name, "Person")])
    assert mention.type.value == expected


# -- places after a word of level in whole articles, raw and segmented --------------------


@pytest.mark.parametrize(
    ("text", "segmented", "person", "place", "district"),
    [
        pytest.param(
            "Anh Quan ở xã Bản Khoang, huyện Sa Pa, tỉnh Lào Cai cho biết rau năm nay được mùa.",
            False, "Quan", "Bản Khoang", "Sa Pa",
            marks=TAGGER_MISSES,
        ),
        (
            "Ông Lò Văn Bản ở xã Mường Lống, huyện Kỳ Sơn kể lại chuyện cũ.",
            False, "Lò Văn Bản", "Mường Lống", "Kỳ Sơn",
        ),
        (
            "Anh Quan ở xã Bản Khoang , huyện Sa_Pa , tỉnh Lào_Cai cho biết rau năm nay được mùa .",
            True, None, "Bản Khoang", "Sa_Pa",
        ),
    ],
)
def test_a_person_and_the_commune_they_live_in(text, segmented, person, place, district):
    mentions, statements = _found(text, segmented)
    assert (place, "Region") in mentions
    assert (place, "locatedIn", district) in statements
    if person is not None:
        assert (person, "Person") in mentions
    assert not any(" ở " in name for name, _ in mentions)


@pytest.mark.parametrize(
    ("text", "segmented", "place", "district"),
    [
        # neither the rules nor the tagger read "Bản", a common noun, as opening a name
        ("Và chị Hờ Thị Mai, xã Bản Phố, huyện Bắc Hà, Lào Cai đã kịp báo tin cho cán bộ.", False, "Bản Phố", "Bắc Hà"),
        ("Và chị Hờ_Thị_Mai , xã Bản Phố , huyện Bắc_Hà , Lào_Cai đã kịp báo tin cho cán_bộ .", True, "Bản Phố", "Bắc_Hà"),
    ],
)
def test_a_commune_left_out_after_its_word_of_level(text, segmented, place, district):
    mentions, statements = _found(text, segmented)
    assert (place, "Region") in mentions
    assert (place, "locatedIn", district) in statements


@pytest.mark.parametrize(
    ("text", "segmented", "word"),
    [
        # a short word of level written lowercase is none: "h" of "km/h" before a new sentence
        ("Cơn bão mạnh với sức gió 200 km/h. Gần 100 ngôi nhà bị tốc mái.", False, "Gần"),
        ("Cơn bão mạnh với sức gió 200 km / h . Gần 100 ngôi nhà bị tốc mái .", True, "Gần"),
        # a hamlet's word is a common noun too, and counts only after a word of place
        ("Chiếc điện thoại chạy bản Android mới nhất của Google.", False, "Android"),
    ],
)
def test_no_place_after_a_word_that_is_no_word_of_level(text, segmented, word):
    mentions, _ = _found(text, segmented)
    assert not any(name == word and entity_type in ("Region", "City") for name, entity_type in mentions)


def test_a_hamlet_after_a_word_of_place():
    mentions, _ = _found("Bà Mua sống ở bản Hua Tát từ nhỏ.", False)
    assert ("Hua Tát", "Region") in mentions
