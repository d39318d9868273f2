"""The build folder is always whole: kills at every stage, the lock, --update on a
broken folder, removed inputs, the cache as data, the lexicons in its key, linked subfolders."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest

import kg.article
import kg.build
import kg.cache
from kg.atomic import FileLock
from kg.build import COMMIT_MARKER, MANIFEST_FILE, BuildError, build_outputs, read_outputs
from kg.cache import CACHE_FILE, CacheError, code_fingerprint, stored_ids
from kg.pipeline import PipelineOptions
from helpers import ROOT, SEEDS, interruptible

UPDATE = PipelineOptions(update=True)


def write_articles(path: Path, first: int, count: int, who: str = "Vladimir_Putin") -> Path:
    """A jsonl file of ``count`` small segmented articles numbered from ``first``."""
    with path.open("w", encoding="utf-8") as out:
        for number in range(first, first + count):
            text = f"Ông {who} tiếp Ông Khách_Mời{number} tại Hà_Nội ngày 13/9 . Bà Lê_Thị_Lan{number % 7} nói vậy ."
            out.write(json.dumps({"id": f"w{number:04d}", "text": text}, ensure_ascii=False) + "\n")
    return path


def state(out: Path) -> tuple[dict[str, bytes], list[str]]:
    """What a reader finds in ``out``: the output files, and the articles its cache holds."""
    cache = out / CACHE_FILE
    return read_outputs(out), stored_ids(cache) if cache.is_file() else []


def leftovers(out: Path) -> list[str]:
    """Staging folders, markers and locks of builds, beside ``out`` or inside it."""
    beside = [p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")]
    inside = [p.name for p in out.iterdir() if p.name.startswith(".kg-")] if out.is_dir() else []
    return sorted(beside + inside)


#: Where a build is killed: (stage, what stops it, whether the folders are swapped in one step).
#: Each stop runs inside the build process, just before the named step.
KILLS = {
    "extracting": "advance",
    "resolving": "phase:resolve",
    "building the graph": "phase:graph",
    "exporting": "phase:export",
    "before the cache is saved": "cache-commit",
    "before the manifest": "manifest",
    "before the swap": "swap",
    "after the swap, before the old build is removed": "phase:clean",
    "before the renames (no swap)": "marker",
    "during the renames (no swap)": "rename",
}


def killed_build(inputs: list[Path], out: Path, where: str, swap: bool, sig: int = signal.SIGKILL) -> int:
    """Run ``kg build`` in a child process that sends itself ``sig`` at ``where``; its exit code."""
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        import kg.build, kg.cache, kg.progress
        from kg.cli import app

        where, sig = {where!r}, {int(sig)}
        kg.build.SWAP_FOLDERS = {swap!r}

        def stop():
            os.kill(os.getpid(), sig)

        def wrap(owner, name, when=lambda *a, **k: True):
            original = getattr(owner, name)
            def stopping(*args, **kwargs):
                if when(*args, **kwargs):
                    stop()
                return original(*args, **kwargs)
            setattr(owner, name, stopping)

        if where == "advance":
            wrap(kg.progress.BuildBar, "advance", lambda self, done: done == 20)
        elif where.startswith("phase:"):
            wrap(kg.progress.BuildBar, "phase", lambda self, name, total=None: name == where[6:])
        elif where == "cache-commit":
            wrap(kg.cache.ExtractionCache, "commit")
        elif where == "manifest":
            wrap(kg.build, "_write_manifest")
        elif where == "swap":
            wrap(kg.build, "exchange_paths")
        elif where == "marker":
            wrap(kg.build, "_finish_in_place")
        elif where == "rename":
            calls = []
            wrap(kg.build, "_real_parents", lambda *a: calls.append(1) or len(calls) == 4)
        sys.argv = ["kg", "build", *{[str(p) for p in inputs]!r}, "--out", {str(out)!r}]
        app()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, timeout=300, preexec_fn=interruptible
    )
    return done.returncode


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, object]:
    """Two inputs, and what a clean build of each gives."""
    root = tmp_path_factory.mktemp("whole")
    small = write_articles(root / "small.jsonl", 0, 5)
    large = write_articles(root / "large.jsonl", 100, 80, "Kim_Jong-un")
    build_outputs([small], root / "old")
    build_outputs([SEEDS, large], root / "new")
    return {"root": root, "small": small, "large": large, "old": state(root / "old"), "new": state(root / "new")}


#: Steps that exist only when the folders are swapped, or only when files are renamed one by one.
ONLY_SWAPPING, ONLY_RENAMING = {"swap", "phase:clean"}, {"marker", "rename"}


@pytest.mark.parametrize(
    ("stage", "swap"),
    [
        pytest.param(stage, swap, id=f"{stage}-{'swap' if swap else 'renames'}")
        for stage, where in KILLS.items()
        for swap in (True, False)
        if where not in (ONLY_RENAMING if swap else ONLY_SWAPPING)
    ],
)
def test_whole_folder_after_a_kill_at_every_stage(tmp_path, builds, stage, swap):
    where = KILLS[stage]
    out = tmp_path / "out"
    build_outputs([builds["small"]], out)
    assert state(out) == builds["old"]

    code = killed_build([SEEDS, builds["large"]], out, where, swap)

    assert code == -signal.SIGKILL
    after_kill = state(out)
    if where == "phase:clean":
        assert after_kill == builds["new"]
    elif where == "rename":
        # Renamed one by one: the commit marker names the finished staging folder,
        # and the next kg build (or this call) finishes the renames before anything else.
        assert (out / COMMIT_MARKER).is_file()
        kg.build._recover(out)
        assert state(out) == builds["new"]
    else:
        assert after_kill == builds["old"]
    # The next build removes what the killed one left, and succeeds.
    build_outputs([builds["small"]], out)
    assert state(out) == builds["old"]
    assert leftovers(out) == []


def test_whole_folder_after_ctrl_c_keeps_the_previous_build_and_leaves_nothing(tmp_path, builds):
    out = tmp_path / "out"
    build_outputs([builds["small"]], out)

    code = killed_build([SEEDS, builds["large"]], out, "phase:export", swap=True, sig=signal.SIGINT)

    assert code != 0
    assert state(out) == builds["old"]
    assert leftovers(out) == []


def test_whole_folder_same_input_twice_gives_the_same_bytes(tmp_path, builds):
    out = tmp_path / "out"
    build_outputs([SEEDS, builds["large"]], out)
    first = state(out)
    build_outputs([SEEDS, builds["large"]], out)
    assert state(out) == first == builds["new"]
    assert (out / MANIFEST_FILE).read_bytes() == (builds["root"] / "new" / MANIFEST_FILE).read_bytes()


def test_whole_folder_second_build_at_once_is_refused_by_the_lock(tmp_path, builds):
    out = tmp_path / "out"
    build_outputs([builds["small"]], out)
    script = textwrap.dedent(
        f"""
        import sys, time
        import kg.progress
        from kg.cli import app

        def stall(self, name, total=None):
            if name == "export":
                print("exporting", flush=True)
                time.sleep(120)

        kg.progress.BuildBar.phase = stall
        sys.argv = ["kg", "build", {str(builds["large"])!r}, "--out", {str(out)!r}]
        app()
        """
    )
    first = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert first.stdout.readline() == b"exporting\n"
        with pytest.raises(BuildError) as caught:
            build_outputs([SEEDS], out)
        assert str(caught.value) == (
            f"{out}: another kg build (process {first.pid}) is writing into this folder; "
            "wait for it to finish or choose another --out"
        )
    finally:
        first.kill()
        first.wait()
        first.stdout.close()
    assert state(out) == builds["old"]
    build_outputs([SEEDS, builds["large"]], out)  # the lock of a killed build binds nobody
    assert state(out) == builds["new"]


def test_whole_folder_lock_is_refused_in_one_process_too(tmp_path, builds):
    out = tmp_path / "out"
    with FileLock(kg.build._lock_path(out)):
        with pytest.raises(BuildError, match="another kg build .* is writing into this folder"):
            build_outputs([builds["small"]], out)
    build_outputs([builds["small"]], out)
    assert state(out) == builds["old"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda out: (out / "graph.ttl").unlink(), "(graph.ttl is missing)"),
        (lambda out: (out / "graph.html").write_text("half", encoding="utf-8"), "(graph.html is not the file the build wrote)"),
        (lambda out: (out / MANIFEST_FILE).unlink(), "(cache/build.json is missing or unreadable)"),
        (lambda out: shutil.rmtree(out / "neo4j"), "is missing)"),
    ],
    ids=["file gone", "file changed", "no manifest", "folder gone"],
)
def test_whole_folder_update_refuses_a_folder_that_is_not_a_whole_build(tmp_path, builds, damage, message):
    out = tmp_path / "out"
    build_outputs([builds["small"]], out)
    damage(out)
    before = state(out)
    with pytest.raises(BuildError) as caught:
        build_outputs([builds["large"]], out, options=UPDATE)
    assert str(caught.value).startswith(f"{out} does not hold a complete kg build ")
    assert message in str(caught.value)
    assert str(caught.value).endswith(f"rebuild it without --update: `kg build INPUT --out {out}`")
    assert state(out) == before


def test_whole_folder_update_without_a_cache_says_there_is_no_build(tmp_path, builds):
    out = tmp_path / "out"
    build_outputs([builds["small"]], out)
    (out / CACHE_FILE).unlink()
    with pytest.raises(CacheError, match="holds no build to update"):
        build_outputs([builds["large"]], out, options=UPDATE)


@pytest.mark.parametrize("change", ["file deleted", "line removed", "pruned"])
def test_whole_folder_update_removes_articles_whose_inputs_are_gone(tmp_path, change):
    keep = write_articles(tmp_path / "keep.jsonl", 0, 4)
    other = write_articles(tmp_path / "other.jsonl", 10, 3, "Kim_Jong-un")
    out = tmp_path / "out"
    build_outputs([keep, other], out)
    if change == "file deleted":
        other.unlink()
        build_outputs([keep], out, options=UPDATE)
        expected = [keep]
    elif change == "line removed":
        lines = other.read_text(encoding="utf-8").splitlines(keepends=True)
        other.write_text("".join(lines[:1]), encoding="utf-8")
        build_outputs([other], out, options=UPDATE)
        expected = [keep, other]
    else:
        build_outputs([other], out, options=PipelineOptions(update=True, prune=True))
        expected = [other]
    build_outputs(expected, tmp_path / "full")
    assert state(out) == state(tmp_path / "full")


def test_whole_folder_update_keeps_articles_of_inputs_not_given_again(tmp_path):
    first = write_articles(tmp_path / "first.jsonl", 0, 3)
    second = write_articles(tmp_path / "second.jsonl", 10, 3, "Kim_Jong-un")
    build_outputs([first], tmp_path / "out")
    build_outputs([second], tmp_path / "out", options=UPDATE)
    build_outputs([first, second], tmp_path / "full")
    assert state(tmp_path / "out") == state(tmp_path / "full")


def test_whole_folder_cache_holds_data_never_pickles(tmp_path):
    corpus = write_articles(tmp_path / "corpus.jsonl", 0, 2)
    out = tmp_path / "out"
    build_outputs([corpus], out)
    db = sqlite3.connect(out / CACHE_FILE)
    [(article_id, data)] = db.execute("SELECT article_id, data FROM extractions WHERE article_id = 'w0000'").fetchall()
    assert json.loads(zlib.decompress(data))[0][0][0] == article_id  # plain JSON: the article's id first

    class Payload:
        def __reduce__(self):
            return (Path.write_text, (tmp_path / "ran", "code ran"))

    db.execute("UPDATE extractions SET data = ? WHERE article_id = 'w0000'", (zlib.compress(pickle.dumps(Payload())),))
    db.commit()
    db.close()
    with pytest.raises(CacheError, match="a stored extraction does not read .*; rebuild without --update"):
        build_outputs([corpus], out, options=UPDATE)
    assert not (tmp_path / "ran").exists()


@pytest.fixture
def lexicons(tmp_path, monkeypatch):
    """A copy of ``ontology/`` that the cache's fingerprint reads."""
    copy = tmp_path / "ontology"
    shutil.copytree(kg.cache.ONTOLOGY_DIR, copy)
    monkeypatch.setattr(kg.cache, "ONTOLOGY_DIR", copy)
    code_fingerprint.cache_clear()
    yield copy
    code_fingerprint.cache_clear()


