"""The HTML explorer in real headless Chromium (Debian's, driven by Playwright).

Run as a script to measure how long a large synthetic graph takes to show:
``python tests/test_html_browser.py [NODES]``.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import networkx as nx
import pytest

from helpers import missing, require_module
from kg.export.html import LARGE_GRAPH_NODES, export
from kg.model import Provenance

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BASE = "https://kg.example.org/"
SCRIPT = "<script>window.__pwned=1</script>"
IMAGE = '<img src=x onerror="window.__pwned=1">'

pytestmark = [pytest.mark.browser]

if not CHROMIUM.exists():
    missing("Debian's chromium at /usr/bin/chromium", "apt-get install chromium (.ci/run does)")
require_module("playwright", "install playwright (in the test extras); never `playwright install`")


def _provenance(article: str, sentence: str, start: int = 0) -> Provenance:
    return Provenance(article, 0, sentence, start, start + len(sentence), "test", 0.8)


def _entity(graph: nx.MultiDiGraph, node: str, type_: str, label: str, aliases=(), mentions=1, articles=("a1",)):
    graph.add_node(
        node, kind="entity", type=type_, label=label, aliases=tuple(aliases), same_as=(),
        mentions=mentions, articles=tuple(articles),
    )


def _article(graph: nx.MultiDiGraph, article: str, title: str) -> None:
    graph.add_node(
        f"article/{article}", kind="article", type="Article", label=title, title=title, author=None,
        url=None, published=None, source_file=f"{article}.txt", articles=(article,),
    )


def korea_graph() -> nx.MultiDiGraph:
    """Two articles about a summit: people, places, a post, a meeting and a statement."""
    graph = nx.MultiDiGraph()
    _article(graph, "a1", "Kim Jong-un đến Nga")
    _article(graph, "a2", "Hội nghị thượng đỉnh ở Vladivostok")
    _entity(graph, "person/kim-jong-un", "Person", "Kim Jong-un", ["Chủ tịch Kim Jong-un", "Kim"], 12, ["a1", "a2"])
    _entity(graph, "person/kim-yo-jong", "Person", "Kim Yo-jong", [], 2, ["a2"])
    _entity(graph, "person/vladimir-putin", "Person", "Vladimir Putin", ["Tổng thống Putin"], 9, ["a1", "a2"])
    _entity(graph, "country/trieu-tien", "Country", "Triều Tiên", ["Bắc Triều Tiên"], 5, ["a1", "a2"])
    _entity(graph, "country/nga", "Country", "Nga", [], 6, ["a1", "a2"])
    _entity(graph, "city/vladivostok", "City", "Vladivostok", [], 1, ["a2"])
    _entity(graph, "city/da-nang", "City", "Đà Nẵng", [], 1, ["a1"])
    for article in ("a1", "a2"):
        graph.add_edge("person/kim-jong-un", "country/trieu-tien", predicate="leaderOf",
                       provenance=_provenance(article, "Nhà_lãnh_đạo Triều_Tiên Kim_Jong-un đến Nga ."))
    graph.add_edge("person/vladimir-putin", "country/nga", predicate="presidentOf",
                   provenance=_provenance("a1", "Tổng thống Nga Vladimir Putin tiếp ông Kim ."))
    graph.add_edge("city/vladivostok", "country/nga", predicate="locatedIn",
                   provenance=_provenance("a2", "Vladivostok , Nga ."))
    graph.add_edge("person/kim-jong-un", "person/vladimir-putin", predicate="met",
                   provenance=_provenance("a2", "Ông Kim gặp ông Putin ở Vladivostok ."))
    meeting = "event/meeting/0001"
    graph.add_node(
        meeting, kind="event", type="Meeting", label="Meeting: Kim Jong-un, Vladimir Putin (2019-04-25)",
        date="2019-04-25", date_type="date", quote=None, items=(), planned=False, accepted=None, vehicle=None,
        evidence=(_provenance("a2", "Ông Kim gặp ông Putin ở Vladivostok ."),), articles=("a2",),
    )
    for role, entity in (("participant", "person/kim-jong-un"), ("participant", "person/vladimir-putin"),
                         ("place", "city/vladivostok")):
        graph.add_edge(meeting, entity, predicate=role, provenance=_provenance("a2", "Ông Kim gặp ông Putin ở Vladivostok ."))
    for article in ("a1", "a2"):
        for node, data in list(graph.nodes(data=True)):
            if data["kind"] == "entity" and article in data["articles"]:
                graph.add_edge(f"article/{article}", node, predicate="mentions", provenance=None)
    return graph


def hostile_graph() -> nx.MultiDiGraph:
    """A graph whose article text and names carry markup that must never run."""
    graph = nx.MultiDiGraph()
    _article(graph, "x1", f"Tin {SCRIPT} {IMAGE}")
    _entity(graph, "person/a", "Person", f"Ông {IMAGE}", [SCRIPT, IMAGE], 3, ["x1"])
    _entity(graph, "country/b", "Country", "Nước B", [], 1, ["x1"])
    graph.add_edge("person/a", "country/b", predicate="presidentOf",
                   provenance=_provenance("x1", f"Câu {SCRIPT} và {IMAGE} ."))
    graph.add_node(
        "event/statement/1", kind="event", type="Statement", label=f"Statement: {IMAGE}", date=None,
        date_type=None, quote=f"{SCRIPT} {IMAGE}", items=(IMAGE,), planned=False, accepted=None, vehicle=SCRIPT,
        evidence=(_provenance("x1", f"Trích {SCRIPT} ."),), articles=("x1",),
    )
    graph.add_edge("event/statement/1", "person/a", predicate="agent", provenance=_provenance("x1", f"Trích {SCRIPT} ."))
    graph.add_edge("article/x1", "person/a", predicate="mentions", provenance=None)
    return graph


def synthetic_graph(count: int, seed: int = 1) -> nx.MultiDiGraph:
    """``count`` nodes shaped like a news graph: people, places, articles and events, about 2 links per node."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    articles = [f"s{i:05d}" for i in range(max(1, count // 20))]
    for article in articles:
        _article(graph, article, f"Bài {article}")
    entity_types = ("Person", "Organization", "Country", "City", "Facility")
    entities = [f"{entity_types[i % 5].lower()}/e{i}" for i in range(int(count * 0.8))]
    for i, node in enumerate(entities):
        seen = sorted(set(rng.sample(articles, k=min(len(articles), rng.randint(1, 3)))))
        _entity(graph, node, entity_types[i % 5], f"Tên {i} Nguyễn", [f"Biệt danh {i}"], rng.randint(1, 30), seen)
        for article in seen:
            graph.add_edge(f"article/{article}", node, predicate="mentions", provenance=None)
    for i in range(count - graph.number_of_nodes()):
        node = f"event/meeting/{i}"
        article = rng.choice(articles)
        tellings = (_provenance(article, f"Cuộc gặp {i} ."),)
        graph.add_node(node, kind="event", type="Meeting", label=f"Meeting {i}", date="2024-01-01",
                       date_type="date", quote=None, items=(), planned=False, accepted=None, vehicle=None,
                       evidence=tellings, articles=(article,))
        for role in ("participant", "participant", "place"):
            graph.add_edge(node, rng.choice(entities), predicate=role, provenance=tellings[0])
    for _ in range(count // 4):
        source, target = rng.sample(entities, 2)
        article = rng.choice(articles)
        graph.add_edge(source, target, predicate="met", provenance=_provenance(article, "Hai bên gặp nhau ."))
    return graph


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class LoadedPage:
    """A page opened from ``file://`` with every request and error recorded."""

    def __init__(self, browser, path: Path, bypass_csp: bool = False):
        self.page = browser.new_page(viewport={"width": 1400, "height": 850}, bypass_csp=bypass_csp)
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => window.kgExplorer && window.kgExplorer.isReady()", timeout=30_000)

    def evaluate(self, script: str, argument=None):
        return self.page.evaluate(script, argument)

    def visible_count(self) -> int:
        return self.evaluate("nodes.get({filter: n => !n.hidden}).length")

    def close(self) -> None:
        self.page.close()


def _open(browser, graph: nx.MultiDiGraph, folder: Path, bypass_csp: bool = False) -> LoadedPage:
    (path,) = export(graph, folder, BASE)
    return LoadedPage(browser, path, bypass_csp)


@pytest.fixture(scope="module")
def korea_loaded(browser, tmp_path_factory):
    page = _open(browser, korea_graph(), tmp_path_factory.mktemp("korea"))
    yield page
    page.close()


@pytest.fixture
def korea_page(korea_loaded):
    """The korea page, back in its opening state."""
    korea_loaded.evaluate("kgExplorer.reset()")
    korea_loaded.page.fill("#kg-search", "")
    return korea_loaded


def test_html_browser_loads_offline_with_every_node(korea_page):
    graph = korea_graph()
    assert korea_page.requests == [korea_page.page.url]
    assert korea_page.failed == []
    assert korea_page.errors == []
    assert korea_page.evaluate("nodes.length") == graph.number_of_nodes()
    shown = [n for n, d in graph.nodes(data=True) if d["type"] != "Article"]
    assert sorted(korea_page.evaluate("kgExplorer.visibleNodeIds()")) == sorted(shown)
    assert korea_page.evaluate("network.body.nodeIndices.length") == len(shown)  # what the canvas draws


@pytest.mark.parametrize("query", ["Kim", "Kim Jong un", "kim jong-un", "KIM JONG-UN", "chu tich kim", "Chủ tịch Kim"])
def test_html_browser_search_focuses_kim_jong_un(korea_page, query):
    page = korea_page.page
    page.fill("#kg-search", query)
    page.press("#kg-search", "Enter")
    page.wait_for_timeout(450)  # the focus animation takes 300 ms
    assert korea_page.evaluate("network.getSelectedNodes()") == ["person/kim-jong-un"]
    assert page.text_content("#kg-details h2") == "Kim Jong-un"
    node = korea_page.evaluate("network.getPositions(['person/kim-jong-un'])['person/kim-jong-un']")
    view = korea_page.evaluate("network.getViewPosition()")
    assert abs(node["x"] - view["x"]) < 1 and abs(node["y"] - view["y"]) < 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [("da nang", "city/da-nang"), ("Đà Nẵng", "city/da-nang"), ("bac trieu tien", "country/trieu-tien"),
     ("kim yo", "person/kim-yo-jong"), ("tong thong putin", "person/vladimir-putin")],
)
def test_html_browser_search_ignores_diacritics(korea_page, query, expected):
    assert korea_page.evaluate("q => kgExplorer.search(q)[0]", query) == expected


