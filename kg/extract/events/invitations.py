"""Invitations: "X mời Y thăm Z", "theo lời mời của X", "Y nhận lời mời"."""

from __future__ import annotations

from kg.extract.cues import CueMatch, cue_at
from kg.extract.events.reader import (
    EventReader,
    PARTICIPANT_TYPES,
    distinct,
)
from kg.extract.frames import (
    Argument,
    PLACE_TYPES,
    ends_with_any,
    is_barrier,
    noun_phrase_start,
    objects_after,
    phrase_set,
    same_person_name,
    subject_before,
)
from kg.extract.pieces import ArticleView
from kg.extract.registry import frame_reader
from kg.lexicon import word_list
from kg.model import Event, EventType, Mention

_GO_WORDS = phrase_set(*word_list("events.go-words"))
_ACCEPT_WORDS = phrase_set(*word_list("events.accept-words"))
_FROM = phrase_set(*word_list("events.from"))
_FOR = phrase_set(*word_list("events.for"))
_PASSIVE = phrase_set(*word_list("events.passive"))
#: Verbs of passing on or sending an invitation ("chuyển lời mời của X tới Y", "gửi lời mời tới Y").
_CONVEY = phrase_set(*word_list("events.convey-invitation"))
#: The word before whom it is passed on to.
_TOWARDS = phrase_set(*word_list("events.towards"))
#: Words that open an invitation told before the main clause ("Theo lời mời của X , …").
_FRONTING = frozenset({("theo",), ("nhận",)})
#: What an invitation accepted before the main clause is to: the act that clause tells.
_INVITED_TO = frozenset({EventType.VISIT, EventType.TRAVEL, EventType.MEETING})


@frame_reader("invite", family="events")
def invite(reader: EventReader, match: CueMatch) -> None:
    view = reader.view
    first, last = view.bounds(match.start)
    if match.start - 1 >= first and view.match_any(match.start - 1, _PASSIVE):
        return  # "X được mời": the inviter is not written
    found = reader.act(match.start, PARTICIPANT_TYPES)
    if found is None:
        return
    inviters, planned = found
    invitees = _invited_before(reader, inviters[0].piece) or _invited_after(view, match.end)
    if not invitees:
        return
    destination = _destination_after(reader, max(i.piece for i in invitees) + 1, last)
    accepted = _accepted_later(reader, match.end, last)
    _emit_invitation(reader, inviters, invitees, destination, match.start, planned, accepted)


def _invited_before(reader: EventReader, inviter: int) -> list[Argument]:
    """"Y được X mời …": the one invited, named before the passive word that opens the inviter's phrase."""
    view = reader.view
    first = view.bounds(inviter)[0]
    k = noun_phrase_start(view, inviter) - 1
    if k - 1 < first or view.match_any(k, _PASSIVE) != k + 1:
        return []
    return subject_before(view, k, PARTICIPANT_TYPES, reader.times)


def _invited_after(view: ArticleView, j: int) -> list[Argument]:
    """Whom the verb ending at ``j`` invites: named after it, not after a word of going ("mời tới Nhà_Trắng"
    names where one is invited to)."""
    invitees = objects_after(view, j, PARTICIPANT_TYPES, max_gap=3)
    if invitees and any(view.match_any(k, _GO_WORDS) is not None for k in range(j, noun_phrase_start(view, invitees[0].piece))):
        return []
    return invitees


def _emit_invitation(reader: EventReader, inviters, invitees, destination, cue, planned, accepted, with_time=True) -> None:
    roles = [("agent", i) for i in distinct(inviters)] + [("recipient", i) for i in distinct(invitees)]
    if destination is not None:
        roles.append(("destination", destination))
    reader.emit(EventType.INVITATION, roles, cue, planned=planned, accepted=accepted, with_time=with_time)


def _destination_after(reader: EventReader, j: int, last: int) -> Argument | None:
    view = reader.view
    for step in range(j, min(last, j + 3)):
        end = view.match_any(step, _GO_WORDS)
        if end is not None:
            found = objects_after(view, end, PLACE_TYPES, max_gap=2, stop_at_place=False)
            return found[0] if found else None
        if is_barrier(view.pieces[step]):
            return None
    return None


