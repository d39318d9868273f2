"""A title whose last words open its body's name ("Trưởng Công_an huyện X"), written before a
comma and the name ("Trưởng Công_an huyện X , ông Y"): the post is the named person's."""

from __future__ import annotations

import pytest

from test_relations_markup import role_triples as posts


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Trưởng [ORG Công_an huyện Đông_Anh] , [PER ông|Lê_Văn_Tám] cho biết vụ_việc đang được điều_tra .",
            ("Lê_Văn_Tám", "holdsPostAt", "Công_an huyện Đông_Anh"),
        ),
        (
            "Trưởng [ORG Công_an huyện Đông_Anh] , Thượng_tá [PER Lê_Văn_Tám] cho biết vụ_việc đang được điều_tra .",
            ("Lê_Văn_Tám", "holdsPostAt", "Công_an huyện Đông_Anh"),
        ),
        (
            "Phó trưởng [ORG Công_an TP Thủ_Dầu_Một] , Trung_tá [PER Lê_Văn_Tám] cho biết đã bắt đối_tượng .",
            ("Lê_Văn_Tám", "holdsPostAt", "Công_an TP Thủ_Dầu_Một"),
        ),
    ],
)
def test_titles_into_bodies_before_a_comma_and_the_name(markup, expected):
    assert expected in posts(markup)


@pytest.mark.parametrize(
    "markup",
    [
        # the body alone before the comma: no title
        "[ORG Công_an huyện Đông_Anh] , ông [PER Lê_Văn_Tám] cho biết vụ_việc đang được điều_tra .",
        # a word that makes no title with the body's head
        "Ngay [ORG Công_an huyện Đông_Anh] , ông [PER Lê_Văn_Tám] cho biết vụ_việc đang được điều_tra .",
    ],
)
def test_titles_into_bodies_no_title_no_post(markup):
    assert not [t for t in posts(markup) if t[0] == "Lê_Văn_Tám"]
