"""``kg build``: run the pipeline and write every output file.

The build folder is always whole: a reader of ``OUT``, and the next build,
find either the previous build or the new one, never a mix, whenever the
build fails or is killed. The new build is made in a staging folder beside
``OUT`` (``.OUT.kg-build-PID-…``): outputs, extraction cache and a manifest
of the files (``cache/build.json``). Files in ``OUT`` that are not a
build's are linked into it, and the two folders are then swapped in one
atomic step (``kg.atomic.exchange_paths``); the old build is removed after.

Where the folders cannot be swapped (``OUT`` is a mount point, its parent
is not writable, or the file system cannot exchange two names), the staging
folder is made inside ``OUT`` and its files are renamed into place one by
one under a commit marker (``OUT/.kg-commit``): a build killed during the
renames is finished by the next ``kg build`` before anything else.

One build at a time writes into a folder: a lock (``flock``) on
``.OUT.kg-lock`` beside it (or ``OUT/.kg-lock``) refuses a second one.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from kg.atomic import FileLock, FolderBusy, atomic_write_text, current_umask, exchange_paths, fsync_folder
from kg.cache import CACHE_FILE, CacheError, ExtractionCache
from kg.export import available_exporters
from kg.export.records import ERRORS_FILE, REGISTRY_FILE
from kg.model import ReadError
from kg.parallel import export_all
from kg.pipeline import DEFAULT_BASE, BuildResult, PipelineOptions, Progress, run_pipeline
from kg.reader import looks_vietnamese
from kg.resolve.registry import RegistryError, load_registry
from kg.stream import StoredExtractions

#: Name prefix of a staging folder made inside the build folder, followed by the building process's id.
STAGING_PREFIX = ".kg-build-"

#: The list of the files of a build, with their sizes, written last.
MANIFEST_FILE = Path("cache") / "build.json"

#: Present while the files of a staging folder inside ``OUT`` are renamed into place; names that folder.
COMMIT_MARKER = ".kg-commit"

#: The lock file inside ``OUT``, where none can be made beside it.
LOCK_NAME = ".kg-lock"

#: Swap the staging folder and ``OUT`` in one step where the system allows (the tests turn it off
#: to check the renames one by one).
SWAP_FOLDERS = True

#: Rejected inputs listed one by one in the summary; the rest are counted.
SUMMARY_ERRORS_SHOWN = 20

_NOT_SWAPPABLE = {errno.EINVAL, errno.ENOSYS, errno.EXDEV, errno.ENOTSUP, errno.EPERM, errno.EBUSY}


class BuildError(Exception):
    """A build that cannot start or finish, with what to do about it.

    ``errors`` holds the rejected inputs when they are the reason (``--strict``,
    or no article readable at all).
    """

    def __init__(self, message: str, errors: Sequence[ReadError] = ()) -> None:
        super().__init__(message)
        self.errors = tuple(errors)


def build_outputs(
    inputs: Sequence[str | Path],
    out: Path,
    *,
    base: str = DEFAULT_BASE,
    strict: bool = False,
    progress: Progress | None = None,
    options: PipelineOptions = PipelineOptions(),
) -> BuildResult:
    """Build the graph of ``inputs`` and write all exports into ``out``.

    Bad inputs are listed in ``out/errors.jsonl`` and the rest is built.
    Raises ``BuildError``, with nothing written, when ``out`` is not a
    writable folder, when another build is writing into it, when no article
    could be read, with ``strict`` when any input was rejected, or with
    ``options.update`` when ``out`` does not hold a complete build.
    ``options`` choose the workers or Dask scheduler, and ``update`` of the
    build in ``out``. ``progress`` hears of each phase.
    """
    out = Path(out)
    _check_writable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(_lock_path(out)):
            return _build_locked(inputs, out, base, strict, progress, options)
    except FolderBusy as busy:
        holder = f" (process {busy.holder})" if busy.holder else ""
        raise BuildError(
            f"{out}: another kg build{holder} is writing into this folder; wait for it to finish or choose another --out"
        ) from None


def _build_locked(
    inputs: Sequence[str | Path], out: Path, base: str, strict: bool, progress: Progress | None, options: PipelineOptions
) -> BuildResult:
    folder = out.resolve() if out.exists() else out
    _recover(folder)
    previous = _complete_build(folder, out) if options.update else None
    try:
        registry = load_registry(folder / REGISTRY_FILE)
    except RegistryError as error:
        raise BuildError(str(error)) from error
    staging = _make_staging(folder, out)
    cache: ExtractionCache | None = None
    try:
        cache = ExtractionCache(staging, previous=previous, learned=options.learned)
        if progress:
            progress.phase("extract", None)
        result = run_pipeline(
            inputs,
            progress=progress,
            options=replace(options, registry=registry, keep_tokens=False, exclude=(out, staging)),
            cache=cache,
        )
        if not result.extractions:
            raise BuildError(
                f"no article could be read from {_names(inputs)}; nothing written to {out}", result.errors
            )
        if strict and result.errors:
            raise BuildError(
                f"{len(result.errors)} input(s) rejected; nothing written to {out} (--strict)", result.errors
            )
        if progress:
            progress.phase("export")
        written = _export(result, staging, out, base, options.workers)
        cache.commit()
        written.append(CACHE_FILE)
        _write_manifest(staging, written)
        if progress:
            progress.phase("commit")
        _switch(staging, folder, progress)
    except BaseException:
        if cache is not None:
            cache.discard()
        if not (folder / COMMIT_MARKER).is_file():  # else the next build finishes the renames
            shutil.rmtree(staging, ignore_errors=True)
        raise
    if progress:
        progress.phase("done")
    return replace(result, files=tuple(out / relative for relative in written))


def read_outputs(out: Path) -> dict[str, bytes]:
    """Every output file of the build folder ``out`` by relative path, with its bytes.

    kg's own records are left out: the extraction cache and the manifest (for
    ``--update``; the cache's bytes depend on when rows were written), and the
    staging folder, commit marker and lock of a build under way or killed.
    """
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and not _own_record(p.relative_to(out).parts[0])
    }


def _own_record(top: str) -> bool:
    """Whether a top-level entry of a build folder is kg's bookkeeping rather than an output."""
    return top in (CACHE_FILE.parts[0], COMMIT_MARKER, LOCK_NAME) or top.startswith(STAGING_PREFIX)


