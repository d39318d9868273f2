"""Run ``kg`` on the gold articles, as raw or as segmented text, and put every
offset it gives into the raw text the gold points into."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.corpus.gold import GoldArticle
from kg.model import Article, Extraction, Mention, Resolution
from kg.pipeline import assemble, extract_article

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
        to_raw = raw_offsets(text, corpus_article.raw) if segmented else None
        for mention in _all_mentions(extraction):
            if to_raw is None:
                raw_span[mention.key] = (mention.start, mention.end)
            else:
                raw_span[mention.key] = (to_raw[mention.start], to_raw[mention.end - 1] + 1)
        extractions[article_id] = extraction
    result = assemble(extractions.values())
    return Prediction(extractions, result.resolution, raw_span)


def _all_mentions(extraction: Extraction) -> list[Mention]:
    mentions = list(extraction.mentions)
    mentions += [m for s in extraction.statements for m in (s.subject, s.object)]
    mentions += [r.mention for e in extraction.events for r in e.roles]
    return mentions


def raw_offsets(segmented: str, raw: str) -> list[int]:
    """For each offset of the segmented text, the offset of the same character
    in the raw text (white space and the segmenter's ``_`` map to the next
    character). The two must hold the same characters apart from spacing."""
    mapping = [0] * (len(segmented) + 1)
    position = 0
    for index, char in enumerate(segmented):
        if char.isspace() or char == "_":
            while position < len(raw) and raw[position].isspace():
                position += 1
            mapping[index] = position
            continue
        while position < len(raw) and raw[position].isspace():
            position += 1
        if position >= len(raw) or raw[position] != char:
            raise ValueError(f"segmented and raw text differ at segmented offset {index} ({char!r})")
        mapping[index] = position
        position += 1
    mapping[len(segmented)] = len(raw)
    return mapping
