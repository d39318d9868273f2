"""Players tied to their team by what a match report says they do for it.

- Who helps a team to a result plays for it: "Đình_Bảo giúp U21 Việt_Nam cân_bằng
  tỷ_số", "bàn thắng của X đã giúp Y giành 1 điểm" (``affiliations.help-verbs``;
  the player is the verb's subject, or is "của" a contribution of
  ``affiliations.contributions`` that is; a result of ``affiliations.match-results``
  follows the team in the same clause; the player may also be the subject of a verb
  of scoring just before "giúp": "X lập cú đúp giúp Y thắng"; an error or an own goal,
  ``affiliations.own-goal-words``, helps the other side).
- Whom a coach sends on or takes off plays for the coach's team: "HLV X tung A
  và B vào sân", "X rút A ra sân và tăng_cường một tiền_vệ là B"
  (``affiliations.substitution-verbs``; the players right after the verb, then
  ``affiliations.substitution-fields`` "vào sân", or a position and "là" before
  them); the coach is the verb's subject, or that of the verb before "và", and
  holds a coach's post at one team in the article.
- Who makes a team's goal plays for it: "The_Blues đã có bàn mở tỷ_số sau pha đánh_đầu
  của X", "bàn thắng duy_nhất của Arsenal được châm_ngòi từ hậu_vệ cánh phải X" (a goal
  noun of ``affiliations.goal-nouns``, the one team of the clause before the player, who
  is "của" something or after a position; no own goal or goal conceded,
  ``affiliations.own-goal-words``, ``affiliations.conceded-words``, in the clause).
- The players in brackets after what a side did are that side's: "phía U21_Sydney
  hai lần sút hỏng ( A và B )" (``affiliations.sides`` before the one team of the clause).

Each gives ``player –memberOf→ team``.
"""

from __future__ import annotations

from kg.extract.antecedents import same_person_name
from kg.extract.frames import ADVERBS, is_barrier, names_person, phrase_set, provenance, subject_before
from kg.extract.pieces import ArticleView
from kg.extract.position_lists import position_list_at
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement, TimeExpression

EXTRACTOR = "affiliations"
#: Confidence of a membership read from what a player does for a team (docs/confidence.md).
CONFIDENCE_MATCH = 0.65
_HELP_VERBS = phrase_set(*word_list("affiliations.help-verbs"))
_CONTRIBUTIONS = phrase_set(*word_list("affiliations.contributions"))
_OWN_GOALS = phrase_set(*word_list("affiliations.own-goal-words"))
_RESULTS = phrase_set(*word_list("affiliations.match-results"))
_SUBSTITUTIONS = phrase_set(*word_list("affiliations.substitution-verbs"))
_FIELDS = phrase_set(*word_list("affiliations.substitution-fields"))
_POSITIONS = phrase_set(*word_list("affiliations.positions"))
_SIDES = phrase_set(*word_list("affiliations.sides"))
_GOALS = phrase_set(*word_list("affiliations.goal-nouns"))
_CONCEDED = phrase_set(*word_list("affiliations.conceded-words"))
#: Words right before a team that make it the one played, met or compared with.
_OPPONENT_CUES = phrase_set(*word_list("roles.opponent-cues"))
_TEAM_TITLES = phrase_set(*word_list("roles.team-titles"))
_OF = phrase_set(*word_list("affiliations.of"))
_AND = phrase_set(*word_list("affiliations.and"))
#: Verbs of scoring whose subject helps the team after "giúp" ("X lập cú đúp giúp Y thắng").
_SCORE_VERBS = phrase_set(*word_list("affiliations.score-verbs"))
#: How many pieces may stand between such a verb and "giúp" ("ghi bàn thắng duy_nhất giúp").
_ARTICLES = frozenset(syllables_of(w) for w in word_list("affiliations.articles"))
_SCORE_REACH = 6
#: How many pieces may stand between a team and the result it is helped to ("giúp Y giành lại được 1 điểm").
_RESULT_REACH = 6
#: How many plain words may stand between a verb of substitution and its players ("tung liên_tiếp A").
_OBJECT_REACH = 2
_LIST_MARKS = frozenset({",", "và"})


def find_match_reports(view: ArticleView, posts: list[Statement], times: tuple[TimeExpression, ...] = ()) -> list[Statement]:
    """``player –memberOf→ team`` told by helping a team to a result, by a coach's substitutions,
    by making a team's goal and by the players in brackets after what a side did."""
    found: list[Statement] = []
    coach_of: dict[int, Mention] = {}  # the piece of each verb of substitution and the coach it was read with
    for k, first in enumerate(view.first_syllables):
        piece = view.pieces[k]
        if piece.mention is not None or piece.quoted:
            continue
        if first in _HELP_VERBS.starts and (end := view.match_any(k, _HELP_VERBS)) is not None:
            found.extend(_helped(view, k, end, times))
        if first in _SUBSTITUTIONS.starts and (end := view.match_any(k, _SUBSTITUTIONS)) is not None:
            found.extend(_substituted(view, k, end, posts, times, coach_of))
        if piece.text == "(":
            found.extend(_bracketed_side(view, k))
        if first in _GOALS.starts and (end := view.match_any(k, _GOALS)) is not None:
            found.extend(_goal_made_by(view, k, end))
    return found


