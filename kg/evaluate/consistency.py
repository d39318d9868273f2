"""Gold consistency across articles: entities that look like one thing but have
different gold identities, or one identity under names that do not match.

Resolution is scored against ``gold_identities``: entities of different
articles are one thing when they share a key, or a name form of one type
family. A ministry keyed in one article and unkeyed in another, "Úc" and
"Australia", or one person spelt two ways then count as different things, and
a bare "Quốc hội" of two countries as one. This check reads only the gold
(no extraction runs) and lists such groups for an annotator to decide. Two
entities of different types ("Pakse" the city and the airport), or both keyed
with different keys, are kept apart on purpose and not flagged as alike:

- ``same form``: one name form (case-folded) on entities of different identities;
- ``keyed and unkeyed``: as above, where one entity has a key and another none;
- ``variant form``: forms that differ only by spacing, hyphens, dots, "&", case
  or the place of the tone mark ("Uỷ ban"/"Ủy ban");
- ``acronym``: an acronym form that is the acronym of another entity's form
  (not for people: bylines in initials name no one across articles), or a
  name with a run of words written as initials ("Công ty VBĐQ Sài Gòn");
- ``known aliases``: names the alias table (``ontology/aliases.tsv``) or the
  gazetteer's international names give as one thing ("Úc"/"Australia",
  "TP.HCM"/"Sài Gòn"), on entities of different identities;
- ``spelling``: two names of people, one word apart, where that word is
  written in Latin letters without Vietnamese marks in both and differs only
  by foreign marks ("Özil"/"Ozil") or by a letter or two
  ("Urosevski"/"Urolevski"); keys spelt so are not apart either;
- ``bare name``: a person named in an article only by one word, without a
  key, that is the last word of another article's person;
- ``generic body``: an organisation named only by a generic body
  (``resolver.generic-bodies`` in ``ontology/words.tsv``) without a key, or
  with a key that is itself only the generic body ("{Bộ Y tế}");
- ``two entities of one article, one identity``: two entities an annotator
  kept apart in one article that share an unkeyed form ("Hoa@s5", "Hoa@s35"),
  so that the identities join them;
- ``one identity, different names``: entities of one identity none of whose
  full names (key, else longest form) the others write.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from kg.corpus.gold import GoldArticle
from kg.evaluate.compare import fold
from kg.evaluate.resolution import TYPE_FAMILIES, gold_identities
from kg.lexicon.gazetteer import load_lexicon
from kg.lexicon.tsv import syllables_of
from kg.lexicon.words import word_map
from kg.resolve.aliases import default_alias_table

SAME_FORM = "same form"
KEYED_AND_UNKEYED = "keyed and unkeyed"
VARIANT_FORM = "variant form"
ACRONYM = "acronym"
ALIASES = "known aliases"
SPELLING = "spelling"
BARE_NAME = "bare name"
GENERIC_BODY = "generic body"
DIFFERENT_NAMES = "one identity, different names"
ONE_ARTICLE = "two entities of one article, one identity"

_PUNCTUATION = re.compile(r"[\s\-‐–.,&'’/_]+")
_ACRONYM_FORM = re.compile(r"^[A-ZĐ0-9][A-ZĐ0-9.\-&]*[A-ZĐ0-9]$")
_JOINING_WORDS = frozenset({"và", "&"})


@dataclass(frozen=True, slots=True)
class Member:
    """One gold entity of one article, as the check sees it."""

    article: str
    entity: str
    type: str
    key: str | None
    forms: tuple[str, ...]
    identity: object

    @property
    def family(self) -> str:
        """The type family identities are drawn within (people, organisations, places)."""
        return TYPE_FAMILIES[self.type]

    @property
    def full_name(self) -> str:
        """The name the entity is known by across articles: its key, else its longest form."""
        return self.key or max(self.forms, key=len, default=self.entity)


@dataclass(frozen=True, slots=True)
class Group:
    """Entities of different articles the check flags together, and why."""

    reason: str
    members: tuple[Member, ...]


def members_of(gold: dict[str, GoldArticle]) -> list[Member]:
    """Every gold entity with a name form, with its identity across ``gold``."""
    identity = gold_identities(gold)
    members = []
    for article_id in sorted(gold):
        annotated = gold[article_id]
        forms: dict[str, list[str]] = defaultdict(list)
        for mention in annotated.names():
            if mention.text not in forms[mention.entity]:
                forms[mention.entity].append(mention.text)
        for entity_id, entity in annotated.entities.items():
            if forms[entity_id]:
                members.append(
                    Member(article_id, entity_id, entity.type, entity.key, tuple(forms[entity_id]),
                           identity[(article_id, entity_id)])
                )
    return members


def loose(text: str) -> str:
    """A name with case, spacing, hyphens, dots, "&" and the tone mark's place ignored."""
    return "".join(syllables_of(_PUNCTUATION.sub(" ", fold(text))))


