"""Mentions to entities across the articles of a build, every decision explained.

The rules, in order:

1. A mention's bare name (title and honorific apart) is looked up in the
   alias table; names listed on one line are one thing ("Mỹ", "Hoa Kỳ").
2. Otherwise names are compared case-, underscore- and hyphen-blind
   ("Kim_Jong-un" = "Kim Jong Un"). A name written without any diacritics
   joins the one spelling with diacritics it folds to, when there is exactly
   one ("Ha Noi" -> "Hà Nội"); with two or more it stays apart.
3. A one-word person name is a short form ("Putin", "Kim", "Chúc") when it is
   the first or last word of a longer person name in its article, or the
   last word (a family name) of one in the build: exactly one candidate in
   the article decides, else exactly one in the build; more than one leaves
   the mention unresolved. An acronym ("LHQ") is matched the same way to the
   longer name whose initials it spells (in another article only when some
   article spells it out and the name is foreign: Vietnamese initials recur). A one-syllable given name ("Chúc") is trusted in
   its own article only. Short forms attach to full names and never join two
   full names, so merges cannot chain.
4. Spellings of one name that nothing else fits are merged: a foreign
   person's name one letter away from exactly one more frequent or listed
   name ("Vladmir Putin"), and a facility name that begins exactly one
   longer facility name ("sân bay vũ trụ Vostochny" -> "Vostochny
   Cosmodrome"); a facility never merges with the town it is named after.
5. A role phrase standing alone ("Tổng thống Nga", "ông chủ Điện Kremlin")
   goes to the one person the build titles so (article first, then build),
   and is recorded as a reference, not as a name.

Types are respected through coarse categories (person, organization,
location): a person never merges with a country.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.model import Decision, Entity, EntityType, Extraction, Mention, Resolution
from kg.resolve.aliases import AliasEntry, AliasTable, default_alias_table
from kg.lexicon import word_map
from kg.resolve.names import (
    LOCATION,
    ORGANIZATION,
    PERSON,
    TITLES,
    bare_name,
    category_of,
    company_core,
    display,
    drop_lead_in,
    entity_id,
    exact_key,
    fold,
    folded_key,
    facility_core,
    has_diacritics,
    initials,
    is_acronym,
    is_capitalised,
    is_honorific,
    is_vietnamese_syllable,
    strip_prefixes,
    trim_person_name,
    words,
)
from kg.resolve.registry import NAMING_RULES, RegistryEntry

SCORES = {
    "exact-name": 1.0,
    "alias-table": 0.95,
    "diacritic-fold": 0.9,
    "facility-prefix": 0.75,
    "spelling-variant": 0.7,
    "short-name-article": 0.85,
    "acronym-article": 0.85,
    "short-name-build": 0.7,
    "acronym-build": 0.7,
    "reference-article": 0.75,
    "reference-build": 0.6,
}
MAX_REJECTED = 6

#: Heads of role phrases that mean the same post.
ROLE_HEAD_SYNONYMS = word_map("resolver.role-head-synonyms")

# More specific types win ties when an entity's mentions disagree.
_TYPE_PREFERENCE = (
    EntityType.COUNTRY,
    EntityType.CITY,
    EntityType.REGION,
    EntityType.FACILITY,
    EntityType.NEWS_AGENCY,
    EntityType.PERSON,
    EntityType.ORGANIZATION,
    EntityType.LOCATION,
)

UnitKey = tuple[str, str]  # (category, normalised name or "alias:" + canonical)


@dataclass(slots=True)
class _Named:
    """A mention prepared for resolution."""

    mention: Mention
    category: str
    name: str
    surface: str
    title: str | None
    alias: AliasEntry | None = None
    unit: UnitKey | None = None


@dataclass(slots=True)
class _Pending:
    """A decision whose rejected candidates are rendered once entity ids are known."""

    mention: Mention
    rule: str
    evidence: str
    score: float
    rejected: list[tuple["_Group", str]] = field(default_factory=list)


@dataclass(slots=True)
class _Group:
    """Units that name one entity, and the mentions resolved to it."""

    units: list[UnitKey]
    category: str
    alias: AliasEntry | None = None
    members: list[tuple[_Named, _Pending]] = field(default_factory=list)
    canonical: str = ""
    id: str = ""
    same_as: list[str] = field(default_factory=list)


def resolve(
    extractions: Sequence[Extraction],
    registry: Iterable[RegistryEntry] | None = None,
    aliases: AliasTable | None = None,
) -> Resolution:
    """Merge the mentions of ``extractions`` into entities.

    ``registry`` is the entity list of an earlier build (see
    ``load_registry``): entities found again keep their earlier ids.
    ``aliases`` defaults to the shipped table ``ontology/aliases.tsv``.
    """
    return _Resolver(extractions, aliases or default_alias_table(), tuple(registry or ())).run()


class _Resolver:
    def __init__(self, extractions: Sequence[Extraction], table: AliasTable, registry: tuple[RegistryEntry, ...]):
        self.table = table
        self.registry = registry
        self.texts = {x.article.id: x.article.text for x in extractions}
        mentions = sorted({m.key: m for x in extractions for m in x.mentions}.values(), key=lambda m: m.key)
        self.named: list[_Named] = []
        self.references: list[_Named] = []
        self.decisions: dict[tuple[str, int, int], Decision] = {}
        self.pending: dict[tuple[str, int, int], _Pending] = {}
        for mention in mentions:
            prepared = self._prepare(mention)
            if prepared is None:
                self.decisions[mention.key] = Decision(mention, None, "empty-name", "no name left after titles", 0.0)
            elif mention.reference:
                self.references.append(prepared)
            else:
                self.named.append(prepared)

    # -- preparation ---------------------------------------------------

    def _prepare(self, mention: Mention) -> _Named | None:
        category = category_of(mention.type)
        text = self.texts.get(mention.article_id, "")
        if mention.reference:
            start = mention.prefix_start if mention.prefix_start is not None else mention.start
            written = text[start : mention.end] if 0 <= start < mention.end <= len(text) else mention.text
            return _Named(mention, category, display(written), display(written), None)
        # The surface form as written, less words that segmentation glued on.
        if mention.prefix_start is not None and 0 <= mention.prefix_start <= mention.start <= len(text):
            prefix = display(text[mention.prefix_start : mention.start])
        else:
            prefix = " ".join(display(p) for p in (mention.honorific, mention.title) if p)
        core = drop_lead_in(display(mention.text))
        if category == PERSON:
            core = trim_person_name(core)
        surface = " ".join(p for p in (prefix, core) if p)
        name = bare_name(mention.text, category)
        stripped = strip_prefixes(mention.text)[1] if category == PERSON else None
        if not name:
            return None
        title = display(mention.title) if mention.title else stripped
        if category == PERSON and title:
            name, title = self._split_title_place(name, title)
        return _Named(mention, category, name, surface, title)

    def _split_title_place(self, name: str, title: str) -> tuple[str, str]:
        """Move a country or city that qualifies a title out of the name:
        ("Mỹ Obama", "Tổng thống") -> ("Obama", "Tổng thống Mỹ")."""
        parts = words(name)
        for size in range(min(3, len(parts) - 1), 0, -1):
            place = " ".join(parts[:size])
            entry = self.table.lookup(LOCATION, place)
            # One-syllable short forms ("Trung" for Trung Quốc) are too often part of a name.
            well_known = entry is not None and (size > 1 or exact_key(place) == exact_key(entry.canonical))
            if well_known and entry.type in (EntityType.COUNTRY, EntityType.CITY) and is_capitalised(parts[size]):
                return " ".join(parts[size:]), f"{title} {place}"
        return name, title

    # -- the passes ----------------------------------------------------

    def run(self) -> Resolution:
        self._assign_units()
        groups = self._group_units()
        self.unit_group = {unit: group for group in groups for unit in group.units}
        self._resolve_names(groups)
        self._assign_ids(groups)
        self._resolve_references(groups)
        return self._result(groups)

    def _assign_units(self) -> None:
        """Full names get a unit; short forms are decided later."""
        self.full_units: dict[UnitKey, list[_Named]] = defaultdict(list)
        self.shorts: list[_Named] = []
        for item in self.named:
            # "Bác Hồ" is listed as written; "ông Putin" is looked up as "Putin".
            written = drop_lead_in(display(item.mention.text))
            item.alias = self.table.lookup(item.category, written) or self.table.lookup(item.category, item.name)
            if item.alias is not None:
                item.unit = (item.category, "alias:" + exact_key(item.alias.canonical))
            elif self._may_be_short(item):
                self.shorts.append(item)
                continue
            elif item.category == ORGANIZATION and (brand := company_core(item.name)) is not None:
                # "Tập đoàn Nokia" is the company "Nokia".
                item.unit = (item.category, exact_key(brand))
            elif item.mention.type is EntityType.FACILITY:
                # "sân bay vũ trụ Vostochny" and "Vostochny" name one facility, never the town "Vostochny".
                item.unit = (item.category, "facility:" + exact_key(facility_core(item.name)))
            else:
                item.unit = (item.category, exact_key(item.name))
            self.full_units[item.unit].append(item)
        # Anchors that short forms and acronyms can point to: multi-word full names.
        self.by_word: dict[tuple[str, str, str], set[UnitKey]] = defaultdict(set)
        self.in_article: Counter[tuple[str, UnitKey]] = Counter()
        for unit, items in self.full_units.items():
            for item in items:
                self.in_article[(item.mention.article_id, unit)] += 1
            for name in {i.name for i in items}:
                parts = words(name)
                if len(parts) < 2:
                    continue
                if unit[0] == PERSON:
                    for position, word in (("first", parts[0]), ("last", parts[-1])):
                        self.by_word[(PERSON, position, exact_key(word))].add(unit)
                        self.by_word[(PERSON, position + "-folded", folded_key(word))].add(unit)
                elif not any(is_acronym(part) for part in parts):
                    self.by_word[(unit[0], "initials", initials(name))].add(unit)

    def _may_be_short(self, item: _Named) -> bool:
        if item.category == PERSON:
            return len(words(item.name)) == 1
        return is_acronym(item.name)

    def _group_units(self) -> list[_Group]:
        """One group per unit, except spellings of one name that can be told apart from no other.

        A name without diacritics joins the one spelling with diacritics it folds
        to; a foreign person's name one typo away from exactly one more frequent
        name joins it ("Vladmir Putin"); a facility name that begins exactly one
        longer facility name joins it ("Vostochny" -> "Vostochny Cosmodrome").
        """
        merged_into: dict[UnitKey, tuple[UnitKey, str]] = {}
        self.fold_rejected: dict[UnitKey, list[UnitKey]] = {}
        by_folded: dict[tuple[str, str], list[UnitKey]] = defaultdict(list)
        for unit, items in self.full_units.items():
            if not unit[1].startswith("alias:"):
                by_folded[(unit[0], folded_key(unit[1]))].append(unit)
        for units in by_folded.values():
            plain = sorted(u for u in units if not any(has_diacritics(i.name) for i in self.full_units[u]))
            marked = sorted(u for u in units if u not in plain)
            if len(marked) == 1:
                for unit in plain:
                    merged_into[unit] = (marked[0], "diacritic-fold")
            elif len(marked) > 1:
                for unit in units:
                    self.fold_rejected[unit] = [u for u in marked if u != unit]
        size = {u: len(items) for u, items in self.full_units.items()}
        for unit, target in _spelling_variants(self.full_units, size).items():
            merged_into.setdefault(unit, (target, "spelling-variant"))
        for unit, target in _facility_prefixes(self.full_units).items():
            merged_into.setdefault(unit, (target, "facility-prefix"))
        # Never chain: a unit that others join does not itself join anything.
        targets = {t for t, _ in merged_into.values()}
        merged_into = {u: m for u, m in merged_into.items() if u not in targets}
        self.merge_rule = {u: rule for u, (_, rule) in merged_into.items()}
        groups: dict[UnitKey, _Group] = {}
        for unit in sorted(self.full_units, key=lambda u: (u in merged_into, u)):
            target = merged_into[unit][0] if unit in merged_into else unit
            group = groups.get(target)
            if group is None:
                group = groups[target] = _Group([target], unit[0], self.full_units[target][0].alias)
            if unit != target:
                group.units.append(unit)
        for group in groups.values():
            self._name_group(group)
        return sorted(groups.values(), key=lambda g: g.units[0])

    def _name_group(self, group: _Group) -> None:
        """The canonical name: the alias table's, else the fullest well-formed name seen."""
        if group.alias is not None:
            group.canonical = group.alias.canonical
            group.same_as.extend(group.alias.same_as)
            return
        names = Counter(item.name for item in self.full_units[group.units[0]])
        canonical = min(names, key=lambda n: _canonical_rank(n, names[n]))
        if group.category != PERSON and not is_capitalised(canonical):
            # "đảng Lao động Triều Tiên" as a label reads "Đảng Lao động Triều Tiên".
            canonical = canonical[:1].upper() + canonical[1:]
        group.canonical = canonical

    def _resolve_names(self, groups: list[_Group]) -> None:
        for group in groups:
            for unit in group.units:
                for item in self.full_units[unit]:
                    group.members.append((item, self._full_decision(item, unit, group)))
        # Acronyms found spelt out in an article may be trusted elsewhere.
        self.attested: dict[tuple[str, str], set[int]] = defaultdict(set)
        later: list[_Named] = []
        for item in self.shorts:
            found, pending = self._short_decision(item, "article")
            if found is None and pending is None:
                later.append(item)
                continue
            self._settle_short(item, found, pending, groups)
            if found is not None and item.category != PERSON:
                self.attested[(item.category, exact_key(item.name))].add(id(found))
        for item in later:
            found, pending = self._short_decision(item, "build")
            self._settle_short(item, found, pending, groups)
        groups.sort(key=lambda g: g.units[0])

    def _settle_short(self, item: _Named, found: _Group | None, pending: _Pending, groups: list[_Group]) -> None:
        if pending.rule == "ambiguous":
            self.pending[item.mention.key] = pending
            return
        if found is None:
            unit = (item.category, exact_key(item.name))
            item.unit = unit
            found = self.unit_group.get(unit)
            if found is None:
                found = _Group([unit], item.category, canonical=item.name)
                groups.append(found)
                self.unit_group[unit] = found
            elif self.full_units[unit] and self.full_units[unit][0] is not item:
                # The very name of an entity already found ("SJC" of "Công ty SJC").
                pending.evidence = f"'{item.name}' names '{found.canonical}'"
                if found.alias is None:
                    self.full_units[unit].append(item)
                    self._name_group(found)
        found.members.append((item, pending))

    def _full_decision(self, item: _Named, unit: UnitKey, group: _Group) -> _Pending:
        rejected = [(self.unit_group[u], "spelt with other diacritics") for u in self.fold_rejected.get(unit, ())]
        if item.alias is not None:
            evidence = f"'{item.name}' is listed for '{item.alias.canonical}' in the alias table (line {item.alias.line})"
            rule = "exact-name" if exact_key(item.name) == exact_key(item.alias.canonical) else "alias-table"
        elif unit != group.units[0]:
            rule = self.merge_rule[unit]
            evidence = {
                "diacritic-fold": f"'{item.name}' is '{group.canonical}' written without diacritics, "
                "the only such spelling in the build",
                "spelling-variant": f"'{item.name}' is one letter away from '{group.canonical}', "
                "the only such name in the build and the more frequent spelling",
                "facility-prefix": f"'{item.name}' begins '{group.canonical}', the only such facility in the build",
            }[rule]
        else:
            others = len(self.full_units[unit]) - 1
            evidence = f"full name '{item.name}', the same as {others} other mention(s)"
            rule = "exact-name"
        if item.title:
            evidence += f"; title/honorific '{item.title}' kept apart"
        return _Pending(item.mention, rule, evidence, SCORES[rule], rejected)

    def _short_decision(self, item: _Named, scope: str) -> tuple[_Group | None, _Pending | None]:
        """Which full name a short form or acronym abbreviates, looking in ``scope``.

        Returns (None, None) when the article has no candidate and the build
        should be asked.
        """
        if item.category == PERSON:
            # Outside its own article a lone name is read as a family name (the last word).
            kind = "short-name"
            positions = ("first", "last") if scope == "article" else ("last",)
            units = self._person_units(item.name, positions)
            how = "the first or last word of" if scope == "article" else "the last word of"
        else:
            kind = "acronym"
            units = self.by_word.get((item.category, "initials", fold(item.name.replace("_", ""))), set())
            how = "the initials of"
        everywhere = _distinct(self.unit_group[u] for u in units)
        if scope == "article":
            article = item.mention.article_id
            found = _distinct(self.unit_group[u] for u in units if self.in_article[(article, u)])
            if not found:
                return None, None
        elif kind == "acronym":
            # Vietnamese initials recur ("BTC": Bộ Tài chính, Ban tổ chức); only foreign names
            # spelt out in some article are trusted elsewhere ("GE": General Electric).
            attested = self.attested.get((item.category, exact_key(item.name)), set())
            found = [g for g in everywhere if id(g) in attested and not has_diacritics(g.canonical)]
        else:
            found = everywhere
        suffix = f"; title/honorific '{item.title}' kept apart" if item.title else ""
        if not found and scope == "build" and kind == "short-name":
            given = _distinct(self.unit_group[u] for u in self._person_units(item.name, ("first",)))
            if given:
                names = ", ".join(f"'{g.canonical}'" for g in given[:MAX_REJECTED])
                evidence = f"'{item.name}' is only the first word of names elsewhere in the build ({names}); not guessed"
                rejected = [(g, "first word only, not in this article") for g in given]
                return None, _Pending(item.mention, "ambiguous", evidence, 0.0, rejected)
        if len(found) == 1 and scope == "build" and kind == "short-name" and _recurring_given_name(item.name):
            evidence = (
                f"'{item.name}' is {how} '{found[0].canonical}' elsewhere in the build, but a one-syllable "
                "name recurs across people; only trusted in its own article"
            )
            return None, _Pending(item.mention, "ambiguous", evidence, 0.0, [(found[0], "not in this article")])
        if len(found) == 1:
            rule = f"{kind}-{scope}"
            evidence = f"'{item.name}' is {how} '{found[0].canonical}', the only such name in the {scope}{suffix}"
            if kind == "acronym" and scope == "build":
                evidence += " (spelt out so in another article)"
            rejected = [(g, "not in this article") for g in everywhere if g is not found[0]]
            return found[0], _Pending(item.mention, rule, evidence, SCORES[rule], rejected)
        if len(found) > 1:
            names = ", ".join(f"'{g.canonical}'" for g in found[:MAX_REJECTED])
            evidence = f"'{item.name}' is {how} {len(found)} names in the {scope} ({names}); not guessed"
            rejected = [(g, f"one of {len(found)} candidates in the {scope}") for g in found]
            return None, _Pending(item.mention, "ambiguous", evidence, 0.0, rejected)
        evidence = f"'{item.name}' is not {how} any longer name in the build; a name of its own{suffix}"
        return None, _Pending(item.mention, "exact-name", evidence, SCORES["exact-name"])

    def _person_units(self, name: str, positions: tuple[str, ...]) -> set[UnitKey]:
        """Full person names whose first or last word is ``name`` (folded when it has no diacritics)."""
        folded = "" if has_diacritics(name) else "-folded"
        key = folded_key(name) if folded else exact_key(name)
        return set().union(*(self.by_word.get((PERSON, p + folded, key), set()) for p in positions))

    # -- ids -----------------------------------------------------------

    def _assign_ids(self, groups: list[_Group]) -> None:
        """Ids from category and canonical name, or the id an earlier build gave the same entity.

        Earlier entities are matched to groups strongest match first: a group
        that still bears the earlier canonical name beats one that shares only
        another of its names.
        """
        by_key: dict[tuple[str, str], list[RegistryEntry]] = defaultdict(list)
        registry_ids = {entry.id for entry in self.registry}
        for entry in self.registry:
            for key in entry.keys | {exact_key(entry.name)}:
                by_key[(entry.category, key)].append(entry)
        pairs = []
        for group in groups:
            overlap: Counter[str] = Counter()
            entries: dict[str, RegistryEntry] = {}
            keys = self._registry_keys(group)
            for key, article in keys:
                for entry in by_key.get((group.category, key), ()):
                    # A short form only claims an earlier entity that the same article named.
                    if article is None or article in entry.articles:
                        overlap[entry.id] += 1
                        entries[entry.id] = entry
            base = entity_id(group.category, group.canonical)
            for entry_id, count in overlap.items():
                named = (exact_key(entries[entry_id].name), None) in keys
                rank = (not named, entry_id != base, -count, -len(group.members), entry_id, group.units[0])
                pairs.append((rank, group, entries[entry_id]))
        used: set[str] = set()
        ranked = sorted(pairs, key=lambda p: p[0])
        for _, group, entry in ranked:
            if entry.id in used or group.id:
                continue
            used.add(entry.id)
            group.id = entry.id
            group.same_as.extend(entry.same_as)
        # An earlier entity that no group took as its own id was merged into
        # the group that matches it best: its id lives on in same_as.
        for _, group, entry in ranked:
            if entry.id in used:
                continue
            used.add(entry.id)
            group.same_as.extend((entry.id, *entry.same_as))
        for group in sorted(groups, key=lambda g: (-len(g.members), entity_id(g.category, g.canonical), g.units[0])):
            if group.id:
                continue
            base = entity_id(group.category, group.canonical)
            chosen, suffix = base, 2
            while chosen in used or chosen in registry_ids:
                chosen, suffix = f"{base}-{suffix}", suffix + 1
            group.id = chosen
            used.add(chosen)

    def _registry_keys(self, group: _Group) -> set[tuple[str, str | None]]:
        """Names of a group to look up in the registry; short forms with their article."""
        keys: set[tuple[str, str | None]] = {(exact_key(group.canonical), None)}
        for item, pending in group.members:
            if pending.rule in NAMING_RULES:
                keys.add((exact_key(item.name), None))
            else:
                keys.add((exact_key(item.name), item.mention.article_id))
        return keys

    # -- references -----------------------------------------------------

    def _resolve_references(self, groups: list[_Group]) -> None:
        by_title_article: dict[tuple[str, str], set[str]] = defaultdict(set)
        by_title_build: dict[str, set[str]] = defaultdict(set)
        group_of_id = {g.id: g for g in groups}
        for group in groups:
            if group.category != PERSON:
                continue
            for item, _ in group.members:
                for key in self._role_keys(item.title) if item.title else ():
                    by_title_article[(item.mention.article_id, key)].add(group.id)
                    by_title_build[key].add(group.id)
        for item in self.references:
            post = self._role_keys(item.surface)[0]
            local = sorted(by_title_article.get((item.mention.article_id, post), ()))
            everywhere = sorted(by_title_build.get(post, ()))
            pending = None
            for scope, found in (("article", local), ("build", everywhere)):
                if len(found) == 1:
                    group = group_of_id[found[0]]
                    evidence = (
                        f"role '{item.surface}' (post '{post}') is the title of '{group.canonical}' only, "
                        f"in the {scope}; a reference, not a name"
                    )
                    rejected = [(group_of_id[g], "not in this article") for g in everywhere if g != found[0]]
                    pending = _Pending(item.mention, "reference", evidence, SCORES[f"reference-{scope}"], rejected)
                    group.members.append((item, pending))
                    break
                if len(found) > 1:
                    names = ", ".join(f"'{group_of_id[g].canonical}'" for g in found[:MAX_REJECTED])
                    evidence = f"role '{item.surface}' is the title of {len(found)} people in the {scope} ({names}); not guessed"
                    rejected = [(group_of_id[g], f"one of {len(found)} holders in the {scope}") for g in found]
                    self.pending[item.mention.key] = _Pending(item.mention, "ambiguous-reference", evidence, 0.0, rejected)
                    pending = self.pending[item.mention.key]
                    break
            if pending is None:
                evidence = f"no person in the build carries the title '{item.surface}' (post '{post}')"
                self.pending[item.mention.key] = _Pending(item.mention, "unresolved-reference", evidence, 0.0)

    def _role_keys(self, phrase: str) -> list[str]:
        """Keys of a role phrase: the post it stands for, then the generic title it starts with."""
        parts = list(words(phrase))
        while len(parts) > 1 and is_honorific(parts[0]) and not self.table.lookup("role", " ".join(parts)):
            parts.pop(0)
        role = exact_key(self.table.role(" ".join(parts)))
        for head in sorted(ROLE_HEAD_SYNONYMS, key=len, reverse=True):
            if role == head or role.startswith(head + " "):
                role = ROLE_HEAD_SYNONYMS[head] + role[len(head) :]
                break
        keys = [role]
        for title in sorted(TITLES, key=len, reverse=True):
            if role.startswith(title + " "):
                keys.append(title)
                break
        return keys

    # -- output ---------------------------------------------------------

    def _result(self, groups: list[_Group]) -> Resolution:
        entities = []
        entity_of: dict[tuple[str, int, int], str] = {}
        for group in groups:
            names: list[str] = []
            types: Counter[EntityType] = Counter()
            for item, pending in group.members:
                self.decisions[item.mention.key] = self._decision(pending, group)
                entity_of[item.mention.key] = group.id
                if item.mention.reference:
                    continue
                types[item.mention.type] += 1
                names.extend((item.name, item.surface))
            aliases = sorted({n for n in names if n and n != group.canonical})
            entity_type = group.alias.type if group.alias and group.alias.type else _majority_type(types)
            articles = sorted({item.mention.article_id for item, _ in group.members})
            same_as = tuple(dict.fromkeys(s for s in group.same_as if s != group.id))
            entities.append(
                Entity(group.id, entity_type, group.canonical, tuple(aliases), same_as, len(group.members), tuple(articles))
            )
        for key, pending in self.pending.items():
            self.decisions[key] = self._decision(pending, None)
        entities.sort(key=lambda e: e.id)
        decisions = tuple(self.decisions[key] for key in sorted(self.decisions))
        return Resolution(tuple(entities), entity_of, decisions)

    def _decision(self, pending: _Pending, group: _Group | None) -> Decision:
        rejected = tuple(f"{g.id} ('{g.canonical}'): {reason}" for g, reason in pending.rejected[:MAX_REJECTED])
        evidence = pending.evidence
        if group is not None and pending.rule != "reference":
            evidence = f"{evidence}; entity '{group.canonical}'"
        return Decision(pending.mention, group.id if group else None, pending.rule, evidence, pending.score, rejected)


