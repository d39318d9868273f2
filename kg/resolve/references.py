"""Role phrases standing alone ("Tổng thống Nga", "Thứ trưởng Bộ Y tế"): the person each stands for.

A role phrase goes to the one person its article titles so, else the one the
build titles so, and is a reference, not a name. One written in apposition
right after a person's name ("TS Nguyễn Văn An - Thứ trưởng Bộ Y tế") is that
person's, whoever else holds the post. A post several people hold at once (a
deputy minister, a member, a deputy, an ambassador: the roles of
``resolver.shared-roles``) is never guessed from the rest of the build, and a
phrase written for several people ("các đời tổng thống Mỹ",
``resolver.plural-before-role``) goes to no one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from kg.lexicon import syllables_of, word_list, word_map
from kg.lexicon.cues import load_titles
from kg.resolve.aliases import AliasTable
from kg.resolve.context import TextWindow, ends_with, phrases, unmarked_words
from kg.resolve.names import PERSON, TITLES, exact_key, is_honorific, words
from kg.resolve.units import Group, Named, Pending

#: How sure a reference is, found in its article or elsewhere in the build.
REFERENCE_SCORES = {"reference-article": 0.75, "reference-build": 0.6}
#: How many rejected candidates a decision names.
MAX_REJECTED = 6
#: Heads of role phrases that mean the same post.
ROLE_HEAD_SYNONYMS = word_map("resolver.role-head-synonyms")
#: How far before a role phrase a plural word is read ("trong các đời tổng thống Mỹ").
_PLURAL_REACH = 16
#: A comma or a dash between a name and a role phrase in apposition after it ("Nguyễn Văn An - Thứ trưởng"),
#: a word that the title's holder was or stands in for between them ("X, nguyên Giám đốc Y": ``frames.title-modifiers``).
_MODIFIERS = "|".join(re.escape(w) for w in sorted(word_list("frames.title-modifiers"), key=len, reverse=True))
_APPOSITION = re.compile(rf"\s*[,\-–—]\s*(?:(?:{_MODIFIERS})[\s_]+)?$", re.IGNORECASE)
_APPOSITION_REACH = 14


def resolve_references(
    groups: list[Group], references: list[Named], table: AliasTable, texts: Mapping[str, TextWindow]
) -> dict[tuple[str, int, int], Named]:
    """Join each role phrase of ``references`` to the person it stands for, as a member of that
    person's group; returns those left unresolved, each holding its decision, by mention key."""
    unresolved: dict[tuple[str, int, int], Named] = {}
    by_title_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_title_build: dict[str, set[str]] = defaultdict(set)
    group_of_id = {g.id: g for g in groups}
    for group in groups:
        if group.category != PERSON:
            continue
        for item in group.members:
            for key in role_keys(table, item.title) if item.title else ():
                by_title_article[(item.mention.article_id, key)].add(group.id)
                by_title_build[key].add(group.id)
    # Where a name would end right before each role phrase: only the names ending there are looked up.
    apposed = {id(item): at for item in references if (at := _apposition_end(item, texts)) is not None}
    named_before = _people_by_end(groups, set(apposed.values()))
    for item in references:
        post = role_keys(table, item.surface)[0]
        at = apposed.get(id(item))
        if at is not None and (person := named_before.get(at)) is not None:
            group, name = person
            evidence = f"role '{item.surface}' stands in apposition right after '{name}'; a reference, not a name"
            group.add(item, Pending("reference", evidence, REFERENCE_SCORES["reference-article"]))
            continue
        if _many_holders(item, texts):
            evidence = f"role '{item.surface}' is written for several people (a plural word before it); not guessed"
            _leave(unresolved, item, Pending("ambiguous-reference", evidence, 0.0))
            continue
        local = sorted(by_title_article.get((item.mention.article_id, post), ()))
        everywhere = sorted(by_title_build.get(post, ()))
        pending = None
        # a post several hold at once ("Thứ trưởng Bộ Công an", "Đại sứ Mỹ") is only guessed from its article
        scopes = (("article", local),) if shared_post(item.surface) else (("article", local), ("build", everywhere))
        for scope, found in scopes:
            if len(found) == 1:
                group = group_of_id[found[0]]
                evidence = (
                    f"role '{item.surface}' (post '{post}') is the title of '{group.canonical}' only, "
                    f"in the {scope}; a reference, not a name"
                )
                rejected = tuple(group_of_id[g].rejection("not in this article") for g in everywhere if g != found[0])
                pending = Pending("reference", evidence, REFERENCE_SCORES[f"reference-{scope}"], rejected)
                group.add(item, pending)
                break
            if len(found) > 1:
                names = ", ".join(f"'{group_of_id[g].canonical}'" for g in found[:MAX_REJECTED])
                evidence = f"role '{item.surface}' is the title of {len(found)} people in the {scope} ({names}); not guessed"
                rejected = tuple(group_of_id[g].rejection(f"one of {len(found)} holders in the {scope}") for g in found)
                pending = _leave(unresolved, item, Pending("ambiguous-reference", evidence, 0.0, rejected))
                break
        if pending is None and everywhere and shared_post(item.surface):
            names = ", ".join(f"'{group_of_id[g].canonical}'" for g in everywhere[:MAX_REJECTED])
            evidence = (
                f"role '{item.surface}' is a post several people hold at once; no one in the article carries it, "
                f"and the build's holders ({names}) are not guessed"
            )
            rejected = tuple(group_of_id[g].rejection("not in this article") for g in everywhere)
            _leave(unresolved, item, Pending("ambiguous-reference", evidence, 0.0, rejected))
        elif pending is None:
            evidence = f"no person in the build carries the title '{item.surface}' (post '{post}')"
            _leave(unresolved, item, Pending("unresolved-reference", evidence, 0.0))
    return unresolved


