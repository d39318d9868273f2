"""Dates and times: "ngày 13/9", "tháng 12/2021", "năm 2019", "hôm nay", "tháng tới",
"chiều thứ Hai", "thứ Sáu tuần trước", "cuối tháng 8", "tháng 9 năm ngoái".

Each expression is resolved against the article's publication date when it
has one: a day and month without a year take the year that puts them nearest
publication, a day ahead counting twice a day past (news mostly reports what
happened, sometimes what is coming); a month without a year the year that puts
it nearest publication either way (a month is often announced ahead: "vào
tháng 10"); "hôm nay" is the publication date and "tháng tới" the month after
it; a weekday the last such day at or before publication ("thứ Hai", "thứ Hai
vừa qua"), the first at or after it in a sentence of what is to come ("sẽ",
"dự kiến"), the next after it ("thứ Hai tới"), or that day of the week before,
of or after publication's week ("thứ Hai tuần trước"). A day or month told as
past ("hồi tháng 2", "hôm 17/10", "tháng 9 vừa qua") is at or before
publication; "cùng ngày" is the day last told before it in the article. Without a publication
date the year stays None and relative expressions keep only their
``relative`` label. A weekday written with its date ("thứ Hai (13/9)") is that
date. "đầu", "giữa", "cuối" before an expression belong to its text and leave
its value and precision as they are.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.lexicon import syllables_of, word_list, word_map, word_numbers, word_syllables
from kg.model import AnalysedArticle, TimeExpression, Token

_DAY_MONTH = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{4}))?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})/(\d{4})$")
_NUMBER = re.compile(r"^\d{1,4}$")
_SYLLABLE_GAP = re.compile(r"[_\s]+")
_DAY_RANGE = re.compile(r"^(\d{1,2})[-–]\d{1,2}([/.])(\d{1,2})(?:\2(\d{4}))?$")
_BRACKETED = re.compile(r"^\((\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{4})?)\)$")
# Relative days whose date may follow, written out: "hôm nay ( 13/9 )", "sáng nay 22-10".
_DAY_LABELS = frozenset({"today", "yesterday", "tomorrow", "day_before_yesterday", "day_after_tomorrow", "same_day"})

# Words that make a day/month number a date, and stay part of the expression.
_DAY_WORDS = frozenset(word_list("times.day-words"))
# Words that make a day/month number a date but are not part of it.
_DATE_LEADS = frozenset(word_list("times.date-leads"))

_QUANTITIES = frozenset(word_list("times.quantities"))
# Heads of the names of laws, documents and events, which a year may end ("Hiến_pháp năm 1992").
_NAMED_HEADS = word_syllables("times.named-heads")
_LONGEST_NAMED_HEAD = max((len(h) for h in _NAMED_HEADS), default=1)
# How many words a name may hold between its head and the year ("Luật Đất_đai sửa_đổi" is no longer a name).
_NAME_REACH = 6

# (first word, second word) -> relative label; None: not a date ("ngày nay", nowadays).
_RELATIVE = {syllables_of(phrase): label for phrase, label in word_map("times.relative").items()}
_YEAR_STEPS = {"this_year": 0, "next_year": 1, "last_year": -1}

# ("thứ", "hai") -> "monday"; a weekday is only read as one where its context says so
# (an ordinal is written the same way: "lần thứ hai", the second time).
_WEEKDAYS = {syllables_of(phrase): day for phrase, day in word_map("times.weekdays").items()}
# "tháng Mười", "tháng Giêng": months written as words.
_MONTH_NAMES = {syllables_of(name): month for name, month in word_numbers("times.month-names", whole=True).items() if month}
_WEEKDAY_FIRSTS = frozenset(phrase[0] for phrase in _WEEKDAYS)
_RELATIVE_FIRSTS = frozenset(phrase[0] for phrase in _RELATIVE)
# First syllables a date expression can start with.
_STARTS = (
    _WEEKDAY_FIRSTS
    | _RELATIVE_FIRSTS
    | {w.split()[0] for w in _DAY_WORDS}
    | frozenset(word_list("times.calendar-words"))
)
_WEEKDAY_NUMBER = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
# "thứ": a weekday written with it reads like an ordinal ("lần thứ hai").
_ORDINAL_MARKS = frozenset(word_list("times.ordinal-marks"))
# Words before a weekday that make it one ("hôm thứ Hai"), besides the date leads.
_WEEKDAY_LEADS = frozenset(word_list("times.weekday-leads"))
# Words after a weekday that move it: "thứ Hai tuần trước", "thứ Hai tới".
_WEEKDAY_SHIFTS = {syllables_of(phrase): shift for phrase, shift in word_map("times.weekday-shifts").items()}
# "đầu", "giữa", "cuối": part of the expression's text, not of its value.
# "sẽ", "dự kiến": what the sentence tells is to come
_FUTURE_MARKS = frozenset(" ".join(syllables_of(p)) for p in word_list("times.future-marks"))
# "hồi tháng 2", "tháng 9 vừa qua": a date told as past is at or before publication.
_PAST_LEADS = frozenset(word_list("times.past-leads"))
_PAST_MARKS = frozenset(" ".join(syllables_of(p)) for p in word_list("times.past-marks"))
_PERIODS = frozenset(" ".join(syllables_of(p)) for p in word_list("times.periods"))
# "từ 5 đến 7/10": the words opening and joining a run of days whose month is written once, at its end.
_RUN_OPENERS = frozenset(" ".join(syllables_of(p)) for p in word_list("times.run-openers"))
_RUN_JOINERS = frozenset(" ".join(syllables_of(p)) for p in word_list("times.run-joiners"))


@dataclass(frozen=True, slots=True)
class _Found:
    first: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None
    year_step: int | None = None  # "tháng 9 năm ngoái": the year relative to publication
    past: bool = False  # "hồi tháng 2", "tháng 9 vừa qua": at or before publication


def publication_date(published: str | None) -> date | None:
    """The day of an article's ``published`` timestamp (ISO 8601), or None when it has none or it does not read."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _valid_day_month(day: int, month: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _syllables(text: str) -> list[str]:
    """"hôm_nay", "hôm nay" -> ["hôm", "nay"]."""
    return text.split("_") if " " not in text and "\t" not in text else _SYLLABLE_GAP.split(text)


