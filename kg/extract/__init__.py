"""Extraction: mentions, times, statements and events of one analysed article."""

from __future__ import annotations

from kg.model import AnalysedArticle, EntityType, Extraction, Mention


def extract(analysed: AnalysedArticle) -> Extraction:
    """Everything the extractors find in ``analysed`` (placeholder: capitalised multi-syllable words)."""
    mentions = []
    for sentence in analysed.sentences:
        for token in sentence.tokens[1:]:
            if "_" in token.text and all(s[:1].isupper() for s in token.text.split("_")):
                mentions.append(
                    Mention(analysed.id, sentence.index, token.start, token.end, token.text, EntityType.PERSON)
                )
    return Extraction(analysed, tuple(mentions))
