"""``kg serve``: a read-only SPARQL 1.1 endpoint on a loopback address.

The graph is loaded into a temporary Oxigraph store served by an ``oxigraph``
child process on a private loopback port; in front of it, on the address the
user asked for, a small HTTP gateway lets through only what a read-only
endpoint needs and guards it:

- a request whose ``Host`` is not the bound loopback name (or ``localhost``)
  is refused, so a web page cannot reach the endpoint by DNS rebinding;
- a query calling another endpoint (``SERVICE``) is refused: no outbound request;
- every query gets a result limit and a timeout; a query whose client leaves,
  or that runs over its time, is stopped (the child is restarted);
- updates and the graph store protocol are refused.

A guard process watches ``kg serve``: when it ends in any way, even killed
with SIGKILL, the guard stops the Oxigraph child and removes the temporary store.
"""

from __future__ import annotations

import contextlib
import http.client
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.rdf import PREFIXES
from kg.sparql import DEFAULT_TIMEOUT, QueryError, rdf_format, graph_base
from kg.sparql_text import DEFAULT_RESULT_LIMIT, QueryRefused, refuse_service, with_result_limit

#: Longest query text accepted, in bytes.
MAX_QUERY_BYTES = 1 << 20

#: Largest answer passed on, in bytes (a limited result is far smaller).
MAX_ANSWER_BYTES = 256 << 20

#: Paths of the query editor that the Oxigraph child serves.
EDITOR_PATHS = ("/", "/yasgui.min.js", "/yasgui.min.css", "/logo.svg")
QUERY_PATHS = ("/query", "/sparql")
LOOPBACK_NAMES = ("127.0.0.1", "::1", "localhost")

#: The example the editor opens with.
EDITOR_EXAMPLE = "SELECT ?person ?name WHERE {\n  ?person a kg:Person ; rdfs:label ?name .\n} LIMIT 20\n"


@dataclass(frozen=True)
class Limits:
    """How long a query may run (seconds) and how many results it may return."""

    timeout: float = DEFAULT_TIMEOUT
    results: int = DEFAULT_RESULT_LIMIT


@dataclass(frozen=True)
class Endpoint:
    """A running endpoint: where it answers, and the Oxigraph child behind it."""

    host: str
    port: int
    upstream: "_Upstream"
    guard: subprocess.Popen

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return f"{self.base_url}/query"

    @property
    def editor_url(self) -> str:
        """The query editor, opened with the export's prefixes declared and an example query."""
        prologue = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES)
        return f"{self.base_url}/?" + urllib.parse.urlencode({"query": prologue + EDITOR_EXAMPLE})

    @property
    def process(self) -> subprocess.Popen:
        """The Oxigraph child answering now."""
        return self.upstream.process

    @property
    def store(self) -> Path:
        return self.upstream.location


#: The editor page may load and ask only this endpoint (its prefix lookup would call prefix.cc).
EDITOR_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'"
)

# Oxigraph's editor takes its endpoint from the page's whole address, query string
# included, which breaks once the address carries a query to preload.
_EDITOR_ENDPOINT = (
    b"window.location.href.endsWith('/') ? window.location.href.slice(0, -1) : window.location.href"
)


def editor_page(page: bytes) -> bytes:
    """Oxigraph's editor page, asking the endpoint at the page's origin whatever its address holds."""
    return page.replace(_EDITOR_ENDPOINT, b"window.location.origin")


def oxigraph_command() -> str:
    """The path of the ``oxigraph`` server command installed with the ``oxigraph`` package."""
    beside_python = Path(sys.executable).with_name("oxigraph")
    if beside_python.is_file():
        return str(beside_python)
    found = shutil.which("oxigraph")
    if found is None:
        raise QueryError("the `oxigraph` server command is not installed; run `pip install oxigraph`")
    return found


def _free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Upstream:
    """The Oxigraph child serving the store read-only on a private loopback port."""

    def __init__(self, command: str, location: Path, limits: Limits, guard: subprocess.Popen) -> None:
        self.command = command
        self.location = location
        self.limits = limits
        self.guard = guard
        self.lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.port = 0

    def start(self, ready_timeout: float = 30.0) -> None:
        self.port = _free_loopback_port()
        # Oxigraph's own timeout stops a query a little after the gateway has given up on it.
        command = [
            self.command, "serve-read-only", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}",
            "--union-default-graph", "--timeout-s", str(max(1, int(self.limits.timeout) + 1)),
        ]
        self.process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        self._tell_guard(f"+{self.process.pid}")
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                message = self.process.stderr.read().decode("utf-8", "replace").strip()
                raise QueryError(f"the SPARQL server stopped at start ({message or 'no message'})")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise QueryError(f"the SPARQL server did not start within {ready_timeout:.0f} s")

    def restart(self, process: subprocess.Popen | None) -> None:
        """Stop the child (and with it every query it runs) and start a fresh one,
        unless another thread already replaced ``process``."""
        with self.lock:
            if self.process is not process:
                return
            self.stop()
            self.start()

    def stop(self) -> None:
        if self.process is not None:
            _stop(self.process)
            self._tell_guard(f"-{self.process.pid}")

    def _tell_guard(self, line: str) -> None:
        try:
            self.guard.stdin.write(f"{line}\n".encode())
            self.guard.stdin.flush()
        except (OSError, ValueError):
            pass  # the guard is gone: nothing more to tell it


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process.stderr is not None:
        process.stderr.close()


