"""A place's name typed a body in an article with no sport in it is the place, and never the club or team
of a sports article named by that place (kg/tagger/places_outside_sports.py)."""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.pipeline import assemble, extract_article
from kg.tagger.places_outside_sports import places_outside_sports
from kg.tagger.teams import teams_typed
from helpers import mentions_of_names


def _typed(text: str, names: dict[str, str]) -> list[tuple[str, str]]:
    found = places_outside_sports(text, mentions_of_names(text, names))
    return [(m.text, m.type.value) for m in sorted(found, key=lambda m: m.start)]


# (article, names as the tagger typed them, the types expected in the order of the text)
TYPED = [
    # no sport in the article: a club's city, a province, a country typed a body are the place
    (
        "Lượng mưa ở miền bắc nước Anh tăng mạnh. Liverpool ghi nhận mức cao nhất trong 40 năm.",
        {"Anh": "Country", "Liverpool": "Organization"},
        [("Anh", "Country"), ("Liverpool", "City")],
    ),
    (
        "Barcelona đón hơn 9 triệu du khách, doanh thu khách sạn tăng 15%.",
        {"Barcelona": "Organization"},
        [("Barcelona", "City")],
    ),
    (
        "Năm nay Thanh Hóa thu hút 3 dự án đầu tư mới vào khu kinh tế Nghi Sơn.",
        {"Thanh Hóa": "Organization", "Nghi Sơn": "Location"},
        [("Thanh Hóa", "Region"), ("Nghi Sơn", "Location")],
    ),
    (
        "Indonesia tăng thuế xuất khẩu than từ tháng sau.",
        {"Indonesia": "Organization"},
        [("Indonesia", "Country")],
    ),
    # a body named in full, or a body whose name is no place's, stays a body
    (
        "Ngân hàng Nhà nước và Vinamilk công bố kết quả quý ba.",
        {"Ngân hàng Nhà nước": "Organization", "Vinamilk": "Organization"},
        [("Ngân hàng Nhà nước", "Organization"), ("Vinamilk", "Organization")],
    ),
    # sport in the article: the body stays the club or the team
    (
        "Liverpool chiêu mộ một cầu thủ chạy cánh người Ai Cập.",
        {"Liverpool": "Organization", "Ai Cập": "Country"},
        [("Liverpool", "Organization"), ("Ai Cập", "Country")],
    ),
    (
        "Hải Phòng đánh bại Thanh Hóa trên sân Lạch Tray.",
        {"Hải Phòng": "Organization", "Thanh Hóa": "Organization"},
        [("Hải Phòng", "Organization"), ("Thanh Hóa", "Organization")],
    ),
    (
        "HLV Park Hang-seo chưa công bố danh sách. Indonesia được đánh giá cao.",
        {"Park Hang-seo": "Person", "Indonesia": "Organization"},
        [("Park Hang-seo", "Person"), ("Indonesia", "Organization")],
    ),
    (
        "Barcelona FC và Barcelona ký hợp đồng tài trợ mới.",
        {"Barcelona FC": "Organization", "Barcelona": "Organization"},
        [("Barcelona FC", "Organization"), ("Barcelona", "Organization")],
    ),
    # a word that only opens like one of sports ("tuyển sinh") is none
    (
        "Đà Nẵng tuyển sinh 500 chỉ tiêu lớp 10 chuyên.",
        {"Đà Nẵng": "Organization"},
        [("Đà Nẵng", "City")],
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), TYPED)
def test_places_outside_sports_typed(text, names, expected):
    assert _typed(text, names) == expected


def _entities(*texts: str) -> dict[tuple[str, str], set[str]]:
    """The entities of each name of the articles ``texts`` (ids a, b, c, …), by (article, name)."""
    articles = [Article(chr(ord("a") + i), text, "test", segmented=False) for i, text in enumerate(texts)]
    resolution = assemble([extract_article(a) for a in articles]).resolution
    found: dict[tuple[str, str], set[str]] = {}
    for d in resolution.decisions:
        if d.entity_id:
            found.setdefault((d.mention.article_id, d.mention.text), set()).add(d.entity_id)
    return found


