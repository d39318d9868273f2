"""A ministry's name after a minister's title: the ministry, apart from the minister.

"Bộ_trưởng Công_Thương Vũ_Huy_Hoàng", "Thứ_trưởng Ngoại_giao Bùi_Thanh_Sơn": the
ministry is written without "Bộ" (``kg.lexicon.ministry_departments``), often with
every word capitalised, and the tagger may read it as a person in apposition
("ông X, Bộ_trưởng Công_Thương,") or as the start of the minister's name, which
the segmenter may even glue to it ("Công_Thương_Vũ Huy_Hoàng"). As the
annotation reads it, the ministry's name is a body (the post's) and the name
after it the minister's. ``departments_split`` types every tagged span that is
such a name, right after a minister's title (``names.minister-titles``: "bộ
trưởng", "thứ trưởng"), as a body, and cuts it off a span that goes on with the
minister's name: the person the rules found there, else a Vietnamese personal
name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.lexicon import ministry_departments, syllables_of, word_syllables
from kg.model import EntityType, Mention
from kg.tagger.personal_names import vietnamese_name_shaped

_TITLES = word_syllables("names.minister-titles")
_LONGEST_TITLE = max((len(title) for title in _TITLES), default=0)
#: How far before a span its title is looked for, in characters.
_REACH = 40
#: A syllable of a name, without the marks a ministry's name holds ("Lao_động - Thương_binh").
_SYLLABLE = re.compile(r"[^\s_,\-–]+")


def departments_split(text: str, rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each ministry's name after a minister's title a body of its own."""
    persons = {m.start: m for m in rule_names if m.type is EntityType.PERSON}
    kept: list[Mention] = []
    ministers: list[Mention] = []
    for mention in tagged:
        ends = _department_ends(mention) if _after_title(text, mention.start) else None
        if ends is None:
            kept.append(mention)  # no ministry's name: "Bộ_trưởng Nguyễn_Văn_A"
            continue
        department_end, rest = ends
        kept.append(replace(mention, end=department_end, text=text[mention.start:department_end], type=EntityType.ORGANIZATION))
        if rest >= mention.end:
            continue
        person = persons.get(rest)
        if person is not None and person.end >= mention.end:
            ministers.append(replace(person, confidence=mention.confidence))
        elif vietnamese_name_shaped(text[rest:mention.end]):
            kept.append(replace(mention, start=rest, text=text[rest:mention.end], type=EntityType.PERSON))
        else:
            kept.append(replace(mention, start=rest, text=text[rest:mention.end]))
    # The tagger's pieces of a minister put back whole ("Tuấn_Anh" of "Công_Thương Trần" + "Tuấn_Anh").
    kept = [m for m in kept if not any(p.start <= m.start and m.end <= p.end for p in ministers)]
    return kept + ministers


def _department_ends(mention: Mention) -> tuple[int, int] | None:
    """Where the longest ministry's name opening ``mention`` ends, and where the text
    after it starts; None when no ministry's name opens it."""
    departments = ministry_departments()
    syllables: list[str] = []
    found = None
    for match in _SYLLABLE.finditer(mention.text):
        syllables.append(match.group().lower())
        if tuple(syllables) in departments:
            found = match.end()
    if found is None:
        return None
    rest = mention.text[found:]
    return mention.start + found, mention.start + found + (len(rest) - len(rest.lstrip(" _")))


def _after_title(text: str, start: int) -> bool:
    """Whether a minister's title ends at a space or "_" right before ``start``."""
    if start < 2 or text[start - 1] not in " _":
        return False
    before = syllables_of(text[max(0, start - _REACH):start - 1])
    return any(before[-size:] in _TITLES for size in range(1, _LONGEST_TITLE + 1) if len(before) >= size)
