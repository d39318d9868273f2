"""Local parallel builds: worker processes give the one-worker output byte for byte."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import kg.parallel
from kg.build import build_outputs, read_outputs
from kg.cache import code_fingerprint
from kg.cli import app
from kg.model import Article
from kg.parallel import (
    ParallelError,
    batched,
    export_all,
    extract_batch,
    extract_in_processes,
    run_ordered,
)
from kg.pipeline import PipelineOptions, extract_article
from helpers import SEEDS


PEOPLE = ["Vladimir_Putin", "Kim_Jong-un", "Nguyễn_Phú_Trọng", "Tập_Cận_Bình", "Shinzo_Abe", "Moon_Jae-in"]
PLACES = ["Hà_Nội", "Bình_Nhưỡng", "Mát-xcơ-va", "Tokyo", "Bắc_Kinh"]


def write_synthetic_corpus(path: Path, count: int) -> Path:
    """A jsonl corpus of ``count`` small segmented articles naming people and places."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            host, guest = PEOPLE[number % len(PEOPLE)], PEOPLE[(number * 5 + 1) % len(PEOPLE)]
            place = PLACES[number % len(PLACES)]
            text = (
                f"Ông {host} tiếp {guest} tại {place} ngày {number % 28 + 1}/{number % 12 + 1} . "
                f"Hai nhà_lãnh_đạo Ông {guest} và {host} đã thảo_luận về hợp_tác . "
                f"Phóng_viên ( Theo AFP , Reuters )"
            )
            record = {"id": f"a{number:04d}", "title": f"{host} gặp {guest}", "text": text, "url": f"https://news.example/{number}"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path



@pytest.mark.parametrize(
    ("items", "size", "expected"),
    [
        (range(7), 3, [[0, 1, 2], [3, 4, 5], [6]]),
        (range(6), 3, [[0, 1, 2], [3, 4, 5]]),
        (range(2), 5, [[0, 1]]),
        ([], 4, []),
    ],
)
def test_parallel_batched_keeps_order(items, size, expected):
    assert list(batched(items, size)) == expected


def test_parallel_batched_rejects_empty_batches():
    with pytest.raises(ValueError, match="at least 1"):
        list(batched(range(3), 0))


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def test_parallel_run_ordered_reads_input_only_as_results_are_taken():
    read = []

    def articles():
        for number in range(100):
            read.append(number)
            yield number

    results = run_ordered(lambda batch: _Done([x * 10 for x in batch]), articles(), batch_size=4, in_flight=3)
    assert next(results) == 0
    # Three batches of four were submitted before the first result was taken.
    assert len(read) == 12
    assert list(results) == [x * 10 for x in range(1, 100)]


def test_parallel_extract_in_processes_keeps_input_order():
    articles = [Article(id=f"x{n}", text=f"Ông Lê_Văn_Tám{n} đến Hà_Nội .", source="t") for n in range(23)]
    extractions = [packed.unpack() for packed in extract_in_processes(iter(articles), workers=2, batch_size=2)]
    assert [x.article.id for x in extractions] == [a.id for a in articles]
    assert extractions == [extract_article(a) for a in articles]


def test_parallel_extract_in_processes_rejects_zero_workers():
    with pytest.raises(ParallelError, match="--workers must be at least 1"):
        list(extract_in_processes([], workers=0))


def test_parallel_extract_batch_packs_what_one_process_extracts():
    article = Article(id="p1", text="Ông Vladimir_Putin gặp Kim_Jong-un tại Vladivostok .", source="t")
    [packed] = extract_batch([article])
    assert packed.article_id == "p1"
    assert packed.unpack() == extract_article(article)


def test_parallel_code_fingerprint_is_a_stable_digest():
    assert code_fingerprint() == code_fingerprint()
    assert len(code_fingerprint()) == 64


@pytest.mark.parametrize("workers", [2, 3])
def test_parallel_workers_output_equals_one_worker_bytes(tmp_path, workers):
    corpus = write_synthetic_corpus(tmp_path / "corpus.jsonl", 41)
    one = build_outputs([corpus], tmp_path / "one")
    many = build_outputs(
        [corpus], tmp_path / "many", options=PipelineOptions(workers=workers, batch_size=3)
    )
    assert many.extractions == one.extractions
    assert read_outputs(tmp_path / "many") == read_outputs(tmp_path / "one")


def test_parallel_workers_on_seeds_equal_one_worker_bytes(tmp_path):
    one = build_outputs([SEEDS], tmp_path / "one")
    two = build_outputs([SEEDS], tmp_path / "two", options=PipelineOptions(workers=2, batch_size=1))
    assert len(two.extractions) == len(list(SEEDS.glob("*.txt")))
    assert two.extractions == one.extractions
    assert read_outputs(tmp_path / "two") == read_outputs(tmp_path / "one")


def test_parallel_cli_builds_with_workers(tmp_path):
    corpus = write_synthetic_corpus(tmp_path / "corpus.jsonl", 5)
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert "articles: 5 built" in result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--workers", "0"], "greater than or equal to 1"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"], "not both"),
        (["--scheduler", "127.0.0.1:8786"], "expected an address such as tcp://HOST:8786"),
    ],
)
def test_parallel_cli_rejects_bad_engine_options(tmp_path, arguments, message):
    corpus = write_synthetic_corpus(tmp_path / "corpus.jsonl", 1)
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out"), *arguments])
    assert result.exit_code == 2
    assert message in result.output


