"""graph.graphml: legal GraphML that networkx reads back, deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg.export import graphml
from kg.model import Provenance

BASE = "https://kg.example.org/"
TRICKY = 'Kim "Jong-un" <b>&amp;</b> \\ } \'q\'\nline\ttab'


def _provenance(article: str, sentence: str, confidence: float = 0.8) -> Provenance:
    return Provenance(article, 2, sentence, 10, 10 + len(sentence), "rule", confidence)


def _graph(reverse: bool = False) -> nx.MultiDiGraph:
    nodes = [
        ("person/kim", dict(kind="entity", type="Person", label=TRICKY, aliases=("ông Kim", "Chủ tịch; Kim"),
                            same_as=(), mentions=4, articles=("a1", "a2"))),
        ("person/trump", dict(kind="entity", type="Person", label="Donald Trump", aliases=(), same_as=(),
                              mentions=1, articles=("a1",))),
        ("article/a1", dict(kind="article", type="Article", label="Tiêu đề", title="Tiêu đề", author=None,
                            url=None, published="2019-02-27", source_file="a1.txt", articles=("a1",))),
        ("event/meeting/1", dict(kind="event", type="Meeting", label="Meeting", date="2019-02-27", date_type="date",
                                 quote=None, items=("hoa",), planned=False, accepted=True, vehicle=None,
                                 evidence=(_provenance("a1", "Họ gặp nhau."),), articles=("a1",))),
    ]
    edges = [
        ("person/kim", "person/trump", dict(predicate="met", provenance=_provenance("a1", "Họ gặp nhau."))),
        ("person/kim", "person/trump", dict(predicate="met", provenance=_provenance("a2", "Kim gặp Trump.", 0.9))),
        ("article/a1", "person/kim", dict(predicate="mentions", provenance=None)),
        ("event/meeting/1", "person/kim", dict(predicate="participant", provenance=_provenance("a1", "Họ gặp."))),
    ]
    if reverse:
        nodes.reverse()
        edges.reverse()
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    return graph


def test_graphml_export_reads_back_with_networkx(tmp_path: Path) -> None:
    [path] = graphml.export(_graph(), tmp_path, BASE)
    assert path == tmp_path / "graph.graphml"
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.is_directed() and back.is_multigraph()
    assert back.number_of_nodes() == 4 and back.number_of_edges() == 3, "one edge per fact"
    kim = back.nodes["person/kim"]
    assert kim["label"] == TRICKY
    assert kim["iri"] == BASE + "person/kim"
    assert kim["mentions"] == 4
    assert json.loads(kim["aliases"]) == ["ông Kim", "Chủ tịch; Kim"]
    event = back.nodes["event/meeting/1"]
    assert event["planned"] is False and event["accepted"] is True
    assert json.loads(event["evidence"]) == ["Họ gặp nhau."] and json.loads(event["items"]) == ["hoa"]
    assert json.loads(event["evidenceArticles"]) == ["a1"]
    assert "quote" not in event, "None is left out"
    (met,) = back.get_edge_data("person/kim", "person/trump").values()
    assert (met["predicate"], met["label"], met["weight"], met["confidence"]) == ("met", "met", 2, 0.9)
    assert json.loads(met["evidence"]) == ["Họ gặp nhau.", "Kim gặp Trump."]
    assert json.loads(met["evidenceArticles"]) == ["a1", "a2"]
    assert json.loads(met["evidenceStarts"]) == [10, 10] and json.loads(met["evidenceEnds"]) == [22, 24]
    mention = next(iter(back.get_edge_data("article/a1", "person/kim").values()))
    assert mention == {"predicate": "mentions", "label": "mentions", "weight": 1, "articles": '["a1"]'}


def test_graphml_weights_count_articles_and_labels_read_as_words(tmp_path: Path) -> None:
    graph = _graph()
    for article in ("a1", "a1", "a3"):
        graph.add_edge("person/trump", "person/kim", predicate="gaveGiftTo",
                       provenance=_provenance(article, "Ông Trump tặng quà ông Kim."))
    graph.add_edge("person/trump", "person/kim", predicate="met", provenance=_provenance("a3", "Trump gặp Kim."))
    back = nx.read_graphml(graphml.export(graph, tmp_path, BASE)[0], force_multigraph=True)
    edges = {(u, v, d["predicate"]): d for u, v, d in back.edges(data=True)}
    gift = edges[("person/trump", "person/kim", "gaveGiftTo")]
    assert (gift["label"], gift["weight"]) == ("gave a gift to", 2)
    assert ("person/trump", "person/kim", "met") not in edges, "met is drawn once per pair"
    assert edges[("person/kim", "person/trump", "met")]["weight"] == 3


def test_graphml_has_no_segmentation_underscores_and_no_absolute_path(tmp_path: Path) -> None:
    graph = _graph()
    graph.nodes["article/a1"]["source_file"] = "/home/someone/corpus/a1.txt"
    graph.add_edge("person/kim", "person/trump", predicate="invited",
                   provenance=_provenance("a1", "Chủ_tịch Kim_Jong-un mời Tổng_thống Trump ."))
    graph.nodes["event/meeting/1"]["evidence"] = (_provenance("a1", "Hai nhà_lãnh_đạo gặp nhau ."),)
    text = graphml.export(graph, tmp_path, BASE)[0].read_text(encoding="utf-8")
    back = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    assert back.nodes["article/a1"]["source_file"] == "a1.txt"
    assert "/home/" not in text
    (invited,) = [d for d in back.get_edge_data("person/kim", "person/trump").values() if d["predicate"] == "invited"]
    assert json.loads(invited["evidence"]) == ["Chủ tịch Kim Jong-un mời Tổng thống Trump ."]
    assert json.loads(back.nodes["event/meeting/1"]["evidence"]) == ["Hai nhà lãnh đạo gặp nhau ."]


def test_graphml_export_is_deterministic(tmp_path: Path) -> None:
    first = graphml.export(_graph(), tmp_path / "one", BASE)[0]
    second = graphml.export(_graph(reverse=True), tmp_path / "two", BASE)[0]
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("<script>alert(1)</script> & co", "<script>alert(1)</script> & co"),
        ("nul\x00 and unit\x1f separator", "nul\ufffd and unit\ufffd separator"),
    ],
)
def test_graphml_text_survives_or_is_made_legal(tmp_path: Path, value: str, expected: str) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("person/x", kind="entity", type="Person", label=value, aliases=(value,), articles=())
    back = nx.read_graphml(graphml.export(graph, tmp_path, BASE)[0])
    assert back.nodes["person/x"]["label"] == expected
    assert json.loads(back.nodes["person/x"]["aliases"]) == [value]  # JSON escapes control characters


def test_graphml_gives_each_attribute_one_type(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", kind="entity", type="Person", label="A", mentions=3)
    graph.add_node("b", kind="entity", type="Person", label="B", mentions="many")
    back = nx.read_graphml(graphml.export(graph, tmp_path, BASE)[0])
    assert (back.nodes["a"]["mentions"], back.nodes["b"]["mentions"]) == ("3", "many")


def _mixed_graph() -> nx.MultiDiGraph:
    graph = _graph()
    graph.add_node("person/z", kind="entity", type="Person", label="Z\r\nwith\u2028breaks", mentions="many", planned="x")
    graph.add_node("event/meeting/2", kind="event", type="Meeting", label="M", planned=True, accepted=False)
    graph.add_edge("person/z", "person/kim", predicate="met", provenance=_provenance("a3", "Z gặp Kim."))
    graph.add_edge("person/z", "person/kim", predicate="memberOf", provenance=_provenance("a3", "Z của Kim."))
    return graph


@pytest.mark.parametrize("make", [_graph, _mixed_graph], ids=["plain", "mixed-types"])
def test_graphml_written_element_by_element_is_the_networkx_document(tmp_path: Path, make) -> None:
    graph = make()
    written = graphml.export(graph, tmp_path, BASE)[0].read_bytes()
    assert written == graphml.generate_graphml(graph, BASE).encode("utf-8")


def _render_with_elementtree(tag: str, attrib: dict[str, str], attributes: dict[str, object], keys) -> bytes:
    """How networkx's writer renders one element: ElementTree, indented at depth 2."""
    from xml.etree.ElementTree import Element, SubElement, tostring

    element = Element(tag, attrib)
    for name, value in attributes.items():
        SubElement(element, "data", key=f"@{keys.slot(name, tag, type(value))}").text = str(value)
    graphml._WRITER.indent(element, 2)
    element.tail = None
    return tostring(element)


@pytest.mark.parametrize(
    ("tag", "attrib", "attributes"),
    [
        ("node", {"id": "person/a"}, {"label": "Nguyễn Văn A", "mentions": 3}),
        ("node", {"id": 'quote"&<tag>\ttab\r\nline'}, {"label": "a & b < c > d \"e\" 'f'"}),
        ("node", {"id": "empty"}, {}),
        ("node", {"id": "blank"}, {"label": "", "aliases": "[]", "quote": ""}),
        ("edge", {"source": "a", "target": "b", "id": "0"}, {"weight": 2, "confidence": 0.75, "planned": True}),
        ("edge", {"source": "x", "target": "y", "id": "1"}, {"evidence": "line\nbreak\r and\ttab, ☃ and 𝄞"}),
    ],
)
def test_graphml_element_rendered_as_elementtree_renders_it(tag, attrib, attributes) -> None:
    expected = _render_with_elementtree(tag, attrib, attributes, graphml._Keys())
    assert graphml._render(tag, attrib, attributes, tag, graphml._Keys()) == expected
