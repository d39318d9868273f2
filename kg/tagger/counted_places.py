"""Places visited a counted time: kept where the tagger drops them.

"Ông Kerry thăm Việt_Nam lần thứ 3", "tới Hà_Nội lần đầu": after a verb of
visiting or travelling and its place, "lần thứ" counts the journey. The tagger
learnt "lần thứ" closing the name of a recurring event, where the annotation
marks no place inside ("Liên_hoan hữu_nghị Việt_Nam - Ấn_Độ lần thứ 6"), and
drops the place the rules found after the verb too. ``counted_places_kept``
adds back a rule name of a place the gazetteers list exactly that no tagged
span touches when a verb of the cue lexicon's visits and journeys stands
right before it and a count word (``tagger.count-words``: "lần") right after it.
"""

from __future__ import annotations

from functools import cache

from kg import lexicon
from kg.lexicon import syllables_of, word_list
from kg.model import EventType, Mention
from kg.tagger.gazetteer import name_list, syllable_key

#: "lần": the words that count a time right after a place.
_COUNTS = frozenset(syllables_of(word)[0] for word in word_list("tagger.count-words"))
_JOURNEYS = frozenset({EventType.VISIT, EventType.TRAVEL})
_NOUN_FRAMES = frozenset({"between", "visit-noun", "invitation-noun"})


@cache
def _journey_verbs() -> frozenset[tuple[str, ...]]:
    """The verbs of visiting and travelling of the cue lexicon ("thăm", "tới"), as lowercased syllables."""
    return frozenset(key for key, cue in lexicon.cues().items() if cue.event in _JOURNEYS and cue.frame not in _NOUN_FRAMES)


def counted_places_kept(text: str, rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with the rules' listed places between a verb of a journey and a count word
    that no tagged span touches."""
    listed = name_list()
    kept = [
        m
        for m in rule_names
        if m.type.is_location
        and syllable_key(m.text) in listed
        and _count_after(text, m.end)
        and _verb_before(text, m.start)
        and not any(t.start < m.end and m.start < t.end for t in tagged)
    ]
    return tagged + kept


def _count_after(text: str, end: int) -> bool:
    """Whether the word right after ``end`` is a count word, written lowercase."""
    following = text[end : end + 20].replace("_", " ").split()
    return bool(following) and following[0] in _COUNTS


def _verb_before(text: str, start: int) -> bool:
    """Whether a lowercase verb of a journey ends right before ``start``."""
    words = text[max(0, start - 40) : start].replace("_", " ").split()
    return any(
        len(words) >= size and " ".join(words[-size:]).islower() and tuple(words[-size:]) in _journey_verbs()
        for size in range(1, 5)
    )
