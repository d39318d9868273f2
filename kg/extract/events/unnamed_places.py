"""Trips to a place the text does not name: "X tới hiện_trường", "X đến cơ_quan công_an trình_báo", "X đi
kiểm_tra …" (going out to inspect, ``events.inspecting``), and a
team going to play away, "X đến làm_khách của Y" (the host's ground is no named place).
The gold marks them as travels of their agent alone (docs/annotation.md)."""

from __future__ import annotations

from kg.extract.cues import CueMatch
from kg.extract.frames import phrase_set
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list

#: Nouns of a place one goes to that needs no name: the scene, a police station, a hospital.
_UNNAMED_PLACES = phrase_set(*word_list("events.unnamed-places"))
#: Cues that tell a trip without a place: a team going to play away ("đến làm_khách").
_PLACE_FREE = phrase_set(*word_list("events.place-free-trips"))
#: Verbs of arriving that such a noun may follow ("đến", "tới"); others ("vào bệnh_viện", "xuống hiện_trường")
#: tell where one is brought or sent as often as a trip.
_ARRIVING = phrase_set(*word_list("events.arriving"))
#: Verbs of going out that an act of inspecting may follow ("đi kiểm_tra", "xuống thị_sát").
_GOING_OUT = phrase_set(*word_list("events.going-out"))
#: Acts of inspecting one goes out to do.
_INSPECTING = phrase_set(*word_list("events.inspecting"))


def unnamed_destination(view: ArticleView, match: CueMatch, last: int) -> bool:
    """Whether the travel cue ``match`` tells a trip to a place left unnamed: the cue is one of a trip
    that needs no place, a verb of going out that an act of inspecting follows, or a verb of arriving
    that a noun of ``events.unnamed-places`` follows right away."""
    if match.cue.syllables in _PLACE_FREE:
        return True
    if match.cue.syllables in _GOING_OUT and match.end < last and view.match_any(match.end, _INSPECTING) is not None:
        return True
    return (
        match.cue.syllables in _ARRIVING
        and match.end < last
        and view.match_any(match.end, _UNNAMED_PLACES) is not None
    )
