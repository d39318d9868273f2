"""Stock tickers written after the word for a code: no names.

News of the stock market lists companies by their tickers after "mã" ("mã HPG
tăng 0,3 %", "2 mã SCR và SHB", "các mã như NLG ( 3,3 % ) , VSH ( 2,9 % ) và
CII"), and the annotation marks no ticker there: it is a code, not the company
acting. The tagger knows many of these codes as companies' names and tags
them. ``tickers_dropped`` drops every tagged span that is one code of such a
list: a run of capital letters and digits, right after the head
(``tagger.ticker-heads``), or after a few lowercase words that end with an
opener (``tagger.list-openers``: "mã cổ_phiếu lớn khác như GAS"); the codes
are joined by ``tagger.list-joiners`` ("," and "và"), each may be followed by
its figures in brackets, and the list ends at the first other word. A code
anywhere else ("SHB công_bố lãi") is left to the tagger.
"""

from __future__ import annotations

import re

from kg.lexicon import syllables_of, word_list
from kg.model import Mention

#: "mã": the word before a ticker, as lowercased syllables.
_HEADS = frozenset(syllables_of(word)[0] for word in word_list("tagger.ticker-heads"))
#: "như", "là": may end the words between the head and its list.
_OPENERS = frozenset(word_list("tagger.list-openers"))
#: "," and "và": join the codes of a list.
_JOINERS = frozenset(word_list("tagger.list-joiners"))
#: At most this many lowercase words stand between the head and its opener
#: ("mã vẫn còn duy_trì được sắc xanh là VSH": seven).
_GAP = 8
#: The bracketed figures after a ticker are shorter than this many syllables ("( -2,6 % )").
_FIGURES = 10
#: A ticker: capital letters and digits, at least two characters, a letter first.
_CODE = re.compile(r"[A-Z][A-Z0-9]+")


def tickers_dropped(forms: list[str], offsets: list[tuple[int, int]], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` without the spans that are one ticker of a list after a ticker head;
    ``forms`` are the article's syllables at ``offsets``."""
    codes = {offsets[index] for index in _ticker_positions(forms)}
    if not codes:
        return tagged
    return [m for m in tagged if (m.start, m.end) not in codes]


def _ticker_positions(forms: list[str]) -> list[int]:
    """The indices of the syllables of ``forms`` that are tickers listed after a head."""
    found: list[int] = []
    for index, form in enumerate(forms):
        if form.lower() not in _HEADS:
            continue
        position = _list_start(forms, index + 1)
        while position is not None and position < len(forms) and _CODE.fullmatch(forms[position]):
            found.append(position)
            position = _after_brackets(forms, position + 1)
            if position < len(forms) and forms[position].lower() in _JOINERS:
                position += 1
            else:
                break
    return found


def _list_start(forms: list[str], position: int) -> int | None:
    """Where the list after a head at ``position - 1`` starts: right there, or after lowercase
    words ending with an opener; None when neither."""
    if position < len(forms) and _CODE.fullmatch(forms[position]):
        return position
    for gap in range(position, min(len(forms), position + _GAP)):
        word = forms[gap]
        if not word.isalpha() or not word.islower():
            return None
        if word in _OPENERS and gap + 1 < len(forms) and _CODE.fullmatch(forms[gap + 1]):
            return gap + 1
    return None


def _after_brackets(forms: list[str], position: int) -> int:
    """``position``, or past the bracketed figures that start there ("( 3,3 % )")."""
    if position < len(forms) and forms[position] == "(":
        closing = [i for i in range(position + 1, min(len(forms), position + _FIGURES)) if forms[i] == ")"]
        if closing:
            return closing[0] + 1
    return position
