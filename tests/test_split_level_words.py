"""Short words of level whose full stop the word segmenter writes apart ("TP . Vinh", "Q . Hoàn_Kiếm")
rank the place after them as the whole word does."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.extract.admin_levels import _municipalities, _name_key, _ranks
from kg.model import Article


def test_each_short_level_word_has_its_split_form():
    ranks = _ranks()
    short = {word: rank for word, rank in ranks.items() if len(word) == 1 and word[0].endswith(".") and len(word[0]) > 1}
    assert short, "no short word of level with a full stop is listed"
    for (word,), rank in short.items():
        assert ranks.get((word[:-1], ".")) == rank, f"'{word[:-1]} .' should rank as '{word}'"


@pytest.mark.parametrize(
    ("written", "listed"),
    [("TP . Hồ_Chí_Minh", "TP. Hồ Chí Minh"), ("TP . HCM", "TP. HCM"), ("Hà_Nội", "Hà Nội")],
)
def test_a_split_full_stop_names_the_same_city(written, listed):
    assert _name_key(written) == _name_key(listed)
    assert _name_key(written) in _municipalities()


def test_other_names_are_no_city_run_by_the_centre():
    assert _name_key("Gò_Vấp") not in _municipalities()


def located(text: str) -> set[tuple[str, str]]:
    extraction = extract_article(Article(id="t", text="Tin mới . " + text, source="t.txt", segmented=True), True)
    return {(s.subject.text, s.object.text) for s in extraction.statements if s.predicate == "locatedIn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vụ cháy xảy ra ở P . Tân_Định , Q . Bình_Thạnh tối qua .", {("Tân_Định", "Bình_Thạnh")}),
        # a centrally run city whose name holds the split word ranks as a province
        ("Vụ cháy xảy ra tại quận Gò_Vấp , TP . HCM vào tối qua .", {("Gò_Vấp", "TP . HCM")}),
        # the higher level first is no chain; a list of places gives nothing
        ("Vụ cháy xảy ra ở Q . Bình_Thạnh , P . Tân_Định tối qua .", set()),
        ("Các chuyến bay nối Hà_Nội , Huế , Đà_Nẵng mỗi ngày .", set()),
    ],
)
def test_split_level_words_rank_places(text, expected):
    assert located(text) == expected
