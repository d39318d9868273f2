"""Meetings: "X gặp Y", "X và Y hội_đàm", "cuộc gặp giữa X và Y", and the one met named in an
apposition after the title of a body or country ("X tiếp Tổng_giám_đốc Hãng Z , ngài Y",
"giữa X và người đồng_cấp Z , ông Y"); the body whose delegation (``events.delegations``) is
met ("tiếp đoàn đại_biểu Đảng X"); the parties a caption sets side by side before a preposition
of ``events.caption-prepositions`` and the meeting noun ("X và Y tại lễ ký_kết"); and a
meeting set before a clause whose subject acts on the person after its verb ("Trong cuộc gặp
này , X cảm_ơn Y"). A meeting verb before "giữa" is read as its noun ("hội_đàm giữa X và Y"), and
a body's unnamed leaders meet for it ("giữa lãnh_đạo X và lãnh_đạo Y")."""

from __future__ import annotations

from kg.extract.cues import CueMatch
from kg.extract.events.called_off import called_off
from kg.extract.events.delegations import delegation_subject
from kg.extract.events.durations import duration_end
from kg.extract.events.first_person import quoted_first_person
from kg.extract.events.teams import is_side
from kg.extract.events.reader import (
    EventReader,
    PARTICIPANT_TYPES,
    body_of_leaders,
    distinct,
    RECIPROCAL,
    title_words,
)
from kg.extract.frames import (
    DEMONSTRATIVES,
    HONORIFICS,
    PLACE_PREPOSITIONS,
    PLACE_TYPES,
    Argument,
    ends_with_any,
    is_barrier,
    noun_phrase_start,
    objects_after,
    phrase_set,
    place_after,
    same_person_name,
    subject_before,
    title_starting_at,
)
from kg.extract.events.party_phrases import person_of_title, relative_of
from kg.extract.events.meeting_subjects import officials_subject, with_delegation
from kg.extract.events.place_officials import officials_place, places_met
from kg.extract.pieces import ArticleView, Piece
from kg.extract.references import PRONOUNS, resolve_object_pronoun
from kg.extract.registry import frame_reader
from kg.lexicon import word_list
from kg.model import EntityType, EventType

#: What may stand between "tiếp/gặp" and a body met: "tiếp đoàn đại_biểu Đảng X".
_BODY_MET = phrase_set(*word_list("events.body-met"))
#: What may stand between a meeting noun and "giữa": "cuộc gặp thượng_đỉnh giữa X và Y".
_BETWEEN_HEADS = phrase_set(*word_list("events.between-heads"))
_WITH = ("với",)
#: Words after a meeting noun that name whom the subject met: "X có buổi làm_việc cùng Y".
_WITH_PARTY = phrase_set(*word_list("events.meeting-noun-with"))
#: The word that opens the parties of a meeting: "cuộc gặp giữa X và Y".
_BETWEEN = ("giữa",)
#: Words that join another party: an apposition never reaches across them.
_WITH_OR_AND = phrase_set(*word_list("events.party-joiners"))
#: Nouns for a person that open a description of a name ("lãnh_đạo đảng đối_lập Y", "người đồng_cấp Y").
_PERSON_NOUNS = phrase_set(*word_list("events.person-nouns"))
#: Nouns for one member of a body ("đại_biểu Đảng X"): such a reference names no one person.
_GROUP_MEMBERS = tuple(tuple(w.lower().split()) for w in word_list("events.group-members"))
#: How many words such a description may have.
_DESCRIPTION_REACH = 6
#: "được/bị": the subject undergoes the act of the person named after it.
_PASSIVE = frozenset(tuple(w.split()) for w in word_list("events.passive"))
#: Words of a sports contest: "gặp" there is playing against ("gặp Djokovic ở chung_kết").
_CONTEST_WORDS = phrase_set(*word_list("events.contest-words"))
#: Of them, the words for a team, which tell a contest only of parties that are no persons.
_TEAM_WORDS = phrase_set(*word_list("events.team-words"))
#: "X (đã) có cuộc gặp với Y": the verb before a meeting noun.
_HAVE = phrase_set(*word_list("events.have"))
#: Cues whose parties may be states: "Philippines thương_lượng với Hàn_Quốc".
_BETWEEN_STATES = phrase_set(*word_list("events.between-states"))
#: How many pieces a title with the body or country it heads may span before the comma of an
#: apposition ("Tổng_giám_đốc Hãng thông_tấn Nga ITAR-TASS , ngài Y").
_APPOSITION_REACH = 8
#: Nouns of a delegation: "đoàn đại_biểu Đảng X" is the party's delegation.
_DELEGATIONS = phrase_set(*word_list("events.delegations"))
#: Words that lead a date ("vào sáng 22/10").
_DATE_LEADS = phrase_set(*word_list("times.date-leads"))
#: How many pieces (a place, a time) may stand between a framing meeting noun and its comma.
_FRAME_REACH = 8
#: How many words the verb of the clause after a framing meeting may have ("cũng đã hối_thúc").
_VERB_REACH = 4
#: How many words (a title, an honorific) may open that clause before its subject's name.
_SUBJECT_LEAD = 3
#: Verbs of asking one to act ("hối_thúc", "yêu_cầu"): the one asked is the one acted on in a meeting set
#: before the clause, though the verb is a cue of a saying.
_ASKING = phrase_set(*word_list("speech.asking"))
#: Prepositions that set the parties of a caption at a meeting: "X và Y tại lễ ký_kết".
_CAPTION_PREPOSITIONS = phrase_set(*word_list("events.caption-prepositions"))
#: Prepositions that make a meeting the circumstance of another clause: "trong cuộc gặp với X, Y nói".
_CIRCUMSTANCE = phrase_set(*word_list("events.circumstance"))
#: What one "gặp" that is no one met: "gặp phải", "gặp khó_khăn", "gặp sự_cố".
_TROUBLES = phrase_set(*word_list("events.troubles-met"))
#: "thăm và": the meeting verb after it tells the visit's work with its host ("thăm và làm_việc với Y").
_VISITING_AND = phrase_set(*word_list("events.visiting-and"))
#: Verbs that tell where a meeting named before them is held: "cuộc gặp giữa X và Y diễn_ra tại Z".
_TAKES_PLACE = phrase_set(*word_list("events.takes-place"))
#: How many words (adverbs: "dự_kiến sẽ", "đã") may stand between the parties and that verb.
_TAKES_PLACE_REACH = 3
#: Words that open the names a counted group is made of ("4 nhà_mạng là A , B và C"), the numbers that count
#: such a group, and how many words it may take.
_LISTING = phrase_set(*word_list("events.listing-words"))
_GROUP_COUNTS = phrase_set(*word_list("places.plural"))
_GROUP_REACH = 5
#: Nouns of a state's counterparts, met unnamed ("hội_đàm với người đồng_cấp Nhật").
_COUNTERPARTS = phrase_set(*word_list("events.counterparts"))


