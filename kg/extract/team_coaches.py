"""Coaches of the one team their sentences name: "HLV Mourinho quyết_định cho Chelsea tấn_công".

A coach's title ("HLV", "huấn_luyện_viên", ``roles.team-titles`` in
``ontology/words.tsv``) written before a person's name with no team after it
gives no post by itself. A sentence where the titled name stands and that
names exactly one team (an organisation, not a news outlet) offers that team;
when every such sentence of the article offers the same team, the person
coaches it. Sentences naming two teams (the coach's and the opponent) offer
none, nor does a sentence whose team is met, faced or compared with
("gặp lại U21 Sydney", "thua Becamex", "nhỉnh hơn U23 Việt Nam": the
``roles.opponent-cues`` right before it), and sentences offering different
teams leave the person without a post. A sentence that names the coach's own
team by a phrase before the title ("thầy_trò HLV X", "đoàn_quân của HLV X",
``roles.coach-team-phrases``) may name the team played: its team counts only
when no other sentence offers one.

A coach whose sentences offer no team at all coaches the team the article is
about: the organisation it names most often (at least three times, more often
than any other; a mention after an opponent cue is not counted), when that coach is the one titled coach of the article left
without a post and no other coach holds a post at that team ("HLV Wenger …"
in an article naming Arsenal throughout). Two such coaches (a match's two
benches) get nothing.
"""

from __future__ import annotations

from kg.extract.frames import most_named, phrase_set, provenance, same_person_name, title_ending_at
from kg.extract.pieces import ArticleView
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "roles"
#: Confidence of a coach's post read from the one team of the sentence (docs/confidence.md).
CONFIDENCE_TEAM = 0.55
#: Confidence of a coach's post at the team the article is about (docs/confidence.md).
CONFIDENCE_FOCUS_TEAM = 0.5
#: How many times the article names the team it is about at least.
_FOCUS_TEAM_MENTIONS = 3
_TEAM_TITLES = phrase_set(*word_list("roles.team-titles"))
#: Words right before a team that make it the one played, met or compared with: the opponent.
_OPPONENT_CUES = phrase_set(*word_list("roles.opponent-cues"))
#: How many pieces before a team an opponent cue may stand ("gặp lại đội U21 Sydney").
_OPPONENT_REACH = 3
#: Words before a coach's title that name the coach's own team ("thầy_trò HLV X", "đoàn_quân của HLV X"):
#: a team named beside such a phrase may be the one played.
_COACH_TEAM_PHRASES = phrase_set(*word_list("roles.coach-team-phrases"))


def find_team_coaches(view: ArticleView, posts: list[Statement]) -> list[Statement]:
    """The coach posts of titled persons whom ``posts`` give no post, at the one team their sentences name."""
    offers: list[tuple[Mention, Mention, int, int, int, str, tuple[int, int], bool]] = []
    titled: list[tuple[Mention, int, int, str]] = []
    for k, piece in enumerate(view.pieces):
        person = piece.mention
        if person is None or person.type is not EntityType.PERSON or person.reference:
            continue
        found = title_ending_at(view, k)
        if found is None or found[1].syllables not in _TEAM_TITLES or found[1].predicate is None:
            continue
        start = found[0]
        titled.append((person, start, k, found[1].predicate))
        named = _one_team(view, k)
        if named is None:
            continue
        span = (view.pieces[start].start, view.pieces[k - 1].end)
        # "thầy_trò HLV X … sức_mạnh của Dortmund": beside a phrase naming X's own team, the team may be the one played
        weak = _names_own_team(view, start)
        offers.append((person, named[1], named[0], start, k, found[1].predicate, span, weak))
    found_posts = []
    for person, team, team_piece, start, k, predicate, span, weak in offers:
        if any(same_person_name(person, p.subject) for p in posts):
            continue
        own = [(t, w) for other, t, *_, w in offers if same_person_name(person, other)]
        strong = any(not w for _, w in own)
        if weak and strong:
            continue  # the sentences without such a phrase tell the team
        teams = {syllables_of(t.text) for t, w in own if w == weak}
        if len(teams) != 1:
            continue
        evidence = provenance(view, start, max(k, team_piece), EXTRACTOR, CONFIDENCE_TEAM)
        found_posts.append(Statement(person, predicate, team, evidence, view.text[span[0] : span[1]], span))
    offered = [person for person, *_ in offers]
    return found_posts + _coach_of_focus_team(view, titled, offered, posts + found_posts)


