"""Places and bodies: where a place lies, who belongs to which body, whose an agency is.

- "X ở/tại/nằm ở [vùng] Y", "X , [vùng] Y", "X , sân_bay … của Y", "Viễn_Đông Nga",
  "thành_phố X của Y", "X ( Y )", "X , miền nam Y": X locatedIn Y when Y is a larger
  place than X (by the administrative ranks the text gives, else facility < city <
  region < country); an address is read link by link ("chị A , phố X , quận Y , Hà_Nội"),
  and a place of no known rank before a province is one of its districts;
- "R gồm A , B và C", "R như A , B": the places listed lie in R, the bodies or
  countries listed are members of a group R;
- "Tập_đoàn X có trụ_sở tại Y", "Đại_sứ_quán X ở Y": where a body sits;
- "X (vẫn) là thành_viên … Y", "X gia_nhập Y": X memberOf Y;
- "hãng thông_tấn Nga TASS", "Bộ Ngoại_giao Mỹ": the agency or body's country.
"""

from __future__ import annotations

from kg.extract.admin_levels import PROVINCE_RANK, admin_rank
from kg.extract.frames import (
    cue_verbs,
    MEDIA_NOUNS,
    PLACE_NOUNS,
    PLACE_TYPES,
    ends_with_any,
    phrase_set,
    is_barrier,
    provenance,
    subject_before,
)
from kg.lexicon import word_list
from kg.extract.pieces import ArticleView, Phrases
from kg.model import EntityType, Mention, Statement, TimeExpression

EXTRACTOR = "places"
_RANK = {
    EntityType.FACILITY: 0,
    EntityType.CITY: 1,
    EntityType.LOCATION: 1,
    EntityType.REGION: 2,
    EntityType.COUNTRY: 3,
}
_IN = phrase_set(*word_list("places.in"))
_PLACE_OF = phrase_set(*word_list("places.of"))
#: Words that say where a body sits before "tại/ở Y" ("có trụ_sở", "đặt trụ_sở chính").
_SEAT = phrase_set(*word_list("places.seat"))
#: Words that open the list of what a place or a group holds ("gồm", "như").
_LISTING = phrase_set(*word_list("places.listing"))
#: Those of the listing words that say the place holds the items, not only gives examples ("gồm").
_HOLDING = phrase_set(*word_list("places.holding"))
#: Words of direction between a kind of place and its name ("miền nam Afghanistan", "phía bắc X").
_DIRECTIONS = phrase_set(*word_list("places.directions"))
_MEMBER = phrase_set(*word_list("places.member"))
_JOIN = phrase_set(*word_list("places.join"))
_MEMBERSHIP_STARTS = _MEMBER.starts | _JOIN.starts
_ORG_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})
#: Kinds of place that stand before a name as its head ("ga Khasan"), unlike "khu_vực"
#: or "trung_tâm", which often head an office or a market named after the place.
_HEAD_PLACE_NOUNS = phrase_set(*word_list("places.head-place-nouns"))
_BEFORE_PLACE = phrase_set(*word_list("places.before-place"))
_AFTER_PLACE = phrase_set(*word_list("places.after-place"))
_BRANCH = phrase_set(*word_list("places.branch"))
_DETERMINERS = phrase_set(*word_list("places.determiners"))
#: Diplomatic missions, which lie in the country they are posted to ("Đại_sứ_quán X ở Việt_Nam").
_MISSIONS = phrase_set(*word_list("places.missions"))
#: Words that make a kind of place plural ("các quận", "hai tỉnh"): the names after it are a list.
_PLURAL = phrase_set(*word_list("places.plural"))
#: Marks between a place and the larger place it lies in: "Santa_Ana , California", "Nairobi - Kenya".
_APPOSITION = frozenset({",", "-", "–"})


def find_places(view: ArticleView, times: tuple[TimeExpression, ...] = ()) -> list[Statement]:
    """locatedIn, memberOf and country statements of the article."""
    statements: list[Statement] = []
    firsts = view.first_syllables
    for k, piece in enumerate(view.pieces):
        if piece.mention is not None:
            statements.extend(_located(view, k, piece.mention))
            statements.extend(_agency_country(view, k, piece.mention))
            statements.extend(_listed_under(view, k, piece.mention))
        elif firsts[k] in _MEMBERSHIP_STARTS and (
            view.match_any(k, _MEMBER) is not None or view.match_any(k, _JOIN) is not None
        ):
            statements.extend(_membership(view, k, times))
    return statements


