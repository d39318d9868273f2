"""The facts of everyday Vietnamese news read from raw text, through the whole
per-article stage (segmenter, rules and tagger), as a user feeds them."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article, Extraction


def extracted(text: str, learned: bool) -> Extraction:
    return extract_article(Article(id="a", text=text, source="test.txt", segmented=False), learned)


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements}


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provincial committee's chairman: the committee with its province, then the person
        ("Chủ tịch UBND tỉnh Quảng Nam Lê Phước Thanh cho biết dự án sẽ hoàn thành.", ("Lê Phước Thanh", "chairmanOf", "UBND tỉnh Quảng Nam")),
        # a minister of a ministry
        ("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến cho biết như vậy.", ("Nguyễn Thị Kim Tiến", "ministerOf", "Bộ Y tế")),
        # an ambassador: the post is of the country before "tại"
        ("Đại sứ Ấn Độ tại Nga Pankaj Saran phát biểu tại hội nghị.", ("Pankaj Saran", "holdsPostAt", "Ấn Độ")),
        # a city in apposition with its province, a verb after it
        ("Thành phố Tam Kỳ, tỉnh Quảng Nam đã hoàn thành dự án.", ("Tam Kỳ", "locatedIn", "Quảng Nam")),
    ],
)
def test_everyday_facts_posts_and_places(text, expected, learned):
    assert expected in facts(extracted(text, learned))


def test_everyday_facts_a_person_after_an_acronym_body_is_no_part_of_it():
    found = facts(extracted("Phó Chủ tịch Thường trực Tổng LĐLĐ VN Trần Thanh Hải cho biết như vậy.", False))
    assert ("Trần Thanh Hải", "holdsPostAt", "Tổng LĐLĐ VN") in found


def test_everyday_facts_a_council_of_an_unnamed_province_then_its_officer():
    found = facts(extracted("Phó Chủ tịch HĐND tỉnh Lê Văn Hùng phát biểu tại kỳ họp.", False))
    assert ("Lê Văn Hùng", "holdsPostAt", "HĐND tỉnh") in found


@pytest.mark.parametrize(
    ("text", "event_type", "planned"),
    [
        ("Chuyến thăm của Tổng thống Nga Vladimir Putin tới Việt Nam dự kiến diễn ra vào tháng 11.", "Visit", True),
        ("Thủ tướng Nguyễn Tấn Dũng dùng tiệc với Tổng thống Barack Obama tại Nhà Trắng.", "Meeting", False),
    ],
)
def test_everyday_facts_visits_and_meetings(text, event_type, planned):
    events = [e for e in extracted(text, True).events if e.type.value == event_type]
    assert len(events) == 1 and events[0].planned is planned


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "holder", "company"),
    [
        # a title of a company's board before the company and the name: a post of the company
        ("Chủ tịch HĐQT Tập đoàn Hòa Phát Trần Đình Long cho biết lợi nhuận tăng.", "Trần Đình Long", "Tập đoàn Hòa Phát"),
        ("Thành viên HĐQT Ngân hàng ACB Lê Văn Tám đã bị bắt.", "Lê Văn Tám", "Ngân hàng ACB"),
    ],
)
def test_everyday_facts_a_board_title_is_a_post_of_its_company(text, holder, company, learned):
    pairs = {(s, o) for s, _, o in facts(extracted(text, learned))}
    assert (holder, company) in pairs
    assert not any(s == holder and o in ("HĐQT", "Hội đồng thành viên") for s, o in pairs)
