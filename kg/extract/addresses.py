"""The address written in brackets after a person or a body: "chị Lan ( Liễu_Giai , Ba_Đình , Hà_Nội )".

Such brackets hold one address, its places from the smallest to the largest, separated by commas
and closing on a province or a country. The smallest is often a ward or a commune the names and
the tagger do not know ("Liễu_Giai"); the address says it is a place all the same: a bare name
opening the brackets, before a place below a province and a chain that rises to a province or a
country, is a Region mention (a ward, a commune, a district). ``kg.extract.place_chains`` then
reads the chain link by link.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.admin_levels import province_name
from kg.model import AnalysedArticle, EntityType, Mention

#: The holders an address may follow: a person or a body.
_HOLDERS = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})
#: Places an address may hold after its first name.
_PLACES = frozenset({EntityType.REGION, EntityType.CITY, EntityType.COUNTRY})
#: A bare name of one to four syllables of letters, written with spaces or joined by "_"; each must be capitalised.
_NAME = re.compile(r"[^\W\d_]+(?:[ _][^\W\d_]+){0,3}")
_OPENING = re.compile(r"\s*\(\s*")
_COMMA = re.compile(r"\s*,\s*")
_CLOSING = re.compile(r"\s*\)")


def address_mentions(analysed: AnalysedArticle, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` with the bare name opening a bracketed address after a person or a body
    made a Region mention ("chị Lan ( Liễu_Giai , Ba_Đình , Hà_Nội )")."""
    text = analysed.article.text
    named = sorted(mentions, key=lambda m: m.start)
    by_start = {m.start: m for m in named if not m.reference}
    covered = [(m.start, m.end) for m in named]
    made = []
    for holder in named:
        if holder.type not in _HOLDERS or holder.reference:
            continue
        span = _unnamed_first_place(text, holder.end, by_start)
        if span is None or any(start < span[1] and span[0] < end for start, end in covered):
            continue
        start, end = span
        made.append(Mention(analysed.id, _sentence_at(analysed, start), start, end, text[start:end], EntityType.REGION))
    if not made:
        return mentions
    return tuple(sorted(mentions + tuple(made), key=lambda m: (m.start, m.end)))


def _unnamed_first_place(text: str, at: int, by_start: dict[int, Mention]) -> tuple[int, int] | None:
    """The span of the bare name opening "( NAME , PLACE , … , PROVINCE )" at offset ``at``: each place
    after the name a mention, the one right after it below a province, the last a province or a country."""
    opening = _OPENING.match(text, at)
    if opening is None:
        return None
    name = _NAME.match(text, opening.end())
    if name is None or name.start() in by_start or not _capitalised(name.group()) or province_name(name.group()):
        return None
    places: list[Mention] = []
    at = name.end()
    while (comma := _COMMA.match(text, at)) is not None:
        place = by_start.get(comma.end())
        if place is None or place.type not in _PLACES:
            return None
        places.append(place)
        at = place.end
    if not places or _CLOSING.match(text, at) is None:
        return None
    last, inner = places[-1], places[:-1]
    if not (last.type is EntityType.COUNTRY or province_name(last.text)):
        return None
    if any(p.type is EntityType.COUNTRY or province_name(p.text) for p in inner):
        return None  # "( A , Hà_Nội , Đà_Nẵng )": provinces listed, no address
    if not inner and last.type is EntityType.COUNTRY:
        return None  # "( Texas , Mỹ )": a state or a city, not a ward
    return name.start(), name.end()


def _capitalised(name: str) -> bool:
    """Whether every syllable of ``name`` starts with a capital letter ("Liễu_Giai", not "Giám_đốc")."""
    return all(syllable[:1].isupper() for syllable in re.split(r"[ _]", name))


def _sentence_at(analysed: AnalysedArticle, offset: int) -> int:
    starts = [s.start for s in analysed.sentences]
    return analysed.sentences[max(0, bisect_right(starts, offset) - 1)].index if starts else 0
