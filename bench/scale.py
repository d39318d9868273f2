"""How ``kg build`` scales with the archive: memory, speed on one and two workers, ``--update``.

    python bench/scale.py [--corpus PATH] [--multipliers 1 10 100] [--update-articles 100] [--peer-articles K] [--phases]

For each multiplier M the corpus is written M times over, each copy with
its own article ids, and built in a child process:

- on one core with one worker, then with ``--workers 2`` (the outputs are
  compared byte for byte); wall time, CPU time and the peak RSS of the
  build's largest process (``wait4``: the parent, which holds the
  resolution and the graph);
- then ``--update`` adds ``--update-articles`` new articles (more copies
  with new ids) to the two-worker build, timed, and the result is compared
  byte for byte with a full rebuild of the same articles into the build
  folder as it was before (a build keeps the entity ids of the folder's
  ``entities.jsonl``, as an update does), and with one into an empty folder.

With ``--phases`` a one-worker build is run once more, in a process that
notes its memory at each phase and each exporter's own peak
(``bench/phases.py``), to show where the memory goes.

The growth of peak memory per added article is taken between the smallest
and the largest multiplier. underthesea's ``ner`` runs on the sentences of
the first K articles of the corpus, one sentence a call, on one core, as
in ``bench/run.py``. Results go to ``bench-results/scale/scale.json`` and
``scale.md``; a multiplier not run is not extrapolated here.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import (  # noqa: E402 - the sibling script, run as a module here
    DEFAULT_CORPUS,
    DEFAULT_RESULTS,
    REPOSITORY,
    corpus_size,
    machine,
    prepare_corpus,
    run_build,
    run_peer,
    say,
)


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    target = arguments.out
    target.mkdir(parents=True, exist_ok=True)
    work = target / "work"
    report: dict[str, Any] = {"machine": machine(), "corpus": str(arguments.corpus), "runs": {}}
    if arguments.peer_articles:
        base = prepare_corpus(arguments.corpus, 1, work_file(work, "corpus-x1.jsonl"))[0]
        peer = run_peer(base, arguments.peer_articles)
        if peer:
            peer["words_per_cpu_s"] = round(peer["words"] / peer["cpu_seconds"])
            report["peer"] = peer
    for multiplier in arguments.multipliers:
        report["runs"][str(multiplier)] = run_multiplier(arguments, multiplier, work)
        write_report(report, target)
    report["growth"] = growth(report["runs"])
    write_report(report, target)
    print(format_table(report))
    if not arguments.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--multipliers", type=int, nargs="+", default=[1, 10], help="corpus copies per run (100: 62,800 articles)")
    parser.add_argument("--update-articles", type=int, default=100, help="new articles added with --update")
    parser.add_argument("--peer-articles", type=int, default=60, help="articles given to underthesea's ner (0: skip)")
    parser.add_argument("--out", type=Path, default=DEFAULT_RESULTS / "scale")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and build folders")
    parser.add_argument("--phases", action="store_true", help="also measure the memory of a one-worker build phase by phase")
    return parser.parse_args(argv)


def work_file(work: Path, name: str) -> Path:
    work.mkdir(parents=True, exist_ok=True)
    return work / name


def run_multiplier(arguments: argparse.Namespace, multiplier: int, work: Path) -> dict[str, Any]:
    corpus = prepare_corpus(arguments.corpus, multiplier, work_file(work, f"corpus-x{multiplier}.jsonl"))[0]
    size = corpus_size(corpus)
    say(f"×{multiplier}: {size['articles']:,} articles, {size['words']:,} words")
    one = run_build(corpus, work / f"x{multiplier}-w1", 1, one_core=True)
    two = run_build(corpus, work / f"x{multiplier}-w2", 2, one_core=False)
    same = read_outputs(work / f"x{multiplier}-w1") == read_outputs(work / f"x{multiplier}-w2")
    shutil.rmtree(work / f"x{multiplier}-w1", ignore_errors=True)
    entry: dict[str, Any] = {
        **size,
        "one_worker": {**one, "words_per_s": round(size["words"] / one["seconds"]), "words_per_cpu_s": round(size["words"] / one["cpu_seconds"])},
        "two_workers": {**two, "words_per_s": round(size["words"] / two["seconds"])},
        "speedup": round(one["seconds"] / two["seconds"], 2),
        "workers_identical": same,
    }
    if arguments.update_articles:
        entry["update"] = run_update(arguments, corpus, multiplier, work)
    if arguments.phases:
        entry["phases"] = run_phases(corpus, work / f"x{multiplier}-phases")
    return entry


def run_phases(corpus: Path, out: Path) -> dict[str, Any]:
    """The one-worker build's memory phase by phase (``bench/phases.py``), in a child process on one core."""
    say("kg build, memory phase by phase …")
    first_core = min(os.sched_getaffinity(0))
    command = [sys.executable, str(Path(__file__).with_name("phases.py")), str(corpus), str(out)]
    done = subprocess.run(
        command, cwd=REPOSITORY, capture_output=True, check=True, preexec_fn=lambda: os.sched_setaffinity(0, {first_core})
    )
    shutil.rmtree(out, ignore_errors=True)
    return json.loads(done.stdout.decode().strip().splitlines()[-1])


