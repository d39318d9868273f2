"""Features of a syllable sequence for the CRF.

Most features depend on one syllable's form only; they are computed once per
distinct form and offset and kept in a cache, so that tagging a long archive
costs little more than joining cached lists. The features that depend on
context (name-list and cue matches over several syllables) are added per
sentence.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from kg.tagger.gazetteer import cue_words, known_names, longest_matches, name_list

WINDOW = 2
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
_VIETNAMESE_LETTERS = frozenset("đĐ")


def shape(form: str) -> str:
    """Capitalisation and character classes, runs collapsed: "Xx", "X", "d", "X.X", "p"."""
    classes = []
    for char in form:
        if char.isupper():
            kind = "X"
        elif char.islower():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char if char in "-.'’" else "p"
        if not classes or classes[-1] != kind:
            classes.append(kind)
    return "".join(classes)


def is_vietnamese(form: str) -> bool:
    """True when the syllable carries a Vietnamese tone or vowel mark (or đ)."""
    if any(char in _VIETNAMESE_LETTERS for char in form):
        return True
    return any(mark in _VIETNAMESE_MARKS for mark in unicodedata.normalize("NFD", form))


@lru_cache(maxsize=200_000)
def _own(form: str) -> tuple[str, ...]:
    lowered = form.lower()
    features = [
        "bias",
        f"w={lowered}",
        f"shape={shape(form)}",
        f"p1={lowered[:1]}",
        f"p2={lowered[:2]}",
        f"s2={lowered[-2:]}",
        f"s3={lowered[-3:]}",
    ]
    if form[:1].isupper():
        features.append("title")
    if form.isupper() and len(form) > 1:
        features.append("upper")
    if any(char.isdigit() for char in form):
        features.append("digit")
    if is_vietnamese(form):
        features.append("vi")
    elif form[:1].isalpha():
        features.append("foreign")
    if len(form) == 1:
        features.append("len1")
    return tuple(features)


@lru_cache(maxsize=400_000)
def _neighbour(form: str, offset: int) -> tuple[str, ...]:
    lowered = form.lower()
    prefix = f"{offset:+d}"
    features = [f"{prefix}w={lowered}", f"{prefix}shape={shape(form)}"]
    if form[:1].isupper():
        features.append(f"{prefix}title")
        features.append(f"{prefix}{'vi' if is_vietnamese(form) else 'foreign'}")
    return tuple(features)


_NEIGHBOUR_OFFSETS = tuple(o for o in range(-WINDOW, WINDOW + 1) if o != 0)
_EDGES = {offset: (f"{offset:+d}edge",) for offset in _NEIGHBOUR_OFFSETS}


@lru_cache(maxsize=200_000)
def _static(form: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """A syllable's own features and what it contributes as each neighbour."""
    return _own(form), {offset: _neighbour(form, offset) for offset in _NEIGHBOUR_OFFSETS}


@lru_cache(maxsize=10_000)
def _at(offset: int, feature: str) -> str:
    return f"{offset:+d}{feature}"


def glue_codes(text: str, offsets: list[tuple[int, int]]) -> list[str | None]:
    """For each syllable, whether it touches the previous ("L"), the next ("R")
    or both ("LR") with no space or "_" between: the hyphen of "Jong-un" and
    the dot of "TP.HCM" are glued, the dash of "Việt Nam - Lào" is not."""
    codes: list[str | None] = []
    for index, (start, end) in enumerate(offsets):
        left = index > 0 and offsets[index - 1][1] == start
        right = index + 1 < len(offsets) and offsets[index + 1][0] == end
        codes.append(("L" if left else "") + ("R" if right else "") or None)
    return codes


def document_types(forms: list[str], hints: list[str | None]) -> dict[str, frozenset[str]]:
    """For each capitalised syllable the rule-based recogniser put inside a name
    anywhere in the article, the types of those names (lowercased key): a
    surname alone in a line-up is typed by the full name given earlier."""
    found: dict[str, set[str]] = {}
    for form, hint in zip(forms, hints):
        if hint and form[:1].isupper():
            found.setdefault(form.lower(), set()).add(hint.partition("-")[2])
    return {form: frozenset(types) for form, types in found.items()}


def sequence_features(
    forms: list[str],
    hints: list[str | None] | None = None,
    article_types: dict[str, frozenset[str]] | None = None,
    known: dict[tuple[str, ...], str] | None = None,
    glue: list[str | None] | None = None,
) -> list[list[str]]:
    """The feature strings of each syllable of one sentence. ``hints`` gives,
    per syllable, the rule-based recogniser's guess ("B-Person", "I-Country")
    or None; ``article_types`` the types it gave each capitalised syllable
    anywhere in the article (see ``document_types``); ``known`` the names
    annotated in training (default: the list shipped with the model);
    ``glue`` which syllables touch their neighbours with no space between
    (see ``glue_codes``)."""
    lowered = [form.lower() for form in forms]
    size = len(forms)
    names = longest_matches(lowered, name_list())
    cues = longest_matches(lowered, cue_words())
    seen = longest_matches(lowered, known_names() if known is None else known)
    # The features that depend on the words around, per position, before the window is applied.
    marks: list[list[str]] = [[] for _ in range(size)]
    for position in range(size):
        if names[position]:
            marks[position].append(f"name={names[position]}")
        if cues[position]:
            marks[position].append(f"cue={cues[position]}")
        if seen[position]:
            marks[position].append(f"known={seen[position]}")
        if hints is not None and hints[position]:
            marks[position].append(f"rule={hints[position]}")
    static = [_static(form) for form in forms]
    # Each syllable's contribution as the neighbour at each offset, padded with edge markers.
    around = {
        offset: [
            static[index + offset][1][offset] if 0 <= index + offset < size else _EDGES[offset]
            for index in range(size)
        ]
        for offset in _NEIGHBOUR_OFFSETS
    }
    pairs = [f"{lowered[i]}|{lowered[i + 1]}" for i in range(size - 1)]
    capitalised = [form[:1].isupper() for form in forms]
    result = []
    for index in range(size):
        features = list(
            static[index][0] + around[-2][index] + around[-1][index] + around[1][index] + around[2][index]
        )
        if index > 0:
            features.append("bi-1=" + pairs[index - 1])
        if index + 1 < size:
            features.append("bi+1=" + pairs[index])
        for offset in (-1, 0, 1):
            position = index + offset
            if 0 <= position < size and marks[position]:
                features.extend(_at(offset, mark) for mark in marks[position])
        if article_types and capitalised[index]:
            for entity_type in sorted(article_types.get(lowered[index], ())):
                features.append("doc=" + entity_type)
        if index > 1 and cues[index - 2]:
            features.append("-2cue=" + cues[index - 2])
        if glue is not None and glue[index]:
            features.append("glue=" + glue[index])
        result.append(features)
    return result
