"""Things of one name that are not one thing: a province and its club, a person and a street,
a listed body and the longer name it ends, one ministry in two countries."""

from __future__ import annotations

import pytest

from kg.model import AnalysedArticle, Article, EntityType, Extraction, Mention
from kg.resolve import resolve
from kg.resolve.actors import acts
from kg.resolve.aliases import default_alias_table
from kg.resolve.branches import branch_country
from kg.resolve.clubs import sponsor_initial_before
from kg.resolve.credits import is_byline_at_end
from kg.resolve.seats import at_building
from kg.resolve.streets import house_number_level
from kg.resolve.teams import in_match
from test_resolve_support import Say, make_extraction


def _entity(resolution, article_id: str, text: str) -> str | None:
    found = {d.entity_id for d in resolution.decisions if d.mention.article_id == article_id and d.mention.text == text}
    assert len(found) == 1, found
    return found.pop()


def _same(pieces_a: list, pieces_b: list, name_a: str, name_b: str | None = None) -> bool:
    resolution = resolve([make_extraction("a1", *pieces_a), make_extraction("a2", *pieces_b)])
    return _entity(resolution, "a1", name_a) == _entity(resolution, "a2", name_b or name_a)


_PROVINCE = ["Mưa", "lớn", "ở", "tỉnh", Say("Bình_Phước", "Region"), "."]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("cửa hàng xăng dầu ở 171 ", True),
        ("trụ sở tại số 12A ", True),
        ("nhà 25/3 ", True),
        ("mua sách tại nhà sách Tiền Phong, 17 ", True),
        # a rank, a year, a count: no address
        ("hạt giống số 8 ", False),
        ("Đội CSGT số 1, ", False),
        ("vào năm 2013 ", False),
        ("ghi bàn ở phút 34 ", False),
        ("Trong đó, 17 ", False),
        ("ngày 15/10, 17 ", False),
    ],
)
def test_a_house_number_after_a_word_of_address(text, street):
    assert (house_number_level(text, len(text)) is not None) is street


@pytest.mark.parametrize(
    ("text", "sponsor"),
    [
        ("gắn bó với V.", True),
        ("(B.", True),
        # a level written as an initial, a sentence's end, a level word
        ("tại Q.", False),
        ("cao nhất 28 độ C. ", False),
        ("TP.", False),
    ],
)
def test_a_sponsors_initial_glued_to_a_name(text, sponsor):
    assert sponsor_initial_before(text, len(text)) is sponsor


@pytest.mark.parametrize(
    ("text", "name", "byline"),
    [
        ("Đồng bào vượt qua khó khăn. Hải Dương", "Hải Dương", True),
        ("Đồng bào vượt qua khó khăn. Hải Dương.", "Hải Dương", True),
        # the whole text, or a name the text goes on after
        ("Hải Dương", "Hải Dương", False),
        ("Đồng bào vượt qua khó khăn. Hải Dương có mưa.", "Hải Dương", False),
        ("Mưa lớn ở Hải Dương", "Hải Dương", False),
        ("Mưa lớn ở Q.Hải Dương", "Hải Dương", False),
    ],
)
def test_a_name_standing_alone_at_the_end(text, name, byline):
    start = text.index(name)
    assert is_byline_at_end(text, start, start + len(name)) is byline


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        ("Moskva được coi là hiện thân của hòa bình", "Moskva", True),
        ("khiến Damascus lên tiếng đe dọa trả đũa", "Damascus", True),
        ("Washington luôn đánh giá cao những cố gắng đó", "Washington", True),
        ("chương trình gián điệp do Washington đứng đầu", "Washington", True),
        ("Snowden được Matxcơva cho phép tị nạn", "Matxcơva", True),
        ("Bangkok đưa ra đề nghị trên", "Bangkok", True),
        ("Đó là lý do Bangkok nhiều lần phản đối", "Bangkok", True),
        ("do Bangkok và Manila có tranh chấp lãnh thổ", "Manila", True),
        # the city
        ("cuộc họp tại Washington có nhiều nghị sĩ", "Washington", False),
        ("sân bay Wattay của Vientiane", "Vientiane", False),
        ("Kospi của Seoul tăng 3 điểm", "Seoul", False),
    ],
)
def test_more_ways_a_capital_acts(text, name, party):
    start = text.index(name)
    assert acts(text, start, start + len(name)) is party


