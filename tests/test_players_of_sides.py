"""Players of sports sides told by a verb of coming back before joining, by a copula before a scorer, by what a line-up holds, as a pair of a side, and as signed by a side."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def memberships(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a verb of going or coming back before a verb of joining shares its subject
        ("Thủ_môn [PER Trần_Nguyên_Mạnh] đã trở_lại tập_trung cùng [ORG U23 Việt_Nam] .", {("Trần_Nguyên_Mạnh", "memberOf", "U23 Việt_Nam")}),
        ("Tiền_vệ [PER Lương_Xuân_Trường] lên tập_trung cùng đội [ORG U22 Việt_Nam] tuần này .", {("Lương_Xuân_Trường", "memberOf", "U22 Việt_Nam")}),
        ("Hậu_vệ [PER Jérôme_Boateng] quay trở_lại tập_trung với [ORG đội_tuyển Đức] .", {("Jérôme_Boateng", "memberOf", "đội_tuyển Đức")}),
        ("Sau hai năm ở [COUNTRY Nhật_Bản] , [PER Lê_Công_Vinh] trở_về khoác_áo [ORG Sông_Lam_Nghệ_An] .", {("Lê_Công_Vinh", "memberOf", "Sông_Lam_Nghệ_An")}),
        ("[PER Kaká] quay về khoác_áo [ORG AC_Milan] sau bốn năm .", {("Kaká", "memberOf", "AC_Milan")}),
        # ... with both named before the verbs
        ("[PER Đỗ_Duy_Mạnh] và [PER Bùi_Tiến_Dũng] trở_lại tập_trung cùng [ORG tuyển Việt_Nam] .", {("Đỗ_Duy_Mạnh", "memberOf", "tuyển Việt_Nam"), ("Bùi_Tiến_Dũng", "memberOf", "tuyển Việt_Nam")}),
        # ... not after a word of wish or negation, nor for a body that is no team
        ("[PER Lê_Công_Vinh] muốn trở_về khoác_áo [ORG Sông_Lam_Nghệ_An] .", set()),
        ("[PER Lê_Công_Vinh] không trở_lại tập_trung cùng [ORG tuyển Việt_Nam] .", set()),
        ("Ông [PER Hoàng_Minh_Sơn] trở_lại tập_trung cùng [ORG Bộ Công_Thương] để soạn đề_án .", set()),
        # a coming back with no verb of joining after it says nothing
        ("[PER Chanathip] trở_lại [CITY Bangkok] sau trận đấu .", set()),
        # the subject of a copula before the noun of who scores for a team
        ("[PER Marco_Reus] là người ghi bàn duy_nhất cho [ORG Dortmund] .", {("Marco_Reus", "memberOf", "Dortmund")}),
        ("[PER Nguyễn_Tiến_Linh] là người đã mở tỷ_số cho [ORG U23 Việt_Nam] ở phút 12 .", {("Nguyễn_Tiến_Linh", "memberOf", "U23 Việt_Nam")}),
        ("Trong trận này , [PER Ali_Mabkhout] là cầu_thủ lập_công cho [ORG ĐT UAE] .", {("Ali_Mabkhout", "memberOf", "ĐT UAE")}),
        ("[PER Son_Heung-min] trở_thành người ghi bàn cho [ORG Tottenham] nhiều nhất mùa này .", {("Son_Heung-min", "memberOf", "Tottenham")}),
        # ... not when the copula is denied or wished, nor for a goal against a side
        ("[PER Marco_Reus] không phải là người ghi bàn cho [ORG Dortmund] .", set()),
        ("[PER Nguyễn_Tiến_Linh] muốn là người mở tỷ_số cho [ORG U23 Việt_Nam] .", set()),
        ("[PER Marco_Reus] là người ghi bàn vào lưới [ORG Dortmund] .", set()),
        ("[PER Lionel_Messi] là người ghi bàn trước [ORG Real_Madrid] .", set()),
        # a player's nationality is no membership, nor is a fan of a side
        ("Tiền_vệ người xứ [COUNTRY Wales] [PER Gareth_Bale] là người chuyền bóng .", set()),
        ("[PER Nguyễn_Văn_An] là người hâm_mộ [ORG Chelsea] từ nhỏ .", set()),
    ],
)
def test_players_of_sides(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a side's line-up, maybe "của", then the side and a verb of holding, the players right after it
        ("Đội_hình [ORG Bayern_Munich] có [PER Robert_Lewandowski] và [PER Thomas_Müller] .", {("Robert_Lewandowski", "memberOf", "Bayern_Munich"), ("Thomas_Müller", "memberOf", "Bayern_Munich")}),
        (
            "Trong đội_hình xuất_phát của [ORG Hà_Nội_FC] có [PER Nguyễn_Văn_Quyết] , [PER Đỗ_Hùng_Dũng] và [PER Đoàn_Văn_Hậu] .",
            {("Nguyễn_Văn_Quyết", "memberOf", "Hà_Nội_FC"), ("Đỗ_Hùng_Dũng", "memberOf", "Hà_Nội_FC"), ("Đoàn_Văn_Hậu", "memberOf", "Hà_Nội_FC")},
        ),
        ("Danh_sách triệu_tập [ORG U23 Thái_Lan] gồm các cầu_thủ [PER Chanathip] và [PER Supachok] .", {("Chanathip", "memberOf", "U23 Thái_Lan"), ("Supachok", "memberOf", "U23 Thái_Lan")}),
        ("Đội_hình [ORG ĐT Jordan] có tiền_đạo [PER Hamza_Al-Dardour] .", {("Hamza_Al-Dardour", "memberOf", "ĐT Jordan")}),
        # ... not a modal, a negation, a selection of a league, a description before the names, a list that is no squad
        ("Đội_hình [ORG Juventus] có_thể thiếu [PER Paulo_Dybala] .", set()),
        ("Đội_hình [ORG Juventus] không có [PER Paulo_Dybala] .", set()),
        ("Đội_hình tiêu_biểu [ORG V-League] có [PER Nguyễn_Công_Phượng] .", set()),
        ("Đội_hình [ORG Juventus] có nhiều ngôi_sao như [PER Cristiano_Ronaldo] .", set()),
        ("Danh_sách [ORG Forbes] có [PER Vladimir_Putin] .", set()),
        # ... nor the line-up of a side met, whose verb is not right after the side
        ("Đội_hình [ORG Real_Madrid] gặp [ORG Barca] có [PER Karim_Benzema] .", set()),
    ],
)
def test_players_in_a_sides_lineup(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a pair or group of players, then "của" and their side
        ("Bộ_đôi [PER Nguyễn_Văn_Toàn] - [PER Nguyễn_Công_Phượng] của [ORG HAGL] chơi rất hay .", {("Nguyễn_Văn_Toàn", "memberOf", "HAGL"), ("Nguyễn_Công_Phượng", "memberOf", "HAGL")}),
        ("Cặp [PER Kevin_De_Bruyne] – [PER Erling_Haaland] của [ORG Man_City] phối_hợp ăn_ý .", {("Kevin_De_Bruyne", "memberOf", "Man_City"), ("Erling_Haaland", "memberOf", "Man_City")}),
        (
            "Bộ_ba [PER Sadio_Mané] , [PER Roberto_Firmino] và [PER Mohamed_Salah] của [ORG Liverpool] ghi 50 bàn .",
            {("Sadio_Mané", "memberOf", "Liverpool"), ("Roberto_Firmino", "memberOf", "Liverpool"), ("Mohamed_Salah", "memberOf", "Liverpool")},
        ),
        # ... not a country after "của" (a nationality), a single name, or a side named further on
        ("Bộ_đôi [PER Nguyễn_Văn_Toàn] - [PER Nguyễn_Công_Phượng] của [COUNTRY Việt_Nam] chơi rất hay .", set()),
        ("Cặp [PER Kaká] của [ORG AC_Milan] phối_hợp ăn_ý .", set()),
        ("Cặp [PER Teerasil_Dangda] - [PER Chanathip] đánh_bại thủ_thành của [ORG Becamex_Bình_Dương] .", set()),
        ("Cặp vợ_chồng [PER Lê_Văn_Hùng] - [PER Trần_Thị_Mai] của [ORG công_ty Hòa_Phát] đến dự .", set()),
    ],
)
def test_players_as_a_pair_of_a_side(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a verb of announcing before the verb of signing shares the side as its subject
        ("[ORG Becamex_Bình_Dương] đã xác_nhận chiêu_mộ thành_công [PER Nguyễn_Anh_Đức] .", {("Nguyễn_Anh_Đức", "memberOf", "Becamex_Bình_Dương")}),
        ("[ORG Hà_Nội_FC] thông_báo chiêu_mộ thành_công tiền_vệ [PER Đỗ_Hùng_Dũng] .", {("Đỗ_Hùng_Dũng", "memberOf", "Hà_Nội_FC")}),
        ("[ORG Bayern_Munich] công_bố đã chiêu_mộ [PER Leroy_Sané] .", {("Leroy_Sané", "memberOf", "Bayern_Munich")}),
        # ... as does a side's leadership acting for it
        ("Ban lãnh_đạo [ORG Than_Quảng_Ninh] đã xác_nhận chiêu_mộ [PER Nghiêm_Xuân_Tú] .", {("Nghiêm_Xuân_Tú", "memberOf", "Than_Quảng_Ninh")}),
        ("Phía [ORG Inter_Milan] chính_thức chiêu_mộ [PER Romelu_Lukaku] .", {("Romelu_Lukaku", "memberOf", "Inter_Milan")}),
        # ... not a denial, a wish, or a verb that is no signing
        ("[ORG Becamex_Bình_Dương] không xác_nhận chiêu_mộ [PER Nguyễn_Anh_Đức] .", set()),
        ("Ban lãnh_đạo [ORG Than_Quảng_Ninh] muốn chiêu_mộ [PER Nghiêm_Xuân_Tú] .", set()),
        ("Lãnh_đạo [ORG Bộ Công_an] xác_nhận bắt [PER Trần_Văn_Bình] .", set()),
    ],
)
def test_players_signed_by_a_side(markup, expected):
    assert memberships(markup) == expected


def _persons(text: str) -> set[str]:
    from kg.analyse import analyse
    from kg.extract.mentions import find_mentions
    from kg.model import Article

    analysed = analyse(Article(id="a", text=text, source="test", title="t"))
    return {m.text for m in find_mentions(analysed) if m.type.value == "Person"}


@pytest.mark.parametrize(
    ("sentence", "persons"),
    [
        # a group that leads a body names no person ...
        ("Theo tờ Goal , ban lãnh_đạo Than_Quảng_Ninh đã chiêu_mộ Nghiêm_Xuân_Tú .", {"Nghiêm_Xuân_Tú"}),
        ("Sau trận , ban giám_đốc Becamex_Bình_Dương họp khẩn .", set()),
        # ... while the title alone before a body still stands for its holder
        ("Sau trận , lãnh_đạo Than_Quảng_Ninh họp khẩn .", {"lãnh_đạo Than_Quảng_Ninh"}),
        ("Sau trận , giám_đốc Becamex_Bình_Dương Nguyễn_Văn_Hùng nói .", {"Nguyễn_Văn_Hùng"}),
    ],
)
def test_a_leadership_group_names_no_person(sentence, persons):
    assert _persons(sentence) == persons