def build_files(out: Path) -> dict[str, int]:
    """The files of the complete build in ``out`` by relative path, with their sizes;
    ``{}`` when ``out`` holds none (no manifest)."""
    try:
        manifest = json.loads((out / MANIFEST_FILE).read_text(encoding="utf-8"))
        return {str(name): int(size) for name, size in manifest["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _names(inputs: Sequence[str | Path]) -> str:
    names = [str(p) for p in inputs]
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


def _check_writable(out: Path) -> None:
    """Fail early, writing nothing, unless ``out`` is (or can be made) a writable folder."""
    existing = out
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        problem = "is not a folder" if existing == out else f"cannot be created: {existing} is not a folder"
        raise BuildError(f"{out}: the output folder {problem}; choose another with --out")
    try:
        handle, probe = tempfile.mkstemp(prefix=".kg-write-test-", dir=existing)
    except OSError as error:
        where = "" if existing == out else f" (its parent {existing} is not writable)"
        raise BuildError(
            f"{out}: cannot write to the output folder{where}: {error.strerror}; "
            "fix its permissions or choose another with --out"
        ) from error
    os.close(handle)
    os.unlink(probe)


def _beside(folder: Path) -> bool:
    """Whether the staging folder and the lock can go beside ``folder`` (and the two be swapped)."""
    parent = folder.parent
    return os.access(parent, os.W_OK | os.X_OK) and not (folder.exists() and os.path.ismount(folder))


def _lock_path(out: Path) -> Path:
    folder = out.resolve() if out.exists() else out
    return folder.parent / f".{folder.name}.kg-lock" if _beside(folder) else folder / LOCK_NAME


def _sibling_prefix(folder: Path) -> str:
    return f".{folder.name}.kg-build-"


def _make_staging(folder: Path, out: Path) -> Path:
    try:
        if SWAP_FOLDERS and _beside(folder):
            return Path(tempfile.mkdtemp(prefix=f"{_sibling_prefix(folder)}{os.getpid()}-", dir=folder.parent))
        folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=folder))
    except OSError as error:
        raise BuildError(f"{out}: cannot write to the output folder: {error.strerror}; choose another with --out") from error


