"""The ``kg`` vocabulary: the terms of ``ontology/kg.ttl``, one place in code.

A misspelt term fails at import time instead of minting a new IRI; a test
proves this module and the ontology agree.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_NAMESPACE = "https://kg.example.org/ontology#"


class KG(DefinedNamespace):
    """Classes and properties of the knowledge graph."""

    _NS = Namespace(KG_NAMESPACE)
    _fail = True

    # classes
    Person: URIRef
    Organization: URIRef
    NewsAgency: URIRef
    Location: URIRef
    Country: URIRef
    City: URIRef
    Region: URIRef
    Facility: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    Travel: URIRef
    Invitation: URIRef
    GiftGiving: URIRef
    Statement: URIRef
    Article: URIRef
    Evidence: URIRef
    Post: URIRef

    # roles (posts held)
    presidentOf: URIRef
    leaderOf: URIRef
    chairmanOf: URIRef
    primeMinisterOf: URIRef
    ministerOf: URIRef
    foreignMinisterOf: URIRef
    defenceMinisterOf: URIRef
    spokespersonOf: URIRef
    holdsPostAt: URIRef
    formerlyHeldPostAt: URIRef
    memberOf: URIRef

    # places and bodies
    locatedIn: URIRef
    partOf: URIRef
    country: URIRef

    # interactions: binary shortcuts of events
    met: URIRef
    visited: URIRef
    invited: URIRef
    gaveGiftTo: URIRef

    # event roles and attributes
    participant: URIRef
    agent: URIRef
    recipient: URIRef
    place: URIRef
    destination: URIRef
    reportedBy: URIRef
    date: URIRef
    dateText: URIRef
    datePrecision: URIRef
    item: URIRef
    quote: URIRef
    vehicle: URIRef
    planned: URIRef
    accepted: URIRef

    # articles
    author: URIRef
    source: URIRef
    mediaCredit: URIRef
    mentions: URIRef
    published: URIRef
    url: URIRef
    mentionCount: URIRef

    # provenance
    postTitle: URIRef
    heldPost: URIRef
    holder: URIRef
    postRole: URIRef
    postOrganization: URIRef
    former: URIRef
    startDate: URIRef
    startDateText: URIRef
    postEvidence: URIRef
    evidence: URIRef
    sentence: URIRef
    charStart: URIRef
    charEnd: URIRef
    extractor: URIRef
    confidence: URIRef


#: Properties that say which post a person holds, most specific last.
ROLE_PREDICATES = (
    "presidentOf",
    "leaderOf",
    "chairmanOf",
    "primeMinisterOf",
    "ministerOf",
    "foreignMinisterOf",
    "defenceMinisterOf",
    "spokespersonOf",
    "holdsPostAt",
    "formerlyHeldPostAt",
    "memberOf",
)

#: The normalised role each narrow post property names ("minister"); ``holdsPostAt`` and
#: ``formerlyHeldPostAt`` name none, the title written with them does (``ontology/roles.tsv``).
POST_ROLES = {
    "presidentOf": "president",
    "leaderOf": "leader",
    "chairmanOf": "chairman",
    "primeMinisterOf": "primeMinister",
    "ministerOf": "minister",
    "foreignMinisterOf": "foreignMinister",
    "defenceMinisterOf": "defenceMinister",
    "spokespersonOf": "spokesperson",
}

#: Binary shortcut properties of events.
INTERACTION_PREDICATES = ("met", "visited", "invited", "gaveGiftTo")

#: Symmetric properties: exporters may write them once per unordered pair.
SYMMETRIC_PREDICATES = frozenset({"met"})

#: Roles an event node has towards entities.
EVENT_ROLE_PREDICATES = ("participant", "agent", "recipient", "place", "destination", "reportedBy")

#: Properties a binary statement between two mentions may carry.
STATEMENT_PREDICATES = frozenset(ROLE_PREDICATES + ("locatedIn", "partOf", "country") + INTERACTION_PREDICATES)

#: Properties of an article's credits to an agency.
CREDIT_PREDICATES = frozenset({"source", "mediaCredit"})

#: The rules the resolver decides by (``Decision.rule``, ``resolution.jsonl``).
RESOLUTION_RULES = frozenset(
    {
        "exact-name",
        "alias-table",
        "diacritic-fold",
        "facility-prefix",
        "organization-prefix",
        "organization-without-place",
        "given-name",
        "abbreviated-name",
        "link-variant",
        "capital-country",
        "spelling-variant",
        "short-name-article",
        "acronym-article",
        "short-name-build",
        "acronym-build",
        "own-name-article",
        "own-name-nearby",
        "reference",
        "ambiguous",
        "ambiguous-reference",
        "unresolved-reference",
        "empty-name",
        "override",
    }
)


class VocabularyError(ValueError):
    """A record made with a role, predicate or rule name the vocabulary does not know."""


def check_name(name: str, allowed: frozenset[str] | tuple[str, ...], what: str) -> None:
    """Raise ``VocabularyError`` unless ``name`` is one of ``allowed``."""
    if name not in allowed:
        raise VocabularyError(
            f"{name!r} is not a {what} of the vocabulary (one of {', '.join(sorted(allowed))}); "
            "add it to kg/vocab.py and ontology/kg.ttl first"
        )

#: Direct superclasses of each class within the vocabulary (``rdfs:subClassOf``
#: in ``ontology/kg.ttl``); exporters write every superclass type explicitly.
SUPERCLASSES = {
    "NewsAgency": ("Organization",),
    "Country": ("Location",),
    "City": ("Location",),
    "Region": ("Location",),
    "Facility": ("Location",),
    "Meeting": ("Event",),
    "Visit": ("Event",),
    "Travel": ("Event",),
    "Invitation": ("Event",),
    "GiftGiving": ("Event",),
    "Statement": ("Event",),
}


def class_closure(local_name: str) -> tuple[str, ...]:
    """``local_name`` and all its superclasses, most specific first."""
    closure = [local_name]
    for name in closure:
        closure.extend(s for s in SUPERCLASSES.get(name, ()) if s not in closure)
    return tuple(closure)


_PEOPLE = frozenset({"Person"})
_PLACES = frozenset({"Location", "Country", "City", "Region", "Facility"})
_BODIES_AND_PLACES = _PLACES | {"Organization", "NewsAgency"}

#: The entity classes a property accepts at each end, as ``(subjects, objects)``;
#: None accepts any entity. The graph builder drops a statement whose resolved
#: ends break this (the mention's type and its entity's type can differ), so the
#: exports conform to ``ontology/shapes.ttl``.
ENDPOINT_CLASSES: dict[str, tuple[frozenset[str] | None, frozenset[str] | None]] = {
    **{p: (_PEOPLE, _BODIES_AND_PLACES) for p in ROLE_PREDICATES if p != "memberOf"},
    "memberOf": (None, _BODIES_AND_PLACES),
    "locatedIn": (None, _PLACES),
    "country": (None, frozenset({"Country"})),
    "place": (None, _PLACES),
    "destination": (None, _PLACES),
}


def accepts(predicate: str, subject_class: str | None, object_class: str) -> bool:
    """Whether ``predicate`` may link entities of these classes (None: not an entity, not checked)."""
    subjects, objects = ENDPOINT_CLASSES.get(predicate, (None, None))
    if subjects is not None and subject_class is not None and subject_class not in subjects:
        return False
    return objects is None or object_class in objects


def term(local_name: str) -> URIRef:
    """The IRI of a vocabulary term by local name; raises for an unknown one."""
    return getattr(KG, local_name)


@lru_cache(maxsize=None)
def iri(local_name: str) -> str:
    """The IRI of a vocabulary term as a plain string (``term``, checked the same way)."""
    return str(term(local_name))
