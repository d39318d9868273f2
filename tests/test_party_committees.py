"""Party committees of a province, city or district ("Tỉnh ủy Nghệ An", "Thành ủy Thành phố Hồ Chí
Minh") as bodies, apart from the secretary named after them: (sentence, expected) tables of
sentences written for these tests, negatives included."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article


def extracted(text: str, learned: bool):
    return extract_article(Article(id="a", text=text, source="test.txt", segmented=False), learned)


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Bí thư Tỉnh ủy Nghệ An Hồ Đức Phớc cho biết như vậy.", "Tỉnh ủy Nghệ An", "Hồ Đức Phớc"),
        ("Phó Bí thư Tỉnh ủy Quảng Nam Lê Phước Thanh cho biết.", "Tỉnh ủy Quảng Nam", "Lê Phước Thanh"),
        ("Bí thư Thành ủy Hà Nội Phạm Quang Nghị cho biết như vậy.", "Thành ủy Hà Nội", "Phạm Quang Nghị"),
    ],
)
def test_secretary_of_a_party_committee(text, body, person, learned):
    extraction = extracted(text, learned)
    assert (person, "holdsPostAt", body) in {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements}


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
def test_committee_named_with_a_capitalised_level_word(learned):
    # the level word and the place after it are the committee's: no person "Hồ Chí Minh"
    extraction = extracted("Phó Bí thư Thành ủy Thành phố Hồ Chí Minh cũng chia sẻ thông tin.", learned)
    names = {(m.text, m.type.value) for m in extraction.mentions if not m.reference}
    assert ("Thành ủy Thành phố Hồ Chí Minh", "Organization") in names
    assert ("Hồ Chí Minh", "Person") not in names


def test_district_committee_with_the_tagger():
    # a district no list holds: the rules alone cut its name, the tagger reads it whole
    extraction = extracted("Bí thư Huyện ủy Ba Vì Nguyễn Văn Minh cho biết như vậy.", True)
    facts = {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements}
    assert ("Nguyễn Văn Minh", "holdsPostAt", "Huyện ủy Ba Vì") in facts
