"""Local bodies with their place: one name.

"HĐND thành_phố Đà_Nẵng", "UBND tỉnh Quảng_Nam", "Ủy_ban nhân_dân Thành_phố
Hà_Nội" are each one organisation (the committee of that province or city),
as the annotation has them. The tagger sometimes stops at the body ("HĐND")
or inside the level word ("Ủy_ban nhân_dân Thành"), and tags the place after
it on its own. The rules read such a name whole when the body is one they
know and a level word (``cues.tsv``, kind ``before``: "tỉnh", "thành phố",
"huyện", "xã") stands between the body and the place;
``bodies_with_their_place`` takes the rules' name there, in place of the
tagged body and the places tagged inside the rest of it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import EntityType, Mention
from kg.tagger.gazetteer import cue_words
from kg.tagger.syllables import syllable_spans

#: The kind ``cues.tsv`` gives a word written before a place's name.
_BEFORE_A_PLACE = "before"


def bodies_with_their_place(text: str, rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each organisation cut before its level word and place replaced by the
    rules' name of the body with its place, and the places tagged inside that name dropped."""
    bodies = {m.start: m for m in rule_names if m.type is EntityType.ORGANIZATION}
    replaced: dict[int, Mention] = {}
    absorbed: set[int] = set()
    for index, mention in enumerate(tagged):
        body = bodies.get(mention.start)
        if mention.type is not EntityType.ORGANIZATION or body is None or body.end <= mention.end:
            continue
        level = _level_word(text, body)
        if level is None or not level[0] <= mention.end <= level[1]:
            continue
        inside = [
            other
            for other, candidate in enumerate(tagged)
            if other != index and mention.end <= candidate.start < body.end
        ]
        if any(tagged[other].end > body.end or not tagged[other].type.is_location for other in inside):
            continue
        replaced[index] = replace(body, confidence=mention.confidence)
        absorbed.update(inside)
    if not replaced:
        return tagged
    return [replaced.get(index, mention) for index, mention in enumerate(tagged) if index not in absorbed]


def _level_word(text: str, body: Mention) -> tuple[int, int] | None:
    """Where the body part of ``body`` ends and its level word ends, when a level word
    stands inside it with a body before and a place after: (end of the body part, end of
    the level word) in the article's offsets; else None."""
    syllables = syllable_spans(text, body.start, body.end)
    lowered = [text[start:end].lower() for start, end in syllables]
    cues = cue_words()
    for first in range(1, len(syllables) - 1):
        for size in (2, 1):
            last = first + size
            if last < len(syllables) and cues.get(tuple(lowered[first:last])) == _BEFORE_A_PLACE:
                return syllables[first - 1][1], syllables[last - 1][1]
    return None
