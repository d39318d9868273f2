"""A fault in one article is reported and the rest of the batch is built."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.article
from kg.build import build_outputs
from kg.model import Extraction
from kg.pipeline import PipelineOptions, run_pipeline

TEXT = "Tổng_thống Nga Vladimir_Putin tiếp lãnh_đạo Triều_Tiên Kim_Jong-un tại Moskva ."


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("good", "broken"):
        (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    return folder


@pytest.fixture
def failing_on_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    real = kg.article.extract

    def extract(analysed, *args) -> Extraction:
        if analysed.id == "broken":
            raise RuntimeError("boom")
        return real(analysed, *args)

    monkeypatch.setattr(kg.article, "extract", extract)


@pytest.mark.parametrize("workers", [1, 2])
def test_pipeline_fault_in_one_article_is_an_error_not_a_crash(inputs: Path, failing_on_broken, workers: int) -> None:
    result = run_pipeline([inputs], options=PipelineOptions(workers=workers))
    assert [x.article.id for x in result.extractions] == ["good"]
    (error,) = result.errors
    assert error.article_id == "broken"
    assert error.source.endswith("broken.txt")
    assert "RuntimeError: boom" in error.reason


def test_pipeline_fault_is_listed_in_errors_jsonl(inputs: Path, failing_on_broken, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_outputs([inputs], out)
    assert "broken" in (out / "errors.jsonl").read_text(encoding="utf-8")
