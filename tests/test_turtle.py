"""The Turtle, TriG and JSON-LD writer (kg.export.turtle): valid, stable, round-tripping."""

from __future__ import annotations

import os
import pickle
import random
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg.export.turtle import (
    TermRenderer,
    escape_string,
    export,
    generate_trig,
    generate_turtle,
    render_quads,
)
from kg.model import Provenance
from kg.rdf import XSD_STRING, Literal, graph_quads, graph_triples

BASE = "https://kg.example.org/"


def _graph(label: str = "Vladimir Putin", sentence: str = 'Ông Putin nói : " Tôi rất vui " .') -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node, type_name, name in (
        ("person/vladimir-putin", "Person", label),
        ("person/kim-jong-un", "Person", "Kim Jong-un"),
        ("location/nga", "Country", "Nga"),
        ("organization/tass", "NewsAgency", "TASS"),
    ):
        graph.add_node(node, kind="entity", type=type_name, label=name, aliases=(f"ông {name}",),
                       same_as=(), mentions=2, articles=("a1",))
    for article_id in ("a1", "a2"):
        graph.add_node(f"article/{article_id}", kind="article", type="Article", label=f"Tin {article_id}",
                       title=f"Tin {article_id}", author="Huyền Lê", url=None, published=None,
                       source_file="x", articles=(article_id,))
        graph.add_edge(f"article/{article_id}", "person/vladimir-putin", predicate="mentions", provenance=None)
    first = Provenance("a1", 3, sentence, 10, 60, "rules", 0.9)
    second = Provenance("a2", 1, "Tổng_thống Nga Putin gặp Kim_Jong-un .", 0, 40, "rules", 0.8)
    graph.add_edge("person/vladimir-putin", "location/nga", predicate="presidentOf", provenance=first)
    graph.add_edge("person/vladimir-putin", "location/nga", predicate="presidentOf", provenance=second)
    graph.add_edge("person/vladimir-putin", "person/kim-jong-un", predicate="met", provenance=second)
    graph.add_edge("article/a1", "organization/tass", predicate="source",
                   provenance=Provenance("a1", -1, "TASS", 70, 74, "structure", 0.95))
    graph.add_node("event/meeting/1", kind="event", type="Meeting", label="Meeting: Putin, Kim", date="--09-13",
                   date_type="gMonthDay", quote=None, items=(), planned=False, accepted=None, vehicle=None,
                   evidence=(first, second), articles=("a1", "a2"))
    graph.add_edge("event/meeting/1", "person/vladimir-putin", predicate="participant", provenance=first)
    graph.add_edge("event/meeting/1", "person/kim-jong-un", predicate="participant", provenance=second)
    return graph


def _rdflib_term(term):
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.lexical, lang=term.language)
        if term.datatype == XSD_STRING:
            return rdflib.Literal(term.lexical)
        return rdflib.Literal(term.lexical, datatype=rdflib.URIRef(term.datatype))
    return rdflib.URIRef(term)


def _expected(graph: nx.MultiDiGraph, base: str = BASE) -> rdflib.Graph:
    expected = rdflib.Graph()
    for triple in graph_triples(graph, base):
        expected.add(tuple(_rdflib_term(t) for t in triple))
    return expected


def _turtle(graph: nx.MultiDiGraph, base: str = BASE) -> str:
    union, _ = render_quads(graph_quads(graph, base), TermRenderer(base))
    return "\n".join(generate_turtle(union, base)) + "\n"


def test_turtle_export_writes_three_files(tmp_path: Path) -> None:
    written = export(_graph(), tmp_path, BASE)
    assert [p.name for p in written] == ["graph.ttl", "graph.trig", "graph.jsonld"]
    assert all(p.is_file() and p.stat().st_size > 0 for p in written)


def test_turtle_round_trips_through_rdflib(tmp_path: Path) -> None:
    graph = _graph()
    export(graph, tmp_path, BASE)
    parsed = rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert len(parsed) == len(graph_triples(graph, BASE))
    assert isomorphic(parsed, _expected(graph))


def test_turtle_parses_with_pyoxigraph_to_the_same_triples(tmp_path: Path) -> None:
    graph = _graph()
    export(graph, tmp_path, BASE)
    parsed = {str(t) for t in ox.parse(path=str(tmp_path / "graph.ttl"), format=ox.RdfFormat.TURTLE)}
    nt = rdflib.Graph()
    for triple in _expected(graph):
        nt.add(triple)
    again = {str(t) for t in ox.parse(nt.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)}
    assert parsed == again


