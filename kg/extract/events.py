"""Meetings, visits, travels, invitations and gifts, with their binary shortcuts.

Each cue of ``ontology/events.tsv`` is read with its frame (see that file):
the subject before the verb, the object after it, "nhau" for a reciprocal
act, "tại/ở X" for the place, "bằng …" for the vehicle, the nearest date of
the sentence for the time. A negated act ("không có kế_hoạch thăm") gives
nothing; a future one ("sẽ thăm … vào tháng 10") is marked planned.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg import lexicon
from kg.extract.frames import (
    PLACE_TYPES,
    Argument,
    ends_with_any,
    phrase_set,
    skip_left,
    is_barrier,
    modality,
    noun_phrase_start,
    objects_after,
    place_after,
    provenance,
    same_person_name,
    subject_before,
    introduced_directly,
    time_near,
)
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType, Event, EventRole, EventType, Mention, Statement, TimeExpression

EXTRACTOR = "events"
PARTICIPANT_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION})
_VISIT_TARGETS = PLACE_TYPES | {EntityType.ORGANIZATION}
_RECIPROCAL = word_list("events.reciprocal")
_SUBORDINATORS = phrase_set(*word_list("events.subordinators"))
_INVITE_WORDS = phrase_set(*word_list("events.invite-words"))
_GO_WORDS = phrase_set(*word_list("events.go-words"))
_VEHICLE_HEADS = phrase_set(*word_list("events.vehicle-heads"))
_CARRY = phrase_set(*word_list("events.carry"))
_EVENT_NOUNS = phrase_set(*word_list("events.event-nouns"))
_ACCEPT_WORDS = phrase_set(*word_list("events.accept-words"))
_FROM = phrase_set(*word_list("events.from"))
_BY = phrase_set(*word_list("events.by"))
_FOR = phrase_set(*word_list("events.for"))
_TRIP_NOUNS = phrase_set(*word_list("events.trip-nouns"))
_ITEM_SKIP = phrase_set(*word_list("events.item-skip"))
_ITEM_STOP = phrase_set(*word_list("events.item-stop"))
_PASSIVE = phrase_set(*word_list("events.passive"))
_PROPOSALS = phrase_set(*word_list("events.proposals"))
#: What may stand between "tiếp/gặp" and a body met: "tiếp đoàn đại_biểu Đảng X".
_BODY_MET = phrase_set(*word_list("events.body-met"))
#: Confidence of an event read with all its arguments written (docs/confidence.md).
BASE_CONFIDENCE = 0.85


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found in the article: pieces ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    cue: lexicon.Cue


def find_cues(view: ArticleView) -> list[CueMatch]:
    """Every cue of the lexicon in the article, longest first, without overlaps."""
    cues = lexicon.cues()
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in cues:
        by_first.setdefault(key[0], []).append(key)
    found = []
    i = 0
    while i < len(view):
        piece = view.pieces[i]
        best = None
        if piece.is_word and piece.syllables:
            for key in by_first.get(piece.syllables[0], ()):
                end = view.match(i, key)
                if end is not None and (best is None or end > best[0]):
                    best = (end, cues[key])
        if best is not None:
            found.append(CueMatch(i, best[0], best[1]))
            i = best[0]
        else:
            i += 1
    return found


class _EventReader:
    def __init__(self, view: ArticleView, times: Sequence[TimeExpression], cue_starts: Sequence[int] = ()):
        self.view = view
        self.times = times
        self.events: list[Event] = []
        self.cue_starts = sorted(cue_starts)

    # -- helpers ---------------------------------------------------------
    def subjects(self, cue: int, types=PARTICIPANT_TYPES, possessor_heads=()) -> list[Argument]:
        found = subject_before(self.view, cue, types, self.times, possessor_heads=possessor_heads)
        if found:
            return found
        # "X trở về Moskva sau khi gặp Y": the subordinate clause shares the sentence's subject
        view = self.view
        first = view.bounds(cue)[0]
        j = skip_left(view, cue - 1, first, self.times)
        if j < first or ends_with_any(view, j, _SUBORDINATORS, first) is None:
            return []
        for k in range(first, j):
            mention = view.pieces[k].mention
            if mention is not None and mention.type in types and noun_phrase_start(view, k) == first:
                return [Argument(mention, k)]
        return []

    def emit(
        self,
        event_type: EventType,
        roles: list[tuple[str, Argument]],
        cue: int,
        *,
        planned: bool = False,
        accepted: bool | None = None,
        items: tuple[str, ...] = (),
        vehicle: str | None = None,
        place: Argument | None = None,
        with_time: bool = True,
    ) -> Event:
        view = self.view
        if place is not None:
            roles = roles + [("place", place)]
        pieces = [a.piece for _, a in roles] + [cue]
        first_piece = min(noun_phrase_start(view, a.piece) if view.pieces[a.piece].mention else a.piece for _, a in roles)
        first_piece = min(first_piece, cue)
        last_piece = max(pieces)
        confidence = BASE_CONFIDENCE
        if any(a.resolved for _, a in roles):
            confidence -= 0.2
        if any(a.mention.reference for _, a in roles):
            confidence -= 0.1
        if view.pieces[cue].quoted:
            confidence -= 0.1
        bounds = view.bounds(cue)
        time = time_near(view, self.times, cue, bounds[0], bounds[1]) if with_time else None
        if time is not None and time.relative and time.relative.startswith("next"):
            planned = True
        event = Event(
            type=event_type,
            roles=tuple(EventRole(role, a.mention) for role, a in roles),
            provenance=provenance(view, first_piece, last_piece, EXTRACTOR, confidence),
            time=time,
            items=items,
            planned=planned,
            accepted=accepted,
            vehicle=vehicle,
        )
        if not any(_same_telling(event, other) for other in self.events):
            self.events.append(event)
        return event

    def modality(self, subjects: list[Argument], cue: int) -> tuple[bool, bool]:
        """(planned, left out): a negated act, or one only wished or proposed
        for its subject ("có nhã_ý mời Aslan sang Việt_Nam"), is left out."""
        view = self.view
        sentence_start = view.bounds(cue)[0]
        first = min((noun_phrase_start(view, s.piece) for s in subjects if view.pieces[s.piece].mention), default=cue)
        first = max(min(first, cue), sentence_start)
        planned, negated = modality(view, first, cue)
        proposed = any(
            ends_with_any(view, j, _PROPOSALS, sentence_start) is not None
            for j in range(max(sentence_start, first - 3), first)
        )
        return planned, negated or proposed

    def next_cue(self, after: int) -> int:
        """The first piece of the next cue after piece ``after`` in its sentence (or the sentence end)."""
        last = self.view.bounds(after)[1] if after < len(self.view) else len(self.view)
        return min([c for c in self.cue_starts if after < c < last] + [last])

    # -- frames ----------------------------------------------------------
    def meeting(self, match: CueMatch) -> None:
        view = self.view
        subjects = self.subjects(match.start)
        if not subjects:
            return
        planned, negated = self.modality(subjects, match.start)
        if negated:
            return
        last = view.bounds(match.start)[1]
        if match.end < last and view.pieces[match.end].syllables == _RECIPROCAL:
            participants = subjects
            after = match.end + 1
        else:
            objects = objects_after(view, match.end, PARTICIPANT_TYPES)
            if objects and objects[0].mention.type is not EntityType.PERSON and not self._body_met(match.end, objects[0].piece):
                objects = []
            # "X và Y hội_đàm": coordinated subjects meet each other
            participants = subjects + objects if objects else subjects if len(subjects) > 1 else []
            after = max((o.piece for o in objects), default=match.end) + 1
        participants = _distinct(participants)
        if len(participants) < 2:
            return
        place = place_after(view, after, self.next_cue(after))
        self.emit(EventType.MEETING, [("participant", p) for p in participants], match.start, planned=planned, place=place)

    def _body_met(self, start: int, k: int) -> bool:
        """Whether only words naming a body's people stand between the verb and body ``k``."""
        j = start
        while j < k:
            end = self.view.match_any(j, _BODY_MET)
            if end is None:
                return False
            j = end
        return j == k

    def meeting_between(self, match: CueMatch) -> None:
        view = self.view
        last = view.bounds(match.start)[1]
        j = match.end
        if j < last and view.pieces[j].syllables == ("thượng", "đỉnh"):
            j += 1
        if j >= last or view.pieces[j].syllables != ("giữa",):
            return
        participants = _distinct(objects_after(view, j + 1, PARTICIPANT_TYPES, max_gap=3))
        if len(participants) < 2:
            return
        after = max(p.piece for p in participants) + 1
        self.emit(EventType.MEETING, [("participant", p) for p in participants], match.start, place=place_after(view, after, self.next_cue(after)))

    def visit(self, match: CueMatch) -> None:
        view = self.view
        first = view.bounds(match.start)[0]
        if any(view.match_any(j, _INVITE_WORDS) for j in range(max(first, match.start - 4), match.start)):
            return  # "lời mời thăm Nga", "mời Y thăm Z": read by the invitation frames
        if match.start - 1 >= first and view.pieces[match.start - 1].syllables in _EVENT_NOUNS:
            return  # the noun "chuyến thăm": no verb, no subject
        subjects = self.subjects(match.start)
        if not subjects:
            return
        planned, negated = self.modality(subjects, match.start)
        if negated:
            return
        targets = objects_after(view, match.end, _VISIT_TARGETS | {EntityType.PERSON}, max_gap=4, stop_at_place=False)
        if not targets or targets[0].mention.type is EntityType.PERSON:
            return
        if not introduced_directly(view, match.end, targets[0].piece):
            return
        target = targets[0]
        roles = [("agent", s) for s in _distinct(subjects)]
        self.emit(EventType.VISIT, roles, match.start, planned=planned, place=target)

    def travel(self, match: CueMatch) -> None:
        view = self.view
        last = view.bounds(match.start)[1]
        subjects = self.subjects(match.start, PARTICIPANT_TYPES, possessor_heads=_VEHICLE_HEADS + _TRIP_NOUNS)
        if not subjects:
            return
        planned, negated = self.modality(subjects, match.start)
        if negated:
            return
        destinations = objects_after(view, match.end, PLACE_TYPES, max_gap=2, stop_at_place=False)
        if not destinations or not introduced_directly(view, match.end, destinations[0].piece):
            return
        destination = destinations[0]
        vehicle = self._vehicle_after(destination.piece + 1, last) or self._vehicle_before(subjects[0].piece)
        roles = [("agent", s) for s in _distinct(subjects)] + [("destination", destination)]
        self.emit(EventType.TRAVEL, roles, match.start, planned=planned, vehicle=vehicle)

    def _vehicle_after(self, j: int, last: int) -> str | None:
        view = self.view
        while j < last:
            piece = view.pieces[j]
            if is_barrier(piece) or piece.mention is not None:
                return None
            if piece.syllables == ("bằng",):
                words = []
                k = j + 1
                while k < last and len(words) < 3:
                    p = view.pieces[k]
                    if p.mention is not None or is_barrier(p) or view.match_any(k, _ITEM_STOP) or _is_time(self.times, p):
                        break
                    if p.syllables == ("theo",):
                        break
                    words.append(k)
                    k += 1
                if words and view.match_any(words[0], _VEHICLE_HEADS):
                    return view.words(words[0], words[-1] + 1)
                return None
            j += 1
        return None

    def _vehicle_before(self, subject: int) -> str | None:
        """"Đoàn tàu chở ông X đến …", "đoàn tàu của ông X đến …": the vehicle carrying the subject."""
        view = self.view
        first = view.bounds(subject)[0]
        j = noun_phrase_start(view, subject) - 1
        if j < first or view.match_any(j, _CARRY) != j + 1:
            return None
        for start in range(max(first, j - 3), j):
            if view.match_any(start, _VEHICLE_HEADS) is not None and all(
                view.pieces[i].is_word and not is_barrier(view.pieces[i]) for i in range(start, j)
            ):
                return view.words(start, j)
        return None

    def invite(self, match: CueMatch) -> None:
        view = self.view
        first, last = view.bounds(match.start)
        if match.start - 1 >= first and view.match_any(match.start - 1, _PASSIVE):
            return  # "X được mời": the inviter is not written
        inviters = self.subjects(match.start, PARTICIPANT_TYPES)
        if not inviters:
            return
        planned, negated = self.modality(inviters, match.start)
        if negated:
            return
        invitees = objects_after(view, match.end, PARTICIPANT_TYPES, max_gap=3)
        if not invitees:
            return
        destination = self._destination_after(max(i.piece for i in invitees) + 1, last)
        accepted = self._accepted_later(match.end, last)
        self._emit_invitation(inviters, invitees, destination, match.start, planned, accepted)

    def _emit_invitation(self, inviters, invitees, destination, cue, planned, accepted, with_time=True) -> None:
        roles = [("agent", i) for i in _distinct(inviters)] + [("recipient", i) for i in _distinct(invitees)]
        if destination is not None:
            roles.append(("destination", destination))
        self.emit(EventType.INVITATION, roles, cue, planned=planned, accepted=accepted, with_time=with_time)

    def _destination_after(self, j: int, last: int) -> Argument | None:
        view = self.view
        for step in range(j, min(last, j + 3)):
            end = view.match_any(step, _GO_WORDS)
            if end is not None:
                found = objects_after(view, end, PLACE_TYPES, max_gap=2, stop_at_place=False)
                return found[0] if found else None
            if is_barrier(view.pieces[step]):
                return None
        return None

    def _accepted_later(self, j: int, last: int) -> bool | None:
        """"X mời Y … và Y đã nhận_lời": the invitation is accepted in the same sentence."""
        for step in range(j, last):
            if self.view.match_any(step, _ACCEPT_WORDS) is not None:
                return True
            if self.view.pieces[step].text in {".", ";"}:
                break
        return None

    def invitation_noun(self, match: CueMatch) -> None:
        """"… theo lời mời của X" and "Y cảm_ơn X về lời mời thăm Z"."""
        view = self.view
        first, last = view.bounds(match.start)
        inviters: list[Argument] = []
        if match.end < last and view.pieces[match.end].syllables == ("của",):
            inviters = objects_after(view, match.end + 1, PARTICIPANT_TYPES, max_gap=2)
        elif match.start - 1 >= first and view.pieces[match.start - 1].syllables in _FOR:
            k = match.start - 2
            if k >= first and (m := view.pieces[k].mention) is not None and m.type in PARTICIPANT_TYPES:
                inviters = [Argument(m, k)]
        if not inviters:
            return
        invitees = self._clause_subject(match.start)
        if not invitees or any(same_person_name(i.mention, v.mention) for i in inviters for v in invitees):
            return
        destination = self._destination_after(match.end, last) or self._destination_before(match.start)
        self._emit_invitation(inviters, invitees, destination, match.start, False, None, with_time=False)

    def _clause_subject(self, cue: int) -> list[Argument]:
        """The subject at the head of the clause holding piece ``cue``."""
        view = self.view
        first = view.bounds(cue)[0]
        start = cue
        while start - 1 >= first and not is_barrier(view.pieces[start - 1]):
            start -= 1
        for k in range(start, cue):
            mention = view.pieces[k].mention
            if mention is not None and mention.type in PARTICIPANT_TYPES and noun_phrase_start(view, k) - start <= 1:
                return [Argument(mention, k)]
        return []

    def _destination_before(self, cue: int) -> Argument | None:
        view = self.view
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

    def accept(self, match: CueMatch) -> None:
        view = self.view
        last = view.bounds(match.start)[1]
        invitees = self.subjects(match.start, PARTICIPANT_TYPES)
        if not invitees:
            return
        planned, negated = self.modality(invitees, match.start)
        if negated:
            return
        destination = self._destination_after(match.end, last)
        inviters: list[Argument] = []
        for step in range(match.end, min(last, match.end + 8)):
            if view.pieces[step].syllables in _FROM:
                inviters = objects_after(view, step + 1, PARTICIPANT_TYPES, max_gap=2)
                break
            if is_barrier(view.pieces[step]):
                break
        if not inviters:
            earlier = self._earlier_invitation(invitees[0].mention)
            if earlier is None:
                return
            inviters = [Argument(m, invitees[0].piece) for m in earlier.mentions("agent")]
            if destination is None and earlier.mentions("destination"):
                destination = Argument(earlier.mentions("destination")[0], invitees[0].piece)
        self._emit_invitation(inviters, invitees, destination, match.start, planned, True, with_time=False)

    def _earlier_invitation(self, invitee: Mention) -> Event | None:
        for event in reversed(self.events):
            if event.type is EventType.INVITATION and any(
                same_person_name(invitee, m) for m in event.mentions("recipient")
            ):
                return event
        return None

    def give(self, match: CueMatch) -> None:
        view = self.view
        last = view.bounds(match.start)[1]
        givers = self.subjects(match.start, PARTICIPANT_TYPES | {EntityType.COUNTRY})
        if not givers:
            return
        planned, negated = self.modality(givers, match.start)
        if negated:
            return
        j = match.end
        reciprocal = self._reciprocal_after(j, last)
        if reciprocal is not None:
            givers = _distinct(givers)
            if len(givers) < 2:
                return
            items = self._item(j + 1, last) if reciprocal == j else self._item(j, reciprocal)
            for giver in givers:
                for recipient in givers:
                    if giver.mention.key != recipient.mention.key:
                        self.emit(
                            EventType.GIFT_GIVING, [("agent", giver), ("recipient", recipient)], match.start,
                            planned=planned, items=items,
                        )
            return
        if j < last and view.pieces[j].syllables == ("cho",):
            j += 1
        recipients = objects_after(view, j, PARTICIPANT_TYPES, max_gap=2)
        if recipients:
            items = self._item(max(r.piece for r in recipients) + 1, last)
            recipients = recipients[:1]
        else:
            items, after = self._item_then_for(j, last)
            recipients = objects_after(view, after, PARTICIPANT_TYPES, max_gap=2) if after is not None else []
        if not recipients:
            return
        if not items:
            items = self._item_before(givers[0].piece)
        for giver in _distinct(givers):
            self.emit(
                EventType.GIFT_GIVING, [("agent", giver), ("recipient", recipients[0])], match.start,
                planned=planned, items=items,
            )

    def _reciprocal_after(self, j: int, last: int) -> int | None:
        """Where "nhau" (or "cho nhau") stands after the verb: "tặng nhau X", "tặng X cho nhau"."""
        view = self.view
        for step in range(j, min(last, j + 8)):
            piece = view.pieces[step]
            if piece.syllables == _RECIPROCAL:
                return step
            if view.match(step, ("cho", "nhau")) is not None:
                return step
            if piece.mention is not None or is_barrier(piece):
                return None
        return None

    def _item(self, j: int, last: int) -> tuple[str, ...]:
        view = self.view
        if j < last and view.pieces[j].is_quote_mark:
            j += 1
        while j < last and view.match_any(j, _ITEM_SKIP) is not None:
            j = view.match_any(j, _ITEM_SKIP)
        words = []
        while j < last and len(words) < 2:
            piece = view.pieces[j]
            if (
                piece.mention is not None
                or is_barrier(piece)
                or view.match_any(j, _ITEM_STOP) is not None
                or _is_time(self.times, piece)
            ):
                break
            words.append(j)
            j += 1
        return (view.words(words[0], words[-1] + 1),) if words else ()

    def _item_before(self, giver: int) -> tuple[str, ...]:
        """"cây bồ_đề do X tặng Y": the item a relative clause "do/được X tặng" describes."""
        view = self.view
        first = view.bounds(giver)[0]
        j = noun_phrase_start(view, giver) - 1
        if j - 1 < first or view.pieces[j].syllables not in _BY:
            return ()
        words = []
        k = j - 1
        while k >= first and len(words) < 2:
            piece = view.pieces[k]
            if piece.mention is not None or is_barrier(piece) or view.match_any(k, _ITEM_SKIP) == k + 1:
                break
            words.insert(0, k)
            k -= 1
        return (view.words(words[0], words[-1] + 1),) if words else ()

    def _item_then_for(self, j: int, last: int) -> tuple[tuple[str, ...], int | None]:
        """"tặng ITEM cho Y": the item and the piece after "cho"."""
        view = self.view
        for step in range(j, min(last, j + 10)):
            if view.pieces[step].syllables == ("cho",):
                return self._item(j, step), step + 1
            if is_barrier(view.pieces[step]) or view.pieces[step].mention is not None:
                break
        return (), None


