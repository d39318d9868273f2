"""Benchmark ``kg build`` on a corpus, stage by stage, against underthesea's NER.

    python bench/run.py [--corpus PATH] [--repeat N] [--workers N] [--rounds N] [--peer-articles K] [--profile]

Measures, on the same text:

- the whole ``kg build`` as a user runs it, in a child process: on one core
  with one worker, then with ``--workers N`` on all cores; the two outputs
  are compared byte for byte. Its peak RSS is that of its largest process
  (the parent, which holds the extractions and the graph);
- each stage in this process on one core: read, analyse, extract, resolve,
  graph, each exporter, packing and caching the extractions; with the memory
  the extractions and the resolution + graph hold;
- the peer: underthesea's ``ner`` alone on the first K articles, one
  sentence a call, on one core (it runs at a few thousand words/s).

Words are the tokens of the segmented text (``Hà_Nội`` is one word), for kg
and the peer alike; the peer gets the same text with spaces between
syllables, as it expects. Every run records wall time and CPU time: on a
busy machine the wall time is inflated, the CPU time of a one-core run is
not, so the peer ratio is taken on CPU time. Results go to
``bench-results/bench.json`` and a table on standard output. ``--profile``
also writes a cProfile of the one-worker build (``bench-results/build.prof``
and ``build.txt``) and lists its hot spots.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPOSITORY.parent / "shared" / "corpora" / "vietnamese-mds" / "articles.jsonl"
DEFAULT_RESULTS = REPOSITORY / "bench-results"
SENTENCE_END = re.compile(r"(?<= [.!?]) ")

sys.path.insert(0, str(REPOSITORY))


def main(argv: list[str] | None = None) -> int:
    from kg.build import read_outputs

    options = parse_arguments(argv)
    results: Path = options.results
    work = results / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)

    corpus, source = prepare_corpus(options.corpus, options.repeat, work / "corpus.jsonl")
    size = corpus_size(corpus)
    report: dict[str, Any] = {
        "command": " ".join(["python bench/run.py", *(argv if argv is not None else sys.argv[1:])]),
        "corpus": {"source": source, "repeat": options.repeat, **size, "bytes": corpus.stat().st_size},
        "machine": machine(),
        "runs": {},
    }
    runs = report["runs"]
    code_at_start = current_code()
    say(f"corpus: {size['articles']} articles, {size['words']} words ({source} ×{options.repeat})")

    runs["kg build, 1 worker, 1 core"] = rates(fastest(options.rounds, corpus, work / "out-1", 1, True), size)
    if options.workers > 1:
        name = f"kg build, {options.workers} workers"
        runs[name] = rates(fastest(options.rounds, corpus, work / "out-n", options.workers, False), size)
        report["workers_speedup"] = round(runs["kg build, 1 worker, 1 core"]["seconds"] / runs[name]["seconds"], 2)
        report["workers_identical_output"] = read_outputs(work / "out-1") == read_outputs(work / "out-n")
    report["outputs_bytes"] = {name: len(data) for name, data in read_outputs(work / "out-1").items()}

    stages, report["memory"] = run_stages(corpus, work / "stages")
    runs.update({f"  {name}": rates(entry, size) for name, entry in stages.items()})

    if options.peer_articles > 0:
        peer = run_peer(corpus, options.peer_articles)
        if peer:
            runs[f"peer: {peer.pop('tool')}"] = rates(peer, peer)
            one_core = runs["kg build, 1 worker, 1 core"]
            report["peer_ratio_cpu"] = round(one_core["words_per_cpu_s"] / peer_rate(runs), 1)
            report["peer_sample"] = {k: peer[k] for k in ("articles", "sentences", "words")}

    if options.profile:
        report["profile"] = profile_build(corpus, work / "out-profile", results / "build.prof")

    report["machine"]["load_after"] = os.getloadavg()[0]
    report["code_changed_during_run"] = current_code() != code_at_start
    (results / "bench.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(format_table(report))
    print(f"\nwrote {results / 'bench.json'}")
    if not options.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a .jsonl corpus (id, text); synthesised if absent")
    parser.add_argument("--repeat", type=int, default=1, help="repeat the corpus N times with distinct article ids")
    parser.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)), help="workers of the parallel build")
    parser.add_argument("--peer-articles", type=int, default=60, help="articles given to underthesea's ner (0: skip)")
    parser.add_argument("--results", type=Path, default=DEFAULT_RESULTS, help="folder for bench.json")
    parser.add_argument("--rounds", type=int, default=1, help="run each whole build N times and keep the fastest")
    parser.add_argument("--profile", action="store_true", help="also profile the one-worker build with cProfile")
    parser.add_argument("--keep", action="store_true", help="keep the corpus copy and the outputs in RESULTS/work")
    options = parser.parse_args(argv)
    if min(options.repeat, options.workers, options.rounds) < 1:
        parser.error("--repeat, --workers and --rounds must be at least 1")
    return options


def current_code() -> str:
    """The fingerprint of kg's code as it is on disk now."""
    from kg.cache import code_fingerprint

    return code_fingerprint.__wrapped__()


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- corpus -----------------------------------------------------------------


