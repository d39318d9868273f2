"""Words of manner between a subject and its verb ("dứt_khoát", "đích_thân") leave the subject its act."""

from __future__ import annotations

import pytest

from test_relations_markup import relations


def events_of(markup: str) -> list[tuple[str, tuple[str, ...]]]:
    _, events = relations(markup)
    return [(e.type.value, tuple(r.mention.text for r in e.roles)) for e in events]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("[PER Công_Vinh] dứt_khoát trở_về [COUNTRY Việt_Nam] .", [("Travel", ("Công_Vinh", "Việt_Nam"))]),
        ("Thủ_tướng [PER Lê_Minh] đích_thân tới thăm [CITY Huế] .", [("Visit", ("Lê_Minh", "Huế"))]),
        ("Hai ông [PER Lê_Minh] và [PER Trần_An] lặng_lẽ gặp nhau .", [("Meeting", ("Trần_An", "Lê_Minh"))]),
        # a word of manner does not make a name the subject of a later verb
        ("Vợ của [PER Lê_Minh] âm_thầm trở_về [COUNTRY Việt_Nam] .", []),
    ],
)
def test_subject_past_a_word_of_manner(markup, expected):
    assert events_of(markup) == expected
