"""The unnamed leaders or representatives of a named body act for the body ("lãnh_đạo X mời Y")."""

from __future__ import annotations

import pytest

from test_relations_markup import relations


def events_of(markup: str) -> list[tuple[str, tuple[str, ...]]]:
    _, events = relations(markup)
    return [(e.type.value, tuple(r.mention.text for r in e.roles if r.role != "place")) for e in events]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "[REF lãnh_đạo [ORG Phòng GD-ĐT]] đã mời ban giám_hiệu [ORG Trường Tân_Lập] đến làm_việc .",
            [("Invitation", ("Phòng GD-ĐT", "Trường Tân_Lập"))],
        ),
        ("[REF Đại_diện [ORG Viettel]] đã đến thăm [CITY Huế] .", [("Visit", ("Viettel",))]),
        # one holder of a title is not the body
        ("[REF Giám_đốc [ORG Viettel]] đã đến thăm [CITY Huế] .", [("Visit", ("Giám_đốc Viettel",))]),
        # a named leader acts for himself
        ("Lãnh_đạo [ORG Viettel] , ông [PER Lê_Minh] đã đến thăm [CITY Huế] .", [("Visit", ("Lê_Minh",))]),
    ],
)
def test_body_leaders_act_for_the_body(markup, expected):
    assert events_of(markup) == expected
