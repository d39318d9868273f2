"""Resource limits: a pathological article is built in bounded time and memory, or rejected with a reason."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.build import build_outputs
from kg.reader import MAX_ARTICLE_CHARS
from helpers import ROOT, SEEDS


#: Bounds for one article at the size limit, on a 2-core machine with room to spare:
#: the articles below take a few seconds and under 200 MB when measured.
SECONDS_PER_ARTICLE = 60
MEGABYTES_PER_ARTICLE = 1024

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý".split()
MIDDLE = "Văn Thị Đức Minh Quang Hữu Thanh Ngọc".split()
GIVEN = "An Bình Chi Dũng Giang Hải Khánh Linh Mai Nam Phúc Quân Sơn Tâm Trung Vinh Yến Hà Hùng Lan Long Tuấn Thảo Hoa".split()


def many_names(count: int) -> str:
    """An article naming ``count`` distinct people, each meeting the next."""
    names = ["_".join(parts) for parts in itertools.islice(itertools.product(FAMILY, MIDDLE, GIVEN), count)]
    assert len(names) == count
    return " ".join(f"Ông {a} gặp bà {b} tại Hà_Nội ." for a, b in zip(names, names[1:] + names[:1]))


def seed_text(chars: int) -> str:
    seeds = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return (seeds * (chars // len(seeds) + 1))[:chars]


#: Each case runs the pipeline (read, analyse, extract, resolve, graph); the
#: names case also runs every exporter, whose work grows with the graph.
FULL_BUILD = {"2000 distinct names"}

PATHOLOGICAL = {
    "2000 distinct names": lambda: many_names(2000),
    "100k one-letter tokens, no sentence end": lambda: "a " * (MAX_ARTICLE_CHARS // 2),
    "news text at the size limit": lambda: seed_text(MAX_ARTICLE_CHARS - 1),
    "20k capitalised words": lambda: " ".join(f"Tên_Riêng{i}" for i in range(20_000))[: MAX_ARTICLE_CHARS - 1],
    "one 200k-character word": lambda: "Kim_" * (MAX_ARTICLE_CHARS // 4 - 1),
}


@pytest.mark.parametrize("case", list(PATHOLOGICAL))
def test_limits_pathological_article_builds_in_bounded_time_and_memory(tmp_path: Path, case: str) -> None:
    text = PATHOLOGICAL[case]()
    assert len(text) <= MAX_ARTICLE_CHARS
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    script = textwrap.dedent(
        f"""
        import json, resource, time
        from pathlib import Path
        from kg.build import build_outputs
        from kg.pipeline import run_pipeline
        started = time.perf_counter()
        if {case in FULL_BUILD}:
            result = build_outputs([Path({str(article)!r})], Path({str(tmp_path / "out")!r}))
        else:
            result = run_pipeline([Path({str(article)!r})])
        print(json.dumps({{
            "seconds": time.perf_counter() - started,
            "megabytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "articles": len(result.extractions),
            "errors": [e.reason for e in result.errors],
        }}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=SECONDS_PER_ARTICLE * 2
    )
    assert done.returncode == 0, done.stderr[-2000:]
    measured = json.loads(done.stdout.splitlines()[-1])
    assert measured["articles"] == 1 and measured["errors"] == []
    assert measured["seconds"] < SECONDS_PER_ARTICLE, measured
    assert measured["megabytes"] < MEGABYTES_PER_ARTICLE, measured


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_limits_article_of_100k_tokens_over_the_limit_is_rejected_with_a_reason(tmp_path: Path, suffix: str) -> None:
    text = " ".join(["Ông", "Kim_Jong-un", "gặp", "Tổng_thống", "Putin", "."] * 17_000)
    assert len(text.split()) > 100_000 and len(text) > MAX_ARTICLE_CHARS
    folder = tmp_path / "in"
    folder.mkdir()
    if suffix == ".txt":
        (folder / "long.txt").write_text(text, encoding="utf-8")
    else:
        (folder / "long.jsonl").write_text(json.dumps({"id": "long", "text": text}, ensure_ascii=False), encoding="utf-8")
    (folder / "short.txt").write_text("Ông Kim_Jong-un gặp Tổng_thống Putin .", encoding="utf-8")
    started = time.perf_counter()
    result = build_outputs([folder], tmp_path / "out")
    assert time.perf_counter() - started < 30
    assert [x.article.id for x in result.extractions] == ["short"]
    [record] = [json.loads(line) for line in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert record["article_id"] == "long"
    assert f"over the limit of {MAX_ARTICLE_CHARS:,} characters" in record["reason"]
    assert record["hint"] == "split it into separate articles"
