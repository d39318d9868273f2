"""Resolution: mentions to entities, across the articles of a build."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from kg.model import Entity, Extraction, Mention, Resolution


def resolve(extractions: Sequence[Extraction]) -> Resolution:
    """Merge mentions into entities (placeholder: exact name and type)."""
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for extraction in extractions:
        for mention in extraction.mentions:
            groups[(mention.type.value, mention.name)].append(mention)
    entities = []
    entity_of = {}
    for (type_name, name), mentions in sorted(groups.items()):
        entity_id = f"{type_name.lower()}/{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
        entities.append(
            Entity(entity_id, mentions[0].type, name, (), (), len(mentions), tuple(sorted({m.article_id for m in mentions})))
        )
        for mention in mentions:
            entity_of[mention.key] = entity_id
    return Resolution(tuple(entities), entity_of, ())