def test_turtle_is_byte_identical_whatever_the_insertion_order(tmp_path: Path) -> None:
    graph = _graph()
    shuffled = nx.MultiDiGraph()
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(data=True))
    random.Random(3).shuffle(nodes)
    random.Random(4).shuffle(edges)
    shuffled.add_nodes_from(nodes)
    shuffled.add_edges_from(edges)
    export(graph, tmp_path / "one", BASE)
    export(graph, tmp_path / "two", BASE)
    export(shuffled, tmp_path / "three", BASE)
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        first = (tmp_path / "one" / name).read_bytes()
        assert first == (tmp_path / "two" / name).read_bytes()
        assert first == (tmp_path / "three" / name).read_bytes()


def test_turtle_starts_with_base_and_fixed_prefixes() -> None:
    lines = _turtle(_graph()).splitlines()
    assert lines[0] == f"@base <{BASE}> ."
    prefixes = [line.split()[1] for line in lines[1:10]]
    assert prefixes == ["dcterms:", "kg:", "owl:", "prov:", "rdf:", "rdfs:", "schema:", "skos:", "xsd:"]


def test_turtle_is_sorted_with_type_first() -> None:
    text = _turtle(_graph())
    subjects = [line.split(" ", 1)[0] for line in text.splitlines() if line.startswith("<")]
    assert subjects == sorted(subjects)
    assert "<person/vladimir-putin> a kg:Person ;" in text
    assert "<location/nga> a kg:Country, kg:Location ;" in text


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain", "plain"),
        ('say "hi"', 'say \\"hi\\"'),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines\r\n", "two\\nlines\\r\\n"),
        ("tab\there", "tab\\there"),
        ("bell\x07 null\x00 del\x7f", "bell\\u0007 null\\u0000 del\\u007F"),
        ("\b\f", "\\b\\f"),
        ("Tiếng Việt “ngoặc” ’", "Tiếng Việt “ngoặc” ’"),
    ],
)
def test_turtle_escape_string(text: str, escaped: str) -> None:
    assert escape_string(text) == escaped


@pytest.mark.parametrize(
    ("base", "node_id", "written"),
    [
        ("https://kg.example.org/", "person/kim-jong-un", "<person/kim-jong-un>"),
        ("https://kg.example.org/data/", "person/kim-jong-un", "<person/kim-jong-un>"),
        ("https://kg.example.org/data#", "person/kim-jong-un", "<https://kg.example.org/data#person/kim-jong-un>"),
        ("https://kg.example.org/", "person/../x", "<https://kg.example.org/person/../x>"),
        ("https://kg.example.org/", "urn:x/y", "<https://kg.example.org/urn:x/y>"),
    ],
)
def test_turtle_writes_relative_iris_only_when_they_resolve_back(base: str, node_id: str, written: str) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(node_id, kind="entity", type="Person", label="X", aliases=(), same_as=(), mentions=1, articles=())
    text = _turtle(graph, base)
    assert f"\n{written} a kg:Person ;" in text
    parsed = rdflib.Graph().parse(data=text, format="turtle")
    assert isomorphic(parsed, _expected(graph, base))
    assert {t.subject.value for t in ox.parse(text, format=ox.RdfFormat.TURTLE)} == {base + node_id}


@pytest.mark.parametrize("base", ["kg.example.org/", "https://kg.example.org/ x/", "<https://x/>"])
def test_turtle_rejects_a_base_that_is_not_an_absolute_iri(base: str, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="absolute IRI"):
        export(_graph(), tmp_path, base)


_NASTY = st.text(
    alphabet=st.one_of(
        st.sampled_from(['"', "\\", "\n", "\r", "\t", "'", "\x00", "\x7f", "\b", "\f", "\u2028", ":", "@", "^"]),
        st.characters(blacklist_categories=("Cs",)),
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_NASTY, sentence=_NASTY)
def test_turtle_escaping_round_trips_any_text(name: str, sentence: str) -> None:
    graph = _graph(label=name, sentence=sentence)
    text = _turtle(graph)
    parsed = rdflib.Graph().parse(data=text, format="turtle")
    assert isomorphic(parsed, _expected(graph))
    putin = ox.NamedNode(BASE + "person/vladimir-putin")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    values = {t.object.value for t in ox.parse(text, format=ox.RdfFormat.TURTLE) if t.subject == putin and t.predicate == label}
    assert values == {name}


@settings(max_examples=60, deadline=None)
@given(node_suffix=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20))
def test_turtle_any_node_id_becomes_a_valid_iri(node_suffix: str) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(f"person/{node_suffix}", kind="entity", type="Person", label="X", aliases=(), same_as=(),
                   mentions=1, articles=())
    text = _turtle(graph)
    assert len(list(ox.parse(text, format=ox.RdfFormat.TURTLE))) == 3
    assert isomorphic(rdflib.Graph().parse(data=text, format="turtle"), _expected(graph))