def prepare_corpus(path: Path, repeat: int, target: Path) -> tuple[Path, str]:
    """Write the corpus ``repeat`` times into ``target``, each copy with its own article ids."""
    if path.is_file():
        records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        source = str(path)
    else:
        say(f"{path}: not found, using a synthesised corpus")
        records = list(synthetic_records(600))
        source = "synthetic"
    with target.open("w", encoding="utf-8") as out:
        for copy in range(repeat):
            for record in records:
                record = {**record, "id": str(record["id"]) if copy == 0 else f"{record['id']}-r{copy}"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target, source


def synthetic_records(count: int) -> Iterator[dict[str, str]]:
    """Segmented news-like articles of about 400 words, the same on every run."""
    rng = random.Random(8)
    people = ["Vladimir_Putin", "Kim_Jong-un", "Nguyễn_Phú_Trọng", "Tập_Cận_Bình", "Donald_Trump", "Moon_Jae-in"]
    titles = ["Tổng_thống", "Chủ_tịch", "Thủ_tướng", "Bộ_trưởng Ngoại_giao"]
    places = ["Hà_Nội", "Bình_Nhưỡng", "Mát-xcơ-va", "Bắc_Kinh", "Washington", "Seoul"]
    verbs = ["gặp", "tiếp", "thăm", "hội_đàm với", "mời", "điện_đàm với"]
    filler = "các bên đã thảo_luận về hợp_tác kinh_tế , an_ninh khu_vực và quan_hệ song_phương trong thời_gian tới".split()
    for number in range(count):
        sentences = []
        for _ in range(rng.randint(14, 22)):
            a, b = rng.sample(people, 2)
            sentences.append(
                f"{rng.choice(titles)} {a} {rng.choice(verbs)} {b} tại {rng.choice(places)} "
                f"ngày {rng.randint(1, 28)}/{rng.randint(1, 12)} , {' '.join(filler[: rng.randint(5, len(filler))])} ."
            )
        yield {"id": f"syn{number:05d}", "text": " ".join(sentences) + " Minh_Anh ( Theo AFP , Reuters )"}


def corpus_size(path: Path) -> dict[str, int]:
    articles = words = syllables = 0
    for line in path.open(encoding="utf-8"):
        tokens = json.loads(line)["text"].split()
        articles += 1
        words += len(tokens)
        syllables += sum(token.count("_") + 1 for token in tokens)
    return {"articles": articles, "words": words, "syllables": syllables}


def rates(entry: dict[str, Any], size: dict[str, int]) -> dict[str, Any]:
    """``entry`` with articles/s and words/s, by wall time and by CPU time."""
    rated = dict(entry)
    for clock, suffix in (("seconds", "s"), ("cpu_seconds", "cpu_s")):
        value = entry.get(clock)
        if value and value >= 0.001:
            rated[f"articles_per_{suffix}"] = round(size["articles"] / value, 1)
            rated[f"words_per_{suffix}"] = round(size["words"] / value)
    return rated


def peer_rate(runs: dict[str, dict[str, Any]]) -> float:
    return next(entry["words_per_cpu_s"] for name, entry in runs.items() if name.startswith("peer:"))


# --- the whole build, as a user runs it -----------------------------------------


def fastest(rounds: int, corpus: Path, out: Path, workers: int, one_core: bool) -> dict[str, float]:
    """The fastest of ``rounds`` builds: on a shared machine the others measure the neighbours."""
    return min((run_build(corpus, out, workers, one_core) for _ in range(rounds)), key=lambda run: run["seconds"])


def run_build(corpus: Path, out: Path, workers: int, one_core: bool) -> dict[str, float]:
    """Run ``kg build`` in a child process: wall time, CPU time and peak RSS."""
    command = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--workers", str(workers)]
    first_core = min(os.sched_getaffinity(0))
    pin = (lambda: os.sched_setaffinity(0, {first_core})) if one_core else None
    say(f"kg build --workers {workers}{' on one core' if one_core else ''} …")
    log = out.with_name(out.name + ".log")
    started = time.perf_counter()
    with log.open("wb") as sink:
        child = subprocess.Popen(command, cwd=REPOSITORY, stdout=sink, stderr=subprocess.STDOUT, preexec_fn=pin)
        # wait4 gives this child's own resource use, its worker processes included.
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"kg build failed ({child.returncode}):\n{log.read_text(errors='replace')}")
    return {
        "seconds": round(seconds, 3),
        "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
    }



