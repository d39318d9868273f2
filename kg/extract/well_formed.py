"""Relations whose ends are not two things: a coordination, or a body and its own short form.

- A name that joins two things by a conjunction (``frames.and`` of
  ``ontology/words.tsv``) and a noun of a people after it ("Quân_đội và dân_tộc
  Việt_Nam", "Chính_phủ và nhân_dân Philippines") is two things: the mention is cut to the name before the
  conjunction ("Quân_đội"), the rest names nothing (``first_conjuncts``), and
  no relation is read of the whole phrase. A body's official name joins
  capitalised words ("Bộ Giáo_dục và Đào_tạo", "Bộ Lao_động - Thương_binh và
  Xã_hội") and is kept.
- A body is never part of, in or a member of its own short form: the name in
  brackets after it that only repeats its first words ("Ủy_ban dự_thảo sửa_đổi
  Hiến_pháp ( Ủy_ban )") or spells its initials.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kg.lexicon import word_list
from kg.model import Mention, Statement

#: The relations between two things (posts are a person's and are kept).
_RELATIONS = frozenset({"memberOf", "partOf", "locatedIn"})


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list("well-formed.people-nouns"))


@lru_cache(maxsize=1)
def _conjunctions() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list("frames.and"))


def _words(mention: Mention) -> list[str]:
    return mention.text.replace("_", " ").split()


def is_coordination(mention: Mention) -> bool:
    """Whether the name joins two things: capitalised words, a conjunction, then a noun of a
    people (``well-formed.people-nouns``: "dân_tộc", "nhân_dân") and a name ("Quân_đội và
    dân_tộc Việt_Nam", "Chính_phủ và nhân_dân Philippines"). A body's name written with
    lowercase words ("Bộ kế_hoạch và đầu_tư", "Sở Khoa_học và công_nghệ TP HCM") is one thing.

    >>> from kg.model import EntityType
    >>> is_coordination(Mention("a", 0, 0, 27, "Quân_đội và dân_tộc Việt_Nam", EntityType.ORGANIZATION))
    True
    >>> is_coordination(Mention("a", 0, 0, 23, "Bộ Giáo_dục và đào_tạo", EntityType.ORGANIZATION))
    False
    """
    words = mention.text.split()
    for index, word in enumerate(words):
        if index == 0 or word.casefold() not in _conjunctions() or index + 1 >= len(words):
            continue
        before, after = words[:index], words[index + 1 :]
        named = after[1:]
        if (
            all(w[:1].isupper() for w in before)
            and after[0].replace("_", " ").casefold() in _people_nouns()
            and named
            and all(w[:1].isupper() for w in named)
        ):
            return True
    return False


def first_conjuncts(mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """``mentions`` with each name that joins two things (``is_coordination``) cut to the
    capitalised name before its conjunction; one with nothing named before it is left out.

    >>> from kg.model import EntityType
    >>> [m.text for m in first_conjuncts([Mention("a", 0, 5, 33, "Quân_đội và dân_tộc Việt_Nam", EntityType.ORGANIZATION)])]
    ['Quân_đội']
    """
    out = []
    for mention in mentions:
        if mention.reference or not is_coordination(mention):
            out.append(mention)
            continue
        cut = _first_conjunction(mention.text)
        head = mention.text[:cut].rstrip(" _")
        if head[:1].isupper():
            out.append(replace(mention, end=mention.start + len(head), text=head))
    return tuple(out)


def _first_conjunction(text: str) -> int:
    """Where the first conjunction followed by a lowercase word starts in ``text``."""
    words = text.replace("_", " ").split(" ")
    position = 0
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if index > 0 and word.casefold() in _conjunctions() and following[:1].islower():
            return position
        position += len(word) + 1
    return len(text)


def is_own_short_form(text: str, whole: Mention, part: Mention) -> bool:
    """Whether ``whole``, in brackets right after ``part`` in ``text``, is only a short form of
    it: its first words, or its initials."""
    if text[part.end : whole.start].strip() != "(":
        return False
    short, full = _words(whole), _words(part)
    if len(short) < len(full) and [w.casefold() for w in full[: len(short)]] == [w.casefold() for w in short]:
        return True
    initials = "".join(w[0] for w in " ".join(full).split() if w[:1].isalpha())
    return len(short) == 1 and len(initials) > 1 and short[0].casefold() == initials.casefold()


def well_formed(text: str, statements: Sequence[Statement]) -> list[Statement]:
    """``statements`` of the article ``text`` less the relations whose ends are a coordination
    or one thing twice."""
    return [
        s
        for s in statements
        if s.predicate not in _RELATIONS
        or not (is_coordination(s.subject) or is_coordination(s.object) or is_own_short_form(text, s.object, s.subject))
    ]
