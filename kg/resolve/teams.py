"""A team written by the name of its country or province.

Sports news names a national team by its country ("Việt Nam thắng Malaysia
2-0", "trận gặp Uzbekistan") and a provincial club by its province ("Thanh
Hóa thua trên sân nhà"). Such a name is no place: ``read_teams`` takes out of
the place every bare name of a place that is

- written right after a word of a team (``resolver.team-words``: "tuyển",
  "đội tuyển", "U23"), or
- a side of a match: a score written right after it ("Malaysia 2-0"), or a
  verb of a match right before or after it (``resolver.match-verbs``: "gặp",
  "thắng", "tái đấu") in a sentence with a word of a match
  (``resolver.match-cues``: "tỷ số", "vòng bảng", "đánh bại"), or joined by
  "và" or a comma to the side named just before it ("gặp Uzbekistan và UAE"),

unless a word of level or of place stands before it ("tỉnh Thanh Hóa", "tại
Việt Nam"). A country's bare name typed a body in an article that names a
team is one of its teams: the team its sides of a match were read as when
its article names no team of that place in full ("Brunei" in the title, "Lào
đánh bại Brunei 1-0" below), else which one only its article knows ("trận
đấu với Malaysia" in an article on U21 and U23 sides): kept to its article. The team is the one team of that place its article names in full
("U23 Myanmar" … "cho Myanmar"), else, for a country, its national team
("đội tuyển Malaysia"), else a club of the province of its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from kg.lexicon import load_lexicon, syllables_of
from kg.model import EntityType
from kg.resolve.actors import after_place_word
from kg.resolve.aliases import AliasTable
from kg.resolve.clubs import CLUB
from kg.resolve.context import TextWindow, contains, ends_with, phrases, starts_with
from kg.resolve.names import LOCATION, ORGANIZATION, exact_key
from kg.resolve.qualifiers import written_level
from kg.resolve.units import Named

#: How far before and after a name the words of a match are read (within ``kg.stream.RESOLVER_CONTEXT``).
_BEFORE, _AFTER = 40, 100

#: The head a national team's name takes when its article names it by its country only.
NATIONAL_TEAM = "đội tuyển"

_PLACE_TYPES = (EntityType.COUNTRY, EntityType.CITY, EntityType.REGION, EntityType.LOCATION)
#: What joins two sides of a match ("gặp Uzbekistan và UAE").
#: How many characters may stand between two sides joined by "và".
_GAP = 6
_PAIR = re.compile(r"^\s*(?:và|,)\s*$")
_SENTENCE_END = re.compile(r"[.!?;:\n]")
_SCORE_AFTER = re.compile(r"^\s*\d{1,2}\s*[-–]\s*\d{1,2}\b(?![-–/.]\d)")

#: A dot or hyphen inside a word ("U.23", "U-23"); the mark comes first, so that a search skips to each one.
_INNER_MARK = re.compile(r"[.\-](?<=\w[.\-])(?=\w)")
_PUNCTUATION = re.compile(r"[^\w\s]")


def _syllables(text: str) -> list[str]:
    """The words of ``text`` as lower-case syllables, dots and hyphens inside a word dropped ("U.23" -> "u23")."""
    joined = _INNER_MARK.sub("", text.replace("_", " "))
    return [s for w in _PUNCTUATION.sub(" ", joined).split() for s in syllables_of(w)]


def after_team_word(text: TextWindow, start: int) -> bool:
    """Whether a word of a team stands right before ``start`` ("tuyển Việt Nam", "U23 Myanmar")."""
    return ends_with(_syllables(text[max(0, start - _BEFORE) : start]), phrases("resolver.team-words"))


def in_match(text: TextWindow, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` is a side of a match: a score right after it ("Malaysia 2-0"),
    or a verb of a match right before or after it ("gặp Myanmar", "Việt Nam sẽ tái đấu") in a
    sentence with a word of a match."""
    after_text = text[end : min(len(text), end + _AFTER)]
    if _SCORE_AFTER.match(after_text):
        return True
    before = _syllables(_SENTENCE_END.split(text[max(0, start - _BEFORE) : start])[-1])
    after = _syllables(_SENTENCE_END.split(after_text)[0])
    if not contains(before + ["|"] + after, phrases("resolver.match-cues")):
        return False
    verbs = phrases("resolver.match-verbs")
    while size := starts_with(after, phrases("resolver.actor-adverbs")):
        after = after[size:]
    return ends_with(before, verbs) or starts_with(after, verbs) > 0


