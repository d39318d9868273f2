"""A place's name written for a team is the team's mention.

Sports news names a team by its country or its province ("Việt Nam sẽ tái
đấu Uzbekistan", "cầu thủ của Myanmar", "thua Thanh Hóa 0-2"), and the
annotation types that mention an Organization; the tagger reads it as the
place. ``teams_typed`` types an Organization each mention the tagger typed a
Country, a City or a Region that the words around it make a team's
(``kg.resolve.teams.for_team``: a word of a team before it, a verb of a match
next to it in a sentence of a match, a score after it, or "và" joining it to
the side before). In an article of sports (one that names a team in full,
"U23 Myanmar", or a side of a match by its sentence alone, a club's name or
a place's) a verb of sports next to the name is enough ("cầu thủ của
Myanmar"). A word of level or of place before the name ("tỉnh Thanh Hóa",
"tại Việt Nam"), a person's title ("Thủ tướng Thái Lan") or a noun the name
gives the country of ("tiền đạo Hà Lan") keeps the place. A place's name the
tagger typed a person ("Huế cầm hòa Bình Định 1-1") is a side only by the
words of a match around it: a score, or a verb of a match in a sentence of
a match.

A place's name the tagger cut short of a word of a club right after it
("Thanh Hóa" of "Thanh Hóa FC", ``resolver.club-words``) takes the word in
and is the club; a noun of a side the tagger took into a name ("Đội khách
Đà Nẵng", ``tagger.side-nouns``) is left out, as the annotation leaves it.
The bare name of the place of a club its article names is the club ("Thanh
Hóa vẫn đứng thứ ba" beside "Thanh Hóa FC", as
``kg.resolve.clubs.read_clubs`` reads it), and in an article of sports so
is the place a sponsor's name comes before ("Đà Nẵng" beside "SHB Đà
Nẵng"). In an article of sports a sponsor's name the tagger cut off the
province right after it is joined to it as one club ("XM Fico" and "Tây
Ninh" of "XM Fico Tây Ninh"), and a number closing a team's name that opens
the score after it is left out ("U23 Hàn Quốc 1-1"). A copula saying the
name is a unit of government ("Thanh Hóa là một tỉnh") keeps the place.
The words of a team of a kind written before a place's bare name ("Đội
tuyển bóng đá nữ" of "Đội tuyển bóng đá nữ Nhật Bản") are taken into it, and
a team's or a club's name the tagger ran over a verb of a match into the next side
("Tuyển nữ Việt Nam thắng Philippines", "Sài Gòn FC hòa Quảng Nam") is cut in two. A place's name
joined by "và" to a club or a team named in full in a match ("trận đấu giữa Sài Gòn FC và Quảng Nam")
is a side as well.
The resolver reads the same words (``kg.resolve.teams.read_teams``) and
makes the mention the team's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.lexicon import load_lexicon, syllables_of, word_list
from kg.model import EntityType, Mention
from kg.resolve.actors import after_place_word
from kg.resolve.clubs import club_place, sponsored_club_place
from kg.resolve.names import exact_key
from kg.resolve.place_signs import place_said
from kg.resolve.qualifiers import level_before, level_said_after
from kg.resolve.context import phrases, starts_with
from kg.resolve.teams import beside_place_words, for_team, in_match, kind_closing_syllables, team_kind, team_place
from kg.tagger.syllables import syllable_spans

_PLACE_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.REGION})


def teams_typed(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each place's bare name written for a team typed an Organization."""
    tagged = [_team_completed(text, _club_completed(text, _side_noun_trimmed(_score_trimmed(text, m)))) for m in _sides_cut(text, tagged)]
    ordered = sorted(tagged, key=lambda m: (m.start, m.end))
    sides = [m for m in ordered if m.type in _PLACE_TYPES and m.text[:1].isupper() and not _level_around(text, m)]
    if not sides:
        return tagged
    bodies = [m for m in ordered if m.type is EntityType.ORGANIZATION]
    sports = (
        any(team_place(m.text) is not None or in_match(text, m.start, m.end) for m in bodies)
        or any(for_team(text, m.start, m.end) for m in sides)
    )
    if sports:
        tagged = _sponsors_joined(text, tagged)
        ordered = sorted(tagged, key=lambda m: (m.start, m.end))
        sides = [m for m in sides if m in ordered]
    clubs = {place for m in ordered if m.type is EntityType.ORGANIZATION and (place := club_place(m.text))}
    if sports:
        clubs |= {place for m in ordered if m.type is EntityType.ORGANIZATION and (place := sponsored_club_place(m.text))}
    teams: set[tuple[int, int]] = set()
    last_side: int | None = None
    named_sides = [m for m in bodies if sports and _named_side(text, m)]
    for mention in sorted(sides + named_sides, key=lambda m: (m.start, m.end)):
        if mention.type is EntityType.ORGANIZATION:
            last_side = mention.end  # "trận đấu giữa Sài Gòn FC và Quảng Nam": the side joined to it is one
        elif exact_key(mention.text) in clubs and not (after_place_word(text, mention.start) or place_said(text, mention.start, mention.end)):
            teams.add((mention.start, mention.end))  # "Thanh Hóa" of "Thanh Hóa FC"
        # Outside sports no side was read for a team above, and with no side before it none can be.
        elif sports and for_team(text, mention.start, mention.end, last_side, sports):
            teams.add((mention.start, mention.end))
            last_side = mention.end
    teams |= {(m.start, m.end) for m in ordered if _place_typed_person(text, m)}
    if not teams:
        return tagged
    teams |= _sides_named_again(text, sides, teams)
    return [
        replace(m, type=EntityType.ORGANIZATION)
        if m.type in _PLACE_TYPES | {EntityType.PERSON} and (m.start, m.end) in teams
        else m
        for m in tagged
    ]


