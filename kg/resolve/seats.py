"""A seat of government as a building: "đến Nhà Trắng", "tới thăm điện Kremlin".

News names a government by its seat ("Nhà Trắng cho biết", "Điện Kremlin bác
bỏ") and the building by the same name where someone goes or stands in it.
``read_seats`` makes a seat (``resolver.seats``) written right after a
word of going to or being at a building (``resolver.seat-words``: "tại",
"đến", "thăm", "rời") the building, a place apart from the body; "các nhân
vật trong điện Kremlin" are the body's.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from kg.lexicon import word_list
from kg.resolve.context import TextWindow, ends_with, phrases
from kg.resolve.names import LOCATION, ORGANIZATION, exact_key
from kg.resolve.units import Named

#: How far before a seat its words of going are read.
_BEFORE = 24


@lru_cache(maxsize=1)
def _seats() -> frozenset[str]:
    return frozenset(exact_key(w) for w in word_list("resolver.seats"))


def is_seat(name: str) -> bool:
    """Whether ``name`` is a seat of government ("Nhà Trắng", "Điện Kremlin"; ``resolver.seats``)."""
    return exact_key(name) in _seats()


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The first words of the seats named by two words or more ("điện" of "Điện Kremlin")."""
    return frozenset(key.split()[0] for key in _seats() if len(key.split()) > 1)


def at_building(text: TextWindow, start: int) -> bool:
    """Whether a preposition of place or a word of going to a building stands right before ``start``,
    maybe before the seat's head written outside its name ("tới thăm điện Kremlin")."""
    before = text[max(0, start - _BEFORE) : start].replace("_", " ").casefold().split()
    if before and exact_key(before[-1]) in _heads():
        before = before[:-1]
    return ends_with(before, phrases("resolver.seat-words"))


def read_seats(named: list[Named], texts: Mapping[str, TextWindow], notes: dict[tuple[str, int, int], str]) -> None:
    """Make the seats of government of ``named`` written as where someone goes or is the buildings."""
    for item in named:
        text = texts.get(item.mention.article_id)
        if item.category != ORGANIZATION or item.mention.key in notes or text is None or not is_seat(item.name):
            continue
        if not at_building(text, item.mention.start):
            continue
        notes[item.mention.key] = f"a building: '{item.name}' is written as where someone goes or is ({item.mention.type.value} by type)"
        item.category = LOCATION
        item.unlisted = True
        item.alias = None