@lru_cache(maxsize=65_536)
def team_place(name: str) -> str | None:
    """The place a team's name is made of ("U23 Việt Nam" -> "việt nam", "tuyển Pháp" -> "pháp"), as a key, or None."""
    parts = _syllables(name)
    heads = phrases("resolver.team-words")
    peeled = 0
    while size := next((n for n in sorted({len(h) for h in heads}, reverse=True) if len(parts) > n and tuple(parts[:n]) in heads), 0):
        parts, peeled = parts[size:], peeled + 1
    return exact_key(" ".join(parts)) if peeled else None


def read_teams(named: list[Named], texts: Mapping[str, TextWindow], table: AliasTable, notes: dict[tuple[str, int, int], str]) -> None:
    """Make the bare names of places of ``named`` written for a team that team's."""
    teams: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in named:
        if item.category == ORGANIZATION and (place := team_place(item.name)) is not None:
            teams[(item.mention.article_id, place)].add(item.name)
    made: dict[tuple[str, str], str] = {}
    last_team: dict[str, int] = {}
    for item in sorted(named, key=lambda i: (i.mention.article_id, i.mention.start)):
        text = texts.get(item.mention.article_id)
        if item.category != LOCATION or item.mention.type not in _PLACE_TYPES or item.mention.key in notes or text is None:
            continue
        start, end = item.mention.start, item.mention.end
        if written_level(item, texts) or after_place_word(text, start):
            continue
        previous = last_team.get(item.mention.article_id, -_GAP)
        paired = start - previous <= _GAP and _PAIR.match(text[previous:start])
        if not (paired or after_team_word(text, start) or in_match(text, start, end)):
            continue
        last_team[item.mention.article_id] = end
        place = (item.mention.article_id, exact_key(item.name))
        made[place] = _make_team(item, teams.get(place, set()), table, notes)
    sports = {article_id for article_id, _ in teams} | {article_id for article_id, _ in made}
    for item in named:
        if item.category == ORGANIZATION and item.mention.article_id in sports and _country(item.name, table) and item.mention.key not in notes:
            place = (item.mention.article_id, exact_key(item.name))
            if made.get(place) and not teams.get(place):
                # the team its sides of a match were read as, when the article names none of that place in full
                # (beside "U23 Malaysia" a bare "Malaysia" may be another of its sides)
                _make_team(item, {made[place]}, table, notes)
                continue
            # a country's bare name typed a body in sports news: one of its teams, which only its article knows
            notes[item.mention.key] = f"a team: '{item.name}' is a country's name typed a body in an article that names a team"
            item.qualifier = f"team of article {item.mention.article_id}"
            item.unlisted = True
            item.alias = None


def _country(name: str, table: AliasTable) -> bool:
    """Whether ``name`` is a country's, by the alias table or the gazetteer."""
    entry = table.lookup(LOCATION, name)
    return (entry is not None and entry.type is EntityType.COUNTRY) or load_lexicon().names.get(name) is EntityType.COUNTRY


def _make_team(item: Named, found: set[str], table: AliasTable, notes: dict[tuple[str, int, int], str]) -> str:
    """Make ``item`` the one team of its place its article names (``found``), else its country's national team, else a
    club of its own; return the team's name ("" for a club of its own)."""
    entry = table.lookup(LOCATION, item.name)
    country = _country(item.name, table)
    if len(found) == 1:
        target = next(iter(found))
    elif country:
        target = f"{NATIONAL_TEAM} {entry.canonical if entry else item.name}"
    else:
        target = ""
    notes[item.mention.key] = (
        f"a team: '{item.name}' is written for {repr(target) if target else 'a club of its own'} "
        f"in a match ({item.mention.type.value} by type)"
    )
    item.category = ORGANIZATION
    item.unit_name = ""
    if target:
        item.name = target
        item.alias = table.lookup(ORGANIZATION, target)
    else:
        item.qualifier = CLUB
        item.unlisted = True
        item.alias = None
    return target
