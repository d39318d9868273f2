"""Mentions to entities across the articles of a build, every decision explained.

The rules, in order:

1. A mention's bare name (title and honorific apart) is looked up in the
   alias table; names listed on one line are one thing ("Mỹ", "Hoa Kỳ").
2. Otherwise names are compared case-, underscore- and hyphen-blind
   ("Kim_Jong-un" = "Kim Jong Un"). A name written without any diacritics
   joins the one spelling with diacritics it folds to, when there is exactly
   one ("Ha Noi" -> "Hà Nội"); with two or more it stays apart.
3. A one-word person name is a short form ("Putin", "Kim", "Chúc") when it is
   the last word of a longer person name in its article, or the first word of
   a foreign one (a Vietnamese name's first word is a family name), or the
   last word (a family name) of one in the build: exactly one candidate in
   the article decides, else exactly one in the build; more than one leaves
   the mention unresolved, except a foreign name its article spells out
   nowhere ("Quốc vương Abdullah" where the build has "Abdullah bin Abdulaziz"
   and "Abdullah Gul"), which is a person of its own within its article, so
   that what the article says of them is kept; a Vietnamese given name ("chị
   Minh") so is a person of its own only where its article names it again
   under the same honorific within a few sentences: two people interviewed in
   one article may share it. A short form under "bà" never joins a name the
   build writes only under "ông" (and the reverse), nor one whose middle name
   says the other gender ("Thị", "Văn"). A word of address written alone
   ("Anh", "Em" with no "ông" or "chị" before it) is a pronoun or a word of a
   title ("Anh trai Thu Phương"), never a short name. An acronym an article
   defines in brackets ("Tập đoàn Dầu khí Việt Nam (PVN)") is that name's. An
   acronym ("LHQ") is otherwise matched the same way to the
   longer name whose initials it spells (in another article only when some
   article spells it out and the name is foreign: Vietnamese initials recur). A one-syllable given name ("Chúc") is trusted in
   its own article only, and so is a two-syllable one ("Văn Nghĩa") that
   ends a full name of the build (``kg.resolve.qualifiers``). Short forms attach to full names and never join two
   full names, so merges cannot chain. A full name that one article writes
   under "ông" and another under "bà" names two people, kept apart
   (``kg.resolve.namesakes``).
4. Spellings of one name that nothing else fits are merged: a foreign
   person's name one letter away from exactly one more frequent or listed
   name ("Vladmir Putin"), and a facility name that begins exactly one
   longer facility name ("sân bay vũ trụ Vostochny" -> "Vostochny
   Cosmodrome"); a facility never merges with the town it is named after;
   organisation names that differ only by the links between their words
   ("và", "-", "&") are one; a body named without the country or province
   ending its full name joins the one such full name of the build an article
   also writes ("Hiệp hội Vận tải" -> "Hiệp hội Vận tải Việt Nam",
   ``kg.resolve.without_place``); an organisation name with words written as initials joins the one
   name of the build it spells ("Bộ LĐTB&XH" -> "Bộ Lao động - Thương
   binh và Xã hội").
5. A role phrase standing alone ("Tổng thống Nga", "ông chủ Điện Kremlin")
   goes to the one person the build titles so (article first, then build),
   and is recorded as a reference, not as a name; one in apposition right
   after a person's name ("Nguyễn Văn An - Thứ trưởng Bộ Y tế") is that
   person's. A post several people hold
   at once (a deputy minister, a member, a deputy, an ambassador:
   ``resolver.shared-roles``) goes only to the one its article titles so,
   and one written for several ("các đời tổng thống Mỹ",
   ``resolver.plural-before-role``) goes to no one.

Types are respected through coarse categories (person, organization,
location): a person never merges with a country.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from kg.model import Decision, Entity, EntityType, Extraction, Mention, Resolution
from kg.resolve.address import generations_in_articles, of_generation
from kg.resolve.abbreviations import defined_acronyms, gender_of, genders_of_units
from kg.resolve.aliases import AliasTable, default_alias_table
from kg.lexicon.syllables import is_vietnamese_syllable
from kg.resolve.names import (
    INITIALLED,
    ORGANIZATION,
    PERSON,
    category_of,
    entity_id,
    exact_key,
    fold,
    folded_key,
    has_diacritics,
    is_word_of_address,
)
from kg.resolve.categories import recategorise
from kg.resolve.mention_index import MentionIndex
from kg.resolve.ministries import name_ministries
from kg.resolve.context import TextWindow
from kg.resolve.qualifiers import qualify
from kg.resolve.references import MAX_REJECTED, REFERENCE_SCORES, resolve_references
from kg.resolve.namesakes import separate_namesakes
from kg.resolve.registry import NAMING_RULES, RegistryEntry
from kg.resolve.credits import mark_credits
from kg.resolve.spelling import mark_written_plain
from kg.resolve.units import (
    ArticleUnits,
    Group,
    Grouping,
    Named,
    Pending,
    UnitKey,
    Units,
    assign_units,
    group_units,
    name_unit,
    name_group,
    prepare,
    shared,
)

SCORES = {
    "exact-name": 1.0,
    "alias-table": 0.95,
    "diacritic-fold": 0.9,
    "facility-prefix": 0.75,
    "organization-prefix": 0.7,
    "organization-without-place": 0.75,
    "given-name": 0.75,
    "abbreviated-name": 0.75,
    "link-variant": 0.85,
    "capital-country": 0.8,
    "spelling-variant": 0.7,
    "short-name-article": 0.85,
    "acronym-article": 0.85,
    "short-name-build": 0.7,
    "own-name-article": 0.6,
    "own-name-nearby": 0.5,
    "acronym-build": 0.7,
    **REFERENCE_SCORES,
}

#: What a resolution keeps of its decisions, given them one by one (``tuple``, or a spool on disk).
Keep = Callable[[Iterator[Decision]], Sequence[Decision]]


#: The type of an entity of a category none of whose mentions was typed in that category.
_CATEGORY_TYPES = {ORGANIZATION: EntityType.ORGANIZATION, PERSON: EntityType.PERSON}

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


def resolve(
    extractions: Sequence[Extraction],
    registry: Iterable[RegistryEntry] | None = None,
    aliases: AliasTable | None = None,
) -> Resolution:
    """Merge the mentions of ``extractions`` into entities.

    ``registry`` is the entity list of an earlier build (see
    ``load_registry``): entities found again keep their earlier ids.
    ``aliases`` defaults to the shipped table ``ontology/aliases.tsv``.

    The passes, each returning what the next one reads: prepare the mentions
    (``kg.resolve.units.prepare``), give full names their units
    (``assign_units``), group the units that spell one name
    (``group_units``), then decide short forms, ids and references here.
    """
    texts = {x.article.id: x.article.text for x in extractions}
    return resolve_mentions((m for x in extractions for m in x.mentions), texts, registry, aliases)


def resolve_mentions(
    all_mentions: Iterable[Mention],
    texts: Mapping[str, TextWindow],
    registry: Iterable[RegistryEntry] | None = None,
    aliases: AliasTable | None = None,
    keep: Keep = tuple,
    read_all: Callable[[], None] | None = None,
) -> Resolution:
    """``resolve`` fed with only what it reads: the mentions, and each article's text by id.

    The resolver reads an article's text only near its mentions (the words
    written before and after a name, see ``kg.stream.RESOLVER_CONTEXT``),
    so a build may give, for each article, just those windows of it.
    ``keep`` is given the decisions one by one, in mention order, and returns
    what the resolution holds of them (a build spools them to disk, so they
    are never all in memory at once). ``read_all`` is called once every
    name is decided, before the decisions are written out: the texts and the
    mentions given are not read after it, and a caller may let them go.
    """
    table = aliases or default_alias_table()
    mentions = sorted({m.key: m for m in all_mentions}.values(), key=lambda m: m.key)
    named: list[Named] = []
    references: list[Named] = []
    empty: list[Decision] = []
    for mention in mentions:
        prepared = prepare(mention, texts, table)
        if prepared is None:
            empty.append(Decision(mention, None, "empty-name", "no name left after titles", 0.0))
        elif mention.reference:
            references.append(prepared)
        else:
            named.append(prepared)
    notes = recategorise(named, texts, table)
    name_ministries(named, texts, notes)
    qualify(named, texts, table)
    notes.update(separate_namesakes(named, table))
    mark_written_plain(named, texts)
    mark_credits(named, texts)
    units = assign_units(named, table)
    grouping = group_units(units.full_units)
    resolver = _Resolver(table, tuple(registry or ()), texts, references, empty, units, grouping, notes)
    # The resolver holds what it still reads, and lets go of it once the names are decided.
    del mentions, named, references, empty, units, grouping
    return resolver.run(keep, read_all)


class _Resolver:
    """Decides the short forms, the ids and the references of one build's grouped names."""

    def __init__(
        self,
        table: AliasTable,
        registry: tuple[RegistryEntry, ...],
        texts: dict[str, str],
        references: list[Named],
        empty: list[Decision],
        units: Units,
        grouping: Grouping,
        notes: dict[tuple[str, int, int], str],
    ) -> None:
        self.table = table
        #: Why a mention is read as another kind of thing than its type says (``kg.resolve.categories``).
        self.notes = notes
        self.registry = registry
        self.texts = texts
        self.references = references
        self.empty = empty
        #: The mentions left out of every group, each holding its decision, by mention key.
        self.pending: dict[tuple[str, int, int], Named] = {}
        #: One decision for the full names decided alike, by rule and evidence (most mentions of a build).
        self.alike: dict[tuple[str, str], Pending] = {}
        self.full_units = units.full_units
        self.shorts = units.shorts
        self.by_word = units.by_word
        self.in_article = units.in_article
        self.groups = grouping.groups
        self.fold_rejected = grouping.fold_rejected
        self.merge_rule = grouping.merge_rule
        self.unit_group = {unit: group for group in self.groups for unit in group.units}
        #: Acronyms found spelt out in an article, trusted elsewhere (filled by ``_resolve_names``).
        self.attested: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.defined = defined_acronyms(units.full_units, texts)
        self.genders = genders_of_units(units.full_units)
        self.generations = generations_in_articles(units.full_units, texts)

    def run(self, keep: Keep = tuple, read_all: Callable[[], None] | None = None) -> Resolution:
        groups = self.groups
        self._resolve_names(groups)
        assign_ids(groups, self.registry)
        self._resolve_references(groups)
        self._forget_what_the_rules_read()
        if read_all is not None:
            read_all()
        return self._result(groups, keep)

    def _forget_what_the_rules_read(self) -> None:
        """Let go of the texts and the indexes the rules read: the decisions are made from the groups
        and the pending decisions alone, and this is the moment a build holds the most."""
        self.texts, self.references, self.shorts = {}, [], []
        self.full_units, self.by_word, self.unit_group, self.fold_rejected, self.merge_rule = {}, {}, {}, {}, {}
        self.defined, self.genders, self.generations = {}, {}, {}
        self.in_article, self.attested = ArticleUnits(), defaultdict(set)
        self.alike = {}

    def _resolve_names(self, groups: list[Group]) -> None:
        for group in groups:
            for unit in group.units:
                for item in self.full_units[unit]:
                    group.add(item, self._full_decision(item, unit, group))
        # Acronyms found spelt out in an article may be trusted elsewhere.
        later: list[Named] = []
        for item in self.shorts:
            found, pending = self._short_decision(item, "article")
            if found is None and pending is None:
                later.append(item)
                continue
            self._settle_short(item, found, pending, groups)
            if found is not None and item.category != PERSON:
                self.attested[(item.category, exact_key(item.name))].add(id(found))
        chained = _given_name_chains(later)
        for item in later:
            found, pending = self._short_decision(item, "build")
            if pending is not None and pending.rule == "ambiguous" and item.category == PERSON:
                pending = _own_in_article(item, pending, chained.get(id(item)))
            self._settle_short(item, found, pending, groups)
        groups.sort(key=lambda g: g.units[0])

    def _settle_short(self, item: Named, found: Group | None, pending: Pending, groups: list[Group]) -> None:
        if pending.rule == "ambiguous":
            item.pending, item.group = pending, None
            self.pending[item.mention.key] = item
            return
        if found is None:
            unit = name_unit(item)
            item.unit = unit
            found = self.unit_group.get(unit)
            if found is None:
                found = Group([unit], item.category, canonical=item.name)
                groups.append(found)
                self.unit_group[unit] = found
            elif self.full_units[unit] and self.full_units[unit][0] is not item:
                # The very name of an entity already found ("SJC" of "Công ty SJC").
                pending.evidence = f"'{item.name}' names '{found.canonical}'"
                if found.alias is None:
                    self.full_units[unit].append(item)
                    name_group(found, self.full_units)
        pending.evidence = shared(pending.evidence)
        found.add(item, pending)

    def _full_decision(self, item: Named, unit: UnitKey, group: Group) -> Pending:
        rejected = tuple(self.unit_group[u].rejection("spelt with other diacritics") for u in self.fold_rejected.get(unit, ()))
        if item.capital_for_country:
            # not a name of the country: never a key by which a later build finds it again
            evidence = f"the capital '{item.mention.text.replace('_', ' ')}' written for its country '{group.canonical}'"
            rule = "capital-country"
        elif item.alias is not None:
            evidence = f"'{item.name}' is listed for '{item.alias.canonical}' in the alias table (line {item.alias.line})"
            rule = "exact-name" if exact_key(item.name) == exact_key(item.alias.canonical) else "alias-table"
        elif unit != group.units[0]:
            rule = self.merge_rule[unit]
            evidence = _merge_evidence(rule, item.name, group.canonical)
        else:
            others = len(self.full_units[unit]) - 1
            evidence = f"full name '{item.name}', the same as {others} other mention(s)"
            rule = "exact-name"
        if item.title:
            evidence += f"; title/honorific '{item.title}' kept apart"
        if rejected:
            return Pending(rule, shared(evidence), SCORES[rule], rejected)
        # The mentions of one name decided alike share their decision.
        key = (rule, shared(evidence))
        found = self.alike.get(key)
        if found is None:
            found = self.alike[key] = Pending(rule, key[1], SCORES[rule])
        return found

    def _short_decision(self, item: Named, scope: str) -> tuple[Group | None, Pending | None]:
        """Which full name a short form or acronym abbreviates, looking in ``scope``.

        Returns (None, None) when the article has no candidate and the build
        should be asked.
        """
        initialled = INITIALLED.match(item.name) if item.category == PERSON else None
        if item.category == PERSON and item.mention.honorific is None and is_word_of_address(item.name):
            # "Anh trai Thu Phương", "“Anh muốn em sống sao”": the pronoun, or a word of a title
            evidence = (
                f"'{item.name}' is a word of address written alone, without one before it: a pronoun "
                "or a word of a title, not a short name; not guessed"
            )
            return None, Pending("ambiguous", evidence, 0.0)
        if initialled:
            # "V.Putin": the surname of a full name whose given name the initial begins
            kind = "short-name"
            letter, surname = fold(initialled.group(1))[0], initialled.group(2)
            units = {
                u for u in self._person_units(surname, ("last",))
                if fold(u[1].removeprefix("alias:")).startswith(letter)
                or any(fold(n).startswith(letter) for i in self.full_units[u][:1] if i.alias for n in i.alias.names)
            }
            how = f"the surname, after the initial '{letter.upper()}.', of"
        elif item.category == PERSON:
            # Outside its own article a lone name is read as a family name (the last word).
            kind = "short-name"
            positions = ("first", "last") if scope == "article" else ("last",)
            units = self._person_units(item.name, positions)
            how = "the first or last word of" if scope == "article" else "the last word of"
        else:
            kind = "acronym"
            units = self.by_word.get((item.category, "initials", fold(item.name.replace("_", ""))), set())
            how = "the initials of"
            where = item.mention.article_id if scope == "article" else "*"
            # an acronym names a thing of its own kind: "VN" for a team is not the country "Việt Nam (VN)"
            defined = {u for u in self.defined.get((where, exact_key(item.name)), set()) if u[0] == item.category}
            if scope == "build":
                # Vietnamese initials recur ("BTC": Bộ Tài chính, Ban tổ chức); only foreign names travel
                defined = {u for u in defined if not any(has_diacritics(i.name) for i in self.full_units[u])}
            if defined:
                units, how = defined, "defined in brackets after"
        gender = gender_of(item)
        if gender is not None:
            # "bà Park" is not the "ông Park Chung-hee" of another article
            units = {u for u in units if not self.genders.get(u) or gender in self.genders[u]}
        units, own = of_generation(item, units, self.texts, self.generations, self.in_article, scope)
        if own is not None:
            return None, Pending("exact-name", own, SCORES["exact-name"])
        everywhere = _distinct(self.unit_group[u] for u in units)
        if scope == "article":
            article = item.mention.article_id
            found = _distinct(self.unit_group[u] for u in units if self.in_article.has(article, u))
            if not found:
                return None, None
        elif kind == "acronym" and how.startswith("defined"):
            found = everywhere
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
                rejected = tuple(g.rejection("first word only, not in this article") for g in given)
                return None, Pending("ambiguous", evidence, 0.0, rejected)
        if len(found) == 1 and scope == "build" and kind == "short-name" and _recurring_given_name(item.name):
            evidence = (
                f"'{item.name}' is {how} '{found[0].canonical}' elsewhere in the build, but a one-syllable "
                "name recurs across people; only trusted in its own article"
            )
            return None, Pending("ambiguous", evidence, 0.0, [(found[0], "not in this article")])
        if len(found) == 1:
            rule = f"{kind}-{scope}"
            evidence = f"'{item.name}' is {how} '{found[0].canonical}', the only such name in the {scope}{suffix}"
            if kind == "acronym" and scope == "build":
                evidence += " (spelt out so in another article)"
            rejected = tuple(g.rejection("not in this article") for g in everywhere if g is not found[0])
            return found[0], Pending(rule, evidence, SCORES[rule], rejected)
        if len(found) > 1:
            names = ", ".join(f"'{g.canonical}'" for g in found[:MAX_REJECTED])
            evidence = f"'{item.name}' is {how} {len(found)} names in the {scope} ({names}); not guessed"
            rejected = tuple(g.rejection(f"one of {len(found)} candidates in the {scope}") for g in found)
            return None, Pending("ambiguous", evidence, 0.0, rejected)
        evidence = f"'{item.name}' is not {how} any longer name in the build; a name of its own{suffix}"
        return None, Pending("exact-name", evidence, SCORES["exact-name"])

    def _person_units(self, name: str, positions: tuple[str, ...]) -> set[UnitKey]:
        """Full person names whose first or last word is ``name`` (folded when it has no diacritics).

        A Vietnamese name's first word is its family name, which news never uses alone for
        a person ("chị Ngọc" is not "Ngọc Hà"); only foreign names are matched by their first word.
        """
        folded = "" if has_diacritics(name) else "-folded"
        key = folded_key(name) if folded else exact_key(name)
        found: set[UnitKey] = set()
        for position in positions:
            units = self.by_word.get((PERSON, position + folded, key), set())
            if position == "first":
                units = {u for u in units if not _vietnamese_name(u[1])}
            found |= units
        return found

    def _resolve_references(self, groups: list[Group]) -> None:
        self.pending.update(resolve_references(groups, self.references, self.table, self.texts))

    # -- output ---------------------------------------------------------

    def _result(self, groups: list[Group], keep: Keep) -> Resolution:
        entities = []
        # What each decision is made from, by article; the decisions themselves are made one at a time for ``keep``.
        decided: defaultdict[str, list[_Decided]] = defaultdict(list)
        for decision in self.empty:
            decided[decision.mention.article_id].append(decision)
        for group in groups:
            names: list[str] = []
            types: Counter[EntityType] = Counter()
            for item, pending in group.decided():
                decided[item.mention.article_id].append(item)
                if item.mention.reference:
                    continue
                types[item.mention.type] += 1
                names.extend((item.name, item.surface))
            aliases = sorted({n for n in names if n and n != group.canonical})
            entity_type = group.alias.type if group.alias and group.alias.type else _majority_type(types, group.category)
            articles = sorted({item.mention.article_id for item in group.members})
            same_as = tuple(dict.fromkeys(s for s in group.same_as if s != group.id))
            entities.append(
                Entity(group.id, entity_type, group.canonical, tuple(aliases), same_as, len(group.members), tuple(articles))
            )
        for key, item in self.pending.items():
            decided[key[0]].append(item)
        entities.sort(key=lambda e: e.id)
        entity_of = MentionIndex((item.mention.key, group.id) for group in groups for item in group.members)
        made = (_made(entry, self._decision) for entry in _in_mention_order(decided))
        kept = keep(made)
        # The pending decisions hold the groups they rejected, whose decisions hold others: cycles
        # the collector would free late, after the graph is built.
        del made, decided
        for group in groups:
            group.members.clear()
            group.rejections = None
        self.pending.clear()
        return Resolution(tuple(entities), entity_of, kept)

    def _decision(self, mention: Mention, pending: Pending, group: Group | None) -> Decision:
        rejected = tuple(f"{g.id} ('{g.canonical}'): {reason}" for g, reason in pending.rejected[:MAX_REJECTED])
        evidence = pending.evidence
        if mention.key in self.notes:
            evidence = f"{self.notes[mention.key]}; {evidence}"
        if group is not None and pending.rule != "reference":
            evidence = f"{evidence}; entity '{group.canonical}'"
        return Decision(mention, group.id if group else None, pending.rule, evidence, pending.score, rejected)


