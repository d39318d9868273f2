"""The first passes of the resolver, each returning what the next reads.

``prepare`` turns a mention into a ``Named`` (bare name, surface form, title);
``assign_units`` gives every full name its unit (the alias table's entry, or
its normalised name) and indexes the anchors short forms may point to;
``group_units`` merges the units that spell one name (diacritics left out, a
typo, a facility's short name) into ``Group`` records with their canonical name.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from kg.lexicon import word_list
from kg.model import EntityType, Mention
from kg.resolve.aliases import AliasEntry, AliasTable
from kg.resolve.without_place import bodies_without_their_place
from kg.lexicon.syllables import is_vietnamese_syllable
from kg.resolve.names import (
    INITIALLED,
    LOCATION,
    ORGANIZATION,
    PERSON,
    bare_name,
    category_of,
    company_core,
    display,
    drop_lead_in,
    exact_key,
    facility_core,
    folded_key,
    has_diacritics,
    person_gender,
    initials,
    is_acronym,
    is_capitalised,
    strip_prefixes,
    trim_person_name,
    words,
)

UnitKey = tuple[str, str]  # (category, normalised name or "alias:" + canonical)

#: ``Named.level`` before the text before the mention is read: no level word is this string.
UNREAD_LEVEL = "\0unread"


def _mark(bit: int, doc: str) -> property:
    """A yes-or-no property of a ``Named``, held as one bit of its ``marks``."""

    def get(item: "Named") -> bool:
        return bool(item.marks & bit)

    def set_(item: "Named", value: bool) -> None:
        item.marks = item.marks | bit if value else item.marks & ~bit

    return property(get, set_, doc=doc)


@dataclass(slots=True)
class Named:
    """A mention prepared for resolution.

    A build holds one per mention at once: its yes-or-no marks share one
    integer (``marks``), read and set as ``unlisted``, ``capital_for_country``,
    ``written_plain`` and ``lies_in``.
    """

    mention: Mention
    category: str
    name: str
    surface: str
    title: str | None
    alias: AliasEntry | None = None
    unit: UnitKey | None = None
    #: What keeps this name apart from another thing of the same name (``kg.resolve.qualifiers``).
    qualifier: str = ""
    #: The name the unit is made of, when not the name itself ("Chính phủ" of "Chính phủ Việt Nam").
    unit_name: str = ""
    #: The level word written before the mention, once read (``kg.resolve.qualifiers.written_level``).
    level: str | None = UNREAD_LEVEL
    #: The decision on this mention once made (``Group.add``, or left pending outside any group).
    pending: "Pending | None" = None
    #: The group the decision joins the mention to (``Group.add``).
    group: "Group | None" = None
    #: The bits of the marks below.
    marks: int = 0

    unlisted = _mark(1, """Not the thing the alias table lists under this name ("Sài Gòn" of "sông Sài Gòn").""")
    capital_for_country = _mark(2, """A capital written for its country ("Washington cáo buộc"): ``name`` is the country's.""")
    written_plain = _mark(
        4, """Written without diacritics among words written with them: the name as written (``kg.resolve.spelling``)."""
    )
    lies_in = _mark(
        8,
        """Written in brackets after a name, as the place that name lies in ("chợ Nghĩa Tân (Cầu Giấy)"):
        a place, not a facility, whatever its type (``kg.resolve.categories``).""",
    )


@dataclass(slots=True)
class Pending:
    """A decision whose rejected candidates are rendered once entity ids are known.

    It names no mention (the ``Named`` that holds it does): the mentions of one
    name decided alike share one (``kg.resolve.resolver``).
    """

    rule: str
    evidence: str
    score: float
    #: A tuple, empty for most decisions: one list per mention would cost a build more than its names.
    rejected: Sequence[tuple["Group", str]] = ()