def test_whole_folder_lexicon_edit_invalidates_the_cache(tmp_path, lexicons, monkeypatch):
    corpus = write_articles(tmp_path / "corpus.jsonl", 0, 3)
    build_outputs([corpus], tmp_path / "out")
    extracted: list[str] = []
    original = kg.article.extract_article
    monkeypatch.setattr(kg.article, "extract_article", lambda a, learned=True: extracted.append(a.id) or original(a, learned))

    build_outputs([corpus], tmp_path / "out", options=UPDATE)
    assert extracted == []
    with (lexicons / "aliases.tsv").open("a", encoding="utf-8") as aliases:
        aliases.write("# a comment added to a lexicon\n")
    code_fingerprint.cache_clear()
    build_outputs([corpus], tmp_path / "out", options=UPDATE)
    assert extracted == ["w0000", "w0001", "w0002"]


@pytest.mark.parametrize("swap", [True, False], ids=["swap", "renames"])
@pytest.mark.parametrize("previous", [False, True], ids=["first build", "over a build"])
def test_whole_folder_linked_neo4j_folder_never_loses_files_outside(tmp_path, monkeypatch, builds, swap, previous):
    monkeypatch.setattr(kg.build, "SWAP_FOLDERS", swap)
    elsewhere = tmp_path / "neo4j-import"
    elsewhere.mkdir()
    (elsewhere / "keep.csv").write_text("theirs", encoding="utf-8")
    (elsewhere / "nodes.Person.csv").write_text("theirs too", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in elsewhere.iterdir()}
    out = tmp_path / "out"
    if previous:
        build_outputs([builds["small"]], out)
        shutil.rmtree(out / "neo4j")
    out.mkdir(exist_ok=True)
    (out / "neo4j").symlink_to(elsewhere, target_is_directory=True)

    build_outputs([SEEDS, builds["large"]], out)

    assert {p.name: p.read_bytes() for p in elsewhere.iterdir()} == before
    assert not (out / "neo4j").is_symlink()
    assert state(out) == builds["new"]


