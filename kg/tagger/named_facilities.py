"""A facility named after a place is the facility's mention.

News names a market, a station, an airport, a port or a stadium by the
place it stands in, the kind written in lowercase before it ("chợ Triều
Khúc", "sân bay Đà Nẵng", "bến xe Giáp Bát", "cảng Hải Phòng", "sân Mỹ
Đình"). The annotation leaves the kind out of the span and types the name a
Facility, apart from the place; the tagger reads the name as the place.
``facilities_named_after_places`` types a Facility each mention the tagger
typed a Country, a City or a Region that a kind of facility
(``tagger.facility-heads``) stands right before, unless a word before the
kind makes it no name of one facility (``tagger.facility-head-blockers``: "một
sân bay Moscow", "các chợ Hà Nội", "thành phố cảng Latakia"). The other way
round, a name the tagger typed a Facility that a word of administrative level
stands right before ("phường Mỹ Đình", "xã Triều Khúc") is the place, of the
type its level gives (``tagger.level-types``: a ward a Region, a town a City).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of, word_list, word_map
from kg.model import EntityType, Mention
from kg.resolve.context import ends_with
from kg.resolve.qualifiers import level_before

#: How far before a name its kind and the word before the kind are read.
_BEFORE = 40

_PLACE_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.REGION})


@cache
def _heads() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("tagger.facility-heads"))


@cache
def _blockers() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("tagger.facility-head-blockers"))


def facility_head_before(text: str, start: int) -> bool:
    """Whether a kind of facility in lowercase stands right before ``start`` ("chợ ", "sân bay "), with no
    word before it that makes it no one facility's name ("các chợ ", "một sân bay ")."""
    written = text[max(0, start - _BEFORE) : start].replace("_", " ").split()
    if not written or not written[-1].islower():
        return False
    words = [w.casefold() for w in written]
    for size in sorted({len(h) for h in _heads()}, reverse=True):
        if len(words) >= size and tuple(words[-size:]) in _heads():
            return not ends_with(words[:-size], _blockers())
    return False


@cache
def _level_types() -> dict[str, EntityType]:
    return {level: EntityType(kind) for level, kind in word_map("tagger.level-types").items() if kind}


def facilities_named_after_places(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each place's name written after a kind of facility typed a Facility, and each
    facility's written after a word of administrative level typed the place its level says."""
    result = []
    for mention in tagged:
        if mention.type in _PLACE_TYPES and facility_head_before(text, mention.start):
            mention = replace(mention, type=EntityType.FACILITY)
        elif mention.type is EntityType.FACILITY and (kind := _level_types().get(level_before(text, mention.start) or "")):
            mention = replace(mention, type=kind)
        result.append(mention)
    return result