def _words(tokens: tuple[Token, ...]) -> list[list[str]]:
    """Each token as its lowercase syllables: "hôm_nay", "hôm nay" -> ["hôm", "nay"]."""
    return [_syllables(t.text.lower()) for t in tokens]


def _scan(tokens: tuple[Token, ...]) -> list[_Found]:
    words = _words(tokens)
    flat = [" ".join(w) for w in words]
    n = len(tokens)
    found: list[_Found] = []
    i = 0
    while i < n:
        syllables = words[i]
        # most words start no date: skip them without trying each pattern
        if not (
            syllables[0] in _STARTS
            or syllables[-1] == "tháng"
            or flat[i][:1].isdigit()
            or flat[i][:1] == "("
            or (i > 0 and flat[i - 1] in _DATE_LEADS)
        ):
            i += 1
            continue
        hit = _match_at(words, flat, i, n)
        if hit is None and (syllables[0] in _WEEKDAY_FIRSTS or flat[i] in _DAY_WORDS):
            hit = _weekday_at(words, tokens, flat, i, n)
        if hit is None:
            i += 1
            continue
        first = hit.first
        # "cuối tháng 8", "thượng tuần tháng 9": the period word joins the expression
        for width in (2, 1):
            lead = " ".join(flat[first - width : first]) if first - width >= 0 else ""
            if (not found or found[-1].end <= first - width) and lead in _PERIODS:
                hit = _replace_first(hit, first - width)
                break
        # "hồi tháng 2", "tháng 9 vừa qua": told as past
        before = flat[hit.first - 1] if hit.first > 0 else ""
        marked = next((w for w in (2, 1) if hit.end + w <= n and " ".join(flat[hit.end : hit.end + w]) in _PAST_MARKS), 0)
        if marked:
            hit = dataclasses.replace(hit, end=hit.end + marked, past=True)
        elif before in _PAST_LEADS or flat[hit.first] in _PAST_LEADS:
            hit = dataclasses.replace(hit, past=True)
        # "sẽ đến vào thứ Sáu": a bare weekday told of what is to come is the coming one
        if hit.relative in _WEEKDAY_NUMBER and any(f in _FUTURE_MARKS for f in flat[:first]):
            hit = dataclasses.replace(hit, relative=f"coming_{hit.relative}")
        found.append(hit)
        i = hit.end
    return found


