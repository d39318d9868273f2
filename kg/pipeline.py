"""The build: read -> analyse -> extract -> resolve -> graph -> export."""

from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import networkx as nx

from kg import codec
from kg.article import extract_article, extract_or_error
from kg.cache import PackedExtraction, pack
from kg.graph import build_graph
from kg.model import Article, Extraction, ReadError, Resolution
from kg.reader import read_inputs
from kg.stream import ResolverFeed, SpooledDecisions, StoredExtractions
from kg.resolve import resolve
from kg.resolve.mention_index import MentionIndex
from kg.resolve.resolver import resolve_mentions
from kg.resolve.overrides import Override, apply_overrides
from kg.resolve.registry import RegistryEntry

if TYPE_CHECKING:
    from kg.cache import ExtractionCache

DEFAULT_BASE = "https://kg.example.org/"

__all__ = [
    "DEFAULT_BASE",
    "BuildResult",
    "PipelineOptions",
    "Progress",
    "assemble",
    "extract_all",
    "extract_article",  # the per-article stages, from kg.article
    "extract_or_error",
    "run_pipeline",
]


@dataclass(frozen=True, slots=True)
class PipelineOptions:
    """How the per-article stage runs.

    ``workers`` > 1 runs it in that many local processes; ``scheduler``
    (``tcp://HOST:PORT``) runs it on a Dask distributed cluster instead.
    With ``update`` the extractions of the cache given to ``run_pipeline``
    are reused and the articles already there are part of the build, less
    those whose input file is gone or no longer holds them, and with
    ``prune`` less every one not among the inputs. ``learned=False`` finds
    names with the rules alone, without the entity tagger (``--rules-only``),
    in this process and in every worker. ``keep_tokens=False``
    drops the tokens of each sentence once an article is extracted (nothing
    after extraction reads them), which more than halves the memory a build
    holds per article. ``text_mode`` ("auto",
    "segmented" or "raw") says how to take article text (see
    ``kg.reader.read_inputs``); ``registry`` lists the entities of an
    earlier build, whose ids the resolver keeps; ``overrides`` are the user's
    corrections to the resolver (``kg.resolve.overrides``). Folders in
    ``exclude`` (the build's own output folder) are never read.
    """

    workers: int = 1
    scheduler: str | None = None
    update: bool = False
    prune: bool = False
    batch_size: int = 32
    text_mode: str = "auto"
    registry: tuple[RegistryEntry, ...] = ()
    overrides: tuple[Override, ...] = ()
    exclude: tuple[Path, ...] = ()
    keep_tokens: bool = True
    learned: bool = True


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build produced, for the summary and the exporters."""

    extractions: Sequence[Extraction]  # a tuple, or read back from the extraction cache (``kg.stream``)
    resolution: Resolution
    graph: nx.MultiDiGraph
    errors: tuple[ReadError, ...] = ()
    files: tuple[Path, ...] = field(default=())

    def summary(self) -> dict[str, object]:
        """Counts of articles, entities by type, events by type, and binary statements
        between entities by predicate (one per piece of evidence)."""
        nodes = self.graph.nodes(data=True)
        return {
            "articles": sum(1 for _, d in nodes if d["kind"] == "article"),
            "errors": len(self.errors),
            "entities": dict(sorted(Counter(d["type"] for _, d in nodes if d["kind"] == "entity").items())),
            "events": dict(sorted(Counter(d["type"] for _, d in nodes if d["kind"] == "event").items())),
            "statements": dict(
                sorted(
                    Counter(
                        d["predicate"]
                        for source, _, d in self.graph.edges(data=True)
                        if d["provenance"] is not None and nodes[source]["kind"] == "entity"
                    ).items()
                )
            ),
        }


#: Collector thresholds for a build: a young collection every 100,000 allocations, not 700.
BUILD_GC_THRESHOLDS = (100_000, 50, 100)


def tune_gc_for_builds() -> None:
    """Make the cyclic garbage collector run less often in this process.

    A build allocates millions of small records (tokens, mentions, graph
    attributes) that live until the end and hold no reference cycles; with
    the default thresholds the collector keeps scanning them and takes a
    fifth of a one-core build on the news corpus. The commands that build
    call this once; library users may too.
    """
    gc.set_threshold(*BUILD_GC_THRESHOLDS)


class Progress(Protocol):
    """What a long build reports: the phase it is in, and how far it is."""

    def phase(self, name: str, total: int | None = None) -> None:
        """A new phase begins (``total`` items to go, when known)."""

    def advance(self, done: int) -> None:
        """``done`` items of the phase are finished."""


def run_pipeline(
    inputs: Sequence[str | Path],
    progress: Progress | None = None,
    options: PipelineOptions = PipelineOptions(),
    cache: ExtractionCache | None = None,
) -> BuildResult:
    """Read, analyse, extract and resolve ``inputs``; build the graph.

    Every extraction goes into ``cache`` when one is given (with
    ``options.update``, cached ones are reused); the cache belongs to the
    caller (``kg.build``), which commits or discards it.
    """
    if options.update and cache is None:
        raise ValueError("update needs the extraction cache of the build to update")
    if cache is not None and cache.learned != options.learned:
        raise ValueError("the extraction cache and the pipeline must find names the same way (options.learned)")
    extractions: list[Extraction] = []
    errors: list[ReadError] = []
    read_files: set[str] = set()
    slim = _without_tokens if not options.keep_tokens else _same
    # Without tokens, the cache on disk holds all a build needs: the extractions leave memory
    # once the resolver's part of them is kept, and are read back one by one for the graph.
    feed = ResolverFeed() if cache is not None and not options.keep_tokens else None
    taken: list[str] = []

    def take(extraction: Extraction) -> None:
        if feed is not None:
            feed.add(extraction)
            taken.append(extraction.article.id)
        else:
            extractions.append(slim(extraction))
        if progress:
            progress.advance(len(taken) or len(extractions))

    articles = _articles(read_inputs(inputs, text_mode=options.text_mode, exclude=options.exclude), errors, read_files)
    if cache is not None and options.update:
        articles = cache.reuse(
            articles, take, read_files, prune=options.prune, tokens=options.keep_tokens, mentions_only=feed is not None
        )
    for extracted in extract_all(articles, options):
        if isinstance(extracted, ReadError):
            errors.append(extracted)
            continue
        if isinstance(extracted, PackedExtraction):
            if cache is not None:
                cache.put(extracted)
            # The graph reads it back from the cache later: resolution needs only its mentions now.
            extracted = codec.loads_mentions(extracted.data) if feed is not None else extracted.unpack(tokens=options.keep_tokens)
        elif cache is not None:
            packed = pack(extracted, options.learned)
            cache.put(packed)
            if not options.keep_tokens and feed is None:
                # Read back, the extraction is compact: no tokens, each repeated text once.
                extracted = packed.unpack(tokens=False)
        take(extracted)
    if feed is not None and cache is not None:
        stored = StoredExtractions(taken, cache.load, cache.article, cache.vietnamese)
        return assemble_stored(feed, stored, errors, options, progress, cache.path.parent)
    return assemble(extractions, errors, options.registry, progress, options.overrides)


def assemble_stored(
    feed: ResolverFeed,
    stored: StoredExtractions,
    errors: Iterable[ReadError] = (),
    options: PipelineOptions = PipelineOptions(),
    progress: Progress | None = None,
    spool: Path | None = None,
) -> BuildResult:
    """``assemble`` for extractions kept in the cache: resolve from ``feed``, then build the
    graph reading the ``stored`` extractions one at a time. The same result, article for article.
    The resolver's decisions wait for the exporters on disk, in ``spool`` (a folder)."""
    if progress:
        progress.phase("resolve")
    resolution = resolve_mentions(
        feed.mentions,
        feed.texts,
        options.registry,
        keep=lambda decisions: SpooledDecisions(decisions, spool),
        read_all=feed.clear,
    )
    feed.clear()
    if options.overrides:
        corrected = apply_overrides(resolution, tuple(options.overrides))
        resolution = replace(
            corrected, entity_of=MentionIndex(corrected.entity_of.items()), decisions=SpooledDecisions(corrected.decisions, spool)
        )
    if progress:
        progress.phase("graph")
    graph = build_graph(stored, resolution, in_order=True)
    return BuildResult(stored, resolution, graph, tuple(errors))


