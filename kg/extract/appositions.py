"""Persons described by a chain of appositions before a verb: "Bà X , Phó_Tổng_giám_đốc Y , cho_biết".

A person's name is followed by a mark (comma, dash, bracket) and parts that
each open as a noun phrase does: a name, a title ("quyền hiệu_trưởng", "phó
Phòng Y"), a place, street or person noun, a capitalised word, or "một" and a
noun of a person or a body ("một phụ_huynh khác"). The person those parts
describe is the subject of the verb after them. Reads the titles that name no
post and ``frames.deputy-of-body`` and ``frames.indefinites``.
"""

from __future__ import annotations

from kg.extract.clauses import (
    ACCORDING,
    BODY_NOUNS,
    HONORIFICS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    STREET_NOUNS,
    TITLE_MODIFIERS,
    Argument,
    cue_verbs,
    ends_with_any,
    is_barrier,
    noun_phrase_start,
    opens_clause,
    phrase_set,
    title_starting_at,
)
from kg.extract.pieces import ArticleView
from kg.lexicon import load_lexicon, word_list
from kg.model import EntityType, Mention

#: The titles written before a name, those that name no post among them ("Thiếu_tướng", "TS").
_NAME_TITLES = phrase_set(*sorted(load_lexicon().titles))
#: A word that names the deputy head of the body named right after it ("phó Phòng GD-ĐT").
_DEPUTY_OF_BODY = phrase_set(*word_list("frames.deputy-of-body"))
#: "một" before a noun of a person or a body: "X - một phụ_huynh khác", "Cục Y , một đơn_vị trực_thuộc …".
_INDEFINITES = phrase_set(*word_list("frames.indefinites"))
#: Words that open where one lives, said in apposition ("X , sống tại Y , đã …", "X - ngụ ở Y - …").
_RESIDENCE = phrase_set(*word_list("frames.apposed-residence"))
#: Nouns of kin and of one's spouse, which open a part of an apposition whose person is its possessor
#: ("X , vợ ông Y , cho_biết", "X , phu_nhân Tổng_thống Y ,").
_KIN = phrase_set(*word_list("frames.kin-nouns"), *word_list("frames.named-companions"))
#: How far back a chain of appositions may reach from the verb to its person.
_APPOSITION_REACH = 40
_APPOSITION_MARKS = frozenset({",", "-", "–", "(", ")"})
#: How many pieces a part opened by "một" and a noun no list knows may take before its closing mark.
_INDEFINITE_PART = 8


def apposed_speaker(view: ArticleView, mark: int, first: int) -> Argument | None:
    """The person of "X - Phó_ban Y , [cho_biết]", "X - quyền hiệu_trưởng - [cho_biết]":
    a chain of appositions closed by the mark at piece ``mark`` just before a verb."""
    if mark < first or view.pieces[mark].text not in _APPOSITION_MARKS:
        return None
    return _head_of_appositions(view, mark, max(first, mark - _APPOSITION_REACH)) or _set_off_subject(view, mark, first)


def _set_off_subject(view: ArticleView, comma: int, first: int) -> Argument | None:
    """"Giám_đốc Công_an TP Hà_Nội , Thiếu_tướng Nguyễn_Đức_Chung , [cho_biết]", "SPDR_Gold_Trust ,
    [cho_biết]": a person or body named right before the comma at piece ``comma``, whose phrase
    opens the sentence or follows a comma or a dash, and is no object of a verb or preposition."""
    if view.pieces[comma].text != "," or comma - 1 < first:
        return None
    mention = view.pieces[comma - 1].mention
    if mention is None or mention.reference or not (mention.type is EntityType.PERSON or mention.type.is_organization):
        return None
    start = noun_phrase_start(view, comma - 1)
    if start - 1 >= first and (rank := ends_with_any(view, start - 1, _NAME_TITLES, first)) is not None:
        start = rank  # a title that names no post ("Thiếu_tướng X")
    if start > first and view.pieces[start - 1].text not in {",", "-", "–"}:
        return None
    return Argument(mention, comma - 1) if opens_clause(view, start, first) else None


