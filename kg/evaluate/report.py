"""``kg eval``: build the gold articles of a split with the current code and
report entity, relation, event and resolution scores."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.corpus.gold import GOLD_FOLDER, GoldArticle, load_gold
from kg.corpus.texts import DEFAULT_CORPUS
from kg.evaluate.compare import ArticleComparison, Finding, compare_article
from kg.evaluate.predict import predict
from kg.evaluate.resolution import ResolutionScore, score_resolution
from kg.evaluate.scores import Counts, Score, score

BASELINE_FILE = GOLD_FOLDER.parent / "baseline.json"


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Every score of one run of ``kg eval``."""

    split: str
    mode: str
    learned: bool
    articles: int
    full_articles: int
    entities: Score
    names: Score
    entities_by_type: dict[str, Score]
    relations: Score
    relations_by_predicate: dict[str, Score]
    events: Score
    events_by_type: dict[str, Score]
    places: Score
    dates: Score
    resolution: ResolutionScore
    unscored_statements: dict[str, int]
    findings: tuple[Finding, ...]

    def summary(self) -> str:
        """The one-line summary that closes the report."""
        return (
            f"entities F1 {self.entities.f1[0]:.2f} | relations P {self.relations.precision[0]:.2f} "
            f"R {self.relations.recall[0]:.2f} | events P {self.events.precision[0]:.2f} "
            f"R {self.events.recall[0]:.2f} | resolution P {self.resolution.precision[0]:.2f} "
            f"R {self.resolution.recall[0]:.2f} | {self.articles} {self.split} articles"
        )

    def headline(self) -> dict[str, list[float]]:
        """The scores a regression test holds to, each as [value, low, high]."""
        return {
            "entities.f1": list(self.entities.f1),
            "names.f1": list(self.names.f1),
            "relations.precision": list(self.relations.precision),
            "relations.recall": list(self.relations.recall),
            "events.precision": list(self.events.precision),
            "events.recall": list(self.events.recall),
            "resolution.precision": list(self.resolution.precision),
            "resolution.recall": list(self.resolution.recall),
        }


def evaluate(
    split: str = "test",
    mode: str = "raw",
    folder: Path = GOLD_FOLDER,
    corpus: Path = DEFAULT_CORPUS,
    learned: bool = True,
) -> Evaluation:
    """Build the split's gold articles with ``kg`` and score the result
    (``learned=False``: without the entity tagger)."""
    gold = load_gold(folder, corpus, split=split)
    if not gold:
        raise ValueError(f"no gold article of split {split!r} in {folder}")
    prediction = predict(gold, mode, learned)
    comparisons = [compare_article(gold[article_id], prediction) for article_id in sorted(gold)]
    full = [c for c in comparisons if gold[c.article_id].full]
    unscored: Counter = Counter()
    for comparison in comparisons:
        unscored.update(comparison.unscored_statements)
    return Evaluation(
        split=split,
        mode=mode,
        learned=learned,
        articles=len(comparisons),
        full_articles=len(full),
        entities=score([c.entities for c in comparisons]),
        names=score([c.names for c in comparisons]),
        entities_by_type=_by_key(comparisons, "entities_by_type"),
        relations=score([c.relations for c in full]),
        relations_by_predicate=_by_key(full, "relations_by_predicate"),
        events=score([c.events for c in full]),
        events_by_type=_by_key(full, "events_by_type"),
        places=score([c.places for c in full]),
        dates=score([c.dates for c in full]),
        resolution=score_resolution(gold, prediction),
        unscored_statements=dict(sorted(unscored.items())),
        findings=tuple(f for c in comparisons for f in c.findings),
    )


def _by_key(comparisons: list[ArticleComparison], attribute: str) -> dict[str, Score]:
    keys = sorted({k for c in comparisons for k in getattr(c, attribute)})
    return {k: score([getattr(c, attribute).get(k, Counts()) for c in comparisons]) for k in keys}


