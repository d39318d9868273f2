"""The tagger's spans as mentions: the rules propose, the model decides.

The rule-based recogniser's names are the tagger's hints; the tagger's spans
become the article's name mentions. A span that a rule mention covers exactly
keeps that mention's title and honorific (which the relation extractors
read); a span no rule proposed becomes a plain mention; a rule name the
tagger rejects is dropped. Role phrases standing for a person (``reference``)
are not names and pass through as the rules made them.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import AnalysedArticle, EntityType, Mention
from kg.tagger.features import document_types
from kg.tagger.syllables import syllable_spans
from kg.tagger.tagger import EntityTagger, default_tagger, hint_labels


def learned_mentions(
    analysed: AnalysedArticle, rule_mentions: tuple[Mention, ...], tagger: EntityTagger | None = None
) -> tuple[Mention, ...]:
    """The name mentions of ``analysed`` as the tagger labels them, given the rules' ``rule_mentions``."""
    tagger = tagger or default_tagger()
    text = analysed.article.text
    names = [m for m in rule_mentions if not m.reference]
    hints = [(m.start, m.end, m.type.value) for m in names]
    offsets = syllable_spans(text)
    article_types = document_types([text[s:e] for s, e in offsets], hint_labels(offsets, hints))
    by_span = {(m.start, m.end): m for m in names}
    result: list[Mention] = []
    for sentence in analysed.sentences:
        sentence_hints = [h for h in hints if sentence.start <= h[0] < sentence.end]
        for span in tagger.tag(text, sentence.start, sentence.end, sentence_hints, article_types):
            entity_type = EntityType(span.type)
            proposed = by_span.get((span.start, span.end))
            if proposed is not None:
                result.append(replace(proposed, type=entity_type, confidence=span.confidence))
            else:
                result.append(
                    Mention(
                        analysed.id,
                        sentence.index,
                        span.start,
                        span.end,
                        text[span.start:span.end],
                        entity_type,
                        confidence=span.confidence,
                    )
                )
    result += [m for m in rule_mentions if m.reference]
    return tuple(sorted(result, key=lambda m: (m.start, m.end)))
