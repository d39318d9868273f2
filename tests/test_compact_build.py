"""What a build holds per mention while it resolves and builds the graph: one copy of what
mentions share (names, units, evidence, the attributes of ``mentions`` edges), and no
reference cycles left for the collector once the resolver's work is done."""

from __future__ import annotations

import gc

import networkx as nx
import pytest

from kg.graph import MENTION_EDGE, article_node_id, build_graph
from kg.resolve import resolve
from kg.resolve.aliases import default_alias_table
from kg.resolve.units import Pending, assign_units, prepare
from test_resolve_support import Say, make_extraction

# Three articles naming the same people, so that names, units and evidence repeat.
ARTICLES = (
    ("b1", (Say("Donald_Trump", title="Tổng_thống Mỹ"), "gặp", Say("Kim_Jong-un"), ".", Say("Trump", honorific="ông"), "nói .")),
    ("b2", (Say("Kim_Jong-un"), "tiếp", Say("Donald_Trump"), "tại", Say("Hà_Nội", type="City"), ".")),
    ("b3", (Say("Donald_Trump"), "và", Say("Kim_Jong-un"), "rời", Say("Hà_Nội", type="City"), ".")),
)


def _extractions():
    return tuple(make_extraction(article_id, *pieces) for article_id, pieces in ARTICLES)


def _decisions_by_text(resolution):
    found: dict[str, list] = {}
    for decision in resolution.decisions:
        found.setdefault(decision.mention.text, []).append(decision)
    return found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Donald_Trump", 3),
        ("Kim_Jong-un", 3),
        ("Hà_Nội", 2),
    ],
)
def test_compact_mentions_of_one_name_share_name_and_unit(text, count):
    table = default_alias_table()
    mentions = [m for x in _extractions() for m in x.mentions if m.text == text]
    texts = {x.article.id: x.article.text for x in _extractions()}
    named = [prepare(m, texts, table) for m in mentions]
    assert len(named) == count
    assert len({id(n.name) for n in named}) == 1
    assert len({id(n.surface) for n in named if n.surface == named[0].surface}) == 1
    units = assign_units(named, table)
    assert len({id(n.unit) for n in named}) == 1
    assert list(units.full_units) == [named[0].unit]


@pytest.mark.parametrize(("text", "other"), [("Donald_Trump", "b2"), ("Kim_Jong-un", "b3")])
def test_compact_resolution_is_the_same_whatever_the_order_of_articles(text, other):
    forward = resolve(_extractions())
    backward = resolve(tuple(reversed(_extractions())))
    assert forward == backward
    assert any(d.mention.article_id == other for d in _decisions_by_text(forward)[text])


def test_compact_resolution_leaves_no_cycles_for_the_collector():
    extractions = _extractions()
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        resolution = resolve(extractions)
        found = gc.collect()
    finally:
        if enabled:
            gc.enable()
    assert len(resolution.entities) == 3
    assert found == 0


@pytest.mark.parametrize(("rejected", "expected"), [((), ()), ((("g", "reason"),), (("g", "reason"),))])
def test_compact_pending_decision_holds_no_list_of_its_own(rejected, expected):
    pending = Pending("exact-name", "why", 1.0, rejected)
    assert tuple(pending.rejected) == expected
    assert Pending("exact-name", "why", 1.0).rejected == ()


def _graph_with_plain_edges(extractions, resolution) -> nx.MultiDiGraph:
    """The graph as ``add_edge`` alone makes it: each mentions edge with attributes of its own."""
    graph = build_graph(extractions, resolution)
    plain = nx.MultiDiGraph()
    plain.add_nodes_from(graph.nodes(data=True))
    plain.add_edges_from((u, v, k, dict(d)) for u, v, k, d in graph.edges(keys=True, data=True))
    return plain


@pytest.mark.parametrize(
    ("article", "mentioned"),
    [
        ("b1", {"person/donald-trump", "person/kim-jong-un"}),
        ("b2", {"person/donald-trump", "person/kim-jong-un"}),
        ("b3", {"person/donald-trump", "person/kim-jong-un"}),
    ],
)
def test_compact_mentions_edges_share_one_record(article, mentioned):
    extractions = _extractions()
    resolution = resolve(extractions)
    graph = build_graph(extractions, resolution)
    node = article_node_id(article)
    edges = [(target, data) for _, target, data in graph.out_edges(node, data=True) if data["predicate"] == "mentions"]
    assert mentioned <= {target for target, _ in edges}
    assert all(data is MENTION_EDGE for _, data in edges)
    assert all(node in graph.pred[target] and graph.has_edge(node, target, 0) for target, _ in edges)
    assert nx.utils.graphs_equal(graph, _graph_with_plain_edges(extractions, resolution))
