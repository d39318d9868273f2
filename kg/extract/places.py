"""Places and bodies: where a place lies, who belongs to which body, whose an agency is.

- "X ở/tại/nằm ở [vùng] Y", "X , [vùng] Y", "X , thuộc xã Y", "X , sân_bay … của Y", "Viễn_Đông Nga",
  "thành_phố X của Y", "X ( Y )", "X , miền nam Y": X locatedIn Y when Y is a larger
  place than X (by the administrative ranks the text gives, else facility < city <
  region < country); an address is read link by link ("chị A , phố X , quận Y , Hà_Nội", "đường X - Q.Y",
  "Bệnh_viện A , Cần_Thơ , Việt_Nam vừa …", "Nhà_hàng A tại số 12 phố X , quận Y"), a unit after its word of
  level set beside a facility starts no clause ("chợ X , quận Y khiến …"), a unit told by its word of level
  "của" a place ranked above it lies in it ("quận Gò_Vấp của TP.HCM"), and a place of no known rank before a
  province is one of its districts;
- "R gồm A , B và C", "R như A , B": the places listed lie in R, the bodies or
  countries listed are members of a group R;
- "Latvia ( Liên_Xô cũ )", "Latvia , Liên_Xô cũ": a country beside a former union is its part;
- "huyện X tỉnh Y" with no comma, each after its word of level; "X , thủ_phủ tỉnh Y",
  "X , thủ_đô của Y": the place lies in the larger one; "quảng_trường X , thủ_đô Y": a street,
  square or building beside a city called a capital lies in it; "tỉnh X , miền Trung Y": a place
  beside a part of a country told by its direction lies in that part;
- "Tập_đoàn X có trụ_sở tại Y", "Đại_sứ_quán X ở Y", "Đại_học X tại Mỹ", "Viện X ( MIT ) ở Boston", "Đại_học X , Mỹ",
  "công_ty X Mỹ", "tốt_nghiệp Đại_học X , Mỹ với bằng …": where a body sits; "X là nhóm_nhạc
  đến_từ Y", "X là một ngân_hàng của Y", "Hai công_ty lớn của Y là X và Z": the nationality a
  copula's description states;
  "Trường X , Đại_học Y": the school is part of the university;
- "X , có trụ_sở tại Y ,", "X ( có trụ_sở ở Y )", "X , tập_đoàn lớn nhất Hàn_Quốc ,", "Cảnh_sát bang X , Mỹ cho_biết",
  "chiếm Mosul , Iraq .", "Kiev , Ukraine và Moscow , Nga", "Haiti , quốc_đảo vùng Caribe", "các tỉnh miền Trung như
  Quảng_Bình": a seat, a nationality or a larger place told in an apposition, a list of pairs, or a list under a part;
- "X (vẫn) là thành_viên … Y", "X gia_nhập Y": X memberOf Y;
- "hãng thông_tấn Nga TASS", "Bộ Ngoại_giao Mỹ": the agency or body's country; "hãng xe Hàn_Quốc Hyundai",
  "đội bóng Nhật_Bản Kashima": a body written after its kind and its country is based there.
"""

from __future__ import annotations

from kg.extract.admin_levels import PROVINCE_RANK, admin_rank, level_words, rank_of_level_word
from kg.extract.place_chains import (
    HEAD_PLACE_NOUNS,
    ORG_TYPES,
    RANK,
    below_province,
    house_number_before,
    both_ranked_by_their_words,
    city_and_country,
    in_chain,
    in_list,
    in_pairs,
    larger,
    past_numbered_unit,
    next_link,
    numbered_street,
    past_house_number,
    phrase_start,
    place_at,
    rises,
)
from kg.extract.clauses import unrealised_before
from kg.extract.frames import (
    Argument,
    cue_verbs,
    MEDIA_NOUNS,
    PLACE_NOUNS,
    PLACE_TYPES,
    ends_with_any,
    phrase_set,
    is_barrier,
    is_of_kind,
    provenance,
    subject_before,
    title_ending_at,
)
from kg.lexicon import load_lexicon, syllables_of, word_list
from kg.extract.pieces import ArticleView
from kg.model import EntityType, Mention, Statement, TimeExpression

EXTRACTOR = "places"
_IN = phrase_set(*word_list("places.in"))
_PLACE_OF = phrase_set(*word_list("places.of"))
#: Words that say where a body sits before "tại/ở Y" ("có trụ_sở", "đặt trụ_sở chính").
_SEAT = phrase_set(*word_list("places.seat"))
#: Words that open the list of what a place or a group holds ("gồm", "như").
_LISTING = phrase_set(*word_list("places.listing"))
#: Those of the listing words that say the place holds the items, not only gives examples ("gồm").
_HOLDING = phrase_set(*word_list("places.holding"))
_MEMBER = phrase_set(*word_list("places.member"))
_JOIN = phrase_set(*word_list("places.join"))
_MEMBERSHIP_STARTS = _MEMBER.starts | _JOIN.starts
_BEFORE_PLACE = phrase_set(*word_list("places.before-place"))
#: The kinds of facility written before a facility's name ("sân_bay vũ_trụ X", "nhà_máy X"), as the cues list them.
_FACILITY_KINDS = phrase_set(*sorted(cue for cue, (kind, _type) in load_lexicon().cues.items() if kind == "facility"))
_AFTER_PLACE = phrase_set(*word_list("places.after-place"))
_BRANCH = phrase_set(*word_list("places.branch"))
_DETERMINERS = phrase_set(*word_list("places.determiners"))
#: Kinds of body that stand where they are built, so "tại/ở" even a whole country is their seat
#: ("Đại_học Harvard tại Mỹ", "Bệnh_viện X ở Lào"), unlike a company present in many.
_SEATED_KINDS = phrase_set(*word_list("places.seated-kinds"))
#: The same kinds written last in a name of English form ("Stanford University", "Harvard Business School").
_SEATED_KINDS_LAST = frozenset(syllables_of(w) for w in word_list("places.seated-kinds-last"))
#: Kinds of company written before its name ("công_ty X Mỹ", "tập_đoàn X Nhật_Bản"): the country after the name is its seat.
_COMPANY_KINDS = phrase_set(*word_list("places.company-kinds"))
#: Kinds of school within a university, and kinds of university ("Trường Wharton , Đại_học Pennsylvania").
_FACULTY_KINDS = phrase_set(*word_list("places.faculty-kinds"))
_UNIVERSITY_KINDS = phrase_set(*word_list("places.university-kinds"))
#: Nouns that call a place the capital or seat of a larger one ("thủ_phủ", "thủ_đô", "tỉnh_lỵ").
_CAPITAL_NOUNS = phrase_set(*word_list("places.capital-nouns"))
#: How many words an apposition of description before "thủ_phủ Y" may have ("thành_phố du_lịch ở phía Nam").
_DESCRIPTION_REACH = 8
#: Diplomatic missions, which lie in the country they are posted to ("Đại_sứ_quán X ở Việt_Nam").
_MISSIONS = phrase_set(*word_list("places.missions"))
#: The conjunction between two bodies that open a sentence together ("Bảo_tàng X và Bảo_tàng Y , Nhật_Bản …").
_AND_WORDS = frozenset(syllables_of(w) for w in word_list("affiliations.and"))
#: Marks between a place and the larger place it lies in: "Santa_Ana , California", "Nairobi - Kenya".
_APPOSITION = frozenset({",", "-", "–"})
#: Kinds of part of a body ("hội_đồng", "ban"): a member of one unnamed holds a seat there, not a membership of the body.
_UNNAMED_PARTS = phrase_set(*word_list("places.unnamed-parts"))
#: Words that say where a body comes from ("đến_từ").
_FROM = phrase_set(*word_list("places.from"))
#: Kinds of body whose name may follow "đến_từ PLACE" ("đội bóng đến_từ Romania , Steaua").
_FROM_HEADS = phrase_set(*word_list("places.from-heads"))
#: Nouns that call a place a country ("quốc_gia", "quốc_đảo").
_COUNTRY_NOUNS = phrase_set(*word_list("places.country-nouns"))
#: How many words may describe the noun of kind before "ở/tại Y" in an apposition ("X , quốc_gia nghèo nhất ở Y").
_DESCRIBED_IN_REACH = 2
#: Words that may close the apposition of a school's or hospital's seat besides those of any place
#: ("Đại_học X , Hoa_Kỳ với bằng …"): after such a body's place, a phrase of its own, not a new clause.
_AFTER_SEAT = phrase_set(*word_list("places.after-seat"))
#: Verbs of study, whose object is the school itself ("tốt_nghiệp Đại_học X , Mỹ"), as a cue verb's is.
_STUDY_VERBS = phrase_set(*word_list("affiliations.study-verbs"))
#: "X là (một) NOUN … đến_từ/của Y": the copula, the articles after it, and how many words the description may have.
_COPULAS = phrase_set(*word_list("places.copulas"))
#: Verbs of being or becoming a member before the noun ("là", "trở_thành").
_MEMBER_COPULAS = phrase_set(*word_list("places.member-copulas"))
_ARTICLES = phrase_set(*word_list("places.articles"))
_COPULA_REACH = 5
#: The places a body's nationality may name: a country, a region or a city, not a building or a street.
_NATIONS = frozenset({EntityType.COUNTRY, EntityType.REGION, EntityType.CITY})
#: Words that open the address a body's brackets give ("( địa_chỉ tại 45 đường X )").
_ADDRESS_WORDS = phrase_set(*word_list("places.address-words"))
#: Nouns of a group or movement written before its name ("lực_lượng Hezbollah", "phong_trào Taliban").
_GROUP_KINDS = phrase_set(*word_list("places.group-kinds"))
#: Words that open the name of a part of a place told by its direction ("miền Nam" of "miền Nam Lào").
_PART_HEADS = phrase_set(*word_list("places.part-heads"))
#: Kinds of local body, named with the unit they serve ("Công_an quận 9 , TP.HCM", "UBND xã X , huyện Y"):
#: a place of a country's inside set beside one is where it sits.
_LOCAL_KINDS = phrase_set(*word_list("places.local-kinds"))
#: Nouns of the people or authorities of a place written after them ("cảnh_sát bang X", "chính_quyền tỉnh Y").
_PLACE_OWNERS = phrase_set(*word_list("places.owners"))
#: Words of size or trade that may describe a body before its country with no "của" ("tập_đoàn lớn nhất
#: Hàn_Quốc", "hãng điện_thoại Phần_Lan").
_NATION_MODIFIERS = phrase_set(*word_list("places.nation-modifiers"))
#: Words that make a kind of place plural ("các tỉnh A , B").
_PLURAL_WORDS = phrase_set(*word_list("places.plural"))
#: Words after a country that call it a former state ("Liên_Xô cũ"): a country set beside it was one of its parts.
_FORMER = phrase_set(*word_list("places.former"))


