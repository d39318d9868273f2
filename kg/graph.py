"""Build the knowledge graph: a networkx ``MultiDiGraph`` with one edge per
piece of evidence, so nothing is merged away before export.

Node ids are the local part of the resource IRIs ("person/kim-jong-un",
"event/meeting/3f2a…", "article/000_30e359ed2069836f"). Node attributes:

- every node: ``kind`` ("entity", "event" or "article"), ``type`` (the
  vocabulary class: "Person", "Meeting", "Article"…), ``label``,
  ``articles`` (sorted ids of the articles that support it);
- entities: ``aliases``, ``same_as`` (external IRIs), ``mentions`` (count);
- events: ``date`` and ``date_type`` (XSD local name) when known, ``quote``,
  ``items``, ``planned``, ``accepted``, ``vehicle``, ``evidence`` (tuple of
  ``Provenance``, one per telling of the event);
- articles: ``title``, ``author``, ``url``, ``published``, ``source_file``.

Edge attributes: ``predicate`` (vocabulary property local name) and
``provenance`` (a ``Provenance``, or None for article bookkeeping edges such
as ``mentions``).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from kg.model import Entity, Event, EventType, Extraction, Resolution
from kg.vocab import accepts

#: Roles that say where an event took place or went.
PLACE_ROLES = ("place", "destination")
#: Roles whose fillers identify an event: two tellings with the same type,
#: the same fillers of these roles and compatible dates are one event.
IDENTIFYING_ROLES = ("participant", "agent", "recipient", "destination")
#: Where a type differs: visits to two places are two visits; an invitation is
#: who invited whom, its destination often left unsaid by one of its tellings.
IDENTIFYING_ROLES_BY_TYPE = {
    EventType.VISIT: ("agent", "place"),
    EventType.INVITATION: ("agent", "recipient"),
}


def identifying_roles(event_type: EventType) -> tuple[str, ...]:
    """The roles whose fillers identify an event of ``event_type``."""
    return IDENTIFYING_ROLES_BY_TYPE.get(event_type, IDENTIFYING_ROLES)


#: The attributes of every article's ``mentions`` edge, one record shared by all of them
#: (a build holds tens of such edges per article); read, never changed.
MENTION_EDGE: dict[str, object] = {"predicate": "mentions", "provenance": None}

#: The keys of an article's ``mentions`` edge to an entity it has no other edge to: one dict
#: shared by all such pairs (``_add_mention_edge``), never changed; a second edge between the
#: two nodes is given a dict of its own first (``_own_edge_keys``).
MENTION_EDGE_KEYS: dict[int, dict[str, object]] = {0: MENTION_EDGE}


def article_node_id(article_id: str) -> str:
    """The node id of an article."""
    return f"article/{article_id}"


def stable_hash(*parts: str, length: int = 16) -> str:
    """A short hex digest of ``parts``, stable across runs and machines."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True, slots=True)
class _EventTelling:
    event: Event
    participants: tuple[tuple[str, str], ...]
    date: tuple[str, str] | None


def build_graph(extractions: Iterable[Extraction], resolution: Resolution, *, in_order: bool = False) -> nx.MultiDiGraph:
    """Turn per-article extractions and their resolution into one graph.

    The extractions are read once, one after the other: with ``in_order``
    (they come sorted by article id, as read back from the extraction cache)
    none is held beyond its turn but its events.
    """
    graph = nx.MultiDiGraph()
    entities = {entity.id: entity for entity in resolution.entities}
    for entity in sorted(resolution.entities, key=lambda e: e.id):
        _add_entity(graph, entity)
    events: list[Event] = []
    ordered = extractions if in_order else sorted(extractions, key=lambda x: x.article.id)
    for extraction in ordered:
        events.extend(extraction.events)
        _add_article(graph, extraction, resolution)
        for statement in extraction.statements:
            subject = resolution.entity_for(statement.subject)
            obj = resolution.entity_for(statement.object)
            if subject and obj and subject != obj and accepts(statement.predicate, *_classes(entities, subject, obj)):
                graph.add_edge(
                    subject, obj, predicate=statement.predicate, provenance=statement.provenance, title=statement.title,
                    start=statement.start,
                )
    _add_events(graph, events, resolution, entities)
    return graph


def _classes(entities: dict[str, Entity], subject: str, obj: str) -> tuple[str, str]:
    return entities[subject].type.value, entities[obj].type.value


def _add_entity(graph: nx.MultiDiGraph, entity: Entity) -> None:
    graph.add_node(
        entity.id,
        kind="entity",
        type=entity.type.value,
        label=entity.name,
        aliases=tuple(sorted(entity.aliases)),
        same_as=tuple(sorted(entity.same_as)),
        mentions=entity.mention_count,
        articles=tuple(sorted(entity.articles)),
    )


