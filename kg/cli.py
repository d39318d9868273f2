"""The ``kg`` command: thin wrappers that check arguments and call plain functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from kg.pipeline import DEFAULT_BASE


def _without_type_tags(params: list) -> list:
    """The parameters, made to show in help as placeholders (DIR, N) without Typer's
    type tags (``<path>``, ``<bool>``, ``<list[Path]>``), which say nothing to a reader."""
    for param in params:
        if isinstance(param, TyperArgument):
            param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
        elif isinstance(param, TyperOption) and (param.is_flag or param.count):
            param.metavar = ""
        elif isinstance(param, TyperOption) and param.metavar is None:
            param.metavar = param.name.upper() if param.name else "VALUE"
    return params


class _Command(TyperCommand):
    def get_params(self, ctx) -> list:  # noqa: ANN001 - Typer's own click Context
        return _without_type_tags(super().get_params(ctx))


class _Group(TyperGroup):
    def get_params(self, ctx) -> list:  # noqa: ANN001 - Typer's own click Context
        return _without_type_tags(super().get_params(ctx))


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Knowledge graphs from Vietnamese news.",
    cls=_Group,
    pretty_exceptions_enable=False,
)
neo4j_app = typer.Typer(no_args_is_help=True, help="Load a graph into Neo4j (or any Bolt server).", cls=_Group)
app.add_typer(neo4j_app, name="neo4j")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"kg {version('kg')}")
        except PackageNotFoundError:
            typer.echo("kg (not installed)")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version of kg and exit."
    ),
) -> None:
    """Knowledge graphs from Vietnamese news."""


_RULES_ONLY_OPTION = typer.Option(
    False, "--rules-only", help="Find names with the rules alone, without the entity tagger."
)

_TEXT_MODE_OPTION = typer.Option(
    None,
    "--segmented/--raw",
    help="Take article text as word-segmented or as raw (default: detect per article; JSONL: 'text' before 'raw').",
)


def _text_mode(segmented: Optional[bool]) -> str:
    return "auto" if segmented is None else "segmented" if segmented else "raw"


def _fail(message: str) -> None:
    typer.echo(f"kg: {message}", err=True)
    raise typer.Exit(code=2)


@app.command(cls=_Command)
def build(
    inputs: list[Path] = typer.Argument(..., metavar="INPUT", help="Article files (.txt, .jsonl) or folders of them."),
    out: Optional[Path] = typer.Option(None, "--out", metavar="DIR", help="Folder to write the graph files into (default: output)."),
    base: str = typer.Option(DEFAULT_BASE, "--base", metavar="IRI", help="Base IRI of the resources."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero on any bad input, before writing."),
    workers: int = typer.Option(1, "--workers", min=1, metavar="N", help="Analyse and extract articles in N processes."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="tcp://HOST:PORT", help="Analyse and extract articles on this Dask cluster."
    ),
    update: Optional[Path] = typer.Option(
        None, "--update", metavar="OUT", help="Add INPUTS to the existing build in OUT, reusing its extractions."
    ),
    prune: bool = typer.Option(
        False, "--prune", help="With --update: remove from the build every article not among INPUTS."
    ),
    segmented: Optional[bool] = _TEXT_MODE_OPTION,
    overrides: Optional[Path] = typer.Option(
        None, "--overrides", metavar="FILE", help="Corrections to the resolver: merge, split and type lines (docs/overrides.md)."
    ),
    rules_only: bool = _RULES_ONLY_OPTION,
) -> None:
    """Build the knowledge graph of INPUTS into OUT.

    Example: kg build seeds/ archive.jsonl --out output
    """
    from kg.build import BuildError, build_outputs, format_summary
    from kg.cache import CacheError
    from kg.parallel import ParallelError
    from kg.pipeline import PipelineOptions, tune_gc_for_builds

    tune_gc_for_builds()
    if scheduler is not None and workers != 1:
        _fail("give --workers or --scheduler, not both: the Dask cluster has its own workers")
    if scheduler is not None and not scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://")):
        _fail(f"--scheduler {scheduler}: expected an address such as tcp://HOST:8786")
    if update is not None and out is not None and out.resolve() != update.resolve():
        _fail(f"--update {update} writes into {update}; leave out --out {out} or make them the same")
    if prune and update is None:
        _fail("--prune removes articles from an existing build: give it with --update OUT")
    out = update or out or Path("output")
    from kg.resolve.overrides import OverrideError, load_overrides

    try:
        corrections = load_overrides(overrides) if overrides is not None else ()
    except OverrideError as error:
        _fail(str(error))
    options = PipelineOptions(
        workers=workers,
        scheduler=scheduler,
        update=update is not None,
        prune=prune,
        text_mode=_text_mode(segmented),
        overrides=corrections,
        learned=not rules_only,
    )
    from kg.progress import BuildBar

    try:
        with BuildBar(inputs) as bar:
            result = build_outputs(inputs, out, base=base, strict=strict, progress=bar, options=options)
    except BuildError as error:
        for rejected in error.errors:
            typer.echo(f"kg: rejected {rejected.message()}", err=True)
        _fail(str(error))
    except (CacheError, ParallelError, OverrideError) as error:
        _fail(str(error))
    typer.echo(format_summary(result))


@app.command("extract", cls=_Command)
def extract_command(
    inputs: list[Path] = typer.Argument(
        ..., metavar="INPUT", help="Article files (.txt, .jsonl) or folders of them; - reads standard input."
    ),
    output_format: str = typer.Option("jsonl", "--format", metavar="FORMAT", help="Output format: jsonl."),
    segmented: Optional[bool] = _TEXT_MODE_OPTION,
    rules_only: bool = _RULES_ONLY_OPTION,
) -> None:
    """Print each article's mentions, statements and events with provenance, one JSON object a line.

    Exits with status 2 when no article could be read.

    Example: kg extract seeds/ | head -1
    """
    if output_format != "jsonl":
        _fail(f"unknown format '{output_format}'; use --format jsonl")
    from kg.jsonio import extraction_records
    from kg.pipeline import PipelineOptions, run_pipeline, tune_gc_for_builds

    tune_gc_for_builds()
    result = run_pipeline(inputs, options=PipelineOptions(text_mode=_text_mode(segmented), learned=not rules_only))
    for error in result.errors:
        typer.echo(f"kg: skipped {error.message()}", err=True)
    if not result.extractions:
        _fail(f"no article could be read from {', '.join(map(str, inputs))}")
    for record in extraction_records(result.extractions, result.resolution):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


_TIMEOUT_OPTION = typer.Option(60.0, "--timeout", min=0.1, metavar="SECONDS", help="Stop a query after this long.")
_LIMIT_OPTION = typer.Option(10_000, "--limit", min=1, metavar="N", help="Return at most N results per query.")


@app.command(cls=_Command)
def query(
    graph: Path = typer.Argument(..., metavar="GRAPH", help="A Turtle export, such as output/graph.ttl."),
    sparql: Optional[str] = typer.Argument(None, metavar="QUERY", help="The SPARQL query text."),
    file: Optional[Path] = typer.Option(None, "-f", "--file", metavar="FILE.rq", help="Read the query from a .rq file."),
    output_format: str = typer.Option("table", "--format", metavar="FORMAT", help="table, csv or json."),
    timeout: float = _TIMEOUT_OPTION,
    limit: int = _LIMIT_OPTION,
) -> None:
    """Run a SPARQL 1.1 query over GRAPH (SERVICE, which would call another endpoint, is refused).

    Example: kg query output/graph.ttl -f queries/people_posts.rq --format csv
    """
    from kg.sparql import QueryError, run_query_text

    if (sparql is None) == (file is None):
        _fail("give the query as text or with -f FILE.rq (one of them)")
    if not graph.is_file():
        _fail(f"{graph}: no such file; build one with `kg build INPUT --out output`")
    text = sparql if file is None else _query_file(file)
    try:
        typer.echo(run_query_text(graph, text, output_format, timeout=timeout, limit=limit), nl=False)
    except QueryError as error:
        _fail(str(error))


def _query_file(path: Path) -> str:
    """The text of a query file, or a one-line error naming it."""
    if path.is_dir():
        _fail(f"{path}: is a folder; give a query file, such as queries/meetings.rq")
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        _fail(f"{path}: no such file; give a query file, such as queries/meetings.rq")
    except UnicodeDecodeError as error:
        _fail(f"{path}: not UTF-8 (bad byte at offset {error.start}); save the query as UTF-8")
    except OSError as error:
        _fail(f"{path}: cannot read it ({error.strerror})")
    raise AssertionError("not reached")


@app.command(cls=_Command)
def serve(
    graph: Path = typer.Argument(..., metavar="GRAPH", help="A Turtle export, such as output/graph.ttl."),
    port: int = typer.Option(7878, "--port", metavar="PORT", help="TCP port."),
    host: str = typer.Option("127.0.0.1", "--host", metavar="HOST", help="Loopback address to bind: 127.0.0.1, ::1 or localhost."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, metavar="SECONDS", help="Stop a query after this long."),
    limit: int = _LIMIT_OPTION,
) -> None:
    """Serve GRAPH as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/query, with a query editor at /.

    Example: kg serve output/graph.ttl --port 7878
    """
    from kg.endpoint import Limits, serve_graph
    from kg.sparql import QueryError

    if not graph.is_file():
        _fail(f"{graph}: no such file; build one with `kg build INPUT --out output`")
    try:
        serve_graph(graph, host=host, port=port, limits=Limits(timeout=timeout, results=limit))
    except QueryError as error:
        _fail(str(error))


@app.command(cls=_Command)
def explain(
    name: str = typer.Argument(..., metavar="NAME", help="A name, with or without diacritics or underscores."),
    out: Path = typer.Option(Path("output"), "--out", metavar="DIR", help="The build folder holding resolution.jsonl."),
) -> None:
    """Show why each mention of NAME went to its entity, and which candidates were rejected.

    NAME may be any name of the entity: each of its mentions is shown.

    Example: kg explain "Kim Jong-un" --out output
    """
    from kg.resolve.explain import ExplainError, explain_name

    source = out / "resolution.jsonl"
    if not source.is_file():
        _fail(f"{source}: no such file; run `kg build INPUT --out {out}` first")
    try:
        typer.echo(explain_name(source, name), nl=False)
    except ExplainError as error:
        _fail(str(error))
    except UnicodeDecodeError as error:
        _fail(f"{source}: not UTF-8 (bad byte at offset {error.start}); rebuild with `kg build INPUT --out {out}`")
    except OSError as error:
        _fail(f"{source}: cannot read it ({error.strerror})")


@app.command("eval", cls=_Command)
def eval_command(
    split: Optional[str] = typer.Option(
        None, "--split", metavar="SPLIT", help="Gold split to build and score: test (the default), dev or train."
    ),
    raw_input: bool = typer.Option(True, "--raw-input/--segmented-input", help="Feed kg the raw or the segmented text."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive and negative with its sentence."),
    stats: bool = typer.Option(False, "--stats", help="Print the counts of the annotations by split instead."),
    agreement: bool = typer.Option(False, "--agreement", help="Print the agreement of the twice-annotated articles instead."),
    gold_consistency: bool = typer.Option(
        False, "--gold-consistency",
        help="List gold entities of different articles whose keys disagree (no extraction; every split unless --split).",
    ),
    record: bool = typer.Option(False, "--record-baseline", help="Save the scores as the baseline the tests hold to."),
    rules_only: bool = _RULES_ONLY_OPTION,
    corpus: Optional[Path] = typer.Option(None, "--corpus", metavar="FILE.jsonl", help="The corpus JSONL the gold annotates."),
) -> None:
    """Score extraction against the annotated corpus (see docs/annotation.md).

    Example: kg eval --split test --errors
    """
    from kg.corpus.gold import GoldError
    from kg.corpus.texts import DEFAULT_CORPUS, CorpusError

    corpus_path = corpus or DEFAULT_CORPUS
    try:
        if stats:
            from kg.evaluate.report import statistics

            typer.echo(statistics(corpus=corpus_path))
            return
        if agreement:
            from kg.evaluate.agreement import agreement as measure_agreement, format_agreement

            typer.echo(format_agreement(measure_agreement(corpus=corpus_path)))
            return
        if gold_consistency:
            from kg.corpus.gold import load_gold
            from kg.evaluate.consistency import check, format_check

            typer.echo(format_check(check(load_gold(corpus=corpus_path, split=split))))
            return
        from kg.evaluate.report import evaluate, format_report, record_baseline

        evaluation = evaluate(split or "test", "raw" if raw_input else "segmented", corpus=corpus_path, learned=not rules_only)
    except (GoldError, CorpusError, ValueError) as error:
        _fail(str(error))
    typer.echo(format_report(evaluation, errors=errors))
    if record:
        record_baseline(evaluation)


@neo4j_app.command("push", cls=_Command)
def neo4j_push(
    source: Path = typer.Argument(..., metavar="SOURCE", help="A build folder (with neo4j/) or a Turtle export."),
    uri: str = typer.Option(
        "bolt://127.0.0.1:7687", "--uri", envvar="NEO4J_URI", metavar="URI", help="The server's Bolt address."
    ),
    user: str = typer.Option("neo4j", "--user", envvar="NEO4J_USERNAME", metavar="NAME", help="User name."),
    password: str = typer.Option(..., "--password", envvar="NEO4J_PASSWORD", metavar="PASSWORD", help="Password."),
    database: Optional[str] = typer.Option(
        None, "--database", envvar="NEO4J_DATABASE", metavar="NAME", help="Database (default: the server's)."
    ),
    batch_size: int = typer.Option(1000, "--batch-size", min=1, metavar="N", help="Rows per transaction."),
) -> None:
    """Load the graph into a running Neo4j-compatible database through Bolt.

    Each option may come from the environment: NEO4J_URI, NEO4J_USERNAME,
    NEO4J_PASSWORD, NEO4J_DATABASE.

    Example: kg neo4j push output --uri bolt://127.0.0.1:7687 --user neo4j --password secret
    """
    from kg.export.neo4j_push import PushError, push

    try:
        report = push(source, uri=uri, user=user, password=password, database=database, batch_size=batch_size)
    except PushError as error:
        _fail(str(error))
    typer.echo(report)


if __name__ == "__main__":
    app(prog_name="kg")
