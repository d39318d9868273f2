"""Players tied to their team the ways sports reports tell it: examples of a team's group,
the team's colours, call-ups, who scored for a team named in a cleft."""

from __future__ import annotations

import pytest

from test_affiliations import memberships


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the examples of a team's players, after "khác" and what is said of the group
        (
            "Còn có những cầu_thủ [ORG M.U] khác bị chỉ_trích trong cuốn sách như [PER Owen_Hargreaves] và [PER David_Beckham] .",
            {("Owen_Hargreaves", "memberOf", "M.U"), ("David_Beckham", "memberOf", "M.U")},
        ),
        (
            "Các cầu_thủ [ORG Manchester_United] khác như [PER Wayne_Rooney] , [PER Ryan_Giggs] và [PER Paul_Scholes] cũng có_mặt .",
            {("Wayne_Rooney", "memberOf", "Manchester_United"), ("Ryan_Giggs", "memberOf", "Manchester_United"), ("Paul_Scholes", "memberOf", "Manchester_United")},
        ),
        (
            "Những tiền_đạo [ORG Chelsea] khác từng thi_đấu tại Đức như [PER Andre_Schuerrle] và [PER Demba_Ba] đều dự_bị .",
            {("Andre_Schuerrle", "memberOf", "Chelsea"), ("Demba_Ba", "memberOf", "Chelsea")},
        ),
        # "như" after words of a group with no "khác" compares: nothing
        ("Các cầu_thủ [ORG Chelsea] không_thể chơi hay như [PER Lionel_Messi] và [PER Xavi] .", set()),
        # "khác" then a word of manner before "như": a comparison
        ("Các cầu_thủ [ORG Chelsea] khác không_thể chơi hay như [PER Lionel_Messi] và [PER Xavi] .", set()),
        ("Những tiền_đạo [ORG Arsenal] khác không ghi bàn giỏi như [PER Thierry_Henry] và [PER Dennis_Bergkamp] .", set()),
        # one name after "khác … như" may be a comparison
        ("Các cầu_thủ [ORG Chelsea] khác không_thể chơi hay như [PER Lionel_Messi] .", set()),
        # "khác" with another name between the group and the examples: not the group's examples
        ("Các cầu_thủ [ORG Chelsea] khác đã sang [ORG Real_Madrid] như [PER Arjen_Robben] và [PER Claude_Makelele] .", set()),
        # the group's members excepted are still its members
        (
            "Các hậu_vệ [ORG Arsenal] kiểm_soát tốt các cầu_thủ tấn_công của [ORG Dortmund] ngoại_trừ [PER Robert_Lewandowski] .",
            {("Robert_Lewandowski", "memberOf", "Dortmund")},
        ),
        # the mainstays of a team
        (
            "Những trụ_cột của [ORG Real_Madrid] như [PER Sergio_Ramos] và [PER Iker_Casillas] đều vắng_mặt .",
            {("Sergio_Ramos", "memberOf", "Real_Madrid"), ("Iker_Casillas", "memberOf", "Real_Madrid")},
        ),
        ("[PER Steven_Gerrard] là trụ_cột của [ORG Liverpool] .", {("Steven_Gerrard", "memberOf", "Liverpool")}),
        # a mainstay of something that is no body: nothing
        ("[PER Nguyễn_Văn_An] là trụ_cột của gia_đình .", set()),
    ],
)
def test_team_memberships_examples_of_a_group(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # what one does in a team's colours: the subject of the clause wears them
        ("[PER Kaka] có bàn thắng thứ 100 trong màu_áo [ORG AC_Milan] .", {("Kaka", "memberOf", "AC_Milan")}),
        ("[PER Edinson_Cavani] đã ghi 20 bàn sau 25 trận trong màu_áo [ORG PSG] .", {("Edinson_Cavani", "memberOf", "PSG")}),
        ("Tiền_đạo [PER Lê_Công_Vinh] chơi rất hay trong màu_áo [ORG đội_tuyển Việt_Nam] .", {("Lê_Công_Vinh", "memberOf", "đội_tuyển Việt_Nam")}),
        # fronted: the subject follows the comma
        ("Trong màu_áo [ORG CLB Sapporo] , [PER Lê_Công_Vinh] ghi được 2 bàn .", {("Lê_Công_Vinh", "memberOf", "CLB Sapporo")}),
        ("Trong màu_áo [ORG Dortmund] , tiền_đạo [PER Robert_Lewandowski] ghi 30 bàn mỗi mùa .", {("Robert_Lewandowski", "memberOf", "Dortmund")}),
        # another person between the subject and the colours: whose they are is not told
        ("[PER Lionel_Messi] vượt qua [PER Sergio_Ramos] trong màu_áo [ORG Barca] .", set()),
        # wishes and negations tell no membership
        ("[PER Wayne_Rooney] muốn thi_đấu trong màu_áo [ORG Chelsea] .", set()),
        ("[PER Wayne_Rooney] chưa bao_giờ ghi bàn trong màu_áo [ORG Chelsea] .", set()),
        # the colours of the team one scored against
        ("[PER Fernando_Torres] ghi bàn vào lưới các cầu_thủ trong màu_áo [ORG Schalke] .", set()),
    ],
)
def test_team_memberships_in_a_teams_colours(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[PER Lê_Công_Vinh] được gọi lên [ORG đội_tuyển Việt_Nam] chuẩn_bị cho AFF_Cup .", {("Lê_Công_Vinh", "memberOf", "đội_tuyển Việt_Nam")}),
        ("[PER Diego_Costa] được gọi vào [ORG đội_tuyển Tây_Ban_Nha] .", {("Diego_Costa", "memberOf", "đội_tuyển Tây_Ban_Nha")}),
        (
            "HLV [PER Vicente_del_Bosque] đã gọi [PER Diego_Costa] và [PER Jesus_Navas] vào [ORG đội_tuyển Tây_Ban_Nha] .",
            {("Diego_Costa", "memberOf", "đội_tuyển Tây_Ban_Nha"), ("Jesus_Navas", "memberOf", "đội_tuyển Tây_Ban_Nha")},
        ),
        # calling someone, not into a team: nothing
        ("HLV [PER Vicente_del_Bosque] đã gọi điện cho [PER Diego_Costa] .", set()),
        ("Người_ta gọi [PER Diego_Costa] là " "“ gã đồ_tể ” của [ORG Chelsea] .", set()),
        ("[PER Diego_Costa] không được gọi vào [ORG đội_tuyển Tây_Ban_Nha] .", set()),
        # a call-up denied or not yet made
        ("[ORG VFF] đã quyết_định không gọi [PER Công_Vinh] lên [ORG đội_tuyển Việt_Nam] .", set()),
        ("HLV [PER Miura] không triệu_tập [PER Công_Vinh] vào [ORG đội_tuyển Việt_Nam] .", set()),
        ("HLV [PER Miura] chưa gọi [PER Công_Vinh] lên [ORG đội_tuyển Việt_Nam] .", set()),
        ("HLV [PER Miura] muốn triệu_tập [PER Công_Vinh] vào [ORG đội_tuyển Việt_Nam] .", set()),
    ],
)
def test_team_memberships_call_ups(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "the one who scored for TEAM is X"
        ("Người lập_công cho [ORG Chelsea] là [PER Fernando_Torres] .", {("Fernando_Torres", "memberOf", "Chelsea")}),
        ("Cầu_thủ ghi bàn mở tỷ_số cho [ORG Basel] là [PER Marcelo_Diaz] .", {("Marcelo_Diaz", "memberOf", "Basel")}),
        ("Người ghi bàn duy_nhất cho [ORG Arsenal] ở phút 20 là tiền_vệ [PER Aaron_Ramsey] .", {("Aaron_Ramsey", "memberOf", "Arsenal")}),
        # no team named, or the goal scored against the team named
        ("Người lập_công là [PER Fernando_Torres] .", set()),
        ("Người ghi bàn vào lưới [ORG Chelsea] là [PER Lionel_Messi] .", set()),
        # "là" that tells something else of the team
        ("Người ghi bàn cho [ORG Chelsea] nhiều nhất là ai thì [PER Jose_Mourinho] chưa biết .", set()),
    ],
)
def test_team_memberships_the_scorer_for_a_team_named_in_a_cleft(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the score levelled, written "sang bằng" as often as "san bằng"
        ("[PER Đình_Bảo] sang_bằng tỉ_số 1-1 cho [ORG U21 Việt_Nam] .", {("Đình_Bảo", "memberOf", "U21 Việt_Nam")}),
        ("[PER Văn_Thuận] sang_bằng tỷ_số ở phút 64 .", set()),
    ],
)
def test_team_memberships_scoring_words(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "của họ" after a member noun's player stands for the one team of the sentence
        (
            "[ORG Dortmund] mới có cơ_hội mở tỷ_số ở phút 15 và tân_binh [PER Henrikh_Mkhitaryan] của họ đã biết phải làm gì .",
            {("Henrikh_Mkhitaryan", "memberOf", "Dortmund")},
        ),
        (
            "[ORG Hà_Nội_T&T] vẫn chơi tốt nhờ tiền_đạo [PER Gonzalo] và tiền_vệ [PER Văn_Quyết] của mình .",
            {("Gonzalo", "memberOf", "Hà_Nội_T&T"), ("Văn_Quyết", "memberOf", "Hà_Nội_T&T")},
        ),
        # two teams in the sentence: whose is not told
        ("[ORG Arsenal] thua [ORG Dortmund] vì tân_binh [PER Henrikh_Mkhitaryan] của họ .", set()),
        # the one team is the one played
        ("[PER Jose_Mourinho] nói trước trận gặp [ORG Schalke] rằng tiền_đạo [PER Kevin-Prince_Boateng] của họ rất nguy_hiểm .", set()),
        # "của họ" with no team named
        ("Tân_binh [PER Henrikh_Mkhitaryan] của họ đã ghi bàn .", set()),
        # a place is no team
        ("Người_dân [CITY Hà_Nội] rất yêu_quý tiền_đạo [PER Công_Vinh] của họ .", set()),
    ],
)
def test_team_memberships_a_player_of_their_one_team(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the team named as the subject's own: new or the one that holds the player's contract
        (
            "[PER Mesut_Oezil] đã nhận được nhiều lời khen sau sự khởi_đầu như mơ cùng đội_bóng mới [ORG Arsenal] .",
            {("Mesut_Oezil", "memberOf", "Arsenal")},
        ),
        ("Tiền_đạo [PER Lê_Công_Vinh] sẽ trở về CLB chủ_quản [ORG Sông_Lam_Nghệ_An] vào tháng 6 .", {("Lê_Công_Vinh", "memberOf", "Sông_Lam_Nghệ_An")}),
        # the team named first in the sentence is the subject, not a fronted tie
        ("Đội_bóng mới [ORG Arsenal] chơi rất hay .", set()),
        # a former team is no own team
        ("[PER Mario_Balotelli] gặp lại đội_bóng cũ [ORG Manchester_City] .", set()),
        # another person between the subject and the team: whose it is is not told
        ("[PER Arsene_Wenger] khen [PER Mesut_Oezil] đã hòa_nhập nhanh với đội_bóng mới [ORG Arsenal] .", set()),
    ],
)
def test_team_memberships_a_team_named_as_ones_own(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # playing for a team, as starter or sent on
        ("[PER Fernando_Torres] đá chính cho [ORG Chelsea] .", {("Fernando_Torres", "memberOf", "Chelsea")}),
        ("[PER Fernando_Torres] ra sân từ đầu cho [ORG Chelsea] .", {("Fernando_Torres", "memberOf", "Chelsea")}),
        ("[PER Fernando_Torres] đá cho [ORG Chelsea] từ năm 2011 .", {("Fernando_Torres", "memberOf", "Chelsea")}),
        # sent on for a player, or against a team: no tie told
        ("[PER Fernando_Torres] ra sân thay cho [PER Didier_Drogba] .", set()),
        ("[PER Fernando_Torres] ra sân trong trận gặp [ORG Arsenal] cho dù bị đau .", set()),
        ("[PER Fernando_Torres] ra sân nhường chỗ cho tiền_đạo của [ORG Arsenal] .", set()),
        # a team buying a player signs him
        ("[ORG Arsenal] mua [PER Mesut_Oezil] từ [ORG Real_Madrid] .", {("Mesut_Oezil", "memberOf", "Arsenal")}),
        ("[PER Mesut_Oezil] được [ORG Arsenal] mua với giá kỷ_lục .", {("Mesut_Oezil", "memberOf", "Arsenal")}),
        # a person buying a club, a purchase wished for
        ("[PER Roman_Abramovich] mua [ORG Chelsea] năm 2003 .", set()),
        ("[ORG Arsenal] muốn mua [PER Gonzalo_Higuain] .", set()),
    ],
)
def test_team_memberships_playing_for_and_bought_by_a_team(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # joining a squad's camp
        ("[PER Công_Vinh] hội_quân cùng [ORG đội_tuyển Việt_Nam] vào sáng nay .", {("Công_Vinh", "memberOf", "đội_tuyển Việt_Nam")}),
        ("Thủ_thành [PER Bửu_Ngọc] đã tập_trung cùng [ORG U23 Việt_Nam] .", {("Bửu_Ngọc", "memberOf", "U23 Việt_Nam")}),
        ("[PER Công_Vinh] không tập_trung cùng [ORG đội_tuyển Việt_Nam] .", set()),
        # working with a body that is no team, a team meeting another
        ("[PER Nguyễn_Văn_An] tập_trung cùng [ORG Bộ Công_an] xử_lý vụ_việc .", set()),
        ("[ORG Đội_tuyển Việt_Nam] tập_trung cùng [ORG U23 Việt_Nam] .", set()),
    ],
)
def test_team_memberships_joining_a_squads_camp(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a team's line-up, read as its colours
        ("[PER Fernando_Torres] có tên trong đội_hình xuất_phát của [ORG Chelsea] .", {("Fernando_Torres", "memberOf", "Chelsea")}),
        ("Trong đội_hình [ORG Chelsea] , [PER Fernando_Torres] là người chơi hay nhất .", {("Fernando_Torres", "memberOf", "Chelsea")}),
        ("[PER Fernando_Torres] không có tên trong đội_hình của [ORG Chelsea] .", set()),
        # the line-up of a league's season
        ("[PER Fernando_Torres] có tên trong đội_hình tiêu_biểu của [ORG Premier_League] .", set()),
        # the players of a line-up, not the subject
        ("[PER Arsene_Wenger] đánh_giá cao các cầu_thủ trong đội_hình [ORG Chelsea] .", set()),
    ],
)
def test_team_memberships_in_a_teams_line_up(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a person "của" a body whose name says it is a team
        ("[PER Lê_Công_Vinh] của [ORG đội_tuyển Việt_Nam] đã ghi bàn .", {("Lê_Công_Vinh", "memberOf", "đội_tuyển Việt_Nam")}),
        ("Cú sút của [PER Lionel_Messi] của [ORG đội_tuyển Argentina] đi chệch cột dọc .", {("Lionel_Messi", "memberOf", "đội_tuyển Argentina")}),
        ("[PER Văn_Toàn] của [ORG U23 Việt_Nam] bị chấn_thương .", {("Văn_Toàn", "memberOf", "U23 Việt_Nam")}),
        # a bare name may be a company's: left alone
        ("[PER Tim_Cook] của [ORG Apple] đã phát_biểu .", set()),
        # a team "của" its coach is not the coach's membership
        ("[ORG Đội_tuyển Việt_Nam] của [PER Park_Hang-seo] đã thắng .", set()),
        # a coach of the team holds a post there, not a membership
        ("HLV [PER Miura] của [ORG đội_tuyển Việt_Nam] đã triệu_tập 30 cầu_thủ .", set()),
    ],
)
def test_team_memberships_a_person_of_a_named_team(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a clause of "khi" shares the main clause's subject, the first name of the sentence
        (
            "[PER Aaron_Ramsey] đang có một mùa giải bùng_nổ khi đã đóng_góp tới 9 bàn cho [ORG Arsenal] .",
            {("Aaron_Ramsey", "memberOf", "Arsenal")},
        ),
        ("Tiền_đạo [PER Robinho] trở_thành người hùng khi mở tỷ_số cho [ORG AC_Milan] .", {("Robinho", "memberOf", "AC_Milan")}),
        # the name before "khi" is not the first of the sentence: whose clause it is is not told
        ("HLV [PER Arsene_Wenger] hài_lòng với [PER Olivier_Giroud] khi ghi bàn cho [ORG Arsenal] .", set()),
        ("[PER Lionel_Messi] vượt qua [PER Petr_Cech] khi ghi bàn cho [ORG Barca] .", set()),
        # a mark between: another clause
        ("[PER Aaron_Ramsey] bị chấn_thương , khi ghi bàn cho [ORG Arsenal] .", set()),
        # the clause of "khi" has its own subject
        ("[ORG Arsenal] thắng khi [PER Aaron_Ramsey] ghi bàn cho [ORG Arsenal] .", {("Aaron_Ramsey", "memberOf", "Arsenal")}),
    ],
)
def test_team_memberships_the_subject_a_clause_of_time_shares(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a player lent to a team plays for it
        ("[PER Lê_Công_Vinh] được cho mượn sang [ORG CLB Sapporo] trong 5 tháng .", {("Lê_Công_Vinh", "memberOf", "CLB Sapporo")}),
        ("[PER Romelu_Lukaku] đã được cho mượn tới [ORG Everton] .", {("Romelu_Lukaku", "memberOf", "Everton")}),
        ("[PER Romelu_Lukaku] không được cho mượn tới [ORG Everton] .", set()),
        # the team lending him: told no tie here
        ("[ORG Chelsea] cho [ORG Atletico_Madrid] mượn [PER Thibaut_Courtois] .", set()),
    ],
)
def test_team_memberships_a_player_on_loan(markup, expected):
    assert memberships(markup) == expected
