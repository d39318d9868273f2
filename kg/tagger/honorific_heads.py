"""Tagged persons that open with the honorific the rules read before the name.

At the start of a sentence the honorific is capitalised ("Anh Tuấn cho biết",
"Chị Lan kể"), and the tagger sometimes takes it into the name: "Anh" is also a
given name and a country, "Bà" the first syllable of places ("Bà Rịa"). Where
the rules found the rest of the span as a person and read the word before it
as that person's honorific, and a lowercase word goes on after it (a verb:
"cho biết", "là", "kể"), the honorific is no part of the name: the span is the
rules' mention, with the tagger's confidence. A byline is a reporter's given
name ("Anh Tuấn" closing an article, "(Anh Tuấn)", "Anh Tuấn/VOV") and nothing
lowercase follows it, so it stays whole; so does a span the rules read as a
name whole ("Bà Rịa").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import EntityType, Mention

#: The first character after spaces and "_".
_NEXT_CHARACTER = re.compile(r"[ _]*(.)", re.DOTALL)


def honorifics_left_out(text: str, rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each person whose span opens with the honorific of a rule person
    ending where it ends made that rule person."""
    by_end: dict[int, list[Mention]] = {}
    for name in rule_names:
        if name.type == EntityType.PERSON and name.honorific:
            by_end.setdefault(name.end, []).append(name)
    result = []
    for mention in tagged:
        name = _named_after_honorific(text, mention, by_end.get(mention.end, []))
        result.append(mention if name is None else replace(name, confidence=mention.confidence))
    return result


def _named_after_honorific(text: str, mention: Mention, names: list[Mention]) -> Mention | None:
    """The rule person ``mention`` holds after its first word when that word is the person's honorific."""
    if mention.type != EntityType.PERSON or not _lowercase_word_after(text, mention.end):
        return None
    for name in names:
        if name.start <= mention.start:
            continue
        before = text[mention.start:name.start].replace("_", " ").strip()
        if before.lower() == (name.honorific or "").lower():
            return name
    return None


def _lowercase_word_after(text: str, end: int) -> bool:
    """Whether the next word after ``end``, past spaces, opens with a lowercase letter."""
    found = _NEXT_CHARACTER.match(text, end)
    return found is not None and found.group(1).isalpha() and found.group(1).islower()