#: What a decision is made from: made already, or a mention holding its pending decision (and group).
_Decided = Decision | Named


def _in_mention_order(decided: dict[str, list[_Decided]]) -> Iterator[_Decided]:
    """The entries of ``decided``, given by article, in the order of their mentions' keys; of two
    for one mention, the one given later. Each article's are let go once read."""
    for article_id in sorted(decided):
        latest = {_mention_of(entry).key: entry for entry in decided.pop(article_id)}
        for key in sorted(latest):
            yield latest[key]


def _mention_of(entry: _Decided) -> Mention:
    return entry.mention


def _made(decided: _Decided, decide: Callable[[Mention, Pending, Group | None], Decision]) -> Decision:
    """The decision ``decided`` stands for: made already, or made by ``decide`` from a pending one."""
    if isinstance(decided, Decision):
        return decided
    # The group holds the mention, which held the group: no cycle left for the collector.
    group, decided.group = decided.group, None
    return decide(decided.mention, decided.pending, group)  # type: ignore[arg-type]


def _merge_evidence(rule: str, name: str, canonical: str) -> str:
    """Why the spelling ``name`` joined the group named ``canonical`` by ``rule``."""
    return {
        "diacritic-fold": f"'{name}' is '{canonical}' written without diacritics, "
        "the only such spelling in the build",
        "spelling-variant": f"'{name}' is one letter (or a written-out umlaut) away from "
        f"'{canonical}', the only such name in the build and the more frequent or listed spelling",
        "facility-prefix": f"'{name}' begins '{canonical}', the only such facility in the build",
        "organization-prefix": f"'{name}' begins '{canonical}', the only such organisation "
        "in the build, and an article writes both",
        "organization-without-place": f"'{name}' is '{canonical}' without the place ending it, the only such "
        "organisation in the build, and an article writes both",
        "given-name": f"'{name}' is the given name of '{canonical}', the only such name "
        "in the build, and an article writes both",
        "abbreviated-name": f"'{name}' is '{canonical}' with words written as initials, "
        "the only such name in the build",
        "link-variant": f"'{name}' is '{canonical}' with other words or signs between its words (và, -, &)",
    }[rule]