def _export(result: BuildResult, staging: Path, out: Path, base: str, workers: int) -> list[Path]:
    """Run every exporter into ``staging``; the relative paths of the files written.

    With ``workers`` > 1 the exporters run side by side (``kg.parallel.export_all``).
    """
    try:
        export_all(result, staging, base, available_exporters(), workers)
        return [path for path in _files_under(staging) if path != CACHE_FILE]
    except OSError as error:
        written_to = _inside(error.filename, staging, out)
        if written_to is None:
            raise  # Not an output file: a fault of kg itself, reported as such.
        remedy = "free some space" if error.errno in (errno.ENOSPC, errno.EDQUOT) else "fix its permissions"
        raise BuildError(
            f"{written_to}: cannot write the output file ({error.strerror}); {remedy} or choose another folder with --out"
        ) from error


def _inside(filename: object, staging: Path, out: Path) -> Path | None:
    """The output path ``filename`` stands for, when it is under ``staging`` or ``out``."""
    if not isinstance(filename, (str, os.PathLike)):
        return None
    path = Path(filename)
    for folder in (staging, out):
        if path.is_relative_to(folder):
            return out / path.relative_to(folder)
    return None


def _write_manifest(staging: Path, written: list[Path]) -> None:
    files = {path.as_posix(): (staging / path).stat().st_size for path in sorted(written)}
    atomic_write_text(staging / MANIFEST_FILE, json.dumps({"format": 1, "files": files}, indent=1, sort_keys=True) + "\n")


def _complete_build(folder: Path, out: Path) -> Path:
    """The cache file of the complete build in ``folder``, for ``--update``; refuses any other folder."""
    cache = folder / CACHE_FILE
    if not cache.is_file():
        raise CacheError(
            f"{cache}: no extraction cache, so {out} holds no build to update; run `kg build INPUT --out {out}` first"
        )
    files = build_files(folder)
    problem = None if files else f"{MANIFEST_FILE} is missing or unreadable"
    for name, size in files.items():
        path = folder / name
        if not path.is_file():
            problem = f"{name} is missing"
        elif path.stat().st_size != size:
            problem = f"{name} is not the file the build wrote"
        if problem:
            break
    if problem:
        raise BuildError(
            f"{out} does not hold a complete kg build ({problem}); "
            f"rebuild it without --update: `kg build INPUT --out {out}`"
        )
    return cache


# --- putting the new build in place ------------------------------------------------


def _switch(staging: Path, folder: Path, progress: Progress | None = None) -> None:
    """Make the finished build in ``staging`` the build in ``folder``."""
    if staging.parent == folder:
        _commit_in_place(staging, folder)
        return
    if not folder.exists():
        os.chmod(staging, 0o777 & ~current_umask())  # as mkdir would have made it, not mkdtemp's 0700
        os.rename(staging, folder)
        fsync_folder(folder.parent)
        return
    _carry_foreign(folder, staging)
    os.chmod(staging, folder.stat().st_mode & 0o7777)
    try:
        exchange_paths(staging, folder)
    except OSError as error:
        if error.errno not in _NOT_SWAPPABLE:
            raise
        _commit_in_place(staging, folder)
        return
    fsync_folder(folder.parent)
    if progress:
        progress.phase("clean")
    shutil.rmtree(staging, ignore_errors=True)  # the previous build, now


