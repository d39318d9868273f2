"""Affiliations without a post: member nouns and scoring for a team."""

from __future__ import annotations

import pytest

from kg.extract.team_members import is_team
from test_relations_markup import relations, triples


def memberships(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a member noun before the body and the person, with or without "của"
        ("Hậu_vệ [ORG Arsenal] [PER Bacary_Sagna] bị chấn_thương .", {("Bacary_Sagna", "memberOf", "Arsenal")}),
        ("Tiền_đạo của [ORG Chelsea] [PER Diego_Costa] ghi bàn .", {("Diego_Costa", "memberOf", "Chelsea")}),
        # the person between the noun and "của BODY"
        ("Thủ_thành [PER Petr_Cech] của [ORG Chelsea] chơi xuất_sắc .", {("Petr_Cech", "memberOf", "Chelsea")}),
        # in apposition after the person
        ("[PER Lê_Thị_Hoa] , nghiên_cứu_viên [ORG Viện Toán_học] , cho_biết đề_tài đã xong .", {("Lê_Thị_Hoa", "memberOf", "Viện Toán_học")}),
        # scoring for a team
        ("[PER Aaron_Ramsey] đã ghi 9 bàn cho [ORG Arsenal] từ đầu mùa .", {("Aaron_Ramsey", "memberOf", "Arsenal")}),
        ("[PER Robinho] mở tỷ_số cho [ORG AC_Milan] từ rất sớm .", {("Robinho", "memberOf", "AC_Milan")}),
        # the score written "tỉ số" as often as "tỷ số", and levelled as well as opened
        ("[PER Đình_Bảo] cân_bằng tỷ_số 1-1 cho [ORG U21 Việt_Nam] .", {("Đình_Bảo", "memberOf", "U21 Việt_Nam")}),
        ("[PER Văn_Thuận] san_bằng tỉ_số cho [ORG SLNA] ở phút 64 .", {("Văn_Thuận", "memberOf", "SLNA")}),
        ("[PER Robinho] nâng tỉ_số lên 2-1 cho [ORG Milan] .", {("Robinho", "memberOf", "Milan")}),
        ("Sau khi [PER Đình_Bảo] cân_bằng tỷ_số , [ORG Sydney_FC] chơi lấn_lướt .", set()),
        # a penalty told between the verb and the team ("từ chấm 11m")
        ("Phút 70 , [PER Lê_Văn_Thắng] ghi_bàn từ chấm 11m nâng tỷ_số lên 2-0 cho [ORG Hà_Nội_T&T] .", {("Lê_Văn_Thắng", "memberOf", "Hà_Nội_T&T")}),
        # ... but "cho" far past the verb begins something else
        ("[PER Lê_Văn_Thắng] ghi_bàn trong trận mà cả sân đều thấy là quá nặng_nề với một đội bóng không được chuẩn_bị cho [ORG Hà_Nội_T&T] .", set()),
        # the goal is scored against a team, for an unnamed side: no membership
        ("[PER Messi] ghi bàn vào lưới [ORG Arsenal] cho đội khách .", set()),
        # "thủ_thành X của Y" without a body: nothing; a noun followed by another clause's body
        ("Thủ_thành [PER Petr_Cech] của họ chơi xuất_sắc .", set()),
        ("[PER Lê_Thị_Hoa] , nghiên_cứu_viên [ORG Viện Toán_học] nay làm ở [ORG Viettel] .", set()),
    ],
)
def test_affiliations_member_nouns_and_scoring(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a member noun "thuộc biên_chế (của)" a team, the player after it
        ("Hậu_vệ thuộc biên_chế [ORG Sevilla] [PER Daniel_Carriço] bị treo giò .", {("Daniel_Carriço", "memberOf", "Sevilla")}),
        ("[PER Lê_Văn_Đô] , tiền_vệ thuộc biên_chế của [ORG Hải_Phòng] , chấn_thương .", {("Lê_Văn_Đô", "memberOf", "Hải_Phòng")}),
        # a noun opening its clause, its team, then the name in apposition after a comma
        ("Theo tờ Marca , thủ_môn thuộc biên_chế của [ORG Real_Madrid] , [PER Iker_Casillas] sẽ ở lại .", {("Iker_Casillas", "memberOf", "Real_Madrid")}),
        ("Tiền_vệ của [ORG Everton] , [PER Leon_Osman] được gọi lên tuyển .", {("Leon_Osman", "memberOf", "Everton")}),
        # ... not a group of players after an article or a verb, whose clause goes on with another name
        ("Khi gặp các cầu_thủ của [ORG Everton] , [PER Roberto_Martínez] nói họ cần cố_gắng .", set()),
        ("Ông khen tiền_vệ của [ORG Everton] , [PER Roberto_Martínez] cho_biết .", set()),
        # ... nor a second name after a person's own apposition
        ("[PER Leon_Osman] , tiền_vệ của [ORG Everton] , [PER Roberto_Martínez] và nhiều người khác có_mặt .", {("Leon_Osman", "memberOf", "Everton")}),
        # "biên_chế" with no team after it
        ("Tiền_vệ thuộc biên_chế cũ [PER Lê_Văn_Đô] được gọi lại .", set()),
    ],
)
def test_affiliations_players_on_a_teams_books(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school after a verb of study, directly, after its kind, or after "tại/ở"
        ("Chị [PER Nguyễn_Thu_Trang] tốt_nghiệp [ORG Đại_học Ngoại_thương] năm 2010 .", {("Nguyễn_Thu_Trang", "memberOf", "Đại_học Ngoại_thương")}),
        ("Ông [PER Trần_Minh] tốt_nghiệp trường [ORG Harvard] với bằng luật .", {("Trần_Minh", "memberOf", "Harvard")}),
        ("Anh [PER Lý_Quang] học ngành kiến_trúc tại [ORG Đại_học Xây_dựng] .", {("Lý_Quang", "memberOf", "Đại_học Xây_dựng")}),
        ("Cô [PER Mai_Anh] được đào_tạo bài_bản tại [ORG Nhạc_viện Hà_Nội] .", {("Mai_Anh", "memberOf", "Nhạc_viện Hà_Nội")}),
        # "Do" opening the sentence is "because": the name after it is still the subject
        ("Do [PER Lê_Minh] đang học tại [ORG Trường Cao_đẳng Y_tế] , anh ở lại thành_phố .", {("Lê_Minh", "memberOf", "Trường Cao_đẳng Y_tế")}),
        # ... of its own clause only: the studying of the main clause is not the cause's person's
        ("Do [PER Lê_Minh] ốm , học_sinh học tại [ORG Trường Cao_đẳng Y_tế] .", set()),
        # quoted speech is read as any sentence, a short quoted name (of a song, a show) is not
        (
            "[PER Lê_Hà] kể : “ Năm ấy [PER Mai_Phương] học thanh_nhạc ở [ORG Nhạc_viện Huế] , còn tôi đi làm xa nhà ” .",
            {("Mai_Phương", "memberOf", "Nhạc_viện Huế")},
        ),
        ("Bài hát “ [PER Mai_Phương] tốt_nghiệp [ORG Nhạc_viện Huế] ” được yêu_thích .", set()),
        # a verb of study after "và" shares the subject that opens its clause
        ("Sau đó , [PER Trần_Lâm] về [CITY Huế] dạy tiếng Anh và học thạc_sĩ tại [ORG Đại_học Huế] .", {("Trần_Lâm", "memberOf", "Đại_học Huế")}),
        # ... as does a verb right after "khi" opening a clause of time with no subject of its own
        ("Năm 15 tuổi , [PER Hà_My] lên [CITY Hà_Nội] khi trúng_tuyển vào [ORG Nhà_hát Kịch] .", {("Hà_My", "memberOf", "Nhà_hát Kịch")}),
        ("[PER Trần_Lâm] về quê sau khi tốt_nghiệp [ORG Đại_học Huế] .", {("Trần_Lâm", "memberOf", "Đại_học Huế")}),
        ("[PER Trần_Lâm] quen [PER Lê_Hà] khi học tại [ORG Đại_học Huế] .", set()),
        # ... unless that clause names another person, or the clause has no person first
        ("[PER Trần_Lâm] gặp [PER Lê_Hà] và học thêm tại [ORG Đại_học Huế] .", set()),
        ("Năm đó về [CITY Huế] , bạn của [PER Trần_Lâm] dạy tiếng Anh và học tại [ORG Đại_học Huế] .", set()),
        # a degree, then the school it is from after a comma or in brackets
        ("Bà [PER Ngô_Thu_Hà] có bằng Thạc_sĩ Tài_chính , [ORG Đại_học Sydney] , Úc .", {("Ngô_Thu_Hà", "memberOf", "Đại_học Sydney")}),
        ("Ông [PER Đào_Văn_Hải] có trình_độ Tiến_sĩ Luật ( [ORG Trường Đại_học Luật] ) .", {("Đào_Văn_Hải", "memberOf", "Trường Đại_học Luật")}),
        # ... not a body that is no school, nor a school that opens a new clause
        ("Ông [PER Đào_Văn_Hải] có bằng kỹ_sư , [ORG Vinamilk] tuyển ông ngay .", set()),
        ("Ông [PER Đào_Văn_Hải] có bằng kỹ_sư , [ORG Trường Đại_học Luật] mời ông giảng_dạy .", set()),
        # what follows the verb is no school: a place, or a body that is not where one studies
        ("Anh [PER Lý_Quang] học tiếng Anh tại [CITY Đà_Nẵng] .", set()),
        ("Ông [PER Trần_Minh] học được nhiều điều từ [ORG Vinamilk] .", set()),
        ("Anh [PER Lý_Quang] học xong thì [ORG Viettel] tuyển ngay .", set()),
        # a body in brackets right after a name, alone or after a member noun
        ("Em [PER Phạm_Thị_Lan] ( [ORG Đại_học Y Hà_Nội] ) nhận học_bổng .", {("Phạm_Thị_Lan", "memberOf", "Đại_học Y Hà_Nội")}),
        ("[PER Vũ_Đức] ( sinh_viên trường [ORG Đại_học Luật] ) chia_sẻ .", {("Vũ_Đức", "memberOf", "Đại_học Luật")}),
        ("Bàn gỡ của [PER Lewandowski] ( [ORG Dortmund] , [COUNTRY Đức] ) đến muộn .", {("Lewandowski", "memberOf", "Dortmund")}),
        # brackets holding a title tell a post, a place tells where the person is from
        ("Ông [PER Đỗ_Hùng] ( Giám_đốc [ORG Vinamilk] ) phát_biểu .", set()),
        ("Đại_biểu [PER Đỗ_Hùng] ( [CITY Hải_Phòng] ) phát_biểu .", set()),
        ("Ông [PER Đỗ_Hùng] ( [ORG Vinamilk] và [ORG Viettel] ) phát_biểu .", set()),
    ],
)
def test_affiliations_study_and_bracketed_body(markup, expected):
    assert memberships(markup) == expected