def _distinct(groups: Iterable[Group]) -> list[Group]:
    unique = {id(g): g for g in groups}
    return sorted(unique.values(), key=lambda g: g.units[0])


def _own_in_article(item: Named, pending: Pending, chain: str | None) -> Pending:
    """A person's short name that no name of its article spells out and several of the build could: a person
    of its own within its article ("Quốc vương Abdullah" beside "Abdullah bin Abdulaziz" and "Abdullah Gul"
    elsewhere), so that what the article says of them is kept, and merged with no one. A Vietnamese given name
    is one person only along its ``chain`` (``_given_name_chains``): two people interviewed in one article may
    share it ("chị Minh" of one market, "chị Minh" of another, pages apart)."""
    article = item.mention.article_id
    if chain is not None:
        item.qualifier, scope, rule = chain, "where its article names it again within a few sentences", "own-name-nearby"
    else:
        item.qualifier, scope, rule = f"of article {article}", "within its article", "own-name-article"
    evidence = f"{pending.evidence.removesuffix('; not guessed')}; not guessed: a person of its own {scope}"
    return Pending(rule, evidence, SCORES[rule], pending.rejected)


#: How many sentences apart two mentions of one Vietnamese given name, with one honorific, stay one person.
_CHAIN_SENTENCES = 3