def _sides_named_again(text: str, sides: list[Mention], teams: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans of ``sides`` that write again the name of a place read above as a side ("Hải Phòng đánh bại
    Quảng Nam 2-0. Hải Phòng lên thứ ba"): the same team, unless a word of place, a person's title or a noun
    the name gives the country of stands before it ("tại Hải Phòng", "Chủ tịch Hải Phòng", "người Hải Phòng")."""
    named = {exact_key(m.text) for m in sides if (m.start, m.end) in teams}
    return {
        (m.start, m.end)
        for m in sides
        if exact_key(m.text) in named
        and (m.start, m.end) not in teams
        and not (beside_place_words(text, m.start) or place_said(text, m.start, m.end))
    }


def _named_side(text: str, mention: Mention) -> bool:
    """Whether ``mention``, a body, is a side of a match named as a team or a club ("U23 Lào", "Sài Gòn FC",
    "SHB Đà Nẵng") in a match (``in_match``)."""
    named = team_place(mention.text) or club_place(mention.text) or sponsored_club_place(mention.text)
    return named is not None and in_match(text, mention.start, mention.end, True)


def _level_around(text: str, mention: Mention) -> bool:
    """Whether a word of level before ``mention`` ("tỉnh Thanh Hóa"), a copula saying its level after it
    ("Thanh Hóa là một tỉnh") or words only a place takes (``kg.resolve.place_signs``: "thời tiết Hà Nội",
    "bay sang UAE") make it the place."""
    return bool(level_before(text, mention.start)) or level_said_after(text, mention.end) or place_said(text, mention.start, mention.end)


def _place_typed_person(text: str, mention: Mention) -> bool:
    """Whether ``mention``, typed a person, is a place's name written for a side of a match: the gazetteer's name
    of a country, city or province, with a score after it or a verb of a match in a sentence of a match ("Huế
    cầm hòa Bình Định 1-1", "Hồng Kông từng thua Việt Nam 1-3"); a verb of sports alone is not enough for a
    name that may be a person's ("HLV Bình Định")."""
    if mention.type is not EntityType.PERSON or load_lexicon().names.get(mention.text.replace("_", " ")) not in _PLACE_TYPES:
        return False
    if level_before(text, mention.start) or after_place_word(text, mention.start):
        return False
    return for_team(text, mention.start, mention.end)


#: A number closing a name that opens a score right after it ("U23 Hàn Quốc 1" of "U23 Hàn Quốc 1-1").
_SCORE_OPENED = re.compile(r"[ _]+\d{1,2}$")
_SCORE_CLOSED = re.compile(r"\s*[-–]\s*\d")


def _score_trimmed(text: str, mention: Mention) -> Mention:
    """``mention`` without a number the tagger took in that opens the score after it ("U23 Hàn Quốc 1-1")."""
    found = _SCORE_OPENED.search(mention.text)
    if found is None or found.start() == 0 or not _SCORE_CLOSED.match(text, mention.end):
        return mention
    return replace(mention, end=mention.start + found.start(), text=mention.text[: found.start()])


def _sponsors_joined(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with a sponsor's name the tagger cut off the province right after it joined to it as one club
    ("XM Fico" and "Tây Ninh" of "XM Fico Tây Ninh", ``kg.resolve.clubs.sponsored_club_place``); read in an
    article of sports only."""
    ordered = sorted(tagged, key=lambda m: (m.start, m.end))
    joined: dict[Mention, Mention] = {}
    for sponsor, place in zip(ordered, ordered[1:]):
        if sponsor in joined or sponsor.type not in (EntityType.PERSON, EntityType.ORGANIZATION) or place.type not in _PLACE_TYPES:
            continue
        if sponsor.title or sponsor.honorific or text[sponsor.end : place.start] != " ":
            continue
        name = text[sponsor.start : place.end]
        if sponsored_club_place(name.replace("_", " ")) is not None:
            club = replace(sponsor, end=place.end, text=name, type=EntityType.ORGANIZATION)
            joined[sponsor] = joined[place] = club
    if not joined:
        return tagged
    result: list[Mention] = []
    for mention in tagged:
        club = joined.get(mention, mention)
        if club not in result:
            result.append(club)
    return result


#: A word of a club written right after a name ("Thanh Hóa FC"): spaces or underscores, then the word.
_CLUB_AFTER = re.compile(r"[ _]+(\w+)\b")


@cache
def _club_words() -> frozenset[str]:
    return frozenset(word_list("resolver.club-words"))


@cache
def _club_suffixes() -> frozenset[str]:
    return frozenset(word_list("tagger.club-suffixes"))


def _club_completed(text: str, mention: Mention) -> Mention:
    """``mention`` with a word of a club written right after a place's name taken in, as a club ("Thanh Hóa FC");
    a place's name the tagger took with that word is the club as well."""
    if mention.type not in _PLACE_TYPES:
        return mention
    words = mention.text.replace("_", " ").split()
    if len(words) > 1 and words[-1] in _club_suffixes():
        return replace(mention, type=EntityType.ORGANIZATION)  # the tagger took the word in but typed the place
    found = _CLUB_AFTER.match(text, mention.end)
    if found is None or found.group(1) not in _club_words():
        return mention
    return replace(mention, end=found.end(), text=text[mention.start : found.end()], type=EntityType.ORGANIZATION)


@cache
def _side_nouns() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("tagger.side-nouns"))


def _side_noun_trimmed(mention: Mention) -> Mention:
    """``mention`` without a noun of a side of a match the tagger took into a name ("Đội khách Đà Nẵng" ->
    "Đà Nẵng", ``tagger.side-nouns``): the annotation marks the team's name alone."""
    if mention.type is not EntityType.ORGANIZATION:
        return mention
    units = syllable_spans(mention.text)
    for size in sorted({len(n) for n in _side_nouns()}, reverse=True):
        if len(units) > size and syllables_of(mention.text[: units[size - 1][1]]) in _side_nouns():
            rest = units[size][0]
            if mention.text[rest:][:1].isupper():
                return replace(mention, start=mention.start + rest, text=mention.text[rest:])
    return mention


#: How far before a place's name the words of a team and of its kind are looked for ("Đội tuyển bóng đá nữ ").
_TEAM_REACH = 40
#: What stands between the words of a team and the place's name: words only, no mark of a clause.
_WORDS_ONLY = re.compile(r"[\w ]+")


def _team_completed(text: str, mention: Mention) -> Mention:
    """``mention``, a place's bare name, with the words of a team of a kind written right before it taken in,
    as that team ("Đội tuyển bóng đá nữ" of "Đội tuyển bóng đá nữ Nhật Bản"): the annotation marks the
    team's whole name, and the bare name would be the usual side of its country."""
    if mention.type not in _PLACE_TYPES | {EntityType.ORGANIZATION} or team_place(mention.text) is not None:
        return mention
    before = text[max(0, mention.start - _TEAM_REACH) : mention.start].casefold()
    if not any(syllable in before for syllable in kind_closing_syllables()):
        return mention
    for first, _ in syllable_spans(text, max(0, mention.start - _TEAM_REACH), mention.start):
        if not _WORDS_ONLY.fullmatch(text[first : mention.start]):
            continue
        name = text[first : mention.end]
        if team_place(name) == exact_key(mention.text) and team_kind(name):
            return replace(mention, start=first, text=name, type=EntityType.ORGANIZATION)
    return mention


def _sides_cut(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with a team's name the tagger ran over a verb of a match into the next side's cut in two
    ("Tuyển nữ Việt Nam thắng Philippines" -> "Tuyển nữ Việt Nam", "Philippines"): a team or a club named in
    full ("Sài Gòn FC hòa Quảng Nam"), a verb of a match (``resolver.match-verbs``), then a place's name of
    the gazetteer, typed the place."""
    result: list[Mention] = []
    for mention in tagged:
        result.extend(_sides_of(text, mention) if mention.type is EntityType.ORGANIZATION else [mention])
    return result


def _sides_of(text: str, mention: Mention) -> list[Mention]:
    """The team and the side ``mention`` runs together, or ``mention`` alone."""
    units = syllable_spans(mention.text)
    words = [mention.text[a:b].casefold() for a, b in units]
    for at in range(1, len(units) - 1):
        size = starts_with(words[at:], phrases("resolver.match-verbs"))
        if not size or at + size >= len(units) or not mention.text[units[at][0]].islower():
            continue
        team = mention.text[: units[at - 1][1]]
        side = mention.text[units[at + size][0] :]
        place = load_lexicon().names.get(side.replace("_", " "))
        if (team_place(team) is not None or club_place(team) is not None) and place in _PLACE_TYPES:
            side_start = mention.start + units[at + size][0]
            return [
                replace(mention, end=mention.start + len(team), text=team),
                replace(mention, start=side_start, text=side, type=place, title=None, honorific=None, prefix_start=None, title_span=None),
            ]
    return [mention]
