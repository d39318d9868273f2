"""``kg neo4j push`` and ``load.cypher`` against a real Bolt server.

The server is ArcadeDB (``arcadedb-embedded``), run in a child process so its
JVM never shares the test process; one server serves the whole module, and
each test loads into a database of its own.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest

from helpers import require_module  # noqa: E402

require_module("arcadedb_embedded", "install arcadedb-embedded (in the test extras): it runs the Bolt server")
neo4j_driver = require_module("neo4j")

from kg.export import neo4j  # noqa: E402
from kg.export.neo4j_push import PushError, push  # noqa: E402
from kg.model import Provenance  # noqa: E402

pytestmark = pytest.mark.bolt

BASE = "https://kg.example.org/"
PASSWORD = "kg-test-password"
DATABASES = ("counts", "names", "failure", "script", "pushed", "cli", "env", "long", "turtle", "seeds", "real")
TRICKY_NAMES = (
    'Kim "Jong-un"',
    "O'Brien \\ back\\slash",
    "close } brace {$rows} ${x}",
    "line one\nline two\r\nthree\ttab",
    "`backtick`) DETACH DELETE n //",
    "Nguyễn Phú Trọng; Tổng Bí thư",
)

SERVER_SCRIPT = r"""
import os, sys
from arcadedb_embedded.server import ArcadeDBServer
root, ready, password, http_port, bolt_port, *databases = sys.argv[1:]
server = ArcadeDBServer(
    root_path=root,
    root_password=password,
    jvm_kwargs={"heap_size": "512m"},
    config={
        "host": "127.0.0.1",
        "http_port": int(http_port),
        "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "bolt_port": int(bolt_port),
    },
)
server.start()
for name in databases:
    server.create_database(name)
with open(ready + ".tmp", "w") as handle:
    handle.write("ready")
