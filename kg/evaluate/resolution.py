"""Resolution scored as coreference: pairs of gold name mentions that ``kg``
put in one entity, against pairs that are one gold entity.

Gold entities are per article; across articles two are the same thing when
they share a key, or, for entities without a key, a name form of the same
family of types (people; organisations and agencies; places), so that two
annotators typing one town City and Region still name one thing. The
guidelines give a key to every name that is ambiguous outside its article.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from kg.corpus.gold import GoldArticle
from kg.evaluate.compare import fold
from kg.evaluate.predict import Prediction
from kg.evaluate.scores import BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED


class _Found(NamedTuple):
    """A gold name mention kg found: its article, the thing it names (gold),
    the kg entity it went to, and its surface."""

    article: str
    gold: object
    entity: object
    surface: str


@dataclass(frozen=True, slots=True)
class WrongMerge:
    """A ``kg`` entity that holds mentions of two or more different gold entities."""

    entity_id: str
    gold_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ResolutionScore:
    """Pairwise precision and recall with intervals, mentions found, wrong merges."""

    precision: tuple[float, float, float]
    recall: tuple[float, float, float]
    mentions_scored: int
    wrong_merges: tuple[WrongMerge, ...]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[object, object] = {}

    def find(self, item: object) -> object:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: object, b: object) -> None:
        self.parent[self.find(a)] = self.find(b)


TYPE_FAMILIES = {
    "Person": "person",
    "Organization": "organization",
    "NewsAgency": "organization",
    "Country": "place",
    "City": "place",
    "Region": "place",
    "Facility": "place",
    "Location": "place",
}


def gold_identities(gold: dict[str, GoldArticle]) -> dict[tuple[str, str], object]:
    """For each (article id, entity id), the identity of the thing across articles."""
    groups = _UnionFind()
    for article_id, annotated in gold.items():
        for entity_id, entity in annotated.entities.items():
            node = (article_id, entity_id)
            groups.find(node)
            if entity.key:
                groups.union(node, ("key", TYPE_FAMILIES[entity.type], fold(entity.key)))
                # a key is a name too: "Bộ Tài chính" keyed so is the "Bộ Tài chính" written unkeyed elsewhere
                groups.union(node, ("form", TYPE_FAMILIES[entity.type], fold(entity.key)))
                continue
            for mention in annotated.names():
                if mention.entity == entity_id:
                    groups.union(node, ("form", TYPE_FAMILIES[entity.type], fold(mention.text)))
    return {(a, e): groups.find((a, e)) for a, g in gold.items() for e in g.entities}


def _pairs(counter: Counter) -> int:
    return sum(n * (n - 1) // 2 for n in counter.values())


def score_resolution(gold: dict[str, GoldArticle], prediction: Prediction) -> ResolutionScore:
    """Pairwise scores over the gold name mentions ``kg`` found (exact span)."""
    identity = gold_identities(gold)
    rows: list[_Found] = []
    for article_id, annotated in gold.items():
        extraction = prediction.extractions[article_id]
        by_span = {prediction.span(m): m for m in extraction.mentions if not m.reference}
        for mention in annotated.names():
            found = by_span.get((mention.start, mention.end))
            if found is None:
                continue
            entity_id = prediction.resolution.entity_for(found)
            if entity_id is None:
                continue
            rows.append(_Found(article_id, identity[(article_id, mention.entity)], entity_id, mention.text))
    precision, recall = _pairwise(rows)
    precisions, recalls = [], []
    articles = sorted(gold)
    generator = random.Random(BOOTSTRAP_SEED)
    by_article: dict[str, list[_Found]] = defaultdict(list)
    for row in rows:
        by_article[row.article].append(row)
    for _ in range(BOOTSTRAP_SAMPLES // 4):
        sample = []
        copies: Counter = Counter()
        for _ in articles:
            article_id = articles[generator.randrange(len(articles))]
            # each copy of an article drawn twice is kept apart by its copy number, so that the
            # mentions of the copies are not paired with each other
            copy = copies[article_id]
            copies[article_id] += 1
            sample += [row._replace(gold=(row.gold, copy), entity=(row.entity, copy)) for row in by_article[article_id]]
        p, r = _pairwise(sample)
        precisions.append(p)
        recalls.append(r)
    return ResolutionScore(
        (precision, *_interval(precisions)), (recall, *_interval(recalls)), len(rows), _wrong_merges(rows)
    )


def _pairwise(rows: list[_Found]) -> tuple[float, float]:
    cells = Counter((row.gold, row.entity) for row in rows)
    gold_sizes = Counter(row.gold for row in rows)
    kg_sizes = Counter(row.entity for row in rows)
    same_both = _pairs(cells)
    predicted = _pairs(kg_sizes)
    actual = _pairs(gold_sizes)
    return (same_both / predicted if predicted else 1.0, same_both / actual if actual else 1.0)


def _interval(values: list[float]) -> tuple[float, float]:
    if not values:
        return (0.0, 0.0)
    values = sorted(values)
    return (values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))])


def _wrong_merges(rows: list[_Found]) -> tuple[WrongMerge, ...]:
    members: dict[str, dict[object, str]] = defaultdict(dict)
    for row in rows:
        members[row.entity].setdefault(row.gold, row.surface)
    return tuple(
        WrongMerge(entity_id, tuple(sorted(names.values())))
        for entity_id, names in sorted(members.items())
        if len(names) > 1
    )
