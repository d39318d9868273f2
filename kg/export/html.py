"""The HTML explorer: one self-contained page, ``graph.html``, that works offline.

The page is built with pyvis (vis-network inlined), stripped of every remote
resource, and extended with the explorer's own script and style from
``html_assets/``: a legend that doubles as a type filter, predicate filters, a
per-article view, a search box that ignores diacritics, and a details panel.

Everything taken from articles is untrusted. It reaches the page only as JSON
inside ``<script type="application/json">`` (with ``<``, ``>`` and ``&``
escaped) or through pyvis's ``tojson``, and the script shows it with DOM text
nodes only. A Content-Security-Policy admits only the page's own scripts (by
hash), so markup that slipped through anyway could not run.

Graphs above :data:`LARGE_GRAPH_NODES` nodes get physics off and positions
computed here, so the browser only has to draw them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import numpy as np
from pyvis.network import Network

from kg.atomic import atomic_write_text
from kg.vocab import EVENT_ROLE_PREDICATES, INTERACTION_PREDICATES, ROLE_PREDICATES

#: Above this many nodes the browser does no physics: positions come from :func:`layout_positions`.
LARGE_GRAPH_NODES = 1500

#: Node types hidden until the reader asks for them (articles link to everything they mention).
HIDDEN_BY_DEFAULT = ("Article",)

_ASSETS = Path(__file__).with_name("html_assets")
_LAYOUT_SEED = 7
_PIXELS_PER_UNIT = 120.0
#: Browser physics budget, in node-iterations: small graphs settle fully, mid-size ones only refine the layout.
_STABILIZATION_BUDGET = 30_000
#: Above this many nodes physics stops once stabilised, so the page does not keep computing.
_LIVE_PHYSICS_NODES = 300


@dataclass(frozen=True, slots=True)
class TypeStyle:
    """How nodes of one type look: vis-network shape and fill colour."""

    shape: str
    color: str


TYPE_STYLES: dict[str, TypeStyle] = {
    "Person": TypeStyle("dot", "#e15759"),
    "Organization": TypeStyle("square", "#4e79a7"),
    "NewsAgency": TypeStyle("square", "#76b7b2"),
    "Location": TypeStyle("triangle", "#59a14f"),
    "Country": TypeStyle("triangle", "#2f7d32"),
    "City": TypeStyle("triangleDown", "#8cd17d"),
    "Region": TypeStyle("triangle", "#b6992d"),
    "Facility": TypeStyle("hexagon", "#9c755f"),
    "Meeting": TypeStyle("diamond", "#f28e2b"),
    "Visit": TypeStyle("diamond", "#edc948"),
    "Travel": TypeStyle("diamond", "#ff9da7"),
    "Invitation": TypeStyle("diamond", "#b07aa1"),
    "GiftGiving": TypeStyle("diamond", "#d37295"),
    "Statement": TypeStyle("star", "#a0cbe8"),
    "Article": TypeStyle("square", "#bab0ac"),
}
_UNKNOWN_STYLE = TypeStyle("dot", "#888888")
_SYLLABLE_JOINER = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")

#: Each predicate in words, as read from the source node to the target node.
PREDICATE_WORDS: dict[str, str] = {
    "presidentOf": "president of",
    "leaderOf": "leader of",
    "chairmanOf": "chairman of",
    "primeMinisterOf": "prime minister of",
    "ministerOf": "minister of",
    "foreignMinisterOf": "foreign minister of",
    "defenceMinisterOf": "defence minister of",
    "spokespersonOf": "spokesperson of",
    "holdsPostAt": "holds a post at",
    "formerlyHeldPostAt": "formerly held a post at",
    "memberOf": "member of",
    "locatedIn": "located in",
    "partOf": "part of",
    "country": "in the country",
    "met": "met",
    "visited": "visited",
    "invited": "invited",
    "gaveGiftTo": "gave a gift to",
    "participant": "has participant",
    "agent": "done by",
    "recipient": "received by",
    "place": "took place in",
    "destination": "went to",
    "reportedBy": "reported by",
    "mentions": "mentions",
    "source": "cites as source",
    "mediaCredit": "credits media to",
}

_EDGE_COLORS = (
    (frozenset(ROLE_PREDICATES), "#4e79a7"),
    (frozenset(INTERACTION_PREDICATES), "#f28e2b"),
    (frozenset(EVENT_ROLE_PREDICATES), "#9c9c9c"),
    (frozenset({"locatedIn", "partOf", "country"}), "#59a14f"),
)
_ARTICLE_EDGE_COLOR = "#d0d0d0"

#: Legend order: entity types, then event types, then articles.
_KIND_ORDER = {"entity": 0, "event": 1, "article": 2}


@dataclass(frozen=True, slots=True)
class AggregatedEdge:
    """All evidence for one (source, target, predicate), as the page shows it."""

    id: str
    source: str
    target: str
    predicate: str
    evidence: tuple[dict[str, object], ...]
    articles: tuple[str, ...]
    count: int


def export(graph: nx.MultiDiGraph, out_dir: Path, base: str) -> list[Path]:
    """Write ``out_dir/graph.html``, the offline explorer of ``graph``."""
    return [atomic_write_text(out_dir / "graph.html", render_html(graph, base))]


def render_html(graph: nx.MultiDiGraph, base: str = "") -> str:
    """The explorer page of ``graph`` as one string; the same graph gives the same bytes."""
    edges = aggregate_edges(graph)
    positions = layout_positions(graph)
    large = graph.number_of_nodes() > LARGE_GRAPH_NODES
    vis_edges = _vis_edges(graph, edges)
    network = _pyvis_network(graph, vis_edges, positions, large)
    page = strip_remote_resources(network.generate_html())
    data = explorer_data(graph, edges, base, large)
    data["deferredEdges"] = [edge for edge, deferred in vis_edges if deferred]
    page = _inject(page, data)
    page = _with_content_security_policy(page)
    check_offline(_page_without_data(large))
    return page


def _page_without_data(large: bool) -> str:
    """The page as ``render_html`` makes it, but of an empty graph: its own markup,
    styles and scripts without any article's text, which is data inside JSON and
    may well read ``src=//…`` or ``@import``."""
    empty = nx.MultiDiGraph()
    page = strip_remote_resources(_pyvis_network(empty, [], {}, large).generate_html())
    return _with_content_security_policy(_inject(page, {}))


