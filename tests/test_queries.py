"""The worked SPARQL examples in queries/: their exact answers on a small graph, their facts on the seeds."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.export.turtle import export
from kg.model import Provenance, TimeExpression
from kg.pipeline import DEFAULT_BASE
from kg.sparql import graph_base, load_store, run_query, solution_rows

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
BASE = "https://kg.example.org/"
SHIPPED = ("article", "corroborated", "meetings", "neighbourhood", "people_posts", "posts", "quotes")


def _query(name: str, replacements: dict[str, str] | None = None) -> str:
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    for old, new in (replacements or {}).items():
        assert old in text
        text = text.replace(old, new)
    return text


def _rows(turtle: Path, query: str) -> list[dict[str, str]]:
    base = graph_base(turtle)
    names, rows = solution_rows(run_query(load_store(turtle), query, base), base)
    return [dict(zip(names, row)) for row in rows]


def test_queries_every_shipped_query_is_tested() -> None:
    assert sorted(p.stem for p in QUERIES.glob("*.rq")) == sorted(SHIPPED)


# --------------------------------------------------------------------------
# A small graph built by hand: exact answers


def _evidence(article: str, start: int, sentence: str = "Câu .") -> Provenance:
    return Provenance(article, 0, sentence, start, start + 20, "rules", 0.9)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph = nx.MultiDiGraph()
    for node, type_name, label, aliases in (
        ("person/putin", "Person", "Vladimir Putin", ("Tổng thống Putin",)),
        ("person/kim", "Person", "Kim Jong-un", ("ông Kim",)),
        ("person/peskov", "Person", "Dmitry Peskov", ()),
        ("country/nga", "Country", "Nga", ()),
        ("country/trieu-tien", "Country", "Triều Tiên", ()),
        ("organization/kremlin", "Organization", "Điện Kremlin", ()),
        ("region/amur", "Region", "Amur", ()),
        ("organization/tass", "NewsAgency", "TASS", ()),
        ("organization/reuters", "NewsAgency", "Reuters", ()),
    ):
        graph.add_node(node, kind="entity", type=type_name, label=label, aliases=aliases, same_as=(), mentions=2,
                       articles=("a1",))
    for article_id, title in (("a1", "Ông Putin gặp ông Kim"), ("a2", "Ông Kim thăm Nga"), ("a3", "Tin khác")):
        graph.add_node(f"article/{article_id}", kind="article", type="Article", label=title, title=title,
                       author=None, url=None, published=None, source_file="x", articles=(article_id,))
    graph.add_edge("article/a1", "organization/tass", predicate="source", provenance=_evidence("a1", 900, "TASS"))
    graph.add_edge("article/a2", "organization/reuters", predicate="source", provenance=_evidence("a2", 900, "Reuters"))
    for article_id, mentioned in (("a1", ("putin", "kim", "peskov")), ("a2", ("putin", "kim")), ("a3", ("peskov",))):
        for person in mentioned:
            graph.add_edge(f"article/{article_id}", f"person/{person}", predicate="mentions", provenance=None)
    graph.add_edge("person/putin", "country/nga", predicate="presidentOf", provenance=_evidence("a1", 0))
    graph.add_edge("person/putin", "country/nga", predicate="presidentOf", provenance=_evidence("a2", 5))
    graph.add_edge("person/kim", "country/trieu-tien", predicate="leaderOf", provenance=_evidence("a2", 50))
    graph.add_edge("person/peskov", "organization/kremlin", predicate="spokespersonOf",
                   provenance=_evidence("a1", 100, "Phát_ngôn_viên Điện_Kremlin Dmitry_Peskov nói ."))
    graph.add_edge("person/putin", "person/kim", predicate="met", provenance=_evidence("a1", 200))
    graph.add_edge("person/kim", "person/putin", predicate="met", provenance=_evidence("a2", 300))
    meeting = (_evidence("a1", 200), _evidence("a2", 300))
    _event(graph, "event/meeting/1", "Meeting", "Meeting: Kim Jong-un, Vladimir Putin", meeting, date="--09-13",
           date_type="gMonthDay")
    for telling in meeting:
        graph.add_edge("event/meeting/1", "person/putin", predicate="participant", provenance=telling)
        graph.add_edge("event/meeting/1", "person/kim", predicate="participant", provenance=telling)
    graph.add_edge("event/meeting/1", "region/amur", predicate="place", provenance=meeting[0])
    kim_says = (_evidence("a1", 400),)
    _event(graph, "event/statement/1", "Statement", "Statement: Kim Jong-un", kim_says, quote="Nga sẽ thắng")
    graph.add_edge("event/statement/1", "person/kim", predicate="agent", provenance=kim_says[0])
    peskov_says = (_evidence("a1", 500), _evidence("a3", 10))
    _event(graph, "event/statement/2", "Statement", "Statement: Dmitry Peskov", peskov_says, quote="Không có kế hoạch")
    for telling in peskov_says:
        graph.add_edge("event/statement/2", "person/peskov", predicate="agent", provenance=telling)
    out = tmp_path_factory.mktemp("small")
    export(graph, out, BASE)
    return out / "graph.ttl"


def _event(graph, node, type_name, label, evidence, **extra) -> None:
    data = {"date": None, "date_type": None, "quote": None, "items": (), "planned": False, "accepted": None,
            "vehicle": None}
    data.update(extra)
    graph.add_node(node, kind="event", type=type_name, label=label, evidence=evidence,
                   articles=tuple(sorted({p.article_id for p in evidence})), **data)


def test_queries_people_posts_on_small_graph(small: Path) -> None:
    assert _rows(small, _query("people_posts")) == [
        {"person": "Dmitry Peskov", "post": "kg:spokespersonOf", "body": "Điện Kremlin", "articles": "1"},
        {"person": "Kim Jong-un", "post": "kg:leaderOf", "body": "Triều Tiên", "articles": "1"},
        {"person": "Vladimir Putin", "post": "kg:presidentOf", "body": "Nga", "articles": "2"},
    ]


@pytest.fixture(scope="module")
def posts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    graph = nx.MultiDiGraph()
    for node, type_name, label in (
        ("person/peskov", "Person", "Dmitry Peskov"),
        ("person/kim", "Person", "Kim Jong-un"),
        ("organization/kremlin", "Organization", "Điện Kremlin"),
        ("country/trieu-tien", "Country", "Triều Tiên"),
    ):
        graph.add_node(node, kind="entity", type=type_name, label=label, aliases=(), same_as=(), mentions=2, articles=("a1",))
    for article_id in ("a1", "a2", "a3"):
        graph.add_node(f"article/{article_id}", kind="article", type="Article", label=article_id, title=article_id,
                       author=None, url=None, published=None, source_file="x", articles=(article_id,))
    for article_id, title in (("a1", "Phát_ngôn_viên"), ("a3", "Người phát ngôn")):
        graph.add_edge("person/peskov", "organization/kremlin", predicate="spokespersonOf",
                       provenance=_evidence(article_id, 100), title=title)
    graph.add_edge("person/kim", "organization/kremlin", predicate="formerlyHeldPostAt",
                   provenance=_evidence("a2", 120), title="nguyên Phó Giám_đốc")
    started = TimeExpression("a2", 0, 60, 68, "năm 2011", year=2011)
    graph.add_edge("person/kim", "country/trieu-tien", predicate="leaderOf", provenance=_evidence("a2", 50), start=started)
    out = tmp_path_factory.mktemp("posts")
    export(graph, out, BASE)
    return out / "graph.ttl"


def test_queries_posts_as_nodes(posts: Path) -> None:
    rows = _rows(posts, _query("posts"))
    assert [(r["person"], r["role"], r["organization"], r["former"], r["articles"]) for r in rows] == [
        ("Dmitry Peskov", "spokesperson", "Điện Kremlin", "false", "2"),
        ("Kim Jong-un", "deputyDirector", "Điện Kremlin", "true", "1"),
        ("Kim Jong-un", "leader", "Triều Tiên", "false", "1"),
    ]
    assert set(rows[0]["titles"].split(" | ")) == {"Phát_ngôn_viên", "Người phát ngôn"}
    assert [r["started"] for r in rows] == ["", "", "2011"], "a start date when an article tells it"


def test_queries_meetings_on_small_graph(small: Path) -> None:
    assert _rows(small, _query("meetings")) == [
        {"first": "Kim Jong-un", "second": "Vladimir Putin", "places": "Amur", "dates": "--09-13", "articles": "2"},
    ]


def test_queries_quotes_on_small_graph(small: Path) -> None:
    rows = [(r["speaker"], r["quote"], r["title"]) for r in _rows(small, _query("quotes"))]
    assert rows == [
        ("Dmitry Peskov", "Không có kế hoạch", "Tin khác"),
        ("Dmitry Peskov", "Không có kế hoạch", "Ông Putin gặp ông Kim"),
        ("Kim Jong-un", "Nga sẽ thắng", "Ông Putin gặp ông Kim"),
    ]


def test_queries_corroborated_on_small_graph(small: Path) -> None:
    rows = {
        (r["subject"], r["predicate"], r["object"]): (r["articles"], set(filter(None, r["agencies"].split(", "))))
        for r in _rows(small, _query("corroborated"))
    }
    assert rows == {
        ("Vladimir Putin", "kg:presidentOf", "Nga"): ("2", {"TASS", "Reuters"}),
        # read as Putin met Kim in one article and Kim met Putin in the other: one fact
        ("Kim Jong-un", "kg:met", "Vladimir Putin"): ("2", {"TASS", "Reuters"}),
        ("Meeting: Kim Jong-un, Vladimir Putin", "rdf:type", "kg:Meeting"): ("2", {"TASS", "Reuters"}),
        ("Statement: Dmitry Peskov", "rdf:type", "kg:Statement"): ("2", {"TASS"}),
    }


def test_queries_article_on_small_graph(small: Path) -> None:
    rows = _rows(small, _query("article", {"/article/000_30e359ed2069836f": "/article/a1"}))
    assert [(r["start"], r["subject"], r["predicate"], r["object"]) for r in rows] == [
        ("0", "Vladimir Putin", "kg:presidentOf", "Nga"),
        ("100", "Dmitry Peskov", "kg:spokespersonOf", "Điện Kremlin"),
        ("200", "Meeting: Kim Jong-un, Vladimir Putin", "kg:Meeting", ""),
        ("200", "Vladimir Putin", "kg:met", "Kim Jong-un"),
        ("400", "Statement: Kim Jong-un", "kg:Statement", "Nga sẽ thắng"),
        ("500", "Statement: Dmitry Peskov", "kg:Statement", "Không có kế hoạch"),
        ("900", "Ông Putin gặp ông Kim", "kg:source", "TASS"),
    ]
    assert rows[1]["sentence"] == "Phát_ngôn_viên Điện_Kremlin Dmitry_Peskov nói ."


@pytest.mark.parametrize("name", ["Kim Jong-un", "ông Kim"])
def test_queries_neighbourhood_on_small_graph(small: Path, name: str) -> None:
    rows = _rows(small, _query("neighbourhood", {'"Kim Jong-un"': f'"{name}"'}))
    assert [(r["direction"], r["predicate"], r["neighbour"], r["type"]) for r in rows] == [
        ("in", "kg:agent", "Statement: Kim Jong-un", "kg:Statement"),
        ("in", "kg:mentions", "Ông Kim thăm Nga", "kg:Article"),
        ("in", "kg:mentions", "Ông Putin gặp ông Kim", "kg:Article"),
        ("in", "kg:met", "Vladimir Putin", "kg:Person"),
        ("in", "kg:participant", "Meeting: Kim Jong-un, Vladimir Putin", "kg:Meeting"),
        ("out", "kg:leaderOf", "Triều Tiên", "kg:Country"),
        ("out", "kg:met", "Vladimir Putin", "kg:Person"),
    ]


# --------------------------------------------------------------------------
# The seed articles: what they truly say


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory, seeds_build) -> Path:
    # Only the RDF export: the seed answers do not depend on the other exporters.
    out = tmp_path_factory.mktemp("seeds")
    export(seeds_build.graph, out, DEFAULT_BASE)
    return out / "graph.ttl"


@pytest.mark.parametrize(
    ("person", "post", "body"),
    [
        ("Dmitry Peskov", "kg:spokespersonOf", "Điện Kremlin"),
        ("Vladimir Putin", "kg:presidentOf", "Nga"),
        ("Kim Jong-un", "kg:leaderOf", "Triều Tiên"),
        ("Sergei Shoigu", "kg:defenceMinisterOf", "Nga"),
        ("Matthew Miller", "kg:spokespersonOf", "Bộ Ngoại giao Mỹ"),
    ],
)
def test_queries_people_posts_on_seeds(seeds: Path, person: str, post: str, body: str) -> None:
    found = {(r["person"], r["post"], r["body"]) for r in _rows(seeds, _query("people_posts"))}
    assert (person, post, body) in found


def test_queries_people_posts_counts_articles_on_seeds(seeds: Path) -> None:
    articles = {(r["person"], r["post"]): int(r["articles"]) for r in _rows(seeds, _query("people_posts"))}
    # "Tổng_thống Nga … Putin" and "lãnh_đạo Triều_Tiên Kim_Jong-un" open every seed article
    assert articles[("Vladimir Putin", "kg:presidentOf")] == 5
    assert articles[("Kim Jong-un", "kg:leaderOf")] == 5
    assert articles[("Dmitry Peskov", "kg:spokespersonOf")] >= 3


def test_queries_meetings_on_seeds_putin_and_kim_met_in_amur_on_13_september(seeds: Path) -> None:
    rows = [r for r in _rows(seeds, _query("meetings")) if {r["first"], r["second"]} == {"Kim Jong-un", "Vladimir Putin"}]
    assert len(rows) == 1
    meeting = rows[0]
    assert {"Vostochny Cosmodrome", "Amur"} & set(meeting["places"].split(", "))
    assert meeting["dates"] in ("--09-13", "2023-09-13")
    assert int(meeting["articles"]) >= 3


@pytest.mark.parametrize(
    ("speaker", "words", "article"),
    [
        ("Kim Jong-un", "thắng lợi vang dội", "000_30e359ed2069836f"),
        ("Vladimir Putin", "Tôi rất vui được gặp ngài", "001_a7f32e5e82280246"),
        ("Dmitry Peskov", "súng trường", "002_ec82a9d3a54cd03f"),
        ("Matthew Miller", "khá rắc rối", "003_6f8cc832b3736548"),
    ],
)
def test_queries_quotes_on_seeds(seeds: Path, speaker: str, words: str, article: str) -> None:
    said = [r for r in _rows(seeds, _query("quotes")) if r["speaker"] == speaker and words in r["quote"]]
    assert any(r["article"] == f"<article/{article}>" for r in said), said


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        ("Vladimir Putin", "kg:presidentOf", "Nga"),
        ("Kim Jong-un", "kg:leaderOf", "Triều Tiên"),
        ("Dmitry Peskov", "kg:spokespersonOf", "Điện Kremlin"),
        ("Kim Jong-un", "kg:met", "Vladimir Putin"),
    ],
)
def test_queries_corroborated_on_seeds(seeds: Path, subject: str, predicate: str, obj: str) -> None:
    rows = {(r["subject"], r["predicate"], r["object"]): r for r in _rows(seeds, _query("corroborated"))}
    assert (subject, predicate, obj) in rows
    assert int(rows[(subject, predicate, obj)]["articles"]) >= 2


def test_queries_corroborated_on_seeds_includes_the_meeting(seeds: Path) -> None:
    meetings = [r for r in _rows(seeds, _query("corroborated")) if r["object"] == "kg:Meeting"]
    assert meetings and int(meetings[0]["articles"]) >= 3


def test_queries_article_on_seeds(seeds: Path) -> None:
    rows = _rows(seeds, _query("article"))
    facts = {(r["subject"], r["predicate"], r["object"]) for r in rows}
    assert ("Dmitry Peskov", "kg:spokespersonOf", "Điện Kremlin") in facts
    assert ("Ông Kim Jong-un : Nga sẽ đại thắng trước đối thủ", "kg:source", "TASS") in facts
    assert any(p == "kg:Statement" and s.startswith("Statement: Kim Jong-un") for s, p, _ in facts)
    starts = [int(r["start"]) for r in rows]
    assert starts == sorted(starts)
    peskov = next(r for r in rows if r["predicate"] == "kg:spokespersonOf")
    assert "Phát_ngôn_viên Điện_Kremlin Dmitry_Peskov" in peskov["sentence"]


def test_queries_neighbourhood_on_seeds(seeds: Path) -> None:
    rows = {(r["direction"], r["predicate"], r["neighbour"], r["type"]) for r in _rows(seeds, _query("neighbourhood"))}
    assert ("out", "kg:leaderOf", "Triều Tiên", "kg:Country") in rows
    assert ("out", "kg:met", "Vladimir Putin", "kg:Person") in rows
    assert ("in", "kg:met", "Vladimir Putin", "kg:Person") in rows
    assert sum(1 for d, p, _, _ in rows if (d, p) == ("in", "kg:mentions")) == 5
    assert any(d == "in" and p == "kg:participant" and t == "kg:Meeting" for d, p, _, t in rows)
