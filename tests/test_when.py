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
        # but one of the clause the event is told in, whatever opens it (the return before it has none)
        (
            f"Ông [PER Lê_Văn_Lan] về [CITY Hà_Nội] sau khi gặp {KIM} ở [CITY Huế] {{ngày 10/9|--09-10}} .",
            [("Meeting", "ngày 10/9"), ("Travel", None)],
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


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a date told with a verb of saying is when it was said, not when the event told after it happened
        (f"[ORG Bộ Ngoại_giao] {{ngày 22/10|--10-22}} cho biết {LAN} sẽ gặp {KIM} .", [("Meeting", None)]),
        (f"{{Chiều 5/3|--03-05}} , {LAN} tuyên_bố rằng {LAN} đã tiếp {KIM} .", [("Meeting", None)]),
        (f"Báo [AGENCY Nhân_Dân] {{hôm_qua|2023-09-12}} đưa tin {LAN} đã gặp {KIM} .", [("Meeting", None)]),
        # a date written right after a news outlet is when the outlet reported
        (f"Theo tờ [AGENCY Thanh_Niên] {{ngày 21/10|--10-21}} , {LAN} đã gặp {KIM} .", [("Meeting", None)]),
        # the event's own date after the verb of saying stays
        (f"[ORG Bộ Ngoại_giao] cho biết {LAN} đã gặp {KIM} {{hôm 20/10|--10-20}} .", [("Meeting", "hôm 20/10")]),
        (f"[ORG Bộ Ngoại_giao] {{ngày 22/10|--10-22}} cho biết {{ngày 20/10|--10-20}} {LAN} đã gặp {KIM} .", [("Meeting", "ngày 20/10")]),
        # a verb of saying after the event leaves its date as it was
        (f"{{Ngày 13/9|--09-13}} , {LAN} tiếp {KIM} và cho biết hai bên sẽ hợp_tác .", [("Meeting", "Ngày 13/9")]),
        # a date after a place, not an outlet, stays
        (f"Tại [CITY Huế] {{ngày 13/9|--09-13}} , {LAN} tiếp {KIM} .", [("Meeting", "ngày 13/9")]),
    ],
)
def test_when_a_date_of_a_saying_is_not_the_date_of_what_it_tells(markup, expected):
    assert _dated(markup) == expected


