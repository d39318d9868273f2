"""Write output files so that a reader never sees a half-written one.

Every file is written to a temporary file in the same folder, flushed to
disk and renamed over the target: a process killed at any moment leaves
either the previous file or the new one, never a mix or a truncated file.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import functools
import itertools
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

#: Prefix and suffix of the temporary files, so leftovers can be recognised.
TEMPORARY_PREFIX = "."
TEMPORARY_SUFFIX = ".tmp"


def atomic_write_text(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))


#: Lines joined into one write by ``atomic_write_lines``: a write per line costs more than the line.
LINES_PER_WRITE = 1000


def atomic_write_lines(path: Path, lines: Iterable[str]) -> Path:
    """Write ``lines`` (each without its newline) atomically, one per line."""

    def chunks() -> Iterator[bytes]:
        iterator = iter(lines)
        while block := list(itertools.islice(iterator, LINES_PER_WRITE)):
            yield ("\n".join(block) + "\n").encode("utf-8")

    return atomic_write_chunks(path, chunks())


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically: a killed process leaves the old file intact."""
    return atomic_write_chunks(path, (data,))


def atomic_write_chunks(path: Path, chunks: Iterable[bytes]) -> Path:
    """Write ``chunks`` one after the other to ``path`` atomically.

    For large outputs produced piece by piece: nothing needs to be held in
    memory at once, and ``path`` changes only when the last chunk is on disk.
    The new file gets the permissions of the file it replaces, or the usual
    ones for a new file (0666 less the umask).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f"{TEMPORARY_PREFIX}{path.name}.", suffix=TEMPORARY_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fchmod(out.fileno(), _mode_for(path))
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)
    return path


def atomic_replace(source: Path, target: Path) -> Path:
    """Move the finished file ``source`` over ``target`` in one step (same file system)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)
    return target


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, so a rename survives a crash of the machine."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # Some file systems cannot sync a folder; the rename itself is still atomic.
    finally:
        os.close(descriptor)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


# --- whole folders ------------------------------------------------------------------

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def exchange_paths(first: Path, second: Path) -> None:
    """Swap two paths of one file system in one atomic step (Linux ``renameat2``
    with ``RENAME_EXCHANGE``): a reader sees either the old entry or the new one.

    Raises ``OSError`` where the system or the file system cannot (``ENOSYS``,
    ``EINVAL``, ``EXDEV``…); callers fall back to a slower way.
    """
    renameat2 = _renameat2()
    if renameat2 is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available here", str(first))
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(first), None, str(second))


@functools.lru_cache(maxsize=1)
def _renameat2():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


class FolderBusy(Exception):
    """Another process holds the lock; ``holder`` is its process id when known."""

    def __init__(self, path: Path, holder: int | None) -> None:
        super().__init__(f"{path} is locked by process {holder}")
        self.path = path
        self.holder = holder


class FileLock:
    """An exclusive, non-blocking lock held through ``path`` (``flock``), released
    on exit or when the process dies. The file is removed on release; the inode
    is checked after locking so that a process that opened a file being removed
    tries again instead of sharing the lock."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._handle: int | None = None

    def __enter__(self) -> "FileLock":
        while True:
            handle = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_pid(handle)
                os.close(handle)
                raise FolderBusy(self.path, holder) from None
            try:
                same = os.stat(self.path).st_ino == os.fstat(handle).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(handle)
        os.ftruncate(handle, 0)
        os.write(handle, f"{os.getpid()}\n".encode())
        self._handle = handle
        return self

    def __exit__(self, *exc: object) -> None:
        if self._handle is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self._handle)
        self._handle = None


def _read_pid(handle: int) -> int | None:
    try:
        text = os.pread(handle, 32, 0).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None
