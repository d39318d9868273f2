"""Players named with their side: "Giroud bên phía Arsenal", "Macdonald ( số 6 ) của Sydney_FC".

- A person, then a word of side (``sides.side-words``: "bên phía") and a team: the person
  plays for it;
- a person, a shirt number in brackets ("( số 6 )", ``sides.number-words``), then "của" and a
  team: the number is the team's;
- a person, then "của" and a body whose name says it is a team ("Công_Vinh của đội_tuyển
  Việt_Nam", ``affiliations.team-heads``); "X của Chelsea" is left alone, as a body's bare name
  may be a company's whose person holds a post there.

A person described as a former member ("cựu tiền_đạo X của đội_tuyển Y") gives none: a tie
broken off is no membership.

Each gives ``person –memberOf→ team``.
"""

from __future__ import annotations

from kg.extract.clauses import ends_with_any
from kg.extract.frames import names_person, phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.extract.post_titles import FORMER_WORDS
from kg.extract.roles import is_former
from kg.extract.team_members import is_team
from kg.lexicon import word_list
from kg.model import EntityType, Statement

EXTRACTOR = "affiliations"
#: Confidence of a membership told by a side or a shirt number (docs/confidence.md).
CONFIDENCE = 0.7
_SIDE_WORDS = phrase_set(*word_list("sides.side-words"))
_NUMBER_WORDS = phrase_set(*word_list("sides.number-words"))
_OF = phrase_set(*word_list("affiliations.of"))
_MEMBER_NOUNS = phrase_set(*word_list("affiliations.member-nouns"))


def find_sides(view: ArticleView) -> list[Statement]:
    """``person –memberOf→ team`` told by a side or by a shirt number of the team."""
    statements: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        if piece.mention is None:
            continue
        first, last = view.bounds(k)
        if not names_person(view, k, last) or _described_as_former(view, k, first):
            continue
        team = _side_team(view, k + 1, last) or _numbered_team(view, k + 1, last) or _named_team_of(view, k + 1, last)
        if team is not None:
            evidence = provenance(view, k, team, EXTRACTOR, CONFIDENCE)
            statements.append(Statement(view.pieces[k].mention, "memberOf", view.pieces[team].mention, evidence))
    return statements


def _described_as_former(view: ArticleView, k: int, first: int) -> bool:
    """Whether a member noun after a word of a past tie stands right before the person at ``k``
    ("cựu tiền_đạo X")."""
    if k - 1 < first:
        return False
    noun = ends_with_any(view, k - 1, _MEMBER_NOUNS, first)
    if noun is not None:
        return is_former(view, noun)
    glued = view.pieces[k - 1].syllables  # "Cựu_cầu_thủ", one piece
    return any(glued[: len(former)] == former and glued[len(former) :] in _MEMBER_NOUNS for former in FORMER_WORDS)


def _side_team(view: ArticleView, j: int, last: int) -> int | None:
    """The team after "bên phía" at piece ``j``, or None."""
    end = view.match_any(j, _SIDE_WORDS) if j < last else None
    return _team_at(view, end, last) if end is not None else None


def _numbered_team(view: ArticleView, j: int, last: int) -> int | None:
    """The team after "( số N ) của" at piece ``j``, or None."""
    if j + 4 >= last or view.pieces[j].text != "(":
        return None
    number = view.match_any(j + 1, _NUMBER_WORDS)
    if number is None or number + 1 >= last or not view.pieces[number].text.isdigit() or view.pieces[number + 1].text != ")":
        return None
    link = view.match_any(number + 2, _OF) if number + 2 < last else None
    return _team_at(view, link, last) if link is not None else None


def _named_team_of(view: ArticleView, j: int, last: int) -> int | None:
    """The team after "của" at piece ``j`` whose name says it is a team ("của đội_tuyển Việt_Nam"), or None."""
    link = view.match_any(j, _OF) if j < last else None
    team = _team_at(view, link, last) if link is not None else None
    return team if team is not None and is_team(view.pieces[team].mention.text) else None


def _team_at(view: ArticleView, k: int, last: int) -> int | None:
    mention = view.pieces[k].mention if k < last else None
    return k if mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference else None