@frame_reader("subject-object", family="events")
def meeting(reader: EventReader, match: CueMatch) -> None:
    view = reader.view
    if _between_follows(view, match.end):
        told = len(reader.events)
        meeting_between(reader, match)  # "hội_đàm giữa X và Y": the verb names the meeting as a noun does
        if len(reader.events) > told:
            return
    types = _party_types(view, match)
    found = (
        reader.act(match.start, types)
        or with_delegation(reader, match.start, types)
        or delegation_subject(reader, match.start)  # "Đoàn công_tác của Bộ X (đến) làm_việc với Y": the body meets
        or officials_subject(reader, match.start)
        or quoted_first_person(reader, match.start)  # '" … tôi gặp Y … " , X nói': the speaker meets Y
    )
    if found is None:
        _fronted(reader, match, types)
        return
    subjects, planned = found
    subjects, counterpart = _officials_placed(view, subjects)  # "lãnh_đạo Nhật_Bản tiếp X"
    first, last = view.bounds(match.start)
    if _tells_a_contest(view, first, last, persons=all(s.mention.type is EntityType.PERSON for s in subjects)):
        return  # "Del_Potro gặp Djokovic ở chung_kết": a match, not a meeting
    if view.match_any(match.end, _TROUBLES) is not None:
        return  # "X gặp phải sự phản_đối của Y", "gặp khó_khăn": a trouble met, not a person
    if match.start - 1 >= first and ends_with_any(view, match.start - 1, _VISITING_AND, first) is not None:
        return  # "X đến thăm và làm_việc với tỉnh Y": a visit to its host (docs/annotation.md), told as such
    if match.end < last and view.pieces[match.end].syllables == RECIPROCAL:
        participants = subjects if len(subjects) > 1 else subjects + _described_partner(view, subjects[0].piece, first)
        after = match.end + 1
    else:
        objects = [delegation_body(view, o) for o in listed(view, [_holder(view, o) for o in objects_after(view, match.end, types)])]
        if objects and relative_of(view, objects[0]):
            return  # "gặp anh_trai của Y": someone unnamed is met, not Y
        apposed = _apposed_person(view, match.end, last)
        if apposed is not None and (not objects or objects[0].piece > apposed.piece or objects[0].mention.type is not EntityType.PERSON):
            objects = [apposed]  # "tiếp Tổng_giám_đốc Hãng X , ngài Y": the person the title names
        if objects and objects[0].mention.type is not EntityType.PERSON and not _body_met(reader, match.end, objects[0].piece):
            objects = []
        objects, placed = _officials_placed(view, _before_next_cue(reader, objects))  # "gặp lãnh_đạo Nhật_Bản"
        counterpart = counterpart or placed
        if not objects:
            objects = _unnamed_met(view, match.end)  # "hội_đàm với người đồng_cấp Trung_Quốc": the state the counterpart stands for
            counterpart = counterpart or (objects[0] if objects else None)
        if not objects:
            objects = _pronoun_met(view, match.end, last, subjects)  # "X đến gặp ông đặt vấn_đề …"
        # "X và Y hội_đàm": coordinated subjects meet each other, unless "với" names whom they meet
        meet_others = match.end < last and view.pieces[match.end].syllables == _WITH
        participants = subjects + objects if objects else subjects if len(subjects) > 1 and not meet_others else []
        if not objects and len(subjects) == 1 and not meet_others:
            participants = subjects + _passive_agent(view, subjects[0].piece, first)  # "X được Quốc_vương Y tiếp_kiến"
        # the place is told after the object, or right after the verb when none is named ("X và Y hội_đàm tại Z")
        after = max(o.piece + 1 for o in objects) if objects else match.end
    participants = [p for p in distinct(participants) if not _title_only(p)]
    if len(participants) < 2 or not _one_kind(participants) and not any(p is counterpart for p in participants):
        return
    if all(is_side(p.mention) for p in participants):
        return  # "đội_tuyển Việt_Nam sẽ gặp Thái_Lan": a match, not a meeting
    place = place_after(view, after, reader.next_cue(after))
    reader.emit(EventType.MEETING, [("participant", p) for p in participants], match.start, planned=planned, place=place)