def _coach_of_focus_team(
    view: ArticleView, titled: list[tuple[Mention, int, int, str]], offered: list[Mention], posts: list[Statement]
) -> list[Statement]:
    """The post at the team the article is about of its one titled coach whom no sentence offers a team
    and ``posts`` give no post, when no other coach holds a post there."""
    unposted = [t for t in titled if not any(same_person_name(t[0], p.subject) for p in posts)]
    if not unposted or any(not same_person_name(unposted[0][0], t[0]) for t in unposted[1:]):
        return []
    person, start, k, predicate = unposted[0]
    if any(same_person_name(person, other) for other in offered):
        return []  # its sentences offer teams that disagree: the team is not guessed
    team = _focus_team(view, before=view.pieces[start].start)
    if team is None:
        return []
    coaches = [p for p in posts if any(same_person_name(p.subject, t[0]) for t in titled)]
    if any(syllables_of(p.object.text) == syllables_of(team.text) for p in coaches):
        return []  # the team's coach is another: this one is the opponent's
    span = (view.pieces[start].start, view.pieces[k - 1].end)
    evidence = provenance(view, start, k, EXTRACTOR, CONFIDENCE_FOCUS_TEAM)
    return [Statement(person, predicate, team, evidence, view.text[span[0] : span[1]], span)]


def _focus_team(view: ArticleView, before: int) -> Mention | None:
    """The organisation the article names most often, at least ``_FOCUS_TEAM_MENTIONS`` times and more
    often than any other (outside quotations, not where an opponent cue stands before it; no news
    outlet): its last mention before offset ``before``, else its first."""
    counts: dict[tuple[str, ...], list[Mention]] = {}
    for i, piece in enumerate(view.pieces):
        mention = piece.mention
        if mention is None or mention.type is not EntityType.ORGANIZATION or mention.reference or piece.quoted:
            continue
        if _opponent(view, i, view.bounds(i)[0]):
            continue  # "thắng Schalke", "trận đấu với Schalke": the team played, not the article's own
        counts.setdefault(syllables_of(mention.text.lower()), []).append(mention)
    name = most_named({name: len(mentions) for name, mentions in counts.items()}, _FOCUS_TEAM_MENTIONS)
    if name is None:
        return None
    earlier = [m for m in counts[name] if m.start < before]
    return earlier[-1] if earlier else counts[name][0]


def _one_team(view: ArticleView, k: int) -> tuple[int, Mention] | None:
    """The one team named in the sentence of piece ``k`` (outside quotations), with the piece it
    stands at, or None."""
    first, last = view.bounds(k)
    teams = [
        (i, p.mention)
        for i, p in enumerate(view.pieces[first:last], start=first)
        if p.mention is not None and p.mention.type is EntityType.ORGANIZATION and not p.mention.reference and not p.quoted
    ]
    if len({syllables_of(t.text) for _, t in teams}) != 1 or any(_opponent(view, i, first) for i, _ in teams):
        return None
    return teams[0]


def _names_own_team(view: ArticleView, title_start: int) -> bool:
    """Whether a phrase naming the coach's own team ends right before the title at ``title_start``."""
    first = view.bounds(title_start)[0]
    for j in range(max(first, title_start - 4), title_start):
        if view.match_any(j, _COACH_TEAM_PHRASES) == title_start:
            return True
    return False


def _opponent(view: ArticleView, team: int, first: int) -> bool:
    """Whether an opponent cue ends within reach before the team at piece ``team``."""
    for j in range(max(first, team - _OPPONENT_REACH), team):
        end = view.match_any(j, _OPPONENT_CUES)
        if end is not None and end <= team:
            return True
    return False

