"""A role phrase the rules read as standing alone, right before a person's name the tagger found,
is that person's title (``kg.tagger.titled_references``); surnames of the lists that open
Vietnamese and Sino-Vietnamese names ("Khuất", "Đậu", "Tập", "Thường") let the rules find those
names after a title, so that their posts are read. Raw text through the whole per-article stage."""

from __future__ import annotations

import pytest

from helpers import extracted
from kg.model import EntityType, Mention
from kg.tagger.titled_references import titles_given_to_names


def _mention(text: str, phrase: str, entity_type: EntityType, reference: bool = False) -> Mention:
    start = text.index(phrase)
    end = start + len(phrase)
    title = dict(title=phrase, title_span=(start, end), prefix_start=start) if reference else {}
    return Mention("a", 0, start, end, phrase, entity_type, reference=reference, **title)


TITLE = "Bộ_trưởng Quốc_phòng Trung_Quốc"


@pytest.mark.parametrize(
    ("text", "name", "name_type", "titled"),
    [
        (f"{TITLE} Thường Vạn_Toàn phát_biểu .", "Thường Vạn_Toàn", EntityType.PERSON, True),
        (f"Hôm_qua {TITLE}  Lưu Á_Châu tới Hà_Nội .", "Lưu Á_Châu", EntityType.PERSON, True),
        # a comma between: an apposition, not a title in front of the name
        (f"{TITLE} , ông Thường Vạn_Toàn , phát_biểu .", "Thường Vạn_Toàn", EntityType.PERSON, False),
        # a word between
        (f"{TITLE} tiếp Thường Vạn_Toàn .", "Thường Vạn_Toàn", EntityType.PERSON, False),
        # no person after it
        (f"{TITLE} Bắc_Kinh cho_biết .", "Bắc_Kinh", EntityType.CITY, False),
    ],
)
def test_titled_references_a_role_phrase_before_a_name_is_its_title(text, name, name_type, titled):
    reference = _mention(text, TITLE, EntityType.PERSON, reference=True)
    person = _mention(text, name, name_type)
    standing, tagged = titles_given_to_names(text, [reference], [person])
    if titled:
        assert standing == []
        assert (tagged[0].title, tagged[0].title_span) == (TITLE, reference.title_span)
        assert tagged[0].prefix_start == reference.start
    else:
        assert standing == [reference]
        assert tagged == [person]


def test_titled_references_a_titled_name_keeps_its_own_title():
    text = f"{TITLE} Thường Vạn_Toàn phát_biểu ."
    reference = _mention(text, TITLE, EntityType.PERSON, reference=True)
    person = _mention(text, "Thường Vạn_Toàn", EntityType.PERSON)
    person = Mention("a", 0, person.start, person.end, person.text, person.type, title="Ông", prefix_start=0)
    standing, tagged = titles_given_to_names(text, [reference], [person])
    assert standing == [reference] and tagged == [person]


def posts(text: str, learned: bool) -> set[tuple[str, str, str]]:
    """(person, predicate, body) of every post read from raw ``text``."""
    extraction = extracted(text, learned)
    return {
        (s.subject.name, s.predicate, s.object.name)
        for s in extraction.statements
        if s.subject.type is EntityType.PERSON and s.title is not None
    }


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "holder", "body"),
    [
        ("Bộ trưởng Quốc phòng Trung Quốc Thường Vạn Toàn phát biểu tại diễn đàn.", "Thường Vạn Toàn", "Trung Quốc"),
        ("Chủ tịch Trung Quốc Tập Cận Bình sẽ dự hội nghị thượng đỉnh.", "Tập Cận Bình", "Trung Quốc"),
        (
            "Phó Chủ tịch Ủy ban An toàn giao thông quốc gia Khuất Minh Toàn cho biết số vụ tai nạn đã giảm.",
            "Khuất Minh Toàn",
            "Ủy ban An toàn giao thông quốc gia",
        ),
        ("Giám đốc Sở Y tế tỉnh Hà Tĩnh Đậu Thị Hạnh đã kiểm tra bệnh viện.", "Đậu Thị Hạnh", "Sở Y tế tỉnh Hà Tĩnh"),
        ("Chủ tịch UBND huyện Bảo Lạc Bế Văn Sình chủ trì cuộc họp.", "Bế Văn Sình", "UBND huyện Bảo Lạc"),
    ],
)
def test_titled_references_posts_of_names_opening_with_a_listed_surname(text, holder, body, learned):
    assert any(person == holder and organisation == body for person, _, organisation in posts(text, learned))


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    "text",
    [
        # the surnames as common words: no person
        "Tập đoàn Điện lực Việt Nam cho biết sẽ tăng giá điện.",
        "Ủy ban Thường vụ Quốc hội đã họp phiên thứ 20.",
        "Ông Nguyễn Văn Thường, Chủ tịch UBND xã, cho biết dân đã nhận tiền.",
    ],
)
def test_titled_references_the_surnames_make_no_person_of_common_words(text, learned):
    extraction = extracted(text, learned)
    persons = {m.name for m in extraction.mentions if m.type is EntityType.PERSON and not m.reference}
    assert persons <= {"Nguyễn Văn Thường"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Sáng nay, Đậu Văn Nam đã tới hiện trường.", "Đậu Văn Nam"),
        ("Bộ trưởng Phùng Quang Thanh hội đàm với người đồng cấp Trung Quốc Thường Vạn Toàn.", "Thường Vạn Toàn"),
    ],
)
def test_titled_references_a_listed_surname_opens_a_persons_name(text, person):
    extraction = extracted(text)
    assert person in {m.name for m in extraction.mentions if m.type is EntityType.PERSON}
