"""A progress bar for long builds: the phase, articles done of the total, rate and time left.

Drawn with ``rich`` on standard error when it is a terminal; silent
otherwise (a log file or a pipe gets only the summary).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

#: What each phase of a build is called on the bar.
PHASE_LABELS = {
    "extract": "reading and extracting",
    "resolve": "resolving names",
    "graph": "building the graph",
    "export": "writing the exports",
    "commit": "putting the build in place",
    "clean": "removing the previous build",
}


def count_articles(inputs: Sequence[str | Path]) -> int | None:
    """About how many articles ``inputs`` hold (``.txt`` files, lines of ``.jsonl`` files),
    counted without parsing; None when they cannot be counted."""
    total = 0
    try:
        for item in inputs:
            path = Path(item)
            files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
            for file in files:
                if file.suffix == ".txt":
                    total += 1
                elif file.suffix == ".jsonl":
                    total += _lines(file)
    except OSError:
        return None
    return total


def _lines(path: Path) -> int:
    count = 0
    last = b"\n"
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")


class BuildBar:
    """The bar of the build of ``inputs``; a ``kg.pipeline.Progress``. Use as a context manager.

    The articles are counted (``count_articles``) only when the bar is drawn.
    """

    def __init__(self, inputs: Sequence[str | Path], stream: TextIO | None = None) -> None:
        self.inputs = inputs
        self.total: int | None = None
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() and os.environ.get("TERM") != "dumb"
        self._bar = None
        self._task = None

    def __enter__(self) -> "BuildBar":
        if self.enabled:
            self.total = count_articles(self.inputs)
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.description:<28}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeElapsedColumn(),
                TextColumn("left"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=False,
            )
            self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._finish()
            self._bar.__exit__(*exc)
            self._bar = None

    def phase(self, name: str, total: int | None = None) -> None:
        """Start the phase ``name``; the extraction counts towards the build's total."""
        if self._bar is None or name == "done":
            return
        self._finish()
        label = PHASE_LABELS.get(name, name)
        self._task = self._bar.add_task(label, total=self.total if name == "extract" else None, rate="")

    def advance(self, done: int) -> None:
        """``done`` articles are extracted (or taken from the cache)."""
        if self._bar is None or self._task is None:
            return
        task = self._bar.tasks[-1]
        speed = task.speed
        rate = f"{speed:,.0f} articles/s" if speed else ""
        total = max(task.total or 0, done) if task.total is not None else None
        self._bar.update(self._task, completed=done, total=total, rate=rate)

    def _finish(self) -> None:
        if self._bar is not None and self._task is not None:
            task = self._bar.tasks[-1]
            self._bar.update(self._task, total=task.completed or 1, completed=task.completed or 1)
            self._bar.stop_task(self._task)
            self._task = None