os.replace(ready + ".tmp", ready)
sys.stdin.read()  # runs until the test process closes our stdin
server.stop()
os._exit(0)  # the embedded JVM can crash in interpreter shutdown; nothing is left to clean
"""


@dataclass(frozen=True)
class BoltServer:
    uri: str
    user: str
    password: str
    driver: object  # one neo4j.Driver for the checks of the whole module


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def bolt_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BoltServer]:
    root = tmp_path_factory.mktemp("arcadedb")
    ready = root / "ready"
    log_path = root / "server.log"
    bolt_port = _free_port()
    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-c", SERVER_SCRIPT, str(root / "data"), str(ready), PASSWORD,
             str(_free_port()), str(bolt_port), *DATABASES],
            stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, cwd=root,
        )
    try:
        deadline = time.monotonic() + 90
        while not ready.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                tail = log_path.read_text(errors="replace")[-3000:]
                pytest.fail(f"the ArcadeDB Bolt server did not start:\n{tail}")
            time.sleep(0.1)
        uri = f"bolt://127.0.0.1:{bolt_port}"
        with neo4j_driver.GraphDatabase.driver(uri, auth=("root", PASSWORD)) as driver:
            yield BoltServer(uri, "root", PASSWORD, driver)
    finally:
        if process.stdin:
            process.stdin.close()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _run(server: BoltServer, database: str, query: str, **parameters) -> list[dict]:
    with server.driver.session(database=database) as session:
        return [record.data() for record in session.run(query, parameters)]


def _counts(server: BoltServer, database: str) -> tuple[dict[str, int], dict[str, int]]:
    labels = _run(server, database, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c")
    types = _run(server, database, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c")
    return ({r["label"]: r["c"] for r in labels}, {r["t"]: r["c"] for r in types})


def _snapshot(server: BoltServer, database: str) -> tuple[list, list]:
    nodes = _run(server, database, "MATCH (n) RETURN n.iri AS iri, labels(n) AS labels, properties(n) AS p")
    rels = _run(server, database,
                "MATCH (a)-[r]->(b) RETURN a.iri AS a, type(r) AS t, b.iri AS b, properties(r) AS p")
    normalise = lambda rows: sorted(  # noqa: E731
        (repr({k: (sorted(v) if isinstance(v, list) and k == "labels" else v) for k, v in sorted(row.items())})
         for row in rows)
    )
    return normalise(nodes), normalise(rels)


def _provenance(article: str, sentence: str, confidence: float = 0.8) -> Provenance:
    return Provenance(article, 0, sentence, 0, len(sentence), "rule", confidence)


def _graph(names: tuple[str, ...] = ()) -> nx.MultiDiGraph:
    """People, places, an agency, two articles and a meeting, built by hand."""
    graph = nx.MultiDiGraph()

    def entity(node: str, node_type: str, name: str, aliases: tuple[str, ...] = ()) -> None:
        graph.add_node(node, kind="entity", type=node_type, label=name, aliases=aliases, same_as=(),
                       mentions=2, articles=("a1", "a2"))

    entity("person/kim", "Person", "Kim Jong-un", ("ông Kim", "Chủ tịch Kim Jong-un"))
    entity("person/trump", "Person", "Donald Trump")
    entity("person/peskov", "Person", "Dmitry Peskov")
    entity("country/vn", "Country", "Việt Nam")
    entity("city/hanoi", "City", "Hà Nội")
    entity("organization/kremlin", "Organization", "Điện Kremlin")
    entity("organization/kcna", "NewsAgency", "KCNA")
    for index, name in enumerate(names):
        entity(f"person/tricky-{index}", "Person", name, (name + " alias", "ji; ;"))
    for article in ("a1", "a2"):
        graph.add_node(f"article/{article}", kind="article", type="Article", label=f"Bài {article}",
                       title=f"Bài {article}", author=None, url=None, published="2019-02-27",
                       source_file=f"{article}.txt", articles=(article,))
    graph.add_node("event/meeting/1", kind="event", type="Meeting", label="Meeting: Kim, Trump",
                   date="2019-02-27", date_type="date", quote=None, items=(), planned=False, accepted=True,
                   vehicle=None, evidence=(_provenance("a1", "Họ gặp nhau tại Hà Nội."),), articles=("a1",))
    edges = [
        ("person/kim", "person/trump", "met", _provenance("a1", "Họ gặp nhau tại Hà Nội.")),
        ("person/trump", "person/kim", "met", _provenance("a2", "Trump gặp Kim.", 0.9)),
        ("person/peskov", "organization/kremlin", "spokespersonOf", _provenance("a2", "Người phát ngôn.")),
        ("city/hanoi", "country/vn", "locatedIn", _provenance("a1", "Hà Nội, Việt Nam.")),
        ("event/meeting/1", "person/kim", "participant", _provenance("a1", "Họ gặp nhau tại Hà Nội.")),
        ("event/meeting/1", "person/trump", "participant", _provenance("a1", "Họ gặp nhau tại Hà Nội.")),
        ("event/meeting/1", "city/hanoi", "place", _provenance("a1", "Họ gặp nhau tại Hà Nội.")),
        ("article/a2", "organization/kcna", "source", _provenance("a2", "Theo KCNA", 0.95)),
    ]
    edges += [("article/a1", node, "mentions", None) for node in ("person/kim", "person/trump", "city/hanoi")]
    edges += [("article/a2", node, "mentions", None) for node in ("person/kim", "person/peskov")]
    edges += [("article/a1", f"person/tricky-{i}", "mentions", None) for i in range(len(names))]
    for source, target, predicate, provenance in edges:
        graph.add_edge(source, target, predicate=predicate, provenance=provenance)
    return graph


EXPECTED_LABELS = {
    "Person": 3, "Location": 2, "Country": 1, "City": 1, "Organization": 2, "NewsAgency": 1,
    "Article": 2, "Event": 1, "Meeting": 1,
}
EXPECTED_TYPES = {"MET": 1, "SPOKESPERSON_OF": 1, "LOCATED_IN": 1, "PARTICIPANT": 2, "PLACE": 1, "SOURCE": 1,
                  "MENTIONS": 5}


def test_neo4j_push_counts_match_the_graph_and_a_second_push_changes_nothing(
    bolt_server: BoltServer, tmp_path: Path
) -> None:
    neo4j.export(_graph(), tmp_path, BASE)
    report = push(tmp_path, bolt_server.uri, bolt_server.user, bolt_server.password, "counts", batch_size=2)
    assert "pushed 10 nodes and 12 relationships" in report
    assert _counts(bolt_server, "counts") == (EXPECTED_LABELS, EXPECTED_TYPES)
    before = _snapshot(bolt_server, "counts")
    push(tmp_path, bolt_server.uri, bolt_server.user, bolt_server.password, "counts", batch_size=1000)
    assert _counts(bolt_server, "counts") == (EXPECTED_LABELS, EXPECTED_TYPES)
    assert _snapshot(bolt_server, "counts") == before
    met = _run(bolt_server, "counts", "MATCH (:Person)-[r:MET]->(:Person) RETURN r.articles AS a, r.confidence AS c, "
                                      "r.corroboration AS n, r.evidence AS e, r.evidenceArticles AS ea, "
                                      "r.evidenceStarts AS s, r.evidenceEnds AS x")
    assert met == [{"a": ["a1", "a2"], "c": 0.9, "n": 2, "e": ["Họ gặp nhau tại Hà Nội.", "Trump gặp Kim."],
                    "ea": ["a1", "a2"], "s": [0, 0], "x": [23, 14]}]
    kim = _run(bolt_server, "counts", "MATCH (n:Person {iri: $iri}) RETURN n.aliases AS a, n.mentions AS m",
               iri=BASE + "person/kim")
    assert kim == [{"a": ["ông Kim", "Chủ tịch Kim Jong-un"], "m": 2}]
    event = _run(bolt_server, "counts", "MATCH (e:Event:Meeting) RETURN e.date AS d, e.planned AS p, e.accepted AS a")
    assert event == [{"d": "2019-02-27", "p": False, "a": True}]


def test_neo4j_push_loads_names_with_quotes_backslashes_braces_intact(
    bolt_server: BoltServer, tmp_path: Path
) -> None:
    neo4j.export(_graph(TRICKY_NAMES), tmp_path, BASE)
    push(tmp_path, bolt_server.uri, bolt_server.user, bolt_server.password, "names")
    rows = _run(bolt_server, "names", "MATCH (n:Person) WHERE n.iri STARTS WITH $prefix RETURN n.name AS name, "
                                      "n.aliases AS aliases", prefix=BASE + "person/tricky-")
    assert sorted(r["name"] for r in rows) == sorted(TRICKY_NAMES)
    assert all(r["aliases"] == [r["name"] + " alias", "ji; ;"] for r in rows), rows
    labels, _ = _counts(bolt_server, "names")
    assert labels["Person"] == 3 + len(TRICKY_NAMES), "no injected text became a query"


def test_neo4j_push_failure_rolls_back_the_batch_and_says_where(bolt_server: BoltServer, tmp_path: Path) -> None:
    graph = _graph()
    graph.nodes["person/trump"]["label"] = "Kim Jong-un"  # will break a unique constraint on names
    neo4j.export(graph, tmp_path, BASE)
    _run(bolt_server, "failure", "CREATE CONSTRAINT FOR (n:Person) REQUIRE n.name IS UNIQUE")
    with pytest.raises(PushError) as failure:
        push(tmp_path, bolt_server.uri, bolt_server.user, bolt_server.password, "failure", batch_size=2)
    message = str(failure.value)
    # nodes.Article (1 batch), Event (1), Location.City (1), Location.Country (1), Organization (1),
    # Organization.NewsAgency (1), then Person rows kim, peskov | trump: the 8th batch fails
    assert "batch 8 of" in message and "nodes.Person.csv rows 3-3" in message, message
    assert "7 batches before it were committed" in message and "rolled back" in message
    people = _run(bolt_server, "failure", "MATCH (n:Person) RETURN n.iri AS iri")
    assert sorted(r["iri"] for r in people) == [BASE + "person/kim", BASE + "person/peskov"]
    assert _run(bolt_server, "failure", "MATCH ()-[r]->() RETURN count(r) AS c") == [{"c": 0}]


def _script_statements(folder: Path) -> list[str]:
    """load.cypher's statements, with file:/// pointing at ``folder`` (ArcadeDB reads absolute paths)."""
    script = (folder / "load.cypher").read_text(encoding="utf-8")
    code = "".join(line + "\n" for line in script.splitlines() if not line.startswith("//"))
    code = code.replace("'file:///", f"'file://{folder.as_posix()}/")
    return [statement.strip() for statement in code.split(";\n") if statement.strip()]


