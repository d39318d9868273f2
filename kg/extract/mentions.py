"""Named-entity mentions (placeholder: capitalised multi-syllable words)."""

from __future__ import annotations

from kg.model import AnalysedArticle, EntityType, Mention


def find_mentions(analysed: AnalysedArticle) -> tuple[Mention, ...]:
    """Every named-entity mention of ``analysed``, in text order."""
    mentions = []
    for sentence in analysed.sentences:
        for token in sentence.tokens[1:]:
            if "_" in token.text and all(s[:1].isupper() for s in token.text.split("_")):
                mentions.append(
                    Mention(analysed.id, sentence.index, token.start, token.end, token.text, EntityType.PERSON)
                )
    return tuple(mentions)
