"""What the resolver holds per mention while it decides: one decision for the mentions of a name
decided alike, the units of each article as one sorted tuple, and the short names of one article
read apart from the other articles (kg.resolve.resolver, kg.resolve.units, kg.resolve.categories)."""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.aliases import default_alias_table
from kg.resolve.categories import recategorise
from kg.resolve.units import ArticleUnits, Group, Named, Pending, prepare
from test_resolve_support import Say, make_extraction

PAIRS = (
    ("a1", ("person", "lê thị hồng")),
    ("a1", ("organization", "hợp tác xã tân phú")),
    ("a2", ("person", "lê thị hồng")),
    ("a1", ("person", "lê thị hồng")),
    ("a3", ("location", "alias:đà nẵng")),
)


@pytest.mark.parametrize(
    ("article", "unit", "expected"),
    [
        ("a1", ("person", "lê thị hồng"), True),
        ("a2", ("person", "lê thị hồng"), True),
        ("a1", ("organization", "hợp tác xã tân phú"), True),
        ("a3", ("location", "alias:đà nẵng"), True),
        # negatives: another article's unit, another category, an article with no full name
        ("a2", ("organization", "hợp tác xã tân phú"), False),
        ("a1", ("organization", "lê thị hồng"), False),
        ("a4", ("person", "lê thị hồng"), False),
        ("a3", ("location", "đà nẵng"), False),
    ],
)
def test_compact_article_units_tell_which_units_an_article_writes(article, unit, expected):
    assert ArticleUnits(PAIRS).has(article, unit) is expected
    assert ArticleUnits().has(article, unit) is False


def _recorded(monkeypatch, extractions):
    """The pending decision each mention was given as it joined a group, by mention text and article."""
    given: dict[tuple[str, str], Pending] = {}
    add = Group.add

    def recording(group: Group, item: Named, pending: Pending) -> None:
        given[(item.mention.text, item.mention.article_id)] = pending
        add(group, item, pending)

    monkeypatch.setattr(Group, "add", recording)
    resolution = resolve(extractions)
    return given, resolution


ALIKE = (
    ("d1", (Say("Phạm_Quang_Vinh"), "thăm", Say("Quảng_Ngãi", type="Location"), ".")),
    ("d2", (Say("Phạm_Quang_Vinh"), "rời", Say("Quảng_Ngãi", type="Location"), ".")),
    ("d3", (Say("Phạm_Quang_Vinh", title="Thứ_trưởng"), "nói", ".")),
    ("d4", ("Hôm_nay", Say("Phạm_Quang_Vinh", honorific="ông"), "đến", Say("Kon_Tum", type="Location"), ".")),
)


@pytest.mark.parametrize(
    ("text", "first", "second", "shared"),
    [
        ("Phạm_Quang_Vinh", "d1", "d2", True),
        ("Quảng_Ngãi", "d1", "d2", True),
        # an honorific is no part of the evidence; a title kept apart is: decided otherwise, not shared
        ("Phạm_Quang_Vinh", "d1", "d4", True),
        ("Phạm_Quang_Vinh", "d1", "d3", False),
        ("Phạm_Quang_Vinh", "d3", "d4", False),
    ],
)
def test_compact_mentions_of_a_name_decided_alike_share_one_decision(monkeypatch, text, first, second, shared):
    extractions = tuple(make_extraction(article_id, *pieces) for article_id, pieces in ALIKE)
    given, resolution = _recorded(monkeypatch, extractions)
    one, other = given[(text, first)], given[(text, second)]
    assert (one is other) is shared
    assert (one == other) is shared
    # each mention's decision still names its own mention
    decided = {(d.mention.text, d.mention.article_id): d for d in resolution.decisions}
    assert decided[(text, first)].mention.article_id == first
    assert decided[(text, second)].mention.article_id == second


SHORT_NAMES = (
    ("s1", (Say("Erdem_Aslan"), "gặp", Say("Aslan", type="Organization"), ".", Say("Aslan"), "nói", ".")),
    ("s2", (Say("Aslan", type="Organization"), "thắng", Say("Basel", type="Organization"), ".")),
    ("s3", (Say("Basel", type="Organization"), "gặp", Say("Basel"), ".", Say("Basel", type="Organization"), "thắng", ".")),
    ("s4", ("Bà", Say("Hồng", type="Location"), "nói", ".")),
)


@pytest.mark.parametrize("order", ["by-article", "interleaved", "reversed"])
def test_compact_short_names_are_read_by_their_own_article_whatever_the_order(order):
    table = default_alias_table()
    extractions = [make_extraction(article_id, *pieces) for article_id, pieces in SHORT_NAMES]
    texts = {x.article.id: x.article.text for x in extractions}
    mentions = [m for x in extractions for m in x.mentions]
    if order == "interleaved":
        mentions = mentions[::2] + mentions[1::2]
    elif order == "reversed":
        mentions = mentions[::-1]
    named = [n for m in mentions if (n := prepare(m, texts, table)) is not None]
    notes = recategorise(named, texts, table)
    categories: dict[tuple[str, str], set[str]] = {}
    for n in named:
        categories.setdefault((n.mention.article_id, n.mention.text), set()).add(n.category)
    # "Aslan" is the short name of the person its article names in full, not in the other article
    assert categories[("s1", "Aslan")] == {"person"}
    assert categories[("s2", "Aslan")] == {"organization"}
    # "Basel" typed a person, written more often as a body in its article, is that body
    assert categories[("s3", "Basel")] == {"organization"}
    assert categories[("s4", "Hồng")] == {"location"}
    assert {k[0] for k in notes} == {"s1", "s3"}


MARKS = ("unlisted", "capital_for_country", "written_plain", "lies_in")


@pytest.mark.parametrize(
    ("set_true", "then_false"),
    [
        ((), ()),
        (("lies_in",), ()),
        (("unlisted", "written_plain"), ()),
        (("unlisted", "capital_for_country", "written_plain", "lies_in"), ("capital_for_country",)),
        (("written_plain",), ("written_plain",)),
        (("capital_for_country", "lies_in"), ("unlisted",)),
    ],
)
def test_compact_named_marks_are_read_back_as_set(set_true, then_false):
    mention = make_extraction("n1", Say("Nguyễn_Văn_Bình")).mentions[0]
    item = Named(mention, "person", "Nguyễn Văn Bình", "Nguyễn Văn Bình", None)
    other = Named(mention, "person", "Nguyễn Văn Bình", "Nguyễn Văn Bình", None)
    for mark in set_true:
        setattr(item, mark, True)
    for mark in then_false:
        setattr(item, mark, False)
    expected = {mark: mark in set_true and mark not in then_false for mark in MARKS}
    assert {mark: getattr(item, mark) for mark in MARKS} == expected
    # one item's marks are its own
    assert not any(getattr(other, mark) for mark in MARKS)
