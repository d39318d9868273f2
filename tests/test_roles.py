"""Posts held, from titles written with names."""

from __future__ import annotations

import pytest

from test_relations_markup import parse_markup, relations, role_triples as roles, triples

from kg.vocab import ROLE_PREDICATES


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[PER Tổng_thống [COUNTRY Nga]|Vladimir_Putin] phát_biểu .", {("Vladimir_Putin", "presidentOf", "Nga")}),
        ("Ông gặp [PER Thủ_tướng [COUNTRY Nhật_Bản]|Shinzo_Abe] .", {("Shinzo_Abe", "primeMinisterOf", "Nhật_Bản")}),
        ("[PER Bộ_trưởng Quốc_phòng [COUNTRY Nga]|Sergei_Shoigu] có_mặt .", {("Sergei_Shoigu", "defenceMinisterOf", "Nga")}),
        ("[PER Phát_ngôn_viên [ORG Điện_Kremlin]|Dmitry_Peskov] cho biết .", {("Dmitry_Peskov", "spokespersonOf", "Điện_Kremlin")}),
        ("[PER Người_phát_ngôn [ORG Điện_Kremlin]|Dmitry_Peskov] nói .", {("Dmitry_Peskov", "spokespersonOf", "Điện_Kremlin")}),
        ("[PER lãnh_đạo [COUNTRY Triều_Tiên]|Kim_Jong-un] đến .", {("Kim_Jong-un", "leaderOf", "Triều_Tiên")}),
        ("[PER Ngoại_trưởng [COUNTRY Mỹ]|John_Kerry] đến .", {("John_Kerry", "foreignMinisterOf", "Mỹ")}),
        ("[PER Chủ_tịch nước [COUNTRY Việt_Nam]|Trương_Tấn_Sang] đến .", {("Trương_Tấn_Sang", "presidentOf", "Việt_Nam")}),
        # segmenter variants of one title match alike
        ("[PER Chủ_tịch_nước [COUNTRY Việt_Nam]|Trương_Tấn_Sang] đến .", {("Trương_Tấn_Sang", "presidentOf", "Việt_Nam")}),
        # a body with its country written after it: the post is of the body
        ("[PER Phát_ngôn_viên [ORG Bộ Ngoại_giao] [COUNTRY Mỹ]|Matthew_Miller] nói .", {("Matthew_Miller", "spokespersonOf", "Bộ Ngoại_giao")}),
        # the title in apposition after the name
        ("Ông [PER Laurent_Fabius] , Ngoại_trưởng [COUNTRY Pháp] , cho biết .", {("Laurent_Fabius", "foreignMinisterOf", "Pháp")}),
    ],
)
def test_roles_title_gives_post(markup, expected):
    assert roles(markup) >= expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "Chủ_tịch" of a country is its president, of any other body its chairman
        ("[PER Chủ_tịch [COUNTRY Trung_Quốc]|Tập_Cận_Bình] đến .", {("Tập_Cận_Bình", "presidentOf", "Trung_Quốc")}),
        ("Ông [PER Raul_Castro] , Chủ_tịch [COUNTRY Cuba] , nói .", {("Raul_Castro", "presidentOf", "Cuba")}),
        ("Ông [PER Lê_Minh] , Chủ_tịch [ORG Hòa_Phát] , nói .", {("Lê_Minh", "chairmanOf", "Hòa_Phát")}),
        ("Ông [PER Lê_Minh] , Chủ_tịch [REGION Quảng_Nam] , nói .", {("Lê_Minh", "chairmanOf", "Quảng_Nam")}),
        # a past post stays past
        ("Ông [PER Fidel_Castro] , nguyên Chủ_tịch [COUNTRY Cuba] , nói .", {("Fidel_Castro", "formerlyHeldPostAt", "Cuba")}),
    ],
)
def test_roles_title_names_the_post_of_the_kind_of_body(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # the post's country is not written: nothing is guessed
        "[PER Ngoại_trưởng|Sergey_Lavrov] sẽ thăm [COUNTRY Triều_Tiên] .",
        "[PER Tổng_thống|Putin] tiếp khách .",
        # a title of no post, or none whose body is written
        "[PER Giám_đốc|Nguyễn_Văn_A] cho biết .",
        "[PER HLV|Mourinho] nói .",
        # a country next to a name without a title is no post
        "Tin từ [COUNTRY Nga] [PER Vladimir_Putin] .",
    ],
)
def test_roles_no_post_without_written_title_and_body(markup):
    assert roles(markup) == set()


#: A title whose post is of a country, written with a city: (title, city, fitting country); the
#: city is no body of the post whatever type the tagger gives it (kg/extract/fitting_posts.py).
MISFIT_POSTS = [
    ("Tổng_thống", "Hà_Nội", "Nga"),
    ("Thủ_tướng", "Hà_Nội", "Nhật_Bản"),
    ("Ngoại_trưởng", "Hà_Nội", "Mỹ"),
    ("Bộ_trưởng Quốc_phòng", "Hà_Nội", "Nga"),
    ("Chủ_tịch nước", "Hà_Nội", "Việt_Nam"),
    ("Thủ_tướng", "Hải_Phòng", "Nhật_Bản"),
    ("Tổng_thống", "Huế", "Nga"),
    ("Tổng_thống", "Paris", "Pháp"),
    ("Bộ_trưởng", "Đà_Nẵng", "Pháp"),
]


@pytest.mark.parametrize(("title", "city", "country"), MISFIT_POSTS)
def test_roles_post_whose_object_does_not_fit_its_title_is_rejected(title, city, country):
    from kg.model import Article
    from kg.pipeline import extract_article

    assert roles(f"[PER {title} [CITY {city}]|Nguyễn_Văn_An] phát_biểu .") == set()
    text = f"Hôm_qua , {title} {{}} Nguyễn_Văn_An phát_biểu tại hội_nghị ."
    misfit = extract_article(Article(id="a", text=text.format(city), source="test"))
    assert [(s.predicate, s.object.text) for s in misfit.statements if s.predicate in ROLE_PREDICATES] == []
    fitting = extract_article(Article(id="b", text=text.format(country), source="test"))
    assert [s.object.text for s in fitting.statements if s.predicate in ROLE_PREDICATES] == [country]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title that takes a city or province keeps it; a club named by its city keeps its coach
        ("Hôm_qua , Chủ_tịch Hà_Nội Nguyễn_Văn_An phát_biểu .", ("chairmanOf", "Hà_Nội")),
        ("Hôm_qua , Chủ_tịch nước Pháp Francois_Hollande phát_biểu .", ("presidentOf", "Pháp")),
    ],
)
def test_roles_post_at_a_place_kept_where_the_title_takes_one(text, expected):
    from kg.model import Article
    from kg.pipeline import extract_article

    extraction = extract_article(Article(id="a", text=text, source="test"))
    assert expected in [(s.predicate, s.object.text) for s in extraction.statements if s.predicate in ROLE_PREDICATES]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # deputies: another post at the same body
        ("[PER Phó_Thủ tướng [COUNTRY Nga]|Dmitry_Rogozin] đến .", ("Dmitry_Rogozin", "holdsPostAt", "Nga")),
        ("[PER Phó Thủ_tướng [COUNTRY Nga]|Dmitry_Rogozin] đến .", ("Dmitry_Rogozin", "holdsPostAt", "Nga")),
        ("[PER Phó_Chủ_tịch Thường_trực [ORG Tổng LĐLĐ VN]|Trần_Thanh_Hải] phát_biểu .", ("Trần_Thanh_Hải", "holdsPostAt", "Tổng LĐLĐ VN")),
        ("[PER Thứ_trưởng [ORG Bộ Tài_chính]|Đỗ_Hoàng_Anh_Tuấn] cho rằng .", ("Đỗ_Hoàng_Anh_Tuấn", "holdsPostAt", "Bộ Tài_chính")),
        ("[PER Phó Cục_trưởng [ORG Cục Thuế Hà_Nội]|Nguyễn_Văn_Mơ] cho biết .", ("Nguyễn_Văn_Mơ", "holdsPostAt", "Cục Thuế Hà_Nội")),
        # state and provincial
        ("[PER Bộ_trưởng [ORG Bộ Y_tế]|Nguyễn_Thị_Kim_Tiến] cho biết .", ("Nguyễn_Thị_Kim_Tiến", "ministerOf", "Bộ Y_tế")),
        ("[PER Chủ_tịch [ORG UBND tỉnh Quảng_Nam]|Lê_Phước_Thanh] chỉ_đạo .", ("Lê_Phước_Thanh", "chairmanOf", "UBND tỉnh Quảng_Nam")),
        ("[PER Thủ_tướng [ORG Chính_phủ]|Nguyễn_Tấn_Dũng] cho biết .", ("Nguyễn_Tấn_Dũng", "primeMinisterOf", "Chính_phủ")),
        ("[PER Chủ_nhiệm [ORG Ủy_ban Tài_chính Ngân_sách]|Phùng_Quốc_Hiển] trình_bày .", ("Phùng_Quốc_Hiển", "holdsPostAt", "Ủy_ban Tài_chính Ngân_sách")),
        ("[PER Cục_trưởng [ORG Cục Cảnh_sát Kinh_tế]|Nguyễn_Đức_Thịnh] cho biết .", ("Nguyễn_Đức_Thịnh", "holdsPostAt", "Cục Cảnh_sát Kinh_tế")),
        ("[PER Ủy_viên [ORG Bộ Chính_trị]|Tô_Huy_Rứa] dự .", ("Tô_Huy_Rứa", "holdsPostAt", "Bộ Chính_trị")),
        ("[PER Thành_viên [ORG Hội_đồng quản_trị Vinamilk]|Nguyễn_Văn_A] dự .", ("Nguyễn_Văn_A", "holdsPostAt", "Hội_đồng quản_trị Vinamilk")),
        # a minister with the portfolio, then the country
        ("[PER Bộ_trưởng Nội_vụ [COUNTRY Mexico]|Osorio_Chong] cho biết .", ("Osorio_Chong", "ministerOf", "Mexico")),
        ("[PER Thứ_trưởng Tài_chính [COUNTRY Nhật_Bản]|Nguyễn_Văn_A] cho biết .", ("Nguyễn_Văn_A", "holdsPostAt", "Nhật_Bản")),
        # party
        ("[PER Bí_thư [ORG Thành_ủy Hà_Nội]|Phạm_Quang_Nghị] phát_biểu .", ("Phạm_Quang_Nghị", "holdsPostAt", "Thành_ủy Hà_Nội")),
        ("[PER Phó Bí_thư [ORG Tỉnh_ủy Nghệ_An]|Nguyễn_Văn_A] dự .", ("Nguyễn_Văn_A", "holdsPostAt", "Tỉnh_ủy Nghệ_An")),
        # business and education
        ("[PER Tổng_giám_đốc [ORG Vingroup]|Nguyễn_Văn_A] cho biết .", ("Nguyễn_Văn_A", "holdsPostAt", "Vingroup")),
        ("[PER Phó Tổng_Giám_đốc [ORG Viettel]|Phạm_Thị_Thanh_Vân] nói .", ("Phạm_Thị_Thanh_Vân", "holdsPostAt", "Viettel")),
        ("[PER Chủ_tịch HĐQT [ORG Vinamilk]|Mai_Kiều_Liên] nói .", ("Mai_Kiều_Liên", "holdsPostAt", "Vinamilk")),
        ("[PER Hiệu_trưởng [ORG Đại_học Bách_khoa]|Nguyễn_Văn_A] nói .", ("Nguyễn_Văn_A", "holdsPostAt", "Đại_học Bách_khoa")),
        ("Bà [PER Lê_Thị_Hoa] , CEO [ORG Hoa_Sen_Group] , cho biết .", ("Lê_Thị_Hoa", "holdsPostAt", "Hoa_Sen_Group")),
        ("Ông [PER Kenji_Ito] , Giám_đốc khu_vực [ORG Mitsui] , nói .", ("Kenji_Ito", "holdsPostAt", "Mitsui")),
        ("Ông [PER Kenji_Ito] , Trưởng đại_diện [ORG JICA] tại Việt_Nam , nói .", ("Kenji_Ito", "holdsPostAt", "JICA")),
        ("Ông [PER Đoàn_Xuân_Hưng] , Đại_sứ đặc_mệnh toàn_quyền [COUNTRY Việt_Nam] tại [COUNTRY Nhật_Bản] , cho biết .", ("Đoàn_Xuân_Hưng", "holdsPostAt", "Việt_Nam")),
        ("Ông [PER Kim_Jong-un] , người đứng_đầu [COUNTRY Triều_Tiên] , đến .", ("Kim_Jong-un", "leaderOf", "Triều_Tiên")),
        ("[PER Thủ_quân [ORG đội_tuyển Việt_Nam]|Lê_Công_Vinh] ghi bàn .", ("Lê_Công_Vinh", "holdsPostAt", "đội_tuyển Việt_Nam")),
        ("Ông [PER Lê_Văn_A] , Tổng_giám_đốc điều_hành [ORG FPT] , cho biết .", ("Lê_Văn_A", "holdsPostAt", "FPT")),
        # judicial
        ("[PER Chánh_án [ORG Tòa_án nhân_dân tối_cao]|Trương_Hòa_Bình] cho biết .", ("Trương_Hòa_Bình", "holdsPostAt", "Tòa_án nhân_dân tối_cao")),
        ("[PER Viện_trưởng [ORG Viện Kiểm_sát nhân_dân tối_cao]|Nguyễn_Hòa_Bình] nói .", ("Nguyễn_Hòa_Bình", "holdsPostAt", "Viện Kiểm_sát nhân_dân tối_cao")),
        # sports and diplomacy
        ("[PER HLV trưởng [ORG đội_tuyển Việt_Nam]|Hoàng_Anh_Tuấn] nói .", ("Hoàng_Anh_Tuấn", "holdsPostAt", "đội_tuyển Việt_Nam")),
        ("[PER Huấn_luyện_viên [ORG Arsenal]|Arsene_Wenger] thừa_nhận .", ("Arsene_Wenger", "holdsPostAt", "Arsenal")),
        ("[PER Đại_sứ [COUNTRY Mỹ]|David_Shear] đến .", ("David_Shear", "holdsPostAt", "Mỹ")),
        ("[PER Tổng_lãnh_sự [COUNTRY Nhật_Bản]|Nguyễn_Văn_A] đến .", ("Nguyễn_Văn_A", "holdsPostAt", "Nhật_Bản")),
        # a counterpart holds the like post of the country named
        ("nói với [PER người đồng_cấp [COUNTRY Mỹ]|John_Kerry] rằng .", ("John_Kerry", "holdsPostAt", "Mỹ")),
        # the head of a delegation of deputies
        ("[PER Phó_trưởng_đoàn Đại_biểu [ORG Quốc_hội TP Hồ_Chí_Minh]|Trần_Du_Lịch] cho rằng .", ("Trần_Du_Lịch", "holdsPostAt", "Quốc_hội TP Hồ_Chí_Minh")),
    ],
)
def test_roles_vietnamese_titles_give_posts(markup, expected):
    assert expected in roles(markup)


