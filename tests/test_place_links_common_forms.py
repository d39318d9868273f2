"""Common forms of where places and bodies lie and whose parts they are: a seat told in an
apposition, a numbered district in an address, a unit beside its ministry opening the clause,
a unit a copula says a body is, a state of a country owned by its authorities, a body described
with its country, a city beside its country, provinces listed under a part of the country; each
with the sentences where the rule must not fire."""

from __future__ import annotations

import pytest

from test_place_links import links


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a seat told in an apposition after the body's comma, or in its brackets
        (
            "[ORG Công_ty Tân_Phát] , có trụ_sở tại [REGION Bình_Dương] , vừa nộp đơn phá_sản .",
            {("Công_ty Tân_Phát", "locatedIn", "Bình_Dương")},
        ),
        (
            "[ORG Tập_đoàn Hưng_Thịnh] ( có trụ_sở ở [REGION Long_An] ) bị xử_phạt .",
            {("Tập_đoàn Hưng_Thịnh", "locatedIn", "Long_An")},
        ),
        # ... past a district named by a number
        (
            "[ORG Công_ty Bảo_An] ( trụ_sở tại quận 7 , [CITY TP.HCM] ) bị phạt 50 triệu đồng .",
            {("Công_ty Bảo_An", "locatedIn", "TP.HCM")},
        ),
        # no seat word: a comma and a place then a verb is a new clause
        ("[ORG Công_ty Tân_Phát] , [REGION Bình_Dương] cũng tăng_trưởng mạnh .", set()),
        # a body listed before, not seated: "có trụ_sở" after the second says nothing of the first
        (
            "Ông làm_việc cho [ORG Công_ty Tân_Phát] và sau đó là [ORG Công_ty Minh_An] , có trụ_sở tại [REGION Long_An] .",
            {("Công_ty Minh_An", "locatedIn", "Long_An")},
        ),
    ],
)
def test_place_links_seat_in_apposition(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an address whose district is a number: the ward lies in the city after it
        (
            "Đám cháy bùng lên tại phường [REGION Bến_Nghé] , quận 1 , [CITY TP.HCM] vào rạng_sáng .",
            {("Bến_Nghé", "locatedIn", "TP.HCM")},
        ),
        (
            "Chị [PER Lan] , ngụ phường [REGION Tân_Định] , quận 3 , [CITY TP.HCM] , kể lại .",
            {("Tân_Định", "locatedIn", "TP.HCM")},
        ),
        # numbered districts listed: no ward before them
        ("Nước ngập ở quận 1 , quận 3 , [CITY TP.HCM] suốt đêm .", set()),
        # a list of wards is no chain
        ("Mưa lớn ở phường [REGION Bến_Nghé] , phường [REGION Tân_Định] và [CITY TP.HCM] .", set()),
    ],
)
def test_place_links_numbered_district_in_address(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a department beside its ministry, opening the sentence, then the verb of the act
        (
            "[ORG Cục Cảnh_sát giao_thông] , [ORG Bộ Công_an] khuyến_cáo người dân đội mũ bảo_hiểm .",
            {("Cục Cảnh_sát giao_thông", "partOf", "Bộ Công_an")},
        ),
        (
            "Hôm_qua , [ORG Cục Quản_lý dược] , [ORG Bộ Y_tế] đã thu_hồi giấy_phép của 12 loại thuốc .",
            {("Cục Quản_lý dược", "partOf", "Bộ Y_tế")},
        ),
        (
            "[ORG Vụ Pháp_chế] , [ORG Bộ Tư_pháp] cho_biết dự_thảo sẽ được trình vào tháng sau .",
            {("Vụ Pháp_chế", "partOf", "Bộ Tư_pháp")},
        ),
        # ... the university's place in brackets after it
        (
            "[ORG Viện Y_học cổ_truyền Busan] , [ORG Đại_học Pusan] ( [COUNTRY Hàn_Quốc] ) khám miễn_phí cho bà_con .",
            {("Viện Y_học cổ_truyền Busan", "partOf", "Đại_học Pusan"), ("Đại_học Pusan", "locatedIn", "Hàn_Quốc")},
        ),
        # a provincial service and a ministry are two bodies, not a unit and its ministry
        ("[ORG Sở Y_tế] , [ORG Bộ Y_tế] cùng kiểm_tra bếp ăn .", set()),
        # the unit after "của" in a fronted clause: the ministry opens the main clause
        ("Sau khi xem báo_cáo của [ORG Vụ Pháp_chế] , [ORG Bộ Tư_pháp] cho_biết sẽ sửa luật .", set()),
        # a list of bodies
        ("[ORG Bộ Công_an] , [ORG Cục Cảnh_sát giao_thông] , [ORG Bộ Y_tế] đã họp .", set()),
        # units of one rank
        ("[ORG Cục Thuế Hà_Nội] , [ORG Cục Thuế TP.HCM] đều vượt kế_hoạch .", set()),
    ],
)
def test_place_links_unit_beside_ministry_opening_clause(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a unit a copula says the body is
        (
            "[ORG Công_ty Điện_lực Hải_Dương] là đơn_vị trực_thuộc [ORG Tập_đoàn Điện_lực Việt_Nam] .",
            {("Công_ty Điện_lực Hải_Dương", "partOf", "Tập_đoàn Điện_lực Việt_Nam")},
        ),
        (
            "[ORG Viện Pasteur Nha_Trang] là một đơn_vị thuộc [ORG Bộ Y_tế] .",
            {("Viện Pasteur Nha_Trang", "partOf", "Bộ Y_tế")},
        ),
        (
            "[ORG Trung_tâm Kiểm_soát bệnh_tật] là một đơn_vị của [ORG Sở Y_tế Đà_Nẵng] .",
            {("Trung_tâm Kiểm_soát bệnh_tật", "partOf", "Sở Y_tế Đà_Nẵng")},
        ),
        (
            "[ORG Agribank Hà_Tây] là một chi_nhánh của [ORG Agribank] .",
            {("Agribank Hà_Tây", "partOf", "Agribank")},
        ),
        # a unit of work, not a part: the noun has words of its own before "của"
        ("[ORG Công_ty Hòa_Phát] là đơn_vị thi_công của [ORG Ban Quản_lý dự_án 6] .", set()),
        ("[ORG Công_ty Minh_Long] là đơn_vị cung_cấp thiết_bị cho [ORG Bộ Y_tế] .", set()),
        # the unit written before the copula names who does a task
        ("Đơn_vị của [ORG Bộ Quốc_phòng] là [ORG Lữ_đoàn 125] .", set()),
    ],
)
def test_place_links_unit_told_by_copula(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a state owned by its authorities or people, its country beside it, then a verb
        ("Cảnh_sát bang [REGION California] , [COUNTRY Mỹ] cho_biết nghi_phạm đã bị bắt .", {("California", "locatedIn", "Mỹ")}),
        ("Thống_đốc bang [REGION New_York] , [COUNTRY Mỹ] ra lệnh sơ_tán .", {("New_York", "locatedIn", "Mỹ")}),
        ("Người dân tỉnh [REGION Aceh] , [COUNTRY Indonesia] đang khắc_phục hậu_quả .", {("Aceh", "locatedIn", "Indonesia")}),
        # a fronted place, or a verb before it: the country opens the clause
        ("Tại bang [REGION Texas] , [COUNTRY Mỹ] đã triển_khai lực_lượng .", set()),
        ("Sau khi rời bang [REGION Texas] , [COUNTRY Mỹ] tiếp_tục hỗ_trợ .", set()),
        ("Đoàn thăm tỉnh [REGION Quảng_Nam] , [COUNTRY Việt_Nam] tiếp_tục hành_trình .", set()),
        # no word of kind: a list or a fronted place may stand there
        ("Tại [CITY Tokyo] , [COUNTRY Nhật_Bản] và [COUNTRY Mỹ] đã ký thỏa_thuận .", set()),
    ],
)
def test_place_links_owned_state_and_country(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school or academy beside its ministry, opening the sentence
        (
            "[ORG Học_viện Hậu_cần] , [ORG Bộ Quốc_phòng] tổ_chức lễ khai_giảng .",
            {("Học_viện Hậu_cần", "partOf", "Bộ Quốc_phòng")},
        ),
        # ... not when a third body is joined to the pair by "và"
        ("[ORG Bệnh_viện Thanh_Nhàn] , [ORG Bộ Y_tế] và [ORG Sở Y_tế] đã họp .", set()),
        # a police or a people's committee is the province's, not a part of the ministry beside it
        ("[ORG Công_an tỉnh Nghệ_An] , [ORG Bộ Công_an] phối_hợp điều_tra .", set()),
    ],
)
def test_place_links_higher_unit_beside_ministry(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a region right after a noun of a country, in an apposition or after a copula
        (
            "[COUNTRY Haiti] , quốc_đảo vùng [REGION Caribe] , lại hứng_chịu động_đất .",
            {("Haiti", "locatedIn", "Caribe")},
        ),
        ("[COUNTRY Cuba] là quốc_đảo vùng [REGION Caribe] với 11 triệu dân .", {("Cuba", "locatedIn", "Caribe")}),
        ("[COUNTRY Singapore] , đảo_quốc [REGION Đông_Nam_Á] , có thu_nhập cao .", {("Singapore", "locatedIn", "Đông_Nam_Á")}),
        # a country after the noun is a list, not a region
        ("[COUNTRY Mỹ] , nước [COUNTRY Anh] và [COUNTRY Pháp] đã lên_tiếng .", set()),
    ],
)
def test_place_links_region_of_a_country_noun(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the seat told after the body's short name in brackets
        (
            "[ORG Quỹ Tiền_tệ Quốc_tế] ( [ORG IMF] ) có trụ_sở tại [CITY Washington] .",
            {("Quỹ Tiền_tệ Quốc_tế", "locatedIn", "Washington")},
        ),
        # a place in brackets is no short name
        ("[ORG Công_ty Tân_Phát] ( [REGION Bình_Dương] ) có trụ_sở mới .", {("Công_ty Tân_Phát", "locatedIn", "Bình_Dương")}),
    ],
)
def test_place_links_seat_after_short_name(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "trên địa_bàn" says where a place or a school lies, as "ở/tại" does
        ("Xã [REGION Tân_Phú] trên địa_bàn huyện [REGION Đồng_Phú] có 3.000 hộ .", {("Tân_Phú", "locatedIn", "Đồng_Phú")}),
        (
            "Học_sinh [ORG Trường Tiểu_học Kim_Đồng] trên địa_bàn quận [REGION Ba_Đình] nghỉ học .",
            {("Trường Tiểu_học Kim_Đồng", "locatedIn", "Ba_Đình")},
        ),
        # a province narrowed to one of its districts is not in it
        ("Cháy rừng ở [REGION Hà_Tĩnh] trên địa_bàn huyện [REGION Hương_Khê] kéo_dài 2 ngày .", set()),
        ("Mưa lớn ở [REGION Nghệ_An] tại huyện [REGION Quỳ_Hợp] làm 2 người chết .", set()),
        # no place before it
        ("Công_an phát_hiện 3 điểm khai_thác cát trên địa_bàn huyện [REGION Quế_Võ] .", set()),
    ],
)
def test_place_links_within_an_area(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an apposition naming the kind of body closed by its country, with no "của"
        (
            "[ORG Samsung_Electronics] , tập_đoàn lớn nhất [COUNTRY Hàn_Quốc] , báo lãi kỷ_lục .",
            {("Samsung_Electronics", "locatedIn", "Hàn_Quốc")},
        ),
        ("[ORG Nokia] , hãng điện_thoại [COUNTRY Phần_Lan] , bán mảng di_động .", {("Nokia", "locatedIn", "Phần_Lan")}),
        # a country brought in by another word is another party, or the description goes on after it
        ("[ORG Posco] , công_ty liên_doanh với [COUNTRY Nhật_Bản] , mở nhà_máy mới .", set()),
        ("[ORG Hòa_Phát] , doanh_nghiệp đầu_tư vào [COUNTRY Lào] , báo lãi .", set()),
        ("[ORG Vinamilk] , công_ty xuất_khẩu sang [COUNTRY Mỹ] , tăng_trưởng .", set()),
        ("[ORG Viettel] , doanh_nghiệp có mặt ở nhiều nước như [COUNTRY Lào] , báo lãi .", set()),
        ("[ORG Boeing] , tập_đoàn [COUNTRY Mỹ] và [COUNTRY Nhật_Bản] cùng sản_xuất .", set()),
    ],
)
def test_place_links_body_described_with_its_country(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[ORG Toyota] là hãng xe lớn nhất [COUNTRY Nhật_Bản] .", {("Toyota", "locatedIn", "Nhật_Bản")}),
        ("[ORG Gazprom] là một tập_đoàn năng_lượng [COUNTRY Nga] , nắm độc_quyền xuất_khẩu .", {("Gazprom", "locatedIn", "Nga")}),
        # a partner or a market named after the copula
        ("[ORG Posco] là đối_tác lớn của [COUNTRY Việt_Nam] .", set()),
        ("[ORG Samsung] là nhà đầu_tư lớn nhất tại [COUNTRY Việt_Nam] .", set()),
        ("[ORG Toyota] là hãng xe bán chạy nhất [COUNTRY Mỹ] và [COUNTRY Canada] .", set()),
    ],
)
def test_place_links_body_said_of_its_country(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a market or a partner named after other words of the description
        ("[ORG Toyota] là hãng xe bán chạy nhất [COUNTRY Mỹ] .", set()),
        ("[ORG Honda] , thương_hiệu được ưa_chuộng nhất [COUNTRY Việt_Nam] , tăng giá .", set()),
    ],
)
def test_place_links_body_described_by_its_market(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the parent after a word of belonging in brackets
        (
            "[ORG Cục Hàng_không Việt_Nam] ( thuộc [ORG Bộ GTVT] ) yêu_cầu kiểm_tra .",
            {("Cục Hàng_không Việt_Nam", "partOf", "Bộ GTVT")},
        ),
        # ... alone there: a bracket that goes on is an aside of its own
        ("[ORG Cục Hàng_không Việt_Nam] ( thuộc [ORG Bộ GTVT] và [ORG Bộ Tài_chính] ) họp .", set()),
        # a place said to be a kind of place of a larger one written after its word of level
        ("[CITY Đà_Lạt] là thành_phố du_lịch của tỉnh [REGION Lâm_Đồng] .", {("Đà_Lạt", "locatedIn", "Lâm_Đồng")}),
        # a place of the same kind "của" another is no part of it
        ("[CITY Hải_Phòng] là thành_phố kết_nghĩa của [CITY Seattle] .", set()),
    ],
)
def test_place_links_parent_in_brackets_and_place_of_level(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a city after a verb the cues do not list, its country beside it, the apposition closing
        ("Phiến quân chiếm [CITY Mosul] , [COUNTRY Iraq] .", {("Mosul", "locatedIn", "Iraq")}),
        ("Người dân [CITY Aleppo] , [COUNTRY Syria] , vẫn chờ cứu_trợ .", {("Aleppo", "locatedIn", "Syria")}),
        # the country opening a new clause, or a list
        ("Sau khi rời [CITY Paris] , [COUNTRY Pháp] đã cử đặc_phái_viên .", set()),
        ("Bão quét qua [CITY Manila] , [CITY Cebu] , [COUNTRY Philippines] .", set()),
        ("Quân_đội [COUNTRY Syria] , [COUNTRY Iraq] hợp_tác .", set()),
        # two pairs of a city and its country joined by "và"
        (
            "Hàng nghìn người biểu_tình ở [CITY Kiev] , [COUNTRY Ukraine] và [CITY Moscow] , [COUNTRY Nga] .",
            {("Kiev", "locatedIn", "Ukraine"), ("Moscow", "locatedIn", "Nga")},
        ),
        # ... not a pair and a lone country
        ("Biểu_tình nổ ra ở [CITY Kiev] , [COUNTRY Ukraine] và [COUNTRY Nga] .", set()),
        # ... nor pairs of other kinds
        ("Mưa ở [CITY Huế] , [CITY Đà_Nẵng] và [CITY Vinh] , [REGION Nghệ_An] .", set()),
    ],
)
def test_place_links_city_beside_its_country_and_pairs(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the provinces a part of the country holds, listed after "gồm" past the plural, or after "như"
        (
            "Khu_vực [REGION Tây_Nguyên] gồm các tỉnh [REGION Đắk_Lắk] , [REGION Gia_Lai] và [REGION Kon_Tum] .",
            {("Đắk_Lắk", "locatedIn", "Tây_Nguyên"), ("Gia_Lai", "locatedIn", "Tây_Nguyên"), ("Kon_Tum", "locatedIn", "Tây_Nguyên")},
        ),
        (
            "Các tỉnh [REGION miền Trung] như [REGION Quảng_Bình] , [REGION Quảng_Trị] bị ngập sâu .",
            {("Quảng_Bình", "locatedIn", "miền Trung"), ("Quảng_Trị", "locatedIn", "miền Trung")},
        ),
        # a region of no direction gives examples of others, not its parts ("như" compares as well)
        ("Các nước [REGION Đông_Nam_Á] như [COUNTRY Thái_Lan] , [COUNTRY Lào] đều tăng_trưởng .", set()),
        ("Những địa_phương như [REGION Quảng_Bình] , [REGION Quảng_Trị] bị ngập .", set()),
        # "thuộc địa_phận" says where a place lies
        ("Cầu [FAC Long_Biên] thuộc địa_phận quận [REGION Hoàn_Kiếm] .", {("Long_Biên", "locatedIn", "Hoàn_Kiếm")}),
    ],
)
def test_place_links_parts_listing_provinces(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a club called the representative of its country
        ("[ORG Chelsea] , đại_diện của [COUNTRY Anh] , giành vé vào vòng sau .", {("Chelsea", "locatedIn", "Anh")}),
        (
            "Đại_diện của [COUNTRY Đức] là [ORG Bayern_Munich] và [ORG Dortmund] .",
            {("Bayern_Munich", "locatedIn", "Đức"), ("Dortmund", "locatedIn", "Đức")},
        ),
        ("Đội bóng đến_từ [COUNTRY Tây_Ban_Nha] , [ORG Real_Madrid] , thắng 4-1 .", {("Real_Madrid", "locatedIn", "Tây_Ban_Nha")}),
        # the representative at a fair of another country, or an office representing a company
        ("[ORG Samsung] , đại_diện của [COUNTRY Hàn_Quốc] tại hội_chợ , trưng_bày điện_thoại .", set()),
        ("Văn_phòng đại_diện của [ORG Samsung] tại [COUNTRY Việt_Nam] khai_trương .", set()),
        # a match in a country is no seat of either side
        ("Trận đấu giữa [ORG Chelsea] và [ORG Schalke] diễn ra ở [COUNTRY Đức] .", set()),
    ],
)
def test_place_links_club_representing_its_country(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a natural or historic place after its noun of kind heads its phrase, as a town after "thị_xã"
        ("Vịnh [LOC Hạ_Long] ở [REGION Quảng_Ninh] đón khách quốc_tế .", {("Hạ_Long", "locatedIn", "Quảng_Ninh")}),
        ("Du_khách leo núi [LOC Bà_Đen] ở [REGION Tây_Ninh] dịp lễ .", {("Bà_Đen", "locatedIn", "Tây_Ninh")}),
        # a town after a noun that is no kind of it, its province after the word of level beside it
        ("Du_khách đổ về phố_cổ [CITY Hội_An] , tỉnh [REGION Quảng_Nam] .", {("Hội_An", "locatedIn", "Quảng_Nam")}),
        # ... not two provinces listed, nor a country closing no apposition
        ("Hàng cứu_trợ chuyển về [REGION Quảng_Bình] , tỉnh [REGION Quảng_Trị] .", set()),
        ("Khách tham_quan phố_cổ [CITY Hội_An] , [COUNTRY Việt_Nam] tăng mạnh .", set()),
        # a list of guests' places: the delta named after its river is no part of the city after it
        ("Lãnh_đạo các tỉnh đồng_bằng sông [LOC Cửu_Long] , [CITY TP.HCM] , mẹ Việt_Nam anh_hùng dự lễ .", set()),
    ],
)
def test_place_links_feature_and_province_beside(markup, expected):
    assert links(markup) == expected
