"""Memberships told by a call-up, an admission or playing for a team; a place's level words
without a comma; a school or hospital set "tại/ở" a country."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def facts(markup: str, predicate: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == predicate}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # passive call-up or admission: every listed subject, the team maybe after a noun of a squad
        ("Hai thủ_thành [PER Tấn_Lộc] và [PER Văn_Hùng] được triệu_tập vào [ORG đội_tuyển Việt_Nam] .",
         {("Tấn_Lộc", "memberOf", "đội_tuyển Việt_Nam"), ("Văn_Hùng", "memberOf", "đội_tuyển Việt_Nam")}),
        ("[PER Tấn_Lộc] sẽ được triệu_tập vào đội_hình [ORG tuyển Việt_Nam] trong đợt tập_trung .",
         {("Tấn_Lộc", "memberOf", "tuyển Việt_Nam")}),
        ("[PER Tấn_Lộc] được triệu_tập lên [ORG U23 Việt_Nam] .", {("Tấn_Lộc", "memberOf", "U23 Việt_Nam")}),
        ("Chị [PER Mai_Hương] trúng_tuyển vào [ORG Học_viện Âm_nhạc] năm 2001 .",
         {("Mai_Hương", "memberOf", "Học_viện Âm_nhạc")}),
        # active call-up: the persons right after the verb, then "vào/lên" the team
        ("HLV [PER Park] triệu_tập tiền_đạo [PER Tấn_Lộc] và [PER Văn_Hùng] lên [ORG đội_tuyển Việt_Nam] .",
         {("Tấn_Lộc", "memberOf", "đội_tuyển Việt_Nam"), ("Văn_Hùng", "memberOf", "đội_tuyển Việt_Nam")}),
        ("Ban huấn_luyện bổ_sung [PER Quang_Hải] vào danh_sách [ORG U23 Việt_Nam] .",
         {("Quang_Hải", "memberOf", "U23 Việt_Nam")}),
        # ... not a person summoned somewhere that is no team, nor the coach who calls
        ("Công_an triệu_tập ông [PER Lê_Tâm] đến trụ_sở [ORG Công_an huyện Đông_Anh] .", set()),
        ("[PER Park] triệu_tập thêm hai cầu_thủ vào [ORG đội_tuyển Việt_Nam] .", set()),
        # playing for a team, or playing well "ở" it
        ("[PER Tấn_Lộc] từng chơi cho [ORG Thanh_Hóa FC] .", {("Tấn_Lộc", "memberOf", "Thanh_Hóa FC")}),
        ("[PER Tấn_Lộc] thi_đấu trong màu áo [ORG Becamex Bình_Dương] .", {("Tấn_Lộc", "memberOf", "Becamex Bình_Dương")}),
        ("[PER Tấn_Lộc] cũng đã chơi khá tốt ở [ORG Thanh_Hóa] mùa trước .", {("Tấn_Lộc", "memberOf", "Thanh_Hóa")}),
        # ... where one plays is no team when it is a place or a stadium
        ("[PER Tấn_Lộc] thi_đấu ở [CITY Hà_Nội] suốt mùa giải .", set()),
        ("[PER Tấn_Lộc] thi_đấu tại [FAC Mỹ_Đình] tối qua .", set()),
    ],
)
def test_entry_memberships(markup, expected):
    assert facts(markup, "memberOf") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # two places, each after its word of level, with no comma: the higher level holds the lower
        ("Vụ cháy xảy ra tại huyện [REGION Điện_Bàn] tỉnh [REGION Quảng_Nam] .", {("Điện_Bàn", "locatedIn", "Quảng_Nam")}),
        ("Ông sống ở xã [REGION Hòa_Tiến] huyện [REGION Hòa_Vang] đã lâu .", {("Hòa_Tiến", "locatedIn", "Hòa_Vang")}),
        # ... not when the first is the higher one, nor for a plural kind, nor without a word of level
        ("Đoàn về tỉnh [REGION Quảng_Nam] huyện [REGION Điện_Bàn] .", set()),
        ("Các huyện [REGION Điện_Bàn] tỉnh [REGION Quảng_Nam] bị ngập .", set()),
        # a school or hospital "tại/ở" a country is seated there; a company there is only present
        ("Ông học tại [ORG Đại_học Harvard] tại [COUNTRY Mỹ] hai năm .", {("Đại_học Harvard", "locatedIn", "Mỹ")}),
        ("[ORG Bệnh_viện Hữu_nghị] ở [COUNTRY Lào] tiếp_nhận bệnh_nhân .", {("Bệnh_viện Hữu_nghị", "locatedIn", "Lào")}),
        ("[ORG Samsung] tại [COUNTRY Việt_Nam] tăng vốn .", set()),
    ],
)
def test_levels_and_seats(markup, expected):
    assert facts(markup, "locatedIn") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school or hospital with its place beside it, the apposition closing there or rising on
        ("Ông học ( [ORG Trường Luật] , [ORG Đại_học Yale] , [COUNTRY Mỹ] ) .", {("Đại_học Yale", "locatedIn", "Mỹ")}),
        ("Bà tốt_nghiệp [ORG Đại_học Kỹ_thuật Praha] , [CITY Praha] , [COUNTRY Séc] .",
         {("Đại_học Kỹ_thuật Praha", "locatedIn", "Praha"), ("Praha", "locatedIn", "Séc")}),
        # ... not a list of places after it, nor a clause that goes on past the place
        ("Các trường [ORG Đại_học Harvard] , [CITY Oxford] và [CITY Cambridge] đều tuyển_sinh .", set()),
        ("Bệnh_nhân được chuyển tới [ORG Bệnh_viện Nhi] , [CITY Huế] để cấp_cứu .", set()),
    ],
)
def test_seat_in_apposition(markup, expected):
    assert facts(markup, "locatedIn") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a body one has, set beside the noun that says so
        ("Đêm nhạc có [ORG Bức_Tường] – ban_nhạc Rock của [PER Trần_Lập] biểu_diễn .", {("Trần_Lập", "memberOf", "Bức_Tường")}),
        ("[ORG Sao_Mai Media] , công_ty của ca_sĩ [PER Hà_Linh] , phát_hành album .", {("Hà_Linh", "memberOf", "Sao_Mai Media")}),
        ("Album do công_ty của ca_sĩ [PER Hà_Linh] là [ORG Sao_Mai Media] thực_hiện .", {("Hà_Linh", "memberOf", "Sao_Mai Media")}),
        # ... no body named beside it, or a place after "là"
        ("Công_ty của [PER Hà_Linh] vừa phá_sản .", set()),
        ("Anh bán nhà cho công_ty của [PER Hà_Linh] là [CITY Huế] .", set()),
    ],
)
def test_bodies_one_has(markup, expected):
    assert facts(markup, "memberOf") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a place before a list of places, each after its word of kind, lies in none of them
        ("Hầm qua đèo Cả - quốc_lộ [LOC 1A] , tỉnh [REGION Phú_Yên] và tỉnh [REGION Khánh_Hòa] được khởi_công .", set()),
        ("Đường nối huyện [REGION Ba_Vì] , tỉnh [REGION Hòa_Bình] và tỉnh [REGION Phú_Thọ] .", set()),
        # ... while a chain of rising places is still read link by link
        ("Ông sống ở xã [REGION Hòa_Tiến] , huyện [REGION Hòa_Vang] , TP [CITY Đà_Nẵng] .",
         {("Hòa_Tiến", "locatedIn", "Hòa_Vang"), ("Hòa_Vang", "locatedIn", "Đà_Nẵng")}),
        ("Bão đổ_bộ vào [CITY Hội_An] , tỉnh [REGION Quảng_Nam] .", {("Hội_An", "locatedIn", "Quảng_Nam")}),
    ],
)
def test_place_before_a_list(markup, expected):
    assert facts(markup, "locatedIn") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an apposition after a person, with an article, closed by a mark or by the verb of the clause
        ("[PER Omar_Hadi] , một chuyên_gia của [ORG SOHR] cho_biết giao_tranh vẫn tiếp_diễn .", {("Omar_Hadi", "memberOf", "SOHR")}),
        ("[PER Lê_Hà] , một nghiên_cứu_viên của [ORG Viện Sử_học] , vừa nhận giải .", {("Lê_Hà", "memberOf", "Viện Sử_học")}),
        ("[PER Omar_Hadi] , một nhà_nghiên_cứu của [ORG SOHR] cho_biết giao_tranh vẫn tiếp_diễn .", {("Omar_Hadi", "memberOf", "SOHR")}),
        ("[PER Lê_Hà] , một sinh_viên của [ORG Đại_học Huế] , vừa nhận giải .", {("Lê_Hà", "memberOf", "Đại_học Huế")}),
        # ... not when the clause goes on past the body with a verb outside the cue lexicon
        ("[PER Lê_Hà] , một sinh_viên của [ORG Đại_học Huế] nay làm ở [ORG Viettel] .", set()),
        # the armed forces' member nouns; a rank before the name is no member noun
        ("Ông [PER Trần_Văn_Cường] là vị tướng tài_ba của [ORG Quân_đội Nhân_dân] .", {("Trần_Văn_Cường", "memberOf", "Quân_đội Nhân_dân")}),
        ("Sĩ_quan [PER Lê_Bình] của [ORG Công_an Hà_Nội] bị thương .", {("Lê_Bình", "memberOf", "Công_an Hà_Nội")}),
    ],
)
def test_apposed_and_armed_members(markup, expected):
    assert facts(markup, "memberOf") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an apposition calling a place the capital or seat of a larger one, maybe after a description
        ("Máy_bay rơi gần [CITY Kampot] , thủ_phủ tỉnh [REGION Kampot_Province] .", {("Kampot", "locatedIn", "Kampot_Province")}),
        ("Vụ nổ xảy ra ở [CITY Quetta] , thành_phố lớn ở phía tây , thủ_phủ [REGION Baluchistan] .", {("Quetta", "locatedIn", "Baluchistan")}),
        ("Đoàn tới [CITY Lima] , thủ_đô của [COUNTRY Peru] .", {("Lima", "locatedIn", "Peru")}),
        # ... not a capital of a smaller place; a description naming another place takes the apposition
        ("Ông sống ở [COUNTRY Peru] , thủ_đô [CITY Lima] .", set()),
        ("Ông đến [CITY Cusco] , gần [CITY Lima] , thủ_đô [COUNTRY Peru] .", {("Lima", "locatedIn", "Peru")}),
    ],
)
def test_capital_in_apposition(markup, expected):
    assert facts(markup, "locatedIn") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a company written after its kind, then its country: based there
        ("Radar do công_ty [ORG Raytheon] [COUNTRY Mỹ] chế_tạo .", {("Raytheon", "locatedIn", "Mỹ")}),
        ("Động_cơ của tập_đoàn [ORG Rolls-Royce] [COUNTRY Anh] rất bền .", {("Rolls-Royce", "locatedIn", "Anh")}),
        # ... a body without its kind before it is only of the country ("Bộ Ngoại_giao Mỹ")
        ("[ORG Bộ Ngoại_giao] [COUNTRY Mỹ] cho_biết .", set()),
        ("Radar do [ORG Raytheon] [COUNTRY Mỹ] chế_tạo .", set()),
    ],
)
def test_company_and_country(markup, expected):
    assert facts(markup, "locatedIn") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a student's year or class may stand between the noun and the school
        ("[PER Lê_Văn_An] là sinh_viên năm thứ ba [ORG Trường Đại_học Mỏ] .", {("Lê_Văn_An", "memberOf", "Trường Đại_học Mỏ")}),
        ("Em [PER Lê_Mai] , học_sinh lớp 12A [ORG Trường THPT Phan_Bội_Châu] , đoạt giải .",
         {("Lê_Mai", "memberOf", "Trường THPT Phan_Bội_Châu")}),
        ("Em [PER Lê_Mai] ( học_sinh lớp 6C [ORG Trường THCS Kim_Đồng] , huyện [REGION Đắk_Mil] ) nghỉ học .",
         {("Lê_Mai", "memberOf", "Trường THCS Kim_Đồng")}),
        # alumni are members, as graduates are
        ("[PER Lê_Văn_An] , cựu sinh_viên [ORG Đại_học Stanford] , cho_biết .", {("Lê_Văn_An", "memberOf", "Đại_học Stanford")}),
        # ... the words between must not reach a body that is no school, nor another name
        ("[PER Lê_Văn_An] là sinh_viên giỏi nhất [ORG Viettel] .", set()),
        ("[PER Lê_Văn_An] là sinh_viên được [PER Trần_Bình] dạy ở [ORG Trường Đại_học Mỏ] .", set()),
    ],
)
def test_students_year_and_alumni(markup, expected):
    assert facts(markup, "memberOf") == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school set before its university, the apposition closing there or going on to its place
        ("Ông học ( [ORG Trường Sloan] , [ORG Đại_học MIT] , [COUNTRY Mỹ] ) .", {("Trường Sloan", "partOf", "Đại_học MIT")}),
        ("Bà tốt_nghiệp [ORG Trường Đại_học Khoa_học Tự_nhiên] , [ORG Đại_học Quốc_gia Hà_Nội] .",
         {("Trường Đại_học Khoa_học Tự_nhiên", "partOf", "Đại_học Quốc_gia Hà_Nội")}),
        # ... not in a list of bodies, nor before a body that is no university, nor when the clause goes on
        ("Các trường [ORG Đại_học Mỏ] , [ORG Trường Luật] , [ORG Đại_học Huế] và [ORG Học_viện Ngân_hàng] tuyển_sinh .", set()),
        ("Ông học [ORG Trường Luật] , [ORG Vinamilk] tuyển ông .", set()),
        ("Ông học [ORG Trường Luật] , [ORG Đại_học Huế] mời ông dạy .", set()),
    ],
)
def test_school_of_university(markup, expected):
    assert facts(markup, "partOf") == expected
