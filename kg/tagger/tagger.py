"""The shipped entity tagger: labels syllables B-Type / I-Type / O and turns
the labels into typed spans with a confidence."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycrfsuite

from kg.tagger.features import EncodedFeatureExtractor, glue_codes
from kg.tagger.syllables import syllable_spans

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "ner.crfsuite"
OUTSIDE = "O"


class TaggerError(RuntimeError):
    """The model file is missing or cannot be read."""


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    """A name the tagger found: ``text[start:end]``, its type, and the model's
    probability of the whole labelling of the span (product of the
    per-syllable marginals would punish long names; the lowest one is used)."""

    start: int
    end: int
    type: str
    confidence: float


def spans_from_labels(labels: list[str], offsets: list[tuple[int, int]]) -> list[tuple[int, int, str, int, int]]:
    """(start, end, type, first index, last index + 1) of each B/I run; an I
    that does not continue a run of its type starts one."""
    found = []
    current: list | None = None
    for index, label in enumerate(labels):
        if label == OUTSIDE:  # most syllables: ends the run, if any
            if current is not None:
                found.append(tuple(current))
                current = None
            continue
        kind, _, entity_type = label.partition("-")
        continues = current is not None and kind == "I" and entity_type == current[2]
        if continues:
            current[1] = offsets[index][1]
            current[4] = index + 1
            continue
        if current is not None:
            found.append(tuple(current))
            current = None
        if kind in ("B", "I"):
            current = [offsets[index][0], offsets[index][1], entity_type, index, index + 1]
    if current is not None:
        found.append(tuple(current))
    return found  # type: ignore[return-value]


def hint_labels(offsets: list[tuple[int, int]], hints) -> list[str | None]:
    """Spans (start, end, type) as a B-/I- label per syllable, or None."""
    labels: list[str | None] = [None] * len(offsets)
    if not hints:
        return labels
    starts = [start for start, _ in offsets]
    for hint_start, hint_end, entity_type in hints:
        first = True
        for index in range(bisect_left(starts, hint_start), len(offsets)):
            start, end = offsets[index]
            if end > hint_end:
                break
            labels[index] = f"{'B' if first else 'I'}-{entity_type}"
            first = False
    return labels


def _hyphenated_end(text: str, offsets: list[tuple[int, int]], after: int, end: int) -> int:
    """Where a name ends once the parts hyphenated onto it are taken in: "Kim Jong"
    + "-un", "Komsomolsk" + "-on" + "-Amur". The first part must be lowercase:
    a hyphen between two capitalised names ("Việt Nam-Ấn Độ") joins two names."""
    index = after
    while index + 1 < len(offsets):
        hyphen, following = offsets[index], offsets[index + 1]
        glued = hyphen[0] == end and following[0] == hyphen[1] and text[hyphen[0]:hyphen[1]] == "-"
        if not glued or (index == after and not text[following[0]].islower()):
            break
        end = following[1]
        index += 2
    return end


class EntityTagger:
    """A CRF model loaded once; ``tag`` labels one sentence at a time."""

    def __init__(self, model_file: Path = MODEL_FILE) -> None:
        if not model_file.is_file():
            raise TaggerError(f"{model_file}: no entity model; reinstall kg or rebuild it with `make train`")
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_file))
        except (OSError, ValueError) as error:
            raise TaggerError(f"{model_file}: not a CRF model ({error}); rebuild it with `make train`") from error
        self.labels = tuple(self._tagger.labels())
        # Only the features the model weighs: the rest would be read and ignored.
        self._features = EncodedFeatureExtractor({attribute for attribute, _label in self._tagger.info().state_features})

    def tag(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        hints: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
        article_types: dict[str, frozenset[str]] | None = None,
    ) -> list[TaggedSpan]:
        """The names in ``text[start:end]`` (one sentence), with offsets into ``text``.
        ``hints`` are the rule-based recogniser's (start, end, type) spans;
        ``article_types`` what they say of each syllable article-wide."""
        offsets = syllable_spans(text, start, end)
        return self.tag_units(text, offsets, hint_labels(offsets, hints), article_types)

    def tag_units(
        self,
        text: str,
        offsets: list[tuple[int, int]],
        hints: list[str | None],
        article_types: dict[str, frozenset[str]] | None = None,
    ) -> list[TaggedSpan]:
        """``tag`` for a sentence already cut into syllables, with its hints as labels."""
        if not offsets:
            return []
        forms = [text[s:e] for s, e in offsets]
        self._tagger.set(self._features.sequence(forms, hints, article_types, None, glue_codes(text, offsets)))
        labels = self._tagger.tag()
        result = []
        for span_start, span_end, entity_type, first, last in spans_from_labels(labels, offsets):
            confidence = min(self._tagger.marginal(labels[i], i) for i in range(first, last))
            span_end = _hyphenated_end(text, offsets, last, span_end)
            result.append(TaggedSpan(span_start, span_end, entity_type, round(confidence, 4)))
        return result

    def label(
        self,
        forms: list[str],
        hints: list[str | None] | None = None,
        article_types: dict[str, frozenset[str]] | None = None,
        known: dict[tuple[str, ...], str] | None = None,
        glue: list[str | None] | None = None,
    ) -> list[str]:
        """The label of each syllable of one sentence (for evaluation and training)."""
        self._tagger.set(self._features.sequence(forms, hints, article_types, known, glue))
        return list(self._tagger.tag())


@cache
def default_tagger() -> EntityTagger:
    """The shipped model, loaded once per process (and so once per Dask worker)."""
    return EntityTagger()