def run_update(arguments: argparse.Namespace, corpus: Path, multiplier: int, work: Path) -> dict[str, Any]:
    """``--update`` of new articles into the two-worker build, against full rebuilds of the same articles:
    into a copy of the build folder as it was before the update (which keeps the entity ids its
    ``entities.jsonl`` gave, as the update does), and into an empty folder."""
    new = work_file(work, f"new-x{multiplier}.jsonl")
    with arguments.corpus.open(encoding="utf-8") as source, new.open("w", encoding="utf-8") as out:
        for number, line in enumerate(source):
            if number == arguments.update_articles:
                break
            record = json.loads(line)
            out.write(json.dumps({**record, "id": f"{record['id']}-new{number}"}, ensure_ascii=False) + "\n")
    built = work / f"x{multiplier}-w2"
    before = work / f"x{multiplier}-before-update"
    shutil.rmtree(before, ignore_errors=True)
    shutil.copytree(built, before, symlinks=True)
    say(f"kg build --update with {arguments.update_articles} new articles …")
    started = time.perf_counter()
    command = [sys.executable, "-m", "kg.cli", "build", str(new), "--update", str(built), "--workers", "2"]
    child = subprocess.Popen(command, cwd=REPOSITORY, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"kg build --update failed: {child.stderr.read().decode(errors='replace')}")
    child.stderr.close()
    say("kg build of the same articles into the build folder as it was before the update …")
    started = time.perf_counter()
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus), str(new), "--out", str(before), "--workers", "2"]
    subprocess.run(command, cwd=REPOSITORY, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    rebuild_seconds = round(time.perf_counter() - started, 2)
    updated = read_outputs(built)
    same = updated == read_outputs(before)
    shutil.rmtree(before, ignore_errors=True)
    say("kg build of the same articles into an empty folder …")
    fresh = work / f"x{multiplier}-rebuilt"
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus), str(new), "--out", str(fresh), "--workers", "2"]
    subprocess.run(command, cwd=REPOSITORY, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    rebuilt = read_outputs(fresh)
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.rmtree(built, ignore_errors=True)
    return {
        "articles": arguments.update_articles,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "rebuild_seconds": rebuild_seconds,
        "identical_to_rebuild": same,
        "identical_to_rebuild_from_empty": updated == rebuilt,
        "differing_from_rebuild_from_empty": sorted(n for n in updated.keys() | rebuilt.keys() if updated.get(n) != rebuilt.get(n)),
    }


def read_outputs(folder: Path) -> dict[str, bytes]:
    from kg.build import read_outputs as outputs

    return outputs(folder)


def growth(runs: dict[str, dict[str, Any]]) -> dict[str, float] | None:
    """Peak memory added per article between the smallest and the largest run (one worker)."""
    if len(runs) < 2:
        return None
    ordered = sorted(runs.values(), key=lambda run: run["articles"])
    small, large = ordered[0], ordered[-1]
    added = large["articles"] - small["articles"]
    per_article = (large["one_worker"]["peak_rss_mb"] - small["one_worker"]["peak_rss_mb"]) * 1024 / added
    return {"kb_per_article": round(per_article, 1), "base_mb": round(small["one_worker"]["peak_rss_mb"] - per_article * small["articles"] / 1024, 1)}


def write_report(report: dict[str, Any], target: Path) -> None:
    (target / "scale.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (target / "scale.md").write_text(format_table(report) + "\n", encoding="utf-8")


def _same(update: dict[str, Any], key: str) -> str:
    return "–" if key not in update else ("yes" if update[key] else "NO")


def format_table(report: dict[str, Any]) -> str:
    lines = [
        "| corpus | articles | words | peak RSS, 1 worker | s, 1 worker (1 core): wall (CPU) | words per CPU s, 1 worker "
        "| s, --workers 2: wall (CPU) | speed-up (wall) | same bytes | --update +N: s wall (CPU) | update = rebuild in the same folder |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for multiplier, run in report["runs"].items():
        one, two, update = run["one_worker"], run["two_workers"], run.get("update") or {}
        updated = f"{update['seconds']:.1f} ({update['cpu_seconds']:.1f})" if update else "–"
        lines.append(
            f"| ×{multiplier} | {run['articles']:,} | {run['words']:,} | {one['peak_rss_mb']:,.0f} MB "
            f"| {one['seconds']:.1f} ({one['cpu_seconds']:.1f}) | {one['words_per_cpu_s']:,} "
            f"| {two['seconds']:.1f} ({two['cpu_seconds']:.1f}) | {run['speedup']:.2f}× "
            f"| {'yes' if run['workers_identical'] else 'NO'} | {updated} "
            f"| {_same(update, 'identical_to_rebuild')} (empty folder: {_same(update, 'identical_to_rebuild_from_empty')}) |"
        )
    for multiplier, run in report["runs"].items():
        if run.get("phases"):
            phases = run["phases"]
            steps = ", ".join(f"{p['phase']} {p['rss_mb']:,.0f}" for p in phases["phases"])
            exporters = ", ".join(f"{name} +{mb:,.0f}" for name, mb in phases["exporters_above_start_mb"].items() if mb >= 1)
            lines.append("")
            lines.append(f"×{multiplier}, one worker, MB resident when each phase began: {steps}; peak {phases['peak_mb']:,.0f}.")
            lines.append(f"×{multiplier}, each exporter's peak above the memory it started from (MB): {exporters or 'none above 1'}.")
    if report.get("growth"):
        lines.append("")
        lines.append(f"Peak memory grows by {report['growth']['kb_per_article']} KB per added article (one worker).")
    peer = report.get("peer")
    if peer:
        lines.append(
            f"Peer: {peer['tool']} on {peer['sentences']} sentences of {peer['articles']} articles: "
            f"{peer['words_per_cpu_s']:,} words per CPU second (one core)."
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
