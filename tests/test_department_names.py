"""A ministry's department named by a field or a region ("Vụ Châu Âu", "Vụ Pháp chế") is one body,
never the region or the country its name holds. Raw text through the whole per-article stage."""

from __future__ import annotations

import pytest

from helpers import names_and_types
from kg.model import EntityType


@pytest.mark.parametrize(
    ("text", "body", "not_a_place"),
    [
        ("Ông Lê Minh Tuấn, Vụ trưởng Vụ Pháp chế, phát biểu tại hội nghị.", "Vụ Pháp chế", "Pháp"),
        ("Đại diện Vụ Pháp chế, Bộ Tư pháp cho biết dự thảo đã được sửa.", "Vụ Pháp chế", "Pháp"),
        ("Thứ trưởng tiếp Vụ trưởng Vụ Mỹ Latinh tại trụ sở bộ.", "Vụ Mỹ Latinh", "Mỹ Latinh"),
        ("Bộ Ngoại giao và Vụ Châu Âu chủ trì buổi gặp mặt.", "Vụ Châu Âu", "Châu Âu"),
    ],
)
def test_department_names_are_bodies(text, body, not_a_place):
    mentions = names_and_types(text)
    assert mentions.get(body) is EntityType.ORGANIZATION
    assert not_a_place not in mentions


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A sentence-initial "Vụ" is "the case": the country stays a country.
        ("Vụ Mỹ tấn công Iran gây chấn động dư luận.", "Mỹ", EntityType.COUNTRY),
        ("Ông Tâm làm việc tại Cục Hàng không Việt Nam.", "Cục Hàng không Việt Nam", EntityType.ORGANIZATION),
        ("Đoàn công tác đã sang Pháp và Đức tìm hiểu.", "Pháp", EntityType.COUNTRY),
    ],
)
def test_names_not_after_a_department_head_keep_their_type(text, name, kind):
    assert names_and_types(text).get(name) is kind


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Chủ_tịch Cục Dự_trữ liên_bang Mỹ_Jerome_Powell cho_biết lãi_suất sẽ giữ nguyên .", "Cục Dự trữ liên bang Mỹ", "Jerome Powell"),
        ("Thống_đốc Cục Dự_trữ liên_bang Mỹ_Janet_Yellen phát_biểu tại hội_nghị .", "Cục Dự trữ liên bang Mỹ", "Janet Yellen"),
    ],
)
def test_department_names_take_no_name_glued_after_them(text, body, person):
    mentions = names_and_types(text, segmented=True)
    assert mentions.get(body) is EntityType.ORGANIZATION
    assert mentions.get(person) is EntityType.PERSON


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Theo kế_hoạch , Sở Công thương_yêu cầu các cửa_hàng xăng_dầu cải_tạo trước tháng 6 .", "Sở Công thương"),
    ],
)
def test_department_names_take_no_verb_glued_after_them(text, body):
    mentions = names_and_types(text, segmented=True)
    assert mentions.get(body) is EntityType.ORGANIZATION
    assert not any("yêu" in name for name in mentions)
