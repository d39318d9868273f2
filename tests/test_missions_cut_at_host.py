"""A mission's span that runs on past "tại"/"ở" to its host ("Đại_sứ_quán Thổ_Nhĩ_Kỳ tại Việt_Nam") is cut
before the preposition, the host a name of its own; a body whose own name holds "tại" is kept whole."""

from __future__ import annotations

import pytest

from kg.model import Article, EntityType, Mention
from kg.pipeline import extract_article
from kg.tagger.missions import missions_cut_at_host
from kg.tagger.syllables import syllable_spans


def _tagged(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention("a", 0, start, start + len(name), name, EntityType.ORGANIZATION, confidence=0.9)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Đại_sứ_quán Thổ_Nhĩ_Kỳ tại Việt_Nam đã dự .",
            "Đại_sứ_quán Thổ_Nhĩ_Kỳ tại Việt_Nam",
            [("Đại_sứ_quán Thổ_Nhĩ_Kỳ", "Organization"), ("Việt_Nam", "Country")],
        ),
        (
            "Tổng Lãnh sự quán Hàn Quốc ở Đà Nẵng thông báo .",
            "Tổng Lãnh sự quán Hàn Quốc ở Đà Nẵng",
            [("Tổng Lãnh sự quán Hàn Quốc", "Organization"), ("Đà Nẵng", "City")],
        ),
        # a body of another kind whose name holds "tại": kept whole
        ("Hội Người Việt Nam tại Pháp tổ chức Tết .", "Hội Người Việt Nam tại Pháp", [("Hội Người Việt Nam tại Pháp", "Organization")]),
        # a host the gazetteers do not list as a country or a city: kept whole
        ("Đại sứ quán Mỹ tại Trường Sa bị chỉ trích .", "Đại sứ quán Mỹ tại Trường Sa", [("Đại sứ quán Mỹ tại Trường Sa", "Organization")]),
        # a lowercase mission word opens no name
        ("đại sứ quán Pháp tại Lào thông báo .", "đại sứ quán Pháp tại Lào", [("đại sứ quán Pháp tại Lào", "Organization")]),
    ],
)
def test_missions_cut_at_host(text, name, expected):
    found = missions_cut_at_host(text, syllable_spans(text), [_tagged(text, name)])
    assert [(m.text, m.type.value) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại diện Đại sứ quán Hàn Quốc tại Việt Nam cho biết thêm.", ("Đại sứ quán Hàn Quốc", "locatedIn", "Việt Nam")),
        ("Đại diện Đại sứ quán Pháp tại Việt Nam cho biết thêm.", ("Đại sứ quán Pháp", "locatedIn", "Việt Nam")),
    ],
)
def test_missions_cut_at_host_raw(text, expected):
    extraction = extract_article(Article(id="a", text=text, source="test"))
    assert expected in {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements}
