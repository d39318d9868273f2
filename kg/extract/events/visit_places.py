"""Where a visit is when what is visited goes unnamed: "X thăm_hỏi và trao quà cho người_dân tại Z",
"X đến thăm các hộ nghèo ở xã Z": the place that "tại/ở" names later in the visit's clause."""

from __future__ import annotations

from kg.extract.cues import cue_at
from kg.extract.events.reader import EventReader, PARTICIPANT_TYPES
from kg.extract.frames import PLACE_PREPOSITIONS, Argument, is_barrier, place_after
from kg.extract.objects import title_goes_on
from kg.model import EventType

#: How many pieces the unnamed ones visited, and the acts joined to the visit, may span before "tại/ở".
_PLACE_REACH = 12


def place_in_clause(reader: EventReader, end: int) -> Argument | None:
    """The place of a visit whose verb ends at piece ``end`` and whose object is unnamed: the first
    "tại/ở Z" of its clause, or None when a named person or body, a verb of going or the end of the
    clause comes first."""
    view = reader.view
    last = view.bounds(end)[1] if end < len(view) else end
    for j in range(end, min(last, end + _PLACE_REACH)):
        piece = view.pieces[j]
        if is_barrier(piece) or piece.is_quote_mark:
            return None
        if piece.mention is not None and piece.mention.type in PARTICIPANT_TYPES:
            return None  # a named host: read as the one visited, or not at all
        if j in reader.cue_starts and (act := cue_at(view, j)) is not None and act.cue.event is EventType.TRAVEL:
            return None  # "thăm … rồi sang Z": a journey on to somewhere else
        if view.match_any(j, PLACE_PREPOSITIONS) is not None and not title_goes_on(view, j):
            stop = next((k for k in range(j + 1, last) if is_barrier(view.pieces[k])), last)
            return place_after(view, j, stop)
    return None
