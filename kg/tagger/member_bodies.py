"""A body named right after a noun of membership is a body, where the tagger leaves it out or reads a person.

"kỹ sư của hãng Boeing", "nghị sĩ đảng Bảo thủ", "thành viên nhóm nhạc Super Junior": a noun of a
member or of a member's seat (``affiliations.member-nouns``, ``places.member``, the titles of
``affiliations.member-roles``: "nghị sĩ"; not of staff, who name the body they report on or serve as
well as their own: "phóng viên Báo X Online"), maybe "của" and a noun
of the body's kind (``frames.body-nouns``, ``affiliations.team-heads``: "hãng", "nhóm nhạc"), says
the name after it is a body's. The tagger weighs the sentence alone and drops some of these names
(a foreign company's, a small party's); the rules' Organization there stands where no tagged span
touches it, unless it is an acronym alone ("thành viên HĐQT") or another name follows it at once
("HĐQT Vinamilk"). A name the tagger or the rules typed a person right after such a noun and a noun of the
body's kind ("thành viên nhóm nhạc Super Junior") is the body, an Organization; a body's name that
opens with such a noun written capitalised ("Đảng viên Đảng Cộng sản Việt Nam") is the body's name
after it, when that opens with a kind of body ("Sinh viên Hàn Quốc" is a team's whole name).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of, titles, word_list
from kg.model import EntityType, Mention

#: How many characters before a name may hold the noun of membership, "của" and the noun of kind.
_REACH = 60
_WORD_BREAK = re.compile(r"[\s_]+")
_WORD = re.compile(r"[^\s_]+")


@cache
def _tie_nouns() -> frozenset[tuple[str, ...]]:
    """The nouns of a member, of staff and of a member's seat, and the titles of a member's role."""
    roles = frozenset(word_list("affiliations.member-roles"))
    nouns = {
        syllables_of(w)
        for name in ("affiliations.member-nouns", "places.member")
        for w in word_list(name)
    }
    # staff write of the body they report on or serve ("phóng_viên Báo X Online", "chiến_sĩ LLVT"), not of their own
    staff = {syllables_of(w) for w in word_list("affiliations.staff-nouns")}
    return frozenset((nouns - staff) | {words for words, title in titles().items() if title.role in roles})


@cache
def _kind_nouns() -> frozenset[tuple[str, ...]]:
    """The nouns of a body's kind written before its name ("hãng", "tổ chức", "nhóm nhạc")."""
    return frozenset(syllables_of(w) for name in ("frames.body-nouns", "affiliations.team-heads") for w in word_list(name))


@cache
def _of() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("affiliations.of"))


def member_bodies_kept(text: str, rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each body the rules found right after a noun of membership and no tagged span
    touches added, and each person named right after such a noun and a noun of kind an Organization."""
    result = [
        replace(m, type=EntityType.ORGANIZATION) if m.type is EntityType.PERSON and _after_tie(text, m.start) == "kind" else m
        for m in map(_member_noun_left_out, tagged)
    ]
    for mention in rule_names:
        if mention.reference or mention.type not in (EntityType.ORGANIZATION, EntityType.PERSON):
            continue
        if any(m.start < mention.end and mention.start < m.end for m in result) or _is_short_name(mention.text):
            continue  # an acronym alone ("HĐQT", "LLVT") is as often a generic body's as a name
        if any(m.start > mention.end and not text[mention.end : m.start].strip(" _") for m in result):
            continue  # "thành_viên HĐQT Vinamilk": the name after it is the body's
        tie = _after_tie(text, mention.start)
        if tie == "kind" or (tie == "noun" and mention.type is EntityType.ORGANIZATION):
            result.append(replace(mention, type=EntityType.ORGANIZATION))
    return result


def _member_noun_left_out(mention: Mention) -> Mention:
    """A body's name that opens with a noun of membership written capitalised ("Đảng viên Đảng Y") without
    it: the noun is the member's, the name after it the body's ("Đảng Y")."""
    if mention.type is not EntityType.ORGANIZATION or mention.reference:
        return mention
    words = list(_WORD.finditer(mention.text))
    for size in range(min(4, len(words) - 1), 0, -1):
        rest = mention.text[words[size].start() :]
        if syllables_of(mention.text[: words[size - 1].end()]) in _tie_nouns() and rest[:1].isupper() and _opens_body(rest):
            start = mention.start + words[size].start()
            return replace(mention, start=start, text=rest)
    return mention


def _opens_body(name: str) -> bool:
    """Whether ``name`` opens with a kind of body ("Đảng Y", "Hội Y", "Trường Y"), not a place ("Sinh viên
    Hàn Quốc" is a team's whole name)."""
    words = syllables_of(name)
    return any(words[:n] in _body_heads() for n in range(1, min(len(words), 3) + 1))


@cache
def _body_heads() -> frozenset[tuple[str, ...]]:
    lists = ("frames.body-nouns", "affiliations.team-heads", "affiliations.association-heads", "affiliations.school-nouns")
    return frozenset(syllables_of(w) for name in lists for w in word_list(name))


def _is_short_name(text: str) -> bool:
    """Whether ``text`` is written as a short name alone: no lowercase letter ("HĐQT")."""
    return not any(c.islower() for c in text)


def _after_tie(text: str, start: int) -> str | None:
    """"kind" when a noun of membership, maybe "của", and a noun of the body's kind stand right before
    offset ``start``; "noun" when the noun of membership (maybe "của") stands there alone; else None."""
    before = text[max(0, start - _REACH) : start]
    if not before[-1:].isspace() and not before.endswith("_"):
        return None
    words: list[str] = []
    for token in reversed(_WORD_BREAK.split(before.strip(" _"))):
        if not token.isalpha():
            break  # a mark or a number ends the words that may tell the tie
        words.insert(0, syllables_of(token)[0])
    return _tie_read(tuple(words))


def _tie_read(words: tuple[str, ...]) -> str | None:
    """What the words before a name tell: "kind", "noun" or None (see ``_after_tie``)."""
    for size in (3, 2, 1):
        if len(words) > size and words[-size:] in _kind_nouns() and _tie_before(words[:-size]):
            return "kind"
    return "noun" if _tie_before(words) else None


def _tie_before(words: tuple[str, ...]) -> bool:
    """Whether ``words`` end with a noun of membership, maybe followed by "của"."""
    if words[-1:] and words[-1:] in _of():
        words = words[:-1]
    return any(len(words) >= size and words[-size:] in _tie_nouns() for size in (4, 3, 2, 1))
