"""A body's name and the name of the person holding a post at it, read as one name: two names.

"Trưởng Ban Tuyên_giáo Trung_ương Võ_Văn_Thưởng", "Chánh_án Tòa_án nhân_dân tối_cao
Nguyễn_Hòa_Bình": a title of a post, the body, then the holder's name. The tagger now and then
reads the body and the name after it as one Organization. ``holders_split_off`` cuts such a
span, after a title of a post (``roles.tsv``), into the body and a Person when

- the span ends with a Vietnamese personal name (a surname, then one to three capitalised
  syllables) that the gazetteers list as nothing else ("Hà_Nội" is a city);
- the body's head is of no kind often named after a person (``tagger.heads-named-after-people``:
  "Trường THPT tư_thục Phạm_Văn_Đồng", "Học_viện … Hồ_Chí_Minh", "Công_ty Điện_máy Nguyễn_Kim");
- the words between the head and the name are more than its level or an acronym, and end as a
  body's name does: with a lowercase word ("tối_cao"), a word that closes one
  (``tagger.body-name-ends``: "Trung_ương") or a listed body's whole name ("Bộ Ngoại_giao",
  "Vingroup" alone), not
  with a capitalised word the name may go on from ("Viện Nghiên_cứu Hán_Nôm").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of
from kg.lexicon.cues import load_titles
from kg.lexicon.words import word_syllables
from kg.model import EntityType, Mention
from kg.tagger.gazetteer import cue_words, name_list, syllable_key
from kg.tagger.personal_names import vietnamese_name_shaped

#: How far before a body its title is read.
_BEFORE = 40
#: Kinds of cue that head a body's name (``cues.tsv``).
_BODY_HEADS = frozenset({"org", "orgfacility", "orginst"})
#: The longest title read, in syllables.
_LONGEST_TITLE = 5
#: The most words of a place's name that may close a body's name before its holder's.
_PLACE_WORDS = 3
_PLACE_TYPES = frozenset({EntityType.CITY.value, EntityType.REGION.value, EntityType.COUNTRY.value})


@cache
def _titles() -> frozenset[tuple[str, ...]]:
    return frozenset(load_titles())


@cache
def _name_ends() -> frozenset[tuple[str, ...]]:
    return word_syllables("tagger.body-name-ends")


@cache
def _named_after_people() -> frozenset[tuple[str, ...]]:
    return word_syllables("tagger.heads-named-after-people")


@cache
def _level_committees() -> frozenset[tuple[str, ...]]:
    return word_syllables("names.level-committees")


@cache
def _levels() -> frozenset[tuple[str, ...]]:
    return word_syllables("names.institution-levels")


def titled_before(text: str, mention: Mention) -> bool:
    """Whether a title of a post ends right before ``mention`` ("Chánh_án " before "Tòa_án …") or
    with its first word, the body's head ("Trưởng Ban" of "Ban Tuyên_giáo …")."""
    head = re.match(r"\S+", text[mention.start : mention.end])
    before = syllables_of(text[max(0, mention.start - _BEFORE) : mention.start])
    for words in (before, before + syllables_of(head.group() if head else "")):
        if any(words[-n:] in _titles() for n in range(1, min(_LONGEST_TITLE, len(words)) + 1)):
            return True
    return False


def _only_levels(tokens: list[str]) -> bool:
    """Whether the words after a body's head are only its level or an acronym ("THPT", "ĐH", "TNHH")."""
    return all(syllables_of(t) in _levels() or (t.isupper() and len(t) > 1) for t in tokens)


def _closes_body(head: str, tokens: list[str]) -> bool:
    """Whether the body's ``head`` and the words ``tokens`` after it end as a body's name does: a
    lowercase word, one of ``tagger.body-name-ends``, or a listed body's whole name ("Bộ Ngoại_giao")."""
    if name_list().get(syllable_key(" ".join([head, *tokens]))) == EntityType.ORGANIZATION.value:
        return True
    if not tokens:
        return False
    if tokens[-1][:1].islower():
        return True
    joined = " ".join(tokens)
    return any(syllables_of(joined)[-len(end):] == end for end in _name_ends())


def _ends_with_place(tokens: list[str]) -> bool:
    """Whether the words ``tokens`` end with the name of a place the gazetteers list ("… Hà_Nội")."""
    for n in range(1, min(_PLACE_WORDS, len(tokens)) + 1):
        listed = name_list().get(syllable_key(" ".join(tokens[-n:])))
        if listed in _PLACE_TYPES:
            return True
    return False