def _party_types(view: ArticleView, match: CueMatch) -> frozenset[EntityType]:
    """Who may meet at the cue: persons and bodies, and states too when the cue is one of
    ``events.between-states`` ("Philippines thương_lượng với Hàn_Quốc", "cuộc đàm_phán giữa Mỹ và Iran")."""
    if any(view.match_any(j, _BETWEEN_STATES) is not None for j in range(match.start, match.end)):
        return PARTICIPANT_TYPES | {EntityType.COUNTRY}
    return PARTICIPANT_TYPES


def _between_follows(view: ArticleView, j: int) -> bool:
    """Whether "giữa" follows piece ``j``, past words that qualify a meeting ("riêng", "cấp cao")."""
    last = view.bounds(j)[1] if j < len(view) else j
    while j < last and (head_end := view.match_any(j, _BETWEEN_HEADS)) is not None:
        j = head_end
    return j < last and view.pieces[j].syllables == _BETWEEN


def delegation_body(view: ArticleView, argument: Argument) -> Argument:
    """"tiếp đoàn đại_biểu Đảng X": members of a body named after a delegation noun are the body's
    delegation, so the body is met; "giữa lãnh_đạo X và lãnh_đạo Y": the unnamed leaders of a body
    (a title of ``events.body-met``) stand for it; the argument itself otherwise."""
    led = body_of_leaders(view, argument)
    if led is not argument:
        return led
    if not _title_only(argument):
        return argument
    start = noun_phrase_start(view, argument.piece)
    first = view.bounds(argument.piece)[0]
    before = start - 1
    if before < first or ends_with_any(view, before, _DELEGATIONS, first) is None:
        return argument
    bodies = [m for m in view.inner(argument.mention) if m.type is EntityType.ORGANIZATION]
    return Argument(bodies[0], argument.piece) if len(bodies) == 1 else argument


def _title_only(argument: Argument) -> bool:
    """Whether a person is told only as one member of a body ("đại_biểu Đảng X" standing alone):
    not one person a later step can name, unlike a title of one holder ("Thủ_tướng")."""
    mention = argument.mention
    if mention.type is not EntityType.PERSON or not mention.reference:
        return False
    words = title_words(mention)
    return any(words[: len(noun)] == noun for noun in _GROUP_MEMBERS)


def _described_partner(view: ArticleView, k: int, first: int) -> list[Argument]:
    """"X và lãnh_đạo đảng đối_lập Y gặp nhau": the person joined by "và" to the subject at piece ``k``,
    past words that describe the subject and open with a noun for a person (``events.person-nouns``)."""
    edge = noun_phrase_start(view, k)
    for j in range(edge - 1, max(first, edge - 1 - _DESCRIPTION_REACH) - 1, -1):
        piece = view.pieces[j]
        if not piece.is_word or is_barrier(piece):
            return []
        if piece.syllables == ("và",):
            if view.match_any(j + 1, _PERSON_NOUNS) is None or j - 1 < first:
                return []
            partner = view.pieces[j - 1].mention
            if partner is None or partner.type is not EntityType.PERSON or partner.reference:
                return []
            return [Argument(partner, j - 1)]
    return []


def _passive_agent(view: ArticleView, k: int, first: int) -> list[Argument]:
    """"X được (Quốc_vương) Y tiếp_kiến": the person after "được" who meets the subject."""
    j = noun_phrase_start(view, k) - 1
    if j - 1 < first or view.pieces[j].syllables not in _PASSIVE:
        return []
    met = subject_before(view, j, {EntityType.PERSON}, allow_pronoun=False)
    return met[:1]


