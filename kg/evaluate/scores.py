"""Counts, precision, recall and F1, with bootstrap intervals over articles."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

BOOTSTRAP_SAMPLES = 1000
BOOTSTRAP_SEED = 17


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def compare_sets(gold: set, predicted: set) -> Counts:
    """Counts of one article: exact matches of hashable keys."""
    return Counts(len(gold & predicted), len(predicted - gold), len(gold - predicted))


def total(per_article: Sequence[Counts]) -> Counts:
    """The sum of per-article counts."""
    result = Counts()
    for counts in per_article:
        result = result + counts
    return result


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 with their 95 % bootstrap intervals."""

    counts: Counts
    precision: tuple[float, float, float]
    recall: tuple[float, float, float]
    f1: tuple[float, float, float]

    def as_dict(self) -> dict[str, object]:
        return {
            "tp": self.counts.tp,
            "fp": self.counts.fp,
            "fn": self.counts.fn,
            "precision": list(self.precision),
            "recall": list(self.recall),
            "f1": list(self.f1),
        }


def score(per_article: Sequence[Counts], samples: int = BOOTSTRAP_SAMPLES) -> Score:
    """The score of the whole set, with intervals from resampling articles."""
    counts = total(per_article)
    return Score(
        counts,
        (counts.precision, *bootstrap(per_article, lambda c: c.precision, samples)),
        (counts.recall, *bootstrap(per_article, lambda c: c.recall, samples)),
        (counts.f1, *bootstrap(per_article, lambda c: c.f1, samples)),
    )


def bootstrap(
    per_article: Sequence[Counts], measure: Callable[[Counts], float], samples: int = BOOTSTRAP_SAMPLES
) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of ``measure`` over article resamples (fixed seed)."""
    if not per_article:
        return (0.0, 0.0)
    generator = random.Random(BOOTSTRAP_SEED)
    size = len(per_article)
    values = sorted(
        measure(total([per_article[generator.randrange(size)] for _ in range(size)])) for _ in range(samples)
    )
    return (values[int(0.025 * (samples - 1))], values[int(0.975 * (samples - 1))])