@pytest.mark.parametrize(
    "markup",
    [
        "Hai [REF nhà_lãnh_đạo [COUNTRY Nga]] gặp_gỡ .",
        "yếu nhất trong các đời [REF tổng_thống [COUNTRY Mỹ]] .",
        "ban [REF lãnh_đạo [ORG Sở Y_tế]] trả_lời .",
    ],
)
def test_roles_reference_to_many_holders_or_a_leadership_gives_no_post(markup):
    assert roles(markup) == set()


def test_roles_reference_names_a_post():
    assert roles("[REF Tổng_thống [COUNTRY Nga]] ca_ngợi tình hữu_nghị .") == {("Tổng_thống Nga", "presidentOf", "Nga")}


def test_roles_evidence_spans_title_and_name():
    statements, _ = relations("Hôm_nay [PER Tổng_thống [COUNTRY Nga]|Vladimir_Putin] phát_biểu .")
    (statement,) = [s for s in statements if s.predicate == "presidentOf"]
    text = "Hôm_nay Tổng_thống Nga Vladimir_Putin phát_biểu ."
    assert text[statement.provenance.start : statement.provenance.end] == "Tổng_thống Nga Vladimir_Putin"
    assert statement.provenance.extractor == "roles" and 0 < statement.provenance.confidence <= 1


def test_roles_lexicon_reads_a_new_title_as_data(tmp_path):
    from kg.lexicon import load_titles

    path = tmp_path / "roles.tsv"
    path.write_text("# comment\ntitle\tpredicate\tsubject\tobject\trole\nThủ_tướng\tprimeMinisterOf\tPerson\tCountry\tprimeMinister\n")
    (title,) = load_titles(path).values()
    assert title.syllables == ("thủ", "tướng") and title.predicate == "primeMinisterOf"
    assert title.role == "primeMinister"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("thủ tướng\tprimeMinister\tPerson\tCountry\tprimeMinister", "unknown predicate"),
        ("thủ tướng\tprimeMinisterOf\tHuman\tCountry\tprimeMinister", "unknown entity type"),
        ("thủ tướng primeMinisterOf Person Country primeMinister", "tab-separated"),
        ("thủ tướng\tprimeMinisterOf\tPerson\tCountry\tprime minister", "is not a name"),
    ],
)
def test_roles_lexicon_error_names_file_and_line(tmp_path, line, message):
    from kg.lexicon import LexiconError, load_titles

    path = tmp_path / "roles.tsv"
    path.write_text("title\tpredicate\tsubject\tobject\trole\n" + line + "\n")
    with pytest.raises(LexiconError, match=message) as error:
        load_titles(path)
    assert f"{path}:2" in str(error.value)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # apposition closed by a comma, a bracket or the sentence's end
        ("Ông [PER Nguyễn_Thành_Rum] , Giám_đốc [ORG Sở Y_tế Hà_Nội] , cho biết .", ("Nguyễn_Thành_Rum", "holdsPostAt", "Sở Y_tế Hà_Nội")),
        ("Ông [PER Nguyễn_Đức_Thịnh] , Cục_trưởng [ORG Cục Cảnh_sát Kinh_tế] ( C46 ) cho biết .", ("Nguyễn_Đức_Thịnh", "holdsPostAt", "Cục Cảnh_sát Kinh_tế")),
        ("Phát_biểu có [PER Trần_Thanh_Hải] , Phó_Chủ_tịch [ORG Tổng LĐLĐ VN] .", ("Trần_Thanh_Hải", "holdsPostAt", "Tổng LĐLĐ VN")),
        # an apposition needs no closing mark
        ("Ông [PER Nguyễn_Tường] , Phó_phòng [ORG Phòng Giáo_dục Nha_Trang] cho biết .", ("Nguyễn_Tường", "holdsPostAt", "Phòng Giáo_dục Nha_Trang")),
        ("Ông [PER Nguyễn_Văn_Mơ] - Phó_Cục trưởng [ORG Cục Thuế Hà_Nội] cho biết .", ("Nguyễn_Văn_Mơ", "holdsPostAt", "Cục Thuế Hà_Nội")),
        ("Đồng_chí [PER Nguyễn_Thế_Thảo] – Chủ_tịch [ORG UBND TP Hà_Nội] chỉ_đạo .", ("Nguyễn_Thế_Thảo", "chairmanOf", "UBND TP Hà_Nội")),
        # an acting holder holds the post
        ("GS [PER Võ_Tòng_Xuân] , quyền Hiệu_trưởng [ORG Đại_học Nam_Cần_Thơ] , nhấn_mạnh .", ("Võ_Tòng_Xuân", "holdsPostAt", "Đại_học Nam_Cần_Thơ")),
        ("[PER quyền Tổng_giám_đốc [ORG ACBS]|Nguyễn_Ngọc_Chung] ký .", ("Nguyễn_Ngọc_Chung", "holdsPostAt", "ACBS")),
        # a place in brackets after the name, then the apposition
        ("đại_biểu [PER Cao_Sỹ_Kiêm] ( [REGION Thái_Bình] ) – Chủ_tịch [ORG Hiệp_hội doanh_nghiệp nhỏ và vừa] , cho rằng .", ("Cao_Sỹ_Kiêm", "chairmanOf", "Hiệp_hội doanh_nghiệp nhỏ và vừa")),
        # a chain of appositions: every title is the person's
        ("Ông [PER Phùng_Quốc_Hiển] , Ủy_viên [ORG Ủy_ban Thường_vụ Quốc_hội] , Chủ_nhiệm [ORG Ủy_ban Tài_chính] trình_bày .", ("Phùng_Quốc_Hiển", "holdsPostAt", "Ủy_ban Thường_vụ Quốc_hội")),
        ("Ông [PER Phùng_Quốc_Hiển] , Ủy_viên [ORG Ủy_ban Thường_vụ Quốc_hội] , Chủ_nhiệm [ORG Ủy_ban Tài_chính] , trình_bày .", ("Phùng_Quốc_Hiển", "holdsPostAt", "Ủy_ban Tài_chính")),
        # a title and body read as a reference mention after the name
        ("Thiếu_tướng [PER Lê_Quý_Vương] - [REF Thứ_trưởng [ORG Bộ Công_an]] chỉ ra .", ("Lê_Quý_Vương", "holdsPostAt", "Bộ Công_an")),
        ("Ông [PER Nguyễn_Văn_A] , [REF Giám_đốc [ORG Sở Y_tế Hà_Nội]] , cho biết .", ("Nguyễn_Văn_A", "holdsPostAt", "Sở Y_tế Hà_Nội")),
        # the place after "tại" is where the post is held; the post is of the country before it
        ("[PER Đại_sứ [COUNTRY Ấn_Độ] tại [COUNTRY Nga]|Pankaj_Saran] phát_biểu .", ("Pankaj_Saran", "holdsPostAt", "Ấn_Độ")),
        # a body "của" the body it belongs to: the post is of the first
        ("theo [PER Ủy_viên thường_trực [ORG Ủy_ban Tư_pháp] của [ORG Quốc_hội]|Đỗ_Văn_Đương] cho rằng .", ("Đỗ_Văn_Đương", "holdsPostAt", "Ủy_ban Tư_pháp")),
        # the title and its body first, then a comma and the name
        ("Theo Phó Tổng_Giám_đốc [ORG Viettel] , [PER bà|Phạm_Thị_Thanh_Vân] , khách_hàng tăng .", ("Phạm_Thị_Thanh_Vân", "holdsPostAt", "Viettel")),
        ("Chủ_nhiệm [ORG Ủy_ban Tài_chính] của [ORG Quốc_hội] , [PER ông|Phùng_Quốc_Hiển] đánh_giá .", ("Phùng_Quốc_Hiển", "holdsPostAt", "Ủy_ban Tài_chính")),
        # the title before the name, the body after it with "của"
        ("[PER HLV|Arsene_Wenger] của [ORG Arsenal] thừa_nhận thất_bại .", ("Arsene_Wenger", "holdsPostAt", "Arsenal")),
        ("[PER Bộ_trưởng|Lê_Văn_Minh] của [COUNTRY Lào] phát_biểu .", ("Lê_Văn_Minh", "ministerOf", "Lào")),
    ],
)
def test_roles_body_written_after_the_title(markup, expected):
    assert expected in roles(markup)