def test_turtle_trig_has_default_graph_and_one_graph_per_article(tmp_path: Path) -> None:
    graph = _graph()
    export(graph, tmp_path, BASE)
    quads = list(ox.parse(path=str(tmp_path / "graph.trig"), format=ox.RdfFormat.TRIG))
    names = {q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else None for q in quads}
    assert names == {None, BASE + "article/a1", BASE + "article/a2"}
    in_a2 = {(q.subject.value, q.predicate.value) for q in quads if q.graph_name == ox.NamedNode(BASE + "article/a2")}
    assert (BASE + "person/vladimir-putin", "https://kg.example.org/ontology#met") in in_a2
    assert (BASE + "organization/tass", "http://www.w3.org/2000/01/rdf-schema#label") not in in_a2
    dataset = rdflib.Dataset()
    dataset.parse(tmp_path / "graph.trig", format="trig")
    union = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, _expected(graph))


def test_turtle_trig_is_sorted_default_graph_first() -> None:
    graph = _graph()
    _, named = render_quads(graph_quads(graph, BASE), TermRenderer(BASE))
    lines = list(generate_trig(named, BASE))
    openings = [line for line in lines if line.endswith("{")]
    assert openings == ["{", "<article/a1> {", "<article/a2> {"]


def test_turtle_jsonld_holds_the_same_triples(tmp_path: Path) -> None:
    graph = _graph()
    export(graph, tmp_path, BASE)
    parsed = rdflib.Graph().parse(tmp_path / "graph.jsonld", format="json-ld")
    assert isomorphic(parsed, _expected(graph))
    oxigraph = list(ox.parse(path=str(tmp_path / "graph.jsonld"), format=ox.RdfFormat.JSON_LD))
    assert len(oxigraph) == len(graph_triples(graph, BASE))


def test_turtle_is_byte_identical_across_processes_with_different_hash_seeds(tmp_path: Path) -> None:
    pickled = tmp_path / "graph.pickle"
    pickled.write_bytes(pickle.dumps(_graph()))
    script = (
        "import pickle, sys; from pathlib import Path; from kg.export.turtle import export;"
        "export(pickle.loads(Path(sys.argv[1]).read_bytes()), Path(sys.argv[2]), sys.argv[3])"
    )
    for seed in ("1", "2"):
        subprocess.run(
            [sys.executable, "-c", script, str(pickled), str(tmp_path / seed), BASE],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
    for name in ("graph.ttl", "graph.trig", "graph.jsonld"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()


@pytest.mark.parametrize("spill_lines", [3, 10_000], ids=["sorted on disk in runs of 3", "sorted in memory"])
def test_turtle_streaming_export_equals_the_in_memory_documents(tmp_path: Path, monkeypatch, spill_lines: int) -> None:
    import kg.export.turtle as turtle
    from kg.export.turtle import generate_jsonld

    monkeypatch.setattr(turtle, "SPILL_LINES", spill_lines)
    monkeypatch.setattr(turtle, "RENDER_CACHE_TERMS", 5)
    graph = _graph(label='Vladimir "Vova"\tPutin\\', sentence="Dòng một\nDòng hai \x01 — “trích”")
    render = TermRenderer(BASE)
    union, named = render_quads(graph_quads(graph, BASE), render)
    expected = {
        "graph.ttl": "\n".join(generate_turtle(union, BASE)) + "\n",
        "graph.trig": "\n".join(generate_trig(named, BASE)) + "\n",
        "graph.jsonld": "\n".join(generate_jsonld(union, render)) + "\n",
    }
    export(graph, tmp_path, BASE)
    assert {p.name: p.read_text(encoding="utf-8") for p in sorted(tmp_path.iterdir())} == expected
