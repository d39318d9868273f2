"""Neo4j export: CSV files for ``neo4j-admin database import full`` and a
``load.cypher`` script that loads the same files into a running database.

The mapping (the users' contract for Cypher):

- labels come from the vocabulary classes, most general first: a Country is
  ``:Location:Country``, a NewsAgency ``:Organization:NewsAgency``, a meeting
  ``:Event:Meeting``, an article ``:Article``. The first label (``Person``,
  ``Organization``, ``Location``, ``Event``, ``Article``) carries the
  uniqueness constraint on ``iri``; nodes are merged with all their labels at
  once (``MERGE (n:Location:Country {iri: …})``), never relabelled after
  creation, which some Bolt servers (ArcadeDB) cannot do inside a transaction;
- relationship types are the predicates in UPPER_SNAKE (``spokespersonOf`` ->
  ``SPOKESPERSON_OF``), one relationship per (source, target, predicate) with
  ``articles`` (distinct ids), ``confidence`` (the highest) and
  ``corroboration`` (number of distinct articles) aggregated from the
  evidence edges of the graph, and its evidence as aligned lists: the i-th
  piece of evidence is the sentence ``evidence[i]`` (as published, without
  the segmenter's underscores) of article ``evidenceArticles[i]``, the fact
  at characters ``evidenceStarts[i]``-``evidenceEnds[i]`` of that article's
  text. Events carry their tellings the same way. Symmetric predicates
  (``met``) give one relationship per unordered pair, from the smaller node
  id to the larger;
- an article's ``sourceFile`` is relative to the folder holding every input,
  never a local absolute path.

Files (all sorted, byte-identical across runs), in ``out_dir/neo4j/``:
``nodes.<Label>[.<Label>].csv`` (one per label set), ``relationships.<TYPE>.
<StartLabel>.<EndLabel>.csv`` (one per type and pair of constrained labels, so
that every ``MATCH`` in ``load.cypher`` can use an index), ``load.cypher`` and
``README.txt``. Array elements are separated by U+001F (the ASCII unit
separator), which is removed from text beforehand, so it can never clash.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write_lines, atomic_write_text
from kg.export.evidence import Fact, distinct_evidence, iter_facts, published_text, shared_sources
from kg.model import EventType, Provenance
from kg.rdf import resource_iri
from kg.vocab import class_closure

#: Separates the elements of an array field (``--array-delimiter``).
ARRAY_DELIMITER = "\x1f"
#: How ``neo4j-admin`` is told about it.
ARRAY_DELIMITER_OPTION = "U+001F"

#: Labels and relationship types are written into query text, so they must be
#: plain identifiers; nothing else is ever put there.
IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,99}")

_EVENT_TYPES = frozenset(t.value for t in EventType)


@dataclass(frozen=True, slots=True)
class Column:
    """A property column: its name and its ``neo4j-admin`` type."""

    name: str
    type: str  # string, int, float, boolean, string[], int[]

    @property
    def header(self) -> str:
        return self.name if self.type == "string" else f"{self.name}:{self.type}"


#: Aligned lists, one element per piece of evidence: sentence, article, span of the fact in the article.
EVIDENCE_COLUMNS: tuple[Column, ...] = (
    Column("evidence", "string[]"),
    Column("evidenceArticles", "string[]"),
    Column("evidenceStarts", "int[]"),
    Column("evidenceEnds", "int[]"),
)

#: Property columns of each kind of node, in file order (after ``iri:ID`` and ``:LABEL``).
NODE_COLUMNS: dict[str, tuple[Column, ...]] = {
    "entity": (
        Column("name", "string"),
        Column("aliases", "string[]"),
        Column("sameAs", "string[]"),
        Column("mentions", "int"),
        Column("articles", "string[]"),
    ),
    "event": (
        Column("name", "string"),
        Column("date", "string"),
        Column("dateType", "string"),
        Column("dateText", "string"),
        Column("datePrecision", "string"),
        Column("quote", "string"),
        Column("items", "string[]"),
        Column("planned", "boolean"),
        Column("accepted", "boolean"),
        Column("vehicle", "string"),
        Column("articles", "string[]"),
        *EVIDENCE_COLUMNS,
        Column("confidence", "float"),
        Column("corroboration", "int"),
    ),
    "article": (
        Column("name", "string"),
        Column("title", "string"),
        Column("author", "string"),
        Column("url", "string"),
        Column("published", "string"),
        Column("sourceFile", "string"),
        Column("articles", "string[]"),
    ),
}

#: Property columns of every relationship file (after ``:START_ID``, ``:END_ID``, ``:TYPE``).
RELATIONSHIP_COLUMNS: tuple[Column, ...] = (
    Column("articles", "string[]"),
    *EVIDENCE_COLUMNS,
    Column("confidence", "float"),
    Column("corroboration", "int"),
    Column("startDates", "string[]"),
)

Value = str | int | float | bool | tuple[str, ...] | tuple[int, ...] | None


@dataclass(frozen=True, slots=True)
class NodeRecord:
    """One node as Neo4j sees it."""

    iri: str
    labels: tuple[str, ...]
    kind: str
    properties: Mapping[str, Value]


@dataclass(frozen=True, slots=True)
class RelationshipRecord:
    """One aggregated relationship; ``start_label``/``end_label`` are the endpoints' first labels."""

    start: str
    end: str
    type: str
    start_label: str
    end_label: str
    properties: Mapping[str, Value]