@pytest.mark.parametrize(
    ("markup", "unexpected"),
    [
        # the title after a comma belongs to the person named after it
        ("Ông [PER Obama] , Tổng_thống [COUNTRY Nga] [PER Putin] gặp nhau .", ("Obama", "presidentOf", "Nga")),
        # a former holder holds the post no more
        ("Ông [PER Bill_Clinton] , cựu Tổng_thống [COUNTRY Mỹ] , đến .", ("Bill_Clinton", "presidentOf", "Mỹ")),
        ("[PER cựu Tổng_thống [COUNTRY Mỹ]|Bill_Clinton] đến .", ("Bill_Clinton", "presidentOf", "Mỹ")),
        # the place after "tại" is not the post's
        ("[PER Đại_sứ [COUNTRY Ấn_Độ] tại [COUNTRY Nga]|Pankaj_Saran] phát_biểu .", ("Pankaj_Saran", "holdsPostAt", "Nga")),
        # the owning body after "của" is not the post's
        ("theo [PER Ủy_viên thường_trực [ORG Ủy_ban Tư_pháp] của [ORG Quốc_hội]|Đỗ_Văn_Đương] cho rằng .", ("Đỗ_Văn_Đương", "holdsPostAt", "Quốc_hội")),
        # title first, then a comma: a former holder holds the post no more, a title with no body gives nothing
        ("Cựu Tổng_thống [COUNTRY Mỹ] , [PER ông|Bill_Clinton] đến .", ("Bill_Clinton", "presidentOf", "Mỹ")),
        ("Theo [COUNTRY Mỹ] , [PER ông|John_Kerry] nói .", ("John_Kerry", "foreignMinisterOf", "Mỹ")),
        # a title in apposition after one name is not also the next name's
        ("Ông [PER Nguyễn_Văn_A] , Giám_đốc [ORG Sở Y_tế] , [PER ông|Trần_Văn_B] cùng dự .", ("Trần_Văn_B", "holdsPostAt", "Sở Y_tế")),
        # a reference read in apposition gives no post of its own
        ("Ông [PER Nguyễn_Văn_A] , [REF Giám_đốc [ORG Sở Y_tế Hà_Nội]] , cho biết .", ("Giám_đốc Sở Y_tế Hà_Nội", "holdsPostAt", "Sở Y_tế Hà_Nội")),
    ],
)
def test_roles_body_after_the_title_not_misread(markup, unexpected):
    assert unexpected not in roles(markup)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[PER cựu Tổng_thống [COUNTRY Mỹ]|Bill_Clinton] đến .", ("Bill_Clinton", "formerlyHeldPostAt", "Mỹ")),
        ("[PER nguyên Thủ_tướng [COUNTRY Nhật_Bản]|Yukio_Hatoyama] đến .", ("Yukio_Hatoyama", "formerlyHeldPostAt", "Nhật_Bản")),
        ("[PER nguyên Bộ_trưởng [ORG Bộ Y_tế]|Trần_Thị_Trung_Chiến] đến .", ("Trần_Thị_Trung_Chiến", "formerlyHeldPostAt", "Bộ Y_tế")),
        ("[PER nguyên Phó Thủ_tướng [COUNTRY Việt_Nam]|Vũ_Khoan] nói .", ("Vũ_Khoan", "formerlyHeldPostAt", "Việt_Nam")),
        ("Ông [PER Bill_Clinton] , cựu Tổng_thống [COUNTRY Mỹ] , đến .", ("Bill_Clinton", "formerlyHeldPostAt", "Mỹ")),
        ("Cựu Tổng_thống [COUNTRY Mỹ] , [PER ông|Bill_Clinton] đến .", ("Bill_Clinton", "formerlyHeldPostAt", "Mỹ")),
    ],
)
def test_roles_former_holder_formerly_held_the_post(markup, expected):
    assert expected in roles(markup)


@pytest.mark.parametrize(
    ("markup", "person", "title"),
    [
        ("[PER Phó Cục_trưởng [ORG Cục Thuế Hà_Nội]|Nguyễn_Văn_Mơ] cho biết .", "Nguyễn_Văn_Mơ", "Phó Cục_trưởng"),
        ("[PER HLV trưởng [ORG đội_tuyển Việt_Nam]|Hoàng_Anh_Tuấn] nói .", "Hoàng_Anh_Tuấn", "HLV trưởng"),
        ("[PER nguyên Thủ_tướng [COUNTRY Nhật_Bản]|Yukio_Hatoyama] đến .", "Yukio_Hatoyama", "Thủ_tướng"),
        ("Ông [PER Nguyễn_Văn_A] - Phó_Chủ_tịch Thường_trực [ORG Tổng LĐLĐ VN] cho biết .", "Nguyễn_Văn_A", "Phó_Chủ_tịch Thường_trực"),
        ("GS [PER Võ_Tòng_Xuân] , quyền Hiệu_trưởng [ORG Đại_học Nam_Cần_Thơ] , nhấn_mạnh .", "Võ_Tòng_Xuân", "Hiệu_trưởng"),
        ("Theo Phó Tổng_Giám_đốc [ORG Viettel] , [PER bà|Phạm_Thị_Thanh_Vân] , khách_hàng tăng .", "Phạm_Thị_Thanh_Vân", "Phó Tổng_Giám_đốc"),
        ("Thiếu_tướng [PER Lê_Quý_Vương] - [REF Thứ_trưởng [ORG Bộ Công_an]] chỉ ra .", "Lê_Quý_Vương", "Thứ_trưởng"),
        ("[REF Tổng_thống [COUNTRY Nga]] ca_ngợi tình hữu_nghị .", "Tổng_thống Nga", "Tổng_thống"),
    ],
)
def test_roles_post_carries_its_title_as_written(markup, person, title):
    statements, _ = relations(markup)
    titles = {s.title for s in statements if s.subject.text == person and s.predicate in ROLE_PREDICATES}
    assert titles == {title}
    (statement,) = [s for s in statements if s.subject.text == person and s.predicate in ROLE_PREDICATES]
    text = parse_markup(markup)[0].article.text
    assert text[statement.title_span[0] : statement.title_span[1]] == title


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông [PER Nguyễn_Ngọc_Chung] giữ chức [REF Quyền Tổng_giám_đốc [ORG ACBS]] từ tháng 9 .", ("Nguyễn_Ngọc_Chung", "holdsPostAt", "ACBS")),
        ("Ông [PER Phạm_Phú_Khôi] hiện còn là Thành_viên [ORG Hội_đồng Thành_viên ACBS] .", ("Phạm_Phú_Khôi", "holdsPostAt", "Hội_đồng Thành_viên ACBS")),
        ("Ông [PER Bùi_Tấn_Tài] được bầu làm Chủ_tịch [ORG Hội_đồng quản_trị Vinamilk] .", ("Bùi_Tấn_Tài", "chairmanOf", "Hội_đồng quản_trị Vinamilk")),
        ("Bà [PER Nguyễn_Thị_A] đã đảm_nhiệm vị_trí Giám_đốc [ORG Sở Y_tế] .", ("Nguyễn_Thị_A", "holdsPostAt", "Sở Y_tế")),
    ],
)
def test_roles_verb_of_holding_before_the_title(markup, expected):
    assert expected in roles(markup)


