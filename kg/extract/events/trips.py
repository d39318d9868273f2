"""Visits and travels: "X thăm Z", "X đến thăm ông Y", "X đến Z bằng tàu", and visits told
by a noun: "chuyến thăm Z của X", "X có chuyến thăm Z", "Trong chuyến thăm Z , X …"; the visit of a
delegation is its leader's ("Đoàn …, do ông X dẫn_đầu, sang thăm Z", "X dẫn_đầu đoàn … thăm Z");
the visitor of a visit named as a meeting's occasion is the one met ("X tiếp Y nhân chuyến thăm Z");
a visit shares whom the gift or meeting coordinated after it names ("X thăm , tặng quà Y"); a trip
noun tells a travel ("chuyến du_đấu tại Z"); the ones a verb of sending names travel ("X cử A sang Z")."""

from __future__ import annotations

from kg.extract.cues import CueMatch, cue_at
from kg.extract.events.boarding import boarded_subject
from kg.extract.events.called_off import called_off
from kg.extract.events.conjoined import conjoined_subject
from kg.extract.events.delegations import delegation_subject
from kg.extract.events.named_delegations import delegation_before
from kg.extract.events.visit_places import past_qualifiers, place_in_clause
from kg.extract.events.durations import duration_end
from kg.extract.events.teams import is_team
from kg.extract.events.unnamed_places import unnamed_destination
from kg.extract.events.visited_bodies import body_visited
from kg.extract.events.first_person import quoted_first_person
from kg.extract.events.occasions import occasion_subject, subject_after_phrase
from kg.extract.events.possessed_visits import past_this_time, visitor_then_place
from kg.extract.events.relative_subjects import in_the_visit, relative_subject, subject_of_closing_circumstance
from kg.extract.events.meetings import delegation_body, listed
from kg.extract.events.reader import (
    EventReader,
    PARTICIPANT_TYPES,
    distinct,
    is_time,
    ITEM_STOP,
    LED_BY,
    TRADE_NOUNS,
    VERB_LINKS,
)
from kg.extract.frames import (
    ADVERBS,
    PLANNED,
    PLACE_PREPOSITIONS,
    PLACE_TYPES,
    ends_with_any,
    introduced_directly,
    is_barrier,
    names_person,
    noun_phrase_start,
    objects_after,
    phrase_set,
    place_after,
    Argument,
)
from kg.extract.pieces import ArticleView
from kg.extract.registry import frame_reader
from kg.lexicon import word_list
from kg.model import EntityType, EventType

