"""Who meets, when the subject before a meeting verb is not one named party alone: a leader "và/cùng"
the delegation they lead ("Bộ_trưởng X cùng đoàn công_tác đã làm_việc với Y": X meets Y), and the
unnamed leaders of a named place ("Lãnh_đạo tỉnh X đã tiếp Y": the province meets Y)."""

from __future__ import annotations

from collections.abc import Collection

from kg.extract.events.place_officials import MET_PLACES, opens_officials_subject
from kg.extract.events.reader import EventReader
from kg.extract.frames import Argument, ends_with_any, phrase_set, skip_left
from kg.lexicon import word_list
from kg.model import EntityType

#: The people who go with a leader: "đoàn công_tác", "đoàn tùy_tùng", "các thành_viên trong đoàn".
_ENTOURAGES = phrase_set(*word_list("events.entourages"))
#: Words that join the entourage to its leader: "và", "cùng", "cùng với".
_ALONG_WITH = phrase_set(*word_list("events.along-with"))


def with_delegation(reader: EventReader, cue: int, types: Collection[EntityType]) -> tuple[list[Argument], bool] | None:
    """"X (và|cùng) đoàn công_tác (đã) VERB": the leader before the entourage, and whether the act is
    only planned; None when no entourage stands right before the verb."""
    view = reader.view
    first = view.bounds(cue)[0]
    j = skip_left(view, cue - 1, first, reader.times)
    entourage = ends_with_any(view, j, _ENTOURAGES, first) if j >= first else None
    if entourage is None or entourage - 1 < first:
        return None
    joined = ends_with_any(view, entourage - 1, _ALONG_WITH, first)
    if joined is None:
        return None
    found = reader.act(joined, types)
    if found is None:
        return None
    subjects = found[0]
    planned, left_out = reader.modality(subjects, cue)
    return None if left_out else (subjects, planned or found[1])


def officials_subject(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """"Lãnh_đạo (tỉnh) X (đã) tiếp Y" opening its clause: the place whose unnamed leaders meet, and whether
    the act is only planned; None otherwise."""
    view = reader.view
    first = view.bounds(cue)[0]
    j = skip_left(view, cue - 1, first, reader.times)
    mention = view.pieces[j].mention if j >= first else None
    if mention is None or mention.type not in MET_PLACES or not opens_officials_subject(view, j, first):
        return None
    subject = Argument(mention, j)
    planned, left_out = reader.modality([subject], cue)
    return None if left_out else ([subject], planned)
