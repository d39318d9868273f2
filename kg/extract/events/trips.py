"""Visits and travels: "X thăm Z", "X đến Z bằng tàu"."""

from __future__ import annotations

from kg.extract.cues import CueMatch
from kg.extract.events.reader import (
    EventReader,
    PARTICIPANT_TYPES,
    distinct,
    is_time,
    ITEM_STOP,
)
from kg.extract.frames import (
    PLANNED,
    PLACE_TYPES,
    ends_with_any,
    introduced_directly,
    is_barrier,
    noun_phrase_start,
    objects_after,
    phrase_set,
)
from kg.extract.registry import frame_reader
from kg.lexicon import word_list
from kg.model import EntityType, EventType

_VISIT_TARGETS = PLACE_TYPES | {EntityType.ORGANIZATION}
_INVITE_WORDS = phrase_set(*word_list("events.invite-words"))
_VEHICLE_HEADS = phrase_set(*word_list("events.vehicle-heads"))
_CARRY = phrase_set(*word_list("events.carry"))
_EVENT_NOUNS = phrase_set(*word_list("events.event-nouns"))
_TRIP_NOUNS = phrase_set(*word_list("events.trip-nouns"))
#: Trip nouns that tell a visit: "chuyến thăm của X tới Z" is X visiting Z.
_VISIT_NOUNS = phrase_set(*word_list("events.visit-nouns"))


@frame_reader("subject-place", family="events")
def visit(reader: EventReader, match: CueMatch) -> None:
    view = reader.view
    first = view.bounds(match.start)[0]
    if any(view.match_any(j, _INVITE_WORDS) for j in range(max(first, match.start - 4), match.start)):
        return  # "lời mời thăm Nga", "mời Y thăm Z": read by the invitation frames
    if match.start - 1 >= first and view.pieces[match.start - 1].syllables in _EVENT_NOUNS:
        return  # the noun "chuyến thăm": no verb, no subject
    found = reader.act(match.start)
    if found is None:
        return
    subjects, planned = found
    targets = objects_after(view, match.end, _VISIT_TARGETS | {EntityType.PERSON}, max_gap=4, stop_at_place=False)
    if not targets or targets[0].mention.type is EntityType.PERSON:
        return
    if not introduced_directly(view, match.end, targets[0].piece):
        return
    target = targets[0]
    roles = [("agent", s) for s in distinct(subjects)]
    reader.emit(EventType.VISIT, roles, match.start, planned=planned, place=target)


@frame_reader("subject-destination", family="events")
def travel(reader: EventReader, match: CueMatch) -> None:
    view = reader.view
    last = view.bounds(match.start)[1]
    found = reader.act(match.start, PARTICIPANT_TYPES, possessor_heads=_VEHICLE_HEADS + _TRIP_NOUNS)
    if found is None:
        return
    subjects, planned = found
    destinations = objects_after(view, match.end, PLACE_TYPES, max_gap=2, stop_at_place=False)
    if not destinations or not introduced_directly(view, match.end, destinations[0].piece):
        return
    destination = destinations[0]
    if _visit_of(view, subjects[0].piece):
        # "chuyến thăm của X tới Việt_Nam (dự_kiến diễn ra …)": a visit, planned when the clause says so
        planned = planned or _planned_after(view, destination.piece + 1, last)
        roles = [("agent", s) for s in distinct(subjects)]
        reader.emit(EventType.VISIT, roles, match.start, planned=planned, place=destination)
        return
    vehicle = _vehicle_after(reader, destination.piece + 1, last) or _vehicle_before(reader, subjects[0].piece)
    roles = [("agent", s) for s in distinct(subjects)] + [("destination", destination)]
    reader.emit(EventType.TRAVEL, roles, match.start, planned=planned, vehicle=vehicle)


def _visit_of(view, subject: int) -> bool:
    """Whether the subject at piece ``subject`` is the possessor of a visit noun ("chuyến thăm của X")."""
    first = view.bounds(subject)[0]
    j = noun_phrase_start(view, subject) - 1
    if j - 1 < first or view.match_any(j, _CARRY) != j + 1:
        return False
    return ends_with_any(view, j - 1, _VISIT_NOUNS, first) is not None


def _planned_after(view, j: int, last: int) -> bool:
    """Whether a word of plan ("dự_kiến", "sẽ", "sắp") follows in the clause from piece ``j``."""
    while j < last and not is_barrier(view.pieces[j]):
        if view.match_any(j, PLANNED) is not None:
            return True
        j += 1
    return False


def _vehicle_after(reader: EventReader, j: int, last: int) -> tuple[int, int] | None:
    """"… bằng tàu bọc_thép": the vehicle after "bằng", as a piece range."""
    view = reader.view
    while j < last:
        piece = view.pieces[j]
        if is_barrier(piece) or piece.mention is not None:
            return None
        if piece.syllables == ("bằng",):
            words = []
            k = j + 1
            while k < last and len(words) < 3:
                p = view.pieces[k]
                if p.mention is not None or is_barrier(p) or view.match_any(k, ITEM_STOP) or is_time(reader.times, p):
                    break
                if p.syllables == ("theo",):
                    break
                words.append(k)
                k += 1
            if words and view.match_any(words[0], _VEHICLE_HEADS):
                return words[0], words[-1] + 1
            return None
        j += 1
    return None


def _vehicle_before(reader: EventReader, subject: int) -> tuple[int, int] | None:
    """"Đoàn tàu chở ông X đến …", "đoàn tàu của ông X đến …": the vehicle carrying the subject."""
    view = reader.view
    first = view.bounds(subject)[0]
    j = noun_phrase_start(view, subject) - 1
    if j < first or view.match_any(j, _CARRY) != j + 1:
        return None
    for start in range(max(first, j - 3), j):
        if view.match_any(start, _VEHICLE_HEADS) is not None and all(
            view.pieces[i].is_word and not is_barrier(view.pieces[i]) for i in range(start, j)
        ):
            return start, j
    return None

