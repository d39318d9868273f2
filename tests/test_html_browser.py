"""The HTML explorer in real headless Chromium (Debian's, driven by Playwright): a user's paths.

How long pages take is measured by ``make bench`` (``bench/explorer.py``), never here.
"""

from __future__ import annotations

import csv
import importlib.util
import io
from pathlib import Path

import networkx as nx
import pytest
from helpers import ROOT, SEEDS

from helpers import missing, require_module
from kg.export.html import export
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
FORMULA = "=HYPERLINK(\"https://evil.example\")"
KIM, PUTIN = "person/kim-jong-un", "person/vladimir-putin"

pytestmark = [pytest.mark.browser]

if not CHROMIUM.exists():
    missing("Debian's chromium at /usr/bin/chromium", "apt-get install chromium (.ci/run does)")
require_module("playwright", "install playwright (in the test extras); never `playwright install`")


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_explorer", ROOT / "bench" / "explorer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _provenance(article: str, sentence: str, start: int = 0) -> Provenance:
    return Provenance(article, 0, sentence, start, start + len(sentence), "test", 0.8)


def _entity(graph: nx.MultiDiGraph, node: str, type_: str, label: str, aliases=(), mentions=1, articles=("a1",)):
    graph.add_node(
        node, kind="entity", type=type_, label=label, aliases=tuple(aliases), same_as=(),
        mentions=mentions, articles=tuple(articles),
    )


def _article(graph: nx.MultiDiGraph, article: str, title: str, url=None, published=None) -> None:
    graph.add_node(
        f"article/{article}", kind="article", type="Article", label=title, title=title, author=None,
        url=url, published=published, source_file=f"{article}.txt", articles=(article,),
    )


def hostile_graph() -> nx.MultiDiGraph:
    """A graph whose article text, names and addresses carry markup and scripts that must never run."""
    graph = nx.MultiDiGraph()
    _article(graph, "x1", f"Tin {SCRIPT} {IMAGE}", url="javascript:window.__pwned=1")
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
    _entity(graph, "organization/formula", "Organization", FORMULA, [], 1, ["x1"])
    graph.add_edge("person/a", "organization/formula", predicate="memberOf", provenance=_provenance("x1", "Thành viên ."))
    return graph


def news_graph() -> nx.MultiDiGraph:
    """Three dated articles with addresses, facts and events."""
    graph = nx.MultiDiGraph()
    _article(graph, "n1", "Thượng đỉnh ở Vladivostok", "https://news.example/1", "2019-04-25T08:00:00+07:00")
    _article(graph, "n2", "Putin tiếp Kim", "https://news.example/2", "2019-04-26T09:00:00+07:00")
    _article(graph, "n3", "Tin cũ về Nga", None, "2018-01-02T09:00:00+07:00")
    _entity(graph, KIM, "Person", "Kim Jong-un", ["Chủ tịch Kim"], 9, ["n1", "n2"])
    _entity(graph, PUTIN, "Person", "Vladimir Putin", [], 7, ["n1", "n2", "n3"])
    _entity(graph, "country/nga", "Country", "Nga", [], 5, ["n1", "n3"])
    _entity(graph, "person/peskov", "Person", "Dmitry Peskov", [], 3, ["n2"])
    graph.add_edge(KIM, PUTIN, predicate="met", provenance=_provenance("n1", "Ông Kim gặp ông Putin ."))
    graph.add_edge(PUTIN, KIM, predicate="met", provenance=_provenance("n2", "Putin gặp Kim ."))
    graph.add_edge(PUTIN, "country/nga", predicate="presidentOf", provenance=_provenance("n3", "Tổng thống Nga Putin ."))
    graph.add_edge("person/peskov", "country/nga", predicate="spokespersonOf",
                   provenance=_provenance("n2", "Người phát ngôn Peskov ."))
    for index, (date, kind) in enumerate((("2019-04-25", "date"), ("--09-12", "gMonthDay"))):
        node = f"event/meeting/{index}"
        graph.add_node(node, kind="event", type="Meeting", label="Meeting", date=date, date_type=kind, quote=None,
                       items=(), planned=False, accepted=None, vehicle=None,
                       evidence=(_provenance("n1", "Ông Kim gặp ông Putin ."),), articles=("n1",))
        graph.add_edge(node, KIM, predicate="participant", provenance=_provenance("n1", "Ông Kim gặp ông Putin ."))
        graph.add_edge(node, PUTIN, predicate="participant", provenance=_provenance("n1", "Ông Kim gặp ông Putin ."))
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
        self.page = browser.new_page(viewport={"width": 1400, "height": 850}, bypass_csp=bypass_csp,
                                     accept_downloads=True)
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("requestfailed", lambda request: self.failed.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.goto(path.as_uri())
        self.settle(60_000)

    def settle(self, timeout: int = 30_000) -> None:
        """Wait until the page is interactive and its layout has stopped moving."""
        self.page.wait_for_function("() => window.kgExplorer && window.kgExplorer.isReady()", timeout=timeout)

    def evaluate(self, script: str, argument=None):
        return self.page.evaluate(script, argument)

    def click_canvas(self, point: dict) -> None:
        box = self.page.locator("#kg-network canvas").bounding_box()
        self.page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])

    def details(self) -> str:
        return self.page.text_content("#kg-details")

    def close(self) -> None:
        self.page.close()


