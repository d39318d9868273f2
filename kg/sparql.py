"""SPARQL 1.1 over an export, with Oxigraph: one-off queries and a read-only HTTP endpoint.

Queries may use the export's prefixes (``kg:``, ``rdfs:``, ``prov:``…) without
declaring them, and IRIs relative to the export's ``@base``
(``<person/kim-jong-un>``). A TriG export is queried as the union of its
graphs unless the query names a graph.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
from pathlib import Path

import pyoxigraph as ox

from kg.rdf import PREFIXES
from kg.sparql_text import DEFAULT_RESULT_LIMIT, QueryRefused, refuse_service, with_result_limit

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
    graph_format = rdf_format(graph_path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(graph_path), format=graph_format, base_iri=graph_base(graph_path))
    except SyntaxError as error:
        raise QueryError(f"{graph_path}: not valid {graph_format.name}: {error}; rebuild it with `kg build`") from error
    except OSError as error:
        raise QueryError(f"{graph_path}: cannot read it ({error})") from error
    return store


def graph_base(graph_path: Path) -> str | None:
    """The ``@base`` an export declares in its first lines, if any."""
    with open(graph_path, "rb") as handle:
        head = handle.read(4096)
    match = _BASE_LINE.search(head)
    return match.group(1).decode("utf-8") if match else None


def rdf_format(graph_path: Path) -> ox.RdfFormat:
    """The RDF format of an export, from its suffix; QueryError for an unknown one."""
    found = _FORMATS_BY_SUFFIX.get(graph_path.suffix.lower())
    if found is None:
        known = ", ".join(sorted(_FORMATS_BY_SUFFIX))
        raise QueryError(f"{graph_path}: unknown graph format '{graph_path.suffix}'; use one of {known}")
    return found


def run_query(store: ox.Store, sparql: str, base: str | None = None):
    """Run ``sparql`` on ``store`` with the export prefixes predeclared; QueryError on a bad
    query or one that calls another endpoint (``SERVICE``)."""
    try:
        refuse_service(sparql)
    except QueryRefused as refused:
        raise QueryError(str(refused)) from None
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


#: Seconds a query of ``kg query`` or ``kg serve`` may run, by default.
DEFAULT_TIMEOUT = 60.0


def run_query_text(
    graph_path: Path,
    sparql: str,
    output_format: str = "table",
    *,
    timeout: float | None = DEFAULT_TIMEOUT,
    limit: int | None = DEFAULT_RESULT_LIMIT,
) -> str:
    """Run ``sparql`` over the export at ``graph_path``; the result as a table, CSV or JSON.

    SELECT results use the SPARQL 1.1 CSV and JSON result formats; ASK gives
    a boolean; CONSTRUCT and DESCRIBE give Turtle (table), N-Triples (csv)
    or JSON-LD (json). A query that calls another endpoint (``SERVICE``) is
    refused; at most ``limit`` solutions are returned; a query running over
    ``timeout`` seconds is stopped (it runs in a child process, which is killed).
    """
    if output_format not in OUTPUT_FORMATS:
        raise QueryError(f"unknown output format '{output_format}'; use one of {', '.join(OUTPUT_FORMATS)}")
    try:
        refuse_service(sparql)
    except QueryRefused as refused:
        raise QueryError(str(refused)) from None
    if limit is not None:
        sparql = with_result_limit(sparql, limit)
    if timeout is None:
        return _evaluate(Path(graph_path), sparql, output_format)
    return _with_timeout(_evaluate, (Path(graph_path), sparql, output_format), timeout)


def _with_timeout(function, arguments: tuple, timeout: float) -> str:
    """``function(*arguments)`` run in a forked child process, killed after ``timeout`` seconds."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, function, arguments, os.getpid()), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryError(f"the query ran for more than {timeout:g} s and was stopped; simplify it or give a longer --timeout")
        try:
            kind, value = receiver.recv()
        except EOFError:
            raise QueryError(f"the query process ended without an answer (exit code {child.exitcode})") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if kind == "error":
        raise QueryError(value)
    return value


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux), so a query never
    outlives a ``kg query`` that was killed."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return  # not Linux: the timeout still bounds the query
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _child(sender, function, arguments: tuple, parent: int) -> None:
    _die_with_parent(parent)
    try:
        sender.send(("ok", function(*arguments)))
    except QueryError as error:
        sender.send(("error", str(error)))
    except Exception as error:  # noqa: BLE001 - reported to the parent as one line
        sender.send(("error", f"the query failed: {type(error).__name__}: {error}"))
    finally:
        sender.close()


def _evaluate(graph_path: Path, sparql: str, output_format: str) -> str:
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