def find_places(view: ArticleView, times: tuple[TimeExpression, ...] = ()) -> list[Statement]:
    """locatedIn, memberOf and country statements of the article."""
    statements: list[Statement] = []
    firsts = view.first_syllables
    for k, piece in enumerate(view.pieces):
        if piece.mention is not None:
            statements.extend(_located(view, k, piece.mention))
            statements.extend(_comes_from(view, k, piece.mention))
            statements.extend(_described_by_copula(view, k, piece.mention))
            statements.extend(_place_described_by_copula(view, k, piece.mention))
            statements.extend(_kind_of_place_named(view, k, piece.mention))
            statements.extend(_agency_country(view, k, piece.mention))
            statements.extend(_listed_under(view, k, piece.mention))
        elif firsts[k] in _MEMBERSHIP_STARTS and (
            view.match_any(k, _MEMBER) is not None or view.match_any(k, _JOIN) is not None
        ):
            statements.extend(_membership(view, k, times))
    return statements


def _located(view: ArticleView, k: int, mention: Mention) -> list[Statement]:
    if mention.type not in RANK and mention.type not in ORG_TYPES:
        return []
    last = view.bounds(k)[1]
    j = k + 1
    if j >= last:
        return []
    if mention.type is EntityType.COUNTRY and (whole := _former_whole(view, j, last)) is not None:
        # "Latvia ( Liên_Xô cũ )", "Latvia , Liên_Xô cũ": a country of a former union is a part of it
        return [Statement(mention, "partOf", view.pieces[whole].mention, provenance(view, k, whole, EXTRACTOR, 0.7))]
    after = view.pieces[j]
    # "Viễn_Đông Nga": a place followed by the larger place it lies in
    if after.mention is not None:
        if mention.type in RANK and larger(mention, after.mention, strictly=True):
            # "miền Nam Lào": a part of a place named by its direction is a part of that place
            predicate = "partOf" if is_of_kind(view, k, _PART_HEADS) else "locatedIn"
            return [Statement(mention, predicate, after.mention, provenance(view, k, j, EXTRACTOR, 0.7))]
        if _part_of_province(view, k, j):
            # "miền Tây Thanh_Hóa": a part of a province named by its direction, the province after it
            return [Statement(mention, "partOf", after.mention, provenance(view, k, j, EXTRACTOR, 0.7))]
        return []
    if after.text == "(" and mention.type in RANK:
        return _bracketed(view, k, j + 1, last)
    if after.text == "(" and mention.type in ORG_TYPES and (address := _address_in_brackets(view, j + 1, last)) is not None:
        return [Statement(mention, "locatedIn", view.pieces[address].mention, provenance(view, k, address, EXTRACTOR, 0.75))]
    if mention.type in RANK and (target := _ranked_next(view, k, j, last)) is not None:
        return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.75))]
    seated = mention.type in ORG_TYPES or mention.type is EntityType.FACILITY
    if seated and (seat := _seat_words(view, j, last)) is not None:
        # "Tập_đoàn X (, ) có trụ_sở (chính) tại Y", "Nhà_máy X đặt tại Y": where the body or the
        # installation sits, whatever the kind of place
        target = _seat_place(view, seat, last)
        if target is not None:
            return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.8))]
        if mention.type in ORG_TYPES:
            return []
    if mention.type in ORG_TYPES and after.text == "," and (school := _school_of(view, k, last)) is not None:
        return [school]  # "tốt_nghiệp trường X , Đại_học Y": whatever word stands before the school
    # a group after its noun ("lực_lượng Hezbollah ở Lebanon") or a school or hospital after any noun
    # ("học_sinh Trường X ở quận Y") is set where "ở/tại" says, as a place is
    grouped = mention.type in ORG_TYPES and (_after_group_kind(view, k) or _is_seated(view, k))
    if not _heads_its_phrase(view, k) and not grouped and not (mention.type in ORG_TYPES and is_of_kind(view, k, _MISSIONS)):
        # "cuộc họp Bộ Chính_trị tại X", "đón đoàn đại_biểu Y tại X": "tại" tells where the act is;
        # a mission is named with the place it is posted to ("quan_chức Đại_sứ_quán X tại Y");
        # an apposition that says what the place is still describes it ("là Chad , quốc_gia ở Y"),
        # as the place set beside a school or hospital does ("giáo_viên Trường X , tỉnh Y")
        if after.text in _APPOSITION and mention.type in ORG_TYPES:
            return _apposed_seat(view, k, mention)
        if after.text not in _APPOSITION:
            return []
        return _described_place(view, k, mention) or _beside_its_country(view, k, mention)
    if after.text == "," and (stated := _apposed_in(view, k, mention)):
        return stated
    if after.text in _APPOSITION:
        if mention.type in ORG_TYPES:
            return _apposed_seat(view, k, mention)
        return _apposed_place(view, k, mention)
    if mention.type in ORG_TYPES and (past := _past_own_other_name(view, j, last)) is not None:
        j = past  # "Viện Công_nghệ Massachusetts ( MIT ) ở Boston": read on past the body's other name
    if after.syllables == ("và",) and j + 2 < last and (other := view.pieces[j + 1].mention) is not None:
        # "thăm Đại_học X và Viện Y ở Vladivostok": the place holds both
        if other.type in ORG_TYPES or other.type in RANK:
            j += 2
    preposition = view.match_any(j, _IN)
    if preposition is None and mention.type in RANK and view.match_any(j, _PLACE_OF) is not None:
        # "thành_phố Aleppo của Syria": a place "của" a larger one lies in it
        target = place_at(view, view.match_any(j, _PLACE_OF), last)
        if target is not None and (
            larger(mention, view.pieces[target].mention, strictly=True)
            or both_ranked_rising(view, k, target)
            # "quận Gò_Vấp của TP.HCM": a unit told by its word of level, of a place known to rank above it
            or (admin_rank(view, k, spoken_only=True) is not None and rises(view, k, target))
        ):
            return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.7))]
        return []
    if preposition is not None:
        target = place_at(view, past_house_number(view, preposition, last), last)  # "tại số 12 phố X"
        if target is not None and mention.type in ORG_TYPES and not grouped and not _body_located(view, k, view.pieces[target].mention):
            return []
        if target is not None and (
            (larger(mention, view.pieces[target].mention, strictly=False) and not _ranks_fall(view, k, target))
            or (mention.type in RANK and rises(view, k, target))
        ):
            return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.8))]
        return []
    return []


