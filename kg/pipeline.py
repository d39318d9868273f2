"""The build: read -> analyse -> extract -> resolve -> graph -> export."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.analyse import analyse
from kg.extract import extract
from kg.graph import build_graph
from kg.model import Article, Extraction, ReadError, Resolution
from kg.reader import read_inputs
from kg.resolve import resolve

DEFAULT_BASE = "https://kg.example.org/"


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build produced, for the summary and the exporters."""

    extractions: tuple[Extraction, ...]
    resolution: Resolution
    graph: nx.MultiDiGraph
    errors: tuple[ReadError, ...] = ()
    files: tuple[Path, ...] = field(default=())

    def summary(self) -> dict[str, object]:
        """Counts of articles, entities by type, statements by predicate, events by type."""
        nodes = self.graph.nodes(data=True)
        return {
            "articles": sum(1 for _, d in nodes if d["kind"] == "article"),
            "errors": len(self.errors),
            "entities": dict(sorted(Counter(d["type"] for _, d in nodes if d["kind"] == "entity").items())),
            "events": dict(sorted(Counter(d["type"] for _, d in nodes if d["kind"] == "event").items())),
            "statements": dict(
                sorted(Counter(d["predicate"] for *_, d in self.graph.edges(data=True) if d["provenance"]).items())
            ),
        }


def extract_article(article: Article) -> Extraction:
    """The per-article stages: pure, so they can run in any process."""
    return extract(analyse(article))


def run_pipeline(
    inputs: Sequence[str | Path],
    progress: Callable[[int], None] | None = None,
) -> BuildResult:
    """Read, analyse, extract and resolve ``inputs``; build the graph."""
    extractions: list[Extraction] = []
    errors: list[ReadError] = []
    for item in read_inputs(inputs):
        if isinstance(item, ReadError):
            errors.append(item)
            continue
        extractions.append(extract_article(item))
        if progress:
            progress(len(extractions))
    return assemble(extractions, errors)


def assemble(extractions: Iterable[Extraction], errors: Iterable[ReadError] = ()) -> BuildResult:
    """Resolve per-article extractions together and build the graph."""
    ordered = tuple(sorted(extractions, key=lambda x: x.article.id))
    resolution = resolve(ordered)
    graph = build_graph(ordered, resolution)
    return BuildResult(ordered, resolution, graph, tuple(errors))
