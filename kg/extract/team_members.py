"""A member of a team, a band or a squad is its member, not the holder of a seat.

"thành_viên" names a seat at a board or a committee ("thành_viên HĐQT Vinamilk",
a post the roles read), but a member of a team, a band or a national squad
("thành_viên đội_tuyển Việt_Nam", "thành_viên nhóm_nhạc Y") plays or sings in
it: ``person –memberOf→ team``. The kinds of such bodies are the first words of
their names (``affiliations.team-heads``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kg.lexicon import role_of_title, syllables_of, word_list
from kg.model import Statement

#: The role of a seat that a member of a team holds in name only.
_MEMBER_ROLE = "member"


@cache
def _team_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("affiliations.team-heads"))


def is_team(name: str) -> bool:
    """Whether the body's name opens with a kind of team, band or squad ("đội_tuyển Việt_Nam")."""
    words = syllables_of(name)
    return any(words[:n] in _team_heads() for n in range(1, min(len(words), 3) + 1))


def with_team_members(statements: list[Statement]) -> list[Statement]:
    """``statements`` with each seat of a plain member ("thành_viên") at a team made a membership."""
    return [
        replace(s, predicate="memberOf", title=None, title_span=None, start=None)
        if s.predicate == "holdsPostAt" and s.title and role_of_title(s.title) == _MEMBER_ROLE and is_team(s.object.text)
        else s
        for s in statements
    ]
