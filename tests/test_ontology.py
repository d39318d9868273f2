"""ontology/kg.ttl agrees with kg/vocab.py, and ontology/shapes.ttl checks real exports."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyshacl
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.build import build_outputs
from kg.export.turtle import TermRenderer, generate_turtle, render_quads
from kg.model import Provenance
from kg.rdf import graph_quads
from kg.vocab import KG, KG_NAMESPACE, SUPERCLASSES, SYMMETRIC_PREDICATES

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
SCHEMA = "https://schema.org/"
BASE = "https://kg.example.org/"


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(SHAPES, format="turtle")


def _kg_terms(graph: rdflib.Graph) -> set[str]:
    return {
        str(s)[len(KG_NAMESPACE):]
        for s in graph.subjects()
        if isinstance(s, rdflib.URIRef) and str(s).startswith(KG_NAMESPACE)
    }


def test_ontology_defines_exactly_the_terms_of_vocab(ontology: rdflib.Graph) -> None:
    assert _kg_terms(ontology) == set(KG.__annotations__)


def test_ontology_uses_no_kg_term_it_does_not_define(ontology: rdflib.Graph) -> None:
    used = {str(t)[len(KG_NAMESPACE):] for triple in ontology for t in triple if str(t).startswith(KG_NAMESPACE)}
    assert used <= set(KG.__annotations__)


@pytest.mark.parametrize("name", sorted(KG.__annotations__))
def test_ontology_term_is_typed_and_labelled_in_english_and_vietnamese(ontology: rdflib.Graph, name: str) -> None:
    subject = rdflib.URIRef(KG_NAMESPACE + name)
    types = set(ontology.objects(subject, RDF.type))
    assert types & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for predicate in (RDFS.label, RDFS.comment):
        languages = {o.language for o in ontology.objects(subject, predicate)}
        assert {"en", "vi"} <= languages, f"kg:{name} lacks an English or Vietnamese {predicate}"


def test_ontology_properties_have_a_domain_or_a_range(ontology: rdflib.Graph) -> None:
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(ontology.subjects(RDF.type, OWL.DatatypeProperty))
    undeclared = {
        str(p) for p in properties
        if (p, RDFS.domain, None) not in ontology and (p, RDFS.range, None) not in ontology
    }
    # kg:partOf links organisations to organisations and places to places: no single domain fits
    assert undeclared == {KG_NAMESPACE + "partOf"}


def test_ontology_subclasses_agree_with_vocab(ontology: rdflib.Graph) -> None:
    declared = {}
    for subclass, superclass in ontology.subject_objects(RDFS.subClassOf):
        if str(subclass).startswith(KG_NAMESPACE) and str(superclass).startswith(KG_NAMESPACE):
            declared.setdefault(str(subclass)[len(KG_NAMESPACE):], set()).add(str(superclass)[len(KG_NAMESPACE):])
    assert declared == {name: set(parents) for name, parents in SUPERCLASSES.items()}


def test_ontology_classes_align_with_schema_org(ontology: rdflib.Graph) -> None:
    unaligned = set()
    for cls in ontology.subjects(RDF.type, OWL.Class):
        if not isinstance(cls, rdflib.URIRef):
            continue
        ancestors = set(ontology.transitive_objects(cls, RDFS.subClassOf))
        if not any(str(a).startswith(SCHEMA) for a in ancestors):
            unaligned.add(str(cls)[len(KG_NAMESPACE):])
    assert unaligned == {"Evidence"}  # no schema.org class for a telling of an event


def test_ontology_symmetric_properties_agree_with_vocab(ontology: rdflib.Graph) -> None:
    symmetric = {str(p)[len(KG_NAMESPACE):] for p in ontology.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == set(SYMMETRIC_PREDICATES)


def _validate(data: rdflib.Graph, shapes: rdflib.Graph) -> tuple[bool, str]:
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, advanced=True)
    return conforms, report


def test_ontology_seed_build_conforms_to_shapes(tmp_path: Path, shapes: rdflib.Graph) -> None:
    build_outputs([ROOT / "seeds"], tmp_path)
    data = rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert len(data) > 100
    conforms, report = _validate(data, shapes)
    assert conforms, report


def _good_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for node, type_name, label in (
        ("person/putin", "Person", "Vladimir Putin"),
        ("person/kim", "Person", "Kim Jong-un"),
        ("country/nga", "Country", "Nga"),
        ("organization/kremlin", "Organization", "Điện Kremlin"),
    ):
        graph.add_node(node, kind="entity", type=type_name, label=label, aliases=(), same_as=(), mentions=1,
                       articles=("a1",))
    graph.add_node("article/a1", kind="article", type="Article", label="Tin", title="Tin", author=None, url=None,
                   published="2023-09-13", source_file="x", articles=("a1",))
    evidence = Provenance("a1", 0, "Tổng_thống Nga Vladimir_Putin gặp Kim_Jong-un .", 0, 44, "rules", 0.9)
    graph.add_edge("person/putin", "country/nga", predicate="presidentOf", provenance=evidence)
    graph.add_node("event/meeting/1", kind="event", type="Meeting", label="Meeting", date="--09-13",
                   date_type="gMonthDay", quote=None, items=(), planned=False, accepted=None, vehicle=None,
                   evidence=(evidence,), articles=("a1",))
    graph.add_edge("event/meeting/1", "person/putin", predicate="participant", provenance=evidence)
    graph.add_edge("event/meeting/1", "country/nga", predicate="place", provenance=evidence)
    return graph


def _as_rdflib(graph: nx.MultiDiGraph) -> rdflib.Graph:
    union, _ = render_quads(graph_quads(graph, BASE), TermRenderer(BASE))
    return rdflib.Graph().parse(data="\n".join(generate_turtle(union, BASE)), format="turtle")


def test_ontology_shapes_accept_a_good_graph(shapes: rdflib.Graph) -> None:
    conforms, report = _validate(_as_rdflib(_good_graph()), shapes)
    assert conforms, report


K = rdflib.Namespace(KG_NAMESPACE)
R = rdflib.Namespace(BASE)


def _second_label(g: rdflib.Graph) -> None:
    g.add((R["person/putin"], RDFS.label, rdflib.Literal("Putin")))


def _confidence_above_one(g: rdflib.Graph) -> None:
    statement = next(g.subjects(RDF.type, RDF.Statement))
    g.set((statement, K.confidence, rdflib.Literal("1.5", datatype=rdflib.XSD.decimal)))


def _event_without_evidence(g: rdflib.Graph) -> None:
    g.remove((R["event/meeting/1"], K.evidence, None))


def _country_not_a_location(g: rdflib.Graph) -> None:
    g.remove((R["country/nga"], RDF.type, K.Location))


def _post_held_by_an_organisation(g: rdflib.Graph) -> None:
    g.add((R["organization/kremlin"], K.spokespersonOf, R["country/nga"]))


def _place_is_a_person(g: rdflib.Graph) -> None:
    g.add((R["event/meeting/1"], K.place, R["person/kim"]))


def _date_as_plain_string(g: rdflib.Graph) -> None:
    g.set((R["event/meeting/1"], K.date, rdflib.Literal("13/9")))


def _article_without_title(g: rdflib.Graph) -> None:
    g.remove((R["article/a1"], rdflib.DCTERMS.title, None))


def _start_after_end(g: rdflib.Graph) -> None:
    statement = next(g.subjects(RDF.type, RDF.Statement))
    g.set((statement, K.charStart, rdflib.Literal(100)))


@pytest.mark.parametrize(
    "break_graph",
    [
        _second_label,
        _confidence_above_one,
        _event_without_evidence,
        _country_not_a_location,
        _post_held_by_an_organisation,
        _place_is_a_person,
        _date_as_plain_string,
        _article_without_title,
        _start_after_end,
    ],
)
def test_ontology_shapes_reject_a_broken_graph(shapes: rdflib.Graph, break_graph) -> None:
    data = _as_rdflib(_good_graph())
    break_graph(data)
    conforms, _ = _validate(data, shapes)
    assert not conforms


def test_ontology_records_refuse_names_outside_the_vocabulary():
    from kg.model import Decision, EntityType, EventRole, Mention, Provenance, Statement
    from kg.vocab import VocabularyError

    mention = Mention("a", 0, 0, 3, "Kim", EntityType.PERSON)
    provenance = Provenance("a", 0, "Kim", 0, 3, "test", 0.5)
    with pytest.raises(VocabularyError, match="'meets' is not a statement predicate"):
        Statement(mention, "meets", mention, provenance)
    with pytest.raises(VocabularyError, match="event role"):
        EventRole("guest", mention)
    with pytest.raises(VocabularyError, match="resolution rule"):
        Decision(mention, None, "guess", "", 0.0)
    assert Statement(mention, "met", mention, provenance).predicate == "met"


def test_ontology_every_statement_predicate_and_event_role_is_a_term(ontology):
    from kg.vocab import EVENT_ROLE_PREDICATES, STATEMENT_PREDICATES, term

    for name in (*STATEMENT_PREDICATES, *EVENT_ROLE_PREDICATES, "source", "mediaCredit"):
        assert (term(name), None, None) in ontology
