"""Immutable records passed between the stages of the pipeline.

read -> analyse -> extract -> resolve -> graph -> export

Every offset is a character offset into ``Article.text``, which is never
rewritten: ``article.text[start:end]`` is always the surface the record
stands for.
"""

from __future__ import annotations

from bisect import bisect_right

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from enum import Enum
from operator import attrgetter
from typing import Any, TypeVar

from kg.vocab import (
    CREDIT_PREDICATES,
    EVENT_ROLE_PREDICATES,
    RESOLUTION_RULES,
    STATEMENT_PREDICATES,
    check_name,
)


class EntityType(str, Enum):
    """Types of named things; values are the class names of the vocabulary."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    NEWS_AGENCY = "NewsAgency"
    LOCATION = "Location"
    COUNTRY = "Country"
    CITY = "City"
    REGION = "Region"
    FACILITY = "Facility"

    @property
    def is_location(self) -> bool:
        return self in LOCATION_TYPES

    @property
    def is_organization(self) -> bool:
        return self in (EntityType.ORGANIZATION, EntityType.NEWS_AGENCY)


LOCATION_TYPES = frozenset(
    {EntityType.LOCATION, EntityType.COUNTRY, EntityType.CITY, EntityType.REGION, EntityType.FACILITY}
)


class EventType(str, Enum):
    """Types of event nodes; values are the class names of the vocabulary."""

    MEETING = "Meeting"
    VISIT = "Visit"
    TRAVEL = "Travel"
    INVITATION = "Invitation"
    GIFT_GIVING = "GiftGiving"
    STATEMENT = "Statement"


@dataclass(frozen=True, slots=True)
class Article:
    """One input article as read, before any analysis.

    ``text`` is the article exactly as decoded from its file (segmented or raw);
    for ``.txt`` input the headline runs into the body and ``title`` is None
    until the analyser finds it. ``segmented`` says whether ``text`` is
    word-segmented; None leaves it to be detected from the text.
    """

    id: str
    text: str
    source: str
    line: int | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    segmented: bool | None = None


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the article: ``text`` is ``article.text[start:end]``.

    In segmented input the syllables of a word are joined by ``_``; ``words``
    gives the word with spaces.
    """

    text: str
    start: int
    end: int

    @property
    def words(self) -> str:
        return self.text.replace("_", " ")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: a run of tokens with its character span."""

    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    kind: str = "body"  # "title", "body" or "caption"


@dataclass(frozen=True, slots=True)
class Credit:
    """An agency named in a caption ("Ảnh : AFP") or the closing sources."""

    kind: str  # "source" for "( Theo … )", else the caption word: "photo", "video", "graphic"
    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    """An article split into tokens and sentences, with its metadata found."""

    article: Article
    sentences: tuple[Sentence, ...]
    title: str | None
    title_span: tuple[int, int] | None
    author: str | None
    author_span: tuple[int, int] | None
    credits: tuple[Credit, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence in which the character at ``offset`` stands (the first one, before any)."""
        starts = [sentence.start for sentence in self.sentences]
        return self.sentences[max(0, bisect_right(starts, offset) - 1)]


_Record = TypeVar("_Record", bound=type)
_Made = TypeVar("_Made")


def pickled_by_fields(record: _Record) -> _Record:
    """Pickle a frozen slotted dataclass as its class and field values, rebuilt by its
    constructor: the ``__setstate__`` dataclasses give such a class walks ``fields()``
    for every object read back, several times slower (a build reads its resolver's
    decisions back from disk once per exporter)."""
    names = tuple(f.name for f in fields(record))
    values = attrgetter(*names) if len(names) > 1 else (lambda value: (getattr(value, names[0]),))

    def __reduce__(self: Any) -> tuple[type, tuple]:
        return record, values(self)

    record.__reduce__ = __reduce__  # type: ignore[method-assign]
    return record


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """A name (or a dated expression) in an article.

    ``start``/``end`` cover the name only; the title and honorific in front of
    it ("Tổng_thống Nga", "ông") are kept apart in ``title``/``honorific`` with
    their own span in ``prefix_start``. ``reference`` marks a mention that
    names a role instead of a name ("Tổng_thống Nga" standing alone).
    ``title_span`` is where the title stands (start, end).
    ``confidence`` is the entity tagger's probability of the span and type
    (None when only the rules found it).
    """

    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    type: EntityType
    title: str | None = None
    honorific: str | None = None
    prefix_start: int | None = None
    reference: bool = False
    confidence: float | None = None
    title_span: tuple[int, int] | None = None

    @property
    def key(self) -> tuple[str, int, int]:
        """Identity of the mention within a build."""
        return (self.article_id, self.start, self.end)

    @property
    def name(self) -> str:
        """The name with spaces between syllables: "Kim Jong-un"."""
        return self.text.replace("_", " ")


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A date or time as written ("ngày 13/9", "tháng 12/2021", "hôm nay")."""

    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None  # "today", "next_month", … when not absolute

    @property
    def precision(self) -> str | None:
        """"day", "month" or "year": how much of the date is known (None: nothing)."""
        if self.day and self.month:
            return "day"
        if self.month:
            return "month"
        if self.year:
            return "year"
        return None

    def xsd(self) -> tuple[str, str] | None:
        """The value and XSD datatype local name, or None when not resolvable."""
        if self.year and self.month and self.day:
            return (f"{self.year:04d}-{self.month:02d}-{self.day:02d}", "date")
        if self.month and self.day:
            return (f"--{self.month:02d}-{self.day:02d}", "gMonthDay")
        if self.year and self.month:
            return (f"{self.year:04d}-{self.month:02d}", "gYearMonth")
        if self.year:
            return (f"{self.year:04d}", "gYear")
        return None


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a statement or event comes from.

    ``confidence`` is the extractor's estimate, in [0, 1], that the statement
    is what the sentence says (see README, "Confidence").
    """

    article_id: str
    sentence_index: int
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float
    #: Where ``sentence`` stands in the article text (start, end); None for metadata.
    sentence_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """A binary fact between two mentions: ``subject –predicate→ object``.

    ``predicate`` is the local name of a vocabulary property ("presidentOf").
    A post carries its title as written ("Phó Cục_trưởng") in ``title``, at
    ``title_span`` in the article text, and when the text tells it the date
    the post was taken in ``start`` ("được bổ_nhiệm … từ ngày 1/10").
    """

    subject: Mention
    predicate: str
    object: Mention
    provenance: Provenance
    title: str | None = None
    title_span: tuple[int, int] | None = None
    start: TimeExpression | None = None

    def __post_init__(self) -> None:
        check_name(self.predicate, STATEMENT_PREDICATES, "statement predicate")


