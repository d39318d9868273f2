"""The Neo4j CSV export and load.cypher, checked without a server."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.export import neo4j
from kg.export.neo4j_push import PushError, batches, node_query, read_plan, relationship_query
from kg.model import Provenance

BASE = "https://kg.example.org/"
TRICKY = 'Kim "Jong-un" \\ } {x} \'q\' ; a,b\nnew line\r\n\tend'


def _provenance(article: str, sentence: str, confidence: float = 0.8, start: int = 0) -> Provenance:
    return Provenance(article, 0, sentence, start, start + len(sentence), "rule", confidence)


def _entity(graph: nx.MultiDiGraph, node: str, node_type: str, name: str, **extra) -> None:
    attributes = dict(aliases=(), same_as=(), mentions=1, articles=("a1",))
    attributes.update(extra)
    graph.add_node(node, kind="entity", type=node_type, label=name, **attributes)


def _small_graph(reverse: bool = False) -> nx.MultiDiGraph:
    """Two people, a country, an agency, an article, a meeting; ``reverse`` inserts in the other order."""
    nodes = [
        ("person/kim", "Person", TRICKY, {"aliases": ("ông Kim", "Chủ tịch; Kim", "x\x1fy"), "mentions": 4,
                                         "articles": ("a1", "a2")}),
        ("person/trump", "Person", "Donald Trump", {}),
        ("country/vn", "Country", "Việt Nam", {}),
        ("organization/kcna", "NewsAgency", "KCNA", {"same_as": ("http://www.wikidata.org/entity/Q1",)}),
    ]
    edges = [
        ("person/trump", "person/kim", "met", _provenance("a1", "Họ gặp nhau.", 0.7)),
        ("person/kim", "person/trump", "met", _provenance("a2", "Kim gặp Trump.", 0.9)),
        ("person/kim", "person/trump", "met", _provenance("a2", "Kim gặp Trump.", 0.6)),
        ("article/a1", "person/kim", "mentions", None),
        ("event/meeting/1", "person/kim", "participant", _provenance("a1", "Họ gặp nhau.")),
        ("event/meeting/1", "country/vn", "place", _provenance("a1", "Họ gặp nhau.")),
        ("person/kim", "organization/kcna", "spokespersonOf", _provenance("a1", "Phát ngôn viên.", 0.5)),
    ]
    if reverse:
        nodes.reverse()
        edges.reverse()
    graph = nx.MultiDiGraph()
    for node, node_type, name, extra in nodes:
        _entity(graph, node, node_type, name, **extra)
    graph.add_node("article/a1", kind="article", type="Article", label="Tiêu đề", title="Tiêu đề", author=None,
                   url="https://example.org/a1", published="2019-02-27", source_file="a1.txt", articles=("a1",))
    graph.add_node("event/meeting/1", kind="event", type="Meeting", label="Meeting: Kim, Trump", date="2019-02-27",
                   date_type="date", quote=None, items=("hoa",), planned=False, accepted=None, vehicle=None,
                   evidence=(_provenance("a1", "Họ gặp nhau."), _provenance("a2", "Kim gặp Trump.", 0.9)),
                   articles=("a1", "a2"))
    for source, target, predicate, provenance in edges:
        graph.add_edge(source, target, predicate=predicate, provenance=provenance)
    return graph


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize(
    ("kind", "node_type", "labels"),
    [
        ("entity", "Person", ("Person",)),
        ("entity", "Organization", ("Organization",)),
        ("entity", "NewsAgency", ("Organization", "NewsAgency")),
        ("entity", "Country", ("Location", "Country")),
        ("entity", "City", ("Location", "City")),
        ("entity", "Facility", ("Location", "Facility")),
        ("event", "Meeting", ("Event", "Meeting")),
        ("event", "Statement", ("Event", "Statement")),
        ("article", "Article", ("Article",)),
    ],
)
def test_neo4j_labels_for_class(kind: str, node_type: str, labels: tuple[str, ...]) -> None:
    assert neo4j.labels_for(kind, node_type) == labels


@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        ("spokespersonOf", "SPOKESPERSON_OF"),
        ("met", "MET"),
        ("participant", "PARTICIPANT"),
        ("gaveGiftTo", "GAVE_GIFT_TO"),
        ("mediaCredit", "MEDIA_CREDIT"),
        ("locatedIn", "LOCATED_IN"),
    ],
)
def test_neo4j_relationship_type_upper_snake(predicate: str, expected: str) -> None:
    assert neo4j.relationship_type(predicate) == expected


@pytest.mark.parametrize("bad", ["Person`) DETACH DELETE n //", "a b", "1abc", "", "Ngườii", "x-y"])
def test_neo4j_rejects_labels_that_are_not_identifiers(bad: str) -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "x/1", bad, "X")
    with pytest.raises(ValueError, match="not a plain identifier"):
        neo4j.node_records(graph, BASE)
    with pytest.raises(ValueError):
        node_query(("Person", bad))
    with pytest.raises(ValueError):
        relationship_query(bad, "Person", "Person")


def test_neo4j_export_writes_headers_in_import_format(tmp_path: Path) -> None:
    written = neo4j.export(_small_graph(), tmp_path, BASE)
    folder = tmp_path / "neo4j"
    assert {p.name for p in written} == {
        "nodes.Article.csv",
        "nodes.Event.Meeting.csv",
        "nodes.Location.Country.csv",
        "nodes.Organization.NewsAgency.csv",
        "nodes.Person.csv",
        "relationships.MENTIONS.Article.Person.csv",
        "relationships.MET.Person.Person.csv",
        "relationships.PARTICIPANT.Event.Person.csv",
        "relationships.PLACE.Event.Location.csv",
        "relationships.SPOKESPERSON_OF.Person.Organization.csv",
        "load.cypher",
        "README.txt",
    }
    first_line = (folder / "nodes.Person.csv").read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "iri:ID,:LABEL,name,aliases:string[],sameAs:string[],mentions:int,articles:string[]"
    event_header = (folder / "nodes.Event.Meeting.csv").read_text(encoding="utf-8").splitlines()[0]
    assert "planned:boolean" in event_header and "confidence:float" in event_header and "items:string[]" in event_header
    rel_header = (folder / "relationships.MET.Person.Person.csv").read_text(encoding="utf-8").splitlines()[0]
    assert rel_header == (
        ":START_ID,:END_ID,:TYPE,articles:string[],evidence:string[],evidenceArticles:string[],"
        "evidenceStarts:int[],evidenceEnds:int[],confidence:float,corroboration:int,startDates:string[]"
    )
    country = _read_csv(folder / "nodes.Location.Country.csv")[0]
    assert country[":LABEL"].split("\x1f") == ["Location", "Country"]
    assert country["iri:ID"] == BASE + "country/vn"


def test_neo4j_csv_escapes_text_and_arrays(tmp_path: Path) -> None:
    neo4j.export(_small_graph(), tmp_path, BASE)
    people = {row["iri:ID"]: row for row in _read_csv(tmp_path / "neo4j" / "nodes.Person.csv")}
    kim = people[BASE + "person/kim"]
    assert kim["name"] == TRICKY
    # ';' stays inside its element; the delimiter itself never survives inside text
    assert kim["aliases:string[]"].split(neo4j.ARRAY_DELIMITER) == ["ông Kim", "Chủ tịch; Kim", "x y"]
    assert kim["mentions:int"] == "4"
    assert people[BASE + "person/trump"]["aliases:string[]"] == ""  # empty array: no property


def test_neo4j_aggregates_evidence_per_source_target_predicate() -> None:
    records = neo4j.relationship_records(_small_graph(), BASE)
    met = [r for r in records if r.type == "MET"]
    assert len(met) == 1, "met is symmetric: one relationship per unordered pair"
    assert (met[0].start, met[0].end) == (BASE + "person/kim", BASE + "person/trump")
    assert met[0].properties == {
        "articles": ("a1", "a2"),
        "evidence": ("Họ gặp nhau.", "Kim gặp Trump."),
        "evidenceArticles": ("a1", "a2"),
        "evidenceStarts": (0, 0),
        "evidenceEnds": (12, 14),
        "confidence": 0.9,
        "corroboration": 2,
    }
    mentions = next(r for r in records if r.type == "MENTIONS")
    assert mentions.properties["articles"] == ("a1",) and mentions.properties["confidence"] is None
    assert len(records) == 5


def test_neo4j_event_properties() -> None:
    event = next(r for r in neo4j.node_records(_small_graph(), BASE) if r.kind == "event")
    assert event.properties["date"] == "2019-02-27"
    assert event.properties["planned"] is False and event.properties["accepted"] is None
    assert event.properties["items"] == ("hoa",)
    assert event.properties["confidence"] == 0.9 and event.properties["corroboration"] == 2


def test_neo4j_export_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    neo4j.export(_small_graph(), first, BASE)
    neo4j.export(_small_graph(reverse=True), second, BASE)
    names = sorted(p.name for p in (first / "neo4j").iterdir())
    assert names == sorted(p.name for p in (second / "neo4j").iterdir())
    for name in names:
        assert (first / "neo4j" / name).read_bytes() == (second / "neo4j" / name).read_bytes(), name


def test_neo4j_export_removes_files_of_a_previous_build(tmp_path: Path) -> None:
    neo4j.export(_small_graph(), tmp_path, BASE)
    smaller = _small_graph()
    smaller.remove_node("organization/kcna")
    neo4j.export(smaller, tmp_path, BASE)
    names = {p.name for p in (tmp_path / "neo4j").iterdir()}
    assert "nodes.Organization.NewsAgency.csv" not in names
    assert "relationships.SPOKESPERSON_OF.Person.Organization.csv" not in names


def test_neo4j_load_cypher_creates_constraints_before_loading_every_file(tmp_path: Path) -> None:
    neo4j.export(_small_graph(), tmp_path, BASE)
    folder = tmp_path / "neo4j"
    script = (folder / "load.cypher").read_text(encoding="utf-8")
    code = "".join(line + "\n" for line in script.splitlines() if not line.startswith("//"))
    statements = [s.strip() for s in code.split(";\n") if s.strip()]
    constraints = [s for s in statements if s.startswith("CREATE CONSTRAINT")]
    assert len(constraints) == 5 and all("IF NOT EXISTS" in s for s in constraints)
    assert statements[: len(constraints)] == constraints
    loads = [s for s in statements if "LOAD CSV" in s]
    csv_files = sorted(p.name for p in folder.glob("*.csv"))
    assert sorted(s.split("'file:///")[1].split("'")[0] for s in loads) == csv_files
    assert all("MERGE" in s and "CREATE (" not in s for s in loads)


def test_neo4j_readme_names_every_file(tmp_path: Path) -> None:
    neo4j.export(_small_graph(), tmp_path, BASE)
    readme = (tmp_path / "neo4j" / "README.txt").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in readme and "--array-delimiter=U+001F" in readme
    for path in (tmp_path / "neo4j").glob("*.csv"):
        assert f"import/{path.name}" in readme


def test_neo4j_read_plan_gives_back_what_was_exported(tmp_path: Path) -> None:
    neo4j.export(_small_graph(), tmp_path, BASE)
    plan = read_plan(tmp_path)
    assert plan.node_counts == {
        "Article": 1, "Country": 1, "Event": 1, "Location": 1, "Meeting": 1,
        "NewsAgency": 1, "Organization": 1, "Person": 2,
    }
    assert plan.relationship_counts == {"MENTIONS": 1, "MET": 1, "PARTICIPANT": 1, "PLACE": 1, "SPOKESPERSON_OF": 1}
    kim = next(r for g in plan.nodes for r in g.rows if r["iri"] == BASE + "person/kim")
    assert kim["props"]["name"] == TRICKY
    assert kim["props"]["mentions"] == 4 and kim["props"]["sameAs"] is None
    assert [b.number for b in batches(plan, batch_size=1)] == list(range(1, 12))  # 6 nodes, 5 relationships


@pytest.mark.parametrize(
    ("corrupt", "message"),
    [
        (lambda text: text.replace(",4,", ",four,"), r"nodes\.Person\.csv:\d+: column 'mentions' holds 'four'"),
        (lambda text: text + "only,two\n", r"nodes\.Person\.csv:\d+: 2 fields where the header has 7"),
        (lambda text: "", r"nodes\.Person\.csv: empty file"),
    ],
)
def test_neo4j_read_plan_names_file_and_line_of_bad_csv(tmp_path: Path, corrupt, message: str) -> None:
    neo4j.export(_small_graph(), tmp_path, BASE)
    path = tmp_path / "neo4j" / "nodes.Person.csv"
    path.write_text(corrupt(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(PushError, match=message):
        read_plan(tmp_path)


def test_neo4j_read_plan_refuses_what_it_cannot_load(tmp_path: Path) -> None:
    with pytest.raises(PushError, match="no such file"):
        read_plan(tmp_path / "missing")
    with pytest.raises(PushError, match="no neo4j/nodes"):
        read_plan(tmp_path)
    turtle = tmp_path / "graph.ttl"
    turtle.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(PushError, match="cannot read it as RDF"):
        read_plan(turtle)


def test_neo4j_push_reports_an_unreachable_server(tmp_path: Path) -> None:
    import socket

    from kg.export.neo4j_push import push

    neo4j.export(_small_graph(), tmp_path, BASE)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(PushError, match="cannot connect"):
        push(tmp_path, uri=f"bolt://127.0.0.1:{port}", user="neo4j", password="secret-password")


def test_neo4j_format_value_table() -> None:
    assert [neo4j.format_value(v) for v in (None, True, False, 3, 0.5, ("a", "b"), "x")] == [
        "", "true", "false", "3", "0.5", "a\x1fb", "x"
    ]
    buffer = io.StringIO(neo4j.generate_relationship_csv(neo4j.relationship_records(_small_graph(), BASE)[:1]))
    assert next(csv.reader(buffer))[0] == ":START_ID"


def test_neo4j_read_plan_from_turtle_matches_the_build_folder(tmp_path: Path) -> None:
    from kg.export import turtle

    graph = _small_graph()
    neo4j.export(graph, tmp_path, BASE)
    [ttl] = [p for p in turtle.export(graph, tmp_path, BASE) if p.suffix == ".ttl"]
    from_folder, from_turtle = read_plan(tmp_path), read_plan(ttl)
    assert from_turtle.node_counts == from_folder.node_counts
    assert from_turtle.relationship_counts == from_folder.relationship_counts
    assert from_turtle.constraints == from_folder.constraints

    def nodes(plan):
        keep = ("name", "mentions", "date", "planned", "items", "title", "published")
        return {(g.labels, r["iri"]): {k: r["props"].get(k) for k in keep} for g in plan.nodes for r in g.rows}

    assert nodes(from_turtle) == nodes(from_folder)

    def relationships(plan):
        return {(g.type, r["start"], r["end"]): r["props"] for g in plan.relationships for r in g.rows}

    folder_relationships, turtle_relationships = relationships(from_folder), relationships(from_turtle)
    assert turtle_relationships.keys() == folder_relationships.keys()
    for key in (("MET", BASE + "person/kim", BASE + "person/trump"),
                ("SPOKESPERSON_OF", BASE + "person/kim", BASE + "organization/kcna")):
        assert turtle_relationships[key] == folder_relationships[key]


def test_neo4j_iris_are_those_of_the_rdf_export() -> None:
    from kg.rdf import resource_iri

    graph = nx.MultiDiGraph()
    _entity(graph, "person/a b<c>", "Person", "A")
    [record] = neo4j.node_records(graph, BASE)
    assert record.iri == resource_iri(BASE, "person/a b<c>") != BASE + "person/a b<c>"

_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x1f"), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None)
@given(name=_TEXT, aliases=st.lists(_TEXT, max_size=4))
def test_neo4j_csv_round_trips_any_name_and_aliases(tmp_path_factory, name: str, aliases: list[str]) -> None:
    graph = nx.MultiDiGraph()
    _entity(graph, "person/x", "Person", name, aliases=tuple(aliases))
    folder = tmp_path_factory.mktemp("csv")
    neo4j.export(graph, folder, BASE)
    [row] = [r for g in read_plan(folder).nodes for r in g.rows]
    assert row["props"]["name"] == name
    assert row["props"]["aliases"] == (aliases or None)


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("plain", "plain"),
        ("", ""),
        ("a,b", '"a,b"'),
        ('say "hi"', '"say ""hi"""'),
        ("\r", '"\r"'),
        ("one\ntwo", '"one\ntwo"'),
        ("back\\slash } {", "back\\slash } {"),
    ],
)
def test_neo4j_csv_cell_quotes_what_would_break_a_row(text: str, cell: str) -> None:
    assert neo4j.csv_cell(text) == cell
    if text:  # and the csv module reads it back
        assert next(csv.reader(io.StringIO(cell + "\n", newline=""))) == [text]