def _larger(inner: Mention, outer: Mention, strictly: bool) -> bool:
    if inner.type not in _RANK and inner.type not in _ORG_TYPES:
        return False
    if outer.type not in _RANK or inner.text == outer.text:
        return False
    if inner.type in _ORG_TYPES:
        return True
    if strictly:
        return _RANK[outer.type] > _RANK[inner.type]
    return _RANK[outer.type] >= _RANK[inner.type] and not (outer.type is inner.type is EntityType.COUNTRY)


def _located(view: ArticleView, k: int, mention: Mention) -> list[Statement]:
    if mention.type not in _RANK and mention.type not in _ORG_TYPES:
        return []
    last = view.bounds(k)[1]
    j = k + 1
    if j >= last:
        return []
    after = view.pieces[j]
    # "Viễn_Đông Nga": a place followed by the larger place it lies in
    if after.mention is not None:
        if mention.type in _RANK and _larger(mention, after.mention, strictly=True):
            return [Statement(mention, "locatedIn", after.mention, provenance(view, k, j, EXTRACTOR, 0.7))]
        return []
    if after.text == "(" and mention.type in _RANK:
        return _bracketed(view, k, j + 1, last)
    if mention.type in _ORG_TYPES and (seat := view.match_any(j, _SEAT)) is not None:
        # "Tập_đoàn X có trụ_sở (chính) tại Y": where the body sits, whatever the kind of place
        preposition = view.match_any(seat, _IN) if seat < last else None
        if preposition is None and view.pieces[seat - 1].syllables[-1:] in _IN:
            preposition = seat  # the segmenter may glue the preposition to the noun ("trụ_sở_tại")
        target = _place_at(view, preposition, last) if preposition is not None else None
        if target is None:
            return []
        return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.8))]
    if not _heads_its_phrase(view, k):
        return []  # "cuộc họp Bộ Chính_trị tại X", "đón đoàn đại_biểu Y tại X": "tại" tells where the act is
    if after.text in _APPOSITION:
        return _apposed_place(view, k, mention)
    if after.syllables == ("và",) and j + 2 < last and (other := view.pieces[j + 1].mention) is not None:
        # "thăm Đại_học X và Viện Y ở Vladivostok": the place holds both
        if other.type in _ORG_TYPES or other.type in _RANK:
            j += 2
    preposition = view.match_any(j, _IN)
    if preposition is None and mention.type in _RANK and view.match_any(j, _PLACE_OF) is not None:
        # "thành_phố Aleppo của Syria": a place "của" a larger one lies in it
        target = _place_at(view, view.match_any(j, _PLACE_OF), last)
        if target is not None and _larger(mention, view.pieces[target].mention, strictly=True):
            return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.7))]
        return []
    if preposition is not None:
        target = _place_at(view, preposition, last)
        if target is not None and mention.type in _ORG_TYPES and not _body_located(view, k, view.pieces[target].mention):
            return []
        if target is not None and (
            _larger(mention, view.pieces[target].mention, strictly=False) or (mention.type in _RANK and _rises(view, k, target))
        ):
            return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.8))]
        return []
    return []


def _apposed_place(view: ArticleView, k: int, mention: Mention) -> list[Statement]:
    """"X , [vùng] Y": the place X lies in the larger place Y set beside it."""
    last = view.bounds(k)[1]
    j = k + 1
    after = view.pieces[j]
    if mention.type in _RANK and not _in_list(view, k):
        target = _place_at(view, j + 1, last)
        if (
            target is not None
            and _rises(view, k, target)
            and (after.text == "," or _city_and_country(mention, view.pieces[target].mention))
            and not _in_list(view, target)
            and (
                _ends_apposition(view, target + 1, last)
                or _both_ranked_by_their_words(view, k, target)
                or _in_chain(view, k, target)
                or _below_province(view, k, target)
            )
        ):
            return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.7))]
        owner = _described_as_of(view, j + 1, last)
        if owner is not None and _larger(mention, view.pieces[owner].mention, strictly=True):
            return [Statement(mention, "locatedIn", view.pieces[owner].mention, provenance(view, k, owner, EXTRACTOR, 0.7))]
    return []


