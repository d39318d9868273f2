"""Coaches of the one team their sentences name."""

from __future__ import annotations

import pytest

from test_roles import roles


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # one team in the sentence of "HLV X"
        ("[PER HLV|Ruud_Koster] quyết_định cho [ORG Hải_Phòng] tấn_công ngay từ đầu .", {("Ruud_Koster", "holdsPostAt", "Hải_Phòng")}),
        ("Trong khi đó , [PER huấn_luyện_viên|Lê_Thụy_Hải] tin rằng [ORG Becamex] sẽ giữ được ba điểm .", {("Lê_Thụy_Hải", "holdsPostAt", "Becamex")}),
        # every sentence of the coach offers the same team
        (
            "[PER HLV|Ruud_Koster] cất [PER Văn_Quyết] . [PER HLV|Ruud_Koster] muốn [ORG Hải_Phòng] đá chắc_chắn hơn .",
            {("Ruud_Koster", "holdsPostAt", "Hải_Phòng")},
        ),
        # two teams in the sentence: the opponent may be either
        ("[PER HLV|Ruud_Koster] cho rằng [ORG Hải_Phòng] xứng_đáng thắng [ORG Becamex] .", set()),
        # sentences offering different teams: no post
        (
            "[PER HLV|Ruud_Koster] khen [ORG Hải_Phòng] . [PER HLV|Ruud_Koster] lo_ngại hàng công của [ORG Becamex] .",
            set(),
        ),
        # the one team is the one met, beaten or compared with: the opponent
        ("Gặp lại [ORG U21_Sydney] , các học_trò của [PER HLV|Đinh_Văn_Dũng] chơi phòng_ngự .", set()),
        ("Các học_trò của [PER HLV|Ruud_Koster] thua [ORG Becamex] 0-2 .", set()),
        ("Đội chủ nhà được đánh_giá nhỉnh hơn [ORG U23_Việt_Nam] nhưng đoàn quân của [PER HLV|Park_Sung_Hwa] vẫn thua .", set()),
        ("Trận đấu với đội [ORG Becamex] , [PER HLV|Ruud_Koster] cất [PER Văn_Quyết] .", set()),
        # no team in the sentence
        ("[PER HLV|Ruud_Koster] hài_lòng với các học_trò .", set()),
        # a news outlet is no team
        ("[PER HLV|Ruud_Koster] trả_lời phỏng_vấn [AGENCY VnExpress] .", set()),
        # not a coach's title
        ("Ông [PER Trần_Văn_Nam] khen [ORG Hải_Phòng] .", set()),
    ],
)
def test_team_coaches_post_at_the_one_team_named(markup, expected):
    assert roles(markup) == expected



@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # beside "thầy_trò HLV X" the team named may be the one played: the other sentences tell the team
        (
            "[PER HLV|Ruud_Koster] khen [ORG Hải_Phòng] . Thầy_trò [PER HLV|Ruud_Koster] quên mất sức_mạnh của [ORG Becamex] .",
            {("Ruud_Koster", "holdsPostAt", "Hải_Phòng")},
        ),
        # with no other sentence offering a team, the one named beside the phrase counts
        (
            "[ORG Hải_Phòng] gặp khó và đoàn_quân của [PER HLV|Ruud_Koster] cần thắng .",
            {("Ruud_Koster", "holdsPostAt", "Hải_Phòng")},
        ),
        # two such sentences offering different teams: no post
        (
            "Thầy_trò [PER HLV|Ruud_Koster] nể [ORG Becamex] . Thầy_trò [PER HLV|Ruud_Koster] khen [ORG Hải_Phòng] .",
            set(),
        ),
    ],
)
def test_team_coaches_phrase_naming_the_coachs_own_team(markup, expected):
    assert roles(markup) == expected


_ARSENAL_ARTICLE = "[ORG Arsenal] thắng lớn . Các cầu_thủ [ORG Arsenal] chơi hay . [ORG Arsenal] dẫn đầu . "


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the one titled coach whose sentences name no team coaches the team the article is about
        (
            _ARSENAL_ARTICLE + "Thầy_trò [PER HLV|Arsène_Wenger] còn phải gặp [ORG Chelsea] và [ORG Liverpool] .",
            {("Arsène_Wenger", "holdsPostAt", "Arsenal")},
        ),
        # mentions after an opponent cue do not make a team the article's own
        (
            "[ORG Chelsea] thắng . Trận đấu với [ORG Schalke] khó . [ORG Chelsea] dẫn đầu . Họ thắng [ORG Schalke] . "
            "Khán_giả [ORG Schalke] buồn . [ORG Chelsea] vui . Thầy_trò [PER HLV|Mourinho] đã thắng .",
            {("Mourinho", "holdsPostAt", "Chelsea")},
        ),
        # two coaches left without a post: a match's two benches, neither is guessed
        (_ARSENAL_ARTICLE + "[PER HLV|Arsène_Wenger] hài_lòng . [PER HLV|Mourinho] thì không .", set()),
        # the team's coach is known: the other coach is the opponent's
        (
            _ARSENAL_ARTICLE + "[PER HLV|Arsène_Wenger] khen [ORG Arsenal] . [PER HLV|Mourinho] không nói gì .",
            {("Arsène_Wenger", "holdsPostAt", "Arsenal")},
        ),
        # a team named fewer than three times, or tied with another, is no focus
        ("[ORG Arsenal] thắng . [ORG Arsenal] vui . Thầy_trò [PER HLV|Arsène_Wenger] đã thắng .", set()),
        (
            _ARSENAL_ARTICLE + "[ORG Chelsea] thua . [ORG Chelsea] buồn . [ORG Chelsea] xuống hạng . [PER HLV|Mourinho] im_lặng .",
            set(),
        ),
    ],
)
def test_team_coaches_coach_of_the_team_the_article_is_about(markup, expected):
    assert roles(markup) == expected
