"""What a build keeps of an article once extracted (kg.stream): windows of text, the resolver's feed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_outputs
from kg.model import Decision, EntityType, Mention
from kg.resolve import resolve
from kg.resolve.actors import acts
from kg.resolve.resolver import resolve_mentions
from kg.stream import RESOLVER_CONTEXT, ResolverFeed, SpooledDecisions, StoredExtractions, TextWindows, mention_windows

TEXT = "Chủ tịch nước Võ Văn Thưởng tiếp Tổng thống Hàn Quốc Yoon Suk-yeol tại Hà Nội ( VN ) hôm qua ."


@pytest.mark.parametrize(
    ("spans", "start", "stop"),
    [
        ([(0, 10)], 0, 10),
        ([(0, 10)], 3, 7),
        ([(5, 12), (10, 20)], 6, 19),  # overlapping windows are one
        ([(30, 40), (0, 8)], 31, 40),  # given in any order
        ([(-5, 8)], 0, 8),  # clamped to the text
        ([(80, 200)], 85, len(TEXT) + 50),  # a slice past the end stops at it, as for a str
        ([(0, 10)], 7, 7),  # empty
    ],
)
def test_stream_windows_slice_like_the_text(spans, start, stop):
    windows = TextWindows(TEXT, spans)
    assert len(windows) == len(TEXT)
    assert windows[start:stop] == TEXT[start:stop]


@pytest.mark.parametrize(("spans", "start", "stop"), [([(0, 10)], 5, 11), ([(0, 5), (6, 10)], 4, 7), ([], 0, 1)])
def test_stream_windows_refuse_what_they_do_not_keep(spans, start, stop):
    with pytest.raises(LookupError, match="RESOLVER_CONTEXT"):
        TextWindows(TEXT, spans)[start:stop]


def test_stream_mention_windows_keep_the_context_the_resolver_reads():
    start = TEXT.index("Yoon")
    mention = Mention("a", 0, start, start + len("Yoon Suk-yeol"), "Yoon_Suk-yeol", EntityType.PERSON,
                      prefix_start=TEXT.index("Tổng thống"))
    windows = mention_windows(TEXT, [mention])
    before, after = RESOLVER_CONTEXT
    assert windows[max(0, mention.prefix_start - before) : mention.end] == TEXT[max(0, mention.prefix_start - before) : mention.end]
    assert windows[mention.end : mention.end + after] == TEXT[mention.end : mention.end + after]


def test_stream_resolution_from_windows_is_the_resolution_from_whole_texts(seeds_build):
    feed = ResolverFeed()
    for extraction in seeds_build.extractions:
        feed.add(extraction)
    assert resolve_mentions(feed.mentions, feed.texts) == resolve(seeds_build.extractions)


def test_stream_build_reads_its_extractions_back_from_the_cache(tmp_path: Path, seeds_build):
    built = build_outputs([Path(__file__).parent.parent / "seeds"], tmp_path / "out")
    assert isinstance(built.extractions, StoredExtractions)
    assert len(built.extractions) == len(seeds_build.extractions)
    assert built.extractions[0] == built.extractions[:1][0]
    assert [x.article for x in built.extractions] == list(built.extractions.articles())
    assert [x.article.id for x in built.extractions] == [x.article.id for x in seeds_build.extractions]


def test_stream_spooled_decisions_read_back_as_written(tmp_path: Path, seeds_build, monkeypatch):
    monkeypatch.setattr(SpooledDecisions, "BLOCK", 7)
    decisions = seeds_build.resolution.decisions
    spooled = SpooledDecisions(decisions, tmp_path)
    assert len(spooled) == len(decisions) > 7
    assert spooled == decisions and decisions == spooled
    assert list(spooled) == list(decisions)
    assert (spooled[0], spooled[8], spooled[-1]) == (decisions[0], decisions[8], decisions[-1])
    assert list(tmp_path.iterdir()) == []  # an unnamed file: nothing left behind


def test_stream_build_keeps_its_decisions_on_disk(tmp_path: Path, seeds_build):
    built = build_outputs([Path(__file__).parent.parent / "seeds"], tmp_path / "out")
    assert isinstance(built.resolution.decisions, SpooledDecisions)
    assert built.resolution == seeds_build.resolution


@pytest.mark.parametrize(
    "decision",
    [
        Decision(Mention("a1", 0, 4, 9, "Putin", EntityType.PERSON), "person/vladimir-putin", "short-name-article", "e", 0.85),
        Decision(
            Mention("a2", 3, 10, 21, "Kim_Jong-un", EntityType.PERSON, "Chủ_tịch", "ông", 2, False, 0.42, (2, 9)),
            None,
            "ambiguous",
            "two names",
            0.0,
            ("person/a ('A'): one of 2", "person/b ('B'): one of 2"),
        ),
        Decision(Mention("a3", 1, 0, 12, "Tổng_thống Nga", EntityType.PERSON, reference=True), "person/x", "reference", "", 0.6),
    ],
)
def test_stream_spooled_decision_keeps_every_field(tmp_path: Path, decision):
    back = SpooledDecisions([decision, decision], tmp_path)[1]
    assert back == decision and hash(back.mention) == hash(decision.mention)
    assert type(back.mention.type) is EntityType and back.mention.key == decision.mention.key


def test_stream_resolver_hands_its_decisions_over_one_at_a_time(seeds_build):
    feed = ResolverFeed()
    for extraction in seeds_build.extractions:
        feed.add(extraction)
    handed: list[object] = []

    def keep(decisions):
        handed.append(decisions)
        return tuple(decisions)

    kept = resolve_mentions(feed.mentions, feed.texts, keep=keep)
    assert len(handed) == 1 and not isinstance(handed[0], (list, tuple))
    assert kept == resolve(seeds_build.extractions)
    assert [d.mention.key for d in kept.decisions] == sorted(d.mention.key for d in kept.decisions)


@pytest.mark.parametrize(
    "mention",
    [
        Mention("a1", 0, 4, 9, "Putin", EntityType.PERSON),
        Mention("a2", 3, 300, 311, "Kim_Jong-un", EntityType.PERSON, "Chủ_tịch", "ông", 290, False, 0.42, (290, 298)),
        Mention("a3", 1, 1, 12, "Tổng_thống Nga", EntityType.PERSON, reference=True),
        Mention("a4", 1, 0, 1, "X", EntityType.ORGANIZATION, prefix_start=1, reference=False, confidence=1.0),
    ],
)
def test_stream_feed_keeps_an_equal_mention_of_the_same_types(mention):
    kept = ResolverFeed().compact(mention)
    assert kept == mention and kept.key == mention.key
    assert [type(getattr(kept, f)) for f in mention.__slots__] == [type(getattr(mention, f)) for f in mention.__slots__]


def test_stream_feed_holds_a_repeated_value_once():
    feed = ResolverFeed()
    text = "".join(["Hà", "_Nội"])  # a fresh string each time
    first = feed.compact(Mention("a1", 2, 1000, 1006, text, EntityType.CITY, title_span=(990, 999)))
    second = feed.compact(Mention("a2", 2, int("1000"), int("1006"), "".join(["Hà", "_Nội"]), EntityType.CITY,
                                  title_span=(int("990"), 999)))
    assert first.text is second.text and first.start is second.start and first.end is second.end
    assert first.title_span is second.title_span
    feed.clear()
    assert feed.mentions == [] and feed.texts == {}


@pytest.mark.parametrize(
    ("text", "spans", "start", "stop"),
    [
        ("Thủ tướng Phạm Minh Chính thăm Nhật Bản", [(0, 20), (25, 38)], 10, 20),
        ("Thủ tướng Phạm Minh Chính thăm Nhật Bản", [(0, 20), (25, 38)], 25, 38),
        ("ASCII only text here", [(0, 5), (8, 20)], 9, 12),
    ],
)
def test_stream_windows_read_back_text_with_any_characters(text, spans, start, stop):
    windows = TextWindows(text, spans)
    assert windows[start:stop] == text[start:stop]
    assert windows[spans[0][0] : spans[0][1]] == text[spans[0][0] : spans[0][1]]  # another window between
    assert windows[start:stop] == text[start:stop]


def test_stream_resolver_reads_no_text_after_it_says_it_has_read_all(seeds_build):
    feed = ResolverFeed()
    for extraction in seeds_build.extractions:
        feed.add(extraction)
    said: list[int] = []

    class Texts(dict):
        def get(self, key, default=None):
            assert not said, "a text read after read_all"
            return super().get(key, default)

        def __getitem__(self, key):
            assert not said, "a text read after read_all"
            return super().__getitem__(key)

    kept = resolve_mentions(feed.mentions, Texts(feed.texts), read_all=lambda: said.append(1))
    assert said == [1]
    assert kept == resolve(seeds_build.extractions)



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo nhiều nhà quan sát lâu năm trong khu vực, quan hệ giữa Washington và Bắc Kinh đã xấu đi rõ rệt.", "Bắc Kinh"),
        ("Sau nhiều tháng căng thẳng và nhiều vòng đàm phán kéo dài, cuộc đàm phán với Seoul và Tokyo vẫn bế tắc.", "Tokyo"),
        ("Trong suốt nhiều năm qua, người dân ở khắp nơi vẫn thường nhắc đến Hà Nội với nhiều tình cảm.", "Hà Nội"),
    ],
)
def test_stream_a_name_read_as_a_party_reads_no_further_than_the_windows_keep(text, name):
    start = text.index(name)
    mention = Mention("w1", 0, start, start + len(name), name, EntityType.CITY)
    assert acts(mention_windows(text, [mention]), mention.start, mention.end) == acts(text, mention.start, mention.end)
