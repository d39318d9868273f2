"""The graph builder: one edge per evidence, one event node per real event."""

from __future__ import annotations

import pytest

from kg.graph import build_graph, entity_names, fact_names
from kg.model import (
    AnalysedArticle,
    Article,
    Entity,
    EntityType,
    Event,
    EventRole,
    EventType,
    Extraction,
    Mention,
    Provenance,
    Resolution,
    Statement,
    TimeExpression,
)

PUTIN = Entity("person/vladimir-putin", EntityType.PERSON, "Vladimir Putin")
KIM = Entity("person/kim-jong-un", EntityType.PERSON, "Kim Jong-un")
RUSSIA = Entity("location/nga", EntityType.COUNTRY, "Nga")


def _mention(article_id: str, start: int, text: str, entity_type: EntityType) -> Mention:
    return Mention(article_id, 0, start, start + len(text), text, entity_type)


def _meeting(article_id: str, date: tuple[int | None, int, int] | None) -> tuple[Extraction, dict]:
    text = "Vladimir_Putin gặp Kim_Jong-un ."
    article = Article(article_id, text, f"{article_id}.txt")
    putin = _mention(article_id, 0, "Vladimir_Putin", EntityType.PERSON)
    kim = _mention(article_id, 19, "Kim_Jong-un", EntityType.PERSON)
    provenance = Provenance(article_id, 0, text, 0, len(text), "test", 0.9)
    time = None
    if date is not None:
        year, month, day = date
        time = TimeExpression(article_id, 0, 0, 0, "", year=year, month=month, day=day)
    event = Event(EventType.MEETING, (EventRole("participant", putin), EventRole("participant", kim)), provenance, time)
    met = Statement(putin, "met", kim, provenance)
    analysed = AnalysedArticle(article, (), None, None, None, None)
    extraction = Extraction(analysed, (putin, kim), (), (met,), (event,))
    entity_of = {putin.key: PUTIN.id, kim.key: KIM.id}
    return extraction, entity_of


def _build(*dates: tuple[int | None, int, int] | None):
    extractions, entity_of = [], {}
    for number, date in enumerate(dates):
        extraction, mapping = _meeting(f"a{number}", date)
        extractions.append(extraction)
        entity_of.update(mapping)
    return build_graph(extractions, Resolution((PUTIN, KIM, RUSSIA), entity_of))


def _events(graph):
    return [n for n, d in graph.nodes(data=True) if d["kind"] == "event"]


def test_graph_one_event_node_for_the_same_meeting_told_three_times() -> None:
    graph = _build((2023, 9, 13), (2023, 9, 13), None)
    (event,) = _events(graph)
    assert len(graph.nodes[event]["evidence"]) == 3
    assert graph.nodes[event]["date"] == "2023-09-13"
    assert graph.nodes[event]["articles"] == ("a0", "a1", "a2")


def test_graph_meetings_on_different_dates_stay_apart() -> None:
    graph = _build((2023, 9, 13), (2019, 4, 25))
    assert len(_events(graph)) == 2


def test_graph_undated_telling_is_not_guessed_between_two_dates() -> None:
    graph = _build((2023, 9, 13), (2019, 4, 25), None)
    assert len(_events(graph)) == 3


def test_graph_keeps_one_edge_per_evidence() -> None:
    graph = _build((2023, 9, 13), (2023, 9, 13))
    met_edges = [d for _, _, d in graph.edges(data=True) if d["predicate"] == "met"]
    assert len(met_edges) == 2
    assert {d["provenance"].article_id for d in met_edges} == {"a0", "a1"}


def test_graph_event_ids_do_not_depend_on_article_order() -> None:
    first = _build((2023, 9, 13), None)
    extractions = [_meeting("a1", None), _meeting("a0", (2023, 9, 13))]
    entity_of = {**extractions[0][1], **extractions[1][1]}
    second = build_graph([x for x, _ in extractions], Resolution((PUTIN, KIM, RUSSIA), entity_of))
    assert _events(first) == _events(second)


def test_graph_articles_link_to_the_entities_they_mention() -> None:
    graph = _build((2023, 9, 13))
    mentioned = {v for _, v, d in graph.out_edges("article/a0", data=True) if d["predicate"] == "mentions"}
    assert mentioned == {PUTIN.id, KIM.id}


