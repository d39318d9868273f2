"""Travellers named before a relative clause or a preposition of circumstance: "X , người đang có
chuyến thăm Z , cho_biết …", "X , người vừa tới Z , …", "X , người rời A để sang Z" (the person the
relative "người" stands for), and "X đang trong chuyến thăm Z" (the one who is in the visit), and
"X trở_về nước sau chuyến thăm Z" (the subject of the clause the visit closes)."""

from __future__ import annotations

from kg.extract.cues import cue_at
from kg.extract.events.reader import LEAVE, PARTICIPANT_TYPES, TRADE_NOUNS, EventReader, is_time
from kg.extract.frames import Argument, ends_with_any, is_barrier, noun_phrase_start, phrase_set, skip_left
from kg.lexicon import word_list
from kg.model import EntityType, EventType

#: Nouns that open a relative clause apposed to a person ("X , người …").
_RELATIVE_HEADS = phrase_set(*word_list("events.relative-heads"))
#: Prepositions of circumstance: "X (đang) trong chuyến thăm Z".
_CIRCUMSTANCE = phrase_set(*word_list("events.circumstance"))
#: Of them, the ones that may stand as the verb of being in the visit.
_BEING_IN = phrase_set(*word_list("events.being-in"))
#: Prepositions of circumstance that may close a clause with the visit of its subject ("X … sau chuyến thăm Z").
_CLOSING = phrase_set(*word_list("events.closing-circumstance"))
#: Verbs of going home that name no place after them ("X về nước sau chuyến du_đấu tại Z").
_GOING_HOME = phrase_set(*word_list("events.going-home"))
#: Marks that end a sentence.
_SENTENCE_ENDS = frozenset({".", "!", ";"})


def relative_subject(reader: EventReader, verb: int) -> tuple[list[Argument], bool] | None:
    """"X , người (đang) VERB …": the person named before the comma that opens the relative clause of
    the verb at piece ``verb``, and whether the act is only planned; None otherwise, or when negated."""
    view = reader.view
    first = view.bounds(verb)[0]
    j = skip_left(view, verb - 1, first, reader.times)
    left = reader.leaving_verb(j, first) if j >= first else None
    if left is not None:
        j = skip_left(view, left - 1, first, reader.times)  # "X , người rời A để sang Z": the one who left goes
    head = ends_with_any(view, j, _RELATIVE_HEADS, first) if j >= first else None
    if head is None or head - 2 < first or view.pieces[head - 1].text != ",":
        return None
    mention = view.pieces[head - 2].mention
    if mention is None or mention.type is not EntityType.PERSON or mention.reference:
        return None
    subject = Argument(mention, head - 2)
    planned, left_out = reader.modality([subject], verb)
    return None if left_out else ([subject], planned)


def in_the_visit(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """"X (đang) trong chuyến thăm Z": the subject of the preposition right before the visit noun at
    piece ``cue``, read as a verb of being, and whether the visit is only planned."""
    view = reader.view
    first = view.bounds(cue)[0]
    start = ends_with_any(view, cue - 1, _BEING_IN, first) if cue - 1 >= first else None
    if start is None or start == first:
        return None
    return reader.act(start) or relative_subject(reader, start)


def subject_of_closing_circumstance(reader: EventReader, cue: int, after: int) -> tuple[list[Argument], bool] | None:
    """"X (đã) trở_về nước sau chuyến thăm Z .", "X phát_biểu trong chuyến thăm Z .": a visit named by a
    phrase of circumstance (``events.closing-circumstance``) that closes the sentence is the visit of the
    person or body opening it, when no other one is named in between; ``after`` is the piece past the
    visit's destination. None otherwise, or when the clause is negated."""
    view = reader.view
    first, last = view.bounds(cue)
    preposition = next((j for j in range(max(first, cue - 3), cue) if view.match_any(j, _CLOSING) == cue), None)
    if preposition is None:
        return None
    k = after
    while k < last and is_time(reader.times, view.pieces[k]):
        k += 1
    if k < last and view.pieces[k].text not in _SENTENCE_ENDS:
        return None  # the phrase goes on: whom it belongs to is told there ("… , X nói")
    j = first
    while j < preposition and (view.pieces[j].text == "," or is_time(reader.times, view.pieces[j])):
        j += 1
    if j < preposition and view.pieces[j].mention is None and (trade := view.match_any(j, TRADE_NOUNS)) is not None:
        j = trade  # "Ca_sĩ X đã hồi_hương sau chuyến lưu_diễn tại Z ."
    mentions = [(k, view.pieces[k].mention) for k in range(j, preposition) if view.pieces[k].mention is not None]
    parties = [(k, m) for k, m in mentions if m.type in PARTICIPANT_TYPES]
    if len(parties) != 1 or parties[0][1].reference or noun_phrase_start(view, parties[0][0]) != j:
        return None
    if any(is_barrier(view.pieces[i]) for i in range(parties[0][0] + 1, preposition)):
        return None
    if not any(_goes(reader, i) for i in range(parties[0][0] + 1, preposition)):
        return None  # what one does in a visit does not tell whose it is; going or leaving on it does
    subject = Argument(parties[0][1], parties[0][0])
    planned, left_out = reader.modality([subject], preposition)
    return None if left_out else ([subject], planned)


def _goes(reader: EventReader, j: int) -> bool:
    """Whether a verb of going (a travel cue), of leaving or of going home ("về nước") starts at piece ``j``."""
    if reader.view.match_any(j, LEAVE) is not None or reader.view.match_any(j, _GOING_HOME) is not None:
        return True
    found = cue_at(reader.view, j) if j in reader.cue_starts else None
    return found is not None and found.cue.event is EventType.TRAVEL
