"""Dates and times (placeholder: none)."""

from __future__ import annotations

from kg.model import AnalysedArticle, TimeExpression


def find_times(analysed: AnalysedArticle) -> tuple[TimeExpression, ...]:
    """Every date or time expression of ``analysed``, resolved against its publication date."""
    return ()
