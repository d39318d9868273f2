"""Team line-ups: every listed name a player, and a member of the team."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract import extract
from kg.extract.lineups import lineup_mentions
from kg.model import Article, EntityType
from test_relations_markup import parse_markup


def _extract(text: str):
    return extract(analyse(Article(id="a", text=text, source="test", title="t")), learned=False)


@pytest.mark.parametrize(
    ("text", "team", "players"),
    [
        (
            "Đội_hình thi_đấu : Arsenal : Hildebrand , Uchida , Howedes , Matip , Aogo , Jones .",
            "Arsenal",
            {"Hildebrand", "Uchida", "Howedes", "Matip", "Aogo", "Jones"},
        ),
        # semicolons between lines, a substitute in brackets, the bench after "Dự_bị :"
        (
            "Chelsea : Cech ; Ivanovic , Cahill , Terry ; Lampard , Oscar ( Mata 80 ) ; Torres Dự_bị : Schwarzer , Cole .",
            "Chelsea",
            {"Cech", "Ivanovic", "Cahill", "Terry", "Lampard", "Oscar", "Mata", "Torres", "Schwarzer", "Cole"},
        ),
    ],
)
def test_lineups_players_are_persons_and_members(text, team, players) -> None:
    extraction = _extract(text)
    persons = {m.text for m in extraction.mentions if m.type is EntityType.PERSON}
    assert players <= persons
    members = {(s.subject.text, s.object.text) for s in extraction.statements if s.predicate == "memberOf"}
    assert members == {(p, team) for p in players}


@pytest.mark.parametrize(
    "text",
    [
        # too short to be a line-up
        "Chelsea : Cech , Terry .",
        # a list after something that is no team
        "Nhiều mã thủy_sản : ABT , AVF , CMX , ACL , AAM , HVG tăng giá .",
    ],
)
def test_lineups_other_lists_are_not_lineups(text) -> None:
    assert [s for s in _extract(text).statements if s.predicate == "memberOf"] == []


@pytest.mark.parametrize(
    ("markup", "players"),
    [
        # a region's places, each with its country: places already, no players
        ("Biểu_diễn tại bốn thành_phố [REGION châu_Á] : [CITY Hà_Nội] ( [COUNTRY Việt_Nam] ) , [CITY Phnom_Penh] "
         "( [COUNTRY Campuchia] ) , [CITY Kuala_Lumpur] ( [COUNTRY Malaysia] ) và [CITY Bandar_Seri_Begawan] .", set()),
        # a team's players, a few of them named like places, are still players
        ("[ORG Arsenal] : Hildebrand , [CITY Jordan] , Howedes , Matip , Aogo , Jones .",
         {"Hildebrand", "Jordan", "Howedes", "Matip", "Aogo", "Jones"}),
    ],
)
def test_lineups_a_list_of_places_lists_no_players(markup, players) -> None:
    analysed, mentions, _ = parse_markup(markup)
    made = lineup_mentions(analysed, mentions)
    assert {m.text for m in made if m.type is EntityType.PERSON} == players
