"""``kg neo4j push`` against a real server: the Neo4j that NEO4J_URI (with
NEO4J_USERNAME, NEO4J_PASSWORD and optionally NEO4J_DATABASE) names, or else
the ArcadeDB Bolt server the other Bolt tests start.

Everything it writes lives under a base IRI of its own, which is what it
counts and what it deletes afterwards; the rest of the database is untouched.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg.export import neo4j
from kg.export.neo4j_push import push
from kg.model import Provenance
from test_neo4j_push import BoltServer, bolt_server  # noqa: F401 - a fixture, used when NEO4J_URI is not set

pytestmark = [pytest.mark.neo4j]

NAME = 'O\'Brien "Kim" \\ } {$rows}\nline'


@pytest.fixture
def real_neo4j(request: pytest.FixtureRequest) -> Iterator[tuple[object, str | None, str, tuple[str, str, str]]]:
    """(driver, database, base IRI, (uri, user, password)) of the server to push into."""
    import neo4j as driver_module

    if os.environ.get("NEO4J_URI"):
        uri = os.environ["NEO4J_URI"]
        user = os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER", "neo4j")
        password = os.environ.get("NEO4J_PASSWORD", "")
        database = os.environ.get("NEO4J_DATABASE") or None
    else:
        server: BoltServer = request.getfixturevalue("bolt_server")
        uri, user, password, database = server.uri, server.user, server.password, "real"
    base = f"https://kg.test.invalid/{uuid.uuid4().hex}/"
    with driver_module.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        yield driver, database, base, (uri, user, password)
        driver.execute_query("MATCH (n) WHERE n.iri STARTS WITH $base DETACH DELETE n", base=base,
                             database_=database)


def _graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node, node_type, name in (("person/a", "Person", NAME), ("person/b", "Person", "B"),
                                  ("country/c", "Country", "C"), ("organization/d", "NewsAgency", "D")):
        graph.add_node(node, kind="entity", type=node_type, label=name, aliases=(name,), same_as=(), mentions=1,
                       articles=("a1",))
    graph.add_node("article/a1", kind="article", type="Article", label="T", title="T", author=None, url=None,
                   published=None, source_file="a1.txt", articles=("a1",))
    provenance = Provenance("a1", 0, "A met B.", 0, 8, "rule", 0.9)
    graph.add_edge("person/a", "person/b", predicate="met", provenance=provenance)
    graph.add_edge("person/b", "person/a", predicate="met", provenance=provenance)
    graph.add_edge("person/a", "country/c", predicate="visited", provenance=provenance)
    graph.add_edge("article/a1", "organization/d", predicate="source", provenance=provenance)
    graph.add_edge("article/a1", "person/a", predicate="mentions", provenance=None)
    return graph


def test_neo4j_real_server_push_counts_and_rerun(real_neo4j, tmp_path: Path) -> None:
    driver, database, base, (uri, user, password) = real_neo4j
    neo4j.export(_graph(), tmp_path, base)

    def counts() -> tuple[dict[str, int], dict[str, int]]:
        labels, _, _ = driver.execute_query(
            "MATCH (n) WHERE n.iri STARTS WITH $base UNWIND labels(n) AS l RETURN l, count(*) AS c",
            base=base, database_=database)
        types, _, _ = driver.execute_query(
            "MATCH (a)-[r]->() WHERE a.iri STARTS WITH $base RETURN type(r) AS t, count(*) AS c",
            base=base, database_=database)
        return {r["l"]: r["c"] for r in labels}, {r["t"]: r["c"] for r in types}

    expected = (
        {"Person": 2, "Location": 1, "Country": 1, "Organization": 1, "NewsAgency": 1, "Article": 1},
        {"MET": 1, "VISITED": 1, "SOURCE": 1, "MENTIONS": 1},
    )
    push(tmp_path, uri, user, password, database, batch_size=2)
    assert counts() == expected
    push(tmp_path, uri, user, password, database, batch_size=2)
    assert counts() == expected
    names, _, _ = driver.execute_query("MATCH (n:Person {iri: $iri}) RETURN n.name AS name", iri=base + "person/a",
                                       database_=database)
    assert [r["name"] for r in names] == [NAME]
