"""Bylines and credits: which names sign a piece, and what they join."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.credits import is_credit
from test_resolve_support import Say, make_extraction


@pytest.mark.parametrize(
    ("text", "name", "credit"),
    [
        # the article's last words, standing alone after its last sentence
        ("Giá vàng tăng mạnh trong tuần qua. Hồng Nhung", "Hồng Nhung", True),
        ("Giá vàng tăng mạnh trong tuần qua. Hồng Nhung.", "Hồng Nhung", True),
        ("Đội tuyển đã về nước an toàn.” Quốc Anh", "Quốc Anh", True),
        # the last words of a sentence are no byline
        ("Giải thưởng được trao cho ca sĩ Hồng Nhung", "Hồng Nhung", False),
        ("Khán giả vỗ tay chào đón Hồng Nhung.", "Hồng Nhung", False),
        # a source after the name
        ("Lợi nhuận quý ba giảm. Bảo Ngọc Theo Tuổi Trẻ. Giá dầu", "Bảo Ngọc", True),
        # a word of credit before it
        ("Khán giả chật kín sân. Ảnh: Hải Đăng. Trận đấu", "Hải Đăng", True),
        ("Lễ khai mạc (Ảnh - Hải Đăng) diễn ra", "Hải Đăng", True),
        ("Người dân đón bão. Tin, ảnh: Hải Đăng. Sáng nay", "Hải Đăng", True),
        ("Lễ khai mạc (Ảnh – Hải Đăng) diễn ra", "Hải Đăng", True),
        ("Khán giả chật kín sân. Ảnh :  \n Hải Đăng. Trận đấu", "Hải Đăng", True),
        ("Khán giả chật kín sân. Ảnh_: Hải Đăng. Trận đấu", "Hải Đăng", True),
        # a colon or a dash after a word that credits nothing, or a credit word without one
        ("Ông nói rằng: Hải Đăng sẽ về quê", "Hải Đăng", False),
        ("Đội nhà thắng 2 - Hải Đăng ghi bàn", "Hải Đăng", False),
        ("Bức ảnh Hải Đăng chụp được trưng bày", "Hải Đăng", False),
        ("Ảnh: ông Hải Đăng tại sân", "Hải Đăng", False),
        # a team that made the piece
        ("Sống cùng lũ. Hải Đăng - Bảo Ngọc thực hiện. Mùa mưa", "Hải Đăng", True),
        ("Nhiều người đến xem. Hải Đăng thực hiện. Mùa mưa", "Hải Đăng", True),
        # a person the sentence is about
        ("Bộ trưởng nói. Hải Đăng cho biết anh sẽ về quê", "Hải Đăng", False),
    ],
)
def test_is_credit(text, name, credit):
    start = text.index(name)
    assert is_credit(text, start, start + len(name)) is credit


@pytest.mark.parametrize(
    ("second", "joins"),
    [
        # a byline is not the singer of the same name another article is about
        (["Lễ", "trao", "giải", "kết_thúc", ".", Say("Thu_Hằng")], False),
        (["Ảnh", ":", Say("Thu_Hằng"), ".", "Đêm", "nhạc", "kết_thúc", "."], False),
        # the singer again, in the text of another article
        ([Say("Thu_Hằng"), "hát", "hai", "ca_khúc", "mới", "."], True),
    ],
)
def test_a_credit_joins_no_person_named_in_a_text(second, joins):
    first = make_extraction("a1", "ca_sĩ", Say("Thu_Hằng"), "biểu_diễn", "tại", "nhà_hát", ".")
    resolution = resolve([first, make_extraction("a2", *second)])
    entity = {d.mention.article_id: d.entity_id for d in resolution.decisions}
    assert (entity["a1"] == entity["a2"]) is joins


@pytest.mark.parametrize(
    ("first", "second", "joins"),
    [
        # bylines of one spelling are one journalist
        ("Thu_Hằng", "Thu_Hằng", True),
        # a byline written with an initial is written so on purpose: no short form of another byline
        ("M.Quang", "Minh_Quang", False),
        # a credit is taken as written: "Chí" is part of the name, not a title
        ("Chí_Linh", "Uyên_Linh", False),
    ],
)
def test_credits_join_credits_of_one_spelling(first, second, joins):
    articles = [
        make_extraction("a1", "Trận", "đấu", "kết_thúc", "sớm", ".", Say(first)),
        make_extraction("a2", "Buổi", "lễ", "kết_thúc", "muộn", ".", Say(second)),
    ]
    resolution = resolve(articles)
    entity = {d.mention.article_id: d.entity_id for d in resolution.decisions}
    assert (entity["a1"] == entity["a2"]) is joins


def test_a_credit_is_not_a_short_form_of_a_name_of_its_article():
    article = make_extraction(
        "a1", "ca_sĩ", Say("Uyên_Linh"), "hát", ".", "Ảnh", ":", Say("Chí_Linh"), ".", "Đêm", "nhạc", "kết_thúc", "."
    )
    resolution = resolve([article])
    entity = {d.mention.text: d.entity_id for d in resolution.decisions}
    assert entity["Chí_Linh"] != entity["Uyên_Linh"]