def test_neo4j_load_cypher_loads_the_same_graph_as_push_idempotently(
    bolt_server: BoltServer, tmp_path: Path
) -> None:
    neo4j.export(_graph(TRICKY_NAMES), tmp_path, BASE)
    statements = _script_statements(tmp_path / "neo4j")
    for _ in range(2):
        for statement in statements:
            _run(bolt_server, "script", statement)
        labels, types = _counts(bolt_server, "script")
        assert types == EXPECTED_TYPES | {"MENTIONS": 5 + len(TRICKY_NAMES)}
        assert labels == EXPECTED_LABELS | {"Person": 3 + len(TRICKY_NAMES)}
    push(tmp_path, bolt_server.uri, bolt_server.user, bolt_server.password, "pushed")
    # ArcadeDB's LOAD CSV reads CRLF inside a quoted field as LF (push keeps it: see the names test)
    crlf_as_lf = lambda rows: [row.replace("\\r\\n", "\\n") for row in rows]  # noqa: E731
    script_nodes, script_relationships = _snapshot(bolt_server, "script")
    pushed_nodes, pushed_relationships = _snapshot(bolt_server, "pushed")
    assert crlf_as_lf(script_nodes) == crlf_as_lf(pushed_nodes)
    assert script_relationships == pushed_relationships


