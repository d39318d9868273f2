"""Agreement between two independent annotations of the same articles.

The first pass (``annotations/gold``) is taken as reference and the second
(``annotations/gold2``) scored against it; F1 is symmetric, so the choice
does not change it. Entity ids of the two passes are tied through the spans
their name mentions share.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.corpus.gold import GOLD_FOLDER, SECOND_PASS_FOLDER, GoldArticle, load_gold
from kg.corpus.schema import CORE_ROLES
from kg.corpus.texts import DEFAULT_CORPUS
from kg.evaluate.scores import Counts, Score, compare_sets, score


@dataclass(frozen=True, slots=True)
class Agreement:
    """Agreement of the two passes on each task, over ``articles`` articles."""

    articles: int
    entities: Score
    coreference_links: Score
    posts: Score
    relations: Score
    events: Score


def _entity_map(first: GoldArticle, second: GoldArticle) -> dict[str, str]:
    """Second-pass entity id -> first-pass id sharing most name spans."""
    first_by_span = {(m.start, m.end): m.entity for m in first.names()}
    votes: dict[str, Counter] = {}
    for mention in second.names():
        if (mention.start, mention.end) in first_by_span:
            votes.setdefault(mention.entity, Counter())[first_by_span[(mention.start, mention.end)]] += 1
    return {entity: counter.most_common(1)[0][0] for entity, counter in votes.items()}


def _links(article: GoldArticle) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of name spans an annotation puts in one entity."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for mention in article.names():
        spans.setdefault(mention.entity, []).append((mention.start, mention.end))
    return {(a, b) for group in spans.values() for i, a in enumerate(group) for b in group[i + 1:]}


def _fact_keys(article: GoldArticle, mapping: dict[str, str] | None) -> tuple[set, set, set]:
    name = (lambda e: mapping.get(e, f"second:{e}")) if mapping is not None else (lambda e: e)
    posts = {(name(p.person), name(p.org)) for p in article.posts if p.org}
    relations = {(r.predicate, name(r.subject), name(r.object)) for r in article.relations}
    events = {
        (e.type, frozenset(name(x) for x in e.fillers(*CORE_ROLES[e.type]))) for e in article.events
    }
    return posts, relations, events


def agreement(
    first_folder: Path = GOLD_FOLDER, second_folder: Path = SECOND_PASS_FOLDER, corpus: Path = DEFAULT_CORPUS
) -> Agreement:
    """Score the second pass against the first on the articles both annotated."""
    first = load_gold(first_folder, corpus)
    second = load_gold(second_folder, corpus)
    common = sorted(set(first) & set(second))
    if not common:
        raise ValueError(f"no article is annotated in both {first_folder} and {second_folder}")
    entities, links, posts, relations, events = [], [], [], [], []
    for article_id in common:
        a, b = first[article_id], second[article_id]
        entities.append(
            compare_sets(
                {(m.start, m.end, a.entities[m.entity].type) for m in a.names()},
                {(m.start, m.end, b.entities[m.entity].type) for m in b.names()},
            )
        )
        links.append(compare_sets(_links(a), _links(b)))
        if a.full and b.full:
            keys_a = _fact_keys(a, None)
            keys_b = _fact_keys(b, _entity_map(a, b))
            posts.append(compare_sets(keys_a[0], keys_b[0]))
            relations.append(compare_sets(keys_a[1], keys_b[1]))
            events.append(compare_sets(keys_a[2], keys_b[2]))
    return Agreement(len(common), score(entities), score(links), score(posts), score(relations), score(events))


def format_agreement(result: Agreement) -> str:
    """The agreement report: F1 of the second pass against the first, per task."""

    def line(label: str, s: Score) -> str:
        c: Counts = s.counts
        return (
            f"  {label:<18} F1 {s.f1[0]:.2f} [{s.f1[1]:.2f}–{s.f1[2]:.2f}]  "
            f"(both {c.tp}, first only {c.fn}, second only {c.fp})"
        )

    return "\n".join(
        [
            f"agreement of two independent passes over {result.articles} articles",
            line("entities", result.entities),
            line("coreference links", result.coreference_links),
            line("posts", result.posts),
            line("relations", result.relations),
            line("events", result.events),
        ]
    )