def _replace_first(found: _Found, first: int) -> _Found:
    return _Found(first, found.end, found.year, found.month, found.day, found.relative, found.year_step, found.past)


def _relative_at(words: list[list[str]], i: int, n: int) -> tuple[str | None, int] | None:
    """The relative label of a two-syllable expression at ``i`` ("hôm nay", "hôm_nay") and its end."""
    syllables = words[i]
    if syllables[0] not in _RELATIVE_FIRSTS:
        return None
    pair = None
    if len(syllables) == 2:
        pair = (tuple(syllables), i + 1)
    elif len(syllables) == 1 and i + 1 < n and len(words[i + 1]) == 1:
        pair = ((syllables[0], words[i + 1][0]), i + 2)
    if pair is not None and pair[0] in _RELATIVE:
        return _RELATIVE[pair[0]], pair[1]
    return None


def _match_at(words: list[list[str]], flat: list[str], i: int, n: int) -> _Found | None:
    syllables = words[i]
    # Relative expressions written as one token ("hôm_nay") or two ("hôm nay").
    relative = _relative_at(words, i, n)
    if relative is not None:
        label, end = relative
        if label is None:
            return None
        # "5 năm sau", "hai tuần trước": a duration, not a date.
        if i > 0 and (flat[i - 1] in _QUANTITIES or flat[i - 1].isdigit()):
            return None
        return _with_written_date(_Found(i, end, relative=label), words, flat, n)
    # "chiều hôm qua", "sáng ngày mai": the part of the day joins a relative day
    if len(syllables) == 3 and syllables[0] in _DAY_WORDS and _RELATIVE.get(tuple(syllables[1:])):
        found = _Found(i, i + 1, relative=_RELATIVE[tuple(syllables[1:])])
        return _with_written_date(found, words, flat, n)
    if flat[i] in _DAY_WORDS and i + 1 < n:
        relative = _relative_at(words, i + 1, n)
        if relative is not None and relative[0] is not None:
            return _with_written_date(_Found(i, relative[1], relative=relative[0]), words, flat, n)
    # "( 13/9 )": a day and month in brackets
    if flat[i] == "(" and i + 2 < n and flat[i + 2] == ")" and _DAY_MONTH.match(flat[i + 1]):
        found = _day_month(flat[i + 1], i, i + 2, words, n)
        if found is not None and found.end == i + 2:
            return _Found(i, i + 3, found.year, found.month, found.day)
        return found
    bracketed = _BRACKETED.match(flat[i])
    if bracketed:
        return _day_month(bracketed.group(1), i, i + 1, words, n)
    head = syllables[-1]
    # "hôm_13/9": the day word glued to the date.
    if len(syllables) >= 2 and syllables[0] in _DAY_WORDS and _DAY_MONTH.match(syllables[-1]):
        return _day_month(syllables[-1], i, i + 1, words, n)
    if syllables[0] == "tháng" and len(syllables) > 1 and tuple(syllables[1:]) in _MONTH_NAMES:
        return _year_after(words, flat, _Found(i, i + 1, month=_MONTH_NAMES[tuple(syllables[1:])]), n)
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
        if k < n and (_DAY_MONTH.match(flat[k]) or _DAY_RANGE.match(flat[k])):
            return _day_month(flat[k], i, k + 1, words, n)
        run = _day_run(words, flat, i, k, n)
        if run is not None:
            return run
        # "ngày 13 tháng 9", "sáng 13 tháng 9", "hôm 13 tháng 9 năm 2013": the day and month written out
        if k < n and _NUMBER.match(flat[k]) and k + 1 < n and flat[k + 1] == "tháng":
            month = _month(words, flat, k + 1, n)
            day = int(flat[k])
            if month is not None and month.month and _valid_day_month(day, month.month):
                return _Found(i, month.end, month.year, month.month, day)
        return None
    if i > 0 and (flat[i - 1] in _DATE_LEADS) and _DAY_MONTH.match(flat[i]):
        match = _DAY_MONTH.match(flat[i])
        if match and match.group(2) == "/":
            return _day_month(flat[i], i, i + 1, words, n)
    if i > 0 and flat[i - 1] in _RUN_OPENERS:
        return _day_run(words, flat, i, i, n)
    return None


