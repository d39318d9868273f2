"""Foreign bodies' names the tagger reads as persons or cuts in two.

A run of capitalised words in the Latin alphabet is a foreign person's name to
the tagger ("Barclays Capital Asia", "INSEAD Business School"), and a name
written with "of" between its parts is two names to it ("Bank" and "America
Merrill Lynch" of "Bank of America Merrill Lynch"). Two repairs, each certain
of its words:

- ``foreign_names_joined``: two tagged spans with only a joiner between
  (``tagger.foreign-name-joiners``: "of"), the first an organisation or the
  two together holding a word of a body, are one name, an organisation;
- ``foreign_bodies_typed``: a tagged person's name of two words or more, every
  one capitalised and written without Vietnamese tone marks, that holds a word
  of a body (``tagger.foreign-body-words``: "Bank", "School", "Capital",
  "Group") is an organisation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.lexicon import word_list
from kg.model import EntityType, Mention

#: "Bank", "School": a capitalised word that makes a foreign name a body's.
_BODY_WORDS = frozenset(word_list("tagger.foreign-body-words"))
#: "of": joins two parts of one foreign name.
_JOINERS = frozenset(word_list("tagger.foreign-name-joiners"))
#: A word of a foreign name: Latin letters (and digits, "&", "."), a capital first.
_FOREIGN_WORD = re.compile(r"[A-Z][A-Za-z0-9&.'-]*")


def foreign_names_joined(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each two spans that a joiner alone separates ("Bank" + " of " +
    "America Merrill Lynch") made one Organization, when the first is an organisation
    or the whole holds a word of a body, and both are foreign names."""
    ordered = sorted(tagged, key=lambda m: (m.start, m.end))
    result: list[Mention] = []
    for mention in ordered:
        if result and _joinable(text, result[-1], mention):
            first = result.pop()
            confidence = min((c for c in (first.confidence, mention.confidence) if c is not None), default=None)
            mention = replace(
                first, end=mention.end, text=text[first.start:mention.end], type=EntityType.ORGANIZATION, confidence=confidence
            )
        result.append(mention)
    return result


def _joinable(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``first`` and ``second`` are parts of one foreign body's name joined by a joiner."""
    gap = text[first.end:second.start]
    if gap[:1] != " " or gap[-1:] != " " or gap.strip() not in _JOINERS:
        return False
    words = _words(first.text) + _words(second.text)
    if not all(_FOREIGN_WORD.fullmatch(word) for word in words):
        return False
    return first.type == EntityType.ORGANIZATION or any(word in _BODY_WORDS for word in words)


def foreign_bodies_typed(tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each foreign person's name that holds a word of a body typed an Organization."""
    return [replace(m, type=EntityType.ORGANIZATION) if _foreign_body(m) else m for m in tagged]


def _foreign_body(mention: Mention) -> bool:
    words = _words(mention.text)
    return (
        mention.type == EntityType.PERSON
        and len(words) > 1
        and all(_FOREIGN_WORD.fullmatch(word) for word in words)
        and any(word in _BODY_WORDS for word in words)
    )


def _words(text: str) -> list[str]:
    return text.replace("_", " ").split()
