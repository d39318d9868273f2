"""A club written by the name of its city, and the city itself."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.clubs import club_place
from test_resolve_support import Say, make_extraction


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("AC Milan", "milan"),
        ("Real Madrid", "madrid"),
        ("Manchester United", "manchester"),
        ("Milan", None),
        ("Tập đoàn Dầu khí", None),
    ],
)
def test_club_place(name, place):
    assert club_place(name) == place


def _category(pieces) -> dict[str, str]:
    resolution = resolve([make_extraction("a1", *pieces)])
    return {f"{d.mention.text}@{d.mention.start}": d.entity_id.split("/")[0] for d in resolution.decisions if d.entity_id}


@pytest.mark.parametrize(
    ("pieces", "club"),
    [
        # the article names the club: the city's name alone is the club
        ([Say("Real_Madrid", "Organization"), "thắng", ".", "thế", "trận", "thuộc", "về", Say("Madrid", "City"), "."], True),
        # after a preposition of place or a level word it is the city
        ([Say("Real_Madrid", "Organization"), "thắng", ".", "đội", "khách", "tới", Say("Madrid", "City"), "."], False),
        ([Say("Real_Madrid", "Organization"), "thắng", ".", "đội", "bóng", "thành", Say("Madrid", "City"), "."], False),
        # two clubs of the city: not guessed
        (
            [Say("Real_Madrid", "Organization"), "và", Say("Atletico_Madrid", "Organization"), "hòa", ".",
             "thế", "trận", "thuộc", "về", Say("Madrid", "City"), "."],
            False,
        ),
        # no club named: the city
        (["thế", "trận", "thuộc", "về", Say("Madrid", "City"), "."], False),
    ],
)
def test_a_city_written_for_the_club_of_its_article(pieces, club):
    categories = _category(pieces)
    (city,) = [v for k, v in categories.items() if k.startswith("Madrid@")]
    assert (city == "organization") is club


def _roster(*clubs: tuple[str, str]) -> list:
    pieces: list = ["Danh_sách", "cầu_thủ", ":"]
    for i, (club, kind) in enumerate(clubs):
        if i:
            pieces.append(",")
        pieces += [Say(["Nguyễn_Văn_An", "Trần_Văn_Bình", "Lê_Văn_Cường", "Phạm_Văn_Dũng"][i]), "(", Say(club, kind), ")"]
    return pieces + ["."]


@pytest.mark.parametrize(
    ("clubs", "club"),
    [
        # a squad list: a city or a company's name in brackets after a player is his club
        ((("SLNA", "Organization"), ("Viettel", "Organization"), ("TP.HCM", "City")), True),
        ((("SLNA", "Organization"), ("Hải_Phòng", "Organization"), ("Viettel", "Organization")), True),
        # places in brackets after people are where they come from
        ((("Hà_Nội", "City"), ("Huế", "City"), ("Viettel", "Organization")), False),
        # too short to be a list
        ((("SLNA", "Organization"), ("Viettel", "Organization")), False),
    ],
)
def test_a_name_in_brackets_after_a_player_in_a_squad_list_is_a_club(clubs, club):
    company = make_extraction("a2", Say("Viettel", "Organization"), "ra_mắt", "gói", "cước", ".")
    resolution = resolve([make_extraction("a1", *_roster(*clubs)), company])
    entity = {(d.mention.article_id, d.mention.text): d.entity_id for d in resolution.decisions}
    assert (entity[("a1", "Viettel")] != entity[("a2", "Viettel")]) is club
