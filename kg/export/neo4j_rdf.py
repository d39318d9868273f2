"""Read an RDF export of ``kg.rdf`` (Turtle, TriG…) back into the graph of
``kg.graph``, so that ``kg neo4j push graph.ttl`` loads what ``kg build``
would have written to ``neo4j/``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

import networkx as nx

from kg.model import Provenance
from kg.vocab import KG_NAMESPACE, SYMMETRIC_PREDICATES, class_closure
from kg.vocab import iri as kg_iri


class _StartDate(NamedTuple):
    """A post's start date read back from RDF: its XSD value and type, and its words."""

    value: str
    datatype: str
    text: str

    def xsd(self) -> tuple[str, str]:
        return (self.value, self.datatype)


class RdfSourceError(Exception):
    """An RDF file that cannot be read, with what to do instead."""


def graph_from_rdf(path: Path) -> tuple[nx.MultiDiGraph, str]:
    """The graph an RDF export of ``kg.rdf`` was written from, and its base IRI.

    Node ids are the IRIs without the base (found from the article IRIs,
    ``BASE + "article/" + id``), so the Neo4j export of the result has the
    same IRIs, labels, node properties and relationships as the one
    ``kg build`` wrote. Two things the RDF does not keep are approximated: an
    event role's evidence is the event's evidence (every telling, where the
    graph has the tellings that named that filler), and articles have no
    ``sourceFile``.
    """
    import pyoxigraph

    try:
        rdf_format = pyoxigraph.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
        triples = [(q.subject, q.predicate, q.object) for q in pyoxigraph.parse(path=str(path), format=rdf_format)]
    except (SyntaxError, ValueError, OSError) as error:
        raise RdfSourceError(
            f"{path}: cannot read it as RDF ({error}); give a Turtle export or the build folder"
        ) from error
    return _RdfGraphReader(triples).graph()


_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"
_PROV_FROM = "http://www.w3.org/ns/prov#wasDerivedFrom"
_DCTERMS_TITLE = "http://purl.org/dc/terms/title"