def _listed_under(view: ArticleView, k: int, whole: Mention) -> list[Statement]:
    """"khu_vực Tây_Bắc gồm : Hà_Giang , Lai_Châu và Điện_Biên", "quận Ba_Đình như chợ A , chợ B":
    each place listed lies in the larger place before the list; "ASEAN gồm A , B" lists its members."""
    first, last = view.bounds(k)
    j = k + 1
    if j >= last or (listing := view.match_any(j, _LISTING)) is None:
        return []
    holds = view.match_any(j, _HOLDING) is not None
    j = listing
    if j < last and view.pieces[j].text == ":":
        j += 1
    is_org = whole.type in _ORG_TYPES
    if not is_org and whole.type not in _RANK:
        return []
    statements: list[Statement] = []
    while j < last:
        item = j if view.pieces[j].mention is not None else _place_at(view, view.match_any(j, _HEAD_PLACE_NOUNS) or j, last)
        if item is None or (part := view.pieces[item].mention) is None:
            break
        if is_org and part.type in {EntityType.COUNTRY} | _ORG_TYPES:
            statements.append(Statement(part, "memberOf", whole, provenance(view, k, item, EXTRACTOR, 0.7)))
        elif not is_org and part.type in _RANK and (_rises(view, item, k) or holds and _may_hold(whole, part)):
            statements.append(Statement(part, "locatedIn", whole, provenance(view, k, item, EXTRACTOR, 0.7)))
        elif not is_org and part.type not in _ORG_TYPES:
            return []  # "các nước châu_Á như Nhật_Bản , …": the items are no smaller places, it is no place's list
        j = item + 1
        if j + 1 < last and view.pieces[j].text == "(":
            while j < last and view.pieces[j].text != ")":
                j += 1  # "Hà_Giang ( ngày 2/11 ) , Lai_Châu": a bracket after an item
            j += 1
        if j >= last or view.pieces[j].text not in {",", "và"}:
            break
        j += 1
    return statements


def _may_hold(whole: Mention, part: Mention) -> bool:
    """Whether a place said to hold another ("X gồm Y") may: a region or country holds any
    smaller-named place, a city no country or region."""
    if whole.type is EntityType.COUNTRY:
        return part.type is not EntityType.COUNTRY
    if whole.type is EntityType.REGION:
        return True
    return _RANK[part.type] <= _RANK[whole.type]


def _heads_its_phrase(view: ArticleView, k: int) -> bool:
    """Whether the name at ``k`` is not the modifier of a common noun before it:
    it starts its sentence or follows punctuation, a preposition, a conjunction,
    a verb of the cue lexicon or a kind of place ("ga Khasan", "thành_phố X")."""
    first = view.bounds(k)[0]
    j = k - 1
    if j < first:
        return True
    piece = view.pieces[j]
    if piece.mention is not None or is_barrier(piece) or piece.is_quote_mark:
        return True
    return any(
        ends_with_any(view, j, phrases, first) is not None
        for phrases in (_HEAD_PLACE_NOUNS, _BEFORE_PLACE, cue_verbs())
    )


def _ends_apposition(view: ArticleView, j: int, last: int) -> bool:
    """Whether an apposition "X , Y" ends at piece ``j``: at punctuation, the
    sentence end, or a word of time or place ("trong lúc", "vào 16h") — not at
    a verb that makes Y a new subject ("khu_vực Đông_Nam Á , Việt_Nam cũng …")."""
    if j >= last:
        return True
    piece = view.pieces[j]
    return is_barrier(piece) or piece.text == ")" or view.match_any(j, _AFTER_PLACE) is not None


def _body_located(view: ArticleView, k: int, place: Mention) -> bool:
    """Whether "BODY ở/tại PLACE" says where the body is, not where a branch or
    dealing of it is: "cơ_quan thường_trú của TTXVN tại Nga", "chi_nhánh Bộ Nội_vụ
    ở Dagestan", "liên_doanh của Samsung tại Việt_Nam" say nothing of the body's seat,
    and a body "tại" a whole country is mostly its presence there."""
    if place.type is EntityType.COUNTRY:
        return _of_kind(view, k, _MISSIONS)
    first = view.bounds(k)[0]
    j = k - 1
    if j < first:
        return True
    before = view.pieces[j]
    return not (before.is_word and (before.syllables == ("của",) or ends_with_any(view, j, _BRANCH, first) is not None))


def _place_at(view: ArticleView, j: int, last: int) -> int | None:
    """The place mention at ``j``, after at most two place nouns or directions ("vùng", "thành_phố", "miền nam")."""
    for _ in range(3):
        if j >= last:
            return None
        piece = view.pieces[j]
        if piece.mention is not None:
            return j if piece.mention.type in PLACE_TYPES else None
        end = view.match_any(j, PLACE_NOUNS) or view.match_any(j, _DIRECTIONS)
        if end is None:
            return None
        j = end  # "thành_phố X", "miền nam X", "phía bắc X"
    return None


def _described_as_of(view: ArticleView, j: int, last: int) -> int | None:
    """"X , sân_bay vũ_trụ hiện_đại nhất của Y": the place Y an apposition says X is of."""
    if view.match_any(j, PLACE_NOUNS) is None:
        return None
    for step in range(j, min(last, j + 8)):
        piece = view.pieces[step]
        if piece.mention is not None or is_barrier(piece):
            return None
        if piece.syllables == ("của",):
            target = step + 1
            if target < last and (m := view.pieces[target].mention) is not None and m.type in PLACE_TYPES:
                return target
            return None
    return None


