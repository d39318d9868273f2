"""``kg build``: run the pipeline and write every output file."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from kg.atomic import atomic_write_lines
from kg.export import available_exporters
from kg.jsonio import decision_record
from kg.pipeline import DEFAULT_BASE, BuildResult, run_pipeline


class BuildError(Exception):
    """A build that cannot start or finish, with what to do about it."""


def build_outputs(
    inputs: Sequence[str | Path],
    out: Path,
    base: str = DEFAULT_BASE,
    strict: bool = False,
    progress: Callable[[int], None] | None = None,
) -> BuildResult:
    """Build the graph of ``inputs`` and write all exports into ``out``.

    Bad inputs are listed in ``out/errors.jsonl``; with ``strict`` any bad
    input stops the build before anything is written.
    """
    _check_writable(out)
    result = run_pipeline(inputs, progress=progress)
    if strict and result.errors:
        return result
    written = []
    for exporter in available_exporters().values():
        written.extend(exporter(result.graph, out, base))
    written.append(
        atomic_write_lines(
            out / "errors.jsonl",
            (json.dumps(_error_record(e), ensure_ascii=False) for e in result.errors),
        )
    )
    written.append(
        atomic_write_lines(
            out / "resolution.jsonl",
            (json.dumps(decision_record(d), ensure_ascii=False) for d in result.resolution.decisions),
        )
    )
    return replace(result, files=tuple(written))


def _check_writable(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BuildError(f"{out}: cannot create the output folder ({error.strerror}); choose another with --out") from error
    if not os.access(out, os.W_OK):
        raise BuildError(f"{out}: the output folder is not writable; fix its permissions or choose another with --out")


def _error_record(error) -> dict[str, object]:
    return {
        "source": error.source,
        "line": error.line,
        "article_id": error.article_id,
        "reason": error.reason,
        "hint": error.hint,
    }


def format_summary(result: BuildResult) -> str:
    """A short human-readable summary of a build."""
    summary = result.summary()
    lines = [f"articles: {summary['articles']} built, {summary['errors']} rejected"]
    for heading in ("entities", "events", "statements"):
        counts = summary[heading]
        total = sum(counts.values())
        detail = ", ".join(f"{name} {count}" for name, count in counts.items())
        lines.append(f"{heading}: {total}" + (f" ({detail})" if detail else ""))
    for error in result.errors:
        lines.append(f"rejected: {error.message()}")
    if result.files:
        lines.append("wrote: " + ", ".join(str(p) for p in result.files))
    return "\n".join(lines) + "\n"
