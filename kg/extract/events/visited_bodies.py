"""A body gone to for an act done there: "Đoàn công_tác đến UBND tỉnh Y làm_việc", "X đến Trường Z để
kiểm_tra", "X tới Công_an quận Y trình_báo". Going to a body and working, inspecting or reporting there
is a visit to it, the body its host (docs/annotation.md: an agent visits a place or a host); going to a body with no such
act after it ("X đến Real_Madrid", a transfer) is not read."""

from __future__ import annotations

from kg.extract.cues import CueMatch
from kg.extract.frames import Argument, phrase_set
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType

#: Verbs of arriving that may lead to a body visited ("đến", "tới").
_ARRIVING = phrase_set(*word_list("events.arriving"))
#: Acts done at a body gone to ("làm_việc", "kiểm_tra", "trình_báo").
_ACTS_THERE = phrase_set(*word_list("events.acts-at-body"))
#: Words of purpose that may stand before the act ("để").
_IN_ORDER_TO = phrase_set(*word_list("events.in-order-to"))


def body_visited(view: ArticleView, match: CueMatch, last: int) -> Argument | None:
    """The body named right after the verb of arriving ``match`` when an act done there follows it,
    directly or after a word of purpose; None otherwise."""
    if match.cue.syllables not in _ARRIVING or match.end >= last:
        return None
    body = view.pieces[match.end].mention
    if body is None or not body.type.is_organization or body.reference:
        return None
    j = match.end + 1
    if j < last and (purpose := view.match_any(j, _IN_ORDER_TO)) is not None:
        j = purpose
    if j >= last or view.match_any(j, _ACTS_THERE) is None:
        return None
    return Argument(body, match.end)
