"""A department whose name holds a place: the department, not the place.

"Vụ Châu_Âu", "Vụ Mỹ_Latinh", "Vụ Pháp_chế": a ministry's departments and offices
are named by a capitalised head ("Vụ", "Cục", "Ban", "Viện", "Phòng": the list
``tagger.department-heads``) and a field or a region. The tagger knows the
region ("Châu_Âu" a Region) or a country's name that opens a word of the field
("Pháp" of "Pháp_chế" a Country, or a body "Vụ Pháp" cut inside the word), and
leaves the head out or cuts the name short. As the annotation reads it, the whole
is one body. ``department_names_completed`` makes each such span, right after a
capitalised head that opens no sentence (a sentence-initial "Vụ" is "the case":
"Vụ Mỹ tấn_công …"), or opening with one, a body from the head to the end of the
word it ends in.
"""

from __future__ import annotations

from dataclasses import replace

from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention

_HEADS = frozenset(syllables_of(word) for word in word_list("tagger.department-heads"))
_LONGEST_HEAD = max((len(head) for head in _HEADS), default=0)
#: Types a department's name is misread as.
_MISREAD = frozenset({EntityType.COUNTRY, EntityType.REGION, EntityType.CITY, EntityType.ORGANIZATION})
#: Marks after which a word opens a sentence or a quotation.
_OPENERS = frozenset('.!?:;"“”(…-–')


def department_names_completed(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each place or body right after (or opening with) a capitalised
    department head, away from a sentence's start, a body from the head to its word's end."""
    result: list[Mention] = []
    for mention in tagged:
        if mention.type not in _MISREAD:
            result.append(mention)
            continue
        start = _head_before(text, mention.start)
        if start is None and mention.type is EntityType.ORGANIZATION and _head_opens(text, mention):
            start = mention.start
        if start is None:
            result.append(mention)
            continue
        end = _word_end(text, mention.end)
        result.append(
            replace(
                mention,
                start=start,
                end=end,
                text=text[start:end],
                type=EntityType.ORGANIZATION,
            )
        )
    return _without_duplicates(result)


def _head_before(text: str, start: int) -> int | None:
    """Where a capitalised department head ending right before ``start`` (one space between)
    begins, when it opens no sentence."""
    if start < 2 or text[start - 1] != " ":
        return None
    words = text[max(0, start - 40):start - 1].split(" ")
    for size in range(1, min(_LONGEST_HEAD, len(words)) + 1):
        candidate = " ".join(words[-size:])
        if "_" not in candidate and size > 1:
            continue
        if syllables_of(candidate) in _HEADS and candidate[:1].isupper():
            head_start = start - 1 - len(candidate)
            return head_start if _mid_sentence(text, head_start) else None
    return None


def _head_opens(text: str, mention: Mention) -> bool:
    """Whether ``mention`` opens with a capitalised department head, away from a sentence's
    start, and ends inside a word."""
    first = mention.text.split(" ")[0]
    return (
        first[:1].isupper()
        and syllables_of(first) in _HEADS
        and mention.end < len(text)
        and _word_end(text, mention.end) > mention.end
        and _mid_sentence(text, mention.start)
    )


def _mid_sentence(text: str, start: int) -> bool:
    """Whether a word stands before ``start`` in its sentence, not a mark that opens one."""
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in _OPENERS and before[-1] != "\n"


def _word_end(text: str, end: int) -> int:
    """The end of the word ``end`` falls in (syllables joined by ``_``), when a capitalised syllable
    ends at ``end`` and the rest of the word is lowercase ("Pháp" of "Pháp_chế"); else ``end``: a
    capitalised rest is another name the segmenter glued on ("Mỹ_Ben_Bernanke"), and a lowercase
    syllable glued to the verb after it ends the name ("Sở Công thương_yêu cầu")."""
    last = text[:end].replace("_", " ").split()[-1:]
    if not last or not last[0][:1].isupper():
        return end
    stop = end
    while stop < len(text) and text[stop] == "_":
        stop += 1
        while stop < len(text) and text[stop] != "_" and text[stop].isalnum():
            stop += 1
    rest = text[end:stop].replace("_", "")
    return stop if rest == rest.lower() else end


def _without_duplicates(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each span kept once (a completed department may meet a body the tagger found)."""
    seen: set[tuple[int, int]] = set()
    kept: list[Mention] = []
    for mention in mentions:
        if (mention.start, mention.end) in seen:
            continue
        seen.add((mention.start, mention.end))
        kept.append(mention)
    return kept
