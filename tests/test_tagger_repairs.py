"""Repairs of the tagger's spans: each rule of kg/tagger/ on sentences written for it,
with a stand-in for the CRF so that only the repair is tested."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.model import Article, EntityType, Mention
from kg.tagger.mentions import learned_mentions
from helpers import CreditTagger, FixedTagger


def _names(sentence: str, tagged: dict[str, tuple[str, float]], rules: tuple[Mention, ...] = ()) -> list[tuple[str, str]]:
    article = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    return sorted((m.text, m.type.value) for m in learned_mentions(article, rules, FixedTagger(tagged, every_occurrence=True)))


_ORG = ("Organization", 0.9)

# (sentence, names the tagger finds, expected (text, type) of every name after the repairs)
TICKERS = [
    # a ticker right after "mã", and a list of them, each with its figures in brackets
    ("Phiên này mã TQV tăng 2 % .", {"TQV": _ORG}, []),
    ("Hai mã BXT và LMK đứng giá .", {"BXT": _ORG, "LMK": _ORG}, []),
    ("Giảm mạnh là các mã như QNC ( -2,1 % ) , HVT ( -1,3 % ) và PXA ( -0,8 % ) .", {"QNC": _ORG, "HVT": _ORG, "PXA": _ORG}, []),
    # a few lowercase words ending with an opener may stand between "mã" and the list
    ("Một_số mã cổ_phiếu lớn khác như DRX , MVN vẫn tăng .", {"DRX": _ORG, "MVN": _ORG}, []),
    # the list ends at the first other word: a body after it stays
    ("Các mã TQV , HVT tăng nhờ Ngân_hàng Nhà_nước .", {"TQV": _ORG, "HVT": _ORG, "Ngân_hàng Nhà_nước": _ORG}, [("Ngân_hàng Nhà_nước", "Organization")]),
    # a ticker standing for the company itself, with no "mã" before it, stays
    ("TQV công_bố lãi quý ba .", {"TQV": _ORG}, [("TQV", "Organization")]),
    # lowercase words without an opener, or too many of them: no list
    ("Mã độc do nhóm BXT phát_tán .", {"BXT": _ORG}, [("BXT", "Organization")]),
    # a name that is no run of capitals after "mã" stays
    ("Mã như Hòa_Phát tăng .", {"Hòa_Phát": _ORG}, [("Hòa_Phát", "Organization")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), TICKERS)
def test_tagger_tickers_listed_after_ma_are_no_names(sentence, tagged, expected) -> None:
    assert _names(sentence, tagged) == sorted(expected)


def _titled(sentence: str, title: str, name: str) -> Mention:
    """The rules' person ``name`` written right after ``title`` in ``sentence``."""
    at, start = sentence.index(title), sentence.index(name)
    return Mention("t", 0, start, start + len(name), name, EntityType.PERSON, title=title, prefix_start=at, title_span=(at, at + len(title)))


_PERSON = ("Person", 0.9)

# (sentence, title and name the rules found, names the tagger finds, expected (text, type) of every name)
TITLED_CUT_SHORT = [
    # the tagger stops short of the last syllable of a titled Vietnamese name: the rules' name is taken whole
    ("Thượng_tá Đỗ_Minh_Khôi - Phó giám_đốc nói rằng …", ("Thượng_tá", "Đỗ_Minh_Khôi"), {"Đỗ_Minh": _PERSON}, [("Đỗ_Minh_Khôi", "Person")]),
    ("Giáo_sư Hà_Thị_Xuân_Lan cho_biết .", ("Giáo_sư", "Hà_Thị_Xuân_Lan"), {"Hà_Thị": _PERSON}, [("Hà_Thị_Xuân_Lan", "Person")]),
    # not when the rest is a word the corpus writes mostly lowercase: a heading run into the text
    ("Thượng_tá Đỗ_Minh Lần thứ nhất , ông ra Bắc .", ("Thượng_tá", "Đỗ_Minh Lần"), {"Đỗ_Minh": _PERSON}, [("Đỗ_Minh", "Person")]),
    # not a Vietnamese-shaped name: a foreign name may be written by its first part
    ("Tổng_thống Marek Novak phát_biểu .", ("Tổng_thống", "Marek Novak"), {"Marek": _PERSON}, [("Marek", "Person")]),
    # not when the tagger typed the short span otherwise, nor when another tagged name stands in the rest
    ("Thượng_tá Đỗ_Minh_Khôi phát_biểu .", ("Thượng_tá", "Đỗ_Minh_Khôi"), {"Đỗ_Minh": _ORG}, [("Đỗ_Minh", "Organization")]),
    (
        "Thượng_tá Đỗ_Minh_Khôi phát_biểu .",
        ("Thượng_tá", "Đỗ_Minh_Khôi"),
        {"Đỗ_Minh": _PERSON, "Khôi": ("Location", 0.5)},
        [("Đỗ_Minh", "Person"), ("Khôi", "Location")],
    ),
]


