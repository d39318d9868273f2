"""A name's last syllable that the segmenter glues to the lowercase words after it is cut off again
("Thủ tướng Phạm Minh Chính đề nghị" -> "Chính đề_nghị"), and a given name that is also a common word
closes a Vietnamese name begun with a family name ("Phạm_Minh Chính")."""

from __future__ import annotations

import pytest

from helpers import rule_names
from kg.raw import segment


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        # the last syllable of a Vietnamese name, then a verb
        ("Thủ tướng Phạm Minh Chính đề nghị các bộ khẩn trương.", ["Chính", "đề_nghị"]),
        ("Bí thư Nguyễn Văn Chính đề nghị tăng cường kiểm tra.", ["Chính", "đề_nghị"]),
        # a foreign name, then a verb
        ("Trong trận đấu tối qua Messi ghi bàn thắng quyết định.", ["Messi"]),
    ],
)
def test_a_name_is_cut_from_the_words_glued_to_it(raw: str, words: list[str]) -> None:
    segmented = segment(raw).text.split()
    for word in words:
        assert word in segmented, (word, segmented)


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        # names of bodies whose words the segmenter knows stay whole
        ("Bộ Y tế vừa ban hành hướng dẫn mới.", "Y_tế"),
        ("Sở Tài chính tỉnh đã trình phương án.", "Tài_chính"),
        ("Theo Uỷ ban Thường vụ Quốc hội, dự luật sẽ được xem xét.", "Thường_vụ"),
        ("Sở Văn hóa Thể thao và Du lịch tổ chức lễ hội.", "Văn_hóa"),
        # a capitalised word opening the sentence is no name
        ("Thủ tướng đã đề nghị các bộ khẩn trương.", "Thủ_tướng"),
    ],
)
def test_known_words_after_a_capitalised_syllable_stay_whole(raw: str, word: str) -> None:
    assert word in segment(raw).text.split()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tin mới . Thủ_tướng Phạm_Minh Chính đề_nghị các bộ khẩn_trương .", "Phạm_Minh Chính"),
        ("Tin mới . Ông Trần_Văn Chính cho_biết sẽ kiểm_tra .", "Trần_Văn Chính"),
        ("Tin mới . Hôm_qua , ông Nguyễn Văn Chính cho_biết sẽ kiểm_tra .", "Nguyễn Văn Chính"),
    ],
)
def test_a_common_word_closes_a_vietnamese_name(text: str, person: str) -> None:
    assert rule_names(text).get(person) == "Person"


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a word opening the next sentence
        ("Tin mới . Ông Trần_Văn_Nam đến . Chính ông cho_biết sẽ kiểm_tra .", "Trần_Văn_Nam Chính"),
        # no family name opens the run: the common word stays out
        ("Tin mới . Đội Sông_Lam Chính_thức ra_mắt .", "Sông_Lam Chính_thức"),
        # a listed name after a full Vietnamese name is its own
        ("Tin mới . Ông Nguyễn_Văn_Hùng Hà_Nội cho_biết .", "Nguyễn_Văn_Hùng Hà_Nội"),
    ],
)
def test_a_common_word_is_no_given_name_elsewhere(text: str, not_a_name: str) -> None:
    assert not_a_name not in rule_names(text)