def acronyms(text: str) -> set[str]:
    """The acronyms a name of two or more words can be written as ("Liên Hợp Quốc" -> LHQ):
    the initials of every word without their marks, and without "và"/"&"; "Đ" also as "D"."""
    words = [w for w in re.split(r"[\s\-‐–]+", text.replace("&", " & ")) if w]
    if len(words) < 2:
        return set()
    found = set()
    for kept in (words, [w for w in words if w.casefold() not in _JOINING_WORDS]):
        # the initial without its marks ("Ủy" -> U), but "Đ" is a letter of its own
        initials = "".join(unicodedata.normalize("NFD", w[0])[0] for w in kept if w[0].isalnum()).upper()
        if len(initials) >= 2:
            found |= {initials, initials.replace("Đ", "D")}
    return found


def abbreviates(short: str, long: str) -> bool:
    """True when ``short`` is ``long`` with one run of two or more words written as their
    initials ("Công ty VBĐQ Sài Gòn" for "Công ty Vàng bạc đá quý Sài Gòn")."""
    written, words_s, words_l = short.split(), fold(short).split(), fold(long).split()
    if len(written) != len(words_s) or len(written) < 2:
        return False
    for i, word in enumerate(written):
        if not is_acronym(word):
            continue
        rest = words_s[i + 1:]
        span = len(words_l) - i - len(rest)
        if words_s[:i] != words_l[:i] or span < 2 or words_l[len(words_l) - len(rest):] != rest:
            return False
        return bool(_acronym_letters(word) & acronyms(" ".join(long.split()[i:i + span])))
    return False


def is_acronym(form: str) -> bool:
    """True for a form written as an acronym: capitals (and digits), no spaces."""
    return bool(_ACRONYM_FORM.match(form)) and sum(c.isalpha() for c in form) >= 2


def _acronym_letters(form: str) -> set[str]:
    letters = re.sub(r"[.\-&]", "", form).upper()
    return {letters, letters.replace("Đ", "D")}


@lru_cache(maxsize=1)
def generic_bodies() -> dict[str, str]:
    """The generic bodies of ``resolver.generic-bodies`` as loose names, each with the kind of
    place that tells two apart ("country", "province", "region" for a part of a country)."""
    return {loose(word): scope or "country" for word, scope in word_map("resolver.generic-bodies").items()}


@lru_cache(maxsize=1)
def _level_words() -> frozenset[str]:
    """Words of administrative level (``resolver.place-levels``): written after a generic body
    they still name no place ("UBND tỉnh" of which province?)."""
    return frozenset(fold(word) for word in word_map("resolver.place-levels"))


def is_generic(form: str) -> bool:
    """True when ``form`` names only a generic body, maybe with a bare level word ("UBND tỉnh")."""
    if loose(form) in generic_bodies():
        return True
    words = fold(form).split()
    for cut in range(len(words) - 1, 0, -1):
        if loose(" ".join(words[:cut])) in generic_bodies():
            return " ".join(words[cut:]) in _level_words()
    return False


def _flag(buckets: dict[object, list[Member]], reason: str) -> list[Group]:
    """The buckets holding two entities of one type, of different articles and identities, not
    both keyed (entities keyed apart, or of two types, are kept apart on purpose)."""
    groups = []
    for members in buckets.values():
        unique = sorted({(m.article, m.entity): m for m in members}.values(), key=lambda m: (m.article, m.entity))
        if any(_clash(a, b) for i, a in enumerate(unique) for b in unique[i + 1:]):
            groups.append(Group(reason, tuple(unique)))
    return groups


