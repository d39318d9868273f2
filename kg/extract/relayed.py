"""Sayings an outlet relays: "Yomiuri đưa_tin , Trung_Quốc đã đề_nghị Hàn_Quốc …".

When what an outlet reports opens with another named speaker's saying, the outlet
says nothing itself: the speaker is the agent of that saying and the outlet its
source (docs/annotation.md, "An outlet reporting in its own name speaks").
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.according import with_role
from kg.model import Event, Mention


def relayed_by_outlets(statements: Sequence[Event]) -> list[Event]:
    """``statements`` with each outlet's report that only relays a saying of another
    speaker, told at the very start of what it reports, folded into that saying as its source."""
    relaying: dict[int, Mention] = {}  # index of the relayed saying -> the outlet
    relays: set[int] = set()  # indices of the outlets' reports folded away
    for at, outer in enumerate(statements):
        outlet = _own_report(outer)
        if outlet is None or outer.quote_span is None:
            continue
        for index, inner in enumerate(statements):
            if inner is outer or inner.provenance.start != outer.quote_span[0]:
                continue
            if inner.provenance.end > outer.quote_span[1] or any(m.key == outlet.key for m in inner.mentions("agent")):
                continue
            relaying[index] = outlet
            relays.add(at)
    if not relaying:
        return list(statements)
    kept: list[Event] = []
    for index, event in enumerate(statements):
        outlet = relaying.get(index)
        if outlet is not None:
            kept.append(event if any(m.key == outlet.key for m in event.mentions("reportedBy")) else with_role(event, "reportedBy", outlet))
        elif index not in relays:
            kept.append(event)
    return kept


def _own_report(event: Event) -> Mention | None:
    """The outlet of "X đưa_tin , …", where X is both the speaker and the one reporting; else None."""
    agents = event.mentions("agent")
    reporters = event.mentions("reportedBy")
    if len(agents) == 1 and len(reporters) == 1 and agents[0] is reporters[0]:
        return agents[0]
    return None
