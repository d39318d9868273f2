"""What the resolver holds per mention while it works: the feed's shared values, windows of text
read back across articles, one pair per rejected group and reason, decisions handed over in
mention order (kg.stream, kg.resolve.units, kg.resolve.resolver)."""

from __future__ import annotations

import pytest

from kg.model import Decision, EntityType, Mention
from kg.resolve.resolver import _in_mention_order
from kg.resolve.units import Group, Named, Pending, full_names_by_article
from kg.stream import ResolverFeed, TextWindows


@pytest.mark.parametrize("confidence", [0.9731, 0.5, 1.0, 0.0001])
def test_compact_feed_holds_one_copy_of_a_confidence(confidence):
    feed = ResolverFeed()
    first = feed.compact(Mention("d1", 0, 0, 4, "Huế", EntityType.CITY, confidence=float(str(confidence))))
    second = feed.compact(Mention("d2", 5, 40, 44, "Vinh", EntityType.CITY, confidence=float(str(confidence))))
    assert first.confidence == second.confidence == confidence
    assert first.confidence is second.confidence


@pytest.mark.parametrize("confidence", [0.0, -0.0, None])
def test_compact_feed_keeps_a_zero_or_missing_confidence_as_given(confidence):
    feed = ResolverFeed()
    feed.compact(Mention("d1", 0, 0, 4, "Huế", EntityType.CITY, confidence=0.0))
    kept = feed.compact(Mention("d2", 0, 0, 4, "Huế", EntityType.CITY, confidence=confidence))
    assert repr(kept.confidence) == repr(confidence)


TEXTS = {
    "t1": "Sáng nay, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tiếp Đại sứ Nhật Bản tại Hà Nội.",
    "t2": "Đội tuyển U23 Việt Nam thắng Thái Lan 2-1 trên sân Mỹ Đình tối qua, HLV Troussier nói.",
    "t3": "Giá xăng giảm lần thứ ba liên tiếp từ 15 giờ chiều nay.",
}
SPANS = {"t1": [(10, 34), (58, 70)], "t2": [(0, 22), (48, 60)], "t3": [(0, 8)]}


@pytest.mark.parametrize(
    "reads",
    [
        [("t1", 10, 34), ("t2", 0, 22), ("t1", 58, 70), ("t3", 0, 8), ("t1", 12, 20)],
        [("t2", 48, 60), ("t2", 5, 9), ("t3", 2, 6), ("t2", 0, 22), ("t1", 60, 66)],
        [("t3", 0, 8), ("t3", 0, 8), ("t1", 11, 11), ("t2", 50, 51)],
    ],
)
def test_compact_feed_windows_read_alternately_give_each_text(reads):
    windows = {key: TextWindows(text, SPANS[key]) for key, text in TEXTS.items()}
    for key, start, stop in reads:
        assert windows[key][start:stop] == TEXTS[key][start:stop]


@pytest.mark.parametrize(
    ("reasons", "shared"),
    [
        (("not in this article", "".join(["not in ", "this article"])), True),
        (("one of 2 candidates in the build", "one of 3 candidates in the build"), False),
    ],
)
def test_compact_feed_one_pair_per_rejected_group_and_reason(reasons, shared):
    group = Group([("person", "trần văn nam")], "person", canonical="Trần Văn Nam")
    first, second = (group.rejection(reason) for reason in reasons)
    assert first == (group, reasons[0]) and second == (group, reasons[1])
    assert (first is second) == shared
    assert Group([("person", "lê hoa")], "person").rejection(reasons[0]) is not first


def _mention(article_id: str, start: int, end: int, text: str = "Lan") -> Mention:
    return Mention(article_id, 0, start, end, text, EntityType.PERSON)


def _holding(mention: Mention, rule: str, evidence: str, score: float) -> Named:
    item = Named(mention, "person", mention.text, mention.text, None)
    item.pending = Pending(rule, evidence, score)
    return item


def test_compact_feed_decisions_come_in_mention_order_the_later_of_two_kept():
    early = _holding(_mention("m2", 30, 33), "exact-name", "first", 1.0)
    later = _holding(_mention("m2", 30, 33), "ambiguous", "given again", 0.0)
    empty = Decision(_mention("m1", 5, 9, "ông"), None, "empty-name", "no name left after titles", 0.0)
    ambiguous = _holding(_mention("m10", 0, 3), "ambiguous", "two", 0.0)
    given = {
        "m2": [
            _holding(_mention("m2", 40, 45), "exact-name", "b", 1.0), early, _holding(_mention("m2", 3, 8), "exact-name", "a", 1.0), later,
        ],
        "m10": [ambiguous],
        "m1": [empty],
    }
    ordered = list(_in_mention_order(given))
    keys = [entry.mention.key for entry in ordered]
    assert keys == [("m1", 5, 9), ("m10", 0, 3), ("m2", 3, 8), ("m2", 30, 33), ("m2", 40, 45)]
    assert ordered[0] is empty and ordered[1] is ambiguous and ordered[3] is later
    assert given == {}


def test_compact_feed_full_names_article_by_article_each_under_its_unit():
    def named(article_id: str, start: int, name: str) -> Named:
        item = Named(_mention(article_id, start, start + len(name), name), "person", name, name, None)
        item.unit = ("person", name.lower())
        return item

    a, b, c, d = named("k2", 0, "Hoa"), named("k1", 9, "Minh"), named("k2", 20, "Minh"), named("k1", 2, "Hoa")
    units = {a.unit: [a, d], b.unit: [b, c]}
    assert full_names_by_article(units) == [d, b, a, c]
    assert all(item in units[item.unit] for item in full_names_by_article(units))
