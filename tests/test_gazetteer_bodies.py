"""Bodies and news outlets the gazetteers list (``ontology/gazetteer/organisations.tsv``,
``news_agencies.tsv``): found by name, typed by the list, and joined with their other
names by the alias table; names that are also a unit, an index, a product or a word stay out."""

from __future__ import annotations

import pytest

from helpers import rule_names
from kg.resolve.aliases import default_alias_table


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # Party commissions, ministries' short forms, general departments, mass organisations
        ("Hôm_qua , Ban Tuyên_giáo Trung_ương đã tổ_chức hội_nghị .", "Ban Tuyên_giáo Trung_ương", "Organization"),
        ("Ủy_ban Kiểm_tra Trung_ương vừa kết_luận vụ_việc .", "Ủy_ban Kiểm_tra Trung_ương", "Organization"),
        ("Theo Bộ LĐTBXH , số lao_động đã tăng .", "Bộ LĐTBXH", "Organization"),
        ("Tổng_cục Quản_lý thị_trường đã kiểm_tra 20 cửa_hàng .", "Tổng_cục Quản_lý thị_trường", "Organization"),
        ("Đại_diện VCCI cho biết doanh_nghiệp gặp khó .", "VCCI", "Organization"),
        # banks by brand and full name, companies
        ("Lãi_suất của TPBank và SeABank đều giảm .", "TPBank", "Organization"),
        ("Lãi_suất của TPBank và SeABank đều giảm .", "SeABank", "Organization"),
        ("Ngân_hàng TMCP Hàng_Hải Việt_Nam vừa tăng vốn .", "Ngân_hàng TMCP Hàng_Hải Việt_Nam", "Organization"),
        ("Cổ_phiếu của Vinhomes giảm mạnh .", "Vinhomes", "Organization"),
        # hospitals and universities
        ("Bệnh_nhân được chuyển lên Bệnh_viện Chợ_Rẫy .", "Bệnh_viện Chợ_Rẫy", "Organization"),
        ("Sinh_viên Đại_học Kinh_tế Quốc_dân đã giành giải nhất .", "Đại_học Kinh_tế Quốc_dân", "Organization"),
        # international bodies
        ("Tổ_chức Lao_động Quốc_tế dự_báo thất_nghiệp sẽ tăng .", "Tổ_chức Lao_động Quốc_tế", "Organization"),
        ("Báo_cáo của OECD cho thấy tăng_trưởng chậm lại .", "OECD", "Organization"),
        # news outlets
        ("Theo Deutsche_Welle , cuộc đàm_phán đã kết_thúc .", "Deutsche_Welle", "NewsAgency"),
        ("Theo Nikkei_Asia , hai công_ty đã ký thỏa_thuận .", "Nikkei_Asia", "NewsAgency"),
    ],
)
def test_gazetteer_bodies_listed_names_are_found_and_typed(text, name, expected):
    names = rule_names(text)
    assert names.get(name) == expected, names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a unit, a stock index, a product brand and a song are not left in the lists
        ("Ảnh dự_thi có dung_lượng tối_thiểu 3 MB .", "MB"),
        ("Chỉ_số Nasdaq tăng 0,4 % trong phiên hôm_qua .", "Nasdaq"),
        ("Anh ấy đi một chiếc xe_máy Yamaha cũ .", "Yamaha"),
        ("Các nghệ_sĩ cùng hát bài Arirang .", "Arirang"),
    ],
)
def test_gazetteer_bodies_ambiguous_names_are_not_listed(text, word):
    assert rule_names(text).get(word) not in ("Organization", "NewsAgency")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Bộ LĐTBXH", "Bộ Lao_động - Thương_binh và Xã_hội"),
        ("Ngân_hàng TMCP Quân_đội", "MBBank"),
        ("ĐHQG Hà_Nội", "Đại_học Quốc_gia Hà_Nội"),
        ("Tổ_chức Lao_động Quốc_tế", "ILO"),
        ("Ủy_ban Kiểm_tra TƯ", "Ủy_ban Kiểm_tra Trung_ương"),
    ],
)
def test_gazetteer_bodies_other_names_join_one_alias_entry(one, other):
    table = default_alias_table()
    first = table.lookup("organization", one.replace("_", " "))
    assert first is not None and first is table.lookup("organization", other.replace("_", " "))


@pytest.mark.parametrize(
    ("one", "other"),
    [("Tổ_chức Lao_động Quốc_tế", "Tổ_chức Y_tế Thế_giới"), ("Ban Tổ_chức Trung_ương", "Ban Tuyên_giáo Trung_ương")],
)
def test_gazetteer_bodies_different_bodies_stay_apart(one, other):
    table = default_alias_table()
    assert table.lookup("organization", one.replace("_", " ")) is not table.lookup("organization", other.replace("_", " "))
