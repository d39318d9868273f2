"""A club written by the name of its city.

Sports news names a club by its city once the article has named it in full
("AC Milan" … "thế trận thuộc về Milan"), and names the city after a
preposition of place or a level word ("tới Milan", "đội bóng thành Milan").
``read_clubs`` makes a city's name typed a place the club's, in an article
that names exactly one club of that city: a name of an organisation with a
word of a club (``resolver.club-words``: "AC", "FC", "Inter", "Real") and
the city's name as its other words.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from typing import Protocol

from kg.lexicon import word_list
from kg.resolve.actors import after_place_word
from kg.resolve.names import LOCATION, ORGANIZATION, exact_key, words
from kg.resolve.qualifiers import level_before
from kg.resolve.units import Named


class _Text(Protocol):
    def __len__(self) -> int: ...

    def __getitem__(self, index: slice, /) -> str: ...


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


def read_clubs(named: list[Named], texts: Mapping[str, _Text], notes: dict[tuple[str, int, int], str]) -> None:
    """Make the places of ``named`` written for the one club of their name in their article that club's."""
    clubs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in named:
        if item.category == ORGANIZATION and (place := club_place(item.name)) is not None:
            clubs[(item.mention.article_id, place)].add(exact_key(item.name))
    if not clubs:
        return
    for item in named:
        if item.category != LOCATION or item.mention.key in notes:
            continue
        found = clubs.get((item.mention.article_id, exact_key(item.name)), set())
        text = texts.get(item.mention.article_id)
        if len(found) != 1 or text is None:
            continue
        if level_before(text, item.mention.start) or after_place_word(text, item.mention.start):
            continue
        notes[item.mention.key] = (
            f"an organization: the article names the club '{next(iter(found))}' of '{item.name}', "
            f"and no word of place stands before it ({item.mention.type.value} by type)"
        )
        item.category = ORGANIZATION
