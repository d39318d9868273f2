"""A one-syllable place that opens a noun for an outlet ("Nhật" of "Nhật báo", a daily) is no
place; "Nhật" standing alone, or before a word that spells no such noun, stays the country."""

from __future__ import annotations

import pytest

from kg.model import EntityType, Mention
from kg.tagger.outlet_nouns import outlet_nouns_dropped


def _place(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention("a", 0, start, start + len(name), name, EntityType.COUNTRY, confidence=0.9)


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Theo Nhật báo Asahi, giá gạo tăng.", "Nhật", False),
        ("Theo Nhật_báo Mainichi , giá gạo tăng .", "Nhật", False),
        ("Hàng Nhật bán chạy.", "Nhật", True),
        ("Thủ tướng Nhật phát biểu.", "Nhật", True),
        ("Người Nhật Bản báo tin.", "Nhật Bản", True),
        ("Nhật, báo chí đưa tin.", "Nhật", True),
        ("Hàng Nhật Báo giá cao.", "Nhật", True),
    ],
)
def test_outlet_nouns_dropped(text, name, kept):
    mentions = [_place(text, name)]
    assert (outlet_nouns_dropped(text, mentions) == mentions) is kept