# --- stage by stage, in this process --------------------------------------------


def run_stages(corpus: Path, out: Path) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """Time each stage on one core; the memory the extractions and the graph hold."""
    from kg.analyse import analyse
    from kg.cache import ExtractionCache, pack
    from kg.export import available_exporters
    from kg.extract import extract
    from kg.graph import build_graph
    from kg.model import ReadError
    from kg.pipeline import DEFAULT_BASE, BuildResult
    from kg.reader import read_inputs
    from kg.resolve import resolve

    say("stages …")
    stages: dict[str, dict[str, float]] = {}
    memory: dict[str, float] = {}
    with one_core(), build_gc():
        gc.collect()
        base_rss = current_rss_mb()
        with timed(stages, "read"):
            articles = [a for a in read_inputs([corpus]) if not isinstance(a, ReadError)]
        with timed(stages, "analyse"):
            analysed = [analyse(a) for a in articles]
        with timed(stages, "extract"):
            extractions = [extract(a) for a in analysed]
        extractions.sort(key=lambda x: x.article.id)
        del analysed, articles
        gc.collect()
        memory["extractions_mb"] = round(current_rss_mb() - base_rss, 1)
        memory["kb_per_article"] = round(memory["extractions_mb"] * 1024 / max(1, len(extractions)), 1)
        before = current_rss_mb()
        with timed(stages, "resolve"):
            resolution = resolve(extractions)
        with timed(stages, "graph"):
            graph = build_graph(extractions, resolution)
        gc.collect()
        memory["entities"] = len(resolution.entities)
        memory["graph_nodes"] = graph.number_of_nodes()
        memory["graph_edges"] = graph.number_of_edges()
        memory["resolution_and_graph_mb"] = round(current_rss_mb() - before, 1)
        if resolution.entities:
            memory["kb_per_entity"] = round(memory["resolution_and_graph_mb"] * 1024 / len(resolution.entities), 2)
        elements = graph.number_of_nodes() + graph.number_of_edges()
        if elements:
            memory["kb_per_graph_element"] = round(memory["resolution_and_graph_mb"] * 1024 / elements, 2)
        build = BuildResult(tuple(extractions), resolution, graph)
        for name, exporter in available_exporters().items():
            try:
                with timed(stages, f"export {name}"):
                    exporter(build, out, DEFAULT_BASE)
            except Exception as error:  # one broken exporter should not hide the other numbers
                stages[f"export {name}"] = {"seconds": 0.0, "cpu_seconds": 0.0, "error": repr(error)}
                say(f"export {name} failed: {error!r}")
        with timed(stages, "pack + cache"):
            cache = ExtractionCache(out / "cache-bench")
            for extraction in extractions:
                cache.put(pack(extraction))
            cache.commit()
        memory["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return stages, memory


@contextmanager
def build_gc() -> Iterator[None]:
    """The collector settings of the ``kg`` commands, for the block only."""
    from kg.pipeline import tune_gc_for_builds

    thresholds = gc.get_threshold()
    tune_gc_for_builds()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextmanager
def one_core() -> Iterator[None]:
    """Run the block pinned to one core."""
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, cores)