@pytest.mark.parametrize("swap", [True, False], ids=["swap", "renames"])
def test_whole_folder_keeps_files_that_are_no_builds(tmp_path, monkeypatch, builds, swap):
    monkeypatch.setattr(kg.build, "SWAP_FOLDERS", swap)
    out = tmp_path / "out"
    build_outputs([builds["small"]], out)
    (out / "notes.md").write_text("mine", encoding="utf-8")
    (out / "neo4j" / "import.sh").write_text("mine too", encoding="utf-8")
    (out / "drafts").mkdir()
    (out / "drafts" / "a.txt").write_text("draft", encoding="utf-8")

    build_outputs([SEEDS, builds["large"]], out)

    outputs = read_outputs(out)
    mine = {"notes.md": b"mine", "neo4j/import.sh": b"mine too", "drafts/a.txt": b"draft"}
    assert {name: outputs.pop(name) for name in mine} == mine
    assert outputs == builds["new"][0]


def test_whole_folder_removes_the_staging_folders_of_killed_builds_only(tmp_path, builds):
    out = tmp_path / "out"
    build_outputs([builds["small"]], out)
    killed = tmp_path / ".out.kg-build-999999999-abc"
    killed.mkdir()
    (killed / "graph.ttl").write_text("half", encoding="utf-8")
    running = tmp_path / f".out.kg-build-{os.getppid()}-abc"
    running.mkdir()
    inside = out / ".kg-build-999999999-abc"
    inside.mkdir()

    build_outputs([builds["small"]], out)

    assert not killed.exists() and not inside.exists()
    assert running.exists()
    shutil.rmtree(running)
    assert state(out) == builds["old"]


def test_whole_folder_new_build_folder_gets_the_usual_permissions(tmp_path, builds):
    old = os.umask(0o022)
    try:
        build_outputs([builds["small"]], tmp_path / "fresh")
    finally:
        os.umask(old)
    assert (tmp_path / "fresh").stat().st_mode & 0o777 == 0o755


def test_whole_folder_rebuild_keeps_the_permissions_of_the_folder(tmp_path, builds):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o750)
    build_outputs([builds["small"]], out)
    build_outputs([builds["small"]], out)
    assert out.stat().st_mode & 0o777 == 0o750
