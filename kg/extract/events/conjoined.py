"""The subject of a verb of going or visiting joined by "và" to an earlier verb phrase of its clause:
"X đang học tiếng Nga và đã tới thăm Z", "X cảm_ơn Y … và bày_tỏ vui_mừng được đến thăm Z",
"A cho_biết X … và sẽ sang Z". The verb shares the subject that opens the clause: the first name of
the sentence, or the first after a verb of saying ("cho_biết X …"), a colon or a quotation mark,
past a phrase of time or place set before it ("Chiều 21/10 , X …")."""

from __future__ import annotations

from kg.extract.events.clause_starts import clause_start
from kg.extract.events.reader import EventReader, PARTICIPANT_TYPES
from kg.extract.frames import Argument, ends_with_any, noun_phrase_start, objects_after, phrase_set, skip_left
from kg.lexicon import word_list

#: Words of gladness between "và" and the verb ("và bày_tỏ vui_mừng được đến thăm Z").
_GLAD_TO = phrase_set(*word_list("events.glad-to"))
#: Words that join two verb phrases of one subject.
_AND = ("và",)
#: How far the clause's subject, with its title and honorific, may stand after the clause's start.
_SUBJECT_REACH = 4


def conjoined_subject(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """The subject of the verb at piece ``cue`` when "và" joins it to a verb phrase before it, and
    whether the act is only planned; None when no "và" stands before the verb (past adverbs and words
    of gladness), when the clause opens with no name, or when the act is negated or only proposed."""
    view = reader.view
    first = view.bounds(cue)[0]
    j = skip_left(view, cue - 1, first, reader.times)
    glad = ends_with_any(view, j, _GLAD_TO, first) if j >= first else None
    if glad is not None:
        j = skip_left(view, glad - 1, first, reader.times)
    if j <= first or not view.pieces[j].is_word or view.pieces[j].syllables != _AND:
        return None
    subjects = _opening_subjects(reader, clause_start(view, j, first), j)
    if not subjects:
        return None
    planned, left_out = reader.modality(subjects, cue)
    return None if left_out else (subjects, planned)


def _opening_subjects(reader: EventReader, start: int, link: int) -> list[Argument]:
    """The named persons or bodies that open the clause from piece ``start`` ("X và Y …"), or that
    follow the comma closing a phrase set before it; none when a name of another kind comes first."""
    view = reader.view
    openings = [start] + [k + 1 for k in range(start, link) if view.pieces[k].text == ","]
    for opening in openings:
        if any(view.pieces[k].mention is not None and view.pieces[k].mention.type in PARTICIPANT_TYPES for k in range(start, opening)):
            return []  # a name before the comma: the clause is not fronted
        found = [a for a in objects_after(view, opening, PARTICIPANT_TYPES, max_gap=_SUBJECT_REACH) if a.piece < link]
        if not found:
            continue
        if noun_phrase_start(view, found[0].piece) != opening or any(a.mention.reference for a in found):
            return []
        return found
    return []
