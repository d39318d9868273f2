"""The compact table of each mention's entity (kg.resolve.mention_index): it reads as the plain
``dict`` it replaces."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.mention_index import MentionIndex
from test_resolve_support import Say, make_extraction

PAIRS = (
    (("a2", 40, 52), "person/le-thi-hoa"),
    (("a1", 0, 9), "city/da-nang"),
    (("a1", 120, 131), "organization/bo-y-te"),
    (("a1", 12, 30), "person/tran-van-binh"),
    (("a1", 12, 31), "person/tran-van-binh-2"),  # the same start, another end
    (("a3", 5, 5), "country/lao"),
    (("a2", 40, 52), "person/le-thi-hoa-2"),  # given again: the last one wins, as in a dict
    (("a10", 70_000, 70_012), "organization/vnpt"),
)


def test_mention_index_reads_as_the_dict_of_its_pairs():
    index = MentionIndex(PAIRS)
    plain = dict(PAIRS)
    assert index == plain and plain == index
    assert len(index) == len(plain) == 7
    assert list(index) == sorted(plain)
    assert dict(index.items()) == plain


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (("a1", 12, 30), "person/tran-van-binh"),
        (("a1", 12, 31), "person/tran-van-binh-2"),
        (("a2", 40, 52), "person/le-thi-hoa-2"),
        (("a10", 70_000, 70_012), "organization/vnpt"),
        (("a1", 12, 29), None),  # no such end
        (("a1", 9, 0), None),  # start and end swapped
        (("a4", 0, 9), None),  # no such article
        (("a1", -1, 9), None),  # no such offset
        (("a2", 52, 40), None),
    ],
)
def test_mention_index_finds_a_mention_by_its_key(key, expected):
    index = MentionIndex(PAIRS)
    assert index.get(key) == expected
    assert (key in index) == (expected is not None)
    if expected is None:
        assert index.get(key, "none") == "none"
        with pytest.raises(KeyError):
            index[key]
    else:
        assert index[key] == expected


@pytest.mark.parametrize(("start", "end"), [(-3, 4), (0, 2**32)])
def test_mention_index_refuses_offsets_it_cannot_hold(start, end):
    with pytest.raises(ValueError, match="offsets"):
        MentionIndex([(("a1", start, end), "person/x")])


ARTICLES = (
    ("n1", (Say("Nguyễn_Thị_Lan", title="Bộ_trưởng"), "thăm", Say("Huế", type="City"), ".", Say("Lan", honorific="bà"), "nói .")),
    ("n2", (Say("Huế", type="City"), "đón", Say("Nguyễn_Thị_Lan"), "và", Say("Pedro_Sánchez"), ".")),
    ("n3", (Say("Sánchez", honorific="ông"), "rời", Say("Huế", type="City"), ".")),
)


def test_mention_index_of_a_resolution_is_each_decided_mentions_entity():
    resolution = resolve(tuple(make_extraction(article_id, *pieces) for article_id, pieces in ARTICLES))
    assert isinstance(resolution.entity_of, MentionIndex)
    decided = {d.mention.key: d.entity_id for d in resolution.decisions if d.entity_id is not None}
    assert len(decided) == 8
    assert dict(resolution.entity_of) == decided
    for decision in resolution.decisions:
        assert resolution.entity_for(decision.mention) == decision.entity_id