def predicate_words(predicate: str) -> str:
    """A predicate in words: "presidentOf" -> "president of"; unknown ones are split at capitals."""
    if predicate in PREDICATE_WORDS:
        return PREDICATE_WORDS[predicate]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", predicate).lower()


def type_words(type_name: str) -> str:
    """A class name in words: "GiftGiving" -> "Gift giving"."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", type_name)
    return words[:1].upper() + words[1:].lower()


def aggregate_edges(graph: nx.MultiDiGraph) -> list[AggregatedEdge]:
    """One display edge per (source, target, predicate) with all its evidence, sorted."""
    grouped: dict[tuple[str, str, str], list[object]] = defaultdict(list)
    for source, target, attributes in graph.edges(data=True):
        grouped[(source, target, attributes["predicate"])].append(attributes.get("provenance"))
    aggregated = []
    for index, key in enumerate(sorted(grouped)):
        source, target, predicate = key
        provenances = grouped[key]
        evidence = tuple(
            sorted(
                (_evidence_record(p) for p in provenances if p is not None),
                key=lambda e: (e["article"], e["start"], e["end"], e["extractor"], e["sentence"]),
            )
        )
        articles = {str(e["article"]) for e in evidence}
        if not evidence and graph.nodes[source].get("kind") == "article":
            articles.update(graph.nodes[source].get("articles", ()))
        aggregated.append(
            AggregatedEdge(f"e{index}", source, target, predicate, evidence, tuple(sorted(articles)), len(provenances))
        )
    return aggregated


def _evidence_record(provenance) -> dict[str, object]:
    return {
        "article": provenance.article_id,
        "sentence": provenance.sentence,
        "start": provenance.start,
        "end": provenance.end,
        "extractor": provenance.extractor,
        "confidence": round(float(provenance.confidence), 3),
    }


def explorer_data(graph: nx.MultiDiGraph, edges: list[AggregatedEdge], base: str, large: bool) -> dict[str, object]:
    """The JSON the page's script reads: node details, edge evidence, legend and filters."""
    nodes = {node: _node_record(node, graph.nodes[node], base) for node in sorted(graph.nodes)}
    type_counts = Counter(record["type"] for record in nodes.values())
    kinds = {record["type"]: record["kind"] for record in nodes.values()}
    predicate_counts = Counter(edge.predicate for edge in edges)
    predicate_colors = {
        edge.predicate: _edge_color(edge.predicate, str(graph.nodes[edge.source].get("kind"))) for edge in edges
    }
    articles = {
        str(record["articles"][0]): {"node": node, "title": record["label"]}
        for node, record in nodes.items()
        if record["kind"] == "article" and record["articles"]
    }
    return {
        "nodes": nodes,
        "edges": {
            edge.id: {
                "from": edge.source,
                "to": edge.target,
                "predicate": edge.predicate,
                "count": edge.count,
                "articles": list(edge.articles),
                "evidence": list(edge.evidence),
            }
            for edge in edges
        },
        "types": [
            {
                "name": name,
                "words": type_words(name),
                "kind": kinds[name],
                "count": type_counts[name],
                "shape": _style(name).shape,
                "color": _style(name).color,
            }
            for name in sorted(type_counts, key=lambda t: (_KIND_ORDER.get(kinds[t], 9), t))
        ],
        "predicates": [
            {
                "name": name,
                "words": predicate_words(name),
                "count": predicate_counts[name],
                "color": predicate_colors[name],
            }
            for name in sorted(predicate_counts)
        ],
        "articles": articles,
        "rolePredicates": list(ROLE_PREDICATES),
        "hiddenTypes": [t for t in HIDDEN_BY_DEFAULT if t in type_counts],
        "large": large,
        "stabilizationIterations": max(10, min(200, _STABILIZATION_BUDGET // max(1, len(nodes)))),
        "livePhysics": len(nodes) <= _LIVE_PHYSICS_NODES,
        "base": base,
    }


def _node_record(node: str, attributes: dict[str, object], base: str) -> dict[str, object]:
    kind = str(attributes.get("kind", "entity"))
    record: dict[str, object] = {
        "kind": kind,
        "type": str(attributes.get("type", "Thing")),
        "label": str(attributes.get("label") or node),
        "iri": f"{base}{node}",
        "articles": list(attributes.get("articles", ())),
    }
    if kind == "entity":
        record["aliases"] = list(attributes.get("aliases", ()))
        record["mentions"] = int(attributes.get("mentions", 0) or 0)
        record["sameAs"] = list(attributes.get("same_as", ()))
    elif kind == "event":
        for name in ("date", "quote", "vehicle", "planned", "accepted"):
            record[name] = attributes.get(name)
        record["items"] = list(attributes.get("items", ()))
        record["evidence"] = [_evidence_record(p) for p in attributes.get("evidence", ())]
    elif kind == "article":
        for name in ("title", "author", "url", "published"):
            record[name] = attributes.get(name)
    return record


def _style(type_name: str) -> TypeStyle:
    return TYPE_STYLES.get(type_name, _UNKNOWN_STYLE)


def _node_size(attributes: dict[str, object]) -> float:
    kind = attributes.get("kind")
    if kind == "entity":
        return round(min(40.0, 8.0 + 4.0 * math.sqrt(int(attributes.get("mentions", 0) or 0))), 1)
    if kind == "event":
        return round(min(30.0, 12.0 + 3.0 * len(attributes.get("evidence", ()))), 1)
    return 10.0


def _edge_color(predicate: str, source_kind: str) -> str:
    if source_kind == "article":
        return _ARTICLE_EDGE_COLOR
    for predicates, color in _EDGE_COLORS:
        if predicate in predicates:
            return color
    return "#7f7f7f"


def _pyvis_network(
    graph: nx.MultiDiGraph,
    vis_edges: list[tuple[dict[str, object], bool]],
    positions: dict[str, tuple[float, float]],
    large: bool,
) -> Network:
    network = Network(height="100%", width="100%", directed=True, cdn_resources="in_line", heading="")
    hidden_types = set(HIDDEN_BY_DEFAULT)
    for node in sorted(graph.nodes):
        attributes = graph.nodes[node]
        style = _style(str(attributes.get("type")))
        x, y = positions[node]
        network.add_node(
            node,
            label=_display_label(node, attributes),
            shape=style.shape,
            color=style.color,
            size=_node_size(attributes),
            x=x,
            y=y,
            hidden=attributes.get("type") in hidden_types,
        )
    # pyvis's add_edge checks endpoints with a linear scan per edge; the
    # endpoints are graph nodes already added above, so append directly.
    network.edges.extend(edge for edge, deferred in vis_edges if not deferred)
    network.options = _vis_options(large)
    return network


def _vis_edges(graph: nx.MultiDiGraph, edges: list[AggregatedEdge]) -> list[tuple[dict[str, object], bool]]:
    """vis-network edges, each with whether it waits until its hidden-by-default end is shown."""
    hidden_types = set(HIDDEN_BY_DEFAULT)
    vis_edges = []
    for edge in edges:
        source, target = graph.nodes[edge.source], graph.nodes[edge.target]
        style = {
            "id": edge.id,
            "from": edge.source,
            "to": edge.target,
            "color": _edge_color(edge.predicate, str(source.get("kind"))),
            "width": round(1.0 + math.log2(edge.count), 2),
        }
        vis_edges.append((style, source.get("type") in hidden_types or target.get("type") in hidden_types))
    return vis_edges


def _display_label(node: str, attributes: dict[str, object]) -> str:
    label = str(attributes.get("label") or node)
    if attributes.get("kind") == "article":
        label = _SYLLABLE_JOINER.sub(" ", label)  # segmented titles join syllables with "_"
        if len(label) > 48:
            return label[:47].rstrip() + "…"
    return label


def _vis_options(large: bool) -> dict[str, object]:
    return {
        "autoResize": True,
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif"}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"inherit": False},
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.5},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "hideEdgesOnDrag": large,
            "tooltipDelay": 150,
            "multiselect": False,
        },
        "layout": {"improvedLayout": False, "randomSeed": _LAYOUT_SEED},
        "physics": {
            "enabled": not large,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90, "avoidOverlap": 0.4},
            # the page's script runs the stabilisation once it listens for its end
            "stabilization": {"enabled": False},
        },
    }


