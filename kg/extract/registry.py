"""The frame readers, registered by the frame names of ``ontology/events.tsv``.

A cue of the lexicon names its frame ("subject-object", "speech", …); the
function registered under that name reads the cue's arguments. A family is
the stage that calls its readers: ``events`` (``kg.extract.events``) and
``speech`` (``kg.extract.speech``); ``speech-source`` marks the frame the
speech reader consults around a speaker ("TASS dẫn lời X nói").

A frame in the lexicon without a reader, or a reader without a frame, fails
the test ``test_events_every_frame_has_a_reader``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FrameReader:
    """The function that reads one frame, and the family that calls it."""

    frame: str
    family: str
    read: Callable


FRAME_READERS: dict[str, FrameReader] = {}


def frame_reader(*frames: str, family: str) -> Callable[[Callable], Callable]:
    """Register the decorated function as the reader of ``frames``."""

    def register(read: Callable) -> Callable:
        for frame in frames:
            if frame in FRAME_READERS:
                raise ValueError(f"frame {frame!r} already read by {FRAME_READERS[frame].read.__qualname__}")
            FRAME_READERS[frame] = FrameReader(frame, family, read)
        return read

    return register


def readers_of(family: str) -> dict[str, Callable]:
    """The frames of ``family`` and their readers."""
    return {frame: entry.read for frame, entry in FRAME_READERS.items() if entry.family == family}