def _day_run(words: list[list[str]], flat: list[str], first: int, k: int, n: int) -> _Found | None:
    """"ngày 5 đến 7/10", "từ 5 đến ngày 7-10", the day at piece ``k``: a run of days written with
    its month once, at its end, is dated by its first day (as "5-7/10" is)."""
    if not (_NUMBER.match(flat[k]) and k + 2 < n and flat[k + 1] in _RUN_JOINERS):
        return None
    m = k + 2
    if flat[m] == "ngày" and m + 1 < n:
        m += 1
    if not _DAY_MONTH.match(flat[m]):
        return None
    last = _day_month(flat[m], first, m + 1, words, n)
    day = int(flat[k])
    if last is None or not _valid_day_month(day, last.month) or day > (last.day or 0):
        return None
    return dataclasses.replace(last, day=day)


def _day_month(value: str, first: int, end: int, words: list[list[str]], n: int) -> _Found | None:
    match = _DAY_MONTH.match(value) or _DAY_RANGE.match(value)
    if match is None:
        return None
    # "13-15/9": a run of days is dated by its first
    day, month = int(match.group(1)), int(match.group(3))
    if not _valid_day_month(day, month):
        return None
    year = int(match.group(4)) if match.group(4) else None
    if year is None and end + 1 < n and words[end] == ["năm"] and _NUMBER.match(words[end + 1][0]):
        year = int(words[end + 1][0])
        end += 2
    if year is None:
        step = _year_step_at(words, end, n)
        if step is not None:
            return _Found(first, step[1], None, month, day, year_step=step[0])
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
        return _year_after(words, flat, _Found(i, i + 2, month=month), n)
    # "mỗi tháng hai lần" (twice a month): a count, not February
    if i > 0 and (flat[i - 1] in _QUANTITIES or flat[i - 1].isdigit()):
        return None
    for width in (2, 1):
        name = tuple(s for w in words[i + 1 : i + 1 + width] for s in w)
        if i + width < n and name in _MONTH_NAMES:
            return _year_after(words, flat, _Found(i, i + 1 + width, month=_MONTH_NAMES[name]), n)
    return None


def _year_after(words: list[list[str]], flat: list[str], found: _Found, n: int) -> _Found:
    """A month with the year written after it: "năm 2013", "năm ngoái"."""
    end = found.end
    if end + 1 < n and flat[end] == "năm" and _NUMBER.match(flat[end + 1]):
        return _Found(found.first, end + 2, int(flat[end + 1]), found.month)
    step = _year_step_at(words, end, n)
    if step is not None:
        return _Found(found.first, step[1], month=found.month, year_step=step[0])
    return found


def _with_written_date(found: _Found, words: list[list[str]], flat: list[str], n: int) -> _Found:
    """A relative day followed by its date ("sáng nay 22-10") is that date."""
    if found.relative not in _DAY_LABELS:
        return found
    dated = _written_date(words, flat, found.end, n)
    if dated is None:
        return found
    return _replace_first(dated, found.first)


def _year_step_at(words: list[list[str]], i: int, n: int) -> tuple[int, int] | None:
    """"năm ngoái", "năm nay" at ``i``: the year's step from publication and the end."""
    if i >= n:
        return None
    relative = _relative_at(words, i, n)
    if relative is not None and relative[0] in _YEAR_STEPS:
        return _YEAR_STEPS[relative[0]], relative[1]
    return None


