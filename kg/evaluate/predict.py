"""Run ``kg`` on the gold articles, as raw or as segmented text, and put every
offset it gives into the raw text the gold points into."""

from __future__ import annotations

from dataclasses import dataclass

from kg.corpus.gold import GoldArticle
from kg.model import Article, Extraction, Mention, Resolution
from kg.pipeline import assemble, extract_article
from kg.raw import aligned_segmentation

INPUT_MODES = ("raw", "segmented")


@dataclass(frozen=True, slots=True)
class Prediction:
    """What ``kg`` made of the gold articles: extractions (offsets into the raw
    text) and the resolution of their mentions."""

    extractions: dict[str, Extraction]
    resolution: Resolution
    raw_span: dict[tuple[str, int, int], tuple[int, int]]

    def span(self, mention: Mention) -> tuple[int, int]:
        """The mention's span in the raw text."""
        return self.raw_span[mention.key]


def predict(gold: dict[str, GoldArticle], mode: str = "raw", learned: bool = True) -> Prediction:
    """Extract and resolve every gold article together, as one build would
    (``learned=False``: names from the rules alone)."""
    if mode not in INPUT_MODES:
        raise ValueError(f"input mode {mode!r}: expected one of {INPUT_MODES}")
    extractions = {}
    raw_span: dict[tuple[str, int, int], tuple[int, int]] = {}
    for article_id, annotated in sorted(gold.items()):
        corpus_article = annotated.article
        segmented = mode == "segmented"
        text = corpus_article.text if segmented else corpus_article.raw
        article = Article(
            id=article_id,
            text=text,
            source="corpus",
            title=corpus_article.title.replace("_", " "),
            url=corpus_article.url,
            published=corpus_article.published,
            segmented=segmented,
        )
        extraction = extract_article(article, learned)
        if extraction.article.text != text:
            raise ValueError(f"article {article_id}: kg changed the text it was given; offsets cannot be compared")
        alignment = aligned_segmentation(corpus_article.raw, text) if segmented else None
        for mention in _all_mentions(extraction):
            if alignment is None:
                raw_span[mention.key] = (mention.start, mention.end)
            else:
                raw_span[mention.key] = alignment.raw_span(mention.start, mention.end)
        extractions[article_id] = extraction
    result = assemble(extractions.values())
    return Prediction(extractions, result.resolution, raw_span)


def _all_mentions(extraction: Extraction) -> list[Mention]:
    mentions = list(extraction.mentions)
    mentions += [m for s in extraction.statements for m in (s.subject, s.object)]
    mentions += [r.mention for e in extraction.events for r in e.roles]
    return mentions
