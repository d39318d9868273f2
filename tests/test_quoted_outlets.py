"""A name in quotation marks right after a noun for a news outlet ('tờ "Granma"', 'tạp chí «X»') is
the outlet, a NewsAgency without the noun and the marks; "báo", also a verb ("to report"), only
when capitalised or after a word that opens a source ("theo báo “X”"); a long or lowercase quote
names nothing."""

from __future__ import annotations

import pytest

from kg.model import Article, EntityType, Mention
from kg.pipeline import extract_article
from kg.tagger.quoted_outlets import quoted_outlets_named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tờ “Nhân Dân” đăng bài xã luận.", ["Nhân Dân"]),
        ('Theo tờ báo "Le Monde", Paris sẽ tham gia.', ["Le Monde"]),
        ("Nhật báo «El País» dẫn lời một quan chức.", ["El País"]),
        ("Tạp chí “ Time ” bình chọn bà là nhân vật của năm .", ["Time"]),
        ("Tuần báo “Văn nghệ” vừa ra số mới.", ["Văn nghệ"]),
        ("Theo báo “Quân đội nhân dân”, cuộc tập trận kết thúc.", ["Quân đội nhân dân"]),
        ("Báo “Tiền Phong” đưa tin vụ việc.", ["Tiền Phong"]),
        # "báo" as a verb, or no noun for an outlet
        ("Người dân hô hoán báo “Có trộm” rồi đuổi theo.", []),
        ("Công ty thông báo “Tạm ngừng” giao hàng.", []),
        ("Ông nói “Chúng tôi sẽ đi” rồi rời đi.", []),
        # a lowercase or long quote
        ("Tờ “mới” ra hôm qua.", []),
        ("Tờ “Những câu chuyện chưa kể về thành phố biển” bán chạy.", []),
        # a mark inside the quote
        ("Tờ “Tin, Ảnh” được phát miễn phí.", []),
    ],
)
def test_quoted_outlets_named(text, expected):
    found = quoted_outlets_named(text, [(0, 0, len(text))], [], "a")
    assert [m.text for m in found] == expected
    assert all(m.type is EntityType.NEWS_AGENCY and text[m.start : m.end] == m.text for m in found)


def test_quoted_outlets_replace_what_was_tagged_inside():
    text = "Tờ “Sự Thật” đưa tin."
    start = text.index("Sự")
    tagged = [Mention("a", 0, start, start + 2, "Sự", EntityType.PERSON, confidence=0.5)]
    found = quoted_outlets_named(text, [(0, 0, len(text))], tagged, "a")
    assert [(m.text, m.type) for m in found] == [("Sự Thật", EntityType.NEWS_AGENCY)]


def test_quoted_outlets_raw():
    text = "Tờ “Granma” của Đảng Cộng sản Cuba cho biết giá điện sẽ tăng từ tháng sau."
    mentions = {(m.text, m.type) for m in extract_article(Article(id="a", text=text, source="test")).mentions}
    assert ("Granma", EntityType.NEWS_AGENCY) in mentions
