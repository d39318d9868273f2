"""Journeys told by "lên/xuống/đi/du_lịch X", visits of a delegation, and bodies set beside a person's name."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations, roles_of, triples


def events_of(markup: str, event_type: EventType):
    _, events = relations(markup)
    return [e for e in events if e.type is event_type]


@pytest.mark.parametrize(
    ("markup", "agent", "destination"),
    [
        ("Năm 2001 , chị [PER Lê_Thu_Hà] rời [CITY Nam_Định] lên [CITY Hà_Nội] học đàn .", "Lê_Thu_Hà", "Hà_Nội"),
        ("Ông [PER Trần_Bình] xuống [REGION Cà_Mau] kiểm_tra đê .", "Trần_Bình", "Cà_Mau"),
        ("Đội [ORG U19 Thái_Lan] đi [COUNTRY Nhật_Bản] tập_huấn .", "U19 Thái_Lan", "Nhật_Bản"),
        ("Nữ nghi_phạm [PER Sally_Jones] đi qua [COUNTRY Kenya] rồi biến_mất .", "Sally_Jones", "Kenya"),
        ("Ca_sĩ [PER Mỹ_Linh] du_lịch [REGION châu Âu] cùng gia_đình .", "Mỹ_Linh", "châu Âu"),
        ("Ông [PER Lý_Quang] lên_đường tới [CITY Tokyo] sáng nay .", "Lý_Quang", "Tokyo"),
    ],
)
def test_travel_cues(markup, agent, destination):
    (travel,) = events_of(markup, EventType.TRAVEL)
    assert roles_of(travel)["agent"] == [agent] and roles_of(travel)["destination"] == [destination]


@pytest.mark.parametrize(
    "markup",
    [
        # "lên/xuống" of a rise or a fall, "đi" before no place: nobody goes anywhere
        "Giá vàng tại [CITY Hà_Nội] tăng lên 40 triệu đồng .",
        "Ông [PER Trần_Bình] đi làm ở [ORG Viettel] .",
        "Ông [PER Trần_Bình] đưa ảnh lên [ORG Facebook] .",
        "Mực nước sông ở [REGION Cà_Mau] xuống thấp .",
    ],
)
def test_no_travel_without_a_place_gone_to(markup):
    assert events_of(markup, EventType.TRAVEL) == []


@pytest.mark.parametrize(
    "markup",
    [
        "Bà [PER Lê_Hà] nói chuyến thăm của đoàn [ORG Đảng Xã_hội Chile] đến [COUNTRY Việt_Nam] rất thành_công .",
        "Chuyến thăm của phái_đoàn [ORG Quốc_hội Lào] tới [CITY Huế] kéo_dài ba ngày .",
    ],
)
def test_visit_of_a_delegation_is_a_visit_not_a_travel(markup):
    (visit,) = events_of(markup, EventType.VISIT)
    assert len(roles_of(visit)["agent"]) == 1 and len(roles_of(visit)["place"]) == 1
    assert events_of(markup, EventType.TRAVEL) == []


def memberships(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Đại_biểu [PER Lê_Văn_Hưng] - [ORG Đoàn ĐBQH Cần_Thơ] , phát_biểu tại hội_trường .", {("Lê_Văn_Hưng", "memberOf", "Đoàn ĐBQH Cần_Thơ")}),
        ("Giải gồm : giáo_sư [PER Trần_Khánh] , [ORG Đại_học Bách_khoa] ; tiến_sĩ [PER Lê_An] , [ORG Viện Toán_học] .", {("Trần_Khánh", "memberOf", "Đại_học Bách_khoa"), ("Lê_An", "memberOf", "Viện Toán_học")}),
        # a list of names, not an apposition
        ("Nhà tài_trợ gồm ông [PER Trần_Khánh] , [ORG Vingroup] , [ORG Viettel] và [ORG FPT] .", set()),
        ("Khách mời là [PER Lê_An] , [PER Trần_Khánh] , [ORG Vingroup] .", set()),
        # the body opens a new clause
        ("Ông [PER Trần_Khánh] , [ORG Vingroup] đã mời ông phát_biểu .", set()),
        # the one place where the body is may close the apposition after it
        ("Giải nhất về tay kỹ_sư [PER Phạm_Quang_Huy] , [ORG Công_ty Cơ_khí Hòa_Bình] , [REGION Nghệ_An] .", {("Phạm_Quang_Huy", "memberOf", "Công_ty Cơ_khí Hòa_Bình")}),
        ("Khen_thưởng tiến_sĩ [PER Đỗ_Thu_Hà] , [ORG Viện Vật_lý] , [CITY Vinh] ; và hai y_tá .", {("Đỗ_Thu_Hà", "memberOf", "Viện Vật_lý")}),
        # places listed after the body, or a place that opens a new clause, close nothing
        ("Ông [PER Phạm_Quang_Huy] , [ORG Vingroup] , [CITY Hà_Nội] , [CITY Huế] được mời .", set()),
        ("Ông [PER Phạm_Quang_Huy] , [ORG Vingroup] , [CITY Hà_Nội] có nhiều dự_án .", set()),
        # a seat ("Ủy_viên") or a post at the body says more than a membership
        ("[PER Ủy_viên|Lê_Hồng_Anh] , [ORG Bộ Chính_trị] , phát_biểu .", set()),
        ("Ông [PER Tổng_giám_đốc|Trần_Khánh] , [ORG Vingroup] , cho_biết .", set()),
    ],
)
def test_body_set_beside_a_person(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # member nouns of research and expertise, the body after "của" or "tại/ở"
        ("[PER Trần_Khánh] , nhà_nghiên_cứu tại [ORG Viện Sử_học] , cho_biết .", {("Trần_Khánh", "memberOf", "Viện Sử_học")}),
        ("[PER Lê_An] , chuyên_gia của [ORG Ngân_hàng Phát_triển Châu_Á] , nhận_định .", {("Lê_An", "memberOf", "Ngân_hàng Phát_triển Châu_Á")}),
        ("Nhà_khoa_học [PER Lê_An] của [ORG Viện Vật_lý] công_bố kết_quả .", {("Lê_An", "memberOf", "Viện Vật_lý")}),
        ("[PER Lê_An] , kỹ_sư ở [ORG Công_ty Cơ_khí Hòa_Bình] , khuyến_cáo .", {("Lê_An", "memberOf", "Công_ty Cơ_khí Hòa_Bình")}),
        ("[PER Lê_An] , nghiên_cứu_viên ở [ORG Viện Pasteur] , khuyến_cáo .", {("Lê_An", "memberOf", "Viện Pasteur")}),
        # a place after "ở" is where, not whose
        ("[PER Lê_An] , chuyên_gia ở [CITY Hà_Nội] , nhận_định .", set()),
        # the experts of a country are no members of a body
        ("Các chuyên_gia [COUNTRY Mỹ] như [PER Lê_An] nhận_định .", set()),
    ],
)
def test_member_nouns_of_staff_and_research(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[PER Lê_Minh] đã có buổi tiếp với [PER Tổng_thống|Park_Geun-hye] .", {"Lê_Minh", "Park_Geun-hye"}),
        ("[PER Lê_Minh] và [PER Kevin_Rudd] đã có buổi làm_việc tại [CITY Canberra] .", {"Lê_Minh", "Kevin_Rudd", "Canberra"}),
        ("Buổi gặp_gỡ giữa [PER Lê_Minh] và [PER Kevin_Rudd] diễn ra thân_mật .", {"Lê_Minh", "Kevin_Rudd"}),
        ("Trong buổi hội_kiến với [PER Kevin_Rudd] , [PER Lê_Minh] khẳng_định quan_hệ tốt_đẹp .", {"Lê_Minh", "Kevin_Rudd"}),
    ],
)
def test_meetings_told_by_a_session_noun(markup, expected):
    (meeting,) = events_of(markup, EventType.MEETING)
    assert {r.mention.text for r in meeting.roles} == expected


def test_no_meeting_from_a_session_with_no_one_named():
    assert events_of("Tại buổi làm_việc , [PER Lê_Minh] đề_nghị tăng vốn .", EventType.MEETING) == []


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "thuộc BODY" right after the person, also in brackets
        ("Thượng_nghị_sĩ [PER Rand_Paul] thuộc [ORG đảng Cộng_hòa] phản_đối .", {("Rand_Paul", "memberOf", "đảng Cộng_hòa")}),
        ("Kỹ_sư [PER Lê_An] ( thuộc [ORG Viện Cơ_học] ) trình_bày .", {("Lê_An", "memberOf", "Viện Cơ_học")}),
        # "của" ties a person to a party, not to any body
        ("Nghị_sĩ [PER Kim_Han-gil] của [ORG đảng Dân_chủ] bị phạt .", {("Kim_Han-gil", "memberOf", "đảng Dân_chủ")}),
        ("Bức thư của [PER Lê_An] của [ORG Vinamilk] gây chú_ý .", set()),
        # "thuộc" before no body
        ("Ông [PER Lê_An] thuộc diện chính_sách .", set()),
    ],
)
def test_body_a_person_belongs_to(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a party between a parliamentarian's title and the name, maybe with its country in brackets
        ("Thượng_nghị_sĩ [ORG đảng Dân_chủ] [PER Chris_Murphy] phản_đối dự_luật .", {("Chris_Murphy", "memberOf", "đảng Dân_chủ")}),
        ("Hạ_nghị_sĩ [ORG Đảng Cộng_hòa] [PER Peter_King] lên_tiếng .", {("Peter_King", "memberOf", "Đảng Cộng_hòa")}),
        ("Bà gặp nghị_sĩ [ORG Đảng Tự_do] ( [COUNTRY Canada] ) [PER Hedy_Fry] tại [CITY Ottawa] .", {("Hedy_Fry", "memberOf", "Đảng Tự_do")}),
        # a former parliamentarian, a body that is no party, a title that is no member's
        ("Cựu nghị_sĩ [ORG đảng Dân_chủ] [PER Anthony_Weiner] xin_lỗi .", set()),
        ("Nghị_sĩ [ORG Quốc_hội Pháp] [PER Jean_Dupont] phát_biểu .", set()),
        ("Chủ_tịch [ORG đảng Cộng_hòa] [PER Reince_Priebus] phát_biểu .", set()),
        # the bracket holds no place: no party of the name after it
        ("Nghị_sĩ [ORG đảng Dân_chủ] ( [PER Lê_An] ) [PER Chris_Murphy] phát_biểu .", set()),
    ],
)
def test_party_between_a_members_title_and_the_name(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "thành_viên (của) BODY" in apposition to a country or a body
        ("[COUNTRY Ba_Lan] , một thành_viên của [ORG NATO] , lên_tiếng .", {("Ba_Lan", "memberOf", "NATO")}),
        ("[COUNTRY Pháp] , thành_viên thường_trực [ORG Hội_đồng Bảo_an] , phản_đối .", {("Pháp", "memberOf", "Hội_đồng Bảo_an")}),
        # a person "thành_viên" of a body holds a seat there: a post, not read here
        ("Ông [PER Omar_Hammami] , một thành_viên của [ORG al-Shabaab] , bị bắt .", set()),
        # "là một trong năm thành_viên … của BODY"
        ("[COUNTRY Anh] là một trong năm thành_viên thường_trực của [ORG Hội_đồng Bảo_an] .", {("Anh", "memberOf", "Hội_đồng Bảo_an")}),
        # the last item of a list is not what the apposition describes
        ("[COUNTRY Đức] , [COUNTRY Ba_Lan] , một thành_viên của [ORG NATO] , lên_tiếng .", set()),
        # the apposition goes on past the body: its member is of something else
        ("[COUNTRY Ba_Lan] , thành_viên [ORG NATO] ở phía đông , lên_tiếng .", set()),
    ],
)
def test_member_told_by_apposition(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # a seat on a board is a post, not a membership of the company
        "Ông [PER Lê_Minh] , thành_viên HĐQT [ORG Vinamilk] , mua cổ_phiếu .",
        # a body named inside a title: the apposition describes the title's holder
        "Chủ_nhiệm [ORG Ủy_ban Kinh_tế] , Ủy_viên [ORG Ủy_ban Dự_thảo] , ông [PER Lê_Minh] phát_biểu .",
    ],
)
def test_no_member_told_by_apposition_of_a_post(markup):
    assert memberships(markup) == set()


def test_a_reporter_at_a_body_is_not_its_member():
    assert memberships("[PER Lê_An] , phóng_viên tại [ORG Nhà_Trắng] , đặt câu hỏi .") == set()
    # a reporter of an outlet is its staff: a post, not a membership
    statements, _ = relations("[PER Lê_An] , phóng_viên của [ORG Viettel] , đặt câu hỏi .")
    assert {t for t in triples(statements) if t[1] in {"memberOf", "holdsPostAt"}} == {("Lê_An", "holdsPostAt", "Viettel")}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ngôi_sao [PER Gareth_Bale] của [ORG Real_Madrid] bị chấn_thương .", {("Gareth_Bale", "memberOf", "Real_Madrid")}),
        ("Ngôi_sao [PER Gareth_Bale] của [COUNTRY Xứ_Wales] bị chấn_thương .", set()),
    ],
)
def test_star_of_a_team(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the person's verb of saying closes the apposition of the body
        ("Ông [PER Nguyễn_Đình_Quyền] , [ORG Đoàn đại_biểu Quốc_hội Hà_Nội] cho_rằng ngân_sách hụt thu .",
         {("Nguyễn_Đình_Quyền", "memberOf", "Đoàn đại_biểu Quốc_hội Hà_Nội")}),
        ("Bà [PER Tô_Kim_Phượng] - [ORG Tổng_cục Thuế] phát_biểu tại lễ ra_mắt .", {("Tô_Kim_Phượng", "memberOf", "Tổng_cục Thuế")}),
        # ... not another verb, which makes the body a new subject; nor a person who does not open the clause
        ("Ông [PER Nguyễn_Đình_Quyền] , [ORG Vingroup] mời ông phát_biểu .", set()),
        ("Khi làm_việc với ông [PER Thúy] , [ORG NH CSXH] nói đây là việc nghĩa .", set()),
    ],
)
def test_body_apposed_closed_by_a_verb_of_saying(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # in brackets after the name, "thuộc" or "của", a noun of the body's kind and a few words, then the body
        ("Ông [PER Peter_Misek] ( thuộc hãng nghiên_cứu thị_trường [ORG Jefferies] ) nói vậy .", {("Peter_Misek", "memberOf", "Jefferies")}),
        ("Ông [PER Brian_White] ( của công_ty [ORG Topeka] ) nói vậy .", {("Brian_White", "memberOf", "Topeka")}),
        # ... not a body that does not close the brackets, nor words with no noun of kind
        ("Ông [PER Brian_White] ( của công_ty [ORG Topeka] , [ORG Apple] ) nói vậy .", set()),
        ("Ông [PER Brian_White] ( của nhiều dự_án với [ORG Topeka] ) nói vậy .", set()),
    ],
)
def test_body_described_in_brackets_after_a_person(markup, expected):
    assert memberships(markup) == expected