def _past_own_other_name(view: ArticleView, j: int, last: int) -> int | None:
    """The piece after "( OTHER )" at piece ``j`` when the brackets hold a body's name alone, the other
    name of the body before them ("Viện X ( MIT )"); else None."""
    if j + 3 >= last or view.pieces[j].text != "(" or view.pieces[j + 2].text != ")":
        return None
    other = view.pieces[j + 1].mention
    return j + 3 if other is not None and other.type in ORG_TYPES and not other.reference else None


def _part_of_province(view: ArticleView, k: int, j: int) -> bool:
    """Whether the region at ``k`` is a part named by its direction ("miền Tây") and the place right
    after it at ``j`` a province by its name or its word of level ("miền Tây Thanh_Hóa", "miền núi tỉnh Y" is none)."""
    mention, after = view.pieces[k].mention, view.pieces[j].mention
    if mention.type is not EntityType.REGION or after.type not in RANK or after.type is EntityType.COUNTRY:
        return False
    if not is_of_kind(view, k, _PART_HEADS) or admin_rank(view, k, spoken_only=True) is not None:
        return False  # "các tỉnh miền Trung Quảng_Nam": the provinces of the part, not its whole
    rank = admin_rank(view, j)
    if rank is None or rank < PROVINCE_RANK:
        return False
    last = view.bounds(k)[1]
    listed = j + 2 < last and view.pieces[j + 1].text in {",", "và", "-", "–"} and place_at(view, j + 2, last) is not None
    return not listed  # "miền Trung Quảng_Nam , Quảng_Ngãi": a list of the part's provinces


def _seat_words(view: ArticleView, j: int, last: int) -> int | None:
    """The end of the words that say where a body sits ("có trụ_sở", ``places.seat``) at piece ``j``,
    right after the body, after its other name in brackets ("Quỹ X ( IMF ) có trụ_sở tại Y") or
    opening an apposition after its comma ("Công_ty X , có trụ_sở tại Y ,"), the verb that
    sets the seat there read on ("có trụ_sở chính đặt tại Y")."""
    if j + 3 < last and view.pieces[j].text == "(" and view.pieces[j + 2].text == ")":
        other = view.pieces[j + 1].mention
        if other is not None and other.type in ORG_TYPES:
            j += 3
    if view.pieces[j].text == "," and j + 1 < last:
        j += 1
    end = view.match_any(j, _SEAT) if j < last else None
    if end is not None and end < last and (verb := view.match_any(end, _SEAT)) is not None:
        end = verb  # "có trụ_sở chính đặt tại Y": the seat's noun, then the verb that sets it there
    return end


def _seat_place(view: ArticleView, seat: int, last: int) -> int | None:
    """The place after the words of a seat ending at piece ``seat`` and "tại/ở" ("có trụ_sở tại Y"), or None."""
    preposition = view.match_any(seat, _IN) if seat < last else None
    if preposition is None and view.pieces[seat - 1].syllables[-1:] in _IN:
        preposition = seat  # the segmenter may glue the preposition to the noun ("trụ_sở_tại")
    return place_at(view, preposition, last) if preposition is not None else None


def seat_after(view: ArticleView, j: int, last: int) -> int | None:
    """The place the words from piece ``j`` say a body named just before sits at: its seat told
    after it ("(,) có trụ_sở (chính) tại Y") or the address its brackets open with ("( trụ_sở ở
    quận Y )"); None when they tell none."""
    if j + 1 < last and view.pieces[j].text == "(":
        return _address_in_brackets(view, j + 1, last)
    seat = _seat_words(view, j, last)
    return _seat_place(view, seat, last) if seat is not None else None


def _ranked_next(view: ArticleView, k: int, j: int, last: int) -> int | None:
    """"huyện Điện_Bàn tỉnh Quảng_Nam", "xã X huyện Y": with no comma between them, a place
    whose word of level is higher follows the place it holds; both words of level are written."""
    if admin_rank(view, k, spoken_only=True) is None:
        return None
    target = place_at(view, j, last)
    if target is None or target == j or admin_rank(view, target, spoken_only=True) is None:
        return None
    return target if rises(view, k, target) else None


def _comes_from(view: ArticleView, k: int, place: Mention) -> list[Statement]:
    """"Steaua đến_từ Romania", "Tập_đoàn đến_từ Mỹ General_Electric", "đội bóng đến_từ Romania ,
    Steaua": the body said to come from a place is based there."""
    if place.type not in PLACE_TYPES:
        return []
    first, last = view.bounds(k)
    start = ends_with_any(view, k - 1, _FROM, first) if k - 1 >= first else None
    if start is None:
        return []
    body = None
    if start - 1 >= first and view.pieces[start - 1].mention is not None:
        body = start - 1  # "Steaua đến_từ Romania"
    elif start - 1 >= first and ends_with_any(view, start - 1, _FROM_HEADS, first) is not None:
        # a kind of body the place qualifies, then its name: "Tập_đoàn đến_từ Mỹ General_Electric"
        j = k + 2 if k + 2 < last and view.pieces[k + 1].text in _APPOSITION else k + 1  # ", Steaua", "– North_Czech"
        body = j if j < last and view.pieces[j].mention is not None else None
    if body is None:
        return []
    mention = view.pieces[body].mention
    if mention.type not in ORG_TYPES or mention.reference:
        return []
    return [Statement(mention, "locatedIn", place, provenance(view, min(body, k), max(body, k), EXTRACTOR, 0.7))]


def _apposed_in(view: ArticleView, k: int, mention: Mention) -> list[Statement]:
    """"Trường X , thuộc xã Y , huyện Z", "thôn A và thôn B , thuộc xã Y": an apposition that says
    where X lies ("thuộc", "nằm ở") puts X, and the places joined to it by "và", in the place after."""
    last = view.bounds(k)[1]
    link = view.match_any(k + 2, _IN) if k + 2 < last else None
    target = place_at(view, link, last) if link is not None else None
    if target is None:
        return []
    place = view.pieces[target].mention
    if mention.type in ORG_TYPES and not _body_located(view, k, place):
        return []
    if not _stated_larger(view, k, target):
        return []
    found = [Statement(mention, "locatedIn", place, provenance(view, k, target, EXTRACTOR, 0.75))]
    joined = _joined_before(view, k)
    if joined is not None:
        found.append(Statement(view.pieces[joined].mention, "locatedIn", place, provenance(view, joined, target, EXTRACTOR, 0.75)))
    return found