def _accepted_later(reader: EventReader, j: int, last: int) -> bool | None:
    """"X mời Y … và Y đã nhận_lời": the invitation is accepted in the same sentence."""
    for step in range(j, last):
        if reader.view.match_any(step, _ACCEPT_WORDS) is not None:
            return True
        if reader.view.pieces[step].text in {".", ";"}:
            break
    return None


@frame_reader("invitation-noun", family="events")
def invitation_noun(reader: EventReader, match: CueMatch) -> None:
    """"… theo lời mời của X", "Y cảm_ơn X về lời mời thăm Z", and one passed on: "A chuyển lời mời của X
    tới Y"."""
    view = reader.view
    first, last = view.bounds(match.start)
    inviters: list[Argument] = []
    if match.end < last and view.pieces[match.end].syllables == ("của",):
        inviters = objects_after(view, match.end + 1, PARTICIPANT_TYPES, max_gap=2)
    elif match.start - 1 >= first and view.pieces[match.start - 1].syllables in _FOR:
        k = match.start - 2
        if k >= first and (m := view.pieces[k].mention) is not None and m.type in PARTICIPANT_TYPES:
            inviters = [Argument(m, k)]
    conveyed = ends_with_any(view, match.start - 1, _CONVEY, first) if match.start - 1 >= first else None
    if conveyed is not None:
        # "A chuyển lời mời của X tới Y thăm Z": the one invited is named after "tới", not A who passes it on
        _conveyed(reader, match, inviters, conveyed, last)
        return
    if not inviters:
        return
    invitees = _clause_subject(reader, match.start)
    if not invitees:
        _invited_in_main_clause(reader, match, inviters)
        return
    if any(same_person_name(i.mention, v.mention) for i in inviters for v in invitees):
        return
    destination = _destination_after(reader, match.end, last) or _destination_before(reader, match.start)
    _emit_invitation(reader, inviters, invitees, destination, match.start, False, None, with_time=False)


def _conveyed(reader: EventReader, match: CueMatch, inviters: list[Argument], verb: int, last: int) -> None:
    """"A chuyển lời mời của X tới Y (thăm Z)", "X gửi lời mời tới Y": an invitation passed on or sent by
    the verb at piece ``verb``, to the person or body named right after "tới/đến"; the inviter is X, or
    the verb's subject when no "của X" names another."""
    view = reader.view
    if not inviters:
        found = reader.act(verb, PARTICIPANT_TYPES)
        if found is None:
            return
        inviters = found[0]
    j = max([a.piece for a in inviters if a.piece > match.start] + [match.end - 1]) + 1
    towards = view.match_any(j, _TOWARDS) if j < last else None
    if towards is None:
        return
    invitees = objects_after(view, towards, PARTICIPANT_TYPES, max_gap=3)
    if not invitees or noun_phrase_start(view, invitees[0].piece) != towards:
        return
    destination = _destination_after(reader, invitees[-1].piece + 1, last)
    _emit_invitation(reader, inviters, invitees[:1], destination, match.start, False, None, with_time=False)


def _clause_subject(reader: EventReader, cue: int) -> list[Argument]:
    """The subject at the head of the clause holding piece ``cue``."""
    view = reader.view
    first = view.bounds(cue)[0]
    start = cue
    while start - 1 >= first and not is_barrier(view.pieces[start - 1]):
        start -= 1
    for k in range(start, cue):
        mention = view.pieces[k].mention
        if mention is not None and mention.type in PARTICIPANT_TYPES and noun_phrase_start(view, k) - start <= 1:
            return [Argument(mention, k)]
    return []


def _destination_before(reader: EventReader, cue: int) -> Argument | None:
    view = reader.view
    first = view.bounds(cue)[0]
    for j in range(cue - 1, first - 1, -1):
        if is_barrier(view.pieces[j]):
            return None
        end = view.match_any(j, _GO_WORDS)
        if end is not None and end <= cue:
            found = objects_after(view, end, PLACE_TYPES, max_gap=2, stop_at_place=False)
            if found and found[0].piece < cue:
                return found[0]
    return None


