"""A country or body that is or becomes a member of a body (kg/extract/places.py), not one that only means to."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def memberships(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # being or becoming a member, with a few words describing the seat
        ("[COUNTRY Croatia] trở_thành thành_viên thứ 28 của [ORG EU] .", {("Croatia", "memberOf", "EU")}),
        ("[COUNTRY Việt_Nam] là thành_viên của [ORG WTO] từ năm 2007 .", {("Việt_Nam", "memberOf", "WTO")}),
        ("[COUNTRY Việt_Nam] đã gia_nhập [ORG WTO] năm 2007 .", {("Việt_Nam", "memberOf", "WTO")}),
        # a wish or a negation before the verb: no member yet
        ("[COUNTRY Ukraine] muốn trở_thành thành_viên của [ORG NATO] .", set()),
        ("[COUNTRY Ukraine] mong_muốn gia_nhập [ORG NATO] .", set()),
        ("[COUNTRY Thổ_Nhĩ_Kỳ] không phải là thành_viên của [ORG EU] .", set()),
        ("[COUNTRY Thổ_Nhĩ_Kỳ] chưa gia_nhập [ORG EU] .", set()),
    ],
)
def test_places_membership_told_not_planned(markup, expected):
    assert memberships(markup) == expected