def _joined_before(view: ArticleView, k: int) -> int | None:
    """The place of the same type joined by "và" to the one at piece ``k`` ("thôn A và thôn B",
    "xã A và B"), which the place said to hold B holds too, or None."""
    first = view.bounds(k)[0]
    joined = place_at(view, k - 2, k) if k - 2 >= first and view.pieces[k - 1].syllables == ("và",) else None
    if joined is None and k - 3 >= first and view.pieces[k - 2].syllables == ("và",):
        joined = place_at(view, k - 3, k - 1)  # "thôn A và thôn B": past the second one's word of level
    if joined is None or view.pieces[joined].mention.type is not view.pieces[k].mention.type:
        return None
    return joined


def _ranks_fall(view: ArticleView, k: int, target: int) -> bool:
    """Whether both places have a known administrative rank and the one at ``target`` is not the
    higher: "ở Nghệ_An tại huyện Quỳ_Hợp" narrows the province to a district, it does not put it there."""
    if view.pieces[k].mention.type not in RANK:
        return False
    inner_rank, outer_rank = admin_rank(view, k), admin_rank(view, target)
    return inner_rank is not None and outer_rank is not None and outer_rank <= inner_rank


def _stated_larger(view: ArticleView, k: int, target: int) -> bool:
    """Whether the place at ``target``, said to hold the one at ``k`` ("thuộc", "nằm ở"), may: of a
    larger kind or as large ("thôn X , thuộc xã Y" are both regions), unless both ranks are written
    and the holder's is not higher."""
    inner, outer = view.pieces[k].mention, view.pieces[target].mention
    if not larger(inner, outer, strictly=False):
        return False
    if inner.type in ORG_TYPES:
        return True
    inner_rank, outer_rank = admin_rank(view, k), admin_rank(view, target)
    return inner_rank is None or outer_rank is None or outer_rank > inner_rank


def _past_copula(view: ArticleView, i: int, last: int) -> int | None:
    """Past a copula at piece ``i`` and the articles after it ("là một"), or None when none stands there."""
    j = view.match_any(i, _COPULAS) if i < last else None
    while j is not None and j < last and view.match_any(j, _ARTICLES) is not None:
        j = view.match_any(j, _ARTICLES)
    return j


def _place_described_by_copula(view: ArticleView, k: int, place: Mention) -> list[Statement]:
    """"Aleppo là thành_phố lớn thứ hai của Syria", "Tân_Cương là vùng viễn_tây của Trung_Quốc", "huyện
    Cần_Giờ là một huyện của TP HCM": a place said to be a kind of place of a larger one lies in it, larger
    by its type or by the administrative ranks the text gives."""
    if place.type not in RANK or place.reference:
        return []
    last = view.bounds(k)[1]
    j = _past_copula(view, k + 1, last)
    if j is None:
        return []
    owner = _described_as_of(view, j, last) if j < last else None
    if owner is None or not (
        larger(place, view.pieces[owner].mention, strictly=True)
        or _country_in_region(view, j, place, owner)
        or _ranks_rise(view, k, owner, rank_of_level_word(view, j))
    ):
        return []
    return [Statement(place, "locatedIn", view.pieces[owner].mention, provenance(view, k, owner, EXTRACTOR, 0.7))]


def _described_by_copula(view: ArticleView, k: int, body: Mention) -> list[Statement]:
    """"T-ara là nhóm_nhạc nữ đến_từ Hàn_Quốc", "Norges_Bank là một ngân_hàng của Na_Uy", "Toyota là hãng xe
    lớn nhất Nhật_Bản": a body said to be something from a place, or a kind of body (``places.from-heads``)
    of a place, is based there."""
    if body.type not in ORG_TYPES or body.reference:
        return []
    last = view.bounds(k)[1]
    j = _past_copula(view, k + 1, last)
    if j is None:
        return []
    kind_named = j < last and view.match_any(j, _FROM_HEADS) is not None
    for step in range(j + 1, min(last, j + 1 + _COPULA_REACH)):
        piece = view.pieces[step]
        if piece.mention is not None and kind_named and _body_described_as_of(view, j, last) == step:
            # "Toyota là hãng xe lớn nhất Nhật_Bản .": the country closing the description
            return [Statement(body, "locatedIn", piece.mention, provenance(view, k, step, EXTRACTOR, 0.7))]
        if piece.mention is not None or is_barrier(piece):
            return []
        link = view.match_any(step, _FROM) or (view.match_any(step, _PLACE_OF) if kind_named else None)
        if link is None:
            continue
        target = place_at(view, link, last)
        if target is None or view.pieces[target].mention.type not in _NATIONS:
            return []
        return [Statement(body, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.7))]
    return []


def _kind_of_place_named(view: ArticleView, k: int, place: Mention) -> list[Statement]:
    """"Hai công_ty Internet lớn của Nga là Mail.Ru và Yandex", "Công_ty truyền_thông hàng_đầu Úc là
    Fairfax": the bodies a copula names after a kind of body (``places.from-heads``) of a place are based there."""
    if place.type not in _NATIONS or place.reference:
        return []
    first, last = view.bounds(k)
    link = k + 1 if k + 1 < last and view.match_any(k + 1, _COPULAS) is not None else None
    if link is None:
        return []
    j = k - 1
    if j >= first and view.match_any(j, _PLACE_OF) == k:
        j -= 1
    for step in range(j, max(first - 1, j - _COPULA_REACH), -1):
        piece = view.pieces[step]
        if piece.mention is not None or is_barrier(piece) or view.match_any(step, cue_verbs()) is not None:
            return []  # a name, a mark or a verb between the kind and the place: no noun phrase of a kind
        if view.match_any(step, _FROM_HEADS) is not None:
            break
    else:
        return []
    bodies = []
    at = view.match_any(link, _COPULAS)
    while at < last and (body := view.pieces[at].mention) is not None and body.type in ORG_TYPES and not body.reference:
        bodies.append(at)
        if at + 2 < last and view.pieces[at + 1].syllables in {("và",), (",",)}:
            at += 2
        else:
            break
    return [Statement(view.pieces[b].mention, "locatedIn", place, provenance(view, k, b, EXTRACTOR, 0.7)) for b in bodies]


def _apposed_place(view: ArticleView, k: int, mention: Mention) -> list[Statement]:
    """"X , [vùng] Y": the place X lies in the larger place Y set beside it."""
    last = view.bounds(k)[1]
    j = k + 1
    after = view.pieces[j]
    if mention.type in RANK and (part := _part_of_larger_beside(view, k, last) or _capital_beside(view, k, last)) is not None:
        return [Statement(mention, "locatedIn", view.pieces[part].mention, provenance(view, k, part, EXTRACTOR, 0.7))]
    if mention.type in RANK and (not in_list(view, k) or _paired(view, k, last)):
        target = place_at(view, past_numbered_unit(view, j + 1, last), last)  # "phường X , quận 1 , TP.HCM"
        if (
            target is not None
            and rises(view, k, target)
            and (
                after.text == ","
                or city_and_country(mention, view.pieces[target].mention)
                or _facility_and_town(mention, view.pieces[target].mention)
                or _state_and_country(view, k, target)
                or _street_and_unit(view, k, target)
            )
            and (not in_list(view, target) or in_pairs(view, k, target))
            and (
                _ends_apposition(view, target + 1, last)
                or _ends_after_larger(view, target, last)
                or both_ranked_by_their_words(view, k, target)
                or in_chain(view, k, target)
                or below_province(view, k, target)
                or _owned_place_and_country(view, k, target)
                or numbered_street(view, k)
                # "chợ Đồng_Xuân , quận Hoàn_Kiếm khiến …": a unit after its word of level set beside a facility
                # starts no clause there
                or (mention.type is EntityType.FACILITY and admin_rank(view, target, spoken_only=True) is not None)
            )
        ):
            return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.7))]
        return _described_place(view, k, mention)
    if mention.type is EntityType.COUNTRY and view.match_any(k + 2, _COUNTRY_NOUNS) is not None and not _listed_after_name(view, k):
        # "Philippines , quốc_gia Đông_Nam_Á ,": a noun of a country opens a description, not a list's next item
        return _described_place(view, k, mention, described=True)
    return []


