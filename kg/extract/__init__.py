"""Extraction: mentions, times, statements and events of one analysed article."""

from __future__ import annotations

from kg.extract.addresses import address_mentions
from kg.extract.boards import board_mentions
from kg.extract.bracketed_bodies import bracketed_body_mentions
from kg.extract.lineups import lineup_mentions
from kg.extract.mentions import find_mentions
from kg.extract.nesting import references_outside_names
from kg.extract.relations import find_relations
from kg.extract.times import find_times
from kg.extract.units_of_bodies import units_with_their_body
from kg.extract.well_formed import first_conjuncts
from kg.lexicon import load_lexicon
from kg.model import AnalysedArticle, CreditStatement, EntityType, Extraction, Mention, Provenance

#: Sentence index of mentions that stand in the article's metadata (credits), not in a sentence.
METADATA_SENTENCE = -1
#: Confidence of a credit read from the article's structure (docs/confidence.md).
CONFIDENCE_CREDIT = 0.95


def extract(analysed: AnalysedArticle, learned: bool = True) -> Extraction:
    """Everything the extractors find in ``analysed``.

    Names are proposed by the rules and decided by the shipped entity tagger
    (``learned=False``: by the rules alone). The agencies of captions and of "( Theo … )" become NewsAgency mentions
    too, so that the resolver gives each one entity shared with the body; a credit the
    tagger reads as a person's name (a photographer's) is a Person.
    """
    mentions = find_mentions(analysed)
    if learned:
        from kg.tagger.mentions import learned_mentions

        mentions = learned_mentions(analysed, mentions)
    mentions = first_conjuncts(references_outside_names(analysed, lineup_mentions(analysed, mentions)))
    mentions = address_mentions(analysed, bracketed_body_mentions(analysed, mentions))
    mentions = units_with_their_body(analysed, board_mentions(analysed, mentions))
    times = find_times(analysed)
    statements, events = find_relations(analysed, mentions, times)
    credits = credit_mentions(analysed)
    if learned:
        from kg.tagger.mentions import credits_typed

        credits = credits_typed(analysed, credits)
    return Extraction(analysed, mentions + credits, times, statements, events, credit_statements(analysed, credits))


def credit_mentions(analysed: AnalysedArticle) -> tuple[Mention, ...]:
    """One NewsAgency mention per credit of ``analysed``, with the credit's span; a source credit
    that is a place the gazetteers list is that place (where the reporter filed from:
    "X/VOV-Phnom_Penh"); a photograph's credit names its photographer or agency, never a place."""
    text = analysed.article.text
    places = load_lexicon().names
    mentions = []
    for credit in analysed.credits:
        listed = places.get(credit.name) if credit.kind == "source" else None
        entity_type = listed if listed is not None and listed.is_location else EntityType.NEWS_AGENCY
        mentions.append(
            Mention(analysed.id, METADATA_SENTENCE, credit.start, credit.end, text[credit.start : credit.end], entity_type)
        )
    return tuple(mentions)


def credit_statements(analysed: AnalysedArticle, agencies: tuple[Mention, ...]) -> tuple[CreditStatement, ...]:
    """The article's credits as statements: "source" for "( Theo … )", "mediaCredit" for captions.

    ``agencies`` are the credits' mentions (``credit_mentions``), one per credit, in order; a
    credit that is a place credits nothing.
    """
    text = analysed.article.text
    return tuple(
        CreditStatement(
            "source" if credit.kind == "source" else "mediaCredit",
            agency,
            Provenance(
                article_id=analysed.id,
                sentence_index=METADATA_SENTENCE,
                sentence=text[credit.start : credit.end],
                start=credit.start,
                end=credit.end,
                extractor="structure",
                confidence=CONFIDENCE_CREDIT,
            ),
        )
        for credit, agency in zip(analysed.credits, agencies, strict=True)
        if not agency.type.is_location
    )
