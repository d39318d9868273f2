"""``kg query``: SPARQL 1.1 over an export through pyoxigraph (kg.sparql)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.export.turtle import export
from kg.model import Provenance
from kg.sparql import QueryError, run_query_text

BASE = "https://kg.example.org/"


@pytest.fixture()
def export_dir(tmp_path: Path) -> Path:
    graph = nx.MultiDiGraph()
    for node, label in (("person/putin", "Vladimir Putin"), ("person/kim", 'Kim "Jong-un"\nthứ hai')):
        graph.add_node(node, kind="entity", type="Person", label=label, aliases=(), same_as=(), mentions=3,
                       articles=("a1",))
    graph.add_node("country/nga", kind="entity", type="Country", label="Nga", aliases=(), same_as=(), mentions=1,
                   articles=("a1",))
    graph.add_node("article/a1", kind="article", type="Article", label="Tin", title="Tin", author=None, url=None,
                   published=None, source_file="x", articles=("a1",))
    evidence = Provenance("a1", 0, "Tổng_thống Nga Vladimir_Putin .", 0, 30, "rules", 0.9)
    graph.add_edge("person/putin", "country/nga", predicate="presidentOf", provenance=evidence)
    export(graph, tmp_path, BASE)
    return tmp_path


PEOPLE = "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name } ORDER BY ?name"


def test_sparql_table_lists_rows_with_a_count(export_dir: Path) -> None:
    table = run_query_text(export_dir / "graph.ttl", PEOPLE, "table")
    lines = table.splitlines()
    assert lines[0] == "name"
    assert set(lines[1]) == {"-"}
    # a newline inside a value must not break the table
    assert lines[2:] == ['Kim "Jong-un" thứ hai', "Vladimir Putin", "(2 rows)"]


def test_sparql_csv_is_sparql_results_csv(export_dir: Path) -> None:
    text = run_query_text(export_dir / "graph.ttl", PEOPLE, "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows == [["name"], ['Kim "Jong-un"\nthứ hai'], ["Vladimir Putin"]]


def test_sparql_json_is_sparql_results_json(export_dir: Path) -> None:
    result = json.loads(run_query_text(export_dir / "graph.ttl", PEOPLE, "json"))
    assert result["head"]["vars"] == ["name"]
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == ['Kim "Jong-un"\nthứ hai', "Vladimir Putin"]


def test_sparql_relative_iris_resolve_against_the_export_base(export_dir: Path) -> None:
    text = run_query_text(export_dir / "graph.ttl", "ASK { <person/putin> kg:presidentOf <country/nga> }", "table")
    assert text == "true\n"


def test_sparql_iris_show_prefixed_or_relative_in_tables(export_dir: Path) -> None:
    text = run_query_text(export_dir / "graph.ttl", "SELECT ?p ?post WHERE { ?p a kg:Person ; ?post <country/nga> }", "table")
    assert "<person/putin> | kg:presidentOf" in text


def test_sparql_ask_as_json(export_dir: Path) -> None:
    result = json.loads(run_query_text(export_dir / "graph.ttl", "ASK { ?x kg:met ?y }", "json"))
    assert result["boolean"] is False


def test_sparql_construct_gives_rdf(export_dir: Path) -> None:
    query = "CONSTRUCT { ?p kg:presidentOf ?c } WHERE { ?p kg:presidentOf ?c }"
    assert run_query_text(export_dir / "graph.ttl", query, "csv") == (
        f"<{BASE}person/putin> <https://kg.example.org/ontology#presidentOf> <{BASE}country/nga> .\n"
    )
    assert "kg:presidentOf" in run_query_text(export_dir / "graph.ttl", query, "table")


def test_sparql_trig_is_queried_as_the_union_of_its_graphs(export_dir: Path) -> None:
    table = run_query_text(export_dir / "graph.trig", "SELECT ?p WHERE { ?p kg:presidentOf ?c }", "csv")
    assert table.splitlines() == ["p", f"{BASE}person/putin"]
    named = run_query_text(export_dir / "graph.trig", "SELECT ?g WHERE { GRAPH ?g { ?p kg:presidentOf ?c } }", "csv")
    assert named.splitlines() == ["g", f"{BASE}article/a1"]


@pytest.mark.parametrize(
    ("query", "output_format", "message"),
    [
        ("SELEC ?x WHERE { ?x ?y ?z }", "table", "not valid SPARQL"),
        ("SELECT ?x WHERE { ?x foo:bar ?z }", "table", "not valid SPARQL"),
        (PEOPLE, "xml", "unknown output format 'xml'"),
    ],
)
def test_sparql_bad_query_or_format_raises_query_error(
    export_dir: Path, query: str, output_format: str, message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        run_query_text(export_dir / "graph.ttl", query, output_format)


def test_sparql_broken_graph_file_names_the_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text('@prefix kg: <https://kg.example.org/ontology#> .\n<a> kg:p "unterminated .\n', encoding="utf-8")
    with pytest.raises(QueryError, match=r"broken\.ttl: not valid Turtle.*line 2"):
        run_query_text(broken, PEOPLE)


def test_sparql_unknown_graph_suffix_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "graph.xyz"
    other.write_text("", encoding="utf-8")
    with pytest.raises(QueryError, match="unknown graph format"):
        run_query_text(other, PEOPLE)


def test_sparql_cli_query_from_file_and_text(export_dir: Path, tmp_path: Path) -> None:
    query_file = tmp_path / "people.rq"
    query_file.write_text(PEOPLE, encoding="utf-8")
    runner = CliRunner()
    from_file = runner.invoke(app, ["query", str(export_dir / "graph.ttl"), "-f", str(query_file), "--format", "csv"])
    assert from_file.exit_code == 0, from_file.output
    assert from_file.output.splitlines()[-1] == "Vladimir Putin"
    from_text = runner.invoke(app, ["query", str(export_dir / "graph.ttl"), "SELEC nothing"])
    assert from_text.exit_code == 2
    assert "not valid SPARQL" in from_text.output
