"""Measure the RDF export and the shipped SPARQL queries on a synthetic graph.

    .venv/bin/python bench/rdf.py [--articles 5000] [--out /tmp/kg-bench]

The graph follows the contract of ``kg.graph`` with made-up names: a pool
of people, countries and organisations, and per article a few posts,
interactions and events with evidence. 5,000 articles give about a million
triples.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import networkx as nx

from kg.export.turtle import export
from kg.model import Provenance
from kg.pipeline import DEFAULT_BASE
from kg.sparql import graph_base, load_store, run_query
from kg.vocab import ROLE_PREDICATES

QUERIES = Path(__file__).resolve().parent.parent / "queries"
#: The seed names in the shipped queries, and synthetic ones that exist.
SUBSTITUTIONS = {"/article/000_30e359ed2069836f": "/article/000100_synthetic", '"Kim Jong-un"': '"Người 100"'}


def synthetic_graph(articles: int, seed: int = 7) -> nx.MultiDiGraph:
    """A graph shaped like a real build, with ``articles`` articles."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    people = [f"person/p{i}" for i in range(articles * 2)]
    places = [f"country/c{i}" for i in range(200)] + [f"city/t{i}" for i in range(800)]
    bodies = [f"organization/o{i}" for i in range(1000)]
    # Posts come from a fixed pool so that, as in real news, many articles repeat the same fact.
    posts = [(rng.choice(people), rng.choice(ROLE_PREDICATES), rng.choice(bodies + places)) for _ in range(2000)]
    for node in people:
        graph.add_node(node, kind="entity", type="Person", label=f"Người {node[8:]}", aliases=(f"ông {node[8:]}",),
                       same_as=(), mentions=rng.randint(1, 50), articles=())
    for node in places:
        graph.add_node(node, kind="entity", type="Country" if node.startswith("country") else "City",
                       label=f"Nơi {node}", aliases=(), same_as=(), mentions=3, articles=())
    for node in bodies:
        graph.add_node(node, kind="entity", type="Organization", label=f"Tổ chức {node}", aliases=(),
                       same_as=(), mentions=3, articles=())
    for index in range(articles):
        article_id = f"{index:06d}_synthetic"
        article = f"article/{article_id}"
        graph.add_node(article, kind="article", type="Article", label=f"Bài {index}", title=f"Bài \"{index}\"",
                       author="Tác Giả", url=f"https://news.example/{index}", published="2023-09-13T10:00:00+07:00",
                       source_file="synthetic", articles=(article_id,))
        cast = rng.sample(people, 6) + rng.sample(places, 4) + rng.sample(bodies, 3)
        for entity in cast:
            graph.add_edge(article, entity, predicate="mentions", provenance=None)

        def evidence(n: int) -> Provenance:
            return Provenance(article_id, n, f"Câu số {n} của bài {index}, có \"trích dẫn\".", n * 100, n * 100 + 80,
                              "rules", round(rng.uniform(0.5, 0.99), 2))

        for n in range(8):
            person, post, body = rng.choice(posts)
            for entity in (person, body):
                graph.add_edge(article, entity, predicate="mentions", provenance=None)
            graph.add_edge(person, body, predicate=post, provenance=evidence(n))
        for n in range(8, 10):
            a, b = rng.sample(cast[:6], 2)
            graph.add_edge(a, b, predicate="met", provenance=evidence(n))
        for n, kind in enumerate(("Meeting", "Statement", "Visit", "GiftGiving"), start=10):
            a, b = rng.sample(cast[:6], 2)
            node = f"event/{kind.lower()}/{index}-{n}"
            proof = evidence(n)
            graph.add_node(node, kind="event", type=kind, label=f"{kind} {index}-{n}", date="2023-09-13",
                           date_type="date", quote="Chúng tôi tin tưởng" if kind == "Statement" else None,
                           items=("súng trường",) if kind == "GiftGiving" else (), planned=False, accepted=None,
                           vehicle=None, evidence=(proof,), articles=(article_id,))
            roles = ("participant", "participant") if kind == "Meeting" else ("agent", "recipient")
            graph.add_edge(node, a, predicate=roles[0], provenance=proof)
            graph.add_edge(node, b, predicate=roles[1], provenance=proof)
            graph.add_edge(node, rng.choice(cast[6:10]), predicate="place", provenance=proof)
    return graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/kg-bench"))
    options = parser.parse_args()
    started = time.perf_counter()
    graph = synthetic_graph(options.articles)
    print(f"graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges in {time.perf_counter() - started:.1f} s")
    started, cpu = time.perf_counter(), time.process_time()
    files = export(graph, options.out, DEFAULT_BASE)
    print(f"export: {time.perf_counter() - started:.1f} s ({time.process_time() - cpu:.1f} s CPU): " + ", ".join(f"{p.name} {p.stat().st_size / 1e6:.0f} MB" for p in files))
    turtle = options.out / "graph.ttl"
    started = time.perf_counter()
    store = load_store(turtle)
    print(f"load into pyoxigraph: {time.perf_counter() - started:.1f} s, {len(store)} triples")
    base = graph_base(turtle)
    for query in sorted(QUERIES.glob("*.rq")):
        started = time.perf_counter()
        text = query.read_text(encoding="utf-8")
        for old, new in SUBSTITUTIONS.items():
            text = text.replace(old, new)
        rows = sum(1 for _ in run_query(store, text, base))
        print(f"{query.name}: {rows} rows in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
