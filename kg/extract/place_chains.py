"""How places chain: the kind and rank of a place, and the links of an address.

A place lies in another when the text shows the second is larger: by the
administrative ranks the text gives ("xã X , huyện Y , Bến_Tre", see
``kg.extract.admin_levels``), else by their kinds (facility < city < region <
country). An address is read link by link; a list of places of one rank is no
chain ("Hà_Nội , Đà_Nẵng và Huế", "các quận X , Y").
"""

from __future__ import annotations

import re

from kg.extract.admin_levels import PROVINCE_RANK, admin_rank, level_words
from kg.extract.frames import PLACE_NOUNS, PLACE_TYPES, ends_with_any, phrase_set
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType, Mention

RANK = {
    EntityType.FACILITY: 0,
    EntityType.CITY: 1,
    EntityType.LOCATION: 1,
    EntityType.REGION: 2,
    EntityType.COUNTRY: 3,
}
ORG_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})
#: Kinds of place that stand before a name as its head ("ga Khasan"), unlike "khu_vực"
#: or "trung_tâm", which often head an office or a market named after the place.
HEAD_PLACE_NOUNS = phrase_set(*word_list("places.head-place-nouns"))
#: Words of direction between a kind of place and its name ("miền nam Afghanistan", "phía bắc X").
_DIRECTIONS = phrase_set(*word_list("places.directions"))
#: Words that make a kind of place plural ("các quận", "hai tỉnh"): the names after it are a list.
_PLURAL = phrase_set(*word_list("places.plural"))
#: Nouns of a street, which a number before is the house number of ("45 đường X"), not a count.
_STREET_NOUNS = phrase_set(*word_list("places.street-nouns"))
#: A house number: digits, maybe a letter and further numbers after slashes ("36", "12A", "45/2").
_HOUSE_NUMBER = re.compile(r"\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*")
#: Words before a house number ("số 12 phố X").
_HOUSE_NUMBER_WORDS = phrase_set(*word_list("places.house-number-words"))


def larger(inner: Mention, outer: Mention, strictly: bool) -> bool:
    """Whether ``outer`` is a larger kind of place than ``inner`` (any place holds a body)."""
    if inner.type not in RANK and inner.type not in ORG_TYPES:
        return False
    if outer.type not in RANK or inner.text == outer.text:
        return False
    if inner.type in ORG_TYPES:
        return True
    if strictly:
        return RANK[outer.type] > RANK[inner.type]
    return RANK[outer.type] >= RANK[inner.type] and not (outer.type is inner.type is EntityType.COUNTRY)


def place_at(view: ArticleView, j: int, last: int) -> int | None:
    """The place mention at ``j``, after at most two place nouns, words of level or kind, or directions
    ("vùng", "phường", "TX", "cù_lao", "miền nam"), or after a house number ("17 Ngọc_Hà")."""
    for _ in range(3):
        if j >= last:
            return None
        piece = view.pieces[j]
        if house_number_before(view, j, last):
            j += 1
            continue
        if piece.mention is not None:
            return j if piece.mention.type in PLACE_TYPES else None
        # the longest of the nouns: "khu công_nghiệp X" past "khu công_nghiệp", not "khu" alone
        ends = [e for e in (view.match_any(j, PLACE_NOUNS), view.match_any(j, HEAD_PLACE_NOUNS), view.match_any(j, level_words())) if e is not None]
        end = max(ends, default=None)
        direction = view.match_any(j, _DIRECTIONS) if end is None else None
        if direction is not None:
            end = direction
            if end < last and view.pieces[end].mention is None and view.pieces[end].syllables == ("của",):
                end += 1  # "tây_bắc của Nga"
        if end is None:
            return None
        j = end  # "thành_phố X", "miền nam X", "phía bắc (của) X"
    return None