@dataclass(frozen=True, slots=True)
class CreditStatement:
    """The article credits an agency: ``article –predicate→ agency``, where
    ``predicate`` is "source" ("( Theo TASS )") or "mediaCredit" ("Ảnh: Reuters")."""

    predicate: str
    agency: Mention
    provenance: Provenance

    def __post_init__(self) -> None:
        check_name(self.predicate, CREDIT_PREDICATES, "credit predicate")


@dataclass(frozen=True, slots=True)
class EventRole:
    """A participant of an event: ``role`` is a vocabulary property local name
    ("participant", "agent", "recipient", "place", "destination", "source")."""

    role: str
    mention: Mention

    def __post_init__(self) -> None:
        check_name(self.role, EVENT_ROLE_PREDICATES, "event role")


@dataclass(frozen=True, slots=True)
class Event:
    """An n-ary fact: a meeting, visit, travel, invitation, gift or statement."""

    type: EventType
    roles: tuple[EventRole, ...]
    provenance: Provenance
    time: TimeExpression | None = None
    items: tuple[str, ...] = ()
    quote: str | None = None
    planned: bool = False
    accepted: bool | None = None
    vehicle: str | None = None
    #: Where the quote, each item and the vehicle stand in the article text (start, end).
    quote_span: tuple[int, int] | None = None
    item_spans: tuple[tuple[int, int], ...] = ()
    vehicle_span: tuple[int, int] | None = None

    def mentions(self, role: str) -> tuple[Mention, ...]:
        """The mentions filling ``role``."""
        return tuple(r.mention for r in self.roles if r.role == role)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractors found in one article."""

    analysed: AnalysedArticle
    mentions: tuple[Mention, ...]
    times: tuple[TimeExpression, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    credit_statements: tuple[CreditStatement, ...] = ()

    @property
    def article(self) -> Article:
        return self.analysed.article


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world thing that one or more mentions name.

    ``id`` is the stable local part of its IRI ("person/kim-jong-un").
    """

    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    mention_count: int = 0
    articles: tuple[str, ...] = ()


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Decision:
    """Why a mention went to an entity (or stayed unresolved)."""

    mention: Mention
    entity_id: str | None
    rule: str
    evidence: str
    score: float
    rejected: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_name(self.rule, RESOLUTION_RULES, "resolution rule")


@dataclass(frozen=True, slots=True)
class Resolution:
    """The result of resolution: entities, and each mention's entity."""

    entities: tuple[Entity, ...]
    #: A ``dict``, or a ``kg.resolve.mention_index.MentionIndex`` as the resolver makes it.
    entity_of: Mapping[tuple[str, int, int], str] = field(default_factory=dict)
    decisions: Sequence[Decision] = ()  # a tuple, or kept on disk by a build (``kg.stream``)

    def entity_for(self, mention: Mention) -> str | None:
        """The entity id a mention resolved to, or None if unresolved."""
        return self.entity_of.get(mention.key)


@dataclass(frozen=True, slots=True)
class ReadError:
    """An input that could not be read, with where and what to do."""

    source: str
    line: int | None
    article_id: str | None
    reason: str
    hint: str

    def message(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason} ({self.hint})"


def record_maker(record: type[_Made]) -> Callable[..., _Made]:
    """A maker of ``record`` from every one of its field values, in declaration order, for
    the readers of stored records (``kg.codec``, ``kg.stream``) that make hundreds of
    thousands of them: its slots are set directly, twice as fast as the ``__init__`` of a
    frozen dataclass, which sets each through ``object.__setattr__``. A record that checks
    its values in ``__post_init__`` is made by its ``__init__``.

    The maker is written out field by field, as ``dataclasses`` writes ``__init__``.
    """
    if hasattr(record, "__post_init__") or not hasattr(record, "__slots__"):
        return record
    names = [f.name for f in fields(record)]
    namespace: dict[str, Any] = {"_new": object.__new__, "_record": record}
    namespace.update({f"_set_{name}": getattr(record, name).__set__ for name in names})
    lines = [f"def make({', '.join(names)}):", "    made = _new(_record)"]
    lines += [f"    _set_{name}(made, {name})" for name in names]
    lines.append("    return made")
    exec("\n".join(lines), namespace)  # noqa: S102 - the field names of one of our own records
    return namespace["make"]