def _paired(view: ArticleView, k: int, last: int) -> bool:
    """Whether the place at ``k`` and the place after its comma are one of two pairs joined by "và"."""
    target = place_at(view, k + 2, last) if k + 2 < last else None
    return target == k + 2 and in_pairs(view, k, target)


def _beside_its_country(view: ArticleView, k: int, mention: Mention) -> list[Statement]:
    """"chiếm Mosul , Iraq .", "người dân Aleppo , Syria ,", "đổ về phố_cổ Hội_An , tỉnh Quảng_Nam .": a place
    below a country that opens no phrase of its own (after a verb the cues do not list, or a noun), its
    country or its province after the word of level set beside it and the apposition closing there;
    neither is an item of a list."""
    last = view.bounds(k)[1]
    if mention.type is EntityType.COUNTRY or view.pieces[k + 1].text != "," or k + 2 >= last:
        return []
    target = place_at(view, k + 2, last)
    outer = view.pieces[target].mention if target is not None else None
    if outer is None or outer.reference or mention.reference:
        return []
    country = target == k + 2 and outer.type is EntityType.COUNTRY
    province = (admin_rank(view, target, spoken_only=True) or 0) >= PROVINCE_RANK and rises(view, k, target)
    if not (country or province):
        return []  # "phố_cổ Hội_An , tỉnh Quảng_Nam": a province after its word of level, as a country
    if in_list(view, k) or in_list(view, target) or not _ends_apposition(view, target + 1, last):
        return []
    return [Statement(mention, "locatedIn", outer, provenance(view, k, target, EXTRACTOR, 0.7))]


def _is_seated(view: ArticleView, k: int) -> bool:
    """Whether the body named at piece ``k`` is of a kind that stands where it is built: its name opens
    with such a kind or follows one ("Đại_học Harvard", "trường Wharton", ``places.seated-kinds``), or
    ends with one written in English ("Stanford University", ``places.seated-kinds-last``)."""
    if is_of_kind(view, k, _SEATED_KINDS):
        return True
    syllables = view.pieces[k].syllables
    return len(syllables) > 1 and syllables[-1:] in _SEATED_KINDS_LAST


def _apposed_seat(view: ArticleView, k: int, mention: Mention) -> list[Statement]:
    """"Đại_học Pennsylvania , Hoa_Kỳ", "( Bệnh_viện X , Hà_Nội )": a school or hospital with the
    place it stands in set beside it, the apposition closing there or going on to a larger place;
    a school set before its university is a part of it."""
    if view.pieces[k + 1].text != ",":
        return []
    last = view.bounds(k)[1]
    if (school := _school_of(view, k, last)) is not None:
        return [school]
    if (nation := _body_described_as_of(view, k + 2, last)) is not None:
        # "Ủy_ban điều_tra , cơ_quan điều_tra chính của Nga ,": the nationality the apposition states
        return [Statement(mention, "locatedIn", view.pieces[nation].mention, provenance(view, k, nation, EXTRACTOR, 0.7))]
    if house_number_before(view, k + 2, last) and _ends_apposition(view, k + 4, last):
        # "nhà_sách Tiền_Phong , 17 Ngọc_Hà .": the body's address
        return [Statement(mention, "locatedIn", view.pieces[k + 3].mention, provenance(view, k, k + 3, EXTRACTOR, 0.7))]
    local = not _is_seated(view, k) and is_of_kind(view, k, _LOCAL_KINDS)
    if not _is_seated(view, k) and not local:
        return []
    target = place_at(view, k + 2, last)
    if target is None or (local and view.pieces[target].mention.type is EntityType.COUNTRY):
        return []
    if _former_whole(view, target + 1, last) is None:  # "Đại_học X , Latvia , Liên_Xô cũ" is no list of countries
        following = next_link(view, target)
        if in_list(view, target) or not (
            _ends_apposition(view, target + 1, last)
            or (target + 1 < last and view.match_any(target + 1, _AFTER_SEAT) is not None)
            or (following is not None and rises(view, target, following))
            or admin_rank(view, target) is not None  # "Trường X , tỉnh Y đoạt giải": a ranked place starts no clause there
            or _subject_seat(view, k, target, last)
        ):
            return []
    return [Statement(mention, "locatedIn", view.pieces[target].mention, provenance(view, k, target, EXTRACTOR, 0.7))]


def _subject_seat(view: ArticleView, k: int, target: int, last: int) -> bool:
    """Whether the place at piece ``target`` beside the body at piece ``k`` is the seat of a body opening
    its sentence or a clause after a comma, alone or after another body and "và", the verb right after
    the place: "Bảo_tàng Louvre , Pháp đã mở_cửa", "Bảo_tàng X và Bảo_tàng Kyushu , Nhật_Bản cùng tổ_chức"."""
    first = view.bounds(k)[0]
    opens = _opens_clause_at(view, k, first) or (
        k - 2 >= first
        and view.pieces[k - 1].syllables in _AND_WORDS
        and (before := view.pieces[k - 2].mention) is not None
        and before.type in ORG_TYPES
        and _opens_clause_at(view, k - 2, first)
    )
    following = view.pieces[target + 1] if target + 1 < last else None
    return (
        opens
        and following is not None
        and following.is_word
        and following.mention is None
        and following.syllables not in _AND_WORDS
    )


def _opens_clause_at(view: ArticleView, k: int, first: int) -> bool:
    """Whether the body at piece ``k`` opens its sentence, or a clause after a comma that follows no name
    (an item of a list of names follows one: "A , Đại_học X , Mỹ")."""
    if k == first:
        return True
    return view.pieces[k - 1].text == "," and (k - 2 < first or view.pieces[k - 2].mention is None)


def _school_of(view: ArticleView, k: int, last: int) -> Statement | None:
    """"Trường Wharton , Đại_học Pennsylvania , Mỹ": a school set before a university, the
    apposition closing after it or going on to its place, is a school of that university."""
    first = view.bounds(k)[0]
    if k - 2 >= first and view.pieces[k - 1].text in {",", "và"} and view.pieces[k - 2].mention is not None:
        return None  # an item of a list of bodies
    whole = k + 2
    if whole >= last or (mention := view.pieces[whole].mention) is None or mention.type not in ORG_TYPES:
        return None
    if not (is_of_kind(view, k, _FACULTY_KINDS) and is_of_kind(view, whole, _UNIVERSITY_KINDS)):
        return None
    after = whole + 1
    if not (_ends_apposition(view, after, last) or (after < last and view.pieces[after].text == "," and place_at(view, after + 1, last) is not None)):
        return None
    return Statement(view.pieces[k].mention, "partOf", mention, provenance(view, k, whole, EXTRACTOR, 0.7))


def _described_place(view: ArticleView, k: int, mention: Mention, described: bool = False) -> list[Statement]:
    """"X , sân_bay … của Y", "X , (một) quốc_gia ở Y": the larger place an apposition naming X's kind puts it in
    (``described``: the apposition is known to open with a noun of kind, whatever place follows that noun)."""
    if mention.type not in RANK or (not described and in_list(view, k)):
        return []
    last = view.bounds(k)[1]
    j = k + 2
    while j < last and (past := view.match_any(j, _ARTICLES)) is not None:
        j = past  # "Peshawar , một thành_phố ở Pakistan": the article before the noun of kind
    owner = _described_as_of(view, j, last) or _capital_of(view, k + 2, last)
    if owner is not None and (
        larger(mention, view.pieces[owner].mention, strictly=True) or _country_in_region(view, j, mention, owner)
    ):
        return [Statement(mention, "locatedIn", view.pieces[owner].mention, provenance(view, k, owner, EXTRACTOR, 0.7))]
    return []