def _weekday_at(
    words: list[list[str]], tokens: tuple[Token, ...], flat: list[str], i: int, n: int
) -> _Found | None:
    """A weekday at ``i`` ("thứ Hai", "chiều thứ 6 tuần trước", "thứ Hai (13/9)"), or None."""
    first = i
    k = i
    while k < n and flat[k] in _DAY_WORDS and flat[k] != "ngày":
        k += 1
    day, end = _weekday_name(words, k, n)
    if day is None:
        return None
    shift, after = _weekday_shift(words, end, n)
    dated = _written_date(words, flat, after, n)
    # an ordinal reads the same ("lần thứ hai"): a weekday needs its context to say so
    cased = _syllables(tokens[k].text)
    number_cased = cased[1] if len(cased) == 2 else (_syllables(tokens[k + 1].text)[0] if k + 1 < n else "")
    told = (
        words[k][0] not in _ORDINAL_MARKS
        or k > first
        or number_cased[:1].isupper()
        or shift is not None
        or dated is not None
        or (first > 0 and (flat[first - 1] in _DATE_LEADS or flat[first - 1] in _WEEKDAY_LEADS))
    )
    if not told:
        return None
    if dated is not None:
        return _replace_first(dated, first)
    label = (f"{shift}_" if shift else "") + day
    return _Found(first, after, relative=label)


def _weekday_name(words: list[list[str]], k: int, n: int) -> tuple[str | None, int]:
    if k >= n:
        return None, k
    if len(words[k]) == 2 and tuple(words[k]) in _WEEKDAYS:
        return _WEEKDAYS[tuple(words[k])], k + 1
    if len(words[k]) == 1 and k + 1 < n and len(words[k + 1]) == 1:
        pair = (words[k][0], words[k + 1][0])
        if pair in _WEEKDAYS:
            return _WEEKDAYS[pair], k + 2
    return None, k


def _weekday_shift(words: list[list[str]], k: int, n: int) -> tuple[str | None, int]:
    """"tuần trước", "tới", "vừa qua" after a weekday: its label and end."""
    best: tuple[str | None, int] = (None, k)
    syllables: list[str] = []
    for j in range(k, min(n, k + 2)):
        syllables.extend(words[j])
        if tuple(syllables) in _WEEKDAY_SHIFTS:
            best = (_WEEKDAY_SHIFTS[tuple(syllables)], j + 1)
    return best


def _written_date(words: list[list[str]], flat: list[str], k: int, n: int) -> _Found | None:
    """The date written after a weekday or a relative day: "(13/9)", ", 13/9", "ngày 13/9", "13/9"."""
    opened = k < n and flat[k] in ("(", ",")
    j = k + 1 if opened else k
    if j < n and flat[j] in _DAY_WORDS and j + 1 < n and _DAY_MONTH.match(flat[j + 1]):
        j += 1
    if j >= n or not _DAY_MONTH.match(flat[j]):
        return None
    found = _day_month(flat[j], k, j + 1, words, n)
    if found is None:
        return None
    if flat[k] == "(" and found.end < n and flat[found.end] == ")":
        found = _Found(k, found.end + 1, found.year, found.month, found.day)
    return found


