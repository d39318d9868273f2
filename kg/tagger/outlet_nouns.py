"""A place's name that is the first syllable of a noun for an outlet is no place.

"Theo Nhật báo Yomiuri Shimbun": "Nhật báo" (a daily) is the noun before the paper's name, but
its first syllable, written capitalised, reads as "Nhật" (Japan). A one-syllable place mention
followed by lowercase syllables with which it spells a word written before an outlet's name
(``cues.tsv``, kind ``before``, type NewsAgency: "nhật báo") is dropped; the name after the noun
is the outlet's.
"""

from __future__ import annotations

from functools import cache

from kg.lexicon.gazetteer import load_lexicon
from kg.model import EntityType, Mention
from kg.tagger.syllables import syllable_spans

#: The kind ``cues.tsv`` gives a word written before a name.
_BEFORE = "before"


@cache
def _outlet_nouns() -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(cue.lower().split())
        for cue, (kind, entity_type) in load_lexicon().cues.items()
        if kind == _BEFORE and entity_type is EntityType.NEWS_AGENCY and " " in cue
    )


def outlet_nouns_dropped(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` without the one-syllable places that open a noun for an outlet ("Nhật" of "Nhật báo")."""
    return [m for m in tagged if not (m.type.is_location and _opens_outlet_noun(text, m))]


def _opens_outlet_noun(text: str, mention: Mention) -> bool:
    units = syllable_spans(text, mention.start, min(len(text), mention.end + 20))
    if not units or units[0][1] != mention.end:
        return False  # a name of more than one syllable
    words = [text[s:e] for s, e in units]
    for size in range(2, min(len(words), 3) + 1):
        rest = words[1:size]
        gaps = [text[units[i][1] : units[i + 1][0]] for i in range(size - 1)]
        if all(w[:1].islower() and w.isalpha() for w in rest) and all(g in (" ", "_") for g in gaps):
            if tuple(w.lower() for w in words[:size]) in _outlet_nouns():
                return True
    return False