@dataclass(slots=True)
class Group:
    """Units that name one entity, and the mentions resolved to it."""

    units: list[UnitKey]
    category: str
    alias: AliasEntry | None = None
    #: The mentions resolved to the group, each holding its decision (``add``).
    members: list[Named] = field(default_factory=list)
    canonical: str = ""
    id: str = ""
    same_as: list[str] = field(default_factory=list)
    #: The pairs (this group, why) that decisions rejecting it hold, one per reason (``rejection``).
    rejections: dict[str, tuple["Group", str]] | None = None

    def rejection(self, reason: str) -> tuple["Group", str]:
        """The pair (this group, ``reason``) for a decision that rejects the group: one object shared by
        every decision that rejects it so (a short name of the build rejects the same few names in
        article after article)."""
        if self.rejections is None:
            self.rejections = {}
        return self.rejections.setdefault(reason, (self, reason))

    def add(self, item: Named, pending: Pending) -> None:
        """Resolve ``item`` to the group, as ``pending`` decides."""
        item.pending, item.group = pending, self
        self.members.append(item)

    def decided(self) -> Iterator[tuple[Named, Pending]]:
        """Each mention of the group with its decision, in the order they were added."""
        return ((item, item.pending) for item in self.members)  # type: ignore[misc]


class ArticleUnits:
    """Which units each article writes as full names.

    Held as one sorted tuple of units per article, looked up by bisection: a
    build has tens of thousands of (article, unit) pairs, and a table of them
    took a key tuple and a slot each.
    """

    __slots__ = ("_units",)

    def __init__(self, pairs: Iterable[tuple[str, UnitKey]] = ()) -> None:
        found: dict[str, set[UnitKey]] = defaultdict(set)
        for article, unit in pairs:
            found[article].add(unit)
        self._units = {article: tuple(sorted(units)) for article, units in found.items()}

    def has(self, article: str, unit: UnitKey) -> bool:
        """Whether ``article`` writes a full name of ``unit``."""
        units = self._units.get(article, ())
        at = bisect_left(units, unit)
        return at < len(units) and units[at] == unit


@dataclass(frozen=True, slots=True)
class Units:
    """The full names by unit, the short forms left to decide, and the anchors they may point to:
    full names by first, last word or initials, and the units each article writes."""

    full_units: dict[UnitKey, list[Named]]
    shorts: list[Named]
    by_word: dict[tuple[str, str, str], set[UnitKey]]
    in_article: ArticleUnits


@dataclass(frozen=True, slots=True)
class Grouping:
    """The groups of units that name one entity, the units kept apart from other spellings,
    and the rule by which each merged unit joined its group."""

    groups: list[Group]
    fold_rejected: dict[UnitKey, list[UnitKey]]
    merge_rule: dict[UnitKey, str]


def prepare(mention: Mention, texts: dict[str, str], table: AliasTable) -> Named | None:
    """``mention`` ready for resolution: its bare name, surface form and title, or None when no name is left."""
    category = category_of(mention.type)
    text = texts.get(mention.article_id, "")
    if mention.reference:
        start = mention.prefix_start if mention.prefix_start is not None else mention.start
        written = text[start : mention.end] if 0 <= start < mention.end <= len(text) else mention.text
        shown = shared(display(written))
        return Named(mention, category, shown, shown, None)
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
        name, title = split_title_place(name, title, table)
    return Named(mention, category, shared(name), shared(surface), shared(title) if title else title)


def shared(text: str) -> str:
    """One copy of ``text`` for all who hold it: a build names the same things over and
    over, and the resolver holds every mention's names at once."""
    return sys.intern(text)


def split_title_place(name: str, title: str, table: AliasTable) -> tuple[str, str]:
    """Move a country or city that qualifies a title out of the name:
    ("Mỹ Obama", "Tổng thống") -> ("Obama", "Tổng thống Mỹ")."""
    parts = words(name)
    for size in range(min(3, len(parts) - 1), 0, -1):
        place = " ".join(parts[:size])
        entry = table.lookup(LOCATION, place)
        # One-syllable short forms ("Trung" for Trung Quốc) are too often part of a name.
        well_known = entry is not None and (size > 1 or exact_key(place) == exact_key(entry.canonical))
        if well_known and entry.type in (EntityType.COUNTRY, EntityType.CITY) and is_capitalised(parts[size]):
            return " ".join(parts[size:]), f"{title} {place}"
    return name, title


