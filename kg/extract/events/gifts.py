"""Gifts: "X tặng Y ITEM", "X tặng ITEM cho Y" (Y also a province or a country), "X và Y tặng
nhau ITEM", "X được Y tặng ITEM", "ITEM do X tặng Y", "X tặng hoa chúc_mừng Y", and aid given or
pledged ("X cam_kết viện_trợ … cho người_dân Y"), and money or parcels handed over ("X hỗ_trợ 5 triệu USD
cho người_dân Y", "X trao 50 triệu đồng cho Y")."""

from __future__ import annotations

import re

from kg.extract.cues import CueMatch, cue_at
from kg.extract.events.awards import awarded
from kg.extract.events.reader import (
    EventReader,
    PARTICIPANT_TYPES,
    distinct,
    is_time,
    ITEM_STOP,
    RECIPROCAL,
)
from kg.extract.frames import (
    Argument,
    ends_with_any,
    is_barrier,
    modality,
    noun_phrase_start,
    objects_after,
    phrase_set,
    skip_left,
    subject_before,
)
from kg.extract.pieces import ArticleView
from kg.extract.registry import frame_reader
from kg.lexicon import word_list, word_syllables
from kg.model import EntityType, EventType

_BY = phrase_set(*word_list("events.by"))
#: The word of the passive before the giver ("X được Y tặng").
_PASSIVE = phrase_set(*word_list("events.gift-passive"))
#: Places that receive a gift when "cho" names them ("trao_tặng 200 suất quà cho tỉnh X").
_PLACE_RECIPIENTS = frozenset({EntityType.REGION, EntityType.CITY, EntityType.COUNTRY})
_ITEM_SKIP = phrase_set(*word_list("events.item-skip"))
#: Verbs of greeting after the item that name the recipient: "tặng hoa chúc_mừng Y".
_GREETINGS = phrase_set(*word_list("events.gift-greetings"))
#: How many words (the item) may stand between the gift verb and the verb of greeting.
_GREETING_REACH = 4
#: An amount given: words before it ("hơn", "trị_giá"), its number, its scale ("triệu"), its unit
#: (a currency, "suất quà") and words after it ("ban_đầu").
_AMOUNT_BEFORE = word_syllables("events.amount-before")
_AMOUNT_NUMBERS = word_syllables("events.amount-numbers")
_AMOUNT_SCALES = word_syllables("events.amount-scales")
_AMOUNT_UNITS = word_syllables("events.amount-units")
_AMOUNT_AFTER = word_syllables("events.amount-after")
_DIGITS = re.compile(r"\d[\d.,]*\$?")
#: Words that name whom an amount is given to ("cho", "giúp").
_GIFT_TO = phrase_set(*word_list("events.gift-to"))
#: Verbs of announcing before a gift verb ("X thông_báo sẽ viện_trợ"), and who gives by announcing it.
_ANNOUNCING = phrase_set(*word_list("events.announcing"))
_BODY_GIVERS = frozenset({EntityType.ORGANIZATION, EntityType.COUNTRY})
#: What names an amount received as a gift ("nhận được 124.000 USD viện_trợ từ X").
_GIFT_NOUNS = phrase_set(*word_list("events.gift-nouns"))
#: How many words may stand between an amount and the word that names its recipient.
_GIFT_TO_REACH = 3
#: Verbs of receiving an item whose giver is named after it ("Y nhận được ITEM do X tặng"), and how many
#: words (the item, its count) may stand between such a verb and "do".
_RECEIVING = phrase_set(*word_list("events.gift-receiving"))
_RECEIVED_REACH = 6
#: How many words may stand between "cho" and the place whose people receive ("cho người dân tỉnh Y").
_PEOPLE_OF_PLACE_REACH = 4