def _same(extraction: Extraction) -> Extraction:
    return extraction


def _without_tokens(extraction: Extraction) -> Extraction:
    analysed = extraction.analysed
    sentences = tuple(replace(s, tokens=()) for s in analysed.sentences)
    return replace(extraction, analysed=replace(analysed, sentences=sentences))


def _articles(items: Iterable[Article | ReadError], errors: list[ReadError], read_files: set[str]) -> Iterator[Article]:
    """The articles of ``items``; the read errors go to ``errors``, the absolute
    path of every file read to ``read_files``."""
    for item in items:
        read_files.add(os.path.abspath(item.source))
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            yield item


def extract_all(
    articles: Iterable[Article], options: PipelineOptions = PipelineOptions()
) -> Iterator[Extraction | PackedExtraction | ReadError]:
    """The extractions of ``articles``, in order, on the engine ``options`` names.

    Extractions made in other processes come packed (bytes, with their cache key);
    an article that kg failed on comes as a ``ReadError``.
    """
    if options.scheduler:
        from kg.parallel import extract_on_dask

        return extract_on_dask(articles, options.scheduler, options.batch_size, learned=options.learned)
    if options.workers > 1:
        from kg.parallel import extract_in_processes

        return extract_in_processes(articles, options.workers, options.batch_size, options.learned)
    return (extract_or_error(article, options.learned) for article in articles)


def assemble(
    extractions: Iterable[Extraction],
    errors: Iterable[ReadError] = (),
    registry: Sequence[RegistryEntry] = (),
    progress: Progress | None = None,
    overrides: Sequence[Override] = (),
) -> BuildResult:
    """Resolve per-article extractions together and build the graph.

    ``registry`` holds the entities of an earlier build, whose ids are kept;
    ``overrides`` correct the resolver.
    """
    ordered = tuple(sorted(extractions, key=lambda x: x.article.id))
    if progress:
        progress.phase("resolve")
    resolution = apply_overrides(resolve(ordered, registry=registry), tuple(overrides))
    if progress:
        progress.phase("graph")
    graph = build_graph(ordered, resolution)
    return BuildResult(ordered, resolution, graph, tuple(errors))
