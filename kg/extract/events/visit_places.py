"""Where a visit goes. Words that qualify the visit may stand between its verb and where it goes
("X ở thăm chính_thức Z", "X đến thăm hữu_nghị Z"), and "với" the host of a working visit ("X thăm và
làm_việc với Bộ Y"). When what is visited goes unnamed ("X thăm_hỏi và trao quà cho người_dân tại Z",
"X đến thăm các hộ nghèo ở xã Z"), the visit is where "tại/ở" says later in its clause."""

from __future__ import annotations

from kg.extract.cues import cue_at
from kg.extract.events.reader import EventReader, PARTICIPANT_TYPES
from kg.extract.frames import PLACE_PREPOSITIONS, Argument, ends_with_any, is_barrier, phrase_set, place_after
from kg.extract.objects import title_goes_on
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EventType

#: Words that qualify a visit ("chính_thức", "hữu_nghị", "cấp nhà_nước", "và làm_việc").
_QUALIFIERS = phrase_set(*word_list("events.visit-qualifiers"))
#: The verbs of a working visit, whose host "với" introduces after them ("làm_việc với").
_WORKING = phrase_set(*word_list("events.working-verbs"))
_WITH = ("với",)

#: How many pieces the unnamed ones visited, and the acts joined to the visit, may span before "tại/ở".
_PLACE_REACH = 12


def place_in_clause(reader: EventReader, end: int) -> Argument | None:
    """The place of a visit whose verb ends at piece ``end`` and whose object is unnamed: the first
    "tại/ở Z" of its clause, or None when a named person or body, a verb of going or the end of the
    clause comes first."""
    view = reader.view
    last = view.bounds(end)[1] if end < len(view) else end
    for j in range(end, min(last, end + _PLACE_REACH)):
        piece = view.pieces[j]
        if is_barrier(piece) or piece.is_quote_mark:
            return None
        if piece.mention is not None and piece.mention.type in PARTICIPANT_TYPES:
            return None  # a named host: read as the one visited, or not at all
        if j in reader.cue_starts and (act := cue_at(view, j)) is not None and act.cue.event is EventType.TRAVEL:
            return None  # "thăm … rồi sang Z": a journey on to somewhere else
        if view.match_any(j, PLACE_PREPOSITIONS) is not None and not title_goes_on(view, j):
            stop = next((k for k in range(j + 1, last) if is_barrier(view.pieces[k])), last)
            return place_after(view, j, stop)
    return None


def past_qualifiers(view: ArticleView, end: int) -> int:
    """The piece after the words qualifying the visit verb that ends at piece ``end`` ("thăm chính_thức Z"),
    and after "với" when the verb phrase ends in "làm_việc" ("thăm và làm_việc với Z")."""
    first, last = view.bounds(end - 1)
    j = end
    while j < last and (step := view.match_any(j, _QUALIFIERS)) is not None:
        j = step
    ends_working = j - 1 >= first and ends_with_any(view, j - 1, _WORKING, first) is not None
    if ends_working and j < last and view.pieces[j].mention is None and view.pieces[j].syllables == _WITH:
        j += 1
    return j
