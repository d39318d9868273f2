"""Teams named as such: "đội_tuyển Việt_Nam", "U23 Thái_Lan", "CLB Hà_Nội". Two teams that "meet"
play a match, which is no meeting (docs/annotation.md); so do two sides of a match named by their
place, a country's or province's bare name the tagger typed a body for the team ("Thái_Lan tiếp
Việt_Nam trên sân Rajamangala"), or by their club ("Hà_Nội FC")."""

from __future__ import annotations

import re

from kg.lexicon import load_lexicon, syllables_of, word_list
from kg.model import EntityType, Mention

#: Words that open a team's name ("đội_tuyển", "tuyển", "CLB").
_TEAM_OPENERS = frozenset(syllables_of(w) for w in word_list("events.team-openers"))
#: An age group's team: "U23", "U-23", "U.19".
_AGE_GROUP = re.compile(r"^U[-.]?\d{2}\b")
#: Words of a club written in its name ("FC", "CLB", "AC").
_CLUB_WORDS = frozenset(w.casefold() for w in word_list("resolver.club-words"))
_PLACE_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.REGION})


def is_team(mention: Mention) -> bool:
    """Whether ``mention`` is a team named as one (by a team word or an age group opening its name)."""
    if mention.type is not EntityType.ORGANIZATION:
        return False
    text = mention.text.replace("_", " ")
    if _AGE_GROUP.match(text):
        return True
    syllables = syllables_of(text)
    return any(syllables[:width] in _TEAM_OPENERS for width in range(1, 4))


def is_side(mention: Mention) -> bool:
    """Whether ``mention`` is a side of a match: a team named as one (``is_team``), a club named with a word
    of a club ("Hà_Nội FC", ``resolver.club-words``), or a place's bare name typed a body, which the tagger
    types so only for a team ("Thái_Lan" of "Thái_Lan thắng Lào 2-0")."""
    if mention.type is not EntityType.ORGANIZATION:
        return False
    if is_team(mention):
        return True
    name = mention.text.replace("_", " ")
    if load_lexicon().names.get(name) in _PLACE_TYPES:
        return True
    return any(word.casefold() in _CLUB_WORDS for word in name.split())
