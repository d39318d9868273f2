"""What a named whole includes: "Đảng Cộng_sản Việt_Nam , trong đó có Đảng_bộ TP", "ASEAN ,
trong đó có Việt_Nam", "Trung_Quốc , trong đó có Tứ_Xuyên".

A name, a comma, a phrase of inclusion (``included.phrases``: "trong đó có") and the names
listed after it: a body in a body is its part, a country in a body its member, a smaller place
in a place lies in it (by the kinds of place: a region in a region is no smaller).
"""

from __future__ import annotations

from kg.extract.frames import phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.extract.place_chains import RANK, larger
from kg.lexicon import word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "places"
#: Confidence of a part, member or place told by inclusion (docs/confidence.md).
CONFIDENCE = 0.7
_PHRASES = phrase_set(*word_list("included.phrases"))
_LIST_MARKS = frozenset({",", "và"})


def find_included(view: ArticleView) -> list[Statement]:
    """The statements "X , trong đó có A , B" tells of each item and the whole X."""
    statements: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        whole = piece.mention
        if whole is None or whole.reference:
            continue
        last = view.bounds(k)[1]
        if k + 2 >= last or view.pieces[k + 1].text != ",":
            continue
        j = view.match_any(k + 2, _PHRASES)
        while j is not None and j < last and (item := view.pieces[j].mention) is not None:
            predicate = _predicate(item, whole)
            if predicate is None:
                break
            statements.append(Statement(item, predicate, whole, provenance(view, k, j, EXTRACTOR, CONFIDENCE)))
            j = j + 2 if j + 2 < last and view.pieces[j + 1].text in _LIST_MARKS else None
    return statements


def _predicate(item: Mention, whole: Mention) -> str | None:
    """partOf for a body in a body, memberOf for a country in a body, locatedIn for a smaller place."""
    if item.reference:
        return None
    if whole.type is EntityType.ORGANIZATION:
        if item.type is EntityType.ORGANIZATION:
            return "partOf"
        return "memberOf" if item.type is EntityType.COUNTRY else None
    if whole.type in RANK and item.type in RANK and larger(item, whole, strictly=True):
        return "locatedIn"
    return None
