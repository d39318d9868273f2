"""A body, a verb of saying and another name ("Bộ Ngoại giao Trung Quốc tuyên bố Bắc Kinh …") are a
clause, never one body's name; a body's name that holds such a word capitalised, or lowercase words
that open no saying, stays whole. Raw text through the whole per-article stage."""

from __future__ import annotations

import pytest

from helpers import names_and_types
from kg.model import EntityType


@pytest.mark.parametrize(
    ("text", "body", "named"),
    [
        ("Bộ Ngoại giao Trung Quốc tuyên bố Bắc Kinh phản đối mọi hành động đơn phương.", "Bộ Ngoại giao Trung Quốc", "Bắc Kinh"),
        ("Bộ Thương mại Trung Quốc tuyên bố Bắc Kinh sẽ trả đũa.", "Bộ Thương mại Trung Quốc", "Bắc Kinh"),
        ("Bộ Ngoại giao Triều Tiên tuyên bố Bình Nhưỡng sẵn sàng đối thoại.", "Bộ Ngoại giao Triều Tiên", "Bình Nhưỡng"),
    ],
)
def test_bodies_before_a_verb_of_saying_end_before_it(text, body, named):
    mentions = names_and_types(text)
    assert mentions.get(body) is EntityType.ORGANIZATION
    assert named in mentions
    assert not any("tuyên bố" in name for name in mentions)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Công ty Cổ phần Báo cáo đánh giá Việt Nam công bố danh sách doanh nghiệp.", "Công ty Cổ phần Báo cáo đánh giá Việt Nam"),
        ("Bộ Quốc phòng Nhật Bản cho biết Triều Tiên vừa phóng tên lửa.", "Bộ Quốc phòng Nhật Bản"),
    ],
)
def test_bodies_whose_names_hold_no_clause_stay_whole(text, body):
    assert names_and_types(text).get(body) is EntityType.ORGANIZATION
