"""``kg build``: run the pipeline and write every output file.

Outputs are written all-or-nothing as far as a file system allows: the
exporters write into a hidden staging folder inside ``out``, and only when
every file is complete are they renamed, one by one, over the previous ones.
A build that fails or is killed before that leaves the previous outputs as
they were (a killed build's staging folder is removed by the next build).
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from kg.atomic import atomic_replace, fsync_folder
from kg.cache import CACHE_FILE, ExtractionCache
from kg.export import available_exporters
from kg.export.records import ERRORS_FILE, REGISTRY_FILE
from kg.model import ReadError
from kg.parallel import export_all
from kg.pipeline import DEFAULT_BASE, BuildResult, PipelineOptions, run_pipeline
from kg.reader import looks_vietnamese
from kg.resolve.registry import RegistryError, load_registry

#: Name prefix of the staging folders, followed by the building process's id.
STAGING_PREFIX = ".kg-build-"

#: Rejected inputs listed one by one in the summary; the rest are counted.
SUMMARY_ERRORS_SHOWN = 20


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
    progress: Callable[[int], None] | None = None,
    options: PipelineOptions = PipelineOptions(),
) -> BuildResult:
    """Build the graph of ``inputs`` and write all exports into ``out``.

    Bad inputs are listed in ``out/errors.jsonl`` and the rest is built.
    Raises ``BuildError``, with nothing written, when ``out`` is not a
    writable folder, when no article could be read, or with ``strict`` when
    any input was rejected. ``options`` choose the workers or Dask scheduler,
    and ``update`` of the build in ``out``.
    """
    out = Path(out)
    _check_writable(out)
    try:
        registry = load_registry(out / REGISTRY_FILE)
    except RegistryError as error:
        raise BuildError(str(error)) from error
    cache = ExtractionCache(out, update=options.update)
    try:
        result = run_pipeline(inputs, progress=progress, options=replace(options, registry=registry, exclude=(out,)), cache=cache)
        if not result.extractions:
            raise BuildError(
                f"no article could be read from {_names(inputs)}; nothing written to {out}", result.errors
            )
        if strict and result.errors:
            raise BuildError(
                f"{len(result.errors)} input(s) rejected; nothing written to {out} (--strict)", result.errors
            )
        written = _write_outputs(result, out, base, options.workers)
    except BaseException:
        cache.discard()
        raise
    written.append(cache.commit())
    return replace(result, files=tuple(written))


def read_outputs(out: Path) -> dict[str, bytes]:
    """Every output file of the build folder ``out`` by relative path, with its bytes.

    The extraction cache is left out: it is a database for ``--update``, not an
    output, and its bytes depend on when rows were written.
    """
    cache_folder = CACHE_FILE.parts[0]
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.relative_to(out).parts[0] != cache_folder
    }


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


def _write_outputs(result: BuildResult, out: Path, base: str, workers: int = 1) -> list[Path]:
    """Export into a staging folder, then rename each finished file into ``out``.

    With ``workers`` > 1 the exporters run side by side (``kg.parallel.export_all``).
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
        _remove_stale_staging(out)
        staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=out))
    except OSError as error:
        raise BuildError(f"{out}: cannot write to the output folder: {error.strerror}; choose another with --out") from error
    try:
        export_all(result, staging, base, available_exporters(), workers)
        written = [atomic_replace(staging / relative, out / relative) for relative in _files_under(staging)]
        _remove_stale_exports(out, written)
        for folder in sorted({path.parent for path in written}):
            fsync_folder(folder)
        return written
    except OSError as error:
        written_to = _inside(error.filename, staging, out)
        if written_to is None:
            raise  # Not an output file: a fault of kg itself, reported as such.
        remedy = "free some space" if error.errno in (errno.ENOSPC, errno.EDQUOT) else "fix its permissions"
        raise BuildError(
            f"{written_to}: cannot write the output file ({error.strerror}); {remedy} or choose another folder with --out"
        ) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _inside(filename: object, staging: Path, out: Path) -> Path | None:
    """The output path ``filename`` stands for, when it is under ``staging`` or ``out``."""
    if not isinstance(filename, (str, os.PathLike)):
        return None
    path = Path(filename)
    for folder in (staging, out):
        if path.is_relative_to(folder):
            return out / path.relative_to(folder)
    return None


def _remove_stale_exports(out: Path, written: list[Path]) -> None:
    """In the subfolders an exporter fills (``neo4j/``), drop files of a previous build that
    this one did not write, so each such folder loads as one graph. Only files of the kinds
    just written there are touched."""
    fresh: dict[Path, set[Path]] = {}
    for path in written:
        if path.parent != out:
            fresh.setdefault(path.parent, set()).add(path)
    for folder, paths in fresh.items():
        suffixes = {p.suffix for p in paths}
        for old in folder.iterdir():
            if old.is_file() and old not in paths and old.suffix in suffixes and not old.name.startswith("."):
                old.unlink()


def _files_under(folder: Path) -> list[Path]:
    """Paths of the files under ``folder``, relative to it, sorted."""
    return sorted(path.relative_to(folder) for path in folder.rglob("*") if path.is_file())


def _remove_stale_staging(out: Path) -> None:
    """Remove the staging folders of builds that were killed before finishing."""
    for folder in out.glob(f"{STAGING_PREFIX}*"):
        pid = folder.name.removeprefix(STAGING_PREFIX).split("-", 1)[0]
        if folder.is_dir() and not (pid.isdigit() and _running(int(pid))):
            shutil.rmtree(folder, ignore_errors=True)


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
    return [x.article.id for x in result.extractions if not looks_vietnamese(x.article.text)]


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