def test_when_a_saying_keeps_the_date_told_with_its_speaker():
    _, events = relations(f"[ORG Bộ Ngoại_giao] {{ngày 22/10|--10-22}} cho biết {LAN} sẽ gặp {KIM} .")
    (statement,) = [e for e in events if e.type is EventType.STATEMENT]
    assert statement.time is not None and statement.time.text == "ngày 22/10"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a sentence that opens on the occasion told before takes that sentence's date
        (
            f"{{Sáng 5/3|--03-05}} , {LAN} đến [CITY Huế] . Tại đây , {LAN} gặp {KIM} .",
            [("Travel", "Sáng 5/3"), ("Meeting", "Sáng 5/3")],
        ),
        (
            f"{LAN} tiếp {KIM} {{ngày 13/9|--09-13}} . Tại buổi tiếp , {KIM} mời {LAN} thăm [COUNTRY Lào] .",
            [("Meeting", "ngày 13/9"), ("Invitation", "ngày 13/9")],
        ),
        # its own date comes first
        (
            f"{{Sáng 5/3|--03-05}} , {LAN} đến [CITY Huế] . Tại đây , {{ngày 6/3|--03-06}} {LAN} gặp {KIM} .",
            [("Travel", "Sáng 5/3"), ("Meeting", "ngày 6/3")],
        ),
        # right after it, after its welcome, later that same day: the same occasion
        (
            f"{{Sáng 5/3|--03-05}} , {LAN} đến [CITY Huế] . Ngay sau đó , {LAN} gặp {KIM} .",
            [("Travel", "Sáng 5/3"), ("Meeting", "Sáng 5/3")],
        ),
        (
            f"{{Chiều 12/9|--09-12}} , {LAN} đến [CITY Huế] . Sau lễ đón , {KIM} hội_đàm với {LAN} .",
            [("Travel", "Chiều 12/9"), ("Meeting", "Chiều 12/9")],
        ),
        (
            f"{{Sáng 5/3|--03-05}} , {LAN} đến [CITY Huế] . Cũng trong ngày , {LAN} gặp {KIM} .",
            [("Travel", "Sáng 5/3"), ("Meeting", "Sáng 5/3")],
        ),
        # a sentence that does not open on the same occasion takes nothing from the one before
        (
            f"{{Sáng 5/3|--03-05}} , {LAN} đến [CITY Huế] . Sau đó , {LAN} gặp {KIM} .",
            [("Travel", "Sáng 5/3"), ("Meeting", None)],
        ),
        # nor the date of a saying in the sentence before
        (
            f"[ORG Bộ Ngoại_giao] {{ngày 22/10|--10-22}} cho biết {LAN} đã đến [CITY Huế] . Tại đây , {LAN} gặp {KIM} .",
            [("Travel", None), ("Meeting", None)],
        ),
    ],
)
def test_when_a_sentence_on_the_same_occasion_takes_the_date_before(markup, expected):
    assert _dated(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an event told after "trước/sau" is another occasion: the clause's date is not its own
        (
            f"Trước chuyến thăm [COUNTRY Nhật_Bản] của {LAN} , {{đầu tháng này|2023-09}} , quan_hệ hai nước căng_thẳng .",
            [("Visit", None)],
        ),
        (
            f"{{Ngày 13/9|--09-13}} , {LAN} đã gặp {KIM} trước chuyến thăm [COUNTRY Nhật_Bản] của {KIM} .",
            [("Meeting", "Ngày 13/9"), ("Visit", None)],
        ),
        # nor is the date told in such a phrase the clause's: it is the meeting's, whom the clause's subject met
        (
            f"Sau cuộc gặp {KIM} tại [CITY Huế] {{hôm 21/10|--10-21}} , {LAN} đến [CITY Hà_Nội] .",
            [("Meeting", "hôm 21/10"), ("Travel", None)],
        ),
        (
            f"Sau cuộc gặp {KIM} , {{ngày 21/10|--10-21}} , {LAN} đến [CITY Hà_Nội] .",
            [("Travel", "ngày 21/10")],
        ),
        # the trip during which a meeting happens lasts longer than its day
        (
            f"{{Tối 22/10|--10-22}} , {LAN} tiếp {KIM} nhân chuyến thăm [CITY Huế] của {KIM} .",
            [("Meeting", "Tối 22/10"), ("Visit", None)],
        ),
        (
            f"Nhân chuyến thăm [COUNTRY Lào] của {LAN} , {{sáng 5/3|--03-05}} , {KIM} tiếp {LAN} .",
            [("Meeting", "sáng 5/3"), ("Visit", None)],
        ),
        # but a date told in the trip's own phrase is the trip's, and the day of what happens during it
        (
            f"Trong chuyến thăm [CITY Huế] {{ngày 5/3|--03-05}} , {LAN} gặp {KIM} .",
            [("Meeting", "ngày 5/3"), ("Visit", "ngày 5/3")],
        ),
    ],
)
def test_when_event_of_another_occasion_keeps_its_own_date(markup: str, expected: list) -> None:
    assert sorted(_dated(markup)) == sorted(expected)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a bracket holding only a date belongs to the clause it follows, also in an apposition
        (
            "Đoàn thăm chùa , nơi có cây do Tổng_thống [PER Prasat] tặng Chủ_tịch [PER Hồ_Chí_Minh] ( {năm 1957|1957} ) .",
            [("GiftGiving", "năm 1957")],
        ),
        (f"{LAN} tiếp {KIM} ( {{ngày 13/9|--09-13}} ) .", [("Meeting", "ngày 13/9")]),
        # a bracket with more than a date is a clause of its own
        (
            "Đoàn thăm chùa , nơi có cây do Tổng_thống [PER Prasat] tặng Chủ_tịch [PER Hồ_Chí_Minh] "
            "( trồng {năm 1959|1959} ) .",
            [("GiftGiving", None)],
        ),
    ],
)
def test_bracketed_date(markup, expected):
    assert _dated(markup) == expected