def _clash(a: Member, b: Member) -> bool:
    """Two entities that may be one thing under two identities: of different articles, of one
    type, not both keyed apart (a generic key and the same key with words after it, "{Bộ Y tế}"
    and "{Bộ Y tế Việt Nam}", are not apart)."""
    return (
        a.article != b.article
        and a.identity != b.identity
        and _kind(a.type) == _kind(b.type)
        and not (a.key and b.key and not _extends(a.key, b.key))
    )


def _extends(a: str, b: str) -> bool:
    """True when two keys name one thing: alike loosely, spelt alike, one abbreviating words of the
    other, or one a generic body and the other going on from it."""
    if loose(a) == loose(b) or spelt_alike(a, b) or abbreviates(a, b) or abbreviates(b, a):
        return True
    shorter, longer = sorted((fold(a).split(), fold(b).split()), key=len)
    # only bodies: a bare "miền Trung" is the home country's, a foreign one is keyed with its country
    return longer[: len(shorter)] == shorter and generic_bodies().get(loose(" ".join(shorter))) not in (None, "region")


def _kind(entity_type: str) -> str:
    return "Organization" if entity_type == "NewsAgency" else entity_type


def _same_form(members: list[Member]) -> list[Group]:
    buckets: dict[object, list[Member]] = defaultdict(list)
    for member in members:
        for form in member.forms:
            buckets[(member.family, fold(form))].append(member)
    return [
        Group(KEYED_AND_UNKEYED if any(m.key for m in g.members) and not all(m.key for m in g.members) else SAME_FORM,
              g.members)
        for g in _flag(buckets, SAME_FORM)
    ]


def _variants(members: list[Member]) -> list[Group]:
    """Names (forms and keys) equal when loosened but not when folded, on different identities."""
    buckets: dict[object, list[Member]] = defaultdict(list)
    spellings: dict[object, set[str]] = defaultdict(set)
    for member in members:
        for name in (*member.forms, *([member.key] if member.key else [])):
            bucket = (member.family, loose(name))
            buckets[bucket].append(member)
            spellings[bucket].add(fold(name))
    return _flag({b: m for b, m in buckets.items() if len(spellings[b]) > 1}, VARIANT_FORM)


def _acronyms(members: list[Member]) -> list[Group]:
    by_acronym: dict[object, list[Member]] = defaultdict(list)
    members = [m for m in members if m.family != "person"]  # initials of bylines name no one across articles
    for member in members:
        for name in (*member.forms, *([member.key] if member.key else [])):
            for acronym in acronyms(name):
                by_acronym[(member.family, acronym)].append(member)
    buckets: dict[object, list[Member]] = defaultdict(list)
    for member in members:
        for form in member.forms:
            if not is_acronym(form):
                continue
            for letters in _acronym_letters(form):
                expanded = by_acronym.get((member.family, letters), [])
                others = [m for m in expanded if _clash(member, m)]
                if others:
                    buckets[(member.family, form.upper())] += [member, *others]
    return _flag(buckets, ACRONYM)


def _abbreviations(members: list[Member]) -> list[Group]:
    """Names with a run of words written as initials, against the names they shorten."""
    by_first: dict[tuple[str, str], list[tuple[str, Member]]] = defaultdict(list)
    for member in members:
        if member.family != "person":
            for name in {*member.forms, *([member.key] if member.key else [])}:
                words = fold(name).split()
                if len(words) > 1:
                    by_first[(member.family, words[0])].append((name, member))
    buckets: dict[object, list[Member]] = defaultdict(list)
    for named in by_first.values():
        for short, a in named:
            if not any(is_acronym(word) for word in short.split()[1:]):
                continue
            for long, b in named:
                if _clash(a, b) and abbreviates(short, long):
                    buckets[(a.family, fold(long))] += [a, b]
    return _flag(buckets, ACRONYM)


