"""Dates of events and start dates of posts: the words as written, the value
against the publication date and its precision, in every export."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from kg.export.html import explorer_data
from kg.export.neo4j import node_records
from kg.export.turtle import export
from kg.model import Article
from kg.pipeline import DEFAULT_BASE, assemble, extract_article

KG = rdflib.Namespace("https://kg.example.org/ontology#")
XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")

TEXT = (
    "Chiều thứ Hai , Tổng_thống Nga Vladimir_Putin đã tiếp Thủ_tướng Nhật_Bản Shinzo_Abe tại Moskva . "
    "Ông Nguyễn_Văn_An được bổ_nhiệm làm Thứ_trưởng Bộ Y_tế từ năm 2016 ."
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    article = Article(id="d1", text=TEXT, source="test", title="t", published="2023-09-13T08:00:00+07:00", segmented=True)
    result = assemble([extract_article(article, False)])
    out = tmp_path_factory.mktemp("dates")
    export(result.graph, out, DEFAULT_BASE)
    turtle = rdflib.Graph()
    turtle.parse(out / "graph.ttl", format="turtle")
    return result.graph, turtle


def test_dates_export_turtle_event_date_as_written_with_value_and_precision(built) -> None:
    _, turtle = built
    (event,) = set(turtle.subjects(rdflib.RDF.type, KG.Meeting))
    (date,) = turtle.objects(event, KG.date)
    assert (str(date), date.datatype) == ("2023-09-11", XSD.date), "the Monday before Wednesday's publication"
    assert str(turtle.value(event, KG.dateText)) == "Chiều thứ Hai"
    assert str(turtle.value(event, KG.datePrecision)) == "day"


def test_dates_export_turtle_post_start_date(built) -> None:
    _, turtle = built
    starts = {(str(v), v.datatype) for v in turtle.objects(None, KG.startDate)}
    assert starts == {("2016", XSD.gYear)}
    dated = set(turtle.subjects(KG.startDate, None))
    (post,) = [s for s in dated if (s, rdflib.RDF.type, KG.Post) in turtle]
    (statement,) = [s for s in dated if (s, rdflib.RDF.type, rdflib.RDF.Statement) in turtle]
    assert (statement, KG.startDateText, None) in turtle, "the statement that tells it, with the words"
    texts = {str(v) for v in turtle.objects(None, KG.startDateText)}
    assert texts == {"năm 2016"}


def test_dates_export_neo4j_and_html_event_date(built) -> None:
    graph, _ = built
    (event,) = [r for r in node_records(graph, DEFAULT_BASE) if r.kind == "event"]
    assert (event.properties["date"], event.properties["dateType"]) == ("2023-09-11", "date")
    assert (event.properties["dateText"], event.properties["datePrecision"]) == ("Chiều thứ Hai", "day")
    data, _ = explorer_data(graph, DEFAULT_BASE)
    assert data["events"]["dateText"] == ["11/9/2023"] and data["events"]["dateWritten"] == ["Chiều thứ Hai"]


def test_dates_export_no_date_left_unresolved_without_publication(tmp_path: Path) -> None:
    article = Article(id="d2", text=TEXT, source="test", title="t", published=None, segmented=True)
    result = assemble([extract_article(article, False)])
    events = [d for _, d in result.graph.nodes(data=True) if d["kind"] == "event"]
    assert events and all(d["date"] is None for d in events), "a weekday without a publication date is not guessed"


def test_dates_export_extract_records_carry_words_value_and_precision() -> None:
    from kg.jsonio import event_record, statement_record

    article = Article(id="d3", text=TEXT, source="test", title="t", published="2023-09-13", segmented=True)
    extraction = extract_article(article, False)
    (meeting,) = [e for e in extraction.events if e.type.value == "Meeting"]
    time = event_record(meeting)["time"]
    assert (time["text"], time["value"], time["precision"]) == ("Chiều thứ Hai", ("2023-09-11", "date"), "day")
    (post,) = [s for s in extraction.statements if s.start is not None]
    start = statement_record(post)["start"]
    assert (start["text"], start["value"], start["precision"]) == ("năm 2016", ("2016", "gYear"), "year")


def test_dates_export_neo4j_post_start_dates_from_the_build_and_from_turtle(built, tmp_path: Path) -> None:
    from kg.export import neo4j
    from kg.export.neo4j_rdf import graph_from_rdf
    from kg.export.neo4j import relationship_records

    graph, _ = built
    records = relationship_records(graph, DEFAULT_BASE)
    started = {(r.type, r.properties["startDates"]) for r in records if "startDates" in r.properties}
    assert started == {("HOLDS_POST_AT", ("2016",))}
    [ttl] = [p for p in export(graph, tmp_path, DEFAULT_BASE) if p.suffix == ".ttl"]
    again, _ = graph_from_rdf(ttl)
    assert {(r.type, r.properties.get("startDates")) for r in relationship_records(again, DEFAULT_BASE)} >= started
    header = neo4j.relationship_header()
    assert header[-1] == "startDates:string[]"