@frame_reader("give", family="events")
def give(reader: EventReader, match: CueMatch) -> None:
    view = reader.view
    last = view.bounds(match.start)[1]
    found = reader.act(match.start, PARTICIPANT_TYPES | {EntityType.COUNTRY})
    described = found is None
    found = found or announcing_body(reader, match.start)
    described = described and found is None  # "cây bồ_đề do X tặng Y": the item is told before the giver
    by_giver = found is None
    found = found or _giver_after_by(reader, match.start)
    if found is None:
        return
    givers, planned = found
    # "Bà X , Bộ_trưởng Ngoại_giao Y , …": a title after the name is the same giver, not another
    givers = [g for g in givers if not g.mention.reference] or givers
    j = match.end
    reciprocal = _reciprocal_after(reader, j, last)
    if reciprocal is not None:
        givers = distinct(givers)
        if len(givers) < 2:
            return
        items = _item(reader, j + 1, last) if reciprocal == j else _item(reader, j, reciprocal)
        for giver in givers:
            for recipient in givers:
                if giver.mention.key != recipient.mention.key:
                    reader.emit(
                        EventType.GIFT_GIVING, [("agent", giver), ("recipient", recipient)], match.start,
                        planned=planned, items=items,
                    )
        return
    types = PARTICIPANT_TYPES
    if j < last and view.pieces[j].syllables == ("cho",):
        j += 1
        types = PARTICIPANT_TYPES | _PLACE_RECIPIENTS  # "tặng cho tỉnh X": "cho" names the recipient
    recipients = objects_after(view, j, types, max_gap=2)
    if recipients:
        items = _item(reader, max(r.piece for r in recipients) + 1, last)
        recipients = recipients[:1]
    else:
        items, after = _item_then_for(reader, j, last)
        recipients = (
            objects_after(view, after, PARTICIPANT_TYPES | _PLACE_RECIPIENTS, max_gap=_PEOPLE_OF_PLACE_REACH) if after is not None else []
        )
    if not recipients:
        items, after = _item_then_greeting(reader, j, last)
        recipients = objects_after(view, after, PARTICIPANT_TYPES, max_gap=2)[:1] if after is not None else []
    if not recipients and by_giver:
        # "Y nhận được 50 máy_tính do X trao_tặng": the one who receives the item the giver is named after
        recipients = _receiver_of_item(reader, givers[0].piece)
    if not recipients:
        passive = _passive_recipient(reader, givers)
        if passive is None or j < last and view.pieces[j].mention is not None:
            return
        recipients, items = [passive], _item(reader, j, last)
    if described or not items:
        items = _item_before(reader, givers[0].piece) or items
    if awarded(view, match.start, match.end, [start for start, _ in items]):
        return  # "trao_tặng Huân_chương Lao_động cho X": an award, no gift
    for giver in distinct(givers):
        reader.emit(
            EventType.GIFT_GIVING, [("agent", giver), ("recipient", recipients[0])], match.start,
            planned=planned, items=items,
        )