def check_identifier(name: str, what: str) -> str:
    """``name`` if it is safe to write into Cypher text as a label or type; raises otherwise."""
    if not IDENTIFIER.fullmatch(name):
        raise ValueError(
            f"{what} {name!r} is not a plain identifier (letters, digits, '_', starting with a letter); "
            "rename the vocabulary term"
        )
    return name


@functools.cache
def labels_for(kind: str, node_type: str) -> tuple[str, ...]:
    """The Neo4j labels of a node: its class and the class's superclasses, most general first
    (``("Location", "Country")``)."""
    labels = tuple(reversed(class_closure(node_type)))
    if (kind == "event" or node_type in _EVENT_TYPES) and labels[0] != "Event":
        labels = ("Event", *labels)
    return tuple(check_identifier(label, "Label") for label in labels)


@functools.cache
def relationship_type(predicate: str) -> str:
    """A predicate in UPPER_SNAKE: ``spokespersonOf`` -> ``SPOKESPERSON_OF``."""
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", predicate).upper()
    return check_identifier(snake, "Relationship type")


def node_records(graph: nx.MultiDiGraph, base: str, iris: Mapping[str, str] | None = None) -> list[NodeRecord]:
    """Every node of ``graph`` with its labels and properties, sorted by IRI (``iris``: each node's
    IRI, from :func:`node_iris`, when the caller has them already)."""
    return [NodeRecord(r.iri, r.labels, r.kind, r.properties) for r in deferred_node_records(graph, base, iris)]


def deferred_node_records(
    graph: nx.MultiDiGraph, base: str, iris: Mapping[str, str] | None = None
) -> list[DeferredNodeRecord]:
    """The records of :func:`node_records`, in the same order, with their properties left to be
    worked out when each row is written."""
    sources = shared_sources(graph)
    iris = iris if iris is not None else node_iris(graph, base)
    records = [_deferred_node_record(node, data, iris[node], sources.get(node)) for node, data in graph.nodes(data=True)]
    return sorted(records, key=lambda r: r.iri)


def node_iris(graph: nx.MultiDiGraph, base: str) -> dict[str, str]:
    """The IRI of each node, made once: the records of its node and of all its relationships share it."""
    return {node: resource_iri(base, node) for node in graph}


def evidence_properties(evidence: Iterable[Provenance]) -> dict[str, Value]:
    """The aligned evidence lists of a relationship or event: one element per distinct piece."""
    pieces = [(p, text) for p in distinct_evidence(list(evidence)) if (text := _text(published_text(p.sentence)))]
    return {
        "evidence": tuple(text for _, text in pieces),
        "evidenceArticles": tuple(p.article_id for p, _ in pieces),
        "evidenceStarts": tuple(p.start for p, _ in pieces),
        "evidenceEnds": tuple(p.end for p, _ in pieces),
    }