_VISIT_TARGETS = PLACE_TYPES | {EntityType.ORGANIZATION}
#: Acts whose object a visit coordinated before them shares: one visits whom one gives to or meets.
_SHARED_OBJECT_EVENTS = frozenset({EventType.GIFT_GIVING, EventType.MEETING})
#: How many words may stand between that act's cue and the one it is done to ("tặng quà cựu TNXP Y").
_SHARED_OBJECT_REACH = 2
_INVITE_WORDS = phrase_set(*word_list("events.invite-words"))
_VEHICLE_HEADS = phrase_set(*word_list("events.vehicle-heads"))
#: Words of a kind of company written before its name ("hãng", "công_ty").
_COMPANY_KINDS = phrase_set(*word_list("places.company-kinds"))
_CARRY = phrase_set(*word_list("events.carry"))
_EVENT_NOUNS = phrase_set(*word_list("events.event-nouns"))
_TRIP_NOUNS = phrase_set(*word_list("events.trip-nouns"))
#: Trip nouns that tell a visit: "chuyến thăm của X tới Z" is X visiting Z.
_VISIT_NOUNS = phrase_set(*word_list("events.visit-nouns"))
#: Words between a visit noun and where it goes ("chuyến thăm tới Z").
_TOWARDS = phrase_set(*word_list("events.towards"))
#: Verbs of having a trip: "X (đã) có chuyến thăm Z". One who organises or chairs it ("tổ_chức chuyến du_lịch")
#: need not go, so the verbs of having a meeting ("events.have") are not all among them.
_HAVE_A_TRIP = phrase_set(*word_list("events.have-a-trip"))
#: Verbs of carrying someone or their body: the one carried makes no trip ("X mang xác chị Y ra Z").
_CARRYING = phrase_set(*word_list("events.carrying"))
#: How many words may stand between such a verb and the one carried: a noun of what is carried ("xác").
_CARRIED_REACH = 2
#: Verbs of sending someone on a trip: "X cử A sang Z".
_SEND_VERBS = phrase_set(*word_list("events.send-verbs"))
#: Groups of a body's people that it sends: "X cử đội_ngũ nhân_viên sang Z" is X's trip.
_SENT_GROUPS = phrase_set(*word_list("events.sent-groups"))
#: How many pieces the ones sent, with their appositions, may span before the verb of going.
_SEND_REACH = 24
#: Marks that end a clause: a verb of sending is never looked for past them.
_CLAUSE_ENDS = frozenset({".", ";", ":", "!", "?"})
#: Words that qualify a visit before where it goes: "chuyến thăm hữu_nghị chính_thức Z".
_VISIT_QUALIFIERS = phrase_set(*word_list("events.visit-qualifiers"))
#: Words of a time to come between a visit's destination and whose visit it is ("Z sắp tới của X").
_SOON = phrase_set(*word_list("events.soon"))
#: Verbs of the course of a trip before its noun ("bắt_đầu chuyến thăm Z"), whose subject makes the visit.
_TRIP_VERBS = phrase_set(*word_list("events.trip-verbs"))
#: Verbs that open with a verb of going but tell no journey ("ra tòa", "về nhì", "lên ngôi").
_NO_GOING = phrase_set(*word_list("events.no-going"))
#: Prepositions that make a visit the circumstance of the clause after it ("Trong chuyến thăm Z , X …").
_CIRCUMSTANCE = phrase_set(*word_list("events.circumstance"))
#: What one says or does during a visit: "cam_kết của X đưa ra trong chuyến thăm Z" is X's visit.
_DEEDS = phrase_set(*word_list("events.deeds"))
#: How many words (a verb: "đưa ra") may stand between whose deed it was and the visit that frames it.
_DONE_REACH = 2
#: Nouns of a delegation between "của" and the body it comes from ("chuyến thăm của đoàn Đảng X").
_DELEGATIONS = phrase_set(*word_list("events.delegations"))
#: Verbs of leading a delegation: "Đoàn …, do ông X dẫn_đầu, thăm Z" is X's visit.
_LEAD_VERBS = phrase_set(*word_list("events.lead-verbs"))
#: Words that make a visit the occasion of the clause after it ("nhân chuyến thăm Z của X , A sẽ …"):
#: the visit happens when that clause does, so it is planned when the clause is.
_OCCASION = phrase_set(*word_list("events.occasion-words"))
#: How many pieces a delegation's phrase may span before the visit verb ("đoàn đại_biểu cấp cao Đảng X đang").
_DELEGATION_REACH = 10
#: How many pieces the leader's name and its apposed posts may span ("do đồng_chí X , Ủy_viên Bộ_Chính_trị , …").
_LEADER_REACH = 14