def _in_list(view: ArticleView, k: int) -> bool:
    """Whether the place at ``k`` is an item of a list of places ("A , B và C"),
    not a link of a chain of ever larger places ("ga X , vùng Y , Nga")."""
    first, last = view.bounds(k)
    mention = view.pieces[k].mention
    if mention is None or mention.type not in _RANK:
        return False
    for neighbour, separator, larger in ((k - 2, k - 1, False), (k + 2, k + 1, True)):
        if not (first <= neighbour < last) or view.pieces[separator].text not in {",", "và"}:
            continue
        other = view.pieces[neighbour].mention
        if other is None or other.type not in _RANK:
            continue
        if view.pieces[separator].text == "và":
            return True
        rising = _rises(view, k, neighbour) if larger else _rises(view, neighbour, k)
        if not rising:
            return True
    return False


def _both_ranked_by_their_words(view: ArticleView, inner: int, outer: int) -> bool:
    """"thành_phố Tam_Kỳ , tỉnh Quảng_Nam đã …": with a word of level before each place,
    the second is where the first lies, even when a verb follows it."""
    return admin_rank(view, inner, spoken_only=True) is not None and admin_rank(view, outer, spoken_only=True) is not None


def _city_and_country(inner: Mention, outer: Mention) -> bool:
    """A dash joins a city to its country ("Nairobi - Kenya"); between two provinces or
    two countries it is a name of its own ("Bà_Rịa - Vũng_Tàu", "bệnh_viện Việt_Nam - Thụy_Điển")."""
    return inner.type is EntityType.CITY and outer.type is EntityType.COUNTRY


def _rises(view: ArticleView, inner: int, outer: int) -> bool:
    """Whether the place at piece ``outer`` is larger than the one at ``inner``: by their
    administrative ranks when the text gives both ("xã X , huyện Y , Bến_Tre"), else by their types.

    A place of no known rank before a province is one of its districts or towns
    ("Từ_Liêm , Hà_Nội"), and a ranked unit before a place of no known rank lies in it
    when that place lies in turn in a larger one ("xã X , Vĩnh_Bảo , Hải_Phòng")."""
    if _plural_kind(view, inner):
        return False  # "các quận X , Y , Hà_Nội": the units of a plural are items of a list
    inner_rank, outer_rank = admin_rank(view, inner), admin_rank(view, outer)
    if inner_rank is not None and outer_rank is not None:
        return inner_rank < outer_rank
    inner_mention, outer_mention = view.pieces[inner].mention, view.pieces[outer].mention
    if (
        inner_rank is None
        and outer_rank is not None
        and outer_rank >= PROVINCE_RANK
        and inner_mention.type in _RANK
        and inner_mention.type is not EntityType.COUNTRY
    ):
        return True
    if inner_rank is not None and inner_rank < PROVINCE_RANK and outer_rank is None and outer_mention.type is not EntityType.COUNTRY:
        following = _next_link(view, outer)
        if following is not None and _rises(view, outer, following):
            return True
    return _larger(inner_mention, outer_mention, strictly=True)


def _next_link(view: ArticleView, k: int) -> int | None:
    """The place after "X ," in a chain of places ("X , [huyện] Y"), or None."""
    last = view.bounds(k)[1]
    if k + 1 >= last or view.pieces[k + 1].text != ",":
        return None
    return _place_at(view, k + 2, last)


def _phrase_start(view: ArticleView, k: int) -> int:
    """The first piece of the place phrase of the name at ``k``: its words of kind and level ("quận X")."""
    first = view.bounds(k)[0]
    j = k
    while j - 1 >= first:
        start = ends_with_any(view, j - 1, PLACE_NOUNS, first)
        if start is None:
            start = ends_with_any(view, j - 1, _HEAD_PLACE_NOUNS, first)
        if start is None:
            break
        j = start
    return j


def _plural_kind(view: ArticleView, k: int) -> bool:
    """Whether the place at ``k`` follows a plural word of kind ("các quận X", "hai tỉnh X")."""
    start = _phrase_start(view, k)
    first = view.bounds(k)[0]
    if start == k or start - 1 < first:
        return False
    before = view.pieces[start - 1]
    return before.is_word and (before.syllables in _PLURAL or before.text.isdigit())


