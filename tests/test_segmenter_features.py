"""The segmenter's features made per distinct syllable are pyvi's own, in pyvi's order, but for those it sets to False."""

from __future__ import annotations

import pycrfsuite
import pytest

from kg.raw import _segmenter
from kg.segmenter_features import sequence_features


def _pyvi_attributes(syllables: list[str]) -> list[list[tuple[str, float]]]:
    from pyvi import ViTokenizer

    items = pycrfsuite.ItemSequence(ViTokenizer.ViTokenizer.sent2features(syllables, False)).items()
    return [[(key, value) for key, value in item.items() if value != 0.0] for item in items]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bộ trưởng Ngoại giao Nhật Bản sẽ thăm Hà Nội vào tuần tới .",
        "Ông Kim Jong-un gặp Tổng thống HÀN QUỐC lúc 9 giờ sáng 13/9",
        "Giá vàng SJC tăng 50.000 đồng mỗi lượng",
        # one and two syllables: no neighbours on one side or both
        "Hà",
        "Hà Nội",
        # nothing pyvi's word lists hold, all in capitals, digits alone
        "XYZ QWERTY 2013 42",
    ],
)
def test_segmenter_features_are_pyvis(sentence: str) -> None:
    syllables = sentence.split()
    _tagger, bi_grams, tri_grams = _segmenter()
    items = pycrfsuite.ItemSequence(sequence_features(syllables, bi_grams, tri_grams)).items()
    assert [list(item.items()) for item in items] == _pyvi_attributes(syllables)


def test_segmenter_features_label_as_pyvis() -> None:
    from pyvi import ViTokenizer

    syllables = "Chiều nay , Thủ tướng Nguyễn Tấn Dũng tiếp Đại sứ Hoa Kỳ tại Hà Nội".split()
    tagger, bi_grams, tri_grams = _segmenter()
    expected = tagger.tag(ViTokenizer.ViTokenizer.sent2features(syllables, False))
    assert tagger.tag(sequence_features(syllables, bi_grams, tri_grams)) == expected
