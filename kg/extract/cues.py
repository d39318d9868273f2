"""The cues of ``ontology/events.tsv`` found in an article."""

from __future__ import annotations

from dataclasses import dataclass

from kg import lexicon
from kg.extract.pieces import ArticleView


@dataclass(frozen=True, slots=True)


class CueMatch:
    """A cue found in the article: pieces ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    cue: lexicon.Cue


def find_cues(view: ArticleView) -> list[CueMatch]:
    """Every cue of the lexicon in the article, longest first, without overlaps."""
    cues = lexicon.cues()
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in cues:
        by_first.setdefault(key[0], []).append(key)
    found = []
    i = 0
    while i < len(view):
        piece = view.pieces[i]
        best = None
        if piece.is_word and piece.syllables:
            for key in by_first.get(piece.syllables[0], ()):
                end = view.match(i, key)
                if end is not None and (best is None or end > best[0]):
                    best = (end, cues[key])
        if best is not None:
            found.append(CueMatch(i, best[0], best[1]))
            i = best[0]
        else:
            i += 1
    return found
