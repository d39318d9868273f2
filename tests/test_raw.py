"""Raw text: segmentation keeps offsets into the text as given."""

from __future__ import annotations

import re

import pytest

from kg.raw import looks_segmented, segment


@pytest.mark.parametrize(
    ("raw", "expected_words"),
    [
        ("Lãnh đạo Triều Tiên Kim Jong-un đến Nga.", ["lãnh_đạo", "Triều_Tiên", "Kim_Jong-un", "Nga", "."]),
        ("Nhà máy ở Komsomolsk-on-Amur hôm 13/9.", ["Komsomolsk-on-Amur", "13/9"]),
        ("Khoảng 5.000 người, theo AFP.", ["5.000", ",", "AFP", "."]),
        ('"Tôi rất vui", ông Putin nói.', ['"', "Tôi", '"', ",", "ông", "Putin", "nói"]),
        ("Quan hệ Việt Nam-Phần Lan tốt đẹp.", ["Việt_Nam", "-", "Phần_Lan"]),
        ("Mạnh Hùng/Berlin", ["Mạnh_Hùng", "/", "Berlin"]),
        ("Tập đoàn Coca-Cola và Komsomolsk-on-Amur.", ["Coca-Cola", "Komsomolsk-on-Amur"]),
        ("Bà Vân chia sẻ:“Thông qua chương trình”.", ["chia_sẻ", ":", "“", "Thông_qua", "”"]),
        ('Nữ ca sĩ cho biết:"Hương đã quyết định".', [":", '"', "Hương"]),
        ("Đó là “lao động”của họ.", ["”", "của"]),
    ],
)
def test_raw_segment_keeps_names_dates_and_numbers_whole(raw: str, expected_words: list[str]) -> None:
    words = segment(raw).text.split()
    lowered = [w.lower() for w in words]
    for word in expected_words:
        assert word.lower() in lowered, (word, words)


@pytest.mark.parametrize(
    "raw",
    [
        "Tổng thống  Nga\nVladimir Putin   tiếp lãnh đạo Triều Tiên.",
        "“Chúng tôi tin tưởng”, ông Kim nói thêm…",
        "Bà Vân chia sẻ:“Thông qua chương trình”của Viettel.",
        "",
        "   ",
        "Ảnh: AFP",
    ],
)
def test_raw_segment_every_token_maps_back_to_its_raw_text(raw: str) -> None:
    segmentation = segment(raw)
    for match in re.finditer(r"\S+", segmentation.text):
        start, end = segmentation.raw_span(*match.span())
        assert " ".join(raw[start:end].split()) == match.group().replace("_", " ")


def test_raw_segment_spans_of_several_words_cover_the_raw_phrase() -> None:
    raw = "Phát ngôn viên Điện Kremlin Dmitry Peskov cho biết."
    segmentation = segment(raw)
    start = segmentation.text.index("Điện")
    end = segmentation.text.index("Peskov") + len("Peskov")
    raw_start, raw_end = segmentation.raw_span(start, end)
    assert raw[raw_start:raw_end] == "Điện Kremlin Dmitry Peskov"


@pytest.mark.parametrize(
    ("text", "segmented"),
    [
        ("Tổng_thống Nga Vladimir_Putin tiếp lãnh_đạo Triều_Tiên Kim_Jong-un .", True),
        ("Tổng thống Nga Vladimir Putin tiếp lãnh đạo Triều Tiên Kim Jong-un.", False),
        ("", False),
        ("snake_case_identifier appears once in a long English sentence about nothing much at all here", False),
    ],
)
def test_raw_looks_segmented(text: str, segmented: bool) -> None:
    assert looks_segmented(text) is segmented
