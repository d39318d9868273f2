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
    title_ending_at,
    title_starting_at,
)
from kg.extract.pieces import ArticleView
from kg.lexicon import syllables_of, word_list, word_syllables
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
            if piece.mention.type is not EntityType.PERSON and EntityType.PERSON in types:
                j = _holder_titled_with(view, j, last)
                piece = view.pieces[j]
            if piece.mention is not None and piece.mention.type in types:
                found = [Argument(piece.mention, j)]
                found.extend(_coordinated_after(view, j, types, last))
                return found
        elif (title := title_starting_at(view, j)) is not None and title[0] > j + 1:
            j = title[0]  # "Đại_sứ đặc_mệnh toàn_quyền Nhật_Bản tại Việt_Nam X": a long title counts as one word
            gap += 1
            continue
        elif _joins_titles(view, j):
            pass  # "với Tổng_Bí_thư , Chủ_tịch nước Lào X": two titles of one person
        elif is_barrier(piece) or view.match_any(j, CLAUSE_OPENERS):
            return []
        elif stop_at_place and view.match_any(j, PLACE_PREPOSITIONS) and not title_goes_on(view, j):
            return []
        gap += 1
        j += 1
    return []


def _joins_titles(view: ArticleView, j: int) -> bool:
    """Whether piece ``j`` is a comma between two titles held by one person ("Tổng_Bí_thư , Chủ_tịch nước")."""
    return (
        view.pieces[j].text == ","
        and title_ending_at(view, j) is not None
        and title_starting_at(view, j + 1) is not None
    )


def _holder_titled_with(view: ArticleView, j: int, last: int) -> int:
    """The piece of the person whose title holds the body or place at piece ``j`` ("Trưởng đại_diện [UNICEF]
    tại Việt_Nam [Rana_Flowers]"), else ``j``."""
    for k in range(j + 1, min(last, j + _TITLE_REACH)):
        mention = view.pieces[k].mention
        if mention is not None and mention.type is EntityType.PERSON:
            titled = mention.title is not None and mention.prefix_start is not None and mention.prefix_start <= view.pieces[j].start
            return k if titled and not mention.reference else j
    return j


#: How many pieces after a body a person whose title holds it may stand.
_TITLE_REACH = 8


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


def title_goes_on(view: ArticleView, j: int) -> bool:
    """Whether the place preposition at piece ``j`` goes on the title of a post abroad ("Đại_sứ Nhật_Bản tại
    Việt_Nam", "Trưởng đại_diện UNICEF tại Việt_Nam", ``frames.posted-titles``): the place is the post's, not
    an event's."""
    k = j - 1
    mention = view.pieces[k].mention if k >= 0 else None
    if mention is None:
        return False
    if mention.type is EntityType.PERSON:
        # a title standing for its holder ("ông X, Đại_sứ Nhật_Bản tại Việt_Nam")
        return mention.reference and _posted(syllables_of(mention.text))
    for t in range(max(0, k - _TITLE_WORDS), k):
        found = title_starting_at(view, t)
        if found is not None and found[0] == k and _posted(tuple(s for p in view.pieces[t:k] for s in p.syllables)):
            return True
    return False


#: The most word pieces of a title before the country or body of a post abroad.
_TITLE_WORDS = 6

_POSTED_TITLES = word_syllables("frames.posted-titles")


def _posted(syllables: tuple[str, ...]) -> bool:
    return any(syllables[: len(t)] == t for t in _POSTED_TITLES)


def place_after(view: ArticleView, start: int, stop: int) -> Argument | None:
    """The place of an event: the first "tại/ở [vùng …] X" after piece ``start``, before ``stop``."""
    j = start
    while j < stop:
        end = view.match_any(j, PLACE_PREPOSITIONS)
        if end is not None and not title_goes_on(view, j):
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
