"""Windows of text read back in turn across many articles give the text's own slices."""

from __future__ import annotations

import pytest

import kg.stream
from kg.stream import TextWindows

TEXTS = [
    "Bà Nguyễn_Thị_Hoa đến Huế sáng nay , ông Đỗ_Minh gặp bà tại đó .",
    "Ông Lâm_Quốc_Bảo nói : “ Chúng_tôi sẽ trở_lại ” .",
    "Mưa lớn ở Cần_Thơ kéo_dài ba ngày .",
]


@pytest.mark.parametrize("kept", [1, 2, 256])
def test_stream_windows_read_in_turn_give_the_texts_slices(monkeypatch, kept):
    monkeypatch.setattr(kg.stream, "DECODED_WINDOWS", kept)
    kg.stream._recently_decoded.clear()
    # two windows per text, each read again after the others
    windows = [(text, TextWindows(text, [(0, 12), (30, 45)])) for text in TEXTS * 40]
    for _ in range(3):
        for text, window in windows:
            assert window[0:12] == text[0:12]
            assert window[32:40] == text[32:40]
            assert window[3:9] == text[3:9]
    assert len(kg.stream._recently_decoded) <= kept


def test_stream_windows_two_equal_pieces_of_different_texts_read_alike():
    a = TextWindows("Ông Hà gặp bà Lan .", [(0, 6)])
    b = TextWindows("Ông Hà đi Huế .", [(0, 6)])
    assert a[0:6] == b[0:6] == "Ông Hà"
