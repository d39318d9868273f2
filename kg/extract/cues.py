"""The cues of ``ontology/events.tsv`` found in an article."""

from __future__ import annotations

from dataclasses import dataclass

from kg import lexicon
from kg.extract.pieces import ArticleView, Phrases
from kg.lexicon import syllables_of, word_list

#: The frame of a cue that is mostly another word ("về": about): a cue only where a place is named right after it.
_DESTINATION_AFTER = "destination-after"
#: Kinds of place that may stand between such a cue and the place ("về tỉnh Quảng_Nam").
_PLACE_NOUNS = Phrases(syllables_of(w) for w in word_list("frames.place-nouns"))


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
        cue = cues[tuple(s for p in pieces[i:end] for s in p.syllables)]
        if cue.frame == _DESTINATION_AFTER and not _place_at(view, end):
            i += 1
            continue
        found.append(CueMatch(i, end, cue))
        i = end
    return found


def _place_at(view: ArticleView, start: int) -> bool:
    """Whether a place is named at piece ``start``, or after a kind of place there ("tỉnh Quảng_Nam")."""
    j = view.match_any(start, _PLACE_NOUNS) if start < len(view) else None
    j = start if j is None else j
    mention = view.pieces[j].mention if j < len(view) and view.pieces[j].sentence == view.pieces[start].sentence else None
    return mention is not None and mention.type.is_location


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
