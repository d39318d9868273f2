"""Places named after a word of level: no part of the name before them.

"Anh Quan ở xã Bản Khoang": the tagger reads a capitalised word, a lowercase
run and a capitalised place as one name ("Quan ở xã Bản Khoang"), most of all
where the place opens with a common noun ("Bản", "Đồng") it cannot read as a
place. A word of place ("ở", "tại": ``places.in``) followed by a lowercase
word of level (``places.admin-ranks``: "xã", "huyện", "thị trấn") and a
capitalised run is certain: what follows is a place, and no name runs on
across the word of place. Bodies named with their place ("Công an huyện Lý
Nhân", "UBND tỉnh Quảng Nam") hold a word of level but no word of place before
it, and are left whole.

- ``places_cut_from_names``: a tagged span holding such a word of place and
  word of level is cut in two: the name before the word of place (the rules'
  name there when they found one, with its honorific) and the place after the
  word of level;
- ``places_after_level_words``: a tagged span right after a lowercase word of
  level, typed no place, is the place when the rules read that span as one,
  or when the word of place stands before the word of level;
- ``places_left_out_after_level_words``: a capitalised run right after a
  lowercase word of level that neither a tagged span nor a rule name touches
  is a place ("Chảo Dào Quan, xã Bản Khoang": neither read "Bản", a common
  noun, as opening a name; a name the rules found and the tagger dropped, as
  in the title of a work, stays dropped). Only the words of level that
  ``cues.tsv`` lists before a place ("xã", "huyện", "thị trấn") count alone;
  the others are common nouns as well ("bản Android", a version; "km / h .")
  and count only after a word of place.

The place takes the rules' type of that span, else the type ``cues.tsv``
gives a place after its word of level (a "thị trấn" is a City), else Region
(the guidelines type a named commune, ward or hamlet a Region).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of, word_list, word_numbers
from kg.lexicon.gazetteer import load_lexicon
from kg.model import AnalysedArticle, EntityType, Mention
from kg.tagger.syllables import syllable_spans

#: The kind ``cues.tsv`` gives a word written before a place's name.
_BEFORE_A_PLACE = "before"

#: Marks that glue a word of level to the word beside it into another word.
_GLUES = frozenset("_/.-")

Units = list[tuple[int, int]]


@cache
def _levels() -> tuple[tuple[str, ...], ...]:
    """The words of level as syllables, longest first ("thị xã" before "xã")."""
    words = {syllables_of(word) for word in word_numbers("places.admin-ranks")}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _level_openings() -> frozenset[tuple[str, ...]]:
    return frozenset(level[:1] for level in _levels())


@cache
def _level_opening_pattern() -> re.Pattern[str]:
    """The first syllables of the words of level, written lowercase as a whole syllable: where
    ``places_left_out_after_level_words`` need look (a syllable is a run of letters and digits)."""
    forms = sorted({opening[0] for opening in _level_openings()}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, forms)) + r")(?![^\W_])")


@cache
def _level_closing_pattern() -> re.Pattern[str]:
    """A last syllable of a word of level, written lowercase, with only spaces or "_" after it to
    the end of the search: where ``places_after_level_words`` need look."""
    forms = sorted({level[-1] for level in _levels()}, key=len, reverse=True)
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, forms)) + r")[\s_]*\Z")


@cache
def _place_word_openings() -> frozenset[str]:
    return frozenset(words[0] for words in _places_in())


@cache
def _cued_levels() -> frozenset[tuple[str, ...]]:
    """The words of level ``cues.tsv`` also lists before a place's name ("xã", "huyện", "TP")."""
    return frozenset(level for level in _levels() if _cued_type(level) is not None)


@cache
def _places_in() -> tuple[tuple[str, ...], ...]:
    """"ở", "tại", "nằm ở": words of place, as syllables, longest first."""
    return tuple(sorted({syllables_of(word) for word in word_list("places.in")}, key=len, reverse=True))


