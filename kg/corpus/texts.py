"""The corpus the gold annotates: articles by id, and which may be annotated."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpora" / "vietnamese-mds" / "articles.jsonl"


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    """One corpus article: ``raw`` is the text the gold's offsets point into."""

    id: str
    cluster: int
    title: str
    text: str
    raw: str
    url: str
    published: str


class CorpusError(ValueError):
    """The corpus file is missing or does not hold what the gold needs."""


@cache
def load_corpus(path: Path = DEFAULT_CORPUS) -> dict[str, CorpusArticle]:
    """Every article of the corpus JSONL, by id."""
    if not path.is_file():
        raise CorpusError(f"{path}: corpus not found; pass --corpus PATH to the articles.jsonl it annotates")
    articles = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            try:
                row = json.loads(line)
                article = CorpusArticle(
                    str(row["id"]), int(row["cluster"]), row["title"], row["text"], row["raw"], row["url"], row["published"]
                )
            except (ValueError, KeyError, TypeError) as error:
                raise CorpusError(f"{path}:{number}: not a corpus article ({error})") from error
            articles[article.id] = article
    return articles


@cache
def usable_ids(path: Path = DEFAULT_CORPUS) -> frozenset[str]:
    """Ids that ``splits.tsv`` beside the corpus marks ``annotate``."""
    splits = path.parent / "splits.tsv"
    if not splits.is_file():
        raise CorpusError(f"{splits}: not found beside the corpus; it says which articles may be annotated")
    ids = set()
    for line in splits.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        article_id, _cluster, use = line.split("\t")[:3]
        if use.strip() == "annotate":
            ids.add(article_id)
    return frozenset(ids)