@pytest.mark.parametrize(("sentence", "rule", "tagged", "expected"), TITLED_CUT_SHORT)
def test_tagger_a_titled_vietnamese_name_cut_short_at_its_end_takes_the_rules_name(sentence, rule, tagged, expected) -> None:
    assert _names(sentence, tagged, (_titled(sentence, *rule),)) == sorted(expected)


def test_tagger_an_untitled_name_cut_short_at_its_end_stays_as_tagged() -> None:
    sentence = "Anh Đỗ_Minh_Khôi về quê ."
    start = sentence.index("Đỗ_Minh_Khôi")
    rule = Mention("t", 0, start, start + 12, "Đỗ_Minh_Khôi", EntityType.PERSON)
    assert _names(sentence, {"Đỗ_Minh": _PERSON}, (rule,)) == [("Đỗ_Minh", "Person")]


# (sentence, names the tagger finds, expected (text, type) of every name after the repairs)
FOREIGN_BODIES = [
    # "of" between a body's first part and the rest: one name, a body
    ("Ông từng làm tại Bank of Nordland Trust .", {"Bank": _ORG, "Nordland Trust": _PERSON}, [("Bank of Nordland Trust", "Organization")]),
    ("Bà học ở University of Westmoor .", {"University": _PERSON, "Westmoor": ("City", 0.6)}, [("University of Westmoor", "Organization")]),
    # two persons "of" joins, with no word of a body: left as tagged
    ("Ông Peter of Lindholm và Anna gặp nhau .", {"Peter": _PERSON, "Lindholm": ("City", 0.6)}, [("Lindholm", "City"), ("Peter", "Person")]),
    # a Vietnamese name is never joined
    ("Ngân_hàng Đông_Á of Hà_Nội .", {"Ngân_hàng Đông_Á": _ORG, "Hà_Nội": ("City", 0.9)}, [("Hà_Nội", "City"), ("Ngân_hàng Đông_Á", "Organization")]),
    # a foreign name holding a word of a body is a body, whatever the tagger's type
    ("Ông làm ở Hartwell Capital Asia từ 2009 .", {"Hartwell Capital Asia": _PERSON}, [("Hartwell Capital Asia", "Organization")]),
    ("Ông học khóa ngắn của ESMOD Business School .", {"ESMOD Business School": _PERSON}, [("ESMOD Business School", "Organization")]),
    # a person's name without such a word, or one word alone, stays a person
    ("Ông Martin Holloway phát_biểu .", {"Martin Holloway": _PERSON}, [("Martin Holloway", "Person")]),
    ("Ông Capital phát_biểu .", {"Capital": _PERSON}, [("Capital", "Person")]),
    # a Vietnamese name is no foreign body
    ("Chị Ngân Hàng_Group phát_biểu .", {"Ngân Hàng_Group": _PERSON}, [("Ngân Hàng_Group", "Person")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), FOREIGN_BODIES)
def test_tagger_a_foreign_bodys_name_is_one_organisation(sentence, tagged, expected) -> None:
    assert _names(sentence, tagged) == sorted(expected)


# (credit, the tagger's reading of it alone, expected type)
AGENCY_CREDITS = [
    ("Nordvik Images", ("Person", 0.99), "NewsAgency"),
    ("Kestrel_News", ("Person", 0.99), "NewsAgency"),
    ("Halden Press", ("Person", 0.99), "NewsAgency"),
    # a photographer's name stays a person; one word alone is no agency's name by its word
    ("Thu_Trang", ("Person", 0.99), "Person"),
    ("Media", ("Person", 0.99), "Person"),
]


@pytest.mark.parametrize(("credit", "reading", "expected"), AGENCY_CREDITS)
def test_tagger_a_credit_ending_with_an_agencys_word_is_no_photographer(credit, reading, expected) -> None:
    from kg.tagger.mentions import credits_typed

    text = f"Hai đội hòa nhau . Ảnh : {credit}"
    article = analyse(Article(id="t", text=text, source="test", segmented=True))
    start = text.index(credit)
    mention = Mention("t", -1, start, start + len(credit), credit, EntityType.NEWS_AGENCY)
    assert [m.type.value for m in credits_typed(article, (mention,), CreditTagger({credit: reading}))] == [expected]


_CITY = ("City", 0.9)

# (sentence, names the tagger finds, expected (text, type) of every name after the repairs)
CAPITALS = [
    # a foreign capital that speaks, decides or deals is its state
    ("Canberra phản_đối kế_hoạch này .", {"Canberra": _CITY}, [("Canberra", "Country")]),
    ("Ottawa sẽ ký hợp_đồng mua 6 tàu .", {"Ottawa": _CITY}, [("Ottawa", "Country")]),
    ("Nhiều nước gây sức_ép với Canberra về thương_vụ .", {"Canberra": _CITY}, [("Canberra", "Country")]),
    # a clause word before it leaves it the subject; a noun before it makes it the city's
    ("Không rõ tại_sao Canberra phản_đối .", {"Canberra": _CITY}, [("Canberra", "Country")]),
    ("Các khách_sạn Canberra giúp cảnh_sát .", {"Canberra": _CITY}, [("Canberra", "City")]),
    # where something happens it is the city
    ("Hội_nghị diễn ra tại Canberra và Ottawa phản_đối .", {"Canberra": _CITY}, [("Canberra", "City")]),
    ("Canberra nằm bên một hồ lớn .", {"Canberra": _CITY}, [("Canberra", "City")]),
    # the home country's capital is its city's own government; a city that is no capital stays
    ("Hà_Nội quyết_định mở_rộng đường .", {"Hà_Nội": _CITY}, [("Hà_Nội", "City")]),
    ("Darwin phản_đối kế_hoạch này .", {"Darwin": _CITY}, [("Darwin", "City")]),
    # another type the tagger gave is left to the resolver
    ("Roma quyết_định mua tiền_đạo .", {"Roma": _ORG}, [("Roma", "Organization")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), CAPITALS)
def test_tagger_a_foreign_capital_acting_for_its_state_is_the_country(sentence, tagged, expected) -> None:
    assert _names(sentence, tagged) == sorted(expected)


_LOC = ("Location", 0.8)

# (sentence, names the tagger finds, expected (text, type) of every name after the repairs)
STORMS = [
    ("Siêu bão Mai_Lan đổ_bộ vào Quảng_Ngãi .", {"Mai_Lan": _PERSON, "Quảng_Ngãi": ("Region", 0.9)}, [("Quảng_Ngãi", "Region")]),
    ("Ảnh_hưởng của cơn bão Tembin , trời mưa to .", {"Tembin": _LOC}, []),
    ("Áp_thấp nhiệt_đới Kalong suy_yếu .", {"Kalong": _LOC}, [("Kalong", "Location")]),
    ("Vùng áp thấp nhiệt đới Kalong suy_yếu .", {"Kalong": _LOC}, []),
    # "Bão" capitalised is a name of its own; "bão" not right before the name leaves it
    ("Ông Bão Minh_Tuấn phát_biểu .", {"Minh_Tuấn": _PERSON}, [("Minh_Tuấn", "Person")]),
    ("Sau bão , Hà_Lan gửi hàng cứu_trợ .", {"Hà_Lan": ("Country", 0.9)}, [("Hà_Lan", "Country")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), STORMS)
def test_tagger_a_storms_name_is_no_entity(sentence, tagged, expected) -> None:
    assert _names(sentence, tagged) == sorted(expected)


_CITY = ("City", 0.9)
_REGION = ("Region", 0.9)

# (sentence, names the tagger finds, expected (text, type) of every name after the repairs);
# the rules' names are the rule-based recogniser's own
LOCAL_BODIES = [
    # the tagger stops at the body and tags the place alone: the body with its place is one name
    ("Theo HĐND thành_phố Đà_Nẵng , dự_án đã xong .", {"HĐND": _ORG, "Đà_Nẵng": _CITY}, [("HĐND thành_phố Đà_Nẵng", "Organization")]),
    ("Hôm_qua , UBND tỉnh Quảng_Nam đã họp .", {"UBND": _ORG, "Quảng_Nam": _REGION}, [("UBND tỉnh Quảng_Nam", "Organization")]),
    # the tagger stops inside the level word
    ("Ủy_ban nhân_dân Thành phố Hà_Nội vừa họp .", {"Ủy_ban nhân_dân Thành": _ORG, "Hà_Nội": _CITY}, [("Ủy_ban nhân_dân Thành phố Hà_Nội", "Organization")]),
    # no level word between them: two names
    ("Sáng nay , UBND và Hà_Nội đã họp .", {"UBND": _ORG, "Hà_Nội": _CITY}, [("Hà_Nội", "City"), ("UBND", "Organization")]),
    # a person tagged inside the rest: the tagger's names stand
    ("Chủ_tịch UBND xã Nguyễn_Văn_An đã ký .", {"UBND": _ORG, "Nguyễn_Văn_An": _PERSON}, [("Nguyễn_Văn_An", "Person"), ("UBND", "Organization")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), LOCAL_BODIES)
def test_tagger_local_body_takes_its_level_word_and_place(sentence, tagged, expected) -> None:
    from kg.extract.mentions import find_mentions

    article = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    rules = find_mentions(article)
    found = learned_mentions(article, rules, FixedTagger(tagged, every_occurrence=True))
    assert sorted((m.text, m.type.value) for m in found if not m.reference) == sorted(expected)


# (sentence, names the tagger finds, expected (text, type) of every name after the repairs)
RESULTS_ROWS = [
    # a results table run into one line: the scores cut the names
    ("Kết_quả : Lazio 1-1 Sevilla_FC , Benfica 2 - 0 Anderlecht .", {"Lazio 1-1 Sevilla_FC": _ORG, "Benfica 2 - 0 Anderlecht": _ORG},
     [("Lazio", "Organization"), ("Sevilla_FC", "Organization"), ("Benfica", "Organization"), ("Anderlecht", "Organization")]),
    # two listed clubs written one after the other between scores are two names
    ("Kết_quả : Everton 0-3 Galatasaray Feyenoord 2–1 Olympiacos .", {"Everton": _ORG, "Galatasaray Feyenoord": _ORG, "Olympiacos": _ORG},
     [("Everton", "Organization"), ("Galatasaray", "Organization"), ("Feyenoord", "Organization"), ("Olympiacos", "Organization")]),
    # a body and its country outside a results row stay one name; a score elsewhere in the sentence changes nothing
    ("Bộ Quốc_phòng Mỹ cho_biết trận đấu kết_thúc 2-1 .", {"Bộ Quốc_phòng Mỹ": _ORG}, [("Bộ Quốc_phòng Mỹ", "Organization")]),
    # a number with a hyphen inside a name is no score
    ("Máy_bay FA-50 của KAI bay thử .", {"KAI": _ORG}, [("KAI", "Organization")]),
    # (the score after "Lào" makes it a side of the match, a team: ``kg.tagger.teams``)
    ("Đội U-23 Việt_Nam thắng Lào 2-0 .", {"U-23 Việt_Nam": _ORG, "Lào": ("Country", 0.9)}, [("U-23 Việt_Nam", "Organization"), ("Lào", "Organization")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), RESULTS_ROWS)
def test_tagger_results_rows_cut_at_scores(sentence, tagged, expected) -> None:
    assert _names(sentence, tagged) == sorted(expected)


_COUNTRY = ("Country", 0.9)

# (sentence, names the tagger finds, expected (text, type) of every name after the repairs)
PLACE_THEN_BODY = [
    # a listed place and the listed agency or body after it, read as one name: two names
    ("Hãng thông_tấn trung_ương Triều_Tiên_KCNA đưa tin .", {"Triều_Tiên_KCNA": _COUNTRY}, [("Triều_Tiên", "Country"), ("KCNA", "NewsAgency")]),
    ("Tập_đoàn năng_lượng Nga Gazprom cho_biết .", {"Nga Gazprom": _ORG}, [("Nga", "Country"), ("Gazprom", "Organization")]),
    # a body qualified by the country after it stays one name
    ("Bộ Quốc_phòng Mỹ cho_biết .", {"Bộ Quốc_phòng Mỹ": _ORG}, [("Bộ Quốc_phòng Mỹ", "Organization")]),
    # a name the lists hold whole stays whole
    ("Ngân_hàng Nhà_nước Việt_Nam cho_biết .", {"Ngân_hàng Nhà_nước Việt_Nam": _ORG}, [("Ngân_hàng Nhà_nước Việt_Nam", "Organization")]),
    # the rest is no listed body: one name
    ("Hãng Nhật Minh_Long cho_biết .", {"Nhật Minh_Long": _ORG}, [("Nhật Minh_Long", "Organization")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), PLACE_THEN_BODY)
def test_tagger_place_then_listed_body_is_two_names(sentence, tagged, expected) -> None:
    assert _names(sentence, tagged) == sorted(expected)


_ORG_UNSURE = ("Organization", 0.55)

# (sentence, names the tagger finds, expected (text, type) of every name after the repairs)
ACT_SPANS = [
    # a span run over the adverb and the verb before a titled name is no name
    (
        "Bà Lena_Park đã hội_kiến Chủ_tịch Quốc_hội Trần_Văn_Hùng .",
        {"Lena_Park": _PERSON, "đã hội_kiến Chủ_tịch Quốc_hội": _ORG_UNSURE, "Trần_Văn_Hùng": _PERSON},
        [("Lena_Park", "Person"), ("Trần_Văn_Hùng", "Person")],
    ),
    ("Ông Lê_Minh gặp Bộ Y_tế .", {"gặp Bộ Y_tế": _ORG_UNSURE}, []),
    ("Đoàn sẽ thăm Viện Pasteur .", {"sẽ thăm Viện Pasteur": _ORG_UNSURE}, []),
    # a verb of visiting between two capitalised words
    (
        "Ông Lê_Minh mời Tổng_thống Hollande thăm Việt_Nam .",
        {"Hollande thăm Việt_Nam": _ORG_UNSURE},
        [],
    ),
    ("Tổng_thống Obama hội_kiến Đức Giáo_hoàng Francis .", {"Obama hội_kiến Đức Giáo_hoàng": _ORG_UNSURE, "Francis": _PERSON}, [("Francis", "Person")]),
    # exploring is no visit; lowercase heads that are no act stay: a body's, a region's
    ("Ông Lê_Minh làm ở Tổng_công_ty thăm_dò khai_thác Dầu_khí .", {"Tổng_công_ty thăm_dò khai_thác Dầu_khí": _ORG}, [("Tổng_công_ty thăm_dò khai_thác Dầu_khí", "Organization")]),
    ("Ông Lê_Minh làm ở trường Quốc_Học .", {"trường Quốc_Học": _ORG}, [("trường Quốc_Học", "Organization")]),
    ("Mưa lớn ở miền Trung .", {"miền Trung": ("Region", 0.9)}, [("miền Trung", "Region")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), ACT_SPANS)
def test_tagger_a_span_opening_with_an_act_is_no_name(sentence, tagged, expected) -> None:
    assert _names(sentence, tagged) == sorted(expected)


def _place(sentence: str, name: str, entity_type: EntityType = EntityType.COUNTRY) -> Mention:
    """The rules' listed place ``name`` in ``sentence``."""
    start = sentence.index(name)
    return Mention("t", 0, start, start + len(name), name, entity_type)


_COUNTRY = ("Country", 0.9)

# (sentence, place the rules found, names the tagger finds, expected (text, type) of every name)
COUNTED_PLACES = [
    # the tagger drops a listed place right before "lần": the rules' place is kept
    ("Ông Kerry thăm Việt_Nam lần thứ 3 .", _place("Ông Kerry thăm Việt_Nam lần thứ 3 .", "Việt_Nam"), {"Kerry": _PERSON}, [("Kerry", "Person"), ("Việt_Nam", "Country")]),
    ("Đoàn tới Huế lần đầu .", _place("Đoàn tới Huế lần đầu .", "Huế", EntityType.CITY), {}, [("Huế", "City")]),
    # a tagged span touching the place decides
    ("Ông Kerry thăm Việt_Nam lần thứ 3 .", _place("Ông Kerry thăm Việt_Nam lần thứ 3 .", "Việt_Nam"), {"Việt_Nam": _COUNTRY}, [("Việt_Nam", "Country")]),
    # no count word after the place: the tagger's choice stands
    ("Ông Kerry thăm Việt_Nam vào tháng 3 .", _place("Ông Kerry thăm Việt_Nam vào tháng 3 .", "Việt_Nam"), {"Kerry": _PERSON}, [("Kerry", "Person")]),
    # a name the gazetteers do not list is not kept
    ("Ông Kerry thăm Zorvania lần thứ 3 .", _place("Ông Kerry thăm Zorvania lần thứ 3 .", "Zorvania"), {"Kerry": _PERSON}, [("Kerry", "Person")]),
]


@pytest.mark.parametrize(("sentence", "place", "tagged", "expected"), COUNTED_PLACES)
def test_tagger_a_listed_place_before_a_count_is_kept(sentence, place, tagged, expected) -> None:
    assert _names(sentence, tagged, (place,)) == sorted(expected)


# (sentence, names the tagger finds, expected (text, type) of every name)
GLUED_SURNAMES = [
    # a surname glued to the end of the name before goes back to the person
    (
        "Chủ_tịch UBND TP Hồ_Chí_Minh_Phan Văn_Mãi đã làm_việc .",
        {"UBND TP Hồ_Chí_Minh_Phan": _ORG, "Văn_Mãi": _PERSON},
        [("UBND TP Hồ_Chí_Minh", "Organization"), ("Phan Văn_Mãi", "Person")],
    ),
    (
        "Giám_đốc Sở Y_tế Đà_Nẵng_Lê Thị_Hoa phát_biểu .",
        {"Sở Y_tế Đà_Nẵng_Lê": _ORG, "Thị_Hoa": _PERSON},
        [("Sở Y_tế Đà_Nẵng", "Organization"), ("Lê Thị_Hoa", "Person")],
    ),
    # the glued word is no surname: nothing moves
    (
        "Chủ_tịch Sở Y_tế Đà_Nẵng_Xanh Văn_Mãi đến .",
        {"Sở Y_tế Đà_Nẵng_Xanh": _ORG, "Văn_Mãi": _PERSON},
        [("Sở Y_tế Đà_Nẵng_Xanh", "Organization"), ("Văn_Mãi", "Person")],
    ),
    # no person right after: nothing moves
    ("Người_dân TP Hồ_Chí_Minh_Phan thiết_lập .", {"TP Hồ_Chí_Minh_Phan": _ORG}, [("TP Hồ_Chí_Minh_Phan", "Organization")]),
    # the surname would make no Vietnamese name of the person (a foreign name)
    (
        "Đại_sứ Hàn_Quốc_Lê John Smith Baker đến .",
        {"Hàn_Quốc_Lê": _COUNTRY, "John Smith Baker": _PERSON},
        [("Hàn_Quốc_Lê", "Country"), ("John Smith Baker", "Person")],
    ),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), GLUED_SURNAMES)
def test_tagger_a_surname_glued_to_the_name_before_goes_to_its_person(sentence, tagged, expected) -> None:
    assert _names(sentence, tagged) == sorted(expected)


def test_tagger_a_place_ending_in_a_surname_keeps_it_before_a_full_name() -> None:
    sentence = "Giám_đốc Công_an tỉnh Bình_Dương Lê_Văn_Hùng nói ."
    tagged = {"Công_an tỉnh Bình_Dương": _ORG, "Lê_Văn_Hùng": _PERSON}
    assert _names(sentence, tagged) == sorted([("Công_an tỉnh Bình_Dương", "Organization"), ("Lê_Văn_Hùng", "Person")])


# a place inside the name of a recurring event, after no verb of a journey, is left to the tagger
COUNTED_EVENT_NAMES = [
    "Liên_hoan hữu_nghị Lào - Việt_Nam lần thứ 4 khai_mạc .",
    "Đại_hội Thể_thao Việt_Nam lần thứ 8 bế_mạc .",
    "Các đội tham_dự Giải_thưởng Việt_Nam lần thứ 2 .",
]


@pytest.mark.parametrize("sentence", COUNTED_EVENT_NAMES)
def test_tagger_a_place_in_a_counted_event_name_is_not_kept(sentence) -> None:
    assert _names(sentence, {}, (_place(sentence, "Việt_Nam"),)) == []


def _body(sentence: str, name: str) -> Mention:
    """The rules' body ``name`` in ``sentence``."""
    start = sentence.index(name)
    return Mention("t", 0, start, start + len(name), name, EntityType.ORGANIZATION)


# (sentence, body the rules found, names the tagger finds, expected (text, type) of every name)
TRAILING_WORDS = [
    # the tagger runs on over the verb after the body: cut back to the rules' name
    (
        "TAND tỉnh Bắc_Ninh tuyên_phạt bị_cáo 5 năm tù .",
        "TAND tỉnh Bắc_Ninh",
        {"TAND tỉnh Bắc_Ninh tuyên_phạt": _ORG},
        [("TAND tỉnh Bắc_Ninh", "Organization")],
    ),
    ("Công_an huyện Gia_Lâm đã bắt 3 người .", "Công_an huyện Gia_Lâm", {"Công_an huyện Gia_Lâm đã": _ORG}, [("Công_an huyện Gia_Lâm", "Organization")]),
    ("Sở Tài_chính cho biết giá tăng .", "Sở Tài_chính", {"Sở Tài_chính cho biết": _ORG}, [("Sở Tài_chính", "Organization")]),
    # lowercase words of a name, and a level word, are no verb: the tagged span stays
    ("UBND tỉnh họp sáng nay .", "UBND", {"UBND tỉnh": _ORG}, [("UBND tỉnh", "Organization")]),
    ("Ban Tổng giám_đốc họp .", "Ban Tổng", {"Ban Tổng giám_đốc": _ORG}, [("Ban Tổng giám_đốc", "Organization")]),
    ("Viện KSND tối_cao ra quyết_định .", "Viện KSND", {"Viện KSND tối_cao": _ORG}, [("Viện KSND tối_cao", "Organization")]),
]


@pytest.mark.parametrize(("sentence", "body", "tagged", "expected"), TRAILING_WORDS)
def test_tagger_a_span_run_on_over_a_verb_is_cut_back_to_the_rules_name(sentence, body, tagged, expected) -> None:
    assert _names(sentence, tagged, (_body(sentence, body),)) == sorted(expected)


# (sentence, title and name the rules found, names the tagger finds, expected (text, type) of every name)
TITLED_LEFT_OUT = [
    # a foreign name after the title of a state's post, which the tagger leaves out, is a person
    ("Ngoại_trưởng Nhật_Bản Kishida Fumio đến Hà_Nội .", ("Ngoại_trưởng Nhật_Bản", "Kishida Fumio"), {}, [("Kishida Fumio", "Person")]),
    ("Bộ_trưởng Nội_vụ Mexico Osvaldo Ruiz phát_biểu .", ("Bộ_trưởng Nội_vụ Mexico", "Osvaldo Ruiz"), {}, [("Osvaldo Ruiz", "Person")]),
    # not after a title that is no state's post, nor a Vietnamese or one-word name
    ("Giám_khảo The Voice nhận_xét .", ("Giám_khảo", "The Voice"), {}, []),
    ("Bộ_trưởng Nội_vụ Mexico Chong phát_biểu .", ("Bộ_trưởng Nội_vụ Mexico", "Chong"), {}, []),
    ("Chủ_tịch Quốc_hội Trần_Văn_Khóa phát_biểu .", ("Chủ_tịch Quốc_hội", "Trần_Văn_Khóa"), {}, []),
    # a tagged span touching the name decides
    ("Ngoại_trưởng Nhật_Bản Kishida Fumio đến .", ("Ngoại_trưởng Nhật_Bản", "Kishida Fumio"), {"Kishida": _ORG}, [("Kishida", "Organization")]),
]


@pytest.mark.parametrize(("sentence", "rule", "tagged", "expected"), TITLED_LEFT_OUT)
def test_tagger_a_foreign_name_after_a_state_title_left_out_is_a_person(sentence, rule, tagged, expected) -> None:
    assert _names(sentence, tagged, (_titled(sentence, *rule),)) == sorted(expected)
