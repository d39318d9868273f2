"""Where places and bodies lie, whose parts they are, and who belongs to them: the links of
``kg.extract.places``, ``kg.extract.affiliations`` and ``kg.extract.subsidiaries``."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples

_KINDS = frozenset({"locatedIn", "partOf", "memberOf"})


def links(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in _KINDS}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a part of a place told by its direction, written before the place, is its part
        ("Lũ quét tràn qua [REGION miền Bắc] [COUNTRY Thái_Lan] tuần qua .", {("miền Bắc", "partOf", "Thái_Lan")}),
        # ... and a place set before it in apposition lies in that part, the apposition closing after the place
        (
            "Máy_bay rơi tại [CITY Savannakhet] , [REGION miền Trung] [COUNTRY Lào] vào sáng thứ hai .",
            {("Savannakhet", "locatedIn", "miền Trung"), ("miền Trung", "partOf", "Lào")},
        ),
        # a place of another kind before a country still lies in it
        ("Bão đổ_bộ vào [REGION Mindanao] [COUNTRY Philippines] .", {("Mindanao", "locatedIn", "Philippines")}),
        # no apposition when a verb follows the larger place
        ("Đoàn thăm [CITY Savannakhet] , [REGION miền Trung] [COUNTRY Lào] đã hỗ_trợ nhiều .", {("miền Trung", "partOf", "Lào")}),
        # an apposition closed by a word of time
        ("Vụ nổ ở [CITY Kandahar] , [COUNTRY Afghanistan] hồi tháng 5 làm 3 người chết .", {("Kandahar", "locatedIn", "Afghanistan")}),
        ("Mưa lớn tại [CITY Đông_Hà] , [REGION Quảng_Trị] chiều qua gây ngập .", {("Đông_Hà", "locatedIn", "Quảng_Trị")}),
        # a list of places says nothing
        ("Mưa lớn tại [CITY Đông_Hà] , [CITY Huế] và [CITY Đà_Nẵng] chiều qua .", set()),
        # a province or state set beside a part of a country told by its direction lies in that part,
        # however the two are typed
        (
            "Bão quét qua tỉnh [REGION Samar] , [REGION miền Đông] [COUNTRY Philippines] sau khi đổ_bộ .",
            {("Samar", "locatedIn", "miền Đông"), ("miền Đông", "partOf", "Philippines")},
        ),
        (
            "Lũ ở bang [REGION Odisha] , [REGION miền Đông] [COUNTRY Ấn_Độ] , làm 20 người chết .",
            {("Odisha", "locatedIn", "miền Đông"), ("miền Đông", "partOf", "Ấn_Độ")},
        ),
        # ... not a country set beside it, nor a verb's new clause after it
        ("[COUNTRY Lào] , [REGION miền Bắc] [COUNTRY Thái_Lan] và [COUNTRY Myanmar] có mưa .", {("miền Bắc", "partOf", "Thái_Lan")}),
        ("Bão vào tỉnh [REGION Samar] , [REGION miền Đông] [COUNTRY Philippines] đã sơ_tán dân .", {("miền Đông", "partOf", "Philippines")}),
        # a square, street or building set beside a city called a capital lies in that city
        ("Vụ nổ xảy ra tại quảng_trường [LOC Tahrir] , thủ_đô [CITY Cairo] chiều qua .", {("Tahrir", "locatedIn", "Cairo")}),
        (
            "Lễ trao giải tổ_chức tại [FAC Ziggo_Dome] , thủ_đô [CITY Amsterdam] của [COUNTRY Hà_Lan] , tối qua .",
            {("Ziggo_Dome", "locatedIn", "Amsterdam"), ("Amsterdam", "locatedIn", "Hà_Lan")},
        ),
        # ... not a new clause after the city, nor a list's item
        ("Người dân ở quảng_trường [LOC Tahrir] , thủ_đô [CITY Cairo] đã bị giải_tán .", set()),
        ("Tàu đi qua [LOC Trường_Sa] , [LOC Hoàng_Sa] , thủ_đô [CITY Hà_Nội] .", set()),
    ],
)
def test_place_links_parts_and_appositions(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a local body named with the unit it serves, the place of its province or city beside it
        ("[ORG Công_an huyện Bình_Chánh] , [CITY TP.HCM] đã bắt nghi_phạm .", {("Công_an huyện Bình_Chánh", "locatedIn", "TP.HCM")}),
        ("Trụ_sở [ORG UBND xã Yên_Sở] , huyện [REGION Hoài_Đức] bị ngập .", {("UBND xã Yên_Sở", "locatedIn", "Hoài_Đức")}),
        # ... not a country (the body is the country's own), nor a list of bodies
        ("[ORG Công_an tỉnh Lào_Cai] , [COUNTRY Việt_Nam] trao_trả nghi_phạm .", set()),
        ("[ORG Công_an Hải_Phòng] , [ORG Công_an Nam_Định] và [CITY Thái_Bình] phối_hợp .", set()),
        # any body that is no local one: a company beside a city opens no apposition of its seat here
        ("[ORG Công_ty Hòa_An] , [CITY Đà_Nẵng] và nhiều nơi khác .", set()),
    ],
)
def test_place_links_local_bodies(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a group or movement written after its noun, then "ở/tại" a place: where it is based
        ("Vũ_khí được chuyển cho lực_lượng [ORG Hamas] ở [LOC Dải_Gaza] .", {("Hamas", "locatedIn", "Dải_Gaza")}),
        ("Phong_trào [ORG Taliban] tại [COUNTRY Pakistan] lên_tiếng .", {("Taliban", "locatedIn", "Pakistan")}),
        # ... not a company "ở" a country, nor a body that is another noun's modifier
        ("[ORG Samsung] ở [COUNTRY Việt_Nam] tăng vốn .", set()),
        ("Các nhà đầu_tư của [ORG Samsung] ở [COUNTRY Việt_Nam] tăng vốn .", set()),
        # a body said to come from a place, its name after a dash
        ("Ban_nhạc đến_từ [COUNTRY Na_Uy] – [ORG A-ha] sẽ biểu_diễn .", {("A-ha", "locatedIn", "Na_Uy")}),
        # a named installation after its kind noun, "ở" the larger place
        ("Đạn rơi xuống thao_trường [FAC Ashuluk] ở [REGION Astrakhan] .", {("Ashuluk", "locatedIn", "Astrakhan")}),
        ("Lửa cháy tại khu dân_cư [CITY Springwood] ở [LOC Blue_Mountains] .", {("Springwood", "locatedIn", "Blue_Mountains")}),
        # where a place lies told in brackets, after "ở" and a direction "của" the larger place
        ("Tên_lửa phóng từ sân_bay [FAC Vostochny] ( ở phía đông của [COUNTRY Nga] ) .", {("Vostochny", "locatedIn", "Nga")}),
        # ... not the home of a person
        ("Ông [PER Lê_An] ( ở [CITY Huế] ) cho_biết .", set()),
    ],
)
def test_place_links_bodies_and_installations(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # children named after "công_ty con (của A) là", the parent the clause's subject when not written
        ("[ORG Hòa_Phát] vừa góp vốn vào công_ty con là [ORG Hòa_Phát Dung_Quất] .", {("Hòa_Phát Dung_Quất", "partOf", "Hòa_Phát")}),
        (
            "Các công_ty con của [ORG Masan] là [ORG Masan_Consumer] và [ORG Masan_Nutri] .",
            {("Masan_Consumer", "partOf", "Masan"), ("Masan_Nutri", "partOf", "Masan")},
        ),
        # the parent named after "công_ty mẹ của A là"
        ("Công_ty mẹ của [ORG Ngân_hàng Sakura] là [ORG Tập_đoàn Sumitomo] .", {("Ngân_hàng Sakura", "partOf", "Tập_đoàn Sumitomo")}),
        # told of the subject of the copula
        ("[ORG Vinpearl] là một công_ty con của [ORG Vingroup] .", {("Vinpearl", "partOf", "Vingroup")}),
        ("[ORG Vingroup] là công_ty mẹ của [ORG Vinmec] .", {("Vinmec", "partOf", "Vingroup")}),
        # whose parent is not said, two bodies that might own the child, a company only founded
        ("Công_ty mẹ là [ORG Tập_đoàn Sumitomo] .", set()),
        ("[ORG Hòa_Phát] và [ORG Masan] bán công_ty con là [ORG Vincom] .", set()),
        ("[ORG Vingroup] thành_lập [ORG VinFast] năm 2017 .", set()),
    ],
)
def test_place_links_subsidiaries(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a player wearing the shirts of two teams joined by "và" belongs to both
        (
            "[PER Lê_Công_Vinh] từng khoác_áo [ORG tuyển Việt_Nam] và [ORG CLB Consadole_Sapporo] .",
            {("Lê_Công_Vinh", "memberOf", "tuyển Việt_Nam"), ("Lê_Công_Vinh", "memberOf", "CLB Consadole_Sapporo")},
        ),
        # ... not a name of another kind after "và", nor another clause's team
        ("[PER Lê_Công_Vinh] khoác_áo [ORG Hà_Nội_T&T] và [COUNTRY Nhật_Bản] .", {("Lê_Công_Vinh", "memberOf", "Hà_Nội_T&T")}),
        (
            "[PER Văn_Quyết] khoác_áo [ORG Hà_Nội_T&T] và [PER Công_Phượng] khoác_áo [ORG HAGL] .",
            {("Văn_Quyết", "memberOf", "Hà_Nội_T&T"), ("Công_Phượng", "memberOf", "HAGL")},
        ),
        # taking part in founding a party or association makes one a member
        ("Ông [PER Trần_Phú] đã tham_gia sáng_lập [ORG Đảng Cộng_sản Đông_Dương] .", {("Trần_Phú", "memberOf", "Đảng Cộng_sản Đông_Dương")}),
        ("[PER Lê_Thị_Hà] là người đồng sáng_lập [ORG Quỹ Hy_vọng] .", set()),
    ],
)
def test_place_links_memberships(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a commune "của" its district, both words of level written
        ("Dịch xuất_hiện tại xã [REGION Hải_Lăng] của huyện [REGION Vĩnh_Linh] .", {("Hải_Lăng", "locatedIn", "Vĩnh_Linh")}),
        # ... not a higher unit "của" a lower one
        ("Người dân tỉnh [REGION Quảng_Bình] của xã [REGION Hải_Lăng] đến .", set()),
        # a body set beside an apposition naming its kind "của" a nation, the apposition closing there
        ("[ORG FSB] , cơ_quan an_ninh chính của [COUNTRY Nga] , lên_tiếng .", {("FSB", "locatedIn", "Nga")}),
        ("[ORG Vinamilk] , một công_ty sữa lớn của [COUNTRY Việt_Nam] , báo lãi .", {("Vinamilk", "locatedIn", "Việt_Nam")}),
        # ... not when the apposition goes on to another place, nor a description that names no kind of body
        ("[ORG Vinamilk] , công_ty sữa của [COUNTRY Việt_Nam] và [COUNTRY Lào] , báo lãi .", set()),
        ("[ORG Vinamilk] , niềm tự_hào của [COUNTRY Việt_Nam] , báo lãi .", set()),
        # a named building, a dash, the town it stands in
        ("Đêm nhạc diễn ra tại [FAC Cung Thể_thao Quần_Ngựa] – [CITY Hà_Nội] tối qua .", {("Cung Thể_thao Quần_Ngựa", "locatedIn", "Hà_Nội")}),
        ("Chuyến xe chạy tuyến [CITY Hà_Nội] – [CITY Hải_Phòng] mỗi ngày .", set()),
        # the address a body's brackets give, and a house number and street set beside it
        (
            "Khách ngộ_độc tại [ORG nhà_hàng Hoa_Sen] ( địa_chỉ tại 12 phố [LOC Hàng_Bạc] ) .",
            {("nhà_hàng Hoa_Sen", "locatedIn", "Hàng_Bạc")},
        ),
        ("Học_sinh mua sách tại [ORG nhà_sách Cá_Chép] , 115 [LOC Nguyễn_Văn_Cừ] .", {("nhà_sách Cá_Chép", "locatedIn", "Nguyễn_Văn_Cừ")}),
        # a person's address says nothing of a body
        ("Chị [PER Lan] ( địa_chỉ tại phố [LOC Hàng_Bạc] ) cho_biết .", set()),
    ],
)
def test_place_links_ranks_nationalities_and_addresses(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a school or hospital after any noun, then "ở/tại" a place: where it stands
        ("Giáo_viên [ORG Trường THPT Phan_Bội_Châu] ở thành_phố [CITY Vinh] đình_công .", {("Trường THPT Phan_Bội_Châu", "locatedIn", "Vinh")}),
        # ... not a ministry's delegation somewhere
        ("Đoàn công_tác [ORG Bộ Tài_chính] tại [CITY Cần_Thơ] làm_việc .", set()),
        # a place said to be a kind of place of a larger one
        ("[CITY Mosul] là thành_phố lớn thứ hai của [COUNTRY Iraq] .", {("Mosul", "locatedIn", "Iraq")}),
        ("[REGION Siberia] là vùng rộng_lớn của [COUNTRY Nga] .", {("Siberia", "locatedIn", "Nga")}),
        # ... not one of no larger kind
        ("[CITY Hải_Phòng] là thành_phố cảng của [CITY Hà_Nội] .", set()),
        # a numbered district in brackets, then the city
        ("Chợ [FAC An_Đông] ( quận 5 , [CITY TP.HCM] ) bị cháy .", {("An_Đông", "locatedIn", "TP.HCM")}),
    ],
)
def test_place_links_seats_copulas_and_numbered_districts(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a player named with the side he plays on
        ("Khác với [PER Benzema] bên phía [ORG Real_Madrid] , [PER Suárez] ghi bàn .", {("Benzema", "memberOf", "Real_Madrid")}),
        # ... not a side that names no team
        ("Luật_sư [PER Lê_An] bên phía nguyên_đơn cho_biết .", set()),
        # a shirt number in brackets, then "của" the team
        ("Bàn thắng của [PER Kieran_Gibbs] ( số 3 ) của [ORG Arsenal] đến phút 80 .", {("Kieran_Gibbs", "memberOf", "Arsenal")}),
        # ... not a house number, nor a number with no team after it
        ("Ông [PER Lê_An] ( số 6 ) đường [LOC Láng] cho_biết .", set()),
        ("Cầu_thủ [PER Lê_An] ( số 6 ) ghi bàn .", set()),
        # a group after its noun, tied to a network, maybe after words naming the network's kind
        ("Nhóm phiến_quân [ORG Al-Shabaab] có liên_hệ với tổ_chức khủng_bố [ORG al-Qaeda] nhận trách_nhiệm .", {("Al-Shabaab", "memberOf", "al-Qaeda")}),
        # ... not a body with no group noun before it, nor a tie to a country
        ("[ORG Vingroup] có liên_hệ với [ORG Masan] trong thương_vụ .", set()),
        ("Lực_lượng [ORG Hezbollah] có liên_hệ với [COUNTRY Iran] từ lâu .", set()),
    ],
)
def test_place_links_sides_and_linked_groups(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the members listed after "thành_viên (của) Y là"
        (
            "Các thành_viên sáng_lập của [ORG ASEAN] là [COUNTRY Thái_Lan] , [COUNTRY Malaysia] và [COUNTRY Singapore] .",
            {("Thái_Lan", "memberOf", "ASEAN"), ("Malaysia", "memberOf", "ASEAN"), ("Singapore", "memberOf", "ASEAN")},
        ),
        # ... of the subject of "có", or of the body that opens the sentence and is its only body before the noun
        (
            "[ORG G7] có 7 thành_viên là [COUNTRY Đức] và [COUNTRY Ý] cùng năm nước khác .",
            {("Đức", "memberOf", "G7"), ("Ý", "memberOf", "G7")},
        ),
        (
            "[ORG NATO] bế_tắc ở [COUNTRY Libya] , với việc các thành_viên chủ_chốt là [COUNTRY Đức] và [COUNTRY Pháp] bất_đồng .",
            {("Đức", "memberOf", "NATO"), ("Pháp", "memberOf", "NATO")},
        ),
        # ... not when another body stands between, nor persons (a member of a body holds a seat there)
        ("[ORG NATO] và [ORG EU] họp , các thành_viên là [COUNTRY Đức] và [COUNTRY Pháp] .", set()),
        ("Các thành_viên của [ORG Ban nhạc Bức_Tường] là [PER Trần_Lập] và [PER Tuấn_Hùng] .", set()),
        # a list before an apposition whose noun is plural
        (
            "[COUNTRY Anh] và [COUNTRY Pháp] , hai thành_viên thường_trực [ORG HĐBA] , bỏ phiếu thuận .",
            {("Anh", "memberOf", "HĐBA"), ("Pháp", "memberOf", "HĐBA")},
        ),
        # a fronted clause of membership, then its subject
        ("Là thành_viên của [ORG WTO] , [COUNTRY Campuchia] phải giảm thuế .", {("Campuchia", "memberOf", "WTO")}),
        ("Là thành_viên của [ORG WTO] , các nước phải giảm thuế .", set()),
        # a person's aside of nationality or age between the name and the verb of membership
        (
            "Anh [PER Tom_Miller] , người [COUNTRY Úc] , đang làm tình_nguyện_viên ở [ORG Hội Chữ_thập_đỏ] .",
            {("Tom_Miller", "memberOf", "Hội Chữ_thập_đỏ")},
        ),
        ("Ông [PER Lê_Văn_Tám] , 60 tuổi , là đảng_viên [ORG Đảng Cộng_sản Việt_Nam] .", {("Lê_Văn_Tám", "memberOf", "Đảng Cộng_sản Việt_Nam")}),
        ("Ông [PER Lê_Văn_Tám] , bạn tôi , là đảng_viên [ORG Đảng Cộng_sản Việt_Nam] .", set()),
    ],
)
def test_place_links_member_lists_and_asides(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # brackets after the items of a plural say where each lies, by the ranks written
        (
            "Lũ cuốn trôi cầu giữa hai xã [REGION Tam_Hiệp] và [REGION Tam_Anh] ( huyện [REGION Núi_Thành] ) .",
            {("Tam_Hiệp", "locatedIn", "Núi_Thành"), ("Tam_Anh", "locatedIn", "Núi_Thành")},
        ),
        # ... not items ranked higher than the bracketed unit, which narrows the last of them instead
        (
            "Lũ tràn qua hai tỉnh [REGION Quảng_Nam] và [REGION Quảng_Ngãi] ( huyện [REGION Núi_Thành] ) .",
            {("Núi_Thành", "locatedIn", "Quảng_Ngãi")},
        ),
        # a state written after its noun, a dash, its country
        ("Công_ty có trụ_sở tại bang [REGION Texas] - [COUNTRY Mỹ] nhưng đăng_ký ở nước khác .", {("Texas", "locatedIn", "Mỹ")}),
        # ... not a region and a country with no noun of kind ("quan_hệ Crimea - Ukraine"), nor two provinces
        ("Quan_hệ [REGION Crimea] - [COUNTRY Ukraine] căng_thẳng .", set()),
        ("Tuyến đường tỉnh [REGION Bà_Rịa] - [REGION Vũng_Tàu] thông xe .", set()),
    ],
)
def test_place_links_bracketed_lists_and_dashed_states(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # what a named whole includes, after a comma and "trong đó có"
        ("[ORG Tập_đoàn Điện_lực] , trong đó có [ORG Tổng_công_ty Truyền_tải] , báo lỗ .", {("Tổng_công_ty Truyền_tải", "partOf", "Tập_đoàn Điện_lực")}),
        (
            "[ORG EU] , trong đó có [COUNTRY Đức] và [COUNTRY Pháp] , phản_đối .",
            {("Đức", "memberOf", "EU"), ("Pháp", "memberOf", "EU")},
        ),
        ("[COUNTRY Trung_Quốc] , trong đó có [REGION Tứ_Xuyên] , chịu động_đất .", {("Tứ_Xuyên", "locatedIn", "Trung_Quốc")}),
        # ... not an unnamed whole, nor a person, nor a place no smaller than the whole
        ("Nhiều nước , trong đó có [COUNTRY Pháp] , chúc_mừng .", set()),
        ("[ORG Chính_phủ Nhật_Bản] , trong đó có [PER Abe] , họp .", set()),
        ("[REGION miền Trung] , trong đó có [REGION Quảng_Nam] , mưa lớn .", set()),
    ],
)
def test_place_links_included(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a police unit set beside the police of a town, which ranks higher
        (
            "[ORG Cảnh_sát giao_thông] ( [ORG CSGT] ) , [ORG Công_an tỉnh Bắc_Giang] , vừa công_bố quyết_định .",
            {("Cảnh_sát giao_thông", "partOf", "Công_an tỉnh Bắc_Giang")},
        ),
        # ... not an item of a list of bodies
        ("[ORG Cảnh_sát giao_thông] , [ORG Công_an Hà_Nội] , [ORG Bộ Giao_thông] và [ORG Bộ Công_an] họp .", set()),
    ],
)
def test_place_links_police_units(markup, expected):
    assert links(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a body's brackets opening with a place after its noun of kind
        (
            "Cháy tại [ORG Công_ty Hòa_Bình] ( KCN [REGION Sóng_Thần] , tỉnh [REGION Bình_Dương] ) sáng nay .",
            {("Công_ty Hòa_Bình", "locatedIn", "Sóng_Thần"), ("Sóng_Thần", "locatedIn", "Bình_Dương")},
        ),
        # ... not a person's home
        ("Anh [PER Lê_Văn_Tư] ( KCN [REGION Sóng_Thần] , tỉnh [REGION Bình_Dương] ) cho_biết .", {("Sóng_Thần", "locatedIn", "Bình_Dương")}),
    ],
)
def test_place_links_bracketed_addresses(markup, expected):
    assert links(markup) == expected
