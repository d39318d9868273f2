"""One event per article, type and participants, however many sentences tell it."""

from __future__ import annotations

from kg.graph import build_graph
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
    TimeExpression,
)

PARK = Entity("person/park-geun-hye", EntityType.PERSON, "Park Geun-hye")
AQUINO = Entity("person/benigno-aquino", EntityType.PERSON, "Benigno Aquino")
XI = Entity("person/tap-can-binh", EntityType.PERSON, "Tập Cận Bình")
BALI = Entity("location/bali", EntityType.REGION, "Bali")
JAKARTA = Entity("location/jakarta", EntityType.CITY, "Jakarta")
ENTITIES = (PARK, AQUINO, XI, BALI, JAKARTA)
SENTENCE = "Park_Geun-hye gặp Benigno_Aquino tại Bali ."


def _telling(article_id: str, sentence: int, other: Entity = AQUINO, *, date=None, place=None, planned=False):
    """A meeting of Park and ``other`` told at sentence ``sentence`` (50 characters apart each)."""
    base = sentence * 50
    park = Mention(article_id, sentence, base, base + 13, "Park_Geun-hye", EntityType.PERSON)
    them = Mention(article_id, sentence, base + 18, base + 32, "Benigno_Aquino", EntityType.PERSON)
    roles = [EventRole("participant", park), EventRole("participant", them)]
    mentions = {park.key: PARK.id, them.key: other.id}
    if place is not None:
        where = Mention(article_id, sentence, base + 37, base + 41, "Bali", EntityType.REGION)
        roles.append(EventRole("place", where))
        mentions[where.key] = place.id
    time = None
    if date is not None:
        time = TimeExpression(article_id, sentence, base, base + 5, "ngày", *date)
    provenance = Provenance(article_id, sentence, SENTENCE, base, base + 42, "test", 0.85)
    return Event(EventType.MEETING, tuple(roles), provenance, time, planned=planned), mentions


def _graph(*tellings_by_article: list):
    extractions, entity_of = [], {}
    for number, tellings in enumerate(tellings_by_article):
        article_id = f"a{number}"
        events = []
        for sentence, kwargs in enumerate(tellings):
            event, mentions = _telling(article_id, sentence, **kwargs)
            events.append(event)
            entity_of.update(mentions)
        article = Article(article_id, " " * 500, f"{article_id}.txt")
        analysed = AnalysedArticle(article, (), None, None, None, None)
        extractions.append(Extraction(analysed, (), (), (), tuple(events)))
    return build_graph(extractions, Resolution(ENTITIES, entity_of))


def _events(graph):
    return {n: d for n, d in graph.nodes(data=True) if d["kind"] == "event"}


def _places(graph, node):
    return {target for _, target, d in graph.out_edges(node, data=True) if d["predicate"] == "place"}


def test_graph_accounts_one_meeting_however_many_sentences_tell_it():
    graph = _graph([{}, {"date": (2013, 10, 22), "place": BALI}, {"date": (2013, None, None)}, {"planned": True}])
    ((node, data),) = _events(graph).items()
    assert [p.sentence_index for p in data["evidence"]] == [0, 1, 2, 3]
    assert data["date"] == "2013-10-22" and data["date_precision"] == "day"
    assert data["planned"] is False
    assert _places(graph, node) == {BALI.id}


def test_graph_accounts_place_of_the_most_detailed_telling():
    graph = _graph([{"place": JAKARTA}, {"date": (2013, 10, 22), "place": BALI}])
    ((node, _),) = _events(graph).items()
    assert _places(graph, node) == {BALI.id}


def test_graph_accounts_other_participants_are_another_event():
    graph = _graph([{}, {"other": XI}])
    assert len(_events(graph)) == 2


def test_graph_accounts_articles_telling_other_dates_stay_apart():
    graph = _graph([{"date": (2013, 10, 22)}], [{"date": (2012, 5, 1)}])
    assert len(_events(graph)) == 2


def test_graph_accounts_every_telling_is_evidence_in_the_exports(tmp_path):
    from kg.export import html, neo4j, turtle

    graph = _graph([{}, {"date": (2013, 10, 22), "place": BALI}])
    ((_, data),) = _events(graph).items()
    assert len(data["evidence"]) == 2
    base = "https://kg.example.org/"
    ttl = next(p for p in turtle.export(graph, tmp_path / "ttl", base) if p.suffix == ".ttl").read_text(encoding="utf-8")
    assert ttl.count("kg:charStart 0") + ttl.count("kg:charStart 50") >= 2
    csv = "".join(p.read_text(encoding="utf-8") for p in neo4j.export(graph, tmp_path / "neo4j", base) if "Meeting" in p.name)
    assert "a0\x1fa0" in csv  # evidenceArticles: both tellings of the article
    page = "".join(html.generate_html(graph, base))
    assert page.count("Park_Geun-hye gặp") + page.count("Park Geun-hye gặp") >= 1