def apposed_across_stop(view: ArticleView, end: int, first: int) -> Argument | None:
    """"Anh Nguyễn_Văn D . - thành_viên Ban X cho_biết": a sentence that opens with a dash and a
    lowercase word continues the apposition of the person named by an initial ("D .") at the end
    of the sentence before, whose stop ended it; the person, when only appositions run from the
    dash to piece ``end``."""
    stop = first - 1
    if stop < 1 or first + 1 >= end or view.pieces[first].text not in {"-", "–"} or view.pieces[stop].text != ".":
        return None
    if not view.pieces[first + 1].text[:1].islower():
        return None
    person = view.pieces[stop - 1].mention
    if person is None or person.type is not EntityType.PERSON or person.reference:
        return None
    initial = person.text.replace("_", " ").split()[-1]
    if len(initial) != 1 or not initial.isupper():
        return None
    if not _all_appositions(view, first, end):
        return None
    previous = view.bounds(stop)[0]
    return Argument(person, stop - 1) if opens_clause(view, noun_phrase_start(view, stop - 1), previous) else None


def dashed_speaker(view: ArticleView, end: int, first: int) -> Argument | None:
    """"chị X - một phụ_huynh khác [nói]", "ông X – giám_đốc công_ty [cho_biết]": the person whom
    a dash sets apart from a chain of appositions running up to piece ``end``."""
    found = _head_of_appositions(view, end, max(first, end - _APPOSITION_REACH))
    if found is None or view.pieces[found.piece + 1].text not in {"-", "–"}:
        return None
    return found


def apposition_head(view: ArticleView, k: int, first: int) -> Argument | None:
    """The person a chain of appositions ending in mention piece ``k`` describes:
    "Bà X , Phó_Tổng_giám_đốc Y , Chủ_tịch Quỹ Z [cho_biết]", "chị X , phố Y ,
    quận Z , Hà_Nội [cho_biết]", "Đại_tá X - Trưởng_phòng Y (PC46) , Công_an Z [nói]".

    The person is followed by a mark (comma, dash, bracket), and every part the
    marks separate from there to ``k`` opens as a noun phrase does: a name, a
    title, a place, street or person noun, or a capitalised word. A part that
    opens otherwise ("ông X nói , Bộ Y cho_biết") means ``k`` is not in apposition.
    """
    return _head_of_appositions(view, noun_phrase_start(view, k), max(first, k - _APPOSITION_REACH))


def apposed_before_verb(view: ArticleView, j: int, first: int) -> Argument | None:
    """The person a chain of appositions closing at piece ``j`` right before a verb describes:
    "ông X , phó Phòng Y , nói" (a comma closes it), "X , phó giám_đốc ( RFS ) cho_biết" (its last word)."""
    if j < first:
        return None
    end = j if view.pieces[j].text == "," else j + 1
    person = _head_of_appositions(view, end, max(first, j - _APPOSITION_REACH))
    if person is None:
        return None
    opening = noun_phrase_start(view, person.piece)
    if opening - 1 >= first and ends_with_any(view, opening - 1, ACCORDING, first) is not None:
        return None  # "Theo ông X , giám_đốc các công_ty cho_biết": X is the source, not the subject
    part = max(i for i in range(person.piece, end) if view.pieces[i].text in _APPOSITION_MARKS) + 1
    if part < end and view.pieces[part].syllables in HONORIFICS:
        return None  # "… , anh phải đánh_giá": a new clause about someone, no apposition
    if any(view.match_any(i, cue_verbs()) is not None for i in range(person.piece + 1, end)):
        return None  # a verb between tells what the person did, the chain is no apposition
    return person


def _head_of_appositions(view: ArticleView, end: int, stop: int) -> Argument | None:
    """The nearest person before piece ``end`` (back to ``stop``) whom only appositions follow up to ``end``."""
    for p in range(end - 1, stop - 1, -1):
        piece = view.pieces[p]
        if piece.is_quote_mark or piece.is_word and piece.text in {".", ";", ":", "!", "?"}:
            return None
        if piece.mention is not None and piece.mention.type is EntityType.PERSON and not piece.mention.reference:
            if (
                p + 1 < end
                and view.pieces[p + 1].text in _APPOSITION_MARKS
                and _all_appositions(view, p + 1, end)
                and opens_clause(view, noun_phrase_start(view, p), stop)
            ):
                return Argument(piece.mention, p)
            if _possessor_in_apposition(view, p, stop):
                continue  # "X , vợ ông Y , cho_biết": Y is whose wife X is
            return None
    return None