def _carry_foreign(folder: Path, staging: Path) -> None:
    """Link into ``staging`` every file of ``folder`` that is no build's, so the swap keeps it."""
    new_files = {p.as_posix() for p in _files_under(staging)}
    new_entries = new_files | {parent.as_posix() for p in _files_under(staging) for parent in p.parents}
    old_files = set(build_files(folder)) or None
    for relative in _entries(folder):
        name = relative.as_posix()
        if name in new_entries or _is_old_output(name, old_files, new_files):
            continue
        target = staging / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(folder / relative, target, follow_symlinks=False)
        except OSError:
            if (folder / relative).is_symlink():
                os.symlink(os.readlink(folder / relative), target)
            else:
                shutil.copy2(folder / relative, target)


def _entries(folder: Path, relative: Path = Path()) -> Iterator[Path]:
    """Files and links under ``folder`` (relative paths), never following a link,
    leaving out kg's own records (``cache/``, staging folders, marker and lock)."""
    for entry in sorted(os.scandir(folder / relative), key=lambda e: e.name):
        path = relative / entry.name
        if relative == Path() and _own_record(entry.name):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _entries(folder, path)
        else:
            yield path


def _is_old_output(name: str, old_files: set[str] | None, new_files: set[str]) -> bool:
    """Whether ``name`` was written by the previous build: listed in its manifest, or
    (a folder from before manifests) in a subfolder the new build fills, of a kind it writes there."""
    if old_files is not None:
        return name in old_files
    path = Path(name)
    if path.parent == Path():
        return False
    return any(Path(new).parent == path.parent and Path(new).suffix == path.suffix for new in new_files)


def _commit_in_place(staging: Path, folder: Path) -> None:
    """Rename the files of ``staging`` into ``folder`` one by one, under a commit marker."""
    atomic_write_text(folder / COMMIT_MARKER, str(staging) + "\n")
    _finish_in_place(staging, folder)


def _finish_in_place(staging: Path, folder: Path) -> None:
    """Rename what is left in ``staging`` into ``folder``, remove the previous build's files that the
    new one does not have, the manifest last; then the marker. Safe to run again after a kill."""
    manifest = staging / MANIFEST_FILE
    if manifest.is_file():
        old_files = set(build_files(folder))
        new_files = set(json.loads(manifest.read_text(encoding="utf-8"))["files"])
        for relative in _files_under(staging):
            if relative != MANIFEST_FILE:
                _real_parents(folder, relative)
                os.replace(staging / relative, folder / relative)
        stale = old_files - new_files if old_files else _stale_without_manifest(folder, new_files)
        for name in sorted(stale):
            if _within(folder, Path(name)):
                (folder / name).unlink(missing_ok=True)
        _real_parents(folder, MANIFEST_FILE)
        os.replace(manifest, folder / MANIFEST_FILE)
        for subfolder in sorted({(folder / name).parent for name in new_files}):
            fsync_folder(subfolder)
    (folder / COMMIT_MARKER).unlink(missing_ok=True)
    fsync_folder(folder)
    shutil.rmtree(staging, ignore_errors=True)


def _stale_without_manifest(folder: Path, new_files: set[str]) -> set[str]:
    return {name.as_posix() for name in _entries(folder) if _is_old_output(name.as_posix(), None, new_files)} - new_files


def _real_parents(folder: Path, relative: Path) -> None:
    """Make every folder between ``folder`` and ``relative`` a real folder: a link there
    (``OUT/neo4j`` pointing elsewhere) is replaced, so nothing is written or removed through it."""
    current = folder
    for part in relative.parts[:-1]:
        current = current / part
        if current.is_symlink() or (current.exists() and not current.is_dir()):
            current.unlink()
        current.mkdir(exist_ok=True)


