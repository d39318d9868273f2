"""Travellers named before a relative clause or a preposition of circumstance: "X , người đang có
chuyến thăm Z , cho_biết …", "X , người vừa tới Z , …" (the person the relative "người" stands for), and
"X đang trong chuyến thăm Z" (the one who is in the visit)."""

from __future__ import annotations

from kg.extract.events.reader import EventReader
from kg.extract.frames import Argument, ends_with_any, phrase_set, skip_left
from kg.lexicon import word_list
from kg.model import EntityType

#: Nouns that open a relative clause apposed to a person ("X , người …").
_RELATIVE_HEADS = phrase_set(*word_list("events.relative-heads"))
#: Prepositions of circumstance: "X (đang) trong chuyến thăm Z".
_CIRCUMSTANCE = phrase_set(*word_list("events.circumstance"))
#: Of them, the ones that may stand as the verb of being in the visit.
_BEING_IN = phrase_set(*word_list("events.being-in"))


def relative_subject(reader: EventReader, verb: int) -> tuple[list[Argument], bool] | None:
    """"X , người (đang) VERB …": the person named before the comma that opens the relative clause of
    the verb at piece ``verb``, and whether the act is only planned; None otherwise, or when negated."""
    view = reader.view
    first = view.bounds(verb)[0]
    j = skip_left(view, verb - 1, first, reader.times)
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
