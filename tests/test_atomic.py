"""Atomic outputs: a failed or killed build leaves the previous outputs intact and readable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.atomic import atomic_write_bytes, atomic_write_chunks, atomic_write_lines, atomic_write_text
from kg.build import STAGING_PREFIX, BuildError, build_outputs
from helpers import ROOT, SEEDS, files_under



def graph_outputs(folder: Path) -> dict[str, bytes]:
    """The output files a user reads; the extraction cache has its own commit."""
    return {name: data for name, data in files_under(folder).items() if not name.startswith("cache")}


@pytest.mark.parametrize(
    ("write", "expected"),
    [
        (lambda p: atomic_write_bytes(p, b"\x00\x01"), b"\x00\x01"),
        (lambda p: atomic_write_text(p, "Hà Nội"), "Hà Nội".encode()),
        (lambda p: atomic_write_lines(p, ["một", "hai"]), "một\nhai\n".encode()),
        (lambda p: atomic_write_lines(p, []), b""),
        (lambda p: atomic_write_chunks(p, iter([b"a", b"b"])), b"ab"),
    ],
)
def test_atomic_writes_replace_the_file_and_leave_no_temporary(tmp_path: Path, write, expected: bytes) -> None:
    target = tmp_path / "sub" / "out.txt"
    target.parent.mkdir()
    target.write_bytes(b"old")
    assert write(target) == target
    assert target.read_bytes() == expected
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]


def test_atomic_write_keeps_the_mode_of_the_replaced_file_and_uses_umask_for_new_ones(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    atomic_write_bytes(kept, b"new")
    assert kept.stat().st_mode & 0o777 == 0o640
    previous = os.umask(0o027)
    try:
        atomic_write_bytes(tmp_path / "new", b"new")
    finally:
        os.umask(previous)
    assert (tmp_path / "new").stat().st_mode & 0o777 == 0o640


def test_atomic_write_failing_midway_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def chunks():
        yield b"partial"
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        atomic_write_chunks(target, chunks())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_write_killed_at_any_moment_leaves_a_whole_file(tmp_path: Path) -> None:
    """A writer loops over two large contents; whenever it is killed, the file is one of them, whole."""
    target = tmp_path / "out.bin"
    size = 4 * 1024 * 1024
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from kg.atomic import atomic_write_chunks
        target = Path({str(target)!r})
        n = 0
        while True:
            letter = b"AB"[n % 2:n % 2 + 1]
            atomic_write_chunks(target, (letter * 65536 for _ in range({size} // 65536)))
            n += 1
            print(n, flush=True)
        """
    )
    for delay in (0.05, 0.13, 0.31):
        writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, cwd=ROOT)
        writer.stdout.readline()  # one whole write done
        time.sleep(delay)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        data = target.read_bytes()
        assert len(data) == size
        assert data in (b"A" * size, b"B" * size)


def test_build_failing_in_an_exporter_leaves_previous_outputs_and_no_litter(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    build_outputs([SEEDS], out)
    before = files_under(out)
    import kg.build

    exporters = kg.build.available_exporters()

    def failing(graph, out_dir: Path, base: str) -> list[Path]:
        (out_dir / "graph.ttl").write_bytes(b"half a graph")
        raise OSError(28, "No space left on device", str(out_dir / "graph.ttl"))

    monkeypatch.setattr(kg.build, "available_exporters", lambda: {**exporters, "failing": failing})
    with pytest.raises(BuildError) as caught:
        build_outputs([SEEDS, tmp_path / "missing"], out)
    assert str(caught.value) == (
        f"{out / 'graph.ttl'}: cannot write the output file (No space left on device); "
        "free some space or choose another folder with --out"
    )
    assert files_under(out) == before


def synthetic_corpus(path: Path, articles: int) -> Path:
    """A JSONL file of ``articles`` articles made of the seed texts, with distinct ids."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for number in range(articles):
            text = texts[number % len(texts)] + f" Bài số {number} ."
            out.write(json.dumps({"id": f"a{number:05d}", "text": text}, ensure_ascii=False) + "\n")
    return path


def start_build(corpus: Path, out: Path, moment: str) -> subprocess.Popen:
    """Start ``kg build`` and return once it has reached ``moment``."""
    if moment == "while extracting":
        build = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.5)
        return build
    # The real exporters run into the staging folder, then one that stalls.
    script = textwrap.dedent(
        f"""
        import sys, time
        import kg.build
        from kg.cli import app

        exporters = kg.build.available_exporters()

        def stall(graph, out_dir, base):
            (out_dir / "graph.ttl").write_bytes(b"half a graph")
            print("exporting", flush=True)
            time.sleep(120)
            return []

        kg.build.available_exporters = lambda: {{**exporters, "stall": stall}}
        sys.argv = ["kg", "build", {str(SEEDS)!r}, "--out", {str(out)!r}]
        app()
        """
    )
    build = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert build.stdout.readline() == b"exporting\n"
    return build


@pytest.mark.parametrize("moment", ["while extracting", "while exporting"])
def test_build_killed_mid_build_leaves_previous_outputs_intact(tmp_path: Path, moment: str) -> None:
    out = tmp_path / "out"
    build_outputs([SEEDS], out)
    before = graph_outputs(out)
    assert "graph.ttl" in before and "errors.jsonl" in before
    corpus = synthetic_corpus(tmp_path / "big.jsonl", 2000)
    build = start_build(corpus, out, moment)
    try:
        assert build.poll() is None, "the build finished before it could be killed: make the input larger"
        build.send_signal(signal.SIGKILL)
    finally:
        build.kill()
        build.wait()
        if build.stdout:
            build.stdout.close()
    left = graph_outputs(out)
    assert {name: data for name, data in left.items() if not name.startswith(STAGING_PREFIX)} == before
    if moment == "while exporting":
        assert any(name.startswith(STAGING_PREFIX) for name in left), "the kill should have left a staging folder"
    # The next build cleans up after the killed one and succeeds.
    build_outputs([SEEDS], out)
    assert graph_outputs(out) == before
    assert not list(out.glob(f"{STAGING_PREFIX}*"))


def test_build_drops_exported_files_a_previous_build_wrote_and_this_one_did_not(tmp_path: Path, monkeypatch) -> None:
    import kg.build

    def exporter_writing(names: list[str]):
        def export(graph, out_dir: Path, base: str) -> list[Path]:
            return [atomic_write_text(out_dir / "tables" / name, name) for name in names]

        return lambda: {"tables": export}

    out = tmp_path / "out"
    (out / "tables").mkdir(parents=True)
    (out / "tables" / "notes.md").write_text("mine", encoding="utf-8")
    monkeypatch.setattr(kg.build, "available_exporters", exporter_writing(["a.csv", "b.csv"]))
    build_outputs([SEEDS], out)
    monkeypatch.setattr(kg.build, "available_exporters", exporter_writing(["a.csv"]))
    build_outputs([SEEDS], out)
    assert sorted(p.name for p in (out / "tables").iterdir()) == ["a.csv", "notes.md"]