@pytest.mark.parametrize(
    ("pieces", "same"),
    [
        # a street after its house number, a bridge, a byline: not the province
        (["Cửa_hàng", "ở", "171", Say("Bình_Phước", "Region"), "đóng_cửa", "."], False),
        (["Xe", "qua", "cầu_vượt", Say("Bình_Phước", "Region"), "thì", "đâm", "."], False),
        (["Đồng_bào", "vượt", "qua", "khó_khăn", ".", Say("Bình_Phước", "Region")], False),
        # the province itself
        (["Lũ", "về", "ở", Say("Bình_Phước", "Region"), "."], True),
        (["Mưa", "lớn", "kéo_dài", ".", Say("Bình_Phước", "Region"), "có", "lũ", "."], True),
    ],
)
def test_a_provinces_name_for_another_thing(pieces, same):
    assert _same(pieces, _PROVINCE, "Bình_Phước") is same


@pytest.mark.parametrize(("before", "same"), [("gắn_bó với V.", False), ("gắn_bó với Q.", True), ("28 độ C. ", True)])
def test_a_sponsors_initial_glued_to_the_province(before, same):
    text = f"HLV Sỹ {before}Bình_Phước vào mùa giải mới ."
    start = text.index("Bình_Phước")
    mention = Mention("a1", 0, start, start + len("Bình_Phước"), "Bình_Phước", EntityType.REGION)
    club = Extraction(AnalysedArticle(Article(id="a1", text=text, source="a1.txt"), (), None, None, None, None), (mention,))
    resolution = resolve([club, make_extraction("a2", *_PROVINCE)])
    assert (_entity(resolution, "a1", "Bình_Phước") == _entity(resolution, "a2", "Bình_Phước")) is same


def test_a_person_and_the_street_named_after_him():
    street = ["Cửa_hàng", "xăng", "dầu", "ở", "171", Say("Trường_Chinh", "Person"), "được", "phép", "kinh_doanh", "."]
    person = ["Tổng_Bí_thư", Say("Trường_Chinh", "Person"), "đọc", "diễn_văn", "."]
    assert not _same(street, person, "Trường_Chinh")
    # a rank is no house number: the seed is the player
    seed = ["Bị", "loại", "còn", "có", "hạt_giống", "số", "8", Say("Trường_Chinh", "Person"), "."]
    assert _same(seed, person, "Trường_Chinh")


def _squad(*clubs: tuple[str, str], team: bool) -> list:
    pieces: list = ["Danh_sách", Say("U22_Việt_Nam", "Organization") if team else "đoàn", ":"]
    players = ["Nguyễn_Văn_An", "Trần_Văn_Bình", "Lê_Văn_Cường", "Phạm_Văn_Dũng"]
    for i, (club, kind) in enumerate(clubs):
        if i:
            pieces.append(",")
        pieces += [Say(players[i]), "(", Say(club, kind), ")"]
    return pieces + ["."]


@pytest.mark.parametrize(
    ("clubs", "team", "club"),
    [
        # a team's squad: one club by type is enough
        ((("An_Giang", "Region"), ("Đồng_Tháp", "Region"), ("SLNA", "Organization")), True, True),
        ((("Đồng_Tháp", "Region"), ("SLNA", "Organization"), ("An_Giang", "Region"), ("Cần_Thơ", "City")), True, True),
        # no team named: places in brackets are where people come from
        ((("An_Giang", "Region"), ("Đồng_Tháp", "Region"), ("SLNA", "Organization")), False, False),
        # a team, but no club at all
        ((("An_Giang", "Region"), ("Đồng_Tháp", "Region"), ("Cần_Thơ", "City")), True, False),
    ],
)
def test_a_squad_list_of_provinces_clubs(clubs, team, club):
    province = ["Lũ", "ở", "tỉnh", Say("An_Giang", "Region"), "."]
    assert _same(_squad(*clubs, team=team), province, "An_Giang") is not club


@pytest.mark.parametrize(
    ("pieces", "acronym", "joined"),
    [
        # a listed name or an acronym before the brackets ends a longer name: no definition
        (["Quỹ", "Nhi_đồng", Say("Liên_Hợp_Quốc", "Organization"), "(", Say("UNICEF", "Organization"), ")", "."], "UNICEF", False),
        (["Trung_tâm", "Hỗ_trợ", "nhân_đạo", Say("ASEAN", "Organization"), "(", Say("AHA", "Organization"), ")", "."], "AHA", False),
        # a name of its own before the brackets defines it
        ([Say("Tập_đoàn_Dầu_khí_Việt_Nam", "Organization"), "(", Say("PVN", "Organization"), ")", "."], "PVN", True),
    ],
)
def test_an_acronym_in_brackets_after_a_listed_name(pieces, acronym, joined):
    resolution = resolve([make_extraction("a1", *pieces)])
    name = next(p.text for p in pieces if isinstance(p, Say) and p.text != acronym)
    assert (_entity(resolution, "a1", acronym) == _entity(resolution, "a1", name)) is joined


