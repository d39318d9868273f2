"""Exporters, registered by name: every file of a build folder is written by one.

An exporter is a function ``write(build, out_dir, base) -> list[Path]`` that
reads a finished build (anything with ``graph``, ``resolution`` and
``errors``, as ``kg.pipeline.BuildResult``), writes its files under
``out_dir`` atomically (see ``kg.atomic``) and returns the paths written.
The graph formats keep a plain ``export(graph, out_dir, base)`` of their own;
the records of the build (``kg.export.records``) come as ``generate_*`` /
``write_*`` pairs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

#: ``write(build, out_dir, base) -> paths written``
Exporter = Callable[[Any, Path, str], list[Path]]
GraphExporter = Callable[[nx.MultiDiGraph, Path, str], list[Path]]


def on_graph(export: GraphExporter) -> Exporter:
    """The exporter that runs the graph format ``export`` on a build's graph."""

    def write(build: Any, out_dir: Path, base: str) -> list[Path]:
        return export(build.graph, out_dir, base)

    write.__name__ = write.__qualname__ = f"on_graph({export.__module__}.{export.__name__})"
    return write


def available_exporters() -> dict[str, Exporter]:
    """Every exporter by name, in the order a build runs them."""
    from kg.export import graphml, html, neo4j, records, turtle

    return {
        "turtle": on_graph(turtle.export),
        "html": on_graph(html.export),
        "neo4j": on_graph(neo4j.export),
        "graphml": on_graph(graphml.export),
        "errors": records.write_errors,
        "resolution": records.write_resolution,
        "registry": records.write_registry,
        "review": records.write_review,
    }
