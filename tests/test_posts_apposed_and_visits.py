"""Posts told in domestic news's everyday forms: a title apposed to a name whose body ends
in one word before the closing mark (kg.extract.mentions), and a verb of coming before a
verb of working, which tells a visit and no post (kg.extract.implied_posts)."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.extract.mentions import find_mentions
from kg.model import Article, EntityType
from test_relations_markup import role_triples as roles


def _typed(text: str) -> set[tuple[str, str]]:
    analysed = analyse(Article(id="a", text=text, source="test", title="t"))
    return {(m.text, m.type.value) for m in find_mentions(analysed) if not m.reference}


@pytest.mark.parametrize(
    ("text", "body", "not_person"),
    [
        # the body's last word before the closing mark is no person: the holder is the name before
        (
            "Buổi khám do Giáo_sư Kim_Min Ho - Giám_đốc Viện Đông_y Daegu , Đại_học Busan thực_hiện .",
            "Viện Đông_y Daegu",
            "Daegu",
        ),
        (
            "Ông Trần_Văn_Hùng ( Tổng_giám_đốc Công_ty Cổ_phần Sông Đà ) cho_biết đã trả nợ .",
            "Công_ty Cổ_phần Sông Đà",
            "Đà",
        ),
        (
            "Bà Lê_Thị_Mai – Giám_đốc Công_ty Sông Mã , đã ký hợp_đồng .",
            "Công_ty Sông Mã",
            "Mã",
        ),
    ],
)
def test_posts_apposed_title_body_ends_before_the_closing_mark(text, body, not_person):
    found = _typed(text)
    assert (body, EntityType.ORGANIZATION.value) in found
    assert (not_person, EntityType.PERSON.value) not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a title that opens the sentence: the name after its body is the holder
        ("Giám_đốc Công_ty Sông_Đà Nguyễn_Văn_An cho_biết đã trả nợ .", "Nguyễn_Văn_An"),
        # a Vietnamese full name after an apposed title's body is still a person
        ("Ông Hùng ( Giám_đốc Sở Y_tế Nguyễn_Văn_An ) .", "Nguyễn_Văn_An"),
        # a place before the dash is no name the title is apposed to when a verb follows the run
        ("Hà_Nội - Giám_đốc Công_ty Hòa_Phát Long cho_biết sẽ hỗ_trợ .", "Long"),
    ],
)
def test_posts_apposed_title_keeps_persons_not_closing_an_apposition(text, person):
    assert (person, EntityType.PERSON.value) in _typed(text)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # working at a body is a post there
        ("Bà [PER Hoa] làm_việc tại [ORG Bệnh_viện Bạch_Mai] .", {("Hoa", "holdsPostAt", "Bệnh_viện Bạch_Mai")}),
        (
            "Ông [PER Nam] về làm_việc tại [ORG Sở Y_tế tỉnh Nghệ_An] từ năm 2010 .",
            {("Nam", "holdsPostAt", "Sở Y_tế tỉnh Nghệ_An")},
        ),
        # coming to work at a body is a visit
        ("Ông [PER Nam] đến làm_việc tại [ORG UBND tỉnh Nghệ_An] .", set()),
        ("Ông [PER Nam] đã tới làm_việc tại [ORG Sở Y_tế tỉnh Nghệ_An] .", set()),
        ("Đoàn của ông [PER Nam] xuống công_tác tại [ORG UBND huyện Kỳ_Sơn] .", set()),
    ],
)
def test_posts_coming_to_work_is_a_visit(markup, expected):
    assert roles(markup) == expected
