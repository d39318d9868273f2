"""Trips and meetings of a named body's delegation: "Đoàn đại_biểu Đảng X sang thăm Z", "Đoàn công_tác
của Bộ X đã đến Z", "một nhóm nghị_sĩ X đang có_mặt ở Z", "Đoàn công_tác của Bộ X đến làm_việc với Y".
The delegation goes and meets as the body (docs/annotation.md), also when the one who leads it is named
("Đoàn đại_biểu Đảng X do ông Y dẫn_đầu sang thăm Z": the party visits); the nouns of a delegation are
``events.travelling-groups``."""

from __future__ import annotations

from kg.extract.events.named_delegations import named_delegation
from kg.extract.events.reader import EventReader
from kg.extract.frames import Argument, ends_with_any, phrase_set, skip_left
from kg.lexicon import word_list

#: Verbs of going that open the act the delegation goes to do ("đến làm_việc với Y", "sang gặp Y").
_GO_TO_ACT = phrase_set(*word_list("events.go-to-act"))


def delegation_subject(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """The body whose delegation is the subject of the verb at piece ``cue`` (past adverbs and time
    words, and a verb of going that opens the act: "đến làm_việc với Y"), and whether the trip is only planned; None when the subject is no delegation of a named
    body, or when the trip is negated or only proposed."""
    view = reader.view
    first = view.bounds(cue)[0]
    j = skip_left(view, cue - 1, first, reader.times)
    if j >= first and view.pieces[j].mention is None and (going := ends_with_any(view, j, _GO_TO_ACT, first)) is not None:
        j = skip_left(view, going - 1, first, reader.times)  # "Đoàn công_tác của Bộ X đến làm_việc với Y"
    subject = named_delegation(view, j, first)
    if subject is None:
        return None
    planned, left_out = reader.modality([subject], cue)
    return None if left_out else ([subject], planned)
