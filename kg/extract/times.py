"""Dates and times: "ngày 13/9", "tháng 12/2021", "năm 2019", "hôm nay", "tháng tới".

Each expression is resolved against the article's publication date when it
has one: a day and month without a year take the year that puts them nearest
before (or at) publication; a month without a year the year that puts it
nearest publication either way (a month is often announced ahead: "vào tháng
10"); "hôm nay" is the publication date and "tháng tới" the month after it.
Without a publication date the year stays None and relative expressions keep
only their ``relative`` label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.lexicon import syllables_of, word_list, word_map
from kg.model import AnalysedArticle, TimeExpression, Token

_DAY_MONTH = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{4}))?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{4})$")
_NUMBER = re.compile(r"^\d{1,4}$")

# Words that make a day/month number a date, and stay part of the expression.
_DAY_WORDS = frozenset(word_list("times.day-words"))
# Words that make a day/month number a date but are not part of it.
_DATE_LEADS = frozenset(word_list("times.date-leads"))

_QUANTITIES = frozenset(word_list("times.quantities"))

# (first word, second word) -> relative label; None: not a date ("ngày nay", nowadays).
_RELATIVE = {syllables_of(phrase): label for phrase, label in word_map("times.relative").items()}


@dataclass(frozen=True, slots=True)
class _Found:
    first: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None


def _publication_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _valid_day_month(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _words(tokens: tuple[Token, ...]) -> list[list[str]]:
    """Each token as its lowercase syllables: "hôm_nay" -> ["hôm", "nay"]."""
    return [t.text.lower().split("_") for t in tokens]


def _scan(tokens: tuple[Token, ...]) -> list[_Found]:
    words = _words(tokens)
    flat = [" ".join(w) for w in words]
    n = len(tokens)
    found: list[_Found] = []
    i = 0
    while i < n:
        hit = _match_at(words, flat, i, n)
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i = hit.end
    return found


def _match_at(words: list[list[str]], flat: list[str], i: int, n: int) -> _Found | None:
    syllables = words[i]
    # Relative expressions written as one token ("hôm_nay") or two ("hôm nay").
    pair = None
    if len(syllables) == 2:
        pair = (tuple(syllables), i + 1)
    elif len(syllables) == 1 and i + 1 < n and len(words[i + 1]) == 1:
        pair = ((syllables[0], words[i + 1][0]), i + 2)
    if pair is not None and pair[0] in _RELATIVE:
        label = _RELATIVE[pair[0]]
        if label is None:
            return None
        # "5 năm sau", "hai tuần trước": a duration, not a date.
        if i > 0 and (flat[i - 1] in _QUANTITIES or flat[i - 1].isdigit()):
            return None
        return _Found(i, pair[1], relative=label)
    head = syllables[-1]
    # "hôm_13/9": the day word glued to the date.
    if len(syllables) >= 2 and syllables[0] in _DAY_WORDS and _DAY_MONTH.match(syllables[-1]):
        return _day_month(syllables[-1], i, i + 1, words, n)
    if head == "tháng" and i + 1 < n:
        return _month(words, flat, i, n)
    if head == "năm" and len(syllables) == 1 and i + 1 < n and _NUMBER.match(flat[i + 1]):
        year = int(flat[i + 1])
        if 1900 <= year <= 2100:
            return _Found(i, i + 2, year=year)
        return None
    if flat[i] in _DAY_WORDS:
        k = i + 1
        # "sáng sớm 12/9", "rạng sáng 13/9"
        while k < n and (flat[k] in _DAY_WORDS or f"{flat[k - 1]} {flat[k]}" in _DAY_WORDS):
            k += 1
        if k < n and _DAY_MONTH.match(flat[k]):
            return _day_month(flat[k], i, k + 1, words, n)
        if flat[i] == "ngày" and k < n and _NUMBER.match(flat[k]) and k + 1 < n and flat[k + 1] == "tháng":
            month = _month(words, flat, k + 1, n)
            day = int(flat[k])
            if month is not None and month.month and _valid_day_month(day, month.month):
                return _Found(i, month.end, month.year, month.month, day)
        return None
    if i > 0 and (flat[i - 1] in _DATE_LEADS) and _DAY_MONTH.match(flat[i]):
        match = _DAY_MONTH.match(flat[i])
        if match and match.group(2) == "/":
            return _day_month(flat[i], i, i + 1, words, n)
    return None


def _day_month(value: str, first: int, end: int, words: list[list[str]], n: int) -> _Found | None:
    match = _DAY_MONTH.match(value)
    if match is None:
        return None
    day, month = int(match.group(1)), int(match.group(3))
    if not _valid_day_month(day, month):
        return None
    year = int(match.group(4)) if match.group(4) else None
    if year is None and end + 1 < n and words[end] == ["năm"] and _NUMBER.match(words[end + 1][0]):
        year = int(words[end + 1][0])
        end += 2
    return _Found(first, end, year, month, day)


def _month(words: list[list[str]], flat: list[str], i: int, n: int) -> _Found | None:
    value = flat[i + 1]
    match = _MONTH_YEAR.match(value)
    if match:
        month, year = int(match.group(1)), int(match.group(2))
        return _Found(i, i + 2, year, month) if 1 <= month <= 12 else None
    if _NUMBER.match(value):
        month = int(value)
        if not 1 <= month <= 12:
            return None
        if i + 3 < n and flat[i + 2] == "năm" and _NUMBER.match(flat[i + 3]):
            return _Found(i, i + 4, int(flat[i + 3]), month)
        return _Found(i, i + 2, month=month)
    return None


def _resolve(found: _Found, published: date | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of ``found`` given the publication date."""
    year, month, day = found.year, found.month, found.day
    if published is None:
        return year, month, day
    if found.relative:
        return _resolve_relative(found.relative, published)
    if year is None and month is not None and day is not None:
        year = published.year
        try:
            if date(year, month, day) > published:
                year -= 1
        except ValueError:
            return None, month, day
    elif year is None and month is not None:
        year = published.year
        if month - published.month > 6:
            year -= 1
        elif published.month - month > 6:
            year += 1
    return year, month, day


def _resolve_relative(label: str, published: date) -> tuple[int | None, int | None, int | None]:
    if label == "today":
        return published.year, published.month, published.day
    if label in ("yesterday", "tomorrow"):
        moved = published + timedelta(days=-1 if label == "yesterday" else 1)
        return moved.year, moved.month, moved.day
    if label in ("next_month", "last_month", "this_month"):
        step = {"next_month": 1, "last_month": -1, "this_month": 0}[label]
        index = published.year * 12 + published.month - 1 + step
        return index // 12, index % 12 + 1, None
    if label in ("this_year", "next_year", "last_year"):
        step = {"this_year": 0, "next_year": 1, "last_year": -1}[label]
        return published.year + step, None, None
    return None, None, None


def find_times(analysed: AnalysedArticle) -> tuple[TimeExpression, ...]:
    """Every date or time expression of ``analysed``, resolved against its publication date."""
    published = _publication_date(analysed.article.published)
    text = analysed.article.text
    out: list[TimeExpression] = []
    for sentence in analysed.sentences:
        tokens = sentence.tokens
        for found in _scan(tokens):
            start, end = tokens[found.first].start, tokens[found.end - 1].end
            year, month, day = _resolve(found, published)
            out.append(
                TimeExpression(
                    article_id=analysed.id,
                    sentence=sentence.index,
                    start=start,
                    end=end,
                    text=text[start:end],
                    year=year,
                    month=month,
                    day=day,
                    relative=found.relative,
                )
            )
    return tuple(out)
