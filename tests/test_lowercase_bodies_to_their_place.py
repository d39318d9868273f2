"""A body written with a lowercase head, its own name capitalised, lowercase words of its kind and
its place at the end ("viện Lúa đồng_bằng sông Cửu_Long") is one organisation from the head to the
place; a word that opens another phrase ("ở", "của"), a person inside, or a name set right before
a place ("công_ty Lockheed_Martin Mỹ") leave the spans as they were."""

from __future__ import annotations

import pytest

from kg.model import Article, EntityType, Mention
from kg.pipeline import extract_article
from kg.tagger.lowercase_bodies import lowercase_bodies_joined


def _tagged(text: str, name: str, entity_type: EntityType) -> Mention:
    start = text.index(name)
    return Mention("a", 0, start, start + len(name), name, entity_type, confidence=0.9)


_REGION, _CITY, _COUNTRY, _ORG, _PER = (
    EntityType.REGION,
    EntityType.CITY,
    EntityType.COUNTRY,
    EntityType.ORGANIZATION,
    EntityType.PERSON,
)


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a head, a capitalised name, lowercase words of kind, then the place: one body
        ("Bà Hoa, viện Cây ăn quả miền Nam, phát biểu .", [("miền Nam", _REGION)], [("viện Cây ăn quả miền Nam", _ORG)]),
        ("cán bộ trung tâm Kiểm soát bệnh tật tỉnh Gia Lai", [("Gia Lai", _REGION)], [("trung tâm Kiểm soát bệnh tật tỉnh Gia Lai", _ORG)]),
        ("cán bộ trung_tâm Kiểm_soát bệnh_tật tỉnh Gia_Lai", [("Gia_Lai", _REGION)], [("trung_tâm Kiểm_soát bệnh_tật tỉnh Gia_Lai", _ORG)]),
        ("tập thể hội Nông dân xã Đức Hòa nhận cờ", [("Đức Hòa", _REGION)], [("hội Nông dân xã Đức Hòa", _ORG)]),
        ("giảng viên trường đại học Mỏ địa chất Hà Nội", [("Hà Nội", _CITY)], [("trường đại học Mỏ địa chất Hà Nội", _ORG)]),
        # the name without its head, tagged over the place the rules found, takes the head in
        ("giảng viên trường đại học Kiến trúc Đà Nẵng", [("đại học Kiến trúc Đà Nẵng", _ORG), ("Đà Nẵng", None)], [("trường đại học Kiến trúc Đà Nẵng", _ORG)]),
        # the capitalised run opens with a head of its own: the body starts there
        ("Vụ việc đã được trình báo Công an xã Tân Phú để xử lý", [("Tân Phú", _REGION)], [("Công an xã Tân Phú", _ORG)]),
        ("theo báo Đài Phát thanh truyền hình tỉnh Bình Định", [("Bình Định", _REGION)], [("Đài Phát thanh truyền hình tỉnh Bình Định", _ORG)]),
        # a word that opens another phrase stands between: the school, then the city
        ("Em học ở trường Lê Lợi ở Hà Nội", [("Lê Lợi", _ORG), ("Hà Nội", _CITY)], [("Lê Lợi", _ORG), ("Hà Nội", _CITY)]),
        ("cán bộ viện Pasteur của Nha Trang", [("Nha Trang", _CITY)], [("Nha Trang", _CITY)]),
        # a name right before a place: the place is no kind of the body
        ("hợp đồng với công ty Boeing Mỹ", [("Boeing", _ORG), ("Mỹ", _COUNTRY)], [("Boeing", _ORG), ("Mỹ", _COUNTRY)]),
        # no capitalised name, or no head before it
        ("các trường học vùng cao Hà Giang", [("Hà Giang", _REGION)], [("Hà Giang", _REGION)]),
        ("anh Minh Khôi quê ở tỉnh Bắc Giang", [("Minh Khôi", _PER), ("Bắc Giang", _REGION)], [("Minh Khôi", _PER), ("Bắc Giang", _REGION)]),
        # a punctuation mark between the name and the place
        ("viện Pasteur, thành phố Nha Trang", [("Nha Trang", _CITY)], [("Nha Trang", _CITY)]),
        # a person inside
        ("hội Nguyễn Văn Bình đồng hương Quảng Trị", [("Nguyễn Văn Bình", _PER), ("Quảng Trị", _REGION)], [("Nguyễn Văn Bình", _PER), ("Quảng Trị", _REGION)]),
    ],
)
def test_lowercase_bodies_joined(text, tagged, expected):
    mentions = [_tagged(text, name, kind) for name, kind in tagged if kind is not None]
    rules = [_tagged(text, name, _CITY) for name, kind in tagged if kind is None]
    found = lowercase_bodies_joined(text, rules, mentions)
    assert [(m.text, m.type) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Phan Văn Toàn, trưởng phòng đào tạo, trung tâm Giáo dục thường xuyên tỉnh Điện Biên, phát biểu tại lễ trao giải.", ("Phan Văn Toàn", "holdsPostAt", "trung tâm Giáo dục thường xuyên tỉnh Điện Biên")),
        ("Bà Trịnh Thị Nga, viện Lúa đồng bằng sông Hồng, cho biết giống mới đã được công nhận.", ("Trịnh Thị Nga", "memberOf", "viện Lúa đồng bằng sông Hồng")),
    ],
)
def test_lowercase_bodies_raw(text, expected):
    extraction = extract_article(Article(id="a", text=text, source="test"))
    assert expected in {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements}
