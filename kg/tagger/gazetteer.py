"""Name lists as tagger features: which syllables a listed name covers."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from kg.lexicon.gazetteer import GAZETTEER_DIR, NAME_FILES
from kg.tagger.syllables import syllable_spans

# Words that come before or after a name and say what it is ("tỉnh", "ông").
CUE_FILES = ("cues.tsv", "titles.tsv")
MAX_NAME_SYLLABLES = 8
KNOWN_NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "known_names.tsv"


def syllable_key(name: str) -> tuple[str, ...]:
    """A name as the tagger sees it: its lowercased syllables."""
    text = name.replace("_", " ").lower()
    return tuple(text[s:e] for s, e in syllable_spans(text))


@cache
def name_list(folder: Path = GAZETTEER_DIR) -> dict[tuple[str, ...], str]:
    """Lowercased syllables of every listed name -> its type."""
    names: dict[tuple[str, ...], str] = {}
    for file_name in NAME_FILES:
        with (folder / file_name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                key = syllable_key(row["name"])
                if key and len(key) <= MAX_NAME_SYLLABLES:
                    names.setdefault(key, row["type"])
    return Lexicon(names)


@cache
def cue_words(folder: Path = GAZETTEER_DIR) -> dict[tuple[str, ...], str]:
    """Lowercased syllables of every cue and title -> its kind."""
    cues: dict[tuple[str, ...], str] = {}
    for file_name in CUE_FILES:
        with (folder / file_name).open(encoding="utf-8") as handle:
            reader = csv.reader(handle, delimiter="\t")
            next(reader, None)
            for row in reader:
                if len(row) < 2 or row[0].startswith("#"):
                    continue
                key = syllable_key(row[0])
                if key:
                    cues.setdefault(key, row[1])
    return Lexicon(cues)


@cache
def known_names(path: Path = KNOWN_NAMES_FILE) -> dict[tuple[str, ...], str]:
    """Names annotated in the training articles (``name<TAB>type``), shipped with
    the model: a name seen in training is a strong cue wherever it recurs."""
    if not path.is_file():
        return Lexicon({})
    names = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        name, _, entity_type = line.partition("\t")
        key = syllable_key(name)
        if key and len(key) <= MAX_NAME_SYLLABLES:
            names[key] = entity_type
    return Lexicon(names)


class Lexicon(dict):
    """Names or cues keyed by their lowercased syllables, indexed by first
    syllable with the longest entry that starts with it, so that a lookup at a
    syllable no entry starts with costs one dictionary probe."""

    def __init__(self, entries: dict[tuple[str, ...], str]) -> None:
        super().__init__(entries)
        self.longest: dict[str, int] = {}
        for key in entries:
            if len(key) > self.longest.get(key[0], 0):
                self.longest[key[0]] = len(key)


def longest_matches(lowered: list[str], lexicon: dict[tuple[str, ...], str]) -> list[str | None]:
    """For each syllable, "B-kind" / "I-kind" of the longest listed entry covering it
    (matched left to right), or None."""
    longest = lexicon.longest if isinstance(lexicon, Lexicon) else None
    tags: list[str | None] = [None] * len(lowered)
    index = 0
    size = len(lowered)
    while index < size:
        limit = MAX_NAME_SYLLABLES if longest is None else longest.get(lowered[index], 0)
        for length in range(min(limit, size - index), 0, -1):
            kind = lexicon.get(tuple(lowered[index:index + length]))
            if kind is not None:
                tags[index] = f"B-{kind}"
                for inner in range(index + 1, index + length):
                    tags[inner] = f"I-{kind}"
                index += length
                break
        else:
            index += 1
    return tags
