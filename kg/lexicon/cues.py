"""The role and event-cue lexicons of ``ontology/``: titles (``roles.tsv``) and cues (``events.tsv``)."""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.model import EntityType, EventType
from kg.lexicon.tsv import LexiconError, read_table, syllables_of
from kg.paths import ONTOLOGY_DIR
from kg.vocab import POST_ROLES, ROLE_PREDICATES

ONTOLOGY = ONTOLOGY_DIR
FRAMES = frozenset(
    {
        "subject-object",
        "between",
        "subject-place",
        "subject-destination",
        "destination-after",
        "visit-noun",
        "inspect",
        "attend",
        "shuttle",
        "invite",
        "invitation-noun",
        "accept",
        "give",
        "give-amount",
        "receive-amount",
        "speech",
        "speech-colon",
        "report",
        "quote-source",
        "reply",
        "after-quote",
    }
)


@dataclass(frozen=True, slots=True)
class Title:
    """A title word: the post it names and the types it links."""

    syllables: tuple[str, ...]
    predicate: str | None  # None: a title the graph records no post for ("phó thủ tướng")
    subject_types: frozenset[EntityType]
    object_types: frozenset[EntityType]
    role: str = "official"  # the normalised role ("minister", "deputyDirector")


@dataclass(frozen=True, slots=True)
class Cue:
    """An event cue: its words, the event type and the frame of its arguments."""

    syllables: tuple[str, ...]
    event: EventType
    frame: str


def _types(path: Path, number: int, value: str) -> frozenset[EntityType]:
    try:
        return frozenset(EntityType(v.strip()) for v in value.split(",") if v.strip())
    except ValueError:
        known = ", ".join(t.value for t in EntityType)
        raise LexiconError(f"{path}:{number}: unknown entity type in {value!r} (use one of {known})") from None


def load_titles(path: Path = ONTOLOGY / "roles.tsv") -> dict[tuple[str, ...], Title]:
    """The role lexicon, keyed by the title's syllables."""
    titles = {}
    for number, (title, predicate, subject, obj, role) in read_table(path, 5):
        if predicate != "-" and predicate not in ROLE_PREDICATES:
            raise LexiconError(
                f"{path}:{number}: unknown predicate {predicate!r} (use one of {', '.join(ROLE_PREDICATES)} or -)"
            )
        key = syllables_of(title)
        if not re.fullmatch(r"[a-z][A-Za-z]*", role):
            raise LexiconError(f"{path}:{number}: role {role!r} is not a name such as 'deputyMinister'")
        titles[key] = Title(
            key, None if predicate == "-" else predicate, _types(path, number, subject), _types(path, number, obj), role
        )
    return titles


def load_cues(path: Path = ONTOLOGY / "events.tsv") -> dict[tuple[str, ...], Cue]:
    """The event-cue lexicon, keyed by the cue's syllables."""
    cues = {}
    for number, (cue, event, frame) in read_table(path, 3):
        try:
            event_type = EventType(event)
        except ValueError:
            known = ", ".join(t.value for t in EventType)
            raise LexiconError(f"{path}:{number}: unknown event type {event!r} (use one of {known})") from None
        if frame not in FRAMES:
            raise LexiconError(f"{path}:{number}: unknown frame {frame!r} (use one of {', '.join(sorted(FRAMES))})")
        key = syllables_of(cue)
        cues[key] = Cue(key, event_type, frame)
    return cues


@lru_cache(maxsize=1)
def titles() -> dict[tuple[str, ...], Title]:
    """The shipped role lexicon (read once)."""
    return load_titles()


def title_written(title: str) -> Title | None:
    """The longest lexicon title a title as written begins with, past "nguyên", "cựu" or
    "quyền" ("Phó Cục_trưởng Cục Thuế" -> "phó cục trưởng"), or None."""
    syllables = syllables_of(title)
    while syllables and syllables[0] in _TITLE_LEADS:
        syllables = syllables[1:]
    known = titles()
    for length in range(len(syllables), 0, -1):
        found = known.get(syllables[:length])
        if found is not None:
            return found
    return None


def role_of_title(title: str) -> str:
    """The normalised role of a title as written ("Phó Cục_trưởng" -> "deputyDirector"):
    the role of the longest lexicon title it begins with, past "nguyên", "cựu" or
    "quyền"; "official" when the lexicon knows none."""
    found = title_written(title)
    return found.role if found is not None else "official"


def role_of_post(title: str | None, predicate: str) -> str:
    """The normalised role of a post told by ``title`` (None when none was written) with ``predicate``:
    the title's role, unless the predicate names a narrower post than the title's own, chosen by the
    kind of body the post is at ("Chủ_tịch Trung_Quốc" is presidentOf: "president", not "chairman")."""
    found = title_written(title) if title else None
    if found is None:
        return POST_ROLES.get(predicate, "official")
    if predicate != found.predicate and predicate in POST_ROLES:
        return POST_ROLES[predicate]
    return found.role


_TITLE_LEADS = frozenset({"nguyên", "cựu", "quyền", "tân"})


@lru_cache(maxsize=1)
def cues() -> dict[tuple[str, ...], Cue]:
    """The shipped event-cue lexicon (read once)."""
    return load_cues()
