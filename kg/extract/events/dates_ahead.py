"""Words of going that close a date to come ("ngày 12/6 tới", "tháng 12 sắp tới"): there they mean
"next", not a journey, and tell no travel; they neither end the clause of the act the date belongs to."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.cues import CueMatch
from kg.extract.frames import phrase_set
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import TimeExpression

#: Words that, right after a date, make it one to come.
_AHEAD = phrase_set(*word_list("events.date-ahead"))


def closes_a_date(view: ArticleView, times: Sequence[TimeExpression], match: CueMatch) -> bool:
    """Whether the cue ``match`` is a word of ``events.date-ahead`` right after a time expression."""
    if match.start == 0 or view.match_any(match.start, _AHEAD) != match.end:
        return False
    before = view.pieces[match.start - 1]
    if before.sentence != view.pieces[match.start].sentence:
        return False
    return any(t.start < before.end <= t.end for t in times)