def _add_article(graph: nx.MultiDiGraph, extraction: Extraction, resolution: Resolution) -> None:
    analysed = extraction.analysed
    article = analysed.article
    node = article_node_id(article.id)
    title = article.title or analysed.title
    if title and article.segmented:
        title = title.replace("_", " ")
    graph.add_node(
        node,
        kind="article",
        type="Article",
        label=title or article.id,
        title=title,
        author=analysed.author,
        url=article.url,
        published=article.published,
        source_file=article.source,
        articles=(article.id,),
    )
    mentioned = sorted({eid for m in extraction.mentions if (eid := resolution.entity_for(m))})
    for entity_id in mentioned:
        _add_mention_edge(graph, node, entity_id)
    for credit in extraction.credit_statements:
        agency = resolution.entity_for(credit.agency)
        if agency is not None:
            _own_edge_keys(graph, node, agency)
            graph.add_edge(node, agency, predicate=credit.predicate, provenance=credit.provenance)


def _add_mention_edge(graph: nx.MultiDiGraph, article: str, entity_id: str) -> None:
    """The edge ``article -mentions-> entity_id``, as ``add_edge`` would make it but with the
    shared ``MENTION_EDGE`` as its attributes and ``MENTION_EDGE_KEYS`` as its keys (the first
    edge between the two nodes): a build holds tens of these edges per article."""
    if entity_id not in graph._node or entity_id in graph._succ[article]:
        graph.add_edge(article, entity_id, **MENTION_EDGE)
        return
    graph._succ[article][entity_id] = MENTION_EDGE_KEYS
    graph._pred[entity_id][article] = MENTION_EDGE_KEYS


def _own_edge_keys(graph: nx.MultiDiGraph, source: str, target: str) -> None:
    """Give the edges from ``source`` to ``target`` a dict of keys of their own when they share
    ``MENTION_EDGE_KEYS``, before ``add_edge`` adds a key to it."""
    if graph._succ.get(source, {}).get(target) is MENTION_EDGE_KEYS:
        keys = dict(MENTION_EDGE_KEYS)
        graph._succ[source][target] = keys
        graph._pred[target][source] = keys


def _add_events(
    graph: nx.MultiDiGraph, events: Iterable[Event], resolution: Resolution, entities: dict[str, Entity]
) -> None:
    tellings = [t for e in events if (t := _telling(e, resolution)) is not None]
    for cluster in _cluster_accounts(_accounts(tellings)):
        _add_event_node(graph, cluster, resolution, entities)


def _telling(event: Event, resolution: Resolution) -> _EventTelling | None:
    participants = []
    identifying = identifying_roles(event.type)
    for role in event.roles:
        entity_id = resolution.entity_for(role.mention)
        if entity_id is not None and role.role in identifying:
            participants.append((role.role, entity_id))
    if not participants:
        return None
    date = event.time.xsd() if event.time else None
    return _EventTelling(event, tuple(sorted(set(participants))), date)


def _identity(telling: _EventTelling) -> tuple[str, ...]:
    event = telling.event
    key = [event.type.value, str(event.planned)]
    key.extend(f"{role}={entity}" for role, entity in telling.participants)
    if event.type is EventType.STATEMENT:
        key.append(" ".join((event.quote or event.provenance.sentence).split()))
    return tuple(key)


@dataclass(frozen=True, slots=True)
class _Account:
    """What one article tells of one event: every telling, and the one with most detail (``lead``)."""

    lead: _EventTelling
    tellings: tuple[_EventTelling, ...]


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


def _detail(telling: _EventTelling) -> tuple[int, int, int, int, int]:
    """How much a telling says: told as having happened, how precise its date, whether it
    gives a place, how many roles it fills; the earliest wins a tie."""
    event = telling.event
    precision = event.time.precision if event.time is not None and telling.date else None
    places = sum(1 for r in event.roles if r.role in PLACE_ROLES)
    return (not event.planned, _PRECISION_RANK.get(precision or "", 0), places, len(event.roles), -event.provenance.start)


def _accounts(tellings: list[_EventTelling]) -> list[_Account]:
    """One account per article, event type and participants: the guidelines count an event once
    per article however many sentences tell it (a saying is each its own). Its date and place
    are those of its most detailed telling; every telling stays evidence."""
    by_key: dict[tuple[object, ...], list[_EventTelling]] = defaultdict(list)
    for telling in tellings:
        event = telling.event
        if event.type is EventType.STATEMENT:
            key: tuple[object, ...] = ("statement", len(by_key))
        else:
            key = (event.provenance.article_id, event.type.value, telling.participants)
        by_key[key].append(telling)
    return [_Account(max(group, key=_detail), tuple(group)) for group in by_key.values()]