def test_graph_drops_a_statement_whose_resolved_ends_break_the_vocabulary() -> None:
    text = "hãng thông_tấn TASS của Hồ_Chí_Minh ."
    article = Article("a", text, "a.txt")
    agency = _mention("a", 15, "TASS", EntityType.NEWS_AGENCY)
    place = _mention("a", 24, "Hồ_Chí_Minh", EntityType.COUNTRY)
    provenance = Provenance("a", 0, text, 0, len(text), "test", 0.8)
    statements = (Statement(agency, "country", place, provenance), Statement(agency, "locatedIn", place, provenance))
    analysed = AnalysedArticle(article, (), None, None, None, None)
    tass = Entity("organization/tass", EntityType.NEWS_AGENCY, "TASS")
    city = Entity("location/ho-chi-minh", EntityType.CITY, "Hồ Chí Minh")
    resolution = Resolution((tass, city), {agency.key: tass.id, place.key: city.id})
    graph = build_graph([Extraction(analysed, (agency, place), (), statements)], resolution)
    predicates = {d["predicate"] for _, _, d in graph.edges(tass.id, data=True)}
    assert predicates == {"locatedIn"}


def test_graph_names_of_entities_and_facts_compare_builds_without_ids() -> None:
    graph = _build((2023, 9, 13), (2023, 9, 13))
    assert fact_names(graph) == {("Vladimir Putin", "met", "Kim Jong-un")}
    everyone = {("Person", "Vladimir Putin"), ("Person", "Kim Jong-un"), ("Country", "Nga")}
    assert entity_names(graph, min_mentions=0) == everyone
    assert entity_names(graph) == set()  # the entities of this test carry no mention count


def test_graph_credit_statements_are_made_in_extraction_and_carried_over() -> None:
    from pathlib import Path

    from kg.pipeline import assemble, extract_article
    from kg.reader import read_inputs

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    article = next(a for a in read_inputs([seeds]) if a.id.startswith("000_"))
    extraction = extract_article(article)
    assert extraction.credit_statements
    for credit in extraction.credit_statements:
        assert credit.predicate in {"source", "mediaCredit"}
        assert credit.provenance.extractor == "structure" and credit.provenance.confidence == 0.95
        assert (credit.agency.start, credit.agency.end) == (credit.provenance.start, credit.provenance.end)
    graph = assemble([extraction]).graph
    credited = [
        d["provenance"] for _, _, d in graph.edges(data=True) if d["predicate"] in {"source", "mediaCredit"}
    ]
    assert credited == [c.provenance for c in extraction.credit_statements]


@pytest.mark.parametrize(
    ("ending", "place"),
    [
        # the reporter's bureau after the outlet: a place, crediting nothing
        ("Đỗ Tuấn Anh/VOV-Phnom Penh", ("Phnom Penh", "City")),
        ("Ngọc Luân/VOV-TP HCM", ("TP HCM", "City")),
    ],
)
def test_graph_a_place_after_the_bylines_outlet_is_a_place_not_a_source(ending, place) -> None:
    from kg.model import Article
    from kg.pipeline import extract_article

    text = f"Nga và Triều Tiên hợp tác về không gian. Hai bên đã ký nhiều thỏa thuận. {ending}"
    extraction = extract_article(Article(id="a", text=text, source="t.txt", segmented=False), learned=False)
    credited = [(m.text, m.type.value) for m in extraction.mentions if m.sentence == -1]
    assert credited == [("VOV", "NewsAgency"), place]
    assert [c.agency.text for c in extraction.credit_statements] == ["VOV"]


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        # an outlet in capitals: an agency
        ("NLĐ", [("NLĐ", "NewsAgency")]),
        ("AFP", [("AFP", "NewsAgency")]),
        # credits that name no one
        ("PV", []),
        ("CTV", []),
        ("Internet", []),
    ],
)
def test_graph_caption_credits_that_name_no_one_are_dropped(credit, expected) -> None:
    from kg.model import Article
    from kg.pipeline import extract_article

    text = f"Quang cảnh buổi lễ - Ảnh: {credit}. Nga và Triều Tiên hợp tác về không gian."
    extraction = extract_article(Article(id="a", text=text, source="t.txt", segmented=False), learned=False)
    assert [(m.text, m.type.value) for m in extraction.mentions if m.sentence == -1] == expected