def past_numbered_unit(view: ArticleView, j: int, last: int) -> int:
    """Past a unit named by a number after its word of level and a comma ("quận 1 , TP.HCM",
    "phường 5 , quận Y"): such a unit names no place of its own, so the chain goes on to the
    place after it; else ``j``."""
    level = view.match_any(j, level_words()) if j < last and view.pieces[j].mention is None else None
    if level is not None and level + 1 < last and view.pieces[level].text.isdigit() and view.pieces[level + 1].text == ",":
        return level + 2
    return j


def house_number_before(view: ArticleView, j: int, last: int) -> bool:
    """Whether piece ``j`` is a house number before the street it is on ("36 Hàng_Thiếc", "45/2 Lê_Lợi")."""
    if j + 1 >= last or _HOUSE_NUMBER.fullmatch(view.pieces[j].text) is None:
        return False
    street = view.pieces[j + 1].mention
    return street is not None and street.type is EntityType.LOCATION and not street.reference


def past_house_number(view: ArticleView, j: int, last: int) -> int:
    """Past the house number that opens an address at piece ``j``, maybe after its word
    (``places.house-number-words``: "số 12 phố X", "45 đường X"), when the street's noun or the street
    follows it; else ``j`` itself."""
    number = view.match_any(j, _HOUSE_NUMBER_WORDS) or j
    if number + 1 >= last or _HOUSE_NUMBER.fullmatch(view.pieces[number].text) is None:
        return j
    street = view.match_any(number + 1, PLACE_NOUNS) or view.match_any(number + 1, HEAD_PLACE_NOUNS) or number + 1
    mention = view.pieces[street].mention if street < last else None
    if mention is None or mention.type is not EntityType.LOCATION or mention.reference:
        return j
    return number + 1


def numbered_street(view: ArticleView, k: int) -> bool:
    """Whether the street named at piece ``k`` follows its house number ("số 12 phố X , quận Y"): the
    first link of an address, whatever follows the address."""
    first = view.bounds(k)[0]
    start = phrase_start(view, k)
    if view.pieces[k].mention.type is not EntityType.LOCATION or start - 1 < first:
        return False
    return past_house_number(view, start - 1, view.bounds(k)[1]) == start


def in_list(view: ArticleView, k: int) -> bool:
    """Whether the place at ``k`` is an item of a list of places ("A , B và C"),
    not a link of a chain of ever larger places ("ga X , vùng Y , Nga")."""
    first, last = view.bounds(k)
    mention = view.pieces[k].mention
    if mention is None or mention.type not in RANK:
        return False
    after = place_at(view, k + 2, last) if k + 2 < last else None  # "tỉnh X và tỉnh Y": past the word of kind
    for neighbour, separator, larger in ((k - 2, k - 1, False), (after if after is not None else k + 2, k + 1, True)):
        if not (first <= neighbour < last) or view.pieces[separator].text not in {",", "và"}:
            continue
        other = view.pieces[neighbour].mention
        if other is None or other.type not in RANK:
            continue
        if view.pieces[separator].text == "và":
            return True
        rising = rises(view, k, neighbour) if larger else rises(view, neighbour, k)
        if not rising:
            return True
    return False


def in_pairs(view: ArticleView, inner: int, outer: int) -> bool:
    """Whether "X , Y" at ``inner`` and ``outer`` is one of two pairs of a place and its larger place
    joined by "và" ("Kiev , Ukraine và Moscow , Nga"): each pair of the same kinds, rising."""
    first, last = view.bounds(inner)
    kinds = (view.pieces[inner].mention.type, view.pieces[outer].mention.type)
    after = outer + 1
    if after + 3 < last and view.pieces[after].syllables == ("và",) and view.pieces[after + 2].text == ",":
        if _pair_of_kinds(view, after + 1, after + 3, kinds):
            return True
    start = phrase_start(view, inner)
    before = start - 1
    return before - 3 >= first and view.pieces[before].syllables == ("và",) and view.pieces[before - 2].text == "," and _pair_of_kinds(
        view, before - 3, before - 1, kinds
    )


def _pair_of_kinds(view: ArticleView, inner: int, outer: int, kinds: tuple[EntityType, EntityType]) -> bool:
    a, b = view.pieces[inner].mention, view.pieces[outer].mention
    return a is not None and b is not None and (a.type, b.type) == kinds and rises(view, inner, outer)