def _die(articles, learned=True):
    os._exit(1)


def test_parallel_dead_worker_is_reported(monkeypatch):
    monkeypatch.setattr(kg.parallel, "extract_batch", _die)
    articles = [Article(id=f"x{n}", text="Ông Lê_Văn_Tám .", source="t") for n in range(4)]
    with pytest.raises(ParallelError, match="a worker process died"):
        list(extract_in_processes(iter(articles), workers=2, batch_size=1))


def _write_node_count(graph, out_dir, base):
    path = out_dir / "count.txt"
    path.write_text(f"{base} {graph.number_of_nodes()}")
    return [path]


def _write_pid_once_another_process_wrote(graph, out_dir, base):
    """Write this process's id, after waiting (10 s at most) for the second exporter to have run."""
    path = out_dir / "first.txt"
    _wait_for(out_dir / "second.txt")
    path.write_text(str(os.getpid()))
    return [path]


def _write_pid(graph, out_dir, base):
    path = out_dir / "second.txt"
    path.write_text(str(os.getpid()))
    return [path]


def _wait_for(path, seconds=10.0):
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def _die_in_a_forked_process(graph, out_dir, base):
    """In the parent, wait for a forked process to have taken the other exporter; in a child, die."""
    if os.getpid() != _PARENT_PID:
        (out_dir / "died").touch()
        os._exit(3)
    _wait_for(out_dir / "died")
    return []


_PARENT_PID = os.getpid()


def _refuse(graph, out_dir, base):
    raise ValueError("no such format here")


def test_parallel_export_all_runs_exporters_side_by_side_on_the_same_graph(tmp_path):
    graph = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    exporters = {"count": _write_node_count, "first": _write_pid_once_another_process_wrote, "second": _write_pid}
    written = export_all(graph, tmp_path, "B", exporters, workers=2)
    assert written == [tmp_path / "count.txt", tmp_path / "first.txt", tmp_path / "second.txt"]
    assert (tmp_path / "count.txt").read_text() == "B 3"
    # the first waited for the second: run one after the other in one process they would share its id
    assert (tmp_path / "first.txt").read_text() != (tmp_path / "second.txt").read_text()


def test_parallel_export_all_says_so_when_an_export_process_dies(tmp_path):
    exporters = {"one": _die_in_a_forked_process, "two": _die_in_a_forked_process}
    with pytest.raises(ParallelError, match="an export process died .exit code 3.*try fewer --workers"):
        export_all(nx.MultiDiGraph(), tmp_path, "B", exporters, workers=2)


@pytest.mark.parametrize("workers", [1, 2])
def test_parallel_export_all_raises_what_an_exporter_raises(tmp_path, workers):
    with pytest.raises(ValueError, match="no such format here"):
        export_all(nx.MultiDiGraph(), tmp_path, "B", {"count": _write_node_count, "bad": _refuse}, workers=workers)