@frame_reader("subject-place", family="events")
def visit(reader: EventReader, match: CueMatch) -> None:
    view = reader.view
    first = view.bounds(match.start)[0]
    if any(view.match_any(j, _INVITE_WORDS) for j in range(max(first, match.start - 4), match.start)):
        return  # "lời mời thăm Nga", "mời Y thăm Z": read by the invitation frames
    if match.start - 1 >= first and view.pieces[match.start - 1].syllables in _EVENT_NOUNS:
        return  # the noun "chuyến thăm": no verb, no subject
    found = (
        _leader(view, match.start, first)
        or _leading(reader, match.start, first)
        or reader.act(match.start)
        or delegation_subject(reader, match.start)
        or conjoined_subject(reader, match.start)
        or quoted_first_person(reader, match.start)
        or relative_subject(reader, match.start)
        or occasion_subject(reader, match.start)
    )
    if found is None:
        return
    subjects, planned = found
    start = past_qualifiers(view, match.end)  # "thăm chính_thức Z", "thăm và làm_việc với Z"
    targets = objects_after(view, start, _VISIT_TARGETS | {EntityType.PERSON}, max_gap=4, stop_at_place=False)
    # "Đoàn đại_biểu Đảng X thăm Z": a named body's delegation visits as the body
    roles = [("agent", s) for s in distinct([delegation_body(view, s) for s in subjects])]
    host = _host_of_next_act(reader, match.end)
    if not targets or host is not None and targets[0].mention.key == host.mention.key:
        if host is not None:
            # "X thăm , tặng quà Y tại Z": the act coordinated after the visit names whom it visits
            last = view.bounds(match.start)[1]
            place = place_after(view, host.piece + 1, reader.next_cue(host.piece + 1) if host.piece + 1 < last else last)
            reader.emit(EventType.VISIT, roles + [("recipient", host)], match.start, planned=planned, place=place)
        elif (place := place_in_clause(reader, start)) is not None:
            # "X thăm_hỏi và trao quà cho người_dân tại Z": those visited go unnamed, the place is told
            reader.emit(EventType.VISIT, roles, match.start, planned=planned, place=place)
        return
    following = targets[0].piece + 1
    if following < len(view) and (host := view.pieces[following].mention) is not None and host.type is EntityType.PERSON:
        targets = [Argument(host, following)]  # "thăm Tổng_thống Nga Y": the country only qualifies the host
    if targets[0].mention.type is EntityType.PERSON:
        # "X đến thăm Tổng_thống Nga Y (tại Moskva)": Y is the host, the place where
        if not _host_directly(view, start, targets[0].piece) or targets[0].mention.reference:
            return
        roles += [("recipient", targets[0])]
        last = view.bounds(match.start)[1]
        place = place_after(view, targets[0].piece + 1, reader.next_cue(targets[0].piece + 1) if targets[0].piece + 1 < last else last)
        reader.emit(EventType.VISIT, roles, match.start, planned=planned, place=place)
        return
    if not introduced_directly(view, start, targets[0].piece):
        return
    for place in listed(view, targets[:1]):  # "thăm Nhật_Bản , Hàn_Quốc và Malaysia": a visit to each
        reader.emit(EventType.VISIT, roles, match.start, planned=planned, place=place)


def _host_of_next_act(reader: EventReader, end: int) -> Argument | None:
    """"thăm , tặng quà Y", "thăm và tặng quà Y": the person or body that a gift or meeting cue
    coordinated right after the visit verb ending at piece ``end`` is done to (with at most
    ``_SHARED_OBJECT_REACH`` words between that cue and the name, "cựu TNXP"), or None."""
    view = reader.view
    last = view.bounds(end)[1] if end < len(view) else end
    if end + 1 >= last or view.pieces[end].text not in VERB_LINKS:
        return None
    next_act = cue_at(view, end + 1)
    if next_act is None or next_act.cue.event not in _SHARED_OBJECT_EVENTS:
        return None
    found = objects_after(view, next_act.end, PARTICIPANT_TYPES, max_gap=_SHARED_OBJECT_REACH)
    if not found or found[0].mention.reference:
        return None
    return found[0]


def _leader(view: ArticleView, cue: int, first: int) -> tuple[list[Argument], bool] | None:
    """"Đoàn …, do (đồng_chí) X (, Ủy_viên Bộ_Chính_trị) (đã) dẫn_đầu (, sang) thăm Z": the person who
    leads the delegation making the visit, and whether the visit is only planned."""
    j = cue - 1
    while j >= first and (view.pieces[j].text == "," or ends_with_any(view, j, ADVERBS, first) is not None):
        j = j - 1 if view.pieces[j].text == "," else ends_with_any(view, j, ADVERBS, first) - 1
    verb = ends_with_any(view, j, _LEAD_VERBS, first) if j >= first else None
    if verb is None:
        return None
    for k in range(verb - 1, max(first, verb - _LEADER_REACH) - 1, -1):
        if view.pieces[k].mention is None and view.match_any(k, LED_BY) == k + 1:
            leaders = [a for a in objects_after(view, k + 1, {EntityType.PERSON}, max_gap=2) if a.piece < verb]
            if not leaders or noun_phrase_start(view, leaders[0].piece) != k + 1 or leaders[0].mention.reference:
                return None
            planned = any(view.match_any(i, PLANNED) is not None for i in range(leaders[0].piece + 1, cue))
            body = delegation_before(view, k - 1, first)  # "Đoàn đại_biểu Đảng X (,) do Y dẫn_đầu": the party visits
            return ([body] if body is not None else leaders[:1]), planned
    return None