def _fronted(reader: EventReader, match: CueMatch, types) -> None:
    """"Tiếp Bộ_trưởng Mỹ X , ông Y khẳng_định …": a meeting verb that opens its sentence with its
    object, the one who meets named first in the clause after the comma."""
    view = reader.view
    first, last = view.bounds(match.start)
    if match.start != first or _tells_a_contest(view, first, last):
        return
    objects = [_holder(view, o) for o in objects_after(view, match.end, types)]
    if not objects or (objects[0].mention.type is not EntityType.PERSON and not _body_met(reader, match.end, objects[0].piece)):
        return
    found = _subject_after_comma(view, objects[0].piece)
    if found is None:
        return
    participants = distinct(found[0] + objects[:1])
    if len(participants) < 2 or not _one_kind(participants):
        return
    reader.emit(EventType.MEETING, [("participant", p) for p in participants], match.start)


def _tells_a_contest(view: ArticleView, first: int, last: int, persons: bool = False) -> bool:
    """Whether a word of a sports contest stands in the sentence, also glued to its
    neighbours by the segmenter ("Tại_trận", "đầu_ra_quân"). A word for a team
    (``events.team-words``: "đội_tuyển") tells a contest only of teams: persons who meet
    may talk of one ("Bầu Đức gặp HLV Miura để bàn về đội_tuyển")."""
    syllables = [s for j in range(first, last) if view.pieces[j].mention is None for s in view.pieces[j].syllables]
    for i, syllable in enumerate(syllables):
        for phrase in _CONTEST_WORDS.starting_with(syllable):
            if tuple(syllables[i : i + len(phrase)]) == phrase and not (persons and phrase in _TEAM_WORDS):
                return True
    return False


def _one_kind(participants: list[Argument]) -> bool:
    """Countries negotiate with countries: a country never meets a person or a body."""
    countries = sum(p.mention.type is EntityType.COUNTRY for p in participants)
    return countries in (0, len(participants))


def _body_met(reader: EventReader, start: int, k: int) -> bool:
    """Whether only words naming a body's people stand between the verb and body ``k``, after the words
    of how it was met ("tiếp thân_mật đoàn đại_biểu Đảng X")."""
    j = start
    while j < k and (head_end := reader.view.match_any(j, _BETWEEN_HEADS)) is not None:
        j = head_end
    while j < k:
        end = reader.view.match_any(j, _BODY_MET)
        if end is None:
            return False
        j = end
    return j == k


@frame_reader("between", family="events")
def meeting_between(reader: EventReader, match: CueMatch) -> None:
    """"cuộc gặp (thượng_đỉnh) (tại Seoul) giữa X và Y", "X (đã) có cuộc gặp với (cùng) Y"; nothing for a
    meeting called off or put off ("cuộc gặp giữa X và Y đã bị hủy", "X hoãn cuộc gặp với Y")."""
    if called_off(reader, match.start):
        return
    view = reader.view
    last = view.bounds(match.start)[1]
    j = match.end
    while j < last and (head_end := view.match_any(j, _BETWEEN_HEADS) or duration_end(view, j, last)) is not None:
        j = head_end  # "cuộc hội_đàm riêng (kéo_dài hai giờ) với Y"
    place = None
    if j < last and view.match_any(j, PLACE_PREPOSITIONS) is not None:
        # "cuộc họp thượng_đỉnh tại Seoul giữa X và Y": where, before whom
        place = place_after(view, j, min(last, j + 6))
        if place is not None:
            j = place.piece + 1
    if j < last and (party := view.match_any(j, _WITH_PARTY)) is not None:
        _meeting_with(reader, match, party, place)
        return
    named = j + 1 if j < last and view.pieces[j].is_word and view.pieces[j].syllables in HONORIFICS else j
    if (_had(view, match.start) or _told_as_circumstance(view, match.start)) and _person_named_at(
        view, _past_title(view, named, last)
    ):
        # "X có buổi tiếp (Đại_sứ Nhật_Bản) Y", "Trong buổi tiếp Y , X …": whom, without "với"
        _meeting_with(reader, match, j, place)
        return
    if j >= last or view.pieces[j].syllables != _BETWEEN:
        if not _captioned(reader, match, place) and not _framing(reader, match, j, place):
            _held_together(reader, match, place)
        return
    # news agencies meet as bodies do: "hội_đàm giữa lãnh_đạo ITAR-TASS và lãnh_đạo TTXVN"
    types = _party_types(view, match) | {EntityType.NEWS_AGENCY}
    participants = distinct([delegation_body(view, _holder(view, p)) for p in objects_after(view, j + 1, types, max_gap=3)])
    if not _one_kind(participants):
        return
    apposed = _apposed_partner(view, participants[0].piece, last) if len(participants) == 1 else []
    participants += apposed
    if len(participants) == 1:
        participants += _partners_after_with(view, participants[0].piece, last, types)  # "giữa X với Y"
    if len(participants) < 2 or not _one_kind(participants):
        return
    after = max(p.piece for p in participants) + 1
    place = place or place_after(view, after, reader.next_cue(after)) or _place_held(reader, after)
    # "giữa X và người đồng_cấp Z , ông Y tại P hôm 21/10": the date goes on after the apposition
    time_cue = apposed[0].piece if apposed else None
    reader.emit(EventType.MEETING, [("participant", p) for p in participants], match.start, place=place, time_cue=time_cue)


