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
