"""Bylines and credits: the names of those who wrote an article or took its photos.

News signs an article with a name standing alone at its end ("… trong cả nước.
Thu Phương") or before its source ("Minh Thư Theo Trí Thức Trẻ"), and credits
photos after a word of credit ("Ảnh: Chí Linh", ``resolver.credit-words``);
some names the team that made a piece ("Minh Quang - Lê Thanh thực hiện",
``resolver.credit-verbs``). A credit names a journalist, not the singer or the
minister of the same name the text of another article is about, and it is
written the way its outlet always writes it ("M.Quang", "Chí Linh"): it is
never a short form of a longer name. ``mark_credits`` gives such names the
qualifier ``CREDIT`` and keeps their name as written, so that credits join
credits of the same spelling only. A name read as a place that stands alone
as an article's last words ("… khó khăn. Hải Dương") is its byline too: a
person's name, not the province.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.lexicon import syllables_of
from kg.resolve.context import TextWindow, ends_with, phrases, starts_with
from kg.resolve.names import LOCATION, PERSON, display, drop_lead_in
from kg.resolve.units import Named

#: The qualifier of a credited name.
CREDIT = "credit"

#: How far before and after a name the resolver may read (within ``kg.stream.RESOLVER_CONTEXT``).
_BEFORE, _AFTER = 40, 120

#: What closes the sentence before a byline, possibly with a closing quote or bracket after it.
_SENTENCE_END = re.compile(r"(?:^|[.!?…]\s*[”\"')\]]?)\s*$")
#: A sentence's end (not the text's start, nor a dot glued to the name: "Q.Bình Thạnh") right before a name.
_AFTER_SENTENCE = re.compile(r"[.!?…][”\"')\]]?\s+$")
#: A source named after a byline: "Theo Trí Thức Trẻ".
_SOURCE_AFTER = re.compile(r"^\s*Theo[\s_]+\S")
#: Up to three words, then a colon or a dash, at the end of the text before a name: "Tin, ảnh:".
_CREDIT_WORDS_BEFORE = re.compile(r"([^\W\d]+(?:[\s_,]+[^\W\d]+){0,2})\s*[:\-–]\s*$")
#: The marks such a credit ends with.
_CREDIT_MARKS = frozenset({":", "-", "–"})
#: A second name joined to the first in a credit: "Minh Quang - Lê Thanh thực hiện".
_JOINED = re.compile(r"^\s*(?:[-–,&]|và)\s*")
_PUNCTUATION = re.compile(r"[^\w\s]")


def is_credit(text: TextWindow, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` of ``text`` is a byline or a credit."""
    before = text[max(0, start - _BEFORE) : start]
    stop = min(len(text), end + _AFTER)
    after = text[end:stop]
    if _credit_word_before(before):
        return True
    if not _SENTENCE_END.search(before):
        return False
    if _last_words(text, end):
        return True
    return bool(_SOURCE_AFTER.match(after)) or _credit_verb_after(after)


def _last_words(text: TextWindow, end: int) -> bool:
    """Whether nothing but dots and spaces follows ``end`` in ``text``."""
    stop = min(len(text), end + _AFTER)
    return stop == len(text) and not text[end:stop].strip(" .\n\t\r")


def is_byline_at_end(text: TextWindow, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` stands alone after a sentence as the article's last words."""
    return bool(_AFTER_SENTENCE.search(text[max(0, start - _BEFORE) : start])) and _last_words(text, end)


def _credit_word_before(before: str) -> bool:
    """Whether ``before`` ends with a word of credit and a colon or dash ("Ảnh:", "Tin, ảnh:", "(Ảnh -")."""
    if before.rstrip()[-1:] not in _CREDIT_MARKS:
        return False  # most names: the pattern below would be tried at every word to fail at the end
    match = _CREDIT_WORDS_BEFORE.search(before)
    if match is None:
        return False
    said = _syllables(match.group(1))
    return ends_with(said, phrases("resolver.credit-words"))


def _credit_verb_after(after: str) -> bool:
    """Whether a verb of making a piece follows, maybe after a second name ("- Lê Thanh thực hiện")."""
    joined = _JOINED.match(after)
    rest = after[joined.end() :] if joined else after
    said = _syllables(rest[:40])
    for skip in range(0, 5 if joined else 1):
        if starts_with(said[skip:], phrases("resolver.credit-verbs")):
            return True
    return False


def _syllables(text: str) -> tuple[str, ...]:
    """The syllables of ``text``, punctuation apart."""
    return syllables_of(_PUNCTUATION.sub(" ", text))


def mark_credits(named: list[Named], texts: Mapping[str, TextWindow]) -> None:
    """Give the persons' names of ``named`` that are bylines or credits the qualifier ``CREDIT``
    and their name as written."""
    for item in named:
        if item.category not in (PERSON, LOCATION) or item.mention.reference:
            continue
        text = texts.get(item.mention.article_id)
        if text is None:
            continue
        if item.category == LOCATION:
            if not is_byline_at_end(text, item.mention.start, item.mention.end):
                continue
            item.category, item.alias, item.unlisted = PERSON, None, True
        elif not is_credit(text, item.mention.start, item.mention.end):
            continue
        item.qualifier = CREDIT
        item.name = drop_lead_in(display(item.mention.text)) or item.name
        item.title = None
