"""The build's own records: rejected inputs, resolver decisions, the entity registry.

Each comes as a pair: ``generate_*`` yields the lines (JSON, one object a
line), ``write_*`` writes them into a build folder atomically and is the
exporter registered for the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.atomic import atomic_write_lines
from kg.jsonio import decision_record
from kg.model import ReadError, Resolution
from kg.resolve.registry import registry_lines

ERRORS_FILE = "errors.jsonl"
RESOLUTION_FILE = "resolution.jsonl"
REGISTRY_FILE = "entities.jsonl"


def error_record(error: ReadError) -> dict[str, object]:
    """A rejected input as one line of ``errors.jsonl``."""
    return {
        "source": error.source,
        "line": error.line,
        "article_id": error.article_id,
        "reason": error.reason,
        "hint": error.hint,
    }


def generate_errors(errors: Iterable[ReadError]) -> Iterator[str]:
    """One JSON line per rejected input."""
    return (json.dumps(error_record(e), ensure_ascii=False) for e in errors)


def write_errors(build, out_dir: Path, base: str) -> list[Path]:
    """``errors.jsonl``: every input that was not built (empty when none was rejected)."""
    return [atomic_write_lines(out_dir / ERRORS_FILE, generate_errors(build.errors))]


def generate_resolution(resolution: Resolution) -> Iterator[str]:
    """One JSON line per resolver decision: mention, entity, rule, evidence, score, rejected candidates."""
    return (json.dumps(decision_record(d), ensure_ascii=False) for d in resolution.decisions)


def write_resolution(build, out_dir: Path, base: str) -> list[Path]:
    """``resolution.jsonl``: why each mention went to its entity."""
    return [atomic_write_lines(out_dir / RESOLUTION_FILE, generate_resolution(build.resolution))]


def generate_registry(resolution: Resolution) -> Iterator[str]:
    """One JSON line per entity, sorted by id: the registry that keeps ids stable across builds."""
    return registry_lines(resolution)


def write_registry(build, out_dir: Path, base: str) -> list[Path]:
    """``entities.jsonl``: the entity registry the next build reads back."""
    return [atomic_write_lines(out_dir / REGISTRY_FILE, generate_registry(build.resolution))]