def assign_units(named: list[Named], table: AliasTable) -> Units:
    """Full names get a unit; short forms are decided later. Sets each full name's ``alias`` and ``unit``."""
    full_units: dict[UnitKey, list[Named]] = defaultdict(list)
    shorts: list[Named] = []
    # One tuple per unit, not one per mention.
    same_unit: dict[UnitKey, UnitKey] = {}
    # What depends on a name alone is worked out once per name: a build writes each many times.
    organization_keys: dict[str, str] = {}
    listed: dict[tuple[str, str, str], AliasEntry | None] = {}
    for item in named:
        if item.alias is None and not item.unlisted:
            key = (item.category, item.mention.text, item.name)
            if key not in listed:
                # "Bác Hồ" is listed as written; "ông Putin" is looked up as "Putin".
                written = drop_lead_in(display(item.mention.text))
                listed[key] = table.lookup(item.category, written) or table.lookup(item.category, item.name)
            item.alias = listed[key]
        if item.alias is not None:
            item.unit = (item.category, "alias:" + exact_key(item.alias.canonical))
        elif _may_be_short(item):
            shorts.append(item)
            continue
        elif item.category == ORGANIZATION and (brand := company_core(item.name)) is not None:
            # "Tập đoàn Nokia" is the company "Nokia".
            item.unit = (item.category, exact_key(brand))
        elif item.mention.type is EntityType.FACILITY and item.category == LOCATION and not item.lies_in:
            # "sân bay vũ trụ Vostochny" and "Vostochny" name one facility, never the town "Vostochny".
            item.unit = (item.category, "facility:" + exact_key(facility_core(item.name)))
        else:
            if item.category == ORGANIZATION:
                name = item.unit_name or item.name
                if (key := organization_keys.get(name)) is None:
                    key = organization_keys[name] = shared(_organization_key(name, table))
                item.unit_name = key
            item.unit = name_unit(item)
        item.unit = same_unit.setdefault(item.unit, item.unit)
        full_units[item.unit].append(item)
    # Anchors that short forms and acronyms can point to: multi-word full names.
    by_word: dict[tuple[str, str, str], set[UnitKey]] = defaultdict(set)
    in_article = ArticleUnits((item.mention.article_id, unit) for unit, items in full_units.items() for item in items)
    for unit, items in full_units.items():
        for name in {i.name for i in items}:
            parts = words(name)
            if len(parts) < 2:
                continue
            if unit[0] == PERSON:
                last = [parts[-1]]
                particle, _, rest = parts[-1].partition("-")
                if rest and particle.islower():
                    last.append(rest)  # "Assad" of "Bashar al-Assad"
                for position, word in [("first", parts[0])] + [("last", w) for w in last]:
                    by_word[(PERSON, position, exact_key(word))].add(unit)
                    by_word[(PERSON, position + "-folded", folded_key(word))].add(unit)
            elif not any(is_acronym(part) for part in parts):
                by_word[(unit[0], "initials", initials(name))].add(unit)
    return Units(full_units, shorts, by_word, in_article)


_AGE_GROUP = re.compile(r"\bu[ .]?(\d{2})\b")
_ORGANIZATION_WORD_BREAK = re.compile(r"[\s_\-‐‑–]+")


def _organization_key(name: str, table: AliasTable) -> str:
    """An organisation's name for comparison: age groups written one way ("U-23", "U.23" -> "u23"),
    a country in it by its usual name ("U23 VN" -> "u23 việt nam"; one word only when it is the
    usual name or an acronym: "Trung" of "Trung Nam" is no country)."""
    parts = [p for p in _ORGANIZATION_WORD_BREAK.split(name) if p]
    out: list[str] = []
    i = 0
    while i < len(parts):
        for size in range(min(4, len(parts) - i), 0, -1):
            phrase = " ".join(parts[i : i + size])
            entry = table.lookup(LOCATION, phrase)
            if entry is None or entry.type is not EntityType.COUNTRY:
                continue
            if size == 1 and not is_acronym(phrase) and exact_key(phrase) != exact_key(entry.canonical):
                continue
            out.append(entry.canonical)
            i += size
            break
        else:
            out.append(parts[i])
            i += 1
    return _AGE_GROUP.sub(r"u\1", exact_key(" ".join(out)))


