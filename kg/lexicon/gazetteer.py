"""The gazetteers: names, cues, titles and common words the analyser and the mention finder know.

Every file under ``ontology/gazetteer/`` is a TSV with a header row, one entry
a line. Names are written with spaces between syllables ("Triều Tiên"); they
match a run of tokens whatever the segmenter did with the underscores, because
lookups use ``Token.words``-style keys.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.model import EntityType
from kg.lexicon.cues import load_titles
from kg.lexicon.tsv import LexiconError, read_table
from kg.lexicon.words import word_list, word_syllables
from kg.paths import ONTOLOGY_DIR

GAZETTEER_DIR = ONTOLOGY_DIR / "gazetteer"

NAME_FILES = (
    "countries.tsv",
    "regions.tsv",
    "cities.tsv",
    "vietnam_provinces.tsv",
    "vietnam_districts.tsv",
    "organisations.tsv",
    "clubs.tsv",
    "news_agencies.tsv",
)

#: Lists whose names a level or kind word written before them types over the list: "huyện Điện
#: Bàn" is the district, "thị xã Điện Bàn" the town, "đảo Lý Sơn" the island.
CUE_TYPED_FILES = frozenset({"vietnam_districts.tsv"})

# Cues that say a name is a work or a product ("album X", "X Awards"), so no entity.
_UNTYPED_CUES = frozenset({"work", "worksuffix", "language"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """What the analyser and the mention finder know before reading an article.

    ``names`` maps a name (syllables joined by spaces, case kept) to its type;
    ``name_lower`` the same keyed by the lowercased name, for all-caps text.
    ``cues`` maps a lowercased cue phrase to (kind, type); kinds are
    ``before`` (the cue types the name after it and stays outside it),
    ``facility`` (a lowercase cue that is part of the name it heads and types it: "sân_bay",
    "bệnh_viện"), ``org``/``orgfacility``
    (a capitalised head that starts a name), ``orginst`` (an institution that
    takes a place or an organisation after it: "Quốc_hội Việt_Nam"), ``suffix`` (a foreign last word
    that types the name: "Cosmodrome"), ``near`` (prepositions of place), and
    ``work``/``worksuffix`` (the name is a work or a product: "album X",
    "X Awards"; no entity) and ``language`` ("tiếng Việt": a language, not the country).
    ``honorifics`` ("ông", "bà", "đồng chí") stand before a name and are no part
    of it; ``address`` holds the other forms of address the resolver strips from
    a name ("bác", "mr"), ``classifiers`` the words before a person's title or
    noun that the event frames step over ("vị", "nhà").
    ``name_titles`` are the titles (column ``before_name`` = ``strip``) the
    resolver takes off the front of a person's name to find the bare name.
    ``titles`` holds offices ("tổng thống") and ``roles`` (a subset of them)
    professions and descriptions ("ca sĩ", "chuyên gia") that attach to a
    name but, standing alone, say nothing about who is meant.
    """

    names: dict[str, EntityType]
    name_lower: dict[str, EntityType]
    #: Bodies of three words or more, lowercased: "Bộ kế_hoạch và đầu_tư" is written both ways.
    bodies_lower: dict[str, EntityType]
    international: dict[str, str]
    cues: dict[str, tuple[str, EntityType | None]]
    titles: frozenset[str]
    roles: frozenset[str]
    honorifics: frozenset[str]
    address: frozenset[str]
    name_titles: frozenset[str]
    classifiers: frozenset[str]
    common: frozenset[str]
    function_words: frozenset[str]
    clause_words: frozenset[str]
    longest_name: int = 1
    longest_cue: int = 1
    longest_title: int = 1
    name_syllables: frozenset[str] = field(default=frozenset())
    name_prefixes: frozenset[str] = field(default=frozenset())
    body_lower_prefixes: frozenset[str] = field(default=frozenset())
    cue_prefixes: frozenset[str] = field(default=frozenset())
    title_prefixes: frozenset[str] = field(default=frozenset())
    starters: frozenset[str] = field(default=frozenset())  # lowercase first words of cues, titles, honorifics
    cue_typed: frozenset[str] = field(default=frozenset())  # names of CUE_TYPED_FILES


def _rows(path: Path, columns: int) -> list[list[str]]:
    return [fields for _, fields in read_table(path, columns)]


def _entity_type(path: Path, value: str) -> EntityType:
    try:
        return EntityType(value)
    except ValueError:
        known = ", ".join(t.value for t in EntityType)
        raise LexiconError(f"{path}: unknown type '{value}' (use one of {known})") from None


def _post_titles() -> set[str]:
    """The titles of ``roles.tsv`` that name one post a person holds at a body, as the mention
    finder writes titles: not those of a member or an unnamed official (``names.titles-of-no-post``
    of ``words.tsv``: "thành_viên", "nhân_viên"), nor those ending in a company's board ("Chủ_tịch
    HĐQT") or naming a minister's department ("Bộ_trưởng Ngoại_giao"), which the finder reads as
    a title and the board's company or the ministry."""
    left_out = frozenset(word_list("names.titles-of-no-post"))
    boards = word_syllables("roles.boards")
    ministers = word_syllables("names.minister-titles")
    return {
        " ".join(key)
        for key, title in load_titles().items()
        if title.predicate is not None
        and title.role not in left_out
        and not any(key[-len(board):] == board for board in boards)
        and not any(len(key) > len(minister) and key[: len(minister)] == minister for minister in ministers)
    }