def _capital_of(view: ArticleView, j: int, last: int) -> int | None:
    """"X , thủ_phủ tỉnh Y", "X , thành_phố du_lịch ở phía Nam , thủ_phủ Y": the place an apposition
    calls X the capital or seat of, maybe after one apposition of description before it."""
    for _ in range(2):
        noun_end = view.match_any(j, _CAPITAL_NOUNS) if j < last else None
        if noun_end is not None:
            if noun_end < last and view.match_any(noun_end, _PLACE_OF) is not None:
                noun_end = view.match_any(noun_end, _PLACE_OF)
            return place_at(view, noun_end, last)
        step = j
        while step < min(last, j + _DESCRIPTION_REACH) and view.pieces[step].text != ",":
            if view.pieces[step].mention is not None or is_barrier(view.pieces[step]):
                return None
            step += 1
        if step >= last or view.pieces[step].text != ",":
            return None
        j = step + 1
    return None


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
    if j + 1 < last and view.pieces[j].syllables in _PLURAL_WORDS and view.match_any(j + 1, HEAD_PLACE_NOUNS) is not None:
        j += 1  # "gồm các tỉnh A , B": past the plural before the kind of the items
    is_org = whole.type in ORG_TYPES
    if not is_org and whole.type not in RANK:
        return []
    statements: list[Statement] = []
    while j < last:
        item = j if view.pieces[j].mention is not None else place_at(view, view.match_any(j, HEAD_PLACE_NOUNS) or j, last)
        if item is None or (part := view.pieces[item].mention) is None:
            break
        if is_org and part.type in {EntityType.COUNTRY} | ORG_TYPES:
            statements.append(Statement(part, "memberOf", whole, provenance(view, k, item, EXTRACTOR, 0.7)))
        elif not is_org and part.type in RANK and (
            rises(view, item, k) or holds and _may_hold(whole, part) or _province_of_part(view, k, item)
        ):
            statements.append(Statement(part, "locatedIn", whole, provenance(view, k, item, EXTRACTOR, 0.7)))
        elif not is_org and part.type not in ORG_TYPES:
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


def _province_of_part(view: ArticleView, whole: int, item: int) -> bool:
    """"các tỉnh miền Trung như Quảng_Bình , Quảng_Trị": a province listed under a part of a country
    told by its direction ("miền Trung") lies in that part."""
    if not is_of_kind(view, whole, _PART_HEADS) or view.pieces[item].mention.type is not EntityType.REGION:
        return False
    rank = admin_rank(view, item)
    return rank is not None and rank >= PROVINCE_RANK


def _may_hold(whole: Mention, part: Mention) -> bool:
    """Whether a place said to hold another ("X gồm Y") may: a region or country holds any
    smaller-named place, a city no country or region."""
    if whole.type is EntityType.COUNTRY:
        return part.type is not EntityType.COUNTRY
    if whole.type is EntityType.REGION:
        return True
    return RANK[part.type] <= RANK[whole.type]


def _heads_its_phrase(view: ArticleView, k: int) -> bool:
    """Whether the name at ``k`` is not the modifier of a common noun before it:
    it starts its sentence or follows punctuation, a preposition, a conjunction,
    a verb of the cue lexicon or of study, a kind of place or a word of level
    ("ga Khasan", "thành_phố X", "TX Bình_Minh"); a facility's name also follows
    any kind of facility the cues list ("sân_bay vũ_trụ X")."""
    first = view.bounds(k)[0]
    j = k - 1
    if j < first:
        return True
    piece = view.pieces[j]
    if piece.mention is not None or is_barrier(piece) or piece.is_quote_mark:
        return True
    if view.pieces[k].mention.type is EntityType.FACILITY and ends_with_any(view, j, _FACILITY_KINDS, first) is not None:
        return True  # "sân_bay vũ_trụ X": the kind of a facility heads its name, as "ga" does
    if house_number_before(view, j, k + 1):
        return True  # "tại 36 Hàng_Thiếc": the house number heads the street, as "phố" does
    return any(
        ends_with_any(view, j, phrases, first) is not None
        for phrases in (HEAD_PLACE_NOUNS, level_words(), _BEFORE_PLACE, cue_verbs(), _STUDY_VERBS)
    )


def _ends_apposition(view: ArticleView, j: int, last: int) -> bool:
    """Whether an apposition "X , Y" ends at piece ``j``: at punctuation, the
    sentence end, or a word of time or place ("trong lúc", "vào 16h") — not at
    a verb that makes Y a new subject ("khu_vực Đông_Nam Á , Việt_Nam cũng …")."""
    if j >= last:
        return True
    piece = view.pieces[j]
    return is_barrier(piece) or piece.text == ")" or view.match_any(j, _AFTER_PLACE) is not None


def _ranks_rise(view: ArticleView, inner: int, outer: int, described: float | None = None) -> bool:
    """"huyện Cần_Giờ là một huyện của TP HCM": both places of a known administrative rank, the second higher;
    ``described``: the rank the description gives the first ("Đồng_Văn là một huyện của tỉnh Hà_Giang")."""
    inner_rank, outer_rank = admin_rank(view, inner), admin_rank(view, outer)
    if inner_rank is None:
        inner_rank = described
    return inner_rank is not None and outer_rank is not None and inner_rank < outer_rank


def both_ranked_rising(view: ArticleView, inner: int, outer: int) -> bool:
    """"xã Triệu_Thượng của huyện Triệu_Phong": both words of level written, the second higher."""
    inner_rank, outer_rank = admin_rank(view, inner, spoken_only=True), admin_rank(view, outer, spoken_only=True)
    return inner_rank is not None and outer_rank is not None and inner_rank < outer_rank


def _owned_place_and_country(view: ArticleView, k: int, target: int) -> bool:
    """"Cảnh_sát bang California , Mỹ cho_biết", "chính_quyền tỉnh X , Indonesia đã …": a place after its
    word of kind or level, owned by a noun of its people or authorities before it (``places.owners``), and
    its country beside it: the country names no new subject there, even when a verb follows, unlike after
    a fronted place or a verb ("Tại Bắc_Kinh , Trung_Quốc …", "Sau khi rời bang X , Mỹ …")."""
    if view.pieces[target].mention.type is not EntityType.COUNTRY:
        return False
    first = view.bounds(k)[0]
    level = ends_with_any(view, k - 1, level_words(), first) if k - 1 >= first else None
    start = min(phrase_start(view, k), level if level is not None else k)
    if start == k:
        return False  # no word of kind or level: "Tokyo , Nhật_Bản là …" may be a list or a fronted place
    return start - 1 >= first and ends_with_any(view, start - 1, _PLACE_OWNERS, first) is not None


def _facility_and_town(inner: Mention, outer: Mention) -> bool:
    """A dash joins a named building to the town or province it stands in ("Royal_City – Hà_Nội")."""
    return inner.type is EntityType.FACILITY and outer.type in {EntityType.CITY, EntityType.REGION}


def _street_and_unit(view: ArticleView, k: int, target: int) -> bool:
    """A dash joins a street or a building to the unit written after its word of level ("đường X - Q.Hoàn_Kiếm",
    "phố Y – phường Z"), as an address does."""
    inner = view.pieces[k].mention
    return inner.type in {EntityType.LOCATION, EntityType.FACILITY} and admin_rank(view, target, spoken_only=True) is not None


def _state_and_country(view: ArticleView, k: int, target: int) -> bool:
    """A dash joins a state or province, written after its noun, to its country ("bang Virginia - Mỹ")."""
    inner, outer = view.pieces[k].mention, view.pieces[target].mention
    first = view.bounds(k)[0]
    return (
        inner.type is EntityType.REGION
        and outer.type is EntityType.COUNTRY
        and k - 1 >= first
        and ends_with_any(view, k - 1, HEAD_PLACE_NOUNS, first) is not None
    )


def _address_in_brackets(view: ArticleView, j: int, last: int) -> int | None:
    """"( địa_chỉ tại 45 đường Giải_Phóng , … )", "( trụ_sở ở quận X )", "( KCN Tân_Tạo , … )": the first
    place of the address a body's brackets give, or None."""
    end = view.match_any(j, _ADDRESS_WORDS) if j < last else None
    if end is None:
        # "( KCN Tân_Tạo , quận Bình_Tân , TP HCM )": a place after its noun of kind opens the brackets
        # (a bare place there is read in kg.extract.bodies)
        place = place_at(view, j, last)
        return place if place is not None and place != j and view.pieces[place + 1].text in {",", ")"} else None
    if end < last and (link := view.match_any(end, _IN)) is not None:
        end = link
    if end + 1 < last and view.pieces[end].text[:1].isdigit() and view.pieces[end + 1].mention is None:
        end += 1  # "45 đường Giải_Phóng": the house number before the street's noun
    return place_at(view, past_numbered_unit(view, end, last), last)  # "trụ_sở tại quận 7 , TP HCM"