def full_names_by_article(full_units: dict[UnitKey, list[Named]]) -> list[Named]:
    """Every full name of ``full_units`` (each under its ``unit``), article by article, in their order
    within an article: the order in which a build's windows of text read fastest (``kg.stream.TextWindows``
    decodes one article's at a time)."""
    return sorted((item for items in full_units.values() for item in items), key=_article_of)


def _article_of(item: Named) -> str:
    return item.mention.article_id


def name_unit(item: Named) -> UnitKey:
    """The unit of a name of its own: its category and spelling, with its qualifier."""
    return (item.category, exact_key(item.unit_name or item.name) + (f"@{item.qualifier}" if item.qualifier else ""))


def _may_be_short(item: Named) -> bool:
    if item.qualifier == "credit":
        return False  # a byline is written as its outlet always writes it ("M.Quang")
    if item.category == PERSON:
        return len(words(item.name)) == 1 or INITIALLED.match(item.name) is not None
    return is_acronym(item.name)


def group_units(full_units: dict[UnitKey, list[Named]]) -> Grouping:
    """One group per unit, except spellings of one name that can be told apart from no other.

    A name without diacritics joins the one spelling with diacritics it folds
    to; a foreign person's name one typo away from exactly one more frequent
    name joins it ("Vladmir Putin"); a facility name that begins exactly one
    longer facility name joins it ("Vostochny" -> "Vostochny Cosmodrome"); an
    organisation name with words written as initials joins the one name it
    spells ("Hội Cựu TNXP" -> "Hội Cựu Thanh niên xung phong").
    """
    merged_into: dict[UnitKey, tuple[UnitKey, str]] = {}
    fold_rejected: dict[UnitKey, list[UnitKey]] = {}
    by_folded: dict[tuple[str, str], list[UnitKey]] = defaultdict(list)
    for unit, items in full_units.items():
        if not unit[1].startswith("alias:"):
            by_folded[(unit[0], folded_key(unit[1]))].append(unit)
    for units in by_folded.values():
        plain = sorted(u for u in units if not any(has_diacritics(i.name) for i in full_units[u]))
        marked = sorted(u for u in units if u not in plain)
        # "Minh Thu" among words with marks is written so on purpose: not "Minh Thư"
        plain = [u for u in plain if not all(i.written_plain for i in full_units[u])]
        if len(marked) == 1:
            for unit in plain:
                merged_into[unit] = (marked[0], "diacritic-fold")
        elif len(marked) > 1:
            for unit in units:
                fold_rejected[unit] = [u for u in marked if u != unit]
    size = {u: len(items) for u, items in full_units.items()}
    for unit, target in _spelling_variants(full_units, size).items():
        merged_into.setdefault(unit, (target, "spelling-variant"))
    for unit, target in _place_variants(full_units, size).items():
        merged_into.setdefault(unit, (target, "spelling-variant"))
    for unit, target in _facility_prefixes(full_units).items():
        merged_into.setdefault(unit, (target, "facility-prefix"))
    for unit, target in _organization_prefixes(full_units).items():
        merged_into.setdefault(unit, (target, "organization-prefix"))
    for unit, target in bodies_without_their_place(full_units).items():
        merged_into.setdefault(unit, (target, "organization-without-place"))
    for unit, target in _given_names(full_units).items():
        merged_into.setdefault(unit, (target, "given-name"))
    for unit, target in _link_variants(full_units).items():
        merged_into.setdefault(unit, (target, "link-variant"))
    for unit, target in _abbreviated_names(full_units).items():
        merged_into.setdefault(unit, (target, "abbreviated-name"))
    # Never chain: a unit that others join does not itself join anything.
    targets = {t for t, _ in merged_into.values()}
    merged_into = {u: m for u, m in merged_into.items() if u not in targets}
    merge_rule = {u: rule for u, (_, rule) in merged_into.items()}
    groups: dict[UnitKey, Group] = {}
    for unit in sorted(full_units, key=lambda u: (u in merged_into, u)):
        target = merged_into[unit][0] if unit in merged_into else unit
        group = groups.get(target)
        if group is None:
            group = groups[target] = Group([target], unit[0], full_units[target][0].alias)
        if unit != target:
            group.units.append(unit)
    for group in groups.values():
        name_group(group, full_units)
    return Grouping(sorted(groups.values(), key=lambda g: g.units[0]), fold_rejected, merge_rule)