def _segmented_graph(source_file: str) -> nx.MultiDiGraph:
    """Kim met Putin, told twice by one article and once by another, in segmented text."""
    graph = nx.MultiDiGraph()
    _entity(graph, "person/kim", "Person", "Kim Jong-un", articles=("a1", "a2"))
    _entity(graph, "person/putin", "Person", "Vladimir Putin", articles=("a1", "a2"))
    for article, sentence, start in (("a2", "Ông Kim_Jong-un gặp Tổng_thống Putin .", 40),
                                     ("a1", "Chủ_tịch Kim gặp ông Putin .", 7),
                                     ("a1", "Hai nhà_lãnh_đạo gặp nhau .", 90)):
        graph.add_edge("person/putin", "person/kim", predicate="met",
                       provenance=Provenance(article, 0, sentence, start, start + 5, "rule", 0.8))
    graph.add_node("article/a1", kind="article", type="Article", label="Tiêu đề", title="Tiêu đề", author=None,
                   url=None, published=None, source_file=source_file, articles=("a1",))
    graph.add_node("event/statement/1", kind="event", type="Statement", label="Statement: Kim Jong-un", date=None,
                   date_type=None, quote="Nga sẽ_thắng", items=(), planned=False, accepted=None, vehicle=None,
                   evidence=(Provenance("a2", 3, "Ông Kim nói Nga sẽ_thắng .", 10, 30, "speech", 0.6),
                             Provenance("a1", 1, "Kim_Jong-un nói thế .", 0, 20, "speech", 0.7)),
                   articles=("a1", "a2"))
    return graph


