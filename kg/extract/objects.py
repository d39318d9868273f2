"""Objects and places after a verb: "gặp ông X và bà Y", "đến thăm thành_phố X", "tại X".

An object follows its verb within a few words, with the ones "và" coordinates
to it; no barrier mark, clause opener nor (unless asked) place preposition is
crossed. A place is introduced directly, after "ở/tại", a verb of going
(``frames.go-to``) or a kind of place; the place of an event is the first
"tại/ở X" after its verb in the sentence.
"""

from __future__ import annotations

from collections.abc import Collection

from kg.extract.clauses import (
    CLAUSE_OPENERS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    PLACE_TYPES,
    Argument,
    ends_with_any,
    is_barrier,
    phrase_set,
    title_starting_at,
)
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType

_GO_TO = phrase_set(*word_list("frames.go-to"))


def introduced_directly(view: ArticleView, start: int, target: int) -> bool:
    """Whether the place at piece ``target`` follows the verb ending at ``start``
    directly or after "ở/tại" or a kind of place ("thành_phố"), not as the
    modifier of another noun ("nhà_máy máy_bay Nga")."""
    if target == start:
        return True
    before = target - 1
    return any(
        ends_with_any(view, before, phrases, start) is not None
        for phrases in (PLACE_PREPOSITIONS, PLACE_NOUNS, _GO_TO)
    )


def objects_after(
    view: ArticleView,
    start: int,
    types: Collection[EntityType],
    max_gap: int = 5,
    stop_at_place: bool = True,
) -> list[Argument]:
    """The mention(s) after piece ``start`` filling an object of ``types``, with coordinated ones."""
    last = view.bounds(start)[1] if start < len(view) else len(view)
    j = start
    gap = 0
    while j < last and gap <= max_gap:
        piece = view.pieces[j]
        if piece.mention is not None:
            if piece.mention.type in types:
                found = [Argument(piece.mention, j)]
                found.extend(_coordinated_after(view, j, types, last))
                return found
        elif is_barrier(piece) or view.match_any(j, CLAUSE_OPENERS):
            return []
        elif stop_at_place and view.match_any(j, PLACE_PREPOSITIONS):
            return []
        gap += 1
        j += 1
    return []


def _coordinated_after(view: ArticleView, k: int, types: Collection[EntityType], last: int) -> list[Argument]:
    found = []
    j = k + 1
    while j < last:
        if view.pieces[j].text == "(":
            while j < last and view.pieces[j].text != ")":
                j += 1
            j += 1
            continue
        if not (view.pieces[j].is_word and view.pieces[j].syllables == ("và",)):
            return found
        j += 1
        title = title_starting_at(view, j) if j < last else None
        if title is not None:
            j = title[0]  # "và người đồng_cấp Philippines X": a title before the name
        for step in range(j, min(last, j + 4)):
            piece = view.pieces[step]
            if piece.mention is not None and piece.mention.type in types:
                found.append(Argument(piece.mention, step))
                j = step + 1
                break
            if is_barrier(piece):
                return found
        else:
            return found
    return found


def place_after(view: ArticleView, start: int, stop: int) -> Argument | None:
    """The place of an event: the first "tại/ở [vùng …] X" after piece ``start``, before ``stop``."""
    j = start
    while j < stop:
        end = view.match_any(j, PLACE_PREPOSITIONS)
        if end is not None:
            k = end
            while k < stop and k - end < 4:
                piece = view.pieces[k]
                if piece.mention is not None:
                    if piece.mention.type in PLACE_TYPES:
                        return Argument(piece.mention, k)
                    break
                if is_barrier(piece):
                    break
                k += 1
        piece = view.pieces[j]
        if piece.is_word and piece.text in {".", "!", "?", ";"}:
            return None
        if piece.is_quote_mark:
            return None
        j += 1
    return None