@pytest.mark.parametrize(
    ("markup", "unexpected"),
    [
        # the verb is not the person's: other words stand between
        ("Ông [PER Nguyễn_Văn_A] nói rằng ai làm Giám_đốc [ORG Sở Y_tế] cũng khó .", ("Nguyễn_Văn_A", "holdsPostAt", "Sở Y_tế")),
        # the title belongs to the person named after it
        ("Ông [PER Nguyễn_Văn_A] đã gặp và làm_việc với Bộ_trưởng [ORG Bộ Y_tế] [PER Nguyễn_Thị_Kim_Tiến] .", ("Nguyễn_Văn_A", "ministerOf", "Bộ Y_tế")),
        # a verb not of holding
        ("Ông [PER Nguyễn_Văn_A] gặp Giám_đốc [ORG Sở Y_tế] .", ("Nguyễn_Văn_A", "holdsPostAt", "Sở Y_tế")),
        # the reference read after the verb gives no post of its own
        ("Ông [PER Nguyễn_Ngọc_Chung] giữ chức [REF Tổng_giám_đốc [ORG ACBS]] .", ("Tổng_giám_đốc ACBS", "holdsPostAt", "ACBS")),
    ],
)
def test_roles_verb_of_holding_not_misread(markup, unexpected):
    assert unexpected not in roles(markup)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a deputy sits in the Quốc_hội the article names, before or after the title
        (
            "[ORG Quốc_hội] thảo_luận dự_thảo . Đại_biểu [PER Trịnh_Ngọc_Thạch] cho_rằng cần sửa .",
            {("Trịnh_Ngọc_Thạch", "holdsPostAt", "Quốc_hội")},
        ),
        (
            "[PER Thân_Đức_Nam] - ĐBQH thành_phố [CITY Đà_Nẵng] phát_biểu tại [ORG Quốc_hội] .",
            {("Thân_Đức_Nam", "holdsPostAt", "Quốc_hội")},
        ),
        # the party's general secretary, the government's prime minister
        ("Tổng_Bí_thư [PER Nguyễn_Văn_Hòa] dự họp của [ORG Đảng] .", {("Nguyễn_Văn_Hòa", "leaderOf", "Đảng")}),
        ("[ORG Chính_phủ] trình dự_án . Thủ_tướng [PER Lê_Minh_Tâm] ký .", {("Lê_Minh_Tâm", "primeMinisterOf", "Chính_phủ")}),
        # every name of a list after a plural title
        (
            "[ORG Quốc_hội] họp . Các đại_biểu [PER Đỗ_Kim_Tuyến] , [PER Bùi_Thị_An] và [PER Nguyễn_Hồng_Sơn] tán_thành .",
            {
                ("Đỗ_Kim_Tuyến", "holdsPostAt", "Quốc_hội"),
                ("Bùi_Thị_An", "holdsPostAt", "Quốc_hội"),
                ("Nguyễn_Hồng_Sơn", "holdsPostAt", "Quốc_hội"),
            },
        ),
        # no body named in the article: no post
        ("Đại_biểu [PER Trịnh_Ngọc_Thạch] cho_rằng cần sửa .", set()),
        # a title that implies a kind of body: the one body of that kind the article names
        (
            "Học_sinh [ORG trường tiểu_học Hòa_Bình 2] bị ngộ_độc . Hiệu_trưởng [PER Lê_Thị_Mai] cho_biết như vậy .",
            {("Lê_Thị_Mai", "holdsPostAt", "trường tiểu_học Hòa_Bình 2")},
        ),
        (
            "[ORG Trường Hòa_Bình 2] có 300 học_sinh . [ORG Trường Hòa_Bình 2] mở lớp mới . Hiệu_phó [PER Đào_Văn_Tư] ký .",
            {("Đào_Văn_Tư", "holdsPostAt", "Trường Hòa_Bình 2")},
        ),
        # two schools named: which one the head runs is not said
        (
            "[ORG Trường Hòa_Bình 2] và [ORG trường Kim_Đồng] thi_đấu . Hiệu_trưởng [PER Lê_Thị_Mai] phát_biểu .",
            set(),
        ),
        # a title that names its country keeps it
        (
            "[ORG Chính_phủ] họp . Thủ_tướng [COUNTRY Nhật_Bản] [PER Shinzo_Abe] đến .",
            {("Shinzo_Abe", "primeMinisterOf", "Nhật_Bản")},
        ),
        # a post read from another title of the person leaves the implied one
        (
            "[ORG Quốc_hội] họp . Theo đại_biểu [PER Cao_Văn_Khải] ( [REGION Thái_Bình] ) – Chủ_tịch [ORG Hiệp_hội Dệt_may] , cần sửa .",
            {("Cao_Văn_Khải", "holdsPostAt", "Quốc_hội"), ("Cao_Văn_Khải", "chairmanOf", "Hiệp_hội Dệt_may")},
        ),
        # a title in apposition read as a reference with its place inside implies its body too
        (
            "[ORG Quốc_hội] họp . Ông [PER Huỳnh_Văn_Ánh] - [REF ĐBQH [CITY TP.HCM]] , cho_rằng cần sửa .",
            {("Huỳnh_Văn_Ánh", "holdsPostAt", "Quốc_hội")},
        ),
        # the same title read with its body implies nothing more
        (
            "[ORG Quốc_hội] họp . Đại_biểu [ORG Quốc_hội] [REGION Thái_Bình] [PER Cao_Văn_Khải] phát_biểu .",
            {("Cao_Văn_Khải", "holdsPostAt", "Quốc_hội")},
        ),
    ],
)
def test_roles_title_implies_its_body(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # several posts listed before one name, each with its body
        (
            "Ủy_viên [ORG Ban Chấp_hành Trung_ương] , Bí_thư [ORG Tỉnh_ủy Nghệ_An] [PER Hồ_Đức_Phớc] dự lễ .",
            {("Hồ_Đức_Phớc", "holdsPostAt", "Ban Chấp_hành Trung_ương"), ("Hồ_Đức_Phớc", "holdsPostAt", "Tỉnh_ủy Nghệ_An")},
        ),
        (
            "Chủ_tịch [ORG Hội Nông_dân] , Giám_đốc [ORG Sở Nông_nghiệp] [PER Lê_Văn_Cường] trao quà .",
            {("Lê_Văn_Cường", "chairmanOf", "Hội Nông_dân"), ("Lê_Văn_Cường", "holdsPostAt", "Sở Nông_nghiệp")},
        ),
        # the earlier post may be a past one
        (
            "nguyên Bộ_trưởng [ORG Bộ Giáo_dục] , Chủ_tịch [ORG Hội Khuyến_học] [PER Phạm_Minh_Đức] phát_biểu .",
            {("Phạm_Minh_Đức", "formerlyHeldPostAt", "Bộ Giáo_dục"), ("Phạm_Minh_Đức", "chairmanOf", "Hội Khuyến_học")},
        ),
        # a plural title before a list of names is each one's post
        (
            "Các Phó Chủ_tịch [ORG Quốc_hội] [PER Trần_Văn_Một] , [PER Lê_Thị_Hai] và [PER Phan_Văn_Ba] dự họp .",
            {
                ("Trần_Văn_Một", "holdsPostAt", "Quốc_hội"),
                ("Lê_Thị_Hai", "holdsPostAt", "Quốc_hội"),
                ("Phan_Văn_Ba", "holdsPostAt", "Quốc_hội"),
            },
        ),
        (
            "Hai Phó Giám_đốc [ORG Sở Y_tế] [PER Đào_Minh] và bà [PER Vũ_Lan] ký văn_bản .",
            {("Đào_Minh", "holdsPostAt", "Sở Y_tế"), ("Vũ_Lan", "holdsPostAt", "Sở Y_tế")},
        ),
        # a singular title is only the first name's; a post of another person before a comma is not listed
        (
            "Phó Chủ_tịch [ORG Quốc_hội] [PER Trần_Văn_Một] , [PER Lê_Thị_Hai] và [PER Phan_Văn_Ba] dự họp .",
            {("Trần_Văn_Một", "holdsPostAt", "Quốc_hội")},
        ),
        (
            "Tổng_thống [COUNTRY Nga] [PER Putin] , Thủ_tướng [COUNTRY Nhật_Bản] [PER Abe] dự họp .",
            {("Putin", "presidentOf", "Nga"), ("Abe", "primeMinisterOf", "Nhật_Bản")},
        ),
        # a place or a phrase before the comma is no post
        ("Tại [CITY Hà_Nội] , Thứ_trưởng [ORG Bộ Công_Thương] [PER Trần_Tuấn_Anh] cho biết .", {("Trần_Tuấn_Anh", "holdsPostAt", "Bộ Công_Thương")}),
    ],
)
def test_roles_posts_listed_before_a_name_or_shared_by_a_list(markup, expected):
    assert roles(markup) == expected


def test_roles_two_titles_held_at_once_share_the_body_named_last():
    markup = "Ông [PER Đào_Hữu_Phúc] , Chủ_tịch kiêm Tổng_giám_đốc [ORG Vinacafe] , phát_biểu ."
    assert roles(markup) == {("Đào_Hữu_Phúc", "holdsPostAt", "Vinacafe")}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # adverbs of recent appointment before a verb of holding
        ("Ông [PER Trần_Quốc_Tỏ] vừa được bổ_nhiệm giữ chức Giám_đốc [ORG Sở Tư_pháp] .", {("Trần_Quốc_Tỏ", "holdsPostAt", "Sở Tư_pháp")}),
        # a post held before, or left
        ("Ông [PER Vũ_Huy_Hoàng] từng là Bộ_trưởng [ORG Bộ Công_Thương] .", {("Vũ_Huy_Hoàng", "formerlyHeldPostAt", "Bộ Công_Thương")}),
        ("Ông [PER Phạm_Văn_Lực] đã thôi giữ chức Chủ_tịch [ORG Sacombank] .", {("Phạm_Văn_Lực", "formerlyHeldPostAt", "Sacombank")}),
        # a word of rank before a title read as a reference makes one title with it
        ("Bà [PER Lê_Thị_Thu] giữ chức Phó [REF Tổng_giám_đốc [ORG Vinamilk]] .", {("Lê_Thị_Thu", "holdsPostAt", "Vinamilk")}),
    ],
)
def test_roles_verb_of_holding_with_time_and_rank_words(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the title's last words open the body's name: the title shares the head noun
        ("Ông [PER Lê_Văn_Bình] , Chánh [ORG Văn_phòng Bộ Nội_vụ] , cho biết .", {("Lê_Văn_Bình", "holdsPostAt", "Văn_phòng Bộ Nội_vụ")}),
        ("Bà [PER Trần_Thu_Hà] - Phó [ORG phòng Tài_chính quận Ba_Đình] phát_biểu .", {("Trần_Thu_Hà", "holdsPostAt", "phòng Tài_chính quận Ba_Đình")}),
        ("Chánh [ORG Văn_phòng Chính_phủ] [PER Mai_Tiến_Dũng] dự họp .", {("Mai_Tiến_Dũng", "holdsPostAt", "Văn_phòng Chính_phủ")}),
        ("Ông [PER Đỗ_Hữu_Tâm] , Trưởng [ORG Ban Dân_vận Tỉnh_ủy Nghệ_An] , nói .", {("Đỗ_Hữu_Tâm", "holdsPostAt", "Ban Dân_vận Tỉnh_ủy Nghệ_An")}),
        # a deputy prime minister of a government named as a body
        ("Ông [PER Somchai_Keo] , Phó Thủ_tướng [ORG Chính_phủ Thái_Lan] , đến .", {("Somchai_Keo", "holdsPostAt", "Chính_phủ Thái_Lan")}),
        # a few words tell what the post is in, then "của" and the body
        ("Ông [PER John_Smith] , Giám_đốc phát_triển kinh_doanh của [ORG Vietjet_Air] , cho biết .", {("John_Smith", "holdsPostAt", "Vietjet_Air")}),
        ("Bà [PER Lê_Thị_Mai] , Trưởng_phòng kế_toán của [ORG Công_ty Hoà_Bình] nói .", {("Lê_Thị_Mai", "holdsPostAt", "Công_ty Hoà_Bình")}),
    ],
)
def test_roles_title_sharing_the_body_name_or_described_before_its_body(markup, expected):
    assert roles(markup) >= expected


@pytest.mark.parametrize(
    "markup",
    [
        # a word that names no title with the body's head gives nothing
        "Ông [PER Lê_Văn_Bình] , cán_bộ [ORG Văn_phòng Bộ Nội_vụ] , cho biết .",
        # the words before "của" are a saying, not what the post is in
        "Ông [PER John_Smith] , Giám_đốc nói rằng kế_hoạch của [ORG Vietjet_Air] đã xong .",
        "Ông [PER John_Smith] , Giám_đốc cho biết quyết_định của [ORG Vietjet_Air] .",
        # too many words between the title and "của"
        "Ông [PER John_Smith] , Giám_đốc không hề biết gì về kế_hoạch của [ORG Vietjet_Air] .",
        # the body's name shared by a person's name is no title
        "Ông [PER Lê_Văn_Bình] , Chánh [PER Văn_Phòng] , cho biết .",
    ],
)
def test_roles_title_sharing_the_body_name_not_misread(markup):
    # "cán bộ" makes its person a member of the body, never the holder of a post there
    assert {fact for fact in roles(markup) if fact[1] != "memberOf"} == set()


def _with_reference(markup: str, reference: str) -> set[tuple[str, str, str]]:
    """The posts of ``markup`` with a reference mention over the words ``reference`` added, which
    overlaps the name of the body written after the title."""
    from dataclasses import replace

    from kg.extract.relations import find_relations
    from kg.model import EntityType

    analysed, mentions, times = parse_markup(markup)
    text = analysed.article.text
    start = text.index(reference)
    body = next(m for m in mentions if m.type is EntityType.ORGANIZATION)
    extra = replace(body, start=start, end=start + len(reference), text=reference, type=EntityType.PERSON, reference=True)
    statements, _ = find_relations(analysed, tuple(sorted((*mentions, extra), key=lambda m: m.start)), times)
    return {t for t in triples(statements) if t[1] in ROLE_PREDICATES}