def test_html_browser_type_and_predicate_filters_change_what_is_visible(korea_page):
    assert korea_page.visible_count() == 8
    assert korea_page.evaluate("kgExplorer.setTypeVisible('Person', false)") == 5
    assert korea_page.visible_count() == 5
    assert korea_page.evaluate("kgExplorer.setTypeVisible('Article', true)") == 7
    korea_page.evaluate("kgExplorer.setTypeVisible('Person', true)")
    visible_links = "edges.get({filter: e => !e.hidden}).length"
    before = korea_page.evaluate(visible_links)
    korea_page.evaluate("kgExplorer.setPredicateVisible('met', false)")
    assert korea_page.evaluate(visible_links) == before - 1
    korea_page.evaluate("kgExplorer.setPredicateVisible('mentions', false)")
    mentions = sum(1 for *_, d in korea_graph().edges(data=True) if d["predicate"] == "mentions")
    assert korea_page.evaluate(visible_links) == before - 1 - mentions
    assert korea_page.page.is_checked('#kg-predicates input[data-name="met"]') is False


def test_html_browser_article_view_shows_only_that_article(korea_page):
    count = korea_page.evaluate("kgExplorer.setArticle('a1')")
    # article a1: its own node and the five entities it mentions; the meeting is told only in a2
    assert count == korea_page.visible_count() == 6
    assert "event/meeting/0001" not in korea_page.evaluate("kgExplorer.visibleNodeIds()")
    assert korea_page.page.input_value("#kg-article") == "a1"
    assert korea_page.evaluate("kgExplorer.setArticle('')") == 8


