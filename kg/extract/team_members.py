"""A member of a team, a band or a squad is its member, not the holder of a seat.

"thành_viên" names a seat at a board or a committee ("thành_viên HĐQT Vinamilk",
a post the roles read), but a member of a team, a band or a national squad
("thành_viên đội_tuyển Việt_Nam", "thành_viên nhóm_nhạc Y") plays or sings in
it: ``person –memberOf→ team``. The kinds of such bodies are the first words of
their names (``affiliations.team-heads``).

So is one written a plain "thành_viên" (``affiliations.plain-member-titles``) of an
association, a union or a party ("thành_viên Hội Nhà_văn Việt_Nam", "thành_viên Đảng
Xanh": ``affiliations.association-heads``); a council or a party's committee
("Hội_đồng …", "Đảng_ủy …": ``affiliations.association-parts``) is a seat.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from functools import cache

from kg.lexicon import role_of_title, syllables_of, word_list
from kg.model import Statement

#: The role of a seat that a member of a team holds in name only.
_MEMBER_ROLE = "member"


@cache
def _team_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("affiliations.team-heads"))


@cache
def _association_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("affiliations.association-heads"))


@cache
def _association_parts() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("affiliations.association-parts"))


@cache
def _plain_member_titles() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("affiliations.plain-member-titles"))


def opens_with(words: tuple[str, ...], heads: Collection[tuple[str, ...]], longest: int = 3) -> bool:
    """Whether the syllables ``words`` open with one of ``heads``, of at most ``longest`` syllables."""
    return any(words[:n] in heads for n in range(1, min(len(words), longest) + 1))


def is_association(name: str) -> bool:
    """Whether the body's name opens with a kind of association or party ("Hội Nhà_văn", "Đảng Xanh"),
    not with a council's or a party committee's word ("Hội_đồng Bảo_an", "Đảng_ủy Khối")."""
    words = syllables_of(name)
    return opens_with(words, _association_heads()) and not opens_with(words, _association_parts())


def _plain_member_of_association(statement: Statement) -> bool:
    """Whether ``statement`` is a seat of a plain member ("thành_viên") at an association or a party."""
    return (
        statement.title is not None
        and syllables_of(statement.title) in _plain_member_titles()
        and is_association(statement.object.text)
    )


def is_team(name: str) -> bool:
    """Whether the body's name opens with a kind of team, band or squad ("đội_tuyển Việt_Nam")."""
    return opens_with(syllables_of(name), _team_heads())


def with_team_members(statements: list[Statement]) -> list[Statement]:
    """``statements`` with each seat of a plain member ("thành_viên") at a team, an association or a
    party made a membership."""
    return [
        replace(s, predicate="memberOf", title=None, title_span=None, start=None)
        if s.predicate == "holdsPostAt"
        and s.title
        and role_of_title(s.title) == _MEMBER_ROLE
        and (is_team(s.object.text) or _plain_member_of_association(s))
        else s
        for s in statements
    ]