def layout_positions(graph: nx.MultiDiGraph, seed: int = _LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Pixel positions for every node, the same for the same graph.

    A force-directed layout (Fruchterman–Reingold forces) made fast enough for
    thousands of nodes: exact repulsion only between nodes in neighbouring
    cells of a fine grid, the rest approximated by the masses of a coarse grid.
    networkx's ``spring_layout`` computes every pair and takes about 40 s for
    5,000 nodes; this takes about 1 s.
    """
    nodes = sorted(graph.nodes)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({tuple(sorted((index[u], index[v]))) for u, v in graph.edges() if u != v})
    links = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    points = _force_layout(len(nodes), links[:, 0], links[:, 1], seed)
    points -= points.mean(axis=0)
    return {
        node: (round(float(x) * _PIXELS_PER_UNIT, 1), round(float(y) * _PIXELS_PER_UNIT, 1))
        for node, (x, y) in zip(nodes, points, strict=True)
    }


def _force_layout(
    count: int, sources: np.ndarray, targets: np.ndarray, seed: int, iterations: int = 60, coarse: int = 16
) -> np.ndarray:
    rng = np.random.default_rng(seed)
    side = math.sqrt(count)
    positions = rng.uniform(-side / 2, side / 2, (count, 2))
    temperature = side / 8
    for _ in range(iterations):
        delta = positions[sources] - positions[targets]
        pull = np.sqrt((delta * delta).sum(axis=1))[:, None] * delta
        displacement = (
            _near_repulsion(positions)
            + _far_repulsion(positions, coarse)
            + _summed(targets, pull, count)
            - _summed(sources, pull, count)
            - positions * 0.1  # gravity: loose components stay in view
        )
        length = np.maximum(np.sqrt((displacement * displacement).sum(axis=1)), 1e-9)
        positions += displacement * (np.minimum(length, temperature) / length)[:, None]
        temperature = max(temperature * 0.94, 0.05)
    return positions


def _summed(indices: np.ndarray, vectors: np.ndarray, count: int) -> np.ndarray:
    """Per-point sums of ``vectors`` grouped by ``indices`` (a fast ``np.add.at``)."""
    return np.stack(
        [np.bincount(indices, vectors[:, 0], count), np.bincount(indices, vectors[:, 1], count)], axis=1
    )


def _near_repulsion(positions: np.ndarray) -> np.ndarray:
    cells = np.floor(positions).astype(np.int64)
    cells -= cells.min(axis=0)
    width = int(cells[:, 0].max()) + 3
    first, second = _neighbouring_pairs((cells[:, 1] + 1) * width + cells[:, 0] + 1, width)
    delta = positions[first] - positions[second]
    push = (1.0 / np.maximum((delta * delta).sum(axis=1), 1e-4))[:, None] * delta
    return _summed(first, push, len(positions)) - _summed(second, push, len(positions))


def _neighbouring_pairs(keys: np.ndarray, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j) of points whose grid cells touch, each pair once."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    firsts, seconds = [], []
    for dx, dy in ((0, 0), (1, 0), (-1, 1), (0, 1), (1, 1)):
        wanted = keys + dy * width + dx
        low = np.searchsorted(sorted_keys, wanted, "left")
        counts = np.searchsorted(sorted_keys, wanted, "right") - low
        total = int(counts.sum())
        if total == 0:
            continue
        first = np.repeat(np.arange(len(keys)), counts)
        run_start = np.repeat(low - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
        second = order[run_start + np.arange(total)]
        if dx == 0 and dy == 0:
            keep = first < second
            first, second = first[keep], second[keep]
        firsts.append(first)
        seconds.append(second)
    if not firsts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(firsts), np.concatenate(seconds)


def _far_repulsion(positions: np.ndarray, coarse: int) -> np.ndarray:
    low = positions.min(axis=0)
    span = np.maximum(positions.max(axis=0) - low, 1e-6)
    cells = np.minimum((positions - low) / span * coarse, coarse - 1).astype(np.int64)
    flat = cells[:, 1] * coarse + cells[:, 0]
    mass = np.bincount(flat, minlength=coarse * coarse).astype(float)
    occupied = np.nonzero(mass)[0]
    centroids = np.stack(
        [np.bincount(flat, positions[:, 0], coarse * coarse), np.bincount(flat, positions[:, 1], coarse * coarse)],
        axis=1,
    )[occupied] / mass[occupied, None]
    column, row = occupied % coarse, occupied // coarse
    apart = (np.abs(column[:, None] - column[None, :]) > 1) | (np.abs(row[:, None] - row[None, :]) > 1)
    delta = centroids[:, None, :] - centroids[None, :, :]
    weight = mass[occupied][None, :] * apart / np.maximum((delta * delta).sum(axis=2), 1e-4)
    field = (weight[:, :, None] * delta).sum(axis=1)
    return field[np.searchsorted(occupied, flat)]


_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*", re.IGNORECASE)
_REMOTE_SCRIPT = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script>\s*", re.IGNORECASE | re.DOTALL
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*", re.IGNORECASE)
_COMMENTED_OUT_LINKS = re.compile(r"<!--(?:(?!-->).)*?node_modules(?:(?!-->).)*-->\s*", re.DOTALL)
_REMOTE_REFERENCE = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*|url\(\s*["']?\s*)(?:https?:)?$""", re.IGNORECASE
)


def strip_remote_resources(page: str) -> str:
    """Remove the stylesheets and scripts pyvis links from CDNs, its commented-out links and empty headings."""
    page = _REMOTE_LINK.sub("", page)
    page = _REMOTE_SCRIPT.sub("", page)
    page = _COMMENTED_OUT_LINKS.sub("", page)
    return _EMPTY_HEADING.sub("", page)


def check_offline(page: str) -> None:
    """Raise if ``page`` still refers to a resource on another host (``src=``, ``href=``, ``url()``, ``@import``)."""
    for found in re.finditer("//", page):
        before = page[max(0, found.start() - 40) : found.start()]
        if _REMOTE_REFERENCE.search(before):
            raise ValueError(
                f"graph.html would load a remote resource at offset {found.start()}: "
                f"{page[max(0, found.start() - 60) : found.end() + 60]!r}; the explorer must work offline"
            )
    if "@import" in page.lower():
        raise ValueError("graph.html has a CSS @import; the explorer must work offline")


def script_json(value: object) -> str:
    """JSON safe to place inside a ``<script>`` element: ``<``, ``>`` and ``&`` escaped."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _inject(page: str, data: dict[str, object]) -> str:
    head = f"<title>Knowledge graph explorer</title>\n<style>\n{_asset('explorer.css')}</style>\n"
    page = _replace_once(page, "</head>", head + "</head>")
    page = _replace_once(page, "<body>", "<body>\n" + _asset("explorer.html"))
    tail = (
        f'<script type="application/json" id="kg-data">{script_json(data)}</script>\n'
        f"<script>\n{_asset('explorer.js')}</script>\n"
    )
    return _replace_once(page, "</body>", tail + "</body>")


def _replace_once(page: str, marker: str, replacement: str) -> str:
    if page.count(marker) != 1:
        raise ValueError(f"pyvis page layout changed: expected one {marker!r}, found {page.count(marker)}")
    return page.replace(marker, replacement)


_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\btype\s*=\s*\"application/json\")[^>]*>(.*?)</script>", re.DOTALL)


def _with_content_security_policy(page: str) -> str:
    """Allow exactly the page's own inline scripts (by hash) and no network at all."""
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"
            for body in _INLINE_SCRIPT.findall(page)
        }
    )
    policy = (
        "default-src 'none'; "
        f"script-src {' '.join(hashes)}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    return _replace_once(page, '<meta charset="utf-8">', '<meta charset="utf-8">\n' + meta)