def test_html_browser_details_show_posts_events_and_evidence(korea_page):
    page = korea_page.page
    korea_page.evaluate("kgExplorer.showNode('person/kim-jong-un')")
    details = page.text_content("#kg-details")
    assert "Posts held" in details and "leader of" in details and "Triều Tiên" in details
    assert "Chủ tịch Kim Jong-un" in details and "Meeting: Kim Jong-un" in details
    edge = korea_page.evaluate("edges.get().find(e => e.from === 'person/kim-jong-un' && e.to === 'country/trieu-tien').id")
    korea_page.evaluate("id => kgExplorer.showEdge(id)", edge)
    details = page.text_content("#kg-details")
    assert "2 pieces of evidence in 2 articles" in details
    assert "Nhà lãnh đạo Triều Tiên Kim Jong-un đến Nga ." in details  # segmented text shown with spaces
    assert "Kim Jong-un đến Nga" in details and "Hội nghị thượng đỉnh ở Vladivostok" in details
    korea_page.evaluate("kgExplorer.showNode('event/meeting/0001')")
    details = page.text_content("#kg-details")
    assert "Who" in details and "Vladimir Putin" in details and "Where" in details and "Vladivostok" in details
    assert "2019-04-25" in details


def test_html_browser_click_on_canvas_opens_details(korea_page):
    page = korea_page.page
    korea_page.evaluate("network.setOptions({physics: false}); network.fit({animation: false})")
    point = korea_page.evaluate(
        "network.canvasToDOM(network.getPositions(['country/nga'])['country/nga'])"
    )
    box = page.locator("#mynetwork canvas").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert page.text_content("#kg-details h2") == "Nga"


