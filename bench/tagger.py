"""Benchmark the entity tagger: the whole build with it and without it, and the tagger alone.

    python bench/tagger.py [--corpus PATH] [--out bench-results]

Each build runs in a child process on one core with one worker over the whole
corpus; "without" builds with names from the rules alone (``--rules-only``). Words are the tokens
of the segmented text. CPU time is what a one-core build costs whatever else
the machine is doing; wall time is shown beside it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = """
import sys, time, resource, json
from kg.build import build_outputs
from kg.pipeline import PipelineOptions, tune_gc_for_builds
tune_gc_for_builds()
from pathlib import Path
wall, cpu = time.perf_counter(), time.process_time()
build_outputs([sys.argv[2]], Path(sys.argv[3]), options=PipelineOptions(learned=sys.argv[1] == "with"))
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def corpus_words(corpus: Path) -> tuple[int, int]:
    """Articles and segmented words of the corpus."""
    articles = words = 0
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            articles += 1
            words += len(json.loads(line)["text"].split())
    return articles, words


def build(corpus: Path, mode: str) -> dict[str, float]:
    """One whole build in a child process, with or without the tagger."""
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run(
            [sys.executable, "-c", CHILD, mode, str(corpus), out], capture_output=True, text=True, check=True
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


def tagger_alone(corpus: Path, limit: int = 200) -> dict[str, float]:
    """The tagger on the first ``limit`` articles' sentences: syllables per CPU second of the
    whole of it, and the CPU seconds of its parts: the features of the sentences, the CRF
    (pycrfsuite reading the features, labelling, the marginals of the spans) and the merge
    with the rules' mentions (all the rest)."""
    from kg.analyse import analyse
    from kg.extract.mentions import find_mentions
    from kg.model import Article
    from kg.tagger.features import glue_codes
    from kg.tagger.mentions import learned_mentions
    from kg.tagger.syllables import syllable_spans
    from kg.tagger.tagger import EntityTagger

    class Recording(EntityTagger):
        """The shipped tagger, keeping each sentence it tags and the CPU time it spends tagging."""

        sentences: list = []
        tagging = 0.0

        def tag_units(self, text, offsets, hints, article_types=None):  # type: ignore[no-untyped-def]
            began = time.process_time()
            spans = super().tag_units(text, offsets, hints, article_types)
            self.tagging += time.process_time() - began
            self.sentences.append((text, offsets, hints, article_types))
            return spans

    analysed = []
    with corpus.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number == limit:
                break
            row = json.loads(line)
            article = analyse(Article(id=row["id"], text=row["text"], source="bench", segmented=True))
            analysed.append((article, find_mentions(article)))
    syllables = sum(len(syllable_spans(a.article.text)) for a, _ in analysed)
    tagger = Recording()
    began = time.process_time()
    for article, mentions in analysed:
        learned_mentions(article, mentions, tagger)
    total = time.process_time() - began
    # The parts, measured again apart on the same sentences (the kept features are warm by now).
    began = time.process_time()
    for text, offsets, hints, types in tagger.sentences:
        tagger._features.sequence([text[s:e] for s, e in offsets], hints, types, None, glue_codes(text, offsets))
    features = time.process_time() - began
    began = time.process_time()
    for sentence in tagger.sentences:
        EntityTagger.tag_units(tagger, *sentence)
    tagging = time.process_time() - began
    return {
        "syllables_per_cpu_second": syllables / total,
        "features_cpu": features,
        "crf_cpu": max(tagging - features, 0.0),
        "merge_cpu": total - tagger.tagging,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpora/vietnamese-mds/articles.jsonl"))
    parser.add_argument("--out", type=Path, default=Path("bench-results"))
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"bench/tagger.py: {args.corpus} not found; pass --corpus PATH", file=sys.stderr)
        return 2
    articles, words = corpus_words(args.corpus)
    results = {"articles": articles, "words": words}
    for mode in ("without", "with"):
        results[mode] = build(args.corpus, mode)
    alone = tagger_alone(args.corpus)
    results["tagger_syllables_per_cpu_second"] = alone.pop("syllables_per_cpu_second")
    results["tagger_parts_cpu"] = alone
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "tagger.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"entity tagger on {articles} articles, {words} words (one worker, one core):")
    for mode in ("without", "with"):
        r = results[mode]
        print(
            f"  build {mode:<7} the tagger: {words / r['cpu']:>8,.0f} words/CPU-s  "
            f"{words / r['wall']:>8,.0f} words/s wall  peak {r['peak_mb']:.0f} MB"
        )
    print(f"  tagger alone (features, CRF, merge): {results['tagger_syllables_per_cpu_second']:,.0f} syllables/CPU-s")
    parts = results["tagger_parts_cpu"]
    print(
        f"    of which, in CPU seconds: features {parts['features_cpu']:.2f}, CRF (pycrfsuite) {parts['crf_cpu']:.2f}, "
        f"merge with the rules {parts['merge_cpu']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