def _cluster_accounts(accounts: list[_Account]) -> list[list[_Account]]:
    """Group the articles' accounts of one real event: same identity, compatible dates.

    An account without a date joins the dated cluster when exactly one dated
    cluster shares its identity; otherwise it stays with the undated ones.
    """
    by_identity: dict[tuple[str, ...], list[_Account]] = defaultdict(list)
    for account in accounts:
        by_identity[_identity(account.lead)].append(account)
    clusters: list[list[_Account]] = []
    for identity in sorted(by_identity):
        group = by_identity[identity]
        by_date: dict[tuple[str, str] | None, list[_Account]] = defaultdict(list)
        for account in group:
            by_date[account.lead.date].append(account)
        dated = [d for d in by_date if d is not None]
        if None in by_date and len(dated) == 1:
            by_date[dated[0]].extend(by_date.pop(None))
        for date in sorted(by_date, key=lambda d: d or ("", "")):
            clusters.append(by_date[date])
    return clusters


def _add_event_node(
    graph: nx.MultiDiGraph, accounts: list[_Account], resolution: Resolution, entities: dict[str, Entity]
) -> None:
    accounts = sorted(accounts, key=lambda a: (a.lead.event.provenance.article_id, a.lead.event.provenance.start))
    leads = [a.lead for a in accounts]
    cluster = sorted(
        (t for a in accounts for t in a.tellings), key=lambda t: (t.event.provenance.article_id, t.event.provenance.start)
    )
    first = leads[0]
    event_type = first.event.type
    # undated accounts join a dated cluster: the cluster's date is its dated accounts' date
    dated = next((t for t in leads if t.date), None)
    date = dated.date if dated else None
    time = dated.event.time if dated else None
    node = f"event/{event_type.value.lower()}/{stable_hash(*_identity(first), *(date or ()))}"
    evidence = tuple(t.event.provenance for t in cluster)
    items = sorted({item for t in cluster for item in t.event.items})
    accepted = [t.event.accepted for t in cluster if t.event.accepted is not None]
    vehicles = sorted({t.event.vehicle for t in cluster if t.event.vehicle})
    quotes = [t.event.quote for t in cluster if t.event.quote]
    graph.add_node(
        node,
        kind="event",
        type=event_type.value,
        label=_event_label(event_type, first, entities),
        date=date[0] if date else None,
        date_type=date[1] if date else None,
        date_text=time.text.replace("_", " ") if time else None,
        date_precision=time.precision if time else None,
        quote=quotes[0] if quotes else None,
        items=tuple(items),
        planned=first.event.planned,
        accepted=any(accepted) if accepted else None,
        vehicle=vehicles[0] if vehicles else None,
        evidence=evidence,
        articles=tuple(sorted({p.article_id for p in evidence})),
    )
    lead_of = {id(t): a.lead for a in accounts for t in a.tellings}
    for telling in cluster:
        seen: set[tuple[str, str]] = set()
        # a place told by a less detailed telling of the article is not the event's
        lead = lead_of[id(telling)]
        placed = lead is telling or not any(r.role in PLACE_ROLES for r in lead.event.roles)
        for role in telling.event.roles:
            entity_id = resolution.entity_for(role.mention)
            if entity_id is None or (role.role, entity_id) in seen:
                continue
            if role.role in PLACE_ROLES and role.role not in identifying_roles(event_type) and not placed:
                continue
            if not accepts(role.role, None, entities[entity_id].type.value):
                continue
            seen.add((role.role, entity_id))
            graph.add_edge(node, entity_id, predicate=role.role, provenance=telling.event.provenance)


def _event_label(event_type: EventType, telling: _EventTelling, entities: dict[str, Entity]) -> str:
    names = [entities[e].name for _, e in telling.participants if e in entities]
    label = f"{event_type.value}: {', '.join(names)}"
    if telling.date:
        label += f" ({telling.date[0]})"
    return label



def entity_names(graph: nx.MultiDiGraph, min_mentions: int = 1) -> set[tuple[str, str]]:
    """``(type, canonical name)`` of every entity mentioned at least ``min_mentions`` times.

    Names, unlike ids, let two builds of the same articles be compared.
    """
    return {
        (data["type"], data["label"])
        for _, data in graph.nodes(data=True)
        if data["kind"] == "entity" and data["mentions"] >= min_mentions
    }


def fact_names(graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    """``(subject name, predicate, object name)`` of every binary statement between entities."""
    return {
        (graph.nodes[source]["label"], data["predicate"], graph.nodes[target]["label"])
        for source, target, data in graph.edges(data=True)
        if data["provenance"] is not None and graph.nodes[source]["kind"] == "entity"
    }
