"""Players tied to their team by what a match report says they do for it."""

from __future__ import annotations

import pytest

from test_affiliations import memberships


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the subject helps the team to a result
        ("[PER Anh_Đức] giúp [ORG Becamex_Bình_Dương] gỡ_hòa 1-1 .", {("Anh_Đức", "memberOf", "Becamex_Bình_Dương")}),
        ("Phút 88 , [PER Hoàng_Vũ_Samson] đã giúp [ORG Hà_Nội_T&T] giành trọn 3 điểm .", {("Hoàng_Vũ_Samson", "memberOf", "Hà_Nội_T&T")}),
        # the player is "của" a contribution that helps
        (
            "Nhưng bàn thắng phút cuối của [PER Karim_Benzema] đã giúp [ORG Real_Madrid] giành lại 1 điểm .",
            {("Karim_Benzema", "memberOf", "Real_Madrid")},
        ),
        # an error or an own goal helps the other side
        ("Sai_lầm của thủ_môn [PER Bùi_Tấn_Trường] đã giúp [ORG Hà_Nội_T&T] có bàn gỡ .", set()),
        ("Pha phản_lưới của [PER Bùi_Tấn_Trường] đã giúp [ORG Hà_Nội_T&T] dẫn trước .", set()),
        # helping a body, no result of a match: nothing
        ("[PER Nguyễn_Văn_An] giúp [ORG Vinamilk] mở_rộng thị_trường .", set()),
        # the team beaten is no team of the player's
        ("[PER Anh_Đức] giúp [ORG Becamex_Bình_Dương] thắng [ORG SHB_Đà_Nẵng] 2-0 .", {("Anh_Đức", "memberOf", "Becamex_Bình_Dương")}),
    ],
)
def test_match_reports_helping_a_team_to_a_result(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a coach of one team sends players on: they are the team's
        (
            "[PER HLV|Ruud_Koster] quyết_định cho [ORG Hải_Phòng] tấn_công . Phút 60 , [PER Ruud_Koster] tung [PER Văn_Toàn] và"
            " [PER Công_Phượng] vào sân .",
            {("Văn_Toàn", "memberOf", "Hải_Phòng"), ("Công_Phượng", "memberOf", "Hải_Phòng")},
        ),
        # a verb after "và" shares the coach; a position and "là" say the name is a player
        (
            "[PER HLV|Ruud_Koster] quyết_định cho [ORG Hải_Phòng] tấn_công . [PER Ruud_Koster] rút [PER Văn_Toàn] ra sân và"
            " tăng_cường một trung_vệ là [PER Đình_Trọng] .",
            {("Văn_Toàn", "memberOf", "Hải_Phòng"), ("Đình_Trọng", "memberOf", "Hải_Phòng")},
        ),
        # a bare name sent nowhere is no substitution
        (
            "[PER HLV|Ruud_Koster] quyết_định cho [ORG Hải_Phòng] tấn_công . [PER Ruud_Koster] đưa [PER Văn_Toàn] đi ăn tối .",
            set(),
        ),
        # a coach whose team is not known: nothing
        ("[PER Ruud_Koster] tung [PER Văn_Toàn] vào sân .", set()),
    ],
)
def test_match_reports_a_coachs_substitutions(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the players in brackets after what one side did
        (
            "Trong khi đó , phía [ORG U19_Nhật_Bản] hai lần sút hỏng ( [PER Kenta_Ito] và [PER Sho_Sato] ) .",
            {("Kenta_Ito", "memberOf", "U19_Nhật_Bản"), ("Sho_Sato", "memberOf", "U19_Nhật_Bản")},
        ),
        # no side word before the team: the scorers may be the other side's
        ("[ORG U19_Nhật_Bản] thua 0-2 ( [PER Kenta_Ito] , [PER Sho_Sato] ) .", set()),
        # two teams in the clause
        ("Phía [ORG U19_Nhật_Bản] thua [ORG U19_Hàn_Quốc] ( [PER Kenta_Ito] , [PER Sho_Sato] ) .", set()),
    ],
)
def test_match_reports_players_in_brackets_after_a_side(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the one team of the clause has a goal "của" the player
        (
            "Phút 12 , [ORG Hải_Phòng] đã có bàn mở tỷ_số sau cú sút xa của [PER Nguyễn_Văn_Toàn] .",
            {("Nguyễn_Văn_Toàn", "memberOf", "Hải_Phòng")},
        ),
        # the team's goal came from a player after a position
        (
            "Bàn thắng của [ORG Hải_Phòng] được ghi từ tiền_đạo cắm [PER Nguyễn_Văn_Toàn] .",
            {("Nguyễn_Văn_Toàn", "memberOf", "Hải_Phòng")},
        ),
        # a goal conceded, or an own goal: the player is the other side's
        ("[ORG Hải_Phòng] thủng_lưới bàn thứ hai sau cú sút của [PER Nguyễn_Văn_Toàn] .", set()),
        ("[ORG Hải_Phòng] có bàn gỡ nhờ pha phản_lưới của [PER Nguyễn_Văn_Toàn] .", set()),
        # two teams in the clause, or the team is the one played
        ("[ORG Hải_Phòng] có bàn vào lưới [ORG Becamex] từ cú sút của [PER Nguyễn_Văn_Toàn] .", set()),
        ("Gặp [ORG Hải_Phòng] đội khách có bàn thắng từ cú sút của [PER Nguyễn_Văn_Toàn] .", set()),
        # the person is not "của" anything nor after a position
        ("[ORG Hải_Phòng] có bàn thắng và [PER Nguyễn_Văn_Toàn] chúc_mừng .", set()),
    ],
)
def test_match_reports_the_maker_of_a_teams_goal(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the subject of a verb of scoring, or of the verb before a goal, a few words before "giúp"
        ("[PER Trần_Văn_Sơn] ghi bàn thắng duy_nhất giúp [ORG Thanh_Hóa] giành 3 điểm .", {("Trần_Văn_Sơn", "memberOf", "Thanh_Hóa")}),
        ("[PER Lê_Văn_Thắng] vừa lập một cú_đúp giúp [ORG Hà_Nội_T&T] đánh_bại [ORG SLNA] .", {("Lê_Văn_Thắng", "memberOf", "Hà_Nội_T&T")}),
        # an own goal or a goal conceded helps the other side
        ("[PER Trần_Văn_Sơn] ghi bàn vào lưới nhà giúp [ORG Thanh_Hóa] giành 3 điểm .", set()),
        ("Thủ_môn [PER Trần_Văn_Sơn] để thua một bàn giúp [ORG Thanh_Hóa] giành 3 điểm .", set()),
        # another clause between the scorer and "giúp": its own subject helps
        ("[PER Trần_Văn_Sơn] ghi bàn , còn [ORG SLNA] giúp [ORG Thanh_Hóa] giành 3 điểm .", set()),
    ],
)
def test_match_reports_a_scorer_helps_the_team_after_giup(markup, expected):
    assert memberships(markup) == expected
