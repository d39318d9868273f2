"""The subject of a verb: the name just before it, past adverbs and time words ("ông X sau đó đến thăm …").

``subject_before`` reads the name before the verb with the names coordinated to
it ("X và Y gặp nhau", "A , B và C nói"), and gives nothing for a name that only
qualifies the true subject: a possessor ("phát_ngôn_viên của Bộ X"), a relative
("Bà mẹ X"), whom an act is addressed to, the object of a preposition, the place
one stands in, a body or country after a common noun. It gives the body one
speaks for ("Đại_diện Viettel cho_biết") and the person a body's title is
apposed to ("Ông X , Phó_Chủ_tịch VATA cho_biết"); a pronoun, bare title or
plural subject is read by ``references``, a person in apposition by
``appositions``. ``subject_after_fronted_clause`` finds the subject of the main
clause for a verb in a clause set before it ("Khi đến Hà_Nội , ông Y …").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from kg.extract.appositions import apposition_head
from kg.extract.clauses import (
    ACCORDING,
    ADVERBS,
    CLAUSE_OPENERS,
    COORDINATORS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLACE_TYPES,
    STREET_NOUNS,
    Argument,
    ends_with_any,
    is_barrier,
    noun_phrase_start,
    opens_clause,
    phrase_set,
    reporting_verbs,
    skip_left,
    title_ending_at,
)
from kg.extract.objects import objects_after
from kg.extract.pieces import ArticleView, syllables_of
from kg.extract.references import resolve_description, resolve_group, resolve_reference
from kg.lexicon import word_list
from kg.model import EntityType, Mention, TimeExpression

#: Words that open a clause set before the main one, whose subject it shares ("Sau khi …", "Khi …").
FRONTED_OPENERS = phrase_set(*word_list("frames.fronted-openers"))
#: How far after the comma the main clause's subject may be named (its title and honorific included).
_MAIN_SUBJECT_LEAD = 4
_STREET_HEADS = frozenset(p[-1:] for p in STREET_NOUNS)
#: Words after which a name is the object of a preposition or heads a relative clause.
_NOT_BEFORE_SUBJECT = frozenset(syllables_of(w) for w in word_list("frames.not-before-subject"))
#: Those of them that open a clause of cause when they start the sentence ("Do X đang học …": because X …).
_OPENING_CAUSES = frozenset(syllables_of(w) for w in word_list("frames.opening-causes"))
#: Words between a person and the body the person belongs to ("X thuộc ĐH Y").
_BELONGS = frozenset(syllables_of(w) for w in word_list("affiliations.belongs"))
#: Words between an unnamed official and the body the official works in ("một quan_chức trong Chính_phủ X").
_WITHIN = frozenset(syllables_of(w) for w in word_list("frames.official-within"))
_DETERMINERS = phrase_set(*word_list("frames.quantifiers"), "một")
#: Verbs of receiving or reading a document: what it says is then no saying of its sender's here.
_RECEIVING = phrase_set(*word_list("frames.receiving-verbs"))
#: Units of a span of time: "hai năm trước", "vài tuần trước" tell when, not "in front of" whom.
_DURATION_UNITS = frozenset(syllables_of(w) for w in word_list("frames.duration-units"))
#: Words that close a span of time into a time ago ("trước").
_DURATION_ENDS = frozenset(syllables_of(w) for w in word_list("frames.duration-ends"))
#: Numbers written as words that may count such units ("hai năm trước", "vài tuần trước").
_NUMBER_WORDS = frozenset(word_list("times.quantities"))
#: Places a body's name may be followed by, set off by a comma ("Công_an quận 9 , TP.HCM"): not a country, which may be the subject.
_PLACES_OF_BODIES = frozenset({EntityType.CITY, EntityType.REGION, EntityType.LOCATION})
# words after the body of an unnamed official: "một quan_chức Mỹ giấu_tên", "quan_chức Hàn_Quốc khác"
_UNNAMED_OFFICIAL_MODIFIERS = phrase_set(*word_list("frames.unnamed-official-modifiers"))
_CARRY = phrase_set(*word_list("events.carry"))
#: Nouns of kin: "Bà mẹ Asiyalova cho_biết", "con_trai ông X nói" tell of the relative, not of the one named.
_KIN = phrase_set(*word_list("frames.kin-nouns"))
#: Words counting the persons of a list before its first name ("Các ông A , B và C", "Hai bà A , B và C").
_LIST_LEADS = phrase_set(*word_list("frames.list-leads"))
#: Nouns of one who goes along, named right after them: "Ông X cùng phu_nhân Y tới Z".
_NAMED_COMPANIONS = phrase_set(*word_list("frames.named-companions"))
#: The words joining such a companion to the subject: "và", "cùng", "cùng với".
_ALONG_WITH = phrase_set(*word_list("events.along-with"))
#: Prepositions that name whom an act is addressed to ("đề_nghị với phía X", "gửi tới lãnh_đạo X").
_ADDRESSED_TO = phrase_set(*word_list("frames.addressed-to"))
#: Nouns of a party that an addressee is written with ("phía", "đại_diện", "lãnh_đạo").
_PARTY_NOUNS = phrase_set(*word_list("frames.party-nouns"))
#: How many words may stand between such a preposition and the name ("với phía CLB chủ_quản X").
_ADDRESSEE_REACH = 4
#: "Tin từ X cho_biết": the word between what a source gave out and the source.
_FROM_SOURCE = phrase_set(*word_list("frames.from-source"))
#: Words counting the times something is done, after which a clause opens with its subject
#: ("Đây là lần thứ ba Mexico đề_nghị …", "lần đầu_tiên Bộ X công_bố …").
_OCCASION_COUNTS = phrase_set(*word_list("frames.occasion-counts"))
#: The words before a count of times written in figures ("lần thứ 100").
_COUNTED_TIME = phrase_set(*word_list("frames.occasion-numbered"))
_AND = phrase_set(*word_list("frames.and"))


def subject_after_fronted_clause(view: ArticleView, cue: int, types: Collection[EntityType]) -> list[Argument]:
    """The subject of the main clause when the verb at ``cue`` stands in a clause set before it
    with no subject of its own: "Sau khi tốt_nghiệp Đại_học X , anh Y …", "Khi đến Hà_Nội , ông Y …"."""
    first, last = view.bounds(cue)
    if view.match_any(first, FRONTED_OPENERS) is None:
        return []
    if any(view.pieces[j].mention is not None and view.pieces[j].mention.type in types for j in range(first, cue)):
        return []
    j = cue + 1
    while j < last and view.pieces[j].text != ",":
        piece = view.pieces[j]
        if is_barrier(piece) or piece.is_quote_mark:
            return []
        j += 1
    k = j + 1
    while k < last and (end := view.match_any(k, ADVERBS)) is not None:
        k = end  # "…, sau đó ông X"
    found = objects_after(view, k, types, max_gap=_MAIN_SUBJECT_LEAD)
    if not found or found[0].mention.reference or noun_phrase_start(view, found[0].piece) != k:
        return []
    return found[:1]


def subject_before(
    view: ArticleView,
    cue: int,
    types: Collection[EntityType],
    times: Sequence[TimeExpression] = (),
    allow_pronoun: bool = True,
    possessor_heads: Sequence[tuple[str, ...]] = (),
    speaking_for: Sequence[tuple[str, ...]] = (),
) -> list[Argument]:
    """The subject of the verb at piece ``cue``: the mention just before it,
    past adverbs and time words only, with the subjects coordinated to it
    ("X và Y gặp nhau"). A pronoun, bare title or describing noun ("tài_tử") subject
    is resolved to the one person it can mean, or gives nothing.

    A name that only qualifies the true subject gives nothing: a possessor
    ("phát_ngôn_viên của Bộ X nói", unless the possessed noun is one of
    ``possessor_heads``), the head of a relative clause ("… mà ông X khẳng_định"),
    a body or country after a common noun ("Truyền_hình Nga", "Đại_diện
    Vinaphone"). A body after a title in apposition to a person ("Ông X ,
    Phó_Chủ_tịch VATA cho_biết") gives the person. A body after one of
    ``speaking_for`` with no person named ("Đại_diện Viettel cho_biết",
    "người phát_ngôn của Phủ Tổng_thống nói") is the subject: one speaks for it.
    """
    first = view.bounds(cue)[0]
    j = skip_left(view, cue - 1, first, times)
    if j < first:
        return []
    if speaking_for:
        j = _past_unnamed_official_modifier(view, j, first, speaking_for)
    j = _body_before_its_place(view, j, first)
    piece = view.pieces[j]
    if piece.mention is not None:
        mention = piece.mention
        if mention.type is EntityType.COUNTRY and j - 1 >= first:
            body = view.pieces[j - 1].mention
            if body is not None and body.type.is_organization:
                j, mention = j - 1, body  # "Bộ Ngoại_giao Mexico nhấn_mạnh": the ministry speaks
        start = past_prefix(view, noun_phrase_start(view, j), mention, first)
        if mention.type is EntityType.PERSON and mention.prefix_start is None:
            start = _past_description(view, start, first)
        before = view.pieces[start - 1] if start - 1 >= first else None
        companions = _with_named_companion(view, j, start, types, first)
        if companions:
            return companions
        if start - 1 >= first and ends_with_any(view, start - 1, _KIN, first) is not None:
            return []  # "Bà mẹ Asiyalova cho_biết": her mother speaks, unnamed
        if _addressed(view, start, first):
            return []  # "liên_hệ với phía CLB chủ_quản X đề_nghị …": whom the proposal went to
        if before is not None and before.is_word and before.syllables in _CARRY:
            at = _past_marks(view, start - 2, first)
            owner = view.pieces[at].mention if at >= first else None
            if owner is not None and owner.type is EntityType.NEWS_AGENCY and owner.type in types:
                return [Argument(owner, at)]  # "tờ Yomiuri của Nhật_Bản đưa_tin", 'tờ " Granma " của Đảng X': the paper
            if (
                owner is not None
                and owner.type is EntityType.PERSON
                and owner.type in types
                and not owner.reference
                and at == start - 2
                and mention.type is not EntityType.PERSON
                and opens_clause(view, noun_phrase_start(view, at), first)
            ):
                return [Argument(owner, at)]  # "HLV X của Thái_Lan thừa_nhận": the person of the country speaks
            if (spoken := _spoken_for_owner(view, owner, at, types, speaking_for, first)) is not None:
                return [spoken]  # "Đại_diện Công_ty X của Tập_đoàn Y cho_biết": one speaks for X
            heads = tuple(possessor_heads) + tuple(speaking_for)
            if not any(ends_with_any(view, start - 2, (h,), first) is not None for h in heads) and not (
                start - 2 >= first and _ends_unnamed_official(view, start - 2, first, speaking_for)
            ):
                # "X , một nhân_viên của Y cho_biết": the possessor describes the person in apposition, who is the subject
                person = apposition_head(view, j, first) if EntityType.PERSON in types else None
                return [person] if person is not None and person.mention.type in types else []
            document = next((h for h in possessor_heads if ends_with_any(view, start - 2, (h,), first) is not None), None)
            if document is not None and _received(view, ends_with_any(view, start - 2, (document,), first), first):
                return []  # "Bộ Y_tế nhận được văn_bản của Sở Y_tế báo_cáo …": what was received, nobody speaks
        if (
            before is not None
            and before.is_word
            and before.syllables in _FROM_SOURCE
            and any(ends_with_any(view, start - 2, (h,), first) is not None for h in possessor_heads)
        ):
            pass  # "Tin từ Trung_tâm X cho_biết": what the body gave out, the body speaks
        elif before is not None and before.is_word and before.syllables in _BELONGS and (
            member := _member_before(view, start - 2, types, first)
        ) is not None:
            return [member]  # "giáo_sư X thuộc ĐH Y cho_biết": the person of the body speaks
        elif before is not None and before.is_word and before.syllables in _BELONGS | _WITHIN and mention.type in types and (
            start - 2 >= first and _ends_unnamed_official(view, start - 2, first, speaking_for)
        ):
            return [Argument(mention, j)]  # "một quan_chức (giấu_tên) thuộc/trong Bộ Quốc_phòng cho_biết": the body speaks
        elif (
            before is not None
            and before.is_word
            and before.syllables in _NOT_BEFORE_SUBJECT
            and not _tells_when(view, start - 1, first, times)
            and not (start - 1 == first and before.syllables in _OPENING_CAUSES)
        ):
            return []  # "… mà ông X khẳng_định", "nguồn tin cho Apple nói": not the subject
        if mention.type is not EntityType.PERSON and EntityType.PERSON in types:
            person = apposition_head(view, j, first)
            if person is not None:
                return [person]
        if mention.type in PLACE_TYPES and _in_locative(view, start, first):
            return []  # "bán hàng tại chợ Cầu_Giấy , Hà_Nội cho_biết": where, not who
        if mention.type is not EntityType.PERSON and _modifies_noun(view, j, first):
            person = _apposed_person(view, start, first)
            if person is not None and person.mention.type in types and opens_clause(view, noun_phrase_start(view, person.piece), first):
                return [person]
            if mention.type in types and any(
                ends_with_any(view, at, speaking_for, first) is not None for at in (start - 1, j - 1) if at >= first
            ):  # "Lãnh_đạo Sở Y_tế": the noun may also be read as the body's title
                return [Argument(mention, j)]
            return []
        if mention.type is EntityType.PERSON and before is not None and before.is_word and before.syllables[-1:] in _STREET_HEADS:
            return []  # "đường Ngô_Thì_Nhậm": a street named after a person
        if mention.type not in types:
            return []
        subjects = [Argument(mention, j)]
        subjects.extend(_coordinated_before(view, j, types, first))
        head = noun_phrase_start(view, subjects[-1].piece)
        if (
            len(subjects) > 1
            and head - 1 >= first
            and view.pieces[head - 1].is_word
            and view.pieces[head - 1].syllables in _NOT_BEFORE_SUBJECT
            and not _tells_when(view, head - 1, first, times)
        ):
            return []  # "văn_bản gửi Ủy_ban X và Sở Y công_bố …": the list is the object of "gửi"
        if len(subjects) == 1 and mention.type is EntityType.PERSON:
            subjects.extend(_comma_list_before(view, j, _PERSON_ONLY, first))
        return subjects
    if not allow_pronoun:
        return []
    group = resolve_group(view, j, first)
    if group:
        return [a for a in group if a.mention.type in types] if all(a.mention.type in types for a in group) else []
    # "Tài_tử đến Việt_Nam": a describing noun standing for the one person named just before
    resolved = resolve_reference(view, j, first) or resolve_description(view, j, first)
    return [resolved] if resolved is not None and resolved.mention.type in types else []


def _spoken_for_owner(
    view: ArticleView,
    owner: Mention | None,
    at: int,
    types: Collection[EntityType],
    speaking_for: Sequence[tuple[str, ...]],
    first: int,
) -> Argument | None:
    """The body named at piece ``at`` before "của" and the body or person it belongs to, when one of
    ``speaking_for`` stands right before its phrase and opens the clause ("Đại_diện Chi_hội X của
    Hiệp_hội Y", "người phát_ngôn công_ty quản_lý X của ca_sĩ Y"): the one spoken for is the subject."""
    if owner is None or not owner.type.is_organization or owner.type not in types or not speaking_for:
        return None
    for before in (noun_phrase_start(view, at) - 1, at - 1):
        spokesman = ends_with_any(view, before, speaking_for, first) if before >= first else None
        if spokesman is None or not opens_clause(view, spokesman, first):
            continue
        mark = spokesman - 1
        if mark - 1 >= first and not any(c.isalnum() for c in view.pieces[mark].text) and (named := view.pieces[mark - 1].mention) is not None and named.type is EntityType.PERSON:
            return None  # "ông X - đại_diện Chi_hội Y của Z cho_biết": the person named before speaks
        return Argument(owner, at)
    return None


def _received(view: ArticleView, head: int, first: int) -> bool:
    """Whether the noun of information at piece ``head`` is the object of a verb of receiving or reading
    before it (``frames.receiving-verbs``: "nhận được văn_bản của X", "đọc thông_báo của X")."""
    return head - 1 >= first and ends_with_any(view, skip_left(view, head - 1, first, ()), _RECEIVING, first) is not None


def _member_before(view: ArticleView, k: int, types: Collection[EntityType], first: int) -> Argument | None:
    """The person named at piece ``k``, before "thuộc" and the body the person belongs to, when the
    person opens the clause."""
    if k < first or (m := view.pieces[k].mention) is None or m.type is not EntityType.PERSON or m.reference or m.type not in types:
        return None
    return Argument(m, k) if opens_clause(view, noun_phrase_start(view, k), first) else None


def _body_before_its_place(view: ArticleView, j: int, first: int) -> int:
    """The piece of a body when piece ``j`` ends the place it stands in, set off by commas after
    its name ("Công_an quận 9 , TP.HCM yêu_cầu", "UBND huyện X , tỉnh Y , cho_biết"): the body
    speaks, not the place; ``j`` otherwise."""
    at = j - 1 if view.pieces[j].text == "," else j
    place = view.pieces[at].mention if at >= first else None
    if place is None or place.type not in _PLACES_OF_BODIES or at - 2 < first or view.pieces[at - 1].text != ",":
        return j
    body = view.pieces[at - 2].mention
    # an outlet before a comma opens a clause ("Theo tờ X , Hàn_Quốc tuyên_bố"): it is not the subject
    speaks = body is not None and body.type.is_organization and body.type is not EntityType.NEWS_AGENCY
    opener = noun_phrase_start(view, at - 2) - 1
    if speaks and opener >= first and ends_with_any(view, opener, ACCORDING, first) is not None:
        speaks = False  # "Theo Bộ Y_tế , Hà_Nội …": the body is the source of a clause whose subject follows
    return at - 2 if speaks else j


def _ends_unnamed_official(view: ArticleView, j: int, first: int, speaking_for: Sequence[tuple[str, ...]]) -> bool:
    """Whether piece ``j`` ends one of ``speaking_for`` with no name, or such a word and a modifier
    like "giấu_tên", and the phrase opens the clause ("một quan_chức giấu_tên" at the start of the
    sentence or after a comma, not "con_trai một quan_chức")."""
    official = ends_with_any(view, j, speaking_for, first)
    if official is None and view.pieces[j].is_word and (modifier := ends_with_any(view, j, _UNNAMED_OFFICIAL_MODIFIERS, first)) is not None:
        official = ends_with_any(view, modifier - 1, speaking_for, first) if modifier - 1 >= first else None
    if official is None:
        return False
    if official - 1 >= first and (determiner := ends_with_any(view, official - 1, _DETERMINERS, first)) is not None:
        official = determiner
    before = skip_left(view, official - 1, first, ())
    return before < first or view.pieces[before].text == ","


def _past_unnamed_official_modifier(view: ArticleView, j: int, first: int, speaking_for: Sequence[tuple[str, ...]]) -> int:
    """The piece of the body or country when piece ``j`` ends a word like "giấu_tên" or "khác"
    (``frames.unnamed-official-modifiers``) after "quan_chức X", "đại_diện X" (one of
    ``speaking_for``): "một quan_chức Mỹ giấu_tên cho_biết" is the country speaking; ``j`` otherwise."""
    modifier = ends_with_any(view, j, _UNNAMED_OFFICIAL_MODIFIERS, first) if view.pieces[j].is_word else None
    if modifier is None or modifier - 1 < first:
        return j
    mention = view.pieces[modifier - 1].mention
    if mention is None or mention.type is EntityType.PERSON:
        return j
    start = noun_phrase_start(view, modifier - 1)
    if any(ends_with_any(view, at, speaking_for, first) is not None for at in (start - 1, modifier - 2) if at >= first):
        return modifier - 1
    return j


def _tells_when(view: ArticleView, j: int, first: int, times: Sequence[TimeExpression]) -> bool:
    """Whether piece ``j`` ends words of time ("tuần trước", "2 năm trước") rather than being a preposition."""
    piece = view.pieces[j]
    return any(t.start <= piece.start and piece.end <= t.end for t in times) or _ends_time_ago(view, j, first)


def _ends_time_ago(view: ArticleView, j: int, first: int) -> bool:
    """Whether piece ``j`` closes a time ago ("2 năm trước", "vài tuần trước"): a number, a unit of
    time and a word like "trước", which then is no preposition before the name after it."""
    syllables: list[str] = []
    for k in range(j, max(first, j - 2) - 1, -1):
        piece = view.pieces[k]
        if piece.mention is not None or not piece.is_word or is_barrier(piece):
            break
        syllables[:0] = [s.lower() for s in piece.syllables]
        if len(syllables) >= 3:
            break
    if len(syllables) < 3:
        return False
    number, unit, end = syllables[-3], syllables[-2], syllables[-1]
    return (end,) in _DURATION_ENDS and (unit,) in _DURATION_UNITS and (number.isdigit() or number in _NUMBER_WORDS)


def _addressed(view: ArticleView, start: int, first: int) -> bool:
    """Whether the noun phrase at piece ``start`` is whom an act is addressed to: a preposition
    of address, a noun of a party and at most a few more words before it ("với phía CLB chủ_quản X")."""
    j = start - 1
    while j >= first and start - j <= _ADDRESSEE_REACH:
        piece = view.pieces[j]
        if piece.mention is not None or is_barrier(piece) or piece.is_quote_mark or not piece.is_word:
            return False
        if piece.syllables in _ADDRESSED_TO:
            return j + 1 < start and view.match_any(j + 1, _PARTY_NOUNS) is not None
        j -= 1
    return False


def _past_description(view: ArticleView, start: int, first: int) -> int:
    """Where the lowercase words describing the person named at piece ``start`` begin, when
    "của" stands before them ("công_ty quản_lý của nữ diễn_viên 26 tuổi X"): the words before
    then tell whose the name is; ``start`` itself otherwise."""
    j = start
    while j - 1 >= first and start - j < _DESCRIPTION_REACH:
        piece = view.pieces[j - 1]
        if piece.mention is not None or is_barrier(piece) or piece.is_quote_mark or not piece.text[:1].islower() and not piece.text[:1].isdigit():
            break
        if piece.syllables in _CARRY:
            return j if j < start else start
        j -= 1
    return start


#: How many words may describe a person between "của" and the name.
_DESCRIPTION_REACH = 5


def _past_marks(view: ArticleView, j: int, first: int) -> int:
    """Step left from piece ``j`` over closing quote marks and one bracketed aside ("Tấm_gương ( Der_Spiegel )");
    the piece reached, or the bracketed name when it is the only one named there."""
    while j >= first and view.pieces[j].is_quote_mark:
        j -= 1
    if j >= first and view.pieces[j].is_word and view.pieces[j].text == ")":
        k = j
        while k >= first and view.pieces[k].text != "(":
            k -= 1
        if k - 1 >= first and view.pieces[k - 1].mention is None and k + 2 == j and view.pieces[k + 1].mention is not None:
            return k + 1  # "nhật_báo Tấm_gương ( Der_Spiegel )": the name in brackets when the one before is not known
        if k - 1 >= first:
            j = k - 1
    while j >= first and view.pieces[j].is_quote_mark:
        j -= 1
    return j


def past_prefix(view: ArticleView, start: int, mention: Mention, first: int) -> int:
    """Where the phrase starting at piece ``start`` starts with the words the recogniser keeps as the
    name's prefix ("nữ diễn_viên 26 tuổi X", "ca_sĩ X"): the words before them tell whose the name is."""
    if mention.prefix_start is None:
        return start
    j = start
    while (
        j - 1 >= first
        and view.pieces[j - 1].is_word
        and view.pieces[j - 1].mention is None
        and not is_barrier(view.pieces[j - 1])
        and mention.prefix_start <= view.pieces[j - 1].start < mention.start
    ):
        j -= 1
    return j


def _in_locative(view: ArticleView, start: int, first: int) -> bool:
    """Whether the place whose phrase starts at ``start`` ends a chain of places after "tại"/"ở"
    ("tại chợ Cầu_Giấy , Hà_Nội")."""
    j = start - 1
    while j >= first:
        piece = view.pieces[j]
        if view.match_any(j, PLACE_PREPOSITIONS) == j + 1 or ends_with_any(view, j, PLACE_PREPOSITIONS, first) is not None:
            return True
        if piece.mention is not None and piece.mention.type in PLACE_TYPES or piece.text == "," or (
            piece.mention is None and piece.text[:1].isupper()
        ):
            j -= 1  # a place, a comma, or a capitalised word of a place the recogniser missed
            continue
        noun = ends_with_any(view, j, PLACE_NOUNS, first) or ends_with_any(view, j, STREET_NOUNS, first)
        if noun is None and piece.syllables == ("chợ",):
            noun = j
        if noun is None:
            return False
        j = noun - 1
    return False


def _apposed_person(view: ArticleView, start: int, first: int) -> Argument | None:
    """"Ông X , Phó_Chủ_tịch VATA": the person a title-and-body phrase starting at ``start`` is apposed to."""
    for j in range(start - 1, max(first, start - 5) - 1, -1):
        piece = view.pieces[j]
        if piece.is_word and piece.text in {",", "-", "–"}:
            k = j - 1
            if k >= first and (m := view.pieces[k].mention) is not None and m.type is EntityType.PERSON:
                return Argument(m, k)
            return None
        if piece.mention is not None or is_barrier(piece):
            return None
    return None


def _modifies_noun(view: ArticleView, k: int, first: int) -> bool:
    """Whether the name at ``k`` qualifies the noun before it ("Truyền_hình Nga", "Đại_diện Vinaphone")."""
    mention = view.pieces[k].mention
    if mention is None or mention.type is EntityType.PERSON:
        return False
    if title_ending_at(view, k) is not None:
        return True  # "Phó_Chủ_tịch VATA", "Chủ_tịch Cuba": the body's or country's officer, not it
    j = noun_phrase_start(view, k) - 1
    if j < first:
        return False
    piece = view.pieces[j]
    if piece.mention is not None or is_barrier(piece) or piece.is_quote_mark:
        return False
    if ends_with_any(view, j, reporting_verbs(), first) is not None:
        return False  # "Yomiuri đưa_tin Trung_Quốc đã đề_nghị …": what is reported opens with its subject
    if mention.type.is_organization:
        # "đảng đối_lập CNRP" names the body; "Đại_diện Vinaphone", "Phó_Chủ_tịch VATA" name a person of it
        return title_ending_at(view, j + 1) is not None or ends_with_any(view, j, PERSON_NOUNS, first) is not None
    if _counts_occasion(view, j, first):
        return False  # "lần thứ ba Mexico đề_nghị": the name opens the clause the count is of
    return not any(
        view.match_any(j, phrases) == j + 1 for phrases in (COORDINATORS, CLAUSE_OPENERS, ADVERBS, ACCORDING)
    )


def _counts_occasion(view: ArticleView, j: int, first: int) -> bool:
    """Whether the words ending at piece ``j`` count the times something is done ("lần đầu_tiên",
    "lần thứ ba", "lần thứ 100")."""
    if ends_with_any(view, j, _OCCASION_COUNTS, first) is not None:
        return True
    return view.pieces[j].text.isdigit() and j - 1 >= first and ends_with_any(view, j - 1, _COUNTED_TIME, first) is not None


def _with_named_companion(view: ArticleView, j: int, start: int, types: Collection[EntityType], first: int) -> list[Argument]:
    """"Ông X cùng phu_nhân Y tới Z", "X và vợ Y đến Z": the person at ``j``, named after a noun of one
    who goes along (``frames.named-companions``) joined by "cùng", "cùng với" or "và" (``events.along-with``)
    to a person opening the clause,
    acts with that person (and those coordinated to them)."""
    mention = view.pieces[j].mention
    if mention is None or mention.type is not EntityType.PERSON or EntityType.PERSON not in types:
        return []
    noun = None
    for end in (start - 1, start):  # the noun before the name's phrase, or kept as its prefix
        if first <= end < j:
            noun = ends_with_any(view, end, _NAMED_COMPANIONS, first)
            if noun is not None:
                break
    link = ends_with_any(view, noun - 1, _ALONG_WITH, first) if noun is not None and noun - 1 >= first else None
    if link is None:
        return []
    k = link - 1
    other = view.pieces[k].mention if k >= first else None
    if other is None or other.type is not EntityType.PERSON or not opens_clause(view, noun_phrase_start(view, k), first):
        return []
    if other.text == mention.text:
        return []  # "Thu_Phương và chồng Thu_Phương": her husband, unnamed
    return [Argument(mention, j), Argument(other, k), *_coordinated_before(view, k, types, first)]


def _coordinated_before(view: ArticleView, k: int, types: Collection[EntityType], first: int) -> list[Argument]:
    found = []
    while True:
        edge = noun_phrase_start(view, k)
        j = edge - 1
        if j < first or not view.pieces[j].is_word or view.pieces[j].syllables not in _AND:
            return found
        j -= 1
        if j >= first and view.pieces[j].text == ")":
            while j >= first and view.pieces[j].text != "(":
                j -= 1
            j -= 1
        if j < first or (m := view.pieces[j].mention) is None or m.type not in types:
            return found
        found.append(Argument(m, j))
        listed = _comma_list_before(view, j, types, first)
        if listed:
            return found + listed
        k = j


#: A list of persons before a person ("…, đại_biểu A , B đề_nghị").
_PERSON_ONLY = frozenset({EntityType.PERSON})


def _comma_list_before(view: ArticleView, k: int, types: Collection[EntityType], first: int) -> list[Argument]:
    """The names listed with commas before the conjunct at piece ``k`` ("A , B , C và D nói"), when
    the list opens its clause: never the object of an earlier verb ("Sau khi gặp A , B và C nói")."""
    found = []
    while True:
        j = noun_phrase_start(view, k) - 1
        if j - 1 < first or view.pieces[j].text != ",":
            break
        m = view.pieces[j - 1].mention
        if m is None or m.type not in types or m.reference:
            break
        found.append(Argument(m, j - 1))
        k = j - 1
    if not found:
        return []
    opening = noun_phrase_start(view, k) - 1
    if opening >= first and (lead := ends_with_any(view, opening, _LIST_LEADS, first)) is not None:
        opening = lead - 1  # "Các ông A , B và C": the words counting them open the list
    return found if opening < first or view.pieces[opening].text == "," else []
