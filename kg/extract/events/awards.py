"""Awards handed over are no gifts (docs/annotation.md): "tặng Huân_chương Lao_động cho X", "trao_tặng
danh_hiệu Anh_hùng cho Y", "tặng bằng_khen cho Z", and every "phong tặng", "truy tặng", "tặng thưởng"."""

from __future__ import annotations

from kg.extract.frames import ends_with_any, phrase_set
from kg.extract.pieces import ArticleView, Piece
from kg.lexicon import word_list
from kg.model import EntityType

#: What is awarded rather than given: decorations, titles, certificates of merit, prizes.
_AWARDS = phrase_set(*word_list("events.award-items"))
_AWARD_WORDS = tuple(tuple(w.lower().split()) for w in word_list("events.award-items"))
#: Words around a gift verb that make it an award: "phong tặng", "truy tặng", "tặng thưởng".
_AWARD_BEFORE = phrase_set(*word_list("events.award-before"))
_AWARD_AFTER = phrase_set(*word_list("events.award-after"))
#: Words that may open the item before the award's own noun ("một", "tấm").
_ITEM_SKIP = phrase_set(*word_list("events.item-skip"))


def awarded(view: ArticleView, cue_start: int, cue_end: int, item_starts: list[int]) -> bool:
    """Whether the gift verb from piece ``cue_start`` to ``cue_end`` hands over an award: a word of
    ``events.award-before`` right before it or of ``events.award-after`` right after it, or an item
    (right after the verb or starting at one of ``item_starts``) that opens with a word of
    ``events.award-items``."""
    first, last = view.bounds(cue_start)
    if cue_start > first and ends_with_any(view, cue_start - 1, _AWARD_BEFORE, first) is not None:
        return True
    if cue_end < last and view.match_any(cue_end, _AWARD_AFTER) is not None:
        return True
    for j in [cue_end, *item_starts]:
        while j < last and (skipped := view.match_any(j, _ITEM_SKIP)) is not None:
            j = skipped
        if j < last and (view.match_any(j, _AWARDS) is not None or _named_award(view.pieces[j])):
            return True
    return False


def _named_award(piece: Piece) -> bool:
    """Whether one piece, a name the tagger found ("Huân_chương Hồ_Chí_Minh"), opens with an award's noun;
    never a person's name ("Bằng_Kiều")."""
    if piece.mention is not None and piece.mention.type is EntityType.PERSON:
        return False
    return any(piece.syllables[: len(award)] == award for award in _AWARD_WORDS)