def _open(browser, graph: nx.MultiDiGraph, folder: Path, bypass_csp: bool = False) -> LoadedPage:
    (path,) = export(graph, folder, BASE)
    return LoadedPage(browser, path, bypass_csp)


@pytest.fixture(scope="module")
def seeds_page(browser, tmp_path_factory):
    from kg.build import build_outputs

    folder = tmp_path_factory.mktemp("seeds-html")
    build_outputs([SEEDS], folder)
    loaded = LoadedPage(browser, folder / "graph.html")
    yield loaded
    loaded.close()


@pytest.fixture
def seeds(seeds_page):
    """The seeds page, back on its overview."""
    seeds_page.evaluate("kgExplorer.reset()")
    seeds_page.evaluate("kgExplorer.selectView('graph')")
    seeds_page.page.fill("#kg-search", "")
    seeds_page.settle()
    return seeds_page


@pytest.fixture(scope="module")
def news_page(browser, tmp_path_factory):
    loaded = _open(browser, news_graph(), tmp_path_factory.mktemp("news"))
    yield loaded
    loaded.close()


#: A point (DOM, relative to the canvas) on a straight drawn link, off every node, where no other link passes.
CLEAR_POINT_ON_LINK = """id => {
    const edge = KGX.edges.get(id);
    const p = KGX.network.getPositions([edge.from, edge.to]);
    for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
      const dom = KGX.network.canvasToDOM({x: p[edge.from].x + t * (p[edge.to].x - p[edge.from].x),
                                           y: p[edge.from].y + t * (p[edge.to].y - p[edge.from].y)});
      const here = KGX.canvas.edgesAt(dom);
      // clear of every node, its label included, by a margin the pointer may land in
      const near = [[0, 0], [12, 0], [-12, 0], [0, 12], [0, -12], [9, 9], [-9, 9], [9, -9], [-9, -9]]
        .some(([dx, dy]) => KGX.network.getNodeAt({x: dom.x + dx, y: dom.y + dy}) !== undefined);
      if (!near && here.length === 1 && here[0] === id) { return dom; }
    }
    return null;
}"""


# ---- on the seeds -----------------------------------------------------------------------------


def test_html_browser_seeds_load_offline_on_an_overview_of_linked_entities(seeds):
    assert seeds.failed == [] and seeds.errors == []
    assert all(url.startswith("file://") for url in seeds.requests) and len(seeds.requests) == 1
    drawn = seeds.evaluate("kgExplorer.drawnNodeIds()")
    links = seeds.evaluate("kgExplorer.drawnLinks()")
    assert KIM in drawn and PUTIN in drawn
    linked = {link["from"] for link in links} | {link["to"] for link in links}
    assert set(drawn) == linked, "no isolate in the overview"
    assert not [n for n in drawn if n.startswith(("event/", "article/"))], "statements and articles are not nodes"
    assert seeds.evaluate("KGX.network.body.nodeIndices.length") == len(drawn)