# Without the page's Content-Security-Policy too: text nodes alone must keep the markup inert.
@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_html_browser_untrusted_text_is_shown_as_text(browser, tmp_path, bypass_csp):
    loaded = _open(browser, hostile_graph(), tmp_path, bypass_csp)
    try:
        page = loaded.page
        opened = []
        for script in ("kgExplorer.showNode('person/a')", "kgExplorer.showNode('event/statement/1')",
                       "kgExplorer.showNode('article/x1')", "kgExplorer.showEdge(edges.get().find(e => e.from === 'person/a').id)",
                       "kgExplorer.setArticle('x1')"):
            loaded.evaluate(script)
            opened.append(page.text_content("#kg-details"))
            assert page.locator("#kg-details img, #kg-details script").count() == 0
        page.fill("#kg-search", "window")
        assert page.locator("#kg-results img, #kg-results script").count() == 0
        point = loaded.evaluate("network.canvasToDOM(network.getPositions(['person/a'])['person/a'])")
        box = page.locator("#mynetwork canvas").bounding_box()
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_timeout(300)
        assert loaded.evaluate("typeof window.__pwned") == "undefined"
        assert SCRIPT in opened[0] and IMAGE in opened[0]
        assert f"Câu {SCRIPT} và {IMAGE} ." in opened[3]
        assert f"{SCRIPT} {IMAGE}" in opened[1]
        assert loaded.failed == [] and loaded.requests == [page.url]
        assert loaded.errors == []
    finally:
        loaded.close()


def test_html_browser_seeds_smoke(browser, tmp_path):
    from kg.build import build_outputs

    result = build_outputs(["seeds"], tmp_path)
    loaded = LoadedPage(browser, tmp_path / "graph.html")
    try:
        assert loaded.evaluate("nodes.length") == result.graph.number_of_nodes()
        assert loaded.failed == [] and loaded.errors == []
        assert all(url.startswith("file://") for url in loaded.requests)
        loaded.page.fill("#kg-search", "Kim")
        loaded.page.press("#kg-search", "Enter")
        loaded.page.wait_for_timeout(450)
        assert loaded.evaluate("network.getSelectedNodes()") == ["person/kim-jong-un"]
        screenshot = tmp_path / "graph.png"
        loaded.page.screenshot(path=str(screenshot))
        print(f"screenshot: {screenshot}")
        assert screenshot.stat().st_size > 10_000
    finally:
        loaded.close()


def test_html_browser_empty_graph_loads(browser, tmp_path):
    loaded = _open(browser, nx.MultiDiGraph(), tmp_path)
    try:
        assert loaded.evaluate("nodes.length") == 0
        assert loaded.page.text_content("#kg-status").startswith("Showing 0 of 0 nodes")
        assert loaded.errors == [] and loaded.failed == []
    finally:
        loaded.close()


def test_html_browser_large_graph_uses_fixed_layout(browser, tmp_path):
    graph = synthetic_graph(LARGE_GRAPH_NODES + 100)
    loaded = _open(browser, graph, tmp_path)
    try:
        assert loaded.evaluate("nodes.length") == graph.number_of_nodes()
        assert loaded.evaluate("network.physics.options.enabled") is False
        assert loaded.evaluate("kgExplorer.search('ten 15 nguyen')[0]") == "person/e15"
        assert loaded.errors == []
    finally:
        loaded.close()


def measure(count: int) -> None:
    """Print how long a synthetic graph of ``count`` nodes takes to export and to show in Chromium."""
    import tempfile

    from playwright.sync_api import sync_playwright

    graph = synthetic_graph(count)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        (path,) = export(graph, Path(folder), BASE)
        exported = time.perf_counter() - started
        print(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges: "
              f"export {exported:.2f} s, {path.stat().st_size / 1e6:.1f} MB")
        with sync_playwright() as playwright:
            launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = launched.new_page(viewport={"width": 1400, "height": 850})
            started = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("() => window.kgExplorer && window.kgExplorer.isReady()", timeout=60_000)
            shown = time.perf_counter() - started
            started = time.perf_counter()
            page.evaluate("kgExplorer.setTypeVisible('Person', false)")
            filtered = time.perf_counter() - started
            started = time.perf_counter()
            page.evaluate("kgExplorer.focus(kgExplorer.search('ten 42')[0])")
            focused = time.perf_counter() - started
            print(f"first drawing {shown:.2f} s, type filter {filtered:.2f} s, search and focus {focused:.2f} s")
            launched.close()


if __name__ == "__main__":
    measure(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
