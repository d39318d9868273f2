"""Names the lists do not know, read as persons where news names its speakers.

"Ancelotti khẳng_định …", "Sau trận , Công Phượng cho_biết …": a capitalised run that opens a
clause (the sentence, or the clause after a fronted phrase and its comma) right before a verb of
saying is the one who says it. A sentence's first word is capitalised whatever it is, so the
recogniser takes such a run for a name only with this evidence; a common word ("Chính_phủ",
"Cảnh_sát"), a title, or one Vietnamese syllable ("Tòa", "Bộ") is never read so.
"""

from __future__ import annotations

from functools import lru_cache

from kg.analyse.tokens import is_foreign_word
from kg.extract.mention_spans import PERSON, Span, SpanFinder, Word
from kg.lexicon import Lexicon, cues, word_list
from kg.model import EventType

#: Longest run read as a speaker's name, in tokens ("Ngô Kiến Huy", "Erik ten Hag").
_MAX_NAME_TOKENS = 4
#: Longest verb of saying, in syllables ("đưa ra lời khai").
_MAX_VERB_TOKENS = 4
#: How many adverbs may stand between the name and the verb ("Ancelotti cũng đã khẳng_định").
_MAX_ADVERBS = 2
#: Marks that open a quotation, and marks that join parts of a run.
_QUOTE_MARKS = frozenset('"“«')
_NAME_JOINTS = frozenset({"-", "–"})


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    """The verbs of saying of ``ontology/events.tsv``, lowercase with spaces between syllables."""
    return frozenset(" ".join(key) for key, cue in cues().items() if cue.event is EventType.STATEMENT)


@lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    return frozenset(w.replace("_", " ").lower() for w in word_list("frames.adverbs"))


def speaker_before_saying(spans: SpanFinder, lexicon: Lexicon, words: list[Word], i: int) -> Span | None:
    """The person named by a capitalised run at token ``i``, where no other name starts (``SpanFinder.span_at``),
    that opens its clause before a verb of saying, or None."""
    if not (words[i].initial or i > 0 and words[i - 1].token.text == ","):
        return None
    if i > 0 and words[i - 1].token.text in _QUOTE_MARKS:
        return None  # '“ Axe Apollo Gala - Đêm công_bố … ”': a title quoted, not a clause
    run = spans.name_run(words, i, relaxed=True)
    if run is None or run - i > _MAX_NAME_TOKENS:
        return None
    if any(w.token.text in _NAME_JOINTS for w in words[i:run]):
        return None  # "Gala - Đêm": parts joined by a dash name an event or a work, no speaker
    name = " ".join(w.lower for w in words[i:run])
    if name in lexicon.common or any(w.lower in lexicon.common and " " in w.lower for w in words[i:run]):
        return None  # "Chính_phủ", "Cảnh sát": common words written first in their sentence
    if len(name.split()) < 2 and not is_foreign_word(words[i].words):
        return None  # one Vietnamese syllable ("Tòa", "Bộ") names no speaker by itself
    return Span(i, run, PERSON, True) if _saying_verb_at(words, run) else None


def _saying_verb_at(words: list[Word], k: int) -> bool:
    """Whether a verb of saying starts at token ``k``, past a few adverbs ("cũng", "đã")."""
    syllables = [syllable for w in words[k : k + _MAX_ADVERBS + _MAX_VERB_TOKENS] for syllable in w.lower.split()]
    return saying_verb_opens(syllables)


def saying_verb_opens(syllables: list[str]) -> bool:
    """Whether lowercase ``syllables`` open with a verb of saying, past a few adverbs ("cũng đã khẳng định")."""
    k = 0
    for _ in range(_MAX_ADVERBS):
        adverb = next((n for n in (2, 1) if " ".join(syllables[k : k + n]) in _adverbs()), None)
        if adverb is None:
            break
        k += adverb
    return any(" ".join(syllables[k : k + n]) in _saying_verbs() for n in range(1, _MAX_VERB_TOKENS + 1) if k + n <= len(syllables))
