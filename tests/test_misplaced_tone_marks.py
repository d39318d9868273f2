"""Tone marks typed on the wrong vowel ("vơí", "Hôị đồng") are read where they belong, while every
offset and quoted text of the extraction stays that of the text as given."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.lexicon.syllables import repair_tone_marks
from kg.model import Article


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("buôỉ họp vơí", "buổi họp với"),
        ("Hôị đồng nhân dân", "Hội đồng nhân dân"),
        ("ngươì dân", "người dân"),
        ("ngừơi dân", "người dân"),
        ("nhiêù", "nhiều"),
        ("giưã hai nước", "giữa hai nước"),
        ("thâý", "thấy"),
        ("tíêng Việt", "tiếng Việt"),
        ("ĐÔỈ MỚI", "ĐỔI MỚI"),
    ],
)
def test_a_tone_on_the_plain_vowel_moves_to_the_marked_one(typed: str, read: str) -> None:
    assert repair_tone_marks(typed) == read


@pytest.mark.parametrize(
    "text",
    [
        "Người dân với giữa tiếng Việt nhiều người được thấy.",
        "Hồ Chí Minh, Nguyễn Phú Trọng, Thừa Thiên Huế, Khánh Hòa, Khánh Hoà.",
        "Le côté français, Noël, São Paulo, Zürich.",
        "Hoà bình, thuở ấy, khuya, quý, hoàn, uyển chuyển.",
    ],
)
def test_well_placed_tones_and_foreign_words_are_left_alone(text: str) -> None:
    assert repair_tone_marks(text) == text


@pytest.mark.parametrize(
    ("text", "segmented"),
    [
        ("Chiều 5/10, Bộ trưởng Ngoại giao Phạm Bình Minh đã hôị đàm vơí Ngoại trưởng Mỹ John Kerry tại Hà Nội.", False),
        ("Chiều 5/10 , Bộ_trưởng Ngoại_giao Phạm_Bình_Minh đã hôị_đàm vơí Ngoại_trưởng Mỹ John_Kerry tại Hà_Nội .", True),
    ],
)
def test_a_text_with_misplaced_tones_is_read_and_quoted_as_given(text: str, segmented: bool) -> None:
    extraction = extract_article(Article(id="1", text=text, source="probe", segmented=segmented))
    assert extraction.article.text == text
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.text
    meetings = [e for e in extraction.events if e.type.name == "MEETING"]
    assert meetings, extraction.events
    participants = {r.mention.text.replace("_", " ") for r in meetings[0].roles if r.role == "participant"}
    assert participants == {"Phạm Bình Minh", "John Kerry"}
