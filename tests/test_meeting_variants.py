"""Meetings told the other ways news tells them: a verb that opens its sentence, a delegation received."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations


def meetings(markup: str) -> list[set[str]]:
    _, events = relations(markup)
    return [{r.mention.text for r in e.roles if r.role == "participant"} for e in events if e.type is EventType.MEETING]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the verb opens the sentence with whom is met; who meets opens the clause after the comma
        (
            "Tiếp Đại_sứ [COUNTRY Úc] [PER Hugh_Borrowman] , Bộ_trưởng [PER Cao_Đức_Phát] đề_nghị tăng xuất_khẩu .",
            [{"Hugh_Borrowman", "Cao_Đức_Phát"}],
        ),
        (
            "Hội_kiến Tổng_thống [COUNTRY Pháp] [PER François_Hollande] , ông [PER Nguyễn_Sinh_Hùng] cảm_ơn sự đón_tiếp .",
            [{"François_Hollande", "Nguyễn_Sinh_Hùng"}],
        ),
        # a working delegation of a body received
        (
            "Bộ_trưởng [PER Cao_Đức_Phát] tiếp đoàn công_tác của [ORG Ngân_hàng Thế_giới] .",
            [{"Cao_Đức_Phát", "Ngân_hàng Thế_giới"}],
        ),
        # a match, not a meeting; a verb inside the sentence; no one named after the comma
        ("Gặp [PER Nadal] ở chung_kết , [PER Federer] thua .", []),
        ("Tiếp Đại_sứ [COUNTRY Úc] [PER Hugh_Borrowman] , lãnh_đạo bộ đề_nghị tăng xuất_khẩu .", []),
    ],
)
def test_meeting_variants(markup, expected):
    assert meetings(markup) == expected
