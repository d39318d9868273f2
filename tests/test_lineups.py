"""Team line-ups: every listed name a player, and a member of the team."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract import extract
from kg.model import Article, EntityType


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
