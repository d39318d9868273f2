"""Visits told by a noun whose visitor is named before where it goes: "chuyến thăm (và làm_việc) của X
tại Z", "chuyến thăm 3 ngày của X tới Z"; and words of the occasion between where a visit goes and whose
it is ("chuyến thăm Z lần này của X": ``events.this-time``)."""

from __future__ import annotations

from kg.extract.events.reader import EventReader, PARTICIPANT_TYPES
from kg.extract.frames import PLACE_PREPOSITIONS, PLACE_TYPES, Argument, noun_phrase_start, objects_after, phrase_set
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list

_CARRY = phrase_set(*word_list("events.carry"))
#: Words of going that may introduce where the visit goes after its visitor ("của X tới Z").
_TOWARDS = phrase_set(*word_list("events.towards"))
_THIS_TIME = phrase_set(*word_list("events.this-time"))
#: How many pieces the visitor's name, with its title and honorific, may span after "của".
_VISITOR_REACH = 4


def past_this_time(view: ArticleView, j: int, last: int) -> int:
    """The piece after words of the occasion starting at piece ``j`` ("lần này"), or ``j``."""
    while j < last and (step := view.match_any(j, _THIS_TIME)) is not None:
        j = step
    return j


def visitor_then_place(reader: EventReader, j: int, last: int) -> tuple[list[Argument], Argument] | None:
    """"… của X tại Z", "… của X tới Z" from piece ``j``: the named visitors and where the visit goes,
    or None when "của", a name opening the phrase after it, and "tại/ở/tới/đến" with a place do not
    follow one another there."""
    view = reader.view
    j = past_this_time(view, j, last)
    owner = view.match_any(j, _CARRY) if j < last else None
    if owner is None:
        return None
    found = objects_after(view, owner, PARTICIPANT_TYPES, max_gap=_VISITOR_REACH)
    if not found or found[0].mention.reference or noun_phrase_start(view, found[0].piece) != owner:
        return None
    k = past_this_time(view, found[-1].piece + 1, last)
    towards = view.match_any(k, PLACE_PREPOSITIONS) or view.match_any(k, _TOWARDS) if k < last else None
    if towards is None or towards >= last:
        return None
    place = view.pieces[towards].mention
    if place is None or place.type not in PLACE_TYPES:
        return None
    return found, Argument(place, towards)