SPORTS_LIVERPOOL = (
    "Liverpool thắng Chelsea ở vòng 12\n\n"
    "Tối qua, Liverpool đã đánh bại Chelsea với tỷ số 2-1 trên sân Anfield. "
    "Huấn luyện viên Jurgen Klopp cho biết Liverpool sẽ tiếp tục cố gắng."
)
WEATHER_LIVERPOOL = (
    "Mưa lớn gây ngập ở miền bắc nước Anh\n\n"
    "Trận mưa kéo dài hai ngày khiến nhiều khu dân cư bị ngập. Liverpool ghi nhận lượng mưa cao nhất "
    "trong 50 năm qua. Chính quyền Liverpool đã sơ tán hàng trăm hộ dân."
)
ECONOMY_BARCELONA = (
    "Du lịch Barcelona tăng trưởng mạnh\n\n"
    "Barcelona thu hút hơn 10 triệu du khách trong năm nay. Giới chức Barcelona cho biết doanh thu tăng 12%."
)
SPORTS_BARCELONA = (
    "Barcelona lên ngôi ở La Liga\n\n"
    "Barcelona đã thắng Sevilla 3-0 ở vòng cuối để lên ngôi. Tiền đạo Lionel Messi ghi hai bàn cho Barcelona."
)
SPORTS_BARCELONA_AGAIN = (
    "Barcelona chuẩn bị cho Champions League\n\n"
    "Barcelona sẽ gặp Juventus ở vòng bảng. HLV Ernesto Valverde cho biết Barcelona đã sẵn sàng."
)
ECONOMY_HAI_PHONG = (
    "Hải Phòng hút vốn FDI\n\n"
    "Năm nay Hải Phòng thu hút hơn 2 tỷ USD vốn đầu tư nước ngoài. Hải Phòng dẫn đầu miền bắc về thu hút vốn."
)
SPORTS_HAI_PHONG = (
    "Hải Phòng thắng trên sân nhà\n\n"
    "Trên sân Lạch Tray, Hải Phòng đã đánh bại Quảng Nam với tỷ số 2-0. Hải Phòng lên thứ ba."
)


@pytest.mark.parametrize(
    ("texts", "name", "same"),
    [
        # the city of a report on the weather or the economy is never the club of a sports article
        ((SPORTS_LIVERPOOL, WEATHER_LIVERPOOL), "Liverpool", False),
        ((ECONOMY_BARCELONA, SPORTS_BARCELONA), "Barcelona", False),
        ((ECONOMY_HAI_PHONG, SPORTS_HAI_PHONG), "Hải Phòng", False),
        # two sports articles of one club: one club
        ((SPORTS_BARCELONA, SPORTS_BARCELONA_AGAIN), "Barcelona", True),
        # two reports on the city: one city
        ((WEATHER_LIVERPOOL, WEATHER_LIVERPOOL.replace("hàng trăm", "hàng nghìn")), "Liverpool", True),
    ],
)
def test_place_named_club_across_articles(texts, name, same):
    entities = _entities(*texts)
    first, second = entities[("a", name)], entities[("b", name)]
    assert len(first) == len(second) == 1
    assert (first == second) is same


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (WEATHER_LIVERPOOL, "Liverpool", "location"),
        (ECONOMY_BARCELONA, "Barcelona", "location"),
        (ECONOMY_HAI_PHONG, "Hải Phòng", "location"),
        (SPORTS_LIVERPOOL, "Liverpool", "organization"),
        (SPORTS_BARCELONA, "Barcelona", "organization"),
        (SPORTS_HAI_PHONG, "Hải Phòng", "organization"),
        # a club named in full stays the club, outside sports too
        ("Tài trợ mới\n\nFC Barcelona ký hợp đồng tài trợ với một hãng hàng không.", "FC Barcelona", "organization"),
    ],
)
def test_place_named_club_entity_kind(text, name, kind):
    assert {entity.split("/")[0] for entity in _entities(text)[("a", name)]} == {kind}


