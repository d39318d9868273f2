"""Meetings, trips, visits and gifts in forms home news uses: talks told by "thảo_luận với", "bàn_bạc với",
"cuộc trao_đổi với", "buổi đối_thoại giữa"; going out or in ("di_chuyển ra", "lên_đường vào", "đáp chuyến
bay sang"); a trip planned ("có kế_hoạch sang Z"); a trip called off ("chuyến thăm … bị hoãn", "hủy chuyến
đi"); a company's plane or ship going somewhere (no one named travels); a visit sharing whom the gift after
"và" names ("thăm và tặng quà Y"); an item or an amount received "do X trao_tặng/ủng_hộ"; flowers sent "tới Y"; two persons
named before and told of as a pair ("cặp_đôi", "hai người"); a named body's delegation meeting or going to
meet ("Đoàn công_tác của Bộ X (đến) làm_việc với Y")."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations

_TYPES = (EventType.MEETING, EventType.VISIT, EventType.TRAVEL, EventType.GIFT_GIVING)


def told(markup: str) -> list[tuple[str, set[str], str | None, bool]]:
    """The meetings, visits, travels and gifts read from ``markup``: (type, names in roles other than the
    place, the place, planned)."""
    _, found = relations(markup)
    return [
        (
            e.type.value,
            {r.mention.text for r in e.roles if r.role != "place"},
            next((m.text for m in e.mentions("place")), None),
            e.planned,
        )
        for e in found
        if e.type in _TYPES
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # talking a matter over, told by a verb
        (
            "Ông [PER Nguyễn_Văn_Đức] đã thảo_luận với Bộ_trưởng [PER Gina_Raimondo] về chuỗi cung_ứng .",
            [("Meeting", {"Nguyễn_Văn_Đức", "Gina_Raimondo"}, None, False)],
        ),
        (
            "Ông [PER Hoàng_Văn_Sơn] và ông [PER Lý_Minh_Tuấn] đã bàn_bạc với nhau về dự_án .",
            [("Meeting", {"Hoàng_Văn_Sơn", "Lý_Minh_Tuấn"}, None, False)],
        ),
        (
            "Giám_đốc [PER Lê_Minh_Tâm] đã bàn_bạc với [ORG Tập_đoàn Hòa_Phát] về nhà_máy thép .",
            [("Meeting", {"Lê_Minh_Tâm", "Tập_đoàn Hòa_Phát"}, None, False)],
        ),
        (
            "Thứ_trưởng [PER Đỗ_Thanh_Bình] sẽ thảo_luận với [ORG Ngân_hàng Thế_giới] vào tuần tới .",
            [("Meeting", {"Đỗ_Thanh_Bình", "Ngân_hàng Thế_giới"}, None, True)],
        ),
        # talking a matter over, told by the noun of the talk
        (
            "HLV [PER Mai_Đức_Chung] đã có cuộc trao_đổi với Chủ_tịch [PER Trần_Quốc_Tuấn] về kế_hoạch .",
            [("Meeting", {"Mai_Đức_Chung", "Trần_Quốc_Tuấn"}, None, False)],
        ),
        (
            "Bộ_trưởng [PER Lê_Thành_Long] có buổi trao_đổi với Đại_sứ [PER Marc_Duval] tại [CITY Hà_Nội] .",
            [("Meeting", {"Lê_Thành_Long", "Marc_Duval"}, "Hà_Nội", False)],
        ),
        (
            "Buổi đối_thoại giữa [ORG UBND tỉnh Bến_Tre] và [ORG Hiệp_hội Dừa] diễn ra sáng nay .",
            [("Meeting", {"UBND tỉnh Bến_Tre", "Hiệp_hội Dừa"}, None, False)],
        ),
        # a talk with a newspaper, a reporter, or no one named, is no meeting
        ("Ông [PER Lê_Văn_Hùng] có cuộc trao_đổi với [AGENCY Tuổi_Trẻ] về vụ_việc .", []),
        ("Ông [PER Lê_Văn_Hùng] có cuộc trao_đổi với phóng_viên về vụ_việc .", []),
        ("Trao_đổi với [AGENCY VnExpress] , ông [PER Trần_Văn_Bình] cho_biết công_ty sẽ bồi_thường .", []),
        ("[ORG Quốc_hội] thảo_luận về dự_án Luật Đất_đai .", []),
        ("Các đại_biểu thảo_luận với nhau về dự_án luật .", []),
        ("Hai bên dự_kiến sẽ bàn_bạc với nhau vào tháng tới .", []),
        # a talk only wished for, or refused
        ("Bà [PER Nguyễn_Thị_Hằng] mong_muốn được thảo_luận với ông [PER Ivan_Petrov] .", []),
        ("Ông [PER Lê_Văn_Hùng] không bàn_bạc với [ORG Công_ty Minh_Phát] .", []),
        # going out, in, back to a place, and taking a flight there
        (
            "[ORG Đội_tuyển U23 Việt_Nam] đã di_chuyển ra [CITY Hà_Nội] chiều qua .",
            [("Travel", {"Đội_tuyển U23 Việt_Nam", "Hà_Nội"}, None, False)],
        ),
        (
            "Ông [PER Nguyễn_Văn_Khải] di_chuyển vào [CITY Đà_Nẵng] bằng tàu_hỏa .",
            [("Travel", {"Nguyễn_Văn_Khải", "Đà_Nẵng"}, None, False)],
        ),
        (
            "Ông [PER Phan_Văn_Giang] đã đáp chuyến bay sang [COUNTRY Singapore] .",
            [("Travel", {"Phan_Văn_Giang", "Singapore"}, None, False)],
        ),
        (
            "Bà [PER Trần_Thị_Hoa] lên_đường vào [CITY TP.HCM] dự hội_nghị .",
            [("Travel", {"Trần_Thị_Hoa", "TP.HCM"}, None, False)],
        ),
        (
            "Ca_sĩ [PER Hồ_Ngọc_Hà] đáp chuyến bay về [CITY Hà_Nội] tối qua .",
            [("Travel", {"Hồ_Ngọc_Hà", "Hà_Nội"}, None, False)],
        ),
        # a trip planned: the one who plans it travels, later
        (
            "Ông [PER Lê_Văn_Hải] lên kế_hoạch sang [COUNTRY Nhật_Bản] vào tháng 9 .",
            [("Travel", {"Lê_Văn_Hải", "Nhật_Bản"}, None, True)],
        ),
        (
            "Bà [PER Trần_Thị_Hoa] có kế_hoạch sang [COUNTRY Pháp] .",
            [("Travel", {"Trần_Thị_Hoa", "Pháp"}, None, True)],
        ),
        (
            "[ORG Công_ty Minh_Long] đang có kế_hoạch tới [CITY Hà_Nội] tìm đối_tác .",
            [("Travel", {"Công_ty Minh_Long", "Hà_Nội"}, None, True)],
        ),
        # a plan that names no going, and one given up
        ("Ông [PER Lê_Văn_Hải] lên kế_hoạch cho mùa giải mới .", []),
        ("Bà [PER Trần_Thị_Hoa] không có kế_hoạch sang [COUNTRY Pháp] .", []),
        # a company's plane or ship goes there: no one named travels
        ("Chiếc máy_bay của hãng [ORG Bamboo_Airways] đã hạ_cánh xuống [CITY Đà_Nẵng] .", []),
        ("Máy_bay của [ORG Vietnam_Airlines] hạ_cánh xuống sân_bay [FAC Nội_Bài] an_toàn .", []),
        ("Tàu của [ORG Công_ty Vận_tải Biển_Đông] đã đến [CITY Hải_Phòng] .", []),
        # a person's plane, or a team's coach, carries them
        (
            "Chuyên_cơ của Tổng_thống [PER Yoon_Suk_Yeol] đã hạ_cánh xuống sân_bay [FAC Nội_Bài] .",
            [("Travel", {"Yoon_Suk_Yeol", "Nội_Bài"}, None, False)],
        ),
        (
            "Đoàn xe của [ORG đội_tuyển Thái_Lan] đã tới [CITY Hà_Nội] .",
            [("Travel", {"đội_tuyển Thái_Lan", "Hà_Nội"}, None, False)],
        ),
        # a trip called off or put off did not happen
        ("Chuyến đi [COUNTRY Mỹ] của ông [PER Lê_Hoàng_Nam] bị hoãn vì dịch_bệnh .", []),
        ("Chuyến thăm [COUNTRY Nhật_Bản] của ông [PER Nguyễn_Văn_Tùng] đã bị hủy .", []),
        ("Chuyến thăm của Tổng_thống [PER Marc_Duval] tới [COUNTRY Việt_Nam] đã bị hoãn lại .", []),
        ("Ông [PER Lê_Văn_Ba] đã hủy chuyến đi tới [COUNTRY Singapore] .", []),
        ("Bà [PER Ngô_Thị_Hạnh] tạm hoãn chuyến công_tác tới [CITY Paris] .", []),
        # a trip told alone, or with something else called off, happened
        (
            "Chuyến thăm [COUNTRY Nhật_Bản] của ông [PER Nguyễn_Văn_Tùng] diễn ra từ đầu tháng .",
            [("Visit", {"Nguyễn_Văn_Tùng"}, "Nhật_Bản", False)],
        ),
        (
            "Trong chuyến thăm [COUNTRY Lào] , ông [PER Trần_Văn_Minh] đã ký quyết_định hủy_bỏ hợp_đồng cũ .",
            [("Visit", {"Trần_Văn_Minh"}, "Lào", False)],
        ),
        # a visit shares whom the gift after "và" names
        (
            "Ông [PER Đỗ_Văn_Chiến] đã đến thăm và tặng quà [ORG Trung_tâm Điều_dưỡng Duy_Tiên] .",
            [
                ("Visit", {"Đỗ_Văn_Chiến", "Trung_tâm Điều_dưỡng Duy_Tiên"}, None, False),
                ("GiftGiving", {"Đỗ_Văn_Chiến", "Trung_tâm Điều_dưỡng Duy_Tiên"}, None, False),
            ],
        ),
        (
            "Bà [PER Lê_Thị_Nga] thăm và tặng quà ông [PER Hà_Văn_Lực] .",
            [
                ("Visit", {"Lê_Thị_Nga", "Hà_Văn_Lực"}, None, False),
                ("GiftGiving", {"Lê_Thị_Nga", "Hà_Văn_Lực"}, None, False),
            ],
        ),
        # the place visited before "và" is where one went; the gift's recipient is not visited
        (
            "Ông [PER Đỗ_Văn_Chiến] đã thăm [CITY Huế] và tặng quà bà [PER Nguyễn_Thị_Lan] .",
            [
                ("Visit", {"Đỗ_Văn_Chiến"}, "Huế", False),
                ("GiftGiving", {"Đỗ_Văn_Chiến", "Nguyễn_Thị_Lan"}, None, False),
            ],
        ),
        # an item received, its giver named after "do"
        (
            "[ORG Trường Tiểu_học Kim_Đồng] nhận được 50 bộ máy_tính do [ORG Công_ty FPT] trao_tặng .",
            [("GiftGiving", {"Công_ty FPT", "Trường Tiểu_học Kim_Đồng"}, None, False)],
        ),
        (
            "[ORG Bệnh_viện Chợ_Rẫy] đã tiếp_nhận 500 máy thở do [ORG Tập_đoàn Samsung] tặng .",
            [("GiftGiving", {"Tập_đoàn Samsung", "Bệnh_viện Chợ_Rẫy"}, None, False)],
        ),
        (
            "Bà [PER Phạm_Thị_Xuân] vừa nhận sổ tiết_kiệm do ông [PER Lê_Quang_Vinh] trao_tặng .",
            [("GiftGiving", {"Lê_Quang_Vinh", "Phạm_Thị_Xuân"}, None, False)],
        ),
        # an amount received, its giver named after "do" before a verb of giving
        (
            "[ORG Hội Chữ_thập_đỏ tỉnh Nghệ_An] nhận 200 triệu đồng do [ORG Công_ty Bia Sài_Gòn] ủng_hộ .",
            [("GiftGiving", {"Công_ty Bia Sài_Gòn", "Hội Chữ_thập_đỏ tỉnh Nghệ_An"}, None, False)],
        ),
        (
            "[ORG Trường Tiểu_học Lê_Lợi] đã nhận được 50 triệu đồng do [ORG Ngân_hàng Vietcombank] hỗ_trợ .",
            [("GiftGiving", {"Ngân_hàng Vietcombank", "Trường Tiểu_học Lê_Lợi"}, None, False)],
        ),
        # an amount lent or paid is no gift
        ("[ORG Công_ty Minh_Phát] nhận 200 triệu đồng do [ORG Ngân_hàng Vietcombank] cho vay .", []),
        ("[ORG Công_ty Minh_Phát] nhận được 10 tỷ đồng từ [ORG Ngân_hàng Vietcombank] .", []),
        # nothing received yet, something only looked at, a letter: no gift
        ("[ORG Trường Tiểu_học Kim_Đồng] chưa nhận được máy_tính do [ORG Công_ty FPT] trao_tặng .", []),
        ("Ông [PER Lê_Văn_Bình] xem bức tranh do họa_sĩ [PER Trần_Lưu_Hậu] tặng .", []),
        ("Ông [PER Lê_Văn_Hùng] nhận được thư do bà [PER Trần_Thị_Mai] gửi .", []),
        # flowers and presents sent to someone
        (
            "Chủ_tịch [PER Vương_Đình_Huệ] đã gửi lẵng_hoa chúc_mừng tới [ORG Đại_học Quốc_gia Hà_Nội] .",
            [("GiftGiving", {"Vương_Đình_Huệ", "Đại_học Quốc_gia Hà_Nội"}, None, False)],
        ),
        (
            "Ông [PER Võ_Văn_Thưởng] đã gửi điện mừng và lẵng_hoa tới ông [PER Sonexay_Siphandone] .",
            [("GiftGiving", {"Võ_Văn_Thưởng", "Sonexay_Siphandone"}, None, False)],
        ),
        (
            "Bà [PER Lê_Thị_Thu] gửi quà cho [ORG Trường Tiểu_học Hòa_Bình] .",
            [("GiftGiving", {"Lê_Thị_Thu", "Trường Tiểu_học Hòa_Bình"}, None, False)],
        ),
        (
            "Ông [PER Trần_Văn_Sơn] gửi hoa đến bà [PER Nguyễn_Thị_Lan] .",
            [("GiftGiving", {"Trần_Văn_Sơn", "Nguyễn_Thị_Lan"}, None, False)],
        ),
        # a message alone, and flowers shipped abroad, are no gift
        ("Ông [PER Võ_Văn_Thưởng] đã gửi điện mừng tới ông [PER Sonexay_Siphandone] .", []),
        ("[ORG Công_ty Hoa_Việt] gửi hoa tươi sang [COUNTRY Nhật_Bản] .", []),
        ("Ông [PER Trần_Văn_Sơn] gửi thư tới bà [PER Nguyễn_Thị_Lan] .", []),
        # a named body's delegation meets, and goes to meet or inspect, as the body
        (
            "Đoàn công_tác của [ORG Bộ Công_an] đã làm_việc với [ORG UBND tỉnh Sơn_La] .",
            [("Meeting", {"Bộ Công_an", "UBND tỉnh Sơn_La"}, None, False)],
        ),
        (
            "Đoàn công_tác của [ORG Bộ Tài_chính] đã đến làm_việc với [ORG Tập_đoàn Điện_lực] .",
            [("Meeting", {"Bộ Tài_chính", "Tập_đoàn Điện_lực"}, None, False)],
        ),
        (
            "Đoàn kiểm_tra của [ORG Sở Y_tế] đã tới gặp bà [PER Nguyễn_Thị_Lý] .",
            [("Meeting", {"Sở Y_tế", "Nguyễn_Thị_Lý"}, None, False)],
        ),
        (
            "Đoàn công_tác của [ORG Bộ Y_tế] đã đến kiểm_tra công_tác phòng dịch tại tỉnh [REGION Bắc_Giang] .",
            [("Visit", {"Bộ Y_tế"}, "Bắc_Giang", False)],
        ),
        # a delegation meeting no one named, or not meeting, or a body that is no delegation's
        ("Đoàn công_tác của [ORG Bộ Công_an] đã làm_việc với phóng_viên .", []),
        ("Đoàn công_tác của [ORG Bộ Công_an] sẽ không làm_việc với [ORG UBND tỉnh Sơn_La] .", []),
        ("Chiếc xe của [ORG Bộ Công_an] đã đến gặp [ORG UBND tỉnh Sơn_La] .", []),
        # two persons named before, then told of as a pair
        (
            "Ca_sĩ [PER Lê_Minh_Hằng] và diễn_viên [PER Đỗ_Quang_Vinh] đã công_khai hẹn_hò . Hiện_tại , cặp_đôi đang"
            " cùng bạn_bè đi du_lịch tại [COUNTRY Nhật_Bản] .",
            [("Travel", {"Lê_Minh_Hằng", "Đỗ_Quang_Vinh", "Nhật_Bản"}, None, False)],
        ),
        (
            "[PER Lê_Minh_Hằng] và [PER Đỗ_Quang_Vinh] quen nhau từ lâu . Công_ty quản_lý cho_biết , hai người mới_đây"
            " du_lịch [COUNTRY Hàn_Quốc] .",
            [("Travel", {"Lê_Minh_Hằng", "Đỗ_Quang_Vinh", "Hàn_Quốc"}, None, False)],
        ),
        (
            "Ông [PER Lê_Văn_Hà] và ông [PER Phạm_Quốc_Trung] từng là đồng_nghiệp . Hai người gặp nhau tại [CITY Paris] .",
            [("Meeting", {"Lê_Văn_Hà", "Phạm_Quốc_Trung"}, "Paris", False)],
        ),
        # three named before, unnamed men, a pair that is no subject, someone else named in the pair's sentence
        (
            "Anh [PER Nguyễn_Văn_Bình] , anh [PER Lê_Văn_Hòa] và chị [PER Trần_Thị_Lan] đã bị bắt ."
            " Cả_hai đã trốn sang [COUNTRY Campuchia] .",
            [],
        ),
        ("Hai người đàn_ông đã bỏ_trốn sang [COUNTRY Lào] .", []),
        ("[PER Lê_Minh_Hằng] và [PER Đỗ_Quang_Vinh] đã chia_tay . Bạn_bè của cả_hai đã sang [COUNTRY Pháp] .", []),
        ("[PER Lê_Minh_Hằng] và [PER Đỗ_Quang_Vinh] đã chia_tay . Theo [PER Vũ_Thị_Mai] , hai người đã sang [COUNTRY Pháp] .", []),
        ("[PER Lê_Minh_Hằng] và [PER Đỗ_Quang_Vinh] đã chia_tay . Ông [PER Lê_Văn_Hà] tặng quà cho hai người .", []),
    ],
)
def test_events_in_domestic_forms(markup, expected):
    found = told(markup)
    assert sorted(found, key=repr) == sorted(expected, key=repr)
