"""Extraction: mentions, times, statements and events of one analysed article."""

from __future__ import annotations

from kg.extract.mentions import find_mentions
from kg.extract.relations import find_relations
from kg.extract.times import find_times
from kg.model import AnalysedArticle, Extraction


def extract(analysed: AnalysedArticle) -> Extraction:
    """Everything the extractors find in ``analysed``."""
    mentions = find_mentions(analysed)
    times = find_times(analysed)
    statements, events = find_relations(analysed, mentions, times)
    return Extraction(analysed, mentions, times, statements, events)