@pytest.mark.parametrize(
    ("pieces", "apart"),
    [
        # the sentence took a foreign country's side before the body
        (["Trong", "khi", "đó", ",", "về", "phía", Say("Philippines", "Country"), ",", "người_phát_ngôn",
          Say("Bộ_Quốc_phòng", "Organization"), "Peter", "Galvez", "cho", "biết", "."], True),
        (["Từ", "phía", Say("Philippines", "Country"), ",", Say("Bộ_Quốc_phòng", "Organization"), "phản_đối", "."], True),
        # a country named in the sentence without taking its side: the home news' body, held as a post
        (["Máy_bay", "bán", "cho", Say("Philippines", "Country"), ",", "người_phát_ngôn",
          Say("Bộ_Quốc_phòng", "Organization"), "cho", "biết", "."], False),
    ],
)
def test_a_body_on_a_countrys_side(pieces, apart):
    home = ["Đại_tướng", "thăm", Say("Bộ_Quốc_phòng", "Organization"), "."]
    assert _same(pieces, home, "Bộ_Quốc_phòng") is not apart


@pytest.mark.parametrize(
    ("text", "name", "building"),
    [
        ("một phái đoàn tình báo Đức đến Nhà Trắng.", "Nhà Trắng", True),
        ("Snowden đã tới thăm điện Kremlin và các viện bảo tàng", "Kremlin", True),
        ("biểu tình trước Lầu Năm Góc", "Lầu Năm Góc", True),
        # the government
        ("Nhà Trắng cho biết sẽ xem xét", "Nhà Trắng", False),
        ("thực quyền nằm trong tay các nhân vật trong điện Kremlin", "Kremlin", False),
        ("quyết định của Nhà Trắng", "Nhà Trắng", False),
    ],
)
def test_a_seat_of_government_as_a_building(text, name, building):
    start = text.index(name)
    assert at_building(text, start) is building


def test_the_building_is_not_the_government():
    building = ["Phái_đoàn", "đến", Say("Nhà_Trắng", "Organization"), "."]
    government = [Say("Nhà_Trắng", "Organization"), "cho", "biết", "."]
    assert not _same(building, government, "Nhà_Trắng")
    assert _same(["Phái_đoàn", "tới", Say("Nhà_Trắng", "Organization"), "."], building, "Nhà_Trắng")


@pytest.mark.parametrize(
    ("pieces", "same"),
    [
        # a word for a country before the country's name: the home country's body
        (["Thủ_tướng", Say("Chính_phủ_nước_CHXHCN_Việt_Nam", "Organization"), "gửi", "điện", "."], True),
        (["Thủ_tướng", Say("Chính_phủ_nước_CHDCND_Lào", "Organization"), "gửi", "điện", "."], False),
        # the article names the home body and another: a post held at the bare body is the home one's
        (["Thủ_tướng", Say("Chính_phủ_Việt_Nam", "Organization"), "và", "Thủ_tướng", Say("Chính_phủ_Lào", "Organization"),
          "gửi", "điện", ".", "Phó_Thủ_tướng", Say("Chính_phủ", "Organization"), "dự", "."], True),
        # only another country's body named before: the bare one is still that country's
        (["Thủ_tướng", Say("Chính_phủ_Lào", "Organization"), "phát_biểu", ".", "Phó_Thủ_tướng", Say("Chính_phủ", "Organization"),
          "dự", "."], False),
    ],
)
def test_a_governments_country(pieces, same):
    home = ["Nghị_quyết", "của", Say("Chính_phủ_Việt_Nam", "Organization"), "."]
    last = [p for p in pieces if isinstance(p, Say)][-1].text
    assert _same(pieces, home, last, "Chính_phủ_Việt_Nam") is same


