"""The body written in brackets after a person: "GS.TS Nguyễn_Thị_Lang ( Viện lúa Đồng_bằng sông Cửu_Long )".

Such brackets name the person's body in full, from its capitalised kind ("Viện", "Trường",
"Công_ty", ``events.tsv`` cues of bodies) to the closing bracket: "Organisation names keep their head
noun and their qualifier" (docs/annotation.md), lowercase words and places inside included. Names and
tagger may cut such a name short at a lowercase word ("Trường Đại_học" + "Hà_Nội" of "Trường Đại_học
Bách_khoa Hà_Nội") or miss it; the brackets make the whole one Organization mention, in place of the
pieces found inside them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import load_lexicon, syllables_of, title_written, word_list
from kg.model import AnalysedArticle, EntityType, Mention

#: Kinds of cue that open the name of a body ("Viện", "Công_ty", "Bệnh_viện").
_BODY_CUES = ("org", "orginst", "orgfacility")
#: The brackets' words: letters and digits, written with spaces or joined by "_", nothing else.
_CONTENT = re.compile(r"\(\s*([^\W_][\w]*(?:[ _][\w]+)*)\s*\)")
_SPACE = re.compile(r"\s*")
#: How many syllables such a name may have at most.
_LONGEST = 12
_PIECES_ALLOWED = frozenset({EntityType.ORGANIZATION, EntityType.REGION, EntityType.CITY, EntityType.COUNTRY, EntityType.LOCATION})


@lru_cache(maxsize=1)
def _body_kinds() -> frozenset[tuple[str, ...]]:
    """The capitalised kinds of body, as syllables, less those of news outlets ("Báo"), whose name leaves them out."""
    cues = load_lexicon().cues
    media = {syllables_of(word) for word in word_list("frames.media-nouns")}
    return frozenset(
        syllables_of(cue) for cue, (kind, _type) in cues.items()
        if kind in _BODY_CUES and cue[:1].isupper() and syllables_of(cue) not in media
    )


def bracketed_body_mentions(analysed: AnalysedArticle, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """``mentions`` with the body named in brackets right after a person one Organization mention."""
    text = analysed.article.text
    replaced: set[tuple[int, int]] = set()
    made = []
    for person in mentions:
        if person.type is not EntityType.PERSON or person.reference:
            continue
        span = _body_in_brackets(text, person.end)
        if span is None:
            continue
        start, end = span
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end or not _may_stand_inside(text, m, start) for m in inside):
            continue
        if any(m.start == start and m.type is not EntityType.ORGANIZATION for m in inside):
            continue  # "( Hội_An )": a place whose name opens with a kind's word
        if any((m.start, m.end) == span and m.type is EntityType.ORGANIZATION for m in inside):
            continue  # already whole
        replaced.update((m.start, m.end) for m in inside)
        made.append(Mention(analysed.id, analysed.sentence_at(start).index, start, end, text[start:end], EntityType.ORGANIZATION))
    if not made:
        return mentions
    kept = tuple(m for m in mentions if (m.start, m.end) not in replaced)
    return tuple(sorted(kept + tuple(made), key=lambda m: (m.start, m.end)))


def _may_stand_inside(text: str, mention: Mention, start: int) -> bool:
    """Whether ``mention`` may be a piece of the body's name that starts at ``start``: a body or a place,
    or a person the body is named after, right after its kind and levels ("Trường THPT chuyên Chu_Văn_An";
    not "Ban của Nguyễn_Hòa")."""
    if mention.type in _PIECES_ALLOWED:
        return True
    words = re.split(r"[ _]+", text[start : mention.start].strip(" _"))
    return (
        mention.type is EntityType.PERSON
        and mention.start > start
        and all(w[:1].isupper() or syllables_of(w)[:1] in _levels() for w in words if w)
    )


@lru_cache(maxsize=1)
def _levels() -> frozenset[tuple[str, ...]]:
    """The syllables of a school's levels ("chuyên", "tiểu", "học"), written lowercase inside its name."""
    return frozenset((s,) for w in word_list("names.institution-levels") for s in syllables_of(w))


def _body_in_brackets(text: str, at: int) -> tuple[int, int] | None:
    """The span of "( KIND … NAME )" right after offset ``at``: the brackets hold words only, open with a
    capitalised kind of body that is no title ("Viện_trưởng") and close on a capitalised word."""
    space = _SPACE.match(text, at)
    bracket = _CONTENT.match(text, space.end())
    if bracket is None:
        return None
    content = bracket.group(1)
    if not 2 <= len(re.split(r"[ _]", content)) <= _LONGEST or not content.split(" ")[-1][:1].isupper():
        return None  # the last word, joined by "_" when segmented, opens with a capital ("Trung_ương", "Hà Nội")
    syllables = syllables_of(content)
    if not any(syllables[:size] in _body_kinds() for size in (1, 2, 3)) or not content[:1].isupper():
        return None
    if title_written(content) is not None:
        return None
    return bracket.start(1), bracket.end(1)
