"""Posts whose title stands apart from the name: past an age, in a relative clause, after a
passive verb of appointing with its agent, after "tân" or "phụ_trách", or after the unit a title heads."""

from __future__ import annotations

import pytest

from test_relations_markup import role_triples as roles


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the agent of the appointing stands between "được" and the verb
        (
            "Ông [PER Đỗ_Văn_Hải] được [ORG Quốc_hội] phê_chuẩn giữ chức Thống_đốc [ORG Ngân_hàng Nhà_nước] .",
            {("Đỗ_Văn_Hải", "holdsPostAt", "Ngân_hàng Nhà_nước")},
        ),
        (
            "Bà [PER Lý_Thu_Hà] vừa được Thủ_tướng bổ_nhiệm làm Thứ_trưởng [ORG Bộ Xây_dựng] .",
            {("Lý_Thu_Hà", "holdsPostAt", "Bộ Xây_dựng")},
        ),
        (
            "Ông [PER Đào_Minh_Tâm] được HĐQT bầu giữ chức Chủ_tịch HĐQT [ORG Ngân_hàng Sông_Lam] .",
            {("Đào_Minh_Tâm", "holdsPostAt", "Ngân_hàng Sông_Lam")},
        ),
        (
            "Ông [PER Đào_Minh_Tâm] được Chủ_tịch nước cử làm Đại_sứ [COUNTRY Việt_Nam] tại [COUNTRY Chile] .",
            {("Đào_Minh_Tâm", "holdsPostAt", "Việt_Nam")},
        ),
        # the appointing verb needs a verb of holding after it: "được X giao nhiệm_vụ" is no post
        ("Ông [PER Đào_Minh_Tâm] được Thủ_tướng giao nhiệm_vụ kiểm_tra [ORG Bộ Xây_dựng] .", set()),
        # a clause between "được" and the verb is no agent
        ("Ông [PER Đào_Minh_Tâm] được biết , sau khi bầu làm Chủ_tịch [ORG Hội Luật_gia] , đã đi .", set()),
        # praise is no appointing
        ("Ông [PER Đào_Minh_Tâm] được Thủ_tướng khen làm việc tốt ở [ORG Bộ Xây_dựng] .", set()),
    ],
)
def test_posts_told_around_passive_appointing_with_its_agent(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a relative clause after a comma or a dash, with a verb of holding
        (
            "Ông [PER Hà_Văn_Sơn] , người từng giữ chức Phó Giám_đốc [ORG Công_an tỉnh Yên_Bái] , đã nghỉ_hưu .",
            {("Hà_Văn_Sơn", "formerlyHeldPostAt", "Công_an tỉnh Yên_Bái")},
        ),
        (
            "Ông [PER Hà_Văn_Sơn] – người vừa được bầu làm Chủ_tịch [ORG UBND tỉnh Yên_Bái] – cho_biết tỉnh sẽ hỗ_trợ .",
            {("Hà_Văn_Sơn", "chairmanOf", "UBND tỉnh Yên_Bái")},
        ),
        (
            "Bà [PER Mai_Thu_Trang] , người đang nắm_giữ cương_vị Tổng_giám_đốc [ORG Công_ty Hòa_Bình] , đã lên_tiếng .",
            {("Mai_Thu_Trang", "holdsPostAt", "Công_ty Hòa_Bình")},
        ),
        # a relative clause that tells no holding
        ("Ông [PER Hà_Văn_Sơn] , người đến từ [ORG Công_an tỉnh Yên_Bái] , đã nghỉ_hưu .", set()),
        ("Ông [PER Hà_Văn_Sơn] , người dân xã Hòa_Bình , làm đơn gửi [ORG UBND tỉnh Yên_Bái] .", set()),
    ],
)
def test_posts_told_around_relative_clause_after_the_name(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the age between commas, then the title or a verb of holding
        (
            "Ông [PER Vũ_Đức_Lâm] , 52 tuổi , Chủ_tịch [ORG UBND huyện Kỳ_Sơn] , cho_biết huyện đã hỗ_trợ .",
            {("Vũ_Đức_Lâm", "chairmanOf", "UBND huyện Kỳ_Sơn")},
        ),
        (
            "Ông [PER Vũ_Đức_Lâm] , 52 tuổi , hiện là Giám_đốc [ORG Sở Xây_dựng Nghệ_An] .",
            {("Vũ_Đức_Lâm", "holdsPostAt", "Sở Xây_dựng Nghệ_An")},
        ),
        # an age with no title after it
        ("Ông [PER Vũ_Đức_Lâm] , 52 tuổi , trú tại [REGION huyện Kỳ_Sơn] , bị bắt .", set()),
        # a number of years that is no age
        ("Ông [PER Vũ_Đức_Lâm] , 52 năm , Chủ_tịch [ORG UBND huyện Kỳ_Sơn] , cho_biết .", set()),
    ],
)
def test_posts_told_around_age_between_commas(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "tân" (new) before the title keeps the post, in apposition and opening a copular clause
        (
            "Ông [PER Lâm_Quốc_Bảo] , tân Tổng_giám_đốc [ORG Công_ty Chứng_khoán Sông_Hồng] , cho_biết công_ty sẽ tái_cấu_trúc .",
            {("Lâm_Quốc_Bảo", "holdsPostAt", "Công_ty Chứng_khoán Sông_Hồng")},
        ),
        (
            "Tân Chủ_tịch [ORG UBND tỉnh Hậu_Giang] là ông [PER Lâm_Quốc_Bảo] .",
            {("Lâm_Quốc_Bảo", "chairmanOf", "UBND tỉnh Hậu_Giang")},
        ),
        # "phụ_trách" between the title and its body
        (
            "Ông [PER Lâm_Quốc_Bảo] , Phó Giám_đốc phụ_trách [ORG Sở Y_tế Hậu_Giang] , cho_biết dịch đã được khống_chế .",
            {("Lâm_Quốc_Bảo", "holdsPostAt", "Sở Y_tế Hậu_Giang")},
        ),
        # "phụ_trách" with what is in charge of, not a body, right after it
        ("Ông [PER Lâm_Quốc_Bảo] , Phó Giám_đốc phụ_trách kỹ_thuật , [PER Lê_Hòa] nói .", set()),
    ],
)
def test_posts_told_around_new_and_in_charge_of(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a title of the head of a unit, the unit's capitalised name, then its body
        (
            "Bác_sĩ [PER Trịnh_Minh_Châu] , Trưởng khoa Cấp_cứu [ORG Bệnh_viện Thanh_Nhàn] , cho_biết bệnh_nhân đã tỉnh .",
            {("Trịnh_Minh_Châu", "holdsPostAt", "Bệnh_viện Thanh_Nhàn")},
        ),
        (
            "Bà [PER Trịnh_Minh_Châu] , Phó phòng Dự_báo [ORG Đài Khí_tượng Nam_Bộ] , cho_biết mưa sẽ giảm .",
            {("Trịnh_Minh_Châu", "holdsPostAt", "Đài Khí_tượng Nam_Bộ")},
        ),
        # lowercase words after the unit's name: the body is no longer the unit's
        ("Bà [PER Trịnh_Minh_Châu] , Trưởng khoa Nội cùng [ORG Bệnh_viện Thanh_Nhàn] đã đến .", set()),
    ],
)
def test_posts_told_around_unit_named_before_its_body(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a body, "do", the name, a verb of holding and a title with no body of its own
        (
            "Lợi_nhuận của [ORG Công_ty Sông_Mã] ( [ORG SMC] ) do ông [PER Lưu_Văn_Toàn] làm Chủ_tịch HĐQT đã giảm .",
            {("Lưu_Văn_Toàn", "holdsPostAt", "Công_ty Sông_Mã")},
        ),
        (
            "[ORG Trường THPT Lê_Lợi] do bà [PER Lưu_Thị_Hoa] làm Hiệu_trưởng có 900 học_sinh .",
            {("Lưu_Thị_Hoa", "holdsPostAt", "Trường THPT Lê_Lợi")},
        ),
        # a title that names its own body is held there
        (
            "Đoàn của [ORG Bộ Y_tế] do ông [PER Lưu_Văn_Toàn] làm Giám_đốc [ORG Sở Y_tế Lào_Cai] dẫn_đầu .",
            {("Lưu_Văn_Toàn", "holdsPostAt", "Sở Y_tế Lào_Cai")},
        ),
        # the head of a delegation heads it, not the body
        ("Đoàn công_tác của [ORG Bộ Y_tế] do ông [PER Lưu_Văn_Toàn] làm trưởng đoàn đã đến .", set()),
        # "do" as "because": no verb of holding and title after the name
        ("[ORG Công_ty Sông_Mã] thua_lỗ do ông [PER Lưu_Văn_Toàn] làm thất_thoát vốn .", set()),
    ],
)
def test_posts_told_around_body_then_who_runs_it(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a social network is a kind of body written before its name
        (
            "Anh [PER Lê_Minh_Khoa] , nhà_sáng_lập mạng_xã_hội [ORG Zalo] , cho_biết .",
            {("Lê_Minh_Khoa", "holdsPostAt", "Zalo")},
        ),
    ],
)
def test_posts_told_around_kind_noun_before_the_body(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # names, "lần_lượt", then the titles in the same order, the body written after the last
        (
            "Ông [PER Cao_Văn_Bình] và ông [PER Hồ_Quang_Lộc] lần_lượt là Chủ_tịch và Phó Chủ_tịch [ORG UBND tỉnh Kon_Tum] .",
            {("Cao_Văn_Bình", "chairmanOf", "UBND tỉnh Kon_Tum"), ("Hồ_Quang_Lộc", "holdsPostAt", "UBND tỉnh Kon_Tum")},
        ),
        (
            "[PER Cao_Văn_Bình] , [PER Hồ_Quang_Lộc] và [PER Lê_Thu] lần_lượt giữ chức Tổng_giám_đốc , Phó Tổng_giám_đốc và Kế_toán_trưởng [ORG Công_ty Tây_Nguyên] .",
            {
                ("Cao_Văn_Bình", "holdsPostAt", "Công_ty Tây_Nguyên"),
                ("Hồ_Quang_Lộc", "holdsPostAt", "Công_ty Tây_Nguyên"),
                ("Lê_Thu", "holdsPostAt", "Công_ty Tây_Nguyên"),
            },
        ),
        # the titles open the clause, then "là" and the names
        (
            "Chủ_tịch và Phó Chủ_tịch [ORG UBND tỉnh Kon_Tum] là ông [PER Cao_Văn_Bình] và ông [PER Hồ_Quang_Lộc] .",
            {("Cao_Văn_Bình", "chairmanOf", "UBND tỉnh Kon_Tum"), ("Hồ_Quang_Lộc", "holdsPostAt", "UBND tỉnh Kon_Tum")},
        ),
        # each title may name its own body
        (
            "Ông [PER Cao_Văn_Bình] và ông [PER Hồ_Quang_Lộc] lần_lượt là Giám_đốc [ORG Sở Y_tế Kon_Tum] và Giám_đốc [ORG Sở Tài_chính Gia_Lai] .",
            {("Cao_Văn_Bình", "holdsPostAt", "Sở Y_tế Kon_Tum"), ("Hồ_Quang_Lộc", "holdsPostAt", "Sở Tài_chính Gia_Lai")},
        ),
        # as many names as titles, or nothing
        ("Ông [PER Cao_Văn_Bình] và ông [PER Hồ_Quang_Lộc] lần_lượt là Chủ_tịch , Phó Chủ_tịch và Ủy_viên [ORG UBND tỉnh Kon_Tum] .", set()),
        # the titles opening a clause need a copula before the names
        ("Chủ_tịch và Phó Chủ_tịch [ORG UBND tỉnh Kon_Tum] gặp ông [PER Cao_Văn_Bình] và ông [PER Hồ_Quang_Lộc] .", set()),
        # names with no "lần_lượt": not read as respective
        ("Ông [PER Cao_Văn_Bình] và ông [PER Hồ_Quang_Lộc] đã gặp Chủ_tịch và Phó Chủ_tịch [ORG UBND tỉnh Kon_Tum] .", set()),
    ],
)
def test_posts_told_around_names_and_titles_in_the_same_order(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a bare noun of a company, a bank or a court after the title: the body of that kind named last
        (
            "[ORG Ngân_hàng Đông_Á] vừa giảm lãi_suất . Ông [PER Đỗ_Văn_Hòa] , Tổng_giám_đốc ngân_hàng , cho_biết lãi_suất sẽ giảm .",
            {("Đỗ_Văn_Hòa", "holdsPostAt", "Ngân_hàng Đông_Á")},
        ),
        (
            "[ORG Công_ty Thép Nam_Việt] báo lãi . Ông [PER Đỗ_Văn_Hòa] , Chủ_tịch HĐQT công_ty , cho_biết giá thép sẽ tăng .",
            {("Đỗ_Văn_Hòa", "holdsPostAt", "Công_ty Thép Nam_Việt")},
        ),
        (
            "[ORG TAND tỉnh Bến_Tre] mở phiên_tòa . Ông [PER Đỗ_Văn_Hòa] , Phó Chánh_án Tòa , cho_biết bị_cáo đã nhận_tội .",
            {("Đỗ_Văn_Hòa", "holdsPostAt", "TAND tỉnh Bến_Tre")},
        ),
        # a company named before but not of that kind: nothing
        (
            "[ORG Vinamilk] báo lãi . Ông [PER Đỗ_Văn_Hòa] , Tổng_giám_đốc ngân_hàng , cho_biết lãi_suất sẽ giảm .",
            set(),
        ),
    ],
)
def test_posts_told_around_bare_noun_of_a_kind_named_before(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the capacity one acts in, right after the name or after a comma
        (
            "Ông [PER Tạ_Quang_Huy] , trên cương_vị Chủ_tịch [ORG UBND tỉnh Phú_Yên] , đã chỉ_đạo khắc_phục .",
            {("Tạ_Quang_Huy", "chairmanOf", "UBND tỉnh Phú_Yên")},
        ),
        (
            "Bà [PER Tạ_Thu_Hà] với cương_vị Giám_đốc [ORG Sở Công_Thương Phú_Yên] đã ký quyết_định .",
            {("Tạ_Thu_Hà", "holdsPostAt", "Sở Công_Thương Phú_Yên")},
        ),
        # "đương_kim" (incumbent) keeps the post
        (
            "Ông [PER Tạ_Quang_Huy] , đương_kim Chủ_tịch [ORG Liên_đoàn Bóng_đá Phú_Yên] , sẽ tái_tranh_cử .",
            {("Tạ_Quang_Huy", "chairmanOf", "Liên_đoàn Bóng_đá Phú_Yên")},
        ),
        # a capacity with no title is no post
        ("Ông [PER Tạ_Quang_Huy] , với tư_cách khách_mời , đã đến [ORG UBND tỉnh Phú_Yên] .", set()),
    ],
)
def test_posts_told_around_capacity_and_incumbent(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a court or a procuracy written by its abbreviation is the body a judge's or a procurator's title implies
        (
            "[ORG TAND tỉnh Cà_Mau] xét_xử vụ án . Chánh_án [PER Lương_Văn_Hữu] cho_biết bị_cáo đã nhận_tội .",
            {("Lương_Văn_Hữu", "holdsPostAt", "TAND tỉnh Cà_Mau")},
        ),
        (
            "[ORG VKSND tỉnh Cà_Mau] phê_chuẩn quyết_định . Viện_trưởng [PER Lương_Văn_Hữu] cho_biết .",
            {("Lương_Văn_Hữu", "holdsPostAt", "VKSND tỉnh Cà_Mau")},
        ),
        # two courts named: which one is not said
        (
            "[ORG TAND tỉnh Cà_Mau] và [ORG TAND tỉnh Bạc_Liêu] xét_xử . Chánh_án [PER Lương_Văn_Hữu] cho_biết .",
            set(),
        ),
    ],
)
def test_posts_told_around_courts_by_abbreviation(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the field a post is in between the title and its body
        (
            "Ông [PER Phùng_Văn_Kiên] , Giám_đốc kỹ_thuật [ORG CLB Sông_Lam] , cho_biết đội sẽ mua thêm cầu_thủ .",
            {("Phùng_Văn_Kiên", "holdsPostAt", "CLB Sông_Lam")},
        ),
        (
            "Bà [PER Phùng_Thu_Trang] , Giám_đốc marketing [ORG Công_ty Bình_Minh] , cho_biết doanh_số tăng .",
            {("Phùng_Thu_Trang", "holdsPostAt", "Công_ty Bình_Minh")},
        ),
        # an assistant coach
        (
            "Ông [PER Phùng_Văn_Kiên] , trợ_lý HLV [ORG đội_tuyển Việt_Nam] , cho_biết .",
            {("Phùng_Văn_Kiên", "holdsPostAt", "đội_tuyển Việt_Nam")},
        ),
        # a verb after the title: the body is what is said, not where the post is
        ("Ông [PER Phùng_Văn_Kiên] , giám_đốc khẳng_định [ORG Công_ty Bình_Minh] sẽ tăng lương .", set()),
    ],
)
def test_posts_told_around_field_of_the_post(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # heads of local posts, branches and offices, and staff of a body
        (
            "Ông [PER Tô_Văn_Lực] , Hạt_trưởng [ORG Hạt Kiểm_lâm huyện Kỳ_Sơn] , cho_biết rừng bị phá .",
            {("Tô_Văn_Lực", "holdsPostAt", "Hạt Kiểm_lâm huyện Kỳ_Sơn")},
        ),
        (
            "Thiếu_tá [PER Tô_Văn_Lực] , Đồn_trưởng [ORG Đồn Biên_phòng Nậm_Cắn] , cho_biết đã bắt đối_tượng .",
            {("Tô_Văn_Lực", "holdsPostAt", "Đồn Biên_phòng Nậm_Cắn")},
        ),
        (
            "Bà [PER Tô_Thu_Hà] , Giám_đốc chi_nhánh [ORG Ngân_hàng Đông_Á Nghệ_An] , cho_biết .",
            {("Tô_Thu_Hà", "holdsPostAt", "Ngân_hàng Đông_Á Nghệ_An")},
        ),
        (
            "Ông [PER Tô_Văn_Lực] , điều_tra_viên [ORG Công_an tỉnh Nghệ_An] , cho_biết .",
            {("Tô_Văn_Lực", "holdsPostAt", "Công_an tỉnh Nghệ_An")},
        ),
        # such a title with no body written: nothing
        ("Ông [PER Tô_Văn_Lực] , Hạt_trưởng , cho_biết rừng bị phá .", set()),
    ],
)
def test_posts_told_around_local_heads_and_staff(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a verb of leaving a post, maybe a noun of a post, then the title: a past post
        (
            "Ông [PER Kiều_Văn_Minh] vừa từ_chức Tổng_giám_đốc [ORG Công_ty Hoàng_Long] .",
            {("Kiều_Văn_Minh", "formerlyHeldPostAt", "Công_ty Hoàng_Long")},
        ),
        (
            "Ông [PER Kiều_Văn_Minh] đã bị cách_chức Chủ_tịch [ORG UBND xã Hòa_Bình] .",
            {("Kiều_Văn_Minh", "formerlyHeldPostAt", "UBND xã Hòa_Bình")},
        ),
        (
            "Bà [PER Kiều_Thu_Hà] bị miễn_nhiệm chức_vụ Phó Giám_đốc [ORG Sở Y_tế Hà_Tĩnh] .",
            {("Kiều_Thu_Hà", "formerlyHeldPostAt", "Sở Y_tế Hà_Tĩnh")},
        ),
        # leaving with no title after it: nothing read here
        ("Ông [PER Kiều_Văn_Minh] đã nghỉ_hưu ở [ORG Công_ty Hoàng_Long] .", set()),
    ],
)
def test_posts_told_around_verb_of_leaving_then_the_title(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "của", a noun of the kind of body, then its name
        (
            "Ông [PER Dmitry_Orlov] , người phát_ngôn của điện [ORG Kremlin] , cho_biết cuộc tập_trận đã kết_thúc .",
            {("Dmitry_Orlov", "spokespersonOf", "Kremlin")},
        ),
        (
            "Ông [PER Tim_Walker] , Giám_đốc của hãng [ORG Northwind] , cho_biết doanh_số tăng .",
            {("Tim_Walker", "holdsPostAt", "Northwind")},
        ),
        # heads of a Lao province or capital
        (
            "Ông [PER Sỏm_Xay] – Tỉnh_trưởng tỉnh [REGION Chăm-pa-sắc] bày_tỏ vui_mừng .",
            {("Sỏm_Xay", "holdsPostAt", "Chăm-pa-sắc")},
        ),
        # a noun of a kind of body after "của" with no name after it
        ("Ông [PER Tim_Walker] , Giám_đốc của hãng , nói với [ORG Northwind] .", set()),
    ],
)
def test_posts_told_around_kind_of_body_after_of(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a title and its body between commas, then a verb of holding another post
        (
            "Ông [PER Lê_Văn_Cường] , Giám_đốc [ORG Công_an TP Đà_Nẵng] , vừa được bầu làm Chủ_tịch [ORG UBND TP Đà_Nẵng] .",
            {
                ("Lê_Văn_Cường", "holdsPostAt", "Công_an TP Đà_Nẵng"),
                ("Lê_Văn_Cường", "chairmanOf", "UBND TP Đà_Nẵng"),
            },
        ),
        (
            "Ông [PER Lê_Văn_Cường] , nguyên Giám_đốc [ORG Sở Y_tế tỉnh Bến_Tre] , từng giữ chức Phó Chủ_tịch [ORG UBND tỉnh Bến_Tre] .",
            {
                ("Lê_Văn_Cường", "formerlyHeldPostAt", "Sở Y_tế tỉnh Bến_Tre"),
                ("Lê_Văn_Cường", "formerlyHeldPostAt", "UBND tỉnh Bến_Tre"),
            },
        ),
        # the appointing of someone else told after the apposition is no post of the name
        (
            "Ông [PER Lê_Văn_Cường] , Giám_đốc [ORG Sở Y_tế tỉnh Bến_Tre] , cho_biết ông [PER Trần_Văn_Sơn] được bổ_nhiệm làm Phó Giám_đốc .",
            {("Lê_Văn_Cường", "holdsPostAt", "Sở Y_tế tỉnh Bến_Tre")},
        ),
        # an apposition not closed before the verb: the one elected is the name after it
        (
            "Ông [PER Lê_Văn_Cường] , Giám_đốc [ORG Sở Y_tế tỉnh Bến_Tre] cho_biết ông [PER Trần_Văn_Sơn] vừa được bầu làm "
            "Chủ_tịch [ORG Hội Y_học tỉnh Bến_Tre] .",
            {
                ("Lê_Văn_Cường", "holdsPostAt", "Sở Y_tế tỉnh Bến_Tre"),
                ("Trần_Văn_Sơn", "chairmanOf", "Hội Y_học tỉnh Bến_Tre"),
            },
        ),
    ],
)
def test_posts_told_around_after_a_title_between_commas(markup, expected):
    assert roles(markup) == expected
