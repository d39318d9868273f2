"""Sports news read from raw text through the whole per-article stage: a place's name written for a team
is the team, a match between sides is no meeting, a club named by its city is that club and never the city,
and a player a team loans out is its member."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article, EntityType, Extraction
from kg.resolve import resolve
from kg.resolve.teams import bare_age
from helpers import TAGGER_MISSES
from test_resolve_support import Say, make_extraction


def extracted(text: str, article_id: str = "a") -> Extraction:
    return extract_article(Article(id=article_id, text=text, source="test.txt", segmented=False))


def typed(extraction: Extraction) -> set[tuple[str, str]]:
    return {(m.text, m.type.value) for m in extraction.mentions}


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a match told by words of other sports: a game of chess, a set, a shoot-out
        ("Trung Quốc hòa Nga ở ván đấu thứ năm của Olympiad cờ vua.", {("Trung Quốc", "Organization"), ("Nga", "Organization")}),
        ("Indonesia vượt qua Singapore sau loạt sút luân lưu.", {("Indonesia", "Organization"), ("Singapore", "Organization")}),
        ("Nhật Bản vượt qua Hàn Quốc trong set đấu thứ ba.", {("Nhật Bản", "Organization"), ("Hàn Quốc", "Organization")}),
        ("Ấn Độ thua Iran sau hiệp phụ.", {("Ấn Độ", "Organization"), ("Iran", "Organization")}),
        # knocked out by a side, a side knocking another out
        ("Malaysia bị loại bởi Myanmar ở bán kết.", {("Malaysia", "Organization"), ("Myanmar", "Organization")}),
        ("Campuchia loại Brunei ngay từ vòng bảng.", {("Campuchia", "Organization"), ("Brunei", "Organization")}),
        # a place's name joined by "và" to a club or a team named in full in a match
        ("Trận đấu giữa Sài Gòn FC và Quảng Nam diễn ra trên sân Thống Nhất.", {("Sài Gòn FC", "Organization"), ("Quảng Nam", "Organization")}),
        ("Cuộc đối đầu giữa U19 Lào và Campuchia kết thúc với tỷ số 0-0.", {("U19 Lào", "Organization"), ("Campuchia", "Organization")}),
        # a club's name the tagger ran over a verb of a match into the next side is cut in two
        (
            "Sài Gòn FC hòa Quảng Nam 1-1\n\nTrận đấu giữa Sài Gòn FC và Quảng Nam diễn ra trên sân Thống Nhất ở TP.HCM.",
            {("Sài Gòn FC", "Organization"), ("Quảng Nam", "Organization")},
        ),
        # the same names as places, with no match told, stay places
        ("Tập đoàn Hòa Phát và Quảng Nam ký thỏa thuận hợp tác đầu tư.", {("Quảng Nam", "Region")}),
        ("Việt Nam vượt qua Thái Lan về sản lượng gạo xuất khẩu.", {("Việt Nam", "Country"), ("Thái Lan", "Country")}),
        ("Các loại hàng hóa của Trung Quốc tràn vào thị trường Lào.", {("Trung Quốc", "Country"), ("Lào", "Country")}),
    ],
)
def test_sports_sides_a_place_written_for_a_team_is_the_team(text, expected):
    assert expected <= typed(extracted(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thái Lan sẽ tiếp Việt Nam trên sân Rajamangala.",
        "Ngày mai, Philippines sẽ gặp Indonesia trên sân Rizal Memorial.",
        "Tuyển Việt Nam gặp Thái Lan vào tối nay tại Mỹ Đình.",
        "Hà Nội FC sẽ gặp Sài Gòn FC ở vòng 12 V-League.",
    ],
)
def test_sports_sides_a_match_is_no_meeting(text):
    extraction = extracted(text)
    assert [e for e in extraction.events if e.type.value == "Meeting"] == []
    assert not any(p == "met" for _, p, _ in facts(extraction))


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Văn Hải đã gặp ông Trần Quốc Bảo tại Hà Nội.",
        "Chủ tịch Nguyễn Minh Triết tiếp Đại sứ Lê Văn Bàng tại Phủ Chủ tịch.",
    ],
)
def test_sports_sides_a_meeting_of_persons_stays_a_meeting(text):
    assert [e.type.value for e in extracted(text).events if e.type.value == "Meeting"] == ["Meeting"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiền vệ Nguyễn Tuấn Anh được Hoàng Anh Gia Lai cho mượn.", {("Nguyễn Tuấn Anh", "memberOf", "Hoàng Anh Gia Lai")}),
        ("Nguyễn Văn Quyết được Hà Nội FC cho mượn sang Sài Gòn FC.", {("Nguyễn Văn Quyết", "memberOf", "Hà Nội FC")}),
        ("Than Quảng Ninh cho mượn tiền đạo Phạm Văn Nam trong nửa mùa giải.", {("Phạm Văn Nam", "memberOf", "Than Quảng Ninh")}),
        # land, money or a car lent to someone is no tie
        ("Bà Nguyễn Thị Lan được UBND xã Tân Hòa cho mượn đất để canh tác.", set()),
        ("Ông Trần Văn Minh được Công ty Hòa Phát cho mượn xe.", set()),
    ],
)
def test_sports_sides_a_player_loaned_out_is_the_lenders(text, expected):
    found = {f for f in facts(extracted(text)) if f[1] == "memberOf"}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's name a player joins or plays for is the club
        ("Hậu vệ Nguyễn Văn Toàn gia nhập Hải Phòng từ mùa giải 2020.", {("Nguyễn Văn Toàn", "memberOf", "Hải Phòng")}),
        ("Tiền đạo Phan Văn Đức khoác áo Nghệ An từ năm 2015.", {("Phan Văn Đức", "memberOf", "Nghệ An")}),
        ("Thủ môn Nguyễn Văn Công đầu quân cho Hải Phòng theo hợp đồng hai năm.", {("Nguyễn Văn Công", "memberOf", "Hải Phòng")}),
        # a player on a side's part ("bên phía") in a sentence of a match
        ("Thủ môn Đặng Văn Lâm bên phía Bình Định đã cản phá thành công quả phạt đền.", {("Đặng Văn Lâm", "memberOf", "Bình Định")}),
        ("Hậu vệ Lê Văn Nam bên phía Thái Lan nhận thẻ đỏ ở phút 70 của trận đấu.", {("Lê Văn Nam", "memberOf", "Thái Lan")}),
        # a country joining a body stays the country
        ("Năm 2007, Việt Nam gia nhập Tổ chức Thương mại Thế giới.", {("Việt Nam", "memberOf", "Tổ chức Thương mại Thế giới")}),
    ],
)
def test_sports_sides_a_place_a_player_joins_is_the_club(text, expected):
    extraction = extracted(text)
    assert {f for f in facts(extraction) if f[1] == "memberOf"} == expected
    club = next(iter(expected))[2]
    assert (club, "Organization") in typed(extraction)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Năm 2007, Việt Nam gia nhập Tổ chức Thương mại Thế giới.", "Việt Nam"),
        # a side of talks, not of a match
        ("Về phía Trung Quốc, ông Vương Nghị cho biết hai bên sẽ tiếp tục đàm phán.", "Trung Quốc"),
        # the country a player goes to before the verb of joining is no side: the club after the verb is
        ("Tiền đạo Nistelrooy rời Man United để sang Tây Ban Nha khoác áo Real Madrid.", "Tây Ban Nha"),
    ],
)
def test_sports_sides_a_country_before_a_verb_of_joining_stays_a_country(text, country):
    assert (country, "Country") in typed(extracted(text))


def _entities_of(*texts: str) -> dict[tuple[str, int], tuple[str, str]]:
    """Each mention of ``texts`` (by its text and start, the article's number added past the first) with the
    type and id of its entity."""
    extractions = [extracted(text, f"a{n}") for n, text in enumerate(texts)]
    resolution = resolve(extractions)
    entities = {e.id: e for e in resolution.entities}
    found = {}
    for n, extraction in enumerate(extractions):
        for mention in extraction.mentions:
            entity = entities.get(resolution.entity_for(mention) or "")
            if entity is not None:
                found[(mention.text, mention.start + 100_000 * n)] = (entity.type.value, entity.id)
    return found


def test_sports_sides_a_club_named_by_its_city_is_one_club_apart_from_the_city():
    text = (
        "Barcelona đánh bại Sevilla với tỷ số 3-1. "
        "Barcelona đã có chiến thắng 3-1 trước Sevilla trên sân Camp Nou. "
        "Trận đấu diễn ra tại thành phố Barcelona dưới cơn mưa lớn. "
        "Barca vươn lên dẫn đầu bảng. "
        "Tiền đạo Lionel Messi của Barcelona lập cú đúp."
    )
    found = _entities_of(text)
    clubs = {v for (name, _), v in found.items() if name in ("Barcelona", "Barca") and v[0] == EntityType.ORGANIZATION.value}
    cities = {v for (name, _), v in found.items() if name == "Barcelona" and v[0] == EntityType.CITY.value}
    assert len(clubs) == 1 and len(cities) == 1
    assert clubs != cities


def test_sports_sides_a_milan_side_is_the_club_not_a_club_of_its_own():
    text = "Milan thắng Juventus 2-1 trên sân San Siro. Tiền vệ Kaka của AC Milan ghi bàn thắng quyết định."
    found = _entities_of(text)
    assert {v for (name, _), v in found.items() if name in ("Milan", "AC Milan")} == {("Organization", "organization/ac-milan")}


def test_sports_sides_an_age_team_written_two_ways_is_one_team_apart_from_its_country():
    text = (
        "U21 Malaysia thắng U21 Lào 2-0 tại Kuala Lumpur. "
        "HLV trưởng Ong Kim Swee của U-21 Malaysia hài lòng với các học trò. "
        "Thủ tướng Malaysia đã gửi lời chúc mừng tới đội bóng."
    )
    found = _entities_of(text)
    teams = {v for (name, _), v in found.items() if name in ("U21 Malaysia", "U-21 Malaysia")}
    country = {v for (name, _), v in found.items() if name == "Malaysia"}
    assert len(teams) == 1 and next(iter(teams))[0] == "Organization"
    assert country and not country & teams


def _decided(*extractions) -> dict[tuple[str, str, int], str]:
    """Each mention of hand-made ``extractions`` (article, text, start) with its entity's id."""
    resolution = resolve(list(extractions))
    return {(d.mention.article_id, d.mention.text, d.mention.start): d.entity_id for d in resolution.decisions if d.entity_id}


def _article(article_id: str, team: str, other: str, bare: str) -> Extraction:
    return make_extraction(
        article_id, Say(team, "Organization"), "thắng", Say(other, "Organization"), "2-0", ".",
        Say(bare, "Organization"), "sẽ", "gặp", "Malaysia", "ở", "bán_kết", ".",
    )


@pytest.mark.parametrize(
    ("team", "other", "bare"),
    [
        ("U19 Indonesia", "Lào", "Đội U19"),
        ("U-21 Việt_Nam", "Campuchia", "U21"),
        ("ĐT U23 Thái_Lan", "Myanmar", "đội U.23"),
    ],
)
def test_sports_sides_a_team_written_by_its_age_alone_is_the_one_team_of_that_age(team, other, bare):
    entities = _decided(_article("a1", team, other, bare))
    assert entities[("a1", bare, next(k[2] for k in entities if k[1] == bare))] == next(v for k, v in entities.items() if k[1] == team)


def test_sports_sides_a_team_written_by_its_age_alone_among_two_of_that_age_is_its_articles_alone():
    first = _article("a1", "U23 Thái_Lan", "U23 Lào", "Đội U23")
    second = _article("a2", "U23 Myanmar", "U23 Campuchia", "Đội U23")
    entities = _decided(first, second)
    bare = {v for k, v in entities.items() if k[1] == "Đội U23"}
    teams = {v for k, v in entities.items() if k[1].startswith("U23 ")}
    assert len(bare) == 2 and not bare & teams


@pytest.mark.parametrize("name", ["U19 Việt_Nam", "Đội U19 Lào", "U.19", "đội tuyển Việt_Nam"])
def test_sports_sides_a_bare_age_is_read_from_the_age_alone(name):
    assert bare_age(name) == ("u19" if name == "U.19" else None)


@TAGGER_MISSES
def test_sports_sides_a_team_from_a_city_leaves_the_city_a_place():
    text = (
        "Sydney FC thua SHB Đà Nẵng 0-1 trong trận giao hữu. "
        "Sydney thua trận thứ hai liên tiếp. "
        "Đội bóng đến từ Sydney sẽ rời Đà Nẵng vào ngày mai."
    )
    found = _entities_of(text)
    sydney = sorted((start, v) for (name, start), v in found.items() if name == "Sydney")
    assert [v[0] for _, v in sydney] == ["Organization", "City"]


@pytest.mark.parametrize(
    ("team", "side"),
    [
        ("Đội_tuyển cờ_vua Việt_Nam", "Việt_Nam"),
        ("đội_tuyển cầu_lông Indonesia", "Indonesia"),
        ("tuyển điền_kinh Thái_Lan", "Thái_Lan"),
        ("ĐT bóng_bàn Trung_Quốc", "Trung_Quốc"),
    ],
)
def test_sports_sides_the_side_of_a_team_of_another_sport_is_not_the_national_football_team(team, side):
    sport = make_extraction(
        "a1", Say(team, "Organization"), "thắng", Say("Nga", "Organization"), "3-1", ".",
        Say(side, "Organization"), "đánh_bại", Say("Ba_Lan", "Organization"), "2-0", ".",
    )
    football = make_extraction("a2", Say(f"đội_tuyển {side}", "Organization"), "hòa", Say("Lào", "Organization"), "1-1", ".")
    entities = _decided(sport, football)
    bare = next(v for k, v in entities.items() if k[0] == "a1" and k[1] == side)
    assert bare == next(v for k, v in entities.items() if k[0] == "a1" and k[1] == team)
    assert bare != next(v for k, v in entities.items() if k[0] == "a2" and k[1] == f"đội_tuyển {side}")


@pytest.mark.parametrize(
    ("standing", "side"),
    [
        ("Thanh Hóa vẫn đứng thứ ba trên bảng xếp hạng.", "Thanh Hóa"),
        ("Hải Phòng tụt xuống thứ năm sau vòng đấu này.", "Hải Phòng"),
        ("Nam Định vươn lên vị trí thứ hai.", "Nam Định"),
        ("Bình Định tạm xếp thứ tư.", "Bình Định"),
    ],
)
def test_sports_sides_a_side_standing_in_the_table_is_the_team(standing, side):
    text = f"{side} thắng Quảng Nam 2-1 ở vòng 8 V-League. Trận đấu diễn ra tối qua. {standing}"
    found = _entities_of(text)
    entities = {v for (name, _), v in found.items() if name == side}
    assert len(entities) == 1 and next(iter(entities))[0] == "Organization"


def test_sports_sides_a_country_ranked_outside_sport_stays_the_country():
    found = _entities_of("Việt Nam đứng thứ hai thế giới về xuất khẩu gạo. Thái Lan vẫn xếp thứ nhất.")
    assert {v[0] for (name, _), v in found.items() if name in ("Việt Nam", "Thái Lan")} == {"Country"}


def test_sports_sides_a_country_whose_club_stands_in_the_table_stays_the_country():
    text = (
        "Arsenal thắng Napoli 2-0 ở vòng bảng Champions League. "
        "Đại diện của Italy vẫn xếp thứ hai trên bảng xếp hạng."
    )
    found = _entities_of(text)
    assert {v[0] for (name, _), v in found.items() if name == "Italy"} == {"Country"}


def test_sports_sides_a_club_run_into_the_next_side_is_cut_in_two():
    text = "Sài Gòn FC hòa Quảng Nam 1-1\n\nTrận đấu giữa Sài Gòn FC và Quảng Nam diễn ra trên sân Thống Nhất ở TP.HCM."
    assert not any(" hòa " in m.text for m in extracted(text).mentions)


@pytest.mark.parametrize(
    ("text", "agent", "destination"),
    [
        ("Sau trận thắng 2-0, U19 Việt Nam sẽ sang Thái Lan dự giải giao hữu.", "U19 Việt Nam", "Thái Lan"),
        ("Đội tuyển Thái Lan đã tới Hà Nội chiều qua để chuẩn bị cho trận lượt đi.", "Đội tuyển Thái Lan", "Hà Nội"),
        ("CLB Hà Nội sang Hàn Quốc tập huấn trước mùa giải.", "CLB Hà Nội", "Hàn Quốc"),
    ],
)
def test_sports_sides_a_teams_trip_is_a_travel_with_the_team_as_agent(text, agent, destination):
    travels = [e for e in extracted(text).events if e.type.value == "Travel"]
    assert [sorted((r, a.text) for r, a in ((x.role, x.mention) for x in e.roles)) for e in travels] == [
        sorted([("agent", agent), ("destination", destination)])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thanh Hóa thắng Quảng Nam 2-1 tại Hải Phòng.",
        "SHB Đà Nẵng thắng Hà Nội FC 2-0 tại Đà Nẵng.",
        "Trận đấu giữa Việt Nam và Thái Lan diễn ra trên sân Rajamangala ở Bangkok.",
    ],
)
def test_sports_sides_a_team_is_not_located_where_it_plays(text):
    extraction = extracted(text)
    teams = {m.text for m in extraction.mentions if m.type is EntityType.ORGANIZATION}
    assert not any(s.predicate == "locatedIn" and s.subject.text in teams for s in extraction.statements)
