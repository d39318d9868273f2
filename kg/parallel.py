"""Run the per-article stage (analyse + extract) in other processes.

Two engines, one contract: an iterator of articles goes in, their
extractions come out packed (``kg.cache.PackedExtraction``) in the same
order, and only a bounded number of batches is in flight at any time, so
memory does not grow with the number of articles.

- ``extract_in_processes``: a local pool of worker processes.
- ``extract_on_dask``: the workers of a Dask distributed cluster.

Resolution and the graph stay in the calling process: they need every
article at once, and they are exact, so the output does not depend on which
engine ran the per-article stage. ``export_all`` runs the exporters of the
finished build side by side in forked copies of the calling process.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Protocol, TypeVar

import kg
from kg.article import extract_or_error
from kg.cache import PackedExtraction, code_fingerprint, pack
from kg.export import Exporter
from kg.model import Article, ReadError

#: Articles sent to a worker at once: large enough that pickling and task
#: overhead stay small next to the work, small enough to keep workers busy.
DEFAULT_BATCH_SIZE = 32

#: Batches in flight per worker: one running, one queued behind it.
BATCHES_PER_WORKER = 2

T = TypeVar("T")


class ParallelError(Exception):
    """The per-article stage could not run on the requested engine, with what to do."""


class _Future(Protocol):
    def result(self) -> list[PackedExtraction | ReadError]: ...


def extract_batch(articles: Sequence[Article], learned: bool = True) -> list[PackedExtraction | ReadError]:
    """Analyse and extract a batch of articles, packed for the trip back; runs inside a worker.

    ``learned=False`` finds names with the rules alone. An article kg fails
    on comes back as its ``ReadError``.
    """
    return [
        x if isinstance(x, ReadError) else pack(x, learned) for x in (extract_or_error(a, learned) for a in articles)
    ]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one may be shorter)."""
    if size < 1:
        raise ValueError(f"batch size must be at least 1, got {size}")
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def run_ordered(
    submit: Callable[[list[Article]], _Future],
    articles: Iterable[Article],
    batch_size: int,
    in_flight: int,
) -> Iterator[PackedExtraction | ReadError]:
    """Submit batches of ``articles`` and yield the items of their results in input order.

    At most ``in_flight`` batches are submitted and not yet consumed: the
    input is read only as fast as results are taken.
    """
    pending: deque[_Future] = deque()
    for batch in batched(articles, batch_size):
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def extract_in_processes(
    articles: Iterable[Article], workers: int, batch_size: int = DEFAULT_BATCH_SIZE, learned: bool = True
) -> Iterator[PackedExtraction | ReadError]:
    """Extract ``articles`` in a pool of ``workers`` local processes, in order
    (``learned=False``: names from the rules alone)."""
    if workers < 1:
        raise ParallelError(f"--workers must be at least 1, got {workers}")
    # fork starts a worker in milliseconds and shares the loaded modules; where
    # it does not exist (macOS, Windows) spawn imports kg afresh in each worker.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    code_fingerprint()  # computed once here, inherited by forked workers
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method)) as pool:
        try:
            yield from run_ordered(
                lambda batch: pool.submit(extract_batch, batch, learned),
                articles,
                batch_size,
                workers * BATCHES_PER_WORKER,
            )
        except BrokenProcessPool as error:
            raise ParallelError(
                f"a worker process died ({error}); it may have run out of memory: try fewer --workers"
            ) from error


