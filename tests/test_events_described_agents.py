"""A describing noun ("tài_tử", "đạo_diễn này") as the subject of a trip, a visit or a meeting
stands for the one person named just before it."""

from __future__ import annotations

import pytest

from test_relations_markup import relations


def events_of(markup: str) -> list[tuple[str, tuple[str, ...]]]:
    _, events = relations(markup)
    return [(e.type.value, tuple(r.mention.text for r in e.roles)) for e in events]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[PER Kim_Sae_Ron] vừa đóng xong phim mới . Tài_tử đến [COUNTRY Việt_Nam] hồi tháng 4 .", [("Travel", ("Kim_Sae_Ron", "Việt_Nam"))]),
        ("[PER Trương_Nghệ_Mưu] vừa ra_mắt phim mới . Đạo_diễn này sẽ sang [COUNTRY Pháp] dự liên_hoan phim .", [("Travel", ("Trương_Nghệ_Mưu", "Pháp"))]),
        ("[PER Ngô_Thanh_Vân] rất bận . Nữ diễn_viên đã tới thăm [CITY Huế] hôm qua .", [("Visit", ("Ngô_Thanh_Vân", "Huế"))]),
        # two persons named before, someone else, or the noun as an object: nobody is meant
        ("[PER Kim_Sae_Ron] và [PER Lee_Do_Hyun] đóng phim mới . Tài_tử đến [COUNTRY Việt_Nam] hồi tháng 4 .", []),
        ("[PER Kim_Sae_Ron] vừa đóng phim mới . Một tài_tử khác đến [COUNTRY Việt_Nam] hồi tháng 4 .", []),
        ("[PER Kim_Sae_Ron] vừa đóng phim mới . Khán_giả chờ tài_tử đến [COUNTRY Việt_Nam] .", []),
    ],
)
def test_events_agent_told_by_a_describing_noun(markup, expected):
    assert events_of(markup) == expected
