"""A name the lists do not know, opening its clause right before a verb of saying, is a person who
speaks ("Ancelotti khẳng_định …", "Sau trận , Công Phượng cho_biết …"), with the rules alone and
with the tagger; a common word, one Vietnamese syllable or a quoted title there is none. Raw text
through the whole per-article stage, as a user feeds it."""

from __future__ import annotations

import pytest


from kg.article import extract_article
from kg.model import Article, EntityType, EventType


def persons_and_speakers(text: str, learned: bool) -> tuple[list[str], list[list[str]]]:
    """The persons named in raw ``text`` and the agents of each statement read from it."""
    extraction = extract_article(Article(id="a", text=text, source="test.txt", segmented=False), learned)
    persons = [m.text for m in extraction.mentions if m.type is EntityType.PERSON]
    speakers = [
        sorted(r.mention.text for r in event.roles if r.role == "agent")
        for event in extraction.events
        if event.type is EventType.STATEMENT
    ]
    return persons, speakers


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ancelotti khẳng định Real Madrid sẽ bảo vệ thành công chức vô địch.", "Ancelotti"),
        ('Klopp nói: "Chúng tôi xứng đáng giành chiến thắng".', "Klopp"),
        ("Mbappe cũng tuyên bố anh sẽ ở lại thêm một mùa giải.", "Mbappe"),
        ("Trấn Thành cho biết bộ phim mới sẽ ra rạp vào dịp Tết.", "Trấn Thành"),
        ('"Tôi rất vui vì khán giả đã đón nhận", Trấn Thành chia sẻ.', "Trấn Thành"),
    ],
)
def test_speaking_names_an_unknown_name_before_a_verb_of_saying_speaks(text, speaker, learned):
    persons, speakers = persons_and_speakers(text, learned)
    assert speaker in persons
    assert speakers == [[speaker]]


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
def test_speaking_names_a_name_after_a_time_clause_speaks(learned):
    persons, speakers = persons_and_speakers("Sau trận, Công Phượng cho biết toàn đội sẽ quên thất bại này.", learned)
    assert "Công Phượng" in persons
    assert speakers == [["Công Phượng"]]


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    "text",
    [
        "Tòa cho biết sẽ mở lại phiên xử vào tuần sau.",
        "Cảnh sát cho biết đã bắt giữ nghi phạm.",
        "Người dân cho biết nước lên rất nhanh.",
        "Hiện tại, Công an cho biết đang điều tra vụ việc.",
    ],
)
def test_speaking_names_no_person_without_a_name_before_the_verb(text, learned):
    persons, speakers = persons_and_speakers(text, learned)
    assert persons == [] and speakers == []


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    "text",
    [
        "“Gala Ngôi Sao Xanh - Đêm công bố giải thưởng” diễn ra tối qua.",
        "Ancelotti dẫn dắt đội bóng từ năm 2021.",
    ],
)
def test_speaking_names_no_speaker_in_a_quoted_title_or_without_a_verb_of_saying(text, learned):
    _, speakers = persons_and_speakers(text, learned)
    assert speakers == []
