"""A province's delegation to the National Assembly is one body, its place included.

"Đoàn đại biểu Quốc hội tỉnh Bình Thuận", "Đoàn ĐBQH Cà Mau": the delegation's head
(``names.delegation-heads``), maybe a word of level ("tỉnh", "thành phố", "TP") and the place's
capitalised name make one Organization, as the annotation keeps a body's name to the end of its
qualifying place; the tagger cuts it into the assembly and the place, or reads the place as a
person. Only a capitalised head opens such a name: "Phó trưởng đoàn Đại biểu Quốc hội" holds the
head in the title.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention

_WORD = re.compile(r"[^\s_,;:()“”\"]+")
#: How many words a place's name may have after the head.
_PLACE_REACH = 5


@cache
def _heads() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((syllables_of(w) for w in word_list("names.delegation-heads")), key=len, reverse=True))


@cache
def _levels() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("names.delegation-levels"))


@cache
def _openers() -> frozenset[str]:
    """The first words of the heads, capitalised as a name opens ("Đoàn"), and written in capitals."""
    return frozenset(form for head in _heads() for form in (head[0].capitalize(), head[0].upper()))


def delegations_joined(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each delegation named with its place one Organization, in place of its pieces."""
    if not any(opener in text for opener in _openers()):
        return tagged  # most articles name no delegation: their words need not be read
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    made: list[Mention] = []
    openers = {head[:1] for head in _heads()}
    for i, (start, _end, word) in enumerate(words):
        if not word[:1].isupper() or syllables_of(word)[:1] not in openers:
            continue
        span = _delegation(text, words, i)
        if span is None:
            continue
        inside = [m for m in tagged if m.start < span[1] and span[0] < m.end]
        if any(m.start < span[0] or m.end > span[1] for m in inside):
            continue  # a name runs across the delegation's edge: leave the tagger's reading
        sentence = inside[0].sentence if inside else None
        if sentence is None:
            continue  # no name found there at all: nothing to repair
        made.append(Mention(inside[0].article_id, sentence, span[0], span[1], text[span[0] : span[1]], EntityType.ORGANIZATION))
    if not made:
        return tagged
    kept = [m for m in tagged if not any(d.start <= m.start and m.end <= d.end for d in made)]
    return kept + made


def _delegation(text: str, words: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The span of the delegation whose head opens at word ``i``, to the end of its place, or None."""
    for head in _heads():
        j = i + len(head)
        if j > len(words) or tuple(syllables_of(w[2])[0] for w in words[i:j]) != head:
            continue
        for size in (2, 1):
            if j + size <= len(words) and tuple(syllables_of(w[2])[0] for w in words[j : j + size]) in _levels():
                j += size
                break
        end = j
        while end < len(words) and end < j + _PLACE_REACH and words[end][2][:1].isupper() and _adjacent(text, words, end):
            end += 1
        if end == j:
            return None
        last = words[end - 1]
        stop = last[1] - 1 if last[2].endswith(".") else last[1]
        return words[i][0], stop
    return None


def _adjacent(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether word ``k`` follows the word before it with only spaces between (no mark)."""
    return not text[words[k - 1][1] : words[k][0]].strip(" _")