def _framing(reader: EventReader, match: CueMatch, j: int, place: Argument | None) -> bool:
    """"Tại cuộc hội_đàm (ở P) (sáng 22/10) , X đã hối_thúc Ngoại_trưởng Y …", "Trong cuộc gặp này , bà X
    cảm_ơn ông Y": a meeting set before a clause, where the clause's subject acts on the person it names
    right after its verb; whether it read one. ``j`` is the piece after the meeting noun and its heads."""
    view = reader.view
    last = view.bounds(match.start)[1]
    if not _told_as_circumstance(view, match.start):
        return False
    if j < last and view.pieces[j].syllables in DEMONSTRATIVES:
        j += 1
    comma = j
    while comma < last and view.pieces[comma].text != "," and comma - j <= _FRAME_REACH:
        if not _where_or_when(reader, comma):
            return False  # "trong cuộc họp báo …", "trong cuộc gặp X": more than where and when
        comma += 1
    if comma >= last or view.pieces[comma].text != ",":
        return False
    met = _person_after_verb(reader, comma + 1, last)
    if met is None:
        return False
    subject, other = met
    place = place or place_after(view, match.end, comma)
    reader.emit(EventType.MEETING, [("participant", subject), ("participant", other)], match.start, place=place)
    return True


def _where_or_when(reader: EventReader, k: int) -> bool:
    """Whether piece ``k`` tells only where or when: a place, "tại/ở", a time or a word leading one."""
    view = reader.view
    piece = view.pieces[k]
    if piece.mention is not None:
        return piece.mention.type in PLACE_TYPES
    return (
        view.match_any(k, PLACE_PREPOSITIONS) is not None
        or piece.syllables in _DATE_LEADS
        or any(t.start <= piece.start and piece.end <= t.end for t in reader.times)
    )


def _person_after_verb(reader: EventReader, start: int, last: int) -> tuple[Argument, Argument] | None:
    """The subject opening the clause at ``start`` and the person its verb (one to three words, no
    cue among them: "cảm_ơn", "đã hối_thúc") acts on, as (subject, object); None otherwise. The subject
    may open with a title and the body it heads ("Chủ_tịch UBND tỉnh X ông Y cảm_ơn …")."""
    view = reader.view
    titled = _past_title(view, start, last)
    lead = max(start + _SUBJECT_LEAD, titled)
    for k in range(start, last):
        piece = view.pieces[k]
        if is_barrier(piece) or piece.is_quote_mark:
            return None
        mention = piece.mention
        if mention is None or k < titled:
            continue
        if mention.type is not EntityType.PERSON or mention.reference:
            return None
        edge = noun_phrase_start(view, k)
        for verb in range(edge - 1, max(start, edge - _VERB_REACH) - 1, -1):
            subjects = subject_before(view, verb, {EntityType.PERSON}, reader.times)
            if len(subjects) != 1 or subjects[0].piece >= verb:
                continue
            subject = subjects[0]
            # a name written there may open with its title or honorific; a subject resolved from a
            # pronoun or a title is counted from that word
            written = view.pieces[subject.piece].mention is subject.mention and not subject.resolved
            opening = noun_phrase_start(view, subject.piece) if written else subject.piece
            if subject.mention.key == mention.key or any(verb <= c < edge and view.match_any(c, _ASKING) is None for c in reader.cue_starts):
                return None
            if opening > lead:
                continue
            return subject, Argument(mention, k)
        if edge > lead:
            return None  # the second name the clause gives is not the one acted on
    return None


def _captioned(reader: EventReader, match: CueMatch, place: Argument | None) -> bool:
    """"(Đại_diện) X và Y tại lễ ký_kết …", "X và Y trong buổi hội_đàm": a caption names the parties
    side by side at the meeting, with no verb; whether it did."""
    view = reader.view
    first, last = view.bounds(match.start)
    at = match.start - 1
    if at < first or view.match_any(at, _CAPTION_PREPOSITIONS) != match.start:
        return False
    parties = distinct(subject_before(view, at, PARTICIPANT_TYPES, reader.times, allow_pronoun=False))
    if len(parties) < 2 or not _one_kind(parties) or any(p.mention.reference for p in parties):
        return False
    opening = min(noun_phrase_start(view, p.piece) for p in parties)
    if any(_tells_something(view.pieces[k]) for k in range(first, opening)):
        return False  # words before the parties: a clause whose verb says what they did
    # the words after the noun only tell of the ceremony ("… diễn ra sáng 22/10 tại Hà_Nội")
    place = place or place_after(view, match.end, last)
    reader.emit(EventType.MEETING, [("participant", p) for p in parties], match.start, place=place)
    return True


def _tells_something(piece: Piece) -> bool:
    """Whether a piece before a caption's parties is a word of a clause, not a name, a mark or a
    capitalised word of a credit or title ("Ảnh : Thảo_Nguyên", "Đại_diện")."""
    return piece.mention is None and piece.is_word and not is_barrier(piece) and piece.text[:1].islower()


