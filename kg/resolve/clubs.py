"""A club written by the name of its city.

Sports news names a club by its city once the article has named it in full
("AC Milan" … "thế trận thuộc về Milan"), and names the city after a
preposition of place or a level word ("tới Milan", "đội bóng thành Milan").
``read_clubs`` makes a city's name the club's (the club's own name, so that
both forms are one entity), in an article that names exactly one club of
that city: a name of an organisation with a word of a club
(``resolver.club-words``: "AC", "FC", "Inter", "Real") and the city's name
as its other words, or, for a name the tagger already typed a body, a
sponsor's name before a province ("Bình Dương" beside "Becamex Bình
Dương").

A squad list names each player with his club in brackets ("Nguyễn Văn A
(SLNA), Trần Văn B (TP.HCM), Lê Văn C (Viettel)"): ``read_rosters`` makes
every name in brackets after a person's a club (the qualifier ``CLUB``, and
no name of the alias table: "Viettel" there is the football club, not the
company) in an article that lists at least ``_ROSTER`` players so, most of
them with a name typed an organisation, or, in an article that names a team
(``sports``: "U22 Việt Nam", "đội tuyển"), one of them.

A club named by its sponsor and its province ("SHB Đà Nẵng", "Becamex Bình
Dương") gives its province's bare name to the club in an article of sports
(``sponsored_club_place``, read by ``kg.tagger.teams``).

A place's name glued to the initial of a sponsor ("V.Ninh Bình", "B.Bình
Dương") is a club: ``read_sponsored`` makes it one (the qualifier ``CLUB``).
A level written as an initial ("Q.Bình Thạnh", ``resolver.level-initials``)
is no sponsor.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from kg.lexicon import load_lexicon, syllables_of, word_list
from kg.resolve.actors import after_place_word
from kg.resolve.place_signs import place_said
from kg.model import EntityType
from kg.resolve.context import TextWindow, phrases, starts_with
from kg.resolve.names import LOCATION, ORGANIZATION, PERSON, category_of, exact_key, words
from kg.resolve.qualifiers import level_before, level_said_after
from kg.resolve.units import Named


#: The qualifier of a club read from a squad list.
CLUB = "club"

#: How many players in brackets with their club make a squad list.
_ROSTER = 3

_OPEN = re.compile(r"^\s*\(\s*$")
_CLOSE = re.compile(r"^\s*\)")


@lru_cache(maxsize=1)
def _club_words() -> frozenset[str]:
    return frozenset(exact_key(w) for w in word_list("resolver.club-words"))


def club_place(name: str) -> str | None:
    """The place a club's name is made of ("AC Milan" -> "milan"), as a key, or None."""
    parts = [exact_key(w) for w in words(name)]
    rest = [p for p in parts if p not in _club_words()]
    if len(parts) < 2 or len(rest) == len(parts) or not rest:
        return None
    return " ".join(rest)


#: How many words a sponsor's name before a club's place may have ("SHB", "Sông Lam").
_SPONSOR_WORDS = 2
_PLACE_TYPES = (EntityType.CITY, EntityType.REGION)


def sponsored_club_place(name: str) -> str | None:
    """The province or city a club's name ends with after its sponsor's capitalised name ("SHB Đà Nẵng" ->
    "đà nẵng", "Sông Lam Nghệ An" -> "nghệ an"), as a key, or None: not when the words before the place are
    a body's head or a level ("UBND Đà Nẵng", "Sở Y tế Đà Nẵng", "TP Đà Nẵng")."""
    parts = words(name)
    names = load_lexicon().names
    for size in (3, 2, 1):
        sponsor, place = parts[:-size], " ".join(parts[-size:])
        if not 0 < len(sponsor) <= _SPONSOR_WORDS or names.get(place) not in _PLACE_TYPES:
            continue
        lowered = syllables_of(" ".join(sponsor))
        if all(w[:1].isupper() for w in sponsor) and not any(starts_with(lowered, phrases(k)) for k in _NOT_SPONSORS):
            return exact_key(place)
    return None


#: Word lists whose words before a place make a body, a level or a team, not a sponsor ("Tuyển Hong Kong").
_NOT_SPONSORS = ("resolver.generic-bodies", "resolver.body-heads", "resolver.place-levels", "tagger.body-heads", "resolver.team-words")


def read_clubs(named: list[Named], texts: Mapping[str, TextWindow], notes: dict[tuple[str, int, int], str]) -> None:
    """Make the bare names of places of ``named`` written for the one club of their place in their article that club."""
    clubs = clubs_named(named)
    if not clubs:
        return
    for item in named:
        if item.category not in (LOCATION, ORGANIZATION) or item.mention.key in notes:
            continue
        found = set()
        if item.category == LOCATION or _listed_place(item.name):
            # A body's name that is no place's ("Celtic") joins "Celtic FC" by the aliases, in other articles too.
            found = clubs.get((item.mention.article_id, exact_key(item.name)), set())
        if item.category == ORGANIZATION:
            # a name typed a body already: the club its sponsor's name comes before as well ("Bình Dương", "Becamex Bình Dương")
            found = found | clubs.get((item.mention.article_id, _SPONSORED + exact_key(item.name)), set())
        text = texts.get(item.mention.article_id)
        if len({exact_key(n) for n in found}) != 1 or text is None:
            continue
        if level_before(text, item.mention.start) or after_place_word(text, item.mention.start):
            continue
        if place_said(text, item.mention.start, item.mention.end):
            continue  # "thời tiết Hà Nội", "bay ra Hà Nội": the place
        if level_said_after(text, item.mention.end):
            continue  # "Thanh Hóa là một tỉnh": the place
        club = min(found)
        notes[item.mention.key] = (
            f"an organization: the article names the club '{club}' of '{item.name}', "
            f"and no word of place stands before it ({item.mention.type.value} by type)"
        )
        item.category = ORGANIZATION
        item.name = club
        item.unit_name = ""
        item.alias = None