def _distinct(groups: Iterable[_Group]) -> list[_Group]:
    unique = {id(g): g for g in groups}
    return sorted(unique.values(), key=lambda g: g.units[0])


def _majority_type(types: Counter[EntityType]) -> EntityType:
    return min(types, key=lambda t: (-types[t], _TYPE_PREFERENCE.index(t)))


def _canonical_rank(name: str, count: int) -> tuple:
    """Order of preference for a canonical name: well-formed (capitalised), the brand rather than
    "Tập đoàn <brand>", fullest, with diacritics, most used."""
    return (
        not is_capitalised(name),
        company_core(name) is not None,
        -len(folded_key(name).split()),
        not has_diacritics(name),
        -count,
        name,
    )


def _recurring_given_name(name: str) -> bool:
    return len(name) < 2 or is_vietnamese_syllable(name)


def _spelling_variants(units: dict[UnitKey, list[_Named]], size: dict[UnitKey, int]) -> dict[UnitKey, UnitKey]:
    """Foreign person names one typo away from exactly one more frequent (or listed) name.

    Only names without diacritics whose differing word is not a Vietnamese
    syllable, has 5 or more letters and 6 in its longer spelling:
    "Vladmir Putin" -> "Vladimir Putin", never "Lê Văn Hưng" -> "Lê Văn Hùng"
    or "Anna Smyth" -> "Anna Smith". Names of the alias table only receive.
    """
    names_of: dict[UnitKey, set[str]] = {}
    for unit, items in units.items():
        if unit[0] != PERSON or not items:
            continue
        if items[0].alias is not None:
            names_of[unit] = {folded_key(n) for n in items[0].alias.names}
        else:
            names_of[unit] = {folded_key(items[0].name)} if not has_diacritics(items[0].name) else set()
    index: dict[tuple, set[UnitKey]] = defaultdict(set)
    for unit, names in names_of.items():
        for name in names:
            for key in _typo_keys(name):
                index[key].add(unit)
    merges = {}
    for unit, names in names_of.items():
        if unit[1].startswith("alias:") or not names:
            continue
        (name,) = names
        others = {other for key in _typo_keys(name) for other in index[key] if other != unit}
        if len(others) != 1:
            continue
        (other,) = others
        if not any(_one_typo_apart(name, target) for target in names_of[other]):
            continue
        if other[1].startswith("alias:") or (size[other], other) > (size[unit], unit):
            merges[unit] = other
    return merges


