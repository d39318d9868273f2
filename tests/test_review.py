"""review.tsv: the entities a person should check first."""

from __future__ import annotations

from dataclasses import replace

from kg.export.records import REVIEW_CONFIDENCE, generate_review
from kg.model import EntityType, Resolution


def _rows(resolution: Resolution) -> list[dict[str, str]]:
    header, *lines = list(generate_review(resolution))
    columns = header.split("\t")
    return [dict(zip(columns, line.split("\t"))) for line in lines]


def test_review_lists_entities_named_once_with_their_reasons(seeds_build) -> None:
    resolution = seeds_build.resolution
    rows = _rows(resolution)
    once = {e.id for e in resolution.entities if e.mention_count == 1}
    assert once and once <= {row["entity"] for row in rows}
    assert all(row["reasons"] for row in rows)
    for row in rows:
        assert ("one mention" in row["reasons"]) == (row["mentions"] == "1")


def test_review_puts_low_confidence_and_disagreeing_types_first(seeds_build) -> None:
    resolution = seeds_build.resolution
    target = max(resolution.entities, key=lambda e: e.mention_count)
    decisions = []
    changed = False
    for decision in resolution.decisions:
        if decision.entity_id == target.id and not decision.mention.reference and not changed:
            mention = replace(decision.mention, confidence=REVIEW_CONFIDENCE / 2, type=_other_type(decision.mention.type))
            decision = replace(decision, mention=mention)
            changed = True
        decisions.append(decision)
    rows = _rows(replace(resolution, decisions=tuple(decisions)))
    first = rows[0]
    assert first["entity"] == target.id
    assert first["reasons"] == "low confidence, types disagree"
    assert first["lowest confidence"] == f"{REVIEW_CONFIDENCE / 2:.2f}"


def _other_type(entity_type: EntityType) -> EntityType:
    return EntityType.CITY if entity_type != EntityType.CITY else EntityType.REGION
