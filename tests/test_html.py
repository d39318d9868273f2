"""The HTML explorer's page, checked without a browser: data, escaping, offline, determinism."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from kg.export.html import (
    LARGE_GRAPH_NODES,
    aggregate_edges,
    check_offline,
    export,
    layout_positions,
    predicate_words,
    render_html,
    script_json,
    strip_remote_resources,
)
from kg.model import Provenance

SCRIPT = "<script>window.__pwned=1</script>"


def _provenance(article: str, sentence: str, start: int = 0, confidence: float = 0.8) -> Provenance:
    return Provenance(article, 0, sentence, start, start + len(sentence), "test", confidence)


def _entity(graph: nx.MultiDiGraph, node: str, type_: str, label: str, articles=("a1",), aliases=()):
    graph.add_node(node, kind="entity", type=type_, label=label, aliases=tuple(aliases), same_as=(),
                   mentions=len(articles), articles=tuple(articles))


def _article(graph: nx.MultiDiGraph, article: str, title: str) -> None:
    graph.add_node(f"article/{article}", kind="article", type="Article", label=title, title=title, author=None,
                   url=None, published=None, source_file=f"{article}.txt", articles=(article,))


def small_graph(order: int = 1) -> nx.MultiDiGraph:
    """A person holding a post, told by two articles; ``order`` reverses insertion order."""
    graph = nx.MultiDiGraph()
    nodes = [
        lambda: _article(graph, "a1", "Bài một"),
        lambda: _article(graph, "a2", f"Bài hai {SCRIPT}"),
        lambda: _entity(graph, "person/kim-jong-un", "Person", "Kim Jong-un", ("a1", "a2"), ("Kim", SCRIPT)),
        lambda: _entity(graph, "country/trieu-tien", "Country", "Triều Tiên", ("a1", "a2")),
    ]
    edges = [
        ("person/kim-jong-un", "country/trieu-tien", "leaderOf", _provenance("a1", "Câu một .")),
        ("person/kim-jong-un", "country/trieu-tien", "leaderOf", _provenance("a2", f"Câu {SCRIPT} .", 40)),
        ("person/kim-jong-un", "country/trieu-tien", "leaderOf", _provenance("a2", "Câu ba .", 90)),
        ("article/a1", "person/kim-jong-un", "mentions", None),
        ("article/a2", "person/kim-jong-un", "mentions", None),
    ]
    for add in nodes[::order]:
        add()
    for source, target, predicate, provenance in edges[::order]:
        graph.add_edge(source, target, predicate=predicate, provenance=provenance)
    return graph


def _page_data(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.DOTALL)
    assert found, "the page carries its data as JSON"
    return json.loads(found.group(1))


def test_html_export_writes_one_page(tmp_path):
    written = export(small_graph(), tmp_path, "https://kg.example.org/")
    assert written == [tmp_path / "graph.html"]
    page = written[0].read_text(encoding="utf-8")
    assert "vis.Network" in page and 'id="kg-search"' in page
    assert not list(tmp_path.glob(".graph.html.*"))  # no temporary file left behind


def test_html_render_is_byte_identical_whatever_the_insertion_order():
    first = render_html(small_graph(1), "https://kg.example.org/")
    assert render_html(small_graph(1), "https://kg.example.org/") == first
    assert render_html(small_graph(-1), "https://kg.example.org/") == first


def test_html_page_refers_to_nothing_remote():
    page = render_html(small_graph(), "https://kg.example.org/")
    check_offline(page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "bootstrap" not in page.lower()
    assert not re.search(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)


@pytest.mark.parametrize(
    "snippet",
    [
        '<link rel="stylesheet" href="https://cdn.example/x.css">',
        "<script src='http://cdn.example/x.js'></script>",
        '<img src=//cdn.example/x.png>',
        "<style>body { background: url( 'https://cdn.example/x.png') }</style>",
        "<style>@import 'x.css';</style>",
    ],
)
def test_html_check_offline_rejects_remote_resources(snippet):
    with pytest.raises(ValueError, match="offline"):
        check_offline(f"<html><head>{snippet}</head></html>")


def test_html_strip_remote_resources_removes_pyvis_cdn_links():
    page = (
        '<head><link href="https://cdn.jsdelivr.net/npm/bootstrap.min.css" rel="stylesheet" />'
        '<script src="https://cdn.jsdelivr.net/npm/bootstrap.bundle.min.js" crossorigin="anonymous"></script>'
        "<script>var x = 1;</script></head>"
    )
    stripped = strip_remote_resources(page)
    check_offline(stripped)
    assert "<script>var x = 1;</script>" in stripped


@pytest.mark.parametrize(
    "text",
    [SCRIPT, '<img src=x onerror="window.__pwned=1">', "</script><script>alert(1)</script>", "a & b", "<!--", "\u2028"],
)
def test_html_script_json_cannot_close_its_script_element(text):
    encoded = script_json({"text": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"text": text}


def test_html_untrusted_text_never_appears_as_markup():
    page = render_html(small_graph(), "https://kg.example.org/")
    assert SCRIPT not in page
    assert "window.__pwned" in page  # the text is there, escaped
    data = _page_data(page)
    assert SCRIPT in data["nodes"]["person/kim-jong-un"]["aliases"]


def test_html_content_security_policy_admits_exactly_the_page_scripts():
    page = render_html(small_graph(), "https://kg.example.org/")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1)
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy
    allowed = set(re.findall(r"'sha256-([^']+)'", policy))
    scripts = re.findall(r'<script(?: type="text/javascript")?>(.*?)</script>', page, re.DOTALL)
    assert len(scripts) == 4  # pyvis's helpers, vis-network, pyvis's drawing, the explorer
    assert scripts and {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts} == allowed


def test_html_aggregate_edges_counts_corroboration():
    edges = {(e.source, e.target, e.predicate): e for e in aggregate_edges(small_graph())}
    leader = edges[("person/kim-jong-un", "country/trieu-tien", "leaderOf")]
    assert leader.count == 3
    assert leader.articles == ("a1", "a2")
    assert [e["sentence"] for e in leader.evidence] == ["Câu một .", f"Câu {SCRIPT} .", "Câu ba ."]
    mention = edges[("article/a2", "person/kim-jong-un", "mentions")]
    assert (mention.count, mention.articles, mention.evidence) == (1, ("a2",), ())
    assert [e.id for e in aggregate_edges(small_graph())] == [f"e{i}" for i in range(3)]


def test_html_page_data_describes_nodes_types_and_articles():
    data = _page_data(render_html(small_graph(), "https://kg.example.org/"))
    person = data["nodes"]["person/kim-jong-un"]
    assert person["iri"] == "https://kg.example.org/person/kim-jong-un"
    assert (person["type"], person["mentions"], person["articles"]) == ("Person", 2, ["a1", "a2"])
    assert [t["name"] for t in data["types"]] == ["Country", "Person", "Article"]
    assert data["hiddenTypes"] == ["Article"]
    assert data["articles"]["a2"] == {"node": "article/a2", "title": f"Bài hai {SCRIPT}"}
    assert {p["name"]: p["words"] for p in data["predicates"]} == {"leaderOf": "leader of", "mentions": "mentions"}
    assert {e["to"] for e in data["deferredEdges"]} == {"person/kim-jong-un"}  # article links wait until shown


@pytest.mark.parametrize(
    ("predicate", "words"),
    [("presidentOf", "president of"), ("gaveGiftTo", "gave a gift to"), ("place", "took place in"),
     ("someNewRelation", "some new relation")],
)
def test_html_predicate_words(predicate, words):
    assert predicate_words(predicate) == words


def test_html_layout_is_deterministic_and_spreads_nodes():
    graph = nx.MultiDiGraph()
    for i in range(300):
        graph.add_node(f"n{i:03d}")
        if i:
            graph.add_edge(f"n{i:03d}", f"n{(i - 1) // 2:03d}")  # a binary tree
    positions = layout_positions(graph)
    assert positions == layout_positions(graph)
    assert len(set(positions.values())) == 300
    neighbours = [abs(complex(*positions[u]) - complex(*positions[v])) for u, v in graph.edges()]
    xs = [x for x, _ in positions.values()]
    assert sum(neighbours) / len(neighbours) < (max(xs) - min(xs)) / 4  # linked nodes end up near each other


def test_html_large_graph_turns_physics_off():
    graph = nx.MultiDiGraph()
    for i in range(LARGE_GRAPH_NODES + 1):
        _entity(graph, f"person/p{i}", "Person", f"P {i}")
    page = render_html(graph, "b/")
    assert _page_data(page)["large"] is True
    assert re.search(r'"physics": \{"enabled": false', page)
    small = render_html(small_graph(), "b/")
    assert re.search(r'"physics": \{"enabled": true', small)
