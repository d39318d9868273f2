"""Names written without diacritics on purpose.

A name written without any diacritics ("Nguyen Khac Chuc") is usually a name
whose marks were lost with the rest of its text, and the resolver lets it join
the one spelling with marks it folds to. Where the words around it are written
with marks, the writer chose to write it plain: "Minh Thu" in a Vietnamese
sentence is the name Thu, not "Minh Thư" (a vowel mark makes another vowel,
not the same name written carelessly). ``mark_written_plain`` flags such names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.lexicon.syllables import is_vietnamese_syllable
from kg.resolve.context import TextWindow
from kg.resolve.names import exact_key, has_diacritics, words
from kg.resolve.units import Named

#: How far before and after a name its surroundings are read (within what the resolver keeps of a text).
_BEFORE, _AFTER = 40, 120

#: Words around a name of which at least this share carries marks: text written with them.
_MARKED_SHARE = 0.2

_WORD = re.compile(r"[^\W\d_]+")


def written_with_marks(text: str) -> bool:
    """Whether ``text`` is written with diacritics: enough of its words carry them (a few words are not enough)."""
    found = _WORD.findall(text)
    if len(found) < 4:
        return False
    return sum(has_diacritics(w) for w in found) >= _MARKED_SHARE * len(found)


def mark_written_plain(named: list[Named], texts: Mapping[str, TextWindow]) -> None:
    """Set ``written_plain`` on the names without diacritics that could carry them (every word a
    Vietnamese syllable) and stand among words written with them."""
    for item in named:
        if has_diacritics(item.name) or not all(is_vietnamese_syllable(exact_key(w)) for w in words(item.name)):
            continue
        text = texts.get(item.mention.article_id)
        if text is None:
            continue
        start, end = item.mention.start, item.mention.end
        around = text[max(0, start - _BEFORE) : start] + " " + text[end : min(len(text), end + _AFTER)]
        item.written_plain = written_with_marks(around)