def _body_described_as_of(view: ArticleView, j: int, last: int) -> int | None:
    """"X , (một) cơ_quan điều_tra chính của Nga ,", "X , ngân_hàng lớn nhất Nhật_Bản ,": the nation an
    apposition naming the kind of body (``places.from-heads``) says X is of, the apposition closing there;
    a country with no "của" before it must follow the description with no word of place or motion."""
    while j < last and view.match_any(j, _ARTICLES) is not None:
        j = view.match_any(j, _ARTICLES)
    noun_end = view.match_any(j, _FROM_HEADS) if j < last else None
    if noun_end is None:
        return None
    for step in range(noun_end, min(last, noun_end + _COPULA_REACH)):
        piece = view.pieces[step]
        if is_barrier(piece) or view.match_any(step, cue_verbs()) is not None:
            return None
        if piece.mention is not None:
            # "X , tập_đoàn lớn nhất Hàn_Quốc ,", "X , hãng điện_thoại Phần_Lan ,": the country closes a
            # description of size or trade (``places.nation-modifiers``) at once; after any other word it
            # may be a market or a partner ("hãng xe bán chạy nhất Mỹ", "công_ty đầu_tư vào Lào")
            closing = view.pieces[step + 1] if step + 1 < last else None
            nation = piece.mention.type is EntityType.COUNTRY and not piece.mention.reference
            described = all(view.pieces[i].syllables in _NATION_MODIFIERS for i in range(noun_end, step))
            return step if nation and described and (closing is None or is_barrier(closing)) else None
        if (link := view.match_any(step, _PLACE_OF)) is not None:
            target = place_at(view, link, last) if link < last else None
            if target is None:
                return None
            closing = view.pieces[target + 1] if target + 1 < last else None
            if view.pieces[target].mention.type not in _NATIONS or not (closing is None or is_barrier(closing)):
                return None  # "công_ty của Việt_Nam và Lào": the apposition goes on
            return target
    return None


def _after_group_kind(view: ArticleView, k: int) -> bool:
    """Whether the body at piece ``k`` is written right after the noun of a group or movement
    (``places.group-kinds``: "lực_lượng Hezbollah ở Lebanon"): "ở/tại" then says where the
    group is based, as it says where a place lies."""
    first = view.bounds(k)[0]
    return k - 1 >= first and view.pieces[k - 1].is_word and ends_with_any(view, k - 1, _GROUP_KINDS, first) is not None


def _part_of_larger_beside(view: ArticleView, k: int, last: int) -> int | None:
    """"tỉnh Leyte , miền Trung Philippines": the part of a country named by its direction ("miền
    Trung") that a place below a country is set beside, the country right after the part and the
    apposition closing there; the place lies in that part, whatever the kinds of the two. An item
    of a list ("Huế , Đà_Nẵng , miền Trung Việt_Nam") is not set beside it."""
    if view.pieces[k].mention.type is EntityType.COUNTRY or view.pieces[k + 1].text != ",":
        return None
    part = place_at(view, k + 2, last)
    if part is None or not is_of_kind(view, part, _PART_HEADS) or part + 1 >= last:
        return None
    country = view.pieces[part + 1].mention
    if country is None or country.type is not EntityType.COUNTRY or not _ends_apposition(view, part + 2, last):
        return None
    return None if _listed_after_name(view, k) else part


def _listed_after_name(view: ArticleView, k: int) -> bool:
    """Whether the place phrase of the name at ``k`` follows another name and "," or "và": an item of a list."""
    first = view.bounds(k)[0]
    start = phrase_start(view, k)
    return start - 2 >= first and view.pieces[start - 1].text in {",", "và"} and view.pieces[start - 2].mention is not None


def _capital_beside(view: ArticleView, k: int, last: int) -> int | None:
    """"quảng_trường Thiên_An_Môn , thủ_đô Bắc_Kinh": a street, square or building set beside a city
    called a capital lies in that city, the apposition closing after it or going on to the city's country
    ("Ziggo_Dome , thủ_đô Amsterdam của Hà_Lan")."""
    if view.pieces[k].mention.type not in {EntityType.LOCATION, EntityType.FACILITY} or view.pieces[k + 1].text != ",":
        return None
    noun_end = view.match_any(k + 2, _CAPITAL_NOUNS) if k + 2 < last else None
    city = place_at(view, noun_end, last) if noun_end is not None and noun_end < last else None
    if city is None or city != noun_end or view.pieces[city].mention.type is not EntityType.CITY:
        return None
    after = city + 1
    if after < last and view.match_any(after, _PLACE_OF) is not None:
        country = place_at(view, view.match_any(after, _PLACE_OF), last)
        after = country + 1 if country is not None else after
    return city if _ends_apposition(view, after, last) and not _listed_after_name(view, k) else None


def _ends_after_larger(view: ArticleView, target: int, last: int) -> bool:
    """"Pakse , miền Nam Lào vào 16h": the apposition's place is followed at once by the larger
    place it lies in ("miền Nam Lào"), and the apposition closes there."""
    j = target + 1
    if j >= last or (outer := view.pieces[j].mention) is None:
        return False
    return larger(view.pieces[target].mention, outer, strictly=True) and _ends_apposition(view, j + 1, last)


def _body_located(view: ArticleView, k: int, place: Mention) -> bool:
    """Whether "BODY ở/tại PLACE" says where the body is, not where a branch or
    dealing of it is: "cơ_quan thường_trú của TTXVN tại Nga", "chi_nhánh Bộ Nội_vụ
    ở Dagestan", "liên_doanh của Samsung tại Việt_Nam" say nothing of the body's seat,
    and a body "tại" a whole country is mostly its presence there, unless it is a mission or a
    body of a kind that stands where it is built (a school, a hospital)."""
    if place.type is EntityType.COUNTRY:
        return is_of_kind(view, k, _MISSIONS) or _is_seated(view, k)
    first = view.bounds(k)[0]
    j = k - 1
    if j < first:
        return True
    before = view.pieces[j]
    return not (before.is_word and (before.syllables == ("của",) or ends_with_any(view, j, _BRANCH, first) is not None))


def _described_as_of(view: ArticleView, j: int, last: int) -> int | None:
    """"X , sân_bay vũ_trụ hiện_đại nhất của Y", "X , quốc_gia ở Y": the place Y an apposition
    says X is of, or is in when "ở/tại" follows the noun of kind closely ("quốc_gia nghèo ở Y")."""
    noun_end = view.match_any(j, PLACE_NOUNS) or view.match_any(j, _COUNTRY_NOUNS)
    if noun_end is None:
        return None
    if view.match_any(j, _COUNTRY_NOUNS) is not None and (region := place_at(view, noun_end, last)) is not None:
        # "quốc_đảo vùng Caribe", "đảo_quốc Đông_Nam_Á": the region right after the noun of a country
        return region if view.pieces[region].mention.type is EntityType.REGION else None
    for step in range(j, min(last, j + 8)):
        piece = view.pieces[step]
        if piece.mention is not None or is_barrier(piece):
            return None
        if piece.syllables == ("của",):
            target = place_at(view, step + 1, last) if step + 1 < last else None  # "của tỉnh Lâm_Đồng"
            return target if target is not None and view.pieces[target].mention.type in PLACE_TYPES else None
        if step - noun_end <= _DESCRIBED_IN_REACH and (link := view.match_any(step, _IN)) is not None:
            return place_at(view, link, last) if link < last else None
    return None


def _country_in_region(view: ArticleView, j: int, country: Mention, owner: int) -> bool:
    """"Chad , quốc_gia ở châu_Phi": an apposition that calls a country a country places it in the region after it."""
    region = view.pieces[owner].mention
    return (
        country.type is EntityType.COUNTRY
        and region.type is EntityType.REGION
        and view.match_any(j, _COUNTRY_NOUNS) is not None
    )


