"""A school named after a person is the school, not the person.

Vietnamese schools bear the names of historical figures ("trường THPT Chu Văn An", "Trường THCS
Nguyễn Du"); the tagger, which knows the figure, reads the name as a person's. Right after "trường"
and the school's levels (``names.institution-levels``: "THPT", "THCS", "tiểu học", "chuyên"), a
person's name is the school's, an Organization that takes the levels in ("THPT Chu Văn An"), and
the head too when it is written capitalised ("Trường THPT Chu Văn An"), as the annotation keeps an
organisation's head with its name. Without "trường" the words may tell a pupil's level before the
pupil's own name ("học sinh THPT Nguyễn Văn An"), and the name stays a person's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention

#: How many words of level may stand between "trường" and the name ("THPT chuyên").
_LEVEL_REACH = 3
_WORD = re.compile(r"[^\s_]+")


@cache
def _levels() -> frozenset[str]:
    return frozenset(s for w in word_list("names.institution-levels") for s in syllables_of(w))


@cache
def _heads() -> frozenset[str]:
    return frozenset(syllables_of(w)[0] for w in word_list("names.school-heads"))


def schools_named_after_people(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each person's name written after "trường" and a school's levels made the school,
    in place of the names inside its span ("Trường THPT" of "Trường THPT chuyên Lê_Quý_Đôn")."""
    schools = [s for m in tagged if m.type is EntityType.PERSON and not m.reference and (s := _school(text, m)) is not m]
    if not schools:
        return tagged
    kept = [m for m in tagged if not any(s.start <= m.start and m.end <= s.end for s in schools)]
    return kept + schools


def _school(text: str, person: Mention) -> Mention:
    words = [(w.start(), w.group()) for w in _WORD.finditer(text, max(0, person.start - 60), person.start)]
    levels = 0
    while levels < min(len(words) - 1, _LEVEL_REACH) and _is_level(words[-1 - levels][1]):
        levels += 1
    if not levels or len(words) <= levels:
        return person
    head_at, head = words[-1 - levels]
    if syllables_of(head) != (head.casefold(),) or head.casefold() not in _heads():
        return person
    start = head_at if head[:1].isupper() else words[-levels][0]
    return replace(person, start=start, text=text[start : person.end], type=EntityType.ORGANIZATION, title=None, honorific=None, prefix_start=None, title_span=None)


def _is_level(word: str) -> bool:
    """Whether ``word`` (one syllable) is a word of a school's level ("THPT", "học" of "tiểu học")."""
    return word.isalpha() and syllables_of(word)[0] in _levels()
