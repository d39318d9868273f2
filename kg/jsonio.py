"""JSON views of the pipeline's records, for ``kg extract`` and debugging files."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from kg.graph import identifying_roles
from kg.model import Decision, Event, Extraction, Mention, Provenance, Resolution, Statement, TimeExpression

#: ``json.dumps(value, ensure_ascii=False)``, without making an encoder per call (the exporters call it per value).
dumps_unicode = json.JSONEncoder(ensure_ascii=False).encode


def mention_record(mention: Mention, resolution: Resolution | None = None) -> dict[str, Any]:
    """A mention as JSON: surface, type, offsets, sentence, title/honorific, entity."""
    record: dict[str, Any] = {
        "text": mention.text,
        "type": mention.type.value,
        "start": mention.start,
        "end": mention.end,
        "sentence": mention.sentence,
        "title": mention.title,
        "honorific": mention.honorific,
        "reference": mention.reference,
    }
    if mention.confidence is not None:
        record["confidence"] = mention.confidence
    if resolution is not None:
        record["entity"] = resolution.entity_for(mention)
    return record


def provenance_record(provenance: Provenance) -> dict[str, Any]:
    """Provenance as JSON (the sentence's text, not its span)."""
    record = asdict(provenance)
    del record["sentence_span"]
    return record


def statement_record(statement: Statement, resolution: Resolution | None = None) -> dict[str, Any]:
    """A binary statement as JSON with both ends and its provenance."""
    record = {
        "subject": mention_record(statement.subject, resolution),
        "predicate": statement.predicate,
        "object": mention_record(statement.object, resolution),
        "provenance": provenance_record(statement.provenance),
    }
    if statement.title is not None:
        record["title"] = statement.title
    if statement.start is not None:
        record["start"] = time_record(statement.start)
    return record


def time_record(time: TimeExpression) -> dict[str, Any]:
    """A date as JSON: the words as written, the value and its XSD type, the precision."""
    value = time.xsd()
    return {
        "text": time.text,
        "value": value,
        "precision": time.precision,
        "relative": time.relative,
        "start": time.start,
        "end": time.end,
    }


def event_record(event: Event, resolution: Resolution | None = None) -> dict[str, Any]:
    """An event as JSON with its roles, time and provenance."""
    return {
        "type": event.type.value,
        "roles": [{"role": r.role, **mention_record(r.mention, resolution)} for r in event.roles],
        "time": None if event.time is None else time_record(event.time),
        "items": list(event.items),
        "quote": event.quote,
        "planned": event.planned,
        "accepted": event.accepted,
        "vehicle": event.vehicle,
        "provenance": provenance_record(event.provenance),
    }


def decision_record(decision: Decision) -> dict[str, Any]:
    """A resolver decision as JSON."""
    return {
        "mention": mention_record(decision.mention),
        "article_id": decision.mention.article_id,
        "entity": decision.entity_id,
        "rule": decision.rule,
        "evidence": decision.evidence,
        "score": decision.score,
        "rejected": list(decision.rejected),
    }


def extraction_records(extractions: Iterable[Extraction], resolution: Resolution) -> Iterator[dict[str, Any]]:
    """One JSON object per article: metadata, mentions, times, statements, events.

    Facts are those the graph keeps: a role phrase the resolver tied to no one
    ("Giám_đốc NSA" with nobody named) is the subject, object or party of none.
    """
    for extraction in extractions:
        analysed = extraction.analysed
        article = analysed.article
        yield {
            "id": article.id,
            "source": article.source,
            "title": article.title or analysed.title,
            "author": analysed.author,
            "url": article.url,
            "published": article.published,
            "credits": [asdict(c) for c in analysed.credits],
            "sentences": len(analysed.sentences),
            "mentions": [mention_record(m, resolution) for m in extraction.mentions],
            "times": [{**asdict(t), "precision": t.precision} for t in extraction.times],
            "statements": [
                statement_record(s, resolution)
                for s in extraction.statements
                if _stands_for_someone(s.subject, resolution) and _stands_for_someone(s.object, resolution)
            ],
            "events": [record for e in extraction.events if (record := _event_told_of_someone(e, resolution))],
        }


def _stands_for_someone(mention: Mention, resolution: Resolution) -> bool:
    """False for a role phrase ("Giám_đốc NSA") that the resolver tied to no one: the graph drops its facts."""
    return not mention.reference or resolution.entity_for(mention) is not None


def _event_told_of_someone(event: Event, resolution: Resolution) -> dict[str, Any] | None:
    """``event_record`` without the roles filled by a role phrase tied to no one, or None when
    no role that identifies it is left (as in the graph)."""
    record = event_record(event, resolution)
    record["roles"] = [
        r for r, role in zip(record["roles"], event.roles) if _stands_for_someone(role.mention, resolution)
    ]
    identifying = identifying_roles(event.type)
    return record if any(r["role"] in identifying for r in record["roles"]) else None