def test_html_browser_seeds_one_link_per_fact(seeds):
    links = seeds.evaluate("kgExplorer.drawnLinks()")
    between = sorted((l["predicate"], l["from"], l["to"], l["articles"]) for l in links if {l["from"], l["to"]} == {KIM, PUTIN})
    met = [link for link in between if link[0] == "met"]
    assert met == [("met", KIM, PUTIN, 4)], "a symmetric met drawn once, counted in distinct articles"
    directed = [(p, s, t) for p, s, t, _ in between if p != "met"]
    assert len(directed) == len(set(directed)), "directed facts once per direction"
    assert {p for p, *_ in between} >= {"met", "invited", "gaveGiftTo"}


def test_html_browser_seeds_clicking_the_kim_putin_met_link_opens_its_four_articles(seeds):
    met = seeds.evaluate(f"kgExplorer.linkId('{KIM}', '{PUTIN}', 'met')")
    point = seeds.evaluate(CLEAR_POINT_ON_LINK, met)
    assert point is not None, "the link can be clicked somewhere on its own"
    box = seeds.page.locator("#kg-network canvas").bounding_box()
    seeds.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    seeds.page.wait_for_timeout(200)
    assert seeds.page.text_content("#kg-tooltip") == "Kim Jong-un met Vladimir Putin · 4 articles", "named on hover"
    seeds.click_canvas(point)
    details = seeds.details()
    assert seeds.page.text_content("#kg-details h2") == "Kim Jong-un met Vladimir Putin"
    assert "Told in4 articles" in details
    assert seeds.page.locator("#kg-details .kg-evidence").count() == 4, "evidence grouped by its four articles"
    assert "_" not in "".join(seeds.page.locator("#kg-details blockquote").all_text_contents())
    assert seeds.evaluate("KGX.network.getSelectedEdges()") == [met], "the selected link is highlighted"
    assert seeds.evaluate("id => KGX.edges.get(id).label", met).startswith("met")


def test_html_browser_seeds_clicking_where_links_overlap_offers_the_list(seeds):
    # Find, on the rendered page itself, a point off every node that two or more drawn links pass
    # within reach of: walk along each drawn link from its first end and keep the first such point.
    point = seeds.evaluate("""() => {
        const canvas = document.querySelector('#kg-network canvas');
        for (const id of KGX.edges.getIds()) {
          const edge = KGX.edges.get(id);
          const p = KGX.network.getPositions([edge.from, edge.to]);
          if (!p[edge.from] || !p[edge.to]) { continue; }
          for (let t = 0.02; t < 0.5; t += 0.01) {
            const c = {x: p[edge.from].x + t * (p[edge.to].x - p[edge.from].x), y: p[edge.from].y + t * (p[edge.to].y - p[edge.from].y)};
            const dom = KGX.network.canvasToDOM(c);
            if (dom.x < 0 || dom.y < 0 || dom.x > canvas.clientWidth || dom.y > canvas.clientHeight) { continue; }
            const here = KGX.canvas.edgesAt(dom);
            if (KGX.network.getNodeAt(dom) === undefined && here.length > 1) { return {x: dom.x, y: dom.y, count: here.length}; }
          }
        }
        return null;
    }""")
    assert point is not None, "the seeds' graph draws no two links through one point"
    seeds.click_canvas(point)
    assert seeds.page.text_content("#kg-details h2") == f"{point['count']} links here"
    choices = seeds.page.locator("#kg-details button.kg-link")
    assert choices.count() == point["count"]
    first = choices.first.text_content()
    link = first[: first.rindex(" (")]  # "A met B (2 articles)" -> "A met B"
    choices.first.click()
    assert seeds.page.text_content("#kg-details h2") == link


def test_html_browser_seeds_statements_are_grouped_in_the_speaker_panel(seeds):
    point = seeds.evaluate("kgExplorer.nodePoint('person/dmitry-peskov')")
    box = seeds.page.locator("#kg-network canvas").bounding_box()
    seeds.page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    seeds.page.wait_for_timeout(200)
    assert seeds.page.text_content("#kg-tooltip").endswith(" statements"), "one node for the speaker, not one per quote"
    seeds.evaluate("kgExplorer.focus('person/dmitry-peskov')")
    seeds.settle()
    details = seeds.details()
    assert "Statements (" in details
    count = seeds.page.locator("#kg-details .kg-statements li").count()
    assert count >= 5 and f"Statements ({count})" in details
    seeds.page.locator("#kg-details .kg-statements button").first.click()
    assert "Quote" in seeds.details() and "Evidence" in seeds.details()


