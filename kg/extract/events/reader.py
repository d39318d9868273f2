"""The shared part of the event frame readers: finding an event's subjects, its
modality, the next cue, and making the ``Event`` with its provenance and confidence."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kg.extract.events.clause_starts import clause_start, subject_opening
from kg.extract.events.named_delegations import delegation_before
from kg.extract.events.pairs import named_pair
from kg.extract.frames import (
    ADVERBS,
    PLACE_TYPES,
    apposed_before_verb,
    Argument,
    ends_with_any,
    modality,
    noun_phrase_start,
    phrase_set,
    place_after,
    provenance,
    saying_verbs,
    skip_left,
    subject_after_fronted_clause,
    subject_before,
    time_near,
)
from kg.extract.pieces import ArticleView, Piece
from kg.lexicon import word_list
from kg.model import EntityType, Event, EventRole, EventType, Mention, TimeExpression

EXTRACTOR = "events"
PARTICIPANT_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION})
RECIPROCAL = word_list("events.reciprocal")
SUBORDINATORS = phrase_set(*word_list("events.subordinators"))
ITEM_STOP = phrase_set(*word_list("events.item-stop"))
PROPOSALS = phrase_set(*word_list("events.proposals"))
#: Verbs that name who leads a delegation ("do X dẫn_đầu").
LED_BY = phrase_set(*word_list("events.led-by"))
#: Marks that join two verbs of one subject ("tiếp và làm_việc với", "gặp_gỡ , hội_đàm với").
VERB_LINKS = frozenset({"và", ","})
#: How many pieces a cue spans at most, so that the cue before "và" ends right before it.
_LONGEST_CUE = 3
#: Words of sequence that open a clause going on from an earlier act ("sau_đó", "rồi").
_THEN = phrase_set(*word_list("events.then"))
#: How many words (adverbs: "đã", "cũng") may stand between a word of sequence and the verb it opens.
_THEN_REACH = 4
#: Marks that open what someone says: an act told before one tells nothing of the words after it.
_OPENS_SPEECH = frozenset({":", "“", "”", '"', "«"})
#: Nouns of a trade or standing written right before a person's name ("ca_sĩ X", "tiền_đạo X").
TRADE_NOUNS = phrase_set(*word_list("frames.describing-nouns"), *word_list("frames.person-nouns"))
#: Verbs of leaving a place before going on to another ("X rời Hà_Nội đến Z").
LEAVE = phrase_set(*word_list("events.leave"))
#: The word of where one comes from, right before a verb of going ("X từ Mỹ về Việt_Nam").
_FROM = phrase_set(*word_list("events.coming-from"))
#: What one leaves before going on to a place: a place, or the body one worked or played for
#: ("X rời Man_United để sang Tây_Ban_Nha").
_LEFT_TYPES = PLACE_TYPES | {EntityType.ORGANIZATION}
#: Marks that close an apposition right before the verb ("ông X , Chủ_tịch Y , đã tiếp", "Z - ông X - đã mời").
_CLOSING_MARKS = frozenset({",", "-", "–"})
#: Verbs of going that open a second verb of the same subject, its purpose ("X đến gặp Y", "X sang Z thăm Y").
_GO_TO_ACT = phrase_set(*word_list("events.go-to-act"))
#: Words of purpose between where one goes and what one does there ("X tới Z để gặp Y").
_IN_ORDER_TO = phrase_set(*word_list("events.in-order-to"))
#: Words of gladness between a subject and what it is glad to do ("vui_mừng được", "hân_hạnh được").
_GLAD_TO = phrase_set(*word_list("events.glad-to"))
#: Words that open a title of a body's unnamed people ("lãnh_đạo X", "đại_diện X").
_BODY_MET = phrase_set(*word_list("events.body-met"))
#: Verbs of deciding or pledging between a subject and its act ("X quyết_định viện_trợ", "X cam_kết sẽ tặng"):
#: the subject acts, and the act is only planned. Verbs of announcing are not among them: "X thông_báo sẽ
#: viện_trợ" may tell what X's state will give.
_INTENT_VERBS = phrase_set(*word_list("events.intent-verbs"))
#: Words of being sent between a subject and its verb of going ("X được cử sang Z"): the one sent goes.
_BEING_SENT = phrase_set(*word_list("events.being-sent"))
#: Unnamed companions between a subject and its act ("X cùng bạn_bè đi du_lịch").
_COMPANIONS = phrase_set(*word_list("events.companions"))
#: The pronoun of a body's people that opens what the body says ("X cho_biết họ đã …"), and the word that may
#: open it.
_THEY = phrase_set(*word_list("events.they"))
_THAT = phrase_set(*word_list("speech.that"))
#: Confidence of an event read with all its arguments written (docs/confidence.md).
BASE_CONFIDENCE = 0.85
#: Events whose place may be told before their subject ("Tại Hà_Nội , X tiếp Y").
_PLACED_BEFORE = frozenset({EventType.MEETING, EventType.TRAVEL})


class EventReader:
    """What the frame readers of one article share: its pieces, its times, the
    events read so far, and how an event is made from its arguments."""

    def __init__(self, view: ArticleView, times: Sequence[TimeExpression], cue_starts: Sequence[int] = ()):
        self.view = view
        self.times = times
        self.events: list[Event] = []
        self.cue_starts = sorted(cue_starts)
        #: The event each cue told, by the piece it starts at.
        self.told_at: dict[int, Event] = {}
        #: Readings that need the events of the whole article, run once every cue is read.
        self.after_all: list[Callable[[], None]] = []

    # -- helpers ---------------------------------------------------------

    def subjects(self, cue: int, types=PARTICIPANT_TYPES, possessor_heads=()) -> list[Argument]:
        found = subject_before(self.view, cue, types, self.times, possessor_heads=possessor_heads)
        if found:
            return found
        # "X trở về Moskva sau khi gặp Y": the subordinate clause shares the sentence's subject
        view = self.view
        first = view.bounds(cue)[0]
        j = skip_left(view, cue - 1, first, self.times)
        companions = ends_with_any(view, j, _COMPANIONS, first) if j >= first else None
        if companions is None and j - 1 >= first and view.pieces[j].mention is not None:
            # "X cùng đoàn đại_biểu cấp_cao Việt_Nam tới Z": the companions' country or body names no one who goes
            companions = ends_with_any(view, j - 1, _COMPANIONS, first)
        if companions is not None:
            # "X cùng bạn_bè đi du_lịch tại Z": those who go along are not named, X goes
            found = subject_before(view, companions, types, self.times, possessor_heads=possessor_heads)
            if found:
                return found
        if EntityType.PERSON in types:
            # "Hiện_tại , cặp đôi (cùng bạn_bè) đi du_lịch tại Z": the two persons named before
            end = skip_left(view, companions - 1, first, self.times) if companions is not None else j
            pair = named_pair(view, end, first, self.times)
            if pair:
                return pair
        apposed = self._apposed(j, first, types)
        if apposed is not None:
            return [apposed]
        leader = self._leader(j, first, types)
        if leader is not None:
            return [leader]
        glad = ends_with_any(view, j, _GLAD_TO, first) if j >= first else None
        if glad is not None:
            # "X bày_tỏ vui_mừng được đón_tiếp Y": the one glad to do it does it
            return subject_before(view, glad, types, self.times, possessor_heads=possessor_heads)
        left = self._leaving(j, first, types)
        if left:
            return left
        gone = self._gone_to_act(j, first, types, possessor_heads)
        if gone:
            return gone
        sent = ends_with_any(view, j, _BEING_SENT, first) if j >= first else None
        if sent is not None:
            # "X được cử sang Z học_tập": the one sent goes
            found = subject_before(view, sent, types, self.times, possessor_heads=possessor_heads)
            if found:
                return found
        intent = ends_with_any(view, j, _INTENT_VERBS, first) if j >= first else None
        if intent is not None:
            # "X quyết_định viện_trợ …", "X cam_kết sẽ viện_trợ …": the one who decides or pledges acts
            found = subject_before(view, intent, types, self.times, possessor_heads=possessor_heads)
            if found:
                return found
        shared = self._shared_by_coordinated_verbs(j, first, types, possessor_heads) or self._continued(cue, first, types, possessor_heads)
        if shared:
            return shared
        reporter = self._reporting_body(j, first, types)
        if reporter:
            return reporter
        if j >= first and ends_with_any(view, j, SUBORDINATORS, first) is not None and clause_start(view, j, first) == first:
            # "X … và đến Z": the sentence's subject, unless a reported clause opens in between ("A cho_biết X …"),
            # past a phrase set before it ("Ở trận đấu cùng bảng H , X thua khi đến …")
            opening = subject_opening(view, first, j)
            for k in range(opening, j):
                mention = view.pieces[k].mention
                if mention is not None and mention.type in types and noun_phrase_start(view, k) == opening:
                    return [Argument(mention, k)]
        # "Khi đến Hà_Nội , ông X …": a clause set before the main one shares its subject
        return subject_after_fronted_clause(view, cue, types)

    def _reporting_body(self, j: int, first: int, types) -> list[Argument]:
        """"Viettel cho_biết , hôm 29/10 , họ đã có buổi làm_việc với Y": "họ" ending at piece ``j``, opening what
        a body says, is that body; none when the speaker is a person or several speak."""
        view = self.view
        if j < first or view.match_any(j, _THEY) != j + 1:
            return []
        k = j - 1
        while k >= first and (view.pieces[k].text == "," or view.match_any(k, _THAT) == k + 1 or is_time(self.times, view.pieces[k])):
            k -= 1
        verb = ends_with_any(view, k, saying_verbs(), first) if k >= first else None
        if verb is None:
            return []
        speakers = subject_before(view, verb, types, self.times, allow_pronoun=False)
        if len(speakers) != 1 or not speakers[0].mention.type.is_organization or speakers[0].mention.reference:
            return []
        return [Argument(speakers[0].mention, j, resolved=True)]

    def _shared_by_coordinated_verbs(self, j: int, first: int, types, possessor_heads) -> list[Argument]:
        """"X tiếp và làm_việc với Y", "X gặp_gỡ , hội_đàm với Y": a verb coordinated right after
        another cue shares that cue's subject."""
        view = self.view
        if j < first or view.pieces[j].text not in VERB_LINKS:
            return []
        previous = [c for c in self.cue_starts if first <= c < j and j - c <= _LONGEST_CUE]
        if not previous or any(view.pieces[i].mention is not None or not view.pieces[i].is_word for i in range(previous[-1], j)):
            return []  # the cue before must end right at the link, with no object of its own
        return self.subjects(previous[-1], types, possessor_heads=possessor_heads)

    def _continued(self, cue: int, first: int, types, possessor_heads) -> list[Argument]:
        """"X đến Z , sau_đó hội_đàm với Y", "X gặp Y rồi sang Z": a clause that goes on after
        an earlier act with a word of sequence and no subject of its own shares that act's subject."""
        view = self.view
        start = None
        j = cue - 1
        while j >= max(first, cue - _THEN_REACH):
            start = ends_with_any(view, j, _THEN, first)
            if start is not None:
                break
            adverb = ends_with_any(view, j, ADVERBS, first)
            if adverb is None:
                return []  # only adverbs ("đã", "cũng") between the word of sequence and the verb
            j = adverb - 1
        if start is None:
            return []
        link = start - 1
        if link >= first and view.pieces[link].text in VERB_LINKS:
            link -= 1  # ", sau_đó", "và sau_đó"
        if link >= first and view.pieces[link].text in VERB_LINKS:
            link -= 1  # ", và sau_đó"
        previous = [c for c in self.cue_starts if first <= c <= link]
        if not previous or any(p.is_quote_mark or p.text in _OPENS_SPEECH for p in view.pieces[previous[-1]:link + 1]):
            return []  # the earlier act must be told in the same run of words, not before a quotation
        return subject_before(view, previous[-1], types, self.times, possessor_heads=possessor_heads)

    def _leaving(self, j: int, first: int, types) -> list[Argument]:
        """"X rời Hà_Nội (lên_đường) đến Z", "X rời Hà_Nội để sang Z", "X rời Hà_Nội , lên_đường sang Z",
        "X rời khỏi Man_United năm 2006 để sang Z", "X từ Mỹ về Z": the subject of "rời" goes on from the place or
        the body it leaves."""
        verb = self.leaving_verb(j, first)
        if verb is None:
            return []
        return self.subjects(verb, types)  # "X - sống tại Y - bay từ A sang Z": its appositions too

    def leaving_verb(self, j: int, first: int) -> int | None:
        """The piece of the verb of leaving ("rời", "rời khỏi", ``events.leave``), or of the word of where one
        comes from ("từ"), whose place or body left, with a word of purpose or a comma after it, ends at piece
        ``j``, right before a verb of going; None otherwise."""
        view = self.view
        if j > first and view.pieces[j].text == ",":
            j -= 1  # "rời Hà_Nội , lên_đường sang Z": the comma between the two verbs of one subject
        if j >= first and (purpose := ends_with_any(view, j, _IN_ORDER_TO, first)) is not None:
            j = skip_left(view, purpose - 1, first, self.times)  # "rời Hà_Nội (năm 2006) để sang Z": what it left for
        if j < first or (left := view.pieces[j].mention) is None or left.type not in _LEFT_TYPES:
            return None
        opening = noun_phrase_start(view, j) - 1
        if opening < first:
            return None
        left = ends_with_any(view, opening, LEAVE, first)
        return left if left is not None else ends_with_any(view, opening, _FROM, first)  # "X từ Mỹ về Z"

    def _apposed(self, j: int, first: int, types) -> Argument | None:
        """"Ông X , Chủ_tịch UBND tỉnh Y , đã tiếp …", "Ngoại_trưởng Z - Hoàng_thân X - đã mời …": the person
        whom a chain of appositions closed by the mark at piece ``j`` describes."""
        view = self.view
        if j < first or view.pieces[j].text not in _CLOSING_MARKS or EntityType.PERSON not in types:
            return None
        return apposed_before_verb(view, j, first)

    def _gone_to_act(self, j: int, first: int, types, possessor_heads) -> list[Argument]:
        """"X đến gặp Y", "X và Y tới ăn_trưa", "X sang Hà_Nội (để) gặp Y": the subject of a verb of going
        (``events.go-to-act``), with where it goes and a word of purpose after it, does what follows."""
        view = self.view
        if j >= first and (purpose := ends_with_any(view, j, _IN_ORDER_TO, first)) is not None:
            j = purpose - 1
        if j >= first and (place := view.pieces[j].mention) is not None and place.type in PLACE_TYPES:
            j = noun_phrase_start(view, j) - 1  # "sang Hà_Nội gặp Y": where one goes
        verb = ends_with_any(view, j, _GO_TO_ACT, first) if j >= first else None
        if verb is None:
            return []
        found = subject_before(view, verb, types, self.times, possessor_heads=possessor_heads)
        if found or verb - 1 < first:
            return found
        # "X rời Hà_Nội , lên_đường thăm Z": the one who left goes on to act
        return self._leaving(skip_left(view, verb - 1, first, self.times), first, types)

    def _leader(self, j: int, first: int, types) -> Argument | None:
        """"Đoàn … do (Tổng_Bí_thư) X dẫn_đầu đã tới Z": the leader named before the verb acts for the delegation,
        unless it is a named body's ("Đoàn đại_biểu Đảng X do Y dẫn_đầu"): then the body acts."""
        view = self.view
        start = ends_with_any(view, j, LED_BY, first) if j >= first else None
        if start is None or start - 1 < first:
            return None
        k = start - 1
        mention = view.pieces[k].mention
        if mention is None or mention.type not in types or mention.reference:
            return None
        opener = noun_phrase_start(view, k) - 1
        if opener < first or view.pieces[opener].syllables != ("do",):
            return None
        body = delegation_before(view, opener - 1, first)  # "Đoàn đại_biểu Đảng X do Y dẫn_đầu": the party's
        return body if body is not None and body.mention.type in types else Argument(mention, k)

    def emit(
        self,
        event_type: EventType,
        roles: list[tuple[str, Argument]],
        cue: int,
        *,
        planned: bool = False,
        accepted: bool | None = None,
        items: tuple[tuple[int, int], ...] = (),
        vehicle: tuple[int, int] | None = None,
        place: Argument | None = None,
        with_time: bool = True,
        time_cue: int | None = None,
        time_stop: int | None = None,
    ) -> Event:
        """Record the event the cue at piece ``cue`` tells, with its ``roles``, and return it (an
        event told the same way twice is kept once). Its place is ``place``, or for some types the
        one told before the subject; its time is the one nearest the cue, or nearest ``time_cue``
        when the date goes on after the arguments ("… , ông Y tại P hôm 21/10"), and a time to
        come makes it planned; ``with_time=False`` gives it none, ``time_stop`` none told from that
        piece on (the clause after a phrase that tells the event)."""
        view = self.view
        if place is None and event_type in _PLACED_BEFORE:
            # "Tại Hà_Nội , ông X tiếp Y": the place told before the subject
            start = min(noun_phrase_start(view, a.piece) if view.pieces[a.piece].mention else a.piece for _, a in roles)
            place = place_after(view, view.bounds(cue)[0], min(start, cue))
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
        stop = bounds[1] if time_stop is None else min(bounds[1], time_stop)
        time = time_near(view, self.times, cue if time_cue is None else time_cue, bounds[0], stop) if with_time else None
        if time is not None and time.relative and time.relative.startswith("next"):
            planned = True
        event = Event(
            type=event_type,
            roles=tuple(EventRole(role, a.mention) for role, a in roles),
            provenance=provenance(view, first_piece, last_piece, EXTRACTOR, confidence),
            time=time,
            items=tuple(view.words(*item) for item in items),
            item_spans=tuple(view.span(*item) for item in items),
            planned=planned,
            accepted=accepted,
            vehicle=None if vehicle is None else view.words(*vehicle),
            vehicle_span=None if vehicle is None else view.span(*vehicle),
        )
        if not any(same_telling(event, other) for other in self.events):
            self.events.append(event)
        self.told_at.setdefault(cue, event)
        return event

    def act(
        self, cue: int, types=PARTICIPANT_TYPES, possessor_heads=()
    ) -> tuple[list[Argument], bool] | None:
        """The subjects of the act told at ``cue`` and whether it is only planned;
        None when it has no subject, or is negated or only proposed."""
        subjects = [body_of_leaders(self.view, s) for s in self.subjects(cue, types, possessor_heads=possessor_heads)]
        if not subjects:
            return None
        planned, left_out = self.modality(subjects, cue)
        if left_out:
            return None
        first = max(subjects, key=lambda s: s.piece).piece + 1
        pledged = any(self.view.match_any(j, _INTENT_VERBS) is not None for j in range(first, cue))
        return subjects, planned or pledged

    def modality(self, subjects: list[Argument], cue: int) -> tuple[bool, bool]:
        """(planned, left out): a negated act, or one only wished or proposed
        for its subject ("có nhã_ý mời Aslan sang Việt_Nam"), is left out."""
        view = self.view
        sentence_start = view.bounds(cue)[0]
        first = min((noun_phrase_start(view, s.piece) for s in subjects if view.pieces[s.piece].mention), default=cue)
        first = max(min(first, cue), sentence_start)
        planned, negated = modality(view, first, cue)
        proposed = any(
            ends_with_any(view, j, PROPOSALS, sentence_start) is not None
            for j in range(max(sentence_start, first - 3), first)
        )
        return planned, negated or proposed

    def next_cue(self, after: int) -> int:
        """The first piece of the next cue after piece ``after`` in its sentence (or the sentence end)."""
        last = self.view.bounds(after)[1] if after < len(self.view) else len(self.view)
        return min([c for c in self.cue_starts if after < c < last] + [last])


