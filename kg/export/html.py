"""Placeholder exporter: html."""

from __future__ import annotations

from pathlib import Path

import networkx as nx


def export(graph: nx.MultiDiGraph, out_dir: Path, base: str) -> list[Path]:
    """Write nothing yet."""
    return []
