"""The person a verb of studying or joining tells of when no name stands right before it.

- A description set after the name with a dash or a comma, opened by a noun of a
  person (``affiliations.described-heads``: "thủ_khoa", "chàng_trai"), or by
  "người" and a word of tense or voice (``affiliations.relative-heads``,
  ``affiliations.relative-markers``: "người từng", "người bị"), has the name
  as its subject: "X – thủ_khoa tốt_nghiệp môn violin tại Học_viện Y",
  "Về X , người bị rời A năm 2006 để sang B khoác_áo Y"; "Nhắc tới X , người
  hâm_mộ nhớ …" opens a clause of its own.
- A clause set before the main one, opened by a word of time or concession
  (``frames.fronted-openers``, ``affiliations.concessive-openers``) at the start
  of the sentence or after a comma, shares the subject that opens the main
  clause: "Dù đang bận_rộn với việc học_tập tại Trường Y ( TP.HCM ) , X vẫn …",
  "…, sau 8 tháng học tiếng Việt và tốt_nghiệp Trường Y , X đã ra Hà_Nội"; so does a
  clause the verb itself opens at the start of the sentence, maybe after an adverb of a past act
  (``affiliations.opening-adverbs``): "Tốt_nghiệp Trường Y năm 2005 , X về …",
  "Từng được đào_tạo bài_bản tại Y , ca_sĩ X …".
"""

from __future__ import annotations

from kg.extract.clauses import ADVERBS, Argument, is_barrier, names_person, noun_phrase_start, phrase_set
from kg.extract.objects import objects_after
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType

#: Nouns of a person that open a description set after a name ("X – thủ_khoa tốt_nghiệp Y").
_DESCRIBED_HEADS = phrase_set(*word_list("affiliations.described-heads"))
#: "người", which opens such a description only before a word of tense or voice ("X , người từng học tại Y").
_RELATIVE_HEADS = phrase_set(*word_list("affiliations.relative-heads"))
_RELATIVE_MARKERS = phrase_set(*word_list("affiliations.relative-markers"))
#: Words of concession that open a clause sharing the main clause's subject ("Dù", "Mặc_dù").
_OPENERS = phrase_set(*word_list("frames.fronted-openers"), *word_list("affiliations.concessive-openers"))
#: Adverbs that may stand before a verb opening the sentence with no subject ("Từng học tại Y , X …").
_OPENING_ADVERBS = phrase_set(*word_list("affiliations.opening-adverbs"))
#: Marks that set a description apart from the name it follows.
_DESCRIPTION_MARKS = frozenset({",", "-", "–"})
#: How many pieces a description may run from its mark to the verb ("người bị phải rời khỏi A năm 2006 để sang B").
_DESCRIPTION_REACH = 12
#: How many pieces the fronted clause may run from its opener to the verb, and from the verb to the comma that closes it.
_FRONTED_REACH = 20
#: How far after that comma the main clause's subject may be named (its title and honorific included).
_MAIN_SUBJECT_LEAD = 4


def described_person(view: ArticleView, k: int) -> list[Argument]:
    """The person a description ending at the verb at piece ``k`` is set after: "X – thủ_khoa
    tốt_nghiệp …", "X , người từng khoác_áo …"; nothing when the description names a person
    of its own or does not open with a noun of a person."""
    first, last = view.bounds(k)
    j = k - 1
    while j >= first and k - j <= _DESCRIPTION_REACH:
        piece = view.pieces[j]
        if piece.mention is not None and piece.mention.type is EntityType.PERSON:
            return []
        if piece.is_word and piece.text in _DESCRIPTION_MARKS:
            break
        if is_barrier(piece) or piece.is_quote_mark:
            return []
        j -= 1
    else:
        return []
    if j - 1 < first or not _opens_description(view, j + 1, k) or not names_person(view, j - 1, last):
        return []
    return [Argument(view.pieces[j - 1].mention, j - 1)]


def _opens_description(view: ArticleView, j: int, k: int) -> bool:
    """Whether the words at piece ``j``, before the verb at piece ``k``, open a description of a person."""
    if view.match_any(j, _DESCRIBED_HEADS) is not None:
        return True
    head = view.match_any(j, _RELATIVE_HEADS)
    return head is not None and head < k and view.match_any(head, _RELATIVE_MARKERS) is not None


def fronted_clause_subject(view: ArticleView, k: int) -> list[Argument]:
    """The person opening the main clause after a clause, holding the verb at piece ``k``, that a
    word of time or concession opens at the start of the sentence or after a comma and that names
    no person: "Dù đang học tại Y ( TP.HCM ) , X vẫn …", "…, sau khi tốt_nghiệp Y , ông X …"."""
    first, last = view.bounds(k)
    opener = _clause_opener(view, k, first)
    if opener is None:
        return []
    comma = _closing_comma(view, k, last)
    if comma is None:
        return []
    start = comma + 1
    while start < last and (end := view.match_any(start, ADVERBS)) is not None:
        start = end  # "…, sau đó ông X"
    found = objects_after(view, start, {EntityType.PERSON}, max_gap=_MAIN_SUBJECT_LEAD)
    if not found or found[0].mention.reference or noun_phrase_start(view, found[0].piece) != start:
        return []
    return found[:1]


def _clause_opener(view: ArticleView, k: int, first: int) -> int | None:
    """The piece of the word opening the clause of the verb at piece ``k``, when it is a word of
    time or concession at the start of the sentence or after a comma and the clause names no person."""
    j = k - 1
    while j >= first and view.pieces[j].text != ",":
        if k - j > _FRONTED_REACH:
            return None
        piece = view.pieces[j]
        if (piece.mention is not None and piece.mention.type is EntityType.PERSON) or piece.is_quote_mark:
            return None
        if piece.is_word and is_barrier(piece) and piece.text not in {"(", ")"}:
            return None
        j -= 1
    start = j + 1
    if start == first and _only_opening_adverbs(view, start, k):
        return start  # the verb opens the sentence: "Tốt_nghiệp Trường Y năm 2005 , X …", "Từng học tại Y , X …"
    return start if start < k and view.match_any(start, _OPENERS) is not None else None


def _only_opening_adverbs(view: ArticleView, start: int, k: int) -> bool:
    """Whether pieces ``start``..``k`` (exclusive) are none but adverbs of a past or recent act
    (``affiliations.opening-adverbs``: "Từng", "Vừa")."""
    while start < k:
        end = view.match_any(start, _OPENING_ADVERBS)
        if end is None or end > k:
            return False
        start = end
    return True


def _closing_comma(view: ArticleView, k: int, last: int) -> int | None:
    """The comma closing the clause of the verb at piece ``k``, past asides in brackets
    ("tại Trường Y ( TP.HCM )"), when no person is named before it."""
    depth = 0
    for j in range(k + 1, min(last, k + _FRONTED_REACH + 1)):
        piece = view.pieces[j]
        if piece.mention is not None:
            if piece.mention.type is EntityType.PERSON:
                return None
            continue
        if piece.text == "(":
            depth += 1
        elif piece.text == ")":
            depth -= 1
            if depth < 0:
                return None
        elif piece.text == "," and depth == 0:
            return j
        elif is_barrier(piece) or piece.is_quote_mark:
            return None
    return None