def test_html_browser_seeds_dates_read_as_people_write_them(seeds):
    dated = seeds.evaluate("KGX.data.events.dateText.filter(Boolean)")
    assert dated and all(text.endswith("year unknown") for text in dated)
    index = seeds.evaluate("KGX.data.events.dateText.findIndex(t => t === '12/9, year unknown')")
    assert index >= 0
    seeds.evaluate("i => kgExplorer.showEvent(KGX.data.events.id[i])", index)
    assert "12/9, year unknown" in seeds.details()


@pytest.mark.parametrize("query", ["Kim", "Kim Jong un", "kim jong-un", "KIM JONG-UN", "Chủ tịch Kim"])
def test_html_browser_search_focuses_the_ego_network_and_highlights_it(seeds, query):
    page = seeds.page
    page.fill("#kg-search", query)
    page.press("#kg-search", "Enter")
    seeds.settle()
    assert seeds.evaluate("kgExplorer.selectedIds()") == [KIM]
    assert page.text_content("#kg-details h2") == "Kim Jong-un"
    neighbours = set(seeds.evaluate(f"kgExplorer.neighbours('{KIM}')"))
    assert neighbours <= set(seeds.evaluate("kgExplorer.drawnNodeIds()"))
    assert set(seeds.evaluate("kgExplorer.highlightedIds()")) == neighbours | {KIM}


def test_html_browser_only_these_relations_shows_just_the_nodes_they_touch(seeds):
    seeds.page.check('#kg-predicates input[data-name="met"]')
    seeds.settle()
    links = seeds.evaluate("kgExplorer.drawnLinks()")
    assert links and {link["predicate"] for link in links} == {"met"}
    assert set(seeds.evaluate("kgExplorer.drawnNodeIds()")) == {l["from"] for l in links} | {l["to"] for l in links}
    seeds.page.uncheck('#kg-predicates input[data-name="met"]')
    seeds.settle()
    assert len(seeds.evaluate("kgExplorer.drawnLinks()")) > len(links)


def test_html_browser_double_click_expands_a_node(seeds):
    seeds.evaluate("kgExplorer.setRelations(['met'])")
    seeds.settle()
    before = set(seeds.evaluate("kgExplorer.drawnNodeIds()"))
    point = seeds.evaluate(f"kgExplorer.nodePoint('{PUTIN}')")
    box = seeds.page.locator("#kg-network canvas").bounding_box()
    seeds.page.mouse.dblclick(box["x"] + point["x"], box["y"] + point["y"])
    seeds.settle()
    after = set(seeds.evaluate("kgExplorer.drawnNodeIds()"))
    assert after - before and set(seeds.evaluate(f"kgExplorer.neighbours('{PUTIN}')")) <= after


def test_html_browser_seeds_clicking_a_node_opens_it(seeds):
    point = seeds.evaluate("kgExplorer.nodePoint('location/nga')")
    seeds.click_canvas(point)
    assert seeds.page.text_content("#kg-details h2") == "Nga"


# ---- facts table, timeline, articles ----------------------------------------------------------


