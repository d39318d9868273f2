"""How high a place stands in the Vietnamese administration, as the text tells it.

A place written after a word of level ("xã Thành_Thới A", "huyện Mỏ_Cày",
"tỉnh Bến_Tre") has that word's rank (``places.admin-ranks``: a hamlet below a
commune, below a district, below a city of a province, below a province); a
bare name of a province or of a city run by the centre ("Bến_Tre", "Hà_Nội")
ranks as a province, and so does such a city after "thành_phố" (a full stop the segmenter writes
apart, "TP . HCM", is read as written together). Anything else has no rank, and chains of places are
then read by their types alone.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.frames import ends_with_any
from kg.extract.pieces import ArticleView, Phrases
from kg.lexicon import syllables_of, word_list, word_numbers
from kg.lexicon.gazetteer import GAZETTEER_DIR
from kg.lexicon.tsv import read_table

#: The rank of a province, given to the bare names of provinces and centrally run cities.
PROVINCE_RANK = 3.0


@lru_cache(maxsize=1)
def _ranks() -> dict[tuple[str, ...], float]:
    return {syllables_of(word): rank or 0.0 for word, rank in word_numbers("places.admin-ranks").items()}


@lru_cache(maxsize=1)
def _rank_words() -> Phrases:
    return Phrases(_ranks())


def level_words() -> Phrases:
    """The words of level written before a place's name, full or short ("huyện", "TX", "Q.")."""
    return _rank_words()


@lru_cache(maxsize=1)
def _provinces() -> frozenset[tuple[str, ...]]:
    names = [fields[0] for _, fields in read_table(GAZETTEER_DIR / "vietnam_provinces.tsv", 3)]
    names += word_list("places.municipalities")
    return frozenset(_name_key(name) for name in names)


@lru_cache(maxsize=1)
def _municipalities() -> frozenset[tuple[str, ...]]:
    return frozenset(_name_key(name) for name in word_list("places.municipalities"))


def _name_key(name: str) -> tuple[str, ...]:
    """The syllables of a place's name, a full stop written apart joined to the word before it:
    "TP . Hồ_Chí_Minh" and "TP. Hồ Chí Minh" are one name."""
    key: list[str] = []
    for syllable in syllables_of(name.lower()):
        if syllable == "." and key:
            key[-1] += "."
        else:
            key.append(syllable)
    return tuple(key)


def province_name(name: str) -> bool:
    """Whether ``name`` is the bare name of a province or of a centrally run city ("Hà_Nội", "Bến Tre")."""
    return _name_key(name) in _provinces()


def admin_rank(view: ArticleView, k: int, spoken_only: bool = False) -> float | None:
    """The administrative rank of the place mention at piece ``k``, or None when the text
    gives none; ``spoken_only`` takes only a word of level written before the name."""
    first = view.bounds(k)[0]
    start = ends_with_any(view, k - 1, _rank_words(), first) if k - 1 >= first else None
    mention = view.pieces[k].mention
    if start is not None:
        spoken = _ranks()[tuple(s for p in view.pieces[start:k] for s in p.syllables)]
        if mention is not None and _name_key(mention.text) in _municipalities():
            return max(spoken, PROVINCE_RANK)  # "thành_phố Hải_Phòng" is run by the centre, as a province
        return spoken
    if spoken_only:
        return None
    if mention is not None and _name_key(mention.text) in _provinces():
        return PROVINCE_RANK
    return None


def rank_of_level_word(view: ArticleView, j: int) -> float | None:
    """The rank of the word of level written at piece ``j`` ("huyện" of "là một huyện của tỉnh Y"), or None."""
    end = view.match_any(j, _rank_words()) if j < len(view.pieces) and view.pieces[j].mention is None else None
    return None if end is None else _ranks()[tuple(s for p in view.pieces[j:end] for s in p.syllables)]
