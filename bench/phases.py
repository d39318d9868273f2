"""Memory of a one-worker ``kg build`` phase by phase, from inside the build's process.

    python bench/phases.py CORPUS OUT

Prints one JSON object: for each phase, in order, the process's resident
memory when it began (``rss_mb``) and the highest it had been by then
(``peak_mb``), then each exporter's own peak above the memory it started
from (the kernel's high-water mark is reset before each one). ``bench/scale.py
--phases`` runs it for each multiplier.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any


def _status(field: str) -> float:
    """A field of /proc/self/status in MB (``VmRSS``, ``VmHWM``)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as control:
            control.write("5")
        return True
    except OSError:
        return False


class PhaseMemory:
    """A ``kg.pipeline.Progress`` that notes the memory at each phase."""

    def __init__(self) -> None:
        self.phases: list[dict[str, Any]] = []
        self.started = time.process_time()

    def phase(self, name: str, total: int | None = None) -> None:
        self.phases.append(
            {"phase": name, "rss_mb": round(_status("VmRSS"), 1), "peak_mb": round(_status("VmHWM"), 1),
             "cpu_s": round(time.process_time() - self.started, 2)}
        )

    def advance(self, done: int) -> None:
        pass


def main(argv: list[str]) -> int:
    import kg.build
    from kg.export import available_exporters
    from kg.pipeline import tune_gc_for_builds

    corpus, out = Path(argv[0]), Path(argv[1])
    exporters: dict[str, float] = {}
    peak_overall = [0.0]

    def measured() -> dict[str, Any]:
        def wrap(name: str, export: Any) -> Any:
            def run(build: Any, out_dir: Path, base: str) -> Any:
                peak_overall[0] = max(peak_overall[0], _status("VmHWM"))
                reset = _reset_peak()
                before = _status("VmRSS")
                written = export(build, out_dir, base)
                if reset:
                    exporters[name] = round(_status("VmHWM") - before, 1)
                return written

            return run

        return {name: wrap(name, export) for name, export in available_exporters().items()}

    kg.build.available_exporters = measured  # one process: each exporter's memory shows here
    tune_gc_for_builds()
    progress = PhaseMemory()
    kg.build.build_outputs([corpus], out, progress=progress)
    peak = max(peak_overall[0], _status("VmHWM"))
    print(json.dumps({"phases": progress.phases, "exporters_above_start_mb": exporters, "peak_mb": round(peak, 1)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