@lru_cache(maxsize=1)
def known_names() -> dict[tuple[str, str], frozenset[str]]:
    """(family, loose name) -> the things it names: an alias table line, or an international name."""
    things: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in default_alias_table().entries:
        if entry.type is not None and entry.type.value in TYPE_FAMILIES:
            family = TYPE_FAMILIES[entry.type.value]
            for name in entry.names:
                things[(family, loose(name))].add(f"alias {entry.line}")
    lexicon = load_lexicon()
    for name, english in lexicon.international.items():
        entity_type = lexicon.names.get(name)
        if english and english != "-" and entity_type is not None and entity_type.value in TYPE_FAMILIES:
            family = TYPE_FAMILIES[entity_type.value]
            for written in (name, english):
                things[(family, loose(written))].add(f"international {loose(english)}")
    return {name: frozenset(found) for name, found in things.items()}


def _aliases(members: list[Member]) -> list[Group]:
    buckets: dict[object, list[Member]] = defaultdict(list)
    names = known_names()
    for member in members:
        for name in (*member.forms, *([member.key] if member.key else [])):
            for thing in names.get((member.family, loose(name)), ()):
                buckets[(member.family, thing)].append(member)
    groups = []
    for members_of_thing in buckets.values():
        unique = sorted({(m.article, m.entity): m for m in members_of_thing}.values(),
                        key=lambda m: (m.article, m.entity))
        if any(_aliases_clash(a, b, names) for i, a in enumerate(unique) for b in unique[i + 1:]):
            groups.append(Group(ALIASES, tuple(unique)))
    return groups


def _aliases_clash(a: Member, b: Member, names: dict[tuple[str, str], frozenset[str]]) -> bool:
    """Like ``_clash``, but two keys that are names of one known thing ("Úc", "Australia") clash too."""
    if a.article == b.article or a.identity == b.identity or _kind(a.type) != _kind(b.type):
        return False
    if a.key and b.key:
        return bool(names.get((a.family, loose(a.key)), frozenset()) & names.get((b.family, loose(b.key)), frozenset()))
    return True


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two strings."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


# Marks of Latin letters that Vietnamese does not use ("Özil", "Müller", "Çelik").
_FOREIGN_MARKS = frozenset({"\u0308", "\u0327", "\u030a", "\u030c", "\u0328", "\u030b"})


def _foreign_plain(word: str) -> str | None:
    """The word without its foreign marks when it is written in Latin letters with at most
    such marks ("özil" -> "ozil"), else None (a Vietnamese word, or one of another script)."""
    letters = [c for c in unicodedata.normalize("NFD", word) if c not in _FOREIGN_MARKS]
    plain = "".join(letters)
    return plain if plain.isascii() else None


