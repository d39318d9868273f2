"""A verb of saying that the segmenter glues to the word after it is cut off again ("khẳng định giá
xăng" -> "khẳng_định giá", not "khẳng_định_giá": "định giá" is a word too), so that business news
telling prices ("dự báo giá vàng", "cảnh báo giá nhà") keeps its sayings; words the model knows
whole stay whole ("tuyên_bố_chung")."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article, EventType
from kg.raw import segment


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("Bộ Công Thương khẳng định giá xăng sẽ giảm.", ["khẳng_định", "giá"]),
        ("Chuyên gia dự báo giá vàng sẽ tăng.", ["dự_báo", "giá"]),
        ("Ông Lê Văn Hải nhận định giá thép sẽ giảm.", ["nhận_định", "giá"]),
        ("Ông Lê Văn Hải đánh giá thành phố đã làm tốt.", ["đánh_giá", "thành_phố"]),
        ("Hai công ty cam kết hợp tác lâu dài.", ["cam_kết", "hợp_tác"]),
        # a word the model knows whole
        ("Hai bên đã ra tuyên bố chung.", ["tuyên_bố_chung"]),
    ],
)
def test_verbs_glued_to_words_are_cut_after_the_verb(raw: str, words: list[str]) -> None:
    segmented = segment(raw).text.split()
    for word in words:
        assert word in segmented, (word, segmented)


@pytest.mark.parametrize(
    ("raw", "speaker"),
    [
        ("Bộ Công Thương khẳng định giá xăng dầu sẽ giảm trong tuần tới.", "Bộ Công Thương"),
        ("Ông Nguyễn Văn Hải dự báo giá vàng sẽ còn tăng.", "Nguyễn Văn Hải"),
        ("Bà Trần Thị Mai cảnh báo giá nhà sẽ tiếp tục tăng.", "Trần Thị Mai"),
    ],
)
def test_verbs_glued_to_words_say_what_follows(raw: str, speaker: str) -> None:
    extraction = extract_article(Article(id="a", text=raw, source="test.txt", segmented=False))
    agents = [[r.mention.text for r in e.roles if r.role == "agent"] for e in extraction.events if e.type is EventType.STATEMENT]
    assert agents == [[speaker]]
