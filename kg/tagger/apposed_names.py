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
from kg.tagger.gazetteer import MAX_NAME_SYLLABLES, name_list, syllable_key
from kg.tagger.syllables import syllable_spans

_PLACES = frozenset(t.value for t in (EntityType.COUNTRY, EntityType.CITY, EntityType.REGION))
_BODIES = frozenset(t.value for t in (EntityType.ORGANIZATION, EntityType.NEWS_AGENCY))


def place_then_body_split(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each span made of a listed place and a listed body after it cut into the two."""
    listed = name_list()
    result: list[Mention] = []
    for mention in tagged:
        syllables = syllable_spans(text, mention.start, mention.end)
        if len(syllables) > 2 * MAX_NAME_SYLLABLES or syllable_key(mention.text) in listed:
            result.append(mention)  # no two listed names make a longer span
            continue
        cut = _cut(text, mention, syllables)
        if cut is None:
            result.append(mention)
            continue
        for start, end in ((mention.start, syllables[cut - 1][1]), (syllables[cut][0], mention.end)):
            entity_type = EntityType(listed[syllable_key(text[start:end])])
            result.append(replace(mention, start=start, end=end, text=text[start:end], type=entity_type))
    return result


def _cut(text: str, mention: Mention, syllables: list[tuple[int, int]]) -> int | None:
    """The syllable where the listed body starts after the listed place, or None."""
    listed = name_list()
    for cut in range(1, len(syllables)):
        place = listed.get(syllable_key(text[mention.start : syllables[cut - 1][1]]))
        body = listed.get(syllable_key(text[syllables[cut][0] : mention.end]))
        if place in _PLACES and body in _BODIES:
            return cut
    return None