def test_neo4j_push_command_line(bolt_server: BoltServer, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    neo4j.export(_graph(), tmp_path, BASE)
    arguments = ["neo4j", "push", str(tmp_path), "--uri", bolt_server.uri, "--user", bolt_server.user,
                 "--password", bolt_server.password, "--database", "cli", "--batch-size", "3"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 0, result.output
    assert "pushed 10 nodes and 12 relationships" in result.output
    assert _counts(bolt_server, "cli") == (EXPECTED_LABELS, EXPECTED_TYPES)
    wrong = CliRunner().invoke(app, arguments[:-4] + ["--password", "wrong-password", "--database", "cli"])
    assert wrong.exit_code == 2


def test_neo4j_push_takes_uri_user_password_and_database_from_the_environment(
    bolt_server: BoltServer, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    neo4j.export(_graph(), tmp_path, BASE)
    environment = {"NEO4J_URI": bolt_server.uri, "NEO4J_USERNAME": bolt_server.user,
                   "NEO4J_PASSWORD": bolt_server.password, "NEO4J_DATABASE": "env"}
    result = CliRunner().invoke(app, ["neo4j", "push", str(tmp_path)], env=environment)
    assert result.exit_code == 0, result.output
    assert f"to {bolt_server.uri} (database env)" in result.output
    assert _counts(bolt_server, "env") == (EXPECTED_LABELS, EXPECTED_TYPES)


def test_neo4j_push_loads_fields_longer_than_the_csv_reader_allows(bolt_server: BoltServer, tmp_path: Path) -> None:
    """A relationship told by many articles has a long evidence field (Python's csv stops at 128 KiB)."""
    graph = _graph()
    long_name = "Donald " + "Trump " * 40_000
    graph.nodes["person/trump"]["label"] = long_name
    sentence = "Kim met Trump. " * 20_000
    graph.add_edge("person/kim", "person/trump", predicate="met", provenance=_provenance("a2", sentence))
    neo4j.export(graph, tmp_path, BASE)
    assert max(len(line) for line in (tmp_path / "neo4j" / "nodes.Person.csv").read_text().splitlines()) > 200_000
    push(tmp_path, bolt_server.uri, bolt_server.user, bolt_server.password, "long")
    [row] = _run(bolt_server, "long", "MATCH (n:Person {iri: $iri}) RETURN n.name AS name", iri=BASE + "person/trump")
    assert row["name"] == long_name
    evidence = _run(bolt_server, "long", "MATCH (:Person)-[r:MET]->(:Person) RETURN r.evidence AS e")
    assert any(sentence.strip() in item for row in evidence for item in row["e"] or [])


def test_neo4j_push_from_a_turtle_export(bolt_server: BoltServer, tmp_path: Path) -> None:
    from kg.export import turtle

    [ttl] = [p for p in turtle.export(_graph(), tmp_path, BASE) if p.suffix == ".ttl"]
    report = push(ttl, bolt_server.uri, bolt_server.user, bolt_server.password, "turtle")
    assert "pushed 10 nodes and 12 relationships" in report
    assert _counts(bolt_server, "turtle") == (EXPECTED_LABELS, EXPECTED_TYPES)
    met = _run(bolt_server, "turtle", "MATCH (:Person)-[r:MET]->(:Person) RETURN r.articles AS a, r.confidence AS c")
    assert met == [{"a": ["a1", "a2"], "c": 0.9}]


#: What the vocabulary says each class is a kind of, for the expected labels.
PARENT_LABEL = {"Country": "Location", "City": "Location", "Region": "Location", "Facility": "Location",
                "NewsAgency": "Organization"}


def test_neo4j_push_of_the_seed_graph_matches_its_counts(bolt_server: BoltServer, tmp_path: Path) -> None:
    from collections import Counter

    from kg.pipeline import run_pipeline

    graph = run_pipeline([Path(__file__).parent.parent / "seeds"]).graph
    labels: Counter[str] = Counter()
    for _, data in graph.nodes(data=True):
        labels[data["type"]] += 1
        parent = "Event" if data["kind"] == "event" else PARENT_LABEL.get(data["type"])
        if parent:
            labels[parent] += 1
    distinct = {((min(s, t), max(s, t)) if d["predicate"] == "met" else (s, t), d["predicate"])
                for s, t, d in graph.edges(data=True)}
    assert distinct, "the seeds give relationships"
    types = Counter(neo4j.relationship_type(predicate) for _, predicate in distinct)
    neo4j.export(graph, tmp_path, BASE)
    push(tmp_path, bolt_server.uri, bolt_server.user, bolt_server.password, "seeds", batch_size=50)
    assert _counts(bolt_server, "seeds") == (dict(labels), dict(types))
