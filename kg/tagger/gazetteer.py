"""Name lists as tagger features: which syllables a listed name covers."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from kg.paths import ONTOLOGY_DIR

NAME_FILES = (
    "countries.tsv",
    "regions.tsv",
    "cities.tsv",
    "vietnam_provinces.tsv",
    "organisations.tsv",
    "news_agencies.tsv",
)
# Words that come before or after a name and say what it is ("tỉnh", "ông").
CUE_FILES = ("cues.tsv", "titles.tsv")
MAX_NAME_SYLLABLES = 8


@cache
def name_list(folder: Path = ONTOLOGY_DIR / "gazetteer") -> dict[tuple[str, ...], str]:
    """Lowercased syllables of every listed name -> its type."""
    names: dict[tuple[str, ...], str] = {}
    for file_name in NAME_FILES:
        with (folder / file_name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                key = tuple(row["name"].lower().replace("_", " ").split())
                if key and len(key) <= MAX_NAME_SYLLABLES:
                    names.setdefault(key, row["type"])
    return names


@cache
def cue_words(folder: Path = ONTOLOGY_DIR / "gazetteer") -> dict[tuple[str, ...], str]:
    """Lowercased syllables of every cue and title -> its kind."""
    cues: dict[tuple[str, ...], str] = {}
    for file_name in CUE_FILES:
        with (folder / file_name).open(encoding="utf-8") as handle:
            reader = csv.reader(handle, delimiter="\t")
            next(reader, None)
            for row in reader:
                if len(row) < 2 or row[0].startswith("#"):
                    continue
                key = tuple(row[0].lower().replace("_", " ").split())
                if key:
                    cues.setdefault(key, row[1])
    return cues


def longest_matches(lowered: list[str], lexicon: dict[tuple[str, ...], str]) -> list[str | None]:
    """For each syllable, "B-kind" / "I-kind" of the longest listed entry covering it
    (matched left to right), or None."""
    tags: list[str | None] = [None] * len(lowered)
    index = 0
    while index < len(lowered):
        for length in range(min(MAX_NAME_SYLLABLES, len(lowered) - index), 0, -1):
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
