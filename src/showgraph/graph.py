"""The knowledge graph: article extractions merged into a networkx MultiDiGraph.

Every entity is a node keyed by its id (``person/paulina-andreeva``); every
literal value is a node too (``literal/date/2019-08-16``), so that every fact
is an edge, keyed by its predicate, carrying ``confidence`` and ``sources``.

>>> from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source
>>> work = Entity("work/x", "X", "Work", "Movie")
>>> fact = Fact("work/x", "releaseDate", value="2020", confidence=0.8,
...             sources=(Source("a.txt", 0, 9, "X (2020)"),))
>>> kg = KnowledgeGraph()
>>> kg.add(ArticleExtraction(Article("a.txt", "X (2020)"), (work,), (fact,)))
>>> [(f.subject, f.predicate, f.value) for f in kg.iter_facts()]
[('work/x', 'releaseDate', '2020')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from showgraph.names import normalize_name
from showgraph.records import PREDICATES, Article, ArticleExtraction, Entity, Fact, Source


def literal_node(predicate: str, value: str | int) -> str:
    """The node id of a literal value, typed by what the predicate holds."""
    kind = PREDICATES[predicate][1]
    return f"literal/{kind}/{value}"


def combine_confidence(values: Iterable[float]) -> float:
    """Noisy-or: independent pieces of evidence make a fact more certain.

    >>> combine_confidence([0.5, 0.5])
    0.75
    """
    remaining = 1.0
    for value in values:
        remaining *= 1.0 - value
    return round(1.0 - remaining, 4)


class KnowledgeGraph:
    """Entities and facts from many articles, merged.

    Attributes:
        graph: the networkx MultiDiGraph; node and edge attributes are plain
            data (``name``, ``type``, ``predicate``, ``sources`` ...).
        articles: the articles added so far, by id, without their text.
    """

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        self.articles: dict[str, Article] = {}
        self._names: dict[str, Counter[str]] = {}

    def __len__(self) -> int:
        return self.graph.number_of_edges()

    def add(self, extraction: ArticleExtraction) -> None:
        """Merge one article's entities and facts into the graph."""
        article = extraction.article
        self.articles[article.id] = Article(
            article.id, "", article.published, article.url, article.title
        )
        for entity in extraction.entities:
            self._add_entity(entity, article.id)
        for fact in extraction.facts:
            self._add_fact(fact)

    def add_all(self, extractions: Iterable[ArticleExtraction]) -> KnowledgeGraph:
        for extraction in extractions:
            self.add(extraction)
        return self

    def _add_entity(self, entity: Entity, doc: str) -> None:
        names = self._names.setdefault(entity.id, Counter())
        names[entity.name] += 1
        if entity.id not in self.graph:
            self.graph.add_node(
                entity.id, kind="entity", type=entity.type, subtype=entity.subtype,
                name=entity.name, aliases=set(), docs=set(),
            )
        node = self.graph.nodes[entity.id]
        # Most frequent spelling wins; ties go to the longest, then alphabetical.
        node["name"] = max(names, key=lambda n: (names[n], len(n), n))
        node["aliases"].update(entity.aliases)
        node["aliases"].update(n for n in names if n != node["name"])
        node["aliases"].discard(node["name"])
        node["docs"].add(doc)
        if entity.subtype and node["subtype"] in (None, "Other"):
            node["subtype"] = entity.subtype

    def _add_fact(self, fact: Fact) -> None:
        target = fact.object
        if fact.is_literal:
            target = literal_node(fact.predicate, fact.value)
            if target not in self.graph:
                kind = PREDICATES[fact.predicate][1]
                self.graph.add_node(target, kind="literal", datatype=kind, value=fact.value)
        key = fact.predicate
        if self.graph.has_edge(fact.subject, target, key):
            edge = self.graph.edges[fact.subject, target, key]
            edge["sources"] = sorted(set(edge["sources"]) | set(fact.sources), key=_source_key)
            edge["evidence"].append(fact.confidence)
            edge["confidence"] = combine_confidence(edge["evidence"])
            edge["rules"].add(fact.rule)
        else:
            self.graph.add_edge(
                fact.subject, target, key=key, predicate=fact.predicate,
                confidence=fact.confidence, evidence=[fact.confidence],
                sources=sorted(fact.sources, key=_source_key), rules={fact.rule},
            )

    def merge_aliases(self) -> None:
        """Fold entities named only by an alias into the one full entity it names.

        An entity whose whole name is an alias of exactly one other entity of
        the same type (a surname seen alone in another article, "TWD") is
        merged into it. Two people who merely share a surname both stay:
        the alias is ambiguous, so nothing is merged.
        """
        by_alias: dict[tuple[str, str], set[str]] = {}
        for node, data in self.entity_nodes():
            for alias in data["aliases"]:
                by_alias.setdefault((data["type"], normalize_name(alias)), set()).add(node)
        for node, data in list(self.entity_nodes()):
            owners = by_alias.get((data["type"], normalize_name(data["name"])), set())
            owners = owners - {node}
            if len(owners) == 1 and len(data["name"]) < len(self.graph.nodes[next(iter(owners))]["name"]):
                self._contract(next(iter(owners)), node)

    def _contract(self, keep: str, drop: str) -> None:
        kept, dropped = self.graph.nodes[keep], self.graph.nodes[drop]
        kept["aliases"] |= dropped["aliases"] | {dropped["name"]}
        kept["aliases"].discard(kept["name"])
        kept["docs"] |= dropped["docs"]
        for _, target, key, data in list(self.graph.out_edges(drop, keys=True, data=True)):
            self._move_edge(keep, target, key, data)
        for source, _, key, data in list(self.graph.in_edges(drop, keys=True, data=True)):
            self._move_edge(source, keep, key, data)
        self.graph.remove_node(drop)

    def _move_edge(self, source: str, target: str, key: str, data: dict[str, Any]) -> None:
        # Re-adding keeps the noisy-or right: each piece of evidence once,
        # the sources with the first.
        fact_sources = tuple(data["sources"])
        for confidence in data["evidence"]:
            self._add_fact(_edge_fact(source, target, key, confidence, fact_sources,
                                      self.graph.nodes.get(target, {})))
            fact_sources = ()
        for rule in data["rules"]:
            self.graph.edges[source, target, key]["rules"].add(rule)

    def entity_nodes(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(id, attributes) of every entity node, in id order."""
        for node in sorted(self.graph.nodes):
            data = self.graph.nodes[node]
            if data["kind"] == "entity":
                yield node, data

    def iter_entities(self) -> Iterator[Entity]:
        """Every entity, in id order."""
        for node, data in self.entity_nodes():
            yield Entity(
                id=node, name=data["name"], type=data["type"], subtype=data["subtype"],
                aliases=tuple(sorted(data["aliases"])), docs=tuple(sorted(data["docs"])),
            )

    def iter_facts(self) -> Iterator[Fact]:
        """Every fact, ordered by subject, predicate and object."""
        edges = sorted(
            self.graph.edges(keys=True, data=True), key=lambda e: (e[0], e[2], str(e[1]))
        )
        for subject, target, predicate, data in edges:
            target_data = self.graph.nodes[target]
            literal = target_data["kind"] == "literal"
            yield Fact(
                subject=subject, predicate=predicate,
                object=None if literal else target,
                value=target_data["value"] if literal else None,
                confidence=data["confidence"], sources=tuple(data["sources"]),
                rule=",".join(sorted(r for r in data["rules"] if r)),
            )

    def name_of(self, node: str) -> str:
        return self.graph.nodes[node]["name"]


def _edge_fact(source: str, target: str, predicate: str, confidence: float,
               sources: tuple[Source, ...], target_data: dict[str, Any]) -> Fact:
    if target_data.get("kind") == "literal":
        return Fact(source, predicate, value=target_data["value"], confidence=confidence,
                    sources=sources)
    return Fact(source, predicate, object=target, confidence=confidence, sources=sources)


def _source_key(source: Source) -> tuple[str, int, int]:
    return (source.doc, source.start, source.end)
