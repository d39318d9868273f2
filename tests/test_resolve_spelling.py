"""Names written without diacritics: lost with their text, or written so on purpose."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.spelling import written_with_marks
from test_resolve_support import Say, make_extraction


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Ông ấy nói rằng mọi việc đã ổn", True),
        ("Theo nguồn tin của báo chí trong nước", True),
        ("He said that it was fine", False),
        ("Ong ay noi rang moi viec da on", False),
        # too few words to tell
        ("Theo", False),
    ],
)
def test_written_with_marks(text, marked):
    assert written_with_marks(text) is marked


@pytest.mark.parametrize(
    ("plain_article", "joins"),
    [
        # text without marks: the name lost its marks with it
        (["Ong", "ay", "noi", "voi", Say("Minh_Thu"), "rang", "moi", "viec", "da", "on", "."], True),
        # among words with marks the name is as written: "Thu" is not "Thư"
        (["Bài", "viết", "của", "phóng", "viên", "trong", "nước", ".", Say("Minh_Thu")], False),
        (["chị", "nói", "với", Say("Minh_Thu"), "rằng", "mọi", "việc", "đã", "ổn", "."], False),
    ],
)
def test_a_name_written_plain_among_marked_words_is_its_own(plain_article, joins):
    resolution = resolve(
        [make_extraction("a1", "bà", Say("Minh_Thư"), "phát_biểu", "."), make_extraction("a2", *plain_article)]
    )
    entity = {d.mention.article_id: d.entity_id for d in resolution.decisions}
    assert (entity["a1"] == entity["a2"]) is joins
