"""Journeys told in the ways news tells them: leaving a club or a body for a country ("X rời Man_United
để sang Tây_Ban_Nha"), going back and forth between two places ("X bay đi bay về giữa A và B"), going home
after a trip ("X về nước sau chuyến du_đấu tại Z"), a singer's tour or a holiday told by its noun
("chuyến lưu_diễn Mỹ của ca_sĩ X"), and the verbs of running off or crossing a border ("X chạy về Z",
"X vượt_biên vào Z"); with the words that start like a journey and tell none."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article, EventType
from test_relations_markup import relations

_JOURNEYS = (EventType.TRAVEL, EventType.VISIT)


def journeys(markup: str) -> list[tuple[str, tuple[str, ...], str, bool]]:
    """(type, agents, destination or place, planned) of each travel and visit the markup tells."""
    _, events = relations(markup)
    return [
        (
            e.type.value,
            tuple(sorted(m.text for m in e.mentions("agent"))),
            next((m.text for m in e.mentions("destination") + e.mentions("place")), ""),
            e.planned,
        )
        for e in events
        if e.type in _JOURNEYS
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[PER Cristiano_Ronaldo] rời [ORG Manchester_United] để sang [COUNTRY Tây_Ban_Nha] khoác áo [ORG Real_Madrid] .",
            [("Travel", ("Cristiano_Ronaldo",), "Tây_Ban_Nha", False)],
        ),
        (
            "[PER Hoàng_Minh_Tú] rời_khỏi [ORG Tập_đoàn FPT] {năm 2010|2010} để sang [COUNTRY Mỹ] học_tập .",
            [("Travel", ("Hoàng_Minh_Tú",), "Mỹ", False)],
        ),
        (
            "[PER Lê_Quang_Vinh] đã rời [ORG Bộ Ngoại_giao] để về [CITY Đà_Nẵng] .",
            [("Travel", ("Lê_Quang_Vinh",), "Đà_Nẵng", False)],
        ),
        # the one the relative clause stands for leaves and goes
        (
            "Về [PER Ruud_Kessler] , người rời [ORG Ajax] {năm 2006|2006} để sang [COUNTRY Tây_Ban_Nha] , HLV [PER Jan_Smit] nói anh thô_lỗ .",
            [("Travel", ("Ruud_Kessler",), "Tây_Ban_Nha", False)],
        ),
        # going to another body, or to no place named, is no journey
        ("[PER Hoàng_Minh_Tú] rời [ORG Tập_đoàn FPT] để sang [ORG Viettel] làm_việc .", []),
        ("[PER Hoàng_Minh_Tú] rời [ORG Tập_đoàn FPT] để chuẩn_bị cho dự_án mới .", []),
        # what leaves is no one named
        ("Hàng_hóa rời [CITY Hải_Phòng] để sang [COUNTRY Nhật_Bản] .", []),
    ],
)
def test_trips_leaving_a_body_for_a_place(markup, expected):
    assert journeys(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Ca_sĩ [PER Thu_Hà] bay đi bay về khá nhiều lần giữa [COUNTRY Việt_Nam] và [COUNTRY Mỹ] .",
            [("Travel", ("Thu_Hà",), "Việt_Nam", False), ("Travel", ("Thu_Hà",), "Mỹ", False)],
        ),
        (
            "[PER Đàm_Văn_Lâm] thường_xuyên đi_lại giữa [CITY Hà_Nội] và [CITY Đà_Nẵng] .",
            [("Travel", ("Đàm_Văn_Lâm",), "Hà_Nội", False), ("Travel", ("Đàm_Văn_Lâm",), "Đà_Nẵng", False)],
        ),
        (
            "Doanh_nhân [PER Trịnh_Văn_Bảo] đi đi về về giữa [COUNTRY Singapore] và [COUNTRY Việt_Nam] .",
            [("Travel", ("Trịnh_Văn_Bảo",), "Singapore", False), ("Travel", ("Trịnh_Văn_Bảo",), "Việt_Nam", False)],
        ),
        (
            "[PER Trịnh_Văn_Bảo] sẽ qua_lại giữa [COUNTRY Lào] và [COUNTRY Việt_Nam] để buôn_bán .",
            [("Travel", ("Trịnh_Văn_Bảo",), "Lào", True), ("Travel", ("Trịnh_Văn_Bảo",), "Việt_Nam", True)],
        ),
        # negated, between no places, or by no one named: no journey
        ("[PER Trịnh_Văn_Bảo] không đi_lại giữa [COUNTRY Lào] và [COUNTRY Việt_Nam] .", []),
        ("Bà [PER Thu_Hà] bay đi bay về giữa những ý_tưởng khác_nhau .", []),
        ("Ông [PER Trịnh_Văn_Bảo] đi_lại giữa hai vai_trò .", []),
        ("Việc đi_lại giữa [CITY Hà_Nội] và [CITY Hải_Phòng] ngày_càng thuận_tiện .", []),
        ("Tàu_hỏa đi_lại giữa [CITY Hà_Nội] và [CITY Lào_Cai] mỗi ngày .", []),
        ("Ông [PER Trịnh_Văn_Bảo] đi_lại khó_khăn sau tai_nạn ở [CITY Hà_Nội] .", []),
        # a mark or a name before "giữa": the places belong to something else
        ("[PER Trịnh_Văn_Bảo] đi_lại , làm_việc tại [ORG Vinamilk] giữa [CITY Hà_Nội] và [CITY Huế] .", []),
    ],
)
def test_trips_back_and_forth_between_two_places(markup, expected):
    assert journeys(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[ORG Đội_tuyển Việt_Nam] về nước sau chuyến du_đấu tại [COUNTRY Qatar] .",
            [("Travel", ("Đội_tuyển Việt_Nam",), "Qatar", False)],
        ),
        (
            "Ông [PER Lê_Minh_Khoa] đã trở_về nước sau chuyến công_tác tại [COUNTRY Nhật_Bản] .",
            [("Travel", ("Lê_Minh_Khoa",), "Nhật_Bản", False)],
        ),
        (
            "Ca_sĩ [PER Thu_Hà] đã hồi_hương sau chuyến lưu_diễn tại [COUNTRY Mỹ] .",
            [("Travel", ("Thu_Hà",), "Mỹ", False)],
        ),
        # what one does after a trip does not tell whose trip it was
        ("Ông [PER Lê_Minh_Khoa] ăn_tối sau chuyến công_tác tại [COUNTRY Nhật_Bản] .", []),
        ("Ông [PER Lê_Minh_Khoa] phát_biểu sau chuyến du_đấu tại [COUNTRY Qatar] .", []),
    ],
)
def test_trips_going_home_after_a_trip(markup, expected):
    assert journeys(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[PER Lady_Gaga] sẽ có chuyến lưu_diễn tại [COUNTRY Nhật_Bản] .",
            [("Travel", ("Lady_Gaga",), "Nhật_Bản", True)],
        ),
        (
            "Trong chuyến lưu_diễn tại [COUNTRY Mỹ] , [PER Đàm_Văn_Lâm] đã gặp nhiều khán_giả .",
            [("Travel", ("Đàm_Văn_Lâm",), "Mỹ", False)],
        ),
        (
            "Chuyến lưu_diễn [COUNTRY Mỹ] và [COUNTRY Canada] của ca_sĩ [PER Đàm_Văn_Lâm] kéo_dài một tháng .",
            [("Travel", ("Đàm_Văn_Lâm",), "Mỹ", False), ("Travel", ("Đàm_Văn_Lâm",), "Canada", False)],
        ),
        (
            "Chuyến du_đấu [COUNTRY Qatar] và [COUNTRY Uzbekistan] của [ORG tuyển Việt_Nam] đã kết_thúc .",
            [("Travel", ("tuyển Việt_Nam",), "Qatar", False), ("Travel", ("tuyển Việt_Nam",), "Uzbekistan", False)],
        ),
        (
            "Chuyến du_đấu tại [COUNTRY Qatar] của tiền_đạo [PER Lê_Công_Vinh] kết_thúc sớm .",
            [("Travel", ("Lê_Công_Vinh",), "Qatar", False)],
        ),
        (
            "[PER Kim_Soo_Hyun] có chuyến du_lịch tới [COUNTRY Thái_Lan] cùng bạn_gái .",
            [("Travel", ("Kim_Soo_Hyun",), "Thái_Lan", False)],
        ),
        (
            "[ORG Đội_tuyển Việt_Nam] có chuyến thi_đấu tại [COUNTRY Qatar] .",
            [("Travel", ("Đội_tuyển Việt_Nam",), "Qatar", False)],
        ),
        # no place, or no one whose trip it is: one who organises a trip need not go
        ("Chuyến lưu_diễn của [PER Đàm_Văn_Lâm] bị hủy vì bão .", []),
        ("[ORG Công_ty Saigontourist] tổ_chức chuyến du_lịch tới [COUNTRY Thái_Lan] cho khách_hàng .", []),
        ("[ORG Công_ty Saigontourist] tổ_chức chuyến đi [COUNTRY Thái_Lan] cho khách_hàng .", []),
        ("Giá chuyến du_lịch tới [COUNTRY Thái_Lan] tăng mạnh .", []),
        ("Chuyến thăm [COUNTRY Nhật_Bản] và [COUNTRY Hàn_Quốc] đã thành_công tốt_đẹp .", []),
        # the one whose song is told is no one on the tour
        ("Chuyến lưu_diễn tại [COUNTRY Nhật_Bản] với ca_khúc của ca_sĩ [PER Bruno_Mars] thành_công .", []),
    ],
)
def test_trips_told_by_a_tour_or_a_holiday(markup, expected):
    assert journeys(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[PER Trần_Văn_Dũng] chạy về [REGION Thanh_Hóa] lẩn_trốn .", [("Travel", ("Trần_Văn_Dũng",), "Thanh_Hóa", False)]),
        (
            "Sau khi gây_án , [PER Nguyễn_Văn_Tùng] chạy vào [CITY TP_HCM] .",
            [("Travel", ("Nguyễn_Văn_Tùng",), "TP_HCM", False)],
        ),
        ("[PER Hasan_Omar] liều_lĩnh vượt_biên vào [COUNTRY Syria] .", [("Travel", ("Hasan_Omar",), "Syria", False)]),
        ("[PER Hasan_Omar] đã vượt_biên qua [COUNTRY Thổ_Nhĩ_Kỳ] .", [("Travel", ("Hasan_Omar",), "Thổ_Nhĩ_Kỳ", False)]),
        # running to the finish or to a level, into an unnamed house: no journey
        ("Vận_động_viên [PER Nguyễn_Thị_Oanh] chạy về đích đầu_tiên tại [CITY Hà_Nội] .", []),
        ("Giá xăng chạy về mức 25.000 đồng tại [CITY Hà_Nội] .", []),
        ("Ông [PER Trần_Văn_Dũng] chạy vào nhà hàng_xóm ở [CITY Hà_Nội] .", []),
        ("Hàng_hóa từ [COUNTRY Trung_Quốc] tràn sang [COUNTRY Việt_Nam] .", []),
    ],
)
def test_trips_running_off_and_crossing_a_border(markup, expected):
    assert journeys(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Tiếp đó , [PER Khánh] lên ô_tô cùng [PER Tường] chạy về [CITY Hà_Đông] .",
            [("Travel", ("Khánh", "Tường"), "Hà_Đông", False)],
        ),
        ("[PER Khánh] đi xe_máy ra [CITY Hải_Phòng] .", [("Travel", ("Khánh",), "Hải_Phòng", False)]),
        ("[PER Lê_Văn_Hải] bắt taxi tới sân_bay [FAC Nội_Bài] .", [("Travel", ("Lê_Văn_Hải",), "Nội_Bài", False)]),
        ("[PER Lê_Văn_Hải] sẽ bắt xe_buýt đi [CITY Moskva] .", [("Travel", ("Lê_Văn_Hải",), "Moskva", True)]),
        ("[PER Lê_Văn_Hải] lái xe chở hàng về [CITY Hà_Nội] .", [("Travel", ("Lê_Văn_Hải",), "Hà_Nội", False)]),
        # boarding negated: no one goes
        ("[PER Lê_Văn_Hải] không lên xe đi [CITY Hà_Nội] .", []),
        # whose vehicle it is does not go: the one who rides it does
        ("[PER Lê_Văn_Hải] đi xe của [ORG Vinasun] về [CITY Hà_Nội] .", [("Travel", ("Lê_Văn_Hải",), "Hà_Nội", False)]),
        # a vehicle not boarded, or a person named after no "cùng"
        ("[PER Lê_Văn_Hải] mua xe rồi [PER Trần_An] về [CITY Hà_Nội] .", [("Travel", ("Trần_An",), "Hà_Nội", False)]),
    ],
)
def test_trips_by_a_vehicle_boarded_first(markup, expected):
    assert journeys(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # carried by hand or escorted: the one carried makes no trip
        ("[PER Tường] cùng [PER Khánh] mang xác chị [PER Huyền] ra [CITY Hải_Phòng] .", []),
        ("Cảnh_sát áp_giải [PER Trần_Văn_Dũng] về [REGION Thanh_Hóa] .", []),
        # carried by a vehicle: the one carried travels
        ("Đoàn tàu chở ông [PER Kim_Jong-un] đến [CITY Vladivostok] .", [("Travel", ("Kim_Jong-un",), "Vladivostok", False)]),
    ],
)
def test_trips_the_one_carried_makes_no_trip(markup, expected):
    assert journeys(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông [PER Lê_An] từ [COUNTRY Mỹ] về [COUNTRY Việt_Nam] dự đám_cưới .", [("Travel", ("Lê_An",), "Việt_Nam", False)]),
        (
            "Ca_sĩ [PER Hồ_Lan] từ [COUNTRY Mỹ] trở_về [COUNTRY Việt_Nam] hôm_qua .",
            [("Travel", ("Hồ_Lan",), "Việt_Nam", False)],
        ),
        ("Ông [PER Lê_An] từ [CITY Hà_Nội] bay vào [CITY TP_HCM] .", [("Travel", ("Lê_An",), "TP_HCM", False)]),
        ("Ông [PER Lê_An] được cử sang [COUNTRY Nhật_Bản] học_tập .", [("Travel", ("Lê_An",), "Nhật_Bản", False)]),
        ("Đại_tá [PER Lê_An] được phái tới [COUNTRY Lào] làm chuyên_gia .", [("Travel", ("Lê_An",), "Lào", False)]),
        ("[ORG Đội_tuyển Việt_Nam] bay thẳng sang [CITY Doha] .", [("Travel", ("Đội_tuyển Việt_Nam",), "Doha", False)]),
        (
            "[ORG Đội_tuyển Việt_Nam] sẽ khởi_hành đi [COUNTRY Myanmar] vào {ngày 5/12|--12-05} .",
            [("Travel", ("Đội_tuyển Việt_Nam",), "Myanmar", True)],
        ),
        ("Ông [PER Lê_An] đặt_chân lên đảo [LOC Trường_Sa] .", [("Travel", ("Lê_An",), "Trường_Sa", False)]),
        # what goes from a place to another is no one named, or one goes to a body, or is sent to a post
        ("Giá vé máy_bay từ [CITY Hà_Nội] đến [CITY TP_HCM] tăng mạnh .", []),
        ("[ORG Bộ Giao_thông Vận_tải] xây_dựng đường cao_tốc từ [CITY Hà_Nội] đến [CITY Hải_Phòng] .", []),
        ("Ông [PER Lê_An] chuyển tiền từ [COUNTRY Mỹ] về [COUNTRY Việt_Nam] .", []),
        ("Ông [PER Lê_An] từ [ORG Viettel] sang [ORG FPT] làm_việc .", []),
        ("[ORG Công_ty Vinamilk] mở_rộng từ [COUNTRY Việt_Nam] sang [COUNTRY Campuchia] .", []),
        ("Ông [PER Lê_An] được cử làm Chủ_tịch [ORG UBND tỉnh Nghệ_An] .", []),
        ("Ông [PER Lê_An] không được cử sang [COUNTRY Nhật_Bản] .", []),
    ],
)
def test_trips_from_a_place_sent_or_set_off(markup, expected):
    assert journeys(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Bộ_trưởng [PER Vũ_Minh_Hoà] sẽ dẫn_đầu đoàn doanh_nghiệp sang [COUNTRY Myanmar] .",
            [("Travel", ("Vũ_Minh_Hoà",), "Myanmar", True)],
        ),
        (
            "Bộ_trưởng [PER Vũ_Minh_Hoà] dẫn_đầu đoàn đại_biểu [ORG Bộ Công_Thương] sang [COUNTRY Myanmar] .",
            [("Travel", ("Vũ_Minh_Hoà",), "Myanmar", False)],
        ),
        # not leading, or leading no delegation
        ("Bộ_trưởng [PER Vũ_Minh_Hoà] không dẫn_đầu đoàn sang [COUNTRY Myanmar] .", []),
        ("Ông [PER Vũ_Minh_Hoà] dẫn_đầu bảng xếp_hạng tại [COUNTRY Myanmar] .", []),
    ],
)
def test_trips_the_leader_of_a_delegation_goes(markup, expected):
    assert journeys(markup) == expected


def _raw_journeys(sentence: str) -> list[tuple[str, tuple[str, ...], str]]:
    found = extract_article(Article("t", sentence, "test", segmented=False), learned=False)
    return [
        (
            e.type.value,
            tuple(sorted(m.text for m in e.mentions("agent"))),
            next((m.text for m in e.mentions("destination") + e.mentions("place")), ""),
        )
        for e in found.events
        if e.type in _JOURNEYS
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the words that start like a journey and tell none
        ("Đến nay, ông Nguyễn Văn An vẫn chưa trở lại làm việc.", []),
        ("Tới đây, Việt Nam sẽ tổ chức Hội nghị ASEAN tại Hà Nội.", []),
        ("Hai bên đã đi đến thống nhất về các điều khoản tại Hà Nội.", []),
        ("Đội tuyển Thái Lan về nhì tại giải đấu ở Myanmar.", []),
        ("Ông Nguyễn Văn An phải ra tòa tại Hà Nội vào ngày 12/6 tới.", []),
        ("Giá vàng tăng đến mức kỷ lục tại Việt Nam.", []),
        ("Ngày 12/6 tới, ông Nguyễn Văn An sẽ chủ trì hội nghị tại Hà Nội.", []),
        ("Công ty Vinamilk xuất khẩu sữa sang Trung Quốc.", []),
        ("Ông Nguyễn Văn An đang ở Manila.", []),
        ("Căng thẳng giữa Việt Nam và Trung Quốc đã lên đến đỉnh điểm.", []),
        ("Ông Nguyễn Văn An đi lại giữa hai vai trò.", []),
        ("Tình hình tại Syria đã đi đến bế tắc.", []),
    ],
)
def test_trips_no_journey_in_words_that_start_like_one(sentence, expected):
    assert _raw_journeys(sentence) == expected
