"""``kg neo4j push``: load an exported graph into a running Neo4j-compatible
database through Bolt with the official driver.

Values only ever travel as parameters (``UNWIND $rows AS r MERGE …``); labels
and relationship types cannot be parameters, so rows are grouped by label set
and type, and each of those is checked against a strict identifier pattern
before it is written into the query text. Each batch is one transaction: a
failing batch is rolled back whole, and the error says which batch of which
file it was and how many batches were committed before it. Loading is
idempotent (constraints ``IF NOT EXISTS``, ``MERGE`` on ``iri``).
"""

from __future__ import annotations

import csv
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.export.neo4j import (
    ARRAY_DELIMITER,
    check_identifier,
    constraint_statement,
    label_expression,
)

#: File suffixes read as RDF exports rather than build folders.
RDF_SUFFIXES = (".ttl", ".turtle", ".trig", ".nt", ".nq", ".jsonld")


class PushError(Exception):
    """A push that could not start or finish, with where it stopped and what to do."""


@dataclass(frozen=True, slots=True)
class NodeGroup:
    """Rows of one node file: every row has these labels."""

    file: str
    labels: tuple[str, ...]
    rows: tuple[dict[str, object], ...]


@dataclass(frozen=True, slots=True)
class RelationshipGroup:
    """Rows of one relationship type between two constrained labels."""

    file: str
    type: str
    start_label: str
    end_label: str
    rows: tuple[dict[str, object], ...]


@dataclass(frozen=True, slots=True)
class LoadPlan:
    """Everything a push sends, in order."""

    constraints: tuple[str, ...]
    nodes: tuple[NodeGroup, ...]
    relationships: tuple[RelationshipGroup, ...]
    node_counts: Mapping[str, int] = field(default_factory=dict)
    relationship_counts: Mapping[str, int] = field(default_factory=dict)


# --- reading the export ------------------------------------------------------------------------


def _parse_header(path: Path, header: Sequence[str]) -> list[tuple[str, str]]:
    """(name, type) per column; the special columns keep their ``:NAME`` form."""
    columns = []
    for cell in header:
        if cell.startswith(":") or cell.endswith(":ID"):
            columns.append((cell, "special"))
            continue
        name, _, kind = cell.partition(":")
        kind = kind or "string"
        if kind not in ("string", "string[]", "int", "int[]", "float", "boolean"):
            raise PushError(f"{path}: column {cell!r} has type {kind!r}, which kg does not write; rebuild the export")
        columns.append((name, kind))
    return columns


def _convert(path: Path, line: int, name: str, kind: str, text: str) -> object:
    if text == "":
        return None
    try:
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
        if kind == "boolean":
            if text not in ("true", "false"):
                raise ValueError(text)
            return text == "true"
    except ValueError:
        raise PushError(f"{path}:{line}: column {name!r} holds {text!r}, not a {kind}; rebuild the export") from None
    if kind == "string[]":
        return text.split(ARRAY_DELIMITER)
    if kind == "int[]":
        try:
            return [int(item) for item in text.split(ARRAY_DELIMITER)]
        except ValueError:
            raise PushError(f"{path}:{line}: column {name!r} holds {text!r}, not integers; rebuild the export") from None
    return text


#: URI schemes of the Bolt protocol, which ``push`` speaks.
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

#: Longest CSV field read back. A field kg writes can be long (the evidence of a
#: relationship told by hundreds of articles); Python's csv module stops at 128 KiB.
MAX_FIELD_CHARS = 1 << 30


def _read_rows(path: Path) -> Iterator[tuple[int, dict[str, object]]]:
    """(line, {column: value}) for each record of a CSV file written by kg."""
    if csv.field_size_limit() < MAX_FIELD_CHARS:
        csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise PushError(f"{path}: cannot read ({error.strerror})") from error
    with handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise PushError(f"{path}: empty file, expected a CSV header; rebuild the export") from None
        except (csv.Error, UnicodeDecodeError) as error:
            raise PushError(f"{path}:1: not a kg CSV file ({error}); rebuild the export") from error
        columns = _parse_header(path, header)
        try:
            for cells in reader:
                line = reader.line_num
                if len(cells) != len(columns):
                    raise PushError(
                        f"{path}:{line}: {len(cells)} fields where the header has {len(columns)}; rebuild the export"
                    )
                yield line, {
                    name: (cell if kind == "special" else _convert(path, line, name, kind, cell))
                    for (name, kind), cell in zip(columns, cells)
                }
        except (csv.Error, UnicodeDecodeError) as error:
            raise PushError(f"{path}:{reader.line_num}: unreadable CSV ({error}); rebuild the export") from error


