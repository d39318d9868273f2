"""A body named in lowercase up to its place: one name.

Lists and captions often write a body's head and the words of its kind in lowercase and only
the first word of its own name capitalised: "viện Lúa đồng_bằng sông Cửu_Long", "trung_tâm
Giáo_dục thường_xuyên tỉnh Sơn_La", "hội Liên_hiệp phụ_nữ Yên_Bái". The tagger, which leans on
capitals, keeps only the place at the end, or the name without its head ("đại_học Xây_dựng
Hà_Nội" of "trường đại_học …"). The annotation has the whole as one organisation. Here a place
(tagged, or found by the rules) is read as the end of such a body when, walking back from it
within the clause, there come one to a few lowercase words, then a capitalised run, then a lowercase
head of a body (``tagger.body-heads``, ``tagger.named-body-heads``: "trung_tâm"); when the capitalised run opens with a head of its own
("báo Công_an phường X", "reports the police of ward X"), the body starts there. The words between must not include a word that opens
another phrase (``tagger.lowercase-body-breaks``: "ở", "của", "và"), and no person may stand
inside, so "trường Lê_Lợi ở Hà_Nội" stays a school and a city.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention
from kg.lexicon.gazetteer import load_lexicon
from kg.tagger.syllables import syllable_spans

#: The kinds of cue (``cues.tsv``) that head a body's name.
_BODY_CUES = frozenset({"org", "orginst", "orgfacility"})

#: How many lowercase syllables may stand between the body's own name and its place.
_KIND_REACH = 5
#: How many capitalised syllables the body's own name may have.
_NAME_REACH = 4
#: How far back from the place the head may stand, in characters.
_WINDOW = 160


@cache
def _heads() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for name in ("tagger.body-heads", "tagger.named-body-heads") for w in word_list(name))


@cache
def _breaks() -> frozenset[str]:
    return frozenset(s for w in word_list("tagger.lowercase-body-breaks") for s in syllables_of(w))


def lowercase_bodies_joined(text: str, rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each body written with a lowercase head and ending at a place made one
    Organization from its head to the place's end, in place of the spans inside it."""
    places = {(m.start, m.end): m for m in [*rule_names, *tagged] if m.type.is_location and not m.reference}
    bodies: list[Mention] = []
    for place in sorted(places.values(), key=lambda m: m.start):
        start = _head_start(text, place.start)
        if start is None:
            continue
        inside = [m for m in tagged if start <= m.end and m.start < place.end]
        if any(m.type is EntityType.PERSON or m.start < start or m.end > place.end for m in inside):
            continue
        if any(b.start < place.end and start < b.end for b in bodies):
            continue
        confidence = max((m.confidence for m in inside if m.confidence is not None), default=place.confidence)
        bodies.append(
            replace(
                place,
                start=start,
                text=text[start : place.end],
                type=EntityType.ORGANIZATION,
                confidence=confidence,
                title=None,
                honorific=None,
                prefix_start=None,
                title_span=None,
            )
        )
    if not bodies:
        return tagged
    kept = [m for m in tagged if not any(b.start <= m.start and m.end <= b.end for b in bodies)]
    return sorted(kept + bodies, key=lambda m: (m.start, m.end))


def _head_start(text: str, place_start: int) -> int | None:
    """Where the lowercase head of a body that ends with the place at ``place_start`` begins, or None."""
    units = syllable_spans(text, max(0, place_start - _WINDOW), place_start)
    words = [text[s:e] for s, e in units]
    k = len(words) - 1
    lowered = 0
    while k >= 0 and _lowercase_word(words[k]) and _joined(text, units, k, place_start):
        if words[k].lower() in _breaks():
            return None
        lowered += 1
        k -= 1
    if not 0 < lowered <= _KIND_REACH:
        return None  # "công_ty Lockheed_Martin Mỹ": a name right before a place is no kind of it
    named = 0
    while k >= 0 and words[k][:1].isupper() and words[k].isalpha() and _joined(text, units, k, place_start):
        named += 1
        k -= 1
    if not 0 < named <= _NAME_REACH:
        return None
    for size in (3, 2, 1):
        first = k - size + 1
        if first < 0 or not all(_lowercase_word(w) for w in words[first : k + 1]):
            continue
        if first > 0 and text[units[first - 1][1] : units[first][0]] == "_":
            continue  # the segmenter joined it to the word before: "trình_báo" is no "báo"
        if tuple(w.lower() for w in words[first : k + 1]) in _heads() and all(_joined(text, units, i, place_start) for i in range(first, k + 1)):
            if _opens_with_body_head(words[k + 1 :]):
                return units[k + 1][0]  # "báo Công_an phường X": the capitalised head is the body's own
            return units[first][0]
    return None


def _opens_with_body_head(words: list[str]) -> bool:
    """Whether ``words`` open with a capitalised head of a body's name (``cues.tsv``: "Đài", "Công an")."""
    cues = load_lexicon().cues
    return any((cues.get(" ".join(words[:size])) or ("",))[0] in _BODY_CUES for size in range(1, min(len(words), 3) + 1))


def _lowercase_word(word: str) -> bool:
    return word.isalpha() and word[:1].islower()


def _joined(text: str, units: list[tuple[int, int]], index: int, place_start: int) -> bool:
    """Whether syllable ``index`` and the next one (or the place, after the last) stand apart by
    white space or "_" only."""
    following = units[index + 1][0] if index + 1 < len(units) else place_start
    gap = text[units[index][1] : following]
    return gap != "" and gap.strip(" _") == ""
