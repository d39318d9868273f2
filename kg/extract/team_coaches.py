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
teams leave the person without a post.
"""

from __future__ import annotations

from kg.extract.frames import phrase_set, provenance, same_person_name, title_ending_at
from kg.extract.pieces import ArticleView
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "roles"
#: Confidence of a coach's post read from the one team of the sentence (docs/confidence.md).
CONFIDENCE_TEAM = 0.55
_TEAM_TITLES = phrase_set(*word_list("roles.team-titles"))
#: Words right before a team that make it the one played, met or compared with: the opponent.
_OPPONENT_CUES = phrase_set(*word_list("roles.opponent-cues"))
#: How many pieces before a team an opponent cue may stand ("gặp lại đội U21 Sydney").
_OPPONENT_REACH = 3


def find_team_coaches(view: ArticleView, posts: list[Statement]) -> list[Statement]:
    """The coach posts of titled persons whom ``posts`` give no post, at the one team their sentences name."""
    offers: list[tuple[Mention, Mention, int, int, int, str, tuple[int, int]]] = []
    for k, piece in enumerate(view.pieces):
        person = piece.mention
        if person is None or person.type is not EntityType.PERSON or person.reference:
            continue
        found = title_ending_at(view, k)
        if found is None or found[1].syllables not in _TEAM_TITLES or found[1].predicate is None:
            continue
        named = _one_team(view, k)
        if named is None:
            continue
        start = found[0]
        span = (view.pieces[start].start, view.pieces[k - 1].end)
        offers.append((person, named[1], named[0], start, k, found[1].predicate, span))
    found_posts = []
    for person, team, team_piece, start, k, predicate, span in offers:
        if any(same_person_name(person, p.subject) for p in posts):
            continue
        teams = {syllables_of(t.text) for other, t, *_ in offers if same_person_name(person, other)}
        if len(teams) != 1:
            continue
        evidence = provenance(view, start, max(k, team_piece), EXTRACTOR, CONFIDENCE_TEAM)
        found_posts.append(Statement(person, predicate, team, evidence, view.text[span[0] : span[1]], span))
    return found_posts


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


def _opponent(view: ArticleView, team: int, first: int) -> bool:
    """Whether an opponent cue ends within reach before the team at piece ``team``."""
    for j in range(max(first, team - _OPPONENT_REACH), team):
        end = view.match_any(j, _OPPONENT_CUES)
        if end is not None and end <= team:
            return True
    return False