def test_html_browser_facts_table_filters_sorts_and_exports_csv(seeds):
    page = seeds.page
    page.click('#kg-tabs button[data-view="facts"]')
    assert page.is_visible("#kg-facts-table") and not page.is_visible("#kg-network")
    total = page.locator("#kg-facts-table tbody tr").count()
    page.fill("#kg-facts-filter", "putin")
    rows = page.locator("#kg-facts-table tbody tr")
    assert 0 < rows.count() < total
    assert all("Putin" in text for text in rows.all_text_contents())
    page.select_option("#kg-facts-relation", "met")
    assert rows.count() == 1
    assert [cell.strip() for cell in rows.first.locator("td").all_text_contents()] == [
        "Kim Jong-un", "met", "Vladimir Putin", "", "4", str(seeds.evaluate(
            f"KGX.data.facts.evidence[Number(kgExplorer.linkId('{KIM}', '{PUTIN}', 'met').slice(1))]"))]
    rows.first.click()
    assert page.text_content("#kg-details h2") == "Kim Jong-un met Vladimir Putin"
    page.select_option("#kg-facts-relation", "")
    page.fill("#kg-facts-filter", "")
    page.click('#kg-facts-table th[data-key="subject"]')
    subjects = page.locator("#kg-facts-table tbody tr td:first-child").all_text_contents()
    assert subjects == sorted(subjects)
    page.fill("#kg-facts-filter", "peskov")
    shown = page.locator("#kg-facts-table tbody tr").count()
    with page.expect_download() as download:
        page.click("#kg-facts-csv")
    text = Path(download.value.path()).read_text(encoding="utf-8")
    records = list(csv.DictReader(io.StringIO(text)))
    assert len(records) == shown > 0
    assert set(records[0]) == {"subject", "relation", "object", "date", "articles", "evidence"}
    assert all("Peskov" in " ".join(r.values()) for r in records)


def test_html_browser_timeline_places_events_and_opens_them(news_page):
    page = news_page.page
    news_page.evaluate("kgExplorer.selectView('timeline')")
    assert page.locator("#kg-timeline-axes svg").count() == 2, "one axis by date, one for events without a year"
    assert page.locator("#kg-timeline-axes circle").count() == 2
    page.locator("#kg-timeline-axes circle").first.click()
    assert "Meeting" in page.text_content("#kg-details h2")
    assert "25/4/2019" in news_page.details()
    assert page.locator("#kg-timeline-list li").all_text_contents()[1].startswith("12/9, year unknown")


def test_html_browser_article_list_newest_first_searchable_with_source_links(news_page):
    page = news_page.page
    news_page.evaluate("kgExplorer.selectView('articles')")
    items = page.locator("#kg-articles-list li")
    assert page.locator("#kg-articles-list .kg-date").all_text_contents() == ["26/4/2019", "25/4/2019", "2/1/2018"]
    link = items.first.locator("a")
    assert link.get_attribute("href") == "https://news.example/2" and link.get_attribute("rel") == "noopener noreferrer"
    assert items.nth(2).locator("a").count() == 0
    assert news_page.evaluate("kgExplorer.articles.filter('vladivostok')") == ["n1"]
    page.locator("#kg-articles-list li button").first.click()
    page.locator("#kg-details button", has_text="Show what this article says").click()
    news_page.settle()
    assert page.is_visible("#kg-network")
    # the list holds n1 alone now: the entities it names, and the one fact it tells
    assert news_page.evaluate("kgExplorer.drawnNodeIds()") == ["country/nga", KIM, PUTIN]
    assert [l["predicate"] for l in news_page.evaluate("kgExplorer.drawnLinks()")] == ["met"]


# ---- untrusted text, empty graph --------------------------------------------------------------


# Without the page's Content-Security-Policy too: text nodes alone must keep the markup inert.
@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_html_browser_untrusted_text_is_shown_as_text(browser, tmp_path, bypass_csp):
    loaded = _open(browser, hostile_graph(), tmp_path, bypass_csp)
    try:
        page = loaded.page
        opened = []
        for script in ("kgExplorer.showNode('person/a')", "kgExplorer.showEvent('event/statement/1')",
                       "kgExplorer.showArticle('x1')", "kgExplorer.showLink(kgExplorer.linkId('person/a', 'country/b', 'presidentOf'))"):
            loaded.evaluate(script)
            opened.append(loaded.details())
            assert page.locator("#kg-details img, #kg-details script, #kg-details a").count() == 0
        for view in ("facts", "timeline", "articles"):
            loaded.evaluate(f"kgExplorer.selectView('{view}')")
            assert page.locator("main img, main script, main a").count() == 0
        loaded.evaluate("kgExplorer.selectView('graph')")
        page.fill("#kg-search", "window")
        assert page.locator("#kg-results img, #kg-results script").count() == 0
        point = loaded.evaluate("kgExplorer.nodePoint('person/a')")
        loaded.click_canvas(point)
        page.wait_for_timeout(200)
        assert loaded.evaluate("typeof window.__pwned") == "undefined"
        assert SCRIPT in opened[0] and IMAGE in opened[0]
        assert f"{SCRIPT} {IMAGE}" in opened[1]
        assert f"Câu {SCRIPT} và {IMAGE} ." in opened[3]
        assert loaded.failed == [] and loaded.requests == [page.url]
        assert loaded.errors == []
        rows = list(csv.reader(io.StringIO(loaded.evaluate("kgExplorer.facts.csv()"))))
        cells = [cell for row in rows for cell in row]
        assert "'" + FORMULA in cells and FORMULA not in cells, "a spreadsheet never runs a name as a formula"
    finally:
        loaded.close()


