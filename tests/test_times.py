"""Dates and times, resolved against the publication date."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract.times import find_times
from kg.model import Article, TimeExpression


def _times(text: str, published: str | None) -> tuple[TimeExpression, ...]:
    return find_times(analyse(Article(id="a", text=text, source="test", title="t", published=published)))


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        ("Ông đến Nga ngày 13/9 .", "ngày 13/9", "2023-09-14T10:00:00+07:00", (2023, 9, 13, None)),
        ("Ông đến Nga ngày 13/9 .", "ngày 13/9", "2024-01-05", (2023, 9, 13, None)),
        ("Ông đến Nga ngày 13/9 .", "ngày 13/9", None, (None, 9, 13, None)),
        ("Lãnh_đạo hôm 12/9 đến Nga .", "hôm 12/9", "2023-09-14", (2023, 9, 12, None)),
        ("Cuộc họp ở Nga hôm_13/9 , họ nói .", "hôm_13/9", "2023-09-14", (2023, 9, 13, None)),
        ("Họ đến vào sáng sớm 12/9 .", "sáng sớm 12/9", "2023-09-14", (2023, 9, 12, None)),
        ("Súng kiểm_tra tháng 12/2021 .", "tháng 12/2021", "2023-09-14", (2021, 12, None, None)),
        ("Ông sẽ thăm vào tháng 10 .", "tháng 10", "2023-09-14", (2023, 10, None, None)),
        ("Ông sẽ thăm vào tháng 10 .", "tháng 10", None, (None, 10, None, None)),
        ("Cuối tháng 12 , họ gặp .", "tháng 12", "2024-01-10", (2023, 12, None, None)),
        ("Chuyến đi đầu_tiên kể từ năm 2019 .", "năm 2019", "2023-09-14", (2019, None, None, None)),
        ("Putin nói hôm_nay tại đây .", "hôm_nay", "2023-09-13", (2023, 9, 13, "today")),
        ("Putin nói hôm nay tại đây .", "hôm nay", None, (None, None, None, "today")),
        ("Tàu đến sáng nay .", "sáng nay", "2023-09-15T08:00:00+07:00", (2023, 9, 15, "today")),
        ("Họ sẽ gặp vào tháng tới .", "tháng tới", "2023-09-14", (2023, 10, None, "next_month")),
        ("Họ sẽ gặp vào tháng tới .", "tháng tới", "2023-12-14", (2024, 1, None, "next_month")),
        ("Họ sẽ gặp vào tháng tới .", "tháng tới", None, (None, None, None, "next_month")),
        ("Ông nói hôm qua .", "hôm qua", "2023-03-01", (2023, 2, 28, "yesterday")),
        ("Phiên_tòa diễn ra ngày 30/10/2002 .", "ngày 30/10/2002", "2013-10-23", (2002, 10, 30, None)),
        ("Hôm 30-10 , ông nói .", "Hôm 30-10", "2013-10-31", (2013, 10, 30, None)),
    ],
)
def test_times_found_and_resolved(text: str, surface: str, published: str | None, expected: tuple) -> None:
    times = _times(text, published)
    assert [t.text for t in times] == [surface]
    time = times[0]
    assert text[time.start : time.end] == surface
    assert (time.year, time.month, time.day, time.relative) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tăng_trưởng khoảng 7-7 ,2% .",
        "Một 1/3 dân_số đi bầu .",
        "Ngày nay , ông ít đi .",
        "Có 5.000 người biểu_tình .",
        "Đó là tháng khó_khăn .",
        "Họ trả nợ trong 5 năm sau ngày bán .",
        "Suốt năm năm qua ông lái đò .",
    ],
)
def test_times_ignores_numbers_that_are_not_dates(text: str) -> None:
    assert _times(text, "2023-09-14") == ()


def test_times_xsd_values() -> None:
    (full,) = _times("Ông đến ngày 13/9 .", "2023-09-14")
    (partial,) = _times("Ông đến ngày 13/9 .", None)
    (month,) = _times("Ông đến vào tháng 12/2021 .", None)
    assert full.xsd() == ("2023-09-13", "date")
    assert partial.xsd() == ("--09-13", "gMonthDay")
    assert month.xsd() == ("2021-12", "gYearMonth")
