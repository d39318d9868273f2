"""Words that make a place's name the place, never a side of a match.

Sports news names a side by its country or city ("UAE thắng 2-1", "Huế cầm
hòa Bình Định") and, in the next sentence, the place itself: its weather, its
government, its embassy, a journey to it ("thời tiết Hà Nội", "thủ đô của
Uzbekistan", "Đại sứ quán UAE", "bay sang UAE", "Hồng Kông là trung tâm tài
chính"). ``place_said`` reads those words: a noun of the place or of its
state, or a verb of going to or visiting it, right before the name
(``resolver.place-signs-before``, ``resolver.state-signs-before``), or what is said of the place itself right
after it (``resolver.place-signs-after``: "là thủ đô", "chìm trong", "nằm ở").
A side takes none of them, so that a name the article writes for a side
elsewhere stays the place there.
"""

from __future__ import annotations

import re

from kg.resolve.context import TextWindow, ends_with, phrases, starts_with, unmarked_words

#: How far before and after a name its words are read (within ``kg.stream.RESOLVER_CONTEXT``).
_BEFORE, _AFTER = 40, 40

_SENTENCE_END = re.compile(r"[.!?;:\n]")


def place_said_before(text: TextWindow, start: int, state: bool = True) -> bool:
    """Whether a noun of the place, or a verb of going to it, stands right before ``start`` ("thời tiết Hà Nội",
    "đi thăm Hồng Kông"), or, with ``state``, a noun of its state (``resolver.state-signs-before``: "chính
    quyền Huế"): the name is no side. A capital after a noun of its state may stand for the state itself."""
    before = unmarked_words(_SENTENCE_END.split(text[max(0, start - _BEFORE) : start])[-1])
    return ends_with(before, phrases("resolver.place-signs-before")) or (state and ends_with(before, phrases("resolver.state-signs-before")))


def place_said_after(text: TextWindow, end: int) -> bool:
    """Whether what is said right after the name ending at ``end`` is said of the place itself ("Hồng Kông là
    trung tâm tài chính", "Washington chìm trong tuyết"), with no comma nor mark between."""
    after = text[end : min(len(text), end + _AFTER)]
    if after[:1] not in (" ", "_"):
        return False
    return starts_with(unmarked_words(re.split(r"[^\w\s]", after)[0]), phrases("resolver.place-signs-after")) > 0


def place_said(text: TextWindow, start: int, end: int) -> bool:
    """Whether the words right before or after the name at ``start``-``end`` make it the place
    (``place_said_before``, ``place_said_after``)."""
    return place_said_before(text, start) or place_said_after(text, end)