def test_html_browser_empty_graph_loads(browser, tmp_path):
    loaded = _open(browser, nx.MultiDiGraph(), tmp_path)
    try:
        assert loaded.evaluate("kgExplorer.drawnNodeIds()") == []
        assert loaded.page.text_content("#kg-status").startswith("Drawn: 0 of 0 entities")
        loaded.evaluate("kgExplorer.selectView('facts')")
        loaded.evaluate("kgExplorer.selectView('timeline')")
        loaded.evaluate("kgExplorer.selectView('articles')")
        assert loaded.errors == [] and loaded.failed == []
    finally:
        loaded.close()


# ---- 100,000 entities -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def large(browser, tmp_path_factory):
    """The bench's generated graph of 100,000 entities, exported and opened (its timing is ``make bench``'s)."""
    from kg.export.html import canvas_facts

    graph = _bench_module().news_graph(100_000)
    folder = tmp_path_factory.mktemp("large")
    export(graph, folder, BASE)
    neighbours: dict[str, set[str]] = {}
    for fact in canvas_facts(graph):
        if fact.source != fact.target:
            neighbours.setdefault(fact.source, set()).add(fact.target)
            neighbours.setdefault(fact.target, set()).add(fact.source)
    loaded = LoadedPage(browser, folder / "graph.html")
    yield loaded, graph, neighbours
    loaded.close()


def test_html_browser_large_graph_opens_on_an_overview(large):
    loaded, graph, _ = large
    entities = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "entity")
    assert loaded.evaluate("kgExplorer.counts().nodes") == entities == 100_000
    drawn = loaded.evaluate("kgExplorer.drawnNodeIds()")
    assert 20 <= len(drawn) <= 120
    assert loaded.errors == []


def test_html_browser_large_graph_expand_and_search_show_the_right_neighbours(large):
    loaded, graph, neighbours = large
    loaded.evaluate("kgExplorer.reset()")
    loaded.settle()
    drawn = set(loaded.evaluate("kgExplorer.drawnNodeIds()"))
    # an entity outside the overview with a handful of neighbours, found by name as a user would
    node = next(n for n in sorted(neighbours, key=lambda n: int(n.rsplit("e", 1)[1]))
                if n not in drawn and 3 <= len(neighbours[n]) <= 10)
    label = graph.nodes[node]["label"]
    assert loaded.evaluate("q => kgExplorer.search(q)[0]", label) == node
    loaded.page.fill("#kg-search", label)
    loaded.page.press("#kg-search", "Enter")
    loaded.settle()
    after = set(loaded.evaluate("kgExplorer.drawnNodeIds()"))
    assert neighbours[node] | {node} <= after
    assert set(loaded.evaluate("kgExplorer.highlightedIds()")) == neighbours[node] | {node}
    assert loaded.page.text_content("#kg-details h2") == label
    # expand one of its neighbours: its own neighbours join the canvas, linked to it
    other = sorted(neighbours[node] - set(loaded.evaluate("kgExplorer.drawnNodeIds()")) or neighbours[node])[0]
    expected = set(loaded.evaluate("id => kgExplorer.neighbours(id).slice(0, 25)", other))
    assert expected <= neighbours[other] and expected
    loaded.evaluate("id => kgExplorer.expand(id)", other)
    loaded.settle()
    assert expected <= set(loaded.evaluate("kgExplorer.drawnNodeIds()"))
    links = loaded.evaluate("kgExplorer.drawnLinks()")
    touching = {l["to"] if l["from"] == other else l["from"] for l in links if other in (l["from"], l["to"])}
    assert expected <= touching, "every neighbour shown with its link"
    assert loaded.errors == []
