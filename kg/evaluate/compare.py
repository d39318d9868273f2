"""What ``kg`` found, compared with the gold, article by article.

Predicted mentions are tied to gold entities by their spans; relations and
events are then compared as sets of keys over gold entity ids, per article
(an article that tells a fact twice states it once). Facts are scored as the
graph keeps them: a statement with a mention the resolver tied to no entity
(a role phrase it could not resolve) and such an event role are left out, as
``kg.graph`` leaves them out; a role phrase it resolved is the named person.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from kg.corpus.gold import GoldArticle, GoldMention
from kg.corpus.schema import CORE_ROLES, RELATION_PREDICATES
from kg.corpus.sentences import sentence_at, split_sentences
from kg.evaluate.predict import Prediction
from kg.evaluate.scores import Counts, compare_sets
from kg.model import Extraction, Mention
from kg.vocab import POST_ROLES

# kg's post predicates and the gold role each stands for.
POST_PREDICATES = {**POST_ROLES, "holdsPostAt": "official", "formerlyHeldPostAt": "former"}
# kg event roles read as the gold's.
EVENT_ROLE_NAMES = {"reportedBy": "source"}
# kg names the place a visit goes to its ``place``; the gold, its ``destination``.
EVENT_ROLE_NAMES_BY_TYPE = {("Visit", "place"): "destination"}
MEETING_SIDES = ("participant", "agent", "recipient")
PLACE_ROLES = ("place", "destination")
# The guidelines give a Statement no date (docs/annotation.md): a date kg reads
# for one has no gold to be scored against.
UNDATED_EVENT_TYPES = frozenset({"Statement"})


@dataclass(frozen=True, slots=True)
class Finding:
    """One false positive or false negative, for the error list."""

    task: str
    kind: str  # "fp" or "fn"
    article_id: str
    what: str
    sentence: str


@dataclass(slots=True)
class ArticleComparison:
    """The counts of one article for every task, and its errors."""

    article_id: str
    entities: Counts = Counts()
    names: Counts = Counts()
    entities_by_type: dict[str, Counts] = field(default_factory=dict)
    relations: Counts = Counts()
    relations_by_predicate: dict[str, Counts] = field(default_factory=dict)
    events: Counts = Counts()
    events_by_type: dict[str, Counts] = field(default_factory=dict)
    places: Counts = Counts()
    dates: Counts = Counts()
    unscored_statements: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)


def fold(text: str) -> str:
    """A name as compared at name level: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).replace("_", " ").casefold().split())


class _EntityLinker:
    """Ties predicted mentions of one article to gold entity ids by span."""

    def __init__(self, gold: GoldArticle, prediction: Prediction) -> None:
        self.gold = gold
        self.prediction = prediction
        self.by_span = {(m.start, m.end): m for m in gold.mentions}
        self.sentences = split_sentences(gold.article.raw)

    def sentence_at(self, offset: int) -> str:
        """The raw sentence holding ``offset``."""
        return self.sentence(sentence_at(self.sentences, offset))

    def sentence(self, number: int) -> str:
        """Raw sentence ``number`` (from 1), or "" when there is none."""
        if not 0 < number <= len(self.sentences):
            return ""
        span = self.sentences[number - 1]
        return self.gold.article.raw[span.start:span.end]

    def gold_mention(self, mention: Mention) -> GoldMention | None:
        start, end = self.prediction.span(mention)
        exact = self.by_span.get((start, end))
        if exact is not None:
            return exact
        overlapping = [m for m in self.gold.mentions if m.start < end and start < m.end]
        if mention.reference:
            # a role phrase stands for its holder, never for the body or country named inside it;
            # when kg resolved it to a named person of the article, it is that person
            overlapping = [m for m in overlapping if self.gold.entities[m.entity].type == mention.type.value]
            if not overlapping:
                return self._resolved_name(mention)
        if not overlapping:
            return None
        return max(overlapping, key=lambda m: (not m.nominal, min(end, m.end) - max(start, m.start)))

    def _resolved_name(self, reference: Mention) -> GoldMention | None:
        """The gold mention of a name of this article that kg resolved ``reference`` to."""
        resolution = self.prediction.resolution
        entity_id = resolution.entity_for(reference)
        if entity_id is None:
            return None
        extraction = self.prediction.extractions[self.gold.id]
        for named in extraction.mentions:
            if not named.reference and resolution.entity_for(named) == entity_id:
                found = self.by_span.get(self.prediction.span(named))
                if found is not None:
                    return found
        return None

    def entity(self, mention: Mention) -> str:
        """The gold entity id, or a key that matches nothing gold (``?text``)."""
        found = self.gold_mention(mention)
        return found.entity if found is not None else f"?{mention.name}"

    def describe(self, entity_id: str) -> str:
        if entity_id.startswith("?"):
            return entity_id[1:] + " (no gold entity)"
        first = next((m.text for m in self.gold.mentions if m.entity == entity_id and not m.nominal), entity_id)
        return first


