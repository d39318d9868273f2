"""The one reader of the lexicon files of ``ontology/``.

Every lexicon is a UTF-8 TSV file: lines starting with ``#`` are comments,
blank lines are skipped, the first other line is a header, and every row
holds exactly as many tab-separated columns as the header promises. Words
are written with spaces or underscores between syllables.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.lexicon.syllables import standard_tone


class LexiconError(ValueError):
    """A lexicon file that is missing or cannot be read; the message names the file and line."""


def read_table(path: Path, columns: int) -> list[tuple[int, list[str]]]:
    """The data rows of the TSV file ``path`` with their line numbers, cells stripped.

    Raises ``LexiconError`` naming the file and line when the file is missing
    or a row has another number of columns.
    """
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file missing (restore it from the repository or reinstall kg)")
    rows = []
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != columns:
            raise LexiconError(
                f"{path}:{number}: expected {columns} tab-separated columns, found {len(fields)} "
                "(separate columns with one tab)"
            )
        if not header_seen:
            header_seen = True
            continue
        if not fields[0].strip():
            continue
        rows.append((number, [f.strip() for f in fields]))
    return rows


@lru_cache(maxsize=131072)
def syllables_of(text: str) -> tuple[str, ...]:
    """The lower-cased syllables of a word or phrase, tone marks placed one way:
    "Cho_biết" -> ("cho", "biết"), "Uỷ_ban" -> ("ủy", "ban")."""
    if " " not in text and "\t" not in text and "__" not in text:
        return tuple(standard_tone(s) for s in text.casefold().split("_") if s)
    return tuple(standard_tone(s) for s in re.split(r"[_\s]+", text.casefold()) if s)