def _possessor_in_apposition(view: ArticleView, p: int, stop: int) -> bool:
    """Whether the person named at piece ``p`` owns the noun of kin or the thing before it ("vợ ông Y",
    "con trai của Y"), or is named inside a part that opens with a noun of kin or of a person
    ("vợ bị_cáo Y", "người bào_chữa cho bị_cáo Y"), in a part of an apposition set off by a mark."""
    start = noun_phrase_start(view, p)
    if start - 1 >= stop and view.pieces[start - 1].syllables == ("của",):
        start -= 1
    kin = ends_with_any(view, start - 1, _KIN, stop) if start - 1 >= stop else None
    if kin is not None and kin - 1 >= stop and view.pieces[kin - 1].text in _APPOSITION_MARKS:
        return True
    if start < p and start - 1 >= stop and view.pieces[start - 1].text in _APPOSITION_MARKS and view.match_any(start, _KIN) is not None:
        return True  # "X , phu_nhân Tổng_thống Y ,": the noun kept in the phrase of Y's title
    mark = next((i for i in range(start - 1, stop - 1, -1) if view.pieces[i].text in _APPOSITION_MARKS or is_barrier(view.pieces[i])), None)
    if mark is None or view.pieces[mark].text not in _APPOSITION_MARKS or mark + 1 >= start:
        return False
    if any(view.pieces[i].mention is not None or view.pieces[i].quoted for i in range(mark + 1, start)):
        return False
    return any(view.match_any(mark + 1, nouns) is not None for nouns in (_KIN, PERSON_NOUNS))


def _all_appositions(view: ArticleView, start: int, end: int) -> bool:
    """Whether pieces ``start``..``end`` are marks and parts that each open as a noun phrase."""
    opening = True
    for j in range(start, end):
        piece = view.pieces[j]
        if piece.is_word and piece.text in _APPOSITION_MARKS:
            opening = True
            continue
        if piece.is_quote_mark or is_barrier(piece):
            return False
        if opening and not _opens_noun_phrase(view, j):
            return False
        opening = False
    return True


def _opens_noun_phrase(view: ArticleView, j: int) -> bool:
    piece = view.pieces[j]
    if piece.mention is not None or piece.text[:1].isupper() or piece.text[:1].isdigit():
        return True
    if piece.syllables in HONORIFICS or title_starting_at(view, j) is not None:
        return True
    if view.match_any(j, TITLE_MODIFIERS) is not None and j + 1 < len(view) and title_starting_at(view, j + 1):
        return True  # "quyền hiệu_trưởng", "nguyên Giám_đốc"
    if view.match_any(j, TITLE_MODIFIERS) == j + 1 and j + 1 < len(view) and _title_standing_alone(view.pieces[j + 1].mention):
        return True  # "nguyên Thứ_trưởng Bộ Tài_chính": a title the recogniser read as one piece
    deputy = view.match_any(j, _DEPUTY_OF_BODY)
    if deputy is not None and deputy < len(view) and (body := view.pieces[deputy].mention) is not None:
        return body.type.is_organization  # "phó Phòng GD-ĐT": the deputy head of the body
    if any(view.match_any(j, nouns) is not None for nouns in (PLACE_NOUNS, PERSON_NOUNS, STREET_NOUNS, _RESIDENCE, _KIN)):
        return True
    return _opens_indefinite(view, j)


def _title_standing_alone(mention: Mention | None) -> bool:
    """Whether ``mention`` is a title that names no one by name ("Thứ_trưởng Bộ Tài_chính")."""
    return mention is not None and mention.type is EntityType.PERSON and mention.reference


def _opens_indefinite(view: ArticleView, j: int) -> bool:
    """Whether "một" at piece ``j`` opens a noun of a person, a title, a body or any lowercase noun
    ("một phụ_huynh khác", "một Phó_Chủ_tịch", "một đơn_vị trực_thuộc Bộ", "một nhà đầu_tư"): one of
    a kind, described in apposition."""
    noun = view.match_any(j, _INDEFINITES)
    if noun is None or noun >= len(view) or view.pieces[noun].mention is not None:
        return False
    if title_starting_at(view, noun) is not None:
        return True
    if any(view.match_any(noun, nouns) is not None for nouns in (PERSON_NOUNS, BODY_NOUNS)):
        return True
    # "một nhà đầu_tư cá_nhân ,", "một cư_dân lâu năm ,": any lowercase noun after "một" is one of a kind
    # when a mark closes its part before any verb ("một_mình bán hàng nói" is no apposition)
    piece = view.pieces[noun]
    if not piece.is_word or not piece.text[:1].islower():
        return False
    for k in range(noun, min(len(view), noun + _INDEFINITE_PART)):
        if view.pieces[k].text in _APPOSITION_MARKS:
            return k > noun
        if is_barrier(view.pieces[k]) or view.match_any(k, cue_verbs()) is not None:
            return False
    return False
