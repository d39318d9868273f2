"""Corrections a user makes to the resolver, as data: ``kg build --overrides FILE``.

The file is tab-separated, one correction a line, ``#`` starting a comment:

    merge   ENTITY  ENTITY          the two are one thing; the first keeps its id
    split   ENTITY  NAME  [ARTICLE] the mentions of ENTITY named NAME (in ARTICLE
                                    only, when given) are another thing
    type    ENTITY  TYPE            the entity's type (Person, Organization, …)

ENTITY is an entity id ("person/tran-tuan-anh") or a name the entity goes by
(its name or an alias, compared as ``kg explain`` compares names). A name
that fits no entity, or more than one, is an error naming the line: an
override never guesses. Overrides apply in file order, after the resolver;
each mention they move gets an ``override`` decision whose evidence names
the file and line and keeps the resolver's own decision, so ``kg explain``
shows that an override decided.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from kg.model import Decision, Entity, EntityType, Mention, Resolution
from kg.resolve.names import category_of, display, entity_id, folded_key

KINDS = ("merge", "split", "type")
OVERRIDE_RULE = "override"


class OverrideError(ValueError):
    """An override line that cannot be read or applied, with its file and line."""


@dataclass(frozen=True, slots=True)
class Override:
    """One correction: its kind, its fields, and where it was written."""

    kind: str
    fields: tuple[str, ...]
    source: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"


def load_overrides(path: Path | str) -> tuple[Override, ...]:
    """The overrides of ``path``; raises ``OverrideError`` naming the line of a bad one."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise OverrideError(f"{path}: cannot read the overrides file ({error}); give a UTF-8 text file") from None
    return parse_overrides(text.splitlines(), str(path))


def parse_overrides(lines: list[str], source: str = "<overrides>") -> tuple[Override, ...]:
    """Overrides from the lines of a file (see the module docstring for the format)."""
    found = []
    arity = {"merge": (2, 2), "split": (2, 3), "type": (2, 2)}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, *fields = [f.strip() for f in line.split("\t")]
        if kind not in KINDS:
            raise OverrideError(f"{source}:{number}: unknown override {kind!r}; use one of {', '.join(KINDS)}, tab-separated")
        low, high = arity[kind]
        if not low <= len(fields) <= high or not all(fields):
            raise OverrideError(
                f"{source}:{number}: {kind} takes {low}" + (f"-{high}" if high != low else "") + " tab-separated fields"
            )
        if kind == "type" and fields[1] not in {t.value for t in EntityType}:
            names = ", ".join(t.value for t in EntityType)
            raise OverrideError(f"{source}:{number}: unknown type {fields[1]!r}; use one of {names}")
        found.append(Override(kind, tuple(fields), source, number))
    return tuple(found)


def apply_overrides(resolution: Resolution, overrides: tuple[Override, ...]) -> Resolution:
    """``resolution`` with every override applied in order."""
    state = _State(resolution)
    for override in overrides:
        if override.kind == "merge":
            state.merge(override)
        elif override.kind == "split":
            state.split(override)
        else:
            state.retype(override)
    return state.result()


class _State:
    """The entities, mention assignments and decisions being corrected."""

    def __init__(self, resolution: Resolution) -> None:
        self.entities = {e.id: e for e in resolution.entities}
        self.entity_of = dict(resolution.entity_of)
        self.decisions = {d.mention.key: d for d in resolution.decisions}

    def find(self, wanted: str, override: Override) -> Entity:
        """The one entity ``wanted`` names (an id, a name or an alias)."""
        if wanted in self.entities:
            return self.entities[wanted]
        key = folded_key(wanted)
        matches = [e for e in self.entities.values() if key in {folded_key(n) for n in (e.name, *e.aliases)}]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise OverrideError(f"{override.where}: no entity is named {wanted!r}; give an id from entities.jsonl")
        ids = ", ".join(sorted(e.id for e in matches))
        raise OverrideError(f"{override.where}: {wanted!r} names {len(matches)} entities ({ids}); give one id")

    def merge(self, override: Override) -> None:
        keep, gone = (self.find(f, override) for f in override.fields)
        if keep.id == gone.id:
            return
        for key, current in list(self.entity_of.items()):
            if current == gone.id:
                self._move(key, keep.id, override, f"merged {gone.id} into {keep.id}")
        aliases = sorted({*keep.aliases, gone.name, *gone.aliases} - {keep.name})
        self.entities[keep.id] = replace(
            keep,
            aliases=tuple(aliases),
            same_as=tuple(dict.fromkeys((*keep.same_as, *gone.same_as))),
            mention_count=keep.mention_count + gone.mention_count,
            articles=tuple(sorted({*keep.articles, *gone.articles})),
        )
        del self.entities[gone.id]

    def split(self, override: Override) -> None:
        source = self.find(override.fields[0], override)
        name = folded_key(override.fields[1])
        article = override.fields[2] if len(override.fields) > 2 else None
        moving = [
            key
            for key, current in self.entity_of.items()
            if current == source.id
            and (article is None or key[0] == article)
            and key in self.decisions
            and folded_key(self.decisions[key].mention.text) == name
        ]
        if not moving:
            raise OverrideError(f"{override.where}: {source.id} has no mention named {override.fields[1]!r}")
        mentions = [self.decisions[key].mention for key in moving]
        new_id = self._free_id(category_of(source.type), override.fields[1])
        for key in moving:
            self._move(key, new_id, override, f"split from {source.id}")
        self.entities[new_id] = _entity_of_mentions(new_id, display(override.fields[1]), source.type, mentions)
        rest = [self.decisions[k].mention for k, current in self.entity_of.items() if current == source.id and k in self.decisions]
        if rest:
            self.entities[source.id] = replace(
                source, mention_count=len(rest), articles=tuple(sorted({m.article_id for m in rest}))
            )
        else:
            del self.entities[source.id]

    def retype(self, override: Override) -> None:
        entity = self.find(override.fields[0], override)
        self.entities[entity.id] = replace(entity, type=EntityType(override.fields[1]))

    def _move(self, key: tuple[str, int, int], target: str, override: Override, what: str) -> None:
        self.entity_of[key] = target
        before = self.decisions.get(key)
        if before is None:
            return
        evidence = f"{override.where}: {what}; the resolver had decided {before.rule}: {before.evidence}"
        self.decisions[key] = Decision(before.mention, target, OVERRIDE_RULE, evidence, 1.0, before.rejected)

    def _free_id(self, category: str, name: str) -> str:
        base = entity_id(category, name)
        candidate, number = base, 2
        while candidate in self.entities:
            candidate, number = f"{base}-{number}", number + 1
        return candidate

    def result(self) -> Resolution:
        entities = tuple(sorted(self.entities.values(), key=lambda e: e.id))
        decisions = tuple(self.decisions[key] for key in sorted(self.decisions))
        return Resolution(entities, self.entity_of, decisions)


def _entity_of_mentions(new_id: str, name: str, entity_type: EntityType, mentions: list[Mention]) -> Entity:
    surfaces = Counter(display(m.text) for m in mentions)
    aliases = tuple(sorted(s for s in surfaces if s != name))
    return Entity(new_id, entity_type, name, aliases, (), len(mentions), tuple(sorted({m.article_id for m in mentions})))
