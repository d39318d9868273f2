"""Role phrases that stand for a person the article names.

A role phrase ("Chủ_tịch UBND tỉnh An_Giang", "Nhà lãnh_đạo Syria") is read
as a reference mention, and the resolver ties it to a person only when that
person was written under the same title. Two constructions of news name the
holder otherwise, and the facts told of the role phrase are then the
person's:

- the name set beside the role phrase by a dash ("Chủ_tịch Hội Sinh_viên
  Việt_Nam - Nguyễn_Đắc_Vinh đánh_giá …", "Nguyễn_Văn_A – Giám_đốc Sở Y_tế
  cho_biết");
- the one person of the article given the same post at the same body or
  country, in any sentence ("Ông Vương_Bình_Thạnh , Chủ_tịch UBND tỉnh
  An_Giang cho_rằng" gives him the post; the role phrase of the saying is
  him). Posts that name the same office in other words
  (``role-holders.same-post`` of ``ontology/words.tsv``: "the leader of"
  a country may name its president) count as the same post.

Two people holding the post in one article leave the role phrase as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from kg.lexicon import word_list
from kg.lexicon.words import load_word_lists
from kg.extract.roles import CURRENT_POST_PREDICATES
from kg.model import EntityType, Event, EventRole, Mention, Statement


@lru_cache(maxsize=1)
def _apposition_marks() -> frozenset[str]:
    return frozenset(word_list("role-holders.apposition-marks"))


@lru_cache(maxsize=1)
def _same_posts() -> dict[str, frozenset[str]]:
    """Each post predicate of a role phrase with the predicates of the posts it may name."""
    same: dict[str, set[str]] = defaultdict(set)
    for predicate, other in load_word_lists()["role-holders.same-post"]:
        same[predicate].add(other)
    return {p: frozenset(s | {p}) for p, s in same.items()}


def _body_key(mention: Mention) -> str:
    return " ".join(mention.text.replace("_", " ").casefold().split())


def apposed_holders(text: str, mentions: Iterable[Mention]) -> dict[tuple[str, int, int], Mention]:
    """Role phrases set beside a person's name by a dash, each with that name's mention.

    >>> a = Mention("a", 0, 0, 8, "Giám_đốc", EntityType.PERSON, reference=True)
    >>> p = Mention("a", 0, 11, 16, "Lê_An", EntityType.PERSON)
    >>> apposed_holders("Giám_đốc - Lê_An nói", [a, p])[a.key].text
    'Lê_An'
    """
    in_sentences = [m for m in mentions if m.sentence >= 0]
    found: dict[tuple[str, int, int], Mention] = {}
    for role in in_sentences:
        if not (role.reference and role.type is EntityType.PERSON):
            continue
        start = role.prefix_start if role.prefix_start is not None else role.start
        after = [m for m in in_sentences if m.sentence == role.sentence and m.start >= role.end]
        before = [m for m in in_sentences if m.sentence == role.sentence and m.end <= start]
        neighbours = []
        if after:
            neighbours.append((min(after, key=lambda m: m.start), text[role.end : min(m.start for m in after)]))
        if before:
            nearest = max(before, key=lambda m: m.end)
            neighbours.append((nearest, text[nearest.end : start]))
        for person, between in neighbours:
            if _named_person(person) and between.strip() in _apposition_marks():
                found[role.key] = person
                break
    return found


def post_holders(statements: Sequence[Statement], references: Iterable[Mention] = ()) -> dict[tuple[str, int, int], Mention]:
    """Role phrases whose post the article gives to exactly one named person.

    A role phrase of ``references`` holding the title of a named person's post is that
    person's (the title in apposition: "X , Chủ_tịch UBND tỉnh Y"); a role phrase read as
    holding a post (predicate, body) is the one named person given that post.
    """
    same = _same_posts()
    holders: dict[tuple[str, str], dict[str, Mention]] = defaultdict(dict)
    for statement in statements:
        if statement.predicate in CURRENT_POST_PREDICATES and _named_person(statement.subject):
            holders[(statement.predicate, _body_key(statement.object))][_person_key(statement.subject)] = statement.subject
    found: dict[tuple[str, int, int], Mention] = {}
    for reference in references:
        for statement in statements:
            span = statement.title_span
            if (
                statement.predicate in CURRENT_POST_PREDICATES
                and _named_person(statement.subject)
                and span is not None
                and reference.start <= span[0] < span[1] <= reference.end
            ):
                found[reference.key] = statement.subject
                break
    for statement in statements:
        role = statement.subject
        if statement.predicate not in CURRENT_POST_PREDICATES or not role.reference:
            continue
        body = _body_key(statement.object)
        people: dict[str, Mention] = {}
        for predicate in same.get(statement.predicate, frozenset({statement.predicate})):
            for key, person in holders.get((predicate, body), {}).items():
                people.setdefault(key, person)
        if len(people) == 1:
            found.setdefault(role.key, next(iter(people.values())))
    return found


def with_role_holders(
    text: str, mentions: Sequence[Mention], statements: Sequence[Statement], events: Sequence[Event]
) -> tuple[list[Statement], list[Event]]:
    """``statements`` and ``events`` with every role phrase that stands for a named person
    (``apposed_holders``, then ``post_holders``) replaced by that person's mention.

    Each fact keeps its provenance: the sentence and span it was read from.
    """
    holders = post_holders(statements, (m for m in mentions if m.reference and m.type is EntityType.PERSON))
    holders.update(apposed_holders(text, mentions))
    if not holders:
        return list(statements), list(events)

    def holder(mention: Mention) -> Mention:
        return holders.get(mention.key, mention)

    new_statements = [
        replace(s, subject=holder(s.subject), object=holder(s.object))
        if s.subject.key in holders or s.object.key in holders
        else s
        for s in statements
    ]
    new_events = [
        replace(e, roles=_unique_roles(EventRole(r.role, holder(r.mention)) for r in e.roles))
        if any(r.mention.key in holders for r in e.roles)
        else e
        for e in events
    ]
    return new_statements, new_events


def _unique_roles(roles: Iterable[EventRole]) -> tuple[EventRole, ...]:
    """``roles`` with each (role, mention) once: "X , Chủ_tịch Y" read as two speakers is one."""
    seen: set[tuple[str, tuple[str, int, int]]] = set()
    unique = []
    for role in roles:
        if (role.role, role.mention.key) not in seen:
            seen.add((role.role, role.mention.key))
            unique.append(role)
    return tuple(unique)


def _named_person(mention: Mention) -> bool:
    return mention.type is EntityType.PERSON and not mention.reference


def _person_key(mention: Mention) -> str:
    """One person of an article however often named ("Bashar_al-Assad", "Assad"): the last word of the name, case-blind."""
    words = mention.text.replace("_", " ").casefold().split()
    return words[-1] if words else ""
