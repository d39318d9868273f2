"""Who meets, when the subject before a meeting verb is not one named party alone: the unnamed leaders
of a named place ("Lãnh_đạo tỉnh X đã tiếp Y": the province meets Y)."""

from __future__ import annotations

from kg.extract.events.place_officials import MET_PLACES, opens_officials_subject
from kg.extract.events.reader import EventReader
from kg.extract.frames import Argument, skip_left


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
