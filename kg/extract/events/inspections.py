"""Inspections told by their verb: "Bộ_trưởng X kiểm_tra Bệnh_viện Y", "Đoàn kiểm_tra của Sở X đã kiểm_tra
bếp_ăn của Trường Y", "Phó Thủ_tướng X đến kiểm_tra công_trình tại tỉnh Z". Going to inspect a body or a
place is a visit to it (docs/annotation.md: an agent visits a place or a host): the body inspected is
the visit's host, the place its destination. Only a body or place named right after the verb, the body
whose premises are inspected ("bếp_ăn của Trường Y", not "hoạt_động của Ngân_hàng Y", an audit), or the
place after a short noun phrase and "tại/ở" is read; checks one undergoes ("kiểm_tra sức_khỏe tại Bệnh_viện
Y") are no visit."""

from __future__ import annotations

from kg.extract.cues import CueMatch
from kg.extract.events.attendance import place_named_at
from kg.extract.events.delegations import delegation_subject
from kg.extract.events.reader import EventReader
from kg.extract.clauses import PLACE_PREPOSITIONS, PLACE_TYPES, is_barrier, noun_phrase_start
from kg.extract.frames import Argument, ends_with_any, phrase_set
from kg.extract.objects import objects_after
from kg.extract.pieces import ArticleView
from kg.extract.registry import frame_reader
from kg.lexicon import word_list
from kg.model import EntityType, EventType

#: Checks one undergoes, not an inspection of a body ("kiểm_tra sức_khỏe", "kiểm_tra doping").
_SELF_CHECKS = phrase_set(*word_list("events.self-checks"))
#: Nouns that the inspecting verb is part of ("đoàn kiểm_tra", "kết_quả kiểm_tra"): no act.
_INSPECTION_NOUNS = phrase_set(*word_list("events.inspection-nouns"))
#: Premises of a body one goes to inspect ("bếp_ăn của Trường Y", "kho của Công_ty Y").
_PREMISES = phrase_set(*word_list("events.inspected-premises"))
#: Words that tie what is inspected to the body it belongs to ("bếp_ăn của Trường Y").
_OF = phrase_set(*word_list("events.delegation-of"))
#: How many words may name what is inspected before "của"/"tại" and its owner or place.
_THING_REACH = 4


@frame_reader("inspect", family="events")
def inspection(reader: EventReader, match: CueMatch) -> None:
    """X (đến) kiểm_tra Y: a visit of X to the body or place Y."""
    view = reader.view
    first, last = view.bounds(match.start)
    if match.start - 1 >= first and ends_with_any(view, match.start - 1, _INSPECTION_NOUNS, first) is not None:
        return  # "đoàn kiểm_tra", "sau khi kiểm_tra": the noun, or an act told elsewhere
    found = reader.act(match.start) or delegation_subject(reader, match.start)
    if found is None:
        return
    subjects, planned = found
    inspected = _inspected(view, match.end, min(last, reader.next_cue(match.start)))
    if inspected is None:
        return
    roles = [("agent", s) for s in subjects]
    if any(s.mention.key == inspected.mention.key for s in subjects):
        return
    if inspected.mention.type.is_organization:
        reader.emit(EventType.VISIT, roles + [("recipient", inspected)], match.start, planned=planned)
    else:
        reader.emit(EventType.VISIT, roles, match.start, planned=planned, place=inspected)


def _inspected(view: ArticleView, j: int, stop: int) -> Argument | None:
    """The body or place named right after the verb ending at ``j``, or after a few words and
    "của"/"thuộc" (a body) or "tại"/"ở" (a place); None when there is none, or the check is one
    undergone."""
    types = PLACE_TYPES | {EntityType.ORGANIZATION}
    k = j
    while k < stop and k - j <= _THING_REACH:
        piece = view.pieces[k]
        if is_barrier(piece) or view.match_any(k, _SELF_CHECKS) is not None:
            return None
        if piece.mention is not None:
            if k > j or piece.mention.type not in types or piece.mention.reference:
                return None
            found = objects_after(view, k, types, max_gap=0)
            return found[0] if found and noun_phrase_start(view, found[0].piece) == k else None
        if k > j and (owner := view.match_any(k, _OF)) is not None:
            if view.match_any(j, _PREMISES) is None:
                return None  # "kiểm_tra hoạt_động của Ngân_hàng Y": an audit of what a body does, not a visit
            found = objects_after(view, owner, types, max_gap=0)  # "bếp_ăn của Trường Y"
            return found[0] if found and not found[0].mention.reference else None
        if k > j and (at := view.match_any(k, PLACE_PREPOSITIONS)) is not None:
            return place_named_at(view, at)  # "công_trình tại tỉnh Z"
        k += 1
    return None
