"""The word lists of ``ontology/words.tsv``: the function words, nouns and
phrases the analyser, the extractors and the resolver look for.

One entry a line: the list's name, a word or phrase (spaces or underscores
between syllables) and, for lists that map a word to something, its value
(``-`` for none). A list is named after the stage that reads it and what it
holds ("events.vehicle-heads"); adding a word to a list is a line of data.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from kg.lexicon.tsv import LexiconError, read_table, syllables_of
from kg.paths import ONTOLOGY_DIR

WORDS_FILE = ONTOLOGY_DIR / "words.tsv"


@lru_cache(maxsize=4)
def load_word_lists(path: Path = WORDS_FILE) -> dict[str, tuple[tuple[str, str], ...]]:
    """Every list of ``path``: name -> (word, value) pairs in file order."""
    lists: dict[str, list[tuple[str, str]]] = {}
    for _, (name, word, value) in read_table(path, 3):
        lists.setdefault(name, []).append((unicodedata.normalize("NFC", word), value))
    return {name: tuple(entries) for name, entries in lists.items()}


def _entries(name: str, path: Path) -> tuple[tuple[str, str], ...]:
    lists = load_word_lists(path)
    if name not in lists:
        raise LexiconError(f"{path}: no word list named {name!r} (add its lines, or use one of {', '.join(sorted(lists))})")
    return lists[name]


def word_list(name: str, path: Path = WORDS_FILE) -> tuple[str, ...]:
    """The words of the list ``name``, in file order."""
    return tuple(word for word, _ in _entries(name, path))


def word_syllables(name: str, path: Path = WORDS_FILE) -> frozenset[tuple[str, ...]]:
    """The words of the list ``name`` as their syllables (``syllables_of``), to match words read from an article."""
    return frozenset(syllables_of(word) for word, _ in _entries(name, path))


def word_map(name: str, path: Path = WORDS_FILE) -> dict[str, str | None]:
    """The list ``name`` as a mapping from each word to its value (None for ``-``)."""
    return {word: (None if value == "-" else value) for word, value in _entries(name, path)}


def word_numbers(name: str, path: Path = WORDS_FILE, *, whole: bool = False) -> dict[str, float | None]:
    """The list ``name`` as a mapping from each word to its value read as a number
    (``whole``: an integer), None for ``-``. A value that is not such a number is
    refused with the file and line, before any article is read."""
    _entries(name, path)  # an unknown list name is refused as word_map refuses it
    numbers: dict[str, float | None] = {}
    for number, (list_name, word, value) in read_table(path, 3):
        if list_name != name:
            continue
        numbers[unicodedata.normalize("NFC", word)] = None if value == "-" else _number(value, whole, path, number)
    return numbers


def _number(value: str, whole: bool, path: Path, line: int) -> float:
    try:
        return int(value) if whole else float(value)
    except ValueError:
        expected = "a whole number" if whole else "a number"
        raise LexiconError(f"{path}:{line}: the value {value!r} is not {expected} (write {expected}, or - for none)") from None


#: The head of a ministry's name: "Bộ Công_Thương".
_MINISTRY = "bộ"


@lru_cache(maxsize=1)
def ministry_departments(path: Path = WORDS_FILE) -> frozenset[tuple[str, ...]]:
    """The names of ministries without "Bộ", as syllables ("công thương", "kế hoạch và đầu tư"),
    from the generic bodies of ``resolver.generic-bodies``: written right after a minister's title
    they are the title's department ("Bộ_trưởng Công_Thương Vũ_Huy_Hoàng")."""
    bodies = (syllables_of(word) for word, _ in _entries("resolver.generic-bodies", path))
    return frozenset(syllables[1:] for syllables in bodies if len(syllables) > 1 and syllables[0] == _MINISTRY)

