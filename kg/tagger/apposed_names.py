"""A place and the listed body after it, read as one name: two names.

Vietnamese writes the country of a body before the body's own name when the
name is in apposition: "hãng thông_tấn trung_ương Triều_Tiên KCNA", "tập_đoàn
Nga Gazprom", and the segmenter may glue the two ("Triều_Tiên_KCNA"). A
country after a body's name qualifies it ("Bộ Quốc_phòng Mỹ") and stays in
it, but a body's name never ends with one it starts with a place. The tagger
now and then reads the pair as one name; ``place_then_body_split`` cuts a
tagged span that is exactly a listed place followed by a listed organisation
or news agency into the two, each typed as its list says.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import EntityType, Mention
from kg.tagger.gazetteer import listed_halves, name_list, syllable_key

_PLACES = frozenset(t.value for t in (EntityType.COUNTRY, EntityType.CITY, EntityType.REGION))
_BODIES = frozenset(t.value for t in (EntityType.ORGANIZATION, EntityType.NEWS_AGENCY))


def place_then_body_split(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each span made of a listed place and a listed body after it cut into the two."""
    result: list[Mention] = []
    for mention in tagged:
        halves = _place_and_body(text, mention)
        if halves is None:
            result.append(mention)
            continue
        for (start, end), entity_type in halves:
            result.append(replace(mention, start=start, end=end, text=text[start:end], type=entity_type))
    return result


def _place_and_body(text: str, mention: Mention) -> list[tuple[tuple[int, int], EntityType]] | None:
    """The listed place and the listed body ``mention`` is made of, with their types, or None
    (also when the lists hold the whole span as one name)."""
    if syllable_key(mention.text) in name_list():
        return None
    for first, first_type, second, second_type in listed_halves(text, mention.start, mention.end):
        if first_type in _PLACES and second_type in _BODIES:
            return [(first, EntityType(first_type)), (second, EntityType(second_type))]
    return None
