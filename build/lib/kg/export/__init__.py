"""Exporters, looked up by format name.

Each exporter is a function ``export(graph, out_dir, base) -> list[Path]``
that writes its files under ``out_dir`` atomically (see ``kg.atomic``) and
returns the paths written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx

Exporter = Callable[[nx.MultiDiGraph, Path, str], list[Path]]


def get_exporter(name: str) -> Exporter:
    """The exporter registered under ``name``."""
    exporters = available_exporters()
    if name not in exporters:
        raise KeyError(f"No exporter '{name}'. Available: {', '.join(sorted(exporters))}")
    return exporters[name]


def available_exporters() -> dict[str, Exporter]:
    """Every exporter by name, in the order a build runs them."""
    from kg.export import graphml, html, neo4j, turtle

    return {
        "turtle": turtle.export,
        "html": html.export,
        "neo4j": neo4j.export,
        "graphml": graphml.export,
    }
