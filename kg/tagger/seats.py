"""A seat of government written where someone goes or is, as the building's mention.

News names a government by its seat ("Nhà Trắng cho biết", "Điện Kremlin bác bỏ"), and the
building by the same name where someone meets, goes or stands ("hội đàm tại Nhà Trắng",
"tới thăm điện Kremlin"). The annotation types the first an Organization and the second a
Facility (docs/annotation.md, metonymy), and only the building is a place an event can be held
at. ``seats_as_buildings`` types a Facility each seat (``resolver.seats``) the tagger typed an
Organization that a word of going to or being at a building (``resolver.seat-words``) stands
right before, as the resolver reads it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import EntityType, Mention
from kg.resolve.seats import at_building, is_seat


def seats_as_buildings(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each seat of government written after "tại", "đến", "thăm" … typed a Facility."""
    return [
        replace(m, type=EntityType.FACILITY)
        if m.type is EntityType.ORGANIZATION and is_seat(m.text) and at_building(text, m.start)
        else m
        for m in tagged
    ]