def _leave(unresolved: dict[tuple[str, int, int], Named], item: Named, pending: Pending) -> Pending:
    """Leave ``item`` out of every group, as ``pending`` decides."""
    item.pending, item.group = pending, None
    unresolved[item.mention.key] = item
    return pending


def _people_by_end(groups: list[Group], ends: set[tuple[str, int]]) -> dict[tuple[str, int], tuple[Group, str]]:
    """Each person's name mention ending at one of ``ends`` (article, end offset), with its group."""
    return {
        end: (group, item.name)
        for group in groups
        if group.category == PERSON
        for item in group.members
        if not item.mention.reference and (end := (item.mention.article_id, item.mention.end)) in ends
    }


def _apposition_end(item: Named, texts: Mapping[str, TextWindow]) -> tuple[str, int] | None:
    """Where the name of a person would end (article, offset) whose title a role phrase is, written
    right after it with a comma or dash between ("TS Nguyễn Văn An - Thứ trưởng Bộ Y tế"), or None."""
    mention = item.mention
    start = mention.prefix_start if mention.prefix_start is not None else mention.start
    before = texts.get(mention.article_id, "")[max(0, start - _APPOSITION_REACH) : start]
    mark = _APPOSITION.search(before)
    if mark is None:
        return None
    return (mention.article_id, start - len(before) + mark.start())

def _many_holders(item: Named, texts: Mapping[str, TextWindow]) -> bool:
    """Whether a plural word stands right before a role phrase ("các đời tổng thống Mỹ", "hai Thứ trưởng")."""
    mention = item.mention
    start = mention.prefix_start if mention.prefix_start is not None else mention.start
    text = texts.get(mention.article_id, "")
    return ends_with(unmarked_words(text[max(0, start - _PLURAL_REACH) : start]), phrases("resolver.plural-before-role"))


def role_keys(table: AliasTable, phrase: str) -> list[str]:
    """Keys of a role phrase: the post it stands for, then the generic title it starts with."""
    parts = list(words(phrase))
    while len(parts) > 1 and is_honorific(parts[0]) and not table.lookup("role", " ".join(parts)):
        parts.pop(0)
    role = exact_key(table.role(" ".join(parts)))
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


@lru_cache(maxsize=1)
def _shared_roles() -> frozenset[str]:
    return frozenset(word_list("resolver.shared-roles"))


@lru_cache(maxsize=1)
def _titles_by_size() -> tuple[tuple[int, dict[tuple[str, ...], str]], ...]:
    by_size: dict[int, dict[tuple[str, ...], str]] = defaultdict(dict)
    for key, title in load_titles().items():
        by_size[len(key)][key] = title.role
    return tuple(sorted(by_size.items(), reverse=True))


def shared_post(phrase: str) -> bool:
    """Whether a role phrase names a post several people hold at once: the longest title it begins
    with (``ontology/roles.tsv``; honorifics before it apart) has a role of ``resolver.shared-roles``
    ("Thứ trưởng Bộ Y tế": deputyMinister; "Đại sứ Mỹ": one in each host country; "ĐBQH": deputy)."""
    parts = syllables_of(phrase)
    while len(parts) > 1 and is_honorific(parts[0]):
        parts = parts[1:]
    for size, titles in _titles_by_size():
        if (role := titles.get(parts[:size])) is not None:
            return role in _shared_roles()
    return False
