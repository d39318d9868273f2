"""Meetings, visits, travels, invitations and gifts, with their binary shortcuts.

Each cue of ``ontology/events.tsv`` is read with its frame (see that file) by
the reader registered for it (``kg.extract.registry``), one module per family
of frames: ``meetings``, ``trips``, ``shuttles``, ``invitations``, ``gifts``. The subject
stands before the verb (also before a verb of going that opens it, "X đến gặp
Y", or a chain of appositions, "Ông X , Chủ_tịch Y , đã tiếp Z"), the object
after it, "nhau" for a reciprocal act, "tại/ở X" for the place, "bằng …" for
the vehicle, the nearest date of the sentence for the time. A negated act
("không có kế_hoạch thăm") gives nothing; a future one ("sẽ thăm … vào tháng
10") is marked planned.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.extract.cues import CueMatch, find_cues
from kg.extract.events import attendance, gifts, inspections, invitations, meetings, shuttles, trips  # noqa: F401 - they register their frames
from kg.extract.events.dates_ahead import closes_a_date
from kg.extract.events.reader import EventReader
from kg.extract.pieces import ArticleView
from kg.extract.registry import readers_of
from kg.model import Event, EventType, Statement, TimeExpression

__all__ = ["CueMatch", "find_cues", "find_events", "shortcuts"]


def find_events(
    view: ArticleView, times: Sequence[TimeExpression], matches: Sequence[CueMatch] | None = None
) -> list[Event]:
    """Every meeting, visit, travel, invitation and gift the article tells."""
    matches = list(matches) if matches is not None else find_cues(view)
    matches = [m for m in matches if not closes_a_date(view, times, m)]  # "ngày 12/6 tới": next, not a journey
    reader = EventReader(view, times, [m.start for m in matches])
    frames = readers_of("events")
    for match in matches:
        frame = frames.get(match.cue.frame)
        if frame is not None:
            frame(reader, match)
    for reading in reader.after_all:
        reading()
    return reader.events


def shortcuts(events: Sequence[Event]) -> Iterator[Statement]:
    """The binary statements of events: met, visited, invited, gaveGiftTo."""
    for event in events:
        if event.planned:
            continue
        if event.type is EventType.MEETING:
            participants = event.mentions("participant")
            for i, a in enumerate(participants):
                for b in participants[i + 1 :]:
                    yield Statement(a, "met", b, event.provenance)
        elif event.type is EventType.VISIT:
            for agent in event.mentions("agent"):
                for place in event.mentions("place"):
                    yield Statement(agent, "visited", place, event.provenance)
        elif event.type is EventType.INVITATION:
            for agent in event.mentions("agent"):
                for recipient in event.mentions("recipient"):
                    yield Statement(agent, "invited", recipient, event.provenance)
        elif event.type is EventType.GIFT_GIVING:
            for agent in event.mentions("agent"):
                for recipient in event.mentions("recipient"):
                    yield Statement(agent, "gaveGiftTo", recipient, event.provenance)