def _given_name_chains(items: list[Named]) -> dict[int, str]:
    """A qualifier for each Vietnamese given name of ``items`` (by ``id``): the mentions of one name under one
    honorific in one article, each within ``_CHAIN_SENTENCES`` of the one before, share it ("chị Minh cho biết
    … Chị Minh nói thêm")."""
    chains: dict[int, str] = {}
    last: dict[tuple[str, str, str], tuple[int, str]] = {}
    people = [i for i in items if i.category == PERSON and _vietnamese_name(exact_key(i.name))]
    for item in sorted(people, key=lambda i: (i.mention.article_id, i.mention.start)):
        mention = item.mention
        key = (mention.article_id, exact_key(item.name), (mention.honorific or "").lower())
        before = last.get(key)
        if before is not None and mention.sentence - before[0] <= _CHAIN_SENTENCES:
            chain = before[1]
        else:
            chain = f"of article {mention.article_id} from {mention.start}"
        last[key] = (mention.sentence, chain)
        chains[id(item)] = chain
    return chains


def _majority_type(types: dict[EntityType, int], category: str) -> EntityType:
    # Types of the entity's own category first: a club read as the city it is named after is a city.
    fitting = {t: n for t, n in types.items() if category_of(t) == category}
    if not fitting and category in _CATEGORY_TYPES:
        # every mention typed a place, read as a body: a team written by its country's name is a team
        return _CATEGORY_TYPES[category]
    fitting = fitting or types
    return min(fitting, key=lambda t: (-fitting[t], _TYPE_PREFERENCE.index(t)))