def holder_cut(text: str, mention: Mention) -> int | None:
    """Where in the article the holder's name starts inside the body's span ``mention``, or None.
    A committee named by its level alone ("Tỉnh_đoàn", ``names.level-committees``) is cut right
    after its head. A body of a kind often named after a person ("Công_ty Điện_máy Nguyễn_Kim") is cut only after
    the place that closes its name ("Công_ty Môi_trường đô_thị Hà_Nội Nguyễn_Văn_An")."""
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[mention.start : mention.end])]
    head = syllables_of(" ".join(t for _, t in tokens[:3]))
    named_after_people = any(head[: len(h)] == h for h in _named_after_people())
    for k in range(1, len(tokens)):
        name = text[mention.start + tokens[k][0] : mention.end]
        before = [t for _, t in tokens[1:k]]
        listed = name_list().get(syllable_key(name))
        if not vietnamese_name_shaped(name) or listed not in (None, EntityType.PERSON.value):
            continue
        if not before and syllables_of(tokens[0][1]) in _level_committees():
            return mention.start + tokens[k][0]  # "Bí_thư Tỉnh_đoàn Trần_Văn_Hải": the committee, then its secretary
        if named_after_people:
            if before and _ends_with_place(before):
                return mention.start + tokens[k][0]
        elif not (before and _only_levels(before)) and _closes_body(tokens[0][1], before):
            return mention.start + tokens[k][0]
    return None


def holders_split_off(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each body's span, written after a title of a post and ending with the holder's
    Vietnamese personal name, cut into the body and the person."""
    result: list[Mention] = []
    for mention in tagged:
        cut = holder_cut(text, mention) if mention.type is EntityType.ORGANIZATION and titled_before(text, mention) else None
        if cut is None:
            result.append(mention)
            continue
        end = cut
        while end > mention.start and text[end - 1].isspace():
            end -= 1
        result.append(replace(mention, end=end, text=text[mention.start : end]))
        result.append(replace(mention, start=cut, text=text[cut : mention.end], type=EntityType.PERSON))
    return result


def title_words_trimmed(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with the lowercase words that end a title begun before a body's span left out of
    it, when a body's head follows them: "Phó ban tuyên_giáo thành_ủy Hà_Nội" is the title "Phó ban
    tuyên_giáo" and the body "thành_ủy Hà_Nội" (a capitalised board, "Trưởng Ban Tuyên_giáo
    Trung_ương", is the body; so is "phòng Nông_nghiệp huyện X" after "Trưởng")."""
    result: list[Mention] = []
    for mention in tagged:
        cut = _title_end_inside(text, mention) if mention.type is EntityType.ORGANIZATION else None
        result.append(mention if cut is None else replace(mention, start=cut, text=text[cut : mention.end]))
    return result


def _opens_body(token: str) -> bool:
    """Whether the word ``token`` is the head of a body's name ("thành_ủy", "Ban", "Bộ")."""
    return cue_words().get(syllables_of(token)) in _BODY_HEADS


def _title_end_inside(text: str, mention: Mention) -> int | None:
    """Where the body starts in ``mention`` when its first lowercase words end a title begun before it."""
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[mention.start : mention.end])]
    before = syllables_of(text[max(0, mention.start - _BEFORE) : mention.start])
    for k in range(min(2, len(tokens) - 1), 0, -1):
        inside = tokens[:k]
        if not all(t[:1].islower() for _, t in inside):
            continue
        if not _opens_body(tokens[k][1]):
            continue  # "Trưởng phòng Nông_nghiệp huyện X": "phòng" is the body's head, kept
        words = before + syllables_of(" ".join(t for _, t in inside))
        inside_length = len(syllables_of(" ".join(t for _, t in inside)))
        longest = min(_LONGEST_TITLE, len(words))
        if any(words[-n:] in _titles() for n in range(inside_length + 1, longest + 1)):
            return mention.start + tokens[k][0]  # a title begun before the span ends inside it
    return None


def holders_typed(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with a Vietnamese personal name written right after a titled body ("Tư_lệnh Quân_khu 7
    Trần_Đơn") typed a Person whatever other type the tagger gave it, unless the gazetteers list it."""
    ordered = sorted(tagged, key=lambda m: (m.start, m.end))
    holders = set()
    for body, name in zip(ordered, ordered[1:]):
        if (
            body.type is EntityType.ORGANIZATION
            and name.type is not EntityType.PERSON
            and text[body.end : name.start].isspace()
            and vietnamese_name_shaped(name.text)
            and name_list().get(syllable_key(name.text)) is None
            and titled_before(text, body)
        ):
            holders.add((name.start, name.end))
    return [replace(m, type=EntityType.PERSON) if (m.start, m.end) in holders else m for m in tagged]
