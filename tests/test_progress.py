"""The progress bar of ``kg build``: phases and counts on a terminal, nothing elsewhere."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kg.build import build_outputs
from kg.progress import BuildBar, count_articles
from helpers import SEEDS


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def corpus(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            out.write(json.dumps({"id": f"p{number}", "text": f"Ông Lê_Văn_Tám{number} đến Hà_Nội ."}, ensure_ascii=False) + "\n")
    return path


def test_progress_bar_on_a_terminal_shows_phases_and_the_total(tmp_path, monkeypatch):
    monkeypatch.setenv("TERM", "xterm")
    source = corpus(tmp_path / "c.jsonl", 7)
    screen = Terminal()
    with BuildBar([SEEDS, source], stream=screen) as bar:
        build_outputs([SEEDS, source], tmp_path / "out", progress=bar)
    shown = screen.getvalue()
    for label in ("reading and extracting", "resolving names", "building the graph", "writing the exports", "putting the build in place"):
        assert label in shown
    assert "12/12" in shown  # 5 seed files and 7 lines


@pytest.mark.parametrize("stream", [io.StringIO(), None], ids=["a pipe", "standard error under pytest"])
def test_progress_bar_is_silent_when_not_a_terminal(tmp_path, capsys, stream):
    with BuildBar([SEEDS], stream=stream) as bar:
        build_outputs([SEEDS], tmp_path / "out", progress=bar)
    assert not bar.enabled
    assert (stream.getvalue() if stream else capsys.readouterr().err) == ""


def test_progress_counts_articles_without_parsing(tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "folder" / "b.jsonl").write_bytes(b"{}\n{}\n{}")
    assert count_articles([tmp_path / "folder", corpus(tmp_path / "c.jsonl", 4)]) == 1 + 3 + 4
    assert count_articles([tmp_path / "missing.jsonl"]) is None
