"""A surname the segmenter glued to the name before it: given back to its person.

In segmented text a person's surname may be joined to the last word of the
name written right before it ("UBND TP Hồ_Chí_Minh_Phan Văn_Mãi", "Bà
Ngô_Thị Minh_Phan Văn_Quốc"): the tagger then ends the first name with the
surname and starts the person at the given names ("Văn_Mãi").
``glued_surnames_moved`` moves such a surname to the person: a tagged span
whose last word ends in "_" and a Vietnamese surname, right before a tagged
person of Vietnamese syllables with no surname of their own, whom the surname
makes a Vietnamese name ("Phan Văn_Mãi"), ends before
the surname, and the person starts at it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.lexicon import syllables_of, word_list
from kg.lexicon.syllables import is_vietnamese_syllable
from kg.model import EntityType, Mention
from kg.tagger.personal_names import SURNAMES, vietnamese_name_shaped

#: "văn", "thị": a name opening with one of them lacks its surname, though "Văn" may be one.
_MIDDLE_NAMES = frozenset(syllables_of(w)[0] for w in word_list("names.middle-names"))


def glued_surnames_moved(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each surname glued to the end of a name moved to the person written after it."""
    persons = {m.start: m for m in tagged if m.type == EntityType.PERSON}
    moved: dict[int, Mention] = {}
    for index, mention in enumerate(tagged):
        glue = mention.text.rfind("_")
        surname = mention.text[glue + 1 :]
        person = persons.get(mention.end + 1)
        if glue <= 0 or person is None or text[mention.end : mention.end + 1] != " ":
            continue
        if not surname[:1].isupper() or surname.lower() not in SURNAMES or " " in surname:
            continue
        given = syllables_of(person.text)
        if (given[0] in SURNAMES and given[0] not in _MIDDLE_NAMES) or not all(map(is_vietnamese_syllable, given)):
            continue  # "tỉnh Bình_Dương Lê_Văn_Dũng": the person has their surname
        if not vietnamese_name_shaped(f"{surname} {person.text}"):
            continue
        end = mention.start + glue
        moved[index] = replace(mention, end=end, text=text[mention.start : end])
        start = end + 1
        moved[tagged.index(person)] = replace(person, start=start, text=text[start : person.end])
    return [moved.get(i, m) for i, m in enumerate(tagged)]