def both_ranked_by_their_words(view: ArticleView, inner: int, outer: int) -> bool:
    """"thành_phố Tam_Kỳ , tỉnh Quảng_Nam đã …": with a word of level before each place,
    the second is where the first lies, even when a verb follows it."""
    return admin_rank(view, inner, spoken_only=True) is not None and admin_rank(view, outer, spoken_only=True) is not None


def city_and_country(inner: Mention, outer: Mention) -> bool:
    """A dash joins a city to its country ("Nairobi - Kenya"); between two provinces or
    two countries it is a name of its own ("Bà_Rịa - Vũng_Tàu", "bệnh_viện Việt_Nam - Thụy_Điển")."""
    return inner.type is EntityType.CITY and outer.type is EntityType.COUNTRY


def rises(view: ArticleView, inner: int, outer: int) -> bool:
    """Whether the place at piece ``outer`` is larger than the one at ``inner``: by their
    administrative ranks when the text gives both ("xã X , huyện Y , Bến_Tre"), else by their types.

    A place of no known rank before a province is one of its districts or towns
    ("Từ_Liêm , Hà_Nội"), and a ranked unit before a place of no known rank lies in it
    when that place lies in turn in a larger one ("xã X , Vĩnh_Bảo , Hải_Phòng")."""
    if plural_kind(view, inner):
        return False  # "các quận X , Y , Hà_Nội": the units of a plural are items of a list
    inner_rank, outer_rank = admin_rank(view, inner), admin_rank(view, outer)
    if inner_rank is not None and outer_rank is not None:
        return inner_rank < outer_rank
    inner_mention, outer_mention = view.pieces[inner].mention, view.pieces[outer].mention
    if (
        inner_rank is None
        and outer_rank is not None
        and outer_rank >= PROVINCE_RANK
        and inner_mention.type in RANK
        and inner_mention.type is not EntityType.COUNTRY
    ):
        return True
    if inner_rank is not None and inner_rank < PROVINCE_RANK and outer_rank is None and outer_mention.type is not EntityType.COUNTRY:
        following = next_link(view, outer)
        if following is not None and rises(view, outer, following):
            return True
    if address_link(view, inner, outer):
        return True
    return larger(inner_mention, outer_mention, strictly=True)


def address_link(view: ArticleView, inner: int, outer: int) -> bool:
    """Whether "X , Y" at ``inner`` and ``outer`` is a link of the address set after a person or a body
    ("chị A ( Liễu_Giai , Ba_Đình , Hà_Nội )", "anh B , Mỹ_Đình , Nam_Từ_Liêm , Hà_Nội"): two places below
    a province, neither ranked higher by the text, and a province or a country right after them. One
    holder has one address, so its places rise link by link; elsewhere they may be a list."""
    if next_link(view, inner) != outer:
        return False
    following = next_link(view, outer)
    if following is None or not _province_or_country(view, following):
        return False
    for k in (inner, outer):
        mention, rank = view.pieces[k].mention, admin_rank(view, k)
        if mention.type not in RANK or mention.type is EntityType.COUNTRY or (rank is not None and rank >= PROVINCE_RANK):
            return False
    inner_rank, outer_rank = admin_rank(view, inner), admin_rank(view, outer)
    if inner_rank is not None and outer_rank is not None and inner_rank >= outer_rank:
        return False
    return address_holder(view, inner) is not None


def _province_or_country(view: ArticleView, k: int) -> bool:
    mention = view.pieces[k].mention
    return mention.type is EntityType.COUNTRY or (admin_rank(view, k) or 0) >= PROVINCE_RANK


