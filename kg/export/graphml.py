"""GraphML export (``graph.graphml``) for networkx and Gephi users.

One edge per fact (source, target, predicate), as Gephi expects: ``weight``
is the number of distinct articles that tell it, ``label`` the predicate in
words ("gave a gift to"), ``predicate`` its vocabulary name, ``confidence``
the highest of its evidence. A symmetric predicate (``met``) is one edge per
pair, from the smaller node id to the larger.

GraphML attributes are scalars, so lists become JSON arrays (``json.loads``
gives them back) and None is left out. Evidence, of an edge or of an event
node, is four aligned arrays: ``evidence[i]`` is a sentence as published
(without the segmenter's underscores) of article ``evidenceArticles[i]``, the
fact at characters ``evidenceStarts[i]``-``evidenceEnds[i]`` of the article's
text. An article's ``source_file`` is relative to the folder holding every
input. Every node also gets its ``iri``. An attribute that would hold
different types on different elements is written as text everywhere, so each
GraphML key has one type. Nodes and edges are sorted, so the file is
byte-identical across runs.
"""

from __future__ import annotations

import json
import re
import struct
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, tostring

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from kg.atomic import atomic_write_chunks, atomic_write_text
from kg.export.evidence import (
    Fact,
    aggregate_facts,
    distinct_evidence,
    iter_facts,
    predicate_words,
    published_text,
    shared_sources,
)
from kg.jsonio import dumps_unicode
from kg.model import Provenance
from kg.rdf import resource_iri

Scalar = str | int | float | bool

#: Characters XML 1.0 cannot hold at all; article text may still contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (each becomes U+FFFD)."""
    return _NOT_XML.sub("\ufffd", text)