def test_affiliations_study_in_a_fronted_clause_is_the_main_subject_s():
    markup = "Sau khi tốt_nghiệp [ORG Đại_học Kinh_tế] , anh [PER Đào_Văn_Phúc] về quê lập_nghiệp ."
    assert memberships(markup) == {("Đào_Văn_Phúc", "memberOf", "Đại_học Kinh_tế")}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "X là (một) NOUN (description) (của) BODY"
        ("Ông [PER Hoàng_Trung_Kiên] là đảng_viên [ORG Đảng Dân_chủ] .", {("Hoàng_Trung_Kiên", "memberOf", "Đảng Dân_chủ")}),
        ("[PER Lê_Công_Vinh] là một tiền_đạo xuất_sắc của [ORG Becamex_Bình_Dương] .", {("Lê_Công_Vinh", "memberOf", "Becamex_Bình_Dương")}),
        ("Chị [PER Vũ_Thị_Mai] trở_thành nghiên_cứu_viên [ORG Viện Toán_học] .", {("Vũ_Thị_Mai", "memberOf", "Viện Toán_học")}),
        # no member noun, or the body is not the member noun's
        ("Ông [PER Hoàng_Trung_Kiên] là bạn của [ORG Đảng Dân_chủ] .", set()),
        ("[PER Lê_Công_Vinh] là tiền_đạo , còn [ORG Becamex_Bình_Dương] thì chưa ký .", set()),
    ],
)
def test_affiliations_member_noun_after_a_copula(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a list of players, each with a member noun or under one, then the team
        (
            "Thủ_môn [PER Bùi_Tiến_Dũng] , hậu_vệ [PER Đoàn_Văn_Hậu] và tiền_vệ [PER Đỗ_Hùng_Dũng] của [ORG Hà_Nội_FC] nghỉ .",
            {("Bùi_Tiến_Dũng", "memberOf", "Hà_Nội_FC"), ("Đoàn_Văn_Hậu", "memberOf", "Hà_Nội_FC"), ("Đỗ_Hùng_Dũng", "memberOf", "Hà_Nội_FC")},
        ),
        (
            "Tiền_đạo [PER Karim_Benzema] và [PER Gareth_Bale] của [ORG Real_Madrid] tỏa_sáng .",
            {("Karim_Benzema", "memberOf", "Real_Madrid"), ("Gareth_Bale", "memberOf", "Real_Madrid")},
        ),
        (
            "Các cầu_thủ [ORG Juventus] như [PER Paulo_Dybala] và [PER Leonardo_Bonucci] đều có_mặt .",
            {("Paulo_Dybala", "memberOf", "Juventus"), ("Leonardo_Bonucci", "memberOf", "Juventus")},
        ),
        # joining or playing for a team
        ("[PER Gareth_Bale] chuyển tới [ORG Real_Madrid] với giá kỷ_lục .", {("Gareth_Bale", "memberOf", "Real_Madrid")}),
        ("[PER Lương_Xuân_Trường] từng khoác_áo [ORG Incheon_United] .", {("Lương_Xuân_Trường", "memberOf", "Incheon_United")}),
        # a name before the list without a member noun of its own is not listed
        ("Ông [PER Park_Ji-sung] và tiền_vệ [PER Son_Heung-min] của [ORG Tottenham] gặp nhau .", {("Son_Heung-min", "memberOf", "Tottenham")}),
        # moving to a place is no membership
        ("Anh [PER Lê_Văn_Tú] chuyển đến [CITY Đà_Nẵng] sinh_sống .", set()),
    ],
)
def test_affiliations_lists_of_members_and_joining_a_team(markup, expected):
    assert memberships(markup) == expected


