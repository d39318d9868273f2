"""Which date of a sentence an event is told with."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations

LAN = "ông [PER Lê_Văn_Lan]"
KIM = "ông [PER Kim_Hoa]"


def _dated(markup: str) -> list[tuple[str, str | None]]:
    """(type, the text of its date) of every event but statements."""
    _, events = relations(markup)
    return [
        (e.type.value, e.time.text if e.time else None) for e in events if e.type is not EventType.STATEMENT
    ]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the date of the event's own clause, before or after the verb
        (f"{LAN} {{hôm_qua|2023-09-12}} tiếp {KIM} .", [("Meeting", "hôm_qua")]),
        (f"{LAN} tiếp {KIM} {{ngày 13/9|--09-13}} .", [("Meeting", "ngày 13/9")]),
        # a date told in a clause before it
        (f"{{Chiều thứ Hai|2023-09-11}} , tại [CITY Huế] , {LAN} tiếp {KIM} .", [("Meeting", "Chiều thứ Hai")]),
        # its own clause before a clause before it
        (
            f"{{Hôm_qua|2023-09-12}} , {LAN} đã gặp {KIM} {{ngày 5/9|--09-05}} .",
            [("Meeting", "ngày 5/9")],
        ),
        # a date after it, past an apposition of its place
        (
            f"{LAN} tiếp {KIM} tại [CITY Huế] , tỉnh [REGION Thừa_Thiên_Huế] , {{ngày 13/9|--09-13}} .",
            [("Meeting", "ngày 13/9")],
        ),
        # never a date of a clause that tells of something else
        (
            f"{LAN} gặp {KIM} tại [CITY Huế] sau khi về nước {{ngày 10/9|--09-10}} .",
            [("Meeting", None)],
        ),
        # (the clause before tells a travel of its own, which takes that date)
        (
            f"Sau khi đến [CITY Huế] {{hôm 10/9|--09-10}} , {LAN} đã gặp {KIM} .",
            [("Meeting", None), ("Travel", "hôm 10/9")],
        ),
        (
            f"{LAN} tiếp {KIM} , người sinh {{năm 1950|1950}} , {{hôm_qua|2023-09-12}} .",
            [("Meeting", "hôm_qua")],
        ),
        (
            f"{LAN} tiếp {KIM} , người sinh {{năm 1950|1950}} .",
            [("Meeting", None)],
        ),
        # but one of the clause the event is told in, whatever opens it
        (
            f"Ông [PER Lê_Văn_Lan] về [CITY Hà_Nội] sau khi gặp {KIM} ở [CITY Huế] {{ngày 10/9|--09-10}} .",
            [("Meeting", "ngày 10/9")],
        ),
        # never a date inside a quotation for an event told outside it
        (
            f"{LAN} tiếp {KIM} , nói : “ {{Ngày 2/9|--09-02}} là ngày lễ ” .",
            [("Meeting", None)],
        ),
    ],
)
def test_when_event_takes_the_date_of_its_clause(markup: str, expected: list) -> None:
    assert sorted(_dated(markup)) == sorted(expected)
