"""A team and the place it is named by kept apart, and a team's forms joined: the bare place's name beside the
club's full name, the other word of a team and the other spelling of its place (kg/resolve/clubs.py,
kg/resolve/teams.py, kg/tagger/teams.py), on sentences written for them."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.aliases import default_alias_table
from kg.resolve.qualifiers import level_before, level_said_after
from kg.resolve.teams import national_team_name
from kg.tagger.teams import teams_typed
from helpers import mentions_of_names
from test_resolve_support import Say, make_extraction



def _typed(text: str, names: dict[str, str]) -> list[tuple[str, str]]:
    return [(m.text, m.type.value) for m in sorted(teams_typed(text, mentions_of_names(text, names)), key=lambda m: m.start)]


# (sentences, names as the tagger typed them, the names and types expected after, in their order in the text)
TAGGED = [
    # a place's name typed a person, as a side of a match: the team
    (
        "Quảng Ngãi cầm hòa Kon Tum 2-2 ở vòng 6.",
        {"Quảng Ngãi": "Region", "Kon Tum": "Person"},
        [("Quảng Ngãi", "Organization"), ("Kon Tum", "Organization")],
    ),
    (
        "Ở lượt về, Ma Cao thua Lào 0-3.",
        {"Ma Cao": "Person", "Lào": "Country"},
        [("Ma Cao", "Organization"), ("Lào", "Organization")],
    ),
    # a place's name typed a person with no match around it: left as typed
    ("Kon Tum chào đón du khách dịp Tết.", {"Kon Tum": "Person"}, [("Kon Tum", "Person")]),
    # a person's name that is no place's: left as typed
    ("Lê Văn Thành ghi bàn ở phút 80, Kon Tum thắng 1-0.", {"Lê Văn Thành": "Person", "Kon Tum": "Region"}, [("Lê Văn Thành", "Person"), ("Kon Tum", "Organization")]),
    # a number that opens the score after a team's name is no word of the name
    (
        "U19 Lào cầm hòa U19 Brunei 2-2 trên sân khách.",
        {"U19 Lào": "Organization", "U19 Brunei 2": "Organization"},
        [("U19 Lào", "Organization"), ("U19 Brunei", "Organization")],
    ),
    # a number that is a word of the name stays ("Quận 1" is no side)
    ("Đại diện Quận 1 phát biểu tại hội nghị.", {"Quận 1": "Organization"}, [("Quận 1", "Organization")]),
    # a sponsor's name cut off the province after it: one club, in an article of sports
    (
        "Gạch Men Kon Tum thua Quảng Ngãi 0-1 ở vòng 6.",
        {"Gạch Men": "Person", "Kon Tum": "Region", "Quảng Ngãi": "Region"},
        [("Gạch Men Kon Tum", "Organization"), ("Quảng Ngãi", "Organization")],
    ),
    # a copula saying the name is a province, in an article of sports: the place
    (
        "Kon Tum FC thắng 2-0. Kon Tum là một tỉnh ở Tây Nguyên.",
        {"Kon Tum FC": "Organization", "Kon Tum": "Region"},
        [("Kon Tum FC", "Organization"), ("Kon Tum", "Region")],
    ),
    # in an article of sports, a place of a league table is a side
    (
        "U19 Lào thắng 2-0 ở vòng bảng. Brunei đứng cuối bảng sau ba lượt.",
        {"U19 Lào": "Organization", "Brunei": "Country"},
        [("U19 Lào", "Organization"), ("Brunei", "Organization")],
    ),
    # outside sports, a country ranked stays the country
    ("Brunei đứng cuối bảng xếp hạng về dân số.", {"Brunei": "Country"}, [("Brunei", "Country")]),
    # outside sports a person and a place side by side stay apart
    (
        "Hôm qua, Lê Hà Kon Tum đến thăm chợ.",
        {"Lê Hà": "Person", "Kon Tum": "Region"},
        [("Lê Hà", "Person"), ("Kon Tum", "Region")],
    ),
    # near-misses in an article of sports: a province after its level word or a word of place stays the place
    (
        "Quảng Ngãi thắng Kon Tum 2-0 tại Kon Tum. Tỉnh Quảng Ngãi khen thưởng đội bóng.",
        {"Quảng Ngãi": "Region", "Kon Tum": "Region"},
        [("Quảng Ngãi", "Organization"), ("Kon Tum", "Organization"), ("Kon Tum", "Region"), ("Quảng Ngãi", "Region")],
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), TAGGED)
def test_team_forms_typed(text, names, expected):
    assert _typed(text, names) == expected


def _entities(*pieces: str | Say) -> list[tuple[str, str]]:
    """(mention's text, entity id) of each name of the article made of ``pieces``, in its order."""
    resolution = resolve([make_extraction("a1", *pieces)])
    decisions = sorted(resolution.decisions, key=lambda d: d.mention.start)
    return [(d.mention.text, d.entity_id or "") for d in decisions]


def _groups(entities: list[tuple[str, str]]) -> list[int]:
    """Each name's group, numbered by the first name of its entity: [0, 1, 0] when the first and last are one."""
    first: dict[str, int] = {}
    return [first.setdefault(entity, index) for index, (_, entity) in enumerate(entities)]


# (pieces of an article, each name's group: names of one number are one entity)
RESOLVED = [
    # the bare place's name beside the club's full name is the club, the place after a word of place is the place
    (
        [Say("Quảng_Ngãi_FC", "Organization"), "thua", "0-1", ".", Say("Quảng_Ngãi", "Organization"), "vẫn", "đứng",
         "thứ", "tư", ".", "Người", "hâm", "mộ", "tại", Say("Quảng_Ngãi", "Region"), "buồn", "."],
        [0, 0, 2],
    ),
    # a sponsor's name before the province
    (
        [Say("Gạch_Men_Kon_Tum", "Organization"), "thắng", "2-0", ".", Say("Kon_Tum", "Organization"), "ghi", "bàn",
         "ở", "phút", "10", ".", "Lãnh_đạo", "tỉnh", Say("Kon_Tum", "Region"), "dự", "khán", "."],
        [0, 0, 2],
    ),
    # another word of a team and another spelling of the place: the same national team
    (
        [Say("Tuyển_Hong_Kong", "Organization"), "thua", Say("Lào", "Organization"), "0-2", ".",
         Say("Hồng_Kông", "Organization"), "bị", "loại", "ở", "vòng", "bảng", ".", "Trận", "đấu", "diễn", "ra",
         "tại", Say("Hồng_Kông", "Region"), "."],
        [0, 1, 0, 3],
    ),
    # the country's name for a post's country stays the country
    (
        [Say("Lào", "Organization"), "thắng", Say("Brunei", "Organization"), "3-0", ".", "Thủ_tướng",
         Say("Lào", "Country"), "chúc", "mừng", "người", Say("Lào", "Country"), "."],
        [0, 1, 2, 2],
    ),
    # a copula saying the name is a province: the place, beside the club of its name
    (
        [Say("Quảng_Ngãi_FC", "Organization"), "thua", "0-1", ".", Say("Quảng_Ngãi", "Region"), "là", "một",
         "tỉnh", "ở", "miền", "Trung", ".", "Người", "dân", Say("Quảng_Ngãi", "Region"), "buồn", "."],
        [0, 1, 1],
    ),
    # a level word that ends the sentence before is not the club's level
    (
        [Say("Quảng_Ngãi_FC", "Organization"), "thua", "trận", "derby", "thành", "phố", ".",
         Say("Quảng_Ngãi_FC", "Organization"), "vẫn", "đứng", "thứ", "tư", "."],
        [0, 0],
    ),
]


@pytest.mark.parametrize(("pieces", "groups"), RESOLVED)
def test_team_forms_resolved(pieces, groups):
    entities = _entities(*pieces)
    assert _groups(entities) == groups, entities


@pytest.mark.parametrize(
    ("pieces", "kind"),
    [
        # the team's mention is an organization and the place's a location, never one entity
        ([Say("Quảng_Ngãi", "Organization"), "thắng", Say("Kon_Tum", "Organization"), "1-0", "tại", Say("Quảng_Ngãi", "Region"), "."], "location/"),
    ],
)
def test_team_kept_from_its_place(pieces, kind):
    entities = _entities(*pieces)
    assert entities[0][1].startswith("organization/") and entities[2][1].startswith(kind)


def test_national_team_names_across_articles():
    one = make_extraction("a1", Say("Tuyển_Ma_Cao", "Organization"), "thua", "0-2", ".")
    other = make_extraction("a2", Say("Đội_tuyển_Ma_Cao", "Organization"), "thắng", "1-0", ".")
    resolution = resolve([one, other])
    assert len({d.entity_id for d in resolution.decisions}) == 1


@pytest.mark.parametrize(
    ("name", "usual"),
    [
        ("Tuyển Lào", "đội tuyển Lào"),
        ("ĐT Hồng Kông", "đội tuyển Hong Kong"),
        ("đội tuyển Lào", "đội tuyển Lào"),
        # words that name the usual side between the word of a team and the country
        ("Đội tuyển quốc gia Lào", "đội tuyển Lào"),
        ("Đội_tuyển bóng_đá Hồng_Kông", "đội tuyển Hong Kong"),
        # a team of an age or a kind, a province's team and a name with no word of a team are no national team's usual name
        ("U23 Lào", None),
        ("Tuyển nữ Lào", None),
        ("Đội tuyển futsal Lào", None),
        ("tuyển Quảng Ngãi", None),
        ("Lào", None),
    ],
)
def test_national_team_name(name, usual):
    assert national_team_name(name, default_alias_table()) == usual


@pytest.mark.parametrize(
    ("before", "level"),
    [
        ("Họ thua trận derby thành phố. ", None),
        ("Họ về thủ đô. ", None),
        # a title that ends with a level word
        ("Đội bóng nhận thưởng từ tỉnh\n\n", None),
        ("Trụ sở ở TP. ", "city"),
        ("Trụ sở ở tp. ", "city"),
        ("Trụ sở ở tỉnh ", "province"),
    ],
)
def test_level_word_ending_a_sentence(before, level):
    assert level_before(before + "Kon Tum", len(before)) == level


@pytest.mark.parametrize(
    ("after", "said"),
    [
        (" là một tỉnh ở Tây Nguyên.", True),
        (" là thành phố trẻ.", True),
        (" là đội bóng mạnh nhất.", False),
        (" thắng 2-0. Tỉnh này", False),
    ],
)
def test_level_said_after(after, said):
    assert level_said_after("Kon Tum" + after, len("Kon Tum")) is said


def test_a_clubs_bare_name_that_is_no_place_joins_its_full_name_in_other_articles_too():
    with_full_name = make_extraction("a1", Say("Celtic_FC", "Organization"), "2-1", Say("Ajax", "Organization"), ".",
                                     Say("Celtic", "Organization"), "dẫn", "đầu", "bảng", ".")
    bare_only = make_extraction("a2", Say("Celtic", "Organization"), "thắng", Say("Ajax", "Organization"), "2-1", ".")
    resolution = resolve([with_full_name, bare_only])
    celtic = {d.entity_id for d in resolution.decisions if d.mention.text.startswith("Celtic")}
    assert len(celtic) == 1, celtic


def test_one_team_written_two_ways_takes_its_bare_side():
    entities = _entities(
        Say("U.23_Việt_Nam", "Organization"), "thắng", Say("U.23_Myanmar", "Organization"), "2-0", ".",
        Say("U.23_VN", "Organization"), "bất", "bại", ".", "Đối_thủ", "của", Say("VN", "Organization"), "tại",
        "SEA_Games", "thua", "1-3", ".",
    )
    assert _groups(entities) == [0, 1, 0, 0], entities
