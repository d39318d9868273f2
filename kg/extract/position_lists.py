"""Players listed by their playing positions: "thủ_thành A , hậu_vệ B , C , đến tiền_đạo D và E".

A list of positions is a run of items joined by commas, "và", dashes or
``affiliations.position-ranges`` ("từ", "đến"); an item is a position of
``affiliations.positions`` ("thủ_môn", "tiền_vệ"), maybe after a word of
``affiliations.position-groups`` ("cặp") and before a few plain words that say
which side ("hậu_vệ phải", "tiền_vệ phòng_ngự"), then the player's name; the
names after it, with no position of their own, play there too ("hậu_vệ B , C").
Such a list names a team's players:

- inside a sentence that names one team and no other person or body, when at
  least ``_MIN_POSITIONED`` of its names have a position of their own ("Vấn_đề
  của Milan là chấn_thương , từ thủ_thành A , hậu_vệ B , C đến tiền_đạo D"): the
  players are that team's, unless the team is the one played ("gặp Milan");
- in sentences made of such a list alone, maybe after ``affiliations.lineup-openers``
  ("Cụ_thể thủ_môn A . Hậu_vệ trái B , cặp trung_vệ C – D ."), right after a
  sentence where a coach of one team stands ("HLV X bố_trí đội_hình hai"): the
  coach's line-up, whose players are the coach's team's.

Each gives ``player –memberOf→ team``.
"""

from __future__ import annotations

from kg.extract.frames import is_barrier, names_person, phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "affiliations"
#: Confidence of a membership read from a list of positions (docs/confidence.md).
CONFIDENCE_POSITIONS = 0.65
_POSITIONS = phrase_set(*word_list("affiliations.positions"))
_GROUPS = phrase_set(*word_list("affiliations.position-groups"))
_RANGES = phrase_set(*word_list("affiliations.position-ranges"))
_OPENERS = phrase_set(*word_list("affiliations.lineup-openers"))
_TEAM_TITLES = phrase_set(*word_list("roles.team-titles"))
#: Words right before a team that make it the one played, met or compared with.
_OPPONENT_CUES = phrase_set(*word_list("roles.opponent-cues"))
#: How many plain words may stand between a position and the name ("tiền_vệ phòng_ngự").
_SIDE_REACH = 2
#: How many names of a list inside a sentence need a position of their own.
_MIN_POSITIONED = 3
#: How many players the sentences of a coach's line-up name at least.
_MIN_LINEUP = 3
#: Marks and words between the items of a list.
_JOINS = frozenset({",", "và", "–", "-", ";"})
#: Marks that end a sentence made of a list.
_ENDS = frozenset({".", ";", "!"})


def find_position_lists(view: ArticleView, posts: list[Statement]) -> list[Statement]:
    """``player –memberOf→ team`` for the players of every list of positions whose team is known."""
    found: list[Statement] = []
    run: list[tuple[int, list[int]]] = []  # the sentences made of a list alone, each with its players
    for index in sorted(view.sentence_range):
        first, last = view.sentence_range[index]
        players = _whole_sentence_list(view, first, last)
        if run and (players is None or run[-1][0] != index - 1):
            found.extend(_coach_lineup(view, run, posts))
            run = []
        if players is not None:
            run.append((index, players))
        else:
            found.extend(_lists_inside(view, first, last))
    found.extend(_coach_lineup(view, run, posts))
    return found


def _item(view: ArticleView, j: int, last: int) -> tuple[list[int], int] | None:
    """The names of the item of a position at piece ``j`` ("cặp trung_vệ A – B", "hậu_vệ phải C")
    and the piece after them, or None when no position opens it."""
    if j < last and view.pieces[j].mention is None and (group := view.match_any(j, _GROUPS)) is not None:
        j = group
    end = view.match_any(j, _POSITIONS) if j < last and view.pieces[j].mention is None else None
    if end is None:
        return None
    k = end
    while k < last and k - end <= _SIDE_REACH and not names_person(view, k, last):
        piece = view.pieces[k]
        if piece.mention is not None or is_barrier(piece) or not piece.is_word or piece.text.lower() in _JOINS:
            return None
        k += 1
    if not names_person(view, k, last):
        return None
    return [k], k + 1