def test_neo4j_evidence_is_published_text_aligned_with_its_article_and_span(tmp_path: Path) -> None:
    neo4j.export(_segmented_graph("a1.txt"), tmp_path, BASE)
    (met,) = _read_csv(tmp_path / "neo4j" / "relationships.MET.Person.Person.csv")
    split = lambda cell: cell.split(neo4j.ARRAY_DELIMITER)  # noqa: E731
    assert split(met["evidence:string[]"]) == [
        "Chủ tịch Kim gặp ông Putin .", "Hai nhà lãnh đạo gặp nhau .", "Ông Kim Jong-un gặp Tổng thống Putin ."]
    assert split(met["evidenceArticles:string[]"]) == ["a1", "a1", "a2"]
    assert split(met["evidenceStarts:int[]"]) == ["7", "90", "40"]
    assert split(met["evidenceEnds:int[]"]) == ["12", "95", "45"]
    assert met["articles:string[]"] == "a1\x1fa2" and met["corroboration:int"] == "2"
    (statement,) = _read_csv(tmp_path / "neo4j" / "nodes.Event.Statement.csv")
    assert split(statement["evidence:string[]"]) == ["Kim Jong-un nói thế .", "Ông Kim nói Nga sẽ thắng ."]
    assert split(statement["evidenceArticles:string[]"]) == ["a1", "a2"]
    assert statement["quote"] == "Nga sẽ thắng"
    for path in (tmp_path / "neo4j").glob("*.csv"):
        rows = path.read_text(encoding="utf-8").splitlines()[1:]
        assert not re.search(r"[^\W\d_]_[^\W\d_]", "\n".join(rows).replace("MET", "")), path


