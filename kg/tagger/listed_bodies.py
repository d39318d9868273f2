"""Bodies the tagger cut short of a name the lists hold whole.

"Ủy_ban Văn_hóa , Giáo_dục , Thanh_thiếu_niên và Nhi_đồng", "Bộ Lao_động - Thương_binh và Xã_hội",
"Sở Tài_nguyên và Môi_trường": a body named for several fields holds commas, dashes and "và", where
the tagger often stops ("Ủy_ban Văn_hóa", "Bộ Lao_động"), so the body the sentence speaks of, and
the parent "của/thuộc" gives it, are lost. ``listed_bodies_completed`` runs an Organization on to
the end of the longest organisation the gazetteers or the known names (``kg/data/known_names.tsv``)
list, or the generic bodies of ``resolver.generic-bodies`` ("Sở Tài_nguyên và Môi_trường"), that
opens with the whole tagged name, when the text goes on with the rest of that name, only
spaces and the marks a name holds between its words, and no listed body written whole after a
comma ("Cục X , Thanh_tra Chính_phủ" is a unit and its parent); the names tagged inside the added
words are dropped.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache

from kg.lexicon import word_list
from kg.lexicon.gazetteer import load_lexicon
from kg.lexicon.tsv import read_table
from kg.model import EntityType, Mention
from kg.tagger.gazetteer import KNOWN_NAMES_FILE, syllable_key

#: What may stand between two words of a listed name: spaces, the segmenter's joins and the marks a name holds.
_BETWEEN_WORDS = frozenset(" _,-–&")


@cache
def _listed_bodies() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The organisations the gazetteers, the known names and the generic bodies list, as lowercased
    syllables without their marks, by their first syllable."""
    names = {name for name, kind in load_lexicon().names.items() if kind is EntityType.ORGANIZATION}
    names |= {name.replace("_", " ") for name in word_list("resolver.generic-bodies")}
    if KNOWN_NAMES_FILE.is_file():
        names |= {name for _line, (name, kind) in read_table(KNOWN_NAMES_FILE, 2) if kind == EntityType.ORGANIZATION.value}
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        key = tuple(syllable for syllable in syllable_key(name) if not _is_mark(syllable))
        if len(key) > 1:
            by_first.setdefault(key[0], set()).add(key)
    return {first: tuple(keys) for first, keys in by_first.items()}


def _is_mark(syllable: str) -> bool:
    return set(syllable) <= _BETWEEN_WORDS


def listed_bodies_completed(text: str, units: list[tuple[int, int]], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each Organization run on to the listed body whose name it opens and the text
    completes; ``units`` are the syllables of ``text``."""
    words = [(s, e) for s, e in units if not _is_mark(text[s:e])]
    starts = [start for start, _ in words]
    ends: dict[int, int] = {}
    for mention in tagged:
        if mention.type is EntityType.ORGANIZATION and not mention.reference:
            end = _completed_end(text, words, starts, mention)
            if end is not None:
                ends[mention.start] = end
    if not ends:
        return tagged
    result = []
    for mention in tagged:
        if mention.start in ends and mention.type is EntityType.ORGANIZATION:
            end = ends[mention.start]
            result.append(replace(mention, end=end, text=text[mention.start : end]))
        elif not any(start < mention.start < end for start, end in ends.items()):
            result.append(mention)
    return result


def _completed_end(text: str, words: list[tuple[int, int]], starts: list[int], mention: Mention) -> int | None:
    """Where the longest listed body that opens with ``mention`` and the text goes on with ends, or None;
    ``words`` are the syllables of ``text`` that are no marks."""
    first = bisect_left(starts, mention.start)
    after = bisect_left(starts, mention.end)
    if first >= len(words) or words[first][0] != mention.start or after <= first:
        return None
    key = tuple(text[s:e].lower() for s, e in words[first:after])
    best = None
    for name in _listed_bodies().get(key[0], ()):
        rest = len(name) - len(key)
        if rest <= 0 or name[: len(key)] != key or after + rest > len(words):
            continue
        if (best is None or rest > best) and _written_on(text, words, after - 1, name[len(key) :]):
            best = rest
    return words[after - 1 + best][1] if best is not None else None


def _written_on(text: str, words: list[tuple[int, int]], last: int, rest: tuple[str, ...]) -> bool:
    """Whether the words after ``last`` are the syllables ``rest``, only spaces and a name's marks between them."""
    for offset, syllable in enumerate(rest, start=1):
        word = last + offset
        if text[words[word][0] : words[word][1]].lower() != syllable:
            return False
        gap = text[words[word - 1][1] : words[word][0]]
        if not _is_mark(gap):
            return False
        if "," in gap and rest[offset - 1 :] in _listed_bodies().get(syllable, ()):
            return False  # "Đảng_ủy , Bộ Công_an": a body set beside its parent, two names, whatever a list holds
    return True