def _resolve(found: _Found, published: date | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of ``found`` given the publication date."""
    year, month, day = found.year, found.month, found.day
    if published is None:
        return year, month, day
    if found.relative:
        return _resolve_relative(found.relative, published)
    if year is None and found.year_step is not None:
        year = published.year + found.year_step
    if year is None and month is not None and day is not None:
        year = _nearest_year(month, day, published, found.past)
    elif year is None and month is not None:
        year = published.year
        if month - published.month > 6 or (found.past and month > published.month):
            year -= 1
        elif published.month - month > 6 and not found.past:
            year += 1
    return year, month, day


def _nearest_year(month: int, day: int, published: date, past: bool = False) -> int | None:
    """The year that puts day/month nearest publication, a day ahead counting twice
    (``past``: the year that puts it nearest at or before publication)."""
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            moved = date(year, month, day)
        except ValueError:
            continue
        distance = (published - moved).days
        if past and distance < 0:
            continue
        cost = distance if distance >= 0 else -2 * distance
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def _resolve_relative(label: str, published: date) -> tuple[int | None, int | None, int | None]:
    days = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2, "day_after_tomorrow": 2}
    if label in days:
        moved = published + timedelta(days=days[label])
        return moved.year, moved.month, moved.day
    if label in ("next_month", "last_month", "this_month"):
        step = {"next_month": 1, "last_month": -1, "this_month": 0}[label]
        index = published.year * 12 + published.month - 1 + step
        return index // 12, index % 12 + 1, None
    if label in _YEAR_STEPS:
        return published.year + _YEAR_STEPS[label], None, None
    weekday = _resolve_weekday(label, published)
    if weekday is not None:
        return weekday.year, weekday.month, weekday.day
    return None, None, None


def _resolve_weekday(label: str, published: date) -> date | None:
    """"monday", "next_monday", "last_week_monday", … against the publication date."""
    shift, _, name = label.rpartition("_")
    number = _WEEKDAY_NUMBER.get(name)
    if number is None:
        return None
    today = published.isoweekday()
    if shift in ("", "last"):
        return published - timedelta(days=(today - number) % 7)
    if shift == "next":
        return published + timedelta(days=(number - today - 1) % 7 + 1)
    if shift == "coming":
        return published + timedelta(days=(number - today) % 7)
    weeks = {"last_week": -1, "this_week": 0, "next_week": 1}.get(shift)
    if weeks is None:
        return None
    return published + timedelta(days=number - today + 7 * weeks)


def _year_of_a_name(found: _Found, tokens: tuple[Token, ...]) -> bool:
    """Whether a bare year ends the name of a law, a document or an event ("Hiến_pháp năm 1992",
    "Hội_nghị APEC năm 2013"): a capitalised head of ``times.named-heads`` before it, with only
    capitalised words between. Such a year dates nothing that is told."""
    if found.month is not None or found.day is not None or found.relative is not None or found.year is None:
        return False
    j = found.first - 1
    while j >= 0 and found.first - j <= _NAME_REACH:
        text = tokens[j].text
        if not text[:1].isupper():
            return False
        for width in range(min(_LONGEST_NAMED_HEAD, j + 1), 0, -1):
            head = tokens[j - width + 1 : j + 1]
            if head[0].text[:1].isupper() and tuple(s for t in head for s in syllables_of(t.text)) in _NAMED_HEADS:
                return True
        j -= 1
    return False


def _opens_a_period(tokens: tuple[Token, ...], found: _Found) -> bool:
    """Whether the date ``found`` is the start of a period ("từ ngày 14/10", "kể từ 14/10"), when
    something began, not a day on which what is told happened."""
    before = " ".join(_syllables(tokens[found.first - 1].text.lower())) if found.first > 0 else ""
    return before in _RUN_OPENERS


def find_times(analysed: AnalysedArticle) -> tuple[TimeExpression, ...]:
    """Every date or time expression of ``analysed``, resolved against its publication date;
    "cùng ngày" (the same day) is the day last told before it in the article, not counting the
    start of a period ("từ ngày 14/10")."""
    published = publication_date(analysed.article.published)
    text = analysed.article.text
    out: list[TimeExpression] = []
    last_day: tuple[int | None, int | None, int | None] | None = None
    for sentence in analysed.sentences:
        tokens = sentence.tokens
        for found in _scan(tokens):
            if _year_of_a_name(found, tokens):
                continue
            start, end = tokens[found.first].start, tokens[found.end - 1].end
            if found.relative == "same_day":
                year, month, day = last_day or (None, None, None)
            else:
                year, month, day = _resolve(found, published)
            if month and day and not _opens_a_period(tokens, found):
                last_day = (year, month, day)
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
