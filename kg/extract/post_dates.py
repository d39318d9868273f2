"""When a post was taken: "được bổ_nhiệm làm Thứ_trưởng … từ ngày 1/10",
"giữ chức Chủ_tịch … từ năm 2016", "Tổng_thống X nhậm_chức hôm 20/1".

A post gets a start date when its sentence tells one with a start word
(``times.post-start-cues``: "bổ nhiệm", "nhậm chức", "giữ chức", "được bầu")
in the clause of its title or of its holder, the date being that word's, as
an event's (:mod:`kg.extract.when`), from its own clause or one before it; or
when a date led by "từ", "kể từ" (``times.post-start-leads``) follows the
title in its clause. Nothing else is taken for a start: "tân Bộ_trưởng" (the
new minister) tells no date, and the date of a sentence that tells a post
is most often the date of something the holder did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.pieces import ArticleView, Phrases
from kg.extract.when import clauses, event_time
from kg.lexicon import syllables_of, word_list
from kg.model import Statement, TimeExpression
from kg.vocab import ROLE_PREDICATES

_START_CUES = Phrases(syllables_of(w) for w in word_list("times.post-start-cues"))
_START_LEADS = Phrases(syllables_of(w) for w in word_list("times.post-start-leads"))
_POST_PREDICATES = frozenset(p for p in ROLE_PREDICATES if p != "memberOf")


def with_start_dates(
    view: ArticleView, statements: Sequence[Statement], times: Sequence[TimeExpression]
) -> list[Statement]:
    """``statements`` with the start date of each post whose sentence tells one."""
    out = []
    for statement in statements:
        start = None
        if statement.predicate in _POST_PREDICATES and statement.start is None and times:
            start = _start_of(view, statement, times)
        out.append(statement if start is None else replace(statement, start=start))
    return out


def _start_of(view: ArticleView, statement: Statement, times: Sequence[TimeExpression]) -> TimeExpression | None:
    holder = _piece_at(view, statement.subject.start)
    if holder is None:
        return None
    first, stop = view.bounds(holder)
    title_start = statement.title_span[0] if statement.title_span else statement.subject.start
    title = _piece_at(view, title_start, first, stop)
    if title is None:
        title = holder
    inside = [t for t in times if view.pieces[first].start <= t.start and t.end <= view.pieces[stop - 1].end]
    if not inside:
        return None
    clause_of, other, _ = clauses(view, first, stop, inside)
    own = {clause_of[title - first], clause_of[holder - first]}
    # "Bộ_trưởng X , người nhậm_chức năm 2016 , …": a clause about the holder right after
    own |= {c + step for c in own for step in (1, 2) if c + step in other}
    post_end = max(title, holder)
    for j in range(first, stop):
        if clause_of[j - first] not in own or view.pieces[j].quoted:
            continue
        if view.match_any(j, _START_CUES) is not None:
            found = event_time(view, inside, j, first, stop, later=False)
            if found is not None:
                return found
        lead_end = view.match_any(j, _START_LEADS) if j > post_end else None
        if lead_end is not None:
            led = next((t for t in inside if t.start == view.pieces[lead_end].start), None) if lead_end < stop else None
            if led is not None:
                return led
    return None


def _piece_at(view: ArticleView, offset: int, first: int = 0, stop: int | None = None) -> int | None:
    stop = len(view.pieces) if stop is None else stop
    for j in range(first, stop):
        if view.pieces[j].start <= offset < view.pieces[j].end:
            return j
    return None
