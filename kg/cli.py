"""The ``kg`` command: thin wrappers that check arguments and call plain functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from kg.pipeline import DEFAULT_BASE

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Knowledge graphs from Vietnamese news.")
neo4j_app = typer.Typer(no_args_is_help=True, help="Load a graph into Neo4j (or any Bolt server).")
app.add_typer(neo4j_app, name="neo4j")


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


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Article files (.txt, .jsonl) or folders of them."),
    out: Optional[Path] = typer.Option(None, "--out", help="Folder to write the graph files into (default: output)."),
    base: str = typer.Option(DEFAULT_BASE, "--base", help="Base IRI of the resources."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero on any bad input, before writing."),
    workers: int = typer.Option(1, "--workers", min=1, help="Analyse and extract articles in N processes."),
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
) -> None:
    """Build the knowledge graph of INPUTS into OUT."""
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
    options = PipelineOptions(
        workers=workers, scheduler=scheduler, update=update is not None, prune=prune, text_mode=_text_mode(segmented)
    )
    from kg.progress import BuildBar

    try:
        with BuildBar(inputs) as bar:
            result = build_outputs(inputs, out, base=base, strict=strict, progress=bar, options=options)
    except BuildError as error:
        for rejected in error.errors:
            typer.echo(f"kg: rejected {rejected.message()}", err=True)
        _fail(str(error))
    except (CacheError, ParallelError) as error:
        _fail(str(error))
    typer.echo(format_summary(result))


@app.command("extract")
def extract_command(
    inputs: list[Path] = typer.Argument(..., help="Article files (.txt, .jsonl) or folders of them."),
    output_format: str = typer.Option("jsonl", "--format", help="Output format: jsonl."),
    segmented: Optional[bool] = _TEXT_MODE_OPTION,
) -> None:
    """Print each article's mentions, statements and events with provenance, one JSON object a line."""
    if output_format != "jsonl":
        _fail(f"unknown format '{output_format}'; use --format jsonl")
    from kg.jsonio import extraction_records
    from kg.pipeline import PipelineOptions, run_pipeline, tune_gc_for_builds

    tune_gc_for_builds()
    result = run_pipeline(inputs, options=PipelineOptions(text_mode=_text_mode(segmented)))
    for error in result.errors:
        typer.echo(f"kg: skipped {error.message()}", err=True)
    for record in extraction_records(result.extractions, result.resolution):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@app.command()
def query(
    graph: Path = typer.Argument(..., help="A Turtle export, such as output/graph.ttl."),
    sparql: Optional[str] = typer.Argument(None, help="The SPARQL query text."),
    file: Optional[Path] = typer.Option(None, "-f", "--file", help="Read the query from a .rq file."),
    output_format: str = typer.Option("table", "--format", help="table, csv or json."),
) -> None:
    """Run a SPARQL 1.1 query over GRAPH."""
    from kg.sparql import QueryError, run_query_text

    if (sparql is None) == (file is None):
        _fail("give the query as text or with -f FILE.rq (one of them)")
    if not graph.is_file():
        _fail(f"{graph}: no such file; build one with `kg build INPUT --out output`")
    text = file.read_text(encoding="utf-8") if file else sparql
    try:
        typer.echo(run_query_text(graph, text, output_format), nl=False)
    except QueryError as error:
        _fail(str(error))


@app.command()
def serve(
    graph: Path = typer.Argument(..., help="A Turtle export, such as output/graph.ttl."),
    port: int = typer.Option(7878, "--port", help="TCP port."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
) -> None:
    """Serve GRAPH as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/query."""
    from kg.sparql import serve_graph

    if not graph.is_file():
        _fail(f"{graph}: no such file; build one with `kg build INPUT --out output`")
    serve_graph(graph, host=host, port=port)


@app.command()
def explain(
    name: str = typer.Argument(..., help="A name, with or without diacritics or underscores."),
    out: Path = typer.Option(Path("output"), "--out", help="The build folder holding resolution.jsonl."),
) -> None:
    """Show why each mention of NAME went to its entity, and which candidates were rejected."""
    from kg.resolve.explain import explain_name

    source = out / "resolution.jsonl"
    if not source.is_file():
        _fail(f"{source}: no such file; run `kg build INPUT --out {out}` first")
    typer.echo(explain_name(source, name), nl=False)


@app.command("eval")
def eval_command(
    split: str = typer.Option("test", "--split", help="Gold split to build and score: test, dev or train."),
    raw_input: bool = typer.Option(True, "--raw-input/--segmented-input", help="Feed kg the raw or the segmented text."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive and negative with its sentence."),
    stats: bool = typer.Option(False, "--stats", help="Print the counts of the annotations by split instead."),
    agreement: bool = typer.Option(False, "--agreement", help="Print the agreement of the twice-annotated articles instead."),
    record: bool = typer.Option(False, "--record-baseline", help="Save the scores as the baseline the tests hold to."),
    rules_only: bool = typer.Option(False, "--rules-only", help="Find names with the rules alone, without the entity tagger."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="The corpus JSONL the gold annotates."),
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
        from kg.evaluate.report import evaluate, format_report, record_baseline

        evaluation = evaluate(split, "raw" if raw_input else "segmented", corpus=corpus_path, learned=not rules_only)
    except (GoldError, CorpusError, ValueError) as error:
        _fail(str(error))
    typer.echo(format_report(evaluation, errors=errors))
    if record:
        record_baseline(evaluation)


@neo4j_app.command("push")
def neo4j_push(
    source: Path = typer.Argument(..., help="A build folder (with neo4j/) or a Turtle export."),
    uri: str = typer.Option("bolt://127.0.0.1:7687", "--uri"),
    user: str = typer.Option("neo4j", "--user"),
    password: str = typer.Option(..., "--password", envvar="NEO4J_PASSWORD"),
    database: Optional[str] = typer.Option(None, "--database"),
    batch_size: int = typer.Option(1000, "--batch-size"),
) -> None:
    """Load the graph into a running Neo4j-compatible database through Bolt."""
    from kg.export.neo4j_push import PushError, push

    try:
        report = push(source, uri=uri, user=user, password=password, database=database, batch_size=batch_size)
    except PushError as error:
        _fail(str(error))
    typer.echo(report)


if __name__ == "__main__":
    app()
