"""Gold records: stand-off annotations joined with the corpus text.

A record (``annotations/gold/ID.json``, compiled from ``annotations/ann/ID.ann``)
holds entities, mentions with character spans into the article's ``raw`` text
and the surface string they cover, posts, relations and events pointing at
entity ids. Loading checks every span against the text and fails naming the
article and the offset.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.corpus.schema import ENTITY_TYPES, EVENT_ROLES, RELATION_PREDICATES, post_roles
from kg.corpus.split import read_split
from kg.corpus.texts import DEFAULT_CORPUS, CorpusArticle, load_corpus, usable_ids

ANNOTATIONS = Path(__file__).resolve().parents[2] / "annotations"
GOLD_FOLDER = ANNOTATIONS / "gold"
SECOND_PASS_FOLDER = ANNOTATIONS / "gold2"


class GoldError(ValueError):
    """A gold record that does not fit the corpus or the schema."""


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A span of the raw text naming an entity (``nominal``: a reference, not a name)."""

    id: str
    entity: str
    start: int
    end: int
    text: str
    nominal: bool = False


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """An entity of one article; ``key`` names it across articles when given."""

    id: str
    type: str
    key: str | None = None


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """A span of text that is not an entity: a post's title, a statement's quote."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldPost:
    """``person`` holds the post ``role`` (written ``title``) at ``org`` (None: not named)."""

    person: str
    org: str | None
    role: str
    title: GoldSpan
    former: bool
    sentence: int


@dataclass(frozen=True, slots=True)
class GoldRelation:
    """``subject –predicate→ object`` between entities of the article."""

    predicate: str
    subject: str
    object: str
    sentence: int


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """An event: its type, entity ids by role, and what else the text gives."""

    type: str
    roles: tuple[tuple[str, tuple[str, ...]], ...]
    sentence: int
    date: str | None = None
    planned: bool = False
    quote: GoldSpan | None = None

    def fillers(self, *roles: str) -> frozenset[str]:
        """The entity ids in any of ``roles``."""
        return frozenset(e for role, ids in self.roles if role in roles for e in ids)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """The annotations of one article, with the article they annotate."""

    article: CorpusArticle
    level: str
    annotator: str
    split: str
    entities: dict[str, GoldEntity]
    mentions: tuple[GoldMention, ...]
    posts: tuple[GoldPost, ...] = ()
    relations: tuple[GoldRelation, ...] = ()
    events: tuple[GoldEvent, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def full(self) -> bool:
        """True when posts, relations and events were annotated too."""
        return self.level == "full"

    def names(self) -> tuple[GoldMention, ...]:
        """The mentions that are names (what entity recognition is scored on)."""
        return tuple(m for m in self.mentions if not m.nominal)

    def global_key(self, entity_id: str) -> tuple[str, str]:
        """(type, name) that identifies the entity across articles: its key, else its first name."""
        entity = self.entities[entity_id]
        if entity.key:
            return (entity.type, entity.key)
        first = next((m.text for m in self.mentions if m.entity == entity_id and not m.nominal), None)
        return (entity.type, first or entity_id)


def load_gold(
    folder: Path = GOLD_FOLDER, corpus: Path = DEFAULT_CORPUS, split: str | None = None
) -> dict[str, GoldArticle]:
    """Every gold record in ``folder`` (optionally only one split), checked against the corpus."""
    articles = load_corpus(corpus)
    usable = usable_ids(corpus)
    splits = read_split()
    gold = {}
    for path in sorted(folder.glob("*.json")):
        record = _read(path)
        article_id = str(record.get("id"))
        if article_id not in articles:
            raise GoldError(f"{path}: article {article_id} is not in the corpus {corpus}")
        if article_id not in usable:
            raise GoldError(f"{path}: article {article_id} is held out and may not be annotated; delete the file")
        article = articles[article_id]
        article_split = splits.get(article.cluster)
        if article_split is None:
            raise GoldError(f"{path}: cluster {article.cluster} has no split in annotations/split.tsv")
        if split is not None and article_split != split:
            continue
        gold[article_id] = parse_record(record, article, article_split, str(path))
    return gold


def _read(path: Path) -> dict[str, Any]:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise GoldError(f"{path}: not a JSON gold record ({error}); recompile it from its .ann file") from error
    if not isinstance(record, dict):
        raise GoldError(f"{path}: not a JSON object; recompile it from its .ann file")
    return record


def parse_record(record: dict[str, Any], article: CorpusArticle, split: str, where: str) -> GoldArticle:
    """One gold record as typed parts; every span is checked against ``article.raw``."""
    try:
        entities = {
            e["id"]: GoldEntity(e["id"], e["type"], e.get("key")) for e in record["entities"]
        }
        for entity in entities.values():
            if entity.type not in ENTITY_TYPES:
                raise GoldError(f"{where}: entity {entity.id} has type {entity.type!r}, not a kg type")
        mentions = tuple(
            GoldMention(m["id"], m["entity"], m["start"], m["end"], m["text"], bool(m.get("nominal")))
            for m in record["mentions"]
        )
        for mention in mentions:
            _check_span(mention.start, mention.end, mention.text, article, where)
            _check_entity(mention.entity, entities, where)
        posts = tuple(_post(p, entities, article, where) for p in record.get("posts", ()))
        relations = tuple(_relation(r, entities, where) for r in record.get("relations", ()))
        events = tuple(_event(e, entities, article, where) for e in record.get("events", ()))
        return GoldArticle(
            article, record["level"], record["annotator"], split, entities, mentions, posts, relations, events
        )
    except (KeyError, TypeError) as error:
        raise GoldError(f"{where}: malformed gold record ({type(error).__name__}: {error})") from error


def _check_span(start: int, end: int, text: str, article: CorpusArticle, where: str) -> None:
    found = article.raw[start:end]
    if found != text:
        raise GoldError(
            f"{where}: article {article.id} at offset {start}: the gold says {text!r} but the text has {found!r}; "
            f"the corpus changed or the record was edited by hand: recompile it from its .ann file"
        )


def _check_entity(entity_id: str, entities: dict[str, GoldEntity], where: str) -> None:
    if entity_id not in entities:
        raise GoldError(f"{where}: {entity_id} is not an entity of the record")


def _span(value: dict[str, Any], article: CorpusArticle, where: str) -> GoldSpan:
    _check_span(value["start"], value["end"], value["text"], article, where)
    return GoldSpan(value["start"], value["end"], value["text"])


def _post(value: dict[str, Any], entities: dict[str, GoldEntity], article: CorpusArticle, where: str) -> GoldPost:
    _check_entity(value["person"], entities, where)
    if value["org"] is not None:
        _check_entity(value["org"], entities, where)
    if value["role"] not in post_roles():
        raise GoldError(f"{where}: post role {value['role']!r} is not in annotations/post-roles.tsv")
    return GoldPost(
        value["person"], value["org"], value["role"], _span(value["title"], article, where),
        bool(value["former"]), value["sentence"],
    )


def _relation(value: dict[str, Any], entities: dict[str, GoldEntity], where: str) -> GoldRelation:
    if value["predicate"] not in RELATION_PREDICATES:
        raise GoldError(f"{where}: relation {value['predicate']!r} is not one of {sorted(RELATION_PREDICATES)}")
    _check_entity(value["subject"], entities, where)
    _check_entity(value["object"], entities, where)
    return GoldRelation(value["predicate"], value["subject"], value["object"], value["sentence"])


def _event(value: dict[str, Any], entities: dict[str, GoldEntity], article: CorpusArticle, where: str) -> GoldEvent:
    if value["type"] not in EVENT_ROLES:
        raise GoldError(f"{where}: event type {value['type']!r} is not one of {sorted(EVENT_ROLES)}")
    roles = []
    for role, ids in sorted(value["roles"].items()):
        if role not in EVENT_ROLES[value["type"]]:
            raise GoldError(f"{where}: a {value['type']} has no role {role!r}")
        for entity_id in ids:
            _check_entity(entity_id, entities, where)
        roles.append((role, tuple(ids)))
    quote = _span(value["quote"], article, where) if value.get("quote") else None
    return GoldEvent(
        value["type"], tuple(roles), value["sentence"], value.get("date"), bool(value.get("planned")), quote
    )