def _flatten_value(value: object) -> Scalar | None:
    if isinstance(value, str):
        return xml_safe(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (tuple, list, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else list(value)
        return dumps_unicode([_json_item(v) for v in items])
    return xml_safe(str(value))


def _json_item(value: object) -> object:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    return str(value)


def _evidence_attributes(evidence: Iterable[Provenance]) -> dict[str, Scalar]:
    pieces = distinct_evidence(list(evidence))
    return {
        "evidence": dumps_unicode([published_text(p.sentence) for p in pieces]),
        "evidenceArticles": dumps_unicode([p.article_id for p in pieces]),
        "evidenceStarts": json.dumps([p.start for p in pieces]),
        "evidenceEnds": json.dumps([p.end for p in pieces]),
    }


def _node_attributes(node: str, data: Mapping[str, object], base: str, source_file: str | None) -> dict[str, Scalar]:
    flat: dict[str, Scalar] = {"iri": xml_safe(resource_iri(base, node))}
    for key in sorted(data):
        value = data[key]
        if key == "evidence":
            flat.update(_evidence_attributes(p for p in value or () if isinstance(p, Provenance)))  # type: ignore[union-attr]
            continue
        if key == "source_file":
            value = source_file
        elif key in ("quote", "vehicle") and isinstance(value, str):
            value = published_text(value)
        elif key == "items" and isinstance(value, (tuple, list)):
            value = [published_text(v) if isinstance(v, str) else v for v in value]
        flattened = _flatten_value(value)
        if flattened is not None:
            flat[key] = flattened
    return flat


def _edge_attributes(fact: Fact) -> dict[str, Scalar]:
    flat: dict[str, Scalar] = {
        "predicate": fact.predicate,
        "label": predicate_words(fact.predicate),
        "weight": len(fact.articles),
        "articles": dumps_unicode(list(fact.articles)),
    }
    if fact.evidence:
        flat.update(_evidence_attributes(fact.evidence))
        flat["confidence"] = float(max(p.confidence for p in fact.evidence))
    return {key: xml_safe(value) if isinstance(value, str) else value for key, value in flat.items()}


def _unify_types(elements: Iterable[dict[str, Scalar]]) -> None:
    """Make each attribute one GraphML type: text where elements disagree."""
    elements = list(elements)
    types: dict[str, set[type]] = {}
    for attributes in elements:
        for key, value in attributes.items():
            types.setdefault(key, set()).add(type(value))
    mixed = {key for key, seen in types.items() if len(seen) > 1}
    for attributes in elements:
        for key in mixed & attributes.keys():
            value = attributes[key]
            attributes[key] = json.dumps(value) if isinstance(value, bool) else str(value)


def flat_graph(graph: nx.MultiDiGraph, base: str) -> nx.MultiDiGraph:
    """A copy of ``graph`` with GraphML-legal attributes: one edge per fact, nodes and edges sorted."""
    sources = shared_sources(graph)
    nodes = [(node, _node_attributes(node, data, base, sources.get(node))) for node, data in sorted(graph.nodes(data=True))]
    flat_edges = [(fact.source, fact.target, _edge_attributes(fact)) for fact in aggregate_facts(graph)]
    _unify_types(attributes for _, attributes in nodes)
    _unify_types(attributes for *_, attributes in flat_edges)
    flat = nx.MultiDiGraph()
    flat.add_nodes_from(nodes)
    for source, target, attributes in flat_edges:
        flat.add_edge(source, target, **attributes)
    return flat


def generate_graphml(graph: nx.MultiDiGraph, base: str) -> str:
    """The GraphML text of ``graph``."""
    return "\n".join(nx.generate_graphml(flat_graph(graph, base), encoding="utf-8", prettyprint=True)) + "\n"


def export(graph: nx.MultiDiGraph, out_dir: Path, base: str) -> list[Path]:
    """Write ``out_dir/graph.graphml``, element by element: the bytes of ``generate_graphml``
    without ever holding the document (or a tree of it) in memory."""
    path = out_dir / "graph.graphml"
    if graph.number_of_nodes() == 0:
        return [atomic_write_text(path, generate_graphml(graph, base))]
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=out_dir) as spool:
        keys = _spool_elements(graph, base, spool)
        return [atomic_write_chunks(path, _document(spool, keys))]


# --- streaming ----------------------------------------------------------------
# networkx declares every key before the graph, and an attribute's key and type
# depend on every element that has it. So the elements are rendered once, in
# networkx's order and with ElementTree's escaping, into a spool file, with a
# placeholder for each key; the keys are known at the end and the spool is then
# copied out behind them.

#: The GraphML type of each type of value, as ``GraphMLWriter.get_xml_type`` gives it; kept
#: here because making a writer imports numpy (for numpy's types, which no build writes).
XML_TYPES: dict[type, str] = {str: "string", int: "long", float: "double", bool: "boolean"}
_PLACEHOLDER = re.compile(r'<data key="@(\d+)">')
_BOOLEAN_VALUE = re.compile(r'<data key="@(\d+)">(True|False)</data>')
_LENGTH = struct.Struct(">I")


class _Keys:
    """Attribute slots (name, scope, Python type) in the order networkx meets them."""

    def __init__(self) -> None:
        self.slots: dict[tuple[str, str, type], int] = {}

    def slot(self, name: str, scope: str, kind: type) -> int:
        return self.slots.setdefault((name, scope, kind), len(self.slots))

    def resolve(self) -> tuple[list[str], dict[int, str], set[int]]:
        """The key declarations (as written, last made first), the key id of each slot, and the slots
        of booleans whose attribute is mixed (written as JSON text)."""
        kinds: dict[tuple[str, str], set[type]] = {}
        for name, scope, kind in self.slots:
            kinds.setdefault((name, scope), set()).add(kind)
        ids: dict[tuple[str, str, str], str] = {}
        declarations: list[str] = []
        slot_ids: dict[int, str] = {}
        mixed_booleans: set[int] = set()
        for (name, scope, kind), number in self.slots.items():
            mixed = len(kinds[(name, scope)]) > 1
            xml_type = _xml_type(str if mixed else kind)
            key = (name, xml_type, scope)
            if key not in ids:
                ids[key] = f"d{len(ids)}"
                attributes = {"id": ids[key], "for": scope, "attr.name": name, "attr.type": xml_type}
                declarations.insert(0, tostring(Element("key", **attributes)).decode())
            slot_ids[number] = ids[key]
            if mixed and kind is bool:
                mixed_booleans.add(number)
        return declarations, slot_ids, mixed_booleans


def _xml_type(kind: type) -> str:
    try:
        return XML_TYPES[kind]
    except KeyError as error:
        raise TypeError(f"GraphML does not support type {kind} as data values.") from error


def _render(tag: str, attrib: dict[str, str], attributes: Mapping[str, Scalar], scope: str, keys: _Keys) -> bytes:
    """The element as ElementTree writes it once networkx has indented it (two levels
    deep, no tail): ASCII, other characters as references. Written here directly,
    as building and serialising a tree per element costs several times more."""
    head = "<" + tag + "".join(f' {name}="{_escape_attribute(value)}"' for name, value in attrib.items())
    if not attributes:
        return (head + " />").encode("ascii", "xmlcharrefreplace")
    parts = [head, ">"]
    for name, value in attributes.items():
        slot = keys.slot(str(name), scope, type(value))
        text = str(value)
        if text:
            parts.append(f'\n      <data key="@{slot}">{_escape_text(text)}</data>')
        else:
            parts.append(f'\n      <data key="@{slot}" />')
    parts.append(f"\n    </{tag}>")
    return "".join(parts).encode("ascii", "xmlcharrefreplace")


def _escape_text(text: str) -> str:
    """Element text escaped as ElementTree escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attribute(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    text = _escape_text(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def _spool_elements(graph: nx.MultiDiGraph, base: str, spool: IO[bytes]) -> _Keys:
    """Write every node and edge element, length-prefixed, into ``spool``; the keys they use."""
    keys = _Keys()
    sources = shared_sources(graph)
    for node, data in sorted(graph.nodes(data=True)):
        attributes = _node_attributes(node, data, base, sources.get(node))
        _write_record(spool, _render("node", {"id": str(node)}, attributes, "node", keys))
    # facts come sorted by (source, target, predicate): the facts of one pair are consecutive
    pair: tuple[str, str] | None = None
    number = 0
    for fact in iter_facts(graph):
        number = number + 1 if (fact.source, fact.target) == pair else 0
        pair = (fact.source, fact.target)
        attrib = {"source": str(fact.source), "target": str(fact.target), "id": str(number)}
        _write_record(spool, _render("edge", attrib, _edge_attributes(fact), "edge", keys))
    return keys


def _write_record(spool: IO[bytes], record: bytes) -> None:
    spool.write(_LENGTH.pack(len(record)))
    spool.write(record)


def _document(spool: IO[bytes], keys: _Keys) -> Iterator[bytes]:
    """The GraphML document: the keys, then the spooled elements with their placeholders filled."""
    declarations, slot_ids, mixed_booleans = keys.resolve()
    root = tostring(Element("graphml", {
        "xmlns": GraphMLWriter.NS_GRAPHML, "xmlns:xsi": GraphMLWriter.NS_XSI, "xsi:schemaLocation": GraphMLWriter.SCHEMALOCATION,
    })).decode()
    head = [root.removesuffix(" />") + ">", *(f"  {d}" for d in declarations), '  <graph edgedefault="directed">']
    yield ("\n".join(head) + "\n").encode("utf-8")

    def boolean(found: re.Match[str]) -> str:
        if int(found.group(1)) in mixed_booleans:
            return f'<data key="@{found.group(1)}">{found.group(2).lower()}</data>'
        return found.group(0)

    spool.seek(0)
    while header := spool.read(_LENGTH.size):
        text = spool.read(_LENGTH.unpack(header)[0]).decode("ascii")
        if mixed_booleans:
            text = _BOOLEAN_VALUE.sub(boolean, text)
        text = _PLACEHOLDER.sub(lambda found: f'<data key="{slot_ids[int(found.group(1))]}">', text)
        # networkx's generate_graphml yields the document's lines: every line break becomes "\n"
        yield ("    " + "\n".join(text.splitlines()) + "\n").encode("utf-8")
    yield b"  </graph>\n</graphml>\n"