def position_list_at(view: ArticleView, j: int, last: int) -> tuple[list[int], int, int] | None:
    """The list of positions opening at piece ``j``: its names, how many have a position of
    their own, and the piece after the list; None when no item opens at ``j``."""
    first_item = _item(view, j, last)
    if first_item is None:
        return None
    players, end = first_item
    positioned = 1
    while end < last and view.pieces[end].is_word:
        if view.pieces[end].text.lower() in _JOINS:
            k = end + 1
            if k < last and view.pieces[k].mention is None and (step := view.match_any(k, _RANGES)) is not None:
                k = step  # ", đến tiền_đạo D"
        elif (step := view.match_any(end, _RANGES)) is not None and _item(view, step, last) is not None:
            k = step  # "C đến tiền_đạo D"
        else:
            break
        following = _item(view, k, last)
        if following is not None:
            players += following[0]
            positioned += 1
            end = following[1]
        elif names_person(view, k, last):
            players.append(k)  # "hậu_vệ B , C": C plays there too
            end = k + 1
        else:
            break
    return players, positioned, end


def _whole_sentence_list(view: ArticleView, first: int, last: int) -> list[int] | None:
    """The names of a sentence made of a list of positions alone ("Cụ_thể thủ_môn A ."), or None."""
    j = first
    if j < last and (opener := view.match_any(j, _OPENERS)) is not None:
        j = opener
        if j < last and view.pieces[j].text in {",", ":"}:
            j += 1
    found = position_list_at(view, j, last)
    if found is None:
        return None
    players, _, end = found
    if end < last and view.pieces[end].text in _ENDS:
        end += 1
    return players if end == last else None


def _coach_lineup(view: ArticleView, run: list[tuple[int, list[int]]], posts: list[Statement]) -> list[Statement]:
    """The memberships of the players of a run of list sentences, in the team of the one coach
    whose post the sentence right before the run tells."""
    if not run or sum(len(players) for _, players in run) < _MIN_LINEUP or run[0][0] == 0:
        return []
    before = run[0][0] - 1
    teams = {
        syllables_of(p.object.text): p
        for p in posts
        if p.subject.sentence == before and p.title and syllables_of(p.title) in _TEAM_TITLES and p.object.type is EntityType.ORGANIZATION
    }
    if len(teams) != 1:
        return []
    post = next(iter(teams.values()))
    statements = []
    for _, players in run:
        for player in players:
            evidence = provenance(view, player, player, EXTRACTOR, CONFIDENCE_POSITIONS)
            statements.append(Statement(view.pieces[player].mention, "memberOf", post.object, evidence))
    return statements


def _lists_inside(view: ArticleView, first: int, last: int) -> list[Statement]:
    """The memberships told by a list of positions inside a sentence that names one team and no other
    person or body."""
    bodies = [k for k in range(first, last) if (m := view.pieces[k].mention) is not None and m.type is not EntityType.PERSON]
    teams = [k for k in bodies if _is_team(view.pieces[k].mention)]
    if len(bodies) != 1 or len(teams) != 1 or _opponent(view, teams[0], first):
        return []
    team = teams[0]
    persons = [k for k in range(first, last) if names_person(view, k, last)]  # none may stand before the list
    j = team + 1
    while j < last:
        found = position_list_at(view, j, last)
        if found is None:
            j += 1
            continue
        players, positioned, end = found
        if positioned >= _MIN_POSITIONED and not any(p < players[0] for p in persons):
            statements = []
            for player in players:
                evidence = provenance(view, team, player, EXTRACTOR, CONFIDENCE_POSITIONS)
                statements.append(Statement(view.pieces[player].mention, "memberOf", view.pieces[team].mention, evidence))
            return statements
        j = end
    return []


def _is_team(mention: Mention | None) -> bool:
    return mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference


def _opponent(view: ArticleView, team: int, first: int) -> bool:
    """Whether an opponent cue ends right before the team at piece ``team`` ("gặp Milan")."""
    return any(view.match_any(j, _OPPONENT_CUES) == team for j in range(max(first, team - 3), team))

