"""A year that ends the name of a law, a document or an event dates nothing."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract.times import find_times
from kg.model import Article


def years(text: str) -> list[str]:
    article = Article(id="t", text=text, source="test", published="2013-10-22T10:00:00+07:00")
    return [t.text for t in find_times(analyse(article))]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Phan_Trung_Lý , Trưởng ban biên_tập dự_thảo sửa_đổi Hiến_pháp năm 1992 cho_biết quyền sử_dụng đất rất quan_trọng .",
        "Các đại_biểu thảo_luận Luật Đất_đai năm 2003 và những điểm cần sửa .",
        "Thủ_tướng dự Hội_nghị APEC năm 2013 tại Bali .",
        "Đội tuyển chuẩn_bị cho Cúp AFF năm 2014 .",
    ],
)
def test_times_year_ending_a_name_is_no_time(text):
    assert not [y for y in years(text) if "năm" in y]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year told of an act, after a law named without it
        ("Quốc_hội thông_qua Hiến_pháp sửa_đổi vào năm 2013 .", "năm 2013"),
        ("Hội_nghị được tổ_chức năm 2012 tại Hà_Nội .", "năm 2012"),
        # a lowercase noun before the year names nothing
        ("Kinh_tế tăng_trưởng mạnh trong năm 2013 .", "năm 2013"),
        ("Hiến_pháp được ban_hành năm 1992 .", "năm 1992"),
    ],
)
def test_times_year_of_an_act_is_kept(text, expected):
    assert expected in years(text)


def test_times_statement_is_not_dated_by_a_law_in_its_speaker_phrase():
    from kg.extract import extract

    text = (
        "Ông Phan_Trung_Lý , Trưởng ban biên_tập dự_thảo sửa_đổi Hiến_pháp năm 1992 cho_biết "
        "quyền sử_dụng đất là quyền quan_trọng của người_dân ."
    )
    article = Article(id="t", text=text, source="test", published="2013-10-22T10:00:00+07:00")
    extraction = extract(analyse(article), learned=False)
    statements = [e for e in extraction.events if e.type.value == "Statement"]
    assert statements and all(e.time is None for e in statements)
