"""The terms of the gold annotations: entity types, relation predicates, event
types and their roles, and the normalised roles of posts.

Types, predicates and event types are the vocabulary's (``ontology/kg.ttl``);
the post roles are read from ``annotations/post-roles.tsv``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

ENTITY_TYPES = frozenset(
    {"Person", "Organization", "NewsAgency", "Country", "City", "Region", "Facility", "Location"}
)

# Binary relations between entities; posts are records of their own.
RELATION_PREDICATES = frozenset({"memberOf", "locatedIn", "partOf"})

EVENT_ROLES: dict[str, frozenset[str]] = {
    "Meeting": frozenset({"participant", "place"}),
    "Visit": frozenset({"agent", "destination", "recipient"}),
    "Travel": frozenset({"agent", "destination", "place"}),
    "Invitation": frozenset({"agent", "recipient", "destination"}),
    "GiftGiving": frozenset({"agent", "recipient"}),
    "Statement": frozenset({"agent", "recipient", "source"}),
}

# The roles that say who took part: an event of an article is identified by
# its type and the entities in these roles.
CORE_ROLES: dict[str, frozenset[str]] = {
    "Meeting": frozenset({"participant"}),
    "Visit": frozenset({"agent", "destination", "recipient"}),
    "Travel": frozenset({"agent", "destination"}),
    "Invitation": frozenset({"agent", "recipient"}),
    "GiftGiving": frozenset({"agent", "recipient"}),
    "Statement": frozenset({"agent"}),
}

PLACE_ROLES = frozenset({"place"})

DATE_PATTERN = re.compile(r"^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2}|\d{4}-\d{2}|\d{4})$")

_ROLES_FILE = Path(__file__).resolve().parents[2] / "annotations" / "post-roles.tsv"


@cache
def post_roles(path: Path = _ROLES_FILE) -> frozenset[str]:
    """The normalised post roles the gold may use."""
    roles = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("role\t"):
            continue
        roles.add(line.split("\t", 1)[0].strip())
    return frozenset(roles)