def compare_article(gold: GoldArticle, prediction: Prediction) -> ArticleComparison:
    """Counts and errors of one article for every task its annotation level covers."""
    extraction = prediction.extractions[gold.id]
    result = ArticleComparison(gold.id)
    linker = _EntityLinker(gold, prediction)
    _compare_entities(gold, extraction, linker, result)
    if gold.full:
        _compare_relations(gold, extraction, linker, result)
        _compare_events(gold, extraction, linker, result)
    return result


def _compare_entities(
    gold: GoldArticle, extraction: Extraction, linker: _EntityLinker, result: ArticleComparison
) -> None:
    prediction = linker.prediction
    gold_spans = {(m.start, m.end, gold.entities[m.entity].type) for m in gold.names()}
    predicted_spans = {
        (*prediction.span(m), m.type.value) for m in extraction.mentions if not m.reference
    }
    result.entities = compare_sets(gold_spans, predicted_spans)
    types = {t for *_, t in gold_spans | predicted_spans}
    for entity_type in sorted(types):
        result.entities_by_type[entity_type] = compare_sets(
            {s for s in gold_spans if s[2] == entity_type}, {s for s in predicted_spans if s[2] == entity_type}
        )
    raw = gold.article.raw
    result.names = compare_sets(
        {(fold(raw[s:e]), t) for s, e, t in gold_spans}, {(fold(raw[s:e]), t) for s, e, t in predicted_spans}
    )
    for start, end, entity_type in sorted(predicted_spans - gold_spans):
        result.findings.append(
            Finding("entity", "fp", gold.id, f"{raw[start:end]!r} {entity_type} at {start}", linker.sentence_at(start))
        )
    for start, end, entity_type in sorted(gold_spans - predicted_spans):
        result.findings.append(
            Finding("entity", "fn", gold.id, f"{raw[start:end]!r} {entity_type} at {start}", linker.sentence_at(start))
        )


def _compare_relations(
    gold: GoldArticle, extraction: Extraction, linker: _EntityLinker, result: ArticleComparison
) -> None:
    gold_keys: dict[tuple[str, str, str], int] = {}
    for post in gold.posts:
        if post.org is not None:
            gold_keys.setdefault(("post", post.person, post.org), post.sentence)
    for relation in gold.relations:
        gold_keys.setdefault((relation.predicate, relation.subject, relation.object), relation.sentence)
    predicted: dict[tuple[str, str, str], str] = {}
    resolution = linker.prediction.resolution
    for statement in extraction.statements:
        subject, obj = resolution.entity_for(statement.subject), resolution.entity_for(statement.object)
        if subject is None or obj is None:
            continue  # a role phrase the resolver could not tie to anyone: the graph drops the fact
        if subject == obj:
            continue  # a name and its other form ("X ( Vietnam_Airlines )"): the graph draws no edge to itself
        if statement.predicate in POST_PREDICATES:
            predicate = "post"
        elif statement.predicate in RELATION_PREDICATES:
            predicate = statement.predicate
        else:
            result.unscored_statements[statement.predicate] = result.unscored_statements.get(statement.predicate, 0) + 1
            continue
        key = (predicate, linker.entity(statement.subject), linker.entity(statement.object))
        predicted.setdefault(key, statement.provenance.sentence)
    result.relations = compare_sets(set(gold_keys), set(predicted))
    for predicate in sorted({k[0] for k in gold_keys} | {k[0] for k in predicted}):
        result.relations_by_predicate[predicate] = compare_sets(
            {k for k in gold_keys if k[0] == predicate}, {k for k in predicted if k[0] == predicate}
        )
    for key in sorted(set(predicted) - set(gold_keys)):
        what = f"{key[0]}({linker.describe(key[1])}, {linker.describe(key[2])})"
        result.findings.append(Finding("relation", "fp", gold.id, what, predicted[key].replace("_", " ")))
    for key in sorted(set(gold_keys) - set(predicted)):
        what = f"{key[0]}({linker.describe(key[1])}, {linker.describe(key[2])})"
        result.findings.append(Finding("relation", "fn", gold.id, what, linker.sentence(gold_keys[key])))