def _is_time(times: Sequence[TimeExpression], piece) -> bool:
    return any(t.start <= piece.start < t.end for t in times)


def _same_telling(a: Event, b: Event) -> bool:
    """Two readings of one sentence that tell the same event ("gặp và hội_đàm với")."""
    return (
        a.type is b.type
        and a.provenance.sentence_index == b.provenance.sentence_index
        and {(r.role, r.mention.key) for r in a.roles if r.role != "place"}
        == {(r.role, r.mention.key) for r in b.roles if r.role != "place"}
    )


def _distinct(arguments: list[Argument]) -> list[Argument]:
    seen: set[tuple[str, int, int]] = set()
    found = []
    for argument in arguments:
        if argument.mention.key not in seen:
            seen.add(argument.mention.key)
            found.append(argument)
    return found


_FRAMES = {
    "subject-object": _EventReader.meeting,
    "between": _EventReader.meeting_between,
    "subject-place": _EventReader.visit,
    "subject-destination": _EventReader.travel,
    "invite": _EventReader.invite,
    "invitation-noun": _EventReader.invitation_noun,
    "accept": _EventReader.accept,
    "give": _EventReader.give,
}


def find_events(
    view: ArticleView, times: Sequence[TimeExpression], matches: Sequence[CueMatch] | None = None
) -> list[Event]:
    """Every meeting, visit, travel, invitation and gift the article tells."""
    matches = list(matches) if matches is not None else find_cues(view)
    reader = _EventReader(view, times, [m.start for m in matches])
    for match in matches:
        frame = _FRAMES.get(match.cue.frame)
        if frame is not None:
            frame(reader, match)
    return reader.events


def shortcuts(events: Sequence[Event]) -> Iterator[Statement]:
    """The binary statements of events: met, visited, invited, gaveGiftTo."""
    for event in events:
        if event.planned:
            continue
        if event.type is EventType.MEETING:
            participants = event.mentions("participant")
            for i, a in enumerate(participants):
                for b in participants[i + 1 :]:
                    yield Statement(a, "met", b, event.provenance)
        elif event.type is EventType.VISIT:
            for agent in event.mentions("agent"):
                for place in event.mentions("place"):
                    yield Statement(agent, "visited", place, event.provenance)
        elif event.type is EventType.INVITATION:
            for agent in event.mentions("agent"):
                for recipient in event.mentions("recipient"):
                    yield Statement(agent, "invited", recipient, event.provenance)
        elif event.type is EventType.GIFT_GIVING:
            for agent in event.mentions("agent"):
                for recipient in event.mentions("recipient"):
                    yield Statement(agent, "gaveGiftTo", recipient, event.provenance)
