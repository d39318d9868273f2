"""How long a meeting, visit or trip lasts, told between its noun and what follows it:
"cuộc hội_đàm kéo_dài hai giờ với Y", "chuyến thăm 3 ngày tới Z". Reads ``events.duration-leads``,
``times.quantities`` and ``frames.duration-units``."""

from __future__ import annotations

from kg.extract.frames import phrase_set
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list

#: Words that may open such a span ("kéo_dài", "trong"), the numbers written as words that count it,
#: and the units of time that close it.
_LEADS = phrase_set(*word_list("events.duration-leads"))
_NUMBERS = phrase_set(*word_list("times.quantities"))
_UNITS = phrase_set(*word_list("frames.duration-units"))


def duration_end(view: ArticleView, j: int, last: int) -> int | None:
    """The piece after a span of time starting at piece ``j`` ("3 ngày", "kéo_dài hai tuần"), or None
    when none starts there; a number must count a unit of time ("3 tỉnh" is no span)."""
    lead = view.match_any(j, _LEADS)
    k = j if lead is None else lead
    if k >= last or not view.pieces[k].is_word:
        return None
    number = k + 1 if view.pieces[k].text.isdigit() else view.match_any(k, _NUMBERS)
    if number is None or number >= last:
        return None
    return view.match_any(number, _UNITS)
