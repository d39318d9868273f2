"""GraphML export (``graph.graphml``) for networkx and Gephi users.

GraphML attributes are scalars, so the graph's attributes are flattened:
tuples and lists become JSON arrays (``json.loads`` gives them back), an edge's
``Provenance`` becomes ``article``, ``sentence``, ``charStart``, ``charEnd``,
``extractor`` and ``confidence``, an event's evidence becomes JSON arrays of
its sentences, and None is left out. Every node also gets its ``iri``. An
attribute that would hold different types on different elements is written as
text everywhere, so each GraphML key has one type. Nodes and edges are sorted,
so the file is byte-identical across runs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write_text
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
        return json.dumps([_json_item(v) for v in items], ensure_ascii=False)
    return xml_safe(str(value))


def _json_item(value: object) -> object:
    if isinstance(value, Provenance):
        return value.sentence
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    return str(value)


def _node_attributes(node: str, data: Mapping[str, object], base: str) -> dict[str, Scalar]:
    flat: dict[str, Scalar] = {"iri": xml_safe(resource_iri(base, node))}
    for key in sorted(data):
        value = data[key]
        if key == "evidence":
            provenances = [p for p in value or () if isinstance(p, Provenance)]  # type: ignore[union-attr]
            flat["evidence"] = json.dumps([p.sentence for p in provenances], ensure_ascii=False)
            flat["evidenceArticles"] = json.dumps([p.article_id for p in provenances], ensure_ascii=False)
            continue
        flattened = _flatten_value(value)
        if flattened is not None:
            flat[key] = flattened
    return flat


def _edge_attributes(data: Mapping[str, object]) -> dict[str, Scalar]:
    flat: dict[str, Scalar] = {}
    for key in sorted(data):
        value = data[key]
        if isinstance(value, Provenance):
            flat.update(
                article=xml_safe(value.article_id),
                sentence=xml_safe(value.sentence),
                charStart=value.start,
                charEnd=value.end,
                extractor=xml_safe(value.extractor),
                confidence=float(value.confidence),
            )
            continue
        flattened = _flatten_value(value)
        if flattened is not None:
            flat[key] = flattened
    return flat


def _edge_sort_key(edge: tuple[str, str, Mapping[str, object]]) -> tuple:
    source, target, data = edge
    provenance = data.get("provenance")
    where = ("", -1, -1)
    if isinstance(provenance, Provenance):
        where = (provenance.article_id, provenance.start, provenance.end)
    return (source, target, str(data.get("predicate", "")), where, json.dumps(_edge_attributes(data), sort_keys=True))


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
    """A copy of ``graph`` with GraphML-legal attributes, nodes and edges sorted."""
    nodes = [(node, _node_attributes(node, data, base)) for node, data in sorted(graph.nodes(data=True))]
    edges = sorted(graph.edges(data=True), key=_edge_sort_key)
    flat_edges = [(source, target, _edge_attributes(data)) for source, target, data in edges]
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
    """Write ``out_dir/graph.graphml``."""
    return [atomic_write_text(out_dir / "graph.graphml", generate_graphml(graph, base))]