def _typo_keys(name: str) -> set[tuple]:
    """Keys shared by names that differ by one letter in one long, non-Vietnamese word."""
    parts = name.split()
    keys: set[tuple] = set()
    if len(parts) < 2:
        return keys
    for i, part in enumerate(parts):
        if len(part) < 5 or is_vietnamese_syllable(part):
            continue
        rest = tuple(parts[:i] + parts[i + 1 :])
        for variant in {part} | {part[:j] + part[j + 1 :] for j in range(len(part))}:
            keys.add((len(parts), i, rest, variant))
    return keys


def _one_typo_apart(a: str, b: str) -> bool:
    differing = [(x, y) for x, y in zip(a.split(), b.split()) if x != y]
    return len(a.split()) == len(b.split()) and len(differing) == 1 and max(map(len, differing[0])) >= 6


def _facility_prefixes(units: dict[UnitKey, list[_Named]]) -> dict[UnitKey, UnitKey]:
    """Facility names that begin exactly one longer facility name ("Vostochny" -> "Vostochny Cosmodrome")."""
    facilities = {u[1][len("facility:") :]: u for u in units if u[1].startswith("facility:")}
    by_first: dict[str, list[str]] = defaultdict(list)
    for core in facilities:
        if core:
            by_first[core.split()[0]].append(core)
    merges = {}
    for core, unit in facilities.items():
        if not core:
            continue
        longer = [c for c in by_first[core.split()[0]] if c != core and c.startswith(core + " ")]
        if len(longer) == 1:
            merges[unit] = facilities[longer[0]]
    return merges