def _line(label: str, result: Score) -> str:
    c = result.counts
    p, r, f = result.precision, result.recall, result.f1
    return (
        f"  {label:<22} P {p[0]:.2f} [{p[1]:.2f}–{p[2]:.2f}]  R {r[0]:.2f} [{r[1]:.2f}–{r[2]:.2f}]  "
        f"F1 {f[0]:.2f} [{f[1]:.2f}–{f[2]:.2f}]   tp {c.tp} fp {c.fp} fn {c.fn}"
    )


def format_report(evaluation: Evaluation, errors: bool = False) -> str:
    """The report as printed by ``kg eval``; the summary line comes last."""
    e = evaluation
    lines = [
        f"kg eval: split {e.split}, {e.mode} input, {'rules and tagger' if e.learned else 'rules only'}, "
        f"{e.articles} articles "
        f"({e.full_articles} with posts, relations and events); 95 % bootstrap intervals over articles",
        "entities (exact span and type)",
        _line("all", e.entities),
        *(_line(t, s) for t, s in e.entities_by_type.items()),
        "entities (name level: distinct names per article)",
        _line("all", e.names),
        "relations (per article: gold entity pairs; posts at a named body or country)",
        _line("all", e.relations),
        *(_line(p, s) for p, s in e.relations_by_predicate.items()),
        "events (type and participants, per article)",
        _line("all", e.events),
        *(_line(t, s) for t, s in e.events_by_type.items()),
        "events matched: place and date",
        _line("place", e.places),
        _line("date", e.dates),
        "resolution (pairs of gold name mentions found by kg)",
        f"  pairwise P {e.resolution.precision[0]:.2f} [{e.resolution.precision[1]:.2f}–"
        f"{e.resolution.precision[2]:.2f}]  R {e.resolution.recall[0]:.2f} [{e.resolution.recall[1]:.2f}–"
        f"{e.resolution.recall[2]:.2f}]  over {e.resolution.mentions_scored} mentions; "
        f"wrong merges: {len(e.resolution.wrong_merges)}",
    ]
    for merge in e.resolution.wrong_merges:
        lines.append(f"    {merge.entity_id}: {' + '.join(merge.gold_names)}")
    if e.unscored_statements:
        lines.append(
            "statements with no gold to score against: "
            + ", ".join(f"{p} {n}" for p, n in e.unscored_statements.items())
        )
    if errors:
        lines.append("errors")
        for finding in e.findings:
            lines.append(f"  {finding.task} {finding.kind.upper()} {finding.article_id}: {finding.what}")
            if finding.sentence:
                lines.append(f"      | {finding.sentence}")
    lines.append(e.summary())
    return "\n".join(lines)


def record_baseline(evaluation: Evaluation, path: Path = BASELINE_FILE) -> None:
    """Write the headline scores that the regression test holds later runs to."""
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data[f"{evaluation.split}/{evaluation.mode}"] = {
        "articles": evaluation.articles,
        "scores": {k: [round(x, 4) for x in v] for k, v in evaluation.headline().items()},
    }
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def statistics(folder: Path = GOLD_FOLDER, corpus: Path = DEFAULT_CORPUS) -> str:
    """Counts of the annotations by split: articles, words, mentions by type, facts."""
    gold = load_gold(folder, corpus)
    lines = []
    for split in ("train", "dev", "test"):
        articles = [g for g in gold.values() if g.split == split]
        lines.append(_split_statistics(split, articles))
    lines.append(_split_statistics("all", list(gold.values())))
    return "\n".join(lines)


def _split_statistics(split: str, articles: list[GoldArticle]) -> str:
    types = Counter(a.entities[m.entity].type for a in articles for m in a.names())
    full = [a for a in articles if a.full]
    events = Counter(e.type for a in full for e in a.events)
    words = sum(len(a.article.raw.split()) for a in articles)
    return (
        f"{split:<5} {len(articles)} articles ({len(full)} full), {words} words; "
        f"mentions {sum(types.values())}: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items()))
        + f"; nominal {sum(1 for a in articles for m in a.mentions if m.nominal)}"
        + f"; entities {sum(len(a.entities) for a in articles)}"
        + f"; posts {sum(len(a.posts) for a in full)}; relations {sum(len(a.relations) for a in full)}; "
        + "events " + (", ".join(f"{t} {n}" for t, n in sorted(events.items())) or "0")
    )
