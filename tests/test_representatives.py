"""Representatives of a body hold a post there (ontology/roles.tsv)."""

from __future__ import annotations

import pytest

from test_roles import roles


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a representative of a body in apposition holds a post there
        ("Bà [PER Ngô_Thị_Lan] - đại_diện [ORG Hội Phụ_nữ xã An_Bình] cho_biết , quỹ đã giải_ngân .", {("Ngô_Thị_Lan", "holdsPostAt", "Hội Phụ_nữ xã An_Bình")}),
        ("Anh [PER Lê_Văn_Tú] , thành_viên đại_diện [ORG Ban phụ_huynh lớp 5A] , nói rằng phụ_huynh đều đồng_ý .", {("Lê_Văn_Tú", "holdsPostAt", "Ban phụ_huynh lớp 5A")}),
        # an unnamed representative holds no post
        ("Đại_diện [ORG Vinaphone] cho_biết gói cước mới sắp ra_mắt .", set()),
    ],
)
def test_representative_of_a_body_holds_a_post(markup, expected):
    assert roles(markup) == expected
