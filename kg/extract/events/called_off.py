"""Trips, visits and meetings called off or put off: "chuyến thăm Z của X đã bị hoãn", "X hủy chuyến đi tới Z",
"cuộc gặp giữa X và Y bị hủy". A trip or meeting told so did not happen, and is not planned either: it gives no event. Reads ``events.calling-off``
and ``events.called-off``."""

from __future__ import annotations

from kg.extract.events.reader import EventReader
from kg.extract.frames import ends_with_any, phrase_set
from kg.lexicon import word_list

#: Verbs that call off or put off the trip whose noun follows them ("hủy chuyến thăm Z", "tạm hoãn chuyến đi").
_CALLING_OFF = phrase_set(*word_list("events.calling-off"))
#: Words after a trip's noun phrase that tell it was called off or put off ("… bị hoãn", "… bị hủy bỏ").
_CALLED_OFF = phrase_set(*word_list("events.called-off"))
#: How many pieces after the trip's noun the words telling it called off may stand: its destination, its
#: traveller and their titles, a date ("chuyến thăm Nhật_Bản của Thủ_tướng X dự_kiến vào tháng 5 đã bị hoãn").
_AFTER_REACH = 16
#: Marks that close the clause the trip's noun opens.
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})


def called_off(reader: EventReader, cue: int) -> bool:
    """Whether the trip or meeting told by the noun at piece ``cue`` is called off or put off: by a verb right before
    it ("hoãn chuyến thăm Z"), or by the passive words after it in its clause ("chuyến đi Z của X bị hủy",
    "chuyến thăm của X tới Z đã bị hoãn")."""
    view = reader.view
    first = view.bounds(cue)[0]
    if cue - 1 >= first and ends_with_any(view, cue - 1, _CALLING_OFF, first) is not None:
        return True
    stop = min(view.bounds(cue)[1], cue + _AFTER_REACH)
    for j in range(cue + 1, stop):
        if view.pieces[j].text in _CLAUSE_ENDS:
            return False
        if view.match_any(j, _CALLED_OFF) is not None:
            return True
    return False
