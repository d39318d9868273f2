"""Players listed by their playing positions belong to the team their sentences name."""

from __future__ import annotations

import pytest

from test_affiliations import memberships


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a list of positions inside a sentence naming one team: every name of the list
        (
            "Nỗi lo của [ORG Juventus] là chấn_thương , từ thủ_môn [PER Gianluigi_Buffon] , hậu_vệ [PER Giorgio_Chiellini] ,"
            " [PER Leonardo_Bonucci] đến tiền_đạo [PER Carlos_Tévez] và [PER Fernando_Llorente] .",
            {
                ("Gianluigi_Buffon", "memberOf", "Juventus"),
                ("Giorgio_Chiellini", "memberOf", "Juventus"),
                ("Leonardo_Bonucci", "memberOf", "Juventus"),
                ("Carlos_Tévez", "memberOf", "Juventus"),
                ("Fernando_Llorente", "memberOf", "Juventus"),
            },
        ),
        # fewer than three names with a position of their own: a mention of players, not a list
        ("[ORG Juventus] mất thủ_môn [PER Gianluigi_Buffon] và [PER Leonardo_Bonucci] .", set()),
        # a second body in the sentence: whose players they are is not told
        (
            "[ORG Juventus] thắng [ORG Napoli] nhờ thủ_môn [PER Gianluigi_Buffon] , hậu_vệ [PER Giorgio_Chiellini] và"
            " tiền_đạo [PER Carlos_Tévez] .",
            set(),
        ),
        # the one team is the one played: the players are the other side's
        (
            "Khi gặp [ORG Juventus] , thủ_môn [PER Iker_Casillas] , hậu_vệ [PER Sergio_Ramos] và tiền_đạo [PER Karim_Benzema] đều chơi tốt .",
            set(),
        ),
        # a person named before the list: the sentence is about someone else's players
        (
            "[PER Antonio_Conte] của [ORG Juventus] khen thủ_môn [PER Gianluigi_Buffon] , hậu_vệ [PER Giorgio_Chiellini] và"
            " tiền_đạo [PER Carlos_Tévez] .",
            set(),
        ),
    ],
)
def test_position_lists_inside_a_sentence_of_one_team(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the sentences after a coach of one team list the line-up by positions
        (
            "[PER HLV|Nguyễn_Hữu_Thắng] quyết_định cho [ORG Sông_Lam_Nghệ_An] đá tấn_công . Cụ_thể thủ_môn [PER Nguyên_Mạnh] ."
            " Hậu_vệ phải [PER Văn_Biển] , cặp trung_vệ [PER Quế_Ngọc_Hải] – [PER Văn_Khánh] . Tiền_đạo [PER Văn_Pho] .",
            {
                ("Nguyên_Mạnh", "memberOf", "Sông_Lam_Nghệ_An"),
                ("Văn_Biển", "memberOf", "Sông_Lam_Nghệ_An"),
                ("Quế_Ngọc_Hải", "memberOf", "Sông_Lam_Nghệ_An"),
                ("Văn_Khánh", "memberOf", "Sông_Lam_Nghệ_An"),
                ("Văn_Pho", "memberOf", "Sông_Lam_Nghệ_An"),
            },
        ),
        # no coach with a team right before the list: whose line-up it is is not told
        (
            "Trận đấu diễn ra lúc 17h . Thủ_môn [PER Nguyên_Mạnh] . Hậu_vệ phải [PER Văn_Biển] , trung_vệ [PER Quế_Ngọc_Hải] .",
            set(),
        ),
        # a sentence with words besides the list is not a line-up sentence
        (
            "[PER HLV|Nguyễn_Hữu_Thắng] quyết_định cho [ORG Sông_Lam_Nghệ_An] đá tấn_công ."
            " Thủ_môn [PER Nguyên_Mạnh] bắt_chính , hậu_vệ [PER Văn_Biển] và trung_vệ [PER Quế_Ngọc_Hải] đá dự_bị .",
            set(),
        ),
        # a lone player after the coach's sentence is no line-up
        ("[PER HLV|Nguyễn_Hữu_Thắng] quyết_định cho [ORG Sông_Lam_Nghệ_An] đá tấn_công . Tiền_đạo [PER Văn_Pho] .", set()),
    ],
)
def test_position_lists_a_coachs_line_up_in_sentences_of_their_own(markup, expected):
    assert memberships(markup) == expected
