"""Places named as the two ends of a range of units of a region.

"các tỉnh miền Trung từ Thanh_Hóa đến Quảng_Ngãi", "những địa_phương khu_vực Tây_Bắc từ
Hà_Giang tới Điện_Biên": the units of a region are named by the first and the last of them,
so each end lies in the region. The plural word of unit before the region and the words
of range ("từ … đến/tới") must both be written; a bare list of places ("Hà_Nội , Huế ,
Đà_Nẵng") or a trip "từ A đến B" says nothing of where A and B lie.
"""

from __future__ import annotations

from kg.extract.frames import PLACE_TYPES, ends_with_any, phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.extract.place_chains import RANK, larger, place_at
from kg.lexicon import word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "places"
CONFIDENCE = 0.7
#: Words of a unit set in the plural before the region ("các tỉnh", "những địa_phương").
_PLURAL = phrase_set(*word_list("places.plural"))
_UNITS = phrase_set(*word_list("places.range-units"))
#: The word that opens a range ("từ") and those that close it ("đến", "tới").
_FROM = phrase_set(*word_list("places.range-from"))
_TO = phrase_set(*word_list("places.range-to"))


def find_range_ends(view: ArticleView) -> list[Statement]:
    """locatedIn of each end of "các UNIT REGION từ A đến B" in REGION."""
    statements: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        region = piece.mention
        if region is None or region.type is not EntityType.REGION or region.reference:
            continue
        if not _after_plural_unit(view, k):
            continue
        for end in _range_ends(view, k):
            place = view.pieces[end].mention
            if _may_lie_in(place, region):
                statements.append(Statement(place, "locatedIn", region, provenance(view, k, end, EXTRACTOR, CONFIDENCE)))
    return statements


def _after_plural_unit(view: ArticleView, k: int) -> bool:
    """Whether the region at ``k`` follows a plural word of unit ("các tỉnh miền Trung")."""
    first = view.bounds(k)[0]
    unit = ends_with_any(view, k - 1, _UNITS, first) if k - 1 >= first else None
    return unit is not None and unit - 1 >= first and ends_with_any(view, unit - 1, _PLURAL, first) is not None


def _range_ends(view: ArticleView, k: int) -> tuple[int, ...]:
    """The pieces of A and B in "REGION từ A đến B" right after the region at ``k``, or none."""
    last = view.bounds(k)[1]
    opened = view.match_any(k + 1, _FROM) if k + 1 < last else None
    start = place_at(view, opened, last) if opened is not None else None
    if start is None or start + 1 >= last:
        return ()
    closed = view.match_any(start + 1, _TO)
    end = place_at(view, closed, last) if closed is not None else None
    return () if end is None else (start, end)


def _may_lie_in(place: Mention, region: Mention) -> bool:
    """A place no larger than the region (a province, a city, a country of a continent)."""
    if place.reference or place.type not in PLACE_TYPES or place.type not in RANK:
        return False
    return larger(place, region, strictly=False) or place.type is EntityType.COUNTRY