class _RdfGraphReader:
    """Inverts ``kg.rdf.graph_quads`` over a set of triples."""

    def __init__(self, triples: list[tuple[Any, Any, Any]]) -> None:
        self.base = ""
        self.values: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for subject, predicate, obj in triples:
            self.values[subject.value][predicate.value].append(obj)
        self.types = {
            subject: {t.value[len(KG_NAMESPACE):] for t in properties.get(_RDF + "type", ())
                      if t.value.startswith(KG_NAMESPACE)}
            for subject, properties in self.values.items()
        }

    def _all(self, subject: str, predicate: str) -> list[Any]:
        properties = self.values.get(subject)
        return properties.get(predicate, []) if properties else []

    def _one(self, subject: str, predicate: str) -> Any | None:
        values = self._all(subject, predicate)
        return min(values, key=lambda v: v.value) if values else None

    def _text(self, subject: str, predicate: str) -> str | None:
        value = self._one(subject, predicate)
        return None if value is None else value.value

    def _texts(self, subject: str, predicate: str) -> tuple[str, ...]:
        return tuple(sorted({v.value for v in self._all(subject, predicate)}))

    def _kg(self, subject: str, name: str) -> str | None:
        return self._text(subject, kg_iri(name))

    def _class(self, subject: str) -> str | None:
        # evidence and post nodes are views of the facts the graph already carries as edges
        names = self.types.get(subject, set()) - {"Evidence", "Post"}
        specific = [n for n in names if not any(n in class_closure(other)[1:] for other in names)]
        return min(specific) if specific else None

    def graph(self) -> tuple[nx.MultiDiGraph, str]:
        classes = {s: c for s in self.values if (c := self._class(s))}
        articles = sorted(s for s, c in classes.items() if c == "Article")
        base = self.base = self._base(articles)
        node_id = {iri: unquote(iri[len(base):]) if iri.startswith(base) else iri for iri in classes}
        article_id = {iri: node_id[iri].removeprefix("article/") for iri in articles}
        graph = nx.MultiDiGraph()
        mentioned_in: dict[str, set[str]] = defaultdict(set)
        for iri in articles:
            for target in self._all(iri, kg_iri("mentions")):
                mentioned_in[target.value].add(article_id[iri])
        for iri in sorted(classes):
            kind = "article" if classes[iri] == "Article" else (
                "event" if "Event" in class_closure(classes[iri]) else "entity")
            graph.add_node(node_id[iri], kind=kind, type=classes[iri], label=self._text(iri, _RDFS_LABEL) or "",
                           **self._attributes(iri, kind, article_id, mentioned_in))
        self._add_edges(graph, classes, node_id, article_id)
        return graph, base

    @staticmethod
    def _base(articles: list[str]) -> str:
        """The base IRI, from an article's IRI; without articles, node ids are whole IRIs."""
        for iri in articles:
            if "article/" in iri:
                return iri[: iri.index("article/")]
        return ""

    def _attributes(
        self, iri: str, kind: str, article_id: dict[str, str], mentioned_in: dict[str, set[str]]
    ) -> dict[str, object]:
        if kind == "article":
            return dict(title=self._text(iri, _DCTERMS_TITLE), author=self._kg(iri, "author"), url=self._kg(iri, "url"),
                        published=self._kg(iri, "published"), source_file=None, articles=(article_id[iri],))
        if kind == "event":
            evidence = tuple(sorted(
                (self._provenance(e.value, article_id) for e in self._all(iri, kg_iri("evidence"))),
                key=lambda p: (p.article_id, p.start, p.end, p.extractor)))
            date: Any = self._one(iri, kg_iri("date"))
            planned, accepted = self._kg(iri, "planned"), self._kg(iri, "accepted")
            return dict(
                date=date.value if date is not None else None,
                date_type=date.datatype.value.rpartition("#")[2] if date is not None else None,
                date_text=self._kg(iri, "dateText"), date_precision=self._kg(iri, "datePrecision"),
                quote=self._kg(iri, "quote"), items=self._texts(iri, kg_iri("item")),
                planned=None if planned is None else planned == "true",
                accepted=None if accepted is None else accepted == "true",
                vehicle=self._kg(iri, "vehicle"), evidence=evidence,
                articles=tuple(sorted({p.article_id for p in evidence})),
            )
        mentions = self._kg(iri, "mentionCount")
        label = self._text(iri, _RDFS_LABEL)
        return dict(aliases=tuple(a for a in self._texts(iri, _SKOS_ALT) if a != label),
                    same_as=self._texts(iri, _OWL_SAME), mentions=int(mentions) if mentions else None,
                    articles=tuple(sorted(mentioned_in.get(iri, ()))))

    def _provenance(self, node: str, article_id: dict[str, str]) -> Provenance:
        article = self._text(node, _PROV_FROM) or ""
        if article not in article_id:  # evidence from an article that has no node of its own
            local = unquote(article[len(self.base):]) if self.base and article.startswith(self.base) else article
            article_id[article] = local.removeprefix("article/")
        # tellings with the same span share one evidence node: keep the highest confidence
        confidences = [float(v.value) for v in self._all(node, kg_iri("confidence"))]
        return Provenance(
            article_id=article_id[article], sentence_index=-1, sentence=self._kg(node, "sentence") or "",
            start=int(self._kg(node, "charStart") or 0), end=int(self._kg(node, "charEnd") or 0),
            extractor=self._kg(node, "extractor") or "", confidence=max(confidences, default=0.0),
        )

    def _add_edges(
        self, graph: nx.MultiDiGraph, classes: dict[str, str], node_id: dict[str, str], article_id: dict[str, str]
    ) -> None:
        statements: dict[tuple[str, str, str], list[Provenance]] = defaultdict(list)
        starts: dict[Provenance, _StartDate] = {}
        for subject, properties in self.values.items():
            if _RDF + "Statement" in {t.value for t in properties.get(_RDF + "type", ())}:
                key = (self._text(subject, _RDF + "subject"), self._text(subject, _RDF + "predicate"),
                       self._text(subject, _RDF + "object"))
                provenance = self._provenance(subject, article_id)
                statements[key].append(provenance)
                start: Any = self._one(subject, kg_iri("startDate"))
                if start is not None:
                    starts[provenance] = _StartDate(start.value, start.datatype.value.rpartition("#")[2],
                                                    self._kg(subject, "startDateText") or start.value)
        for subject in sorted(classes):
            kind = graph.nodes[node_id[subject]]["kind"]
            for predicate, objects in sorted(self.values[subject].items()):
                if not predicate.startswith(KG_NAMESPACE) or predicate == kg_iri("evidence"):
                    continue
                name = predicate[len(KG_NAMESPACE):]
                for obj in sorted({o.value for o in objects if o.value in classes}):
                    if kind == "event":
                        tellings = graph.nodes[node_id[subject]]["evidence"] or (None,)
                    elif name in SYMMETRIC_PREDICATES:
                        if obj < subject and (obj, predicate, subject) in self._triples_of(predicate, obj):
                            continue  # the pair is taken from its other end
                        tellings = statements[(subject, predicate, obj)] + statements[(obj, predicate, subject)]
                    else:
                        tellings = statements[(subject, predicate, obj)]
                    for provenance in tellings or (None,):
                        graph.add_edge(node_id[subject], node_id[obj], predicate=name, provenance=provenance,
                                       start=starts.get(provenance) if provenance is not None else None)

    def _triples_of(self, predicate: str, subject: str) -> set[tuple[str, str, str]]:
        return {(subject, predicate, o.value) for o in self._all(subject, predicate)}