@pytest.mark.parametrize(
    ("pieces", "same"),
    [
        # the home news' party named bare is its listed name's
        (["Nghị_quyết", "của", Say("Đảng", "Organization"), "."], True),
        # another country's party named with it is not
        (["Nghị_quyết", "của", Say("Đảng", "Organization"), "và", "Nhà_nước", "Lào", "."], False),
    ],
)
def test_the_party_named_bare(pieces, same):
    listed = ["Ban", "Bí_thư", Say("Đảng_Cộng_sản_Việt_Nam", "Organization"), "."]
    assert _same(pieces, listed, "Đảng", "Đảng_Cộng_sản_Việt_Nam") is same


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Abbott Việt Nam", "Việt Nam"),
        ("Honda Nhật Bản", "Nhật Bản"),
        # a Vietnamese name, a name without a country, a one-word country
        ("Nguyễn Việt Nam", None),
        ("Kim Jong Un", None),
        ("Abbott", None),
    ],
)
def test_a_companys_branch_named_with_its_country(name, country):
    assert branch_country(name, default_alias_table()) == country


def test_the_branch_is_no_persons_full_name():
    branch = ["Tổng_giám_đốc", Say("Abbott_Việt_Nam"), "cho", "biết", "."]
    company = ["Hãng", Say("Abbott"), "thu", "hồi", "sản_phẩm", "."]
    resolution = resolve([make_extraction("a1", *branch, *company)])
    assert _entity(resolution, "a1", "Abbott") != _entity(resolution, "a1", "Abbott_Việt_Nam")
    assert _entity(resolution, "a1", "Abbott_Việt_Nam").startswith("organization/")


@pytest.mark.parametrize(
    ("kind", "river"),
    [
        # typed only a location in an article that writes the river: the river
        ("Location", True),
        # typed the city: the city
        ("City", False),
    ],
)
def test_a_citys_name_for_its_river(kind, river):
    article = ["Nước", "sông", Say("Sài_Gòn", "Location"), "dâng", "cao", ".", "Mực", "nước", "hệ_thống",
               Say("Sài_Gòn", kind), "sẽ", "rút", "."]
    resolution = resolve([make_extraction("a1", *article), make_extraction("a2", "Kẹt", "xe", "ở", Say("Sài_Gòn", "City"), ".")])
    bare = [d.entity_id for d in resolution.decisions if d.mention.article_id == "a1"]
    city = _entity(resolution, "a2", "Sài_Gòn")
    assert bare[0] != city
    assert (bare[1] == bare[0]) is river
    assert (bare[1] != city) is river


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("Phút 34, Kyi Ly mở tỷ số 1-0 cho Lào.", "Lào", True),
        ("Hậu vệ tranh bóng với cầu thủ của Brunei và bị thổi phạt đền.", "Brunei", True),
        ("Đó là trận thắng trước Campuchia ở vòng bảng.", "Campuchia", True),
        # "cho" with no word of a match in the sentence
        ("Nhật Bản viện trợ 10 triệu USD cho Lào.", "Lào", False),
    ],
)
def test_more_ways_to_name_a_side_of_a_match(text, name, side):
    start = text.index(name)
    assert in_match(text, start, start + len(name)) is side


@pytest.mark.parametrize(
    ("sports", "same"),
    [
        # typed a body in an article that names a team: one of the country's teams, kept to its article
        (True, False),
        # no team named: left as it is
        (False, True),
    ],
)
def test_a_countrys_name_typed_a_body_in_sports_news(sports, same):
    first = ([Say("U21_Malaysia", "Organization"), "tập", "."] if sports else []) + ["Trận", "với", Say("Malaysia", "Organization"), "."]
    second = ([Say("U23_Malaysia", "Organization"), "tập", "."] if sports else []) + ["Kết_quả", "của", Say("Malaysia", "Organization"), "."]
    assert _same(first, second, "Malaysia") is same


@pytest.mark.parametrize(
    ("pieces", "state"),
    [
        # a capital typed a body: the state that decides
        ([Say("Manila", "Organization"), "cũng", "đã", "quyết_định", "mua", "thêm", "."], True),
        # after a preposition of place it is still the city; written as no party, a club of its name
        (["Hội_nghị", "tại", Say("Manila", "Organization"), "bế_mạc", "."], False),
        (["Đội", "bóng", "trở", "thành", Say("Manila", "Organization"), "mới", "."], False),
    ],
)
def test_a_capital_typed_a_body(pieces, state):
    country = ["Bão", "đổ", "bộ", "vào", Say("Philippines", "Country"), "."]
    assert _same(pieces, country, "Manila", "Philippines") is state
