"""A place's name written for a team typed the team's, and one written after a kind of facility the
facility's (kg/tagger/teams.py, kg/tagger/named_facilities.py), on sentences written for them."""

from __future__ import annotations

import pytest

from kg.tagger.named_facilities import facilities_named_after_places
from kg.tagger.teams import teams_typed
from helpers import mentions_of_names



def _typed(text: str, names: dict[str, str], rule) -> list[tuple[str, int, str]]:
    return [(m.text, m.start, m.type.value) for m in sorted(rule(text, mentions_of_names(text, names)), key=lambda m: m.start)]


# (article, names the tagger typed, the names expected typed an Organization, by their order in the text)
TEAMS = [
    # a side of a match: a score, a verb of a match in a sentence of a match, "và" after a side
    ("Ở vòng loại, Lào thắng Brunei 2-0.", {"Lào": "Country", "Brunei": "Country"}, ["Lào", "Brunei"]),
    ("Campuchia hạ Đông Timor 3-1 tối qua.", {"Campuchia": "Country", "Đông Timor": "Country"}, ["Campuchia", "Đông Timor"]),
    ("Tuần sau Philippines sẽ tái đấu Indonesia ở bán kết.", {"Philippines": "Country", "Indonesia": "Country"}, ["Philippines", "Indonesia"]),
    ("Ở vòng bảng, Lào sẽ gặp Brunei và Singapore.", {"Lào": "Country", "Brunei": "Country", "Singapore": "Country"}, ["Lào", "Brunei", "Singapore"]),
    # a word of a team before the name
    ("Ban huấn luyện U19 Campuchia họp.", {"Campuchia": "Country"}, ["Campuchia"]),
    # in an article that names a team in full, a verb of sports alone: the player's, the host's side
    (
        "U21 Lào có mặt ở Viêng Chăn. Hậu vệ của Brunei bị treo giò. Lào tiếp đón Brunei trên sân nhà.",
        {"U21 Lào": "Organization", "Brunei": "Country", "Lào": "Country", "Viêng Chăn": "City"},
        ["U21 Lào", "Brunei", "Lào", "Brunei"],
    ),
    # a province beside the one club of it its article names
    ("Bình Định FC thua trận. Bình Định vẫn đứng thứ tư.", {"Bình Định FC": "Organization", "Bình Định": "Region"}, ["Bình Định FC", "Bình Định"]),
    # negatives: no match in the article
    ("Lào gặp Brunei để bàn về thương mại.", {"Lào": "Country", "Brunei": "Country"}, []),
    ("Thủ tướng Lào gặp Thủ tướng Campuchia tại Viêng Chăn.", {"Lào": "Country", "Campuchia": "Country", "Viêng Chăn": "City"}, []),
    ("Xuất khẩu gạo sang Philippines tăng 2-3 lần.", {"Philippines": "Country"}, []),
    # a country after a preposition of place or a person's title in an article of sports stays the place
    (
        "U23 Lào thắng U23 Brunei 1-0 tại Campuchia. Bộ trưởng Campuchia dự khán.",
        {"U23 Lào": "Organization", "U23 Brunei": "Organization", "Campuchia": "Country"},
        ["U23 Lào", "U23 Brunei"],
    ),
    # a province after its level word stays the province
    ("Ở vòng bảng, tỉnh Bình Định thua 0-1.", {"Bình Định": "Region"}, []),
    # a place that names a person's nationality in a match report stays the country
    ("Ở vòng bảng, tiền đạo Brunei ghi bàn cho Lào.", {"Brunei": "Country", "Lào": "Country"}, ["Lào"]),
    (
        "U19 Lào thua 0-2. Tiền vệ người Brunei thi đấu hay, nước Campuchia thi đấu kém.",
        {"U19 Lào": "Organization", "Brunei": "Country", "Campuchia": "Country"},
        ["U19 Lào"],
    ),
    # an adverb of sports between the side and its verb; a side that is the opponent "của" another
    (
        "U19 Lào vào bán kết. Philippines hiện dẫn đầu bảng B, Brunei sẽ là đối thủ của Campuchia.",
        {"U19 Lào": "Organization", "Philippines": "Country", "Brunei": "Country", "Campuchia": "Country"},
        ["U19 Lào", "Philippines", "Brunei", "Campuchia"],
    ),
    # in an article of sports, the province after a sponsor's name in a club's name is the club
    (
        "Becamex Bình Định thua 1-2 ở vòng 3. Bình Định chỉ còn kém đội đầu bảng 3 điểm.",
        {"Becamex Bình Định": "Organization", "Bình Định": "Region"},
        ["Becamex Bình Định", "Bình Định"],
    ),
    # not a body's name with the province: no club
    (
        "Sở Y tế Bình Định họp. Bình Định có thêm 3 ca bệnh.",
        {"Sở Y tế Bình Định": "Organization", "Bình Định": "Region"},
        ["Sở Y tế Bình Định"],
    ),
]


