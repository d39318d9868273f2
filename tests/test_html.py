"""The HTML explorer's page, checked without a browser: data, escaping, offline, determinism."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from kg.export.html import (
    canvas_facts,
    check_offline,
    explorer_data,
    export,
    overview_nodes,
    predicate_words,
    readable_date,
    render_html,
    script_json,
)
from kg.model import Provenance

SCRIPT = "<script>window.__pwned=1</script>"


def _provenance(article: str, sentence: str, start: int = 0, confidence: float = 0.8) -> Provenance:
    return Provenance(article, 0, sentence, start, start + 3, "test", confidence, (start - 4, start - 4 + len(sentence)))


def _entity(graph: nx.MultiDiGraph, node: str, type_: str, label: str, articles=("a1",), aliases=()):
    graph.add_node(node, kind="entity", type=type_, label=label, aliases=tuple(aliases), same_as=(),
                   mentions=len(articles), articles=tuple(articles))


def _article(graph: nx.MultiDiGraph, article: str, title: str, url=None, published=None) -> None:
    graph.add_node(f"article/{article}", kind="article", type="Article", label=title, title=title, author=None,
                   url=url, published=published, source_file=f"/home/someone/{article}.txt", articles=(article,))


def small_graph(order: int = 1) -> nx.MultiDiGraph:
    """Kim leads Triều Tiên (three tellings in two articles) and met Putin both ways round; ``order`` reverses insertion."""
    graph = nx.MultiDiGraph()
    nodes = [
        lambda: _article(graph, "a1", "Bài một", "https://news.example/1", "2019-04-25T08:00:00+07:00"),
        lambda: _article(graph, "a2", f"Bài hai {SCRIPT}", "javascript:alert(1)"),
        lambda: _entity(graph, "person/kim-jong-un", "Person", "Kim Jong-un", ("a1", "a2"), ("Kim", SCRIPT)),
        lambda: _entity(graph, "person/vladimir-putin", "Person", "Vladimir Putin", ("a1", "a2")),
        lambda: _entity(graph, "country/trieu-tien", "Country", "Triều Tiên", ("a1", "a2")),
        lambda: _entity(graph, "city/ha-noi", "City", "Hà Nội", ("a1",)),
    ]
    edges = [
        ("person/kim-jong-un", "country/trieu-tien", "leaderOf", _provenance("a1", "Câu một .", 10)),
        ("person/kim-jong-un", "country/trieu-tien", "leaderOf", _provenance("a2", f"Câu {SCRIPT} .", 40)),
        ("person/kim-jong-un", "country/trieu-tien", "leaderOf", _provenance("a2", "Câu_ba của Kim_Jong-un .", 90)),
        ("person/kim-jong-un", "person/vladimir-putin", "met", _provenance("a1", "Kim gặp Putin .", 20)),
        ("person/vladimir-putin", "person/kim-jong-un", "met", _provenance("a2", "Putin gặp Kim .", 60)),
        ("article/a1", "person/kim-jong-un", "mentions", None),
        ("article/a2", "person/kim-jong-un", "mentions", None),
    ]
    for add in nodes[::order]:
        add()
    for source, target, predicate, provenance in edges[::order]:
        graph.add_edge(source, target, predicate=predicate, provenance=provenance)
    graph.add_node("event/statement/1", kind="event", type="Statement", label="Statement: Kim Jong-un",
                   date="--09-12", date_type="gMonthDay", quote="Nga sẽ_thắng", items=(), planned=False,
                   accepted=None, vehicle=None, evidence=(_provenance("a1", "Kim nói Nga sẽ_thắng .", 30),),
                   articles=("a1",))
    graph.add_edge("event/statement/1", "person/kim-jong-un", predicate="agent",
                   provenance=_provenance("a1", "Kim nói Nga sẽ_thắng .", 30))
    return graph


def _page_json(page: str, name: str) -> dict:
    found = re.search(rf'<script type="application/json" id="{name}">(.*?)</script>', page, re.DOTALL)
    assert found, f"the page carries {name} as JSON"
    return json.loads(found.group(1))


def test_html_export_writes_one_page(tmp_path):
    written = export(small_graph(), tmp_path, "https://kg.example.org/")
    assert written == [tmp_path / "graph.html"]
    page = written[0].read_text(encoding="utf-8")
    assert "vis.Network" in page and 'id="kg-search"' in page and 'id="kg-facts-table"' in page
    assert not list(tmp_path.glob(".graph.html.*"))  # no temporary file left behind


def test_html_render_is_byte_identical_whatever_the_insertion_order():
    first = render_html(small_graph(1), "https://kg.example.org/")
    assert render_html(small_graph(1), "https://kg.example.org/") == first
    assert render_html(small_graph(-1), "https://kg.example.org/") == first


def test_html_page_refers_to_nothing_remote():
    page = render_html(small_graph(), "https://kg.example.org/")
    check_offline(page)
    assert "cdn." not in page and "bootstrap" not in page.lower()
    assert not re.search(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=""", page)
    assert "/home/someone" not in page