def spelt_alike(a: str, b: str) -> bool:
    """True for two names of as many words, all alike but one foreign word that differs only by
    foreign marks ("Özil"/"Ozil") or, when long, by a letter or two ("Urosevski"/"Urolevski")."""
    words_a, words_b = fold(a).split(), fold(b).split()
    if len(words_a) != len(words_b) or len(words_a) < 2:
        return False
    differing = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    if len(differing) != 1:
        return False
    x, y = (_foreign_plain(w) for w in differing[0])
    if x is None or y is None:
        return False
    shorter = min(len(x), len(y))
    return x == y or (shorter >= 6 and edit_distance(x, y) <= shorter // 4)


def _spellings(members: list[Member]) -> list[Group]:
    by_word: dict[str, list[tuple[str, Member]]] = defaultdict(list)
    for member in members:
        if member.family == "person":
            for name in {*member.forms, *([member.key] if member.key else [])}:
                for word in set(fold(name).split()):
                    by_word[word].append((name, member))
    buckets: dict[object, list[Member]] = defaultdict(list)
    for named in by_word.values():
        for i, (name_a, a) in enumerate(named):
            for name_b, b in named[i + 1:]:
                if _clash(a, b) and spelt_alike(name_a, name_b):
                    buckets[frozenset({fold(name_a), fold(name_b)})] += [a, b]
    return _flag(buckets, SPELLING)


def _bare_names(members: list[Member]) -> list[Group]:
    last_words: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        if member.family == "person":
            for form in member.forms:
                words = fold(form).split()
                if len(words) > 1:
                    last_words[words[-1]].append(member)
    buckets: dict[object, list[Member]] = defaultdict(list)
    for member in members:
        if member.family != "person" or member.key or any(len(f.split()) > 1 for f in member.forms):
            continue
        for form in member.forms:
            others = [m for m in last_words.get(fold(form), []) if _clash(member, m)]
            if others:
                buckets[(member.article, member.entity)] += [member, *others]
    return _flag(buckets, BARE_NAME)


def _generic(members: list[Member]) -> list[Group]:
    buckets: dict[object, list[Member]] = defaultdict(list)
    for member in members:
        if member.family != "organization" or (member.key and not is_generic(member.key)):
            continue
        for form in member.forms:
            if is_generic(form):
                buckets[loose(form)].append(member)
    groups = []
    for members_of_form in buckets.values():
        unique = tuple(sorted({(m.article, m.entity): m for m in members_of_form}.values(),
                              key=lambda m: (m.article, m.entity)))
        groups.append(Group(GENERIC_BODY, unique))
    return groups


def _different_names(members: list[Member]) -> list[Group]:
    """One identity in several articles, its entities in more than one cluster of names
    where a member joins another when one's full name is a name the other writes."""
    by_identity: dict[object, list[Member]] = defaultdict(list)
    for member in members:
        by_identity[member.identity].append(member)
    groups = []
    for same in by_identity.values():
        if len({m.article for m in same}) < 2:
            continue
        names = [{loose(n) for n in (*m.forms, *([m.key] if m.key else []))} for m in same]
        cluster = list(range(len(same)))

        def root(i: int) -> int:
            while cluster[i] != i:
                i = cluster[i]
            return i

        for i, a in enumerate(same):
            for j in range(i + 1, len(same)):
                if loose(a.full_name) in names[j] or loose(same[j].full_name) in names[i]:
                    cluster[root(i)] = root(j)
        if len({root(i) for i in range(len(same))}) > 1:
            groups.append(Group(DIFFERENT_NAMES, tuple(sorted(same, key=lambda m: (m.article, m.entity)))))
    return groups


def _one_article(members: list[Member]) -> list[Group]:
    by_identity: dict[object, list[Member]] = defaultdict(list)
    for member in members:
        by_identity[member.identity].append(member)
    groups = []
    for same in by_identity.values():
        articles = [m.article for m in same]
        if len(articles) != len(set(articles)):
            groups.append(Group(ONE_ARTICLE, tuple(sorted(same, key=lambda m: (m.article, m.entity)))))
    return groups


def check(gold: dict[str, GoldArticle]) -> list[Group]:
    """Every flagged group of ``gold``, a group once (the first reason that flags it)."""
    members = members_of(gold)
    seen: set[frozenset[tuple[str, str]]] = set()
    groups = []
    for found in (_same_form(members), _variants(members), _acronyms(members), _abbreviations(members), _aliases(members), _spellings(members),
                  _bare_names(members), _generic(members), _one_article(members),
                  _different_names(members)):
        for group in sorted(found, key=lambda g: [(m.article, m.entity) for m in g.members]):
            ids = frozenset((m.article, m.entity) for m in group.members)
            if ids not in seen:
                seen.add(ids)
                groups.append(group)
    return groups


def format_group(group: Group) -> str:
    """One line: the reason, then each entity as article:id type {key} "form" | "form"."""
    parts = []
    for m in group.members:
        forms = " | ".join(f'"{f}"' for f in m.forms)
        parts.append(f"{m.article}:{m.entity} {m.type} {{{m.key or ''}}} {forms}")
    return f"[{group.reason}] " + " ; ".join(parts)


def format_check(groups: Iterable[Group]) -> str:
    """The flagged groups, one a line, and their count by reason."""
    groups = list(groups)
    counts: dict[str, int] = defaultdict(int)
    for group in groups:
        counts[group.reason] += 1
    summary = ", ".join(f"{reason}: {n}" for reason, n in sorted(counts.items())) or "none"
    return "\n".join([*(format_group(g) for g in groups), f"gold consistency: {len(groups)} groups ({summary})"])
