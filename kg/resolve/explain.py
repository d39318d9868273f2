"""``kg explain NAME``: why each mention of a name went to its entity.

Reads the ``resolution.jsonl`` a build writes (one decision a line, see
``kg.jsonio.decision_record``). A mention matches NAME when its name, or its
name with title and honorific, equals NAME ignoring case, diacritics,
underscores and hyphens; so do all mentions of an entity whose id NAME spells
("vladimir putin" for ``person/vladimir-putin``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.resolve.names import display, folded_key, slug


class ExplainError(ValueError):
    """An unreadable resolution file, with its line."""


def read_decisions(path: Path | str) -> Iterator[dict[str, Any]]:
    """The decision records of ``path``; raises ``ExplainError`` naming the line of a bad one."""
    path = Path(path)
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record["mention"]["text"]
            except (ValueError, KeyError, TypeError) as error:
                raise ExplainError(
                    f"{path}:{number}: not a resolution record ({error}); rebuild with `kg build INPUT --out FOLDER`"
                ) from None
            yield record


def mention_forms(record: dict[str, Any]) -> set[str]:
    """Folded keys under which a decision's mention can be asked for."""
    mention = record["mention"]
    name = mention.get("text") or ""
    forms = {folded_key(name)}
    prefix = [p for p in (mention.get("honorific"), mention.get("title")) if p]
    if prefix:
        forms.add(folded_key(" ".join([*prefix, name])))
        forms.add(folded_key(" ".join([prefix[-1], name])))
    if mention.get("surface"):
        forms.add(folded_key(mention["surface"]))
    return forms


def matching_decisions(records: Iterable[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """The decisions about the entities ``name`` names, by any of their names (any of
    their mentions, with or without title, or their id), and about the other mentions
    that match ``name``."""
    wanted = folded_key(name)
    wanted_slug = slug(name)
    records = list(records)
    matching = [
        r for r in records
        if wanted in mention_forms(r) or (r.get("entity") or "").split("/", 1)[-1] == wanted_slug
    ]
    entities = {r.get("entity") for r in matching} - {None, ""}
    chosen = {id(r) for r in matching}
    return [r for r in records if r.get("entity") in entities or id(r) in chosen]


def explain_name(resolution_jsonl_path: Path | str, name: str) -> str:
    """A readable account of every decision about ``name`` in a build's resolution file."""
    records = matching_decisions(read_decisions(resolution_jsonl_path), name)
    if not records:
        return (
            f"No mention matches '{name}' in {resolution_jsonl_path} "
            "(names are compared ignoring case, diacritics and underscores).\n"
        )
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        by_entity[record.get("entity") or ""].append(record)
    lines = [f"'{name}': {len(records)} mention(s), {len(by_entity)} outcome(s)", ""]
    for entity in sorted(by_entity, key=lambda e: (e == "", e)):
        group = by_entity[entity]
        heading = f"-> {entity}" if entity else "-> unresolved"
        lines.append(f"{heading}  ({len(group)} mention(s))")
        for record in sorted(group, key=lambda r: (r["article_id"], r["mention"]["start"])):
            lines.extend(_describe(record))
        lines.append("")
    return "\n".join(lines)


def _written(mention: dict[str, Any]) -> str:
    """The mention as written: honorific and title in front of the name, unless the name holds them."""
    text = display(mention["text"])
    prefix = [display(p) for p in (mention.get("honorific"), mention.get("title")) if p]
    prefix = [p for p in prefix if not folded_key(text).startswith(folded_key(p))]
    return " ".join([*prefix, text])


def _describe(record: dict[str, Any]) -> list[str]:
    mention = record["mention"]
    written = _written(mention)
    kind = "reference" if mention.get("reference") else mention.get("type", "")
    lines = [
        f"  {record['article_id']} [{mention['start']}:{mention['end']}] \"{written}\" ({kind})",
        f"      rule {record['rule']}, score {float(record['score']):.2f}",
        f"      evidence: {record['evidence']}",
    ]
    rejected = record.get("rejected") or []
    if rejected:
        lines.append("      rejected: " + "; ".join(rejected))
    else:
        lines.append("      rejected: none")
    return lines