def test_affiliations_group_listing_its_members():
    statements, _ = relations("Khối [ORG Mercosur] gồm [COUNTRY Brazil] , [COUNTRY Argentina] và [COUNTRY Uruguay] .")
    assert {t for t in triples(statements) if t[1] == "memberOf"} == {
        ("Brazil", "memberOf", "Mercosur"),
        ("Argentina", "memberOf", "Mercosur"),
        ("Uruguay", "memberOf", "Mercosur"),
    }


def ties(markup: str) -> set[tuple[str, str, str]]:
    """The posts and memberships of persons in bodies that ``markup`` tells."""
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in {"memberOf", "holdsPostAt"}}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # teachers, lecturers, doctors, nurses and staff hold a post at the body they work at
        ("Cô [PER Nguyễn_Thị_Hòa] , giáo_viên [ORG Trường Tiểu_học Hoàng_Quế] , đoạt giải nhất .", {("Nguyễn_Thị_Hòa", "holdsPostAt", "Trường Tiểu_học Hoàng_Quế")}),
        ("Ông [PER Hoàng_Văn_Phương] , giảng_viên [ORG Đại_học An_ninh] , đoạt giải nhì .", {("Hoàng_Văn_Phương", "holdsPostAt", "Đại_học An_ninh")}),
        ("[PER Rami_Abdulrahman] , một nhân_viên của [ORG SOHR] cho_biết giao_tranh vẫn tiếp_diễn .", {("Rami_Abdulrahman", "holdsPostAt", "SOHR")}),
        ("Nhân_viên [ORG Bệnh_viện Bạch_Mai] [PER Lê_Thị_Vân] được khen_thưởng .", {("Lê_Thị_Vân", "holdsPostAt", "Bệnh_viện Bạch_Mai")}),
        ("Y_tá [PER Bùi_Thị_Hoa] của [ORG Bệnh_viện Việt_Đức] trực đêm .", {("Bùi_Thị_Hoa", "holdsPostAt", "Bệnh_viện Việt_Đức")}),
        ("[PER Lê_An] , bác_sĩ ở [ORG Bệnh_viện Chợ_Rẫy] , khuyến_cáo .", {("Lê_An", "holdsPostAt", "Bệnh_viện Chợ_Rẫy")}),
        ("Chị [PER Trần_Thu] ( nhân_viên [ORG Vietcombank] ) cho_biết .", {("Trần_Thu", "holdsPostAt", "Vietcombank")}),
        ("Ông [PER Lê_Hà] là giảng_viên của [ORG Đại_học Huế] .", {("Lê_Hà", "holdsPostAt", "Đại_học Huế")}),
        ("[PER bác_sĩ|Đỗ_Thu_Hà] , [ORG Bệnh_viện Đa_khoa] , [CITY Vinh] ; và hai y_tá .", {("Đỗ_Thu_Hà", "holdsPostAt", "Bệnh_viện Đa_khoa")}),
        # researchers, engineers, players and students stay members
        ("[PER Trần_Khánh] , kỹ_sư [ORG Công_ty Cơ_khí] , cho_biết .", {("Trần_Khánh", "memberOf", "Công_ty Cơ_khí")}),
        ("[PER Vũ_Đức] ( sinh_viên trường [ORG Đại_học Luật] ) chia_sẻ .", {("Vũ_Đức", "memberOf", "Đại_học Luật")}),
        # no body written with the noun, a place after it, or a clause that goes on: nothing
        ("[PER Lê_Hà] , nhân_viên văn_phòng , cho_biết .", set()),
        ("[PER Lê_An] , bác_sĩ ở [CITY Hà_Nội] , khuyến_cáo .", set()),
        ("[PER Lê_Hà] , một giảng_viên của [ORG Đại_học Huế] nay làm ở [ORG Viettel] .", set()),
        # the staff of a body the person is not said to be one of
        ("Ông [PER Lê_Hà] gặp nhân_viên [ORG Vietcombank] hôm qua .", set()),
    ],
)
def test_affiliations_staff_hold_a_post_where_they_work(markup, expected):
    assert ties(markup) == expected


