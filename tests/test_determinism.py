"""Determinism: the same input gives byte-identical outputs, and article order changes no IRI."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import read_outputs
from kg.pipeline import run_pipeline
from helpers import ROOT, SEEDS


#: Short articles that name the seeds' people and places in other forms, so
#: that resolution has to merge across articles whichever comes first.
EXTRA_ARTICLES = [
    {"id": "extra-1", "text": "Ông Kim_Jong-un gặp Tổng_thống Nga Vladimir_Putin tại Vladivostok ."},
    {"id": "extra-2", "text": "Chủ_tịch Kim_Jong-un thăm Nga . Ông Putin tặng ông Kim một khẩu súng ."},
    {"id": "extra-3", "text": "Người_phát_ngôn Điện Kremlin Dmitry_Peskov nói ông Putin sẽ thăm Triều_Tiên ."},
    {"id": "extra-4", "raw": "Tổng thống Vladimir Putin tiếp Chủ tịch Kim Jong-un ở sân bay vũ trụ Vostochny."},
]


def all_articles() -> list[dict[str, str]]:
    seeds = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))]
    return seeds + EXTRA_ARTICLES


def write_jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path



def test_determinism_two_builds_are_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "extra.jsonl", EXTRA_ARTICLES)
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out-{seed}"
        subprocess.run(
            [sys.executable, "-m", "kg.cli", "build", str(SEEDS), str(corpus), "--out", str(out)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=300,
        )
        outputs.append(read_outputs(out))
    first, second = outputs
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], f"{name} differs between two builds of the same input"
    assert {"graph.ttl", "graph.html", "errors.jsonl"} <= first.keys()
    assert any(name.startswith("neo4j/") and name.endswith(".csv") for name in first)


def graph_identity(records: list[dict[str, str]]) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Node ids (the IRIs' local parts) and edges of the graph built from ``records`` in this order."""
    with tempfile.TemporaryDirectory() as folder:
        result = run_pipeline([write_jsonl(Path(folder) / "in.jsonl", records)])
    nodes = sorted(result.graph.nodes)
    edges = sorted((u, v, d["predicate"]) for u, v, d in result.graph.edges(data=True))
    return nodes, edges


@functools.cache
def reference() -> tuple[list[str], list[tuple[str, str, str]]]:
    return graph_identity(all_articles())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(all_articles()))
def test_determinism_article_order_does_not_change_iris(records: list[dict[str, str]]) -> None:
    nodes, edges = graph_identity(records)
    expected_nodes, expected_edges = reference()
    assert nodes == expected_nodes
    assert edges == expected_edges