def _listed_place(name: str) -> bool:
    """Whether the gazetteers list ``name`` as a place."""
    listed = load_lexicon().names.get(name)
    return listed is not None and category_of(listed) == LOCATION


#: The mark of a place a sponsor's name comes before in the keys of ``clubs_named``.
_SPONSORED = "sponsored:"


def clubs_named(named: list[Named]) -> dict[tuple[str, str], set[str]]:
    """The clubs each article of ``named`` names in full, by (article id, place key): a word of a club and its
    place ("Sài Gòn FC", "CLB Thanh Hóa"), or, keyed with ``_SPONSORED``, a sponsor's name before a province ("SHB Đà Nẵng")."""
    clubs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in named:
        if item.category != ORGANIZATION:
            continue
        if (place := club_place(item.name)) is not None:
            clubs[(item.mention.article_id, place)].add(item.name)
        elif (place := sponsored_club_place(item.name)) is not None:
            clubs[(item.mention.article_id, _SPONSORED + place)].add(item.name)
    return clubs


def read_rosters(
    named: list[Named],
    texts: Mapping[str, TextWindow],
    notes: dict[tuple[str, int, int], str],
    sports: frozenset[str] = frozenset(),
) -> None:
    """Make the names in brackets after players' names in a squad list clubs.

    ``sports`` are the ids of the articles that name a team: there one name typed
    an organisation makes the list a squad's ("(SLNA)", "(An Giang)"); elsewhere
    most must be, places in brackets being where people come from."""
    by_article: dict[str, list[Named]] = defaultdict(list)
    for item in named:
        by_article[item.mention.article_id].append(item)
    for article_id, items in by_article.items():
        text = texts.get(article_id)
        if text is None:
            continue
        items.sort(key=lambda i: i.mention.start)
        bracketed = [
            after
            for before, after in zip(items, items[1:])
            if before.category == PERSON and _in_brackets_after(text, before, after)
        ]
        typed = sum(i.mention.type is EntityType.ORGANIZATION for i in bracketed)
        needed = 1 if article_id in sports else len(bracketed) // 2 + 1
        if len(bracketed) < _ROSTER or typed < needed:
            continue
        for item in bracketed:
            notes[item.mention.key] = (
                f"a club: '{item.name}' stands in brackets after a player's name in a list of {len(bracketed)} "
                f"({item.mention.type.value} by type)"
            )
            item.category = ORGANIZATION
            item.qualifier = CLUB
            item.unlisted = True
            item.alias = None


def _in_brackets_after(text: TextWindow, person: Named, item: Named) -> bool:
    """Whether ``item`` stands alone in brackets right after ``person`` ("Lê Văn A (SLNA)")."""
    if item.category == PERSON or item.mention.start - person.mention.end > 6:
        return False
    between = text[person.mention.end : item.mention.start]
    return bool(_OPEN.match(between)) and bool(_CLOSE.match(text[item.mention.end : min(len(text), item.mention.end + 4)]))


#: A capital letter and a dot glued to a name: the initial of a sponsor ("V.Ninh Bình"; "độ C. Đà Nẵng" ends a sentence).
_INITIAL_BEFORE = re.compile(r"(?:^|[\s(,;:])([A-ZĐ])\.$")


@lru_cache(maxsize=1)
def _level_initials() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list("resolver.level-initials"))


def sponsor_initial_before(text: TextWindow, start: int) -> bool:
    """Whether the initial of a sponsor stands glued before ``start`` ("V.Ninh Bình"; not "Q.Bình Thạnh")."""
    found = _INITIAL_BEFORE.search(text[max(0, start - 4) : start])
    return found is not None and found.group(1).casefold() not in _level_initials()


def read_sponsored(named: list[Named], texts: Mapping[str, TextWindow], notes: dict[tuple[str, int, int], str]) -> None:
    """Make the places of ``named`` written after the initial of a sponsor clubs."""
    for item in named:
        text = texts.get(item.mention.article_id)
        if item.category != LOCATION or item.mention.key in notes or text is None:
            continue
        if not sponsor_initial_before(text, item.mention.start):
            continue
        notes[item.mention.key] = (
            f"a club: '{item.name}' is written after the initial of a sponsor ({item.mention.type.value} by type)"
        )
        item.category = ORGANIZATION
        item.qualifier = CLUB
        item.unlisted = True
        item.alias = None