def _neo4j_folder(source: Path) -> Path:
    if not source.exists():
        raise PushError(f"{source}: no such file or folder; build one with `kg build INPUT --out output`")
    for folder in (source / "neo4j", source):
        if folder.is_dir() and any(folder.glob("nodes.*.csv")):
            return folder
    raise PushError(f"{source}: no neo4j/nodes.*.csv here; give the folder `kg build --out` wrote")


def read_plan(source: Path) -> LoadPlan:
    """The load plan of an export (nothing is sent).

    ``source`` is a build folder holding ``neo4j/``, that folder itself, or an
    RDF export (``graph.ttl``, ``graph.trig``…), read back into a graph
    first (see ``kg.export.neo4j_rdf``).
    """
    source = Path(source)
    if source.is_file() and source.suffix.lower() in RDF_SUFFIXES:
        from kg.export.neo4j import export
        from kg.export.neo4j_rdf import RdfSourceError, graph_from_rdf

        try:
            graph, base = graph_from_rdf(source)
        except RdfSourceError as error:
            raise PushError(str(error)) from error
        with tempfile.TemporaryDirectory(prefix="kg-neo4j-") as folder:
            export(graph, Path(folder), base)
            return _read_folder(Path(folder) / "neo4j")
    return _read_folder(_neo4j_folder(source))


def _read_folder(folder: Path) -> LoadPlan:
    node_groups = []
    first_label: dict[str, str] = {}
    node_counts: Counter[str] = Counter()
    for path in sorted(folder.glob("nodes.*.csv")):
        by_labels: dict[tuple[str, ...], list[dict[str, object]]] = {}
        for line, row in _read_rows(path):
            iri = row.pop("iri:ID", None)
            labels_text = str(row.pop(":LABEL", "") or "")
            if not iri:
                raise PushError(f"{path}:{line}: a node without iri; rebuild the export")
            try:
                labels = tuple(check_identifier(label, "Label") for label in labels_text.split(ARRAY_DELIMITER))
            except ValueError as error:
                raise PushError(f"{path}:{line}: {error}") from error
            if str(iri) in first_label:
                raise PushError(f"{path}:{line}: node {iri} appears twice; rebuild the export")
            first_label[str(iri)] = labels[0]
            node_counts.update(labels)
            by_labels.setdefault(labels, []).append({"iri": iri, "props": row})
        for labels in sorted(by_labels):
            node_groups.append(NodeGroup(path.name, labels, tuple(by_labels[labels])))
    relationship_groups = []
    relationship_counts: Counter[str] = Counter()
    for path in sorted(folder.glob("relationships.*.csv")):
        by_key: dict[tuple[str, str, str], list[dict[str, object]]] = {}
        for line, row in _read_rows(path):
            start, end = str(row.pop(":START_ID", "")), str(row.pop(":END_ID", ""))
            try:
                rel_type = check_identifier(str(row.pop(":TYPE", "")), "Relationship type")
            except ValueError as error:
                raise PushError(f"{path}:{line}: {error}") from error
            for iri in (start, end):
                if iri not in first_label:
                    raise PushError(f"{path}:{line}: relationship end {iri!r} is in no node file; rebuild the export")
            relationship_counts[rel_type] += 1
            key = (rel_type, first_label[start], first_label[end])
            by_key.setdefault(key, []).append({"start": start, "end": end, "props": row})
        for key in sorted(by_key):
            relationship_groups.append(RelationshipGroup(path.name, *key, rows=tuple(by_key[key])))
    constraints = tuple(constraint_statement(label) for label in sorted(set(first_label.values())))
    return LoadPlan(
        constraints,
        tuple(node_groups),
        tuple(relationship_groups),
        dict(sorted(node_counts.items())),
        dict(sorted(relationship_counts.items())),
    )


# --- queries -----------------------------------------------------------------------------------


def node_query(labels: Sequence[str]) -> str:
    """The parameterised MERGE for rows ``{iri, props}`` of one label set."""
    return (
        f"UNWIND $rows AS r MERGE (n{label_expression(labels)} {{iri: r.iri}}) "
        "SET n += r.props RETURN count(n) AS written"
    )


def relationship_query(rel_type: str, start_label: str, end_label: str) -> str:
    """The parameterised MERGE for rows ``{start, end, props}`` of one type."""
    rel_type = check_identifier(rel_type, "Relationship type")
    start_label = check_identifier(start_label, "Label")
    end_label = check_identifier(end_label, "Label")
    return (
        f"UNWIND $rows AS r MATCH (a:{start_label} {{iri: r.start}}) MATCH (b:{end_label} {{iri: r.end}}) "
        f"MERGE (a)-[e:{rel_type}]->(b) SET e += r.props RETURN count(e) AS written"
    )


