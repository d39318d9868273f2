"""A day and month written out with words ("13 tháng 9") after any word of a day, not only "ngày"."""

from __future__ import annotations

import pytest

from test_times import _times


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Hai bên gặp nhau ngày 13 tháng 9 tại Hà_Nội .", "ngày 13 tháng 9", (2023, 9, 13)),
        ("Sáng 13 tháng 9 , hai bên gặp nhau .", "Sáng 13 tháng 9", (2023, 9, 13)),
        ("Ông đến Lào hôm 5 tháng 9 .", "hôm 5 tháng 9", (2023, 9, 5)),
        ("Chiều 2 tháng 10 năm 2019 , ông đến Lào .", "Chiều 2 tháng 10 năm 2019", (2019, 10, 2)),
        # a count of months, or no month after "tháng": no day
        ("Ông ở Lào sáng 3 tháng trước .", None, None),
        ("Chiều 40 tháng 9 , ông đến Lào .", None, None),
    ],
)
def test_times_day_and_month_written_out(text, surface, expected):
    dated = [t for t in _times(text, "2023-09-14") if t.day is not None]
    if surface is None:
        assert dated == []
        return
    (time,) = dated
    assert time.text.replace("_", " ") == surface
    assert (time.year, time.month, time.day) == expected
