"""Atomic outputs: a failed or killed build leaves the previous outputs intact and readable."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.atomic import atomic_write_bytes, atomic_write_chunks, atomic_write_lines, atomic_write_text
from kg.build import BuildError, build_outputs
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
