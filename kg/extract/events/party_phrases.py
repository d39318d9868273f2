"""Whom the phrase after a meeting verb names.

- a title with the body it heads, then the person: "gặp Nghị_sĩ Đảng Xanh ( Đức ) Y" meets Y,
  not the party;
- a relative of the one named: "gặp anh_trai của Y", "gặp vợ Tổng_thống Y" meets someone
  unnamed, not Y (the kin nouns of ``frames.kin-nouns``).
"""

from __future__ import annotations

from kg.extract.frames import Argument, ends_with_any, noun_phrase_start, past_prefix, phrase_set, title_ending_at
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType

_KIN = phrase_set(*word_list("frames.kin-nouns"))
_OF = ("của",)
#: How many bodies or places may qualify a title before the name ("Nghị_sĩ Đảng Xanh ( Đức ) Y").
_QUALIFIERS = 2


def person_of_title(view: ArticleView, argument: Argument) -> Argument | None:
    """The person named right after the body or country at ``argument`` when a title stands just
    before it ("Nghị_sĩ Đảng Xanh ( Đức ) Y"); None otherwise."""
    if argument.mention.type is EntityType.PERSON or title_ending_at(view, argument.piece) is None:
        return None
    last = view.bounds(argument.piece)[1]
    j = argument.piece + 1
    qualifiers = 1
    while j < last:
        piece = view.pieces[j]
        if piece.text == "(":
            close = next((k for k in range(j + 1, min(last, j + 2 + _QUALIFIERS)) if view.pieces[k].text == ")"), None)
            inner = range(j + 1, close) if close is not None else range(0)
            if close is None or not inner or any(view.pieces[k].mention is None for k in inner):
                return None  # only names in the brackets ("( Đức )")
            j = close + 1
            continue
        mention = piece.mention
        if mention is None:
            return None
        if mention.type is EntityType.PERSON:
            return None if mention.reference else Argument(mention, j)
        qualifiers += 1
        if qualifiers > _QUALIFIERS:
            return None
        j += 1
    return None


def relative_of(view: ArticleView, argument: Argument) -> bool:
    """Whether the person at ``argument`` is named only as whose relative the one met is
    ("anh_trai của Y", "con_gái ông Y")."""
    first = view.bounds(argument.piece)[0]
    start = past_prefix(view, noun_phrase_start(view, argument.piece), argument.mention, first)
    j = start - 1
    if j >= first and view.pieces[j].syllables == _OF:
        j -= 1
    return j >= first and ends_with_any(view, j, _KIN, first) is not None