@pytest.mark.parametrize(("text", "names", "teams"), TEAMS)
def test_teams_typed_a_place_written_for_a_team(text, names, teams):
    typed = _typed(text, names, teams_typed)
    assert [name for name, _, kind in typed if kind == "Organization"] == teams


def test_teams_typed_takes_in_a_word_of_a_club_after_a_province():
    text = "Ở vòng 5, Bình Định FC thua trên sân nhà."
    assert _typed(text, {"Bình Định": "Region"}, teams_typed) == [("Bình Định FC", 10, "Organization")]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the tagger took the word of a club into a province's name but typed the place
        ("Ba cầu thủ của Quảng Ninh FC là A, B và C.", {"Quảng Ninh FC": "City"}, [("Quảng Ninh FC", 15, "Organization")]),
        ("Đà Nẵng FC là đội bóng lâu đời.", {"Đà Nẵng FC": "Region"}, [("Đà Nẵng FC", 0, "Organization")]),
        # a place with no word of a club after it stays a place, as does one ending with a word that ends places too
        ("Đoàn đến Mexico City hôm qua.", {"Mexico City": "City"}, [("Mexico City", 9, "City")]),
        ("Cầu thủ sinh ra ở Quảng Ninh.", {"Quảng Ninh": "Region"}, [("Quảng Ninh", 18, "Region")]),
    ],
)
def test_teams_typed_a_place_taken_with_a_word_of_a_club_is_the_club(text, names, expected):
    assert _typed(text, names, teams_typed) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a noun of a side taken into the name is left out
        ("Đội khách Bình Định mở tỷ số phút 10.", "Đội khách Bình Định", ("Bình Định", 10, "Organization")),
        ("Bàn thắng thuộc về đội chủ nhà Cần Thơ.", "đội chủ nhà Cần Thơ", ("Cần Thơ", 31, "Organization")),
        # not when no name follows it
        ("Đội khách đã thắng.", "Đội khách", ("Đội khách", 0, "Organization")),
    ],
)
def test_teams_typed_leaves_out_a_noun_of_a_side(text, name, expected):
    assert _typed(text, {name: "Organization"}, teams_typed) == [expected]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # the words of a team of a kind before a place's bare name are the team's name
        ("Đội tuyển bóng đá nữ Lào hạ Brunei.", {"Lào": "Country"}, [("Đội tuyển bóng đá nữ Lào", 0, "Organization")]),
        ("Hôm qua, tuyển futsal Brunei tập luyện.", {"Brunei": "Organization"}, [("tuyển futsal Brunei", 9, "Organization")]),
        # no word of a team, or a clause between: the place
        ("Bóng đá nữ Lào phát triển.", {"Lào": "Country"}, [("Lào", 11, "Country")]),
        ("Đội tuyển nữ, Lào và Brunei.", {"Lào": "Country", "Brunei": "Country"}, [("Lào", 14, "Country"), ("Brunei", 21, "Country")]),
        ("Hội Phụ nữ Lào họp.", {"Lào": "Country"}, [("Lào", 11, "Country")]),
    ],
)
def test_teams_typed_takes_in_the_words_of_a_team_of_a_kind(text, names, expected):
    assert _typed(text, names, teams_typed) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a team's name run over a verb of a match into the next side is cut in two
        (
            "Tuyển nữ Lào thắng Brunei 2-1 ở bán kết.",
            "Tuyển nữ Lào thắng Brunei",
            [("Tuyển nữ Lào", 0, "Organization"), ("Brunei", 19, "Organization")],
        ),
        (
            "Đội tuyển Lào thua Campuchia 1-2 ở vòng loại.",
            "Đội tuyển Lào thua Campuchia",
            [("Đội tuyển Lào", 0, "Organization"), ("Campuchia", 19, "Organization")],
        ),
        # no team's name before the verb, or no place's name after it: one name
        ("Hội Lào thắng Brunei là một hội.", "Hội Lào thắng Brunei", [("Hội Lào thắng Brunei", 0, "Organization")]),
        ("Tuyển nữ Lào thắng Lợi tập luyện.", "Tuyển nữ Lào thắng Lợi", [("Tuyển nữ Lào thắng Lợi", 0, "Organization")]),
    ],
)
def test_teams_typed_cuts_a_team_run_into_the_next_side(text, name, expected):
    assert _typed(text, {name: "Organization"}, teams_typed) == expected


