"""The table of known officeholders (``ontology/officeholders.tsv``): who held which post
of which country or body, and when.

News names a well-known holder by title and name alone ("Tổng_thống Bashar_al-Assad");
the table says whose post that is. Each row is one post: the holder's usual name, other
spellings, the role (as ``roles.tsv`` names roles), the body (a gazetteer name) and the
dates the post was held.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from kg.lexicon.gazetteer import load_lexicon
from kg.lexicon.tsv import LexiconError, read_table, syllables_of
from kg.paths import ONTOLOGY_DIR

OFFICEHOLDERS_FILE = ONTOLOGY_DIR / "officeholders.tsv"
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_HYPHENS = re.compile(r"\s*[-‐–]\s*")
#: A role as ``roles.tsv`` names it: "foreignMinister".
_ROLE_NAME = re.compile(r"[a-z][A-Za-z]*")
#: Columns of the table: name, other spellings, role, body, start, end.
_COLUMNS = 6


@dataclass(frozen=True, slots=True)
class Officeholding:
    """One post of the table: its holder's names (folded syllables), role, body and dates.

    ``body`` is the body's key: its gazetteer international name, or its folded name
    when the gazetteer gives none. ``start`` and ``end`` are inclusive bounds read at the
    precision written (a year alone covers the year); ``end`` is None while the post is held.
    """

    name: str
    names: frozenset[tuple[str, ...]]
    role: str
    body: str
    start: tuple[date, date]
    end: tuple[date, date] | None

    def held_on(self, day: date) -> str | None:
        """"current" when the post was held on ``day``, "former" when it was left before,
        None when it was not yet taken."""
        if day < self.start[0]:
            return None
        if self.end is None or day <= self.end[1]:
            return "current"
        return "former"


def name_key(name: str) -> tuple[str, ...]:
    """A person's name as folded syllables, hyphens read as spaces whatever the segmenter
    made of them: "Bashar_al - Assad", "Bashar al-Assad" -> ("bashar", "al", "assad")."""
    return syllables_of(_HYPHENS.sub(" ", name))


def body_key(name: str) -> str:
    """The key that identifies a country or body by any of its names: the gazetteer's
    international name ("Hoa Kỳ" and "Mỹ" -> "United States"), else the folded name."""
    folded = " ".join(syllables_of(name))
    return _international_keys().get(folded, folded)


@lru_cache(maxsize=1)
def _international_keys() -> dict[str, str]:
    """Folded gazetteer names -> their international name."""
    keys: dict[str, str] = {}
    for name, international in load_lexicon().international.items():
        if international:
            keys.setdefault(" ".join(syllables_of(name)), international)
    return keys


def _bounds(path: Path, number: int, text: str) -> tuple[date, date]:
    """The first and last day a date written as YYYY, YYYY-MM or YYYY-MM-DD may stand for."""
    match = _DATE.fullmatch(text)
    if match is None:
        raise LexiconError(f"{path}:{number}: {text!r} is no date (write YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            return date(year, month, 1), following - timedelta(days=1)
        return date(year, month, day), date(year, month, day)
    except (ValueError, TypeError):
        raise LexiconError(f"{path}:{number}: {text!r} is no date (write YYYY, YYYY-MM or YYYY-MM-DD)") from None


def load_officeholders(path: Path = OFFICEHOLDERS_FILE) -> tuple[Officeholding, ...]:
    """Every post of the table at ``path``."""
    posts = []
    for number, (name, spellings, role, body, start, end) in read_table(path, _COLUMNS):
        if not _ROLE_NAME.fullmatch(role):
            raise LexiconError(f"{path}:{number}: role {role!r} is not a name such as 'foreignMinister'")
        if not body:
            raise LexiconError(f"{path}:{number}: the post's country or body is empty")
        names = frozenset(name_key(n) for n in (name, *spellings.split("|")) if n.strip())
        posts.append(
            Officeholding(
                name, names, role, body_key(body), _bounds(path, number, start), _bounds(path, number, end) if end else None
            )
        )
    return tuple(posts)


@lru_cache(maxsize=1)
def officeholders_by_name() -> dict[tuple[str, ...], tuple[Officeholding, ...]]:
    """The shipped table (read once), keyed by each name of a holder (``name_key``)."""
    by_name: dict[tuple[str, ...], list[Officeholding]] = {}
    for post in load_officeholders():
        for name in post.names:
            by_name.setdefault(name, []).append(post)
    return {name: tuple(posts) for name, posts in by_name.items()}
