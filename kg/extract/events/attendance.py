"""Going somewhere to attend an event: "X dự Hội_nghị Y tại Z", "X đã đến dự lễ khởi_công ở tỉnh Z",
"X tham_dự Hội_nghị G20 diễn_ra tại Z". Attending an event held in a named place is a travel of the
one who attends to that place (docs/annotation.md: "sẽ tham_dự trại huấn_luyện … tại Mỹ" is a Travel).
The place is the first one introduced by "tại"/"ở" within a few words after the verb, before any
mark or other cue; a person named on the way (whose funeral, whose talk) ends the search. One who is
attending ("X đang dự giải Y ở Z") is somewhere, which tells no travel (docs/annotation.md)."""

from __future__ import annotations

from kg.extract.clauses import PLACE_NOUNS, PLACE_PREPOSITIONS, PLACE_TYPES, is_barrier
from kg.extract.cues import CueMatch, cue_at
from kg.extract.events.delegations import delegation_subject
from kg.extract.events.meetings import delegation_body
from kg.extract.events.reader import EventReader, distinct
from kg.extract.frames import Argument, phrase_set
from kg.extract.pieces import ArticleView
from kg.extract.registry import frame_reader
from kg.lexicon import word_list
from kg.model import EntityType, EventType

#: Words of an act going on ("đang"): one attending now is somewhere, no travel is told.
_ONGOING = phrase_set(*word_list("events.ongoing"))
#: Frames of cues that name a meeting ("hội_nghị thượng_đỉnh"): after the verb of attending, the event attended.
_ATTENDED_FRAMES = frozenset(word_list("events.attended-frames"))
#: How many pieces may name the event attended before where it is held.
_EVENT_REACH = 10


@frame_reader("attend", family="events")
def attendance(reader: EventReader, match: CueMatch) -> None:
    """X CUE EVENT tại Z: X travels to Z."""
    view = reader.view
    last = view.bounds(match.start)[1]
    found = reader.act(match.start) or delegation_subject(reader, match.start)
    if found is None:
        return
    subjects, planned = found
    after_subject = max(s.piece for s in subjects) + 1
    if any(view.match_any(k, _ONGOING) is not None for k in range(after_subject, match.start)):
        return  # "X đang dự giải Y ở Z": being there, not going there
    place = _held_at(view, match.end, min(last, _next_act(reader, match.end)))
    if place is None:
        return
    roles = [("agent", s) for s in distinct([delegation_body(view, s) for s in subjects])]
    reader.emit(EventType.TRAVEL, roles + [("destination", place)], match.start, planned=planned)


def _next_act(reader: EventReader, j: int) -> int:
    """The first piece of the next cue from piece ``j`` that tells another act: a noun of a meeting
    ("Hội_nghị Thượng_đỉnh G7", ``events.attended-meetings`` frames) names the event attended, read past."""
    view = reader.view
    k = j - 1
    while True:
        k = reader.next_cue(k)
        cue = cue_at(view, k) if k < len(view) else None
        if cue is None or cue.cue.frame not in _ATTENDED_FRAMES:
            return k


def _held_at(view: ArticleView, j: int, stop: int) -> Argument | None:
    """The place introduced by "tại"/"ở" in the words from piece ``j`` naming the event attended."""
    for k in range(j, min(stop, j + _EVENT_REACH)):
        piece = view.pieces[k]
        if is_barrier(piece) or piece.mention is not None and piece.mention.type is EntityType.PERSON and not piece.mention.reference:
            return None
        if piece.mention is None and (after := view.match_any(k, PLACE_PREPOSITIONS)) is not None:
            return place_named_at(view, after)
    return None


def place_named_at(view: ArticleView, j: int) -> Argument | None:
    """The place named at piece ``j``, after at most one noun of a kind of place ("tỉnh Z", "thủ_đô Z");
    None for anything else ("tại đoàn Hà_Nội": a body of people named after a place)."""
    if j < len(view) and view.pieces[j].mention is None and (kind := view.match_any(j, PLACE_NOUNS)) is not None:
        j = kind
    mention = view.pieces[j].mention if j < len(view) else None
    if mention is None or mention.type not in PLACE_TYPES or mention.reference:
        return None
    return Argument(mention, j)
