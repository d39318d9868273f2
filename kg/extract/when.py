"""Which date of a sentence an event was told with.

The date of the event's own clause comes first ("ông X hôm qua tiếp Y",
"X tiếp Y ngày 13/9"), then a date of a clause before it in the sentence
("Tối 22/10 , tại Hà_Nội , X tiếp Y"), then one after it ("X tiếp Y tại Z ,
vùng W , ngày 13/9"); the nearest wins within each. A date inside a quotation
is never taken for an event told outside it, nor a date of a clause that
tells of something else: one opened by "sau khi", "khi", "rằng", "để"
(``times.other-clauses``), or an apposition opened after a comma by "người",
"nơi" (``times.apposition-clauses``), unless the event is told in that clause;
an event told in such a clause, or in a phrase naming the occasion of another
event ("X tiếp Y nhân chuyến thăm Z", ``times.occasion-phrases``), takes only
the dates of its own clause ("Trước chuyến thăm Z , đầu tháng này , …" gives
the visit no date); a bracket holding only a date belongs to the clause it follows
("nơi có cây do X tặng Y ( năm 1957 )").
The date of a saying is not the date of what the saying tells: for an event
told after a verb of saying (``times.saying-verbs``), a date written before
that verb is when it was said ("Bộ Ngoại_giao ngày 22/10 cho_biết X sẽ thăm Y"),
and a date written right after a news outlet is when the outlet reported it
("Theo tờ Yomiuri ngày 21/10 , X đã gặp Y"). A sentence without a date of its
own that opens on the occasion the sentence before told ("Tại đây", "Tại buổi
tiếp", ``times.same-occasion``) takes that sentence's date ("Sáng 5/3 , X đến
Huế . Tại đây , X gặp Y .").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from kg.extract.pieces import ArticleView, Phrases
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, TimeExpression

_OTHER_CLAUSES = Phrases(syllables_of(w) for w in word_list("times.other-clauses"))
_APPOSITION_CLAUSES = Phrases(syllables_of(w) for w in word_list("times.apposition-clauses"))
_BOUNDARIES = frozenset(word_list("times.clause-marks"))
_SAYING_VERBS = Phrases(syllables_of(w) for w in word_list("times.saying-verbs"))
_SAME_OCCASION = Phrases(syllables_of(w) for w in word_list("times.same-occasion"))
_OCCASION_PHRASES = Phrases(syllables_of(w) for w in word_list("times.occasion-phrases"))


class Clauses(NamedTuple):
    """The clause number of each piece of a sentence's span, the numbers of the clauses
    that tell of something else, and those of phrases naming an occasion."""

    clause_of: list[int]
    other: set[int]
    occasions: set[int]


def event_time(
    view: ArticleView,
    times: Sequence[TimeExpression],
    cue: int,
    first: int,
    stop: int,
    *,
    later: bool = True,
    saying: bool = False,
) -> TimeExpression | None:
    """The date of the event told at piece ``cue``, among ``times`` between pieces
    ``first`` and ``stop`` (past the last) of its sentence; None when there is none.
    ``later=False`` leaves out the clauses after the cue's; ``saying=True`` is for
    the event of a saying itself, which keeps the dates told with its speaker."""
    if stop <= first:
        return None
    found = _in_sentence(view, times, cue, first, stop, later, saying)
    if found is None and not saying and first == view.bounds(cue)[0] and view.match_any(first, _SAME_OCCASION) is not None:
        return _date_of_occasion(view, times, first)
    return found


def _in_sentence(
    view: ArticleView, times: Sequence[TimeExpression], cue: int, first: int, stop: int, later: bool, saying: bool
) -> TimeExpression | None:
    lo, hi = view.pieces[first].start, view.pieces[stop - 1].end
    inside = [t for t in times if lo <= t.start and t.end <= hi]
    if not inside:
        return None
    clause_of, other, occasions = clauses(view, first, stop, inside)
    cue_clause = clause_of[cue - first] if first <= cue < stop else None
    own_only = cue_clause is not None and (cue_clause in other or cue_clause in occasions)
    quoted_cue = view.pieces[cue].quoted
    best: tuple[tuple[int, int], TimeExpression] | None = None
    for time in inside:
        piece = _piece_at(view, time.start, first, stop)
        if piece is None:
            continue
        if not quoted_cue and view.pieces[piece].quoted:
            continue
        if not saying and _date_of_saying(view, piece, cue, first):
            continue
        clause = clause_of[piece - first]
        if clause != cue_clause and (clause in other or own_only):
            continue
        if clause == cue_clause:
            tier = 0
        else:
            tier = 1 if piece < cue else 2
        if tier == 2 and not later:
            continue
        key = (tier, abs(piece - cue))
        if best is None or key < best[0]:
            best = (key, time)
    return best[1] if best else None


def _date_of_occasion(view: ArticleView, times: Sequence[TimeExpression], first: int) -> TimeExpression | None:
    """The date of the occasion the sentence before piece ``first`` told: its first date that is
    neither quoted nor of a saying."""
    if first == 0:
        return None
    before_first, before_stop = view.bounds(first - 1)
    lo, hi = view.pieces[before_first].start, view.pieces[before_stop - 1].end
    for time in sorted((t for t in times if lo <= t.start and t.end <= hi), key=lambda t: t.start):
        piece = _piece_at(view, time.start, before_first, before_stop)
        if piece is None or view.pieces[piece].quoted or _date_of_saying(view, piece, before_stop, before_first):
            continue
        return time
    return None


def _date_of_saying(view: ArticleView, piece: int, cue: int, first: int) -> bool:
    """Whether the date at ``piece`` is when something was said or reported, not when the
    event at ``cue`` happened: it stands right after a news outlet, or before a verb of
    saying that itself stands before the cue."""
    previous = view.pieces[piece - 1].mention if piece - 1 >= first else None
    if previous is not None and previous.type is EntityType.NEWS_AGENCY:
        return True
    for j in range(piece + 1, cue):
        end = view.match_any(j, _SAYING_VERBS) if view.pieces[j].is_word and not view.pieces[j].quoted else None
        if end is not None and end <= cue:
            return True
    return False


def _piece_at(view: ArticleView, offset: int, first: int, stop: int) -> int | None:
    for j in range(first, stop):
        piece = view.pieces[j]
        if piece.start <= offset < piece.end or offset < piece.start:
            return j
    return None


def _brackets_a_date(view: ArticleView, opening: int, stop: int, times: Sequence[TimeExpression]) -> bool:
    """Whether the bracket opening at piece ``opening`` holds one date and nothing else ("( năm 1957 )")."""
    closing = next((k for k in range(opening + 1, stop) if view.pieces[k].text == ")"), None)
    if closing is None or closing == opening + 1:
        return False
    lo, hi = view.pieces[opening + 1].start, view.pieces[closing - 1].end
    return any(t.start <= lo and hi <= t.end for t in times)


def clauses(view: ArticleView, first: int, stop: int, times: Sequence[TimeExpression]) -> Clauses:
    """The clauses of the pieces from ``first`` to ``stop``: a mark or a word that opens
    a clause of something else or a phrase of an occasion starts a new one."""
    clause_of: list[int] = []
    other: set[int] = set()
    occasions: set[int] = set()
    clause = 0
    after_mark = True
    j = first
    while j < stop:
        piece = view.pieces[j]
        in_time = any(t.start < piece.start < t.end for t in times)
        if piece.is_word and piece.text == "(" and _brackets_a_date(view, j, stop, times):
            clause_of.append(clause)  # "… tặng Y ( năm 1957 )": a bracketed date belongs to the words it follows
            j += 1
            continue
        if piece.is_word and not in_time and piece.text in _BOUNDARIES:
            clause += 1
            clause_of.append(clause)
            after_mark = True
            j += 1
            continue
        end = None
        occasion = False
        if piece.is_word and not in_time:
            end = view.match_any(j, _OTHER_CLAUSES)
            if end is None and after_mark:
                end = view.match_any(j, _APPOSITION_CLAUSES)
            if end is None:
                end = view.match_any(j, _OCCASION_PHRASES)
                occasion = end is not None
        if end is not None:
            clause += 1
            (occasions if occasion else other).add(clause)
            clause_of.extend([clause] * (end - j))
            after_mark = False
            j = end
            continue
        clause_of.append(clause)
        after_mark = False
        j += 1
    return Clauses(clause_of, other, occasions)
