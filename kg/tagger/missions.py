"""Diplomatic missions named by their country: one organisation.

"Đại_sứ_quán Thổ_Nhĩ_Kỳ", "Tổng_Lãnh_sự_quán Hoa_Kỳ", "Phái_đoàn thường_trực
Việt_Nam" are each one body, an Organization from the mission's word to the
end of its country, as the annotation has them; the host country after "tại"
or "ở" stays apart. The tagger knows only the missions it saw in training and
otherwise tags the country alone. ``missions_named`` makes a tagged span that
is a country the gazetteers list, written right after a mission's word
(``places.missions``) that opens with a capital and that no tagged span
touches, the mission's name. A lowercase mission word ("đại_sứ_quán Úc ở
Jakarta"), one after a plural word (``places.plural``: "các Đại_sứ_quán
Australia") and one whose host is no name but a determiner after "ở" or "tại"
(``places.in``, ``places.determiners``: "Đại_sứ_quán Australia ở một_số nước")
name no one body and are left alone.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of, word_list
from kg.lexicon.gazetteer import load_lexicon
from kg.model import EntityType, Mention


@cache
def _missions() -> tuple[tuple[str, ...], ...]:
    """The missions' words as syllables, longest first: "Tổng Lãnh sự quán" is not read as "Lãnh sự quán"."""
    return tuple(sorted({syllables_of(word) for word in word_list("places.missions")}, key=len, reverse=True))


@cache
def _words(name: str) -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(word) for word in word_list(name))


def missions_named(text: str, units: list[tuple[int, int]], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each listed country written right after a capitalised mission word
    made one Organization with it ("Đại_sứ_quán" + "Thổ_Nhĩ_Kỳ"); ``units`` are the syllables of ``text``."""
    starts = [start for start, _ in units]
    result = []
    for mention in tagged:
        opening = _mission_opening(text, units, starts, mention)
        if opening is not None and not any(other.start < mention.start and other.end > opening for other in tagged):
            mention = replace(
                mention,
                start=opening,
                text=text[opening:mention.end],
                type=EntityType.ORGANIZATION,
                title=None,
                honorific=None,
                prefix_start=None,
                title_span=None,
            )
        result.append(mention)
    return result


def missions_cut_at_host(text: str, units: list[tuple[int, int]], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each Organization that opens with a capitalised mission word and runs on
    past "tại"/"ở" (``places.in``) to a country or city the gazetteers list ("Đại_sứ_quán
    Thổ_Nhĩ_Kỳ tại Việt_Nam") cut before the preposition, the host a mention of its own."""
    starts = [start for start, _ in units]
    result = []
    for mention in tagged:
        cut = _host_within(text, units, starts, mention) if mention.type is EntityType.ORGANIZATION else None
        if cut is None:
            result.append(mention)
            continue
        end, host_start, host_type = cut
        result.append(replace(mention, end=end, text=text[mention.start:end]))
        result.append(
            replace(
                mention,
                start=host_start,
                text=text[host_start:mention.end],
                type=host_type,
                title=None,
                honorific=None,
                prefix_start=None,
                title_span=None,
            )
        )
    return result


def _host_within(text: str, units: list[tuple[int, int]], starts: list[int], mention: Mention) -> tuple[int, int, EntityType] | None:
    """(end of the mission, start of the host, the host's type) when ``mention`` is a mission named
    with its host after "tại"/"ở", the mission's country between them; else None."""
    index = bisect_left(starts, mention.start)
    if index >= len(units) or units[index][0] != mention.start or not text[mention.start].isupper():
        return None
    opening = next((len(m) for m in _missions() if _phrase_at(text, units, index, len(m)) == m), None)
    if opening is None:
        return None
    stop = bisect_left(starts, mention.end)
    for i in range(index + opening + 1, stop):
        for words in _words("places.in"):
            host = i + len(words)
            if host >= stop or _phrase_at(text, units, i, len(words)) != words:
                continue
            kind = load_lexicon().names.get(text[units[host][0]:mention.end].replace("_", " "))
            if kind in (EntityType.COUNTRY, EntityType.CITY):
                return units[i - 1][1], units[host][0], kind
    return None


def _mission_opening(text: str, units: list[tuple[int, int]], starts: list[int], mention: Mention) -> int | None:
    """Where the mission named by the country ``mention`` starts, or None when ``mention``
    names no mission's country."""
    if not _listed_country(mention) or _hosts_unnamed(text, units, starts, mention):
        return None
    return _mission_before(text, units, starts, mention)


def _listed_country(mention: Mention) -> bool:
    return load_lexicon().names.get(mention.text.replace("_", " ")) is EntityType.COUNTRY


def _mission_before(text: str, units: list[tuple[int, int]], starts: list[int], mention: Mention) -> int | None:
    """Where the capitalised mission word written right before ``mention`` starts, or None."""
    index = bisect_left(starts, mention.start)
    if index >= len(units) or units[index][0] != mention.start:
        return None
    for mission in _missions():
        first = index - len(mission)
        if first < 0 or _phrase_at(text, units, first, len(mission)) != mission:
            continue
        if not text[units[first][0]].isupper() or _phrase_ending(text, units, first, _words("places.plural")):
            return None
        return units[first][0]
    return None


def _hosts_unnamed(text: str, units: list[tuple[int, int]], starts: list[int], mention: Mention) -> bool:
    """Whether "ở"/"tại" and a determiner follow ``mention``: "ở một_số nước", "tại các nước"."""
    index = bisect_left(starts, mention.end)
    for size in {len(words) for words in _words("places.in")}:
        if _phrase_at(text, units, index, size) in _words("places.in"):
            following = index + size
            if any(_phrase_at(text, units, following, len(words)) == words for words in _words("places.determiners")):
                return True
    return False


def _phrase_ending(text: str, units: list[tuple[int, int]], end: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` is written in the units right before ``end``."""
    return any(end - len(words) >= 0 and _phrase_at(text, units, end - len(words), len(words)) == words for words in phrases)


def _phrase_at(text: str, units: list[tuple[int, int]], first: int, size: int) -> tuple[str, ...]:
    """The lowercased syllables of the ``size`` units from ``first`` (fewer at the end of the text)."""
    return syllables_of(" ".join(text[s:e] for s, e in units[first:first + size]))