@dataclass(frozen=True, slots=True)
class Batch:
    """One transaction's worth of rows."""

    number: int
    what: str
    file: str
    first_row: int
    query: str
    rows: tuple[dict[str, object], ...]


def batches(plan: LoadPlan, batch_size: int) -> list[Batch]:
    """Every batch of ``plan`` in load order: nodes, then relationships."""
    if batch_size < 1:
        raise PushError(f"batch size must be at least 1, not {batch_size}")
    work: list[tuple[str, str, str, tuple[dict[str, object], ...]]] = []
    for group in plan.nodes:
        work.append((f"nodes :{':'.join(group.labels)}", group.file, node_query(group.labels), group.rows))
    for rel in plan.relationships:
        what = f"relationships :{rel.type} ({rel.start_label})->({rel.end_label})"
        work.append((what, rel.file, relationship_query(rel.type, rel.start_label, rel.end_label), rel.rows))
    result = []
    for what, file, query, rows in work:
        for offset in range(0, len(rows), batch_size):
            chunk = rows[offset : offset + batch_size]
            result.append(Batch(len(result) + 1, what, file, offset, query, chunk))
    return result


# --- sending -----------------------------------------------------------------------------------


class _IncompleteBatch(Exception):
    pass


def _write_batch(tx, batch: Batch) -> int:  # noqa: ANN001 - a neo4j ManagedTransaction
    record = tx.run(batch.query, rows=list(batch.rows)).single()
    written = int(record["written"]) if record else 0
    if written != len(batch.rows):
        # Raising inside the transaction function rolls the whole batch back.
        raise _IncompleteBatch(f"{written} of {len(batch.rows)} rows written (an endpoint node is missing)")
    return written


def push(
    source: Path,
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    batch_size: int = 1000,
) -> str:
    """Load the export at ``source`` into the database at ``uri``; returns a short report.

    ``source`` is a build folder holding ``neo4j/`` (or that folder itself),
    or an RDF export such as ``graph.ttl``. Raises ``PushError`` naming the batch and file where loading stopped.
    """
    import neo4j
    from neo4j.exceptions import Neo4jError, DriverError

    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in BOLT_SCHEMES:
        raise PushError(
            f"{uri}: not a Bolt address; give --uri bolt://HOST:7687 (or {', '.join(s + '://' for s in BOLT_SCHEMES[1:])})"
        )
    plan = read_plan(Path(source))
    work = batches(plan, batch_size)
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
    except (ValueError, DriverError) as error:
        raise PushError(f"{uri}: cannot create a driver ({error}); check --uri (bolt://HOST:PORT)") from error
    done = 0
    with driver:
        try:
            driver.verify_connectivity()
        except Neo4jError as error:
            raise PushError(f"{uri}: {error.message or error}; check --user/--password") from error
        except (DriverError, OSError) as error:
            raise PushError(f"{uri}: cannot connect ({error}); is the server running?") from error
        with driver.session(database=database) as session:
            for statement in plan.constraints:
                try:
                    session.run(statement).consume()
                except (Neo4jError, DriverError) as error:
                    raise PushError(f"creating constraints failed at `{statement}`: {error}; nothing loaded") from error
            for batch in work:
                try:
                    session.execute_write(_write_batch, batch)
                except (Neo4jError, DriverError, _IncompleteBatch) as error:
                    last = batch.first_row + len(batch.rows)
                    raise PushError(
                        f"batch {batch.number} of {len(work)} failed and was rolled back "
                        f"({batch.what}, {batch.file} rows {batch.first_row + 1}-{last}): {_message(error)}; "
                        f"{done} batches before it were committed. Fix the cause and push again "
                        "(loading is idempotent)."
                    ) from error
                done += 1
    return _report(plan, uri, database, len(work))


def _message(error: Exception) -> str:
    message = getattr(error, "message", None)
    return str(message or error)


def _report(plan: LoadPlan, uri: str, database: str | None, batch_count: int) -> str:
    nodes = sum(len(g.rows) for g in plan.nodes)
    relationships = sum(len(g.rows) for g in plan.relationships)
    lines = [
        f"pushed {nodes} nodes and {relationships} relationships to {uri}"
        f"{f' (database {database})' if database else ''} in {batch_count} batches",
        "nodes by label: " + ", ".join(f"{k} {v}" for k, v in plan.node_counts.items()),
        "relationships by type: " + ", ".join(f"{k} {v}" for k, v in plan.relationship_counts.items()),
    ]
    return "\n".join(lines)