def _leading(reader: EventReader, cue: int, first: int) -> tuple[list[Argument], bool] | None:
    """"X dẫn_đầu đoàn đại_biểu Y (đang) (sang) thăm Z": the person who leads the delegation named
    right before the visit verb (a noun of ``events.delegations`` and the bodies it is of), and
    whether the visit is only planned."""
    view = reader.view
    for k in range(cue - 1, max(first, cue - _DELEGATION_REACH) - 1, -1):
        piece = view.pieces[k]
        if is_barrier(piece) or piece.mention is not None and piece.mention.type is EntityType.PERSON and not piece.mention.reference:
            return None
        if piece.mention is not None or view.match_any(k, _DELEGATIONS) is None:
            continue
        verb = ends_with_any(view, k - 1, _LEAD_VERBS, first) if k - 1 >= first else None
        if verb is None:
            return None
        return reader.act(verb, frozenset({EntityType.PERSON}))
    return None


def _host_directly(view: ArticleView, start: int, person: int) -> bool:
    """Whether the person at piece ``person`` is the object of the verb ending at ``start``:
    only a title, its country or body and an honorific stand between them, or the title the mention was
    read with ("Đại_tướng X": a rank the lexicon of posts leaves out)."""
    if noun_phrase_start(view, person) == start:
        return True
    prefix = view.pieces[person].mention.prefix_start
    return prefix is not None and start < person and view.pieces[start].start == prefix


@frame_reader("visit-noun", family="events")
def visit_noun(reader: EventReader, match: CueMatch) -> None:
    """"chuyến thăm (tới) Z của X", "X (đã) có chuyến thăm (tới) Z", "Trong chuyến thăm Z , X …",
    "Kết_thúc chuyến thăm Z , X …": the visit of X to Z told by the noun, or X's travel to Z when the
    noun is a trip's ("chuyến du_đấu tại Z"); "chuyến thăm của X tới Z" is read by ``travel``."""
    view = reader.view
    if called_off(reader, match.start):
        return  # "chuyến thăm Z của X bị hoãn", "X hủy chuyến đi tới Z": no trip
    first, last = view.bounds(match.start)
    j = match.end
    while j < last and (
        step := view.match_any(j, _TOWARDS)
        or view.match_any(j, _VISIT_QUALIFIERS)
        or duration_end(view, j, last)
        or view.match_any(j, PLACE_PREPOSITIONS)
    ) is not None:
        j = step  # "chuyến thăm hữu_nghị chính_thức (3 ngày) (tới) Z", "chuyến thăm và làm_việc tại tỉnh Z"
    destinations = objects_after(view, j, PLACE_TYPES, max_gap=1, stop_at_place=False)
    if not destinations or not introduced_directly(view, j, destinations[0].piece):
        told = visitor_then_place(reader, j, last) if match.cue.event is EventType.VISIT else None
        if told is not None:
            # "chuyến thăm và làm_việc của X tại Z": the visitor named before where the visit goes
            visitors, place = told
            planned = (
                _planned_after(view, place.piece + 1, last)
                or _planned_after(view, max(first, match.start - 3), match.start)
                or _occasion_planned(view, match.start, first, last)
            )
            roles = [("agent", a) for a in distinct([delegation_body(view, a) for a in visitors])]
            reader.emit(EventType.VISIT, roles, match.start, planned=planned, place=place)
        return
    destination = destinations[0]
    places = listed(view, [destination])  # "chuyến du_đấu Qatar , Uzbekistan và UAE": one to each
    after = past_this_time(view, places[-1].piece + 1, last)  # "chuyến thăm Z lần này của X", "chuyến du_đấu A và B của X"
    told_when = _when_before_possessor(reader, after, last)
    soon = told_when is not None and _names_soon(view, after, told_when)
    after = told_when if told_when is not None else after
    planned = (
        soon
        or _planned_after(view, after, last)
        or _planned_after(view, max(first, match.start - 3), match.start)
        or _occasion_planned(view, match.start, first, last)
    )
    agents = _possessor_after(view, after, last)
    if not agents and match.start - 1 >= first and view.match_any(match.start - 1, _HAVE_A_TRIP) == match.start:
        # "X (đã) có chuyến thăm Z", "X , người đang có chuyến thăm Z"
        found = reader.act(match.start - 1) or relative_subject(reader, match.start - 1)
        if found is None:
            return
        agents, planned = found[0], found[1] or planned
    if not agents and (found := in_the_visit(reader, match.start)) is not None:
        agents, planned = found[0], found[1] or planned  # "X đang trong chuyến thăm Z"
    if not agents and _opens_circumstance(view, match.start, first):
        agents = subject_after_phrase(view, after, last)  # "Trong chuyến thăm Z , X …"
        if not agents:
            agents = _possessor_of_what_was_done(view, match.start, first)  # "cam_kết của X đưa ra trong chuyến thăm Z"
        if not agents and (found := subject_of_closing_circumstance(reader, match.start, after)) is not None:
            agents, planned = found[0], found[1] or planned  # "X trở_về nước sau chuyến thăm Z ."
    if not agents:
        agents = _guest_of_meeting(reader, match.start)  # "X tiếp Y nhân chuyến thăm Z"
    trip_verb = ends_with_any(view, match.start - 1, _TRIP_VERBS, first) if match.start - 1 >= first else None
    time_stop = None
    if not agents and trip_verb is not None:
        agents = _sentence_subject(reader, trip_verb)
        if not agents and trip_verb == first:
            # "Kết_thúc chuyến du_đấu tại Z , X sẽ trở_về … ngày 17-10": the date after the comma is the next act's
            agents = subject_after_phrase(view, after, last)
            time_stop = next((k for k in range(after, last) if is_barrier(view.pieces[k])), last)
    if not agents:
        return
    roles = [("agent", a) for a in distinct([delegation_body(view, a) for a in agents])]
    for place in places:
        if match.cue.event is EventType.TRAVEL:
            # "chuyến du_đấu tại Z", "chuyến công_tác tới Z": a trip that visits no one
            reader.emit(EventType.TRAVEL, roles + [("destination", place)], match.start, planned=planned, time_stop=time_stop)
        else:
            reader.emit(EventType.VISIT, roles, match.start, planned=planned, place=place, time_stop=time_stop)


