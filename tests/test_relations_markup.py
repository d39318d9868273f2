"""Marked-up sentences for the relation tests, and the tests of the markup itself.

``[PER Vladimir_Putin]`` is a person mention; ``[PER Tổng_thống [COUNTRY Nga]|Vladimir_Putin]``
keeps the title apart from the name (the mention covers the name only, the
title is in ``title`` and ``prefix_start``) with the country inside the title
a mention of its own; ``[REF Tổng_thống [COUNTRY Nga]]`` is a reference
mention; ``{ngày 13/9|--09-13}`` is a time expression (``2023-09-13``,
``--09-13``, ``2023-09``, ``2023`` or a relative word such as ``next_month``).
Sentences end at the tokens ".", "!" and "?".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from kg.extract.relations import find_relations
from kg.model import AnalysedArticle, Article, EntityType, Event, EventType, Mention, Sentence, Statement, TimeExpression, Token
from kg.vocab import ROLE_PREDICATES

TYPES = {
    "PER": EntityType.PERSON,
    "REF": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "AGENCY": EntityType.NEWS_AGENCY,
    "LOC": EntityType.LOCATION,
    "COUNTRY": EntityType.COUNTRY,
    "CITY": EntityType.CITY,
    "REGION": EntityType.REGION,
    "FAC": EntityType.FACILITY,
}


@dataclass
class _Open:
    kind: str  # a TYPES key, or "TIME"
    start: int
    bar: int | None = None


def parse_markup(markup: str, article_id: str = "t") -> tuple[AnalysedArticle, tuple[Mention, ...], tuple[TimeExpression, ...]]:
    """The analysed article, mentions and times a marked-up text stands for."""
    out: list[str] = []
    stack: list[_Open] = []
    spans: list[tuple[_Open, int, str]] = []  # frame, end, time value
    i = 0
    length = 0
    while i < len(markup):
        char = markup[i]
        if char == "[":
            kind = re.match(r"\[([A-Z]+) ", markup[i:])
            if kind is None or kind.group(1) not in TYPES:
                raise ValueError(f"offset {i}: expected [TYPE … ] with TYPE one of {sorted(TYPES)}")
            stack.append(_Open(kind.group(1), length))
            i += len(kind.group(0))
            continue
        if char == "{":
            stack.append(_Open("TIME", length))
            i += 1
            continue
        if char == "|" and stack:
            if stack[-1].kind == "TIME":
                close = markup.index("}", i)
                spans.append((stack.pop(), length, markup[i + 1 : close]))
                i = close + 1
                continue
            stack[-1].bar = length
            out.append(" ")
            length += 1
            i += 1
            continue
        if char == "]" and stack:
            spans.append((stack.pop(), length, ""))
            i += 1
            continue
        if char == "}" and stack:
            spans.append((stack.pop(), length, ""))
            i += 1
            continue
        out.append(char)
        length += 1
        i += 1
    if stack:
        raise ValueError(f"unclosed {stack[-1].kind} opened at output offset {stack[-1].start}")
    text = "".join(out)
    sentences = _sentences(text)
    mentions = []
    times = []
    for frame, end, value in spans:
        if frame.kind == "TIME":
            times.append(_time(article_id, _sentence_of(sentences, frame.start), frame.start, end, text, value))
            continue
        start = frame.start if frame.bar is None else frame.bar + 1
        mentions.append(
            Mention(
                article_id,
                _sentence_of(sentences, start),
                start,
                end,
                text[start:end],
                TYPES[frame.kind],
                title=None if frame.bar is None else text[frame.start : frame.bar],
                prefix_start=None if frame.bar is None else frame.start,
                reference=frame.kind == "REF",
            )
        )
    article = Article(id=article_id, text=text, source="test")
    analysed = AnalysedArticle(article, tuple(sentences), None, None, None, None)
    return analysed, tuple(sorted(mentions, key=lambda m: (m.start, -m.end))), tuple(sorted(times, key=lambda t: t.start))


def _sentences(text: str) -> list[Sentence]:
    tokens = [Token(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    sentences: list[Sentence] = []
    current: list[Token] = []
    for token in tokens:
        current.append(token)
        if token.text in {".", "!", "?"}:
            sentences.append(Sentence(len(sentences), current[0].start, current[-1].end, tuple(current)))
            current = []
    if current:
        sentences.append(Sentence(len(sentences), current[0].start, current[-1].end, tuple(current)))
    return sentences


def _sentence_of(sentences: list[Sentence], offset: int) -> int:
    for sentence in sentences:
        if sentence.start <= offset <= sentence.end:
            return sentence.index
    return sentences[-1].index if sentences else 0


def _time(article_id: str, sentence: int, start: int, end: int, text: str, value: str) -> TimeExpression:
    year = month = day = None
    relative = None
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        year, month, day = (int(g) for g in m.groups())
    elif m := re.fullmatch(r"--(\d{2})-(\d{2})", value):
        month, day = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m.group(1)), int(m.group(2))
    elif m := re.fullmatch(r"--(\d{2})", value):
        month = int(m.group(1))
    elif m := re.fullmatch(r"(\d{4})", value):
        year = int(m.group(1))
    elif value:
        relative = value
    return TimeExpression(article_id, sentence, start, end, text[start:end], year, month, day, relative)


def relations(markup: str) -> tuple[tuple[Statement, ...], tuple[Event, ...]]:
    """The statements and events the relation extractors find in ``markup``."""
    analysed, mentions, times = parse_markup(markup)
    return find_relations(analysed, mentions, times)


def meetings(markup: str) -> list[set[str]]:
    """The participants of each Meeting read from ``markup``."""
    _, events = relations(markup)
    return [{r.mention.text for r in e.roles if r.role == "participant"} for e in events if e.type is EventType.MEETING]


def gift_pairs(markup: str) -> list[tuple[str, str]]:
    """(giver, recipient) of each gift read from ``markup``."""
    _, events = relations(markup)
    return [
        (e.mentions("agent")[0].text, e.mentions("recipient")[0].text) for e in events if e.type is EventType.GIFT_GIVING
    ]


def triples(statements) -> set[tuple[str, str, str]]:
    """Statements as (subject text, predicate, object text)."""
    return {(s.subject.text, s.predicate, s.object.text) for s in statements}


def role_triples(markup: str) -> set[tuple[str, str, str]]:
    """The posts and memberships (``ROLE_PREDICATES``) found in ``markup``, as triples."""
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in ROLE_PREDICATES}


def roles_of(event: Event) -> dict[str, list[str]]:
    """An event's role fillers by role, as mention texts."""
    found: dict[str, list[str]] = {}
    for role in event.roles:
        found.setdefault(role.role, []).append(role.mention.text)
    return found


