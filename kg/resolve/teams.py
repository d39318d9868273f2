"""A team written by the name of its country or province.

Sports news names a national team by its country ("Việt Nam thắng Malaysia
2-0", "trận gặp Uzbekistan") and a provincial club by its province ("Thanh
Hóa thua trên sân nhà"). Such a name is no place: ``read_teams`` takes out of
the place every bare name of a place (typed a place, or typed a body by the
tagger, ``kg.tagger.teams``) that is

- written right after a word of a team (``resolver.team-words``: "tuyển",
  "đội tuyển", "U23"), or
- a side of a match: a score written right after it ("Malaysia 2-0"), or a
  verb of a match right before or after it (``resolver.match-verbs``: "gặp",
  "thắng", "tái đấu", "cầu thủ của") in a sentence with a word of a match
  (``resolver.match-cues``: "tỷ số", "vòng bảng", "đánh bại") or a score; in
  an article of sports (one that names a team in full or a side by its
  sentence alone) a verb of sports alone (``resolver.sports-verbs``: "tiếp
  đón", "đối thủ của", not "cho"), and one only a side does after it
  (``resolver.side-verbs``: "bị loại", "vô địch", "xếp thứ", not after "của": "Đại diện của Đức vẫn xếp
  thứ 2" keeps the country), or a result of a match "của" it ("trận thắng thứ hai
  của Lào", ``resolver.match-results``), or a verb of joining a side before it (``resolver.join-verbs``:
  "gia nhập Hải Phòng"); or joined by "và" or a comma to the side named
  just before it ("gặp Uzbekistan và UAE"), a club or team named in full too ("trận đấu giữa Sài Gòn FC
  và Quảng Nam"); a ground named by its name ("trên sân Lạch Tray") is a word
  of a match, and a hardship a verb takes ("gặp khó khăn", ``resolver.no-match-objects``) is no side
  with no other word of a match, or
- beside points it won or dropped ("Thanh Hóa giành 3 điểm", "giành trọn 3
  điểm trước Hải Phòng", ``resolver.point-verbs``),

unless a word of level or of place stands before it ("tỉnh Thanh Hóa", "tại
Việt Nam"), a person's title ("Thủ tướng Thái Lan"), a noun the name gives
the country of (``resolver.nationality-nouns``: "tiền đạo Hà Lan", "người
Đức", "nước Đức") or words only a place takes around it
(``kg.resolve.place_signs``: "thời tiết Hà Nội", "bay sang UAE", "Hồng Kông
là trung tâm tài chính"); a country's bare name typed a body with such words
around it is the country, in any article. A body's name of the place of a club its article names
("Milan" of "AC Milan") is left to that club. The team is the one team of
that place its article names in full ("U23 Myanmar" … "cho Myanmar"), else,
for a country, its national team ("đội tuyển Malaysia"), else the club the alias
table names by that city ("Barcelona" of "FC Barcelona"), else a club of the
province of its own; in an article that names teams of several ages ("U21
Việt Nam", "U23 Malaysia") a side with a team of its place named in full is
one of its teams that only its article knows, and in an article whose teams named in full are all of
an age or a kind ("U19 Việt Nam", "tuyển nữ Lào": ``resolver.team-kinds``) a country's side with no team
of it named in full is one only its article knows, not its national team; so is a country's side with no team of it
named in full in an article of another sport (``resolver.other-sports`` near a name: "giải bóng chuyền nữ"). A place is read by its usual
name ("Hồng Kông" is the "Hong Kong" of "tuyển Hong Kong"), and a national
team named by another word of a team ("Tuyển Việt Nam", "ĐT Hồng Kông")
takes the usual name "đội tuyển X" (``national_team_name``), so that every
form of it is one entity; a place that is no country fields one when
``resolver.national-sides`` lists it ("Hong Kong"). A country's bare name typed a
body in an article of sports and read as no side is one of its teams: the
team its sides of a match were read as when its article names no team of
that place in full ("Brunei" in the title, "Lào đánh bại Brunei 1-0" below),
else which one only its article knows, kept to its article. A team written by its age alone ("Đội
U23", "U21") is the one team of that age its article names in full, else one only its article knows. The
kinds of a team (``resolver.team-kinds``) hold other sports too ("đội tuyển cờ vua Việt Nam"), so that the
bare side of such a team is never the national football team.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from kg.lexicon import load_lexicon, syllables_of, word_list, word_map
from kg.lexicon.cues import titles
from kg.model import EntityType
from kg.resolve.actors import after_place_word
from kg.resolve.aliases import AliasTable
from kg.resolve.clubs import CLUB, club_place, sponsored_club_place
from kg.resolve.context import TextWindow, contains, ending, ends_with, phrases, starts_with
from kg.resolve.names import LOCATION, ORGANIZATION, exact_key, words
from kg.resolve.place_signs import place_said
from kg.resolve.qualifiers import level_said_after, written_level
from kg.resolve.units import Named

#: How far before and after a name the words of a match are read (within ``kg.stream.RESOLVER_CONTEXT``).
_BEFORE, _AFTER = 40, 100

#: The head a national team's name takes when its article names it by its country only.
NATIONAL_TEAM = "đội tuyển"

_PLACE_TYPES = (EntityType.COUNTRY, EntityType.CITY, EntityType.REGION, EntityType.LOCATION)
#: What joins two sides of a match ("gặp Uzbekistan và UAE").
#: How many characters may stand between two sides joined by "và".
_GAP = 6
_PAIR = re.compile(r"^\s*(?:và|,)\s*$")
_SENTENCE_END = re.compile(r"[.!?;:\n]")
_SCORE_AFTER = re.compile(r"^\s*\d{1,2}\s*[-–]\s*\d{1,2}\b(?![-–/.]\d)")
#: A score anywhere: one digit a side, no number glued before or after ("3-1", not "17-10-2014" nor "26-10").
_SCORE = re.compile(r"(?<![\w/.\-–])\d\s*[-–]\s*\d(?![\w/\-–]|[.,]\d|\s*[-–/]\s*\d)")

#: A sign of a unit kept as a word of its own ("5-7%").
_UNIT_SPLIT = re.compile(r"([%$])")

#: A dot or hyphen inside a word ("U.23", "U-23"); the mark comes first, so that a search skips to each one.
_INNER_MARK = re.compile(r"[.\-](?<=\w[.\-])(?=\w)")
_PUNCTUATION = re.compile(r"[^\w\s]")
#: The word of a team's age ("u23").
_AGE = re.compile(r"u\d{2}")


def _syllables(text: str) -> list[str]:
    """The words of ``text`` as lower-case syllables, dots and hyphens inside a word dropped ("U.23" -> "u23")."""
    return list(_read_syllables(text))


@lru_cache(maxsize=8192)
def _read_syllables(text: str) -> tuple[str, ...]:
    # Kept: the rules of a side read the same words before a name several times over.
    joined = _INNER_MARK.sub("", text.replace("_", " "))
    return tuple(s for w in _PUNCTUATION.sub(" ", joined).split() for s in syllables_of(w))


@lru_cache(maxsize=None)
def _read_phrases(list_name: str) -> frozenset[tuple[str, ...]]:
    """The phrases of ``list_name`` read as ``_syllables`` reads the text: "V-League" is the one word "vleague"."""
    return frozenset(tuple(_read_syllables(w)) for w in word_list(list_name))


def after_team_word(text: TextWindow, start: int) -> bool:
    """Whether a word of a team stands right before ``start`` ("tuyển Việt Nam", "U23 Myanmar")."""
    return ends_with(_syllables(text[max(0, start - _BEFORE) : start]), phrases("resolver.team-words"))


def in_match(text: TextWindow, start: int, end: int, sports: bool = False) -> bool:
    """Whether the name at ``start``-``end`` is a side of a match: a score right after it ("Malaysia 2-0"),
    or a verb of a match right before or after it ("gặp Myanmar", "Việt Nam sẽ tái đấu") in a
    sentence with a word of a match or a score ("Thái Lan thắng 3-1"); in an article of sports
    (``sports``), a verb of sports alone (``resolver.sports-verbs``: "cầu thủ của Myanmar", "tiếp đón
    Hải Phòng", a result of a match "của" it: "trận thắng thứ hai của Lào"); a verb of joining a side
    (``resolver.join-verbs``: "gia nhập Hải Phòng") is read before the name only, not "cho", which gives as much
    as it scores, nor one that takes a hardship (``resolver.no-match-objects``: "gặp khó khăn", "đánh bại
    lạm phát") unless a word of a match apart from the verb stands in the sentence. A ground named by its
    name ("trên sân Lạch Tray") is a word of a match. Points won or dropped beside the name make it a side
    in any sentence (``_points_beside``). The words of a match are read as the text is ("V-League" is one
    word)."""
    after_text = text[end : min(len(text), end + _AFTER)]
    if _SCORE_AFTER.match(after_text):
        return True
    before_text = _SENTENCE_END.split(text[max(0, start - _BEFORE) : start])[-1]
    after_text = _SENTENCE_END.split(after_text)[0]
    before, after = _syllables(before_text), _syllables(after_text)
    if _points_beside(before, after):
        return True
    if (
        contains(before + ["|"] + after, _read_phrases("resolver.match-cues"))
        or _score_in(before_text)
        or _score_in(after_text)
        or _ground_in(before_text)
        or _ground_in(after_text)
    ):
        verbs = phrases("resolver.match-verbs")
    elif sports:
        verbs = phrases("resolver.sports-verbs")
    else:
        return False
    while size := starts_with(after, phrases("resolver.actor-adverbs")) or starts_with(after, phrases("resolver.sports-adverbs")):
        after = after[size:]
    # a verb only a side does ("bị loại", "vô địch"), read after the side alone: "dẫn đầu Đông Nam Á" leads a region
    if ends_with(before, verbs) or ends_with(before, phrases("resolver.join-verbs")) or _result_of(before_text):
        return True
    if _ranked_beside(before) or _margin_before(before, after):
        return True
    # a verb only a side does tells of the subject, not of a name that says whose it is ("Đại diện của Đức vẫn
    # xếp thứ 2": the country's club stands second)
    possessed = ends_with(before, phrases("resolver.possessive-words"))
    size = starts_with(after, verbs) or (0 if possessed else starts_with(after, phrases("resolver.side-verbs")))
    if not size or not starts_with(after[size:], phrases("resolver.no-match-objects")):
        return size > 0
    # a hardship the verb takes ("Kinh tế Lào gặp khó khăn", "Lào đánh bại lạm phát") is a side's only beside a
    # word of a match apart from the verb itself ("Ở vòng bảng, Campuchia gặp khó khăn")
    return _score_in(before_text) or _score_in(after_text) or contains(before + ["|"] + after[size:], _read_phrases("resolver.match-cues"))


def _ranked_beside(before: list[str]) -> bool:
    """Whether a word of rank (``resolver.rank-places``: "sau", "trên") ends ``before`` right after a word of
    standing in a table (``resolver.rank-verbs``: "xếp", "đứng") and maybe the place it names
    (``resolver.rank-fillers``, a number: "thứ hai", "ngay"): "Việt Nam xếp thứ hai sau Hàn Quốc" sets the
    name beside the subject in the table; "xếp hành lý trên Bangkok" does not."""
    size = ending(before, phrases("resolver.rank-places"))
    if not size:
        return False
    head = before[:-size]
    fillers = {w for (w,) in phrases("resolver.rank-fillers")}
    while head and (head[-1].isdigit() or head[-1] in fillers):
        head = head[:-1]
    return ends_with(head, phrases("resolver.rank-verbs"))


def _margin_before(before: list[str], after: list[str]) -> bool:
    """Whether a margin in points stands around the name: a word of margin (``resolver.point-margins``: "hơn",
    "kém") before it and a number of points after it ("hơn Lào 2 điểm", "kém Thái Lan một điểm")."""
    if not ends_with(before, phrases("resolver.point-margins")) or len(after) < 2 or after[1] not in _point_words():
        return False
    return after[0].isdigit() or after[0] in {w for (w,) in phrases("resolver.point-counts")}


def _points_beside(before: list[str], after: list[str]) -> bool:
    """Whether points won or lost stand around the name: a verb of points (``resolver.point-verbs``: "giành",
    "đánh rơi"), a number and a word of points after it ("Thanh Hóa đã giành 3 điểm"), or the same then a word
    of whom from (``resolver.point-sources``: "trước", "từ") before it ("giành trọn 3 điểm trước Hải Phòng"); not a
    title won right before the name ("vô địch châu Âu mới có 11 điểm": the points are the subject's)."""
    # the title a side won ("Đội bóng từng vô địch châu Âu mới có 11 điểm") takes the points of no one
    rest = [] if ends_with(before, phrases("resolver.side-verbs")) else after
    while size := starts_with(rest, phrases("resolver.actor-adverbs")) or starts_with(rest, phrases("resolver.sports-adverbs")):
        rest = rest[size:]
    size = starts_with(rest, phrases("resolver.point-verbs"))
    if size and _points_at(rest[size:]):
        return True
    size = ending(before, phrases("resolver.point-sources"))
    head = before[: len(before) - size] if size else []
    return len(head) >= 3 and _points_at(head[-2:]) and ends_with(head[:-2], phrases("resolver.point-verbs"))


def _points_at(words: list[str]) -> bool:
    """Whether ``words`` open with a number of points ("3 điểm", "ba điểm"), not of another measure
    (``resolver.no-points-after``: "2 điểm phần trăm", "3 điểm đến")."""
    counts = {w for (w,) in phrases("resolver.point-counts")}
    if len(words) < 2 or not (words[0].isdigit() or words[0] in counts) or words[1] not in _point_words():
        return False
    return not starts_with(words[2:], phrases("resolver.no-points-after"))


@lru_cache(maxsize=1)
def _point_words() -> frozenset[str]:
    return frozenset(word_list("resolver.point-words"))


#: How many words of which result may stand between a result of a match and "của" ("trận thắng thứ hai liên tiếp của").
_RESULT_GAP = 4
_CLAUSE_MARK = re.compile(r"[,()\[\]\"“”]")


def _result_of(before_text: str) -> bool:
    """Whether a result of a match (``resolver.match-results``: "trận thắng", "bàn thắng"), then words that say
    which one (``resolver.result-words``: "thứ ba liên tiếp", "bất ngờ"), stand before "của" right before the
    name: "chiến thắng thứ ba liên tiếp của Thanh Hóa" is the side's, "trận đấu tại thủ đô của Lào" no side."""
    clause = _syllables(_CLAUSE_MARK.split(before_text)[-1])
    if not clause or clause[-1] != "của":
        return False
    head, which = clause[:-1], phrases("resolver.result-words")
    for _ in range(_RESULT_GAP + 1):
        if ends_with(head, phrases("resolver.match-results")):
            return True
        size = ending(head, which)
        size = size or (1 if head and head[-1].isdigit() else 0)
        if not size:
            return False
        head = head[:-size]
    return False


def _ground_in(text: str) -> bool:
    """Whether a ground named by its name stands in ``text`` (``resolver.ground-words`` then a capital: "trên sân
    Lạch Tray", "SVĐ Mỹ Đình"), a word of a match; not a kind of place written with the same word ("sân bay
    Nội Bài", ``resolver.no-grounds``: "Sân Bay")."""
    for found in _ground_pattern().finditer(text):
        name = found.group(1)
        if name[:1].isupper() and name.casefold() not in _no_grounds():
            return True
    return False


@lru_cache(maxsize=1)
def _ground_pattern() -> re.Pattern[str]:
    words = sorted(word_list("resolver.ground-words"), key=len, reverse=True)
    joined = "|".join(r"[ _]+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(?<!\w)(?:{joined})[ _]+([^\W\d_]+)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _no_grounds() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list("resolver.no-grounds"))


def _score_in(text: str) -> bool:
    """Whether a score stands in ``text`` ("thắng 3-1"): not a date, a range or an amount ("ngày 5-6",
    "từ 2-3", ``resolver.no-score-before``; "2-3 USD", "5-7 %", ``resolver.no-score-after``)."""
    for found in _SCORE.finditer(text):
        before = _syllables(text[max(0, found.start() - 12) : found.start()])
        after = _UNIT_SPLIT.sub(r" \1 ", text[found.end() : found.end() + 16]).casefold().split()
        if not ends_with(before, phrases("resolver.no-score-before")) and not starts_with(after, phrases("resolver.no-score-after")):
            return True
    return False


def _after_title(text: TextWindow, start: int) -> bool:
    """Whether a person's title stands right before ``start``: "Thủ tướng Việt Nam" is the post's country
    ("HLV Myanmar", a title of sports, is the team's coach)."""
    before = _syllables(text[max(0, start - _BEFORE) : start])
    return ends_with(before, _titles()) and not ends_with(before, phrases("resolver.sports-verbs"))


@lru_cache(maxsize=1)
def _titles() -> frozenset[tuple[str, ...]]:
    return frozenset(titles())


def _after_noun_of_place(text: TextWindow, start: int) -> bool:
    """Whether a noun the name says the country or city of stands right before ``start``
    (``resolver.nationality-nouns``): "tiền đạo Hà Lan ghi bàn" is a Dutch striker, "nước Đức thi đấu"
    the country's side, "pháo thủ thành London" the city's club."""
    return ends_with(_syllables(text[max(0, start - _BEFORE) : start]), phrases("resolver.nationality-nouns"))


def for_team(text: TextWindow, start: int, end: int, after_side: int | None = None, sports: bool = False) -> bool:
    """Whether the bare place's name at ``start``-``end`` is written for a team: after a word of a team, as a side
    of a match (``in_match``), or joined by "và" or a comma to the side that ends at ``after_side``; never
    after a preposition of place ("tại Việt Nam"), a person's title ("Thủ tướng Thái Lan") or a noun the
    name gives the country of ("tiền đạo Hà Lan", "người Đức"). The caller
    checks the word of level ("tỉnh Thanh Hóa"). Nor is a name words only a place takes stand around
    (``kg.resolve.place_signs``: "thời tiết Hà Nội", "Hồng Kông là trung tâm tài chính")."""
    if beside_place_words(text, start) or place_said(text, start, end):
        return False
    if after_side is not None and 0 <= start - after_side <= _GAP and _PAIR.match(text[after_side:start]):
        return True
    if after_side is not None and 0 <= start - after_side <= _STAGE_GAP:
        gap = text[after_side:start]
        if _stage_between(gap) or _rank_between(gap):
            return True
    return after_team_word(text, start) or in_match(text, start, end, sports)


#: How many characters a stage of a tournament and "và" may take between two sides ("Qatar ở bán kết và Iraq").
_STAGE_GAP = 40


def _stage_between(gap: str) -> bool:
    """Whether ``gap``, the words between two sides, is a stage of a tournament then "và" or a comma ("vượt qua Qatar
    ở bán kết và Iraq ở tứ kết"): a preposition (``resolver.stage-prepositions``) then a word of a match
    (``resolver.match-cues``) and nothing else."""
    gap = gap.strip()
    if gap.endswith(","):
        words = _syllables(gap[:-1])
    else:
        words = _syllables(gap)
        if not words or words[-1] != "và":
            return False
        words = words[:-1]
    size = starts_with(words, phrases("resolver.stage-prepositions"))
    if not size:
        return False
    stage = words[size:]
    return bool(stage) and starts_with(stage, _read_phrases("resolver.match-cues")) == len(stage)


def _rank_between(gap: str) -> bool:
    """Whether ``gap``, the words between two sides, is a comma or "và" then a word of rank
    (``resolver.rank-places``): "xếp thứ hai sau Hàn Quốc, trên Australia" sets Australia in the table too."""
    gap = gap.strip()
    if gap.startswith(","):
        words = _syllables(gap[1:])
    else:
        words = _syllables(gap)
        if not words or words[0] != "và":
            return False
        words = words[1:]
    return bool(words) and starts_with(words, phrases("resolver.rank-places")) == len(words)


def beside_place_words(text: TextWindow, start: int) -> bool:
    """Whether a preposition of place ("tại Việt Nam"), a person's title ("Thủ tướng Thái Lan") or a noun the name
    gives the country of ("tiền đạo Hà Lan", "người Đức") stands right before ``start``: the name is the place."""
    return after_place_word(text, start) or _after_title(text, start) or _after_noun_of_place(text, start)


@lru_cache(maxsize=65_536)
def team_place(name: str) -> str | None:
    """The place a team's name is made of ("U23 Việt Nam" -> "việt nam", "tuyển nữ Pháp" -> "pháp"), as a key, or None."""
    read = _team_read(name)
    return exact_key(" ".join(read[1])) if read is not None else None


@lru_cache(maxsize=65_536)
def _team_read(name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The kinds of a team's name and the words of its place, its words of a team peeled off ("Tuyển nữ U19
    Việt Nam" -> (("nữ",), ["việt", "nam"])), or None for a name that opens with no word of a team. A kind
    (``resolver.team-kinds``: "nữ", "futsal") is read only after a word of a team: "phụ nữ Việt Nam" is none."""
    parts = _syllables(name)
    heads, kinds = phrases("resolver.team-words"), _team_kinds()
    peeled, found = 0, []
    while True:
        if size := _opening(parts, heads):
            peeled += 1
        elif peeled and (size := _opening(parts, _team_kind_phrases())):
            if kind := kinds[tuple(parts[:size])]:
                found.append(kind)
        else:
            break
        parts = parts[size:]
    return (tuple(found), tuple(parts)) if peeled else None


def _opening(parts: Sequence[str], found: frozenset[tuple[str, ...]]) -> int:
    """How many of the first ``parts`` (the longest) make a phrase of ``found``, leaving at least one word."""
    return starts_with(parts[:-1], found)


@lru_cache(maxsize=1)
def _team_kind_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(_team_kinds())


@lru_cache(maxsize=1)
def kind_closing_syllables() -> frozenset[str]:
    """The last syllable of each word of a kind of team that names a kind ("nữ", "futsal", "chuyền"):
    a name with none of them written before it is of no kind."""
    return frozenset(words[-1] for words, kind in _team_kinds().items() if kind)


@lru_cache(maxsize=1)
def _team_kinds() -> dict[tuple[str, ...], str | None]:
    """The kinds of a team by their words (``resolver.team-kinds``): the kind each names, None for one that
    names the usual side ("bóng đá")."""
    return {tuple(_read_syllables(word)): kind for word, kind in word_map("resolver.team-kinds").items()}


def read_teams(named: list[Named], texts: Mapping[str, TextWindow], table: AliasTable, notes: dict[tuple[str, int, int], str]) -> None:
    """Make the bare names of places of ``named`` written for a team that team's."""
    teams: dict[tuple[str, str], set[str]] = defaultdict(set)
    levels: dict[str, set[str]] = defaultdict(set)
    for item in named:
        if item.category == ORGANIZATION and (place := team_place(item.name)) is not None:
            _national_team_named(item, table)
            same_team = next((n for n in teams[(item.mention.article_id, _place_key(place, table))] if team_level(n) == team_level(item.name)), None)
            if same_team is None:  # "U.23 VN" beside "U.23 Việt Nam": one team written two ways
                teams[(item.mention.article_id, _place_key(place, table))].add(item.name)
            levels[item.mention.article_id].add(team_level(item.name))
    _bare_ages_read(named, teams, table, notes)
    clubs = {(i.mention.article_id, place) for i in named if i.category == ORGANIZATION and (place := club_place(i.name))}
    sides = sorted(
        (
            i
            for i in named
            if i.mention.key not in notes
            and i.mention.article_id in texts
            and _bare_place(i, table)
            # a body's name of the place of a club the article names ("Milan" of "AC Milan") is that club's
            and not (i.category == ORGANIZATION and (i.mention.article_id, exact_key(i.name)) in clubs)
        ),
        key=lambda i: (i.mention.article_id, i.mention.start),
    )
    sides = [i for i in sides if not (written_level(i, texts) or _place_word_around(i, texts))]
    sports = {article_id for article_id, _ in teams}
    for i in sides:
        if i.mention.article_id not in sports and for_team(texts[i.mention.article_id], i.mention.start, i.mention.end):
            sports.add(i.mention.article_id)
    named_sides = [i for i in named if _named_side(i, texts)]
    sports |= {i.mention.article_id for i in named_sides}
    joining = {id(i) for i in named_sides}
    made: dict[tuple[str, str], str] = {}
    last_team: dict[str, int] = {}
    other_sports = {i.mention.article_id for i in named if i.mention.article_id in sports and _other_sport_near(texts[i.mention.article_id], i)}
    for item in sorted(sides + named_sides, key=lambda i: (i.mention.article_id, i.mention.start)):
        article_id, start, end = item.mention.article_id, item.mention.start, item.mention.end
        if id(item) in joining:
            last_team[article_id] = end  # "trận đấu giữa Sài Gòn FC và Quảng Nam": the side joined to it is one
            continue
        # Outside sports every side was read above and none was a team: none can follow one.
        if article_id not in sports or not for_team(texts[article_id], start, end, last_team.get(article_id), True):
            continue
        last_team[article_id] = end
        place = (article_id, _place_key(item.name, table))
        made[place] = _make_team(item, teams.get(place, set()), levels[article_id], table, notes, article_id in other_sports)
    for item in sides:
        place = (item.mention.article_id, _place_key(item.name, table))
        if item.category == ORGANIZATION and item.mention.key not in notes and place in made and not _country(item.name, table):
            # a province's or a city's name typed a body again after it was read as a side: the same side
            _make_team(item, teams.get(place, set()), levels[item.mention.article_id], table, notes)
    for item in named:
        if item.category == ORGANIZATION and _country(item.name, table) and item.mention.key not in notes and _place_said_of(item, texts, table):
            _the_place(item, table, notes)  # "Đại sứ quán Việt Nam tại UAE", "bay sang UAE": the country
            continue
        if item.category == ORGANIZATION and item.mention.article_id in sports and _country(item.name, table) and item.mention.key not in notes:
            place = (item.mention.article_id, _place_key(item.name, table))
            if made.get(place) and not teams.get(place):
                # the team its sides of a match were read as, when the article names none of that place in full
                # (beside "U23 Malaysia" a bare "Malaysia" may be another of its sides)
                _make_team(item, {made[place]}, set(), table, notes)
                continue
            _team_of_article(item, notes, f"a team: '{item.name}' is a country's name typed a body in an article that names a team")


def bare_age(name: str) -> str | None:
    """The age of a team written by its age alone ("U23", "đội U-21", "Đội tuyển U19" -> "u23", "u21", "u19"),
    maybe after a word of a team (``resolver.bare-team-heads``), or None for a name with a place or anything else."""
    parts = _syllables(name)
    parts = parts[starts_with(parts[:-1], phrases("resolver.bare-team-heads")) :]
    return parts[0] if len(parts) == 1 and _AGE.fullmatch(parts[0]) else None


def _bare_ages_read(
    named: list[Named], teams: Mapping[tuple[str, str], set[str]], table: AliasTable, notes: dict[tuple[str, int, int], str]
) -> None:
    """Make a team written by its age alone ("Đội U23 sẽ gặp …") the one team of that age its article names in
    full ("U23 Thái Lan"); with none or several, a team only its article knows, so that "Đội U23" of two
    articles is never one team."""
    by_article: dict[str, set[str]] = {}
    for item in named:
        if item.category != ORGANIZATION or item.mention.key in notes or (age := bare_age(item.name)) is None:
            continue
        article_id = item.mention.article_id
        if not by_article:  # read once, and only when an article writes a team by its age alone
            for (team_article, _), names in teams.items():
                by_article.setdefault(team_article, set()).update(names)
        found = {n for n in by_article.get(article_id, ()) if team_level(n) == age}
        if len(found) != 1:
            _team_of_article(item, notes, f"a team: '{item.name}' is one of the teams of age {age} its article names {sorted(found)}")
            continue
        team = next(iter(found))
        notes[item.mention.key] = f"a team: '{item.name}' is written for '{team}', the one team of age {age} its article names"
        item.name = team
        item.alias = table.lookup(ORGANIZATION, team)


def _named_side(item: Named, texts: Mapping[str, TextWindow]) -> bool:
    """Whether ``item`` is a side of a match named as a team or a club ("U23 Lào", "Sài Gòn FC", "SHB Đà Nẵng")
    in a match (``in_match``)."""
    if item.category != ORGANIZATION or item.mention.article_id not in texts:
        return False
    named = team_place(item.name) or club_place(item.name) or sponsored_club_place(item.name)
    return named is not None and in_match(texts[item.mention.article_id], item.mention.start, item.mention.end, True)


def national_team_name(name: str, table: AliasTable) -> str | None:
    """The usual name of the national team ``name`` names by a word of a team and no age nor kind ("Tuyển Việt
    Nam", "ĐT Hồng Kông", "Đội tuyển quốc gia Việt Nam" -> "đội tuyển Việt Nam", "đội tuyển Hong Kong"), or
    None: not a team of an age or a kind ("U23 Việt Nam", "tuyển nữ Việt Nam") nor of a province ("tuyển Hà
    Nội")."""
    parts = words(name)
    read = _team_read(name)
    # the place's words as written: as many of the last words as the place's syllables read
    size = next((n for n in range(len(parts) - 1, 0, -1) if read is not None and tuple(_syllables(" ".join(parts[n:]))) == read[1]), 0)
    place = " ".join(parts[size:])
    if not size or team_level(name) or not _national(place, table):
        return None
    entry = table.lookup(LOCATION, place)
    return f"{NATIONAL_TEAM} {entry.canonical if entry is not None else place}"


def _national_team_named(item: Named, table: AliasTable) -> None:
    """Give ``item``, a national team named by another word of a team or another spelling of its country,
    the usual name ("Tuyển Hồng Kông" is "đội tuyển Hong Kong"), so that its forms are one entity."""
    usual = national_team_name(item.name, table)
    if usual is not None and exact_key(usual) != exact_key(item.name):
        item.name = usual
        item.alias = table.lookup(ORGANIZATION, usual)


def _place_key(name: str, table: AliasTable) -> str:
    """The key of the place ``name`` names, by its usual name when the alias table lists another ("Hồng Kông" ->
    "hong kong"), so that a team named in one spelling is the side written in the other."""
    entry = table.lookup(LOCATION, name)
    return exact_key(entry.canonical if entry is not None and entry.type in _PLACE_TYPES else name)


def _place_word_around(item: Named, texts: Mapping[str, TextWindow]) -> bool:
    """Whether a word of place before ``item`` ("tại Huế"), a copula saying its level after it ("Huế là thành
    phố") or words only a place takes (``kg.resolve.place_signs``: "thời tiết Huế") make it the place."""
    text = texts[item.mention.article_id]
    start, end = item.mention.start, item.mention.end
    return after_place_word(text, start) or level_said_after(text, end) or place_said(text, start, end)


def team_level(name: str) -> str:
    """The age and kind of a team named in full ("U23 Myanmar" -> "u23", "tuyển nữ U19 Lào" -> "nữ u19"), ""
    for the usual side ("đội tuyển Lào", "tuyển bóng đá Lào")."""
    return " ".join(filter(None, [team_kind(name), *(s for s in _syllables(name) if _AGE.fullmatch(s))]))


def team_kind(name: str) -> str:
    """The kind of a team named in full ("tuyển nữ Lào" -> "nữ", "đội tuyển futsal Thái Lan" -> "futsal"), ""
    for a team of no kind ("U23 Lào", "tuyển bóng đá Lào")."""
    read = _team_read(name)
    return " ".join(read[0]) if read is not None else ""


def _bare_place(item: Named, table: AliasTable) -> bool:
    """Whether ``item`` is a place's bare name: typed a place, or typed a body with the name of a place
    and no word of a team or a club ("Myanmar", not "U23 Myanmar" nor "Hà Nội FC")."""
    if item.category == LOCATION:
        return item.mention.type in _PLACE_TYPES
    if item.category != ORGANIZATION or item.mention.type is not EntityType.ORGANIZATION:
        return False
    if team_place(item.name) is not None or club_place(item.name) is not None:
        return False
    entry = table.lookup(LOCATION, item.name)
    return (entry is not None and entry.type in _PLACE_TYPES) or load_lexicon().names.get(item.name) in _PLACE_TYPES


def _place_said_of(item: Named, texts: Mapping[str, TextWindow], table: AliasTable) -> bool:
    """Whether ``item`` is a place's bare name typed a body with words of the place around it: a preposition of
    place, a person's title or a noun the name gives the country of before it, or words only a place takes."""
    text = texts.get(item.mention.article_id)
    if text is None or not _bare_place(item, table):
        return False
    return _place_word_around(item, texts) or beside_place_words(text, item.mention.start)


def _the_place(item: Named, table: AliasTable, notes: dict[tuple[str, int, int], str]) -> None:
    """Make ``item``, a country's bare name typed a body, the country: words only a place takes stand around it."""
    notes[item.mention.key] = f"a place: '{item.name}' is typed a body, but words of a place stand around it, not of a side"
    item.category = LOCATION
    item.unit_name = ""
    item.alias = table.lookup(LOCATION, item.name)


def _team_of_article(item: Named, notes: dict[tuple[str, int, int], str], note: str) -> None:
    """Make ``item`` a team of its place kept to its article: which one only its article knows."""
    notes[item.mention.key] = note
    item.category = ORGANIZATION
    item.unit_name = ""
    item.qualifier = f"team of article {item.mention.article_id}"
    item.unlisted = True
    item.alias = None


def _country(name: str, table: AliasTable) -> bool:
    """Whether ``name`` is a country's, by the alias table or the gazetteer."""
    entry = table.lookup(LOCATION, name)
    return (entry is not None and entry.type is EntityType.COUNTRY) or load_lexicon().names.get(name) is EntityType.COUNTRY


def _national(name: str, table: AliasTable) -> bool:
    """Whether ``name`` is a place that has a national team: a country, or a territory of its own in sports
    (``resolver.national-sides``: "Hong Kong", "Ma Cao", by any of the alias table's names)."""
    entry = table.lookup(LOCATION, name)
    usual = entry.canonical if entry is not None else name
    return _country(name, table) or exact_key(usual) in {exact_key(w) for w in word_list("resolver.national-sides")}


def _other_sport_near(text: TextWindow, item: Named) -> bool:
    """Whether a word of a sport other than men's football (``resolver.other-sports``: "bóng chuyền nữ", "futsal")
    stands near ``item``: its article's sides are of that sport."""
    around = text[max(0, item.mention.start - _BEFORE) : min(len(text), item.mention.end + _AFTER)]
    return contains(_syllables(around), _read_phrases("resolver.other-sports"))


def _make_team(
    item: Named, found: set[str], levels: set[str], table: AliasTable, notes: dict[tuple[str, int, int], str], other_sport: bool = False
) -> str:
    """Make ``item`` the one team of its place its article names (``found``), else its country's national team, else
    the club the alias table names by that city ("Barcelona" of "FC Barcelona"), else a club of its own; return the team's name ("" for a club of its own). In an article of sides of several ages
    or kinds (``levels`` of the teams it names in full: "U21 Việt Nam" and "U23 Việt Nam"), a place with a team
    named in full is one of its teams that only its article knows; so is a country with none named in an article
    whose teams named in full are all of an age or a kind ("U23 Việt Nam thắng Lào": Lào's U23 side, not its
    national team)."""
    if found and (len(levels) > 1 or len(found) > 1):
        _team_of_article(item, notes, f"a team: '{item.name}' is written for one of the teams {sorted(found)} of its article")
        return ""
    entry = table.lookup(LOCATION, item.name)
    country = _national(item.name, table)
    if not found and country and levels and "" not in levels:
        _team_of_article(item, notes, f"a team: '{item.name}' is a side of an article of teams of {sorted(levels)}")
        return ""
    if not found and country and other_sport:
        # "Việt Nam thắng Philippines" in a report on women's volleyball is no national football team
        _team_of_article(item, notes, f"a team: '{item.name}' is a side of an article of another sport")
        return ""
    if found:
        target = next(iter(found))
    elif country:
        target = f"{NATIONAL_TEAM} {entry.canonical if entry else item.name}"
    elif (club := table.lookup(ORGANIZATION, item.name)) is not None and club.type is EntityType.ORGANIZATION:
        target = club.canonical  # the club the alias table names by its city ("Barcelona" of "FC Barcelona")
    else:
        target = ""
    notes[item.mention.key] = (
        f"a team: '{item.name}' is written for {repr(target) if target else 'a club of its own'} "
        f"in a match ({item.mention.type.value} by type)"
    )
    item.category = ORGANIZATION
    item.unit_name = ""
    if target:
        item.name = target
        item.alias = table.lookup(ORGANIZATION, target)
    else:
        item.qualifier = CLUB
        item.unlisted = True
        item.alias = None
    return target