def _within(folder: Path, relative: Path) -> bool:
    """Whether ``folder/relative`` is reached through real folders only (no link on the way)."""
    current = folder
    for part in relative.parts[:-1]:
        current = current / part
        if current.is_symlink() or not current.is_dir():
            return False
    return True


def _recover(folder: Path) -> None:
    """Finish a commit in place that was killed; remove staging folders of killed builds."""
    marker = folder / COMMIT_MARKER
    if marker.is_file():
        staging = Path(marker.read_text(encoding="utf-8").strip())
        if staging.is_dir() and staging.parent in (folder, folder.parent):
            _finish_in_place(staging, folder)
        else:
            marker.unlink()
    candidates = list(folder.parent.glob(f"{_sibling_prefix(folder)}*"))
    if folder.is_dir():
        candidates += folder.glob(f"{STAGING_PREFIX}*")
    for stale in candidates:
        prefix = STAGING_PREFIX if stale.parent == folder else _sibling_prefix(folder)
        pid = stale.name.removeprefix(prefix).split("-", 1)[0]
        if stale.is_dir() and not stale.is_symlink() and not (pid.isdigit() and _running(int(pid))):
            shutil.rmtree(stale, ignore_errors=True)


def _files_under(folder: Path) -> list[Path]:
    """Paths of the files under ``folder``, relative to it, sorted."""
    return sorted(path.relative_to(folder) for path in folder.rglob("*") if path.is_file())


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def not_vietnamese(result: BuildResult) -> list[str]:
    """Ids of built articles whose text does not read as Vietnamese."""
    stored = result.extractions
    if isinstance(stored, StoredExtractions):
        # noted in the cache as each article was extracted: an update reads no stored text again
        return [article_id for article_id in stored.ids if not stored.vietnamese(article_id)]
    return [x.article.id for x in stored if not looks_vietnamese(x.article.text)]


def format_summary(result: BuildResult) -> str:
    """A short human-readable summary of a build: what was built, what was rejected, what was written."""
    summary = result.summary()
    errors_file = next((p for p in result.files if p.name == ERRORS_FILE), None)
    rejected = f"{summary['errors']} rejected"
    if summary["errors"] and errors_file is not None:
        rejected += f" (listed in {errors_file})"
    lines = [f"articles: {summary['articles']} built, {rejected}"]
    for heading in ("entities", "events", "statements"):
        counts = summary[heading]
        total = sum(counts.values())
        detail = ", ".join(f"{name} {count}" for name, count in counts.items())
        lines.append(f"{heading}: {total}" + (f" ({detail})" if detail else ""))
    for error in result.errors[:SUMMARY_ERRORS_SHOWN]:
        lines.append(f"rejected: {error.message()}")
    if len(result.errors) > SUMMARY_ERRORS_SHOWN:
        lines.append(f"rejected: … and {len(result.errors) - SUMMARY_ERRORS_SHOWN} more")
    foreign = not_vietnamese(result)
    if foreign:
        shown = ", ".join(foreign[:SUMMARY_ERRORS_SHOWN]) + (" …" if len(foreign) > SUMMARY_ERRORS_SHOWN else "")
        lines.append(f"note: {len(foreign)} article(s) do not read as Vietnamese, built with few names found: {shown}")
    if result.files:
        lines.append(f"wrote {len(result.files)} files: " + ", ".join(_grouped_files(result.files)))
    return "\n".join(lines) + "\n"


def _grouped_files(files: Sequence[Path]) -> list[str]:
    """File names, with the files of a subfolder (``neo4j/``) counted as one entry."""
    top = min((p.parent for p in files), key=lambda p: len(p.parts))
    entries: dict[str, int] = {}
    for path in files:
        relative = path.relative_to(top)
        key = str(top / relative) if len(relative.parts) == 1 else f"{top / relative.parts[0]}/"
        entries[key] = entries.get(key, 0) + 1
    return [name if not name.endswith("/") else f"{name} ({count} files)" for name, count in sorted(entries.items())]
