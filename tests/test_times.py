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
        ("Cuối tháng 12 , họ gặp .", "Cuối tháng 12", "2024-01-10", (2023, 12, None, None)),
        ("Chuyến đi đầu_tiên kể từ năm 2019 .", "năm 2019", "2023-09-14", (2019, None, None, None)),
        ("Putin nói hôm_nay tại đây .", "hôm_nay", "2023-09-13", (2023, 9, 13, "today")),
        ("Putin nói hôm nay tại đây .", "hôm nay", None, (None, None, None, "today")),
        ("Tàu đến sáng nay .", "sáng nay", "2023-09-15T08:00:00+07:00", (2023, 9, 15, "today")),
        ("Tàu đến sáng sớm nay .", "sáng sớm nay", "2023-09-15T08:00:00+07:00", (2023, 9, 15, "today")),
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


# Publication on Wednesday 2023-09-13 unless said otherwise.
WEDNESDAY = "2023-09-13T09:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        # weekdays: the last one at or before publication, or as moved by the words after it
        ("Hôm thứ Hai , ông đến Hà_Nội .", "Hôm thứ Hai", WEDNESDAY, (2023, 9, 11)),
        ("Ông đến vào thứ_Năm .", "thứ_Năm", WEDNESDAY, (2023, 9, 7)),
        ("Chiều thứ Tư , hai bên hội_đàm .", "Chiều thứ Tư", WEDNESDAY, (2023, 9, 13)),
        ("Họ gặp nhau hôm Chủ_nhật .", "hôm Chủ_nhật", WEDNESDAY, (2023, 9, 10)),
        ("Ông đến vào thứ 6 tuần trước .", "thứ 6 tuần trước", WEDNESDAY, (2023, 9, 8)),
        ("Ông sẽ đến vào thứ Hai tuần tới .", "thứ Hai tuần tới", WEDNESDAY, (2023, 9, 18)),
        ("Ông sẽ đến vào thứ Sáu tuần này .", "thứ Sáu tuần này", WEDNESDAY, (2023, 9, 15)),
        ("Ông sẽ đến vào thứ Hai tới .", "thứ Hai tới", WEDNESDAY, (2023, 9, 18)),
        ("Ông sẽ đến Nga vào thứ Sáu .", "thứ Sáu", WEDNESDAY, (2023, 9, 15)),
        ("Ông dự_kiến đến Nga vào thứ Tư .", "thứ Tư", WEDNESDAY, (2023, 9, 13)),
        ("Ông đến hôm thứ Ba vừa qua .", "hôm thứ Ba vừa qua", WEDNESDAY, (2023, 9, 12)),
        # a weekday with its date is that date
        ("Sáng thứ Hai ( 11/9 ) , ông đến .", "Sáng thứ Hai ( 11/9 )", WEDNESDAY, (2023, 9, 11)),
        ("Ông đến hôm thứ Hai , 11/9 .", "hôm thứ Hai , 11/9", WEDNESDAY, (2023, 9, 11)),
        ("Ông đến vào thứ Hai ngày 11/9 .", "thứ Hai ngày 11/9", WEDNESDAY, (2023, 9, 11)),
        # a relative day followed by its date, a date in brackets
        ("Sáng nay 12-9 , ông đến .", "Sáng nay 12-9", WEDNESDAY, (2023, 9, 12)),
        ("Hôm_nay ( 12/9 ) , ông đến .", "Hôm_nay ( 12/9 )", WEDNESDAY, (2023, 9, 12)),
        ("Ông [ Lan ] ( 12/9 ) cho_biết .", "( 12/9 )", WEDNESDAY, (2023, 9, 12)),
        # days and parts of days around publication
        ("Chiều hôm_qua , ông đến .", "Chiều hôm_qua", WEDNESDAY, (2023, 9, 12)),
        ("Ông đến hôm kia .", "hôm kia", WEDNESDAY, (2023, 9, 11)),
        ("Ông sẽ đến vào ngày_mai .", "ngày_mai", WEDNESDAY, (2023, 9, 14)),
        ("Ông đến tối qua .", "tối qua", "2023-01-01", (2022, 12, 31)),
        # a day and month ahead of publication are near it, not a year back
        ("Ông sẽ đến Nga ngày 20/9 .", "ngày 20/9", WEDNESDAY, (2023, 9, 20)),
        ("Ông sẽ đến ngày 5/1 .", "ngày 5/1", "2023-12-28", (2024, 1, 5)),
        ("Ông đến ngày 30/12 .", "ngày 30/12", "2024-01-02", (2023, 12, 30)),
        # months as words, runs of days
        ("Ông đến vào tháng Mười .", "tháng Mười", WEDNESDAY, (2023, 10, None)),
        ("Ông đến vào tháng Mười_Hai năm 2012 .", "tháng Mười_Hai năm 2012", WEDNESDAY, (2012, 12, None)),
        ("Ông đến vào tháng Giêng năm_ngoái .", "tháng Giêng năm_ngoái", WEDNESDAY, (2022, 1, None)),
        ("Hội_nghị diễn ra từ ngày 4-6/9 .", "ngày 4-6/9", WEDNESDAY, (2023, 9, 4)),
        # told as past: at or before publication
        ("Ông nhậm_chức hồi tháng 11 .", "tháng 11", WEDNESDAY, (2022, 11, None)),
        ("Chuyến thăm tháng 11 vừa qua .", "tháng 11 vừa qua", WEDNESDAY, (2022, 11, None)),
        ("Ông sẽ đến vào tháng 11 .", "tháng 11", WEDNESDAY, (2023, 11, None)),
        ("Họ gặp nhau hôm 20/9 .", "hôm 20/9", WEDNESDAY, (2022, 9, 20)),
        # months, years and their parts
        ("Ông đến vào cuối tháng 8 .", "cuối tháng 8", WEDNESDAY, (2023, 8, None)),
        ("Ông sang Việt_Nam từ cuối năm 2006 .", "cuối năm 2006", WEDNESDAY, (2006, None, None)),
        ("Ông đến vào hạ_tuần tháng 8 .", "hạ_tuần tháng 8", WEDNESDAY, (2023, 8, None)),
        ("Ông đến vào tháng 9 năm_ngoái .", "tháng 9 năm_ngoái", WEDNESDAY, (2022, 9, None)),
        ("Ông đến ngày 13/9 năm ngoái .", "ngày 13/9 năm ngoái", WEDNESDAY, (2022, 9, 13)),
        ("Ông đến vào đầu năm nay .", "đầu năm nay", WEDNESDAY, (2023, None, None)),
        ("Ông đến năm ngoái .", "năm ngoái", WEDNESDAY, (2022, None, None)),
        ("Họ đàm_phán đầu tuần này .", "đầu tuần này", WEDNESDAY, (None, None, None)),
    ],
)
def test_times_relative_to_publication(text: str, surface: str, published: str, expected: tuple) -> None:
    times = _times(text, published)
    assert [t.text for t in times] == [surface]
    assert (times[0].year, times[0].month, times[0].day) == expected


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("Hôm thứ Hai , ông đến Hà_Nội .", "monday"),
        ("Ông đến vào thứ 6 tuần trước .", "last_week_friday"),
        ("Ông sẽ đến vào thứ Hai tới .", "next_monday"),
        ("Chiều hôm_qua , ông đến .", "yesterday"),
    ],
)
def test_times_relative_left_unresolved_without_publication(text: str, relative: str) -> None:
    (time,) = _times(text, None)
    assert (time.year, time.month, time.day, time.relative) == (None, None, None, relative)
    assert time.xsd() is None and time.precision is None


