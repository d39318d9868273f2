"""Statements and events (placeholder: none)."""

from __future__ import annotations

from kg.model import AnalysedArticle, Event, Mention, Statement, TimeExpression


def find_relations(
    analysed: AnalysedArticle, mentions: tuple[Mention, ...], times: tuple[TimeExpression, ...]
) -> tuple[tuple[Statement, ...], tuple[Event, ...]]:
    """Roles, places, memberships, events and speech found in ``analysed``."""
    return (), ()