def test_affiliations_former_staff_held_the_post_before():
    statements, _ = relations("Cựu nhân_viên [ORG CIA] [PER Edward_Snowden] tị_nạn tại [COUNTRY Nga] .")
    assert {t for t in triples(statements) if t[0] == "Edward_Snowden"} == {("Edward_Snowden", "formerlyHeldPostAt", "CIA")}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a noun of staff before the name, the body in brackets after it: a post
        ("[PER bác_sĩ|Lê_Văn_Thính] ( [ORG Bệnh_viện Bạch_Mai] ) cho_biết .", {("Lê_Văn_Thính", "holdsPostAt", "Bệnh_viện Bạch_Mai")}),
        # another title before the name, or none: a membership
        ("[PER giáo_sư|Lê_Văn_Thính] ( [ORG Bệnh_viện Bạch_Mai] ) cho_biết .", {("Lê_Văn_Thính", "memberOf", "Bệnh_viện Bạch_Mai")}),
        ("Em [PER Phạm_Thị_Lan] ( [ORG Đại_học Y Hà_Nội] ) nhận học_bổng .", {("Phạm_Thị_Lan", "memberOf", "Đại_học Y Hà_Nội")}),
    ],
)
def test_affiliations_staff_title_before_a_bracketed_body(markup, expected):
    assert ties(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Còn có [PER Đào_Quang_Khánh] ( SN 1996 ) , nhân_viên bảo_vệ [ORG Thẩm_mỹ_viện Cát_Tường] .", {("Đào_Quang_Khánh", "holdsPostAt", "Thẩm_mỹ_viện Cát_Tường")}),
        ("Còn có [PER Đào_Quang_Khánh] ( bạn [PER Lê_An] ) , nhân_viên [ORG Thẩm_mỹ_viện Cát_Tường] .", set()),
    ],
)
def test_affiliations_staff_after_the_year_of_birth(markup, expected):
    assert ties(markup) == expected
@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school's kind written apart before its name, after a pupil's class
        ("Em [PER Trà_My] , học_sinh lớp 7A7 trường [ORG THCS Chu_Văn_An] cho_biết mọi người đều đội mũ .",
         {("Trà_My", "memberOf", "THCS Chu_Văn_An")}),
        # ... but no school: a company after a class
        ("Em [PER Trà_My] , học_sinh lớp 7A7 công_ty [ORG Vinamilk] cho_biết .", set()),
        # a team signs players, after a member noun or not
        ("[ORG SHB Đà_Nẵng] đã chiêu_mộ thủ_môn [PER Lê_Văn_Hưng] với hợp_đồng ba năm .", {("Lê_Văn_Hưng", "memberOf", "SHB Đà_Nẵng")}),
        ("[ORG Arsenal] chiêu_mộ [PER Ozil] và [PER Flamini] trong mùa hè .", {("Ozil", "memberOf", "Arsenal"), ("Flamini", "memberOf", "Arsenal")}),
        # ... not a person signing, nor a signed thing that is no person
        ("[PER Ferguson] chiêu_mộ [PER Ozil] không thành .", set()),
        ("[ORG Arsenal] chiêu_mộ nhiều cầu_thủ trẻ từ [ORG Ajax] .", set()),
        # "làm" a member noun of a body, as "là"
        ("Chị [PER Hoa] làm tình_nguyện_viên ở [ORG Hiệp_hội Phụ_nữ] .", {("Hoa", "memberOf", "Hiệp_hội Phụ_nữ")}),
        ("Chị [PER Hoa] làm việc ở [ORG Hiệp_hội Phụ_nữ] .", set()),
    ],
)
def test_affiliations_school_kinds_signings_and_working_as(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a list of degrees, each with its school in brackets
        (
            "Bà [PER Trần_Thu_Hà] có trình_độ Thạc_sĩ Tài_chính ( [ORG Trường Kinh_doanh Insead] , [COUNTRY Pháp] ) ,"
            " Kỹ_sư Xây_dựng ( [ORG Trường Đại_học Bách_khoa] , [CITY Hà_Nội] ) .",
            {("Trần_Thu_Hà", "memberOf", "Trường Kinh_doanh Insead"), ("Trần_Thu_Hà", "memberOf", "Trường Đại_học Bách_khoa")},
        ),
        # ... but a second item with no school in its brackets gives nothing more
        (
            "Bà [PER Trần_Thu_Hà] có trình_độ Thạc_sĩ Tài_chính ( [ORG Trường Kinh_doanh Insead] ) , Kỹ_sư ( [ORG Vinaconex] ) .",
            {("Trần_Thu_Hà", "memberOf", "Trường Kinh_doanh Insead")},
        ),
        # the degree's name read as a name of its own, the school after a comma
        (
            "Ông [PER Lê_Minh_Tâm] có bằng [ORG Thạc_sĩ Quản_trị] , [ORG Đại_học Kinh_tế Quốc_dân] , [CITY Hà_Nội] .",
            {("Lê_Minh_Tâm", "memberOf", "Đại_học Kinh_tế Quốc_dân")},
        ),
        # a member noun the segmenter glued to the word before it
        ("[ORG Sông_Lam_Nghệ_An] đã chiêu_mộ thành_công_tiền_vệ [PER Trần_Đình_Hoàng] .", {("Trần_Đình_Hoàng", "memberOf", "Sông_Lam_Nghệ_An")}),
        ("[ORG Sông_Lam_Nghệ_An] đã chiêu_mộ thành_công_rực_rỡ [PER Trần_Đình_Hoàng] .", set()),
        # "mình" between a verb and the copula: the verb's subject
        ("[PER Trần_Đình_Hoàng] đã chứng_minh mình là tiền_vệ số một của [ORG Sông_Lam_Nghệ_An] .", {("Trần_Đình_Hoàng", "memberOf", "Sông_Lam_Nghệ_An")}),
        ("[PER Trần_Đình_Hoàng] đã chứng_minh mình là người bạn của [ORG Sông_Lam_Nghệ_An] .", set()),
    ],
)
def test_affiliations_lists_of_degrees_glued_nouns_and_reflexives(markup, expected):
    assert memberships(markup) == expected


