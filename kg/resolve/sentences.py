"""The country a sentence is about, for a generic body it names bare.

"… phản ứng của người dân Ấn Độ, họ kêu gọi Chính phủ phải có hành động":
the "Chính phủ" of a sentence that has named one foreign country before it is
that country's, whatever the rest of the article is about (a guess, as the
country an article is about is: kept apart from the body a text names with its
country). A body held as a
post ("Thủ tướng Chính phủ") is read as news writes it, the home country's,
unless its place is written, or the sentence has put itself on a foreign
country's side ("về phía Philippines, người phát ngôn Bộ Quốc phòng …",
``resolver.side-words``): that country's body, as if its name were written.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from kg.model import EntityType
from kg.resolve.aliases import AliasTable
from kg.resolve.context import TextWindow, ends_with, phrases, unmarked_words
from kg.resolve.names import LOCATION, exact_key
from kg.resolve.units import Named


def countries_by_sentence(named: list[Named], table: AliasTable) -> dict[tuple[str, int], list[tuple[int, str]]]:
    """(article id, sentence) -> the countries its mentions name, as (start, key), in order."""
    found: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    for item in named:
        if item.mention.type is not EntityType.COUNTRY or item.category != LOCATION:
            continue
        entry = table.lookup(LOCATION, item.name)
        found[(item.mention.article_id, item.mention.sentence)].append(
            (item.mention.start, exact_key(entry.canonical if entry else item.name))
        )
    for countries in found.values():
        countries.sort()
    return found


def sentence_country(item: Named, countries: dict[tuple[str, int], list[tuple[int, str]]], home: str) -> str | None:
    """The one country named before ``item`` in its sentence, when it is not ``home``; else None."""
    before = {key for start, key in countries.get((item.mention.article_id, item.mention.sentence), ()) if start < item.mention.start}
    if len(before) != 1:
        return None
    (country,) = before
    return None if country == home else country


#: How far before a country its word of side is read.
_SIDE_BEFORE = 16


def side_country(
    item: Named, countries: dict[tuple[str, int], list[tuple[int, str]]], texts: Mapping[str, TextWindow], home: str
) -> str | None:
    """The foreign country whose side the sentence of ``item`` took before it ("về phía Philippines, …"), or None."""
    text = texts.get(item.mention.article_id)
    if text is None:
        return None
    sides = phrases("resolver.side-words")
    for start, key in reversed(countries.get((item.mention.article_id, item.mention.sentence), ())):
        if start >= item.mention.start:
            continue
        before = unmarked_words(text[max(0, start - _SIDE_BEFORE) : start])
        if ends_with(before, sides):
            return None if key == home else key
    return None
