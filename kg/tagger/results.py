"""Results tables run into one line: "Milan 1-1 FC Barcelona Arsenal 1-2 Borussia Dortmund".

A page's table of results loses its rows in the text, so teams and scores
follow each other with nothing between them, and the tagger may read a run of
them as one name. No name holds a score: ``results_split`` cuts every tagged
span at each score inside it ("1-1", "2 - 1", "0–3"), and cuts a piece between
scores that is two listed organisations written one after the other ("FC
Barcelona Arsenal") into the two. Outside such a row two listed names may well
be one ("Bộ Quốc_phòng Mỹ"), and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import EntityType, Mention
from kg.tagger.gazetteer import listed_halves

_ORGANIZATION = EntityType.ORGANIZATION.value
#: A score: one or two digits, a hyphen or dash, one or two digits, alone between spaces.
_SCORE = re.compile(r"(?<![\w.,/-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w.,/-])")
_SCORE_ENDING = re.compile(_SCORE.pattern + "$")


def results_split(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each span holding a score cut into the names around it, and each
    piece made of two listed organisations cut into them."""
    result: list[Mention] = []
    for mention in tagged:
        if not _SCORE.search(mention.text) and not _beside_a_score(text, mention.start, mention.end):
            result.append(mention)
            continue
        for start, end in _pieces(text, mention.start, mention.end):
            for piece_start, piece_end in _two_listed_names(text, start, end) or [(start, end)]:
                result.append(replace(mention, start=piece_start, end=piece_end, text=text[piece_start:piece_end]))
    return result


def _beside_a_score(text: str, start: int, end: int) -> bool:
    """Whether a score stands right before or right after ``text[start:end]``."""
    before = text[max(0, start - 10):start].rstrip(" _")
    after = text[end:end + 10].lstrip(" _")
    return bool(_SCORE_ENDING.search(before) or _SCORE.match(after))


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` between its scores, trimmed, that hold a capitalised word."""
    pieces = []
    at = start
    for score in [*_SCORE.finditer(text, start, end), None]:
        stop = score.start() if score else end
        piece = _trimmed(text, at, stop)
        if piece is not None:
            pieces.append(piece)
        if score:
            at = score.end()
    return pieces


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start``..``end`` without the spaces and "_" at either end, when it begins with a capital."""
    while start < end and text[start] in " _":
        start += 1
    while end > start and text[end - 1] in " _":
        end -= 1
    return (start, end) if start < end and text[start].isupper() else None


def _two_listed_names(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two listed organisations ``text[start:end]`` is made of, one right after the other, or None."""
    for first, first_type, second, second_type in listed_halves(text, start, end):
        if first_type == second_type == _ORGANIZATION:
            return [first, second]
    return None