def _goal_made_by(view: ArticleView, k: int, end: int) -> list[Statement]:
    """"TEAM đã có bàn … của X", "bàn thắng của TEAM … từ hậu_vệ X": the one person of the clause,
    after "của" or a position, made the goal of its one team."""
    first, last = view.bounds(k)
    start = k
    while start - 1 >= first and not is_barrier(view.pieces[start - 1]):
        start -= 1
    stop = end
    while stop < last and not is_barrier(view.pieces[stop]):
        stop += 1
    persons = [i for i in range(start, stop) if names_person(view, i, stop)]
    if not persons:
        return []
    player = persons[0]
    clause = range(start, player)
    bodies = [i for i in clause if view.pieces[i].mention is not None]
    if len(bodies) != 1 or not _is_team(view.pieces[bodies[0]].mention) or player < end:
        return []
    team = bodies[0]
    if any(view.match_any(j, _OPPONENT_CUES) == team for j in range(max(start, team - 3), team)):
        return []
    if any(view.match_any(i, _OWN_GOALS) is not None or view.match_any(i, _CONCEDED) is not None for i in clause):
        return []
    if view.match_any(player - 1, _OF) != player and not _after_position(view, player, start):
        return []
    evidence = provenance(view, min(team, k), player, EXTRACTOR, CONFIDENCE_MATCH)
    return [Statement(view.pieces[player].mention, "memberOf", view.pieces[team].mention, evidence)]


def _after_position(view: ArticleView, player: int, first: int) -> bool:
    """Whether a position ends a few plain words before the person at piece ``player`` ("hậu_vệ cánh phải X")."""
    for j in range(max(first, player - 4), player):
        end = view.match_any(j, _POSITIONS)
        if end is not None and all(view.pieces[i].is_word and not is_barrier(view.pieces[i]) for i in range(end, player)):
            return True
    return False


