"""A ministry written by its field after a minister's title ("Bộ trưởng Công Thương X"):
a body of its own, apart from the minister, and one with the ministry named in full.
(sentence, expected) tables of sentences written for these tests, negatives included."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.article import extract_article
from kg.lexicon import ministry_departments
from kg.model import Article


def mentions(text: str, learned: bool) -> set[tuple[str, str]]:
    extraction = extract_article(Article(id="a", text=text, source="test.txt", segmented=False), learned)
    return {(m.text, m.type.value) for m in extraction.mentions if not m.reference}


def test_departments_are_the_ministries_of_the_generic_bodies():
    assert ("công", "thương") in ministry_departments()
    assert ("kế", "hoạch", "và", "đầu", "tư") in ministry_departments()
    assert ("ngoại", "giao") in ministry_departments()
    assert ("công", "ty") not in ministry_departments()


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every word of the ministry capitalised: still the title's ministry, then the minister
        ("Bộ trưởng Công Thương Trần Tuấn Anh cho biết như vậy.", {("Công Thương", "Organization"), ("Trần Tuấn Anh", "Person")}),
        ("Bộ trưởng Giao Thông Vận Tải Đinh La Thăng cho biết.", {("Giao Thông Vận Tải", "Organization"), ("Đinh La Thăng", "Person")}),
        # a ministry whose name holds a dash and "và"
        (
            "Bộ trưởng Lao động - Thương binh và Xã hội Phạm Thị Hải Chuyền cho biết.",
            {("Lao động - Thương binh và Xã hội", "Organization"), ("Phạm Thị Hải Chuyền", "Person")},
        ),
        # the minister's title after the name, in apposition
        ("Ông Trần Tuấn Anh, Bộ trưởng Công Thương, cho biết như vậy.", {("Trần Tuấn Anh", "Person"), ("Công Thương", "Organization")}),
        # a deputy minister
        ("Thứ trưởng Ngoại giao Bùi Thanh Sơn cho biết như vậy.", {("Ngoại giao", "Organization"), ("Bùi Thanh Sơn", "Person")}),
    ],
)
def test_ministry_and_minister_apart(text, expected, learned):
    assert expected <= mentions(text, learned)


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # a country after the field: the post is the country's, the field no body
        ("Bộ trưởng Quốc phòng Nga Sergei Shoigu cho biết.", ("Sergei Shoigu", "Person"), ("Quốc phòng", "Organization")),
        # a field after another title is no ministry: the police of a province
        ("Giám đốc Công an tỉnh Nghệ An Nguyễn Hữu Cầu cho biết vụ án đang được điều tra.", ("Nguyễn Hữu Cầu", "Person"), ("Công an", "Organization")),
    ],
)
def test_no_ministry_read(text, expected, wrong, learned):
    found = mentions(text, learned)
    assert wrong not in found
    if learned:  # the rules alone cut "Nguyễn Hữu Cầu" short after "tỉnh Nghệ An"
        assert expected in found


def test_the_field_joins_the_ministry_named_in_full(tmp_path: Path):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Bộ Công Thương vừa công bố kế hoạch mới. Bộ trưởng Công Thương Vũ Huy Hoàng cho biết kế hoạch sẽ được "
        "triển khai ngay. Trong khi đó, lực lượng Thuế và Công an đã phối hợp kiểm tra.",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(articles), "--out", str(out)], check=True, capture_output=True)
    entities = [json.loads(line) for line in (out / "entities.jsonl").read_text(encoding="utf-8").splitlines()]
    ministry = [e for e in entities if e["name"] == "Bộ Công Thương"]
    assert len(ministry) == 1 and "công thương" in ministry[0]["keys"]
    assert not any(e["name"] == "Bộ Công an" for e in entities)  # "Thuế và Công an": no minister's title before it