#: A word's closing full stop inside a name ("St. Petersburg"), which the segmenter writes apart.
_INNER_STOP = re.compile(r"(?<=\w)\. ")


def _written_forms(key: str) -> tuple[str, ...]:
    """``key`` and, when a word inside it ends in a full stop, the form the segmenter writes
    with the stop apart ("St . Petersburg"), so that a lookup over tokens finds it."""
    apart = _INNER_STOP.sub(" . ", key)
    return (key,) if apart == key else (key, apart)


def _span(key: str) -> int:
    return key.count(" ") + 1


@lru_cache(maxsize=4)
def load_lexicon(directory: Path = GAZETTEER_DIR) -> Lexicon:
    """Load the gazetteers of ``directory`` (cached)."""
    names: dict[str, EntityType] = {}
    international: dict[str, str] = {}
    cue_typed: set[str] = set()
    for filename in NAME_FILES:
        path = directory / filename
        for name, type_name, english in _rows(path, 3):
            key = name.replace("_", " ")
            if filename in CUE_TYPED_FILES and key not in names:
                cue_typed.add(key)
            for form in _written_forms(key):
                names.setdefault(form, _entity_type(path, type_name))
                international.setdefault(form, english)
    cues: dict[str, tuple[str, EntityType | None]] = {}
    cue_path = directory / "cues.tsv"
    for cue, kind, type_name in _rows(cue_path, 3):
        key = cue.replace("_", " ")
        entity_type = None if kind in _UNTYPED_CUES else _entity_type(cue_path, type_name)
        if kind in ("org", "orgfacility", "orginst", "suffix", "worksuffix"):
            cues[key] = (kind, entity_type)
        else:
            cues[key.lower()] = (kind, entity_type)
    titles: set[str] = set()
    roles: set[str] = set()
    honorifics: set[str] = set()
    address: set[str] = set()
    classifiers: set[str] = set()
    name_titles: set[str] = set()
    for word, kind, before_name in _rows(directory / "titles.tsv", 3):
        key = word.lower().replace("_", " ")
        if before_name == "strip":
            name_titles.add(key)
        if kind == "honorific":
            honorifics.add(key)
        elif kind == "address":
            address.add(key)
        elif kind == "classifier":
            classifiers.add(key)
        else:
            titles.add(key)
        if kind == "role":
            roles.add(key)
    # Titles of posts the table of titles leaves out are read before a name, never alone as
    # a reference to someone ("Phó Cục_trưởng Cục X" after a name is no second person).
    post_titles = _post_titles() - titles
    titles |= post_titles
    roles |= post_titles
    common: set[str] = set()
    function_words: set[str] = set()
    clause_words: set[str] = set()
    for word, kind in _rows(directory / "common_words.tsv", 2):
        key = word.lower().replace("_", " ")
        common.add(key)
        if kind in ("function", "clause"):
            function_words.add(key)
        if kind == "clause":
            clause_words.add(key)
    common |= titles | honorifics
    syllables = frozenset(s for key in names for s in key.split(" "))
    bodies_lower = {k.lower(): v for k, v in reversed(names.items()) if v is EntityType.ORGANIZATION and _span(k) >= 3}
    return Lexicon(
        names=names,
        name_lower={k.lower(): v for k, v in reversed(names.items())},
        bodies_lower=bodies_lower,
        international=international,
        cues=cues,
        titles=frozenset(titles),
        roles=frozenset(roles),
        honorifics=frozenset(honorifics),
        address=frozenset(address),
        name_titles=frozenset(name_titles),
        classifiers=frozenset(classifiers),
        common=frozenset(common),
        function_words=frozenset(function_words),
        clause_words=frozenset(clause_words),
        longest_name=max(map(_span, names)),
        longest_cue=max(map(_span, cues)),
        longest_title=max(map(_span, titles)),
        name_syllables=syllables,
        name_prefixes=_prefixes(names),
        body_lower_prefixes=_prefixes(bodies_lower),
        cue_prefixes=_prefixes(cues),
        title_prefixes=_prefixes(titles),
        starters=_prefixes(cues) | _prefixes(titles) | frozenset(honorifics),
        cue_typed=frozenset(cue_typed),
    )


def _prefixes(keys) -> frozenset[str]:
    """Every word-prefix of ``keys`` ("Hội đồng", "Hội đồng Bảo an", …), to stop a lookup early."""
    out: set[str] = set()
    for key in keys:
        parts = key.split(" ")
        for i in range(1, len(parts) + 1):
            out.add(" ".join(parts[:i]))
    return frozenset(out)