def _former_whole(view: ArticleView, j: int, last: int) -> int | None:
    """The former state a country's apposition names at piece ``j``: "( Liên_Xô cũ )", ", Nam_Tư cũ ;",
    a country and a word of former time, then the bracket or the apposition closing."""
    if j + 2 >= last or view.pieces[j].text not in {"(", ","}:
        return None
    whole = view.pieces[j + 1].mention
    if whole is None or whole.type is not EntityType.COUNTRY or whole.reference:
        return None
    end = view.match_any(j + 2, _FORMER)
    if end is None or not _ends_apposition(view, end, last):
        return None
    return j + 1


def _bracketed(view: ArticleView, k: int, j: int, last: int) -> list[Statement]:
    """"X ( Y )", "X ( Y , Z )": the place X lies in the larger place Y in brackets
    ("phường Tân_Lập ( TP Nha_Trang )", "siêu_thị X ( Hoàng_Hoa_Thám , Hà_Nội )"), and so does
    a place joined to X by "và" ("xã A và B ( huyện C )"); bodies in brackets are read in
    ``kg.extract.bodies``."""
    if j < last and view.pieces[j].mention is None and (link := view.match_any(j, _IN)) is not None:
        j = link  # "X ( ở tây_bắc của Nga )"
    j = past_numbered_unit(view, j, last)  # "chợ X ( quận 1 , TP.HCM )"
    target = place_at(view, j, last)
    if target is None or target + 1 >= last or view.pieces[target + 1].text not in {")", ",", "-", "–"}:
        return []
    mention, place = view.pieces[k].mention, view.pieces[target].mention
    joined = _joined_before(view, k)
    # "hai xã A và B ( huyện C )": brackets after a plural's items say where each lies, by the ranks written
    joined_rises = joined is not None and (rises(view, joined, target) or both_ranked_rising(view, joined, target))
    # "xã A và B ( huyện C )": B, with no word of level of its own, shares A's
    if not rises(view, k, target) and not (joined_rises and admin_rank(view, k) is None):
        return []
    found = [Statement(mention, "locatedIn", place, provenance(view, k, target, EXTRACTOR, 0.7))]
    if joined_rises:  # the brackets say where both lie
        found.append(Statement(view.pieces[joined].mention, "locatedIn", place, provenance(view, joined, target, EXTRACTOR, 0.7)))
    return found


def _membership(view: ArticleView, k: int, times: tuple[TimeExpression, ...]) -> list[Statement]:
    end = view.match_any(k, _MEMBER) or view.match_any(k, _JOIN)
    is_join = view.match_any(k, _JOIN) is not None
    first = view.bounds(k)[0]
    subject_at = k
    apposed = False
    if is_join and unrealised_before(view, k, first):
        return []  # "Ukraine muốn gia_nhập NATO"
    if not is_join:
        j = k - 1
        while j >= first and view.pieces[j].syllables in _DETERMINERS:
            j -= 1
        apposed = j - 1 >= first and view.pieces[j].text == "," and _apposed_member(view, j - 1, first)
        copula = ends_with_any(view, j, _MEMBER_COPULAS, first) if j >= first else None
        if not apposed and copula is None:
            return []
        subject_at = j if apposed else copula  # "X là / trở_thành thành_viên của Y"
        if not apposed and unrealised_before(view, copula, first):
            return []  # "X muốn trở_thành thành_viên", "X không phải là thành_viên": no member
    if apposed:
        # "Thổ_Nhĩ_Kỳ , một thành_viên của NATO ,": the name the apposition describes
        subjects = [Argument(view.pieces[subject_at - 1].mention, subject_at - 1)]
    else:
        subjects = subject_before(
            view, subject_at, {EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON}, times, allow_pronoun=False
        )
    if not subjects:
        return []
    last = view.bounds(k)[1]
    for step in range(end, min(last, end + 8)):
        piece = view.pieces[step]
        if piece.mention is not None:
            if apposed and step + 1 < last and not is_barrier(view.pieces[step + 1]):
                return []  # the apposition goes on past the body: not the body the name is a member of
            if piece.mention.type in ORG_TYPES:
                return [
                    Statement(s.mention, "memberOf", piece.mention, provenance(view, s.piece, step, EXTRACTOR, 0.8))
                    for s in subjects
                ]
            return []
        if is_barrier(piece) or view.match_any(step, _UNNAMED_PARTS) is not None:
            return []  # "là thành_viên Hội_đồng thành_viên của Y": a seat on a part of Y, a post
    return []


def _apposed_member(view: ArticleView, k: int, first: int) -> bool:
    """Whether piece ``k`` names a country or body that an apposition after it describes, and is
    no item of a list ("A , B , một thành_viên …"); a person "thành_viên" of a body holds a
    seat there, a post the roles read."""
    mention = view.pieces[k].mention
    if mention is None or mention.reference or mention.type not in {EntityType.COUNTRY, EntityType.ORGANIZATION}:
        return False
    if title_ending_at(view, k) is not None:
        return False  # "Chủ_nhiệm Ủy_ban X , Ủy_viên Ủy_ban Y": the apposition describes the title's holder
    return not (k - 2 >= first and view.pieces[k - 1].text in {",", "và"} and view.pieces[k - 2].mention is not None)


def _agency_country(view: ArticleView, k: int, mention: Mention) -> list[Statement]:
    if mention.type not in ORG_TYPES:
        return []
    found = [m for m in view.inner(mention) if m.type is EntityType.COUNTRY and m.end == mention.end]
    if found:
        return [Statement(mention, "country", found[0], provenance(view, k, k, EXTRACTOR, 0.8))]
    last = view.bounds(k)[1]
    following = view.pieces[k + 1].mention if k + 1 < last else None
    if following is not None and following.type is EntityType.COUNTRY:
        # "Bộ Ngoại_giao Mỹ": a body named with its country after it
        evidence = provenance(view, k, k + 1, EXTRACTOR, 0.7)
        found = [Statement(mention, "country", following, evidence)]
        first = view.bounds(k)[0]
        if k - 1 >= first and ends_with_any(view, k - 1, _COMPANY_KINDS, first) is not None:
            # "công_ty Lockheed_Martin Mỹ": a company written after its kind, then its country, is based there
            found.append(Statement(mention, "locatedIn", following, evidence))
        return found
    first = view.bounds(k)[0]
    if k - 1 >= first and (country := view.pieces[k - 1].mention) is not None and country.type is EntityType.COUNTRY:
        for start in range(max(first, k - 5), k - 1):
            if view.match_any(start, MEDIA_NOUNS) is not None and all(
                view.pieces[i].is_word and not is_barrier(view.pieces[i]) for i in range(start, k - 1)
            ):
                return [Statement(mention, "country", country, provenance(view, start, k, EXTRACTOR, 0.85))]
        if mention.type is EntityType.ORGANIZATION and not country.reference and (kind := _kind_before_country(view, k - 1)) is not None:
            # "hãng xe Hàn_Quốc Hyundai", "đội bóng Nhật_Bản Kashima": the kind, its country, then the name
            return [Statement(mention, "locatedIn", country, provenance(view, kind, k, EXTRACTOR, 0.75))]
    return []


def _kind_before_country(view: ArticleView, country: int) -> int | None:
    """Where the kind of body (``places.from-heads``: "hãng", "tập_đoàn", "đội bóng") opens before the
    country at piece ``country``, past words of size or trade (``places.nation-modifiers``: "hãng xe"), or None."""
    first = view.bounds(country)[0]
    j = country - 1
    while j >= first and view.pieces[j].syllables in _NATION_MODIFIERS:
        j -= 1
    if j < first or not view.pieces[j].is_word:
        return None
    start = ends_with_any(view, j, _FROM_HEADS, first)
    if start is None and (start := ends_with_any(view, j, _COMPANY_KINDS, first)) is None:
        return None
    return start