def test_relations_markup_keeps_title_apart_with_offsets():
    analysed, mentions, _ = parse_markup("[PER Tổng_thống [COUNTRY Nga]|Vladimir_Putin] tiếp khách .")
    text = analysed.article.text
    assert text == "Tổng_thống Nga Vladimir_Putin tiếp khách ."
    person = next(m for m in mentions if m.type is EntityType.PERSON)
    assert text[person.start : person.end] == "Vladimir_Putin"
    assert person.title == "Tổng_thống Nga" and text[person.prefix_start : person.start] == "Tổng_thống Nga "
    country = next(m for m in mentions if m.type is EntityType.COUNTRY)
    assert text[country.start : country.end] == "Nga"


def test_relations_markup_times_and_sentences():
    analysed, _, times = parse_markup("Họ gặp nhau {ngày 13/9|--09-13} . Rồi về {tháng tới|next_month} .")
    assert [s.index for s in analysed.sentences] == [0, 1]
    assert times[0].xsd() == ("--09-13", "gMonthDay") and times[0].text == "ngày 13/9"
    assert times[1].relative == "next_month" and times[1].sentence == 1


def test_relations_markup_rejects_unknown_type():
    with pytest.raises(ValueError, match="TYPE"):
        parse_markup("[XYZ Putin]")
