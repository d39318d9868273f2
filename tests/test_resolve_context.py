"""The shared word readers of the resolver's rules (kg.resolve.context)."""

from __future__ import annotations

import pytest

from kg.resolve.context import ends_with, phrases, unmarked_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ở 17/3 Lê_Lợi", ["ở", "17", "3", "lê", "lợi"]),
        ("Về phía Lào, người", ["về", "phía", "lào", "người"]),
        ("“Nhà sách” ( Tiền Phong )", ["nhà", "sách", "tiền", "phong"]),
        ("", []),
        (" , . ; ", []),
    ],
)
def test_context_unmarked_words_drop_punctuation_and_lower_syllables(text, expected):
    assert unmarked_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("khách ở", True),
        ("khách ở,", True),
        ("khách ở số", False),
    ],
)
def test_context_unmarked_words_feed_ends_with(text, expected):
    assert ends_with(unmarked_words(text), phrases("resolver.address-words")) is expected
