"""What the shared exports (HTML, Neo4j, GraphML) say alike about evidence.

- :func:`published_text`: a sentence as published, without the segmenter's
  ``_`` between the syllables of a word. ``_`` becomes a space, so the text
  keeps its length and every character offset into it stays true.
- :func:`aggregate_facts` (and :func:`iter_facts`, one at a time): one fact per (subject, predicate, object) with all
  its evidence; a symmetric predicate (``met``) gives one fact per unordered
  pair, whichever way round each article told it.
- :func:`predicate_words`: a predicate as a label ("gave a gift to").
- :func:`shared_sources`: the source file of each article relative to the
  folder that holds every input, so no export names a local absolute path.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import PurePath

import networkx as nx

from kg.model import Provenance
from kg.vocab import SYMMETRIC_PREDICATES

#: An underscore between two letters: the segmenter's joiner, never punctuation of the text.
#: (The "_" comes first, so that the search skips to each underscore.)
_SYLLABLE_JOINER = re.compile(r"_(?<=[^\W\d_]_)(?=[^\W\d_])")


def published_text(text: str | None) -> str | None:
    """``text`` as published: "Nhà_lãnh_đạo Kim_Jong-un" -> "Nhà lãnh đạo Kim Jong-un", same length."""
    if text is None:
        return None
    return _SYLLABLE_JOINER.sub(" ", text)


#: Each predicate in words, as read from the source node to the target node.
PREDICATE_WORDS: dict[str, str] = {
    "presidentOf": "president of",
    "leaderOf": "leader of",
    "chairmanOf": "chairman of",
    "primeMinisterOf": "prime minister of",
    "ministerOf": "minister of",
    "foreignMinisterOf": "foreign minister of",
    "defenceMinisterOf": "defence minister of",
    "spokespersonOf": "spokesperson of",
    "holdsPostAt": "holds a post at",
    "formerlyHeldPostAt": "formerly held a post at",
    "memberOf": "member of",
    "locatedIn": "located in",
    "partOf": "part of",
    "country": "in the country",
    "met": "met",
    "visited": "visited",
    "invited": "invited",
    "gaveGiftTo": "gave a gift to",
    "participant": "has participant",
    "agent": "done by",
    "recipient": "received by",
    "place": "took place in",
    "destination": "went to",
    "reportedBy": "reported by",
    "mentions": "mentions",
    "source": "cites as source",
    "mediaCredit": "credits media to",
}


def predicate_words(predicate: str) -> str:
    """A predicate in words: "presidentOf" -> "president of"; unknown ones are split at capitals."""
    if predicate in PREDICATE_WORDS:
        return PREDICATE_WORDS[predicate]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", predicate).lower()


@dataclass(frozen=True, slots=True)
class Fact:
    """One (subject, predicate, object) with every piece of evidence, sorted by article then offset."""

    source: str
    target: str
    predicate: str
    evidence: tuple[Provenance, ...]
    #: Distinct articles that tell the fact (its corroboration).
    articles: tuple[str, ...]
    #: True for a symmetric predicate: ``source``/``target`` is then only the smaller/larger node id.
    symmetric: bool


def evidence_order(provenance: Provenance) -> tuple:
    """Sort key of evidence: article, offsets, then the rest, so exports are deterministic."""
    return (provenance.article_id, provenance.start, provenance.end, provenance.extractor, provenance.sentence,
            provenance.confidence)


def aggregate_facts(graph: nx.MultiDiGraph, predicates: Collection[str] | None = None) -> list[Fact]:
    """Every fact of ``graph`` once (only those of ``predicates`` if given), sorted by (source, target, predicate).

    Edges without provenance (an article's ``mentions``) take the article
    itself as their evidence, so their ``articles`` is the article's id.
    """
    return list(iter_facts(graph, predicates))


def iter_facts(graph: nx.MultiDiGraph, predicates: Collection[str] | None = None) -> Iterator[Fact]:
    """The facts of :func:`aggregate_facts`, in its order, made one at a time: an exporter that
    writes each as it comes never holds them all."""
    # a key's evidence; () until it has some, as most keys (an article's mentions) never do
    grouped: dict[tuple[str, str, str], list[Provenance] | tuple[()]] = {}
    # the articles of edges without provenance; a tuple, as nearly every such key has one edge
    bookkeeping: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for source, target, data in graph.edges(data=True):
        predicate = str(data["predicate"])
        if predicates is not None and predicate not in predicates:
            continue
        if predicate in SYMMETRIC_PREDICATES and target < source:
            source, target = target, source
        key = (source, target, predicate)
        provenance = data.get("provenance")
        told = grouped.setdefault(key, ())
        if isinstance(provenance, Provenance):
            if isinstance(told, list):
                told.append(provenance)
            else:
                grouped[key] = [provenance]
        elif graph.nodes[source].get("kind") == "article":
            ids = tuple(str(a) for a in graph.nodes[source].get("articles", ()))
            earlier = bookkeeping.get(key)
            bookkeeping[key] = ids if earlier is None else tuple(sorted(set(earlier) | set(ids)))
    for key in sorted(grouped):
        source, target, predicate = key
        evidence = tuple(sorted(grouped.pop(key), key=evidence_order))
        told_by = bookkeeping.pop(key, ())
        if evidence or len(told_by) > 1:
            told_by = tuple(sorted({p.article_id for p in evidence}.union(told_by)))
        yield Fact(source, target, predicate, evidence, told_by, predicate in SYMMETRIC_PREDICATES)


def distinct_evidence(evidence: tuple[Provenance, ...] | list[Provenance]) -> list[Provenance]:
    """``evidence`` sorted, with pieces of the same article, span and sentence kept once."""
    seen: dict[tuple[str, int, int, str], Provenance] = {}
    for provenance in sorted(evidence, key=evidence_order):
        key = (provenance.article_id, provenance.start, provenance.end, provenance.sentence)
        seen.setdefault(key, provenance)
    return list(seen.values())


def shared_sources(graph: nx.MultiDiGraph) -> dict[str, str]:
    """The ``source_file`` of each article node, relative to the folder holding all of them.

    Inputs ``/home/me/news/a.txt`` and ``/home/me/news/b.txt`` become
    ``a.txt`` and ``b.txt``; one input ``/data/articles.jsonl`` becomes
    ``articles.jsonl``. Relative and absolute inputs mixed are first made
    absolute against the working folder. The result never starts with ``/``.
    """
    sources = {
        node: str(data["source_file"])
        for node, data in graph.nodes(data=True)
        if data.get("kind") == "article" and data.get("source_file")
    }
    if not sources:
        return {}
    absolute = {node: os.path.abspath(path) for node, path in sources.items()}
    root = os.path.commonpath([os.path.dirname(path) for path in absolute.values()])
    return {node: PurePath(os.path.relpath(path, root)).as_posix() for node, path in absolute.items()}
