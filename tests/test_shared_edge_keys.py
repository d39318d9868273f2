"""The keys of an article's ``mentions`` edges, one dict shared by all of them (kg.graph), and
a dict of their own for the edges of a pair given a second edge."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.graph import MENTION_EDGE, MENTION_EDGE_KEYS, _add_mention_edge, _own_edge_keys


def _mentioned(*articles: str) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("agency/ttxvn")
    for article in articles:
        graph.add_node(article)
        _add_mention_edge(graph, article, "agency/ttxvn")
    return graph


@pytest.mark.parametrize("credited", ["article/k1", "article/k2", "article/k3"])
def test_shared_edge_keys_second_edge_gets_keys_of_its_own(credited):
    graph = _mentioned("article/k1", "article/k2", "article/k3")
    assert all(graph._succ[a]["agency/ttxvn"] is MENTION_EDGE_KEYS for a in ("article/k1", "article/k2", "article/k3"))
    _own_edge_keys(graph, credited, "agency/ttxvn")
    graph.add_edge(credited, "agency/ttxvn", predicate="source", provenance=None)
    for article in ("article/k1", "article/k2", "article/k3"):
        edges = graph.get_edge_data(article, "agency/ttxvn")
        expected = {0: MENTION_EDGE, 1: {"predicate": "source", "provenance": None}} if article == credited else {0: MENTION_EDGE}
        assert edges == expected
    assert MENTION_EDGE_KEYS == {0: MENTION_EDGE}
