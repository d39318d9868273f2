"""Going back and forth between two places: "X bay đi bay về (khá nhiều lần) giữa A và B", "X thường_xuyên
đi_lại giữa A và B" is a travel of X to each of the two places. Only places are gone between: "đi_lại giữa hai
vai_trò" names none and tells no journey."""

from __future__ import annotations

from kg.extract.clauses import is_barrier
from kg.extract.cues import CueMatch
from kg.extract.events.attendance import place_named_at
from kg.extract.events.reader import EventReader, distinct
from kg.extract.frames import Argument, phrase_set
from kg.extract.pieces import ArticleView
from kg.extract.registry import frame_reader
from kg.lexicon import word_list
from kg.model import EventType

#: The word that opens the two places gone between ("giữa A và B").
_BETWEEN = phrase_set(*word_list("events.between-places"))
#: The word that joins them.
_AND = phrase_set(*word_list("events.between-places-and"))
#: How many words (of how often: "khá nhiều lần", "thường_xuyên") may stand between the verb and "giữa".
_BETWEEN_REACH = 4


@frame_reader("shuttle", family="events")
def shuttle(reader: EventReader, match: CueMatch) -> None:
    """X CUE giữa A và B: X travels to A and to B."""
    view = reader.view
    found = reader.act(match.start)
    if found is None:
        return
    subjects, planned = found
    places = _places_between(view, match.end)
    if places is None:
        return
    for place in places:
        roles = [("agent", s) for s in distinct(subjects)] + [("destination", place)]
        reader.emit(EventType.TRAVEL, roles, match.start, planned=planned)


def _places_between(view: ArticleView, j: int) -> tuple[Argument, Argument] | None:
    """The two places of "giữa A và B" opening within ``_BETWEEN_REACH`` words of piece ``j``, with no mark
    or name before "giữa"; None when no two places are named so."""
    last = view.bounds(j)[1] if j < len(view) else j
    for k in range(j, min(last, j + _BETWEEN_REACH + 1)):
        piece = view.pieces[k]
        if is_barrier(piece) or piece.mention is not None:
            return None
        after = view.match_any(k, _BETWEEN)
        if after is None:
            continue
        first_place = place_named_at(view, after)
        if first_place is None or first_place.piece + 1 >= last:
            return None
        joined = view.match_any(first_place.piece + 1, _AND)
        second_place = place_named_at(view, joined) if joined is not None else None
        return None if second_place is None else (first_place, second_place)
    return None