def _held_together(reader: EventReader, match: CueMatch, place) -> None:
    """"X và Y (đã) có cuộc hội_đàm (tại Z)": coordinated subjects of "có" meet each other."""
    view = reader.view
    if match.start - 1 < 0 or view.match_any(match.start - 1, _HAVE) != match.start:
        return
    found = reader.act(match.start - 1)
    if found is None:
        return
    subjects, planned = found
    participants = distinct(subjects)
    if len(participants) < 2 or not _one_kind(participants):
        return
    after = match.end
    place = place or place_after(view, after, reader.next_cue(after))
    reader.emit(EventType.MEETING, [("participant", p) for p in participants], match.start, planned=planned, place=place)


def _had(view: ArticleView, cue: int) -> bool:
    """Whether "có" (``events.have``) stands right before the meeting noun at piece ``cue``."""
    return cue - 1 >= 0 and view.match_any(cue - 1, _HAVE) == cue


def _person_named_at(view: ArticleView, k: int) -> bool:
    """Whether a person is named by name at piece ``k``."""
    mention = view.pieces[k].mention if k < len(view) else None
    return mention is not None and mention.type is EntityType.PERSON and not mention.reference


def _meeting_with(reader: EventReader, match: CueMatch, start: int, place) -> None:
    """"X (đã) có cuộc gặp với Y": the subject of "có" met whom "với" names."""
    view = reader.view
    verb = match.start - 1 if match.start - 1 >= 0 and view.pieces[match.start - 1].syllables in _HAVE else match.start
    found = reader.act(verb)
    # "với lãnh_đạo VFF": the body whose unnamed leaders are met
    found_after = listed(view, [body_of_leaders(view, _holder(view, o)) for o in objects_after(view, start, PARTICIPANT_TYPES)])
    if found_after and relative_of(view, found_after[0]):
        return  # "có cuộc gặp với anh_trai của Y": someone unnamed is met, not Y
    objects = [o for o in found_after if o.mention.type is EntityType.PERSON]
    apposed = _apposed_person(view, start, view.bounds(start)[1])
    if apposed is not None and (not objects or objects[0].piece > apposed.piece):
        objects = [apposed]  # "có cuộc gặp với Giám_đốc Công_ty X , ông Y": the person the title names
    if not objects and found_after and _body_met(reader, start, found_after[0].piece):
        objects = found_after  # "X có buổi làm_việc với (lãnh_đạo) Tập_đoàn Y": the body is met
    objects, counterpart = _officials_placed(view, _before_next_cue(reader, objects))
    if not objects:
        objects = _unnamed_met(view, start)  # "X có cuộc họp với những người đồng_cấp Nhật": the state they stand for
        counterpart = objects[0] if objects else None
    if not objects:
        return
    if found is None and _told_as_circumstance(view, match.start):
        # "trong cuộc điện_đàm với X, Y cam_kết …": the subject of the clause after it met X
        found = _subject_after_comma(view, objects[-1].piece)
    if found is None:
        return
    subjects, planned = found
    participants = distinct(subjects + (objects if len(objects) > 2 else objects[:1]))
    if len(participants) < 2 or counterpart is None and not _one_kind(participants):
        return
    after = max(p.piece for p in participants) + 1
    place = place or place_after(view, after, reader.next_cue(after))
    reader.emit(EventType.MEETING, [("participant", p) for p in participants], match.start, planned=planned, place=place)


def _pronoun_met(view: ArticleView, k: int, last: int, subjects: list[Argument]) -> list[Argument]:
    """The person a pronoun right after the verb at piece ``k`` means ("X đến gặp ông đặt vấn_đề …"), when it
    stands alone (no name after it: "gặp ông Y" is Y) and means none of the ``subjects``."""
    first = view.bounds(k)[0]
    end = view.match_any(k, PRONOUNS) if k < last else None
    if end is None:
        return []
    following = view.pieces[end] if end < last else None
    if following is not None and (
        following.mention is not None or following.text[:1].isupper() or view.match_any(end, PRONOUNS) is not None
    ):
        return []  # "gặp ông Y", "gặp ông bà"
    met = resolve_object_pronoun(view, k, first)
    if met is None or any(same_person_name(met.mention, s.mention) for s in subjects if s.mention.type is EntityType.PERSON):
        return []
    return [met]


def _told_as_circumstance(view: ArticleView, cue: int) -> bool:
    """Whether a preposition opens the meeting's noun phrase ("trong cuộc gặp …", "bên_lề cuộc hội_đàm …")."""
    first = view.bounds(cue)[0]
    return any(view.match_any(j, _CIRCUMSTANCE) == cue for j in range(max(first, cue - 2), cue))


