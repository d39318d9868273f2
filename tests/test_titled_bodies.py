"""Posts at bodies named by their kind after a title, and titles of domestic and diplomatic
posts: (sentence, expected) tables of sentences written for these tests, negatives included."""

from __future__ import annotations

import pytest


from kg.article import extract_article
from kg.model import Article


def posts(text: str, learned: bool) -> set[tuple[str, str, str]]:
    extraction = extract_article(Article(id="a", text=text, source="test.txt", segmented=False), learned)
    return {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements if s.predicate != "locatedIn"}


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital, an institute, a school, a centre after the title: the body of the post
        ("Ông Nguyễn Văn Quý, Giám đốc Bệnh viện Chợ Rẫy cho biết như vậy.", ("Nguyễn Văn Quý", "holdsPostAt", "Bệnh viện Chợ Rẫy")),
        ("Giám đốc Bệnh viện Bạch Mai Nguyễn Quốc Anh cho biết như vậy.", ("Nguyễn Quốc Anh", "holdsPostAt", "Bệnh viện Bạch Mai")),
        ("Viện trưởng Viện Kinh tế Việt Nam Trần Đình Thiên cho biết như vậy.", ("Trần Đình Thiên", "holdsPostAt", "Viện Kinh tế Việt Nam")),
        ("Hiệu trưởng Trường Đại học Y Hà Nội Nguyễn Đức Hinh cho biết.", ("Nguyễn Đức Hinh", "holdsPostAt", "Trường Đại học Y Hà Nội")),
        ("Ông Lê Văn Quý, Giám đốc Học viện Tài chính cho biết như vậy.", ("Lê Văn Quý", "holdsPostAt", "Học viện Tài chính")),
        # a company's kind still heads its name
        ("Giám đốc Công ty Hoàng Long Nguyễn Văn Quý cho biết như vậy.", ("Nguyễn Văn Quý", "holdsPostAt", "Công ty Hoàng Long")),
        # titles of deputies, investigators, unit heads and counsellors
        ("Tham tán Thương mại Việt Nam tại Nhật Bản Tạ Đức Minh cho biết như vậy.", ("Tạ Đức Minh", "holdsPostAt", "Việt Nam")),
        # an assistant to a minister holds no minister's post
        ("Trợ lý Ngoại trưởng Mỹ Daniel Russel cho biết như vậy.", ("Daniel Russel", "holdsPostAt", "Mỹ")),
    ],
)
def test_post_read(text, expected, learned):
    assert expected in posts(text, learned)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bodies whose names the rules alone do not find; the tagger does
        ("Phó Tổng Thư ký Liên Hợp Quốc Jan Eliasson cho biết như vậy.", ("Jan Eliasson", "holdsPostAt", "Liên Hợp Quốc")),
        ("Thủ trưởng Cơ quan CSĐT Công an tỉnh Bình Dương Lê Văn Dũng cho biết như vậy.", ("Lê Văn Dũng", "holdsPostAt", "Cơ quan CSĐT Công an tỉnh Bình Dương")),
        ("Chi cục trưởng Chi cục Thuế quận Ba Đình Nguyễn Văn Kiên cho biết như vậy.", ("Nguyễn Văn Kiên", "holdsPostAt", "Chi cục Thuế quận Ba Đình")),
    ],
)
def test_post_read_with_the_tagger(text, expected):
    assert expected in posts(text, True)


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the hospital's name is no person's
        ("Ông Nguyễn Văn Quý, Giám đốc Bệnh viện Chợ Rẫy cho biết như vậy.", ("Chợ Rẫy", "holdsPostAt", "Bệnh viện Chợ Rẫy")),
        # an assistant is not the minister
        ("Trợ lý Ngoại trưởng Mỹ Daniel Russel cho biết như vậy.", ("Daniel Russel", "foreignMinisterOf", "Mỹ")),
        ("Phó Trợ lý Ngoại trưởng Mỹ Daniel Russel cho biết như vậy.", ("Daniel Russel", "foreignMinisterOf", "Mỹ")),
    ],
)
def test_post_not_read(text, wrong, learned):
    assert wrong not in posts(text, learned)


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
def test_department_word_still_part_of_the_title(learned):
    # "Quốc phòng" is a word of the title, not a body: the post is of the country
    assert ("Itsunori Onodera", "defenceMinisterOf", "Nhật Bản") in posts(
        "Bộ trưởng Quốc phòng Nhật Bản Itsunori Onodera cho biết như vậy.", learned
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Anh" is also a given name and a pronoun: between a title and a name it is the post's country
        ("Thủ tướng Anh David Cameron cho biết như vậy.", ("David Cameron", "primeMinisterOf", "Anh")),
        ("Ngoại trưởng Anh William Hague nói như vậy.", ("William Hague", "foreignMinisterOf", "Anh")),
        ("Đại sứ Anh tại Việt Nam Gareth Ward cho biết như vậy.", ("Gareth Ward", "holdsPostAt", "Anh")),
    ],
)
def test_title_country_kept_with_the_tagger(text, expected):
    assert expected in posts(text, True)


def test_pronoun_anh_stays_no_country():
    extraction = extract_article(
        Article(id="a", text="Ông Tuấn trả lời: Anh bình tĩnh nào, mọi việc sẽ ổn.", source="test.txt", segmented=False), True
    )
    assert not any(m.text == "Anh" and m.type.value == "Country" for m in extraction.mentions)
