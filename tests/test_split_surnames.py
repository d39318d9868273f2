"""A family name the segmenter cut from the rest of a Vietnamese name opens the name
("Hồ Đức_Phớc", "Mai Tiến_Dũng"), unless it is also the kind word of a place ("Hồ Gươm")."""

from __future__ import annotations

import pytest

from helpers import rule_names




@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tin mới . Hôm_qua , ông Mai Tiến_Dũng đã đến thăm gia_đình nạn_nhân .", "Mai Tiến_Dũng"),
        ("Tin mới . Hôm_qua , cán_bộ Lê Văn_Tám đã đến thăm gia_đình nạn_nhân .", "Lê Văn_Tám"),
        ("Tin mới . Hôm_qua , Phan Văn_Khải đã đến thăm gia_đình nạn_nhân .", "Phan Văn_Khải"),
    ],
)
def test_split_surnames_open_the_name(text, person):
    assert rule_names(text).get(person) == "Person"


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a lake's kind word, not a family name
        ("Tin mới . Du_khách dạo quanh Hồ Hoàn_Kiếm mỗi sáng .", "Hồ Hoàn_Kiếm"),
        # a family name before a known place is no name of a person
        ("Tin mới . Người_dân Lê Hà_Nội đi chợ .", "Lê Hà_Nội"),
        # a family name before a lowercase word
        ("Tin mới . Hôm_qua , Mai nói rằng trời đẹp .", "Mai nói"),
    ],
)
def test_split_surnames_not_before_a_place_or_a_word(text, not_a_name):
    assert not_a_name not in rule_names(text)
