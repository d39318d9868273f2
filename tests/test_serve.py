"""``kg serve`` and ``kg query``: a read-only SPARQL 1.1 endpoint on 127.0.0.1, queried over
real HTTP, and locked down: no SERVICE (no outbound request), a timeout and a result
limit, a query stopped when its client leaves, DNS rebinding refused, and the
Oxigraph child and its temporary store gone whenever kg serve ends."""

from __future__ import annotations

import http.client
import json
import os
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
from helpers import interruptible, missing, require_module
from kg.endpoint import Limits, running_endpoint
from kg.sparql import QueryError, run_query_text

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


def test_serve_binds_only_to_loopback_by_default(turtle: Path) -> None:
    if not Path("/proc/net/tcp").exists():
        missing("/proc/net/tcp", "this test reads the Linux socket table")
    port = _free_port()
    with running_endpoint(turtle, port=port) as endpoint:
        assert endpoint.host == "127.0.0.1"
        assert _listening_addresses(port) == {"0100007F"}


def test_serve_reports_a_port_in_use(turtle: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(QueryError, match=f"is port {port} already in use"):
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
        editor = server.stdout.readline()
        assert editor.startswith(f"Query editor, kg: prefixes declared: http://127.0.0.1:{port}/?query=PREFIX")
        preloaded = urllib.parse.parse_qs(urllib.parse.urlsplit(editor.split(": ", 1)[1].strip()).query)["query"][0]
        assert "PREFIX kg: <https://kg.example.org/ontology#>" in preloaded
        assert _get(f"http://127.0.0.1:{port}/query", preloaded)["results"]["bindings"]
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


# --------------------------------------------------------------------------
# Locked down

#: Four patterns over a graph of about a thousand triples: 10^12 rows to count.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture()
def big_turtle(tmp_path: Path) -> Path:
    graph = nx.MultiDiGraph()
    for index in range(300):
        graph.add_node(f"person/p{index}", kind="entity", type="Person", label=f"P {index}", aliases=(), same_as=(),
                       mentions=1, articles=())
    export(graph, tmp_path, BASE)
    return tmp_path / "graph.ttl"


class _Listener:
    """A loopback socket that records every connection made to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.5)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/sparql"

    def connections(self) -> int:
        count = 0
        while True:
            try:
                connection, _ = self.socket.accept()
            except (TimeoutError, socket.timeout):
                return count
            connection.close()
            count += 1


SERVICE_QUERIES = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "select * where { ?x a ?t . service silent <{url}> { ?s ?p ?o } }",
    "PREFIX x: <{url}#>\nSELECT * WHERE {\n  # a comment\n  SeRvIcE x: { ?s ?p ?o }\n}",
    "SELECT * WHERE { VALUES ?e { <{url}> } SERVICE ?e { ?s ?p ?o } }",
]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_query_refuses_service_and_makes_no_outbound_request(turtle: Path, template: str) -> None:
    listener = _Listener()
    with pytest.raises(QueryError, match="SERVICE at line .* is refused"):
        run_query_text(turtle, template.replace("{url}", listener.url))
    assert listener.connections() == 0


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_serve_refuses_service_and_makes_no_outbound_request(turtle: Path, template: str) -> None:
    listener = _Listener()
    with running_endpoint(turtle, port=_free_port()) as endpoint:
        with pytest.raises(urllib.error.HTTPError) as refused:
            _get(endpoint.query_url, template.replace("{url}", listener.url))
        assert refused.value.code == 400
        assert "SERVICE at line" in refused.value.read().decode()
    assert listener.connections() == 0


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?s WHERE { ?s ?p "SERVICE <http://x/> { }" }',
        "SELECT ?service WHERE { ?service ?p ?o } # SERVICE <http://x/>",
        "PREFIX service: <urn:x#> SELECT ?s WHERE { ?s service:p ?o }",
    ],
)
def test_query_service_inside_a_literal_comment_or_name_is_no_service(turtle: Path, query: str) -> None:
    assert run_query_text(turtle, query).endswith("rows)\n")


def test_query_timeout_stops_a_long_query(big_turtle: Path) -> None:
    started = time.monotonic()
    with pytest.raises(QueryError, match=r"ran for more than 1 s and was stopped"):
        run_query_text(big_turtle, SLOW, timeout=1)
    assert time.monotonic() - started < 20


def test_query_result_limit_is_configurable(big_turtle: Path) -> None:
    query = "SELECT ?p WHERE { ?p a <https://kg.example.org/ontology#Person> } ORDER BY ?p"
    assert run_query_text(big_turtle, query, limit=7).endswith("(7 rows)\n")
    assert run_query_text(big_turtle, query + " LIMIT 3", limit=7).endswith("(3 rows)\n")
    assert run_query_text(big_turtle, query + " LIMIT 50", limit=7).endswith("(7 rows)\n")
    assert run_query_text(big_turtle, query).endswith("(300 rows)\n")


def test_serve_timeout_and_result_limit(big_turtle: Path) -> None:
    with running_endpoint(big_turtle, port=_free_port(), limits=Limits(timeout=1, results=5)) as endpoint:
        first = endpoint.process
        started = time.monotonic()
        with pytest.raises(urllib.error.HTTPError) as stopped:
            _get(endpoint.query_url, SLOW)
        assert stopped.value.code == 503 and "ran for more than 1 s" in stopped.value.read().decode()
        assert time.monotonic() - started < 20
        assert first.poll() is not None, "the Oxigraph child still runs the stopped query"
        people = _get(endpoint.query_url, "SELECT ?p WHERE { ?p a <https://kg.example.org/ontology#Person> }")
        assert len(people["results"]["bindings"]) == 5


def test_serve_stops_the_query_when_its_client_leaves(big_turtle: Path) -> None:
    with running_endpoint(big_turtle, port=_free_port(), limits=Limits(timeout=300)) as endpoint:
        first = endpoint.process
        body = urllib.parse.urlencode({"query": SLOW})
        with socket.create_connection(("127.0.0.1", endpoint.port)) as client:
            client.sendall(
                f"POST /query HTTP/1.1\r\nHost: 127.0.0.1:{endpoint.port}\r\n"
                f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n{body}".encode()
            )
            time.sleep(1)
        first.wait(timeout=20)
        deadline = time.monotonic() + 20
        while endpoint.process is first and time.monotonic() < deadline:
            time.sleep(0.05)  # the child is stopped, then a fresh one started
        assert endpoint.process is not first and endpoint.process.poll() is None
        assert _get(endpoint.query_url, COUNT_PEOPLE)["results"]["bindings"][0]["n"]["value"] == "300"


def _status_with_host(port: int, host: str | None) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest("GET", "/query?" + urllib.parse.urlencode({"query": "ASK {}"}), skip_host=True)
        if host is not None:
            connection.putheader("Host", host)
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("{bound}", 200),
        ("localhost:{port}", 200),
        ("attacker.example:{port}", 403),
        ("attacker.example", 403),
        ("127.0.0.1", 403),
        ("127.0.0.1:1", 403),
        ("127.0.0.1.nip.io:{port}", 403),
        (None, 403),
    ],
)
def test_serve_refuses_a_foreign_host_header(turtle: Path, host: str | None, status: int) -> None:
    port = _free_port()
    with running_endpoint(turtle, port=port) as endpoint:
        value = None if host is None else host.format(bound=f"127.0.0.1:{port}", port=port)
        assert _status_with_host(endpoint.port, value) == status


def test_serve_refuses_to_bind_a_public_address(turtle: Path) -> None:
    with pytest.raises(QueryError, match="binds only a loopback address"):
        with running_endpoint(turtle, host="0.0.0.0", port=_free_port()):
            pass


def test_serve_query_editor_is_served_from_the_endpoint(turtle: Path) -> None:
    with running_endpoint(turtle, port=_free_port()) as endpoint:
        with urllib.request.urlopen(endpoint.editor_url, timeout=10) as response:
            page = response.read().decode()
        assert "yasgui" in page.lower()
        with urllib.request.urlopen(endpoint.base_url + "/yasgui.min.js", timeout=10) as response:
            assert response.status == 200


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[-1].startswith("Z"))


@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT", "SIGKILL"])
def test_serve_child_and_store_never_outlive_kg_serve(turtle: Path, how: str) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "kg.cli", "serve", str(turtle), "--port", str(port)]
    server = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, preexec_fn=interruptible
    )
    try:
        assert "/query" in server.stdout.readline()
        children = [
            int(pid) for pid in Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        ]
        oxigraph = [pid for pid in children if "oxigraph" in Path(f"/proc/{pid}/cmdline").read_bytes().decode()]
        [child] = oxigraph
        cmdline = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
        store = Path(cmdline[cmdline.index(b"--location") + 1].decode())
        assert store.is_dir()
        server.send_signal(getattr(signal, how))
        server.wait(timeout=20)
        deadline = time.monotonic() + 10
        while (_alive(child) or store.exists()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child), "the Oxigraph child outlived kg serve"
        assert not store.exists(), "the temporary store was left behind"
        assert not _port_open(port)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
        server.stdout.close()


@pytest.mark.browser
def test_serve_query_editor_in_chromium_runs_the_preloaded_query_and_calls_nothing_else(turtle: Path) -> None:
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        missing("Debian's chromium at /usr/bin/chromium", "apt-get install chromium (.ci/run does)")
    sync_api = require_module("playwright.sync_api", "install playwright (in the test extras)")
    with running_endpoint(turtle, port=_free_port()) as endpoint:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
            )
            try:
                page = browser.new_page()
                requests: list[str] = []
                page.on("request", lambda request: requests.append(request.url))
                page.goto(endpoint.editor_url)
                page.wait_for_selector(".yasqe_queryButton")
                editor = page.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.getValue()")
                assert "PREFIX kg: <https://kg.example.org/ontology#>" in editor
                page.click(".yasqe_queryButton")
                page.wait_for_selector("text=3 results", timeout=20_000)
            finally:
                browser.close()
        assert requests and all(url.startswith(endpoint.base_url + "/") for url in requests), requests
        assert endpoint.base_url + "/sparql" in requests


def test_query_never_outlives_a_killed_kg_query(big_turtle: Path) -> None:
    command = [sys.executable, "-m", "kg.cli", "query", str(big_turtle), SLOW, "--timeout", "600"]
    query = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        children_file = Path(f"/proc/{query.pid}/task/{query.pid}/children")
        deadline = time.monotonic() + 60
        children: list[int] = []
        while not children and time.monotonic() < deadline:
            time.sleep(0.1)
            children = [int(pid) for pid in children_file.read_text().split()] if children_file.exists() else []
        [child] = children
        time.sleep(0.5)  # the query is running in the child
        query.kill()
        query.wait(timeout=10)
        deadline = time.monotonic() + 10
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child), "the query went on after kg query was killed"
    finally:
        if query.poll() is None:
            query.kill()
            query.wait()