@pytest.mark.parametrize(
    ("markup", "reference", "expected"),
    [
        # a reference cut inside the body's name ("Giám_đốc Sở Văn_hóa") leaves the whole name to the post
        (
            "Ông [PER Lê_Văn_Rum] , Giám_đốc [ORG Sở Văn_hóa - Thể_thao và Du_lịch] , cho biết .",
            "Giám_đốc Sở Văn_hóa",
            {("Lê_Văn_Rum", "holdsPostAt", "Sở Văn_hóa - Thể_thao và Du_lịch")},
        ),
        (
            "Tổng_Bí_thư [ORG BCH TW Đảng NDCM Lào] [PER Choummaly_Sayasone] dự lễ .",
            "Tổng_Bí_thư BCH",
            {("Choummaly_Sayasone", "leaderOf", "BCH TW Đảng NDCM Lào")},
        ),
    ],
)
def test_roles_reference_overlapping_the_body_name_gives_way_to_it(markup, reference, expected):
    assert _with_reference(markup, reference) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the title and its body, then a dash and the name
        ("Chủ_tịch [ORG Hiệp_hội Luật_gia] – [PER ông|Lê_Văn_Hải] phát_biểu .", {("Lê_Văn_Hải", "chairmanOf", "Hiệp_hội Luật_gia")}),
        ("Giám_đốc [ORG Sở Y_tế] - [PER bà|Trần_Thị_Lan] cho biết .", {("Trần_Thị_Lan", "holdsPostAt", "Sở Y_tế")}),
        # a body without a title before it gives no post
        ("[ORG Sở Y_tế] - [PER bà|Trần_Thị_Lan] cho biết .", set()),
    ],
)
def test_roles_title_first_then_a_dash_and_the_name(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a national title with a Vietnamese name and no body: a post of the home country the article names
        (
            "[PER Chủ_tịch nước|Trương_Văn_Hòa] tiếp đoàn đại_biểu tại [COUNTRY Việt_Nam] .",
            {("Trương_Văn_Hòa", "presidentOf", "Việt_Nam")},
        ),
        (
            "[PER Bộ_trưởng Ngoại_giao|Phạm_Minh_Châu] gửi điện tới [COUNTRY Ai_Cập] . [COUNTRY Việt_Nam] chia_sẻ .",
            {("Phạm_Minh_Châu", "foreignMinisterOf", "Việt_Nam")},
        ),
        (
            "[PER Phó Thủ_tướng|Lê_Thị_Thu] cho biết [COUNTRY Việt_Nam] sẽ viện_trợ .",
            {("Lê_Thị_Thu", "holdsPostAt", "Việt_Nam")},
        ),
        # a former holder
        (
            "Đường mang tên nguyên [PER Chủ_tịch nước|Võ_Văn_Hùng] ở [COUNTRY Việt_Nam] .",
            {("Võ_Văn_Hùng", "formerlyHeldPostAt", "Việt_Nam")},
        ),
        # the body the title implies comes first when the article names it
        (
            "[PER Thủ_tướng|Nguyễn_Văn_Tài] nói [ORG Chính_phủ] sẽ hỗ_trợ [COUNTRY Việt_Nam] .",
            {("Nguyễn_Văn_Tài", "primeMinisterOf", "Chính_phủ")},
        ),
        # a title after a name that another name follows is that name's
        (
            "Tham_dự có [PER Phó Chủ_tịch [ORG Quốc_hội]|Trần_Thị_Lan] , [PER Phó Chủ_tịch nước|Lê_Thị_Thu] và đại_diện [COUNTRY Việt_Nam] .",
            {("Trần_Thị_Lan", "holdsPostAt", "Quốc_hội"), ("Lê_Thị_Thu", "holdsPostAt", "Việt_Nam")},
        ),
        (
            "Tham_dự có bà [PER Trần_Thị_Lan] , [PER Phó Chủ_tịch nước|Lê_Thị_Thu] và đại_diện [COUNTRY Việt_Nam] .",
            {("Lê_Thị_Thu", "holdsPostAt", "Việt_Nam")},
        ),
        # such a title closing a chain of titles in apposition, the titles before it with their bodies
        (
            "Tới dự có bà [PER Lê_Thị_Thu] , Ủy_viên [ORG Trung_ương Đảng] , Phó Chủ_tịch nước ; đại_diện [COUNTRY Việt_Nam] .",
            {("Lê_Thị_Thu", "holdsPostAt", "Trung_ương Đảng"), ("Lê_Thị_Thu", "holdsPostAt", "Việt_Nam")},
        ),
        (
            "Tới dự có ông [PER Trần_Văn_Hòa] , Ủy_viên [ORG Bộ Chính_trị] , Chủ_tịch nước , và đại_diện [COUNTRY Việt_Nam] .",
            {("Trần_Văn_Hòa", "holdsPostAt", "Bộ Chính_trị"), ("Trần_Văn_Hòa", "presidentOf", "Việt_Nam")},
        ),
        # the chain's last title has a country of its own, or the name is foreign, or the home country is not named
        (
            "Tới dự có bà [PER Lê_Thị_Thu] , Ủy_viên [ORG Trung_ương Đảng] , Phó Chủ_tịch nước [COUNTRY Lào] ; đại_diện [COUNTRY Việt_Nam] .",
            {("Lê_Thị_Thu", "holdsPostAt", "Trung_ương Đảng"), ("Lê_Thị_Thu", "holdsPostAt", "Lào")},
        ),
        (
            "Tới dự có ông [PER John_Smith] , Ủy_viên [ORG Quốc_hội] , Phó Chủ_tịch nước ; đại_diện [COUNTRY Việt_Nam] .",
            {("John_Smith", "holdsPostAt", "Quốc_hội")},
        ),
        (
            "Tới dự có bà [PER Lê_Thị_Thu] , Ủy_viên [ORG Trung_ương Đảng] , Phó Chủ_tịch nước ; đại_diện các tỉnh .",
            {("Lê_Thị_Thu", "holdsPostAt", "Trung_ương Đảng")},
        ),
        # a foreign name: its country is not guessed
        ("[PER Thủ_tướng|Hun_Sen] đến [COUNTRY Việt_Nam] .", set()),
        ("[PER Chủ_tịch nước|Tập_Cận_Bình] đến [COUNTRY Việt_Nam] .", set()),
        # the home country not named in the article
        ("[PER Chủ_tịch nước|Trương_Văn_Hòa] tiếp khách .", set()),
        # a title that is no national post
        ("[PER Chủ_tịch|Nguyễn_Văn_Bình] đến [COUNTRY Việt_Nam] .", set()),
    ],
)
def test_roles_national_title_is_a_post_of_the_home_country(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a title, the unit it heads in lowercase words, a comma and the body that closes the apposition
        (
            "Giải_thưởng trao cho tiến_sĩ [PER Hồ_Văn_Khánh] , trưởng khoa nhi , [ORG bệnh_viện Bạch_Mai] ; tiến_sĩ [PER Lê_Thu] .",
            {("Hồ_Văn_Khánh", "holdsPostAt", "bệnh_viện Bạch_Mai")},
        ),
        (
            "Ông [PER Hồ_Văn_Khánh] , trưởng phòng kế_hoạch , [ORG Công_ty Sông_Hồng] cho biết giá sẽ tăng .",
            {("Hồ_Văn_Khánh", "holdsPostAt", "Công_ty Sông_Hồng")},
        ),
        # a body that does not close the apposition may be another's
        ("Ông [PER Hồ_Văn_Khánh] , phó giám_đốc , [ORG Công_ty Sông_Hồng] và ông [PER Lê_Thu] đến .", set()),
        # a person after the comma: no body
        ("Ông [PER Hồ_Văn_Khánh] , trưởng khoa nhi , ông [PER Lê_Thu] , đã đến .", set()),
    ],
)
def test_roles_title_unit_then_body(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a deputy spokesperson holds a post at the body, before or after the name
        (
            "[PER Phó Phát_ngôn_viên [ORG Bộ Ngoại_giao Pháp]|Anne_Leclerc] khẳng_định quan_hệ vẫn tốt .",
            {("Anne_Leclerc", "holdsPostAt", "Bộ Ngoại_giao Pháp")},
        ),
        (
            "Bà [PER Anne_Leclerc] , phó phát_ngôn_viên [ORG Bộ Ngoại_giao Pháp] , cho biết .",
            {("Anne_Leclerc", "holdsPostAt", "Bộ Ngoại_giao Pháp")},
        ),
    ],
)
def test_roles_deputy_spokesperson(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a verb of holding inside brackets right after the name; "trước_đó" makes the post a past one
        (
            "Ông [PER Lê_Quang_Huy] ( trước_đó là thành_viên HĐQT [ORG Vinamilk] ) vừa nhận nhiệm_vụ mới .",
            {("Lê_Quang_Huy", "formerlyHeldPostAt", "Vinamilk")},
        ),
        # a verb of holding past a bracketed aside
        (
            "Bà [PER Trịnh_Thu_Quý] ( 52 tuổi ) làm Tổng_giám_đốc [ORG Vissan] từ năm 2010 .",
            {("Trịnh_Thu_Quý", "holdsPostAt", "Vissan")},
        ),
    ],
)
def test_roles_verb_of_holding_in_or_after_brackets(markup, expected):
    assert roles(markup) == expected


