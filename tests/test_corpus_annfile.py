"""The .ann authoring format: spans found, overlaps decided, mistakes named."""

from __future__ import annotations

import pytest

from kg.corpus.annfile import AnnotationError, compile_ann, uncovered_capitalised
from kg.corpus.sentences import split_sentences

TEXT = (
    "Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã tiếp Đại sứ Anh tại Hà Nội. "
    "Ông Anh cho biết “hợp tác sẽ tăng”. "
    "Thủ tướng Nguyễn Tấn Dũng thăm tỉnh Quảng Nam ngày 13/9."
)


def _compile(body: str, level: str = "full") -> dict:
    return compile_ann(f"id x\nannotator t\nlevel {level}\n{body}", TEXT, "t.ann")


def test_sentences_are_numbered_from_one_and_split_after_closing_quotes() -> None:
    sentences = split_sentences(TEXT)
    assert [TEXT[s.start:s.end][:8] for s in sentences] == ["Bộ trưởn", "Ông Anh ", "Thủ tướn"]
    assert split_sentences("Giá tăng 3.5 lần. sau đó") == split_sentences("Giá tăng 3.5 lần. sau đó")
    assert len(split_sentences("Ông A nói. bà B nghe.")) == 1


def test_the_longest_form_wins_so_a_country_is_never_found_inside_a_name() -> None:
    record = _compile("E1 Person: Trần Tuấn Anh | Anh@s2\nE2 Country: Anh@s1\nE3 Organization: Bộ Công Thương")
    spans = {(m["text"], m["entity"]) for m in record["mentions"]}
    assert ("Trần Tuấn Anh", "E1") in spans and ("Anh", "E2") in spans and ("Anh", "E1") in spans
    country = [m for m in record["mentions"] if m["entity"] == "E2"]
    assert len(country) == 1 and TEXT[country[0]["start"]:country[0]["end"]] == "Anh"
    assert TEXT[country[0]["start"] - 7:country[0]["start"]] == "Đại sứ "


def test_every_occurrence_of_a_form_is_a_mention_and_offsets_cover_the_surface() -> None:
    record = _compile("E1 City: Hà Nội\nE2 Region: Quảng Nam\nE3 Person: Nguyễn Tấn Dũng")
    for mention in record["mentions"]:
        assert TEXT[mention["start"]:mention["end"]] == mention["text"]
    assert [m["id"] for m in record["mentions"]] == ["M1", "M2", "M3"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("E1 Person: Hồ Chí Minh", "not in the article text"),
        ("E1 Person: Anh\nE2 Country: Anh", "claimed by"),
        ("E1 Human: Anh", "not one of"),
        ("E1 Person: Anh@s9", "no sentence 9"),
        ("E1 Person: Anh@s1#3", "occurs 2 times in s1"),
        ("E1 Person: Nguyễn Tấn Dũng\nE1 Person: Dũng", "defined twice"),
        ("E1 Person: Nguyễn Tấn Dũng\npost E1 E9 primeMinister \"Thủ tướng\"@s3 @s3", "E9 is not an entity"),
        ("E1 Person: Nguyễn Tấn Dũng\npost E1 - premier \"Thủ tướng\"@s3 @s3", "not in annotations/post-roles.tsv"),
        ("E1 Person: Nguyễn Tấn Dũng\npost E1 - primeMinister \"Tổng thống\"@s3 @s3", "is not in s3"),
        ("E1 Person: Nguyễn Tấn Dũng\nVisit agent=E1 date=13/9 @s3", "write 2013-09-13"),
        ("E1 Person: Nguyễn Tấn Dũng\nVisit agent=E1", "give the sentence"),
        ("E1 Person: Nguyễn Tấn Dũng\nVisit speaker=E1 @s3", "Visit takes"),
        ("E1 Person: Nguyễn Tấn Dũng\nmarried E1 E1 @s3", "a line starts with"),
    ],
)
def test_mistakes_are_reported_with_the_file_and_line(body: str, message: str) -> None:
    with pytest.raises(AnnotationError, match=message) as raised:
        _compile(body)
    assert str(raised.value).startswith("t.ann:")


def test_facts_point_at_entities_and_text_spans() -> None:
    record = _compile(
        "E1 Person: Trần Tuấn Anh | Anh@s2\nE2 Organization: Bộ Công Thương\nE3 Person: Nguyễn Tấn Dũng\n"
        "E4 Region: Quảng Nam\n"
        'post E1 E2 minister "Bộ trưởng"@s1 @s1\n'
        "Visit agent=E3 destination=E4 date=--09-13 @s3\n"
        "Statement agent=E1 quote=«hợp tác sẽ tăng» @s2"
    )
    post = record["posts"][0]
    assert (post["person"], post["org"], post["role"], post["title"]["text"]) == ("E1", "E2", "minister", "Bộ trưởng")
    visit, statement = record["events"]
    assert visit["roles"] == {"agent": ["E3"], "destination": ["E4"]} and visit["date"] == "--09-13"
    assert TEXT[statement["quote"]["start"]:statement["quote"]["end"]] == "hợp tác sẽ tăng"


def test_entity_level_files_may_not_hold_facts() -> None:
    with pytest.raises(AnnotationError, match="level 'entities'"):
        _compile("E1 Person: Nguyễn Tấn Dũng\nVisit agent=E1 @s3", level="entities")


def test_nominal_references_are_mentions_for_coreference_only() -> None:
    record = _compile("E1 Person: Trần Tuấn Anh | ~Bộ trưởng Bộ Công Thương@s1\nE2 Country: Anh@s1")
    nominal = [m for m in record["mentions"] if m.get("nominal")]
    assert [m["text"] for m in nominal] == ["Bộ trưởng Bộ Công Thương"]


def test_the_review_lists_capitalised_names_left_unmarked() -> None:
    record = _compile("E1 Person: Trần Tuấn Anh")
    uncovered = [text for text, _ in uncovered_capitalised(TEXT, record)]
    assert "Hà Nội" in uncovered and "Nguyễn Tấn Dũng" in uncovered
    assert "Trần Tuấn Anh" not in uncovered
