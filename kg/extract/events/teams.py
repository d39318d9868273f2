"""Teams named as such: "đội_tuyển Việt_Nam", "U23 Thái_Lan", "CLB Hà_Nội". Two teams that "meet"
play a match, which is no meeting (docs/annotation.md)."""

from __future__ import annotations

import re

from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention

#: Words that open a team's name ("đội_tuyển", "tuyển", "CLB").
_TEAM_OPENERS = frozenset(syllables_of(w) for w in word_list("events.team-openers"))
#: An age group's team: "U23", "U-23", "U.19".
_AGE_GROUP = re.compile(r"^U[-.]?\d{2}\b")


def is_team(mention: Mention) -> bool:
    """Whether ``mention`` is a team named as one (by a team word or an age group opening its name)."""
    if mention.type is not EntityType.ORGANIZATION:
        return False
    text = mention.text.replace("_", " ")
    if _AGE_GROUP.match(text):
        return True
    syllables = syllables_of(text)
    return any(syllables[:width] in _TEAM_OPENERS for width in range(1, 4))
