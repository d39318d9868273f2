"""A capital typed a city stands for its country where it acts, and is the city elsewhere."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.actors import acts
from test_resolve_support import Say, make_extraction


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        # a verb of saying, deciding or dealing after it, adverbs between
        ("Theo thỏa thuận, Tokyo sẽ sớm chuyển giao 10 tàu tuần tra.", "Tokyo", True),
        ("Bangkok tuyên bố đóng cửa biên giới.", "Bangkok", True),
        ("Tokyo và Hà Nội đã đàm phán về hợp đồng này.", "Tokyo", True),
        ("vũ khí mà Tokyo coi là lợi ích quốc gia", "Tokyo", True),
        # a word before it that makes it a party
        ("Bắc Kinh gây sức ép với Tokyo về thương vụ", "Tokyo", True),
        ("quan hệ giữa Tokyo và Seoul", "Tokyo", True),
        # a preposition of place, or a body of the city, makes it the city
        ("hội nghị thượng đỉnh tại Tokyo tuyên bố chung", "Tokyo", False),
        ("Cảnh sát Tokyo cho biết đã bắt nghi phạm.", "Tokyo", False),
        ("Đoàn sẽ tới Tokyo vào tuần sau.", "Tokyo", False),
        # nothing that acts
        ("Tokyo mưa lớn suốt đêm.", "Tokyo", False),
        ("Chỉ số Nikkei của Tokyo tăng 1%.", "Tokyo", False),
    ],
)
def test_acts(text, name, party):
    start = text.index(name)
    assert acts(text, start, start + len(name)) is party


@pytest.mark.parametrize(
    ("pieces", "country"),
    [
        ([Say("Bắc_Kinh", "City"), "đã", "phản_đối", "kế_hoạch", "."], True),
        (["hội_nghị", "tại", Say("Bắc_Kinh", "City"), "kết_thúc", "."], False),
        # typed a country, it is the country unless the words before it make it the place one is at,
        # goes to or leaves
        ([Say("Bắc_Kinh", "Country"), "hôm_qua", "phản_đối", "quyết_định", "."], True),
        (["ông", "Tập_Cận_Bình", "đã", "trở_về", Say("Bắc_Kinh", "Country"), "sau", "chuyến", "thăm", "."], False),
        (["phái_đoàn", "quay_lại", Say("Washington", "Country"), "hôm", "thứ", "Ba", "."], False),
        (["Thủ_tướng", "rời", Say("Tokyo", "Country"), "lúc", "8", "giờ", "."], False),
        (["đoàn", "rời_khỏi", Say("Tokyo", "Country"), "sáng", "nay", "."], False),
        (["đoàn", "đã", "trở_lại", Say("Seoul", "Country"), "."], False),
        # the home country's capital is its city's own government
        ([Say("Hà_Nội", "City"), "quyết_định", "cấm", "xe", "."], False),
    ],
)
def test_a_capital_typed_a_city_that_acts_is_its_country(pieces, country):
    resolution = resolve([make_extraction("a1", *pieces)])
    capital = next(p for p in pieces if isinstance(p, Say))
    (decision,) = [d for d in resolution.decisions if d.mention.text == capital.text]
    assert (decision.rule == "capital-country") is country


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # two places that deal with each other are states
        ("Tokyo và Manila đã đàm phán về hợp đồng.", True),
        ("Tokyo và Manila ký kết thỏa thuận.", True),
        # a verb of dealing of five syllables
        ("Tokyo và Manila bình thường hóa quan hệ.", True),
        # a list of places is no party by any other verb
        ("Tokyo và Osaka phủ nhận tin đồn.", False),
        ("Tokyo và Osaka mưa lớn.", False),
    ],
)
def test_acts_in_a_pair(text, party):
    assert acts(text, 0, len("Tokyo")) is party


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Tokyo và Manila đã đàm phán về hợp đồng.", True),
        ("Tokyo và Manila phủ nhận tin đồn.", False),
    ],
)
def test_acts_second_of_a_pair(text, party):
    start = text.index("Manila")
    assert acts(text, start, start + len("Manila")) is party


@pytest.mark.parametrize(
    ("pieces", "country"),
    [
        # typed a country, a capital stands for it
        ([Say("Bắc_Kinh", "Country"), "phản_đối", "."], True),
        # unless a preposition of place makes it the city
        (["hội_nghị", "tại", Say("Bắc_Kinh", "Country"), "kết_thúc", "."], False),
        (["đoàn", "đã", "tới", Say("Bắc_Kinh", "Country"), "."], False),
    ],
)
def test_a_capital_typed_a_country_after_a_preposition_of_place_is_the_city(pieces, country):
    resolution = resolve([make_extraction("a1", *pieces)])
    capital = next(p for p in pieces if isinstance(p, Say))
    (decision,) = [d for d in resolution.decisions if d.mention.text == capital.text]
    assert (decision.rule == "capital-country") is country


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a modal between the name and its verb
        ("Bắc Kinh hy vọng Tokyo có thể phối hợp chặt chẽ.", True),
        # the deed of a state
        ("Mỹ ủng hộ việc Tokyo đưa tranh chấp ra tòa.", True),
        ("sự đồng thuận của Tokyo trong vụ việc", True),
        # a place of a list
        ("Ông đã ở Tokyo và Osaka.", False),
    ],
)
def test_acts_more(text, party):
    start = text.index("Tokyo")
    assert acts(text, start, start + len("Tokyo")) is party
