"""The build's own records: rejected inputs, resolver decisions, the entity
registry, and the review list of the entities least sure of.

Each comes as a pair: ``generate_*`` yields the lines (JSON, one object a
line), ``write_*`` writes them into a build folder atomically and is the
exporter registered for the file.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.atomic import atomic_write_lines
from kg.jsonio import decision_record, dumps_unicode
from kg.model import ReadError, Resolution
from kg.resolve.registry import registry_lines

ERRORS_FILE = "errors.jsonl"
RESOLUTION_FILE = "resolution.jsonl"
REGISTRY_FILE = "entities.jsonl"
REVIEW_FILE = "review.tsv"
#: Below this tagger confidence a mention is worth a look.
REVIEW_CONFIDENCE = 0.6


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
    return (dumps_unicode(decision_record(d)) for d in resolution.decisions)


def write_resolution(build, out_dir: Path, base: str) -> list[Path]:
    """``resolution.jsonl``: why each mention went to its entity."""
    return [atomic_write_lines(out_dir / RESOLUTION_FILE, generate_resolution(build.resolution))]


def generate_registry(resolution: Resolution) -> Iterator[str]:
    """One JSON line per entity, sorted by id: the registry that keeps ids stable across builds."""
    return registry_lines(resolution)


def write_registry(build, out_dir: Path, base: str) -> list[Path]:
    """``entities.jsonl``: the entity registry the next build reads back."""
    return [atomic_write_lines(out_dir / REGISTRY_FILE, generate_registry(build.resolution))]


def generate_review(resolution: Resolution) -> Iterator[str]:
    """The entities a person should check first, as TSV lines with a header:
    those named only once, those whose mentions the tagger was unsure of, and
    those typed differently in different mentions. Most reasons first, then
    the least confident."""
    confidences: dict[str, list[float]] = defaultdict(list)
    types: dict[str, set[str]] = defaultdict(set)
    for decision in resolution.decisions:
        if decision.entity_id is None or decision.mention.reference:
            continue
        types[decision.entity_id].add(decision.mention.type.value)
        if decision.mention.confidence is not None:
            confidences[decision.entity_id].append(decision.mention.confidence)
    rows = []
    for entity in resolution.entities:
        lowest = min(confidences[entity.id], default=None)
        reasons = []
        if entity.mention_count <= 1:
            reasons.append("one mention")
        if lowest is not None and lowest < REVIEW_CONFIDENCE:
            reasons.append("low confidence")
        if len(types[entity.id]) > 1:
            reasons.append("types disagree")
        if reasons:
            rows.append((-len(reasons), lowest if lowest is not None else 1.0, entity.id, entity, reasons, lowest))
    yield "entity\tname\ttype\treasons\tlowest confidence\tmentions\ttypes seen\tarticles"
    for _, _, _, entity, reasons, lowest in sorted(rows, key=lambda r: r[:3]):
        yield "\t".join(
            [
                entity.id,
                _cell(entity.name),
                entity.type.value,
                ", ".join(reasons),
                "" if lowest is None else f"{lowest:.2f}",
                str(entity.mention_count),
                ", ".join(sorted(types[entity.id])),
                " ".join(entity.articles),
            ]
        )


def _cell(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def write_review(build, out_dir: Path, base: str) -> list[Path]:
    """``review.tsv``: the entities a person should check first."""
    return [atomic_write_lines(out_dir / REVIEW_FILE, generate_review(build.resolution))]