def _start_guard(location: Path) -> subprocess.Popen:
    """The guard: it removes ``location`` and stops the children it is told of when its
    standard input closes, which happens when this process ends, however it ends."""
    return subprocess.Popen(
        [sys.executable, "-m", "kg.endpoint_guard", str(location)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        start_new_session=True,  # Ctrl-C in the terminal must not stop it before kg serve's cleanup
    )


@contextlib.contextmanager
def running_endpoint(
    graph_path: Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    ready_timeout: float = 30.0,
    limits: Limits = Limits(),
) -> Iterator[Endpoint]:
    """Load ``graph_path`` into a temporary store and serve it read-only until the block ends."""
    graph_path = Path(graph_path)
    if not graph_path.is_file():
        raise QueryError(f"{graph_path}: no such file; build one with `kg build INPUT --out output`")
    rdf_format(graph_path)
    if host not in LOOPBACK_NAMES:
        raise QueryError(f"--host {host}: kg serve binds only a loopback address (127.0.0.1, ::1 or localhost)")
    command = oxigraph_command()
    try:
        gateway = _Gateway(host, port)
    except OSError as error:
        raise QueryError(
            f"cannot listen on {host}:{port} ({error.strerror}); is port {port} already in use? Choose another with --port"
        ) from None
    location = Path(tempfile.mkdtemp(prefix="kg-sparql-"))
    guard = _start_guard(location)
    upstream = _Upstream(command, location, limits, guard)
    try:
        load = [command, "load", "--location", str(location), "--file", str(graph_path)]
        base = graph_base(graph_path)
        if base:
            load += ["--base", base]
        loaded = subprocess.run(load, capture_output=True, text=True)
        if loaded.returncode != 0:
            raise QueryError(f"{graph_path}: the server could not load it: {loaded.stderr.strip()}")
        upstream.start(ready_timeout)
        endpoint = Endpoint(host, gateway.server_address[1], upstream, guard)
        gateway.configure(endpoint, limits)
        thread = threading.Thread(target=gateway.serve_forever, name="kg-serve", daemon=True)
        thread.start()
        try:
            yield endpoint
        finally:
            gateway.shutdown()
            thread.join()
    finally:
        gateway.server_close()
        upstream.stop()
        shutil.rmtree(location, ignore_errors=True)
        guard.stdin.close()
        guard.wait()


class _Gateway(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True  # a port in TIME_WAIT may be bound again; one with a listener may not

    def __init__(self, host: str, port: int) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), _Handler)
        self.endpoint: Endpoint | None = None
        self.limits = Limits()
        self.allowed_hosts: frozenset[str] = frozenset()

    def configure(self, endpoint: Endpoint, limits: Limits) -> None:
        self.endpoint = endpoint
        self.limits = limits
        bound = f"[{endpoint.host}]" if ":" in endpoint.host else endpoint.host
        self.allowed_hosts = frozenset({f"{bound}:{endpoint.port}", f"localhost:{endpoint.port}"})


