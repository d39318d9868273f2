"""``kg serve``: a read-only SPARQL 1.1 endpoint on 127.0.0.1, queried over real HTTP."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import networkx as nx
import pytest

from kg.export.turtle import export
from kg.sparql import QueryError, running_endpoint

BASE = "https://kg.example.org/"
COUNT_PEOPLE = (
    "PREFIX kg: <https://kg.example.org/ontology#> "
    "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Person }"
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture()
def turtle(tmp_path: Path) -> Path:
    graph = nx.MultiDiGraph()
    for node in ("person/a", "person/b", "person/c"):
        graph.add_node(node, kind="entity", type="Person", label=node[7:], aliases=(), same_as=(), mentions=1,
                       articles=())
    export(graph, tmp_path, BASE)
    return tmp_path / "graph.ttl"


def _get(url: str, query: str) -> dict:
    request = urllib.request.Request(
        url + "?" + urllib.parse.urlencode({"query": query}),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_serve_answers_sparql_over_http_and_refuses_updates(turtle: Path) -> None:
    port = _free_port()
    with running_endpoint(turtle, port=port) as endpoint:
        assert endpoint.query_url == f"http://127.0.0.1:{port}/query"
        result = _get(endpoint.query_url, COUNT_PEOPLE)
        assert result["results"]["bindings"][0]["n"]["value"] == "3"
        posted = urllib.request.Request(
            endpoint.query_url,
            data=COUNT_PEOPLE.encode(),
            headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(posted, timeout=10) as response:
            assert json.loads(response.read())["results"]["bindings"][0]["n"]["value"] == "3"
        update = urllib.request.Request(
            f"http://127.0.0.1:{port}/update",
            data=b"INSERT DATA { <urn:x> <urn:y> <urn:z> }",
            headers={"Content-Type": "application/sparql-update"},
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(update, timeout=10)
        assert refused.value.code == 403
        assert _get(endpoint.query_url, "ASK { <urn:x> ?p ?o }")["boolean"] is False
        process = endpoint.process
    assert process.poll() is not None
    assert not _port_open(port)


def _listening_addresses(port: int) -> set[str]:
    """Local IPv4 addresses (hex, as in /proc/net/tcp) listening on ``port``; IPv6 ones as "v6"."""
    found = set()
    for table, family in ((Path("/proc/net/tcp"), "v4"), (Path("/proc/net/tcp6"), "v6")):
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].split(":")
            if int(port_hex, 16) == port and fields[3] == "0A":
                found.add(address if family == "v4" else "v6")
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads the Linux socket table")
def test_serve_binds_only_to_loopback_by_default(turtle: Path) -> None:
    port = _free_port()
    with running_endpoint(turtle, port=port) as endpoint:
        assert endpoint.host == "127.0.0.1"
        assert _listening_addresses(port) == {"0100007F"}


def test_serve_reports_a_port_in_use(turtle: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(QueryError, match="port"):
            with running_endpoint(turtle, port=port, ready_timeout=10):
                pass


def test_serve_refuses_a_missing_graph(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no such file"):
        with running_endpoint(tmp_path / "nothing.ttl", port=_free_port()):
            pass


def test_serve_command_runs_until_terminated(turtle: Path) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "kg.cli", "serve", str(turtle), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        banner = server.stdout.readline()
        assert f"http://127.0.0.1:{port}/query" in banner
        result = _get(f"http://127.0.0.1:{port}/query", COUNT_PEOPLE)
        assert result["results"]["bindings"][0]["n"]["value"] == "3"
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=15)
        server.stdout.close()
        server.stderr.close()
    assert server.returncode == 0
    deadline = time.monotonic() + 5
    while _port_open(port) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _port_open(port)
