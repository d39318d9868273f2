"""A body named in brackets after a person is one Organization mention, lowercase words and places included."""

from __future__ import annotations

import pytest

from kg.extract.bracketed_bodies import bracketed_body_mentions
from kg.model import EntityType
from test_relations_markup import parse_markup


def names(markup: str) -> set[tuple[str, EntityType]]:
    analysed, mentions, _ = parse_markup(markup)
    return {(m.text, m.type) for m in bracketed_body_mentions(analysed, mentions) if not m.reference}


@pytest.mark.parametrize(
    ("markup", "body"),
    [
        # the name cut at a lowercase word, a place kept apart
        ("TS [PER Đào_Minh] ( [ORG Viện] nghiên_cứu [REGION Tây_Nguyên] ) cho_biết .", "Viện nghiên_cứu Tây_Nguyên"),
        ("Ông [PER Hà] ( [ORG Trường_Đại_học] Mỏ [CITY Hà_Nội] ) phát_biểu .", "Trường_Đại_học Mỏ Hà_Nội"),
        # no piece of the name found at all
        ("Bà [PER Thu] ( Bệnh_viện nhi Trung_ương ) cho_hay .", "Bệnh_viện nhi Trung_ương"),
        ("Anh [PER Khải] ( Công_ty cơ_khí Sông_Đà ) đến muộn .", "Công_ty cơ_khí Sông_Đà"),
        # raw text
        ("Ông [PER Hà] ([ORG Trường Đại học] Mỏ [CITY Hà Nội]) phát biểu.", "Trường Đại học Mỏ Hà Nội"),
    ],
)
def test_body_in_brackets_after_person_is_one_name(markup, body):
    found = names(markup)
    assert (body, EntityType.ORGANIZATION) in found
    assert not any(kind is not EntityType.PERSON and text != body and text in body for text, kind in found)


@pytest.mark.parametrize(
    "markup",
    [
        # a place whose name opens with a kind's word
        "Ông [PER Tâm] ( [CITY Hội_An] ) kể .",
        # a title, not a body
        "Ông [PER Tâm] ( Viện_trưởng Viện Sử_học ) kể .",
        # not closing on a name
        "Ông [PER Tâm] ( Trường hợp đặc_biệt ) kể .",
        # more than words: a comma, a person inside, or no person before
        "Ông [PER Tâm] ( Viện lúa , [CITY Cần_Thơ] ) kể .",
        "Ông [PER Tâm] ( Ban của [PER Nguyễn_Hòa] ) kể .",
        "Giá lúa ( Viện lúa [REGION Đồng_Tháp] ) tăng .",
        # a lowercase kind word
        "Ông [PER Tâm] ( viện lúa [REGION Đồng_Tháp] ) kể .",
    ],
)
def test_body_in_brackets_near_misses(markup):
    analysed, mentions, _ = parse_markup(markup)
    assert bracketed_body_mentions(analysed, mentions) == mentions


def test_outlet_in_brackets_is_left_to_its_own_rule():
    """A news outlet's name leaves out "Báo" (docs/annotation.md): no whole-bracket name for it."""
    analysed, mentions, _ = parse_markup("Ông [PER Tâm] ( Báo Người_Lao_Động ) viết .")
    assert bracketed_body_mentions(analysed, mentions) == mentions