@frame_reader("accept", family="events")
def accept(reader: EventReader, match: CueMatch) -> None:
    view = reader.view
    last = view.bounds(match.start)[1]
    found = reader.act(match.start, PARTICIPANT_TYPES)
    if found is None:
        _fronted_acceptance(reader, match)
        return
    invitees, planned = found
    destination = _destination_after(reader, match.end, last)
    inviters: list[Argument] = []
    for step in range(match.end, min(last, match.end + 8)):
        if view.pieces[step].syllables in _FROM:
            inviters = objects_after(view, step + 1, PARTICIPANT_TYPES, max_gap=2)
            break
        if is_barrier(view.pieces[step]):
            break
    if not inviters:
        earlier = _earlier_invitation(reader, invitees[0].mention)
        if earlier is None:
            return
        inviters = [Argument(m, invitees[0].piece) for m in earlier.mentions("agent")]
        if destination is None and earlier.mentions("destination"):
            destination = Argument(earlier.mentions("destination")[0], invitees[0].piece)
    _emit_invitation(reader, inviters, invitees, destination, match.start, planned, True, with_time=False)


def _fronted_acceptance(reader: EventReader, match: CueMatch) -> None:
    """"Nhận lời mời của X , Y sẽ thăm Z", "Nhận lời mời của X , đoàn đại_biểu do Y dẫn_đầu sang thăm Z": an
    acceptance set before the main clause, whose subject (or the one who leads it) accepts X's
    invitation to the visit, trip or meeting that clause tells."""
    view = reader.view
    first, last = view.bounds(match.start)
    if match.end >= last or view.pieces[match.end].syllables != ("của",):
        return
    inviters = objects_after(view, match.end + 1, PARTICIPANT_TYPES, max_gap=2)
    if inviters:
        _invited_in_main_clause(reader, match, inviters)


def _invited_in_main_clause(reader: EventReader, match: CueMatch, inviters: list[Argument]) -> None:
    """The invitation of ``inviters`` told at ``match`` before the main clause ("Nhận / Theo lời mời
    của X , Y sẽ thăm Z"): to the first person or body of that clause, when it tells a visit, a trip
    or a meeting."""
    view = reader.view
    first, last = view.bounds(match.start)
    opening = match.start - 1 if match.start > first and view.pieces[match.start - 1].syllables in _FRONTING else match.start
    if any(view.pieces[k].mention is not None for k in range(first, opening)):
        return
    if opening > first and view.pieces[opening - 1].text != ",":
        return  # only a clause opener ("Như đã đưa_tin ,") may stand before it
    comma = next((k for k in range(max(i.piece for i in inviters) + 1, last) if view.pieces[k].text == ","), None)
    if comma is None:
        return
    acts = (cue_at(view, c) for c in reader.cue_starts if comma < c < last)
    act = next((m for m in acts if m is not None and m.cue.event in _INVITED_TO), None)
    if act is None:
        return
    reader.after_all.append(lambda: _invited_to_act(reader, match.start, inviters, act.start))


def _invited_to_act(reader: EventReader, cue: int, inviters: list[Argument], act: int) -> None:
    """The invitation of ``inviters`` told at piece ``cue`` to whoever does the act told at piece
    ``act`` ("đoàn đại_biểu … do X dẫn_đầu sang thăm Z": X), once that act is read."""
    event = reader.told_at.get(act)
    if event is None:
        return
    view = reader.view
    doers = [m for role in ("agent", "participant") for m in event.mentions(role)]
    invitees = [m for m in doers if not any(same_person_name(m, i.mention) or m.key == i.mention.key for i in inviters)]
    if len(invitees) != 1:
        return
    where = event.mentions("destination") or event.mentions("place")
    invitee = Argument(invitees[0], _piece_of(view, invitees[0], act))
    destination = Argument(where[0], _piece_of(view, where[0], act)) if where else None
    _emit_invitation(reader, inviters, [invitee], destination, cue, False, True, with_time=False)


def _piece_of(view, mention: Mention, near: int) -> int:
    """The piece of ``mention`` in the sentence of piece ``near`` (``near`` when it is not there)."""
    first, last = view.bounds(near)
    return next((k for k in range(first, last) if view.pieces[k].mention is mention), near)


def _earlier_invitation(reader: EventReader, invitee: Mention) -> Event | None:
    for event in reversed(reader.events):
        if event.type is EventType.INVITATION and any(
            same_person_name(invitee, m) for m in event.mentions("recipient")
        ):
            return event
    return None