def _guest_of_meeting(reader: EventReader, cue: int) -> list[Argument]:
    """"X tiếp Y nhân (dịp) chuyến thăm Z", "X hội_kiến Y nhân chuyến thăm Z": the one met in the
    meeting told just before the visit named as its occasion (``events.occasion-words``) is the visitor."""
    view = reader.view
    first = view.bounds(cue)[0]
    occasion = ends_with_any(view, cue - 1, _OCCASION, first) if cue - 1 >= first else None
    if occasion is None:
        return []
    at = view.pieces[occasion].start
    meetings = [
        e for e in reader.events
        if e.type is EventType.MEETING and e.provenance.sentence_index == view.pieces[cue].sentence and e.provenance.end <= at
    ]
    if not meetings:
        return []
    participants = sorted(meetings[-1].mentions("participant"), key=lambda m: m.start)
    if len(participants) != 2:
        return []  # "X và Y hội_đàm nhân chuyến thăm Z": who visits whom is not told
    host, guest = participants
    pieces = {}
    for k in range(first, occasion):
        written = view.pieces[k].mention
        for mention in (host, guest):
            if written is not None and written.start <= mention.start and mention.end <= written.end:
                pieces[mention.key] = k  # the name, or the delegation's phrase that holds the body's
    if len(pieces) != 2 or not any(pieces[host.key] < c < pieces[guest.key] for c in reader.cue_starts):
        return []  # the guest is the one named after the verb of meeting
    return [Argument(guest, pieces[guest.key])]


def _when_before_possessor(reader: EventReader, j: int, last: int) -> int | None:
    """"chuyến thăm Z trong thời_gian tới của X", "chuyến thăm Z hôm 13/9 của X": the piece of "của"
    after words of a time to come (``events.soon``) or a date right after the destination at piece
    ``j``; None when no such words, or no "của" after them, stand there."""
    view = reader.view
    end = j
    while end < last:
        if (step := view.match_any(end, _SOON)) is not None:
            end = step
        elif is_time(reader.times, view.pieces[end]):
            end += 1
        else:
            break
    return end if end > j and view.match_any(end, _CARRY) is not None else None


def _names_soon(view: ArticleView, start: int, end: int) -> bool:
    """Whether words of a time to come stand between pieces ``start`` and ``end``."""
    return any(view.match_any(k, _SOON) is not None for k in range(start, end))


