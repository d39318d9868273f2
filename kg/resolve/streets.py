"""A street written by its house number: "ở 171 Trường Chinh", "số 5 Lê Duẩn".

Vietnamese addresses leave out the word "đường": a name right after a house
number ("171", "số 12A", "25/3") that a word of address stands before
(``resolver.address-words``: "ở", "tại", "nhà"), or a name and a comma
("nhà sách Tiền Phong, 17 Ngọc Hà"), is a street, whatever the
name is otherwise (a person's, a province's). ``house_number_level`` gives
such a name the level of a street, which ``kg.resolve.qualifiers`` reads as
it reads "đường".
"""

from __future__ import annotations

import re

from kg.lexicon import word_map
from kg.resolve.context import TextWindow, ends_with, phrases, unmarked_words

#: How far before a name its house number and the word of address before it are read.
HOUSE_NUMBER_REACH = 36

#: A house number at the end of the text before a name: "171 ", "12A ", "25/3 ", "số 5 " (a rank,
#: "hạt giống số 8", has no word of address before it).
_HOUSE_NUMBER = re.compile(r"(?:^|\s)((?:số\s+)?\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)*)\s+$", re.IGNORECASE)


#: The level word an address leaves out (its level is read from ``resolver.place-levels``).
STREET_WORD = "đường"


#: A name and a comma before a house number: "nhà sách Tiền Phong, 17 Ngọc Hà".
_AFTER_NAME = re.compile(r"[A-ZĐ]\w*[\s_]*,\s*$")


#: Any digit: a text before a name without one holds no house number.
_DIGIT = re.compile(r"\d")


def house_number_level(text: TextWindow, start: int) -> str | None:
    """The level of a street ("đường" in ``resolver.place-levels``) when a house number after a
    word of address stands right before ``start``, else None."""
    return house_number_level_before(text[max(0, start - HOUSE_NUMBER_REACH) : start])


def house_number_level_before(before: str) -> str | None:
    """``house_number_level`` of a name that ``before`` (its ``HOUSE_NUMBER_REACH`` characters
    before it) stands before."""
    if not _DIGIT.search(before):
        return None
    number = _HOUSE_NUMBER.search(before)
    if number is None:
        return None
    lead = before[: number.start(1)]
    words = unmarked_words(lead)
    if not ends_with(words, phrases("resolver.address-words")) and not _AFTER_NAME.search(lead):
        return None
    return _street_level()


def _street_level() -> str | None:
    return word_map("resolver.place-levels").get(STREET_WORD)