@contextmanager
def timed(into: dict[str, dict[str, float]], name: str) -> Iterator[None]:
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    into[name] = {"seconds": round(time.perf_counter() - wall, 4), "cpu_seconds": round(time.process_time() - cpu, 4)}


def current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


# --- the peer ---------------------------------------------------------------------


def run_peer(corpus: Path, count: int) -> dict[str, Any] | None:
    """underthesea's ``ner`` on the first ``count`` articles, one sentence a call, one core."""
    try:
        import underthesea
        from underthesea import ner
    except ImportError:
        say("underthesea is not installed (`make bench` installs it): no peer measured")
        return None
    texts = []
    for line in corpus.open(encoding="utf-8"):
        texts.append(json.loads(line)["text"])
        if len(texts) == count:
            break
    # On a whole article underthesea's time grows faster than its length
    # (five times slower here), so it gets what it is made for: sentences.
    sentences = [s.replace("_", " ") for text in texts for s in SENTENCE_END.split(text) if s.strip()]
    say(f"peer: underthesea {underthesea.__version__} ner on {len(texts)} articles ({len(sentences)} sentences) …")
    ner("Khởi động .")  # loads the model outside the timing
    entry: dict[str, dict[str, float]] = {}
    with one_core(), timed(entry, "ner"):
        for sentence in sentences:
            ner(sentence)
    return {
        "tool": f"underthesea {underthesea.__version__} ner",
        **entry["ner"],
        "articles": len(texts),
        "sentences": len(sentences),
        "words": sum(len(text.split()) for text in texts),
    }


# --- profile ------------------------------------------------------------------------


def profile_build(corpus: Path, out: Path, target: Path, top: int = 25) -> list[dict[str, Any]]:
    """cProfile the one-worker build in this process: the functions with the most own time."""
    from kg.build import build_outputs

    say("profile …")
    profiler = cProfile.Profile()
    with one_core(), build_gc():
        profiler.enable()
        build_outputs([corpus], out)
        profiler.disable()
    profiler.dump_stats(target)
    stats = pstats.Stats(profiler)
    total = sum(entry[2] for entry in stats.stats.values())
    rows = []
    for (filename, line, function), (_, calls, own, cumulative, _) in sorted(
        stats.stats.items(), key=lambda item: item[1][2], reverse=True
    )[:top]:
        rows.append(
            {
                "function": f"{short_path(filename)}:{line}:{function}",
                "calls": calls,
                "own_s": round(own, 3),
                "own_share": round(own / total, 3) if total else 0.0,
                "cumulative_s": round(cumulative, 3),
            }
        )
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(60)
    target.with_suffix(".txt").write_text(text.getvalue(), encoding="utf-8")
    return rows


def short_path(filename: str) -> str:
    path = Path(filename)
    if path.is_relative_to(REPOSITORY):
        return path.relative_to(REPOSITORY).as_posix()
    return "/".join(path.parts[-2:]) if len(path.parts) > 1 else filename