def _sentence_subject(reader: EventReader, verb: int) -> list[Argument]:
    """"X đã tới Hà_Nội , bắt_đầu chuyến thăm Z": the subject of the verb, or the person or body
    that opens the sentence (after its time words) when the verb continues the sentence's clause."""
    view = reader.view
    found = reader.act(verb)
    if found is not None:
        return found[0]
    first = view.bounds(verb)[0]
    if verb - 1 < first or view.pieces[verb - 1].text != ",":
        return []
    j = first
    while j < verb and (view.pieces[j].text == "," or is_time(reader.times, view.pieces[j]) or view.match_any(j, ADVERBS) is not None):
        j = view.match_any(j, ADVERBS) or j + 1
    for k in range(j, verb):
        mention = view.pieces[k].mention
        if mention is not None and mention.type in PARTICIPANT_TYPES:
            return [Argument(mention, k)] if noun_phrase_start(view, k) == j and not mention.reference else []
    return []


def _possessor_after(view: ArticleView, j: int, last: int) -> list[Argument]:
    """"… của (Tổng_thống Pháp) X", "… của ca_sĩ X": the person or body whose visit it is."""
    if j >= last or (owner := view.match_any(j, _CARRY)) is None:
        return []
    found = objects_after(view, owner, PARTICIPANT_TYPES, max_gap=4)
    found = [a for a in found if not a.mention.reference]
    if not found:
        return []
    start = noun_phrase_start(view, found[0].piece)
    if start == owner or found[0].mention.type is EntityType.PERSON and view.match_any(owner, TRADE_NOUNS) == start:
        return [_holder_named_after(view, found[0])]
    return []


def _holder_named_after(view: ArticleView, argument: Argument) -> Argument:
    """"của Tổng_Bí_thư Ban_Chấp_hành Trung_ương Đảng X Nguyễn_Phú_Trọng": the person named right after
    the body their title heads, or the argument itself."""
    following = argument.piece + 1
    if argument.mention.type is EntityType.PERSON or following >= view.bounds(argument.piece)[1]:
        return argument
    holder = view.pieces[following].mention
    if holder is None or holder.type is not EntityType.PERSON or holder.reference:
        return argument
    return Argument(holder, following)


def _possessor_of_what_was_done(view: ArticleView, cue: int, first: int) -> list[Argument]:
    """"cam_kết của X (đưa ra) trong chuyến thăm Z", "phát_biểu của X tại chuyến thăm Z": the one whose
    words or deeds the visit frames, named with "của" right before the preposition and its verb."""
    j = cue - 1
    while j >= first and view.match_any(j, _CIRCUMSTANCE) != cue:
        j -= 1
    k = j - 1
    verbs = 0
    while k >= first and view.pieces[k].mention is None and verbs < _DONE_REACH:
        piece = view.pieces[k]
        if not piece.is_word or is_barrier(piece) or piece.syllables in _CARRY:
            return []
        k, verbs = k - 1, verbs + 1
    mention = view.pieces[k].mention if k >= first else None
    if mention is None or mention.type not in PARTICIPANT_TYPES or mention.reference:
        return []
    owner = noun_phrase_start(view, k) - 1
    if owner - 1 < first or view.pieces[owner].syllables not in _CARRY:
        return []
    if ends_with_any(view, owner - 1, _DEEDS, first) is None:
        return []  # "nhà_báo của X có_mặt trong chuyến thăm Z": X's people, not X's own deed
    return [Argument(mention, k)]


def _opens_circumstance(view: ArticleView, cue: int, first: int) -> bool:
    """Whether a preposition of circumstance opens the noun phrase of the cue ("Trong chuyến thăm …")."""
    return any(view.match_any(j, _CIRCUMSTANCE) == cue for j in range(max(first, cue - 3), cue))


