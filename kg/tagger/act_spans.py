"""Tagged spans that open with the words of an act: no names.

A name never opens with a lowercase word that tells an act or its time: an
adverb of tense or mood (``tagger.act-openers``: "đã", "sẽ", "đang") or a
verb of the event lexicon ("hội_kiến", "gặp", "thăm"). Unsure at the edge of
a titled name, the tagger sometimes runs a span over them ("Bà Park_Geun-hye
đã hội_kiến Chủ_tịch Quốc_hội Nguyễn_Sinh_Hùng" gave the body "đã hội_kiến
Chủ_tịch Quốc_hội"), which hides the verb from the event frames. Nor does a
name hold a verb of visiting or meeting between two capitalised words ("mời
Tổng_thống Hollande thăm Việt_Nam" gave the body "Hollande thăm Việt_Nam",
"Obama hội_kiến Đức Giáo_hoàng" another; "thăm dò", exploring, is followed by
a lowercase word). ``act_spans_dropped`` drops such
a span; the rules' names inside it that no other tagged span touches stand in
its place.
"""

from __future__ import annotations

from functools import cache

from kg import lexicon
from kg.lexicon import syllables_of, word_list
from kg.model import EventType, Mention

#: Frames of the cue lexicon whose cues are nouns ("cuộc gặp", "chuyến thăm"), which may open a name.
_NOUN_FRAMES = frozenset({"between", "visit-noun", "invitation-noun"})


@cache
def _act_openers() -> frozenset[tuple[str, ...]]:
    """The adverbs and the verbs of the cue lexicon, as lowercased syllables."""
    adverbs = {syllables_of(w) for w in word_list("tagger.act-openers")}
    verbs = {key for key, cue in lexicon.cues().items() if cue.frame not in _NOUN_FRAMES}
    return frozenset(adverbs | verbs)


def opens_with_act(text: str) -> bool:
    """Whether ``text`` opens with a lowercase adverb of tense or mood or a verb of the cue lexicon."""
    if not text[:1].islower():
        return False
    syllables = syllables_of(text)
    return any(syllables[:width] in _act_openers() for width in range(1, min(len(syllables), 4) + 1))


#: The events whose verbs a name never holds between capitalised words.
_HELD_EVENTS = frozenset({EventType.VISIT, EventType.MEETING})


@cache
def _visit_verbs() -> frozenset[tuple[str, ...]]:
    """The verbs of visiting and meeting of the cue lexicon, as lowercased syllables."""
    return frozenset(key for key, cue in lexicon.cues().items() if cue.event in _HELD_EVENTS and cue.frame not in _NOUN_FRAMES)


def holds_visit(text: str) -> bool:
    """Whether ``text`` holds a lowercase verb of visiting or meeting between two capitalised words."""
    words = text.split()
    for i in range(1, len(words) - 1):
        if not words[i - 1][:1].isupper() or not words[i][:1].islower():
            continue
        for width in range(1, min(4, len(words) - i)):
            if syllables_of(" ".join(words[i : i + width])) in _visit_verbs() and words[i + width][:1].isupper():
                return True
    return False


def act_spans_dropped(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` without the spans that open with the words of an act or hold a verb of visiting or meeting, and
    with the rules' names inside those spans that no kept span touches."""
    dropped = [m for m in tagged if m.confidence is not None and (opens_with_act(m.text) or holds_visit(m.text))]
    if not dropped:
        return tagged
    kept = [m for m in tagged if m not in dropped]
    restored = [
        n
        for n in rule_names
        if any(d.start <= n.start and n.end <= d.end for d in dropped)
        and not any(k.start < n.end and n.start < k.end for k in kept)
    ]
    return kept + restored