def name_group(group: Group, full_units: dict[UnitKey, list[Named]]) -> None:
    """The canonical name: the alias table's, else the fullest well-formed name seen."""
    if group.alias is not None:
        group.canonical = group.alias.canonical
        group.same_as.extend(group.alias.same_as)
        return
    names = Counter(item.name for item in full_units[group.units[0]])
    canonical = min(names, key=lambda n: _canonical_rank(n, names[n]))
    if group.category != PERSON and not is_capitalised(canonical):
        # "đảng Lao động Triều Tiên" as a label reads "Đảng Lao động Triều Tiên".
        canonical = canonical[:1].upper() + canonical[1:]
    group.canonical = canonical


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


def _spelling_variants(units: dict[UnitKey, list[Named]], size: dict[UnitKey, int]) -> dict[UnitKey, UnitKey]:
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
            names_of[unit] = {_transliterated(folded_key(n)) for n in items[0].alias.names}
        else:
            names_of[unit] = {_transliterated(folded_key(items[0].name))} if not has_diacritics(items[0].name) else set()
    index: dict[tuple, set[UnitKey]] = defaultdict(set)
    for unit, names in names_of.items():
        for name in names:
            for key in _typo_keys(name) | {name}:
                index[key].add(unit)
    merges = {}
    for unit, names in names_of.items():
        if unit[1].startswith("alias:") or not names:
            continue
        (name,) = names
        others = {other for key in _typo_keys(name) | {name} for other in index[key] if other != unit}
        if len(others) != 1:
            continue
        (other,) = others
        if not any(name == target or _one_typo_apart(name, target) for target in names_of[other]):
            continue
        if other[1].startswith("alias:") or (size[other], other) > (size[unit], unit):
            merges[unit] = other
    return merges


def _transliterated(name: str) -> str:
    """A folded foreign name with German umlauts written out taken back: "mesut oezil" -> "mesut ozil"."""
    return " ".join(
        _UMLAUT.sub(r"\1", part) if not is_vietnamese_syllable(part) else part for part in name.split()
    )


_UMLAUT = re.compile(r"([aou])e(?=[^aeiouy])")


def _place_variants(units: dict[UnitKey, list[Named]], size: dict[UnitKey, int]) -> dict[UnitKey, UnitKey]:
    """Places unknown to the alias table one letter left out or doubled away from exactly one
    listed place of the build ("Phlippines", "Phillippines" -> "Philippines"), names of 8 letters or more."""
    listed: dict[str, set[UnitKey]] = defaultdict(set)
    shortened: dict[str, set[UnitKey]] = defaultdict(set)
    for unit, items in units.items():
        if unit[0] != LOCATION or not items or items[0].alias is None:
            continue
        for name in items[0].alias.names:
            folded = folded_key(name)
            if len(folded) >= 8 and not has_diacritics(name):
                listed[folded].add(unit)
                for variant in _deletions(folded):
                    shortened[variant].add(unit)
    merges = {}
    for unit, items in units.items():
        name = items[0].name if items else ""
        if unit[0] != LOCATION or not name or items[0].alias is not None or items[0].qualifier or has_diacritics(name):
            continue
        folded = folded_key(name)
        if len(folded) < 8 or any(is_vietnamese_syllable(p) for p in folded.split()):
            continue
        found = set(shortened.get(folded, ())) | {u for v in _deletions(folded) for u in listed.get(v, ())}
        if len(found) == 1:
            merges[unit] = found.pop()
    return merges


