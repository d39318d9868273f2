"""Persons the rules read before a verb of saying, kept where the tagger leaves them out.

"Ancelotti khẳng_định …", "Klopp nói : …": a name the rules found opening its clause right
before a verb of saying (``kg.extract.speaking_names``) is a person though the tagger, which
has not seen the name and weighs a sentence's first word little, tags nothing there.
"""

from __future__ import annotations

import re

from kg.extract.speaking_names import saying_verb_opens
from kg.model import EntityType, Mention

#: Marks after which a clause opens; a name right after one of them, or first in its text, opens it.
_CLAUSE_OPENERS = frozenset(".,!?:;\n")
#: How many syllables after the name are read for the verb of saying and its adverbs.
_LOOKAHEAD = 8
#: Characters after the name that hold those syllables (read, not the rest of the article).
_LOOKAHEAD_CHARS = 200


def speakers_kept(text: str, names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """The rules' persons of no title or honorific that open a clause of ``text`` right before a verb
    of saying and that no tagged span touches."""
    return [
        m
        for m in names
        if m.type is EntityType.PERSON
        and m.title is None
        and m.honorific is None
        and not any(t.start < m.end and m.start < t.end for t in tagged)
        and _opens_clause(text, m.start)
        and saying_verb_opens(re.split(r"[\s_]+", text[m.end : m.end + _LOOKAHEAD_CHARS].strip().lower(), maxsplit=_LOOKAHEAD)[:_LOOKAHEAD])
    ]


def _opens_clause(text: str, start: int) -> bool:
    at = start
    while at > 0 and text[at - 1] == " ":
        at -= 1
    return at == 0 or text[at - 1] in _CLAUSE_OPENERS