def _vietnamese_name(key: str) -> bool:
    """Whether every word of a name key could be a Vietnamese syllable ("nguyễn văn an")."""
    parts = key.split("@")[0].split()
    return bool(parts) and all(is_vietnamese_syllable(p) for p in parts)


def _recurring_given_name(name: str) -> bool:
    return len(name) < 2 or is_vietnamese_syllable(name)


def assign_ids(groups: list[Group], registry: Iterable[RegistryEntry]) -> None:
    """Ids from category and canonical name, or the id an earlier build gave the same entity.

    Earlier entities are matched to groups strongest match first: a group
    that still bears the earlier canonical name beats one that shares only
    another of its names.
    """
    by_key: dict[tuple[str, str], list[RegistryEntry]] = defaultdict(list)
    registry_ids = {entry.id for entry in registry}
    for entry in registry:
        for key in entry.keys | {exact_key(entry.name)}:
            by_key[(entry.category, key)].append(entry)
    pairs = []
    for group in groups:
        overlap: Counter[str] = Counter()
        entries: dict[str, RegistryEntry] = {}
        keys = _registry_keys(group)
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

def _registry_keys(group: Group) -> set[tuple[str, str | None]]:
    """Names of a group to look up in the registry; short forms with their article."""
    keys: set[tuple[str, str | None]] = {(exact_key(group.canonical), None)}
    for item, pending in group.decided():
        if pending.rule in NAMING_RULES:
            keys.add((exact_key(item.name), None))
        else:
            keys.add((exact_key(item.name), item.mention.article_id))
    return keys

# -- references -----------------------------------------------------
