"""Which articles a split holds: the word classes learn from the train split's text alone."""

from __future__ import annotations

import pytest

from kg.corpus.split import articles_in_split
from kg.corpus.texts import CorpusArticle


def _article(article_id: str, cluster: int) -> CorpusArticle:
    return CorpusArticle(article_id, cluster, "", "", f"Bài {article_id}.", "", "")


# (articles as (id, cluster), usable ids, cluster -> split, split asked, ids expected) written for the test.
SPLIT_CASES = [
    ([("a", 1), ("b", 2), ("c", 1)], {"a", "b", "c"}, {1: "train", 2: "test"}, "train", ["a", "c"]),
    ([("a", 1), ("b", 2), ("c", 1)], {"a", "b", "c"}, {1: "train", 2: "test"}, "test", ["b"]),
    # A held-out article is in no split, whatever its cluster.
    ([("a", 1), ("h", 1)], {"a"}, {1: "train"}, "train", ["a"]),
    # A cluster the table leaves out gives nothing.
    ([("a", 3)], {"a"}, {1: "train"}, "train", []),
    ([("z", 1), ("a", 1)], {"a", "z"}, {1: "dev"}, "dev", ["a", "z"]),
    ([("a", 1)], {"a"}, {1: "dev"}, "train", []),
]


@pytest.mark.parametrize("articles, usable, assignment, split, expected", SPLIT_CASES)
def test_the_articles_of_a_split_are_those_of_its_clusters(
    articles: list[tuple[str, int]], usable: set[str], assignment: dict[int, str], split: str, expected: list[str]
) -> None:
    corpus = {article_id: _article(article_id, cluster) for article_id, cluster in articles}
    assert articles_in_split(corpus, frozenset(usable), split, assignment) == expected


def test_an_unknown_split_is_refused() -> None:
    with pytest.raises(ValueError, match="expected one of"):
        articles_in_split({}, frozenset(), "heldout", {})
