"""A date led by the occasion it marks ("nhân dịp 27/7/2013", "dịp 30/4")."""

from __future__ import annotations

import pytest

from test_times import _times


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Ông tặng quà nhân dịp 27/7/2013 .", "27/7/2013", (2013, 7, 27)),
        ("Ông tặng quà nhân_dịp 27/7/2013 .", "27/7/2013", (2013, 7, 27)),
        ("Họ về quê dịp 30/4 .", "30/4", (2013, 4, 30)),
    ],
)
def test_date_led_by_an_occasion(text, surface, expected):
    times = _times(text, "2013-07-28")
    assert [(t.text, (t.year, t.month, t.day)) for t in times] == [(surface, expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Nhân dịp này , ông tặng 3/4 số quà .",  # a fraction after another word
        "Có dịp 2-3 lần ông về thăm .",  # a count, not a date
    ],
)
def test_no_date_after_an_occasion(text):
    assert _times(text, "2013-07-28") == ()