@frame_reader("subject-destination", "destination-after", family="events")
def travel(reader: EventReader, match: CueMatch) -> None:
    view = reader.view
    last = view.bounds(match.start)[1]
    if (idiom := view.match_any(match.start, _NO_GOING)) is not None and idiom > match.end:
        return  # "X ra tòa tại Z", "X về nhì tại Z": the verb of going is part of another verb
    found = (
        boarded_subject(reader, match.start)  # "X lên ô_tô cùng Y chạy về Z": before Y is read as the subject
        or reader.act(match.start, PARTICIPANT_TYPES, possessor_heads=_VEHICLE_HEADS + _TRIP_NOUNS)
        or _leading(reader, match.start, view.bounds(match.start)[0])  # "X dẫn_đầu đoàn doanh_nghiệp sang Z"
        or _sent(reader, match.start)
        or delegation_subject(reader, match.start)
        or conjoined_subject(reader, match.start)
        or quoted_first_person(reader, match.start)
        or relative_subject(reader, match.start)
    )
    if found is None:
        return
    subjects, planned = found
    if all(_carried(view, s.piece) for s in subjects):
        return  # "X mang xác chị Y ra Z": the one carried is taken there, not travelling
    if all(_company_vehicle(view, s) for s in subjects):
        return  # "máy_bay của hãng X hạ_cánh xuống Z": a thing goes there, no one named travels
    destinations = objects_after(view, match.end, PLACE_TYPES, max_gap=2, stop_at_place=False)
    if not destinations or not introduced_directly(view, match.end, destinations[0].piece):
        if (body := body_visited(view, match, last)) is not None:
            # "đoàn kiểm_tra của X đến Trường Y để kiểm_tra": a visit to the body gone to
            roles = [("agent", s) for s in distinct([delegation_body(view, s) for s in subjects])]
            reader.emit(EventType.VISIT, roles + [("recipient", body)], match.start, planned=planned)
        elif unnamed_destination(view, match, last):
            # "X tới hiện_trường", "X đến làm_khách của Y", "X đi kiểm_tra … (tại Z)": a trip to a place the
            # text does not name, or names only where the act done there is
            roles = [("agent", s) for s in distinct([delegation_body(view, s) for s in subjects])]
            place = place_in_clause(reader, match.end)
            roles += [("destination", place)] if place is not None else []
            reader.emit(EventType.TRAVEL, roles, match.start, planned=planned)
        return
    destination = destinations[0]
    if _visit_of(view, subjects[0].piece):
        if called_off(reader, match.start):
            return  # "chuyến thăm của X tới Z đã bị hủy"
        # "chuyến thăm của X tới Việt_Nam (dự_kiến diễn ra …)": a visit, planned when the clause says so
        planned = planned or _planned_after(view, destination.piece + 1, last)
        roles = [("agent", s) for s in distinct(subjects)]
        reader.emit(EventType.VISIT, roles, match.start, planned=planned, place=destination)
        return
    vehicle = _vehicle_after(reader, destination.piece + 1, last) or _vehicle_before(reader, subjects[0].piece)
    for place in listed(view, [destination]):  # "đến Mỹ và Canada": a travel to each
        roles = [("agent", s) for s in distinct([delegation_body(view, s) for s in subjects])] + [("destination", place)]
        reader.emit(EventType.TRAVEL, roles, match.start, planned=planned, vehicle=vehicle)


def _company_vehicle(view: ArticleView, subject: Argument) -> bool:
    """Whether ``subject`` is a body other than a team that owns the vehicle going ("chiếc máy_bay của
    hãng X"): its plane or ship carries others. A person's plane ("chuyên_cơ của Tổng_thống X") or a team's
    coach carries them, and they travel."""
    mention = subject.mention
    if mention.type is not EntityType.ORGANIZATION or is_team(mention):
        return False
    first = view.bounds(subject.piece)[0]
    of = noun_phrase_start(view, subject.piece) - 1
    if of >= first and (kind := ends_with_any(view, of, _COMPANY_KINDS, first)) is not None:
        of = kind - 1  # "máy_bay của hãng X"
    if of - 1 < first or view.match_any(of, _CARRY) != of + 1:
        return False
    return ends_with_any(view, of - 1, _VEHICLE_HEADS, first) is not None


def _carried(view: ArticleView, subject: int) -> bool:
    """Whether the person or body at piece ``subject`` is the object of a verb of carrying
    (``events.carrying``) written right before it, or before one noun of what is carried ("mang xác chị Y")."""
    first = view.bounds(subject)[0]
    k = noun_phrase_start(view, subject) - 1
    for _ in range(_CARRIED_REACH):
        if k < first:
            return False
        if ends_with_any(view, k, _CARRYING, first) is not None:
            return True
        piece = view.pieces[k]
        if piece.mention is not None or not piece.is_word or is_barrier(piece):
            return False
        k -= 1
    return False