def address_holder(view: ArticleView, k: int) -> int | None:
    """The person or body whose address the chain of places holding piece ``k`` is: the chain opens
    right after it, in brackets or after a comma ("chị A ( X , Y , Hà_Nội )"); else None."""
    start = k
    while (previous := previous_link(view, start)) is not None:
        start = previous
    start = phrase_start(view, start)
    first = view.bounds(k)[0]
    if start - 2 < first or view.pieces[start - 1].text not in {"(", ","}:
        return None
    holder = view.pieces[start - 2].mention
    if holder is None or holder.reference or not (holder.type is EntityType.PERSON or holder.type in ORG_TYPES):
        return None
    return start - 2


def next_link(view: ArticleView, k: int) -> int | None:
    """The place after "X ," in a chain of places ("X , [huyện] Y"), or None."""
    last = view.bounds(k)[1]
    if k + 1 >= last or view.pieces[k + 1].text != ",":
        return None
    return place_at(view, k + 2, last)


def phrase_start(view: ArticleView, k: int) -> int:
    """The first piece of the place phrase of the name at ``k``: its words of kind and level ("quận X")."""
    first = view.bounds(k)[0]
    j = k
    while j - 1 >= first:
        start = ends_with_any(view, j - 1, PLACE_NOUNS, first)
        if start is None:
            start = ends_with_any(view, j - 1, HEAD_PLACE_NOUNS, first)
        if start is None:
            break
        j = start
    return j


def plural_kind(view: ArticleView, k: int) -> bool:
    """Whether the place at ``k`` follows a plural word of kind ("các quận X", "hai tỉnh X", "2 xã X");
    a number before a street's noun is its house number ("45 đường X")."""
    start = phrase_start(view, k)
    first = view.bounds(k)[0]
    if start == k or start - 1 < first:
        return False
    before = view.pieces[start - 1]
    if not before.is_word:
        return False
    if before.syllables in _PLURAL:
        return True
    return before.text.isdigit() and not _numbered_unit(view, start - 1, first) and view.match_any(start, _STREET_NOUNS) is None


def _numbered_unit(view: ArticleView, j: int, first: int) -> bool:
    """Whether the number at piece ``j`` names a unit after its word of level or kind ("xóm 7 xã X",
    "phường 13 quận Y"), which is no count of the places after it ("hai tỉnh X")."""
    return j - 1 >= first and (
        ends_with_any(view, j - 1, level_words(), first) is not None
        or ends_with_any(view, j - 1, HEAD_PLACE_NOUNS, first) is not None
    )


def previous_link(view: ArticleView, k: int) -> int | None:
    """The place right before ", [quận] X" at ``k`` in a chain of places, or None."""
    start = phrase_start(view, k)
    first = view.bounds(k)[0]
    if start - 2 < first or view.pieces[start - 1].text != ",":
        return None
    mention = view.pieces[start - 2].mention
    return start - 2 if mention is not None and mention.type in RANK else None


def in_chain(view: ArticleView, inner: int, outer: int) -> bool:
    """Whether "X , Y" is a link of an address: a chain of three rising places
    ("phố X , quận Y , Hà_Nội") or a chain set after a person or a body ("chị A , phường X , quận Y",
    "Bệnh_viện A , TP.HCM , Việt_Nam")."""
    following = next_link(view, outer)
    if following is not None and rises(view, outer, following):
        return True
    previous = previous_link(view, inner)
    if previous is not None and rises(view, previous, inner):
        return True
    start = phrase_start(view, inner)
    first = view.bounds(inner)[0]
    if start - 2 >= first and view.pieces[start - 1].text in {",", "("}:
        owner = view.pieces[start - 2].mention
        return owner is not None and (owner.type is EntityType.PERSON or owner.type in ORG_TYPES)
    return False


def below_province(view: ArticleView, inner: int, outer: int) -> bool:
    """Whether a place below a province is set beside a province ("chợ Cầu_Giấy , Hà_Nội"):
    an apposition even when a verb follows, for a province never starts a new clause there."""
    outer_rank = admin_rank(view, outer)
    inner_rank = admin_rank(view, inner)
    return (
        outer_rank is not None
        and outer_rank >= PROVINCE_RANK
        and (inner_rank is None or inner_rank < PROVINCE_RANK)
        and view.pieces[inner].mention.type is not EntityType.COUNTRY
    )
