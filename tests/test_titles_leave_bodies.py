"""A title in the table of titles stops before a body's name, so that the body after it is
read: "Người phát_ngôn Bộ Ngoại_giao Trung_Quốc X" is the ministry's spokesperson, "Tư_lệnh
Hải_quân Mỹ X" the navy's commander."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article


def _posts(sentence: str) -> set[tuple[str, str, str]]:
    """The facts of ``sentence`` whose subject is a named person (a title alone is a reference)."""
    found = extract_article(Article("t", sentence, "test", segmented=False), learned=False)
    return {(s.subject.text, s.predicate, s.object.text) for s in found.statements if not s.subject.reference}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Người phát ngôn Bộ Ngoại giao Trung Quốc Hồng Lỗi cho biết Bắc Kinh phản đối.",
            ("Hồng Lỗi", "spokespersonOf", "Bộ Ngoại giao Trung Quốc"),
        ),
        (
            "Người phát ngôn Bộ Ngoại giao Nhật Bản Kenji Sato nói Tokyo quan ngại.",
            ("Kenji Sato", "spokespersonOf", "Bộ Ngoại giao Nhật Bản"),
        ),
        (
            "Tư lệnh Hải quân Mỹ Jonathan Greenert cho biết tàu sẽ rời cảng.",
            ("Jonathan Greenert", "holdsPostAt", "Hải quân Mỹ"),
        ),
    ],
)
def test_titles_leave_the_body_after_them_to_be_read(sentence, expected):
    assert expected in _posts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the ministry named with no person: no named holder
        "Người phát ngôn Bộ Ngoại giao Trung Quốc cho biết Bắc Kinh phản đối.",
        # the navy is what acts, no title before it
        "Hải quân Mỹ Jonathan Greenert cho biết.",
    ],
)
def test_titles_leave_bodies_no_post_without_a_titled_person(sentence):
    assert not any(p in ("spokespersonOf", "holdsPostAt") for _, p, _ in _posts(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trưởng Ban Tuyên giáo Tỉnh ủy Lào Cai Đỗ Quang Vinh cho biết.",
            ("Đỗ Quang Vinh", "holdsPostAt", "Tỉnh ủy Lào Cai"),
        ),
        (
            "Phó Trưởng Ban Dân vận Thành ủy Hải Phòng Lê Thị Hoa phát biểu.",
            ("Lê Thị Hoa", "holdsPostAt", "Thành ủy Hải Phòng"),
        ),
    ],
)
def test_titles_a_committees_board_is_a_post_at_the_committee(sentence, expected):
    assert expected in _posts(sentence)