def _deletions(name: str) -> set[str]:
    return {name[:j] + name[j + 1 :] for j in range(len(name))}


def _organization_prefixes(units: dict[UnitKey, list[Named]]) -> dict[UnitKey, UnitKey]:
    """One-word foreign organisation names that begin exactly one longer foreign organisation
    name of the build, the two written in one article ("Schalke" -> "Schalke 04", "Getty" -> "Getty Images"),
    unless a word of business follows (``resolver.business-words``: "Mizuho Financial" is not the bank "Mizuho")."""
    articles = {u: {i.mention.article_id for i in items} for u, items in units.items()}
    by_first: dict[str, list[UnitKey]] = defaultdict(list)
    for unit, items in units.items():
        if unit[0] != ORGANIZATION or not items or items[0].alias is not None or items[0].qualifier:
            continue
        parts = words(items[0].name)
        if len(parts) > 1 and not has_diacritics(items[0].name):
            by_first[folded_key(parts[0])].append(unit)
    merges = {}
    for unit, items in units.items():
        if unit[0] != ORGANIZATION or not items or items[0].alias is not None or items[0].qualifier:
            continue
        name = items[0].name
        if len(words(name)) != 1 or has_diacritics(name) or is_acronym(name) or is_vietnamese_syllable(folded_key(name)):
            continue
        longer = [u for u in by_first.get(folded_key(name), ()) if u != unit]
        if len(longer) == 1 and articles[unit] & articles[longer[0]]:
            rest = folded_key(units[longer[0]][0].name).split()[1:]
            # "Mizuho Financial", "Samsung Electronics": a member of the group, not the group
            if not _BUSINESS_WORDS & set(rest):
                merges[unit] = longer[0]
    return merges


_BUSINESS_WORDS = frozenset(folded_key(w) for w in word_list("resolver.business-words"))


def _given_names(units: dict[UnitKey, list[Named]]) -> dict[UnitKey, UnitKey]:
    """Vietnamese two-syllable given names that end exactly one longer Vietnamese name of the
    build, the two written in one article ("Tiến Minh" -> "Nguyễn Tiến Minh"): news calls
    sportsmen and artists so."""
    articles = {u: {i.mention.article_id for i in items} for u, items in units.items()}
    by_tail: dict[str, set[UnitKey]] = defaultdict(set)
    for unit, items in units.items():
        if unit[0] != PERSON or not items or items[0].alias is not None:
            continue
        parts = exact_key(items[0].name).split()
        if len(parts) > 2 and all(is_vietnamese_syllable(p) for p in parts):
            by_tail[" ".join(parts[-2:])].add(unit)
    merges = {}
    for unit, items in units.items():
        if unit[0] != PERSON or not items or items[0].alias is not None:
            continue
        key = exact_key(items[0].name)
        longer = by_tail.get(key, set())
        if len(key.split()) == 2 and len(longer) == 1:
            (target,) = longer
            if articles[unit] & articles[target] and not _genders_differ(items, units[target]):
                merges[unit] = target
    return merges


def _abbreviated_names(units: dict[UnitKey, list[Named]]) -> dict[UnitKey, UnitKey]:
    """Organisation names with words written as initials that spell out exactly one name of the
    build in full, word for word ("Bộ GD&ĐT" -> "Bộ Giáo dục và Đào tạo", "Hội Cựu TNXP" ->
    "Hội Cựu Thanh niên xung phong"): at least one word written out in both."""
    full: dict[tuple[str, ...], list[UnitKey]] = defaultdict(list)
    for unit, items in units.items():
        if unit[0] != ORGANIZATION or not items or items[0].qualifier or _abbreviated(items[0].name):
            continue
        for name in items[0].alias.names if items[0].alias else (items[0].name,):
            if not _abbreviated(name):
                full[_initials_key(name)].append(unit)
    merges = {}
    for unit, items in units.items():
        if unit[0] != ORGANIZATION or not items or items[0].alias is not None or items[0].qualifier:
            continue
        name = items[0].name
        if not _abbreviated(name) or not any(not is_acronym(w) for w in _name_words(name)):
            continue
        found = {u for u in full.get(_initials_key(name), ()) if _spells(name, units[u][0].alias.names if units[u][0].alias else (units[u][0].name,))}
        # spellings of one name apart from their links ("Giáo dục và Đào tạo", "Giáo dục - Đào tạo") are one candidate
        if len({_linkless(units[u][0].name) for u in found}) == 1:
            merges[unit] = max(found, key=lambda u: (len(units[u]), u))
    return merges