def _deferred_node_record(
    node: str, data: Mapping[str, object], iri: str, source_file: str | None = None
) -> DeferredNodeRecord:
    if "kind" not in data or "type" not in data:
        raise ValueError(f"Graph node {node!r} has no 'kind'/'type' attribute; every node must be added by kg.graph")
    kind = str(data["kind"])
    return DeferredNodeRecord(
        iri=iri,
        labels=labels_for(kind, str(data["type"])),
        kind=kind if kind in NODE_COLUMNS else "entity",
        node=node,
        data=data,
        source_file=source_file,
    )


def node_properties(node: str, data: Mapping[str, object], source_file: str | None = None) -> dict[str, Value]:
    """A node's properties in its file's column order: name, articles and what its kind has."""
    kind = str(data["kind"])
    columns = NODE_COLUMNS.get(kind, NODE_COLUMNS["entity"])
    articles = _strings(data.get("articles", ()))
    properties: dict[str, Value] = {
        "name": _text(data.get("label")) or node,
        "articles": articles,
    }
    if kind == "event":
        evidence: Sequence[Provenance] = tuple(data.get("evidence") or ())
        properties.update(
            date=_text(data.get("date")),
            dateType=_text(data.get("date_type")),
            dateText=_text(data.get("date_text")),
            datePrecision=_text(data.get("date_precision")),
            quote=_text(published_text(_text(data.get("quote")))),
            items=tuple(published_text(t) or t for t in _strings(data.get("items", ()))),
            planned=_flag(data.get("planned")),
            accepted=_flag(data.get("accepted")),
            vehicle=_text(published_text(_text(data.get("vehicle")))),
            **evidence_properties(evidence),
            confidence=max((p.confidence for p in evidence), default=None),
            corroboration=len(articles) or None,
        )
    elif kind == "article":
        properties.update(
            title=_text(data.get("title")),
            author=_text(data.get("author")),
            url=_text(data.get("url")),
            published=_text(data.get("published")),
            sourceFile=_text(source_file),
        )
    else:
        mentions = data.get("mentions")
        properties.update(
            aliases=_strings(data.get("aliases", ())),
            sameAs=_strings(data.get("same_as", ())),
            mentions=int(mentions) if mentions is not None else None,
        )
    return {column.name: properties.get(column.name) for column in columns}


def relationship_records(graph: nx.MultiDiGraph, base: str) -> list[RelationshipRecord]:
    """One record per (source, target, predicate), evidence aggregated, sorted."""
    return [
        RelationshipRecord(r.start, r.end, r.type, r.start_label, r.end_label, r.properties)
        for r in deferred_relationship_records(graph, base)
    ]


def deferred_relationship_records(
    graph: nx.MultiDiGraph, base: str, iris: Mapping[str, str] | None = None
) -> list[DeferredRelationshipRecord]:
    """The records of ``relationship_records``, in the same order, with their properties left to be
    worked out when each row is written (``iris`` as for :func:`node_records`)."""
    first_label = {node: labels_for(str(d["kind"]), str(d["type"]))[0] for node, d in graph.nodes(data=True)}
    iris = iris if iris is not None else node_iris(graph, base)
    starts = _start_dates(graph)
    records = [
        DeferredRelationshipRecord(
            start=iris[fact.source],
            end=iris[fact.target],
            type=relationship_type(fact.predicate),
            start_label=first_label[fact.source],
            end_label=first_label[fact.target],
            fact=fact,
            started=starts.get((fact.source, fact.target, fact.predicate)),
        )
        for fact in iter_facts(graph)
    ]
    return sorted(records, key=lambda r: (r.type, r.start, r.end))


def fact_properties(fact: Fact, started: tuple[str, ...] | None) -> dict[str, Value]:
    """A relationship's properties: its articles, aligned evidence, best confidence, corroboration and,
    for a post, the start dates the articles tell."""
    properties: dict[str, Value] = {
        "articles": fact.articles,
        **evidence_properties(fact.evidence),
        "confidence": max((p.confidence for p in fact.evidence), default=None),
        "corroboration": len(fact.articles) or None,
    }
    if started:
        properties["startDates"] = started
    return properties