@pytest.mark.parametrize(
    "snippet",
    [
        '<link rel="stylesheet" href="https://cdn.example/x.css">',
        "<script src='http://cdn.example/x.js'></script>",
        '<img src=//cdn.example/x.png>',
        "<style>body { background: url( 'https://cdn.example/x.png') }</style>",
        "<style>@import 'x.css';</style>",
    ],
)
def test_html_check_offline_rejects_remote_resources(snippet):
    with pytest.raises(ValueError, match="offline"):
        check_offline(f"<html><head>{snippet}</head></html>")


@pytest.mark.parametrize(
    "text",
    [SCRIPT, '<img src=x onerror="window.__pwned=1">', "</script><script>alert(1)</script>", "a & b", "<!--", "\u2028"],
)
def test_html_script_json_cannot_close_its_script_element(text):
    encoded = script_json({"text": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"text": text}


def test_html_untrusted_text_never_appears_as_markup():
    page = render_html(small_graph(), "https://kg.example.org/")
    assert SCRIPT not in page
    assert "window.__pwned" in page  # the text is there, escaped
    data = _page_json(page, "kg-data")
    kim = data["nodes"]["id"].index("person/kim-jong-un")
    assert SCRIPT in data["nodes"]["aliases"][kim]


def test_html_content_security_policy_admits_exactly_the_page_scripts_and_no_network():
    page = render_html(small_graph(), "https://kg.example.org/")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1)
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy and "connect-src" not in policy
    assert "script-src 'sha256-" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    allowed = set(re.findall(r"'sha256-([^']+)'", policy))
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 4  # vis-network, the model, the canvas, the controls
    assert {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts} == allowed


def test_html_one_link_per_fact_and_symmetric_met_once_with_distinct_articles():
    data, evidence = explorer_data(small_graph(), "b/")
    facts, ids = data["facts"], data["nodes"]["id"]
    names = [p["name"] for p in data["predicates"]]
    links = [(ids[f], names[p], ids[t], a) for f, p, t, a in
             zip(facts["from"], facts["predicate"], facts["to"], facts["articles"], strict=True)]
    articles = data["articles"]["id"]
    assert [(f, p, t, [articles[i] for i in a]) for f, p, t, a in links] == [
        ("person/kim-jong-un", "leaderOf", "country/trieu-tien", ["a1", "a2"]),
        ("person/kim-jong-un", "met", "person/vladimir-putin", ["a1", "a2"]),
    ], "no mentions, no event roles; met once"
    assert facts["evidence"] == [3, 2]
    sentences = [evidence["sentences"][row[1]] for row in evidence["facts"][0]]
    assert sentences == ["Câu một .", f"Câu {SCRIPT} .", "Câu ba của Kim Jong-un ."], "as published"
    assert [row[6] for row in evidence["facts"][0]] == [4, 4, 4], "where the fact starts in its sentence"
    assert next(p for p in data["predicates"] if p["name"] == "met")["symmetric"] is True


