"""The Oxigraph store: a folder that gathers what many ``extract`` runs found.

A store holds the RDF the exports hold, laid out so that plain SPARQL works
on it, with no special mode:

- each article's named graph (``id:article/DOC``) holds what the article
  states, as in the N-Quads and TriG exports, and one
  ``<article> schema:mentions <entity>`` for each entity the article names;
- the default graph holds the entities, the reified facts with their
  evidence, the PROV-O description of the named graphs, and a copy of every
  named graph's triples. It is what the Turtle export of all the stored
  articles holds (plus the mentions).

Copying the named graphs into the default graph, rather than querying in
Oxigraph's union-default-graph mode, matters: that mode returns a triple once
for each graph that holds it, so a cast member three articles name would be
counted three times.

Adding a graph replaces each article it holds: the latest extraction of an
article wins, and adding the same graph twice changes nothing. Before the
new quads go in, :func:`add_to_store` removes, for each of its articles:

1. the article's named graph, and the default graph's copy of each of its
   triples that no other stored article states;
2. the article's evidence, and every fact left without any evidence, so
   that a fact only a replaced article stated does not linger;
3. the article's PROV-O description, and its source and the software agent
   when no other article refers to them;
4. each entity the article mentioned that no other stored article mentions
   and the new graph does not hold.

For the entities and facts in the new graph, single-valued properties are
replaced rather than added to: an entity's name (the old one becomes an
alternate name) and class (a known work class is not replaced by the
generic schema:CreativeWork), and a fact's confidence. Last, the links from a
work to the schema:PerformanceRole of its cast are worked out again, as the
actor, character and plays facts they rest on may come from different runs.

Two things are approximate. A fact's ``sg:confidence`` is the one its latest
extraction computed, from that run's evidence alone: the RDF keeps no
per-article confidence to combine. And aliases are merged within one run
only (``KnowledgeGraph.merge_aliases``), not across runs.

One process writes a store at a time. A reader (``showgraph query``,
``showgraph serve``) sees the store as it was when it opened it; Oxigraph
leaves reading while another process writes undefined, so stop ``serve``
before extracting into its store.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Union

import pyoxigraph as ox
from rdflib.namespace import SDO

from showgraph.errors import StoreError
from showgraph.export.rdf import (
    DEFAULT_BASE_IRI,
    Iris,
    Lit,
    Quad,
    checked_base_iri,
    decimal_literal,
    nt_literal,
    prov,
    rdf,
    rdf_quads,
    schema,
    sg,
)
from showgraph.graph import KnowledgeGraph
from showgraph.records import Article, Source
from showgraph.vocab import ENTITY_CLASSES, WORK_CLASSES, entity_class

PathLike = Union[str, "os.PathLike[str]"]

MENTIONS = str(SDO.mentions)
_GENERIC_WORK = str(ENTITY_CLASSES["Work"])
_WORK_CLASSES = {str(term) for term in WORK_CLASSES.values()} - {_GENERIC_WORK}
_DEFAULT = ox.DefaultGraph()
_OFFSETS = re.compile(r"[0-9]+-[0-9]+")


def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


@dataclass(frozen=True)
class StoreChange:
    """What :func:`add_to_store` did.

    Attributes:
        articles: the articles written.
        replaced: how many of them the store already held.
        removed: the quads removed before the new ones were added.
    """

    articles: int
    replaced: int
    removed: int


def is_store(path: PathLike) -> bool:
    """Whether a folder holds an Oxigraph store (RocksDB's ``CURRENT`` file).

    >>> is_store("data/articles")
    False
    """
    return (Path(path) / "CURRENT").is_file()


def open_store(path: PathLike, *, read_only: bool = False) -> ox.Store:
    """Open the store in a folder; read-write opening creates it if need be.

    Args:
        path: the store's folder. Read-write, a missing or empty folder
            becomes a new store; a folder holding anything else is refused.
        read_only: open a snapshot for reading, which other readers may
            share; the folder must hold a store.

    Raises:
        StoreError: when the folder is not a store, or the store is locked
            by another process or damaged.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     store = open_store(Path(folder) / "graph")
    ...     len(store)
    0
    """
    folder = Path(path)
    if not is_store(folder) and (read_only or _has_other_files(folder)):
        raise StoreError(
            f"{os.fspath(path)!r} is not a showgraph store; make one with "
            f"`showgraph extract ARTICLES --store {os.fspath(path)}`"
            + ("" if read_only else ", or give a new or empty folder")
        )
    try:
        return ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder))
    except OSError as error:
        raise StoreError(
            f"cannot open the store {os.fspath(path)!r}: {error}; another showgraph or "
            "oxigraph process may be writing it"
        ) from error


def _has_other_files(folder: Path) -> bool:
    if folder.exists() and not folder.is_dir():
        return True
    return folder.is_dir() and any(folder.iterdir())


# ---- What a store holds for a graph -----------------------------------------


def article_docs(kg: KnowledgeGraph) -> list[str]:
    """The ids of the articles a graph holds: those added, and those facts cite."""
    cited = {source.doc for fact in kg.iter_facts() for source in fact.sources}
    return sorted(set(kg.articles) | cited)


def mention_quads(kg: KnowledgeGraph, iris: Iris) -> Iterator[Quad]:
    """``<article> schema:mentions <entity>``, in the article's graph, for each entity it names."""
    sources: dict[str, str] = {}
    for entity in kg.iter_entities():
        for doc in entity.docs:
            if doc not in sources:
                sources[doc] = iris.source(kg.articles.get(doc, Article(doc, "")))
            yield sources[doc], MENTIONS, iris.entity(entity.id), iris.article(doc)


def store_quads(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[Quad]:
    """Every quad a store holds for a graph, possibly repeated.

    The export's quads and the mentions, each named graph's triples also in
    the default graph.

    Raises:
        ExportError: for a bad base IRI or a predicate outside the spec.
    """
    iris = Iris(checked_base_iri(base_iri))
    for quad in (*rdf_quads(kg, base_iri), *mention_quads(kg, iris)):
        yield quad
        if quad[3] is not None:
            yield (*quad[:3], None)


def nquad_line(quad: Quad) -> str:
    """One quad as a line of N-Quads.

    >>> nquad_line(("http://a", "http://p", Lit("x"), None))
    '<http://a> <http://p> "x" .\\n'
    """
    subject, predicate, obj, graph = quad
    obj = nt_literal(obj) if isinstance(obj, Lit) else f"<{obj}>"
    graph = f" <{graph}>" if graph else ""
    return f"<{subject}> <{predicate}> {obj}{graph} .\n"


def store_nquads(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> bytes:
    """:func:`store_quads` as N-Quads, each line once, in no set order.

    What :func:`showgraph.query.run_query` loads to query a KnowledgeGraph,
    so that a graph in memory and a store answer alike.
    """
    return "".join({nquad_line(quad) for quad in store_quads(kg, base_iri)}).encode("utf-8")


# ---- Adding, replacing what was there ----------------------------------------


def add_to_store(store: ox.Store, kg: KnowledgeGraph,
                 base_iri: str = DEFAULT_BASE_IRI) -> StoreChange:
    """Write a graph into a store, replacing the articles it already held.

    See the module's documentation for what replacing removes. Use one base
    IRI for a store: articles minted under another are different articles.

    Args:
        store: a store opened read-write (:func:`open_store`).
        kg: the graph to add.
        base_iri: the namespace IRIs are minted in.

    Returns:
        How many articles were written and replaced.

    Raises:
        ExportError: for a bad base IRI or a predicate outside the spec.
        StoreError: when the store cannot be written.

    >>> from showgraph.records import ArticleExtraction, Entity
    >>> kg = KnowledgeGraph()
    >>> kg.add(ArticleExtraction(Article("a.txt", ""), (Entity("place/ru", "Russia", "Place"),)))
    >>> store = ox.Store()
    >>> add_to_store(store, kg)
    StoreChange(articles=1, replaced=0, removed=0)
    >>> size = len(store)
    >>> add_to_store(store, kg).replaced, len(store) == size
    (1, True)
    """
    iris = Iris(checked_base_iri(base_iri))
    docs = article_docs(kg)
    lines = {nquad_line(quad) for quad in store_quads(kg, base_iri)}
    try:
        if next(iter(store), None) is None:
            store.bulk_load("".join(lines).encode("utf-8"), ox.RdfFormat.N_QUADS)
            return StoreChange(len(docs), 0, 0)
        graphs = {_node(iris.article(doc)) for doc in docs}
        replaced = sum(store.contains_named_graph(graph) for graph in graphs)
        doomed = replaced_quads(store, kg, iris, docs)
        updates = ValueUpdates.of(store, kg, iris)
        doomed |= updates.doomed
        lines = (lines - updates.skipped) | updates.added
        _remove(store, doomed)
        store.load("".join(lines).encode("utf-8"), ox.RdfFormat.N_QUADS)
        store.update(LINK_ROLES)
    except OSError as error:
        raise StoreError(f"cannot write the store: {error}") from error
    return StoreChange(len(docs), replaced, len(doomed))


def replaced_quads(store: ox.Store, kg: KnowledgeGraph, iris: Iris,
                   docs: Iterable[str]) -> set[ox.Quad]:
    """The quads to remove before a graph's articles are written again."""
    docs = list(docs)
    graphs = {_node(iris.article(doc)) for doc in docs}
    keep = {_node(iris.entity(entity)) for entity, _ in kg.entity_nodes()}
    return (
        _graph_quads(store, graphs)
        | _evidence_quads(store, iris, docs)
        | _provenance_quads(store, graphs)
        | _orphan_quads(store, graphs, keep)
    )


def _elsewhere(store: ox.Store, quads: Iterator[ox.Quad], graphs: set[ox.NamedNode]) -> bool:
    # Whether any of the quads is in a named graph that is not being replaced.
    return any(q.graph_name not in graphs and q.graph_name != _DEFAULT for q in quads)


def _graph_quads(store: ox.Store, graphs: set[ox.NamedNode]) -> set[ox.Quad]:
    doomed = set()
    for graph in graphs:
        for quad in store.quads_for_pattern(None, None, None, graph):
            doomed.add(quad)
            subject, predicate, obj = quad.triple
            if not _elsewhere(store, store.quads_for_pattern(subject, predicate, obj), graphs):
                doomed.add(ox.Quad(subject, predicate, obj, _DEFAULT))
    return doomed


def _evidence_quads(store: ox.Store, iris: Iris, docs: list[str]) -> set[ox.Quad]:
    doomed: set[ox.Quad] = set()
    facts = set()
    for doc in docs:
        # The evidence IRI of any span of this doc, without its offsets.
        prefix = iris.evidence(Source(doc, 0, 0, "")).removesuffix("0-0")
        graph = _node(iris.article(doc))
        for derived in store.quads_for_pattern(graph, _node(prov.wasDerivedFrom), None, _DEFAULT):
            for quad in store.quads_for_pattern(None, _node(sg.sourceDocument), derived.object,
                                                _DEFAULT):
                evidence = quad.subject
                offsets = evidence.value.removeprefix(prefix)
                if offsets == evidence.value or not _OFFSETS.fullmatch(offsets):
                    continue  # another article's, with the same source URL
                doomed.update(store.quads_for_pattern(evidence, None, None, _DEFAULT))
                for link in store.quads_for_pattern(None, _node(sg.evidence), evidence, _DEFAULT):
                    doomed.add(link)
                    facts.add(link.subject)
    for fact in facts:
        if all(link in doomed for link in store.quads_for_pattern(fact, _node(sg.evidence), None)):
            doomed.update(store.quads_for_pattern(fact, None, None, _DEFAULT))
    return doomed


def _provenance_quads(store: ox.Store, graphs: set[ox.NamedNode]) -> set[ox.Quad]:
    doomed = set()
    for graph in graphs:
        doomed.update(store.quads_for_pattern(graph, None, None, _DEFAULT))
        for predicate in (_node(prov.wasDerivedFrom), _node(prov.wasAttributedTo)):
            for quad in store.quads_for_pattern(graph, predicate, None, _DEFAULT):
                users = store.quads_for_pattern(None, predicate, quad.object, _DEFAULT)
                if all(user.subject in graphs for user in users):
                    doomed.update(store.quads_for_pattern(quad.object, None, None, _DEFAULT))
    return doomed


def _orphan_quads(store: ox.Store, graphs: set[ox.NamedNode],
                  keep: set[ox.NamedNode]) -> set[ox.Quad]:
    doomed = set()
    mentions = _node(MENTIONS)
    for graph in graphs:
        for quad in store.quads_for_pattern(None, mentions, None, graph):
            entity = quad.object
            if entity in keep or _elsewhere(
                    store, store.quads_for_pattern(None, mentions, entity), graphs):
                continue
            doomed.update(store.quads_for_pattern(entity, None, None, _DEFAULT))
    return doomed


@dataclass
class ValueUpdates:
    """Single-valued properties of a graph's entities and facts that a store holds otherwise.

    Attributes:
        doomed: the store's quads to remove.
        added: N-Quads lines to add besides the graph's own.
        skipped: the graph's own lines not to add.
    """

    doomed: set[ox.Quad]
    added: set[str]
    skipped: set[str]

    @classmethod
    def of(cls, store: ox.Store, kg: KnowledgeGraph, iris: Iris) -> ValueUpdates:
        updates = cls(set(), set(), set())
        for entity in kg.iter_entities():
            node = _node(iris.entity(entity.id))
            updates._entity_class(store, node, str(entity_class(entity.type, entity.subtype)))
            updates._entity_name(store, node, entity.name)
        for fact in kg.iter_facts():
            # By value: the store writes decimals in its own canonical form ("1" for "1.0").
            confidence = Decimal(decimal_literal(fact.confidence).lexical)
            for quad in store.quads_for_pattern(_node(iris.fact(fact)), _node(sg.confidence),
                                                None, _DEFAULT):
                if Decimal(quad.object.value) != confidence:
                    updates.doomed.add(quad)
        return updates

    def _entity_class(self, store: ox.Store, node: ox.NamedNode, new: str) -> None:
        for quad in store.quads_for_pattern(node, _node(rdf.type), None, _DEFAULT):
            old = quad.object.value
            if old == new:
                continue
            if new == _GENERIC_WORK and old in _WORK_CLASSES:
                # As KnowledgeGraph keeps a work's subtype once it knows it.
                self.skipped.add(nquad_line((node.value, rdf.type, new, None)))
            else:
                self.doomed.add(quad)

    def _entity_name(self, store: ox.Store, node: ox.NamedNode, new: str) -> None:
        for quad in store.quads_for_pattern(node, _node(schema.name), None, _DEFAULT):
            if quad.object.value != new:
                self.doomed.add(quad)
                self.added.add(nquad_line((node.value, schema.alternateName,
                                           Lit(quad.object.value), None)))
        for quad in store.quads_for_pattern(node, _node(schema.alternateName), None, _DEFAULT):
            if quad.object.value == new:
                self.doomed.add(quad)


# A work lists a PerformanceRole (work schema:actor role) when it has the
# role's person as actor and its character as character, in the graph of each
# article that states the person plays the character. Those facts may come
# from articles extracted in different runs, so the links are worked out again
# over the whole store: unfounded ones dropped, founded ones added.
LINK_ROLES = """
PREFIX schema: <https://schema.org/>
PREFIX sg: <https://showgraph.dev/vocab#>
DELETE { GRAPH ?g { ?work schema:actor ?role } }
WHERE {
  GRAPH ?g { ?work schema:actor ?role }
  ?role a schema:PerformanceRole ; schema:actor ?person ; schema:character ?character .
  FILTER NOT EXISTS {
    ?work schema:actor ?person ; schema:character ?character .
    GRAPH ?g { ?person sg:plays ?character }
  }
} ;
INSERT { GRAPH ?g { ?work schema:actor ?role } ?work schema:actor ?role }
WHERE {
  ?role a schema:PerformanceRole ; schema:actor ?person ; schema:character ?character .
  ?work schema:actor ?person ; schema:character ?character .
  FILTER NOT EXISTS { ?work a schema:PerformanceRole }  # the role itself has both
  GRAPH ?g { ?person sg:plays ?character }
} ;
DELETE { ?work schema:actor ?role }
WHERE {
  ?work schema:actor ?role .
  ?role a schema:PerformanceRole ; schema:actor ?person ; schema:character ?character .
  FILTER NOT EXISTS { GRAPH ?g { ?work schema:actor ?role } }
  FILTER EXISTS { GRAPH ?h { ?person sg:plays ?character } }
}
"""


def _remove(store: ox.Store, quads: set[ox.Quad]) -> None:
    """Remove quads in one transaction: one SPARQL ``DELETE DATA``."""
    if not quads:
        return
    by_graph: defaultdict[str, list[str]] = defaultdict(list)
    for quad in quads:
        graph = "" if quad.graph_name == _DEFAULT else str(quad.graph_name)
        by_graph[graph].append(f"{quad.subject} {quad.predicate} {quad.object} .")
    blocks = [
        "\n".join(triples) if not graph else f"GRAPH {graph} {{\n" + "\n".join(triples) + "\n}"
        for graph, triples in by_graph.items()
    ]
    store.update("DELETE DATA {\n" + "\n".join(blocks) + "\n}")
