"""Going by a vehicle one boards first: "X lên ô_tô cùng Y chạy về Z", "X đi xe_máy ra Z", "X bắt taxi tới Z".
The one who boards goes, and so does the one "cùng" names right before the verb of going; the vehicle's words
stand between the subject and that verb, where no subject is looked for otherwise."""

from __future__ import annotations

from kg.extract.clauses import skip_left
from kg.extract.events.reader import EventReader
from kg.extract.frames import Argument, ends_with_any, noun_phrase_start, phrase_set
from kg.lexicon import word_list
from kg.model import EntityType

#: Verbs of boarding or riding a vehicle ("lên ô_tô", "đi xe_máy", "bắt taxi").
_BOARDING = phrase_set(*word_list("events.boarding"))
#: The vehicles boarded.
_VEHICLES = phrase_set(*word_list("events.boarded-vehicles"))
#: The words that name one who goes along ("cùng Y").
_ALONG = phrase_set(*word_list("events.going-along"))
#: The word that names whose vehicle it is ("xe của Y").
_OWNED_BY = phrase_set(*word_list("events.vehicle-owned-by"))
#: How many words may follow the vehicle's noun ("xe Lead", "ô_tô riêng") before the verb of going.
_VEHICLE_REACH = 2


def boarded_subject(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """"X lên ô_tô (cùng Y) CUE …", "X đi xe của Y CUE …": the one who boards the vehicle named right before
    the verb of going at piece ``cue``, with the person "cùng" names after the vehicle, and whether the trip is
    only planned; None when no vehicle boarded stands there, or its boarding has no subject or is negated."""
    view = reader.view
    first = view.bounds(cue)[0]
    j = skip_left(view, cue - 1, first, reader.times)
    along: list[Argument] = []
    if j >= first and (mention := view.pieces[j].mention) is not None:
        before = noun_phrase_start(view, j) - 1
        opening = ends_with_any(view, before, _ALONG, first) if before >= first else None
        owner = ends_with_any(view, before, _OWNED_BY, first) if before >= first else None
        if opening is not None and mention.type is EntityType.PERSON and not mention.reference:
            along = [Argument(mention, j)]
            j = opening - 1
        elif owner is not None:
            j = owner - 1  # "X đi xe của Vinasun về Z": whose vehicle it is, not who goes
        else:
            return None
    for k in range(j, max(first, j - _VEHICLE_REACH) - 1, -1):
        piece = view.pieces[k]
        if piece.mention is not None or not piece.is_word:
            return None
        vehicle_end = view.match_any(k, _VEHICLES)
        if vehicle_end is None or vehicle_end > j + 1:
            continue
        verb = ends_with_any(view, k - 1, _BOARDING, first) if k - 1 >= first else None
        if verb is None:
            return None
        found = reader.act(verb, frozenset({EntityType.PERSON}))
        if found is None:
            return None
        subjects, planned = found
        return subjects + along, planned
    return None