def _linkless(name: str) -> str:
    return " ".join(exact_key(w) for w in _name_words(name))


def _link_variants(units: dict[UnitKey, list[Named]]) -> dict[UnitKey, UnitKey]:
    """Organisation names that differ only by the links between their words ("Bộ Giáo dục và Đào
    tạo", "Bộ Giáo dục - Đào tạo", "Bộ Giáo dục Đào tạo"): the less used join the most used."""
    by_key: dict[tuple[str, str], list[UnitKey]] = defaultdict(list)
    for unit, items in units.items():
        if unit[0] == ORGANIZATION and items and items[0].alias is None and has_diacritics(items[0].name) and not _abbreviated(items[0].name):
            by_key[(_linkless(items[0].name), items[0].qualifier or "")].append(unit)
    merges = {}
    for same in by_key.values():
        if len(same) > 1:
            target = max(same, key=lambda u: (len(units[u]), u))
            merges.update({u: target for u in same if u != target})
    return merges


#: Words a name writes out that its initials leave out ("Giáo dục và Đào tạo" is "GD&ĐT").
_LINKS = frozenset({"và", "&", "-"})


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s_&]+", name) if w and w.casefold() not in _LINKS]


def _abbreviated(name: str) -> bool:
    """Whether a name has a word of two or more capitals after its first ("Bộ GD&ĐT"), but is not one."""
    parts = _name_words(name)
    return len(parts) > 1 and any(is_acronym(w) and len(_letters(w)) >= 2 for w in parts[1:])


def _letters(word: str) -> str:
    return "".join(c for c in folded_key(word) if c.isalnum())


def _initials_key(name: str) -> tuple[str, ...]:
    """The folded initials of a name's words, a word of capitals giving each of its letters."""
    letters: list[str] = []
    for word in _name_words(name):
        for part in re.split(r"[-‐‑–]", word):
            if not part:
                continue
            letters.extend(_letters(part) if is_acronym(part) else _letters(part)[:1])
    return tuple(letters)


def _spells(short: str, names: tuple[str, ...]) -> bool:
    """Whether the words ``short`` writes out are the same words of one of ``names``, in their places."""
    for name in names:
        long_words = [w for word in _name_words(name) for w in re.split(r"[-‐‑–]", word) if w]
        i = 0
        same = 0
        for word in (w for word in _name_words(short) for w in re.split(r"[-‐‑–]", word) if w):
            if is_acronym(word) and len(_letters(word)) >= 2:
                i += len(_letters(word))
            elif i < len(long_words) and folded_key(word) == folded_key(long_words[i]):
                i += 1
                same += 1
            else:
                break
        else:
            if i == len(long_words) and same:
                return True
    return False


def _genders_differ(first: list[Named], second: list[Named]) -> bool:
    """Whether the honorifics or middle names of two names say two genders and never the same
    ("bà Minh", "ông Tiến Minh"; "Tiến Minh", "Nguyễn Thị Tiến Minh")."""
    said = [{g for g in (person_gender(i.mention.honorific, i.name) for i in items) if g} for items in (first, second)]
    return bool(said[0] and said[1] and not said[0] & said[1])


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


def _facility_prefixes(units: dict[UnitKey, list[Named]]) -> dict[UnitKey, UnitKey]:
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
