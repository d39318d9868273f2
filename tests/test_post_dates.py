"""When a post was taken: the start date a sentence tells with it."""

from __future__ import annotations

import pytest

from test_relations_markup import relations

AN = "Ông [PER Nguyễn_Văn_An]"


def _starts(markup: str) -> dict[tuple[str, str], str | None]:
    statements, _ = relations(markup)
    return {
        (s.subject.text, s.object.text): (s.start.text if s.start else None)
        for s in statements
        if s.predicate not in ("memberOf", "met", "locatedIn", "partOf")
    }


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a start word in the clause of the title, and its date
        (f"{AN} được bổ_nhiệm làm Thứ_trưởng [ORG Bộ Y_tế] {{từ ngày 1/10|--10-01}} .", "từ ngày 1/10"),
        (f"{{Ngày 1/10|--10-01}} , {AN} được bổ_nhiệm làm Thứ_trưởng [ORG Bộ Y_tế] .", "Ngày 1/10"),
        ("Tổng_thống [COUNTRY Mỹ] [PER Barack_Obama] nhậm_chức {ngày 20/1/2009|2009-01-20} .", "ngày 20/1/2009"),
        # a clause about the holder right after the name
        (
            "Bộ_trưởng Quốc_phòng [COUNTRY Mỹ] [PER Chuck_Hagel] , người nhậm_chức {hồi tháng 2|2013-02} , "
            "{hôm_qua|2013-10-21} đã đến [CITY Hà_Nội] .",
            "hồi tháng 2",
        ),
        # "từ" and a date right after the post
        (f"{AN} , Chủ_tịch [ORG UBND tỉnh Quảng_Nam] từ {{năm 2016|2016}} , đã phát_biểu .", "năm 2016"),
        # the date of something the holder did is no start
        ("{Hôm_qua|2013-10-21} , Bộ_trưởng Ngoại_giao [COUNTRY Nga] [PER Sergei_Lavrov] đã tiếp khách .", None),
        ("Tân Bộ_trưởng Quốc_phòng [COUNTRY Mỹ] [PER Chuck_Hagel] {hôm_qua|2013-10-21} đã đến [CITY Hà_Nội] .", None),
        # a start word of another post of the sentence, in another clause
        (
            f"{AN} , Thứ_trưởng [ORG Bộ Y_tế] , cho_biết ông [PER Lê_Bình] nhậm_chức {{ngày 1/10|--10-01}} .",
            None,
        ),
    ],
)
def test_post_dates_start_told_with_the_post(markup: str, expected: str | None) -> None:
    starts = _starts(markup)
    assert starts, "the post itself is found"
    first = next(iter(starts.values()))
    assert first == expected