@pytest.mark.parametrize(
    "text",
    [
        "Đây là lần thứ hai ông đến Nga .",
        "Thứ hai , giá dầu tăng .",
        "Ông là người thứ 2 đến .",
        "Nhiệm_kỳ thứ năm của ông .",
        "Cuối cùng , ông đến .",
        "Họ họp mỗi tháng hai lần .",
    ],
)
def test_times_ordinals_are_not_weekdays(text: str) -> None:
    assert _times(text, WEDNESDAY) == ()


@pytest.mark.parametrize(
    ("text", "published", "precision"),
    [
        ("Ông đến ngày 13/9 .", "2023-09-14", "day"),
        ("Ông đến ngày 13/9 .", None, "day"),
        ("Ông đến vào tháng 12/2021 .", None, "month"),
        ("Ông đến năm 2019 .", None, "year"),
        ("Ông đến vào tháng 10 .", None, "month"),
    ],
)
def test_times_precision(text: str, published: str | None, precision: str) -> None:
    (time,) = _times(text, published)
    assert time.precision == precision


def test_times_same_day_is_the_day_told_before() -> None:
    times = _times("Ông đến Huế ngày 10/9 . Cùng ngày , ông gặp bà Lan .", WEDNESDAY)
    assert [(t.text, t.xsd()) for t in times] == [
        ("ngày 10/9", ("2023-09-10", "date")),
        ("Cùng ngày", ("2023-09-10", "date")),
    ]
    (alone,) = _times("Cùng ngày , ông gặp bà Lan .", WEDNESDAY)
    assert alone.xsd() is None


def test_times_same_day_is_no_start_of_a_period() -> None:
    times = _times("Đến ngày 12/9 , dịch lan rộng . Tại đây , từ ngày 5/9 , 40 con bò mắc bệnh . Sáng cùng ngày , ông đi kiểm_tra .", WEDNESDAY)
    assert [(t.text, t.xsd()) for t in times][-1] == ("Sáng cùng ngày", ("2023-09-12", "date"))


def test_times_xsd_values() -> None:
    (full,) = _times("Ông đến ngày 13/9 .", "2023-09-14")
    (partial,) = _times("Ông đến ngày 13/9 .", None)
    (month,) = _times("Ông đến vào tháng 12/2021 .", None)
    assert full.xsd() == ("2023-09-13", "date")
    assert partial.xsd() == ("--09-13", "gMonthDay")
    assert month.xsd() == ("2021-12", "gYearMonth")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a run of days with its month written once, at its end, is dated by its first day
        ("Ông thăm Lào từ ngày 5 đến 7/10 .", "ngày 5 đến 7/10", (2023, 10, 5)),
        ("Ông thăm Lào từ ngày 23 đến ngày 25/9 .", "ngày 23 đến ngày 25/9", (2023, 9, 23)),
        ("Bà thăm Lào từ 8 - 11/9 .", "8 - 11/9", (2023, 9, 8)),
        ("Bà thăm Lào từ 8 tới 11-9-2022 .", "8 tới 11-9-2022", (2022, 9, 8)),
        ("Hội_nghị họp ngày 12 và 13/9 .", "ngày 12 và 13/9", (2023, 9, 12)),
    ],
)
def test_times_run_of_days_dated_by_its_first(text: str, surface: str, expected: tuple) -> None:
    times = _times(text, "2023-09-14")
    assert [t.text for t in times] == [surface]
    assert (times[0].year, times[0].month, times[0].day) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # not a run: no month after the second number, or the first day after the last
        ("Ông gặp từ 5 đến 7 người .", []),
        ("Lãi tăng từ 25 đến 7/10 .", ["7/10"]),
    ],
)
def test_times_run_of_days_needs_its_month(text: str, surfaces: list[str]) -> None:
    assert [t.text for t in _times(text, "2023-09-14")] == surfaces