def _helped(view: ArticleView, k: int, end: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    """"X giúp Y cân_bằng tỷ_số", "bàn thắng của X đã giúp Y giành 1 điểm"."""
    first, last = view.bounds(k)
    team = end if end < last and _is_team(view.pieces[end].mention) else None
    if team is None or not _result_follows(view, team + 1, last):
        return []
    players = [a.piece for a in subject_before(view, k, {EntityType.PERSON}, times, allow_pronoun=False)]
    if not players:
        players = _contributor(view, k, first, times) or _scorer(view, k, first, times)
    statements = []
    for player in players:
        evidence = provenance(view, player, team, EXTRACTOR, CONFIDENCE_MATCH)
        statements.append(Statement(view.pieces[player].mention, "memberOf", view.pieces[team].mention, evidence))
    return statements


def _scorer(view: ArticleView, k: int, first: int, times: tuple[TimeExpression, ...]) -> list[int]:
    """"X ghi bàn thắng duy_nhất giúp Y giành 3 điểm", "X vừa lập một cú_đúp giúp Y thắng": the subject
    of a verb of scoring (``affiliations.score-verbs``), or of the verb before a contribution
    (``affiliations.contributions``), a few plain words before the verb of helping; not when an own
    goal or a goal conceded is told between them."""
    for j in range(k - 1, max(first, k - _SCORE_REACH) - 1, -1):
        piece = view.pieces[j]
        if piece.mention is not None or is_barrier(piece) or piece.is_quote_mark:
            return []
        if view.match_any(j, _OWN_GOALS) is not None or view.match_any(j, _CONCEDED) is not None:
            return []
        end = view.match_any(j, _SCORE_VERBS)
        if end is not None and end <= k:
            return [a.piece for a in subject_before(view, j, {EntityType.PERSON}, times, allow_pronoun=False)]
        if view.match_any(j, _CONTRIBUTIONS) is not None:
            verb = j - 1
            if verb >= first and view.pieces[verb].syllables in _ARTICLES:
                verb -= 1  # "lập một cú_đúp"
            if verb < first or not view.pieces[verb].is_word or is_barrier(view.pieces[verb]):
                return []
            return [a.piece for a in subject_before(view, verb, {EntityType.PERSON}, times, allow_pronoun=False)]
    return []


def _result_follows(view: ArticleView, j: int, last: int) -> bool:
    """Whether a result of a match is told within reach after piece ``j``, in the same clause."""
    for i in range(j, min(last, j + _RESULT_REACH)):
        piece = view.pieces[i]
        if is_barrier(piece) or piece.mention is not None:
            return False
        if view.match_any(i, _RESULTS) is not None:
            return True
    return False


def _contributor(view: ArticleView, k: int, first: int, times: tuple[TimeExpression, ...]) -> list[int]:
    """"bàn thắng … của X (đã) giúp": the person "của" a contribution that is the verb's subject."""
    j = k - 1
    while j >= first and view.pieces[j].is_word and view.match_any(j, ADVERBS) == j + 1:
        j -= 1
    if j - 1 < first or not names_person(view, j, k) or view.match_any(j - 1, _OF) != j:
        return []
    start = j - 1
    while start - 1 >= first and not is_barrier(view.pieces[start - 1]):
        start -= 1
    clause = range(start, j - 1)
    if any(view.match_any(i, _OWN_GOALS) is not None for i in clause):
        return []  # "sai_lầm của X giúp Y": the error helps the other side
    if not any(view.match_any(i, _CONTRIBUTIONS) is not None for i in clause):
        return []
    return [j]


def _substituted(
    view: ArticleView, k: int, end: int, posts: list[Statement], times: tuple[TimeExpression, ...], coach_of: dict[int, Mention]
) -> list[Statement]:
    """"HLV X tung A và B vào sân", "… và tăng_cường một tiền_vệ phòng_ngự là B": the players
    a coach sends on or takes off are the coach's team's."""
    first, last = view.bounds(k)
    coaches = subject_before(view, k, {EntityType.PERSON}, times, allow_pronoun=False)
    coach = coaches[0].mention if len(coaches) == 1 else _coach_before_and(view, k, first, coach_of)
    if coach is None:
        return []
    coach_of[k] = coach
    team = _coached_team(coach, posts)
    if team is None:
        return []
    j = end
    while j < min(last, end + _OBJECT_REACH) and not names_person(view, j, last) and view.match_any(j, _POSITIONS) is None:
        piece = view.pieces[j]
        if piece.mention is not None or is_barrier(piece) or not piece.is_word:
            return []
        j += 1  # "tung liên_tiếp A", "tăng_cường một tiền_vệ …"
    listed = position_list_at(view, j, last)
    if listed is not None:
        players, _, after = listed  # "đưa tiền_vệ A và hậu_vệ phải B vào sân", "một tiền_vệ phòng_ngự là B"
    elif names_person(view, j, last):
        players, after = [j], j + 1
        while after + 1 < last and view.pieces[after].text in _LIST_MARKS and names_person(view, after + 1, last):
            players.append(after + 1)
            after += 2
        if after >= last or view.match_any(after, _FIELDS) is None:
            return []  # a bare name is a player only when sent onto or off the field
    else:
        return []
    statements = []
    for player in players:
        evidence = provenance(view, k, player, EXTRACTOR, CONFIDENCE_MATCH)
        statements.append(Statement(view.pieces[player].mention, "memberOf", team, evidence))
    return statements


def _coach_before_and(view: ArticleView, k: int, first: int, coach_of: dict[int, Mention]) -> Mention | None:
    """The coach of the verb of substitution before "và" that the verb at piece ``k`` is coordinated to."""
    if k - 1 <= first or view.match_any(k - 1, _AND) != k:
        return None
    for j in range(k - 2, first - 1, -1):
        if view.pieces[j].text == "." or (is_barrier(view.pieces[j]) and view.pieces[j].text != ","):
            return None
        if j in coach_of:
            return coach_of[j]
    return None


def _coached_team(coach: Mention, posts: list[Statement]) -> Mention | None:
    """The one team ``coach`` holds a coach's post at among ``posts``, or None."""
    teams = {
        syllables_of(p.object.text): p.object
        for p in posts
        if p.subject.type is EntityType.PERSON
        and same_person_name(p.subject, coach)
        and p.title
        and syllables_of(p.title) in _TEAM_TITLES
        and _is_team(p.object)
    }
    return next(iter(teams.values())) if len(teams) == 1 else None


def _bracketed_side(view: ArticleView, k: int) -> list[Statement]:
    """"phía U21_Sydney hai lần sút hỏng ( A và B )": the players in brackets are the side's."""
    first, last = view.bounds(k)
    players = []
    j = k + 1
    while names_person(view, j, last):
        players.append(j)
        if j + 1 < last and view.pieces[j + 1].text in _LIST_MARKS:
            j += 2
        else:
            j += 1
            break
    if not players or j >= last or view.pieces[j].text != ")":
        return []
    start = k - 1
    while start - 1 >= first and not is_barrier(view.pieces[start - 1]):
        start -= 1
    named = [i for i in range(start, k) if view.pieces[i].mention is not None]
    if len(named) != 1 or not _is_team(view.pieces[named[0]].mention):
        return []
    team = named[0]
    side = any(view.match_any(i, _SIDES) == team for i in range(max(start, team - 2), team))
    if not side:
        return []
    statements = []
    for player in players:
        evidence = provenance(view, team, player, EXTRACTOR, CONFIDENCE_MATCH)
        statements.append(Statement(view.pieces[player].mention, "memberOf", view.pieces[team].mention, evidence))
    return statements


def _is_team(mention: Mention | None) -> bool:
    return mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference
