"""The HTML explorer: one self-contained page, ``graph.html``, that works offline.

The page is the explorer's own (``html_assets/``), with vis-network 9.1.2
(``html_assets/vis-network.min.js``, MIT/Apache-2.0) inlined. It never draws
the whole graph: the canvas opens on an overview of the most connected
entities and grows on demand (expand a node, search, "only these
relations", one article's view). vis-network's DataSets hold only what is
drawn and its physics lays out only that, so a graph of 100,000 entities
loads as fast as the data can be parsed. Facts, events, and articles also
come as tables, a timeline and a list, each row opening its evidence.

What is drawn: entities, and one link per fact (``kg.export.evidence``:
a symmetric ``met`` once per pair; directed facts once per direction) with
its count of distinct articles. Article ``mentions`` and event roles never
drive the layout; events and statements are listed in their participants'
panels, the facts table and the timeline.

The data is compact, in columns of indexes, and read once: the graph
(``kg-data``) when the page opens, the evidence sentences (``kg-evidence``)
the first time evidence is shown.

Everything taken from articles is untrusted. It reaches the page only as JSON
inside ``<script type="application/json">`` (with ``<``, ``>`` and ``&``
escaped) and the scripts show it with DOM text nodes only; a source link is
made only of an ``http(s)`` address. A Content-Security-Policy admits only the
page's own scripts (by hash) and no network at all.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write_chunks
from kg.export.evidence import (
    PREDICATE_WORDS,
    Fact,
    aggregate_facts,
    distinct_evidence,
    predicate_words,
    published_text,
)
from kg.model import Provenance
from kg.vocab import STATEMENT_PREDICATES, SYMMETRIC_PREDICATES

__all__ = [
    "PREDICATE_WORDS",
    "TYPE_STYLES",
    "canvas_facts",
    "check_offline",
    "explorer_data",
    "export",
    "overview_nodes",
    "predicate_words",
    "readable_date",
    "render_html",
    "script_json",
    "type_words",
]

#: How many entities the opening overview shows at most.
OVERVIEW_SIZE = 60

_ASSETS = Path(__file__).with_name("html_assets")
#: Scripts inlined into the page, in order.
_SCRIPTS = ("vis-network.min.js", "explorer-model.js", "explorer-canvas.js", "explorer-ui.js")


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

#: One colour per relation, so links between the same two people tell apart.
PREDICATE_COLORS: dict[str, str] = {
    "met": "#d62728",
    "visited": "#ff7f0e",
    "invited": "#9467bd",
    "gaveGiftTo": "#e377c2",
    "presidentOf": "#1f77b4",
    "leaderOf": "#17becf",
    "chairmanOf": "#2b5d8a",
    "primeMinisterOf": "#3d85c6",
    "ministerOf": "#6fa8dc",
    "foreignMinisterOf": "#0b5394",
    "defenceMinisterOf": "#134f5c",
    "spokespersonOf": "#8c564b",
    "holdsPostAt": "#7f7f7f",
    "formerlyHeldPostAt": "#b7b7b7",
    "memberOf": "#bcbd22",
    "locatedIn": "#2ca02c",
    "partOf": "#98df8a",
    "country": "#6aa84f",
}
_OTHER_COLOR = "#555555"
#: Event roles: an event's participants, place, date are shown with the event, not as links.
_WHO = ("agent", "participant", "recipient")
_WHERE = ("place", "destination")


def export(graph: nx.MultiDiGraph, out_dir: Path, base: str) -> list[Path]:
    """Write ``out_dir/graph.html``, the offline explorer of ``graph``: the bytes of
    ``render_html``, written as the JSON is encoded rather than as one string."""
    pieces = (piece.encode("utf-8") for piece in generate_html(graph, base))
    return [atomic_write_chunks(out_dir / "graph.html", _batched(pieces))]


def render_html(graph: nx.MultiDiGraph, base: str = "") -> str:
    """The explorer page of ``graph`` as one string; the same graph gives the same bytes."""
    return "".join(generate_html(graph, base))


def generate_html(graph: nx.MultiDiGraph, base: str = "") -> Iterator[str]:
    """The explorer page of ``graph`` in pieces."""
    data, evidence = explorer_data(graph, base)
    scripts = [_asset(name) for name in _SCRIPTS]
    body = "".join(f"<script>\n{script}</script>\n" for script in scripts)
    head = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"{_content_security_policy(scripts)}\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>Knowledge graph explorer</title>\n"
        f"<style>\n{_asset('explorer.css')}</style>\n</head>\n<body>\n"
        f"{_asset('explorer.html')}"
    )
    tail = f"{body}</body>\n</html>\n"
    # the page's own resources must stay local; article data is inert text and may say anything
    check_offline(head + tail)
    yield head
    yield '<script type="application/json" id="kg-data">'
    yield from script_json_pieces(data)
    yield '</script>\n<script type="application/json" id="kg-evidence">'
    yield from script_json_pieces(evidence)
    yield "</script>\n"
    yield tail


def _batched(pieces: Iterable[bytes], size: int = 1 << 20) -> Iterator[bytes]:
    """``pieces`` joined into chunks of about ``size`` bytes (the JSON encoder yields tiny ones)."""
    batch: list[bytes] = []
    length = 0
    for piece in pieces:
        batch.append(piece)
        length += len(piece)
        if length >= size:
            yield b"".join(batch)
            batch, length = [], 0
    if batch:
        yield b"".join(batch)


def type_words(type_name: str) -> str:
    """A class name in words: "GiftGiving" -> "Gift giving"."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", type_name)
    return words[:1].upper() + words[1:].lower()


def readable_date(value: str | None) -> str | None:
    """An XSD date as people read it (day/month/year): "2019-04-25" -> "25/4/2019",
    "--09-12" -> "12/9, year unknown", "2019-09" -> "9/2019", "2019" -> "2019"."""
    if not value:
        return None
    if found := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        year, month, day = found.groups()
        return f"{int(day)}/{int(month)}/{year}"
    if found := re.fullmatch(r"--(\d{2})-(\d{2})", value):
        month, day = found.groups()
        return f"{int(day)}/{int(month)}, year unknown"
    if found := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = found.groups()
        return f"{int(month)}/{year}"
    if re.fullmatch(r"\d{4}", value):
        return value
    return value


def canvas_facts(graph: nx.MultiDiGraph) -> list[Fact]:
    """The facts the canvas can draw: statements between two entities, never an article's
    bookkeeping (``mentions``, ``source``) or an event's role."""
    return [
        fact
        for fact in aggregate_facts(graph, STATEMENT_PREDICATES)
        if graph.nodes[fact.source].get("kind") == "entity"
        and graph.nodes[fact.target].get("kind") == "entity"
    ]


def overview_nodes(entities: list[str], facts: list[Fact], size: int = OVERVIEW_SIZE) -> list[str]:
    """The entities the page opens on: the most connected ones, none without a link among them.

    Entities are ranked by distinct neighbours, then by the articles of their
    facts; the best ``size`` are taken, and one that has no link to another
    taken entity brings its best-supported neighbour (if room is left) or is
    dropped, so the overview holds no isolate.
    """
    neighbours: dict[str, dict[str, int]] = defaultdict(dict)
    for fact in facts:
        if fact.source == fact.target:
            continue
        weight = len(fact.articles)
        for one, other in ((fact.source, fact.target), (fact.target, fact.source)):
            neighbours[one][other] = max(neighbours[one].get(other, 0), weight)
    ranked = sorted(
        (e for e in entities if neighbours.get(e)),
        key=lambda e: (-len(neighbours[e]), -sum(neighbours[e].values()), e),
    )
    chosen = ranked[:size]
    chosen_set = set(chosen)
    for entity in list(chosen):
        if any(other in chosen_set for other in neighbours[entity]):
            continue
        best = min(neighbours[entity].items(), key=lambda item: (-item[1], item[0]))[0]
        if len(chosen_set) < size + size // 5:
            chosen.append(best)
            chosen_set.add(best)
    linked = [e for e in chosen if any(other in chosen_set for other in neighbours[e])]
    return sorted(linked)


class _Table:
    """Strings to small integers, in first-seen order."""

    def __init__(self) -> None:
        self.values: list[str] = []
        self._index: dict[str, int] = {}

    def __call__(self, value: str) -> int:
        index = self._index.get(value)
        if index is None:
            index = self._index[value] = len(self.values)
            self.values.append(value)
        return index


class _Articles:
    """Article ids to indexes: the graph's article nodes first (sorted), then any other id a node or evidence names."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.nodes = sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "article")
        self.ids = [str((graph.nodes[n].get("articles") or (n.split("/", 1)[-1],))[0]) for n in self.nodes]
        self._index = {article: i for i, article in enumerate(self.ids)}

    def __call__(self, article: str) -> int:
        index = self._index.get(article)
        if index is None:  # an article without a node: never in a build, possible in a graph made by hand
            index = self._index[article] = len(self.ids)
            self.ids.append(article)
            self.nodes.append("")
        return index


def explorer_data(graph: nx.MultiDiGraph, base: str) -> tuple[dict[str, object], dict[str, object]]:
    """The two JSON documents the page reads: the graph, and the evidence (read when first needed).

    The graph is in columns: ``nodes`` (entities), ``facts`` (one per drawn
    link, endpoints as node indexes), ``events`` (roles as node indexes),
    ``articles``; the evidence holds every sentence once and, per fact and
    per event, rows ``[article, sentence, start, end, extractor, confidence,
    offset of the fact in the sentence or -1]``.
    """
    entities = sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "entity")
    node_index = {node: i for i, node in enumerate(entities)}
    article_index = _Articles(graph)
    types = _Table()
    predicates = _Table()
    sentences = _Table()
    extractors = _Table()

    def evidence_rows(provenances: list[Provenance]) -> list[list[object]]:
        rows = []
        for p in distinct_evidence(provenances):
            offset = p.start - p.sentence_span[0] if p.sentence_span and p.start >= p.sentence_span[0] else -1
            rows.append([article_index(p.article_id), sentences(published_text(p.sentence) or ""), p.start, p.end,
                         extractors(p.extractor), round(float(p.confidence), 3), offset])
        return rows

    nodes: dict[str, list[object]] = {key: [] for key in ("id", "label", "type", "mentions", "aliases", "articles")}
    for node in entities:
        data = graph.nodes[node]
        nodes["id"].append(node)
        nodes["label"].append(str(data.get("label") or node))
        nodes["type"].append(types(str(data.get("type", "Thing"))))
        nodes["mentions"].append(int(data.get("mentions", 0) or 0))
        label = str(data.get("label") or node)
        nodes["aliases"].append([str(a) for a in data.get("aliases", ()) if str(a) != label])
        nodes["articles"].append(sorted(article_index(str(a)) for a in data.get("articles", ())))

    drawn = canvas_facts(graph)
    facts: dict[str, list[object]] = {key: [] for key in ("from", "to", "predicate", "articles", "evidence")}
    fact_evidence = []
    for fact in drawn:
        facts["from"].append(node_index[fact.source])
        facts["to"].append(node_index[fact.target])
        facts["predicate"].append(predicates(fact.predicate))
        rows = evidence_rows(list(fact.evidence))
        facts["articles"].append(sorted(article_index(a) for a in fact.articles))
        facts["evidence"].append(len(rows))
        fact_evidence.append(rows)

    events, event_evidence = _events(graph, node_index, types, evidence_rows)

    articles: dict[str, list[object]] = {key: [] for key in ("id", "iri", "title", "author", "published", "url")}
    for article, node in zip(article_index.ids, article_index.nodes, strict=True):
        data = graph.nodes[node] if node else {}
        articles["id"].append(article)
        articles["iri"].append(f"{base}{node}" if node else None)
        title = data.get("title") or data.get("label")
        articles["title"].append(published_text(str(title)) if title else None)
        articles["author"].append(data.get("author"))
        articles["published"].append(data.get("published"))
        url = data.get("url")
        articles["url"].append(url if isinstance(url, str) and re.match(r"https?://", url, re.IGNORECASE) else None)

    used_predicates = list(predicates.values)
    data = {
        "base": base,
        "types": [
            {"name": name, "words": type_words(name), "shape": _style(name).shape, "color": _style(name).color}
            for name in types.values
        ],
        "predicates": [
            {
                "name": name,
                "words": predicate_words(name),
                "color": PREDICATE_COLORS.get(name, _OTHER_COLOR),
                "symmetric": name in SYMMETRIC_PREDICATES,
            }
            for name in used_predicates
        ],
        "nodes": nodes,
        "facts": facts,
        "events": events,
        "articles": articles,
        "overview": [node_index[n] for n in overview_nodes(entities, drawn)],
    }
    evidence = {
        "sentences": sentences.values,
        "extractors": extractors.values,
        "facts": fact_evidence,
        "events": event_evidence,
    }
    return data, evidence


def _events(graph: nx.MultiDiGraph, node_index: dict[str, int], types: _Table, evidence_rows):
    """Events in columns, their roles as ``[role, node index]``; and each event's evidence rows."""
    columns: dict[str, list[object]] = {
        key: []
        for key in ("id", "type", "date", "dateText", "dateWritten", "quote", "items", "vehicle", "planned", "accepted", "roles",
                    "articles")
    }
    evidence = []
    roles = _Table()
    for node in sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "event"):
        data = graph.nodes[node]
        columns["id"].append(node)
        columns["type"].append(types(str(data.get("type", "Event"))))
        date = data.get("date")
        columns["date"].append(date)
        columns["dateText"].append(readable_date(date))
        columns["dateWritten"].append(data.get("date_text") if date else None)
        columns["quote"].append(published_text(data.get("quote")))
        columns["items"].append([published_text(str(i)) for i in data.get("items", ())])
        columns["vehicle"].append(published_text(data.get("vehicle")))
        columns["planned"].append(bool(data.get("planned")))
        columns["accepted"].append(data.get("accepted"))
        filled = sorted(
            {
                (roles(str(edge["predicate"])), node_index[target])
                for _, target, edge in graph.out_edges(node, data=True)
                if target in node_index
            }
        )
        columns["roles"].append([list(pair) for pair in filled])
        rows = evidence_rows(list(data.get("evidence", ())))
        columns["articles"].append(sorted({row[0] for row in rows}))
        evidence.append(rows)
    columns["roleNames"] = roles.values
    return columns, evidence


def _style(type_name: str) -> TypeStyle:
    return TYPE_STYLES.get(type_name, _UNKNOWN_STYLE)


_REMOTE_REFERENCE = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*|url\(\s*["']?\s*)(?:https?:)?$""", re.IGNORECASE
)


def check_offline(page: str) -> None:
    """Raise if ``page`` refers to a resource on another host (``src=``, ``href=``, ``url()``, ``@import``)."""
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
    return "".join(script_json_pieces(value))


#: List items JSON-encoded at a time: the page's data is written in pieces of this many.
JSON_BATCH = 1000


def script_json_pieces(value: object) -> Iterator[str]:
    """``script_json(value)`` in pieces: objects and long lists are opened and their items
    encoded a batch at a time (the same bytes, since JSON is escaped character by character)."""
    for piece in _json_pieces(value):
        yield (
            piece.replace("<", "\\u003c")
            .replace(">", "\\u003e")
            .replace("&", "\\u0026")
            .replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029")
        )


_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def _dumps(value: object) -> str:
    return _ENCODER.encode(value)


def _json_pieces(value: object) -> Iterator[str]:
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        yield "{"
        for number, key in enumerate(sorted(value)):
            yield ("," if number else "") + _dumps(key) + ":"
            yield from _json_pieces(value[key])
        yield "}"
    elif isinstance(value, (list, tuple)) and len(value) > JSON_BATCH:
        yield "["
        for start in range(0, len(value), JSON_BATCH):
            yield ("," if start else "") + ",".join(_dumps(item) for item in value[start : start + JSON_BATCH])
        yield "]"
    else:
        yield _dumps(value)


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _content_security_policy(scripts: list[str]) -> str:
    """A meta tag allowing exactly the page's own scripts (by hash) and no network at all."""
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(f"\n{body}".encode()).digest()).decode("ascii") + "'"
            for body in scripts
        }
    )
    policy = (
        "default-src 'none'; "
        f"script-src {' '.join(hashes)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
