"""Throughput of analysis, mention finding and time finding on a corpus.

    python bench/stages.py ARTICLES.jsonl [more inputs…]

Prints words per second for each stage on one core (words = whitespace
tokens of the article text), by CPU time of this process, so that other
work on the machine does not count.
"""

from __future__ import annotations

import sys
import time

from kg.analyse import analyse
from kg.extract.mentions import find_mentions
from kg.extract.times import find_times
from kg.model import Article
from kg.reader import read_inputs


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    articles = [a for a in read_inputs(argv) if isinstance(a, Article)]
    words = sum(len(a.text.split()) for a in articles)
    started = time.process_time()
    analysed = [analyse(a) for a in articles]
    analysed_at = time.process_time()
    mentions = sum(len(find_mentions(a)) for a in analysed)
    mentions_at = time.process_time()
    times = sum(len(find_times(a)) for a in analysed)
    times_at = time.process_time()
    print(f"{len(articles)} articles, {words} words, {mentions} mentions, {times} time expressions")
    for stage, seconds in (
        ("analyse", analysed_at - started),
        ("find_mentions", mentions_at - analysed_at),
        ("find_times", times_at - mentions_at),
        ("all three", times_at - started),
    ):
        print(f"{stage:>14}: {seconds:6.2f} s CPU  {words / seconds:>10,.0f} words/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
