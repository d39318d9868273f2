"""A ministry written by its field after a minister's title: the ministry.

"Thứ_trưởng Công_an Bùi_Văn_Nam", "Bộ_trưởng Công_Thương X": the body of the
post is written without "Bộ" (``kg.lexicon.ministry_departments``). It is the
ministry: ``name_ministries`` names such a mention "Bộ Công_an", so that it is
one with the "Bộ Công_an" its article or build writes in full, and, as every
generic body is, of the country its context gives (``kg.resolve.qualifiers``).
Only right after a minister's title (``names.minister-titles``): "lực_lượng
Thuế và Công_an" names no ministry.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.lexicon import ministry_departments, syllables_of
from kg.resolve.context import TextWindow, ends_with, phrases, unmarked_words
from kg.resolve.names import ORGANIZATION
from kg.resolve.units import Named

#: The head of a ministry's name.
MINISTRY = "Bộ"
#: How far before a name its title is read, in characters.
_BEFORE = 40


def name_ministries(named: list[Named], texts: Mapping[str, TextWindow], notes: dict[tuple[str, int, int], str]) -> None:
    """Name "Bộ X" every body named by a ministry's field X right after a minister's title."""
    departments = ministry_departments()
    titles = phrases("names.minister-titles")
    for item in named:
        if item.category != ORGANIZATION or syllables_of(item.name) not in departments:
            continue
        text = texts.get(item.mention.article_id)
        start = item.mention.start
        if text is None or not ends_with(unmarked_words(text[max(0, start - _BEFORE) : start]), titles):
            continue
        notes[item.mention.key] = f"the ministry '{MINISTRY} {item.name}': its field written after a minister's title"
        item.name = f"{MINISTRY} {item.name}"