def test_html_events_carry_readable_dates_roles_and_quotes():
    data, evidence = explorer_data(small_graph(), "b/")
    events = data["events"]
    assert events["dateText"] == ["12/9, year unknown"] and events["date"] == ["--09-12"]
    assert events["quote"] == ["Nga sẽ thắng"]
    (roles,) = events["roles"]
    assert [(events["roleNames"][r], data["nodes"]["id"][n]) for r, n in roles] == [("agent", "person/kim-jong-un")]
    assert evidence["sentences"][evidence["events"][0][0][1]] == "Kim nói Nga sẽ thắng ."


def test_html_articles_keep_only_web_addresses():
    data, _ = explorer_data(small_graph(), "b/")
    articles = data["articles"]
    assert articles["id"] == ["a1", "a2"]
    assert articles["url"] == ["https://news.example/1", None]  # javascript: is never a link
    assert articles["published"] == ["2019-04-25T08:00:00+07:00", None]
    assert "source_file" not in articles and "/home/" not in json.dumps(data)


@pytest.mark.parametrize(
    ("value", "text"),
    [("2019-04-25", "25/4/2019"), ("--09-12", "12/9, year unknown"), ("2019-09", "9/2019"), ("2019", "2019"),
     (None, None)],
)
def test_html_readable_date(value, text):
    assert readable_date(value) == text


def test_html_overview_takes_the_most_connected_and_no_isolate():
    graph = nx.MultiDiGraph()
    for i in range(30):
        _entity(graph, f"person/p{i:02d}", "Person", f"P {i}")
    for i in range(1, 12):  # a star round p00
        graph.add_edge("person/p00", f"person/p{i:02d}", predicate="met", provenance=_provenance("a1", "x", 5))
    graph.add_edge("person/p20", "person/p21", predicate="met", provenance=_provenance("a1", "x", 5))
    facts = canvas_facts(graph)
    entities = sorted(graph.nodes)
    overview = overview_nodes(entities, facts, size=5)
    assert "person/p00" in overview
    assert all(any({f.source, f.target} <= set(overview) and node in (f.source, f.target) for f in facts)
               for node in overview), "every entity of the overview has a link drawn"
    assert "person/p25" not in overview_nodes(entities, facts, size=100), "isolates are left out"
    assert len(overview_nodes(entities, facts, size=100)) == 14


@pytest.mark.parametrize(
    ("predicate", "words"),
    [("presidentOf", "president of"), ("gaveGiftTo", "gave a gift to"), ("place", "took place in"),
     ("someNewRelation", "some new relation")],
)
def test_html_predicate_words(predicate, words):
    assert predicate_words(predicate) == words


@pytest.mark.parametrize(
    "value",
    [
        {"b": [1, 2.5, None, True], "a": {"z": ["<", ">"], "y": "&\u2028\u2029"}},
        {"rows": [[i, f"câu {i} <b>", [i, -1]] for i in range(7)], "empty": [], "ids": list(range(5))},
        [{"k": i} for i in range(9)],
        ("tuple", 1, ["x"] * 4),
    ],
)
def test_html_script_json_in_pieces_is_the_whole_encoding(monkeypatch, value):
    import kg.export.html as html

    whole = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for unsafe, safe in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        whole = whole.replace(unsafe, safe)
    monkeypatch.setattr(html, "JSON_BATCH", 2)
    pieces = list(html.script_json_pieces(value))
    assert "".join(pieces) == whole
    assert len(pieces) > 1


def test_html_export_writes_the_rendered_page(tmp_path):
    path = export(small_graph(), tmp_path, "https://kg.example.org/")[0]
    assert path.read_text(encoding="utf-8") == render_html(small_graph(), "https://kg.example.org/")
