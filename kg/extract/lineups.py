"""Team line-ups: "Chelsea: Cech; Ivanovic, Cahill, Terry; … Dự bị: Mata, …".

A match report ends with each side's players after the team's name and a
colon, separated by commas, semicolons or dashes, substitutes in brackets.
Every item of such a list is a player's name, whatever else the name could
be ("Oscar", "Jones", "Boateng"), and the player is a member of the team. A
list whose items are mostly places already ("bốn thành_phố châu_Á : Hà_Nội (
Việt_Nam ) , Phnom_Penh ( Campuchia ) , …") lists places, not players.

``lineup_mentions`` makes every item a Person mention (the list says what
they are more surely than a name list or the tagger); ``find_lineups`` gives
``player –memberOf→ team`` for each.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from kg.extract.frames import PLACE_TYPES, provenance
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import AnalysedArticle, EntityType, Mention, Statement

EXTRACTOR = "lineups"
#: Confidence of a membership read from a line-up (docs/confidence.md).
CONFIDENCE_LINEUP = 0.85
#: Fewest players that make a list a line-up, not a list of names ("A: B, C").
_MIN_PLAYERS = 5
#: A team is named like a club, a city or a country ("Milan", "Việt_Nam"); the list of five names or more says it is a team.
_TEAM_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.CITY, EntityType.COUNTRY, EntityType.REGION})
_NAME_WORD = r"(?:[A-ZÀ-Ỹ][\w'’\-]*(?:\.[A-ZÀ-Ỹ][\w'’\-]*)*|(?:de|da|van|von|der|di|dos|del|la|le|el)(?=[ _]))"
_ITEM = re.compile(rf"{_NAME_WORD}(?:[ _]+{_NAME_WORD}){{0,3}}")
#: Headings a line-up may open with, glued to the first team's name ("ĐỘI HÌNH THI ĐẤU AC Milan:").
_HEADING = re.compile(
    r"(?:" + "|".join(r"[ _]+".join(map(re.escape, w.split())) for w in word_list("lineups.headings")) + r")[ _:]+",
    re.IGNORECASE,
)
#: The label that opens the bench's list inside a line-up ("Dự bị:").
_BENCH_LABEL = re.compile(
    r"\s*(?:" + "|".join(r"[ _]+".join(map(re.escape, w.split())) for w in word_list("lineups.bench")) + r")\s*:\s*",
    re.IGNORECASE,
)


def lineup_mentions(analysed: AnalysedArticle, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` with every line-up item a Person mention (added, or replacing what overlapped it)."""
    text = analysed.article.text
    mentions = _headings_cut(text, mentions)
    players = [span for team, spans in _lineups(text, mentions) for span in spans]
    if not players:
        return mentions
    starts = [s.start for s in analysed.sentences]
    kept = [m for m in mentions if m.reference or not any(m.start < end and start < m.end for start, end in players)]
    exact = {(m.start, m.end): m for m in mentions if not m.reference}
    made = []
    for start, end in players:
        found = exact.get((start, end))
        if found is not None:
            made.append(replace(found, type=EntityType.PERSON))
            continue
        sentence = analysed.sentences[max(0, bisect_right(starts, start) - 1)].index if starts else 0
        made.append(Mention(analysed.id, sentence, start, end, text[start:end], EntityType.PERSON))
    return tuple(sorted(kept + made, key=lambda m: (m.start, m.end)))


def _headings_cut(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """"ĐỘI HÌNH THI ĐẤU AC Milan :": a heading glued to the team's name is cut off, the rest is the team."""
    cut = []
    for mention in mentions:
        heading = _HEADING.match(mention.text)
        if heading is None or heading.end() >= len(mention.text) or not re.match(r"\s*:", text[mention.end : mention.end + 3]):
            cut.append(mention)
            continue
        start = mention.start + heading.end()
        cut.append(replace(mention, start=start, text=text[start : mention.end], type=EntityType.ORGANIZATION,
                           title=None, honorific=None, prefix_start=None, title_span=None))
    return tuple(cut)


def find_lineups(view: ArticleView) -> list[Statement]:
    """``player –memberOf→ team`` for every player of every line-up of the article."""
    mentions = [p.mention for p in view.pieces if p.mention is not None]
    piece_at = {p.mention.key: k for k, p in enumerate(view.pieces) if p.mention is not None}
    by_span = {(m.start, m.end): m for m in mentions}
    statements = []
    for team, spans in _lineups(view.text, tuple(mentions)):
        for span in spans:
            player = by_span.get(span)
            if player is None or player.type is not EntityType.PERSON:
                continue
            evidence = provenance(view, piece_at[team.key], piece_at[player.key], EXTRACTOR, CONFIDENCE_LINEUP)
            statements.append(Statement(player, "memberOf", team, evidence))
    return statements


def _lineups(text: str, mentions: tuple[Mention, ...]) -> list[tuple[Mention, list[tuple[int, int]]]]:
    """Each line-up of ``text``: its team's mention and the spans of its players."""
    found = []
    places = {(m.start, m.end) for m in mentions if m.type in PLACE_TYPES and not m.reference}
    for team in mentions:
        if team.type not in _TEAM_TYPES or team.reference:
            continue
        colon = re.match(r"\s*:\s*", text[team.end : team.end + 4])
        if colon is None:
            continue
        players = _items(text, team.end + colon.end())
        if len(players) >= _MIN_PLAYERS and 2 * sum(span in places for span in players) < len(players):
            found.append((team, players))
    return found


def _items(text: str, at: int) -> list[tuple[int, int]]:
    """The names listed from offset ``at``: items separated by commas, semicolons or dashes,
    substitutes in brackets, the bench after "Dự bị:"; the list ends at anything else."""
    items: list[tuple[int, int]] = []
    while at < len(text):
        bench = _BENCH_LABEL.match(text, at)
        if bench:
            at = bench.end()
            continue
        following = _BENCH_LABEL.search(text, at)
        limit = following.start() if following else len(text)
        name = _ITEM.match(text, at, limit)
        if name is None:
            break
        items.append((name.start(), name.end()))
        at = name.end()
        bracket = re.match(r"\s*\(([^()]{0,60})\)", text[at:])
        if bracket:
            inner = at + bracket.start(1)
            for sub in _ITEM.finditer(bracket.group(1)):
                items.append((inner + sub.start(), inner + sub.end()))
            at += bracket.end()
        separator = re.match(r"\s*[,;–\-]\s*", text[at:])
        if separator is not None:
            at += separator.end()
        elif not _BENCH_LABEL.match(text, at):
            break
    return items