def _start_dates(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The start dates the articles tell of each post (source, target, predicate), as XSD values."""
    found: dict[tuple[str, str, str], set[str]] = {}
    for source, target, data in graph.edges(data=True):
        start = data.get("start")
        value = start.xsd() if start is not None else None
        if value is not None:
            found.setdefault((source, target, str(data["predicate"])), set()).add(value[0])
    return {key: tuple(sorted(values)) for key, values in found.items()}


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).replace(ARRAY_DELIMITER, " ")
    return text or None


def _strings(values: object) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        values = (values,)
    return tuple(t for v in values if (t := _text(v)))  # type: ignore[union-attr]


def _flag(value: object) -> bool | None:
    return None if value is None else bool(value)


# --- CSV ---------------------------------------------------------------------------------------


def format_value(value: Value) -> str:
    """A property value as ``neo4j-admin`` reads it; an empty field means "no property"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ARRAY_DELIMITER.join(str(v) for v in value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def node_file_name(labels: Sequence[str]) -> str:
    return "nodes." + ".".join(labels) + ".csv"


def relationship_file_name(record: Relationship) -> str:
    return f"relationships.{record.type}.{record.start_label}.{record.end_label}.csv"


def node_header(kind: str) -> list[str]:
    return ["iri:ID", ":LABEL"] + [c.header for c in NODE_COLUMNS[kind]]


def relationship_header() -> list[str]:
    return [":START_ID", ":END_ID", ":TYPE"] + [c.header for c in RELATIONSHIP_COLUMNS]


_NEEDS_QUOTES = re.compile('[,"\r\n]')


def csv_cell(text: str) -> str:
    """One CSV field: quoted (quotes doubled) when it holds a comma, quote or line break.

    The csv module leaves a lone carriage return unquoted when lines end in
    "\n", which breaks the row; an empty field stays empty, so it means "no
    property" rather than an empty string.
    """
    if _NEEDS_QUOTES.search(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_line(row: Sequence[str]) -> str:
    return ",".join(csv_cell(cell) for cell in row)


@dataclass(frozen=True, slots=True)
class DeferredNodeRecord:
    """A node whose properties are worked out from the graph's own attributes only when asked
    for, so that the export never holds the evidence texts of every event at once."""

    iri: str
    labels: tuple[str, ...]
    kind: str
    node: str
    data: Mapping[str, object]
    source_file: str | None

    @property
    def properties(self) -> Mapping[str, Value]:
        """The node's properties, as ``NodeRecord.properties``."""
        return node_properties(self.node, self.data, self.source_file)


#: A node record with its properties at hand or worked out when its row is written.
Node = NodeRecord | DeferredNodeRecord


@dataclass(frozen=True, slots=True)
class DeferredRelationshipRecord:
    """A relationship whose properties are worked out from its fact only when asked for, so that
    the export never holds the evidence texts of every relationship at once."""

    start: str
    end: str
    type: str
    start_label: str
    end_label: str
    fact: Fact
    started: tuple[str, ...] | None

    @property
    def properties(self) -> Mapping[str, Value]:
        """The relationship's properties, as ``RelationshipRecord.properties``."""
        return fact_properties(self.fact, self.started)


#: A relationship record with its properties at hand or worked out when its row is written.
Relationship = RelationshipRecord | DeferredRelationshipRecord


def generate_node_csv(records: Sequence[Node]) -> str:
    """The CSV text of one node file (records of one label set)."""
    return "".join(f"{line}\n" for line in node_csv_lines(records))


def node_csv_lines(records: Sequence[Node]) -> Iterator[str]:
    """The rows of one node file as CSV text, one at a time, without their line ends."""
    kind = records[0].kind
    yield _csv_line(node_header(kind))
    for record in records:
        properties = record.properties
        values = [format_value(properties.get(c.name)) for c in NODE_COLUMNS[kind]]
        yield _csv_line([record.iri, ARRAY_DELIMITER.join(record.labels), *values])


def generate_relationship_csv(records: Sequence[RelationshipRecord]) -> str:
    """The CSV text of one relationship file."""
    return "".join(f"{line}\n" for line in relationship_csv_lines(records))


def relationship_csv_lines(records: Sequence[Relationship]) -> Iterator[str]:
    """The rows of one relationship file as CSV text, one at a time, without their line ends."""
    yield _csv_line(relationship_header())
    for record in records:
        properties = record.properties
        values = [format_value(properties.get(c.name)) for c in RELATIONSHIP_COLUMNS]
        yield _csv_line([record.start, record.end, record.type, *values])


def group_nodes(records: Iterable[Node]) -> dict[tuple[str, ...], list[Node]]:
    """Node records by label set, in sorted order."""
    groups: dict[tuple[str, ...], list[Node]] = defaultdict(list)
    for record in records:
        groups[record.labels].append(record)
    return {labels: groups[labels] for labels in sorted(groups)}


def group_relationships(
    records: Iterable[Relationship],
) -> dict[tuple[str, str, str], list[Relationship]]:
    """Relationship records by (type, start label, end label), in sorted order."""
    groups: dict[tuple[str, str, str], list[Relationship]] = defaultdict(list)
    for record in records:
        groups[(record.type, record.start_label, record.end_label)].append(record)
    return {key: groups[key] for key in sorted(groups)}


# --- Cypher ------------------------------------------------------------------------------------


def constraint_statement(label: str) -> str:
    """The uniqueness constraint on ``iri`` for one label (idempotent)."""
    label = check_identifier(label, "Label")
    return f"CREATE CONSTRAINT kg_{label.lower()}_iri IF NOT EXISTS FOR (n:{label}) REQUIRE n.iri IS UNIQUE"


def label_expression(labels: Sequence[str]) -> str:
    """``:Location:Country`` for the labels, each checked to be a plain identifier."""
    return "".join(":" + check_identifier(label, "Label") for label in labels)


def _cypher_string(text: str) -> str:
    """A Cypher string literal for text this module produces (file names, the delimiter)."""
    escaped = text.replace("\\", "\\\\").replace("'", "\\'").replace(ARRAY_DELIMITER, "\\u001f")
    return f"'{escaped}'"


def _csv_field(column: Column) -> str:
    """The typed value of a column; null for an empty field, which some servers read as ''."""
    field = f"row.`{column.header}`"
    value = {
        "string": field,
        "string[]": f"split({field}, {_cypher_string(ARRAY_DELIMITER)})",
        "int[]": f"[x IN split({field}, {_cypher_string(ARRAY_DELIMITER)}) | toInteger(x)]",
        "int": f"toInteger({field})",
        "float": f"toFloat({field})",
        "boolean": f"toBoolean({field})",
    }[column.type]
    return f"CASE WHEN {field} <> '' THEN {value} END"


def _csv_properties(columns: Sequence[Column]) -> str:
    return "{" + ", ".join(f"{c.name}: {_csv_field(c)}" for c in columns) + "}"


def generate_load_cypher(
    node_groups: Mapping[tuple[str, ...], Sequence[Node]],
    relationship_groups: Mapping[tuple[str, str, str], Sequence[Relationship]],
) -> str:
    """``load.cypher``: constraints, then every node file, then every relationship file.

    Every statement ends with ``;`` at the end of a line and none contains
    another, so the script runs in ``cypher-shell -f`` and splits trivially.
    Re-running it changes nothing: nodes and relationships are merged, and
    a property missing from the CSV is removed (``+=`` with null).
    """
    constrained = sorted({labels[0] for labels in node_groups})
    lines = [
        "// Load the kg CSV files into a running Neo4j (5.x). Copy this folder's CSV files",
        "// into the database's import directory, then: cypher-shell -f load.cypher",
        "// Idempotent: constraints first, then MERGE on iri; running it again changes nothing.",
        "",
    ]
    lines += [constraint_statement(label) + ";" for label in constrained]
    for labels, records in node_groups.items():
        lines += [
            "",
            f"LOAD CSV WITH HEADERS FROM {_cypher_string('file:///' + node_file_name(labels))} AS row",
            f"MERGE (n{label_expression(labels)} {{iri: row.`iri:ID`}})",
            f"SET n += {_csv_properties(NODE_COLUMNS[records[0].kind])};",
        ]
    for (rel_type, start_label, end_label), records in relationship_groups.items():
        name = relationship_file_name(records[0])
        lines += [
            "",
            f"LOAD CSV WITH HEADERS FROM {_cypher_string('file:///' + name)} AS row",
            # ArcadeDB matches nothing when MATCH follows LOAD CSV directly; WITH row fixes it
            "WITH row",
            f"MATCH (a{label_expression([start_label])}) WHERE a.iri = row.`:START_ID`",
            f"MATCH (b{label_expression([end_label])}) WHERE b.iri = row.`:END_ID`",
            f"MERGE (a)-[r:{check_identifier(rel_type, 'Relationship type')}]->(b)",
            f"SET r += {_csv_properties(RELATIONSHIP_COLUMNS)};",
        ]
    return "\n".join(lines) + "\n"


def generate_readme(node_files: Sequence[str], relationship_files: Sequence[str]) -> str:
    """README.txt: how to load this folder, offline or into a running server."""
    options = [f"  --nodes=import/{name} \\" for name in node_files]
    options += [f"  --relationships=import/{name} \\" for name in relationship_files]
    return "\n".join(
        [
            "Knowledge graph for Neo4j 5",
            "",
            "Offline, into a new database (files copied to the server's import/ folder):",
            "",
            "bin/neo4j-admin database import full \\",
            f"  --array-delimiter={ARRAY_DELIMITER_OPTION} --multiline-fields=true \\",
            *options,
            "  neo4j",
            "",
            "Array properties (aliases, articles, evidence, items, :LABEL) are separated by",
            "U+001F (unit separator); text never contains it. An empty field is no property.",
            "Evidence is four aligned lists: evidence[i] is a sentence of article",
            "evidenceArticles[i], the fact at characters evidenceStarts[i]-evidenceEnds[i].",
            "",
            "Into a running database: copy the CSV files into its import/ folder, then",
            "  cypher-shell -u neo4j -p PASSWORD -f load.cypher",
            "or, without file access, through Bolt:",
            "  kg neo4j push BUILD_FOLDER --uri bolt://HOST:7687 --user neo4j --password PASSWORD",
            "Both are idempotent: running them again changes nothing.",
            "",
        ]
    )


def export(graph: nx.MultiDiGraph, out_dir: Path, base: str) -> list[Path]:
    """Write ``out_dir/neo4j/``: node and relationship CSV files, ``load.cypher`` and ``README.txt``."""
    folder = out_dir / "neo4j"
    iris = node_iris(graph, base)
    node_groups = group_nodes(deferred_node_records(graph, base, iris))
    relationship_groups = group_relationships(deferred_relationship_records(graph, base, iris))
    del iris  # the records hold the IRIs they need; the map of every node's is not kept while writing
    written = list(_write_files(folder, node_groups, relationship_groups))
    _remove_stale_csv(folder, {p.name for p in written})
    return written


def _write_files(
    folder: Path,
    node_groups: Mapping[tuple[str, ...], Sequence[Node]],
    relationship_groups: Mapping[tuple[str, str, str], Sequence[Relationship]],
) -> Iterator[Path]:
    node_files = []
    for labels, records in node_groups.items():
        node_files.append(node_file_name(labels))
        # written row by row: a file's text is never whole in memory
        yield atomic_write_lines(folder / node_files[-1], node_csv_lines(records))
    relationship_files = []
    for records in relationship_groups.values():
        relationship_files.append(relationship_file_name(records[0]))
        yield atomic_write_lines(folder / relationship_files[-1], relationship_csv_lines(records))
    yield atomic_write_text(folder / "load.cypher", generate_load_cypher(node_groups, relationship_groups))
    yield atomic_write_text(folder / "README.txt", generate_readme(node_files, relationship_files))


def _remove_stale_csv(folder: Path, keep: set[str]) -> None:
    """Drop CSV files of a previous build that this build did not write, so the folder loads as one graph."""
    for path in folder.glob("*.csv"):
        if path.name not in keep and path.name.startswith(("nodes.", "relationships.")):
            path.unlink()