def _subject_after_comma(view: ArticleView, k: int) -> tuple[list[Argument], bool] | None:
    """The person opening the clause after the comma that closes the phrase ending at piece ``k``; None when
    it is the person named at ``k``."""
    last = view.bounds(k)[1]
    j = k + 1
    while j < last and view.pieces[j].text != ",":
        if is_barrier(view.pieces[j]) or view.pieces[j].mention is not None:
            return None
        j += 1
    # past the title and the body it heads ("… , Chủ_tịch UBND tỉnh X ông Y đề_nghị"): the person it names
    opening = _past_title(view, j + 1, last) if j + 1 < last else j + 1
    subjects = [s for s in objects_after(view, opening, PARTICIPANT_TYPES, max_gap=4) if s.mention.type is EntityType.PERSON]
    met = view.pieces[k].mention
    if subjects and met is not None and met.type is EntityType.PERSON and same_person_name(subjects[0].mention, met):
        return None  # "Trao_đổi với bà X , bà X cho_biết …": the one met speaks to a reporter, unnamed
    return (subjects[:1], False) if subjects else None


def _holder(view: ArticleView, argument: Argument) -> Argument:
    """The person a country, or a title with its body, only qualifies ("điện_đàm với Ngoại_trưởng Nga X" is
    with X), or the argument itself."""
    if _counterpart_of(view, argument):
        return Argument(view.pieces[argument.piece + 1].mention, argument.piece + 1)
    return person_of_title(view, argument) or argument  # "Nghị_sĩ Đảng Xanh ( Đức ) Y": Y


def listed(view: ArticleView, found: list[Argument]) -> list[Argument]:
    """``found`` with the parties listed after its first one by commas and closed by "và"
    ("gặp X , Y và Z", "làm_việc với Bộ X , Bộ Y và Hiệp_hội Z"), each of the first one's type
    and right after its comma (past "ông", "bà"); ``found`` as it is when no such list follows."""
    if len(found) != 1:
        return found
    kind = found[0].mention.type
    last = view.bounds(found[0].piece)[1]
    items = []
    j = found[0].piece + 1
    while j + 1 < last and view.pieces[j].text in {",", "và"}:
        closing = view.pieces[j].text == "và"
        k = j + 1
        if view.pieces[k].is_word and view.pieces[k].syllables in HONORIFICS:
            k += 1
        if kind is EntityType.PERSON:
            k = _past_title(view, k, last)  # "gặp Ngoại_trưởng Mỹ X và Ngoại_trưởng Nhật_Bản Y"
        elif not closing:
            k = _past_counted_group(view, k, last)  # "với Bộ X , 4 nhà_mạng là A , B và C"
        mention = view.pieces[k].mention if k < last else None
        if mention is None or mention.type is not kind or mention.reference:
            return found
        items.append(Argument(mention, k))
        if closing:
            return found + items
        j = k + 1
    return found


def _past_counted_group(view: ArticleView, k: int, last: int) -> int:
    """The piece after a counted group that the names after it make up ("4 nhà_mạng di_động là", "hai
    hiệp_hội gồm"), starting at piece ``k``: a number, a few lowercase words and a word of
    ``events.listing-words``; ``k`` when no such group starts there."""
    if k >= last or not (view.pieces[k].text.isdigit() or view.match_any(k, _GROUP_COUNTS) is not None):
        return k
    j = k + 1
    while j < last and j - k <= _GROUP_REACH:
        end = view.match_any(j, _LISTING)
        if end is not None:
            return end if end > k + 1 else k
        piece = view.pieces[j]
        if piece.mention is not None or is_barrier(piece) or not piece.is_word or not piece.text[:1].islower():
            return k
        j += 1
    return k


def _past_title(view: ArticleView, k: int, last: int) -> int:
    """The piece after a title starting at piece ``k`` and the country or body it heads
    ("Ngoại_trưởng Nhật_Bản"), or ``k`` when no title starts there."""
    title = title_starting_at(view, k) if k < last else None
    if title is None:
        return k
    j = title[0]
    while j < last and j - title[0] < 2 and (m := view.pieces[j].mention) is not None and m.type is not EntityType.PERSON:
        j += 1
    return j


def unnamed_counterpart(view: ArticleView, start: int) -> Argument | None:
    """"(với) (những) người đồng_cấp Nhật": the country whose unnamed counterparts are met, from piece
    ``start``; None when a person is named after the country ("người đồng_cấp Nhật X"), or a capitalised
    word that no mention holds stands there, or the words are anything else. The counterparts speak for their state, as its unnamed officials do (docs/annotation.md)."""
    last = view.bounds(start)[1] if start < len(view) else len(view)
    j = start
    if j < last and view.pieces[j].syllables == _WITH:
        j += 1
    end = view.match_any(j, _COUNTERPARTS)
    if end is None:
        return None
    if end < last and view.pieces[end].syllables == ("của",):
        end += 1
    country = view.pieces[end].mention if end < last else None
    if country is None or country.type is not EntityType.COUNTRY:
        return None
    following = view.pieces[end + 1].mention if end + 1 < last else None
    if following is not None and following.type is EntityType.PERSON:
        return None
    if following is None and end + 1 < last and view.pieces[end + 1].text[:1].isupper():
        return None  # "người đồng_cấp Trung_Quốc Thường_Vạn_Toàn": a name the tagger missed, not the state
    return Argument(country, end)


