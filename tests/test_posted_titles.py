"""A post abroad written with its place ("Đại sứ Nhật Bản tại Việt Nam"): the place is the post's, so it
neither ends the object of a meeting nor gives the meeting its place. Raw text through the whole
per-article stage, as a user feeds it."""

from __future__ import annotations

import pytest

from kg.article import extract_article
from kg.model import Article, EventType


def meeting(text: str, learned: bool) -> tuple[set[str], str | None] | None:
    """The participants and the place of the one meeting of ``text``, or None."""
    extraction = extract_article(Article(id="a", text=text, source="test.txt", segmented=False), learned)
    found = [e for e in extraction.events if e.type is EventType.MEETING]
    if not found:
        return None
    (event,) = found
    participants = {r.mention.text for r in event.roles if r.role == "participant"}
    places = [r.mention.text for r in event.roles if r.role == "place"]
    return participants, places[0] if places else None


@pytest.mark.parametrize("learned", [False, True], ids=["rules", "rules-and-tagger"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ambassador's title holds "tại X"; the meeting's own place comes after the name
        (
            "Chiều 5/4, Bộ trưởng Tô Lâm đã tiếp Đại sứ Nhật Bản tại Việt Nam Umeda Kunio tại Hà Nội.",
            ({"Tô Lâm", "Umeda Kunio"}, "Hà Nội"),
        ),
        (
            "Sáng 6/4, Phó Thủ tướng Vũ Đức Đam đã tiếp Trưởng đại diện UNICEF tại Việt Nam Rana Flowers.",
            ({"Vũ Đức Đam", "Rana Flowers"}, None),
        ),
        # the title after the name: its place is no place of the meeting
        (
            "Chiều 5/4, Bộ trưởng Tô Lâm đã tiếp ông Umeda Kunio, Đại sứ Nhật Bản tại Việt Nam.",
            ({"Tô Lâm", "Umeda Kunio"}, None),
        ),
        # a title of no post abroad: "tại Hà Nội" is where they met
        (
            "Chiều 5/4, Bộ trưởng Tô Lâm đã tiếp Thứ trưởng Ngoại giao Nhật Bản Takeo Akiba tại Hà Nội.",
            ({"Tô Lâm", "Takeo Akiba"}, "Hà Nội"),
        ),
        (
            "Chiều 5/4, Bộ trưởng Tô Lâm đã tiếp Đại sứ Umeda Kunio tại Hà Nội.",
            ({"Tô Lâm", "Umeda Kunio"}, "Hà Nội"),
        ),
    ],
)
def test_a_post_abroad_keeps_its_place(text, expected, learned):
    assert meeting(text, learned) == expected
