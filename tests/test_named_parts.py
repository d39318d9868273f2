"""Parts of a body told by their names: "Ủy_ban Pháp_luật Quốc_hội" is a part of "Quốc_hội"; a governing
organ named after its body ("Ủy_ban Thường_vụ Quốc_hội") is none."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def parts(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "partOf"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a kind of part, words of its own, then the name of a body the article names alone
        (
            "[ORG Quốc_hội] họp phiên bế_mạc . [ORG Ủy_ban Quốc_phòng Quốc_hội] đã trình báo_cáo .",
            {("Ủy_ban Quốc_phòng Quốc_hội", "partOf", "Quốc_hội")},
        ),
        # a governing organ named after its body stands for the body's leadership: no part read from its name
        ("[ORG Quốc_hội] họp phiên bế_mạc . [ORG Ủy_ban Thường_vụ Quốc_hội] đã trình báo_cáo .", set()),
        ("[ORG Ủy_ban Trung_ương MTTQ Việt_Nam] kêu_gọi ; [ORG MTTQ Việt_Nam] vận_động .", set()),
        ("[ORG Hội_đồng Điều_hành WHO] họp ; [ORG WHO] cảnh_báo dịch .", set()),
        ("[ORG Liên_Hợp_Quốc] kêu_gọi ngừng bắn ; [ORG Hội_đồng Bảo_an Liên_Hợp_Quốc] họp khẩn .", set()),
        ("[ORG Ban Chấp_hành Đoàn trường Lê_Lợi] họp ; [ORG Đoàn trường Lê_Lợi] phát_động .", set()),
        (
            "Ông [PER Lâm] vào [ORG Hội_đồng Quản_trị Sacombank] . [ORG Sacombank] lãi lớn .",
            {("Hội_đồng Quản_trị Sacombank", "partOf", "Sacombank")},
        ),
        (
            "Đại_diện [ORG Ban phụ_huynh trường Hòa_Bình 2] phản_đối . Lãnh_đạo [ORG trường Hòa_Bình 2] im_lặng .",
            {("Ban phụ_huynh trường Hòa_Bình 2", "partOf", "trường Hòa_Bình 2")},
        ),
        # "của" between the part's words and the whole's name
        (
            "[ORG Ủy_ban Kinh_tế của Quốc_hội] thẩm_tra dự_án . [ORG Quốc_hội] sẽ biểu_quyết .",
            {("Ủy_ban Kinh_tế của Quốc_hội", "partOf", "Quốc_hội")},
        ),
        # the longest whole the article names: a unit of the city police, not of a shorter name
        (
            "[ORG Phòng Cảnh_sát Hình_sự Công_an Hải_Phòng] bắt nghi_phạm . [ORG Công_an Hải_Phòng] khen_thưởng .",
            {("Phòng Cảnh_sát Hình_sự Công_an Hải_Phòng", "partOf", "Công_an Hải_Phòng")},
        ),
        # the whole named only inside a person's title is still named on its own
        (
            "[REF Lãnh_đạo [ORG Công_an Bắc_Giang]] cho_biết , [ORG Phòng Cảnh_sát Kinh_tế Công_an Bắc_Giang] đã vào_cuộc .",
            {("Phòng Cảnh_sát Kinh_tế Công_an Bắc_Giang", "partOf", "Công_an Bắc_Giang")},
        ),
        # ... but not a body nested in another body's name: the part itself names its whole there
        ("[ORG Phòng Cảnh_sát Kinh_tế [ORG Công_an Bắc_Giang]] đã vào_cuộc .", set()),
        # a dash between the part's own words and the whole's name
        (
            "[ORG Ngân_hàng Nhà_nước] thông_báo , [ORG Sở Giao_dịch - Ngân_hàng Nhà_nước] sẽ mở thầu .",
            {("Sở Giao_dịch - Ngân_hàng Nhà_nước", "partOf", "Ngân_hàng Nhà_nước")},
        ),
        ("[ORG Sở Giao_dịch Ngân_hàng Công_thương] và [ORG Ngân_hàng Công_thương] ký hợp_đồng .",
         {("Sở Giao_dịch Ngân_hàng Công_thương", "partOf", "Ngân_hàng Công_thương")}),
        # a department named after its city, the city a place: no parent
        ("[ORG Sở Tài_chính Hải_Phòng] kiểm_tra ở [CITY Hải_Phòng] .", set()),
        # the whole is never named alone: nothing
        ("[ORG Ủy_ban Thường_vụ Quốc_hội] đã trình báo_cáo .", set()),
        # a place at the end of the name is no parent
        ("[ORG Sở Y_tế Đà_Nẵng] kiểm_tra ở [CITY Đà_Nẵng] .", set()),
        # a name that opens with no kind of part ("Ngân_hàng", "Tập_đoàn")
        ("[ORG Ngân_hàng Phát_triển Sacombank] và [ORG Sacombank] hợp_tác .", set()),
        # an organising committee or a jury is no part of the show it is named after
        ("[ORG Ban tổ_chức chương_trình Giọng_Hát Việt] cảm_ơn khán_giả của [ORG Giọng_Hát Việt] .", set()),
        # a name that swallowed a clause: too many words between the kind and the whole
        (
            "Lập [ORG Hội_đồng tư_pháp do Chủ_tịch nước hoặc Chánh_án Tòa_án Tối_cao] . [ORG Tòa_án Tối_cao] đồng_ý .",
            set(),
        ),
        # a kind of part with no words of its own before the whole's name
        ("[ORG Ban Quốc_hội] và [ORG Quốc_hội] họp .", set()),
        # the part's words name a body of their own: the committee belongs to the union, not the bank
        (
            "[ORG Ban chấp_hành Công_đoàn Ngân_hàng Đông_Á] họp . [ORG Ngân_hàng Đông_Á] tài_trợ .",
            set(),
        ),
        ("[ORG Ban Thường_vụ Đảng_bộ Tập_đoàn Than] nhóm_họp ; [ORG Tập_đoàn Than] báo_lãi .", set()),
        # a body's word that is not at the part's start still lets the part reach the whole
        (
            "[ORG Hội_đồng Thành_viên Tập_đoàn Than] quyết_định ; [ORG Tập_đoàn Than] báo_lãi .",
            {("Hội_đồng Thành_viên Tập_đoàn Than", "partOf", "Tập_đoàn Than")},
        ),
    ],
)
def test_named_parts(markup, expected):
    assert parts(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the body's other name in brackets before "thuộc"
        (
            "[ORG Cục Điều_tra Liên_bang] ( [ORG FBI] ) thuộc [ORG Bộ Tư_pháp Mỹ] đã vào_cuộc .",
            {("Cục Điều_tra Liên_bang", "partOf", "Bộ Tư_pháp Mỹ")},
        ),
        ("[ORG Cục Hải_quan] thuộc [ORG Bộ Tài_chính] công_bố số_liệu .", {("Cục Hải_quan", "partOf", "Bộ Tài_chính")}),
        # brackets that hold no name, then "thuộc" a place: nothing
        ("[ORG Cục Hải_quan] ( mới ) thuộc [ORG Bộ Tài_chính] công_bố .", set()),
    ],
)
def test_part_under_its_parent(markup, expected):
    assert parts(markup) == expected