def extract_on_dask(
    articles: Iterable[Article],
    scheduler: str,
    batch_size: int = DEFAULT_BATCH_SIZE,
    connect_timeout: float = 10,
    learned: bool = True,
) -> Iterator[PackedExtraction | ReadError]:
    """Extract ``articles`` on the Dask cluster whose scheduler is at ``scheduler``, in order
    (``learned=False``: names from the rules alone).

    The workers must have the same version of kg installed: this is checked
    before any article is sent.
    """
    try:
        from distributed import Client
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise ParallelError("--scheduler needs Dask distributed; install it with `pip install -e '.[cluster]'`") from error
    try:
        client = Client(scheduler, timeout=connect_timeout, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise ParallelError(
            f"cannot reach the Dask scheduler at {scheduler} ({error}); "
            "check the address (tcp://HOST:PORT) and that `dask scheduler` is running there"
        ) from error
    with client:
        workers = _check_workers(client, scheduler)
        yield from run_ordered(
            lambda batch: client.submit(extract_batch, batch, learned, pure=False),
            articles,
            batch_size,
            max(2, workers * BATCHES_PER_WORKER),
        )


def _check_workers(client, scheduler: str) -> int:
    """The number of worker threads; fails unless every worker runs this kg."""
    try:
        client.wait_for_workers(1, timeout=30)
    except TimeoutError as error:
        raise ParallelError(f"the Dask cluster at {scheduler} has no workers; start some with `dask worker {scheduler}`") from error
    local = code_fingerprint()
    try:
        remote = client.run(code_fingerprint)
    except Exception as error:  # the worker cannot import kg at all
        raise ParallelError(
            f"the Dask workers at {scheduler} cannot run kg ({error}); install kg {kg.__version__} on every worker"
        ) from error
    stale = sorted(address for address, fingerprint in remote.items() if fingerprint != local)
    if stale:
        raise ParallelError(
            f"Dask workers {', '.join(stale)} run a different kg than this client "
            f"(kg {kg.__version__}, code {local[:12]}); install the same kg version on every worker"
        )
    return sum(client.nthreads().values())


#: The build being exported and its exporters, for forked export processes to inherit.
_EXPORT_JOB: tuple[object, Mapping[str, Exporter]] | None = None


def export_all(
    build: object, out_dir: Path, base: str, exporters: Mapping[str, Exporter], workers: int = 1
) -> list[Path]:
    """Run each of ``exporters`` on ``build`` (a finished build, or whatever
    ``exporters`` read) into ``out_dir``; the paths written, in exporter order.

    With ``workers`` > 1 this process and ``workers - 1`` forked copies of it
    share the exporters: each takes the next one not yet taken, in the order
    given (the costliest first serves best), until none is left. The copies
    share the finished build (nothing is copied or pickled) and each exporter
    is the same code on the same build, so the files are the same. Forking
    one process per exporter instead would copy the pages of the graph that
    each touches into each of them, which costs about as much as it saves.
    """
    if workers <= 1 or len(exporters) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [path for exporter in exporters.values() for path in exporter(build, out_dir, base)]
    global _EXPORT_JOB
    _EXPORT_JOB = (build, exporters)
    gc.freeze()  # the collector in a child would otherwise touch, and so copy, every page of the graph
    context = multiprocessing.get_context("fork")
    next_exporter = context.Value("i", 0)
    children: list[tuple[multiprocessing.process.BaseProcess, Connection]] = []
    try:
        for _ in range(min(workers, len(exporters)) - 1):
            receiver, sender = context.Pipe(duplex=False)
            child = context.Process(target=_export_in_child, args=(next_exporter, out_dir, base, sender), daemon=True)
            child.start()
            sender.close()
            children.append((child, receiver))
        written = dict(_take_exporters(next_exporter, out_dir, base))
        for child, receiver in children:
            written.update(_child_results(child, receiver))
    finally:
        for child, receiver in children:
            if child.is_alive():
                child.terminate()
            child.join()
            receiver.close()
        gc.unfreeze()
        _EXPORT_JOB = None
    return [path for index in sorted(written) for path in written[index]]


def _take_exporters(next_exporter: Synchronized, out_dir: Path, base: str) -> Iterator[tuple[int, list[Path]]]:
    """Run the exporters not yet taken by another process, one at a time: (index, paths written)."""
    assert _EXPORT_JOB is not None, "the export job is set before exporters are taken"
    build, exporters = _EXPORT_JOB
    named = list(exporters.values())
    while True:
        with next_exporter.get_lock():
            index = next_exporter.value
            next_exporter.value += 1
        if index >= len(named):
            return
        yield index, named[index](build, out_dir, base)


def _export_in_child(next_exporter: Synchronized, out_dir: Path, base: str, sender: Connection) -> None:
    """A forked export process: sends each (index, paths) it writes, then None; or the exception it met."""
    try:
        for done in _take_exporters(next_exporter, out_dir, base):
            sender.send(done)
        sender.send(None)
    except Exception as error:  # handed to the parent, which raises it
        try:
            sender.send(error)
        except Exception:  # an exception that cannot be pickled: its words still reach the parent
            sender.send(RuntimeError(f"{type(error).__name__}: {error}"))
    finally:
        sender.close()


def _child_results(child: multiprocessing.process.BaseProcess, receiver: Connection) -> Iterator[tuple[int, list[Path]]]:
    """What a forked export process wrote, raising what it raised; ParallelError if it died."""
    while True:
        try:
            message = receiver.recv()
        except EOFError:
            child.join()
            raise ParallelError(
                f"an export process died (exit code {child.exitcode}); it may have run out of memory: try fewer --workers"
            ) from None
        if message is None:
            return
        if isinstance(message, BaseException):
            raise message
        yield message
