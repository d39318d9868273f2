"""What every shared export of a seeds build says alike: the same counts as SPARQL,
evidence as published and paired with its article, no local absolute path."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from helpers import SEEDS

from kg.build import build_outputs
from kg.export.evidence import aggregate_facts, published_text, shared_sources
from kg.export.neo4j import ARRAY_DELIMITER
from kg.sparql import load_store, run_query, solution_rows

KIM, PUTIN = "person/kim-jong-un", "person/vladimir-putin"
#: A letter, "_", a letter: the segmenter's joiner inside a word.
JOINED = re.compile(r"[^\W\d_]_[^\W\d_]")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seeds built from their absolute path, as a user running ``kg build /abs/seeds`` would."""
    out = tmp_path_factory.mktemp("shared")
    build_outputs([SEEDS.resolve()], out)
    return out


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_shared_no_output_names_the_local_input_path(built: Path) -> None:
    local = str(SEEDS.resolve())
    for path in sorted(built.rglob("*")):
        if path.is_file() and "cache" not in path.relative_to(built).parts:
            assert local not in path.read_text(encoding="utf-8", errors="replace"), path


def test_shared_kim_putin_met_counts_four_articles_in_sparql_neo4j_and_graphml(built: Path) -> None:
    query = (
        "PREFIX kg: <https://kg.example.org/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?e rdf:predicate kg:met ; prov:wasDerivedFrom ?a ; "
        "rdf:subject ?s ; rdf:object ?o . VALUES (?s ?o) { "
        f"(<https://kg.example.org/{KIM}> <https://kg.example.org/{PUTIN}>) "
        f"(<https://kg.example.org/{PUTIN}> <https://kg.example.org/{KIM}>) }} }}"
    )
    _, [[count]] = solution_rows(run_query(load_store(built / "graph.ttl"), query))
    sparql = int(count)
    assert sparql == 4
    met = [r for r in _rows(built / "neo4j" / "relationships.MET.Person.Person.csv")
           if {r[":START_ID"], r[":END_ID"]} == {f"https://kg.example.org/{KIM}", f"https://kg.example.org/{PUTIN}"}]
    assert len(met) == 1 and met[0]["corroboration:int"] == str(sparql)
    graph = nx.read_graphml(built / "graph.graphml", force_multigraph=True)
    weights = [d["weight"] for u, v, d in graph.edges(data=True) if {u, v} == {KIM, PUTIN} and d["predicate"] == "met"]
    assert weights == [sparql]


def test_shared_neo4j_evidence_lists_line_up_with_their_articles(built: Path) -> None:
    texts = {}
    for path in sorted((built / "neo4j").glob("*.csv")):
        for row in _rows(path):
            if not row.get("evidence:string[]"):
                continue
            sentences = row["evidence:string[]"].split(ARRAY_DELIMITER)
            articles = row["evidenceArticles:string[]"].split(ARRAY_DELIMITER)
            starts = [int(s) for s in row["evidenceStarts:int[]"].split(ARRAY_DELIMITER)]
            ends = [int(s) for s in row["evidenceEnds:int[]"].split(ARRAY_DELIMITER)]
            assert len(sentences) == len(articles) == len(starts) == len(ends), path
            assert set(articles) <= set(row["articles:string[]"].split(ARRAY_DELIMITER)), path
            for sentence in sentences:
                assert not JOINED.search(sentence), sentence
            texts.update(zip(articles, sentences, strict=True))
    assert texts, "the seeds have evidence"
    # each sentence is one of its article's sentences, as published
    stored = {p.stem: published_text(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt")}
    for article, sentence in texts.items():
        assert sentence in stored[article], (article, sentence)


def test_shared_graphml_evidence_is_as_published(built: Path) -> None:
    graph = nx.read_graphml(built / "graph.graphml", force_multigraph=True)
    for *_, data in graph.edges(data=True):
        assert isinstance(data["weight"], int) and data["label"]
        for sentence in json.loads(data.get("evidence", "[]")):
            assert not JOINED.search(sentence), sentence
        assert len(json.loads(data.get("evidence", "[]"))) == len(json.loads(data.get("evidenceArticles", "[]")))
    for _, data in graph.nodes(data=True):
        for sentence in json.loads(data.get("evidence", "[]")):
            assert not JOINED.search(sentence), sentence


def test_shared_facts_fold_symmetric_predicates(seeds_build) -> None:
    facts = [f for f in aggregate_facts(seeds_build.graph) if {f.source, f.target} == {KIM, PUTIN}]
    met = [f for f in facts if f.predicate == "met"]
    assert len(met) == 1 and len(met[0].articles) == 4 and met[0].symmetric
    assert all(not f.symmetric for f in facts if f.predicate != "met")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Nhà_lãnh_đạo Kim_Jong-un", "Nhà lãnh đạo Kim Jong-un"), ("a_1 và x_y_z", "a_1 và x y z"),
     ("tên_ file", "tên_ file"), ("", ""), ("_Hà_Nội_", "_Hà Nội_"), ("a__b", "a__b"), ("Đà_Nẵng_2", "Đà Nẵng_2"),
     ("x_y", "x y"), ("_", "_"), ("U_23_Việt_Nam", "U_23_Việt Nam")],
)
def test_shared_published_text_keeps_length_and_true_underscores(text: str, expected: str) -> None:
    assert published_text(text) == expected and len(published_text(text)) == len(text)


def test_shared_sources_are_relative_to_the_folder_of_every_input() -> None:
    graph = nx.MultiDiGraph()
    for node, source in (("article/a", "/data/news/2019/a.txt"), ("article/b", "/data/news/2020/b.jsonl"),
                         ("person/x", None)):
        graph.add_node(node, kind="article" if source else "entity", source_file=source)
    assert shared_sources(graph) == {"article/a": "2019/a.txt", "article/b": "2020/b.jsonl"}
    single = nx.MultiDiGraph()
    single.add_node("article/c", kind="article", source_file="/data/articles.jsonl")
    assert shared_sources(single) == {"article/c": "articles.jsonl"}