@pytest.mark.parametrize("source", ["/home/someone/news/a1.txt", "news/a1.txt", "a1.txt"])
def test_neo4j_article_source_file_is_never_an_absolute_path(tmp_path: Path, source: str) -> None:
    neo4j.export(_segmented_graph(source), tmp_path, BASE)
    (article,) = _read_csv(tmp_path / "neo4j" / "nodes.Article.csv")
    assert article["sourceFile"] == "a1.txt"
    for path in (tmp_path / "neo4j").iterdir():
        assert "/home/" not in path.read_text(encoding="utf-8")


def test_neo4j_read_plan_reads_evidence_spans_as_integers(tmp_path: Path) -> None:
    neo4j.export(_segmented_graph("a1.txt"), tmp_path, BASE)
    (met,) = [row for group in read_plan(tmp_path).relationships for row in group.rows]
    assert met["props"]["evidenceStarts"] == [7, 90, 40]
    assert met["props"]["evidenceArticles"] == ["a1", "a1", "a2"]


@pytest.mark.parametrize(
    "text",
    ["plain", "with, a comma", 'a "quoted" word', "two\nlines", "", "Hà Nội; Việt Nam"],
)
def test_neo4j_csv_written_row_by_row_is_the_csv_text(tmp_path, text):
    from kg.atomic import atomic_write_lines

    node = neo4j.NodeRecord(iri=f"{BASE}person/x", labels=("Entity", "Person"), kind="entity", properties={"name": text})
    relationship = neo4j.RelationshipRecord(
        start=f"{BASE}person/x", end=f"{BASE}person/y", type="MET", start_label="Entity", end_label="Entity",
        properties={"articles": (text,) if text else ()},
    )
    for lines, whole in (
        (neo4j.node_csv_lines([node, node]), neo4j.generate_node_csv([node, node])),
        (neo4j.relationship_csv_lines([relationship]), neo4j.generate_relationship_csv([relationship])),
    ):
        written = atomic_write_lines(tmp_path / "file.csv", lines).read_text(encoding="utf-8")
        assert written == whole and whole.count("\n") >= 2


def test_relationship_files_are_written_from_deferred_records_as_from_whole_ones(tmp_path: Path) -> None:
    """The export works out each relationship's properties only when writing its row; the files it
    writes are the text of the records with their properties at hand."""
    graph = _small_graph()
    deferred = neo4j.deferred_relationship_records(graph, BASE)
    whole = neo4j.relationship_records(graph, BASE)
    assert [(r.type, r.start, r.end) for r in deferred] == [(r.type, r.start, r.end) for r in whole]
    assert not any(hasattr(r, "__dict__") for r in deferred)  # slotted: nothing cached on the record
    neo4j.export(graph, tmp_path, BASE)
    for records in neo4j.group_relationships(whole).values():
        written = (tmp_path / "neo4j" / neo4j.relationship_file_name(records[0])).read_text(encoding="utf-8")
        assert written == neo4j.generate_relationship_csv(records)
        assert "evidence" in written.splitlines()[0]