def _core(event_type: str, fillers: dict[str, set[str]]) -> frozenset[str]:
    roles = MEETING_SIDES if event_type == "Meeting" else CORE_ROLES[event_type]
    return frozenset(e for role in roles for e in fillers.get(role, ()))


@dataclass(slots=True)
class _EventTelling:
    """What an article says of one event (its type and core participants):
    every place and date it gives, and the sentence to show for it."""

    sentence: str
    places: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)


EventKey = tuple[str, frozenset[str]]


def _compare_events(
    gold: GoldArticle, extraction: Extraction, linker: _EntityLinker, result: ArticleComparison
) -> None:
    gold_events: dict[EventKey, _EventTelling] = {}
    for event in gold.events:
        fillers = {role: set(ids) for role, ids in event.roles}
        telling = gold_events.setdefault(
            (event.type, _core(event.type, fillers)), _EventTelling(linker.sentence(event.sentence))
        )
        telling.places |= event.fillers(*PLACE_ROLES)
        if event.date:
            telling.dates.add(event.date)
    predicted: dict[EventKey, _EventTelling] = {}
    for event in extraction.events:
        fillers: dict[str, set[str]] = defaultdict(set)
        for role in event.roles:
            if linker.prediction.resolution.entity_for(role.mention) is None:
                continue  # as in the graph: an unresolved role phrase fills no role
            name = EVENT_ROLE_NAMES_BY_TYPE.get((event.type.value, role.role)) or EVENT_ROLE_NAMES.get(role.role, role.role)
            fillers[name].add(linker.entity(role.mention))
        key = (event.type.value, _core(event.type.value, fillers))
        if not key[1]:
            continue
        telling = predicted.setdefault(key, _EventTelling(event.provenance.sentence.replace("_", " ")))
        for role in PLACE_ROLES:
            telling.places |= fillers.get(role, set())
        value = event.time.xsd() if event.time else None
        if value and event.type.value not in UNDATED_EVENT_TYPES:
            telling.dates.add(value[0])
    result.events = compare_sets(set(gold_events), set(predicted))
    for event_type in sorted({k[0] for k in gold_events} | {k[0] for k in predicted}):
        result.events_by_type[event_type] = compare_sets(
            {k for k in gold_events if k[0] == event_type}, {k for k in predicted if k[0] == event_type}
        )
    matched = set(gold_events) & set(predicted)
    result.places = sum((_attribute(gold_events[k].places, predicted[k].places) for k in matched), Counts())
    result.dates = sum((_attribute(gold_events[k].dates, predicted[k].dates) for k in matched), Counts())

    def describe(key: EventKey) -> str:
        return f"{key[0]}({', '.join(sorted(linker.describe(e) for e in key[1]))})"

    def order(key: EventKey) -> tuple[str, list[str]]:
        return (key[0], sorted(key[1]))

    for key in sorted(matched, key=order):
        counts = _attribute(gold_events[key].dates, predicted[key].dates)
        if counts.fp or counts.fn:
            gold_dates = ", ".join(sorted(gold_events[key].dates)) or "none"
            kg_dates = ", ".join(sorted(predicted[key].dates)) or "none"
            what = f"{describe(key)}: gold {gold_dates}, kg {kg_dates}"
            result.findings.append(Finding("date", "fp" if counts.fp else "fn", gold.id, what, predicted[key].sentence))
    for key in sorted(set(predicted) - set(gold_events), key=order):
        result.findings.append(Finding("event", "fp", gold.id, describe(key), predicted[key].sentence))
    for key in sorted(set(gold_events) - set(predicted), key=order):
        result.findings.append(Finding("event", "fn", gold.id, describe(key), gold_events[key].sentence))


def _attribute(gold: set[str], predicted: set[str]) -> Counts:
    """A place or date of a matched event: right when the prediction is one the
    gold gives; a miss when the gold has one and the prediction none."""
    if not gold and not predicted:
        return Counts()
    if gold & predicted:
        return Counts(tp=1)
    if not predicted:
        return Counts(fn=1)
    return Counts(fp=1, fn=1 if gold else 0)
