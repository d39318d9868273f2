"""A place's name typed a body in an article with no sport in it is the place.

A club is named by its city ("Liverpool", "Barcelona", "Hải Phòng") and a
national team by its country; the tagger, which has seen those names as
clubs, types the city an Organization in a report on the weather or the
economy too ("Liverpool ghi nhận lượng mưa kỷ lục"), and the resolver then
makes it the club of the sports pages. ``places_outside_sports`` types such a
mention the place again when its article has no sport in it: no word of
sports (``tagger.sport-words``, ``resolver.match-cues``),
no team, club or side of a match (``kg.tagger.teams``); in an article of sports, when a word of level stands
before it ("mưa trút xuống thành phố Liverpool"). A place's name is a name the
place lists give (``ontology/gazetteer``: countries, cities, provinces), or a
club's name (``gazetteer/clubs.tsv``) that the world's cities
(``kg/data/place_names.tsv``) hold: a City.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.lexicon import load_lexicon
from kg.lexicon.gazetteer import GAZETTEER_DIR
from kg.lexicon.tsv import read_table
from kg.model import EntityType, Mention
from kg.resolve.clubs import club_place, sponsored_club_place
from kg.resolve.context import contains, phrases
from kg.resolve.names import exact_key
from kg.resolve.qualifiers import level_before
from kg.resolve.teams import for_team, in_match, team_place
from kg.tagger.gazetteer import PLACE_NAMES_FILE

_PLACE_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.REGION})
#: Types of the names the words of a match may make a side.
_SIDE_TYPES = _PLACE_TYPES | {EntityType.ORGANIZATION}
_PUNCTUATION = re.compile(r"[^\w\s]")
#: The lists of words that tell of sports.
_SPORT_LISTS = ("tagger.sport-words", "resolver.match-cues")


def places_outside_sports(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each body whose name is only a place's typed the place, when ``text`` has no sport in it
    or a word of level stands right before it ("thành phố Liverpool")."""
    bodies = [m for m in tagged if m.type is EntityType.ORGANIZATION and place_type(m.text) is not None]
    if not bodies:
        return tagged
    if has_sport(text, tagged):
        bodies = [m for m in bodies if level_before(text, m.start)]
    return [replace(m, type=place_type(m.text) or m.type) if m in bodies else m for m in tagged]


def has_sport(text: str, tagged: list[Mention]) -> bool:
    """Whether ``text`` tells of sports: a word of sports, a team or a club named in full ("U23 Lào", "Hà Nội
    FC"), or a name the words of a match make a side ("Hà Nội thắng Lào 2-0")."""
    words = _PUNCTUATION.sub(" ", text.replace("_", " ")).casefold().split()
    if any(contains(words, phrases(name)) for name in _SPORT_LISTS):
        return True
    for m in tagged:
        if m.type is EntityType.ORGANIZATION and (team_place(m.text) or club_place(m.text) or sponsored_club_place(m.text)):
            return True
        if m.type in _SIDE_TYPES and (for_team(text, m.start, m.end) or in_match(text, m.start, m.end)):
            return True
    return False


def place_type(name: str) -> EntityType | None:
    """The type of the place ``name`` is only the name of ("Thanh Hóa" -> Region, "Liverpool" -> City), or None."""
    name = name.replace("_", " ")
    listed = load_lexicon().names.get(name)
    if listed in _PLACE_TYPES:
        return listed
    return EntityType.CITY if exact_key(name) in _clubs_named_by_city() else None


@cache
def _clubs_named_by_city() -> frozenset[str]:
    """The clubs' names (``gazetteer/clubs.tsv``) that are a city's name too ("Liverpool"), as keys."""
    cities = {exact_key(name) for _line, (name,) in read_table(PLACE_NAMES_FILE, 1)}
    clubs = {exact_key(name) for _line, (name, _type, _international) in read_table(GAZETTEER_DIR / "clubs.tsv", 3)}
    return frozenset(clubs & cities)
