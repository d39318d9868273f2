"""A facility named after a place stays apart from the place: a bare name typed a facility in an address in
brackets is the place (kg.resolve.categories)."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from test_resolve_support import Say, make_extraction


def _entity(pieces: list) -> tuple[str, str]:
    """The entities of the first mention of the name (in the address) and of the last (the market's)."""
    resolution = resolve([make_extraction("a1", *pieces)])
    found = sorted((d.mention.start, d.entity_id) for d in resolution.decisions if d.mention.text == "Phùng_Khoang")
    return found[0][1], found[-1][1]


@pytest.mark.parametrize(
    ("address", "apart"),
    [
        # alone in brackets, or first of an address whose other parts are names
        (["(", Say("Phùng_Khoang", "Facility"), ")"], True),
        (["(", Say("Phùng_Khoang", "Facility"), ",", "Thanh_Xuân", ")"], True),
        (["(", Say("Phùng_Khoang", "Facility"), ",", "Thanh_Xuân", ",", "Hà_Nội", ")"], True),
        # words of a sentence after it in the brackets: not an address
        (["(", Say("Phùng_Khoang", "Facility"), ",", "nơi", "bán", "rau", ")"], False),
        # no bracket: the market named again
        ([",", Say("Phùng_Khoang", "Facility"), "cũng", "đông"], False),
    ],
)
def test_a_facility_typed_name_in_an_address_is_the_place(address, apart):
    address_place, market = _entity(
        ["Chị", Say("Hoa", "Person"), *address, "nói", ".", "Giá", "rau", "ở", "chợ", Say("Phùng_Khoang", "Facility"), "tăng", "."]
    )
    assert (address_place != market) is apart
