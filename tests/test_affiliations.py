"""Affiliations without a post: member nouns and scoring for a team."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def memberships(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a member noun before the body and the person, with or without "của"
        ("Hậu_vệ [ORG Arsenal] [PER Bacary_Sagna] bị chấn_thương .", {("Bacary_Sagna", "memberOf", "Arsenal")}),
        ("Tiền_đạo của [ORG Chelsea] [PER Diego_Costa] ghi bàn .", {("Diego_Costa", "memberOf", "Chelsea")}),
        # the person between the noun and "của BODY"
        ("Thủ_thành [PER Petr_Cech] của [ORG Chelsea] chơi xuất_sắc .", {("Petr_Cech", "memberOf", "Chelsea")}),
        # in apposition after the person
        ("[PER Lê_Thị_Hoa] , giảng_viên [ORG Đại_học Bách_khoa] , cho_biết đề_tài đã xong .", {("Lê_Thị_Hoa", "memberOf", "Đại_học Bách_khoa")}),
        # scoring for a team
        ("[PER Aaron_Ramsey] đã ghi 9 bàn cho [ORG Arsenal] từ đầu mùa .", {("Aaron_Ramsey", "memberOf", "Arsenal")}),
        ("[PER Robinho] mở tỷ_số cho [ORG AC_Milan] từ rất sớm .", {("Robinho", "memberOf", "AC_Milan")}),
        # the goal is scored against a team, for an unnamed side: no membership
        ("[PER Messi] ghi bàn vào lưới [ORG Arsenal] cho đội khách .", set()),
        # "thủ_thành X của Y" without a body: nothing; a noun followed by another clause's body
        ("Thủ_thành [PER Petr_Cech] của họ chơi xuất_sắc .", set()),
        ("[PER Lê_Thị_Hoa] , giảng_viên [ORG Đại_học Bách_khoa] nay làm ở [ORG Viettel] .", set()),
    ],
)
def test_affiliations_member_nouns_and_scoring(markup, expected):
    assert memberships(markup) == expected
