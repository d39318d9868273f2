"""A team written by the name of its country or province, and the place itself."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.teams import after_team_word, for_team, in_match, team_level, team_place
from test_resolve_support import Say, make_extraction


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("U23 Lào", "lào"),
        # a kind of a team after a word of a team
        ("Tuyển nữ Lào", "lào"),
        ("đội tuyển bóng đá nữ Brunei", "brunei"),
        ("ĐT futsal U20 Lào", "lào"),
        ("Đội tuyển quốc gia Lào", "lào"),
        # with no word of a team before it, no kind
        ("phụ nữ Lào", None),
        ("Hội Liên hiệp Phụ nữ Lào", None),
        ("U.19 Campuchia", "campuchia"),
        ("đội tuyển Philippines", "philippines"),
        ("ĐT U22 Lào", "lào"),
        ("tuyển Brazil", "brazil"),
        ("Lào", None),
        ("Bộ Ngoại giao Lào", None),
        ("U-23 Việt_Nam", "việt nam"),
        ("U.23_Thái_Lan", "thái lan"),
        # a dot or hyphen that joins no two word characters stays a mark between words
        ("U. 19 Lào", None),
        ("U23 - Lào", "lào"),
        ("CLB Hà_Nội", None),
    ],
)
def test_team_place(name, place):
    assert team_place(name) == place


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("U23 Lào", "u23"),
        ("đội tuyển Lào", ""),
        ("Tuyển nữ Lào", "nữ"),
        ("ĐT nữ U19 Lào", "nữ u19"),
        ("đội tuyển futsal Brunei", "futsal"),
        ("Đội tuyển bóng đá Lào", ""),
        ("Đội tuyển quốc gia Lào", ""),
    ],
)
def test_team_level(name, level):
    assert team_level(name) == level


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a side of a match: a score after it, a verb of a match next to it in a sentence of a match
        ("Lào thắng Brunei 3-1 ở lượt đi.", "Brunei", True),
        ("Đêm qua Singapore 2-2 Indonesia.", "Singapore", True),
        ("Ở vòng bảng, Lào sẽ gặp Philippines.", "Philippines", True),
        ("Campuchia đã cầm hòa Timor Leste trên sân khách.", "Campuchia", True),
        ("Thủ môn Lào mắc lỗi khi Brunei đánh bại họ.", "Brunei", True),
        # a verb of a match with no word of a match in the sentence: not guessed
        ("Lào thắng kiện trong vụ tranh chấp thương mại.", "Lào", False),
        ("Bộ trưởng gặp Campuchia để bàn về thương mại.", "Campuchia", False),
        # a word of a match without a verb next to the name
        ("Người hâm mộ Lào xem trận đấu qua truyền hình.", "Lào", False),
        # a date is no score
        ("Đoàn đến Campuchia 17-10-2014 để thi đấu.", "Campuchia", False),
        # a score elsewhere in the sentence makes it one of a match; an amount, a range or a date does not
        ("Ở lượt về, Lào thắng 3-1.", "Lào", True),
        ("Lào thắng thầu với giá thấp hơn 2-3 USD.", "Lào", False),
        ("Lào thắng cử với 5-7% phiếu.", "Lào", False),
        ("Lào thắng kiện hôm 5-6.", "Lào", False),
        # a verb only a side does, after it, in a sentence of a match
        ("Ở vòng bảng, Campuchia bị loại.", "Campuchia", True),
        ("Ở vòng bảng, Campuchia bị loại khỏi kế hoạch.", "Campuchia", True),
        # a word of a match written with a hyphen is read as the text's one word ("V-League")
        ("Bình Định vô địch V-League năm nay.", "Bình Định", True),
        ("Hà Giang lên ngôi ở V-League.", "Hà Giang", True),
        ("Bình Định thu hút khách du lịch.", "Bình Định", False),
        # the sides of a match named after "trận đấu giữa"
        ("Trận đấu giữa Lào và Brunei kết thúc với tỷ số hòa.", "Lào", True),
        ("Quan hệ giữa Lào và Brunei được nâng cấp.", "Lào", False),
        # a coach "của" a side in a sentence of a match
        ("HLV của Brunei hài lòng sau trận hòa.", "Brunei", True),
        # in a sentence of a match, a side that struggles is still the side
        ("Ở vòng bảng, Campuchia gặp khó khăn.", "Campuchia", True),
        # a verb of a match that takes a hardship, with no other word of a match: no side
        ("Lào đánh bại lạm phát sau nhiều năm.", "Lào", False),
        ("Brunei đối đầu với khủng hoảng kinh tế.", "Brunei", False),
        ("Lào đánh bại Brunei sau nhiều năm.", "Lào", True),
        # a ground named by its name makes the sentence one of a match; an airport or a stage does not
        ("Lào tiếp đón Brunei trên sân Lạch Tray.", "Lào", True),
        ("Brunei sẽ đối đầu với Lào tại SVĐ Quốc gia.", "Lào", True),
        ("Lào tiếp đón Brunei tại sân bay Wattay.", "Lào", False),
        ("Lào tiếp đón Brunei tại Sân Bay Wattay.", "Lào", False),
        # a side that hosts another, in a sentence of a match; a minister who receives a guest is no side
        ("Lào tiếp Brunei tại SVĐ Quốc gia Lào.", "Brunei", True),
        ("Lào tiếp Brunei để bàn về thương mại.", "Brunei", False),
        # a side that is a favourite for the title, in a sentence of a match
        ("Ở vòng bảng, Brunei là ứng viên vô địch.", "Brunei", True),
    ],
)
def test_in_match(text, name, expected):
    assert in_match(text, *_at(text, name)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # in an article of sports, a verb of sports alone; a verb only a side does only after the name
        ("Hậu vệ của Lào bị treo giò.", "Lào", True),
        ("Lào tiếp đón Brunei trên sân nhà.", "Brunei", True),
        ("Brunei hiện dẫn đầu bảng B.", "Brunei", True),
        ("Brunei dẫn đầu Đông Nam Á về xuất khẩu.", "Đông Nam Á", False),
        # "cho" gives as much as it scores: only in a sentence of a match
        ("Lào tặng quà cho Brunei.", "Brunei", False),
        # the coach or captain "của" a side
        ("HLV của Brunei nói đội cần thêm thời gian.", "Brunei", True),
        ("Đội trưởng của Lào bị chấn thương.", "Lào", True),
        # a club that parts with or names its coach
        ("Hà Giang chia tay HLV sau ba vòng.", "Hà Giang", True),
        # a hardship, a loss of money or a storm a verb of sports takes is no side
        ("Kinh tế Lào gặp khó khăn.", "Lào", False),
        ("Ngành du lịch Brunei gặp nhiều khó khăn.", "Brunei", False),
        ("Hãng bay của Lào thua lỗ năm thứ ba.", "Lào", False),
        ("Cao Bằng gặp bão lớn.", "Cao Bằng", False),
        ("Lào gặp Brunei trên sân nhà.", "Lào", True),
        ("Lào đã có trận đấu tốt trước Brunei.", "Lào", True),
        ("Đây là trận thắng thứ hai của Brunei.", "Brunei", True),
        ("Đó là chiến thắng thứ 3 liên tiếp của Hà Giang.", "Hà Giang", True),
        ("Bàn thắng duy nhất của Lào đến ở phút 90.", "Lào", True),
        ("Trận đấu tiếp theo của Lào diễn ra vào thứ bảy.", "Lào", True),
        # other words between, or a clause between: no side
        ("Trận đấu tại thủ đô của Lào rất vui.", "Lào", False),
        ("Chiến thắng lịch sử của Lào được kỷ niệm.", "Lào", False),
        ("Sau trận thua, người dân của Lào vẫn vui.", "Lào", False),
    ],
)
def test_in_match_in_an_article_of_sports(text, name, expected):
    assert in_match(text, *_at(text, name), sports=True) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a host of a match; the country of a minister who receives a guest after a match stays the country
        ("Sau trận đấu, Lào tiếp Brunei ở lượt về.", "Lào", True),
        ("Sau trận đấu, Thủ tướng Lào tiếp Thủ tướng Brunei.", "Lào", False),
        ("Sau trận đấu, Thủ tướng Lào tiếp Thủ tướng Brunei.", "Brunei", False),
    ],
)
def test_for_team_reads_a_host(text, name, expected):
    assert for_team(text, *_at(text, name)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Ban huấn luyện tuyển Lào họp.", "Lào", True),
        ("Các cầu thủ U23 Campuchia tập luyện.", "Campuchia", True),
        ("Quân đội Campuchia diễn tập.", "Campuchia", False),
        ("Người dân Lào đón Tết.", "Lào", False),
    ],
)
def test_after_team_word(text, name, expected):
    assert after_team_word(text, _at(text, name)[0]) is expected


def _entities(*pieces) -> dict[str, str]:
    country = make_extraction("a2", "Kinh_tế", Say("Lào", "Country"), "tăng_trưởng", "mạnh", ".")
    resolution = resolve([make_extraction("a1", *pieces), country])
    return {f"{d.mention.article_id}:{d.mention.text}@{d.mention.start}": d.entity_id for d in resolution.decisions if d.entity_id}


def _one(entities: dict[str, str], prefix: str) -> str:
    (entity,) = [v for k, v in entities.items() if k.startswith(prefix)]
    return entity


@pytest.mark.parametrize(
    ("pieces", "team"),
    [
        # a country in a match is its national team, not the country
        ([Say("Lào", "Country"), "thắng", Say("Brunei", "Country"), "2-0", "ở", "vòng_bảng", "."], True),
        (["Ở", "vòng", "loại", ",", "Brunei", "sẽ", "gặp", Say("Lào", "Country"), "."], True),
        # the second of two sides joined by "và"
        (["Ở", "vòng", "loại", ",", "Brunei", "sẽ", "gặp", Say("Campuchia", "Country"), "và", Say("Lào", "Country"), "."], True),
        # "và" after a place that is no side of a match
        (["Ở", "vòng", "loại", ",", "cổ", "động", "viên", Say("Campuchia", "Country"), "và", Say("Lào", "Country"), "."], False),
        # a preposition of place before it: the country
        (["Trận", "đấu", "diễn", "ra", "tại", Say("Lào", "Country"), "."], False),
        # no match: the country
        (["Bộ_trưởng", "thăm", Say("Lào", "Country"), "."], False),
    ],
)
def test_a_country_written_for_its_team(pieces, team):
    entities = _entities(*pieces)
    lao = _one(entities, "a1:Lào@")
    assert (lao != _one(entities, "a2:Lào@")) is team
    assert (lao == "organization/doi-tuyen-lao") is team


def test_a_country_in_a_match_joins_the_one_team_of_it_its_article_names():
    entities = _entities(
        Say("U23_Lào", "Organization"), "tập", "luyện", ".", "Tỷ", "số", "1-0", "nghiêng", "về", "phía", "khách", "khi",
        Say("Brunei", "Country"), "đánh_bại", Say("Lào", "Country"), ".",
    )
    assert _one(entities, "a1:Lào@") == _one(entities, "a1:U23_Lào@")


@pytest.mark.parametrize(
    ("pieces", "club"),
    [
        # a province in a match is a club of its own, apart from the province
        (["Ở", "vòng", "bảng", ",", Say("Hà_Giang", "Region"), "thua", Say("Cao_Bằng", "Region"), "0-1", "."], True),
        # after a word of level: the province
        (["Ở", "vòng", "bảng", ",", "tỉnh", Say("Hà_Giang", "Region"), "thua", "."], False),
    ],
)
def test_a_province_written_for_its_club(pieces, club):
    province = make_extraction("a3", "Mưa", "lớn", "ở", Say("Hà_Giang", "Region"), ".")
    resolution = resolve([make_extraction("a1", *pieces), province])
    entity = {(d.mention.article_id, d.mention.text): d.entity_id for d in resolution.decisions}
    assert (entity[("a1", "Hà_Giang")] != entity[("a3", "Hà_Giang")]) is club


def test_a_country_typed_a_body_joins_the_team_its_article_reads_in_a_match():
    entities = _entities(
        Say("đội_tuyển_Lào", "Organization"), "tập", "luyện", ".", Say("Brunei", "Organization"), "mạnh", ".",
        "Tỷ", "số", "1-0", "khi", Say("Lào", "Country"), "đánh_bại", Say("Brunei", "Country"), ".",
    )
    # the body typed "Brunei" and the side of the match are one team; the country elsewhere stays the country
    brunei = {v for k, v in entities.items() if k.startswith("a1:Brunei@")}
    assert brunei == {"organization/doi-tuyen-brunei"}


def test_a_side_of_an_article_of_teams_of_one_age_is_not_its_countrys_national_team():
    # beside "U23 Lào" the bare "Brunei" of a match is Brunei's U23 side: one team, only its article's
    entities = _entities(
        Say("U23_Lào", "Organization"), "tập", "luyện", ".", Say("Brunei", "Organization"), "mạnh", ".",
        "Tỷ", "số", "1-0", "khi", Say("Lào", "Country"), "đánh_bại", Say("Brunei", "Country"), ".",
    )
    brunei = {v for k, v in entities.items() if k.startswith("a1:Brunei@")}
    assert len(brunei) == 1
    assert brunei.isdisjoint({"organization/doi-tuyen-brunei", "location/brunei"})


def test_a_country_typed_a_body_with_no_side_of_a_match_read_stays_its_articles():
    entities = _entities(Say("U23_Lào", "Organization"), "tập", "luyện", ".", Say("Brunei", "Organization"), "mạnh", ".")
    assert _one(entities, "a1:Brunei@") not in {"organization/doi-tuyen-brunei", "location/brunei"}


def test_a_country_typed_a_body_read_as_a_side_is_its_team_as_one_typed_a_place():
    # an article that names a team in full is one of sports: a verb of a match next to the name is enough
    entities = _entities(Say("tuyển_Lào", "Organization"), "thua", Say("Brunei", "Organization"), ".")
    assert _one(entities, "a1:Brunei@") == "organization/doi-tuyen-brunei"


@pytest.mark.parametrize(
    "team",
    [Say("U23_Lào", "Organization"), Say("tuyển_nữ_Lào", "Organization"), Say("đội_tuyển_futsal_Lào", "Organization")],
)
def test_the_opponent_of_a_team_of_an_age_or_a_kind_is_not_its_countrys_national_team(team):
    entities = _entities(team, "thua", Say("Brunei", "Organization"), "2-0", ".")
    assert _one(entities, "a1:Brunei@") not in {"organization/doi-tuyen-brunei", "location/brunei"}


@pytest.mark.parametrize(
    ("team", "joined"),
    [
        # a side of a match is the one team of its country its article names in full, of any kind
        (Say("tuyển_nữ_Lào", "Organization"), True),
        (Say("đội_tuyển_futsal_Lào", "Organization"), True),
        # "phụ nữ" is no kind of a team: the Union is no side
        (Say("Hội_Liên_hiệp_Phụ_nữ_Lào", "Organization"), False),
    ],
)
def test_a_side_joins_the_team_of_a_kind_its_article_names(team, joined):
    entities = _entities(team, "tập", "luyện", ".", "Ở", "vòng_bảng", ",", Say("Lào", "Country"), "thắng", "Brunei", "2-0", ".")
    lao = _one(entities, "a1:Lào@")
    assert (lao == _one(entities, f"a1:{team.text}@")) is joined
    assert lao != "organization/doi-tuyen-lao" or not joined


@pytest.mark.parametrize(
    "pieces",
    [
        # every mention of the team typed a country: the team is still a body
        ["Ở", "vòng_bảng", ",", Say("Lào", "Country"), "thắng", Say("Brunei", "Country"), "2-0", "."],
        [Say("Lào", "Country"), "thắng", Say("Brunei", "Country"), "2-0", "ở", "vòng_bảng", "."],
    ],
)
def test_a_team_read_from_its_countrys_name_is_an_organization(pieces):
    resolution = resolve([make_extraction("a1", *pieces)])
    types = {e.id: e.type.value for e in resolution.entities}
    assert types["organization/doi-tuyen-brunei"] == "Organization"
    assert types["organization/doi-tuyen-lao"] == "Organization"


def test_a_country_typed_a_body_beside_a_team_of_it_named_in_full_stays_its_articles():
    # an article on U21 and U23 sides: the bare "Malaysia" of a match may be either
    entities = _entities(
        Say("U21_Lào", "Organization"), "và", Say("U23_Malaysia", "Organization"), "dự", "giải", ".",
        "Trận", "đấu", "với", Say("Malaysia", "Organization"), ".",
    )
    assert _one(entities, "a1:Malaysia@") != _one(entities, "a1:U23_Malaysia@")
    assert _one(entities, "a1:Malaysia@") not in {"organization/doi-tuyen-malaysia", "location/malaysia"}


def test_a_country_typed_a_body_joins_the_one_team_of_it_in_an_article_of_one_age():
    entities = _entities(
        Say("U23_Lào", "Organization"), "và", Say("U23_Malaysia", "Organization"), "dự", "giải", ".",
        "Trận", "đấu", "với", Say("Malaysia", "Organization"), ".",
    )
    assert _one(entities, "a1:Malaysia@") == _one(entities, "a1:U23_Malaysia@")


@pytest.mark.parametrize(
    ("pieces", "team"),
    [
        # in an article of sports (a side read by its sentence), a verb of sports alone
        (
            ["Ở", "vòng_bảng", ",", "Brunei", "thắng", Say("Campuchia", "Country"), "1-0", ".",
             "Cầu_thủ", "của", Say("Lào", "Country"), "mệt", "."],
            True,
        ),
        # a score elsewhere in the sentence makes it one of a match
        (["Ở", "lượt", "về", ",", Say("Lào", "Country"), "thắng", "3-1", "."], True),
        # the same verbs with no match in the article
        (["Cầu_thủ", "của", Say("Lào", "Country"), "mệt", "."], False),
        (["Đoàn", "Việt_Nam", "gặp", Say("Lào", "Country"), "để", "bàn", "về", "thương_mại", "."], False),
        # a person's title or a noun of a player before the name: the post's or the player's country
        (["Ở", "vòng_bảng", ",", "Thủ_tướng", Say("Lào", "Country"), "gặp", "đội", "bóng", "."], False),
        (["Ở", "vòng_bảng", ",", "tiền_đạo", Say("Lào", "Country"), "ghi_bàn", "."], False),
    ],
)
def test_a_country_read_as_a_side_by_its_article(pieces, team):
    entities = _entities(*pieces)
    assert (_one(entities, "a1:Lào@") != _one(entities, "a2:Lào@")) is team


def test_a_match_report_keeps_the_team_apart_from_the_country_of_a_minister():
    entities = _entities(
        Say("Lào", "Country"), "thắng", Say("Campuchia", "Country"), "2-0", "ở", "vòng_bảng", ".",
        "Bộ_trưởng", "Thể_thao", Say("Lào", "Country"), "chúc_mừng", "đội", "bóng", ".",
    )
    team, country = (v for k, v in sorted(entities.items(), key=lambda kv: int(kv[0].rpartition("@")[2])) if k.startswith("a1:Lào@"))
    assert team == "organization/doi-tuyen-lao"
    assert country == _one(entities, "a2:Lào@") == "location/lao"