class _Handler(BaseHTTPRequestHandler):
    server: _Gateway
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - the base class's name
        self._answer("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._answer("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse(403, "the endpoint is read-only")

    do_DELETE = do_PUT
    do_PATCH = do_PUT

    def _answer(self, method: str) -> None:
        host = (self.headers.get("Host") or "").strip().lower()
        if host not in self.server.allowed_hosts:
            self._refuse(403, f"Host '{host[:100]}' refused: use {sorted(self.server.allowed_hosts)[0]}")
            return
        path = urllib.parse.urlsplit(self.path).path
        if path in QUERY_PATHS:
            self._query(method)
        elif path in EDITOR_PATHS and method == "GET":
            self._editor_file()
        elif path in ("/update", "/store") or path.startswith("/store"):
            self._refuse(403, "the endpoint is read-only")
        else:
            self._refuse(404, "not found; query at /query")

    def _refuse(self, status: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _query_parameters(self, method: str) -> list[tuple[str, str]] | None:
        """The query and dataset parameters of the request, or None after refusing it."""
        parameters = urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query, keep_blank_values=True)
        if method == "POST":
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_QUERY_BYTES:
                self._refuse(413, f"query over {MAX_QUERY_BYTES:,} bytes")
                return None
            body = self.rfile.read(length).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind == "application/sparql-query":
                parameters.append(("query", body))
            elif kind == "application/x-www-form-urlencoded":
                parameters += urllib.parse.parse_qsl(body, keep_blank_values=True)
            else:
                self._refuse(415, "send the query as application/sparql-query or a form")
                return None
        if any(name in ("update", "using-graph-uri", "using-named-graph-uri") for name, _ in parameters):
            self._refuse(403, "the endpoint is read-only")
            return None
        queries = [value for name, value in parameters if name == "query"]
        if len(queries) != 1:
            self._refuse(400, "give exactly one query parameter")
            return None
        try:
            refuse_service(queries[0])
        except QueryRefused as refused:
            self._refuse(400, str(refused))
            return None
        limited = with_result_limit(queries[0], self.server.limits.results)
        return [("query", limited)] + [(n, v) for n, v in parameters if n in ("default-graph-uri", "named-graph-uri")]

    def _query(self, method: str) -> None:
        parameters = self._query_parameters(method)
        if parameters is None:
            return
        body = urllib.parse.urlencode(parameters).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if self.headers.get("Accept"):
            headers["Accept"] = self.headers["Accept"]
        answer = self._ask_upstream("POST", "/query", body, headers, self.server.limits.timeout)
        if answer is not None:
            self._pass_on(*answer)

    def _editor_file(self) -> None:
        path = urllib.parse.urlsplit(self.path).path
        answer = self._ask_upstream("GET", path, None, {}, 30.0)
        if answer is not None:
            status, headers, data = answer
            if path == "/" and status == 200:
                data = editor_page(data)
            self._pass_on(status, headers, data, EDITOR_POLICY)

    def _ask_upstream(
        self, method: str, path: str, body: bytes | None, headers: dict[str, str], timeout: float
    ) -> tuple[int, list[tuple[str, str]], bytes] | None:
        """The Oxigraph child's answer, or None when the query was stopped (and answered for)."""
        upstream = self.server.endpoint.upstream
        with upstream.lock:  # wait for a restart in progress to finish
            process, port = upstream.process, upstream.port
        answer: list[object] = []

        def fetch() -> None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout + 5)
            try:
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                data = response.read(MAX_ANSWER_BYTES + 1)
                answer.append((response.status, response.getheaders(), data))
            except (OSError, http.client.HTTPException) as error:
                answer.append(error)
            finally:
                connection.close()

        worker = threading.Thread(target=fetch, daemon=True)
        worker.start()
        deadline = time.monotonic() + timeout
        while worker.is_alive():
            worker.join(0.05)
            if not worker.is_alive():
                break
            if self._client_left():
                upstream.restart(process)
                self.close_connection = True
                return None
            if time.monotonic() > deadline:
                upstream.restart(process)
                self._refuse(503, f"the query ran for more than {timeout:g} s and was stopped; simplify it")
                return None
        result = answer[0]
        if isinstance(result, Exception):
            self._refuse(502, f"the SPARQL server failed ({result}); try again")
            return None
        status, response_headers, data = result
        if len(data) > MAX_ANSWER_BYTES:
            self._refuse(507, f"the answer is over {MAX_ANSWER_BYTES:,} bytes; ask for fewer results")
            return None
        return status, response_headers, data

    def _client_left(self) -> bool:
        """True when the client closed its connection while its query ran."""
        connection = self.connection
        try:
            readable, _, _ = select.select([connection], [], [], 0)
            if not readable:
                return False
            return connection.recv(1, socket.MSG_PEEK) == b""
        except OSError:
            return True

    def _pass_on(
        self, status: int, headers: list[tuple[str, str]], data: bytes, policy: str | None = None
    ) -> None:
        self.send_response(status)
        for name, value in headers:
            if name.lower() in ("content-type", "cache-control", "vary"):
                self.send_header(name, value)
        if policy:
            self.send_header("Content-Security-Policy", policy)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-KG-Result-Limit", str(self.server.limits.results))
        self.end_headers()
        self.wfile.write(data)


def serve_graph(
    graph_path: Path, host: str = "127.0.0.1", port: int = 7878, limits: Limits = Limits()
) -> None:
    """Serve ``graph_path`` as a read-only SPARQL endpoint until interrupted (Ctrl-C or SIGTERM)."""
    previous = signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        with running_endpoint(graph_path, host, port, limits=limits) as endpoint:
            print(f"SPARQL 1.1 endpoint (read-only): {endpoint.query_url}", flush=True)
            print(f"Query editor, kg: prefixes declared: {endpoint.editor_url}", flush=True)
            print(f"Each query: at most {limits.results:,} results and {limits.timeout:g} s. Stop with Ctrl-C.", flush=True)
            try:
                while True:
                    time.sleep(3600)
            except KeyboardInterrupt:
                pass
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(0)
