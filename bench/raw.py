"""Benchmark the raw-text path against the segmented one on the same articles.

    python bench/raw.py [--corpus PATH] [--limit N] [--results DIR]

The corpus holds each article twice: ``text`` (segmented by the corpus's
makers) and ``raw`` (as published). This script measures, on one core:

- segmentation word F1 of ``kg.raw.segment`` against the corpus's own
  segmentation (words compared as character spans, whitespace ignored);
- the raw path's speed end to end (read from memory, segment, analyse,
  extract, map offsets back; then resolve and graph), in words/s;
- agreement of the graphs built from ``raw`` and from ``text``: Jaccard of
  the entity sets (type, canonical name; all, and those with three or more
  mentions) and of the statement sets
  (subject name, predicate, object name).

Results go to ``RESULTS/raw.json`` and a short table on standard output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

REPOSITORY = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPOSITORY.parent / "shared" / "corpora" / "vietnamese-mds" / "articles.jsonl"
sys.path.insert(0, str(REPOSITORY))

from kg.graph import entity_names, fact_names  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.pipeline import BuildResult, assemble, extract_article  # noqa: E402
from kg.raw import segment  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a .jsonl corpus with text and raw")
    parser.add_argument("--limit", type=int, default=0, help="use the first N articles (0: all)")
    parser.add_argument("--results", type=Path, default=REPOSITORY / "bench-results", help="folder for raw.json")
    options = parser.parse_args(argv)
    if not options.corpus.is_file():
        print(f"{options.corpus}: no corpus with both text and raw; give one with --corpus", file=sys.stderr)
        return 2
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    records = [json.loads(line) for line in options.corpus.open(encoding="utf-8") if line.strip()]
    records = [r for r in records if r.get("text") and r.get("raw")]
    if options.limit:
        records = records[: options.limit]
    report = {
        "articles": len(records),
        "segmentation": segmentation_scores(records),
        **agreement(records),
    }
    options.results.mkdir(parents=True, exist_ok=True)
    (options.results / "raw.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(format_table(report))
    return 0


def _word_spans(words: list[str]) -> set[tuple[int, int]]:
    spans, position = set(), 0
    for word in words:
        length = len(word.replace("_", ""))
        spans.add((position, position + length))
        position += length
    return spans


def segmentation_scores(records: list[dict[str, Any]]) -> dict[str, float]:
    """Word precision, recall and F1 of ``segment`` against the corpus segmentation."""
    true_positive = predicted = gold = 0
    syllables = 0
    seconds = 0.0
    for record in records:
        started = time.process_time()
        segmented = segment(record["raw"]).text
        seconds += time.process_time() - started
        mine = _word_spans(segmented.split())
        theirs = _word_spans(record["text"].split())
        true_positive += len(mine & theirs)
        predicted += len(mine)
        gold += len(theirs)
        syllables += len(record["raw"].split())
    precision = true_positive / max(1, predicted)
    recall = true_positive / max(1, gold)
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / max(1e-9, precision + recall), 4),
        "syllables_per_second": round(syllables / max(seconds, 1e-9)),
    }


def _build(articles: list[Article]) -> tuple[BuildResult, float]:
    started = time.process_time()
    result = assemble([extract_article(a) for a in articles])
    return result, time.process_time() - started


def _jaccard(left: set, right: set) -> float:
    return round(len(left & right) / max(1, len(left | right)), 4)


def agreement(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Build from ``text`` and from ``raw``; compare the graphs and time the raw path."""
    segmented = [Article(str(r["id"]), r["text"], "corpus", title=r.get("title"), segmented=True) for r in records]
    raw = [replace(a, text=r["raw"], segmented=False) for a, r in zip(segmented, records)]
    words = sum(len(r["text"].split()) for r in records)
    from_text, text_seconds = _build(segmented)
    from_raw, raw_seconds = _build(raw)
    return {
        "words": words,
        "segmented_words_per_second": round(words / text_seconds),
        "raw_words_per_second": round(words / raw_seconds),
        "entities": {"text": len(entity_names(from_text.graph)), "raw": len(entity_names(from_raw.graph))},
        "entity_agreement": _jaccard(entity_names(from_text.graph), entity_names(from_raw.graph)),
        "frequent_entity_agreement": _jaccard(entity_names(from_text.graph, 3), entity_names(from_raw.graph, 3)),
        "statements": {"text": len(fact_names(from_text.graph)), "raw": len(fact_names(from_raw.graph))},
        "statement_agreement": _jaccard(fact_names(from_text.graph), fact_names(from_raw.graph)),
    }


def format_table(report: dict[str, Any]) -> str:
    """The report as a short table."""
    segmentation = report["segmentation"]
    rows = [
        ("articles", f"{report['articles']:,} ({report['words']:,} words)"),
        ("segmentation P / R / F1", f"{segmentation['precision']:.3f} / {segmentation['recall']:.3f} / {segmentation['f1']:.3f}"),
        ("segmenter speed", f"{segmentation['syllables_per_second']:,} syllables/s"),
        ("raw path, end to end", f"{report['raw_words_per_second']:,} words/s (one core, CPU time)"),
        ("segmented path, end to end", f"{report['segmented_words_per_second']:,} words/s"),
        ("entity agreement", f"{report['entity_agreement']:.3f} ({report['entities']['text']} vs {report['entities']['raw']})"),
        ("entity agreement, 3+ mentions", f"{report['frequent_entity_agreement']:.3f}"),
        (
            "statement agreement",
            f"{report['statement_agreement']:.3f} ({report['statements']['text']} vs {report['statements']['raw']})",
        ),
    ]
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name.ljust(width)}  {value}" for name, value in rows)


if __name__ == "__main__":
    raise SystemExit(main())