def _counterpart_of(view: ArticleView, argument: Argument) -> bool:
    """"người đồng_cấp Philippines X": the country only qualifies the counterpart named after it."""
    k = argument.piece
    following = view.pieces[k + 1].mention if k + 1 < len(view) else None
    return argument.mention.type is EntityType.COUNTRY and following is not None and following.type is EntityType.PERSON


def _apposed_person(view: ArticleView, start: int, last: int) -> Argument | None:
    """"Tổng_giám_đốc Hãng thông_tấn Nga ITAR-TASS , ngài Y", "người đồng_cấp Saudi_Arabia , ông Y":
    the person named after the comma that closes a title (or a noun for a person) and the bodies
    or countries it heads, starting at piece ``start``; None when the phrase is anything else."""
    if start >= last or view.pieces[start].mention is not None:
        return None
    if title_starting_at(view, start) is None and view.match_any(start, _PERSON_NOUNS) is None:
        return None
    j = start
    qualifiers = 0
    while j < last and view.pieces[j].text != ",":
        piece = view.pieces[j]
        if is_barrier(piece) or j - start > _APPOSITION_REACH or view.match_any(j, _WITH_OR_AND) is not None:
            return None
        if piece.mention is not None:
            if piece.mention.type is EntityType.PERSON:
                return None
            qualifiers += 1
        j += 1
    if qualifiers == 0 or j + 1 >= last:
        return None
    for k in range(j + 1, min(last, j + 4)):
        mention = view.pieces[k].mention
        if mention is not None:
            if mention.type is not EntityType.PERSON or mention.reference or noun_phrase_start(view, k) != j + 1:
                return None
            return Argument(mention, k)
    return None


def _apposed_partner(view: ArticleView, k: int, last: int) -> list[Argument]:
    """"giữa X và người đồng_cấp Saudi_Arabia , ông Y": the person joined by "và" to the participant
    at piece ``k`` through an apposition."""
    if k + 1 < last and view.pieces[k + 1].syllables == ("và",):
        apposed = _apposed_person(view, k + 2, last)
        if apposed is not None:
            return [apposed]
    return []


def _before_next_cue(reader: EventReader, objects: list[Argument]) -> list[Argument]:
    """``objects`` up to the first one another cue stands before ("gặp X và hội_đàm với Y": Y is met
    at the talks, not at the meeting with X)."""
    if not objects:
        return objects
    kept = objects[:1]
    for other in objects[1:]:
        if any(kept[0].piece < c < other.piece for c in reader.cue_starts):
            break
        kept.append(other)
    return kept


def _officials_placed(view: ArticleView, objects: list[Argument]) -> tuple[list[Argument], Argument | None]:
    """``objects`` with unnamed officials told as one reference ("lãnh_đạo Nhật_Bản") replaced by the place
    they stand for, and the first such place (it may meet a person, as a counterpart's state does)."""
    placed = [officials_place(view, o) for o in objects]
    return placed, next((p for p, o in zip(placed, objects) if p is not o), None)


def _partners_after_with(view: ArticleView, k: int, last: int, types: frozenset[EntityType]) -> list[Argument]:
    """"cuộc họp giữa Bộ X ( BX ) với Hiệp_hội Y và Công_ty Z": the parties "với" joins to the one
    at piece ``k`` after "giữa", past a short form in brackets."""
    j = k + 1
    if j < last and view.pieces[j].text == "(":
        j = next((c + 1 for c in range(j + 1, min(last, j + 4)) if view.pieces[c].text == ")"), last)
    if j >= last or view.pieces[j].syllables != _WITH:
        return []
    found = [delegation_body(view, _holder(view, o)) for o in objects_after(view, j + 1, types, max_gap=3)]
    return distinct(listed(view, found))


def _unnamed_met(view: ArticleView, start: int) -> list[Argument]:
    """The state whose unnamed counterparts, or the places whose unnamed officials, the words from piece
    ``start`` name ("người đồng_cấp Nhật", "lãnh_đạo các tỉnh X và Y"); empty when they name neither."""
    counterpart = unnamed_counterpart(view, start)
    return [counterpart] if counterpart is not None else places_met(view, start)


def _place_held(reader: EventReader, after: int) -> Argument | None:
    """"cuộc gặp giữa X và Y (dự_kiến) diễn_ra (vào tháng tới) tại Z": the place told after the verb saying
    where the meeting is held, from piece ``after`` (the one past its parties) to the end of the sentence;
    words of going in the verb ("ra") or in its date ("tháng tới") are no cue that ends the search."""
    view = reader.view
    last = view.bounds(after)[1] if after < len(view) else len(view)
    for j in range(after, min(last, after + _TAKES_PLACE_REACH + 1)):
        held = view.match_any(j, _TAKES_PLACE)
        if held is not None:
            return place_after(view, held, last)
        if view.pieces[j].mention is not None or is_barrier(view.pieces[j]):
            return None
    return None
