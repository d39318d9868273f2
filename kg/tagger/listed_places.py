"""Part of a listed Vietnamese town or district read as a person: the place.

"Hội_An và Phú_Quốc …", "Hội_An, Huế và Đà_Nẵng …": the names of towns and districts are
written like given names, and the tagger, seeing "Hội" (an association's head) open one, reads
its last syllable ("An") alone as a person. The rules found the place the gazetteers list (exactly: not a place the rules ran on over a name,
"bang NSW Shane_Fitzsimmons").
``listed_places_kept`` puts back the rules' place for each tagged person that lies inside it and
is shorter, unless the place is shaped as a Vietnamese person's name (a surname first) or the
person has a title or an honorific. A person that is the whole name stays: a town's name is
also a given name, often a byline's or a player's ("Vĩnh_Lợi", "Minh_Long").
"""

from __future__ import annotations

from kg.model import EntityType, Mention
from kg.tagger.personal_names import SURNAMES
from kg.lexicon import syllables_of
from kg.tagger.gazetteer import name_list, syllable_key

#: Place types the rules give a listed town or district.
_PLACES = frozenset({EntityType.CITY, EntityType.REGION})


def listed_places_kept(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each untitled person that lies inside a longer listed place the rules found
    replaced by that place."""
    listed = name_list()
    places = [
        m for m in rule_names if m.type in _PLACES and len(syllables_of(m.text)) >= 2 and syllable_key(m.text) in listed
    ]
    result: list[Mention] = []
    kept: set[tuple[int, int]] = set()
    for mention in tagged:
        place = None
        if mention.type is EntityType.PERSON and mention.title is None and mention.honorific is None:
            place = next(
                (p for p in places if p.start <= mention.start and mention.end <= p.end and p.end - p.start > mention.end - mention.start),
                None,
            )
        if place is None or syllables_of(place.text)[0] in SURNAMES:
            result.append(mention)
        elif (place.start, place.end) not in kept:
            kept.add((place.start, place.end))
            result.append(place)
    return result
