"""The knowledge graph as RDF: quads from the networkx graph of ``kg.graph``.

Terms are plain values so that a million of them stay cheap: an IRI is a
``str``, a literal a :class:`Literal`. There are no blank nodes; every node
the mapping mints (reified statements, evidence) has an IRI derived from a
hash of what it describes, so the output is the same on every run.

The mapping:

- entities: ``rdf:type`` their class and every superclass in the vocabulary
  (a ``kg:Country`` is also a ``kg:Location``), ``rdfs:label``,
  ``skos:altLabel``, ``owl:sameAs``, ``kg:mentionCount``;
- relations (edges between entities whose predicate is not an event role):
  the direct triple, and per piece of evidence an ``rdf:Statement`` with
  ``rdf:subject``/``rdf:predicate``/``rdf:object``, ``prov:wasDerivedFrom``
  the article, ``kg:sentence``, ``kg:charStart``, ``kg:charEnd``,
  ``kg:extractor`` and ``kg:confidence``. ``kg:met`` is symmetric: the direct
  triple is written in both directions (what an OWL reasoner would infer), so
  ``?a kg:met ?b`` finds every pair either way round; the ``rdf:Statement``
  keeps the direction the sentence was read in;
- events: typed, ``rdfs:label``, role links (``kg:participant``…),
  ``kg:date`` typed with its XSD datatype, ``kg:dateText`` (as written),
  ``kg:datePrecision`` ("day", "month", "year"), ``kg:quote``, ``kg:item``,
  ``kg:planned``, ``kg:accepted``, ``kg:vehicle``, ``prov:wasDerivedFrom``
  each article, and one ``kg:Evidence`` node per telling (``kg:evidence``)
  with the same evidence properties as a statement;
- articles: ``kg:Article``, ``dcterms:title``, ``kg:author``, ``kg:url``,
  ``kg:published``, ``kg:mentions``, ``kg:source``, ``kg:mediaCredit``.

Each quad names the graph it belongs to: the article IRI for what an article
says (its metadata, the relations and event roles it supports, their
evidence), or ``None`` (the default graph) for what the build concluded
across articles (entity names and types, event descriptions).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

import networkx as nx

from kg.graph import stable_hash
from kg.model import Provenance
from kg.lexicon import role_of_post
from kg.vocab import (
    EVENT_ROLE_PREDICATES,
    KG_NAMESPACE,
    ROLE_PREDICATES,
    SYMMETRIC_PREDICATES,
    class_closure,
    term,
)
from kg.vocab import iri as kg_iri

#: Posts held: every role predicate but membership.
POST_PREDICATES = frozenset(p for p in ROLE_PREDICATES if p != "memberOf")

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"

#: The prefixes of every export, in the order they are written.
PREFIXES: tuple[tuple[str, str], ...] = (
    ("dcterms", DCTERMS),
    ("kg", KG_NAMESPACE),
    ("owl", OWL),
    ("prov", PROV),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("schema", SCHEMA),
    ("skos", SKOS),
    ("xsd", XSD),
)

RDF_TYPE = RDF + "type"
XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"
XSD_DECIMAL = XSD + "decimal"
XSD_BOOLEAN = XSD + "boolean"

#: Event roles as some extractors name them, and the vocabulary property they mean.
_ROLE_ALIASES = {"source": "reportedBy"}

_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
# What RFC 3987 allows in a path (ipchar and "/"). A percent sign is always encoded, so
# that ids differing only by an escape ("a b", "a%20b") keep distinct IRIs.
_UCSCHAR = (
    "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    + "".join(f"{chr(plane << 16)}-{chr((plane << 16) | 0xFFFD)}" for plane in range(1, 14))
    + "\U000e1000-\U000efffd"
)
_NOT_IN_PATH = re.compile(rf"[^A-Za-z0-9\-._~!$&'()*+,;=:@/{_UCSCHAR}]")
_DATE = re.compile(r"-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?")
_DATE_TIME = re.compile(r"-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


class Literal(NamedTuple):
    """An RDF literal: lexical form, datatype IRI, and language tag if any."""

    lexical: str
    datatype: str = XSD_STRING
    language: str | None = None


Term = str | Literal
#: subject, predicate, object, graph (an article IRI, or None for the default graph)
Quad = tuple[str, str, Term, str | None]
Triple = tuple[str, str, Term]


class MappingError(ValueError):
    """A graph that does not follow the contract of ``kg.graph``."""


def resource_iri(base: str, node_id: str) -> str:
    """The IRI of a graph node: ``base`` + node id, with what an IRI path forbids (and ``%``)
    percent-encoded, so that two node ids never give one IRI."""
    if not _NOT_IN_PATH.search(node_id):
        return base + node_id
    return base + _NOT_IN_PATH.sub(_encode_match, node_id)


def same_as_iri(base: str, value: str) -> str:
    """An ``owl:sameAs`` target: absolute IRIs as they are, local ids against ``base``."""
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value):
        return _percent_encode(value)
    return resource_iri(base, value)


def _percent_encode(text: str) -> str:
    if not _NOT_IN_IRI.search(text):
        return text
    return _NOT_IN_IRI.sub(_encode_match, text)


def _encode_match(match: re.Match[str]) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))


def integer(value: int) -> Literal:
    return Literal(str(int(value)), XSD_INTEGER)


def decimal(value: float) -> Literal:
    """``value`` as an ``xsd:decimal`` in plain notation ("0.95", "1.0")."""
    text = format(Decimal(repr(float(value))), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, XSD_DECIMAL)


def boolean(value: bool) -> Literal:
    return Literal("true" if value else "false", XSD_BOOLEAN)


def timestamp(value: str) -> Literal:
    """A publication time: ``xsd:dateTime`` or ``xsd:date`` when it is one, else a string."""
    if _DATE_TIME.fullmatch(value):
        return Literal(value, XSD + "dateTime")
    if _DATE.fullmatch(value):
        return Literal(value, XSD + "date")
    return Literal(value)


def graph_quads(graph: nx.MultiDiGraph, base: str) -> Iterator[Quad]:
    """Every quad of ``graph`` under ``base``; the same quad may come more than once."""
    iri = {node: resource_iri(base, node) for node in graph.nodes}
    for node, data in graph.nodes(data=True):
        kind = data.get("kind")
        if kind == "entity":
            yield from _entity_quads(iri[node], data, base)
        elif kind == "event":
            yield from _event_quads(iri[node], data, base)
        elif kind == "article":
            yield from _article_quads(iri[node], data)
        else:
            raise MappingError(f"node {node!r}: kind {kind!r} is none of entity, event, article")
    for source, target, data in graph.edges(data=True):
        yield from _edge_quads(graph, iri, source, target, data, base)


def graph_triples(graph: nx.MultiDiGraph, base: str) -> set[Triple]:
    """The distinct triples of ``graph``: the union of all its named graphs and the default graph."""
    return {(s, p, o) for s, p, o, _ in graph_quads(graph, base)}


def _types(subject: str, class_name: str, graph_name: str | None) -> Iterator[Quad]:
    for name in class_closure(class_name):
        yield subject, RDF_TYPE, _kg(name), graph_name


@functools.cache
def _kg(local_name: str) -> str:
    try:
        return str(term(local_name))
    except AttributeError:
        raise MappingError(
            f"'{local_name}' is not a term of the vocabulary; add it to kg/vocab.py and ontology/kg.ttl"
        ) from None


def _entity_quads(subject: str, data: dict, base: str) -> Iterator[Quad]:
    yield from _types(subject, data["type"], None)
    yield subject, RDFS + "label", Literal(data["label"]), None
    for alias in data.get("aliases") or ():
        if alias != data["label"]:
            yield subject, SKOS + "altLabel", Literal(alias), None
    for other in data.get("same_as") or ():
        yield subject, OWL + "sameAs", same_as_iri(base, other), None
    if data.get("mentions") is not None:
        yield subject, kg_iri("mentionCount"), integer(data["mentions"]), None


def _event_quads(subject: str, data: dict, base: str) -> Iterator[Quad]:
    yield from _types(subject, data["type"], None)
    yield subject, RDFS + "label", Literal(data["label"]), None
    if data.get("date"):
        yield subject, kg_iri("date"), Literal(data["date"], XSD + (data.get("date_type") or "date")), None
    if data.get("date_text"):
        yield subject, kg_iri("dateText"), Literal(data["date_text"]), None
    if data.get("date_precision"):
        yield subject, kg_iri("datePrecision"), Literal(data["date_precision"]), None
    if data.get("quote"):
        yield subject, kg_iri("quote"), Literal(data["quote"]), None
    for item in data.get("items") or ():
        yield subject, kg_iri("item"), Literal(item), None
    if data.get("planned") is not None:
        yield subject, kg_iri("planned"), boolean(data["planned"]), None
    if data.get("accepted") is not None:
        yield subject, kg_iri("accepted"), boolean(data["accepted"]), None
    if data.get("vehicle"):
        yield subject, kg_iri("vehicle"), Literal(data["vehicle"]), None
    for provenance in data.get("evidence") or ():
        article = resource_iri(base, f"article/{provenance.article_id}")
        node = base + "evidence/" + stable_hash(subject, *_provenance_key(provenance))
        yield subject, PROV + "wasDerivedFrom", article, article
        yield subject, kg_iri("evidence"), node, article
        yield node, RDF_TYPE, kg_iri("Evidence"), article
        yield from _provenance_quads(node, provenance, article)


def _article_quads(subject: str, data: dict) -> Iterator[Quad]:
    yield subject, RDF_TYPE, kg_iri("Article"), subject
    yield subject, RDFS + "label", Literal(data["label"]), subject
    if data.get("title"):
        yield subject, DCTERMS + "title", Literal(data["title"]), subject
    if data.get("author"):
        yield subject, kg_iri("author"), Literal(data["author"]), subject
    if data.get("url"):
        yield subject, kg_iri("url"), Literal(data["url"], XSD + "anyURI"), subject
    if data.get("published"):
        yield subject, kg_iri("published"), timestamp(data["published"]), subject


def _edge_quads(
    graph: nx.MultiDiGraph, iri: dict[str, str], source: str, target: str, data: dict, base: str
) -> Iterator[Quad]:
    predicate_name = data.get("predicate")
    if not predicate_name:
        raise MappingError(f"edge {source!r} -> {target!r} has no predicate")
    provenance: Provenance | None = data.get("provenance")
    subject, obj = iri[source], iri[target]
    if provenance is not None:
        graph_name = resource_iri(base, f"article/{provenance.article_id}")
    elif graph.nodes[source].get("kind") == "article":
        graph_name = subject
    else:
        graph_name = None
    if graph.nodes[source].get("kind") == "event":
        role = _ROLE_ALIASES.get(predicate_name, predicate_name)
        if role not in EVENT_ROLE_PREDICATES:
            raise MappingError(f"edge {source!r} -> {target!r}: '{predicate_name}' is not an event role")
        yield subject, _kg(role), obj, graph_name
        return
    predicate = _kg(predicate_name)
    yield subject, predicate, obj, graph_name
    if predicate_name in SYMMETRIC_PREDICATES:
        yield obj, predicate, subject, graph_name
    if provenance is None:
        return
    statement = base + "statement/" + stable_hash(subject, predicate, obj, *_provenance_key(provenance))
    yield statement, RDF_TYPE, RDF + "Statement", graph_name
    yield statement, RDF + "subject", subject, graph_name
    yield statement, RDF + "predicate", predicate, graph_name
    yield statement, RDF + "object", obj, graph_name
    if data.get("title"):
        yield statement, kg_iri("postTitle"), Literal(data["title"]), graph_name
    start = data.get("start")
    start_value = start.xsd() if start is not None else None
    if start_value is not None:
        yield statement, kg_iri("startDateText"), Literal(start.text.replace("_", " ")), graph_name
        yield statement, kg_iri("startDate"), Literal(start_value[0], XSD + start_value[1]), graph_name
    yield from _provenance_quads(statement, provenance, graph_name)
    if predicate_name in POST_PREDICATES:
        yield from _post_quads(subject, predicate_name, obj, data.get("title"), statement, base, graph_name)
        if start_value is not None:
            post = _post_iri(subject, predicate_name, obj, data.get("title"), base)
            yield post, kg_iri("startDate"), Literal(start_value[0], XSD + start_value[1]), graph_name


def _post_quads(
    holder: str, predicate_name: str, organization: str, title: str | None, statement: str, base: str, graph_name: str
) -> Iterator[Quad]:
    """The post as a node of its own, as Wikidata's position held: holder, normalised role,
    organisation, former or not, and the statement that tells it. One node per holder, role,
    organisation and tense, however many articles tell it."""
    role = role_of_post(title, predicate_name)
    former = predicate_name == "formerlyHeldPostAt"
    post = _post_iri(holder, predicate_name, organization, title, base)
    yield holder, kg_iri("heldPost"), post, graph_name
    yield post, RDF_TYPE, kg_iri("Post"), graph_name
    yield post, kg_iri("holder"), holder, graph_name
    yield post, kg_iri("postRole"), Literal(role), graph_name
    yield post, kg_iri("postOrganization"), organization, graph_name
    yield post, kg_iri("former"), boolean(former), graph_name
    yield post, kg_iri("postEvidence"), statement, graph_name


def _post_iri(holder: str, predicate_name: str, organization: str, title: str | None, base: str) -> str:
    role = role_of_post(title, predicate_name)
    former = predicate_name == "formerlyHeldPostAt"
    return base + "post/" + stable_hash(holder, role, organization, str(former))


def _provenance_key(provenance: Provenance) -> tuple[str, ...]:
    return (provenance.article_id, str(provenance.start), str(provenance.end), provenance.extractor)


def _provenance_quads(node: str, provenance: Provenance, article: str) -> Iterator[Quad]:
    yield node, PROV + "wasDerivedFrom", article, article
    yield node, kg_iri("sentence"), Literal(provenance.sentence), article
    yield node, kg_iri("charStart"), integer(provenance.start), article
    yield node, kg_iri("charEnd"), integer(provenance.end), article
    yield node, kg_iri("extractor"), Literal(provenance.extractor), article
    yield node, kg_iri("confidence"), decimal(provenance.confidence), article
