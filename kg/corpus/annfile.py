"""The ``.ann`` authoring format, compiled into stand-off gold records.

An annotator writes one entity a line with the forms the article names it by,
and one fact or event a line pointing at entities; the compiler finds every
occurrence of each form in the article's raw text and gives it its character
span. The format is described in ``docs/annotation.md`` ("Writing a .ann
file"); in short::

    id 12240106
    annotator b
    level full
    E1 Person: Hun Sen | Sen@s4
    E2 Organization {Đảng Cứu quốc Campuchia}: Đảng Cứu quốc Campuchia | CNRP
    E3 Country: Campuchia
    post E1 E3 primeMinister "Thủ tướng"@s2
    memberOf E4 E2 @s5
    Meeting participant=E1,E5 place=E6 date=2013-10-23 @s4
    Statement agent=E1 quote="…"@s6 @s6
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.corpus.schema import (
    DATE_PATTERN,
    ENTITY_TYPES,
    EVENT_ROLES,
    RELATION_PREDICATES,
    post_roles,
)
from kg.corpus.sentences import SentenceSpan, sentence_at, split_sentences

LEVELS = ("entities", "full")

_ENTITY_LINE = re.compile(r"^(E\d+)\s+(\w+)\s*(?:\{([^}]*)\})?\s*:\s*(.+)$")
_SCOPE = re.compile(r"^(?P<form>.+?)@(?P<scope>s\d+(?:#\d+)?(?:,s\d+(?:#\d+)?)*)$")
# One token of a fact line: key=value or a bare value, where a value may be
# "quoted" or «quoted» and carry an @sN scope.
_TOKEN = re.compile(
    r"""(?:(?P<key>[A-Za-z]+)=)?(?:"(?P<dq>[^"]*)"|«(?P<gq>[^»]*)»|(?P<bare>[^\s"«]+))(?:@(?P<scope>s\d+(?:#\d+)?))?"""
)


class AnnotationError(ValueError):
    """A ``.ann`` file or a gold record that does not fit its article."""


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where one form should be found: anywhere, or in given sentences
    (optionally only the n-th occurrence there)."""

    form: str
    sentences: tuple[tuple[int, int | None], ...] = ()


@dataclass(slots=True)
class _Entity:
    id: str
    type: str
    key: str | None
    where: str
    names: list[Occurrence] = field(default_factory=list)
    nominals: list[Occurrence] = field(default_factory=list)


def compile_ann(source: str, raw: str, where: str = "<ann>") -> dict[str, Any]:
    """Compile the text of a ``.ann`` file against the article's raw text into
    a gold record (see ``kg.corpus.gold``). Raises AnnotationError naming
    ``where`` and the line on the first problem."""
    sentences = split_sentences(raw)
    header: dict[str, str] = {}
    entities: dict[str, _Entity] = {}
    facts: list[tuple[int, str]] = []
    for number, line in enumerate(source.splitlines(), start=1):
        text = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not text:
            continue
        first = text.split(None, 1)[0]
        if first in ("id", "annotator", "level", "pass"):
            header[first] = text[len(first):].strip()
        elif re.match(r"^E\d+\s", text):
            entity = _parse_entity(text, f"{where}:{number}")
            if entity.id in entities:
                raise AnnotationError(f"{where}:{number}: {entity.id} is defined twice; give each entity one line")
            entities[entity.id] = entity
        else:
            facts.append((number, text))
    for required in ("id", "annotator", "level"):
        if required not in header:
            raise AnnotationError(f"{where}: no '{required}' line; start the file with id, annotator and level lines")
    if header["level"] not in LEVELS:
        raise AnnotationError(f"{where}: level '{header['level']}' is not one of {', '.join(LEVELS)}")
    mentions = _locate_mentions(entities, raw, sentences, where)
    record: dict[str, Any] = {
        "id": header["id"],
        "annotator": header["annotator"],
        "level": header["level"],
        "pass": int(header.get("pass", "1")),
        "entities": [
            {"id": e.id, "type": e.type, **({"key": e.key} if e.key else {})} for e in entities.values()
        ],
        "mentions": mentions,
        "posts": [],
        "relations": [],
        "events": [],
    }
    for number, text in facts:
        _add_fact(record, text, entities, raw, sentences, f"{where}:{number}")
    if header["level"] == "entities" and (record["posts"] or record["relations"] or record["events"]):
        raise AnnotationError(f"{where}: level 'entities' but the file has facts; set 'level full'")
    return record


def _parse_entity(text: str, where: str) -> _Entity:
    match = _ENTITY_LINE.match(text)
    if not match:
        raise AnnotationError(f"{where}: expected 'E1 Type: form | form', got {text!r}")
    entity_id, entity_type, key, forms = match.groups()
    if entity_type not in ENTITY_TYPES:
        raise AnnotationError(f"{where}: type {entity_type!r} is not one of {', '.join(sorted(ENTITY_TYPES))}")
    entity = _Entity(entity_id, entity_type, key.strip() if key else None, where)
    for piece in forms.split("|"):
        piece = piece.strip()
        if not piece:
            continue
        target = entity.nominals if piece.startswith("~") else entity.names
        target.append(_parse_occurrence(piece.lstrip("~").strip(), where))
    if not entity.names and not entity.nominals:
        raise AnnotationError(f"{where}: {entity_id} has no form")
    return entity


def _parse_occurrence(piece: str, where: str) -> Occurrence:
    match = _SCOPE.match(piece)
    if not match:
        return Occurrence(piece)
    scopes = []
    for part in match.group("scope").split(","):
        sentence, _, nth = part[1:].partition("#")
        scopes.append((int(sentence), int(nth) if nth else None))
    return Occurrence(match.group("form").strip(), tuple(scopes))


def _find(form: str, raw: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Occurrences of ``form`` in ``raw[start:end]`` that begin and end at word edges."""
    pattern = re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")
    end = len(raw) if end is None else end
    return [(m.start(), m.end()) for m in pattern.finditer(raw, start, end)]


def _occurrence_spans(
    occurrence: Occurrence, raw: str, sentences: tuple[SentenceSpan, ...], where: str, entity_id: str
) -> list[tuple[int, int]]:
    if not occurrence.sentences:
        spans = _find(occurrence.form, raw)
    else:
        spans = []
        for number, nth in occurrence.sentences:
            if not 1 <= number <= len(sentences):
                raise AnnotationError(f"{where}: {entity_id} '{occurrence.form}@s{number}': no sentence {number}")
            sentence = sentences[number - 1]
            found = _find(occurrence.form, raw, sentence.start, sentence.end)
            if nth is not None:
                if nth > len(found):
                    raise AnnotationError(
                        f"{where}: {entity_id} '{occurrence.form}' occurs {len(found)} times in s{number}, not {nth}"
                    )
                found = [found[nth - 1]]
            if not found:
                raise AnnotationError(f"{where}: {entity_id} '{occurrence.form}' is not in s{number}")
            spans.extend(found)
    if not spans:
        raise AnnotationError(f"{where}: {entity_id} '{occurrence.form}' is not in the article text (check spelling)")
    return spans


def _locate_mentions(
    entities: dict[str, _Entity], raw: str, sentences: tuple[SentenceSpan, ...], where: str
) -> list[dict[str, Any]]:
    """Every occurrence of every form; where spans overlap the longest wins,
    names and nominal references competing only among themselves."""
    mentions: list[dict[str, Any]] = []
    for nominal in (False, True):
        candidates: list[tuple[int, int, str, str]] = []
        for entity in entities.values():
            for occurrence in entity.nominals if nominal else entity.names:
                for start, end in _occurrence_spans(occurrence, raw, sentences, entity.where, entity.id):
                    candidates.append((start, end, entity.id, occurrence.form))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
        taken: list[tuple[int, int, str]] = []
        claimed_forms: set[tuple[str, str]] = set()
        for start, end, entity_id, form in candidates:
            clash = next((t for t in taken if t[0] < end and start < t[1]), None)
            if clash is not None:
                if (clash[0], clash[1]) == (start, end) and clash[2] != entity_id:
                    raise AnnotationError(
                        f"{entities[entity_id].where}: '{form}' at {start} is claimed by {clash[2]} and {entity_id}; "
                        f"scope one of them with @sN"
                    )
                continue
            taken.append((start, end, entity_id))
            claimed_forms.add((entity_id, form))
        for entity in entities.values():
            for occurrence in entity.nominals if nominal else entity.names:
                if (entity.id, occurrence.form) not in claimed_forms:
                    raise AnnotationError(
                        f"{entity.where}: every occurrence of {entity.id} '{occurrence.form}' lies inside a longer form"
                    )
        for start, end, entity_id in sorted(taken):
            mention: dict[str, Any] = {"entity": entity_id, "start": start, "end": end, "text": raw[start:end]}
            if nominal:
                mention["nominal"] = True
            mentions.append(mention)
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    for index, mention in enumerate(mentions, start=1):
        mention["id"] = f"M{index}"
    return mentions


@dataclass(frozen=True, slots=True)
class _Token:
    """One token of a fact line: ``key=value`` or a bare value, maybe quoted,
    maybe scoped to the ``nth`` occurrence in ``sentence``."""

    key: str | None
    value: str
    sentence: int | None = None
    nth: int | None = None
    quoted: bool = False


@dataclass(frozen=True, slots=True)
class _FactLine:
    """A fact line read: its kind, its tokens, and the sentence it is read from."""

    kind: str
    body: tuple[_Token, ...]
    sentence: int


def _tokens(text: str, where: str) -> tuple[list[_Token], list[int]]:
    """The tokens of a fact line, and the sentence numbers of its bare ``@sN`` marks."""
    tokens: list[_Token] = []
    evidence: list[int] = []
    position = 0
    while position < len(text):
        if text[position].isspace():
            position += 1
            continue
        if text[position] == "@":
            match = re.match(r"@s(\d+)", text[position:])
            if not match:
                raise AnnotationError(f"{where}: expected @sN at {text[position:]!r}")
            evidence.append(int(match.group(1)))
            position += match.end()
            continue
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            raise AnnotationError(f"{where}: cannot read {text[position:]!r}")
        value = match.group("dq") if match.group("dq") is not None else match.group("gq")
        quoted = value is not None
        if value is None:
            value = match.group("bare")
        sentence = nth = None
        if match.group("scope"):
            sentence_text, _, nth_text = match.group("scope")[1:].partition("#")
            sentence, nth = int(sentence_text), int(nth_text) if nth_text else None
        tokens.append(_Token(match.group("key"), value, sentence, nth, quoted))
        position = match.end()
    return tokens, evidence


def _text_span(
    value: str, sentence: int | None, nth: int | None, raw: str, sentences: tuple[SentenceSpan, ...], where: str
) -> dict[str, Any]:
    if sentence is None:
        raise AnnotationError(f"{where}: the span '{value}' needs @sN: the sentence it is in")
    if not 1 <= sentence <= len(sentences):
        raise AnnotationError(f"{where}: no sentence {sentence}")
    span = sentences[sentence - 1]
    found = [m.start() for m in re.finditer(re.escape(value), raw[span.start:span.end])]
    if not found:
        raise AnnotationError(f"{where}: '{value}' is not in s{sentence} (copy it exactly from the text)")
    index = (nth or 1) - 1
    if index >= len(found):
        raise AnnotationError(f"{where}: '{value}' occurs {len(found)} times in s{sentence}, not {nth}")
    start = span.start + found[index]
    return {"start": start, "end": start + len(value), "text": value}


def _entity_ref(value: str, entities: dict[str, _Entity], where: str) -> str:
    if value not in entities:
        raise AnnotationError(f"{where}: {value} is not an entity of this file")
    return value


def _evidence(sentence: int | None, sentences: tuple[SentenceSpan, ...], where: str) -> int:
    if sentence is None:
        raise AnnotationError(f"{where}: give the sentence the fact is read from as @sN at the end of the line")
    if not 1 <= sentence <= len(sentences):
        raise AnnotationError(f"{where}: no sentence {sentence}")
    return sentence


def _add_fact(
    record: dict[str, Any],
    text: str,
    entities: dict[str, _Entity],
    raw: str,
    sentences: tuple[SentenceSpan, ...],
    where: str,
) -> None:
    tokens, evidence = _tokens(text, where)
    if not tokens:
        raise AnnotationError(f"{where}: a fact line starts with post, a relation or an event type")
    line = _FactLine(tokens[0].value, tuple(tokens[1:]), _evidence(evidence[-1] if evidence else None, sentences, where))
    if line.kind == "post":
        record["posts"].append(_post(line, entities, raw, sentences, where))
    elif line.kind in RELATION_PREDICATES:
        record["relations"].append(_relation(line, entities, where))
    elif line.kind in EVENT_ROLES:
        record["events"].append(_event(line, entities, raw, sentences, where))
    else:
        raise AnnotationError(
            f"{where}: a line starts with E1.., post, {', '.join(sorted(RELATION_PREDICATES))} "
            f"or an event type ({', '.join(EVENT_ROLES)}); not {line.kind!r}"
        )


def _post(
    line: _FactLine, entities: dict[str, _Entity], raw: str, sentences: tuple[SentenceSpan, ...], where: str
) -> dict[str, Any]:
    positional = [t.value for t in line.body if t.key is None and not t.quoted]
    quoted = [t for t in line.body if t.key is None and t.quoted]
    if len(positional) < 3 or len(quoted) != 1:
        raise AnnotationError(f"{where}: expected 'post PERSON ORG|- ROLE \"title\"@sN [former] @sN'")
    person, org, role, *flags = positional
    if role not in post_roles():
        raise AnnotationError(f"{where}: role {role!r} is not in annotations/post-roles.tsv")
    unknown = set(flags) - {"former"}
    if unknown:
        raise AnnotationError(f"{where}: unknown flag {sorted(unknown)}; posts take only 'former'")
    title = quoted[0]
    return {
        "person": _entity_ref(person, entities, where),
        "org": None if org == "-" else _entity_ref(org, entities, where),
        "role": role,
        "title": _text_span(title.value, title.sentence or line.sentence, title.nth, raw, sentences, where),
        "former": "former" in flags,
        "sentence": line.sentence,
    }


def _relation(line: _FactLine, entities: dict[str, _Entity], where: str) -> dict[str, Any]:
    refs = [t.value for t in line.body if t.key is None]
    if len(refs) != 2:
        raise AnnotationError(f"{where}: expected '{line.kind} SUBJECT OBJECT @sN'")
    return {
        "predicate": line.kind,
        "subject": _entity_ref(refs[0], entities, where),
        "object": _entity_ref(refs[1], entities, where),
        "sentence": line.sentence,
    }


def _event(
    line: _FactLine, entities: dict[str, _Entity], raw: str, sentences: tuple[SentenceSpan, ...], where: str
) -> dict[str, Any]:
    kind = line.kind
    event: dict[str, Any] = {"type": kind, "roles": {}, "sentence": line.sentence, "planned": False}
    for token in line.body:
        if token.key is None and token.value == "planned":
            event["planned"] = True
        elif token.key == "date":
            if not DATE_PATTERN.match(token.value):
                raise AnnotationError(f"{where}: date {token.value!r}: write 2013-09-13, --09-13, 2013-09 or 2013")
            event["date"] = token.value
        elif token.key == "quote":
            sentence = token.sentence or line.sentence
            event["quote"] = _text_span(token.value, sentence, token.nth, raw, sentences, where)
        elif token.key in EVENT_ROLES[kind]:
            event["roles"][token.key] = sorted(_entity_ref(v, entities, where) for v in token.value.split(","))
        else:
            allowed = ", ".join(sorted(EVENT_ROLES[kind] | {"date", "quote", "planned"}))
            raise AnnotationError(f"{where}: {kind} takes {allowed}; not {token.key or token.value!r}")
    if not event["roles"]:
        raise AnnotationError(f"{where}: the {kind} names no participant")
    return event


def uncovered_capitalised(raw: str, record: dict[str, Any]) -> list[tuple[str, int]]:
    """Runs of capitalised words that no mention covers, with their sentence
    number: a reminder list for the annotator, who decides."""
    covered = [(m["start"], m["end"]) for m in record["mentions"]]
    sentences = split_sentences(raw)
    sentence_starts = {s.start for s in sentences}
    runs: list[tuple[int, int]] = []
    for word in re.finditer(r"\w[\w-]*", raw):
        if not word.group()[0].isupper():
            continue
        if runs and raw[runs[-1][1]:word.start()] == " ":
            runs[-1] = (runs[-1][0], word.end())
        else:
            runs.append(word.span())
    found = []
    for start, end in runs:
        if any(s < end and start < e for s, e in covered):
            continue
        text = raw[start:end]
        if start in sentence_starts and " " not in text:
            continue  # one word at a sentence start is usually just capitalised
        found.append((text, sentence_at(sentences, start)))
    return found
