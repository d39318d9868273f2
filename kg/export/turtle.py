"""Turtle, TriG and JSON-LD exports, written directly for speed and stability.

rdflib's serializers are far too slow for a million triples; this writer
renders each term once and sorts the rendered text, so the output is
byte-identical across runs and machines:

- subjects sorted by their rendered text, ``a`` (``rdf:type``) first, then
  predicates sorted, then objects sorted;
- always the same ``@base`` and prefixes (:data:`kg.rdf.PREFIXES`);
- resource IRIs under the base written relative (``<person/kim-jong-un>``)
  when that resolves back to the same IRI, else in full;
- strings escaped per the Turtle grammar (``\\"``, ``\\\\``, ``\\n``,
  ``\\r``, ``\\t``, ``\\b``, ``\\f``, other control characters as ``\\uXXXX``).

``graph.trig`` holds the same triples split into the default graph (entity
names and types, event descriptions) and one named graph per article, named
by the article's IRI. ``graph.jsonld`` holds the triples of ``graph.ttl``.
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import itertools
import json
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from kg.atomic import atomic_write_chunks
from kg.jsonio import dumps_unicode
from kg.rdf import (
    PREFIXES,
    RDF_TYPE,
    XSD_BOOLEAN,
    XSD_DECIMAL,
    XSD_INTEGER,
    XSD_STRING,
    Literal,
    MappingError,
    Quad,
    Term,
    graph_quads,
)

_STRING_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_LANGUAGE = re.compile(r"[a-zA-Z]+(-[a-zA-Z0-9]+)*")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def escape_string(text: str) -> str:
    """``text`` as the inside of a Turtle ``"…"`` string."""
    if not _NEEDS_ESCAPE.search(text):
        return text
    return _NEEDS_ESCAPE.sub(_escape_character, text)


def _escape_character(match: re.Match[str]) -> str:
    character = match.group()
    return _STRING_ESCAPES.get(character) or f"\\u{ord(character):04X}"


def check_base(base: str) -> str:
    """``base`` if it is an absolute IRI that can prefix resource ids, else a ValueError saying why."""
    if not _SCHEME.match(base) or _NOT_IN_IRI.search(base):
        raise ValueError(f"base IRI {base!r} is not an absolute IRI; give one like https://kg.example.org/")
    return base


class TermRenderer:
    """Renders terms as Turtle text, remembering each term it has rendered."""

    def __init__(self, base: str) -> None:
        self.base = check_base(base)
        # Relative IRIs are only written when resolving them is plain concatenation.
        self._relative_ok = base.endswith("/") and "?" not in base and "#" not in base
        #: Every term rendered so far and its text.
        self.cache: dict[Term, str] = {}

    def __call__(self, value: Term) -> str:
        rendered = self.cache.get(value)
        if rendered is None:
            rendered = self.literal(value) if isinstance(value, Literal) else self.iri(value)
            self.cache[value] = rendered
        return rendered

    def iri(self, iri: str) -> str:
        """An IRI as a prefixed name, a relative reference or in full."""
        if _NOT_IN_IRI.search(iri):
            raise MappingError(f"{iri!r} is not a valid IRI (spaces, quotes or brackets must be percent-encoded)")
        if iri == RDF_TYPE:
            return "rdf:type"
        for prefix, namespace in PREFIXES:
            if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(iri, len(namespace)):
                return f"{prefix}:{iri[len(namespace):]}"
        if self._relative_ok and iri.startswith(self.base) and _is_plain_relative(iri[len(self.base) :]):
            return f"<{iri[len(self.base):]}>"
        return f"<{iri}>"

    def literal(self, literal: Literal) -> str:
        """A literal, in the short form Turtle has for integers, decimals and booleans when it has one."""
        lexical, datatype, language = literal
        if language:
            if not _LANGUAGE.fullmatch(language):
                raise MappingError(f"{language!r} is not a language tag")
            return f'"{escape_string(lexical)}"@{language}'
        if datatype == XSD_STRING:
            return f'"{escape_string(lexical)}"'
        if (
            (datatype == XSD_INTEGER and _INTEGER.fullmatch(lexical))
            or (datatype == XSD_DECIMAL and _DECIMAL.fullmatch(lexical))
            or (datatype == XSD_BOOLEAN and lexical in ("true", "false"))
        ):
            return lexical
        return f'"{escape_string(lexical)}"^^{self.iri(datatype)}'


def _is_plain_relative(reference: str) -> bool:
    """Whether ``reference`` resolves against a base ending in "/" by concatenation alone."""
    if not reference or reference[0] in "/?#." or ":" in reference.split("/", 1)[0]:
        return False
    path = re.split(r"[?#]", reference, maxsplit=1)[0]
    return not any(segment in (".", "..") for segment in path.split("/"))


def header_lines(base: str) -> list[str]:
    """The ``@base`` and ``@prefix`` lines every export starts with."""
    lines = [f"@base <{check_base(base)}> ."]
    lines.extend(f"@prefix {prefix}: <{namespace}> ." for prefix, namespace in PREFIXES)
    return lines


Groups = dict[str, dict[str, set[str]]]


def _statement_lines(groups: Groups, indent: str = "") -> Iterator[str]:
    type_text = "rdf:type"
    for subject in sorted(groups):
        predicates = groups[subject]
        ordered = sorted(predicates, key=lambda p: (p != type_text, p))
        parts = []
        for predicate in ordered:
            verb = "a" if predicate == type_text else predicate
            parts.append(f"{verb} {', '.join(sorted(predicates[predicate]))}")
        yield f"{indent}{subject} " + f" ;\n{indent}    ".join(parts) + " ."


def render_quads(quads: Iterable[Quad], render: TermRenderer) -> tuple[Groups, dict[str | None, Groups]]:
    """Rendered triples grouped by subject and predicate: once for the union, once per named graph."""
    cache = render.cache
    union: Groups = {}
    by_graph: dict[tuple[str | None, str], dict[str, set[str]]] = {}
    for subject, predicate, obj, graph_name in quads:
        s = cache.get(subject) or render(subject)
        p = cache.get(predicate) or render(predicate)
        o = cache.get(obj) or render(obj)
        g = None if graph_name is None else (cache.get(graph_name) or render(graph_name))
        predicates = union.get(s)
        if predicates is None:
            predicates = union[s] = {}
        objects = predicates.get(p)
        if objects is None:
            predicates[p] = {o}
        else:
            objects.add(o)
        predicates = by_graph.get((g, s))
        if predicates is None:
            predicates = by_graph[(g, s)] = {}
        objects = predicates.get(p)
        if objects is None:
            predicates[p] = {o}
        else:
            objects.add(o)
    named: dict[str | None, Groups] = {}
    for (g, s), predicates in by_graph.items():
        named.setdefault(g, {})[s] = predicates
    return union, named


def generate_turtle(union: Groups, base: str) -> Iterator[str]:
    """The lines of a Turtle document of ``union`` (from :func:`render_quads`)."""
    yield from header_lines(base)
    for statement in _statement_lines(union):
        yield ""
        yield statement


def generate_trig(named: dict[str | None, Groups], base: str) -> Iterator[str]:
    """The lines of a TriG document: the default graph first, then each named graph sorted."""
    yield from header_lines(base)
    names = sorted(named, key=lambda n: (n is not None, n or ""))
    for name in names:
        yield ""
        yield "{" if name is None else f"{name} {{"
        first = True
        for statement in _statement_lines(named[name], indent="    "):
            if not first:
                yield ""
            first = False
            yield statement
        yield "}"


def generate_jsonld(union: Groups, render: TermRenderer) -> Iterator[str]:
    """The lines of a JSON-LD document of ``union``: one node object a line, in Turtle order.

    Vocabulary terms are compact IRIs of the export prefixes; resources have
    absolute IRIs, so the document needs no base.
    """
    term_of = {text: value for value, text in render.cache.items()}
    as_json: dict[str, str] = {}
    as_key: dict[str, str] = {}

    def value_json(text: str) -> str:
        encoded = as_json.get(text)
        if encoded is None:
            encoded = as_json[text] = _jsonld_value(term_of[text])
        return encoded

    def key_json(text: str) -> str:
        encoded = as_key.get(text)
        if encoded is None:
            encoded = as_key[text] = _compact_json(term_of[text])
        return encoded

    context = {prefix: namespace for prefix, namespace in PREFIXES}
    yield '{"@context": ' + json.dumps(context) + ', "@graph": ['
    type_text = "rdf:type"
    subjects = sorted(union)
    for position, subject in enumerate(subjects):
        predicates = union[subject]
        members = ['"@id": ' + json.dumps(term_of[subject], ensure_ascii=False)]
        if type_text in predicates:
            types = (key_json(t) for t in sorted(predicates[type_text]))
            members.append('"@type": [' + ", ".join(types) + "]")
        for predicate in sorted(p for p in predicates if p != type_text):
            values = ", ".join(value_json(o) for o in sorted(predicates[predicate]))
            members.append(f"{key_json(predicate)}: [{values}]")
        yield "{" + ", ".join(members) + ("}," if position < len(subjects) - 1 else "}")
    yield "]}"


def _compact_json(iri: str) -> str:
    for prefix, namespace in PREFIXES:
        if iri.startswith(namespace) and _LOCAL_NAME.fullmatch(iri, len(namespace)):
            return f'"{prefix}:{iri[len(namespace):]}"'
    return dumps_unicode(iri)


def _jsonld_value(value: Term) -> str:
    if not isinstance(value, Literal):
        return '{"@id": ' + dumps_unicode(value) + "}"
    lexical = dumps_unicode(value.lexical)
    if value.language:
        return '{"@value": ' + lexical + ', "@language": ' + json.dumps(value.language) + "}"
    if value.datatype == XSD_STRING:
        return lexical
    return '{"@value": ' + lexical + ', "@type": ' + _compact_json(value.datatype) + "}"


def export(graph: nx.MultiDiGraph, out_dir: Path, base: str) -> list[Path]:
    """Write ``graph.ttl``, ``graph.trig`` and ``graph.jsonld`` of ``graph`` into ``out_dir``.

    The triples are rendered as the graph is walked and sorted on disk in
    runs of :data:`SPILL_LINES` (``generate_*`` above sort the same triples
    in memory and give the same bytes): the memory an export takes does not
    grow with the graph.
    """
    with _without_garbage_collection():
        return _export(graph, out_dir, base)


@contextlib.contextmanager
def _without_garbage_collection() -> Iterator[None]:
    # Millions of small, acyclic objects: the cyclic collector would rescan
    # them all again and again, a third of the export time, to free nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


#: Rendered triples sorted in memory at a time before a run of them goes to disk.
SPILL_LINES = 50_000

#: Rendered terms remembered at most; the memory is then cleared (rendering is deterministic).
RENDER_CACHE_TERMS = 50_000

_TYPE_TEXT = "rdf:type"


class SortedSpill:
    """Lines sorted and without repeats, kept in memory up to ``limit`` and in sorted runs on disk beyond."""

    def __init__(self, folder: Path, name: str, limit: int | None = None) -> None:
        self.folder = folder
        self.name = name
        self.limit = limit or SPILL_LINES
        self.lines: list[str] = []
        self.runs: list[Path] = []

    def add(self, line: str) -> None:
        """Keep ``line`` (no newline in it)."""
        self.lines.append(line)
        if len(self.lines) >= self.limit:
            self._spill()

    def _spill(self) -> None:
        run = self.folder / f"{self.name}-{len(self.runs):05d}"
        with run.open("w", encoding="utf-8") as out:
            out.writelines(f"{line}\n" for line in _unique(sorted(self.lines)))
        self.runs.append(run)
        self.lines = []

    def sorted_lines(self) -> Iterator[str]:
        """Every line kept, once, in code point order."""
        if not self.runs:
            yield from _unique(sorted(self.lines))
            return
        if self.lines:
            self._spill()
        with contextlib.ExitStack() as stack:
            files = [stack.enter_context(run.open(encoding="utf-8")) for run in self.runs]
            yield from _unique(line[:-1] for line in heapq.merge(*files))


def _unique(lines: Iterable[str]) -> Iterator[str]:
    previous = None
    for line in lines:
        if line != previous:
            yield line
            previous = line


def _export(graph: nx.MultiDiGraph, out_dir: Path, base: str) -> list[Path]:
    render = TermRenderer(base)
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".kg-rdf-sort-", dir=out_dir) as folder:
        union = SortedSpill(Path(folder), "union")
        named = SortedSpill(Path(folder), "named")
        spill_quads(graph_quads(graph, base), render, union, named)
        render.cache.clear()
        return [
            _write_lines(out_dir / "graph.ttl", stream_turtle(union.sorted_lines(), base)),
            _write_lines(out_dir / "graph.trig", stream_trig(named.sorted_lines(), base)),
            _write_lines(out_dir / "graph.jsonld", stream_jsonld(union.sorted_lines())),
        ]


def spill_quads(quads: Iterable[Quad], render: TermRenderer, union: SortedSpill, named: SortedSpill) -> None:
    """Render each quad into a line of ``union`` (subject, predicate key, object, and their
    JSON-LD forms) and of ``named`` (graph key, subject, predicate key, object), tab-separated.

    Rendered terms hold no tab, newline or other character below a space, so
    sorting the lines as text sorts by their fields in order.
    """
    cache = render.cache
    as_json: dict[Term, str] = {}
    # IRIs in their JSON-LD forms: compacted (predicates, types) and as JSON strings (subjects)
    compact: dict[str, str] = {}
    quoted: dict[str, str] = {}
    for subject, predicate, obj, graph_name in quads:
        if len(cache) > RENDER_CACHE_TERMS:
            cache.clear()
            as_json.clear()
            compact.clear()
            quoted.clear()
        s = cache.get(subject) or render(subject)
        p = cache.get(predicate) or render(predicate)
        o = cache.get(obj) or render(obj)
        if p == _TYPE_TEXT:
            key = "0" + p
            object_json = compact.get(obj) or _remember(compact, obj, _compact_json)
        else:
            key = "1" + p
            object_json = as_json.get(obj) or _remember(as_json, obj, _jsonld_value)
        predicate_json = compact.get(predicate) or _remember(compact, predicate, _compact_json)
        subject_json = quoted.get(subject) or _remember(quoted, subject, dumps_unicode)
        union.add(f"{s}\t{key}\t{o}\t{object_json}\t{predicate_json}\t{subject_json}")
        g = "0" if graph_name is None else "1" + (cache.get(graph_name) or render(graph_name))
        named.add(f"{g}\t{s}\t{key}\t{o}")


def _remember(forms: dict[Any, str], value: Any, make: Callable[[Any], str]) -> str:
    encoded = forms[value] = make(value)
    return encoded




def _statements(rows: Iterable[list[str]], indent: str = "") -> Iterator[str]:
    """Turtle statements of sorted (subject, predicate key, object) rows, one per subject."""
    subject = None
    parts: list[str] = []
    verb = None
    objects: list[str] = []
    for s, key, o in rows:
        if s != subject:
            if subject is not None:
                parts.append(f"{verb} {', '.join(objects)}")
                yield f"{indent}{subject} " + f" ;\n{indent}    ".join(parts) + " ."
            subject, parts, verb, objects = s, [], None, []
        predicate = key[1:]
        current = "a" if predicate == _TYPE_TEXT else predicate
        if current != verb:
            if verb is not None:
                parts.append(f"{verb} {', '.join(objects)}")
            verb, objects = current, []
        objects.append(o)
    if subject is not None:
        parts.append(f"{verb} {', '.join(objects)}")
        yield f"{indent}{subject} " + f" ;\n{indent}    ".join(parts) + " ."


def stream_turtle(lines: Iterable[str], base: str) -> Iterator[str]:
    """The lines of ``graph.ttl`` from the sorted lines of a union spill."""
    yield from header_lines(base)
    for statement in _statements(line.split("\t", 3)[:3] for line in lines):
        yield ""
        yield statement


def stream_trig(lines: Iterable[str], base: str) -> Iterator[str]:
    """The lines of ``graph.trig`` from the sorted lines of a named-graph spill."""
    yield from header_lines(base)
    for graph_key, rows in itertools.groupby((line.split("\t") for line in lines), key=lambda row: row[0]):
        yield ""
        yield "{" if graph_key == "0" else f"{graph_key[1:]} {{"
        first = True
        for statement in _statements((row[1:] for row in rows), indent="    "):
            if not first:
                yield ""
            first = False
            yield statement
        yield "}"


def stream_jsonld(lines: Iterable[str]) -> Iterator[str]:
    """The lines of ``graph.jsonld`` from the sorted lines of a union spill."""
    context = {prefix: namespace for prefix, namespace in PREFIXES}
    yield '{"@context": ' + json.dumps(context) + ', "@graph": ['
    pending = None
    for _, rows in itertools.groupby((line.split("\t") for line in lines), key=lambda row: row[0]):
        members: list[str] = []
        types: list[str] = []
        values: list[str] = []
        predicate_json = None
        for _, key, _, object_json, key_json, subject_json in rows:
            if not members:
                members.append('"@id": ' + subject_json)
            if key[1:] == _TYPE_TEXT:
                types.append(object_json)
                continue
            if types:
                members.append('"@type": [' + ", ".join(types) + "]")
                types = []
            if key_json != predicate_json:
                if predicate_json is not None:
                    members.append(f"{predicate_json}: [{', '.join(values)}]")
                predicate_json, values = key_json, []
            values.append(object_json)
        if types:
            members.append('"@type": [' + ", ".join(types) + "]")
        if predicate_json is not None:
            members.append(f"{predicate_json}: [{', '.join(values)}]")
        if pending is not None:
            yield pending + ","
        pending = "{" + ", ".join(members) + "}"
    if pending is not None:
        yield pending
    yield "]}"


def _write_lines(path: Path, lines: Iterable[str], batch: int = 2000) -> Path:
    def chunks() -> Iterator[bytes]:
        iterator = iter(lines)
        while block := list(itertools.islice(iterator, batch)):
            yield ("\n".join(block) + "\n").encode("utf-8")

    return atomic_write_chunks(path, chunks())
