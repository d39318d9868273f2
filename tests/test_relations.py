"""Places and bodies, and the relation extractors together."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import parse_markup, relations, triples

from kg.extract.relations import find_relations


def places(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in ("locatedIn", "memberOf", "country")}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Đoàn tàu đến ga [FAC Khasan] ở vùng [REGION Primorsky] .", {("Khasan", "locatedIn", "Primorsky")}),
        ("Ông thăm [ORG Viện_Hàn_lâm Khoa_học Nga] ở [CITY Vladivostok] .", {("Viện_Hàn_lâm Khoa_học Nga", "locatedIn", "Vladivostok")}),
        ("Ông đến [FAC Vostochny_Cosmodrome] , vùng [REGION Amur] , {ngày 13/9|--09-13} .", {("Vostochny_Cosmodrome", "locatedIn", "Amur")}),
        ("Họ gặp tại [FAC Vostochny_Cosmodrome] , sân_bay vũ_trụ hiện_đại nhất của [COUNTRY Nga] .", {("Vostochny_Cosmodrome", "locatedIn", "Nga")}),
        # a facility's name after its kind of facility heads its phrase, as after "ga"
        ("Tàu hạ_cánh xuống sân_bay vũ_trụ [FAC Baikonur] , vùng [REGION Kyzylorda] .", {("Baikonur", "locatedIn", "Kyzylorda")}),
        ("Họ làm ở nhà_máy [FAC Dung_Quất] , tỉnh [REGION Quảng_Ngãi] .", {("Dung_Quất", "locatedIn", "Quảng_Ngãi")}),
        # not so for a place that is no facility: "vũ_trụ" is no kind of city
        # (a country beside it is read by kg.extract.places._beside_its_country, so a region stands there)
        ("Họ bàn về ngành vũ_trụ [CITY Moskva] , [REGION Siberia] .", set()),
        ("Họ gặp ở [REGION Viễn_Đông] [COUNTRY Nga] .", {("Viễn_Đông", "locatedIn", "Nga")}),
        ("Anh bị bắt ở [CITY Santa_Ana] , [REGION California] trong lúc đợi xe .", {("Santa_Ana", "locatedIn", "California")}),
        ("[COUNTRY Nga] vẫn là thành_viên có trách_nhiệm trong [ORG Hội_đồng Bảo_an Liên_Hợp_Quốc] .", {("Nga", "memberOf", "Hội_đồng Bảo_an Liên_Hợp_Quốc")}),
        ("[COUNTRY Việt_Nam] gia_nhập [ORG WTO] năm 2007 .", {("Việt_Nam", "memberOf", "WTO")}),
        # a member of an unnamed part of the body holds a seat there, which is a post
        ("Ông [PER Trần_Bình] là thành_viên Hội_đồng quản_trị của [ORG Vinamilk] .", set()),
        ("hãng thông_tấn [COUNTRY Nga] [AGENCY TASS] đưa tin .", {("TASS", "country", "Nga")}),
        ("hãng thông_tấn trung_ương [COUNTRY Triều_Tiên] [AGENCY KCNA] đưa tin .", {("KCNA", "country", "Triều_Tiên")}),
        ("[ORG Bộ Ngoại_giao] [COUNTRY Mỹ] cho biết .", {("Bộ Ngoại_giao", "country", "Mỹ")}),
        # a chain of Vietnamese administrative units, each larger than the one before
        (
            "Ông [PER Lê_Văn_Tám] , xã [REGION Hòa_Phú] , huyện [REGION Chư_Păh] , [REGION Gia_Lai] , được khen .",
            {("Hòa_Phú", "locatedIn", "Chư_Păh"), ("Chư_Păh", "locatedIn", "Gia_Lai")},
        ),
        ("Ông ở phường [REGION Tân_Định] , quận [REGION Bình_Thạnh] , cho biết .", {("Tân_Định", "locatedIn", "Bình_Thạnh")}),
        # a dash joins a city to its country, not two provinces or two countries
        ("Vụ nổ xảy ra tại [CITY Nairobi] - [COUNTRY Kenya] hôm qua .", {("Nairobi", "locatedIn", "Kenya")}),
        ("Ông làm ở [REGION Bà_Rịa] - [REGION Vũng_Tàu] .", set()),
        ("Bệnh_viện [COUNTRY Việt_Nam] – [COUNTRY Thụy_Điển] khám miễn_phí .", set()),
    ],
)
def test_relations_places_and_bodies(markup, expected):
    assert places(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an address after a person: every link of the chain, even when a verb follows it
        (
            "Anh [PER Trần_Văn_Bình] , phố [LOC Hàng_Bạc] , quận [REGION Hoàn_Kiếm] , [CITY Hà_Nội] kể lại .",
            {("Hàng_Bạc", "locatedIn", "Hoàn_Kiếm"), ("Hoàn_Kiếm", "locatedIn", "Hà_Nội")},
        ),
        # a place of no known rank before a province is one of its districts
        (
            "Bà [PER Lê_Thị_Hoa] , thị_trấn [CITY Đông_Anh] , [REGION Sóc_Sơn] , [CITY Hà_Nội] than_phiền .",
            {("Đông_Anh", "locatedIn", "Sóc_Sơn"), ("Sóc_Sơn", "locatedIn", "Hà_Nội")},
        ),
        ("Cửa_hàng ở chợ [REGION Bến_Thành] , [CITY TP.HCM] mở cửa sớm .", {("Bến_Thành", "locatedIn", "TP.HCM")}),
        ("Quán nằm ở [REGION Sơn_Trà] , [CITY Đà_Nẵng] .", {("Sơn_Trà", "locatedIn", "Đà_Nẵng")}),
        # a ranked unit before an unranked one that lies in a province
        (
            "Ông [PER Nguyễn_Văn_Ba] , xã [REGION Tân_Phú] , [REGION Đồng_Xoài] , [REGION Bình_Phước] bị bắt .",
            {("Tân_Phú", "locatedIn", "Đồng_Xoài"), ("Đồng_Xoài", "locatedIn", "Bình_Phước")},
        ),
        # the larger place in brackets, alone or with its own larger place
        ("Công_an phường [REGION Vĩnh_Hải] ( TP [CITY Nha_Trang] ) đã vào_cuộc .", {("Vĩnh_Hải", "locatedIn", "Nha_Trang")}),
        (
            "Tại nhà_hàng [FAC Sen_Vàng] ( [LOC Kim_Mã] , [CITY Hà_Nội] ) , khách vẫn đông .",
            {("Sen_Vàng", "locatedIn", "Kim_Mã"), ("Kim_Mã", "locatedIn", "Hà_Nội")},
        ),
        ("Trận động_đất ở [CITY Kobe] ( [COUNTRY Nhật_Bản] ) làm sập nhà .", {("Kobe", "locatedIn", "Nhật_Bản")}),
        # "X của Y" for places, a direction between the kind of place and its name, "nằm ở"
        ("Thành_phố [CITY Mosul] của [COUNTRY Iraq] bị bao_vây .", {("Mosul", "locatedIn", "Iraq")}),
        ("Bão đổ bộ vào thành_phố [CITY Tacloban] , miền trung [COUNTRY Philippines] .", {("Tacloban", "locatedIn", "Philippines")}),
        ("Đảo [REGION Cát_Bà] nằm ở thành_phố [CITY Hải_Phòng] .", {("Cát_Bà", "locatedIn", "Hải_Phòng")}),
        # a place that holds the places listed after "gồm", or whose examples "như" lists
        (
            "Đoàn đến các tỉnh [REGION Tây_Nguyên] gồm : [REGION Kon_Tum] ( ngày 3/5 ) , [REGION Gia_Lai] và [REGION Đắk_Lắk] .",
            {("Kon_Tum", "locatedIn", "Tây_Nguyên"), ("Gia_Lai", "locatedIn", "Tây_Nguyên"), ("Đắk_Lắk", "locatedIn", "Tây_Nguyên")},
        ),
        (
            "Giá tăng ở các chợ quận [REGION Đống_Đa] như chợ [FAC Kim_Liên] , chợ [FAC Khâm_Thiên] .",
            {("Kim_Liên", "locatedIn", "Đống_Đa"), ("Khâm_Thiên", "locatedIn", "Đống_Đa")},
        ),
        # an address after a person, the street heading its name
        ("Anh [PER Lê_Tùng] , đường [LOC Láng] , [REGION Đống_Đa] phàn_nàn .", {("Láng", "locatedIn", "Đống_Đa")}),
        # an apposition naming the kind of place, then where it lies
        ("Nước cuối bảng là [COUNTRY Chad] , quốc_gia ở [REGION châu_Phi] .", {("Chad", "locatedIn", "châu_Phi")}),
        ("Máy_bay rơi gần [CITY Pakse] , thành_phố du_lịch ở miền nam [COUNTRY Lào] .", {("Pakse", "locatedIn", "Lào")}),
        # ... not when "ở" is far from the noun of kind, nor when the other place is no larger
        ("Khách đến [CITY Đà_Nẵng] , thành_phố có nhiều khách_sạn đẹp ở [REGION Mỹ_Khê] .", set()),
        ("Họ nhắc đến [COUNTRY Việt_Nam] , nước có dự_án ở [COUNTRY Lào] .", set()),
        # a body said to come from a place, before or after the words, or after a kind of body
        ("[ORG Porto] đến_từ [COUNTRY Bồ_Đào_Nha] thắng đậm .", {("Porto", "locatedIn", "Bồ_Đào_Nha")}),
        ("Hãng đến_từ [COUNTRY Hàn_Quốc] [ORG Samsung] đã mở nhà_máy .", {("Samsung", "locatedIn", "Hàn_Quốc")}),
        ("Đội bóng đến_từ [COUNTRY Hà_Lan] , [ORG Ajax] chơi tấn_công .", {("Ajax", "locatedIn", "Hà_Lan")}),
        # ... not a body after people or goods who come from the place
        ("Du_khách đến_từ [COUNTRY Nhật_Bản] , [ORG Vietjet] cho_biết vẫn tăng .", set()),
        # a diplomatic mission lies in the country it is posted to
        ("[ORG Đại_sứ_quán Pháp] tại [COUNTRY Việt_Nam] tổ_chức lễ kỷ_niệm .", {("Đại_sứ_quán Pháp", "locatedIn", "Việt_Nam")}),
        # ... also when the mission qualifies a noun before it
        ("Một quan_chức [ORG Đại_sứ_quán Úc] tại [CITY Jakarta] xác_nhận tin này .", {("Đại_sứ_quán Úc", "locatedIn", "Jakarta")}),
        ("Nhân_viên [ORG Tổng_lãnh_sự_quán Nhật] ở [CITY Đà_Nẵng] nghỉ lễ .", {("Tổng_lãnh_sự_quán Nhật", "locatedIn", "Đà_Nẵng")}),
        # a word of level or kind may open the place in brackets or after "ở" ("phường", "cù_lao", "bán_đảo")
        (
            "Nước ngập sâu trên đường [LOC Lê_Lợi] ( phường [REGION An_Cư] , quận [REGION Ninh_Kiều] ) .",
            {("Lê_Lợi", "locatedIn", "An_Cư"), ("An_Cư", "locatedIn", "Ninh_Kiều")},
        ),
        (
            "[FAC Đền Bà_Chúa] nằm ở cù_lao [LOC Ông_Chưởng] ( xã [REGION Kiến_An] , huyện [REGION Chợ_Mới] ) .",
            {("Đền Bà_Chúa", "locatedIn", "Ông_Chưởng"), ("Ông_Chưởng", "locatedIn", "Kiến_An"), ("Kiến_An", "locatedIn", "Chợ_Mới")},
        ),
        (
            "Tàu ngầm thử tên_lửa ở bán_đảo [REGION Kola] ở vùng [REGION Bắc_Cực] của [COUNTRY Nga] .",
            {("Kola", "locatedIn", "Bắc_Cực"), ("Bắc_Cực", "locatedIn", "Nga")},
        ),
        # a list in brackets after the word of level is still no chain
        ("Mưa lớn ở các tỉnh [REGION Nghệ_An] ( huyện [REGION Quỳ_Hợp] , huyện [REGION Quế_Phong] ) .", set()),
        # words of level written short ("TX", "Q.", "H.")
        (
            "Hùng cư_ngụ tại xã [REGION Mỹ_Thuận] , TX [CITY Bình_Minh] , tỉnh [REGION Vĩnh_Long] .",
            {("Mỹ_Thuận", "locatedIn", "Bình_Minh"), ("Bình_Minh", "locatedIn", "Vĩnh_Long")},
        ),
        ("Anh Huynh ( ngụ phường [REGION Bình_Thọ] , Q. [REGION Thủ_Đức] ) bị thương .", {("Bình_Thọ", "locatedIn", "Thủ_Đức")}),
        ("Ngập ở xã [REGION Triệu_Thượng] ( H. [REGION Triệu_Phong] ) .", {("Triệu_Thượng", "locatedIn", "Triệu_Phong")}),
        # ... a list of places of the same level stays a list
        ("Ngập ở Q. [REGION Thủ_Đức] , Q. [REGION Bình_Thạnh] và Q. [REGION Gò_Vấp] .", set()),
        # an apposition that says where: "thuộc", "nằm ở", for the place and one joined to it by "và"
        (
            "Năm nay , [ORG Trường THPT Phạm_Văn_Đồng] , thuộc xã [REGION Hương_An] , huyện [REGION Quế_Sơn] tuyển ít .",
            {("Trường THPT Phạm_Văn_Đồng", "locatedIn", "Hương_An"), ("Hương_An", "locatedIn", "Quế_Sơn")},
        ),
        (
            "Ngập tại 2 thôn [REGION Nhan_Biều 1] và [REGION Nhan_Biều 2] , thuộc xã [REGION Triệu_Thượng] .",
            {("Nhan_Biều 1", "locatedIn", "Triệu_Thượng"), ("Nhan_Biều 2", "locatedIn", "Triệu_Thượng")},
        ),
        # ... not into a place of a lower level, nor a body "thuộc" a whole country
        ("Ông ở huyện [REGION Quế_Sơn] , thuộc xã [REGION Hương_An] .", set()),
        ("Hãng [ORG Vinamilk] , thuộc [COUNTRY Việt_Nam] , tăng lãi .", set()),
        # a copula's description of a body: something from a place, or a kind of body of a place
        ("[ORG T-ara] là nhóm_nhạc nữ đến_từ [COUNTRY Hàn_Quốc] .", {("T-ara", "locatedIn", "Hàn_Quốc")}),
        ("[ORG Norges_Bank] là một ngân_hàng của [COUNTRY Na_Uy] , có liên_quan .", {("Norges_Bank", "locatedIn", "Na_Uy")}),
        # ... not a role the body plays for a place, nor a person from it
        ("[ORG Samsung] là nhà tài_trợ lớn nhất của [COUNTRY Việt_Nam] .", set()),
        ("[PER Lê_Hoa] là ca_sĩ đến_từ [COUNTRY Hàn_Quốc] .", set()),
        # a kind of body of a place, then the copula and the bodies it names
        ("Hai công_ty Internet lớn khác của [COUNTRY Nga] là [ORG Mail.Ru] và [ORG Yandex] phủ_nhận .",
         {("Mail.Ru", "locatedIn", "Nga"), ("Yandex", "locatedIn", "Nga")}),
        ("Công_ty truyền_thông hàng_đầu [COUNTRY Úc] là [ORG Fairfax_Media] cho_biết .", {("Fairfax_Media", "locatedIn", "Úc")}),
        # ... not a role of the body, nor a verb between the kind and the place
        ("Đối_tác lớn nhất của [COUNTRY Việt_Nam] là [ORG Samsung] .", set()),
        ("Công_ty này đến [COUNTRY Việt_Nam] là [ORG Samsung] .", set()),
    ],
)
def test_relations_address_chains_and_brackets(markup, expected):
    assert places(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a unit named by its number ("xóm 7", "phường 13") before the next word of level is no count
        ("Nhà ông ở xóm 4 xã [REGION Yên_Lạc] , huyện [REGION Như_Thanh] đã bị cháy .", {("Yên_Lạc", "locatedIn", "Như_Thanh")}),
        ("Anh thuê nhà ở phường 12 quận [REGION Gò_Vấp] , [CITY TP.HCM] từ năm ngoái .", {("Gò_Vấp", "locatedIn", "TP.HCM")}),
        # ... a number after no word of level counts the places after it: a list
        ("Bão gây thiệt_hại ở 3 xã [REGION Yên_Lạc] , [REGION Xuân_Du] .", set()),
        # the ways Hồ_Chí_Minh city is written rank it as a province
        ("Vụ cháy ở P.5 , Q. [REGION Phú_Nhuận] , [CITY TP.Hồ_Chí_Minh] làm hai người bị thương .", {("Phú_Nhuận", "locatedIn", "TP.Hồ_Chí_Minh")}),
        ("Ông sống ở quận [REGION Tân_Bình] , [CITY TP._Hồ_Chí_Minh] nhiều năm .", {("Tân_Bình", "locatedIn", "TP._Hồ_Chí_Minh")}),
        ("Họ mở quán ở quận [REGION Tân_Bình] , [CITY Thành_phố Hồ_Chí_Minh] năm 2010 .", {("Tân_Bình", "locatedIn", "Thành_phố Hồ_Chí_Minh")}),
    ],
)
def test_relations_numbered_units_and_the_names_of_the_city(markup, expected):
    assert places(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school with a ranked place set beside it, even after a noun and before a verb
        ("Thầy [PER Lê_Văn_Khải] , giáo_viên [ORG Trường THCS Nguyễn_Du] , huyện [REGION Krông_Búk] nhận bằng_khen .",
         {("Trường THCS Nguyễn_Du", "locatedIn", "Krông_Búk")}),
        ("Hội_đồng sư_phạm [ORG Trường THPT Lê_Lợi] , TP [CITY Đông_Hà] họp khẩn .", {("Trường THPT Lê_Lợi", "locatedIn", "Đông_Hà")}),
        ("Em là học_sinh [ORG Trường Tiểu_học Kim_Đồng] , [REGION Nghệ_An] .", {("Trường Tiểu_học Kim_Đồng", "locatedIn", "Nghệ_An")}),
        # ... not a company, which is no body that stands where it is built
        ("Anh [PER Lê_Minh_Đức] , nhân_viên [ORG Công_ty Hoa_Sen] , tỉnh [REGION Bình_Dương] nhận thưởng .", set()),
        # ... nor a place of no rank that opens the next clause
        ("Sau khi thăm [ORG Trường Quốc_tế Seoul] , [CITY Busan] đón đoàn vào chiều nay .", set()),
        # ... nor a list of places
        ("Học_sinh [ORG Trường THPT Chu_Văn_An] , tỉnh [REGION Lạng_Sơn] và tỉnh [REGION Cao_Bằng] dự thi .", set()),
    ],
)
def test_relations_place_set_beside_a_school(markup, expected):
    assert places(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # two places joined by "và" before the brackets that say where they lie, one word of level for both
        ("Lũ quét qua xã [REGION Mường_Lý] và [REGION Trung_Lý] ( huyện [REGION Mường_Lát] , [REGION Thanh_Hóa] ) đêm qua .",
         {("Mường_Lý", "locatedIn", "Mường_Lát"), ("Trung_Lý", "locatedIn", "Mường_Lát"), ("Mường_Lát", "locatedIn", "Thanh_Hóa")}),
        ("Cháy rừng ở xã [REGION Mường_Lý] và xã [REGION Trung_Lý] ( huyện [REGION Mường_Lát] ) .",
         {("Mường_Lý", "locatedIn", "Mường_Lát"), ("Trung_Lý", "locatedIn", "Mường_Lát")}),
        # ... not a place of another type, nor one no smaller than the place in brackets
        ("Mưa ở [CITY Hà_Nội] và xã [REGION Trung_Lý] ( huyện [REGION Mường_Lát] ) .", {("Trung_Lý", "locatedIn", "Mường_Lát")}),
        ("Mưa ở huyện [REGION Quan_Sơn] và [REGION Trung_Lý] ( huyện [REGION Mường_Lát] ) .", set()),
    ],
)
def test_relations_places_joined_before_brackets(markup, expected):
    assert places(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a house number before the street heads it, as "phố" does, before or after the street's noun
        ("Cửa_hàng mới mở ở số 12 [LOC Bà_Triệu] , quận [REGION Hai_Bà_Trưng] .", {("Bà_Triệu", "locatedIn", "Hai_Bà_Trưng")}),
        ("Ông sống tại 45 đường [LOC Lê_Lợi] , phường [REGION Bến_Thành] , quận 1 .", {("Lê_Lợi", "locatedIn", "Bến_Thành")}),
        ("Quán ở 12A/3 [LOC Hàng_Bạc] , phường [REGION Hàng_Đào] .", {("Hàng_Bạc", "locatedIn", "Hàng_Đào")}),
        ("Bảo_tàng mở cửa ( số 8 [LOC Tràng_Thi] , [CITY Hà_Nội] ) từ sáng nay .", {("Tràng_Thi", "locatedIn", "Hà_Nội")}),
        # ... a number before no street, or before a kind of place that is no street, counts
        ("Mưa ngập 3 xã [REGION Hải_An] , [REGION Hải_Ninh] .", set()),
        ("Ông nói 12 [CITY Hà_Nội] , [COUNTRY Việt_Nam] là con_số lạ .", set()),
    ],
)
def test_relations_house_numbers_before_streets(markup, expected):
    assert places(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # a list of places is no chain of places
        "Công_an các tỉnh [REGION Nam_Định] , [CITY Hải_Phòng] , [REGION Quảng_Ninh] rà_soát .",
        # units of one rank side by side are a list, whatever their types
        "Các huyện [REGION Chư_Păh] , [REGION Ia_Grai] , [REGION Đức_Cơ] được hỗ_trợ .",
        "Bão đổ bộ vào [REGION Quảng_Ngãi] , [REGION Bình_Định] , [REGION Phú_Yên] .",
        "Ông thăm [CITY Hà_Nội] , [CITY Đà_Nẵng] và [CITY Huế] .",
        # two countries side by side
        "[COUNTRY Nga] , [COUNTRY Trung_Quốc] và [COUNTRY Mỹ] họp .",
        # a person is not a place
        "Ông [PER Putin] gặp ông [PER Kim] ở vùng [REGION Viễn_Đông] .",
        # a branch or dealing of a body somewhere says nothing of where the body is
        "Cơ_quan thường_trú của [AGENCY TTXVN] tại [COUNTRY Nga] hoạt_động tốt .",
        "Kẻ đánh bom tấn_công chi_nhánh [ORG Bộ Nội_vụ Nga] ở [REGION Dagestan] .",
        "Đây là liên_doanh đầu_tiên của [ORG Samsung] tại [CITY Hà_Nội] .",
        # "tại" tells where the act is, not where the body named after a common noun is
        "Ông đón_tiếp đoàn đại_biểu [ORG Đảng_Cộng_sản Pháp] tại [CITY Hồ_Chí_Minh] .",
        "Họ đưa vụ_việc ra một cuộc họp [ORG Bộ Chính_trị] tại [LOC Bắc_Đới_Hà] .",
        # "X , Y" where Y starts a new clause is no apposition
        "Xét trong khu_vực [REGION Đông_Nam_Á] , [COUNTRY Việt_Nam] cũng đứng sau .",
        # membership needs "là thành_viên": a member named in passing is not a membership
        "Các thành_viên [ORG Hội_đồng Bảo_an] họp .",
        # a list of cities, even when one of them is a province
        "Đoàn sẽ ghé [CITY Huế] , [CITY Đà_Nẵng] , [CITY Hội_An] .",
        "Các quận [REGION Cầu_Giấy] , [REGION Đống_Đa] , [CITY Hà_Nội] và [CITY TP.HCM] được chọn .",
        # an alternative name in brackets is no larger place
        "Ông sống ở [CITY TP.HCM] ( [CITY Sài_Gòn] ) từ nhỏ .",
        # "của" someone or something that is no larger place
        "Quân_đội tấn_công [CITY Aleppo] của phiến_quân .",
        "Thành_phố [CITY Hà_Nội] của [CITY Huế] khác xa .",
        # "như" compares as well as it gives examples: places no smaller say nothing
        "[COUNTRY Lào] như [COUNTRY Campuchia] cũng xuất_khẩu điện .",
        "Các nước [REGION châu_Âu] như [COUNTRY Đức] , [COUNTRY Pháp] đều giảm .",
        # a company is not in a country where it only does business
        "Liên_doanh [ORG Honda] tại [COUNTRY Việt_Nam] bán được nhiều xe .",
    ],
)
def test_relations_no_place_relation_without_the_pattern(markup):
    assert places(markup) == set()


def test_relations_every_record_has_checkable_evidence():
    markup = (
        '[PER Tổng_thống [COUNTRY Nga]|Vladimir_Putin] tiếp [PER lãnh_đạo [COUNTRY Triều_Tiên]|Kim_Jong-un] '
        'tại [FAC Vostochny_Cosmodrome] ở vùng [REGION Amur] {ngày 13/9|--09-13} . '
        '" Tôi rất vui được gặp ngài " , ông [PER Putin] nói .'
    )
    analysed, mentions, times = parse_markup(markup, article_id="a1")
    statements, events = find_relations(analysed, mentions, times)
    assert statements and events
    text = analysed.article.text
    for provenance in [s.provenance for s in statements] + [e.provenance for e in events]:
        assert provenance.article_id == "a1"
        assert 0 <= provenance.start < provenance.end <= len(text)
        assert text[provenance.start : provenance.end] in provenance.sentence
        assert provenance.extractor in {"roles", "places", "events", "speech"}
        assert 0 < provenance.confidence <= 1
    assert {e.type for e in events} == {EventType.MEETING, EventType.STATEMENT}


def test_relations_no_statement_links_a_mention_to_itself():
    statements, _ = relations("[COUNTRY Nga] ở [COUNTRY Nga] .")
    assert statements == ()


def test_relations_empty_article_gives_nothing():
    analysed, mentions, times = parse_markup("")
    assert find_relations(analysed, mentions, times) == ((), ())


def test_relations_coordinated_bodies_share_their_place():
    markup = "Ông sẽ thăm [ORG Đại_học Liên_bang Viễn_Đông] và [ORG Viện_Hàn_lâm Khoa_học Nga] ở [CITY Vladivostok] ."
    assert places(markup) == {
        ("Đại_học Liên_bang Viễn_Đông", "locatedIn", "Vladivostok"),
        ("Viện_Hàn_lâm Khoa_học Nga", "locatedIn", "Vladivostok"),
    }


def test_relations_mention_off_the_text_is_a_clear_error():
    from dataclasses import replace

    analysed, mentions, times = parse_markup("Ông [PER Putin] nói .", article_id="a9")
    shifted = (replace(mentions[0], start=mentions[0].start + 1, end=mentions[0].end + 1),)
    with pytest.raises(ValueError, match=r"article a9: mention 'Putin' at offsets 5-10"):
        find_relations(analysed, shifted, times)


def parts_of_places(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in ("locatedIn", "partOf")}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a country beside a former union, in brackets or after a comma, was one of its parts
        ("Ông từng làm kỹ_sư ở [COUNTRY Estonia] ( [COUNTRY Liên_Xô] cũ ) nhiều năm .", {("Estonia", "partOf", "Liên_Xô")}),
        ("Bà sinh ra tại [COUNTRY Croatia] , [COUNTRY Nam_Tư] cũ .", {("Croatia", "partOf", "Nam_Tư")}),
        ("Gia_đình cô rời [COUNTRY Slovakia] ( [COUNTRY Tiệp_Khắc] trước_đây ) năm 1990 .", {("Slovakia", "partOf", "Tiệp_Khắc")}),
        # the school's country stays its seat when the former union follows it
        (
            "Anh học ở [ORG Đại_học Bách_khoa Kiev] , [COUNTRY Ukraine] , [COUNTRY Liên_Xô] cũ .",
            {("Đại_học Bách_khoa Kiev", "locatedIn", "Ukraine"), ("Ukraine", "partOf", "Liên_Xô")},
        ),
        # with no word of former time, two countries side by side say nothing
        ("Hàng được bán sang [COUNTRY Ukraine] ( [COUNTRY Nga] ) qua đường biển .", set()),
        ("Ông đã thăm [COUNTRY Latvia] , [COUNTRY Liên_Xô] và [COUNTRY Ba_Lan] .", set()),
        # "cũ" that qualifies a noun after the country is no former state
        ("Đoàn đi [COUNTRY Đức] , [COUNTRY Pháp] cũ kỹ thuật lạc_hậu .", set()),
    ],
)
def test_relations_country_of_a_former_union(markup, expected):
    assert parts_of_places(markup) == expected


def bodies(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in ("locatedIn", "partOf")}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a seat in brackets, "của" a place, after a comma closing the apposition
        ("Ông học tại [ORG INSEAD] ( [COUNTRY Pháp] ) hai năm .", {("INSEAD", "locatedIn", "Pháp")}),
        ("Tờ [AGENCY Yomiuri] của [COUNTRY Nhật] đưa tin .", {("Yomiuri", "locatedIn", "Nhật")}),
        ("Ông làm ở [ORG Ngân_hàng Barclay] , [CITY Hong_Kong] ; sau đó về nước .", {("Ngân_hàng Barclay", "locatedIn", "Hong_Kong")}),
        # a parent body in brackets or after "của"
        ("Số_liệu do [ORG Tổng_cục Thuế] ( [ORG Bộ Tài_chính] ) đưa ra .", {("Tổng_cục Thuế", "partOf", "Bộ Tài_chính")}),
        ("[ORG Ủy_ban Tư_pháp] của [ORG Quốc_hội] họp .", {("Ủy_ban Tư_pháp", "partOf", "Quốc_hội")}),
        # "của" read past the body's other name in brackets, or after a body named in brackets after its name
        (
            "[ORG Cục Tình_báo Quốc_phòng] ( [ORG DIA] ) của [COUNTRY Mỹ] cảnh_báo .",
            {("Cục Tình_báo Quốc_phòng", "locatedIn", "Mỹ"), ("DIA", "locatedIn", "Mỹ")},
        ),
        ("[ORG Ban Kinh_tế] ( [ORG BKT] ) của [ORG Quốc_hội] họp .", {("Ban Kinh_tế", "partOf", "Quốc_hội"), ("BKT", "partOf", "Quốc_hội")}),
        ("Theo tuần_báo Ngôi_sao ( [AGENCY Stern] ) của [COUNTRY Đức] , vụ_việc đã lộ .", {("Stern", "locatedIn", "Đức")}),
        ("Theo tuần_báo Ngôi sao ( [AGENCY Stern] ) của [COUNTRY Đức] , vụ_việc đã lộ .", {("Stern", "locatedIn", "Đức")}),
        # ... not after a common noun, whose "của" it is
        ("Ông gặp đại_diện ( [ORG DIA] ) của [COUNTRY Mỹ] hôm_qua .", set()),
        # the body's own short name in brackets is no parent
        ("[ORG Tập_đoàn Dầu_khí Việt_Nam] ( [ORG PVN] ) báo lãi .", set()),
        # ... or in another language; a Vietnamese name in brackets stays a parent
        ("[ORG Tổng_công_ty Đường_sắt Việt_Nam] ( [ORG Vietnam_Railways] ) mua tàu .", set()),
        ("[ORG Cục Quản_lý cạnh_tranh] ( [ORG Bộ Công_Thương] ) công_bố .", {("Cục Quản_lý cạnh_tranh", "partOf", "Bộ Công_Thương")}),
        # a list is no apposition; a place that opens a new clause is not the seat
        ("[ORG Apple] , [ORG Samsung] , [COUNTRY Mỹ] đều tăng .", set()),
        # a place before the body is no list of bodies
        (
            "Ông làm Giám_đốc khu_vực [REGION Châu_Á] , [ORG Ngân_hàng HSBC] , [COUNTRY Singapore] ; rồi về nước .",
            {("Ngân_hàng HSBC", "locatedIn", "Singapore")},
        ),
        ("Ông gặp [ORG Vinamilk] , [COUNTRY Mỹ] cũng cử đại_diện .", set()),
        # a name under a person's title is a person's, even typed as a body
        ("Theo đại_biểu [ORG Đại_biểu|Cao_Sỹ_Kiêm] ( [CITY Thái_Bình] ) , ngân_sách hụt thu .", set()),
        # "của" someone after the place: the body is that person's
        ("[ORG Văn_phòng] của [COUNTRY Nga] [PER Putin] ra thông_báo .", set()),
        # a nationality stated of a body, whatever its kind; a mission is its country's, posted elsewhere
        ("Vốn được chuyển cho [ORG Samsung_Electronics] của [COUNTRY Hàn_Quốc] .", {("Samsung_Electronics", "locatedIn", "Hàn_Quốc")}),
        ("Tàu ngầm của [ORG Hạm_đội Thái_Bình_Dương] của [COUNTRY Nga] phóng tên_lửa .", {("Hạm_đội Thái_Bình_Dương", "locatedIn", "Nga")}),
        ("[ORG Đại_sứ_quán] của [COUNTRY Việt_Nam] tại [COUNTRY Pháp] tổ_chức lễ .", set()),
        ("Ông đến đại_sứ_quán [ORG Vương_quốc Anh] của [COUNTRY Anh] tại Hà_Nội .", set()),
        # two bodies of one kind joined by "và" share it; bodies of two kinds do not
        ("Tàu từ [ORG Hạm_đội phương_Bắc] và [ORG Hạm_đội Thái_Bình_Dương] của [COUNTRY Nga] phóng tên_lửa .",
         {("Hạm_đội phương_Bắc", "locatedIn", "Nga"), ("Hạm_đội Thái_Bình_Dương", "locatedIn", "Nga")}),
        ("Hợp_tác giữa [ORG Vinamilk] và [ORG Tập_đoàn Fonterra] của [COUNTRY New_Zealand] tăng .",
         {("Tập_đoàn Fonterra", "locatedIn", "New_Zealand")}),
        # a seat in brackets, short as it may be, and followed by a date; a list of bodies in brackets is none
        ("Theo tuần_báo [AGENCY Panorama] ( [COUNTRY Ý] ) , có cuộc gọi .", {("Panorama", "locatedIn", "Ý")}),
        ("Anh học tại [ORG Đại_học Văn_hóa] ( [CITY TP.HCM] ) .", {("Đại_học Văn_hóa", "locatedIn", "TP.HCM")}),
        ("Đội sẽ gặp [ORG CLB Semen_Padang] ( [COUNTRY Indonesia] , 26-10 ) .", {("CLB Semen_Padang", "locatedIn", "Indonesia")}),
        ("Đại_diện [ORG Cục Thuế] ( [ORG Bộ Tài_chính] , [ORG Bộ Công_an] ) dự họp .", set()),
        # a seat after its word of level, in brackets or after a comma
        ("Chiều 4/11 , [ORG Công_an TP Thủ_Dầu_Một] ( tỉnh [REGION Bình_Dương] ) đã họp .", {("Công_an TP Thủ_Dầu_Một", "locatedIn", "Bình_Dương")}),
        ("Theo [ORG Công_an huyện Lý_Nhân] , tỉnh [REGION Hà_Nam] , vụ việc xảy ra sáng qua .", {("Công_an huyện Lý_Nhân", "locatedIn", "Hà_Nam")}),
        # ... not a list of places after the body, nor a place that opens a clause
        ("Ông gặp [ORG Vinamilk] , tỉnh [REGION Hà_Nam] , tỉnh [REGION Nam_Định] .", set()),
        ("Sau khi gặp [ORG Vinamilk] , tỉnh [REGION Hà_Nam] quyết_định đầu_tư .", set()),
    ],
)
def test_bodies_seat_and_parent_in_apposition(markup, expected):
    assert bodies(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a word of belonging before the parent
        ("[ORG Cục Hải_quan] trực_thuộc [ORG Bộ Tài_chính] đã vào_cuộc .", {("Cục Hải_quan", "partOf", "Bộ Tài_chính")}),
        ("[ORG Công_ty Xăng_dầu Khu_vực 1] thuộc [ORG Petrolimex] tăng giá .", {("Công_ty Xăng_dầu Khu_vực 1", "partOf", "Petrolimex")}),
        # an apposition naming the kind of part, with the body's short name first or not
        ("[ORG FPT_Telecom] , một công_ty con của [ORG FPT] , báo lãi .", {("FPT_Telecom", "partOf", "FPT")}),
        (
            "[ORG Công_ty Tài_chính Bưu_điện] ( [ORG PTF] ) , đơn_vị thành_viên của [ORG LienVietPostBank] , giải_thể .",
            {("Công_ty Tài_chính Bưu_điện", "partOf", "LienVietPostBank")},
        ),
        ("Báo [AGENCY Nhân_Dân] - cơ_quan ngôn_luận của [ORG Đảng Cộng_sản Việt_Nam] - đăng bài .", {("Nhân_Dân", "partOf", "Đảng Cộng_sản Việt_Nam")}),
        # the body qualifying a title before a person is still its parent's
        ("Ủy_viên [ORG Ủy_ban Kinh_tế] của [ORG Quốc_hội] [PER Trần_Hoàng_Ngân] phát_biểu .", {("Ủy_ban Kinh_tế", "partOf", "Quốc_hội")}),
        # an apposition that names no kind of part, or a person as the owner
        ("[ORG Samsung] , nhà sản_xuất lớn nhất của [COUNTRY Hàn_Quốc] , tăng lãi .", set()),
        ("[ORG Vinamilk] , công_ty của ông [PER Nguyễn_Văn_An] , tăng lãi .", set()),
        ("[ORG Viettel] thuộc top đầu , còn [ORG VNPT] đứng sau .", set()),
        # after "tại/ở", "của" makes a part only of a body named with its kind (a unit, a body, an outlet)
        ("Bài đăng ở tờ [AGENCY Nhân_Dân] của [ORG Đảng Cộng_sản Việt_Nam] hôm_qua .", {("Nhân_Dân", "partOf", "Đảng Cộng_sản Việt_Nam")}),
        ("Ông làm_việc tại [ORG Công_ty Bảo_Minh] của [ORG Tập_đoàn Bảo_Việt] .", {("Công_ty Bảo_Minh", "partOf", "Tập_đoàn Bảo_Việt")}),
        ("Khoản vay tại [ORG Vietinbank] của [ORG Hoàng_Anh_Gia_Lai] lên tới 100 tỉ đồng .", set()),
        ("Đại_diện [ORG Chi_hội Doanh_nhân trẻ] của [ORG Hiệp_hội Vận_tải] phát_biểu .", {("Chi_hội Doanh_nhân trẻ", "partOf", "Hiệp_hội Vận_tải")}),
    ],
)
def test_bodies_part_of_a_parent(markup, expected):
    assert bodies(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a unit set beside a body of a higher kind, closed by a mark, a bracket or a verb of saying
        ("Chiến_sĩ [PER Thắng] ( [ORG Đội CSGT số 1] , [ORG Công_an TP Hà_Nội] ) cho_biết .", {("Đội CSGT số 1", "partOf", "Công_an TP Hà_Nội")}),
        ("Ông [PER Thông] , Giám_đốc [ORG Trung_tâm Đột_quỵ] , [ORG Bệnh_viện 108] cho_biết tỷ_lệ thấp .",
         {("Trung_tâm Đột_quỵ", "partOf", "Bệnh_viện 108")}),
        ("Tôi là giảng_viên [ORG Học_viện Kỹ_thuật Quân_sự] - [ORG Bộ Quốc_phòng] , tôi viết thư này .",
         {("Học_viện Kỹ_thuật Quân_sự", "partOf", "Bộ Quốc_phòng")}),
        ("Chiều qua , [ORG Đội Cảnh_sát giao_thông] , [ORG Công_an TP Thủ_Dầu_Một] ( tỉnh [REGION Bình_Dương] ) đã họp .",
         {("Đội Cảnh_sát giao_thông", "partOf", "Công_an TP Thủ_Dầu_Một")}),
        # a dash binds a unit to its parent even when a verb follows; a comma then leaves a new clause
        ("Báo này phối_hợp với [ORG Ban Thời_sự VTV1] – [ORG Đài Truyền_hình Việt_Nam] phát_động quyên_góp .",
         {("Ban Thời_sự VTV1", "partOf", "Đài Truyền_hình Việt_Nam")}),
        ("Sau khi [ORG Phòng Cảnh_sát Hình_sự] điều_tra , [ORG Công_an tỉnh Nam_Định] khởi_tố vụ án .", set()),
        # ... and even after a list's comma
        ("Họ phối_hợp với [AGENCY Tiền_Phong] , [ORG Ban Thời_sự VTV1] – [ORG Đài Truyền_hình Việt_Nam] phát_động quyên_góp .",
         {("Ban Thời_sự VTV1", "partOf", "Đài Truyền_hình Việt_Nam")}),
        # bodies of the same or a lower kind, and lists of bodies, are no parts
        ("Đại_diện [ORG Bộ Y_tế] , [ORG Bộ Công_an] dự họp .", set()),
        ("Đại_diện [ORG Bộ Y_tế] - [ORG Cục Thuế] dự họp .", set()),
        ("Đại_diện [ORG Bộ Y_tế] , [ORG Cục Thuế] dự họp .", set()),
        ("Đại_diện [ORG Cục Thuế] , [ORG Bộ Công_an] , [ORG Sở Y_tế] dự họp .", set()),
        ("Đại_diện [ORG Sở Y_tế] , [ORG Cục Thuế] , [ORG Bộ Công_an] dự họp .", set()),
        ("Đại_diện [ORG Cục Thuế] và [ORG Bộ Công_an] dự họp .", set()),
        # the higher body opening a clause of its own, or speaking after a fronted clause
        ("Sau khi [ORG Cục Thuế] làm_việc , [ORG Bộ Tài_chính] quyết_định phạt .", set()),
        ("Sau khi xem báo_cáo của [ORG Sở Y_tế TP Hà_Nội] , [ORG Bộ Y_tế] cho_biết ông làm sai .", set()),
        # a list going on with a capitalised item that is no name
        ("Thương_tiếc ông , [ORG Ban Chấp_hành Trung_ương] , [ORG Quốc_hội] , Chủ_tịch nước gửi vòng hoa .", set()),
    ],
)
def test_bodies_unit_set_beside_a_higher_body(markup, expected):
    assert {fact for fact in bodies(markup) if fact[1] == "partOf"} == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # where a body sits: any kind of place, after "có/đặt trụ_sở (chính)"
        ("[ORG Tập_đoàn Hòa_Phát] có trụ_sở chính tại [CITY Hà_Nội] .", {("Tập_đoàn Hòa_Phát", "locatedIn", "Hà_Nội")}),
        ("[ORG Toyota] đặt trụ_sở ở [COUNTRY Nhật_Bản] .", {("Toyota", "locatedIn", "Nhật_Bản")}),
        ("[ORG Grab] đóng trụ_sở_tại [COUNTRY Singapore] .", {("Grab", "locatedIn", "Singapore")}),
        # a seat word with no place after it says nothing
        ("[ORG Grab] có trụ_sở mới rất đẹp .", set()),
        # a school's or hospital's place, then a phrase "với …" of the sentence
        ("Cô tốt_nghiệp [ORG Đại_học Monash] , [COUNTRY Australia] với tấm bằng loại giỏi .", {("Đại_học Monash", "locatedIn", "Australia")}),
        ("Ông được mổ tại [ORG Bệnh_viện Raffles] , [COUNTRY Singapore] với chi_phí lớn .", {("Bệnh_viện Raffles", "locatedIn", "Singapore")}),
        # the school after a verb of study is the verb's object, not a noun's modifier
        ("Anh tốt_nghiệp [ORG Đại_học Stanford] tại [COUNTRY Mỹ] năm 2010 .", {("Đại_học Stanford", "locatedIn", "Mỹ")}),
        # not for a body of another kind, nor for a list of countries
        ("Ông làm cho [ORG Vingroup] , [COUNTRY Nga] với nhiều đối_tác .", set()),
        ("Họ học ở [ORG Đại_học Monash] , [COUNTRY Australia] , [COUNTRY Anh] với học_bổng .", set()),
    ],
)
def test_relations_seat_of_a_body(markup, expected):
    assert places(markup) == expected
