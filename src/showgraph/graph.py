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

import os
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

import networkx as nx

from showgraph.names import normalize_name
from showgraph.records import PREDICATES, Article, ArticleExtraction, Entity, Fact, Source

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Dataset, Graph

    from showgraph.view import GraphView


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
        # Bumped by every change made through the methods, so that query()
        # knows when the SPARQL dataset it built is out of date.
        self._version = 0
        self._dataset: tuple[tuple[Any, ...], Any] | None = None

    def __len__(self) -> int:
        return self.graph.number_of_edges()

    def __repr__(self) -> str:
        entities = sum(1 for _ in self.entity_nodes())
        return (f"<KnowledgeGraph: articles={len(self.articles)} entities={entities} "
                f"facts={len(self)}>")

    @classmethod
    def from_records(cls, entities: Iterable[Entity], facts: Iterable[Fact],
                     articles: Iterable[Article] = ()) -> KnowledgeGraph:
        """A graph holding exactly these entities and facts: the reverse of the iterators.

        Unlike :meth:`add`, nothing is voted or merged: names, aliases, docs,
        confidence and sources are kept as given, so
        ``from_records(kg.iter_entities(), kg.iter_facts(), kg.articles.values())``
        gives back the same entities and facts. A fact's ``rule`` may list
        several rules, comma-separated. Every doc named by an entity or a
        source that is not among ``articles`` gets an article with only its id.

        Raises:
            ValueError: a fact names an entity that is not among ``entities``.

        >>> from showgraph.records import Fact
        >>> kg = KnowledgeGraph.from_records(
        ...     [Entity("work/x", "X", "Work", "Movie", docs=("a.txt",))],
        ...     [Fact("work/x", "releaseDate", value="2020", confidence=0.8)])
        >>> kg
        <KnowledgeGraph: articles=1 entities=1 facts=1>
        """
        kg = cls()
        for article in articles:
            kg.articles[article.id] = Article(article.id, "", article.published, article.url,
                                              article.title)
        for entity in entities:
            kg._names[entity.id] = Counter({entity.name: 1})
            kg.graph.add_node(entity.id, kind="entity", type=entity.type, subtype=entity.subtype,
                              name=entity.name, aliases=set(entity.aliases), docs=set(entity.docs))
            for doc in entity.docs:
                kg.articles.setdefault(doc, Article(doc, ""))
        for fact in facts:
            for node in filter(None, (fact.subject, fact.object)):
                if kg.graph.nodes.get(node, {}).get("kind") != "entity":
                    raise ValueError(f"the fact {fact.subject} {fact.predicate} {fact.target} "
                                     f"names {node!r}, which is not among the entities")
            kg._add_fact(Fact(fact.subject, fact.predicate, fact.object, fact.value,
                              fact.confidence, fact.sources))
            kg.graph.edges[fact.subject, kg._target(fact), fact.predicate]["rules"].update(
                filter(None, fact.rule.split(",")))
            for source in fact.sources:
                kg.articles.setdefault(source.doc, Article(source.doc, ""))
        return kg

    def _target(self, fact: Fact) -> str:
        return literal_node(fact.predicate, fact.value) if fact.is_literal else str(fact.object)

    def add(self, extraction: ArticleExtraction) -> None:
        """Merge one article's entities and facts into the graph.

        >>> kg = KnowledgeGraph()
        >>> russia = Entity("place/ru", "Russia", "Place")
        >>> kg.add(ArticleExtraction(Article("a.txt", "Russia."), (russia,)))
        >>> kg.articles["a.txt"].text  # the graph keeps what is known of an article, not its text
        ''
        """
        self._version += 1
        article = extraction.article
        self.articles[article.id] = Article(
            article.id, "", article.published, article.url, article.title
        )
        for entity in extraction.entities:
            self._add_entity(entity, article.id)
        for fact in extraction.facts:
            self._add_fact(fact)

    def add_all(self, extractions: Iterable[ArticleExtraction]) -> KnowledgeGraph:
        """Merge several articles' extractions; the graph itself, for chaining.

        >>> len(KnowledgeGraph().add_all([]))
        0
        """
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
            for source in fact.sources:
                _insert_source(edge["sources"], source)
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

        >>> kg = KnowledgeGraph().add_all([
        ...     ArticleExtraction(Article("a", ""), (Entity("person/ann-lee", "Ann Lee", "Person",
        ...                                                 aliases=("Lee",)),)),
        ...     ArticleExtraction(Article("b", ""), (Entity("person/lee", "Lee", "Person"),))])
        >>> kg.merge_aliases()
        >>> [(e.id, e.docs) for e in kg.iter_entities()]
        [('person/ann-lee', ('a', 'b'))]
        """
        self._version += 1
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
        if source == target:
            return  # "W is based on W'" with W' an alias of W: no fact about two things
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
        """(id, attributes) of every entity node, in id order.

        >>> kg = KnowledgeGraph.from_records([Entity("place/ru", "Russia", "Place")], [])
        >>> [(node, data["name"]) for node, data in kg.entity_nodes()]
        [('place/ru', 'Russia')]
        """
        for node in sorted(self.graph.nodes):
            data = self.graph.nodes[node]
            if data["kind"] == "entity":
                yield node, data

    def iter_entities(self) -> Iterator[Entity]:
        """Every entity, as an :class:`Entity` record, in id order; :meth:`entities` is the table.

        >>> kg = KnowledgeGraph.from_records([Entity("place/ru", "Russia", "Place")], [])
        >>> list(kg.iter_entities())
        [Entity(id='place/ru', name='Russia', type='Place', subtype=None, aliases=(), docs=())]
        """
        for node, data in self.entity_nodes():
            yield Entity(
                id=node, name=data["name"], type=data["type"], subtype=data["subtype"],
                aliases=tuple(sorted(data["aliases"])), docs=tuple(sorted(data["docs"])),
            )

    def iter_facts(self) -> Iterator[Fact]:
        """Every fact, as a :class:`Fact` record, ordered by subject, predicate and object.

        :meth:`facts` is the table. An example is at the top of this module.
        """
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
        """The name of an entity node.

        >>> kg = KnowledgeGraph.from_records([Entity("place/ru", "Russia", "Place")], [])
        >>> kg.name_of("place/ru")
        'Russia'
        """
        return self.graph.nodes[node]["name"]

    # ---- For notebooks: tables, other libraries' graphs, a summary ------------------

    def facts(self, all_sources: bool = False) -> pd.DataFrame:
        """Every fact as a pandas DataFrame, with names, types and the evidence sentence.

        One row per fact, with its first source (by article, then offset) in
        ``doc``, ``start``, ``end`` and ``sentence``, and the number of
        sources in ``sources``; ``all_sources=True`` gives one row per source.
        For the records themselves, use :meth:`iter_facts`.

        Args:
            all_sources: one row per (fact, source) rather than per fact.

        Returns:
            Columns ``subject, subject_name, subject_type, predicate, object,
            object_name, object_type, value, confidence, sources, doc, start,
            end, sentence``; ``object*`` are empty for a literal, ``value``
            for an entity.

        >>> from showgraph.records import Fact, Source
        >>> kg = KnowledgeGraph.from_records(
        ...     [Entity("work/x", "X", "Work"), Entity("person/a", "Ann", "Person")],
        ...     [Fact("work/x", "actor", object="person/a", confidence=0.9,
        ...           sources=(Source("a.txt", 0, 12, "Ann stars in X."),))])
        >>> row = kg.facts().iloc[0]
        >>> row.subject_name, row.predicate, row.object_name, row.sentence
        ('X', 'actor', 'Ann', 'Ann stars in X.')
        """
        from showgraph.frames import facts_frame

        return facts_frame(self, all_sources)

    def entities(self) -> pd.DataFrame:
        """Every entity as a pandas DataFrame, in id order.

        For the records themselves, use :meth:`iter_entities`.

        Returns:
            Columns ``id, name, type, subtype, aliases, docs``; the last two
            hold sorted lists.

        >>> kg = KnowledgeGraph.from_records(
        ...     [Entity("person/a", "Ann Lee", "Person", aliases=("Lee",), docs=("a.txt",))], [])
        >>> kg.entities().iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
        {'id': 'person/a', 'name': 'Ann Lee', 'type': 'Person', 'subtype': None,
         'aliases': ['Lee'], 'docs': ['a.txt']}
        """
        from showgraph.frames import entities_frame

        return entities_frame(self)

    def to_networkx(self) -> nx.MultiDiGraph:
        """The networkx graph itself, not a copy: use ``.copy()`` before changing it.

        Entities and literal values are nodes (``kind`` ``"entity"`` or
        ``"literal"``); every fact is an edge keyed by its predicate, with
        ``confidence`` and ``sources``.

        >>> kg = KnowledgeGraph.from_records([Entity("place/ru", "Russia", "Place")], [])
        >>> kg.to_networkx().nodes["place/ru"]["type"]
        'Place'
        """
        return self.graph

    def to_rdflib(self, base_iri: str | None = None, union: bool = False) -> Dataset | Graph:
        """The graph as RDF, exactly as the RDF exports write it.

        Args:
            base_iri: the namespace of minted IRIs (default
                ``https://showgraph.dev/id/``).
            union: one rdflib Graph with everything, instead of a Dataset
                with each article's facts in a named graph of its own.

        Raises:
            ExportError: for a bad base IRI.

        >>> kg = KnowledgeGraph.from_records([Entity("place/ru", "Russia", "Place")], [])
        >>> from rdflib.namespace import SDO
        >>> [str(name) for name in kg.to_rdflib(union=True).objects(None, SDO.name)]
        ['Russia']
        >>> type(kg.to_rdflib()).__name__
        'Dataset'
        """
        from showgraph.export.rdf import DEFAULT_BASE_IRI, to_rdflib, to_rdflib_graph

        convert = to_rdflib_graph if union else to_rdflib
        return convert(self, base_iri or DEFAULT_BASE_IRI)

    def write(self, target: str | os.PathLike[str] | IO[bytes] | IO[str], fmt: str | None = None,
              base_iri: str | None = None) -> None:
        """Write the graph to a file or stream, as ``showgraph extract -o`` does.

        Args:
            target: a path, whose extension names the format unless ``fmt``
                does, or an open stream.
            fmt: ``turtle``, ``nt``, ``nquads``, ``trig``, ``json-ld``,
                ``jsonl`` or ``graphml``.
            base_iri: the namespace of minted RDF IRIs.

        Raises:
            ExportError: for an unknown format or a file that cannot be written.

        >>> import io
        >>> out = io.StringIO()
        >>> kg = KnowledgeGraph.from_records([Entity("place/ru", "Russia", "Place")], [])
        >>> kg.write(out, "jsonl")
        >>> out.getvalue()[:30]
        '{"kind": "entity", "id": "plac'
        """
        from showgraph.export import write_graph
        from showgraph.export.rdf import DEFAULT_BASE_IRI

        write_graph(self, target, fmt, base_iri or DEFAULT_BASE_IRI)

    def query(self, sparql: str, params: Mapping[str, str] | None = None,
              timeout: float | None = None, base_iri: str | None = None) -> pd.DataFrame:
        """Run a read-only SPARQL query over the graph; the answer as a pandas DataFrame.

        The graph is queried as ``showgraph query`` queries it (see
        :mod:`showgraph.query`): the RDF export's triples, with showgraph's
        prefixes (``schema:``, ``sg:``, ``prov:``, ``rdf:``, ``rdfs:``,
        ``xsd:``) declared. The dataset is built at the first query and kept
        until the graph changes through :meth:`add` or :meth:`merge_aliases`
        (or its size changes).

        Args:
            sparql: a SELECT, ASK, CONSTRUCT or DESCRIBE query; updates and
                SERVICE are refused.
            params: values for variables, by name: ``{"work": "Ironbark"}``
                binds ``$work`` to the string ``"Ironbark"``, safely.
            timeout: seconds after which the query is stopped (it then runs
                in a child process, on a dataset built afresh).
            base_iri: the namespace of the graph's IRIs.

        Returns:
            For SELECT, one column per variable, values as plain Python
            (IRIs and strings as ``str``, numbers as numbers, unbound as
            None); for ASK, one ``ask`` column and row; for CONSTRUCT and
            DESCRIBE, ``subject``, ``predicate`` and ``object`` columns.

        Raises:
            QueryError: for a refused, malformed, failed or timed-out query.

        >>> kg = KnowledgeGraph.from_records(
        ...     [Entity("work/x", "X", "Work", "Movie"), Entity("person/a", "Ann", "Person")],
        ...     [Fact("work/x", "actor", object="person/a")])
        >>> kg.query("SELECT ?name WHERE { ?work a schema:Movie ; schema:actor/schema:name ?name }")
          name
        0  Ann
        """
        from showgraph.frames import result_frame
        from showgraph.query import QueryResult, execute, run_query
        from showgraph.sparql import check_query

        base = base_iri or _default_base_iri()
        if timeout is not None:
            result = run_query([self], sparql, params=params, timeout=timeout, base_iri=base)
        else:
            check_query(sparql)
            result = QueryResult.of(execute(self._sparql_dataset(base), sparql, params))
        return result_frame(result)

    def _sparql_dataset(self, base_iri: str) -> Any:
        from showgraph.query import load_dataset, source_spec

        key = (base_iri, self._version, self.graph.number_of_nodes(),
               self.graph.number_of_edges())
        if self._dataset is None or self._dataset[0] != key:
            self._dataset = (key, load_dataset([source_spec(self, base_iri)]))
        return self._dataset[1]

    def view(self, nodes: Iterable[str] | None = None, literals: bool = False,
             height: str = "600px") -> GraphView:
        """An interactive drawing (pyvis) that Jupyter shows inline, and that works offline.

        Entities are coloured by type; hovering over an arrow shows the
        sentence each fact came from. Needs pyvis (``showgraph[notebooks]``).

        Args:
            nodes: the entity ids to draw, with the facts among them; all by default.
            literals: also draw dates, counts and job titles.
            height: the drawing's height, as CSS.

        Returns:
            A :class:`showgraph.view.GraphView`: ``.html`` is the page, ``.save(path)``
            writes it.

        >>> kg = KnowledgeGraph.from_records(
        ...     [Entity("work/x", "X", "Work"), Entity("person/a", "Ann", "Person")],
        ...     [Fact("work/x", "actor", object="person/a")])
        >>> page = kg.view().html
        >>> '"label": "actor"' in page, "https://cdn" in page
        (True, False)
        """
        from showgraph.view import graph_view

        return graph_view(self, nodes, literals, height)

    def _repr_html_(self) -> str:
        """Jupyter's view of the graph: totals, entities by type, facts by predicate."""
        from showgraph.frames import summary_html

        return summary_html(self)


def _edge_fact(source: str, target: str, predicate: str, confidence: float,
               sources: tuple[Source, ...], target_data: dict[str, Any]) -> Fact:
    if target_data.get("kind") == "literal":
        return Fact(source, predicate, value=target_data["value"], confidence=confidence,
                    sources=sources)
    return Fact(source, predicate, object=target, confidence=confidence, sources=sources)


def _default_base_iri() -> str:
    from showgraph.export.rdf import DEFAULT_BASE_IRI

    return DEFAULT_BASE_IRI


def _source_key(source: Source) -> tuple[str, int, int]:
    return (source.doc, source.start, source.end)


def _insert_source(sources: list[Source], source: Source) -> None:
    """Add a source, once, to a list kept in :func:`_source_key` order.

    In place, by bisection: a fact many articles state gets each new source
    without the whole list being sorted again.
    """
    key = _source_key(source)
    index = bisect_left(sources, key, key=_source_key)
    while index < len(sources) and _source_key(sources[index]) == key:
        if sources[index] == source:
            return
        index += 1
    sources.insert(index, source)
