"""``python -m kg.corpus``: show articles with numbered sentences, compile
``.ann`` files into gold records (see docs/annotation.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.corpus.annfile import AnnotationError, compile_ann, uncovered_capitalised
from kg.corpus.sentences import split_sentences
from kg.corpus.split import read_split
from kg.corpus.texts import DEFAULT_CORPUS, CorpusError, load_corpus, usable_ids

# .ann folders and the folders their compiled records go to.
COMPILED_FOLDER = {"ann": "gold", "ann2": "gold2"}


def show(ids: list[str], corpus: Path) -> int:
    """Print each article's header and numbered sentences."""
    articles, usable, split = load_corpus(corpus), usable_ids(corpus), read_split()
    for article_id in ids:
        if article_id not in articles:
            print(f"{article_id}: not in {corpus}", file=sys.stderr)
            return 2
        if article_id not in usable:
            print(f"{article_id}: held out; it may not be annotated", file=sys.stderr)
            return 2
        article = articles[article_id]
        print(f"== {article.id}  cluster {article.cluster} ({split.get(article.cluster)})  {article.published}")
        print(f"title: {article.title.replace('_', ' ')}")
        for sentence in split_sentences(article.raw):
            print(f"s{sentence.number}: {article.raw[sentence.start:sentence.end]}")
        print()
    return 0


def compile_files(paths: list[Path], corpus: Path, quiet: bool) -> int:
    """Compile each .ann file into the gold folder beside its own; print a review."""
    articles, usable = load_corpus(corpus), usable_ids(corpus)
    status = 0
    for path in paths:
        try:
            source = path.read_text(encoding="utf-8")
            article_id = next(
                (l.split(None, 1)[1].strip() for l in source.splitlines() if l.startswith("id ")), path.stem
            )
            if article_id not in articles or article_id not in usable:
                raise AnnotationError(f"{path}: article {article_id} is not an annotatable corpus article")
            raw = articles[article_id].raw
            record = compile_ann(source, raw, str(path))
        except (AnnotationError, OSError) as error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
            continue
        folder = COMPILED_FOLDER.get(path.parent.name, "gold")
        out = path.parent.parent / folder / f"{article_id}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not quiet:
            _review(record, raw)
    return status


def _review(record: dict, raw: str) -> None:
    counts: dict[str, int] = {}
    for mention in record["mentions"]:
        counts[mention["entity"]] = counts.get(mention["entity"], 0) + 1
    entities = ", ".join(f"{e['id']}×{counts.get(e['id'], 0)}" for e in record["entities"])
    print(
        f"{record['id']}: {len(record['mentions'])} mentions ({entities}); {len(record['posts'])} posts, "
        f"{len(record['relations'])} relations, {len(record['events'])} events"
    )
    uncovered = uncovered_capitalised(raw, record)
    if uncovered:
        print("  not covered (check): " + "; ".join(f"{text} s{n}" for text, n in uncovered))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.corpus", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    commands = parser.add_subparsers(dest="command", required=True)
    show_parser = commands.add_parser("show", help="print articles with numbered sentences")
    show_parser.add_argument("ids", nargs="+")
    compile_parser = commands.add_parser("compile", help="compile .ann files into gold records")
    compile_parser.add_argument("paths", nargs="+", type=Path)
    compile_parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    try:
        if args.command == "show":
            return show(args.ids, args.corpus)
        return compile_files(args.paths, args.corpus, args.quiet)
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