# (text, names the tagger typed, expected (name, type) in order)
FACILITIES = [
    # a kind of facility before a place's name: the facility
    ("Khách đến sân bay Cần Thơ tăng mạnh.", {"Cần Thơ": "City"}, [("Cần Thơ", "Facility")]),
    ("Xe khách rời bến xe Mỹ Đình lúc 5 giờ.", {"Mỹ Đình": "Region"}, [("Mỹ Đình", "Facility")]),
    ("Tiểu thương chợ Phùng Khoang nghỉ bán.", {"Phùng Khoang": "Region"}, [("Phùng Khoang", "Facility")]),
    # a word before the kind that makes it no one facility's name: the place
    ("Anh kẹt tại một sân bay Cần Thơ.", {"Cần Thơ": "City"}, [("Cần Thơ", "City")]),
    ("Giá rau ở các chợ Cần Thơ tăng.", {"Cần Thơ": "City"}, [("Cần Thơ", "City")]),
    ("Thành phố cảng Hải Phòng đón khách.", {"Hải Phòng": "City"}, [("Hải Phòng", "City")]),
    # no kind before the name, or a kind that is part of another word: the place
    ("Người dân Cần Thơ đón Tết.", {"Cần Thơ": "City"}, [("Cần Thơ", "City")]),
    ("Nhu cầu Hà Nội tăng.", {"Hà Nội": "City"}, [("Hà Nội", "City")]),
    # a name typed a facility after a word of administrative level: the place of that level
    ("Người dân phường Mỹ Đình đi bầu.", {"Mỹ Đình": "Facility"}, [("Mỹ Đình", "Region")]),
    ("Ông sống ở thị trấn Phùng.", {"Phùng": "Facility"}, [("Phùng", "City")]),
]


@pytest.mark.parametrize(("text", "names", "expected"), FACILITIES)
def test_facilities_named_after_places(text, names, expected):
    assert [(name, kind) for name, _, kind in _typed(text, names, facilities_named_after_places)] == expected


def test_teams_typed_through_the_pipeline_keep_the_team_apart_from_the_country():
    """A match report that also names the country of a minister: the sides are the teams, typed and resolved
    apart from the country, and the bare side joins the team its article names in full."""
    from kg.model import Article
    from kg.pipeline import assemble, extract_article

    text = (
        "Ở lượt trận thứ hai vòng loại, đội tuyển Việt Nam thua Uzbekistan 0-1. Việt Nam sẽ tái đấu Uzbekistan "
        "tại Tashkent. Thủ tướng Việt Nam gửi thư chúc mừng các cầu thủ."
    )
    result = assemble([extract_article(Article(id="t", text=text, source="test"))])
    decided = {(d.mention.start, d.mention.text): (d.mention.type.value, d.entity_id) for d in result.resolution.decisions}
    side = decided[(text.index("Việt Nam sẽ"), "Việt Nam")]
    country = decided[(text.index("Việt Nam gửi"), "Việt Nam")]
    assert side == ("Organization", "organization/doi-tuyen-viet-nam")
    assert country == ("Country", "location/viet-nam")
    assert {decided[(s, "Uzbekistan")] for s in (text.index("Uzbekistan"), text.rindex("Uzbekistan"))} == {
        ("Organization", "organization/doi-tuyen-uzbekistan")
    }
