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


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "Đoàn công_tác của [ORG Bộ Công_an] do Thứ_trưởng [PER Lê_Văn_Tám] dẫn_đầu đã đến [REGION Quảng_Ngãi] .",
            ("Lê_Văn_Tám", "holdsPostAt", "Bộ Công_an"),
        ),
        (
            "Đoàn đại_biểu [ORG Bộ Y_tế] do Thứ_trưởng [PER Lê_Văn_Tám] dẫn_đầu đã làm_việc tại [CITY Huế] .",
            ("Lê_Văn_Tám", "holdsPostAt", "Bộ Y_tế"),
        ),
    ],
)
def test_titles_into_bodies_the_leader_of_a_bodys_delegation_holds_a_post_there(markup, expected):
    assert expected in posts(markup)


@pytest.mark.parametrize(
    "markup",
    [
        # no title before the leader's name
        "Đoàn công_tác của [ORG Bộ Công_an] do ông [PER Lê_Văn_Tám] dẫn_đầu đã đến [REGION Quảng_Ngãi] .",
        # "do" introduces who signed, not who leads a delegation
        "Văn_bản của [ORG Bộ Công_an] do Thứ_trưởng [PER Lê_Văn_Tám] ký đã được công_bố .",
        # a delegation, but no verb of leading after the name
        "Đoàn công_tác của [ORG Bộ Công_an] do Thứ_trưởng [PER Lê_Văn_Tám] cử đã đến [REGION Quảng_Ngãi] .",
    ],
)
def test_titles_into_bodies_no_delegation_no_post(markup):
    assert not [t for t in posts(markup) if t[0] == "Lê_Văn_Tám"]
