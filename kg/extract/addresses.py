"""The address written in brackets after a person or a body: "chị Lan ( Liễu_Giai , Ba_Đình , Hà_Nội )".

Such brackets hold one address, its places from the smallest to the largest, separated by commas
and closing on a province or a country. The smallest is often a ward or a commune the names and
the tagger do not know ("Liễu_Giai"); the address says it is a place all the same: a bare name
opening the brackets, before a place below a province and a chain that rises to a province or a
country, is a Region mention (a ward, a commune, a district). So is the name after a word of level
opening such an address, in brackets or after a comma ("anh B , xã Bản_Khoang , huyện Sa_Pa , Lào_Cai"),
a City after "thị_trấn" or "thị_xã" (the cues' type). ``kg.extract.place_chains`` then reads the chain
link by link.
"""

from __future__ import annotations

import re

from functools import lru_cache

from kg.extract.admin_levels import province_name
from kg.lexicon import load_lexicon, word_numbers
from kg.model import AnalysedArticle, EntityType, Mention

#: The holders an address may follow: a person or a body.
_HOLDERS = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})
#: Places an address may hold after its first name.
_PLACES = frozenset({EntityType.REGION, EntityType.CITY, EntityType.COUNTRY})
#: A bare name of one to four syllables of letters, written with spaces or joined by "_"; each must be capitalised.
_NAME = re.compile(r"[^\W\d_]+(?:[ _][^\W\d_]+){0,3}")
_OPENING = re.compile(r"\s*([(,])\s*")
_COMMA = re.compile(r"\s*,\s*")
_CLOSING = re.compile(r"\s*\)")


def address_mentions(analysed: AnalysedArticle, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` with the name opening an address after a person or a body made a place mention:
    a bare name in brackets ("chị Lan ( Liễu_Giai , Ba_Đình , Hà_Nội )"), a name after its word of level
    in brackets or after a comma ("anh B , xã Bản_Khoang , huyện Sa_Pa , Lào_Cai")."""
    text = analysed.article.text
    named = sorted(mentions, key=lambda m: m.start)
    by_start = {m.start: m for m in named if not m.reference}
    covered = [(m.start, m.end) for m in named]
    made = []
    for holder in named:
        if holder.type not in _HOLDERS or holder.reference:
            continue
        found = _unnamed_first_place(text, holder.end, by_start)
        if found is None or any(start < found[1] and found[0] < end for start, end in covered):
            continue
        start, end, kind = found
        made.append(Mention(analysed.id, analysed.sentence_at(start).index, start, end, text[start:end], kind))
    if not made:
        return mentions
    return tuple(sorted(mentions + tuple(made), key=lambda m: (m.start, m.end)))


@lru_cache(maxsize=1)
def _level_word() -> re.Pattern[str]:
    """A word of level before a place's name ("xã", "phường", "Q."), in any case, spaces or "_" inside."""
    words = sorted(word_numbers("places.admin-ranks"), key=len, reverse=True)
    return re.compile("(?i:" + "|".join(r"[ _]".join(map(re.escape, w.split())) for w in words) + r")\s*")


def _level_at(text: str, at: int) -> re.Match[str] | None:
    """The word of level at offset ``at``, written in lower case or as a short form ("xã", "Q.", "TX"), or None:
    a capitalised one opens a name ("Bản_Phủ", "Ấp_Bắc")."""
    level = _level_word().match(text, at)
    if level is None:
        return None
    word = level.group().strip()
    return level if word.islower() or word.isupper() or word.endswith(".") else None


def _type_after_level(level: str) -> EntityType:
    """The type of a place after its word of level: the cues' ("thị_trấn X" a City), else a Region."""
    cue = load_lexicon().cues.get(level.strip().replace("_", " ").lower())
    return cue[1] if cue is not None and cue[0] == "before" and cue[1] in (EntityType.CITY, EntityType.REGION) else EntityType.REGION


def _unnamed_first_place(text: str, at: int, by_start: dict[int, Mention]) -> tuple[int, int, EntityType] | None:
    """The span and type of the name opening "( [LEVEL] NAME , PLACE , … , PROVINCE )" at offset ``at``, or ", LEVEL
    NAME , PLACE , …": each place after the name a mention, the one right after it below a province, the last a
    province or a country."""
    opening = _OPENING.match(text, at)
    if opening is None:
        return None
    level = _level_at(text, opening.end())
    if opening.group(1) == "," and level is None:
        return None  # after a comma, only a word of level says an address opens ("ông A , Giám_đốc …" does not)
    kind = _type_after_level(level.group()) if level is not None else EntityType.REGION
    name = _NAME.match(text, level.end() if level is not None else opening.end())
    if name is None or name.start() in by_start or not _capitalised(name.group()) or province_name(name.group()):
        return None
    places: list[Mention] = []
    at = name.end()
    while (comma := _COMMA.match(text, at)) is not None:
        place = by_start.get(comma.end())
        if place is None and (next_level := _level_at(text, comma.end())) is not None:
            place = by_start.get(next_level.end())  # ", huyện Sa_Pa": past the word of level
        if place is None or place.type not in _PLACES:
            return None
        places.append(place)
        at = place.end
    if not places or (opening.group(1) == "(" and _CLOSING.match(text, at) is None):
        return None
    last, inner = places[-1], places[:-1]
    if not (last.type is EntityType.COUNTRY or province_name(last.text)):
        return None
    if any(p.type is EntityType.COUNTRY or province_name(p.text) for p in inner):
        return None  # "( A , Hà_Nội , Đà_Nẵng )": provinces listed, no address
    if not inner and last.type is EntityType.COUNTRY and level is None:
        return None  # "( Texas , Mỹ )": a state or a city, not a ward
    return name.start(), name.end(), kind


def _capitalised(name: str) -> bool:
    """Whether every syllable of ``name`` starts with a capital letter ("Liễu_Giai", not "Giám_đốc")."""
    return all(syllable[:1].isupper() for syllable in re.split(r"[ _]", name))
