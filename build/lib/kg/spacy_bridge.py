"""spaCy integration: ``kg``'s mentions as ``doc.ents`` of a spaCy pipeline.

>>> import spacy, kg.spacy_bridge
>>> nlp = spacy.blank("vi")          # Vietnamese tokenizer (pyvi)
>>> nlp.add_pipe("kg_entities")
>>> [(e.text, e.label_) for e in nlp("Tổng thống Nga Vladimir Putin tiếp ông Kim Jong-un.").ents]
[('Nga', 'Country'), ('Vladimir Putin', 'Person'), ('Kim Jong-un', 'Person')]

The component runs ``kg``'s own analysis on ``doc.text`` (raw or segmented)
and aligns each mention to spaCy's tokens; a mention that only part of a
token covers widens to the whole token.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.model import Article
from kg.pipeline import extract_article
from kg.raw import looks_segmented

if not Doc.has_extension("kg_extraction"):
    Doc.set_extension("kg_extraction", default=None)


@Language.component("kg_entities", assigns=["doc.ents", "doc._.kg_extraction"])
def kg_entities(doc: Doc) -> Doc:
    """Set ``doc.ents`` from ``kg``'s mentions; keep the full extraction in ``doc._.kg_extraction``."""
    article = Article(id="doc", text=doc.text, source="<spacy>", segmented=looks_segmented(doc.text))
    extraction = extract_article(article)
    spans: list[Span] = []
    taken: set[int] = set()
    for mention in extraction.mentions:
        if mention.reference:
            continue
        span = doc.char_span(mention.start, mention.end, label=mention.type.value, alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        spans.append(span)
    doc.ents = spans
    doc._.kg_extraction = extraction
    return doc