def test_affiliations_a_persons_name_is_no_degree():
    found = memberships("Ông [PER Lê_Minh_Tâm] có bằng [PER Nguyễn_Văn_Bình] , [ORG Đại_học Kinh_tế Quốc_dân] .")
    assert not any(subject == "Lê_Minh_Tâm" for subject, _, _ in found)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # nouns of athletes and positions, and the top students of a school
        ("Tuyển_thủ [PER Lê_Văn_Sơn] của [ORG Becamex_Bình_Dương] giành chiến_thắng .", {("Lê_Văn_Sơn", "memberOf", "Becamex_Bình_Dương")}),
        ("VĐV [PER Trần_Thị_Mai] của [ORG đội Quân_đội] phá kỷ_lục .", {("Trần_Thị_Mai", "memberOf", "đội Quân_đội")}),
        ("Hậu_vệ trái [PER Văn_Dũng] của [ORG U21 Việt_Nam] mắc sai_lầm .", {("Văn_Dũng", "memberOf", "U21 Việt_Nam")}),
        ("[PER Lê_Minh_Anh] , thủ_khoa [ORG Đại_học Y Hà_Nội] , đạt 29 điểm .", {("Lê_Minh_Anh", "memberOf", "Đại_học Y Hà_Nội")}),
        # admitted to a school
        ("Em [PER Lê_Minh_Anh] thi đỗ vào [ORG Đại_học Y Hà_Nội] với 29 điểm .", {("Lê_Minh_Anh", "memberOf", "Đại_học Y Hà_Nội")}),
        # a span of time between the player and the verb
        ("[PER Lê_Văn_Sơn] sau một thời_gian thi_đấu trong màu_áo [ORG CLB Sapporo] đã về nước .", {("Lê_Văn_Sơn", "memberOf", "CLB Sapporo")}),
        # an athlete of a country, and a top student speaking to a paper, belong to no body here
        ("VĐV [PER Trần_Thị_Mai] của [COUNTRY Việt_Nam] giành HCV .", set()),
        ("Thủ_khoa [PER Lê_Minh_Anh] chia_sẻ với [ORG báo Tuổi_Trẻ] .", set()),
    ],
)
def test_affiliations_athletes_top_students_and_admission(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the year of birth or the age before the member noun, in brackets or between commas
        ("[PER Lê_Minh_Anh] ( SN 1995 , sinh_viên [ORG Đại_học Bách_khoa] ) bị thương .", {("Lê_Minh_Anh", "memberOf", "Đại_học Bách_khoa")}),
        ("Em [PER Đỗ_Thu_Hà] ( 17 tuổi , học_sinh lớp 12 [ORG Trường THPT Lê_Lợi] ) đoạt giải .", {("Đỗ_Thu_Hà", "memberOf", "Trường THPT Lê_Lợi")}),
        ("[PER Lê_Minh_Anh] ( sinh năm 1995 , cầu_thủ [ORG SHB Đà_Nẵng] ) bị treo giò .", {("Lê_Minh_Anh", "memberOf", "SHB Đà_Nẵng")}),
        ("[PER Lê_Minh_Anh] , 21 tuổi , sinh_viên [ORG Đại_học Bách_khoa] , đạt giải .", {("Lê_Minh_Anh", "memberOf", "Đại_học Bách_khoa")}),
        # the aside followed by where one lives, or by a body with no member noun: no membership
        ("[PER Lê_Minh_Anh] ( 21 tuổi , trú tại [CITY Hà_Nội] ) bị bắt .", set()),
        ("[PER Lê_Minh_Anh] ( 21 tuổi , [ORG Đại_học Bách_khoa] ) bị bắt .", set()),
        # a number that is no age ("21 bàn") is no aside
        ("[PER Lê_Minh_Anh] , 21 bàn , tiền_đạo [ORG SHB Đà_Nẵng] , dẫn đầu .", set()),
    ],
)
def test_affiliations_member_noun_after_the_year_of_birth_or_the_age(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the person between the member noun and "thuộc biên_chế" or "tại/ở" the body
        ("Cầu_thủ [PER Lương_Xuân_Trường] thuộc biên_chế [ORG Hoàng_Anh_Gia_Lai] đã trở_lại .", {("Lương_Xuân_Trường", "memberOf", "Hoàng_Anh_Gia_Lai")}),
        ("Nhà_nghiên_cứu [PER Lê_Văn_Hùng] tại [ORG Viện Sử_học] cho_rằng như_vậy .", {("Lê_Văn_Hùng", "memberOf", "Viện Sử_học")}),
        ("Nghiên_cứu_sinh [PER Trần_Thu_Hà] tại [ORG Đại_học Tokyo] vừa công_bố bài báo .", {("Trần_Thu_Hà", "memberOf", "Đại_học Tokyo")}),
        ("Sinh_viên [PER Lê_An] và [PER Vũ_Bình] tại [ORG Đại_học Huế] đoạt giải .", {("Lê_An", "memberOf", "Đại_học Huế"), ("Vũ_Bình", "memberOf", "Đại_học Huế")}),
        # "của" then a common noun of the body's kind before its name
        ("Kỹ_sư [PER Đinh_Quang_Huy] của công_ty [ORG Vinamilk] đã phát_triển hệ_thống này .", {("Đinh_Quang_Huy", "memberOf", "Vinamilk")}),
        # a place, an event or a further clause after "tại": no body of the person's
        ("Cầu_thủ [PER Nguyễn_Văn_Quyết] ở [CITY Hà_Nội] đã ghi_bàn .", set()),
        ("Chuyên_gia [PER Hà_Văn_Tư] tại hội_thảo của [ORG Ngân_hàng Thế_giới] phát_biểu .", set()),
        # a player, an artist or an athlete "tại" a body may only be playing or performing there
        ("Nghệ_sĩ [PER Lê_Khanh] tại [ORG Nhà_hát Lớn] biểu_diễn .", set()),
        ("Tay_vợt [PER Lý_Hoàng_Nam] tại [ORG Wimbledon] thắng trận đầu .", set()),
        # a politician "của" a party
        ("Chính_trị_gia [PER Marine_Le_Pen] của [ORG Đảng Mặt_trận Quốc_gia] tuyên_bố tranh_cử .", {("Marine_Le_Pen", "memberOf", "Đảng Mặt_trận Quốc_gia")}),
        # stars and schoolgirls or schoolboys
        ("Siêu_sao [PER Lionel_Messi] của [ORG Barcelona] lập hat-trick .", {("Lionel_Messi", "memberOf", "Barcelona")}),
        ("Em [PER Lê_Thị_Hoa] , nữ_sinh [ORG Trường THPT Chu_Văn_An] , đạt giải .", {("Lê_Thị_Hoa", "memberOf", "Trường THPT Chu_Văn_An")}),
        ("Một nữ_sinh bị bắt_nạt tại [ORG Trường THPT Chu_Văn_An] .", set()),
        # fighters of an armed group
        ("Tay_súng [PER Abu_Omar] của [ORG IS] đã bị tiêu_diệt .", {("Abu_Omar", "memberOf", "IS")}),
        ("Chiến_binh [PER Omar_Hussein] thuộc nhóm [ORG Al-Shabaab] bị bắt .", {("Omar_Hussein", "memberOf", "Al-Shabaab")}),
        ("Các tay_súng của [ORG IS] tấn_công thành_phố [CITY Mosul] .", set()),
        # a press noun's "tại" says where one reports from
        ("Phóng_viên [PER Lê_Minh] tại [ORG Nhà_Trắng] đặt câu hỏi .", set()),
    ],
)
def test_affiliations_member_noun_then_the_person_then_where(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a few words describing the member noun before "của" or "thuộc biên_chế"
        ("Theo ông [PER Đặng_Văn_Lộc] , chuyên_gia kinh_tế của [ORG Viện Kinh_tế] , giá sẽ tăng .", {("Đặng_Văn_Lộc", "memberOf", "Viện Kinh_tế")}),
        ("[PER Trần_Văn_Đức] , cầu_thủ trẻ thuộc biên_chế [ORG Hà_Nội_FC] , bị chấn_thương .", {("Trần_Văn_Đức", "memberOf", "Hà_Nội_FC")}),
        ("Tiền_đạo người Pháp của [ORG Chelsea] [PER Louis_Remy] ghi_bàn .", {("Louis_Remy", "memberOf", "Chelsea")}),
        # a name or a mark among the words: the body is not the noun's
        ("[PER Trần_Văn_Đức] , cầu_thủ từng gặp [PER Lê_Hà] của [ORG Hà_Nội_FC] , bị chấn_thương .", set()),
        ("[PER Trần_Văn_Đức] , chuyên_gia kinh_tế , bạn của [ORG Viện Kinh_tế] , phát_biểu .", set()),
        # too many words between the noun and "của"
        ("[PER Trần_Văn_Đức] , cầu_thủ đã nhiều lần được nhắc đến trong báo_cáo của [ORG Hà_Nội_FC] , phát_biểu .", set()),
    ],
)
def test_affiliations_member_noun_described_before_its_body(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the person a relative description is set after plays for the team
        ("Thủ_môn [PER Bùi_Tiến_Dũng] , người đang thi_đấu cho [ORG CLB TP.HCM] , được gọi lên tuyển .", {("Bùi_Tiến_Dũng", "memberOf", "CLB TP.HCM")}),
        ("[PER Lionel_Messi] , người đã ghi hai bàn cho [ORG Barcelona] , được khen .", {("Lionel_Messi", "memberOf", "Barcelona")}),
        # a description with a person of its own (not the described one), or without a relative marker
        ("[PER Lionel_Messi] , người mà [PER Neymar] ghi_bàn cho [ORG Barcelona] , được khen .", set()),
        ("[PER Lionel_Messi] , bạn thân ghi bàn cho [ORG Barcelona] , được khen .", set()),
    ],
)
def test_affiliations_scoring_for_a_team_in_a_relative_description(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a member's title and the party set beside the name, maybe after "của"
        ("Ông [PER John_Smith] , thượng_nghị_sĩ [ORG Đảng Cộng_hòa] , chỉ_trích kế_hoạch .", {("John_Smith", "memberOf", "Đảng Cộng_hòa")}),
        ("Bà [PER Jane_Doe] – hạ_nghị_sĩ của [ORG Đảng Dân_chủ] cho_rằng dự_luật sai .", {("Jane_Doe", "memberOf", "Đảng Dân_chủ")}),
        # a former member, a body that is no party, a party listed with another name
        ("Ông [PER John_Smith] , cựu thượng_nghị_sĩ [ORG Đảng Cộng_hòa] , chỉ_trích kế_hoạch .", set()),
        ("Ông [PER John_Smith] , thượng_nghị_sĩ [ORG Ủy_ban Đối_ngoại] , chỉ_trích kế_hoạch .", set()),
        ("Ông [PER John_Smith] , thượng_nghị_sĩ [ORG Đảng Cộng_hòa] và [PER Jane_Doe] gặp nhau .", set()),
    ],
)
def test_affiliations_party_after_a_members_title_in_apposition(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a body naming its members with "gồm" or "có", then a member noun and the names
        ("[ORG Đội_tuyển Việt_Nam] gồm các cầu_thủ [PER Trần_Quang] , [PER Lê_Duy] và [PER Vũ_Hải] .", {("Trần_Quang", "memberOf", "Đội_tuyển Việt_Nam"), ("Lê_Duy", "memberOf", "Đội_tuyển Việt_Nam"), ("Vũ_Hải", "memberOf", "Đội_tuyển Việt_Nam")}),
        ("[ORG Viện Toán_học] hiện có nhà_nghiên_cứu [PER Ngô_Văn_Khang] .", {("Ngô_Văn_Khang", "memberOf", "Viện Toán_học")}),
        # no body right before the verb, or another verb than one of having
        ("Trận đấu có cầu_thủ [PER Trần_Quang] ghi_bàn .", set()),
        ("[ORG Hà_Nội_FC] gặp tiền_đạo [PER Trần_Quang] .", set()),
        ("[ORG Hà_Nội_FC] đã nhiều lần có tiền_đạo [PER Trần_Quang] trong tầm ngắm .", set()),
    ],
)
def test_affiliations_body_naming_its_members(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a list of persons after the member noun, then "thuộc" the body
        ("Các sinh_viên [PER Lê_An] , [PER Vũ_Bình] thuộc [ORG Trường Đại_học Bách_khoa] đoạt giải .", {("Lê_An", "memberOf", "Trường Đại_học Bách_khoa"), ("Vũ_Bình", "memberOf", "Trường Đại_học Bách_khoa")}),
        # a former member: the tie is broken off ("cựu", "nguyên"), but alumni are members
        ("Cựu tiền_đạo [PER Lê_Công_Vinh] của [ORG Sông_Lam_Nghệ_An] đã giải_nghệ .", set()),
        ("[PER Lê_Văn_Hùng] , cựu cầu_thủ của [ORG Hà_Nội_FC] , nay bình_luận .", set()),
        ("Cựu sinh_viên [ORG Trường Đại_học Ngoại_thương] [PER Nguyễn_Văn_Long] chia_sẻ .", {("Nguyễn_Văn_Long", "memberOf", "Trường Đại_học Ngoại_thương")}),
        # admitted to a party
        ("Ông [PER Trần_Văn_Thành] được kết_nạp vào [ORG Đảng Cộng_sản Việt_Nam] năm 1970 .", {("Trần_Văn_Thành", "memberOf", "Đảng Cộng_sản Việt_Nam")}),
        ("Ông [PER Trần_Văn_Thành] đề_nghị kết_nạp [PER Lê_Hà] .", set()),
        # a party in brackets, a state added after a dash
        ("Thượng_nghị_sĩ [PER Lindsey_Graham] ( [ORG Đảng Cộng_hòa] - bang [REGION South_Carolina] ) phản_đối .", {("Lindsey_Graham", "memberOf", "Đảng Cộng_hòa")}),
        ("Ông [PER Lê_Long] ( [CITY Hà_Nội] - [COUNTRY Việt_Nam] ) chia_sẻ .", set()),
    ],
)
def test_affiliations_lists_before_thuoc_former_members_and_admission(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a nationality after the member noun, before the person or the body
        ("Tiền_đạo người [COUNTRY Pháp] [PER Olivier_Giroud] của [ORG Arsenal] ghi_bàn .", {("Olivier_Giroud", "memberOf", "Arsenal")}),
        ("[PER Olivier_Giroud] , tiền_đạo người [COUNTRY Pháp] của [ORG Arsenal] , ghi_bàn .", {("Olivier_Giroud", "memberOf", "Arsenal")}),
        ("Tiền_vệ người [COUNTRY Bỉ] của [ORG Chelsea] [PER Eden_Hazard] ghi_bàn .", {("Eden_Hazard", "memberOf", "Chelsea")}),
        ("[PER Olivier_Giroud] là tiền_đạo người [COUNTRY Pháp] của [ORG Arsenal] .", {("Olivier_Giroud", "memberOf", "Arsenal")}),
        # words qualifying the noun before the name
        ("Cầu_thủ trẻ [PER Văn_Toàn] của [ORG Hoàng_Anh_Gia_Lai] ghi_bàn .", {("Văn_Toàn", "memberOf", "Hoàng_Anh_Gia_Lai")}),
        ("Tiền_đạo chủ_lực [PER Văn_Quyết] của [ORG Hà_Nội_FC] chấn_thương .", {("Văn_Quyết", "memberOf", "Hà_Nội_FC")}),
        ("Cầu_thủ trẻ [PER Văn_Toàn] ghi_bàn vào lưới [ORG Hà_Nội_FC] .", set()),
        # the team the player scores against is not his
        ("Tiền_đạo người [COUNTRY Pháp] [PER Olivier_Giroud] ghi_bàn vào lưới [ORG Chelsea] .", set()),
        ("Tiền_đạo người [COUNTRY Pháp] , [ORG Arsenal] và [PER Olivier_Giroud] .", set()),
    ],
)
def test_affiliations_member_noun_with_a_nationality(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the team that signs the player, in the passive
        ("Tiền_vệ [PER Hoàng_Đức] được [ORG Viettel] chiêu_mộ từ năm 2017 .", {("Hoàng_Đức", "memberOf", "Viettel")}),
        ("[PER Hoàng_Đức] và [PER Quang_Hải] được [ORG Viettel] chiêu_mộ .", {("Hoàng_Đức", "memberOf", "Viettel"), ("Quang_Hải", "memberOf", "Viettel")}),
        ("Ông [PER Văn_An] nói [ORG Viettel] được [ORG Hà_Nội_FC] chiêu_mộ .", set()),
        ("[PER Hoàng_Đức] được [PER Park_Hang-seo] chiêu_mộ .", set()),
        # one's class or shirt number, then one's school or team, in brackets
        ("Em [PER Nguyễn_Văn_An] ( lớp 10A1 , [ORG Trường THPT Chu_Văn_An] ) đạt giải nhất .", {("Nguyễn_Văn_An", "memberOf", "Trường THPT Chu_Văn_An")}),
        ("[PER Văn_Quyết] ( số 10 , [ORG Hà_Nội_FC] ) ghi_bàn .", {("Văn_Quyết", "memberOf", "Hà_Nội_FC")}),
        # a class or number with more words, or no body after it
        ("Em [PER Nguyễn_Văn_An] ( lớp chuyên Toán khóa 5 , [ORG Trường THPT Chu_Văn_An] ) đạt giải .", set()),
        ("[PER Văn_Quyết] ( số 10 , [CITY Hà_Nội] ) ghi_bàn .", set()),
    ],
)
def test_affiliations_signed_in_the_passive_and_class_or_number_in_brackets(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "của" then a common noun of a team before its name
        ("Anh [PER Văn_Toàn] , cầu_thủ của đội_bóng [ORG Hải_Phòng] , cho_biết .", {("Văn_Toàn", "memberOf", "Hải_Phòng")}),
        ("Anh [PER Văn_Toàn] , cầu_thủ của đội_bóng , [ORG Hải_Phòng] thắng .", set()),
        # a post held elsewhere leaves the party's membership told by "thuộc"
        ("Tổng_thống [COUNTRY Mỹ] [PER Barack_Obama] thuộc [ORG Đảng Dân_chủ] .", {("Barack_Obama", "memberOf", "Đảng Dân_chủ")}),
        ("Tổng_thống [COUNTRY Mỹ] [PER Barack_Obama] thuộc thế_hệ trẻ của [ORG Đảng Dân_chủ] .", set()),
    ],
)
def test_affiliations_team_nouns_and_parties_of_post_holders(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a tie shared in brackets by each person of the list before them
        ("[PER Quang_Hải] , [PER Hùng_Dũng] và [PER Văn_Quyết] ( đều thuộc [ORG Hà_Nội_FC] ) được triệu_tập .", {("Quang_Hải", "memberOf", "Hà_Nội_FC"), ("Hùng_Dũng", "memberOf", "Hà_Nội_FC"), ("Văn_Quyết", "memberOf", "Hà_Nội_FC")}),
        ("Hai cầu_thủ [PER Quang_Hải] và [PER Duy_Mạnh] ( cùng của [ORG Hà_Nội_FC] ) lên tuyển .", {("Quang_Hải", "memberOf", "Hà_Nội_FC"), ("Duy_Mạnh", "memberOf", "Hà_Nội_FC")}),
        # "đều" of one person alone, a place in the brackets, a body that does not close them
        ("[PER Quang_Hải] ( đều thuộc [ORG Hà_Nội_FC] ) được triệu_tập .", set()),
        ("[PER Quang_Hải] và [PER Duy_Mạnh] ( đều thuộc [CITY Hà_Nội] ) được triệu_tập .", set()),
        ("[PER Quang_Hải] và [PER Duy_Mạnh] ( đều thuộc [ORG Hà_Nội_FC] thời_trẻ ) được triệu_tập .", set()),
    ],
)
def test_affiliations_tie_shared_in_brackets_by_a_list(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a plain member of a team or a squad is its member
        ("[PER Nguyễn_Văn_Long] là thành_viên [ORG đội_tuyển Olympic Toán_học Việt_Nam] .", {("Nguyễn_Văn_Long", "memberOf", "đội_tuyển Olympic Toán_học Việt_Nam")}),
        ("Tiền_vệ [PER Hoàng_Đức] là thành_viên của [ORG đội_tuyển Việt_Nam] .", {("Hoàng_Đức", "memberOf", "đội_tuyển Việt_Nam")}),
        # a member of a board or a committee holds a seat there
        ("Bà [PER Nguyễn_Thị_Lan] , thành_viên [ORG HĐQT Vietcombank] , cho_biết .", set()),
        ("Ông [PER Lê_Hà] là thành_viên [ORG Ủy_ban Olympic Quốc_tế] .", set()),
    ],
)
def test_affiliations_plain_member_of_a_team(markup, expected):
    assert memberships(markup) == expected


