"""Where the clause that a word joining two verb phrases goes on starts: "A cho_biết X học tiếng Nga và
đã tới Z" goes on the clause of X, opened after the verb of saying, not the sentence of A. A quotation
closed before the word is the object of the verb before it ('A ca_ngợi " … " khi đón_tiếp Y'): the
clause goes on over it."""

from __future__ import annotations

from bisect import bisect_left

from kg.extract.frames import ends_with_any, phrase_set, saying_verbs
from kg.extract.pieces import ArticleView, QuoteSpan
from kg.lexicon import word_list

#: Marks after which a new clause starts, with its own subject.
_CLAUSE_MARKS = frozenset({":", ";", '"', "“", "”", "«", "»"})
#: Words after which a reported clause starts ("cho_biết rằng X …").
_THAT = phrase_set(*word_list("events.that"))
#: Prepositions that open a phrase of place or circumstance set before a sentence's subject ("Ở trận đấu … ,").
_SETTING_OPENERS = phrase_set(*word_list("events.setting-openers"))


def clause_start(view: ArticleView, link: int, first: int) -> int:
    """The first piece of the clause that the word at piece ``link`` goes on: after the last mark or
    verb of saying before it, past quotations closed before it, else ``first``, the sentence's first."""
    k = link - 1
    while k >= first:
        piece = view.pieces[k]
        if piece.mention is not None:
            k -= 1
            continue
        quote = _closed_at(view, k)
        if quote is not None and quote.open >= first:
            k = quote.open - 1
            said = ends_with_any(view, k, saying_verbs(), first) if k >= first else None
            if said is not None:
                k = said - 1  # 'A ca_ngợi " … "': what was said is the verb's object
            continue
        if piece.is_quote_mark or piece.text in _CLAUSE_MARKS:
            return k + 1
        if ends_with_any(view, k, saying_verbs(), first) is not None or view.match_any(k, _THAT) == k + 1:
            return k + 1
        k -= 1
    return first


def _closed_at(view: ArticleView, k: int) -> QuoteSpan | None:
    """The quotation whose closing mark is piece ``k``."""
    closes = [q.close for q in view.quotes]
    at = bisect_left(closes, k)
    return view.quotes[at] if at < len(closes) and closes[at] == k else None


def subject_opening(view: ArticleView, first: int, end: int) -> int:
    """Where the subject of the sentence starting at piece ``first`` opens: past a phrase of place or
    circumstance set before it and closed by a comma before piece ``end`` ("Ở trận đấu cùng bảng H , X …"),
    else ``first``."""
    if view.match_any(first, _SETTING_OPENERS) is None:
        return first
    for k in range(first + 1, end):
        piece = view.pieces[k]
        if piece.text == ",":
            return k + 1
        if piece.mention is not None and not piece.mention.type.is_location or piece.is_quote_mark or piece.text in _CLAUSE_MARKS:
            return first  # a phrase of place names places only ("Tại Hà_Nội ,")
    return first