def title_words(mention: Mention) -> tuple[str, ...]:
    """The lowercased words of a person's title, or of the mention's text when it has none,
    to be compared with a word list ("lãnh_đạo Phòng X" -> ("lãnh", "đạo", "phòng", "x"))."""
    return tuple((mention.title or mention.text).lower().replace("_", " ").split())


def body_of_leaders(view: ArticleView, argument: Argument) -> Argument:
    """"lãnh_đạo Phòng GD-ĐT", "đại_diện Tập_đoàn X": the unnamed leaders or representatives of a body
    (a title opening with a word of ``events.body-met``) act for the body; the argument itself otherwise."""
    mention = argument.mention
    if mention.type is not EntityType.PERSON or not mention.reference:
        return argument
    words = title_words(mention)
    if not any(words[: len(noun)] == noun and len(words) > len(noun) for noun in _BODY_MET):
        return argument
    bodies = [m for m in view.inner(mention) if m.type.is_organization]
    return Argument(bodies[0], argument.piece) if len(bodies) == 1 else argument


def is_time(times: Sequence[TimeExpression], piece: Piece) -> bool:
    """Whether ``piece`` starts inside one of the time expressions ``times``."""
    return any(t.start <= piece.start < t.end for t in times)


def same_telling(a: Event, b: Event) -> bool:
    """Two readings of one sentence that tell the same event ("gặp và hội_đàm với"); visits of the
    same visitors to two places listed ("thăm Nhật_Bản và Hàn_Quốc") are two."""
    return (
        a.type is b.type
        and a.provenance.sentence_index == b.provenance.sentence_index
        and {(r.role, r.mention.key) for r in a.roles if r.role != "place"}
        == {(r.role, r.mention.key) for r in b.roles if r.role != "place"}
        and not (a.type is EventType.VISIT and _places(a) and _places(b) and _places(a).isdisjoint(_places(b)))
    )


def _places(event: Event) -> set[tuple[str, int, int]]:
    return {r.mention.key for r in event.roles if r.role == "place"}


def distinct(arguments: list[Argument]) -> list[Argument]:
    """``arguments`` without repeats of a mention, the first of each kept, in order."""
    seen: set[tuple[str, int, int]] = set()
    found = []
    for argument in arguments:
        if argument.mention.key not in seen:
            seen.add(argument.mention.key)
            found.append(argument)
    return found