_ABOUT_VINACAFE = "[ORG Vinacafe] vừa công_bố kết_quả kinh_doanh . Lợi_nhuận của [ORG Vinacafe] tăng 10 % . "


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "công_ty" after a title stands for the one company the article is about
        (
            _ABOUT_VINACAFE + "Ông [PER Phạm_Quang_Vũ] – Tổng_giám_đốc công_ty cho_biết xuất_khẩu tăng .",
            {("Phạm_Quang_Vũ", "holdsPostAt", "Vinacafe")},
        ),
        (
            _ABOUT_VINACAFE + "Bà [PER Hà_Thị_Mai] đảm_nhiệm vị_trí Phó Tổng_giám_đốc công_ty từ tháng 3 .",
            {("Hà_Thị_Mai", "holdsPostAt", "Vinacafe")},
        ),
    ],
)
def test_roles_common_noun_after_a_title_is_the_body_the_article_is_about(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # the company is named once only
        "[ORG Vinacafe] vừa công_bố kết_quả . Ông [PER Phạm_Quang_Vũ] – Tổng_giám_đốc công_ty cho_biết xuất_khẩu tăng .",
        # two companies are named as often
        "[ORG Vinacafe] và [ORG Trung_Nguyên] cạnh_tranh . [ORG Vinacafe] thắng [ORG Trung_Nguyên] . "
        "Ông [PER Phạm_Quang_Vũ] – Tổng_giám_đốc công_ty cho_biết xuất_khẩu tăng .",
        # the body the article is about is of another kind
        "[ORG Bộ Công_Thương] họp . [ORG Bộ Công_Thương] kết_luận . Ông [PER Phạm_Quang_Vũ] – Giám_đốc công_ty cho_biết sẽ sửa .",
        # a word after the noun makes it another company
        _ABOUT_VINACAFE + "Ông [PER Phạm_Quang_Vũ] – Giám_đốc công_ty con cho_biết xuất_khẩu tăng .",
        # the company is named only after the noun
        "Ông [PER Phạm_Quang_Vũ] – Tổng_giám_đốc công_ty cho_biết . [ORG Vinacafe] lãi . [ORG Vinacafe] tăng_trưởng .",
    ],
)
def test_roles_common_noun_after_a_title_not_misread(markup):
    assert roles(markup) == set()


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a bare noun of a kind of body after a title stands for the body of that kind named last
        (
            "[ORG Trường THPT Lê_Lợi] đông học_sinh . Còn [ORG Trường THPT Quang_Trung] thiếu lớp . "
            "Ông [PER Ngô_Văn_Hải] , Hiệu_trưởng nhà_trường nói sẽ mở thêm lớp .",
            {("Ngô_Văn_Hải", "holdsPostAt", "Trường THPT Quang_Trung")},
        ),
        (
            "[ORG Trường THPT Lê_Lợi] thiếu giáo_viên . [ORG Sở Giáo_dục] vào_cuộc . "
            "Ông [PER Vũ_Đức_Minh] , Chủ_tịch Hội_đồng quản_trị nhà_trường cho_biết sẽ tuyển thêm .",
            {("Vũ_Đức_Minh", "holdsPostAt", "Trường THPT Lê_Lợi")},
        ),
        (
            "Đại_hội bầu [ORG Hội Nông_dân tỉnh Nghệ_An] khóa mới ; ông [PER Lê_Văn_Sơn] được bầu làm Chủ_tịch Hội .",
            {("Lê_Văn_Sơn", "chairmanOf", "Hội Nông_dân tỉnh Nghệ_An")},
        ),
        (
            "[ORG Sở Y_tế Hà_Nội] vừa họp . Bà [PER Phạm_Thị_Lan] , Phó Giám_đốc Sở cho_biết sẽ kiểm_tra .",
            {("Phạm_Thị_Lan", "holdsPostAt", "Sở Y_tế Hà_Nội")},
        ),
        (
            "[ORG Bệnh_viện Bạch_Mai] quá_tải . Ông [PER Lê_Văn_Hòa] , Giám_đốc bệnh_viện , nói sẽ mở khoa mới .",
            {("Lê_Văn_Hòa", "holdsPostAt", "Bệnh_viện Bạch_Mai")},
        ),
    ],
)
def test_roles_bare_noun_of_a_kind_after_a_title_is_the_body_named_last(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # no body of that kind is named
        "[ORG Sở Y_tế] họp . Ông [PER Trần_Văn_Bình] , Chủ_tịch Hội cho_biết sẽ giúp_đỡ .",
        # the body is named only after the noun
        "Bà [PER Lê_Thị_Thu] , Chủ_tịch Hội cho_biết . [ORG Hội Nông_dân tỉnh Nghệ_An] họp .",
        # the body is named too many sentences before
        "[ORG Hội Nông_dân tỉnh Nghệ_An] họp . Năm nay khó . Giá tăng . Dân lo . Mưa nhiều . "
        "Bà [PER Lê_Thị_Thu] , Chủ_tịch Hội cho_biết .",
        # words going on after the noun name another body
        "[ORG Hội Nông_dân tỉnh Nghệ_An] họp . Bà [PER Lê_Thị_Thu] , Chủ_tịch hội đồng_hương cho_biết .",
        "[ORG Hội Nông_dân tỉnh Nghệ_An] họp . Bà [PER Lê_Thị_Thu] làm Chủ_tịch Hội Phụ_nữ .",
        "[ORG Sở Y_tế Hà_Nội] vừa họp . Ông [PER Lê_Văn_Hòa] , Giám_đốc Sở khác , cho_biết .",
    ],
)
def test_roles_bare_noun_of_a_kind_after_a_title_not_misread(markup):
    assert roles(markup) == set()


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a pronoun standing as the subject of a verb of holding gives the post to the person it means
        (
            "Ông [PER Nguyễn_Văn_An] sinh năm 1960 . Năm 2011 , ông được điều_động làm Bí_thư [ORG Tỉnh_ủy Ninh_Bình] .",
            {("Nguyễn_Văn_An", "holdsPostAt", "Tỉnh_ủy Ninh_Bình")},
        ),
        (
            "Ông [PER Nguyễn_Văn_An] gặp bà [PER Lê_Thị_Hoa] . Bà là Giám_đốc [ORG Sở Y_tế Hà_Nội] .",
            {("Lê_Thị_Hoa", "holdsPostAt", "Sở Y_tế Hà_Nội")},
        ),
        # a past post: a word of the past before the pronoun or before the verb
        (
            "Bà [PER Lê_Thị_Hoa] về hưu . Trước_đó , bà giữ chức Phó Chủ_tịch [ORG UBND tỉnh Nghệ_An] .",
            {("Lê_Thị_Hoa", "formerlyHeldPostAt", "UBND tỉnh Nghệ_An")},
        ),
        (
            "Ông [PER Trần_Văn_Bình] sinh năm 1960 . Ông từng là Giám_đốc [ORG Sở Y_tế Hà_Nội] .",
            {("Trần_Văn_Bình", "formerlyHeldPostAt", "Sở Y_tế Hà_Nội")},
        ),
    ],
)
def test_roles_pronoun_as_subject_of_a_verb_of_holding(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # two persons the pronoun may mean, one of another gender only, or the pronoun says whose
        "Ông [PER Nguyễn_Văn_An] và ông [PER Trần_Văn_Bình] gặp nhau . Ông là Giám_đốc [ORG Sở Y_tế Hà_Nội] .",
        "Bà [PER Lê_Thị_Hoa] đến . Ông là Giám_đốc [ORG Sở Y_tế Hà_Nội] .",
        "Ông [PER Nguyễn_Văn_An] đến . Con trai ông là Giám_đốc [ORG Sở Y_tế Hà_Nội] .",
        # no verb of holding after the pronoun
        "Ông [PER Nguyễn_Văn_An] đến . Ông gặp Giám_đốc [ORG Sở Y_tế Hà_Nội] .",
    ],
)
def test_roles_pronoun_as_subject_not_misread(markup):
    assert roles(markup) == set()


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the successor holds the post, the one succeeded held it
        (
            "Ông [PER Bùi_Văn_Tài] lên thay ông [PER Lê_Văn_Kỳ] làm Chủ_tịch [ORG Vinaconex] .",
            {("Bùi_Văn_Tài", "chairmanOf", "Vinaconex"), ("Lê_Văn_Kỳ", "formerlyHeldPostAt", "Vinaconex")},
        ),
        (
            "Bà [PER Đinh_Thị_Hoa] sẽ kế_nhiệm ông [PER Trương_Văn_Phước] giữ chức Tổng_giám_đốc [ORG Eximbank] .",
            {("Đinh_Thị_Hoa", "holdsPostAt", "Eximbank"), ("Trương_Văn_Phước", "formerlyHeldPostAt", "Eximbank")},
        ),
    ],
)
def test_roles_successor_and_the_one_succeeded(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # "thay mặt" speaks on behalf of someone: no succession, no post
        "Ông [PER Bùi_Văn_Tài] thay_mặt ông [PER Lê_Văn_Kỳ] phát_biểu .",
        # a verb of succession without a post after the name
        "Ông [PER Bùi_Văn_Tài] lên thay ông [PER Lê_Văn_Kỳ] từ tháng 5 .",
    ],
)
def test_roles_succession_without_a_post_gives_none(markup):
    assert roles(markup) == set()


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "nước" between a title and its country's name
        (
            "Ông [PER Somsak_Vong] , Bộ_trưởng Tài_chính nước [COUNTRY Thái_Lan] , phát_biểu .",
            {("Somsak_Vong", "ministerOf", "Thái_Lan")},
        ),
        # a national title with no body of its own, then a comma and a title of the same country
        (
            "Ông [PER Somsak_Vong] , Phó Thủ_tướng , Bộ_trưởng Tài_chính [COUNTRY Thái_Lan] , Trưởng_đoàn "
            "[ORG Ủy_ban Hợp_tác Thái – Việt] , phát_biểu .",
            {
                ("Somsak_Vong", "holdsPostAt", "Thái_Lan"),
                ("Somsak_Vong", "ministerOf", "Thái_Lan"),
                ("Somsak_Vong", "holdsPostAt", "Ủy_ban Hợp_tác Thái – Việt"),
            },
        ),
    ],
)
def test_roles_apposed_titles_sharing_a_country(markup, expected):
    assert roles(markup) >= expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a second title after a comma and a word of holding posts at once
        (
            "Ông [PER Trần_Văn_Minh] , Giám_đốc [ORG Sở Y_tế Hà_Nội] , kiêm Giám_đốc [ORG Bệnh_viện Đa_khoa Nghệ_An] , cho_biết .",
            {
                ("Trần_Văn_Minh", "holdsPostAt", "Sở Y_tế Hà_Nội"),
                ("Trần_Văn_Minh", "holdsPostAt", "Bệnh_viện Đa_khoa Nghệ_An"),
            },
        ),
        (
            "Bà [PER Lê_Thị_Hoa] , Chủ_tịch [ORG Tập_đoàn Minh_Phát] , đồng_thời là Chủ_tịch [ORG Hội Doanh_nhân trẻ] , phát_biểu .",
            {
                ("Lê_Thị_Hoa", "chairmanOf", "Tập_đoàn Minh_Phát"),
                ("Lê_Thị_Hoa", "chairmanOf", "Hội Doanh_nhân trẻ"),
            },
        ),
    ],
)
def test_roles_apposed_titles_held_at_once(markup, expected):
    assert roles(markup) >= expected


@pytest.mark.parametrize(
    "markup",
    [
        # "kiêm" after a comma that closes a clause, not a title: nothing more is read
        "Ông [PER Trần_Văn_Minh] , Giám_đốc [ORG Sở Y_tế Hà_Nội] , kiêm_nhiệm nhiều việc khác .",
    ],
)
def test_roles_concurrently_without_title_reads_no_more(markup):
    assert roles(markup) == {("Trần_Văn_Minh", "holdsPostAt", "Sở Y_tế Hà_Nội")}


@pytest.mark.parametrize(
    ("markup", "unexpected"),
    [
        # a title with no body shares only a country, not another body
        (
            "Ông [PER Trần_Văn_Hòa] , Thứ_trưởng , Tổng_cục_trưởng [ORG Tổng_cục Thuế] , phát_biểu .",
            ("Trần_Văn_Hòa", "holdsPostAt", "Tổng_cục Thuế", "Thứ_trưởng"),
        ),
    ],
)
def test_roles_apposed_title_without_body_not_misread(markup, unexpected):
    statements, _ = relations(markup)
    titled = {(s.subject.text, s.predicate, s.object.text, s.title) for s in statements}
    assert unexpected not in titled


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a title before a reference that names the members of a body, then a comma and the name
        (
            "Phó trưởng đoàn [REF Đại_biểu [ORG Quốc_hội] tỉnh [REGION Bình_Định]] , [PER ông|Lê_Công_Định] cho_rằng cần sửa .",
            {("Lê_Công_Định", "holdsPostAt", "Quốc_hội")},
        ),
    ],
)
def test_roles_head_of_a_delegation_named_by_its_members(markup, expected):
    assert roles(markup) >= expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a plural word opens a list of names, a verb of holding and the title follow
        (
            "Các ông [PER Hồ_Văn_Lâm] , [PER Đào_Duy_Tân] và bà [PER Kiều_Thị_Nga] là thành_viên HĐQT [ORG Masan] .",
            {
                ("Hồ_Văn_Lâm", "holdsPostAt", "Masan"),
                ("Đào_Duy_Tân", "holdsPostAt", "Masan"),
                ("Kiều_Thị_Nga", "holdsPostAt", "Masan"),
            },
        ),
        # without a plural word the list is not read: only the name before the verb holds the post
        (
            "Theo ông [PER Hồ_Văn_Lâm] , bà [PER Kiều_Thị_Nga] là thành_viên HĐQT [ORG Masan] .",
            {("Kiều_Thị_Nga", "holdsPostAt", "Masan")},
        ),
    ],
)
def test_roles_title_held_by_a_list_of_names(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # elected to sit in a body
        ("Ông [PER Lò_Văn_Hải] được bầu vào [ORG Ban Chấp_hành Hội Nông_dân] .", {("Lò_Văn_Hải", "holdsPostAt", "Ban Chấp_hành Hội Nông_dân")}),
        # elected to a company's board, the company named after it
        ("Bà [PER Mai_Kiều_Liên] đã được bầu vào HĐQT [ORG Vinamilk] nhiệm_kỳ mới .", {("Mai_Kiều_Liên", "holdsPostAt", "Vinamilk")}),
    ],
)
def test_roles_elected_into_a_body(markup, expected):
    assert roles(markup) == expected


def test_roles_elected_into_nothing_named_gives_no_post():
    assert roles("Ông [PER Lò_Văn_Hải] được bầu vào vị_trí mới từ hôm_qua tại [ORG Hội Nông_dân] .") == set()


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # titles listed with commas, the last one with no body, then a dash and the name
        (
            "Sáng nay , Chủ_nhiệm [ORG Ủy_ban Kinh_tế] , Ủy_viên [ORG Hội_đồng Dân_tộc] khóa XIII , Trưởng ban soạn_thảo "
            "dự_án luật – [PER ông|Vũ_Hồng_Thanh] trình_bày báo_cáo .",
            {("Vũ_Hồng_Thanh", "holdsPostAt", "Ủy_ban Kinh_tế"), ("Vũ_Hồng_Thanh", "holdsPostAt", "Hội_đồng Dân_tộc")},
        ),
    ],
)
def test_roles_titles_listed_before_a_dash_and_the_name(markup, expected):
    assert roles(markup) >= expected


