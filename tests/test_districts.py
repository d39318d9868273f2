"""Vietnam's districts and towns written bare (``ontology/gazetteer/vietnam_districts.tsv``):
a district is a Region and a town a City wherever the text names it without its level word,
while a person whose given name is a district's name stays one person."""

from __future__ import annotations

import pytest

from helpers import TAGGER_MISSES, rule_names
from kg.analyse import analyse
from kg.extract import extract
from kg.lexicon.gazetteer import load_lexicon
from kg.model import Article


def _names(text: str) -> set[tuple[str, str]]:
    """The names the whole pipeline (rules and tagger) finds in raw ``text``, with their types."""
    extraction = extract(analyse(Article(id="d", text=text, source="test", title="t", segmented=False)))
    return {(m.text, m.type.value) for m in extraction.mentions if not m.reference}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare district, alone, in a list, or in brackets after a place
        ("Nhiều tuyến phố ở Thanh Xuân bị ngập sau cơn mưa.", ("Thanh Xuân", "Region")),
        ("Mưa lớn kéo dài ở Châu Đức (Bà Rịa - Vũng Tàu) suốt tuần qua.", ("Châu Đức", "Region")),
        ("Mưa lớn gây sạt lở ở Mù Cang Chải và Trạm Tấu.", ("Mù Cang Chải", "Region")),
        ("Mưa lớn gây sạt lở ở Mù Cang Chải và Trạm Tấu.", ("Trạm Tấu", "Region")),
        # a town (thị xã, a province's city) is a City
        pytest.param("Du khách đổ về Sầm Sơn trong dịp nghỉ lễ.", ("Sầm Sơn", "City"), marks=TAGGER_MISSES),
    ],
)
def test_districts_a_bare_district_is_a_place(text, expected) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district's name as the given name of a full Vietnamese name
        ("Ông Nguyễn Thanh Xuân, giám đốc công ty, cho biết doanh thu đã tăng.", ("Nguyễn Thanh Xuân", "Person")),
        ("Bà Lê Hoàng Mai phát biểu tại hội nghị.", ("Lê Hoàng Mai", "Person")),
        ("Anh Trần Long Biên bị thương nhẹ trong vụ tai nạn.", ("Trần Long Biên", "Person")),
        ("Chị Phạm Thị Hoài Đức là giáo viên tiểu học.", ("Phạm Thị Hoài Đức", "Person")),
        # a photograph's credit names its photographer, never a place
        ("Ca sĩ Thu Phương hát trong đêm diễn. Ảnh: Chí Linh", ("Chí Linh", "Person")),
    ],
)
def test_districts_a_given_name_that_is_a_district_stays_a_person(text, expected) -> None:
    assert expected in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Ông Trần Long_Biên cho_biết như vậy .", "Trần Long_Biên", "Person"),
        ("Ông Nguyễn Thanh_Xuân cho_biết như vậy .", "Nguyễn Thanh_Xuân", "Person"),
        ("Ông Trần Tuấn Anh cho_biết như vậy .", "Trần Tuấn Anh", "Person"),
        # a district's name that starts the run is the district
        ("Hoàng_Mai có 14 phường .", "Hoàng_Mai", "Region"),
        # a place of two syllables followed by more of a name is no given name
        ("Ông Trần Long_Biên Hà_Nội nói .", "Hà_Nội", "City"),
    ],
)
def test_districts_rules_keep_a_given_name_inside_the_persons_name(text, name, expected) -> None:
    assert rule_names(text).get(name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the word written before a listed district or town says what it is here
        ("Ông làm_việc ở huyện Điện_Bàn nhiều năm .", "Điện_Bàn", "Region"),
        ("Ông làm_việc ở thị_xã Điện_Bàn nhiều năm .", "Điện_Bàn", "City"),
        ("Tàu cá neo ở đảo Cô_Tô suốt đêm .", "Cô_Tô", "Location"),
        ("Nhà chị ở phố Vĩnh_Hưng , quận Hoàng_Mai .", "Vĩnh_Hưng", "Location"),
        # a market named after its district is the market
        ("Chị bán rau ở chợ Cầu Giấy đã lâu .", "chợ Cầu Giấy", "Facility"),
        # a name before a district's, after a comma, is a ward or a commune of it
        ("Ông Lãnh ( Liễu_Giai , Ba_Đình , Hà_Nội ) cho_biết .", "Liễu_Giai", "Region"),
        # before a province's or a city's name it is only a place of it
        ("Tòa nhà ở Mỹ_Đình , Hà_Nội .", "Mỹ_Đình", "Location"),
    ],
)
def test_districts_the_word_before_a_district_types_it(text, name, expected) -> None:
    assert rule_names(text).get(name) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a district's name ending a phrase of lowercase words is part of what they name
        ("Phía điện_lực Châu_Đức chỉ giám_sát an_toàn .", "Châu_Đức"),
        ("Trận đấu diễn ra tại nhà thi_đấu Tân_Bình tối_qua .", "Tân_Bình"),
        ("Cô mặc áo lụa Hà_Đông trong đêm diễn .", "Hà_Đông"),
    ],
)
def test_districts_a_district_inside_a_lowercase_phrase_is_no_place_of_its_own(text, word) -> None:
    assert rule_names(text).get(word) not in ("Region", "City")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after a preposition, a coordinator or punctuation it stands alone
        ("Nhiều hộ dân ở Châu_Đức bị ảnh_hưởng .", "Châu_Đức"),
        ("Mưa lớn ở Mù_Cang_Chải và Trạm_Tấu .", "Trạm_Tấu"),
        ("Chị Minh ( Triều_Khúc , Thanh_Xuân ) chia_sẻ .", "Thanh_Xuân"),
    ],
)
def test_districts_a_district_after_a_function_word_stands_alone(text, name) -> None:
    assert rule_names(text).get(name) == "Region"


@pytest.mark.parametrize(
    "name",
    # a one-syllable given name, common words, people's names, and names better known as something else
    ["Vinh", "Bình Minh", "Thống Nhất", "Yên Bình", "Ngô Quyền", "Tây Sơn", "Hoàng Sa", "Trần Văn Thời"],
)
def test_districts_ambiguous_names_are_not_listed(name) -> None:
    assert name not in load_lexicon().cue_typed


def test_districts_names_already_listed_keep_their_list() -> None:
    lexicon = load_lexicon()
    # a province's and a city's name of the other lists
    assert lexicon.names["Hà Tĩnh"].value == "Region" and "Hà Tĩnh" not in lexicon.cue_typed
    assert lexicon.names["Biên Hòa"].value == "City" and "Biên Hòa" not in lexicon.cue_typed