def announcing_body(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """"Bộ Ngoại_giao X cho_biết sẽ viện_trợ …", "X tuyên_bố hỗ_trợ …": a body or a country that announces
    its own gift gives it, planned when it "sẽ" give. A person who announces aid gives nothing: the state
    they speak for does (docs/annotation.md)."""
    view = reader.view
    first = view.bounds(cue)[0]
    j = skip_left(view, cue - 1, first, reader.times)
    verb = ends_with_any(view, j, _ANNOUNCING, first) if j >= first else None
    if verb is None:
        return None
    bodies = subject_before(view, verb, _BODY_GIVERS, reader.times, allow_pronoun=False)
    if not bodies or any(b.mention.reference for b in bodies):
        state = _state_of_announcer(reader, verb)
        if state is None:
            return None
        bodies = [state]
    planned, negated = modality(view, verb, cue)
    if negated:
        return None
    return bodies, planned


def _state_of_announcer(reader: EventReader, verb: int) -> Argument | None:
    """"Bà X , Bộ_trưởng Ngoại_giao Australia , thông_báo sẽ viện_trợ …": the one country named in the
    title set between the person who announces and the verb, whose aid it is; None otherwise."""
    view = reader.view
    people = subject_before(view, verb, {EntityType.PERSON}, reader.times, allow_pronoun=False)
    if not people:
        return None
    states = []
    for k in range(min(p.piece for p in people), verb):  # the name, and the title set after it
        mention = view.pieces[k].mention
        if mention is not None:
            # the title may be one reference mention with the country nested in it
            states += [Argument(m, k) for m in (mention, *view.inner(mention)) if m.type is EntityType.COUNTRY]
    return states[0] if len({s.mention.key for s in states}) == 1 else None


def _giver_after_by(reader: EventReader, cue: int) -> tuple[list[Argument], bool] | None:
    """"cây bồ_đề do (Tổng_thống Ấn_Độ) X tặng Y": the giver named after "do" in a clause that
    describes the item, with the act told as done; None otherwise."""
    view = reader.view
    first = view.bounds(cue)[0]
    k = skip_left(view, cue - 1, first, reader.times)
    mention = view.pieces[k].mention if k >= first else None
    if mention is None or mention.type not in PARTICIPANT_TYPES or mention.reference:
        return None
    by = noun_phrase_start(view, k) - 1
    if by < first or view.match_any(by, _BY) != by + 1:
        return None
    return [Argument(mention, k)], False


def _item_then_greeting(reader: EventReader, j: int, last: int) -> tuple[tuple[tuple[int, int], ...], int | None]:
    """"tặng hoa chúc_mừng Y": the item and the piece after the verb of greeting (``events.gift-greetings``)
    that names whom it is given to, within ``_GREETING_REACH`` words of the gift verb."""
    view = reader.view
    for step in range(j, min(last, j + _GREETING_REACH)):
        end = view.match_any(step, _GREETINGS)
        if end is not None:
            return _item(reader, j, step), end
        if is_barrier(view.pieces[step]) or view.pieces[step].mention is not None:
            break
    return (), None


def _receiver_of_item(reader: EventReader, giver: int) -> list[Argument]:
    """"Y nhận (được) ITEM do X tặng": the subject of the verb of receiving (``events.gift-receiving``) written
    before the item that "do X" at piece ``giver`` describes, within ``_RECEIVED_REACH`` words of "do"."""
    view = reader.view
    first = view.bounds(giver)[0]
    k = noun_phrase_start(view, giver) - 2  # the word before "do"
    for _ in range(_RECEIVED_REACH):
        if k < first or view.pieces[k].mention is not None or is_barrier(view.pieces[k]):
            return []
        verb = ends_with_any(view, k, _RECEIVING, first)
        if verb is not None:
            if modality(view, verb, k)[1]:
                return []
            found = subject_before(view, verb, PARTICIPANT_TYPES | _PLACE_RECIPIENTS, reader.times, allow_pronoun=False)
            return found[:1]
        k -= 1
    return []


def _passive_recipient(reader: EventReader, givers: list[Argument]) -> Argument | None:
    """"X được Y tặng ITEM": the subject of "được" receives what the one giver after it gives."""
    view = reader.view
    if len(givers) != 1:
        return None
    first = view.bounds(givers[0].piece)[0]
    j = noun_phrase_start(view, givers[0].piece) - 1
    if j < first or view.match_any(j, _PASSIVE) != j + 1:
        return None
    found = subject_before(view, j, PARTICIPANT_TYPES, reader.times, allow_pronoun=False)
    return found[0] if len(found) == 1 else None


def _reciprocal_after(reader: EventReader, j: int, last: int) -> int | None:
    """Where "nhau" (or "cho nhau") stands after the verb: "tặng nhau X", "tặng X cho nhau"."""
    view = reader.view
    for step in range(j, min(last, j + 8)):
        piece = view.pieces[step]
        if piece.syllables == RECIPROCAL:
            return step
        if view.match(step, ("cho", "nhau")) is not None:
            return step
        if piece.mention is not None or is_barrier(piece):
            return None
    return None


def _item(reader: EventReader, j: int, last: int) -> tuple[tuple[int, int], ...]:
    """The item given after piece ``j``, as a piece range (at most two words)."""
    view = reader.view
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
            or view.match_any(j, ITEM_STOP) is not None
            or is_time(reader.times, piece)
        ):
            break
        words.append(j)
        j += 1
    return ((words[0], words[-1] + 1),) if words else ()


def _item_before(reader: EventReader, giver: int) -> tuple[tuple[int, int], ...]:
    """"cây bồ_đề do X tặng Y": the item a relative clause "do/được X tặng" describes."""
    view = reader.view
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
    return ((words[0], words[-1] + 1),) if words else ()


def _item_then_for(reader: EventReader, j: int, last: int) -> tuple[tuple[tuple[int, int], ...], int | None]:
    """"tặng ITEM cho Y": the item and the piece after "cho"."""
    view = reader.view
    for step in range(j, min(last, j + 10)):
        if view.pieces[step].syllables == ("cho",):
            return _item(reader, j, step), step + 1
        if is_barrier(view.pieces[step]) or view.pieces[step].mention is not None:
            break
    return (), None



@frame_reader("give-amount", family="events")
def give_amount(reader: EventReader, match: CueMatch) -> None:
    """"X hỗ_trợ 5 triệu USD cho (người_dân) Y", "X trao 50 triệu đồng cho Y", "X ủng_hộ Y 100 triệu đồng": a
    verb that tells a gift only when what it hands over is an amount of money or of parcels."""
    view = reader.view
    last = view.bounds(match.start)[1]
    j = match.end
    recipients = objects_after(view, j, PARTICIPANT_TYPES, max_gap=0)[:1]
    if recipients:
        j = recipients[0].piece + 1
    amount = amount_end(view, j, last)
    if amount is None:
        return
    if not recipients:
        to = next((step for step in range(amount, min(last, amount + _GIFT_TO_REACH + 1)) if view.match_any(step, _GIFT_TO)), None)
        if to is None:
            return
        given_to = view.match_any(to, _GIFT_TO)
        recipients = objects_after(view, given_to, PARTICIPANT_TYPES | _PLACE_RECIPIENTS, max_gap=_PEOPLE_OF_PLACE_REACH)[:1]
    if not recipients:
        return
    found = reader.act(match.start, PARTICIPANT_TYPES | {EntityType.COUNTRY}) or announcing_body(reader, match.start)
    if found is None:
        return
    givers, planned = found
    givers = [g for g in givers if not g.mention.reference] or givers
    for giver in distinct(givers):
        if giver.mention.key != recipients[0].mention.key:
            reader.emit(
                EventType.GIFT_GIVING, [("agent", giver), ("recipient", recipients[0])], match.start,
                planned=planned, items=((j, amount),),
            )