# (article, names as the tagger typed them, the types expected in the order of the text): a place's name read as a
# side, written again in its article, is the same side unless a word of place, a title or a noun of origin stands before it
AGAIN = [
    (
        "Hải Phòng đánh bại Quảng Nam 2-0. Hải Phòng lên thứ ba.",
        {"Hải Phòng": "City", "Quảng Nam": "Region"},
        ["Organization", "Organization", "Organization"],
    ),
    (
        "Bình Định cầm hòa Khánh Hòa 1-1 ở vòng 4. Khánh Hòa vẫn chưa biết thắng.",
        {"Bình Định": "Region", "Khánh Hòa": "Region"},
        ["Organization", "Organization", "Organization"],
    ),
    (
        "Hải Phòng đánh bại Quảng Nam 2-0. Trận đấu diễn ra tại Hải Phòng.",
        {"Hải Phòng": "City", "Quảng Nam": "Region"},
        ["Organization", "Organization", "City"],
    ),
    (
        "Nam Định thua Huế 0-1. Chủ tịch Nam Định có mặt trên khán đài.",
        {"Nam Định": "Region", "Huế": "City"},
        ["Organization", "Organization", "Region"],
    ),
    # no side read in the article: the place
    (
        "Hải Phòng lên thứ ba cả nước về thu ngân sách.",
        {"Hải Phòng": "City"},
        ["City"],
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), AGAIN)
def test_sides_named_again(text, names, expected):
    typed = teams_typed(text, mentions_of_names(text, names))
    assert [m.type.value for m in sorted(typed, key=lambda m: m.start)] == expected


VOLLEYBALL = (
    "Bóng chuyền nữ Việt Nam vào chung kết\n\n"
    "Ở bán kết giải bóng chuyền nữ Đông Nam Á, Việt Nam thắng Philippines 3-1. Việt Nam sẽ gặp Thái Lan ở chung kết."
)
FUTSAL = (
    "Futsal châu Á\n\n"
    "Ở vòng bảng giải futsal châu Á, Thái Lan đánh bại Nhật Bản 4-2. Thái Lan sẽ gặp Iran ở tứ kết."
)
FOOTBALL_VIETNAM = (
    "Đội tuyển Việt Nam thắng Lào\n\n"
    "Ở vòng bảng AFF Cup, Việt Nam thắng Lào 3-0. HLV Park Hang-seo hài lòng với các học trò."
)
FOOTBALL_THAILAND = (
    "Thái Lan vào bán kết\n\n"
    "Ở vòng bảng AFF Cup, Thái Lan đánh bại Malaysia 2-0. Thái Lan sẽ gặp Indonesia ở bán kết."
)
FOOTBALL_THAILAND_AGAIN = (
    "Thái Lan chuẩn bị cho bán kết\n\n"
    "Sau trận thắng Malaysia 2-0 ở vòng bảng, Thái Lan sẽ tái đấu Indonesia trên sân nhà."
)


@pytest.mark.parametrize(
    ("texts", "name", "same"),
    [
        # a country's side in a report on another sport is never its national football team
        ((VOLLEYBALL, FOOTBALL_VIETNAM), "Việt Nam", False),
        ((FUTSAL, FOOTBALL_THAILAND), "Thái Lan", False),
        # two football reports of one national team: one team
        ((FOOTBALL_THAILAND, FOOTBALL_THAILAND_AGAIN), "Thái Lan", True),
    ],
)
def test_country_side_of_another_sport_across_articles(texts, name, same):
    entities = _entities(*texts)
    first, second = entities[("a", name)], entities[("b", name)]
    assert len(first) == len(second) == 1
    assert (first == second) is same


# (article, names as the tagger typed them, the types expected in the order of the text): segmented text, and a word
# of level before the name in an article of sports
MORE_TYPED = [
    (
        "Năm_nay Thanh_Hóa thu_hút 3 dự_án đầu_tư mới .",
        {"Thanh_Hóa": "Organization"},
        [("Thanh_Hóa", "Region")],
    ),
    (
        "Hải_Phòng chiêu_mộ một cầu_thủ người Brazil .",
        {"Hải_Phòng": "Organization", "Brazil": "Country"},
        [("Hải_Phòng", "Organization"), ("Brazil", "Country")],
    ),
    (
        "Liverpool thua Arsenal 0-1 trong khi mưa lớn trút xuống thành phố Liverpool.",
        {"Liverpool": "Organization", "Arsenal": "Organization"},
        [("Liverpool", "Organization"), ("Arsenal", "Organization"), ("Liverpool", "City")],
    ),
    (
        "Hải Phòng thắng Quảng Nam 2-0. Người dân tỉnh Quảng Nam vẫn ủng hộ đội nhà.",
        {"Hải Phòng": "Organization", "Quảng Nam": "Organization"},
        [("Hải Phòng", "Organization"), ("Quảng Nam", "Organization"), ("Quảng Nam", "Region")],
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), MORE_TYPED)
def test_places_outside_sports_more_forms(text, names, expected):
    assert _typed(text, names) == expected
