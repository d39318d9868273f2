"""SPARQL 1.1 over an export, with Oxigraph: one-off queries and a read-only HTTP endpoint.

Queries may use the export's prefixes (``kg:``, ``rdfs:``, ``prov:``…) without
declaring them, and IRIs relative to the export's ``@base``
(``<person/kim-jong-un>``). A TriG export is queried as the union of its
graphs unless the query names a graph.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.rdf import PREFIXES

OUTPUT_FORMATS = ("table", "csv", "json")

_FORMATS_BY_SUFFIX = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
_BASE_LINE = re.compile(rb"^\s*@base\s+<([^>]*)>\s*\.", re.MULTILINE)


class QueryError(Exception):
    """A query that cannot run: bad graph file, bad query text, unknown format."""


def load_store(graph_path: Path) -> ox.Store:
    """An in-memory Oxigraph store holding the export at ``graph_path``."""
    graph_path = Path(graph_path)
    rdf_format = _rdf_format(graph_path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(graph_path), format=rdf_format, base_iri=graph_base(graph_path))
    except SyntaxError as error:
        raise QueryError(f"{graph_path}: not valid {rdf_format.name}: {error}; rebuild it with `kg build`") from error
    except OSError as error:
        raise QueryError(f"{graph_path}: cannot read it ({error})") from error
    return store


def graph_base(graph_path: Path) -> str | None:
    """The ``@base`` an export declares in its first lines, if any."""
    with open(graph_path, "rb") as handle:
        head = handle.read(4096)
    match = _BASE_LINE.search(head)
    return match.group(1).decode("utf-8") if match else None


def _rdf_format(graph_path: Path) -> ox.RdfFormat:
    rdf_format = _FORMATS_BY_SUFFIX.get(graph_path.suffix.lower())
    if rdf_format is None:
        known = ", ".join(sorted(_FORMATS_BY_SUFFIX))
        raise QueryError(f"{graph_path}: unknown graph format '{graph_path.suffix}'; use one of {known}")
    return rdf_format


def run_query(store: ox.Store, sparql: str, base: str | None = None):
    """Run ``sparql`` on ``store`` with the export prefixes predeclared; QueryError on a bad query."""
    try:
        return store.query(
            sparql,
            prefixes=dict(PREFIXES),
            base_iri=base,
            use_default_graph_as_union=True,
        )
    except SyntaxError as error:
        raise QueryError(f"the query is not valid SPARQL 1.1: {error}") from error
    except OSError as error:
        raise QueryError(f"the query failed: {error}") from error


def run_query_text(graph_path: Path, sparql: str, output_format: str = "table") -> str:
    """Run ``sparql`` over the export at ``graph_path``; the result as a table, CSV or JSON.

    SELECT results use the SPARQL 1.1 CSV and JSON result formats; ASK gives
    a boolean; CONSTRUCT and DESCRIBE give Turtle (table), N-Triples (csv)
    or JSON-LD (json).
    """
    if output_format not in OUTPUT_FORMATS:
        raise QueryError(f"unknown output format '{output_format}'; use one of {', '.join(OUTPUT_FORMATS)}")
    graph_path = Path(graph_path)
    base = graph_base(graph_path)
    results = run_query(load_store(graph_path), sparql, base)
    if isinstance(results, ox.QuerySolutions):
        if output_format == "table":
            return format_table(results, base)
        return _decode(results.serialize(format=_results_format(output_format)))
    if isinstance(results, ox.QueryBoolean):
        if output_format == "table":
            return ("true" if bool(results) else "false") + "\n"
        return _decode(results.serialize(format=_results_format(output_format)))
    rdf_format = {"table": ox.RdfFormat.TURTLE, "csv": ox.RdfFormat.N_TRIPLES, "json": ox.RdfFormat.JSON_LD}[output_format]
    prefixes = dict(PREFIXES) if rdf_format is ox.RdfFormat.TURTLE else None
    return _decode(ox.serialize(results, format=rdf_format, prefixes=prefixes))


def _results_format(output_format: str) -> ox.QueryResultsFormat:
    return ox.QueryResultsFormat.CSV if output_format == "csv" else ox.QueryResultsFormat.JSON


def _decode(data: bytes | None) -> str:
    text = (data or b"").decode("utf-8")
    return text if text.endswith("\n") else text + "\n"


def solution_rows(results: ox.QuerySolutions, base: str | None = None) -> tuple[list[str], list[list[str]]]:
    """Variable names and rows of short display strings (see :func:`display_term`)."""
    names = [variable.value for variable in results.variables]
    rows = [[display_term(solution[name], base) for name in names] for solution in results]
    return names, rows


def display_term(value: object, base: str | None = None) -> str:
    """A term as a person reads it: literal values bare, IRIs prefixed or relative to ``base``."""
    if value is None:
        return ""
    if isinstance(value, ox.Literal):
        return " ".join(value.value.split()) if "\n" in value.value or "\r" in value.value else value.value
    if isinstance(value, ox.NamedNode):
        iri = value.value
        for prefix, namespace in PREFIXES:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace):]}"
        if base and iri.startswith(base) and len(iri) > len(base):
            return f"<{iri[len(base):]}>"
        return f"<{iri}>"
    return str(value)


def format_table(results: ox.QuerySolutions, base: str | None = None) -> str:
    """SELECT results as an aligned text table with a row count."""
    names, rows = solution_rows(results, base)
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, name in enumerate(names)]
    lines = [" | ".join(name.ljust(width) for name, width in zip(names, widths)).rstrip()]
    lines.append("-+-".join("-" * width for width in widths))
    lines.extend(" | ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows)
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# HTTP endpoint


@dataclass(frozen=True)
class Endpoint:
    """A running read-only SPARQL endpoint."""

    host: str
    port: int
    process: subprocess.Popen

    @property
    def query_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/query"


def oxigraph_command() -> str:
    """The path of the ``oxigraph`` server command installed with the ``oxigraph`` package."""
    beside_python = Path(sys.executable).with_name("oxigraph")
    if beside_python.is_file():
        return str(beside_python)
    found = shutil.which("oxigraph")
    if found is None:
        raise QueryError("the `oxigraph` server command is not installed; run `pip install oxigraph`")
    return found


@contextlib.contextmanager
def running_endpoint(
    graph_path: Path, host: str = "127.0.0.1", port: int = 7878, ready_timeout: float = 30.0
) -> Iterator[Endpoint]:
    """Load ``graph_path`` into a temporary store and serve it read-only until the block ends.

    The server answers SPARQL 1.1 queries at ``/query`` (GET or POST) and has
    no update service: it opens the store read-only.
    """
    graph_path = Path(graph_path)
    if not graph_path.is_file():
        raise QueryError(f"{graph_path}: no such file; build one with `kg build INPUT --out output`")
    _rdf_format(graph_path)
    command = oxigraph_command()
    with tempfile.TemporaryDirectory(prefix="kg-sparql-") as location:
        load = [command, "load", "--location", location, "--file", str(graph_path)]
        base = graph_base(graph_path)
        if base:
            load += ["--base", base]
        loaded = subprocess.run(load, capture_output=True, text=True)
        if loaded.returncode != 0:
            raise QueryError(f"{graph_path}: the server could not load it: {loaded.stderr.strip()}")
        serve = [command, "serve-read-only", "--location", location, "--bind", _bind(host, port), "--union-default-graph"]
        with tempfile.TemporaryFile() as log:
            process = subprocess.Popen(serve, stdout=subprocess.DEVNULL, stderr=log)
            endpoint = Endpoint(host, port, process)
            try:
                _wait_until_ready(endpoint, ready_timeout, log)
                yield endpoint
            finally:
                _stop(process)


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _wait_until_ready(endpoint: Endpoint, timeout: float, log) -> None:
    probe = endpoint.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if endpoint.process.poll() is not None:
            log.seek(0)
            stderr = log.read().decode("utf-8", "replace")
            raise QueryError(
                f"the SPARQL server stopped at start ({stderr.strip() or 'no message'}); "
                f"is port {endpoint.port} already in use? Choose another with --port"
            )
        try:
            with urllib.request.urlopen(probe, timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.05)
    raise QueryError(f"the SPARQL server did not answer on {endpoint.query_url} within {timeout:.0f} s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def serve_graph(graph_path: Path, host: str = "127.0.0.1", port: int = 7878) -> None:
    """Serve ``graph_path`` as a read-only SPARQL endpoint until interrupted (Ctrl-C or SIGTERM)."""
    previous = signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        with running_endpoint(graph_path, host, port) as endpoint:
            print(f"SPARQL 1.1 endpoint (read-only): {endpoint.query_url}", flush=True)
            print("Stop with Ctrl-C.", flush=True)
            try:
                endpoint.process.wait()
            except KeyboardInterrupt:
                pass
            if endpoint.process.returncode not in (None, 0, -signal.SIGTERM):
                raise QueryError(f"the SPARQL server stopped with exit code {endpoint.process.returncode}")
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(0)
