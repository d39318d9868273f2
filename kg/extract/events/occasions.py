"""Visits told as the occasion of the clause after them: "Nhân_dịp thăm Z , X hội_đàm với Y",
"Trong thời_gian sang thăm Z , X đã gặp Y". The visitor is the subject of that clause, named right
after the comma that closes the phrase of the visit; the words that open such a phrase are
``events.visit-occasions``."""

from __future__ import annotations

from kg.extract.events.reader import PARTICIPANT_TYPES, EventReader
from kg.extract.frames import Argument, ends_with_any, phrase_set
from kg.extract.clauses import is_barrier, modality, noun_phrase_start
from kg.extract.objects import objects_after
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list

#: Words that make a visit verb the occasion of the clause after it ("nhân_dịp", "trong thời_gian").
_OCCASIONS = phrase_set(*word_list("events.visit-occasions"))
#: How many words of time may open the clause before its subject ("Trong chuyến thăm Z , sáng 22/10 , X …").
SUBJECT_LEAD = 3


def subject_after_phrase(view: ArticleView, j: int, last: int) -> list[Argument]:
    """The person or body opening the clause after the comma that closes the phrase at ``j``."""
    while j < last and view.pieces[j].text != ",":
        piece = view.pieces[j]
        if is_barrier(piece) or piece.mention is not None and piece.mention.type in PARTICIPANT_TYPES:
            return []
        j += 1
    found = objects_after(view, j + 1, PARTICIPANT_TYPES, max_gap=4)
    if found and noun_phrase_start(view, found[0].piece) <= j + 1 + SUBJECT_LEAD and not found[0].mention.reference:
        return found[:1]
    return []


def occasion_subject(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """The visitor of the visit verb at piece ``cue`` when a word of occasion opening the sentence
    stands right before it, and whether the visit is only planned (as the clause after it is);
    None otherwise, or when that clause is negated."""
    view = reader.view
    first, last = view.bounds(cue)
    opener = ends_with_any(view, cue - 1, _OCCASIONS, first) if cue - 1 >= first else None
    if opener is None or opener != first:
        return None
    subjects = subject_after_phrase(view, cue, last)
    if not subjects:
        return None
    planned, negated = modality(view, subjects[0].piece + 1, reader.next_cue(subjects[0].piece))
    return None if negated else (subjects, planned)
