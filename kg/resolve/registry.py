"""The entity registry of a build (``entities.jsonl``), for ids that stay stable.

A build writes one JSON object per entity: its id, the coarse category its
names were grouped under (the first part of its id), its type,
name, the full names its mentions used (as comparison keys), its
``same_as`` and the articles that mention it. The next build reads it back, so an entity keeps its id when
articles are added, even when its canonical name changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Resolution
from kg.resolve.names import bare_name, category_of, exact_key

#: Rules whose mentions name their entity in full (not a short form or a role).
NAMING_RULES = frozenset({"exact-name", "alias-table", "diacritic-fold", "spelling-variant", "facility-prefix", "organization-prefix", "organization-without-place", "given-name", "abbreviated-name", "link-variant"})


class RegistryError(ValueError):
    """A malformed registry file, with its line."""


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    """An entity of an earlier build."""

    id: str
    category: str
    name: str
    keys: frozenset[str]
    same_as: tuple[str, ...] = ()
    articles: frozenset[str] = frozenset()


def registry_lines(resolution: Resolution) -> Iterator[str]:
    """One JSON line per entity of ``resolution``, sorted by id."""
    keys: dict[str, set[str]] = {}
    for decision in resolution.decisions:
        if decision.entity_id and decision.rule in NAMING_RULES:
            category = category_of(decision.mention.type)
            keys.setdefault(decision.entity_id, set()).add(exact_key(bare_name(decision.mention.text, category)))
    for entity in sorted(resolution.entities, key=lambda e: e.id):
        names = keys.get(entity.id, set()) | {exact_key(entity.name)}
        record = {
            "id": entity.id,
            # the category the resolver grouped the names under, which its id begins with: an entity
            # whose type came from another category ("SCMP" joining a person's name) is found again
            "category": entity.id.split("/", 1)[0],
            "type": entity.type.value,
            "name": entity.name,
            "keys": sorted(names),
            "same_as": list(entity.same_as),
            "articles": list(entity.articles),
        }
        yield json.dumps(record, ensure_ascii=False)


def parse_registry(lines: Iterable[str], source: str = "<registry>") -> tuple[RegistryEntry, ...]:
    """Parse registry lines; raises ``RegistryError`` naming ``source`` and the line."""
    entries = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            entries.append(
                RegistryEntry(
                    id=str(record["id"]),
                    category=str(record["category"]),
                    name=str(record["name"]),
                    keys=frozenset(str(k) for k in record.get("keys", ())),
                    same_as=tuple(str(s) for s in record.get("same_as", ())),
                    articles=frozenset(str(a) for a in record.get("articles", ())),
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            raise RegistryError(
                f"{source}:{number}: not an entity record ({error}); "
                "delete the file to start ids afresh or restore it from the previous build"
            ) from None
    return tuple(entries)


def load_registry(path: Path | str) -> tuple[RegistryEntry, ...]:
    """Read ``entities.jsonl`` of a previous build; a missing file is an empty registry."""
    path = Path(path)
    if not path.exists():
        return ()
    restore = "delete the file to start ids afresh or restore it from the previous build"
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise RegistryError(f"{path}: not UTF-8 (bad byte at offset {error.start}); {restore}") from None
    except OSError as error:
        raise RegistryError(f"{path}: cannot read it ({error.strerror}); {restore}") from None
    return parse_registry(text.splitlines(), str(path))
