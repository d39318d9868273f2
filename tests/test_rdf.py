"""The mapping from the networkx graph to RDF quads (kg.rdf)."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.model import Provenance
from kg.rdf import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDF_TYPE,
    RDFS,
    SKOS,
    XSD,
    Literal,
    MappingError,
    decimal,
    graph_quads,
    graph_triples,
    resource_iri,
    same_as_iri,
    timestamp,
)
from kg.vocab import KG_NAMESPACE as KG

BASE = "https://kg.example.org/"


def _provenance(article: str = "a1", start: int = 0, end: int = 10, confidence: float = 0.9) -> Provenance:
    return Provenance(article, 0, "Tổng_thống Nga Vladimir_Putin .", start, end, "rules", confidence)


def _entity(graph: nx.MultiDiGraph, node: str, type_name: str, label: str, **extra) -> None:
    data = {"aliases": (), "same_as": (), "mentions": 1, "articles": ("a1",)}
    data.update(extra)
    graph.add_node(node, kind="entity", type=type_name, label=label, **data)


def _article(graph: nx.MultiDiGraph, article_id: str, **extra) -> None:
    data = {"title": f"Title {article_id}", "author": None, "url": None, "published": None}
    data.update(extra)
    graph.add_node(f"article/{article_id}", kind="article", type="Article", label=data["title"],
                   source_file="x.txt", articles=(article_id,), **data)


def _event(graph: nx.MultiDiGraph, node: str, type_name: str, evidence: tuple[Provenance, ...], **extra) -> None:
    data = {"date": None, "date_type": None, "quote": None, "items": (), "planned": False, "accepted": None,
            "vehicle": None}
    data.update(extra)
    graph.add_node(node, kind="event", type=type_name, label=f"{type_name}: x", evidence=evidence,
                   articles=tuple(sorted({p.article_id for p in evidence})), **data)


def _objects(triples, subject: str, predicate: str) -> set:
    return {o for s, p, o in triples if s == subject and p == predicate}


def test_rdf_entity_has_types_with_superclasses_names_and_count() -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "country/nga", "Country", "Nga", aliases=("nước Nga", "Nga"), mentions=7,
            same_as=("http://www.wikidata.org/entity/Q159",))
    triples = graph_triples(graph, BASE)
    nga = BASE + "country/nga"
    assert _objects(triples, nga, RDF_TYPE) == {KG + "Country", KG + "Location"}
    assert _objects(triples, nga, RDFS + "label") == {Literal("Nga")}
    assert _objects(triples, nga, SKOS + "altLabel") == {Literal("nước Nga")}
    assert _objects(triples, nga, OWL + "sameAs") == {"http://www.wikidata.org/entity/Q159"}
    assert _objects(triples, nga, KG + "mentionCount") == {Literal("7", XSD + "integer")}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("http://www.wikidata.org/entity/Q159", "http://www.wikidata.org/entity/Q159"),
        ("urn:isbn:123", "urn:isbn:123"),
        ("country/russia", BASE + "country/russia"),
        ("person/a b", BASE + "person/a%20b"),
    ],
)
def test_rdf_same_as_keeps_absolute_iris_and_resolves_local_ids(value: str, expected: str) -> None:
    assert same_as_iri(BASE, value) == expected


@pytest.mark.parametrize(
    ("node_id", "expected"),
    [
        ("person/kim-jong-un", BASE + "person/kim-jong-un"),
        ("person/nguyễn-văn-a", BASE + "person/nguyễn-văn-a"),
        ('organization/"x" <y>', BASE + "organization/%22x%22%20%3Cy%3E"),
        ("x/100%", BASE + "x/100%25"),
        ("x/a?b#c", BASE + "x/a%3Fb%23c"),
        ("x/\ue000", BASE + "x/%EE%80%80"),  # private use: not allowed in a path
        ("x/\U000e0000", BASE + "x/%F3%A0%80%80"),  # plane 14 is allowed only from U+E1000
        ("x/\U000e1000", BASE + "x/\U000e1000"),
    ],
)
def test_rdf_resource_iri_percent_encodes_only_what_iris_forbid(node_id: str, expected: str) -> None:
    assert resource_iri(BASE, node_id) == expected


def test_rdf_relation_is_direct_triple_plus_one_statement_per_evidence() -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "person/putin", "Person", "Vladimir Putin")
    _entity(graph, "country/nga", "Country", "Nga")
    _article(graph, "a1")
    _article(graph, "a2")
    graph.add_edge("person/putin", "country/nga", predicate="presidentOf", provenance=_provenance("a1", 5, 30))
    graph.add_edge("person/putin", "country/nga", predicate="presidentOf", provenance=_provenance("a2", 0, 12, 0.75))
    triples = graph_triples(graph, BASE)
    putin, nga = BASE + "person/putin", BASE + "country/nga"
    assert _objects(triples, putin, KG + "presidentOf") == {nga}
    statements = {s for s, p, o in triples if p == RDF_TYPE and o == RDF + "Statement"}
    assert len(statements) == 2
    for statement in statements:
        assert _objects(triples, statement, RDF + "subject") == {putin}
        assert _objects(triples, statement, RDF + "predicate") == {KG + "presidentOf"}
        assert _objects(triples, statement, RDF + "object") == {nga}
        assert _objects(triples, statement, KG + "sentence") == {Literal("Tổng_thống Nga Vladimir_Putin .")}
        assert _objects(triples, statement, KG + "extractor") == {Literal("rules")}
    by_article = {next(iter(_objects(triples, s, PROV + "wasDerivedFrom"))): s for s in statements}
    second = by_article[BASE + "article/a2"]
    assert _objects(triples, second, KG + "charStart") == {Literal("0", XSD + "integer")}
    assert _objects(triples, second, KG + "charEnd") == {Literal("12", XSD + "integer")}
    assert _objects(triples, second, KG + "confidence") == {Literal("0.75", XSD + "decimal")}
    assert all(s.startswith(BASE + "statement/") for s in statements)


def test_rdf_post_statement_carries_its_title_as_written() -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "person/mo", "Person", "Nguyễn Văn Mơ")
    _entity(graph, "organization/cuc-thue", "Organization", "Cục Thuế Hà Nội")
    _entity(graph, "country/nga", "Country", "Nga")
    _article(graph, "a1")
    graph.add_edge("person/mo", "organization/cuc-thue", predicate="holdsPostAt", provenance=_provenance(), title="Phó Cục trưởng")
    graph.add_edge("person/mo", "country/nga", predicate="locatedIn", provenance=_provenance(), title=None)
    triples = graph_triples(graph, BASE)
    titled = {s for s, p, o in triples if p == KG + "postTitle"}
    assert len(titled) == 1
    (statement,) = titled
    assert _objects(triples, statement, RDF + "predicate") == {KG + "holdsPostAt"}
    assert _objects(triples, statement, KG + "postTitle") == {Literal("Phó Cục trưởng")}


@pytest.mark.parametrize(
    ("title", "predicate", "role"),
    [
        # a title's post at a country is another than at a body: the role follows the predicate
        ("Chủ tịch", "presidentOf", "president"),
        ("Chủ tịch", "chairmanOf", "chairman"),
        ("Tổng Bí thư", "leaderOf", "generalSecretary"),
        ("nguyên Chủ tịch", "formerlyHeldPostAt", "chairman"),
        ("Phó Cục trưởng", "holdsPostAt", "deputyDirector"),
    ],
)
def test_rdf_post_role_follows_a_predicate_narrower_than_the_title(title: str, predicate: str, role: str) -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "person/a", "Person", "A")
    _entity(graph, "country/b", "Country", "B")
    _article(graph, "a1")
    graph.add_edge("person/a", "country/b", predicate=predicate, provenance=_provenance(), title=title)
    triples = graph_triples(graph, BASE)
    assert {o for s, p, o in triples if p == KG + "postRole"} == {Literal(role)}


def test_rdf_statement_iris_are_stable_and_differ_by_evidence() -> None:
    def build(confidence: float) -> set:
        graph = nx.MultiDiGraph()
        _entity(graph, "person/a", "Person", "A")
        _entity(graph, "person/b", "Person", "B")
        graph.add_edge("person/a", "person/b", predicate="met", provenance=_provenance("a1", 0, 5, confidence))
        graph.add_edge("person/a", "person/b", predicate="met", provenance=_provenance("a1", 6, 9, confidence))
        return {s for s, p, o in graph_triples(graph, BASE) if o == RDF + "Statement"}

    first = build(0.9)
    assert len(first) == 2
    assert first == build(0.9)


def test_rdf_met_is_written_both_ways_and_reified_as_read() -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "person/a", "Person", "A")
    _entity(graph, "person/b", "Person", "B")
    graph.add_edge("person/a", "person/b", predicate="met", provenance=_provenance())
    triples = graph_triples(graph, BASE)
    a, b = BASE + "person/a", BASE + "person/b"
    assert (a, KG + "met", b) in triples and (b, KG + "met", a) in triples
    subjects = {o for s, p, o in triples if p == RDF + "subject"}
    assert subjects == {a}


def test_rdf_presidentof_is_not_made_symmetric() -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "person/a", "Person", "A")
    _entity(graph, "country/b", "Country", "B")
    graph.add_edge("person/a", "country/b", predicate="presidentOf", provenance=_provenance())
    assert (BASE + "country/b", KG + "presidentOf", BASE + "person/a") not in graph_triples(graph, BASE)


@pytest.mark.parametrize(
    ("date", "date_type"),
    [("2023-09-13", "date"), ("--09-13", "gMonthDay"), ("2021-12", "gYearMonth"), ("2019", "gYear")],
)
def test_rdf_event_date_has_its_xsd_type(date: str, date_type: str) -> None:
    graph = nx.MultiDiGraph()
    _event(graph, "event/meeting/1", "Meeting", (_provenance(),), date=date, date_type=date_type)
    triples = graph_triples(graph, BASE)
    assert _objects(triples, BASE + "event/meeting/1", KG + "date") == {Literal(date, XSD + date_type)}


def test_rdf_event_roles_attributes_and_evidence() -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "person/putin", "Person", "Vladimir Putin")
    _entity(graph, "person/kim", "Person", "Kim Jong-un")
    _entity(graph, "organization/kcna", "NewsAgency", "KCNA")
    tellings = (_provenance("a1", 0, 10), _provenance("a2", 20, 40))
    _event(graph, "event/giftgiving/1", "GiftGiving", tellings, items=("súng trường", "găng tay"), accepted=True)
    event = BASE + "event/giftgiving/1"
    graph.add_edge("event/giftgiving/1", "person/putin", predicate="agent", provenance=tellings[0])
    graph.add_edge("event/giftgiving/1", "person/kim", predicate="recipient", provenance=tellings[0])
    graph.add_edge("event/giftgiving/1", "organization/kcna", predicate="source", provenance=tellings[1])
    triples = graph_triples(graph, BASE)
    assert _objects(triples, event, RDF_TYPE) == {KG + "GiftGiving", KG + "Event"}
    assert _objects(triples, event, KG + "agent") == {BASE + "person/putin"}
    assert _objects(triples, event, KG + "recipient") == {BASE + "person/kim"}
    assert _objects(triples, event, KG + "reportedBy") == {BASE + "organization/kcna"}
    assert _objects(triples, event, KG + "item") == {Literal("súng trường"), Literal("găng tay")}
    assert _objects(triples, event, KG + "accepted") == {Literal("true", XSD + "boolean")}
    assert _objects(triples, event, KG + "planned") == {Literal("false", XSD + "boolean")}
    assert _objects(triples, event, PROV + "wasDerivedFrom") == {BASE + "article/a1", BASE + "article/a2"}
    evidence = _objects(triples, event, KG + "evidence")
    assert len(evidence) == 2
    for node in evidence:
        assert _objects(triples, node, RDF_TYPE) == {KG + "Evidence"}
        assert len(_objects(triples, node, KG + "sentence")) == 1
    # event roles are links of the event, not reified facts
    assert not any(o == RDF + "Statement" for _, _, o in triples)


def test_rdf_article_metadata() -> None:
    graph = nx.MultiDiGraph()
    _article(graph, "a1", author="Ngọc Ánh", url="https://vnexpress.net/x.html", published="2023-09-14")
    _entity(graph, "organization/tass", "NewsAgency", "TASS")
    graph.add_edge("article/a1", "organization/tass", predicate="mentions", provenance=None)
    graph.add_edge("article/a1", "organization/tass", predicate="source", provenance=_provenance())
    triples = graph_triples(graph, BASE)
    article = BASE + "article/a1"
    assert _objects(triples, article, RDF_TYPE) == {KG + "Article"}
    assert _objects(triples, article, DCTERMS + "title") == {Literal("Title a1")}
    assert _objects(triples, article, KG + "author") == {Literal("Ngọc Ánh")}
    assert _objects(triples, article, KG + "url") == {Literal("https://vnexpress.net/x.html", XSD + "anyURI")}
    assert _objects(triples, article, KG + "published") == {Literal("2023-09-14", XSD + "date")}
    assert _objects(triples, article, KG + "mentions") == {BASE + "organization/tass"}
    assert _objects(triples, article, KG + "source") == {BASE + "organization/tass"}


def test_rdf_quads_put_what_an_article_says_in_its_graph() -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "person/putin", "Person", "Vladimir Putin")
    _entity(graph, "country/nga", "Country", "Nga")
    _article(graph, "a1")
    graph.add_edge("person/putin", "country/nga", predicate="presidentOf", provenance=_provenance("a1"))
    graph.add_edge("article/a1", "person/putin", predicate="mentions", provenance=None)
    graph_of = {(s, p, o): g for s, p, o, g in graph_quads(graph, BASE)}
    article = BASE + "article/a1"
    assert graph_of[(BASE + "person/putin", RDFS + "label", Literal("Vladimir Putin"))] is None
    assert graph_of[(BASE + "person/putin", KG + "presidentOf", BASE + "country/nga")] == article
    assert graph_of[(article, KG + "mentions", BASE + "person/putin")] == article
    assert graph_of[(article, DCTERMS + "title", Literal("Title a1"))] == article


@pytest.mark.parametrize(
    ("value", "lexical"),
    [(0.9, "0.9"), (1, "1.0"), (0.0, "0.0"), (1e-05, "0.00001"), (0.333, "0.333")],
)
def test_rdf_decimal_is_plain_decimal_notation(value: float, lexical: str) -> None:
    assert decimal(value) == Literal(lexical, XSD + "decimal")


@pytest.mark.parametrize(
    ("value", "datatype"),
    [
        ("2013-10-23T11:39:00+07:00", XSD + "dateTime"),
        ("2013-10-23T11:39:00", XSD + "dateTime"),
        ("2013-10-23", XSD + "date"),
        ("23/10/2013", XSD + "string"),
    ],
)
def test_rdf_published_is_typed_when_it_is_a_date(value: str, datatype: str) -> None:
    assert timestamp(value) == Literal(value, datatype)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda g: g.add_node("x", kind="thing", type="Person", label="x"), "kind"),
        (lambda g: (_entity(g, "person/a", "Person", "A"), _entity(g, "person/b", "Person", "B"),
                    g.add_edge("person/a", "person/b", predicate="admires", provenance=None)), "admires"),
        (lambda g: _entity(g, "person/a", "Robot", "A"), "Robot"),
        (lambda g: (_event(g, "event/meeting/1", "Meeting", ()), _entity(g, "person/a", "Person", "A"),
                    g.add_edge("event/meeting/1", "person/a", predicate="presidentOf", provenance=None)),
         "event role"),
    ],
)
def test_rdf_bad_graph_raises_a_clear_error(build, message: str) -> None:
    graph = nx.MultiDiGraph()
    build(graph)
    with pytest.raises(MappingError, match=message):
        list(graph_quads(graph, BASE))