@pytest.mark.parametrize(
    "markup",
    [
        # the titles stand in apposition after another name: they are that name's
        "Có ông [PER Lê_Văn_Thông] – Phó Chủ_tịch [ORG Hội Nhà_báo] , Tổng_biên_tập [ORG Báo Lao_Động] , Phó_trưởng ban "
        "tổ_chức , [PER nhà_báo|Trần_Minh_Toàn] – thành_viên ban giám_khảo .",
        # an item that does not open with a title ends the list
        "Sáng nay , sau khi họp [ORG Ủy_ban Kinh_tế] , Trưởng ban soạn_thảo – [PER ông|Vũ_Hồng_Thanh] trình_bày .",
    ],
)
def test_roles_titles_listed_before_a_name_not_misread(markup):
    names = {t[0] for t in roles(markup)}
    assert "Trần_Minh_Toàn" not in names and "Vũ_Hồng_Thanh" not in names


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a rank or a title of nobility between the comma and the name
        (
            "Giám_đốc [ORG Công_an tỉnh Nghệ_An] , Thiếu_tướng [PER Nguyễn_Hữu_Cầu] phát_biểu .",
            {("Nguyễn_Hữu_Cầu", "holdsPostAt", "Công_an tỉnh Nghệ_An")},
        ),
        (
            "Giám_đốc [ORG Cơ_quan Tình_báo Jordan] , Hoàng_tử [PER Faisal_Hamid] cho_biết .",
            {("Faisal_Hamid", "holdsPostAt", "Cơ_quan Tình_báo Jordan")},
        ),
        # a body with no title before the comma gives no post
        ("Theo [ORG Bộ Công_an] , Thiếu_tướng [PER Đỗ_Văn_Bình] cho_biết .", set()),
    ],
)
def test_roles_title_first_then_a_rank_and_the_name(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # "Thường_trực" alone is the title of a body's standing member
        (
            "Ông [PER Trần_Quốc_Vượng] , Ủy_viên [ORG Bộ_Chính_trị] , Thường_trực [ORG Ban Bí_thư] dự họp .",
            {("Trần_Quốc_Vượng", "holdsPostAt", "Bộ_Chính_trị"), ("Trần_Quốc_Vượng", "holdsPostAt", "Ban Bí_thư")},
        ),
        # the longer title keeps its own words
        (
            "Ông [PER Tòng_Thị_Phóng] , Phó Chủ_tịch thường_trực [ORG Quốc_hội] , phát_biểu .",
            {("Tòng_Thị_Phóng", "holdsPostAt", "Quốc_hội")},
        ),
    ],
)
def test_roles_standing_member(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # abbreviated company titles, commissars, parliamentarians, editors, founders, deputies of inspectors
        ("Bà [PER Vũ_Kim_Hạnh] , GĐ [ORG Trung_tâm BSA] ; ông [PER Lê_Vinh] .", {("Vũ_Kim_Hạnh", "holdsPostAt", "Trung_tâm BSA")}),
        ("PGĐ [ORG Sở Y_tế Hà_Nội] [PER Nguyễn_Văn_An] cho_biết .", {("Nguyễn_Văn_An", "holdsPostAt", "Sở Y_tế Hà_Nội")}),
        ("Ông [PER Nguyễn_Nam_Khánh] , Chính_ủy [ORG Quân_khu 5] , phát_biểu .", {("Nguyễn_Nam_Khánh", "holdsPostAt", "Quân_khu 5")}),
        ("Phó Chính_ủy [ORG Quân_khu 2] [PER Phạm_Hồng_Cư] đến thăm .", {("Phạm_Hồng_Cư", "holdsPostAt", "Quân_khu 2")}),
        ("“ Đó là dấu_hiệu tốt ” , nghị_sĩ [COUNTRY Syria] [PER Issam_Khalil] cho_biết .", {("Issam_Khalil", "holdsPostAt", "Syria")}),
        ("Thượng_nghị_sĩ [COUNTRY Mỹ] [PER John_McCain] chỉ_trích .", {("John_McCain", "holdsPostAt", "Mỹ")}),
        ("Ông [PER Đinh_Viết_Tứ] , chủ_bút [ORG báo Hướng_Việt] , cho_biết .", {("Đinh_Viết_Tứ", "holdsPostAt", "báo Hướng_Việt")}),
        ("Người sáng_lập [ORG Tập_đoàn Microsoft] [PER Bill_Gates] đứng thứ 6 .", {("Bill_Gates", "holdsPostAt", "Tập_đoàn Microsoft")}),
        ("Phó Tổng_Thanh_tra [ORG Thanh_tra Chính_phủ] [PER Trần_Đức_Lượng] nhấn_mạnh .", {("Trần_Đức_Lượng", "holdsPostAt", "Thanh_tra Chính_phủ")}),
        ("Đại_biện lâm_thời [COUNTRY Mỹ] [PER Kristen_Bauer] được triệu_tập .", {("Kristen_Bauer", "holdsPostAt", "Mỹ")}),
        # a parliamentarian's party is no post (the membership is read apart); no body, no post
        ("Nghị_sĩ [ORG đảng Cộng_hòa] [PER John_McCain] chỉ_trích .", set()),
        ("Thượng_nghị_sĩ [PER John_McCain] chỉ_trích .", set()),
        ("Ông [PER Lê_Vinh] , GĐ , cho_biết .", set()),
    ],
)
def test_roles_titles_of_commissars_parliamentarians_and_abbreviations(markup, expected):
    assert {t for t in roles(markup) if t[1] != "memberOf"} == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a title and its body before a comma and a name are that name's post
        ("Phó Tổng_giám_đốc [ORG Viettel] , [PER bà|Lê_Thu_Hà] , phát_biểu .", {("Lê_Thu_Hà", "holdsPostAt", "Viettel")}),
        # ... unless the title is a later item of a list in apposition after another name
        (
            "Có [PER ông|Trần_Quốc_Huy] - ủy_viên [ORG T.Ư Đảng] , bí_thư [ORG Tỉnh_ủy Đắk_Nông] , [PER ông|Vũ_Văn_Bình] - phó tổng_biên_tập [ORG báo Tuổi_Trẻ] .",
            {
                ("Trần_Quốc_Huy", "holdsPostAt", "T.Ư Đảng"),
                ("Trần_Quốc_Huy", "holdsPostAt", "Tỉnh_ủy Đắk_Nông"),
                ("Vũ_Văn_Bình", "holdsPostAt", "báo Tuổi_Trẻ"),
            },
        ),
        (
            "Có [PER ông|Nguyễn_Chí_Dũng] – Ủy_viên [ORG BCH Trung_ương Đảng] , Bí_thư [ORG Tỉnh_ủy Ninh_Thuận] , [PER anh|Phan_Văn_Mãi] .",
            {("Nguyễn_Chí_Dũng", "holdsPostAt", "BCH Trung_ương Đảng"), ("Nguyễn_Chí_Dũng", "holdsPostAt", "Tỉnh_ủy Ninh_Thuận")},
        ),
        # words of the sentence before the title, not a name: the title is the name's after it
        (
            "Sáng nay , Bí_thư [ORG Thành_ủy Hà_Nội] , [PER ông|Phạm_Quang_Nghị] phát_biểu .",
            {("Phạm_Quang_Nghị", "holdsPostAt", "Thành_ủy Hà_Nội")},
        ),
        # a title right after a name and a comma is that name's, not the next name's
        (
            "Có [PER ông|Lê_Minh] , Bí_thư [ORG Thành_ủy Hà_Nội] , [PER ông|Phạm_Quang_Nghị] và nhiều khách .",
            {("Lê_Minh", "holdsPostAt", "Thành_ủy Hà_Nội")},
        ),
    ],
)
def test_roles_title_first_not_taken_from_an_apposition_before(markup, expected):
    assert roles(markup) == expected


_YAHOO_ARTICLE = "[ORG Yahoo] đổi logo . [ORG Yahoo] công_bố kế_hoạch . "


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a company's title with no body, the one organisation of its sentence the one the article is about
        (
            _YAHOO_ARTICLE + "Đó là đổi_mới mà [ORG Yahoo] có nhờ [PER CEO|Marissa_Mayer] .",
            {("Marissa_Mayer", "holdsPostAt", "Yahoo")},
        ),
        # the sentence names no organisation, or another one too
        (_YAHOO_ARTICLE + "[PER CEO|Marissa_Mayer] hài_lòng .", set()),
        (_YAHOO_ARTICLE + "[PER CEO|Marissa_Mayer] nói [ORG Yahoo] hơn [ORG Google] .", set()),
        # the organisation is not the one the article is about, or is no company
        ("[ORG Google] im_lặng . [ORG Google] tăng_trưởng . [ORG Google] dẫn_đầu . [PER CEO|Marissa_Mayer] nói [ORG Yahoo] sẽ khác .", set()),
        (
            "[ORG Bộ Tài_chính] họp . [ORG Bộ Tài_chính] công_bố . [PER Tổng_giám_đốc|Lê_An] nói [ORG Bộ Tài_chính] đúng .",
            set(),
        ),
        # a title no company alone has
        (_YAHOO_ARTICLE + "[PER Giám_đốc|Lê_An] nói [ORG Yahoo] sẽ khác .", set()),
    ],
)
def test_roles_company_title_at_the_company_the_article_is_about(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the kind of outlet between the title and the outlet's name, after the name or before it
        ("Ông [PER Vũ_Văn_Bình] , phó tổng_biên_tập báo [AGENCY Tuổi_Trẻ] , phát_biểu .", {("Vũ_Văn_Bình", "holdsPostAt", "Tuổi_Trẻ")}),
        ("Tổng_biên_tập báo [AGENCY Thanh_Niên] [PER Nguyễn_Quang_Thông] phát_biểu .", {("Nguyễn_Quang_Thông", "holdsPostAt", "Thanh_Niên")}),
        ("Ông [PER Sergei_Mikhailov] , Tổng_giám_đốc hãng thông_tấn [AGENCY ITAR-TASS] , đến thăm .", {("Sergei_Mikhailov", "holdsPostAt", "ITAR-TASS")}),
        ("Giám_đốc [AGENCY ESPN] [PER Seth_Ader] chia_sẻ .", {("Seth_Ader", "holdsPostAt", "ESPN")}),
        # a noun of an outlet with no outlet named after it, or a place there: no post
        ("Ông [PER Vũ_Văn_Bình] , phó tổng_biên_tập báo , phát_biểu .", set()),
        ("Ông [PER Vũ_Văn_Bình] , phó tổng_biên_tập báo tại [CITY Hà_Nội] , phát_biểu .", set()),
        # the leadership of a body listed after an apposition is no title of the name before it
        (
            "Có [PER ông|Vũ_Văn_Bình] - phó tổng_biên_tập báo [AGENCY Tuổi_Trẻ] , lãnh_đạo [ORG Tỉnh_đoàn Đắk_Nông] và khách .",
            {("Vũ_Văn_Bình", "holdsPostAt", "Tuổi_Trẻ")},
        ),
    ],
)
def test_roles_posts_at_news_outlets(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the year of birth in brackets between the name and its apposition
        ("Công_an bắt [PER Nguyễn_Văn_Tâm] ( SN 1973 ) , Giám_đốc [ORG Công_ty Hòa_Bình] .", {("Nguyễn_Văn_Tâm", "holdsPostAt", "Công_ty Hòa_Bình")}),
        (
            "Công_an bắt [PER Nguyễn_Văn_Tâm] ( sinh năm 1973 , trú tại [CITY Hà_Nội] ) , Giám_đốc [ORG Công_ty Hòa_Bình] .",
            {("Nguyễn_Văn_Tâm", "holdsPostAt", "Công_ty Hòa_Bình")},
        ),
        # brackets that do not open with the year of birth are not passed
        ("Công_an bắt [PER Nguyễn_Văn_Tâm] ( bạn của [PER Lê_An] ) , Giám_đốc [ORG Công_ty Hòa_Bình] .", set()),
    ],
)
def test_roles_apposition_after_the_year_of_birth(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a noun of a kind of company or body between the title and the body's name
        ("Ông [PER Trần_Văn_Long] – Giám_đốc tổ_chức [ORG Green_Earth] cho_biết .", {("Trần_Văn_Long", "holdsPostAt", "Green_Earth")}),
        ("Ông [PER Lê_Minh] , Chủ_tịch tập_đoàn [ORG Hòa_Phát] , phát_biểu .", {("Lê_Minh", "chairmanOf", "Hòa_Phát")}),
        ("Tổng_giám_đốc công_ty [ORG Minh_Long] [PER Phạm_Văn_Khoa] phát_biểu .", {("Phạm_Văn_Khoa", "holdsPostAt", "Minh_Long")}),
        ("Chủ_tịch tập_đoàn [ORG Hòa_Phát] , [PER ông|Trần_Đình_Long] , phát_biểu .", {("Trần_Đình_Long", "chairmanOf", "Hòa_Phát")}),
        # an army or a government written for its country between the title and the country's name
        ("Người_phát_ngôn quân_đội [COUNTRY Thái_Lan] [PER Winthai_Suvaree] nói .", {("Winthai_Suvaree", "spokespersonOf", "Thái_Lan")}),
        ("Ông [PER Yoshihide_Suga] , người phát_ngôn chính_phủ [COUNTRY Nhật_Bản] , nói .", {("Yoshihide_Suga", "spokespersonOf", "Nhật_Bản")}),
        # the noun stands before a body of another kind than its own, or before no name: no post
        ("Người_phát_ngôn tổ_chức [COUNTRY Thái_Lan] [PER Winthai_Suvaree] nói .", set()),
        ("Người_phát_ngôn quân_đội [ORG Hòa_Phát] [PER Winthai_Suvaree] nói .", set()),
        ("Ông [PER Lê_Minh] , Chủ_tịch tập_đoàn , phát_biểu tại [CITY Hà_Nội] .", set()),
        ("Ông [PER Lê_Minh] , Chủ_tịch tập_đoàn tại [COUNTRY Nhật_Bản] , phát_biểu .", set()),
    ],
)
def test_roles_kind_of_body_between_the_title_and_its_name(markup, expected):
    assert roles(markup) == expected


