"""Rule names: particles of foreign names, a listed body between a title and its holder,
and listed names with a full stop inside (kg/extract/mention_spans.py, kg/extract/mentions.py,
kg/lexicon/gazetteer.py)."""

from __future__ import annotations

import pytest

from helpers import rule_names
from kg.article import extract_article
from kg.model import Article

# (segmented sentence, names the rules must find with their types, names they must not find)
NAMES = [
    # two particles in a row inside a foreign name
    ("Bà Ursula von der Leyen phát_biểu .", {"Ursula von der Leyen": "Person"}, []),
    ("Ông Frans van der Berg tới Hà_Nội .", {"Frans van der Berg": "Person"}, []),
    ("Ông Charles de Gaulle là tổng_thống .", {"Charles de Gaulle": "Person"}, []),
    # a particle word with no name after it ends the name
    ("Ông Frans van der bàn về kinh_tế .", {}, ["Frans van der bàn"]),
    # a body the gazetteers list in three words after a title, then its holder
    (
        "Chủ_tịch Ủy_ban châu Âu Jean - Claude Juncker nói .",
        {"Ủy_ban châu Âu": "Organization", "Jean - Claude Juncker": "Person"},
        ["Âu Jean - Claude Juncker"],
    ),
    (
        "Chủ_tịch Ủy_ban châu Âu Ursula von der Leyen đã gặp Thủ_tướng Đức .",
        {"Ủy_ban châu Âu": "Organization", "Ursula von der Leyen": "Person"},
        [],
    ),
    # a department word after a minister's title is still read as before
    ("Bộ_trưởng Quốc_phòng Mỹ Lloyd Austin đến .", {"Mỹ": "Country", "Lloyd Austin": "Person"}, []),
    # a listed name with a full stop inside, written apart by the segmenter
    ("Ông Putin tới St . Petersburg dự diễn_đàn kinh_tế .", {"St . Petersburg": "City"}, ["St"]),
    # a full stop that ends a sentence joins no names
    ("Ông Putin tới St . Petersburg là nơi ông sinh ra .", {"St . Petersburg": "City"}, []),
]


@pytest.mark.parametrize(("sentence", "found", "absent"), NAMES)
def test_mention_spans_names_with_particles_bodies_and_stops(sentence, found, absent) -> None:
    names = rule_names(sentence)
    for name, entity_type in found.items():
        assert names.get(name) == entity_type, (name, names)
    for name in absent:
        assert name not in names, (name, names)


@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        # a listed body followed by "của" and its parent, the holder named after a comma
        ("Chủ nhiệm Ủy ban Tài chính - Ngân sách của Quốc hội, ông Phùng Quốc Hiển đánh giá thu ngân sách đạt khá.",
         "Phùng Quốc Hiển", "Ủy ban Tài chính - Ngân sách"),
        # the holder right after the listed body
        ("Chủ tịch Ủy ban châu Âu Ursula von der Leyen cho biết EU sẽ hỗ trợ.", "Ursula von der Leyen", "Ủy ban châu Âu"),
    ],
)
def test_the_post_of_a_listed_body_goes_to_its_named_holder(text, holder, body) -> None:
    extraction = extract_article(Article(id="1", text=text, source="probe", segmented=False))
    posts = {(s.subject.text, s.object.text) for s in extraction.statements if s.predicate not in ("partOf", "locatedIn", "memberOf")}
    assert (holder, body) in posts, posts
