"""A person's generation, said by the word they are addressed by, within one article."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.address import fits
from test_resolve_support import Say, make_extraction


@pytest.mark.parametrize(
    ("generation", "known", "ok"),
    [
        ("elder", {"peer"}, False),
        ("peer", {"peer"}, True),
        (None, {"peer"}, True),
        ("elder", set(), True),
        ("younger", {"elder", "peer"}, False),
    ],
)
def test_fits(generation, known, ok):
    assert fits(generation, known) is ok


@pytest.mark.parametrize(
    ("pieces", "joins"),
    [
        # an elder called by the given name is not the young woman of that name
        (["bác", Say("Lan"), "bán", "rau", ".", "chị", Say("Trần_Thị_Lan"), "bán", "cá", "."], False),
        (["cụ", Say("Lan"), "kể", "lại", ".", "Chị", Say("Trần_Thị_Lan"), "bán", "cá", "."], False),
        # the same word of address, or none, keeps the short form hers
        (["chị", Say("Trần_Thị_Lan"), "bán", "cá", ".", "chị", Say("Lan"), "cho_biết", "."], True),
        ([Say("Trần_Thị_Lan"), "bán", "cá", ".", "bác", Say("Lan"), "cho_biết", "."], True),
        (["bác", Say("Trần_Thị_Lan"), "bán", "cá", ".", Say("Lan"), "cho_biết", "."], True),
        # "ông" and "bà" are said to any adult
        (["chị", Say("Trần_Thị_Lan"), "bán", "cá", ".", "bà", Say("Lan"), "cho_biết", "."], True),
    ],
)
def test_a_short_form_keeps_the_generation_its_article_gives(pieces, joins):
    resolution = resolve([make_extraction("a1", *pieces)])
    entity = {d.mention.text: d.entity_id for d in resolution.decisions}
    assert (entity["Lan"] == entity["Trần_Thị_Lan"]) is joins


def test_a_short_form_of_another_generation_is_a_person_of_its_article():
    first = make_extraction("a1", "bác", Say("Lan"), "bán", "rau", ".", "chị", Say("Trần_Thị_Lan"), "bán", "cá", ".")
    second = make_extraction("a2", "bác", Say("Lan"), "kể", "chuyện", ".", "chị", Say("Lê_Thị_Lan"), "hát", ".")
    resolution = resolve([first, second])
    entity = {(d.mention.article_id, d.mention.text): d.entity_id for d in resolution.decisions}
    # an entity of its own, that the other article's elder Lan does not join
    assert entity[("a1", "Lan")] is not None
    assert entity[("a1", "Lan")] not in (entity[("a1", "Trần_Thị_Lan")], entity[("a2", "Lan")])