# --- table ---------------------------------------------------------------------------


def format_table(report: dict[str, Any]) -> str:
    corpus, machine_ = report["corpus"], report["machine"]
    lines = [
        f"kg bench: {corpus['articles']} articles, {corpus['words']:,} words ({corpus['source']} ×{corpus['repeat']}); "
        f"{machine_['cores']} cores, load {machine_['load_before']:.1f} before, {machine_['load_after']:.1f} after",
        "",
        f"{'run':<34}{'wall s':>8}{'cpu s':>8}{'articles/s':>12}{'words/s':>11}{'words/cpu-s':>13}{'peak MB':>9}",
    ]
    for name, entry in report["runs"].items():
        if "error" in entry:
            lines.append(f"{name:<34}  failed: {entry['error'][:70]}")
            continue
        if "words_per_s" not in entry:  # nothing measurable: an exporter that writes nothing
            lines.append(f"{name:<34}{entry['seconds']:>8.3f}{entry['cpu_seconds']:>8.3f}{'—':>12}{'—':>11}{'—':>13}")
            continue
        rss = entry.get("peak_rss_mb")
        lines.append(
            f"{name:<34}{entry['seconds']:>8.2f}{entry['cpu_seconds']:>8.2f}{entry['articles_per_s']:>12,.1f}"
            f"{entry['words_per_s']:>11,}{entry.get('words_per_cpu_s', 0):>13,}"
            + ("" if rss is None else f"{rss:>9.0f}")
        )
    lines.append("")
    if "peer_ratio_cpu" in report:
        sample = report["peer_sample"]
        lines.append(
            f"kg build (1 core) / peer ner: {report['peer_ratio_cpu']}× words per CPU-second "
            f"(peer on {sample['articles']} articles, {sample['sentences']} sentences)"
        )
    if report["code_changed_during_run"]:
        lines.append("kg's code changed on disk during this run: comparisons between runs are void")
    if "workers_speedup" in report:
        same = "identical" if report["workers_identical_output"] else "DIFFERENT"
        lines.append(f"workers / 1 worker: {report['workers_speedup']}× wall time (outputs {same})")
    memory = report["memory"]
    lines.append(
        f"memory: extractions {memory['extractions_mb']} MB ({memory['kb_per_article']} KB/article); "
        f"resolution + graph {memory['resolution_and_graph_mb']} MB for {memory['entities']} entities"
        + (f" ({memory['kb_per_entity']} KB/entity)" if "kb_per_entity" in memory else "")
        + f", {memory['graph_nodes']:,} nodes and {memory['graph_edges']:,} edges"
        + (f" ({memory['kb_per_graph_element']} KB each)" if "kb_per_graph_element" in memory else "")
    )
    lines.append(f"outputs: {format_sizes(report['outputs_bytes']) or 'none'}")
    if report.get("profile"):
        lines.append("profile of the one-worker build (own time):")
        for entry in report["profile"][:15]:
            lines.append(f"  {entry['own_share']:>6.1%} {entry['own_s']:>7.2f} s  {entry['function']}")
    return "\n".join(lines)


def format_sizes(sizes: dict[str, int]) -> str:
    """Output sizes, the files of a folder (neo4j/) added up."""
    grouped: dict[str, list[int]] = {}
    for name, size in sizes.items():
        key = name.split("/", 1)[0] + "/" if "/" in name else name
        grouped.setdefault(key, []).append(size)
    return ", ".join(
        f"{key} {sum(group) / 1024:,.0f} KB" + (f" ({len(group)} files)" if key.endswith("/") else "")
        for key, group in grouped.items()
    )


def machine() -> dict[str, Any]:
    return {
        "cores": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_before": os.getloadavg()[0],
    }


if __name__ == "__main__":
    raise SystemExit(main())
