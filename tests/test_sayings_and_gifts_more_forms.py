"""Sayings, gifts and journeys told in more everyday forms: an interview phrase opening the sentence with no
comma before the speaker ("Trao_đổi với PV Y ông X cho_biết"); one who speaks for a body named with whom the
body belongs to ("Đại_diện Công_ty X của Tập_đoàn Y cho_biết"); a bare title with a demonstrative ("Vị
Bộ_trưởng này") meaning the holder named last; words pointing back to a quotation ("X nói như_vậy sau buổi
tập"); a gift to the people of a place written with a longer noun ("cho các em học_sinh nghèo tỉnh X");
attending a summit held somewhere ("dự Hội_nghị Thượng_đỉnh G7 tại Z")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations, roles_of
from test_speech import assert_speaker, statements_of


@pytest.mark.parametrize(
    ("markup", "speaker", "source"),
    [
        ("Trao_đổi với PV [AGENCY VnExpress] ông [PER Nguyễn_Văn_Hòa] cho_biết vụ_việc đang được điều_tra .", "Nguyễn_Văn_Hòa", "VnExpress"),
        ("Trả_lời phỏng_vấn báo [AGENCY Tuổi_Trẻ] bà [PER Lê_Thị_Ngọc] khẳng_định giá sữa sẽ không tăng .", "Lê_Thị_Ngọc", "Tuổi_Trẻ"),
        ("Chiều qua , trao_đổi với phóng_viên đại_diện [ORG Công_an huyện Gia_Lâm] cho_biết nghi_phạm đã bị bắt .", "Công_an huyện Gia_Lâm", None),
        ("Chia_sẻ với [AGENCY Zing] ca_sĩ [PER Hồ_Ngọc_Hà] cho_biết cô sẽ ra album mới vào tháng sau .", "Hồ_Ngọc_Hà", "Zing"),
        # the one talked to after a speaker who opens the sentence stays the one talked to
        ("Ông [PER Lê_Văn_Tám] trao_đổi với ông [PER Nguyễn_Văn_Hòa] khẳng_định vụ_việc đang được điều_tra .", "Lê_Văn_Tám", None),
    ],
)
def test_sayings_more_forms_an_interview_opening_with_no_comma(markup, speaker, source):
    (statement,) = statements_of(markup)
    found = roles_of(statement)
    assert found["agent"] == [speaker]
    assert found.get("reportedBy", [None]) == [source]


@pytest.mark.parametrize(
    "markup",
    [
        # the person talked to with nobody after: no one named speaks
        "Trao_đổi với ông [PER Nguyễn_Văn_Hòa] cho_biết vụ_việc đang được điều_tra .",
        "Trao_đổi với PV [AGENCY VnExpress] một cán_bộ cho_biết vụ_việc đang được điều_tra .",
    ],
)
def test_sayings_more_forms_an_interview_with_no_speaker_named(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Đại_diện [ORG Công_ty Điện_lực Ba_Đình] của [ORG EVN Hà_Nội] cho_biết lịch cắt điện sẽ được báo trước .", "Công_ty Điện_lực Ba_Đình"),
        ("Người phát_ngôn [ORG Bộ Quốc_phòng] của [COUNTRY Nhật_Bản] khẳng_định các tàu sẽ rời cảng vào tuần tới .", "Bộ Quốc_phòng"),
        ("Còn đại_diện [ORG Chi_hội Vận_tải Hành_khách] của [ORG Hiệp_hội Vận_tải Hà_Nội] cho_biết giá vé sẽ tăng .", "Chi_hội Vận_tải Hành_khách"),
        ("Lãnh_đạo [ORG Trường Tiểu_học Kim_Đồng] của [REGION quận Ba_Đình] cho_biết học_phí sẽ giữ nguyên .", "Trường Tiểu_học Kim_Đồng"),
        # a person named before the one speaking for the body, in apposition, is the speaker
        ("Ông [PER Tạ_Văn_Thuận] - đại_diện [ORG Chi_hội Vận_tải Hành_khách] của [ORG Hiệp_hội Vận_tải Hà_Nội] cho_biết giá vé sẽ tăng .", "Tạ_Văn_Thuận"),
        # the body is whom one met or whose bulletin speaks: no one speaks for it
        ("Ông [PER Trần_Văn_Nam] gặp đại_diện [ORG Công_ty Điện_lực Ba_Đình] của [ORG EVN Hà_Nội] cho_biết lịch cắt điện sẽ thay_đổi .", None),
        ("Nhân_viên bảo_vệ của [ORG Công_ty Điện_lực Ba_Đình] của [ORG EVN Hà_Nội] cho_biết cửa đã bị phá .", None),
    ],
)
def test_sayings_more_forms_one_speaking_for_a_body_named_with_its_owner(markup, speaker):
    if speaker is None:
        assert [roles_of(s)["agent"] for s in statements_of(markup)] in ([], [["Trần_Văn_Nam"]])
        return
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        (
            "Bộ_trưởng Y_tế [PER Nguyễn_Thị_Kim_Tiến] dự hội_nghị ở [CITY Huế] . Bộ_trưởng Ngoại_giao [COUNTRY Pháp] "
            "[PER Laurent_Fabius] tới [CITY Bắc_Kinh] hôm_qua . Vị Bộ_trưởng này cho_biết [COUNTRY Pháp] muốn tăng_cường hợp_tác .",
            "Laurent_Fabius",
        ),
        (
            "Thủ_tướng [COUNTRY Nhật_Bản] [PER Shinzo_Abe] tới [CITY Manila] hôm_qua . Thủ_tướng [COUNTRY Ấn_Độ] [PER Narendra_Modi] "
            "cũng có_mặt . Vị Thủ_tướng này khẳng_định [COUNTRY Ấn_Độ] sẽ mở thêm đường bay .",
            "Narendra_Modi",
        ),
        (
            "Chủ_tịch [ORG UBND tỉnh Nghệ_An] [PER Nguyễn_Xuân_Đường] họp với Chủ_tịch [ORG UBND tỉnh Hà_Tĩnh] "
            "[PER Đặng_Quốc_Khánh] . Vị Chủ_tịch này nhấn_mạnh hai tỉnh sẽ cùng làm đường ven biển .",
            None,
        ),
        (
            "Chủ_tịch [ORG UBND tỉnh Nghệ_An] [PER Nguyễn_Xuân_Đường] dự lễ khởi_công . Sau đó , Chủ_tịch [ORG UBND tỉnh Hà_Tĩnh] "
            "[PER Đặng_Quốc_Khánh] tới thăm công_trường . Vị Chủ_tịch này nhấn_mạnh tỉnh sẽ làm đường ven biển .",
            "Đặng_Quốc_Khánh",
        ),
        # a demonstrated title nobody named holds
        (
            "Tổng_thống [COUNTRY Pháp] [PER Francois_Hollande] gặp Tổng_thống [COUNTRY Mỹ] [PER Barack_Obama] . "
            "Vị Bộ_trưởng này cho_biết hai nước sẽ ký hiệp_định mới .",
            None,
        ),
        # no demonstrative, or two holders of the title in one sentence: neither is meant
        (
            "Thủ_tướng [COUNTRY Nhật_Bản] [PER Shinzo_Abe] tới [CITY Manila] hôm_qua . Thủ_tướng [COUNTRY Ấn_Độ] [PER Narendra_Modi] "
            "cũng có_mặt . Thủ_tướng khẳng_định [COUNTRY Ấn_Độ] sẽ mở thêm đường bay .",
            None,
        ),
    ],
)
def test_sayings_more_forms_a_demonstrated_title_means_the_holder_named_last(markup, speaker):
    assert_speaker(markup, speaker)


def gifts(markup: str) -> list[tuple[str, str]]:
    _, events = relations(markup)
    return [(e.mentions("agent")[0].text, e.mentions("recipient")[0].text) for e in events if e.type is EventType.GIFT_GIVING]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[ORG Hội Chữ_thập_đỏ Việt_Nam] đã trao_tặng 300 suất quà cho các hộ nghèo [REGION huyện Mường_Lát] , [REGION tỉnh Thanh_Hóa] .",
            [("Hội Chữ_thập_đỏ Việt_Nam", "huyện Mường_Lát")],
        ),
        (
            "[ORG Công_ty Masan] tặng 2.000 thùng mì cho các em học_sinh nghèo [REGION tỉnh Hà_Giang] .",
            [("Công_ty Masan", "tỉnh Hà_Giang")],
        ),
        # a place far past the people, or a gift to people of no place: no recipient named
        ("[ORG Công_ty Masan] tặng 2.000 thùng mì cho các em học_sinh nghèo vượt khó học giỏi ở [REGION tỉnh Hà_Giang] .", []),
        ("[ORG Công_ty Masan] tặng 2.000 thùng mì cho các em học_sinh nghèo .", []),
    ],
)
def test_gifts_more_forms_the_people_of_a_place_receive(markup, expected):
    assert gifts(markup) == expected


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ('" Chúng_tôi đã chuẩn_bị rất kỹ cho giải đấu " . HLV [PER Mai_Đức_Chung] nói như_vậy sau buổi tập .', "Mai_Đức_Chung", "Chúng tôi đã chuẩn bị rất kỹ cho giải đấu"),
        (
            "“ Giá phân_bón sẽ không tăng trong vụ tới ” . Ông [PER Nguyễn_Văn_Phương] , Giám_đốc [ORG Công_ty Phân_bón Bình_Điền] , "
            "khẳng_định như_vậy khi trao_đổi với phóng_viên .",
            "Nguyễn_Văn_Phương",
            "Giá phân bón sẽ không tăng trong vụ tới",
        ),
        ('" Tôi sẽ không rời câu_lạc_bộ vào mùa hè này " . Tiền_đạo [PER Lê_Văn_Thắng] chia_sẻ như_thế với người hâm_mộ .', "Lê_Văn_Thắng", "Tôi sẽ không rời câu lạc bộ vào mùa hè này"),
    ],
)
def test_sayings_more_forms_said_so_after_a_quotation_says_it(markup, speaker, quote):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]
    assert statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        # the quotation before is a title, or the speaker is no one named
        'Bài hát " Mùa_thu Hà_Nội " rất hay . Ca_sĩ [PER Lê_Văn_Thắng] nói như_vậy .',
        '" Chúng_tôi đã chuẩn_bị rất kỹ cho giải đấu " . Một cầu_thủ nói như_vậy sau buổi tập .',
    ],
)
def test_sayings_more_forms_said_so_with_no_quotation_or_no_speaker(markup):
    assert statements_of(markup) == []


def travels(markup: str) -> list[tuple[str, str]]:
    _, events = relations(markup)
    return [(e.mentions("agent")[0].text, e.mentions("destination")[0].text) for e in events if e.type is EventType.TRAVEL and e.mentions("destination")]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Thủ_tướng [PER Nguyễn_Xuân_Phúc] lên_đường tham_dự Hội_nghị Thượng_đỉnh [ORG G7] tại [COUNTRY Nhật_Bản] .", [("Nguyễn_Xuân_Phúc", "Nhật_Bản")]),
        ("Tổng_thống [PER Joko_Widodo] sẽ dự hội_nghị thượng_đỉnh [ORG ASEAN] ở [CITY Kuala_Lumpur] .", [("Joko_Widodo", "Kuala_Lumpur")]),
        ("Bộ_trưởng [PER Lê_Văn_Thành] dự Hội_nghị thượng_đỉnh về khí_hậu tại [CITY Paris] .", [("Lê_Văn_Thành", "Paris")]),
        # a place that names the summit's body, or one attending now: no travel told
        ("Thủ_tướng [PER Nguyễn_Xuân_Phúc] dự Hội_nghị Thượng_đỉnh [ORG G7] .", []),
        ("Thủ_tướng [PER Nguyễn_Xuân_Phúc] đang dự Hội_nghị Thượng_đỉnh [ORG G7] tại [COUNTRY Nhật_Bản] .", []),
    ],
)
def test_journeys_more_forms_attending_a_summit_held_somewhere(markup, expected):
    assert travels(markup) == expected