def _giver_of_amount(reader: EventReader, j: int, last: int) -> list[Argument]:
    """"Y nhận 200 triệu đồng do X ủng_hộ": the giver named after "do" right after the amount ending at
    piece ``j``, when a gift verb follows the giver's name; none otherwise."""
    view = reader.view
    if j >= last or view.pieces[j].syllables != ("do",):
        return []
    givers = objects_after(view, j + 1, PARTICIPANT_TYPES | {EntityType.COUNTRY}, max_gap=0)[:1]
    if not givers or givers[0].piece + 1 >= last:
        return []
    act = cue_at(view, givers[0].piece + 1)
    return givers if act is not None and act.cue.event is EventType.GIFT_GIVING else []


def amount_end(view: ArticleView, j: int, last: int) -> int | None:
    """The piece past an amount of money or parcels that starts at piece ``j`` ("hơn 5 triệu USD",
    "nửa triệu euro", "200 suất quà"), read by syllables whatever the segmenter joined; None when
    no amount starts there."""
    syllables: list[str] = []
    owner: list[int] = []
    k = j
    while k < last and view.pieces[k].is_word and len(syllables) < 16:
        syllables.extend(view.pieces[k].syllables)
        owner.extend([k] * len(view.pieces[k].syllables))
        k += 1
    position = _skip(syllables, 0, _AMOUNT_BEFORE)
    counted = _skip(syllables, position, _AMOUNT_NUMBERS | _AMOUNT_SCALES, digits=True)
    if counted == position:
        return None
    end = _longest(syllables, counted, _AMOUNT_UNITS)
    if end is None:
        return None
    end = _skip(syllables, end, _AMOUNT_AFTER)
    if end < len(syllables) and owner[end] == owner[end - 1]:
        return None  # the amount ends inside a word
    return owner[end - 1] + 1


def _longest(syllables: list[str], position: int, phrases: frozenset[tuple[str, ...]]) -> int | None:
    """The end of the longest of ``phrases`` at ``position`` of ``syllables``, or None."""
    for size in (4, 3, 2, 1):
        if tuple(syllables[position : position + size]) in phrases and position + size <= len(syllables):
            return position + size
    return None


def _skip(syllables: list[str], position: int, phrases: frozenset[tuple[str, ...]], digits: bool = False) -> int:
    """``position`` past every one of ``phrases`` (and numbers written in digits, with ``digits``) that follow it."""
    while position < len(syllables):
        if digits and _DIGITS.fullmatch(syllables[position]):
            position += 1
            continue
        end = _longest(syllables, position, phrases)
        if end is None:
            return position
        position = end
    return position


@frame_reader("receive-amount", family="events")
def receive_amount(reader: EventReader, match: CueMatch) -> None:
    """"Y nhận_được 124.000 USD viện_trợ từ X", "Y nhận 200 triệu đồng do X ủng_hộ": the one who receives
    an amount of money or of parcels, and the giver named after "từ", or after "do" before a gift verb."""
    view = reader.view
    last = view.bounds(match.start)[1]
    amount = amount_end(view, match.end, last)
    if amount is None:
        return
    # "từ X" only after a noun of aid: "nhận được 10 tỷ đồng từ ngân_hàng" is a loan or a payment, no gift
    named = view.match_any(amount, _GIFT_NOUNS) if amount < last else None
    if named is not None and named < last and view.pieces[named].syllables == ("từ",):
        givers = objects_after(view, named + 1, PARTICIPANT_TYPES | {EntityType.COUNTRY}, max_gap=2)[:1]
    else:
        givers = _giver_of_amount(reader, amount, last)  # "nhận 200 triệu đồng do X ủng_hộ"
    found = reader.act(match.start, PARTICIPANT_TYPES | _PLACE_RECIPIENTS)
    if not givers or found is None:
        return
    recipients, planned = found
    for recipient in distinct(recipients):
        if recipient.mention.key != givers[0].mention.key:
            reader.emit(
                EventType.GIFT_GIVING, [("agent", givers[0]), ("recipient", recipient)], match.start,
                planned=planned, items=((match.end, amount),),
            )