def places_cut_from_names(text: str, rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each span that runs over a word of place and a lowercase word of level
    into a capitalised run cut there: the name before, the place after."""
    by_span = {(m.start, m.end): m for m in rule_names}
    result: list[Mention] = []
    for mention in tagged:
        cut = _cut(text, mention)
        if cut is None:
            result.append(mention)
            continue
        name_end, level, place_start = cut
        if name_end is not None:
            name = by_span.get((mention.start, name_end))
            result.append(
                replace(name, confidence=mention.confidence)
                if name is not None
                else replace(mention, end=name_end, text=text[mention.start:name_end])
            )
        place = replace(mention, start=place_start, text=text[place_start:mention.end], title=None, honorific=None,
                        prefix_start=None, title_span=None)
        result.append(replace(place, type=_place_type(level, by_span.get((place.start, place.end)))))
    return result


def places_after_level_words(text: str, rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each span right after a lowercase word of level that is typed no place
    typed the place, when the rules read it as a place or a word of place stands before the level."""
    by_span = {(m.start, m.end): m for m in rule_names}
    result: list[Mention] = []
    for mention in tagged:
        rule = by_span.get((mention.start, mention.end))
        if (
            not mention.type.is_location
            and _capitalised(text, mention.start)
            and _level_closing_pattern().search(text, max(0, mention.start - 40), mention.start)
        ):
            units = syllable_spans(text, max(0, mention.start - 60), mention.start)
            level = _level_ending(text, units, len(units))
            if level is not None and (
                (rule is not None and rule.type.is_location)
                or _place_word_ending(text, units, len(units) - len(level)) is not None
            ):
                mention = replace(mention, type=_place_type(level, rule))
        result.append(mention)
    return result


def places_left_out_after_level_words(
    analysed: AnalysedArticle, units: Units, rule_names: list[Mention], tagged: list[Mention]
) -> list[Mention]:
    """The places written as a capitalised run right after a lowercase word of level that
    neither a tagged span nor a rule name touches; ``units`` are the article's syllables."""
    text = analysed.article.text
    found: list[Mention] = []
    index = 0
    for opening in _level_opening_pattern().finditer(text):
        at = bisect_left(units, (opening.start(),))
        if at < index:
            continue
        index = at
        level = _level_at(text, units, index)
        if level is None:
            continue
        first, end = index + len(level), _run_end(text, units, index + len(level))
        index = max(end, first)
        if end == first or (level not in _cued_levels() and _place_word_ending(text, units, first - len(level)) is None):
            continue
        start, stop = units[first - len(level)][0], units[end - 1][1]
        place_start = units[first][0]
        if any(m.start < stop and m.end > start for m in (*tagged, *rule_names)):
            continue
        sentence = analysed.sentence_at(place_start).index
        found.append(Mention(analysed.id, sentence, place_start, stop, text[place_start:stop], _place_type(level, None)))
    return found


def _run_end(text: str, units: Units, first: int) -> int:
    """The end (a unit index) of the run of capitalised syllables from ``first``, written with
    only a space or "_" between them and ending at a word's end; ``first`` when there is none."""
    end = first
    while end < len(units) and _capitalised(text, units[end][0]):
        if end > first and text[units[end - 1][1]:units[end][0]] not in (" ", "_"):
            break
        end += 1
    if end > first and text[units[end - 1][1]:units[end - 1][1] + 1] == "_":
        return first
    return end


def _cut(text: str, mention: Mention) -> tuple[int | None, tuple[str, ...], int] | None:
    """(end of the name before the word of place or None when there is none, the word of level,
    start of the place) when ``mention`` runs over a word of place and a word of level into a
    capitalised run; else None."""
    units = syllable_spans(text, mention.start, mention.end)
    for index in range(len(units)):
        place_word = _place_word_at(text, units, index)
        if place_word is None:
            continue
        level = _level_at(text, units, index + len(place_word))
        if level is None:
            continue
        place = index + len(place_word) + len(level)
        if place >= len(units) or not all(_capitalised(text, start) for start, _ in units[place:]):
            continue
        before = [unit for unit in units[:index] if _capitalised(text, unit[0])]
        return (before[-1][1] if before else None), level, units[place][0]
    return None


def _place_word_at(text: str, units: Units, first: int) -> tuple[str, ...] | None:
    """The word of place written lowercase as whole words from unit ``first``, or None."""
    if text[units[first][0]:units[first][1]] not in _place_word_openings():
        return None
    return next((words for words in _places_in() if _written_at(text, units, first, words)), None)


def _level_at(text: str, units: Units, first: int) -> tuple[str, ...] | None:
    """The word of level written lowercase as whole words from unit ``first``, or None."""
    if first >= len(units) or syllables_of(text[units[first][0]:units[first][1]])[:1] not in _level_openings():
        return None
    return next((words for words in _levels() if _written_at(text, units, first, words)), None)


def _level_ending(text: str, units: Units, end: int) -> tuple[str, ...] | None:
    """The word of level written lowercase as whole words right before unit ``end``, or None."""
    return next((words for words in _levels() if _written_at(text, units, end - len(words), words)), None)


def _place_word_ending(text: str, units: Units, end: int) -> tuple[str, ...] | None:
    """The word of place written lowercase as whole words right before unit ``end``, or None."""
    return next((words for words in _places_in() if _written_at(text, units, end - len(words), words)), None)


def _written_at(text: str, units: Units, first: int, words: tuple[str, ...]) -> bool:
    """Whether ``words`` stand lowercase at unit ``first``, as whole words: not glued by "_",
    "/", "." or "-" to a syllable before or after them ("Nông_thôn" holds no "thôn", "km/h." no "h.")."""
    last = first + len(words)
    if first < 0 or last > len(units):
        return False
    start, end = units[first][0], units[last - 1][1]
    written = text[start:end]
    if not written.islower() or syllables_of(written) != words:
        return False
    return not _glued(text[start - 1:start]) and not _glued(text[end:end + 1])


def _glued(char: str) -> bool:
    return char.isalnum() or char in _GLUES


def _capitalised(text: str, start: int) -> bool:
    return text[start:start + 1].isupper()


def _place_type(level: tuple[str, ...], rule: Mention | None) -> EntityType:
    """The type of a place written after the word of level ``level``."""
    if rule is not None and rule.type.is_location:
        return rule.type
    return _cued_type(level) or EntityType.REGION


def _cued_type(level: tuple[str, ...]) -> EntityType | None:
    """The type ``cues.tsv`` gives a place after the word of level ``level``, if it lists the word."""
    kind, entity_type = load_lexicon().cues.get(" ".join(level), (None, None))
    return entity_type if kind == _BEFORE_A_PLACE and entity_type is not None and entity_type.is_location else None
