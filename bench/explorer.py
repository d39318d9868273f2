"""Measure the HTML explorer in headless Chromium and take its screenshots.

    .venv/bin/python bench/explorer.py [--entities 100000] [--corpus articles.jsonl] [--out bench-results]

Writes ``graph.html`` for a synthetic graph of ``--entities`` entities
(:func:`news_graph`), opens it in Debian's Chromium (``/usr/bin/chromium``,
driven by Playwright) and prints how long the page takes to be interactive
(parsed, indexed, the overview laid out and drawn), then a search and an
expansion. The budget is 3 s for 100,000 entities. Screenshots of the seeds
and, when ``--corpus`` is given, of the corpus overview and its "met"
relations go to ``--out`` with the measures in ``explorer.json``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.model import Provenance

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
#: The median of three loads must be within this.
BUDGET_SECONDS = 3.0
VIEWPORT = {"width": 1400, "height": 850}

_TYPES = (("person", "Person", 0.45), ("organization", "Organization", 0.3), ("city", "City", 0.1),
          ("facility", "Facility", 0.1), ("country", "Country", 0.05))
_FACTS = (("met", "person", "person"), ("visited", "person", "country"), ("presidentOf", "person", "country"),
          ("holdsPostAt", "person", "organization"), ("memberOf", "person", "organization"),
          ("locatedIn", "facility", "city"), ("locatedIn", "city", "country"), ("invited", "person", "person"),
          ("spokespersonOf", "person", "organization"))
_EVENTS = ("Meeting", "Visit", "Statement", "Travel")


def news_graph(entities: int, seed: int = 11) -> nx.MultiDiGraph:
    """A graph shaped like a build of news: ``entities`` entities, one article per eight of them.

    Entities are named ``"<Type> <n> Nguyễn"``; how often one is mentioned
    follows a long tail (a few hubs, many named once). Each article mentions
    about twelve entities, tells three or four facts among them with a
    sentence each, and one event (a meeting, a visit, a statement, a trip).
    """
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    pools: dict[str, list[str]] = {prefix: [] for prefix, _, _ in _TYPES}
    for index in range(entities):
        draw = rng.random()
        for prefix, type_name, share in _TYPES:
            draw -= share
            if draw <= 0 or prefix == "country":
                break
        node = f"{prefix}/e{index}"
        pools[prefix].append(node)
        graph.add_node(node, kind="entity", type=type_name, label=f"{type_name} {index} Nguyễn",
                       aliases=(f"Biệt danh {index}",) if index % 3 == 0 else (), same_as=(), mentions=1, articles=())
    cumulative = {prefix: list(itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(len(nodes))))
                  for prefix, nodes in pools.items()}
    articles = max(1, entities // 8)
    seen: dict[str, set[str]] = {node: set() for node in graph.nodes}
    for index in range(articles):
        article_id = f"{index:06d}_synthetic"
        published = f"20{18 + index * 6 // articles:02d}-{1 + index % 12:02d}-{1 + index % 28:02d}T08:00:00+07:00"
        graph.add_node(f"article/{article_id}", kind="article", type="Article", label=f"Bài {index}",
                       title=f"Tin tức số {index}", author="Tác Giả", url=f"https://news.example/{index}",
                       published=published, source_file="synthetic.jsonl", articles=(article_id,))

        def pick(prefix: str) -> str:
            return rng.choices(pools[prefix], cum_weights=cumulative[prefix])[0]

        def told(n: int, text: str) -> Provenance:
            return Provenance(article_id, n, text, n * 120 + 10, n * 120 + 30, "synthetic", 0.8, (n * 120, n * 120 + 100))

        cast: set[str] = set()
        for n in range(rng.randint(3, 4)):
            predicate, subject_type, object_type = rng.choice(_FACTS)
            subject, obj = pick(subject_type), pick(object_type)
            if subject == obj:
                continue
            graph.add_edge(subject, obj, predicate=predicate,
                           provenance=told(n, f"Câu {n} của bài {index}: {subject} {predicate} {obj} ."))
            cast.update((subject, obj))
        event_type = _EVENTS[index % len(_EVENTS)]
        agent, other = pick("person"), pick("country")
        evidence = told(5, f"Sự kiện của bài {index} .")
        event = f"event/{event_type.lower()}/{index}"
        graph.add_node(event, kind="event", type=event_type, label=f"{event_type}: {agent}",
                       date=published[:10] if index % 2 else f"--{1 + index % 12:02d}-{1 + index % 28:02d}",
                       date_type="date" if index % 2 else "gMonthDay",
                       quote=f"Lời nói số {index}" if event_type == "Statement" else None, items=(), planned=False,
                       accepted=None, vehicle=None, evidence=(evidence,), articles=(article_id,))
        graph.add_edge(event, agent, predicate="agent", provenance=evidence)
        if event_type != "Statement":
            graph.add_edge(event, other, predicate="place", provenance=evidence)
            cast.add(other)
        cast.add(agent)
        while len(cast) < 12:
            cast.add(pick(rng.choice(("person", "organization", "city", "country"))))
        for node in sorted(cast):
            seen[node].add(article_id)
            graph.add_edge(f"article/{article_id}", node, predicate="mentions", provenance=None)
    for node, ids in seen.items():
        graph.nodes[node]["articles"] = tuple(sorted(ids))
        graph.nodes[node]["mentions"] = max(1, len(ids) + len(ids) // 2)
    return graph


def open_page(browser, path: Path):
    """A page at ``path`` once the explorer is interactive, and the seconds that took."""
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    started = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("() => window.kgExplorer && window.kgExplorer.isReady()", timeout=120_000, polling=20)
    seconds = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{path}: the page raised {errors[0]}")
    return page, seconds


def wait_ready(page) -> float:
    started = time.perf_counter()
    page.wait_for_function("() => window.kgExplorer.isReady()", timeout=60_000, polling=20)
    return time.perf_counter() - started


def measure_large(browser, entities: int, folder: Path, out: Path) -> dict[str, object]:
    from kg.export.html import export

    started = time.perf_counter()
    graph = news_graph(entities)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    (path,) = export(graph, folder, "https://kg.example.org/")
    exported = time.perf_counter() - started
    loads = []
    for _ in range(3):
        page, seconds = open_page(browser, path)
        loads.append(seconds)
        page.close()
    page, _ = open_page(browser, path)
    # a person outside the overview with a dozen or so neighbours, found by name as a user would
    name = page.evaluate("""() => {
        const drawn = new Set(kgExplorer.drawnNodeIds());
        const N = KGX.data.nodes;
        for (let i = 1000; i < N.id.length; i++) {
          if (N.id[i].startsWith('person/') && !drawn.has(N.id[i]) && KGX.degree(i) >= 8 && KGX.degree(i) <= 30) { return N.label[i]; }
        }
    }""")
    started = time.perf_counter()
    page.fill("#kg-search", name)
    page.press("#kg-search", "Enter")
    search = time.perf_counter() - started + wait_ready(page)
    page.screenshot(path=str(out / "explorer-100k-search.png"))
    started = time.perf_counter()
    page.evaluate("id => kgExplorer.expand(id)", page.evaluate("q => kgExplorer.neighbours(kgExplorer.search(q)[0])[0]", name))
    expand = time.perf_counter() - started + wait_ready(page)
    page.screenshot(path=str(out / "explorer-100k-expand.png"))
    drawn = len(page.evaluate("kgExplorer.drawnNodeIds()"))
    page.close()
    page, _ = open_page(browser, path)
    page.screenshot(path=str(out / "explorer-100k-overview.png"))
    page.close()
    return {
        "entities": entities,
        "facts": sum(1 for *_, d in graph.edges(data=True) if d["predicate"] not in ("mentions", "agent", "place")),
        "graph_nodes": graph.number_of_nodes(),
        "graph_edges": graph.number_of_edges(),
        "generate_seconds": round(generated, 2),
        "export_seconds": round(exported, 2),
        "html_bytes": path.stat().st_size,
        "load_seconds": [round(s, 2) for s in loads],
        "load_seconds_best": round(min(loads), 2),
        "load_seconds_median": round(sorted(loads)[len(loads) // 2], 2),
        "within_budget": sorted(loads)[len(loads) // 2] <= BUDGET_SECONDS,
        "searched": name,
        "search_and_focus_seconds": round(search, 2),
        "expand_seconds": round(expand, 2),
        "drawn_after_search_and_expand": drawn,
    }


def screenshots(browser, folder: Path, out: Path, corpus: Path | None) -> dict[str, object]:
    from kg.build import build_outputs

    result: dict[str, object] = {}
    seeds = folder / "seeds"
    build_outputs([ROOT / "seeds"], seeds)
    page, seconds = open_page(browser, seeds / "graph.html")
    result["seeds_load_seconds"] = round(seconds, 2)
    page.screenshot(path=str(out / "explorer-seeds.png"))
    met = page.evaluate("kgExplorer.linkId('person/kim-jong-un', 'person/vladimir-putin', 'met')")
    page.evaluate("id => kgExplorer.showLink(id)", met)
    page.screenshot(path=str(out / "explorer-seeds-met.png"))
    page.close()
    if corpus and corpus.exists():
        target = folder / "corpus"
        started = time.perf_counter()
        build_outputs([corpus], target)
        result["corpus_build_seconds"] = round(time.perf_counter() - started, 1)
        result["corpus_html_bytes"] = (target / "graph.html").stat().st_size
        page, seconds = open_page(browser, target / "graph.html")
        result["corpus_load_seconds"] = round(seconds, 2)
        result["corpus"] = page.evaluate("kgExplorer.counts()")
        result["corpus_overview_nodes"] = len(page.evaluate("kgExplorer.drawnNodeIds()"))
        page.screenshot(path=str(out / "explorer-corpus-overview.png"))
        page.evaluate("kgExplorer.setRelations(['met'])")
        wait_ready(page)
        page.screenshot(path=str(out / "explorer-corpus-met.png"))
        page.evaluate("kgExplorer.reset()")
        wait_ready(page)
        page.fill("#kg-search", "Putin")
        page.press("#kg-search", "Enter")
        wait_ready(page)
        page.screenshot(path=str(out / "explorer-corpus-putin.png"))
        page.evaluate("kgExplorer.selectView('facts')")
        page.screenshot(path=str(out / "explorer-corpus-facts.png"))
        page.evaluate("kgExplorer.selectView('timeline')")
        page.screenshot(path=str(out / "explorer-corpus-timeline.png"))
        page.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=Path("bench-results"))
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"explorer: {CHROMIUM} not found (apt-get install chromium); skipped")
        return 0
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-explorer-") as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            results = {"large": measure_large(browser, args.entities, Path(folder) / "large", args.out)}
            results.update(screenshots(browser, Path(folder), args.out, args.corpus))
        finally:
            browser.close()
    (args.out / "explorer.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    large = results["large"]
    print(
        f"explorer: {large['entities']:,} entities, {large['html_bytes'] / 1e6:.1f} MB page (export {large['export_seconds']} s); "
        f"interactive in {large['load_seconds_median']} s (median of {large['load_seconds']}, budget {BUDGET_SECONDS} s: "
        f"{'met' if large['within_budget'] else 'MISSED'}); search {large['search_and_focus_seconds']} s, "
        f"expand {large['expand_seconds']} s"
    )
    if "corpus_load_seconds" in results:
        print(f"explorer: corpus page {results['corpus_html_bytes'] / 1e6:.1f} MB, interactive in "
              f"{results['corpus_load_seconds']} s; seeds {results['seeds_load_seconds']} s; screenshots in {args.out}/")
    return 0 if large["within_budget"] else 1


if __name__ == "__main__":
    sys.exit(main())
