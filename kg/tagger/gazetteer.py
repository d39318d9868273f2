"""Name lists as tagger features: which syllables a listed name covers."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache
from itertools import compress
from pathlib import Path

from kg.lexicon.gazetteer import GAZETTEER_DIR, load_lexicon
from kg.lexicon.tsv import read_table
from kg.tagger.syllables import syllable_spans

# Words that come before or after a name and say what it is ("tỉnh", "ông").
CUE_FILES = ("cues.tsv", "titles.tsv")
MAX_NAME_SYLLABLES = 8
KNOWN_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "known_names.tsv"
WORD_CLASSES_FILE = Path(__file__).resolve().parent.parent / "data" / "word_classes.tsv"
#: Open-data name lists (``kg.training.name_lists``): places from GeoNames, people's names from faker.
PLACE_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "place_names.tsv"
PERSON_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "person_names.tsv"


def syllable_key(name: str) -> tuple[str, ...]:
    """A name as the tagger sees it: its lowercased syllables."""
    text = name.replace("_", " ").lower()
    words = text.split()
    # Most names are letters and digits between spaces: each word is then a syllable,
    # as syllable_spans would cut it (its runs are those of str.isalnum characters).
    if all(word.isalnum() for word in words):
        return tuple(words)
    return tuple(text[s:e] for s, e in syllable_spans(text))


@cache
def name_list() -> SyllableIndex:
    """Lowercased syllables of every name the gazetteers list -> its type."""
    names: dict[tuple[str, ...], str] = {}
    for name, entity_type in load_lexicon().names.items():
        key = syllable_key(name)
        if key and len(key) <= MAX_NAME_SYLLABLES:
            names.setdefault(key, entity_type.value)
    return SyllableIndex(names)


@cache
def cue_words(folder: Path = GAZETTEER_DIR) -> SyllableIndex:
    """Lowercased syllables of every cue and title -> its kind."""
    cues: dict[tuple[str, ...], str] = {}
    for file_name in CUE_FILES:
        for _line, (word, kind, _rest) in read_table(folder / file_name, 3):
            key = syllable_key(word)
            if key:
                cues.setdefault(key, kind)
    return SyllableIndex(cues)


@cache
def known_names(path: Path = KNOWN_NAMES_FILE) -> SyllableIndex:
    """Names annotated in the training articles (``name<TAB>type``), shipped with
    the model: a name seen in training is a strong cue wherever it recurs."""
    if not path.is_file():
        return SyllableIndex({})
    names = {}
    for _line, (name, entity_type) in read_table(path, 2):
        key = syllable_key(name)
        if key and len(key) <= MAX_NAME_SYLLABLES:
            names[key] = entity_type
    return SyllableIndex(names)


#: The open-data lists and the kind of name each gives.
OPEN_NAME_LISTS = ((PLACE_NAMES_FILE, "place"), (PERSON_NAMES_FILE, "person"))


@cache
def open_name_lists(lists: tuple[tuple[Path, str], ...] = OPEN_NAME_LISTS) -> SyllableIndex:
    """Lowercased syllables of every name of the shipped open-data lists -> the
    kinds of the lists that hold it, joined by "," ("place", "person,place"):
    world cities, countries and people's given and family names, which the
    tagger weighs as features only (the rules never match them)."""
    kinds: dict[tuple[str, ...], set[str]] = {}
    for path, kind in lists:
        if not path.is_file():
            continue
        for _line, (name,) in read_table(path, 1):
            key = syllable_key(name)
            if key and len(key) <= MAX_NAME_SYLLABLES:
                kinds.setdefault(key, set()).add(kind)
    return SyllableIndex({key: ",".join(sorted(found)) for key, found in kinds.items()})


@cache
def word_classes(path: Path = WORD_CLASSES_FILE) -> dict[str, tuple[str, ...]]:
    """Syllable (as written) -> its word class at each level ("c32=7", "c256=148"),
    learnt from corpus text and shipped with the model (``kg.training.clusters``)."""
    if not path.is_file():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    levels = lines[0].split("\t")[1:]
    classes = {}
    for line in lines[1:]:
        syllable, *found = line.split("\t")
        classes[syllable] = tuple(f"{level}={value}" for level, value in zip(levels, found) if value)
    return classes


class SyllableIndex(dict):
    """Names or cues keyed by their lowercased syllables, with a tree of the
    entries by syllable (``tree``), so that a lookup stops at the first
    syllable no entry goes on with."""

    def __init__(self, entries: dict[tuple[str, ...], str]) -> None:
        super().__init__(entries)
        #: first syllable -> [the kind of the entry that ends there or None, the next syllables' nodes or None]
        self.tree: dict[str, list] = {}
        for key, kind in entries.items():
            children = self.tree
            node: list = []
            for position, syllable in enumerate(key):
                node = children.get(syllable)
                if node is None:
                    node = children[syllable] = [None, None]
                if position + 1 < len(key):
                    if node[1] is None:
                        node[1] = {}
                    children = node[1]
            node[0] = kind


def longest_matches(lowered: Sequence[str], lexicon: dict[tuple[str, ...], str]) -> list[str | None]:
    """For each syllable, "B-kind" / "I-kind" of the longest listed entry covering it
    (matched left to right), or None."""
    if not isinstance(lexicon, SyllableIndex):
        lexicon = SyllableIndex({key: kind for key, kind in lexicon.items() if len(key) <= MAX_NAME_SYLLABLES})
    size = len(lowered)
    tags: list[str | None] = [None] * size
    tree = lexicon.tree
    starts = list(compress(range(size), map(tree.__contains__, lowered)))
    if not starts:
        return tags
    free = 0
    for index in starts:
        if index < free:
            continue
        kind, children = tree[lowered[index]]
        length = 1
        end = index + 1
        while children and end < size:
            node = children.get(lowered[end])
            if node is None:
                break
            end += 1
            if node[0] is not None:
                kind, length = node[0], end - index
            children = node[1]
        if kind is not None:
            tags[index] = "B-" + kind
            if length > 1:
                tags[index + 1:index + length] = ["I-" + kind] * (length - 1)
            free = index + length
    return tags


def listed_halves(text: str, start: int, end: int) -> Iterator[tuple[tuple[int, int], str, tuple[int, int], str]]:
    """Each way ``text[start:end]`` splits at a syllable into two names the gazetteers list, one
    right after the other: (first span, its type, second span, its type), first cut first. A span
    longer than two listed names can be yields nothing."""
    syllables = syllable_spans(text, start, end)
    if len(syllables) > 2 * MAX_NAME_SYLLABLES:
        return
    listed = name_list()
    for cut in range(1, len(syllables)):
        first, second = (start, syllables[cut - 1][1]), (syllables[cut][0], end)
        first_type = listed.get(syllable_key(text[first[0] : first[1]]))
        second_type = listed.get(syllable_key(text[second[0] : second[1]])) if first_type else None
        if first_type and second_type:
            yield first, first_type, second, second_type