def _posts_of(markup: str, person: str) -> set[tuple[str, str, str]]:
    return {t for t in roles(markup) if t[0] == person}


@pytest.mark.parametrize(
    ("markup", "person", "expected"),
    [
        # a title read with its body as a reference, then a mark and the name
        (
            "[REF Ngoại_trưởng [COUNTRY Brunei]] - Hoàng_thân [PER Mohamed_Bolkiah] - đã đến .",
            "Mohamed_Bolkiah",
            {("Mohamed_Bolkiah", "foreignMinisterOf", "Brunei")},
        ),
        (
            "Ông gửi thư tới [REF Tổng_thống [COUNTRY Chile]] , [PER bà|Michelle_Bachelet] .",
            "Michelle_Bachelet",
            {("Michelle_Bachelet", "presidentOf", "Chile")},
        ),
        (
            "nguyên [REF Giám_đốc [ORG Sở Y_tế]] , [PER ông|Lê_Văn_Hải] dự họp .",
            "Lê_Văn_Hải",
            {("Lê_Văn_Hải", "formerlyHeldPostAt", "Sở Y_tế")},
        ),
        # the leadership of a body, a title of many, a title in apposition after another name: not the name's
        ("Đoàn gặp [REF lãnh_đạo [ORG Bộ Công_Thương]] , [PER ông|Trần_Văn_Nam] phát_biểu .", "Trần_Văn_Nam", set()),
        ("Hai [REF Bộ_trưởng [COUNTRY Lào]] , [PER ông|Sone_Xay] và bà Mai dự họp .", "Sone_Xay", set()),
        ("Ông [PER Lê_An] , [REF Giám_đốc [ORG Sở Y_tế]] , [PER ông|Trần_Bình] dự họp .", "Trần_Bình", set()),
        # no body written with the title: nothing
        ("[REF Ngoại_trưởng] - Hoàng_thân [PER Mohamed_Bolkiah] - đã đến .", "Mohamed_Bolkiah", set()),
    ],
)
def test_roles_title_read_as_a_reference_then_the_name(markup, person, expected):
    assert _posts_of(markup, person) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a title heading a unit: the unit's name capitalised, its body after a comma or in brackets
        (
            "Theo bác_sĩ [PER Phan_Thị_Lan] , Trưởng khoa Hô_hấp , [ORG Bệnh_viện Chợ_Rẫy] , bệnh đang tăng .",
            {("Phan_Thị_Lan", "holdsPostAt", "Bệnh_viện Chợ_Rẫy")},
        ),
        (
            "Ông [PER Đỗ_Quang_Vinh] , Vụ_trưởng Pháp_chế ( [ORG Bộ Tài_chính] ) cho_biết luật sẽ sửa .",
            {("Đỗ_Quang_Vinh", "holdsPostAt", "Bộ Tài_chính")},
        ),
        (
            "Bà [PER Ngô_Thị_Hà] , phó trưởng phòng Tổ_chức ( [ORG Sở Nội_vụ] ) , phát_biểu .",
            {("Ngô_Thị_Hà", "holdsPostAt", "Sở Nội_vụ")},
        ),
        # another title: a capitalised word after it is no unit, a bracket no body
        ("Ông [PER Đỗ_Quang_Vinh] , Chủ_tịch Hội_đồng Khoa_học ( [ORG Bộ Tài_chính] ) cho_biết .", set()),
        ("Ông [PER Đỗ_Quang_Vinh] , giám_đốc Kinh_doanh , [ORG Công_ty An_Phát] , cho_biết .", set()),
        # a bracket not closed right after the body, or no unit before it
        ("Ông [PER Đỗ_Quang_Vinh] , Vụ_trưởng Pháp_chế ( [ORG Bộ Tài_chính] và [ORG Bộ Tư_pháp] ) cho_biết .", set()),
        ("Ông [PER Đỗ_Quang_Vinh] , Vụ_trưởng ( [ORG Bộ Tài_chính] ) cho_biết .", set()),
    ],
)
def test_roles_unit_head_then_the_unit_and_its_body(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # heads of a police force and their deputies, the force's name opening with "công_an"
        ("Thượng_tá [PER Lê_Văn_Tùng] , Phó [ORG công_an huyện Gia_Lâm] cho_biết .", {("Lê_Văn_Tùng", "holdsPostAt", "công_an huyện Gia_Lâm")}),
        ("Trưởng [ORG Công_an quận Ba_Đình] [PER Đào_Thanh_Hải] chỉ_đạo .", {("Đào_Thanh_Hải", "holdsPostAt", "Công_an quận Ba_Đình")}),
        # editors of an outlet and administrators of a forum
        ("Chị [PER Ngô_Thu_Trang] , biên_tập_viên mảng thể_thao của [AGENCY VnExpress] , nhận_xét .", {("Ngô_Thu_Trang", "holdsPostAt", "VnExpress")}),
        ("Anh [PER Phạm_Đức_Minh] , quản_trị diễn_đàn [AGENCY Voz] , cho_biết .", {("Phạm_Đức_Minh", "holdsPostAt", "Voz")}),
        ("Anh [PER Phạm_Đức_Minh] , quản_trị_viên [ORG Hội Nhiếp_ảnh] , cho_biết .", {("Phạm_Đức_Minh", "holdsPostAt", "Hội Nhiếp_ảnh")}),
        # the words as a verb, or with no body: no post
        ("Anh [PER Phạm_Đức_Minh] quản_trị rủi_ro cho [ORG Công_ty An_Phát] .", set()),
        ("Chị [PER Ngô_Thu_Trang] , biên_tập_viên lâu năm , nhận_xét .", set()),
        ("Phó [PER Lê_Văn_Tùng] cho_biết .", set()),
    ],
)
def test_roles_police_heads_editors_and_administrators(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the body's short name or its country in brackets between the body and the name
        (
            "Người_phát_ngôn [ORG Quỹ Tiền_tệ Quốc_tế] ( [ORG IMF] ) [PER Gerry_Rice] cho_biết .",
            {("Gerry_Rice", "spokespersonOf", "Quỹ Tiền_tệ Quốc_tế")},
        ),
        # the party beside the title is hers as a member
        (
            "Hạ_nghị_sĩ [ORG đảng Dân_chủ] ( [COUNTRY Mỹ] ) [PER Nancy_Pelosi] phản_đối .",
            {("Nancy_Pelosi", "holdsPostAt", "Mỹ"), ("Nancy_Pelosi", "memberOf", "đảng Dân_chủ")},
        ),
        # "của" between the title and its body
        ("Theo người phát_ngôn của [ORG Nhà_Trắng] [PER Jay_Carney] , ông sẽ đi .", {("Jay_Carney", "spokespersonOf", "Nhà_Trắng")}),
        ("Giám_đốc của [ORG Bảo_tàng Louvre] [PER Jean-Luc_Martinez] đến .", {("Jean-Luc_Martinez", "holdsPostAt", "Bảo_tàng Louvre")}),
        # words in brackets, a person in them, or no title before "của": no post
        ("Người_phát_ngôn [ORG Quỹ Tiền_tệ Quốc_tế] ( trái ) [PER Gerry_Rice] cho_biết .", set()),
        ("Đại_diện [ORG Quỹ Tiền_tệ Quốc_tế] ( [PER Lagarde] ) [PER Gerry_Rice] cho_biết .", set()),
        ("Con_trai của [ORG Tập_đoàn Samsung] [PER Lee_Jae-yong] đến .", set()),
    ],
)
def test_roles_body_with_a_bracketed_name_or_after_of(markup, expected):
    assert roles(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a few lowercase words in brackets after the name, as in a picture's caption
        ("Ông [PER Hoàng_Minh_Sơn] ( áo trắng ) - Giám_đốc [ORG Sở Xây_dựng] , kiểm_tra công_trình .", {("Hoàng_Minh_Sơn", "holdsPostAt", "Sở Xây_dựng")}),
        ("Bà [PER Trần_Thu_Hà] ( thứ hai từ trái ) , Chủ_tịch [ORG Hội Phụ_nữ] , trao quà .", {("Trần_Thu_Hà", "chairmanOf", "Hội Phụ_nữ")}),
        # a name or a capitalised word in the brackets, or too many words: not passed
        ("Ông [PER Hoàng_Minh_Sơn] ( bạn [PER Lê_Hà] ) - Giám_đốc [ORG Sở Xây_dựng] , đến .", set()),
        ("Ông [PER Hoàng_Minh_Sơn] ( Việt kiều ) - Giám_đốc [ORG Sở Xây_dựng] , đến .", set()),
        ("Ông [PER Hoàng_Minh_Sơn] ( người đứng thứ hai từ trái ) - Giám_đốc [ORG Sở Xây_dựng] , đến .", set()),
    ],
)
def test_roles_apposition_after_words_in_brackets(markup, expected):
    assert roles(markup) == expected
