"""The train / dev / test split of the gold, made by story cluster so that two
tellings of one story never sit on both sides."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path

from kg.corpus.texts import CorpusArticle

SPLIT_FILE = Path(__file__).resolve().parents[2] / "annotations" / "split.tsv"
SPLITS = ("train", "dev", "test")


def make_split(
    articles: dict[str, CorpusArticle], usable: frozenset[str], test_size: int = 66, dev_size: int = 66, seed: int = 13
) -> dict[int, str]:
    """Assign each cluster of usable articles to a split: clusters in a seeded
    random order fill test, then dev, to at least the given article counts."""
    sizes: dict[int, int] = defaultdict(int)
    for article in articles.values():
        if article.id in usable:
            sizes[article.cluster] += 1
    clusters = sorted(sizes)
    random.Random(seed).shuffle(clusters)
    assignment: dict[int, str] = {}
    filled = {"test": 0, "dev": 0}
    for cluster in clusters:
        if filled["test"] < test_size:
            split = "test"
        elif filled["dev"] < dev_size:
            split = "dev"
        else:
            split = "train"
        assignment[cluster] = split
        if split in filled:
            filled[split] += sizes[cluster]
    return assignment


def write_split(assignment: dict[int, str], path: Path = SPLIT_FILE) -> None:
    """Write ``cluster<TAB>split`` lines, sorted by cluster."""
    lines = ["# cluster\tsplit (train, dev or test): every article of a cluster is in its cluster's split"]
    lines += [f"{cluster}\t{split}" for cluster, split in sorted(assignment.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_split(path: Path = SPLIT_FILE) -> dict[int, str]:
    """The cluster -> split table."""
    assignment = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cluster, split = line.split("\t")
        if split not in SPLITS:
            raise ValueError(f"{path}: cluster {cluster} has split {split!r}, not one of {SPLITS}")
        assignment[int(cluster)] = split
    return assignment


def articles_in_split(
    articles: dict[str, CorpusArticle], usable: frozenset[str], split: str, assignment: dict[int, str] | None = None
) -> list[str]:
    """The ids of the usable articles whose cluster is in ``split``, sorted: all of them,
    annotated or not (the unlabelled text a model may learn from)."""
    if split not in SPLITS:
        raise ValueError(f"split {split!r}: expected one of {SPLITS}")
    assignment = read_split() if assignment is None else assignment
    return sorted(i for i, a in articles.items() if i in usable and assignment.get(a.cluster) == split)