def _sent(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """"X cử ông A , cố_vấn … , và ông B sang Z": the persons a verb of sending (``events.send-verbs``)
    names before the verb of going at ``cue``; "X sẽ cử đội_ngũ nhân_viên sang Z": the sender, when
    only a group of its people (``events.sent-groups``) is named. With whether the sending is planned;
    None when no verb of sending opens the words before the cue in its clause."""
    view = reader.view
    first = view.bounds(cue)[0]
    for k in range(cue - 1, max(first, cue - _SEND_REACH) - 1, -1):
        piece = view.pieces[k]
        if piece.text in _CLAUSE_ENDS or piece.is_quote_mark or k in reader.cue_starts:
            return None
        sent_from = view.match_any(k, _SEND_VERBS) if piece.mention is None else None
        if sent_from is None or sent_from > cue:
            continue
        found = reader.act(k)
        planned = found[1] if found is not None else False
        named = [
            Argument(view.pieces[i].mention, i)
            for i in range(sent_from, cue)
            if names_person(view, i, cue) and view.pieces[noun_phrase_start(view, i) - 1].syllables not in _CARRY
        ]
        if named:
            return distinct(named), planned
        if found is not None and view.match_any(sent_from, _SENT_GROUPS) is not None:
            return found[0], planned
        return None
    return None


def _visit_of(view: ArticleView, subject: int) -> bool:
    """Whether the subject at piece ``subject`` is the possessor of a visit noun ("chuyến thăm của X",
    "chuyến thăm của đoàn X")."""
    first = view.bounds(subject)[0]
    j = noun_phrase_start(view, subject) - 1
    if j >= first and (delegation := ends_with_any(view, j, _DELEGATIONS, first)) is not None:
        j = delegation - 1
    if j - 1 < first or view.match_any(j, _CARRY) != j + 1:
        return False
    return ends_with_any(view, j - 1, _VISIT_NOUNS, first) is not None


def _occasion_planned(view: ArticleView, cue: int, first: int, last: int) -> bool:
    """Whether a visit named as an occasion ("nhân chuyến thăm Z của X") belongs to a planned clause:
    a word of plan before it in the sentence ("Sắp_tới , nhân …") or in the clause after its phrase
    ("…, A sẽ tổ_chức …")."""
    if cue - 1 < first or ends_with_any(view, cue - 1, _OCCASION, first) is None:
        return False
    if any(view.match_any(i, PLANNED) is not None for i in range(first, cue)):
        return True
    j = cue
    while j < last and not is_barrier(view.pieces[j]):
        j += 1
    return _planned_after(view, j + 1, last)


def _planned_after(view: ArticleView, j: int, last: int) -> bool:
    """Whether a word of plan ("dự_kiến", "sẽ", "sắp") follows in the clause from piece ``j``."""
    while j < last and not is_barrier(view.pieces[j]):
        if view.match_any(j, PLANNED) is not None:
            return True
        j += 1
    return False


def _vehicle_after(reader: EventReader, j: int, last: int) -> tuple[int, int] | None:
    """"… bằng tàu bọc_thép": the vehicle after "bằng", as a piece range."""
    view = reader.view
    while j < last:
        piece = view.pieces[j]
        if is_barrier(piece) or piece.mention is not None:
            return None
        if piece.syllables == ("bằng",):
            words = []
            k = j + 1
            while k < last and len(words) < 3:
                p = view.pieces[k]
                if p.mention is not None or is_barrier(p) or view.match_any(k, ITEM_STOP) or is_time(reader.times, p):
                    break
                if p.syllables == ("theo",):
                    break
                words.append(k)
                k += 1
            if words and view.match_any(words[0], _VEHICLE_HEADS):
                return words[0], words[-1] + 1
            return None
        j += 1
    return None


def _vehicle_before(reader: EventReader, subject: int) -> tuple[int, int] | None:
    """"Đoàn tàu chở ông X đến …", "đoàn tàu của ông X đến …": the vehicle carrying the subject."""
    view = reader.view
    first = view.bounds(subject)[0]
    j = noun_phrase_start(view, subject) - 1
    if j < first or view.match_any(j, _CARRY) != j + 1:
        return None
    for start in range(max(first, j - 3), j):
        if view.match_any(start, _VEHICLE_HEADS) is not None and all(
            view.pieces[i].is_word and not is_barrier(view.pieces[i]) for i in range(start, j)
        ):
            return start, j
    return None