def test_team_members_is_team_reads_the_first_words_of_the_name():
    assert is_team("đội_tuyển Việt_Nam") and is_team("CLB Hà_Nội") and is_team("U23 Việt_Nam")
    assert not is_team("HĐQT Vietcombank") and not is_team("Ủy_ban Olympic Quốc_tế")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a gathering named as a body: one is "tại" it without belonging to it
        ("Sinh_viên [PER Lê_An] tại [ORG Diễn_đàn Kinh_tế Thế_giới] phát_biểu .", set()),
        ("Chuyên_gia [PER Hà_Văn_Tư] tại [ORG Hội_nghị APEC] cho_biết .", set()),
        # ... while a body that is no gathering still is one's
        ("Chuyên_gia [PER Hà_Văn_Tư] ở [ORG Ngân_hàng Thế_giới] nhận_định .", {("Hà_Văn_Tư", "memberOf", "Ngân_hàng Thế_giới")}),
    ],
)
def test_affiliations_no_membership_of_a_gathering_one_is_at(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a wish or a negation before the verb: no member yet, or none
        ("[PER Lê_Hà] mong_muốn khoác_áo [ORG Hà_Nội_FC] .", set()),
        ("[PER Lê_Hà] muốn học tại [ORG Đại_học Huế] .", set()),
        ("[PER Lê_Hà] không phải là cầu_thủ của [ORG Hà_Nội_FC] .", set()),
        ("[PER Lê_Hà] từ_chối khoác_áo [ORG Hà_Nội_FC] .", set()),
        # ... the tie told as it is, or as planned ("sẽ", as a call-up announced)
        ("[PER Lê_Hà] sẽ được triệu_tập vào [ORG Hà_Nội_FC] .", {("Lê_Hà", "memberOf", "Hà_Nội_FC")}),
        ("[PER Lê_Hà] đã khoác_áo [ORG Hà_Nội_FC] .", {("Lê_Hà", "memberOf", "Hà_Nội_FC")}),
        ("[PER Lê_Hà] là cầu_thủ của [ORG Hà_Nội_FC] .", {("Lê_Hà", "memberOf", "Hà_Nội_FC")}),
    ],
)
def test_affiliations_no_membership_planned_wished_or_denied(markup, expected):
    assert memberships(markup) == expected
