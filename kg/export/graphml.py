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
from collections.abc import Iterable, Mapping
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write_text
from kg.export.evidence import Fact, aggregate_facts, distinct_evidence, predicate_words, published_text, shared_sources
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
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    return str(value)


def _evidence_attributes(evidence: Iterable[Provenance]) -> dict[str, Scalar]:
    pieces = distinct_evidence(list(evidence))
    return {
        "evidence": json.dumps([published_text(p.sentence) for p in pieces], ensure_ascii=False),
        "evidenceArticles": json.dumps([p.article_id for p in pieces], ensure_ascii=False),
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
        "articles": json.dumps(list(fact.articles), ensure_ascii=False),
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
    """Write ``out_dir/graph.graphml``."""
    return [atomic_write_text(out_dir / "graph.graphml", generate_graphml(graph, base))]
