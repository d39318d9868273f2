"""Builds on a Dask distributed cluster give the local output byte for byte."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build import build_outputs, read_outputs
from kg.cache import code_fingerprint
from kg.cli import app
from kg.model import Article
from kg.parallel import ParallelError, _check_workers, extract_on_dask
from kg.pipeline import PipelineOptions, extract_article
from helpers import SEEDS, require_module

distributed = require_module("distributed", "install dask[distributed] (in the test extras)")



@pytest.fixture(scope="module")
def scheduler():
    """The address of a local cluster of two worker processes, shut down after the module."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,
    ) as cluster:
        yield cluster.scheduler_address


def write_corpus(path: Path, count: int) -> Path:
    """A jsonl corpus of ``count`` small segmented articles."""
    names = ["Vladimir_Putin", "Kim_Jong-un", "Nguyễn_Xuân_Phúc", "Donald_Trump", "Lý_Hiển_Long"]
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            first, second = names[number % len(names)], names[(number * 3 + 2) % len(names)]
            text = f"Ông {first} gặp Ông {second} tại Hà_Nội . Bà Trần_Thị_Hoa{number} cho_biết như_vậy ."
            out.write(json.dumps({"id": f"d{number:03d}", "text": text}, ensure_ascii=False) + "\n")
    return path



def test_dask_extract_keeps_input_order(scheduler):
    articles = [Article(id=f"z{n:02d}", text=f"Ông Lê_Văn_Tám{n} đến Hà_Nội .", source="t") for n in range(17)]
    extractions = [packed.unpack() for packed in extract_on_dask(iter(articles), scheduler, batch_size=2)]
    assert extractions == [extract_article(a) for a in articles]


@pytest.mark.parametrize("inputs", ["synthetic", "seeds"])
def test_dask_build_equals_local_build_bytes(tmp_path, scheduler, inputs):
    source = write_corpus(tmp_path / "corpus.jsonl", 29) if inputs == "synthetic" else SEEDS
    local = build_outputs([source], tmp_path / "local")
    remote = build_outputs([source], tmp_path / "dask", options=PipelineOptions(scheduler=scheduler, batch_size=2))
    assert remote.extractions == local.extractions
    assert read_outputs(tmp_path / "dask") == read_outputs(tmp_path / "local")


def test_dask_cli_builds_on_scheduler(tmp_path, scheduler):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 4)
    result = CliRunner().invoke(app, ["build", str(corpus), "--out", str(tmp_path / "out"), "--scheduler", scheduler])
    assert result.exit_code == 0, result.output
    assert "articles: 4 built" in result.output


def test_dask_unreachable_scheduler_names_the_address():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    with pytest.raises(ParallelError, match=f"cannot reach the Dask scheduler at {address}"):
        list(extract_on_dask([Article(id="a", text="x", source="t")], address, connect_timeout=1))


class _FakeClient:
    def __init__(self, fingerprints):
        self.fingerprints = fingerprints

    def wait_for_workers(self, n_workers, timeout):
        pass

    def run(self, function):
        return self.fingerprints

    def nthreads(self):
        return {address: 2 for address in self.fingerprints}


@pytest.mark.parametrize(
    ("fingerprints", "stale"),
    [
        ({"tcp://w1:1": "same", "tcp://w2:1": "same"}, None),
        ({"tcp://w1:1": "same", "tcp://w2:1": "older"}, "tcp://w2:1"),
    ],
)
def test_dask_workers_with_another_kg_are_refused(fingerprints, stale):
    local = code_fingerprint()
    client = _FakeClient({a: local if f == "same" else f for a, f in fingerprints.items()})
    if stale is None:
        assert _check_workers(client, "tcp://s:8786") == 4
    else:
        with pytest.raises(ParallelError, match=f"Dask workers {stale} run a different kg"):
            _check_workers(client, "tcp://s:8786")


def test_dask_one_process_local_workers_and_cluster_build_the_same_bytes(tmp_path, scheduler):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 23)
    engines = {
        "one process": PipelineOptions(),
        "--workers 2": PipelineOptions(workers=2, batch_size=3),
        "a local Dask cluster of two workers": PipelineOptions(scheduler=scheduler, batch_size=3),
    }
    outputs = {}
    for name, options in engines.items():
        build_outputs([SEEDS, corpus], tmp_path / name, options=options)
        outputs[name] = read_outputs(tmp_path / name)
    assert len(outputs["one process"]) > 10
    assert outputs["--workers 2"] == outputs["one process"]
    assert outputs["a local Dask cluster of two workers"] == outputs["one process"]


def test_dask_update_on_the_cluster_equals_a_rebuild(tmp_path, scheduler):
    old = write_corpus(tmp_path / "old.jsonl", 9)
    new = tmp_path / "new.jsonl"
    new.write_text(
        json.dumps({"id": "late", "text": "Ông Donald_Trump gặp Ông Kim_Jong-un tại Singapore ."}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    on_cluster = PipelineOptions(scheduler=scheduler, batch_size=2)
    build_outputs([old], tmp_path / "updated", options=on_cluster)
    build_outputs([new], tmp_path / "updated", options=PipelineOptions(scheduler=scheduler, batch_size=2, update=True))
    build_outputs([old, new], tmp_path / "full")
    assert read_outputs(tmp_path / "updated") == read_outputs(tmp_path / "full")


def test_dask_rules_only_reaches_the_cluster_workers(tmp_path, scheduler):
    from test_rules_only import SENTENCES
    from test_rules_only import write_corpus as write_sentences

    corpus = write_sentences(tmp_path / "corpus.jsonl")
    articles = [Article(id=i, text=text, source="t", segmented=True) for i, text in SENTENCES]
    unpacked = [packed.unpack() for packed in extract_on_dask(iter(articles), scheduler, batch_size=2, learned=False)]
    assert unpacked == [extract_article(a, False) for a in articles]

    runner = CliRunner()
    for out, extra in (("local", []), ("dask", ["--scheduler", scheduler])):
        result = runner.invoke(app, ["build", str(corpus), "--rules-only", "--out", str(tmp_path / out), *extra])
        assert result.exit_code == 0, result.output
    assert read_outputs(tmp_path / "dask") == read_outputs(tmp_path / "local")
