"""The cues of ``ontology/events.tsv`` found in an article."""

from __future__ import annotations

from dataclasses import dataclass

from kg import lexicon
from kg.extract.pieces import ArticleView, Phrases


@dataclass(frozen=True, slots=True)


class CueMatch:
    """A cue found in the article: pieces ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    cue: lexicon.Cue


def find_cues(view: ArticleView) -> list[CueMatch]:
    """Every cue of the lexicon in the article, longest first, without overlaps."""
    cues = lexicon.cues()
    phrases = _phrases(cues)
    pieces = view.pieces
    firsts = view.first_syllables
    starts = phrases.starts
    found = []
    i = 0
    while i < len(pieces):
        if firsts[i] not in starts:  # no cue starts here
            i += 1
            continue
        end = view.match_any(i, phrases)
        if end is None:
            i += 1
            continue
        # The pieces matched spell the cue exactly.
        found.append(CueMatch(i, end, cues[tuple(s for p in pieces[i:end] for s in p.syllables)]))
        i = end
    return found


def cue_at(view: ArticleView, start: int) -> CueMatch | None:
    """The longest cue starting at piece ``start``, or None when none starts there."""
    cues = lexicon.cues()
    end = view.match_any(start, _phrases(cues))
    if end is None:
        return None
    return CueMatch(start, end, cues[tuple(s for p in view.pieces[start:end] for s in p.syllables)])


_PHRASES: tuple[dict, Phrases] | None = None


def _phrases(cues: dict[tuple[str, ...], lexicon.Cue]) -> Phrases:
    """The keys of ``cues`` as ``Phrases``, made once per cue lexicon."""
    global _PHRASES
    if _PHRASES is None or _PHRASES[0] is not cues:
        _PHRASES = (cues, Phrases(cues))
    return _PHRASES[1]
