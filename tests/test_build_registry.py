"""A build keeps the entity ids of the previous build in the same folder."""

from __future__ import annotations

import json
from pathlib import Path

from kg.build import REGISTRY_FILE, BuildError, build_outputs

import pytest

ARTICLE = "Tổng_thống Nga Vladimir_Putin tiếp lãnh_đạo Triều_Tiên Kim_Jong-un tại Moskva hôm 13/9 ."


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_build_registry_is_written_and_read_back(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    _write(inputs, "a.txt", ARTICLE)
    out = tmp_path / "out"
    result = build_outputs([inputs], out)
    records = [json.loads(line) for line in (out / REGISTRY_FILE).read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in records} == {e.id for e in result.resolution.entities}
    renamed = [
        {**r, "id": "person/putin-from-an-earlier-build"} if r["id"] == "person/vladimir-putin" else r for r in records
    ]
    (out / REGISTRY_FILE).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in renamed), encoding="utf-8")
    _write(inputs, "b.txt", "Ông Putin đã trở_về Moskva .")
    again = build_outputs([inputs], out)
    ids = {e.id for e in again.resolution.entities}
    assert "person/putin-from-an-earlier-build" in ids
    assert "person/vladimir-putin" not in ids


def test_build_registry_that_is_broken_is_a_clear_error(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    _write(inputs, "a.txt", ARTICLE)
    out = tmp_path / "out"
    _write(out, REGISTRY_FILE, "not json\n")
    with pytest.raises(BuildError, match=r"entities.jsonl:1"):
        build_outputs([inputs], out)