def _previous_link(view: ArticleView, k: int) -> int | None:
    """The place right before ", [quận] X" at ``k`` in a chain of places, or None."""
    start = _phrase_start(view, k)
    first = view.bounds(k)[0]
    if start - 2 < first or view.pieces[start - 1].text != ",":
        return None
    mention = view.pieces[start - 2].mention
    return start - 2 if mention is not None and mention.type in _RANK else None


def _in_chain(view: ArticleView, inner: int, outer: int) -> bool:
    """Whether "X , Y" is a link of an address: a chain of three rising places
    ("phố X , quận Y , Hà_Nội") or a chain set after a person ("chị A , phường X , quận Y")."""
    following = _next_link(view, outer)
    if following is not None and _rises(view, outer, following):
        return True
    previous = _previous_link(view, inner)
    if previous is not None and _rises(view, previous, inner):
        return True
    start = _phrase_start(view, inner)
    first = view.bounds(inner)[0]
    if start - 2 >= first and view.pieces[start - 1].text in {",", "("}:
        person = view.pieces[start - 2].mention
        return person is not None and person.type is EntityType.PERSON
    return False


def _below_province(view: ArticleView, inner: int, outer: int) -> bool:
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


def _bracketed(view: ArticleView, k: int, j: int, last: int) -> list[Statement]:
    """"X ( Y )", "X ( Y , Z )": the place X lies in the larger place Y in brackets
    ("phường Tân_Lập ( TP Nha_Trang )", "siêu_thị X ( Hoàng_Hoa_Thám , Hà_Nội )"); bodies
    in brackets are read in ``kg.extract.bodies``."""
    target = _place_at(view, j, last)
    if target is None or target + 1 >= last or view.pieces[target + 1].text not in {")", ","}:
        return []
    mention, place = view.pieces[k].mention, view.pieces[target].mention
    if not _rises(view, k, target):
        return []
    return [Statement(mention, "locatedIn", place, provenance(view, k, target, EXTRACTOR, 0.7))]


def _of_kind(view: ArticleView, k: int, kinds: Phrases) -> bool:
    """Whether the body at piece ``k`` is of one of ``kinds``, by its own first words or the noun before it."""
    syllables = view.pieces[k].syllables
    if any(syllables[:n] in kinds for n in range(1, min(len(syllables), 4) + 1)):
        return True
    first = view.bounds(k)[0]
    return k - 1 >= first and ends_with_any(view, k - 1, kinds, first) is not None


def _membership(view: ArticleView, k: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    end = view.match_any(k, _MEMBER) or view.match_any(k, _JOIN)
    is_join = view.match_any(k, _JOIN) is not None
    first = view.bounds(k)[0]
    subject_at = k
    if not is_join:
        j = k - 1
        while j >= first and view.pieces[j].syllables in _DETERMINERS:
            j -= 1
        if j < first or view.pieces[j].syllables != ("là",):
            return []
        subject_at = j
    subjects = subject_before(
        view, subject_at, {EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON}, times, allow_pronoun=False
    )
    if not subjects:
        return []
    last = view.bounds(k)[1]
    for step in range(end, min(last, end + 8)):
        piece = view.pieces[step]
        if piece.mention is not None:
            if piece.mention.type in _ORG_TYPES:
                return [
                    Statement(s.mention, "memberOf", piece.mention, provenance(view, s.piece, step, EXTRACTOR, 0.8))
                    for s in subjects
                ]
            return []
        if is_barrier(piece):
            return []
    return []


def _agency_country(view: ArticleView, k: int, mention: Mention) -> list[Statement]:
    if mention.type not in _ORG_TYPES:
        return []
    found = [m for m in view.inner(mention) if m.type is EntityType.COUNTRY and m.end == mention.end]
    if found:
        return [Statement(mention, "country", found[0], provenance(view, k, k, EXTRACTOR, 0.8))]
    last = view.bounds(k)[1]
    following = view.pieces[k + 1].mention if k + 1 < last else None
    if following is not None and following.type is EntityType.COUNTRY:
        # "Bộ Ngoại_giao Mỹ": a body named with its country after it
        return [Statement(mention, "country", following, provenance(view, k, k + 1, EXTRACTOR, 0.7))]
    first = view.bounds(k)[0]
    if k - 1 >= first and (country := view.pieces[k - 1].mention) is not None and country.type is EntityType.COUNTRY:
        for start in range(max(first, k - 5), k - 1):
            if view.match_any(start, MEDIA_NOUNS) is not None and all(
                view.pieces[i].is_word and not is_barrier(view.pieces[i]) for i in range(start, k - 1)
            ):
                return [Statement(mention, "country", country, provenance(view, start, k, EXTRACTOR, 0.85))]
    return []
