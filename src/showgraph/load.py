"""Reading back a graph that showgraph wrote: JSON Lines, RDF or an Oxigraph store.

What comes back:

- JSON Lines (the spec's export): everything the file holds, exactly:
  entities with their names, types, subtypes, aliases and docs; facts with
  their confidence and every source (doc, offsets, sentence). Writing the
  loaded graph as JSON Lines gives the same bytes. The file has no article
  metadata and no rule ids, so articles come back as bare ids.
- RDF (Turtle, N-Triples, N-Quads, TriG, JSON-LD): the graph is rebuilt from
  the reified ``sg:Fact`` nodes (subject, predicate, object, ``sg:confidence``,
  ``sg:rule``, and each ``sg:Evidence`` with its article, offsets and
  sentence), the entities from their schema.org class, ``schema:name`` and
  ``schema:alternateName``, and the articles from their ``schema:Article``
  description (id, title, URL, publication date). The RDF has no list of the
  articles that name an entity, so an entity's ``docs`` are the articles of
  the facts it takes part in; and a Work with no subtype comes back as
  ``Other``, the extractor's subtype for a work of no known kind (both are
  ``schema:CreativeWork``).
- An Oxigraph store folder (``showgraph extract --store``): read as RDF is,
  everything the runs added to it; its ``schema:mentions`` also give each
  entity's ``docs`` exactly. Entity ids are the
  IRIs less the base IRI, which is found from the fact and article IRIs.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Union
from urllib.parse import unquote

from showgraph.errors import InputError, ShowgraphError
from showgraph.graph import KnowledgeGraph
from showgraph.records import PREDICATES, Article, Entity, Fact, Source

PathLike = Union[str, "os.PathLike[str]"]


def load(source: PathLike, fmt: str | None = None, base_iri: str | None = None) -> KnowledgeGraph:
    """Load a graph that showgraph wrote: a JSON Lines export, an RDF file or a store.

    Args:
        source: the file, or the store's folder.
        fmt: ``jsonl``, ``turtle``, ``nt``, ``nquads``, ``trig`` or ``json-ld``;
            by default the file's extension says.
        base_iri: for RDF, the namespace the IRIs were minted in; by default
            it is found from the file.

    Returns:
        The graph; see this module's documentation for what each format keeps.

    Raises:
        InputError: the file is missing, of another format, or not a graph
            showgraph wrote; the folder is not a store.
        StoreError: the store cannot be opened (another process may be
            writing it).

    >>> import showgraph, tempfile
    >>> kg = showgraph.extract("data/articles/glass-orchard-casting.txt")
    >>> path = tempfile.mkdtemp() + "/graph.ttl"
    >>> kg.write(path)
    >>> again = showgraph.load(path)
    >>> len(again) == len(kg), sorted(again.entities().name) == sorted(kg.entities().name)
    (True, True)
    """
    from showgraph.export import format_for_path

    from showgraph.store import is_store

    path = Path(source)
    if path.is_dir():
        if not is_store(path):
            raise InputError(f"{path}: a folder, but not a showgraph store; load reads a store, "
                             "or a JSON Lines or RDF file that showgraph wrote")
        return read_store(path, base_iri)
    if not path.is_file():
        raise InputError(f"{path}: no such file; give a graph written by showgraph extract")
    try:
        fmt = fmt or format_for_path(path)
    except ShowgraphError as error:
        raise InputError(str(error)) from None
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as lines:
            return read_jsonl(lines, str(path))
    if fmt in RDF_PARSE_FORMATS:
        return read_rdf(path, fmt, base_iri)
    raise InputError(f"{path}: cannot load {fmt}; load reads jsonl, "
                     f"{', '.join(RDF_PARSE_FORMATS)}")


# ---- JSON Lines ---------------------------------------------------------------


def read_jsonl(lines: Iterable[str], name: str = "<jsonl>") -> KnowledgeGraph:
    """A graph from the lines of a JSON Lines export.

    Raises:
        InputError: a line is not an entity or fact record of the export.

    >>> line = '{"kind": "entity", "id": "place/ru", "name": "Russia", "type": "Place"}'
    >>> read_jsonl([line]).entities().name.tolist()
    ['Russia']
    """
    entities, facts = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if record.get("kind") == "entity":
                entities.append(_entity(record))
            elif record.get("kind") == "fact":
                facts.append(_fact(record))
            else:
                raise ValueError("no kind 'entity' or 'fact'")
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise InputError(f"{name}:{number}: not a record of showgraph's JSON Lines export "
                             f"({error}); load reads what showgraph extract -f jsonl wrote"
                             ) from None
    try:
        return KnowledgeGraph.from_records(entities, facts)
    except ValueError as error:
        raise InputError(f"{name}: {error}") from None


def _entity(record: dict[str, Any]) -> Entity:
    return Entity(record["id"], record["name"], record["type"], record.get("subtype"),
                  tuple(record.get("aliases", ())), tuple(record.get("docs", ())))


def _fact(record: dict[str, Any]) -> Fact:
    sources = tuple(Source(s["doc"], s["start"], s["end"], s["sentence"])
                    for s in record.get("sources", ()))
    if record["predicate"] not in PREDICATES:
        raise ValueError(f"unknown predicate {record['predicate']!r}")
    if "object" in record:
        return Fact(record["subject"], record["predicate"], object=record["object"],
                    confidence=record.get("confidence", 1.0), sources=sources)
    return Fact(record["subject"], record["predicate"], value=record["value"],
                confidence=record.get("confidence", 1.0), sources=sources)


# ---- RDF ----------------------------------------------------------------------

RDF_PARSE_FORMATS = ("turtle", "nt", "nquads", "trig", "json-ld")

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SCHEMA = "https://schema.org/"
_XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
# A minted fact IRI: the base IRI, "fact/", 16 hex digits of a hash.
_FACT_IRI = re.compile(r"(.*)fact/[0-9a-f]{16}")


def read_rdf(path: PathLike, fmt: str = "turtle", base_iri: str | None = None) -> KnowledgeGraph:
    """A graph from an RDF file that showgraph wrote; see the module's documentation.

    Raises:
        InputError: the file does not parse, or holds no showgraph entities or facts.

    >>> import tempfile
    >>> from showgraph.records import Entity
    >>> path = tempfile.mkdtemp() + "/g.nt"
    >>> KnowledgeGraph.from_records([Entity("place/ru", "Russia", "Place")], []).write(path)
    >>> read_rdf(path, "nt").entities()[["id", "name", "type"]].values.tolist()
    [['place/ru', 'Russia', 'Place']]
    """
    import pyoxigraph as ox

    from showgraph.export.rdf import RDF_FORMATS

    try:
        subjects = _subjects(ox.parse(path=os.fspath(path), format=RDF_FORMATS[fmt]))
    except (SyntaxError, ValueError, OSError) as error:
        raise InputError(f"{path}: not {fmt} ({error})") from None
    return _graph(subjects, base_iri, path)


def read_store(path: PathLike, base_iri: str | None = None) -> KnowledgeGraph:
    """A graph from an Oxigraph store that ``showgraph extract --store`` wrote.

    Raises:
        InputError: the store holds no showgraph entities or facts.
        StoreError: the folder is not a store, or it cannot be opened.

    >>> import tempfile
    >>> from showgraph.records import Entity
    >>> from showgraph.store import add_to_store, open_store
    >>> folder = tempfile.mkdtemp() + "/store"
    >>> kg = KnowledgeGraph.from_records([Entity("place/ru", "Russia", "Place", docs=("a",))], [])
    >>> _ = add_to_store(open_store(folder), kg)
    >>> read_store(folder).entities()[["id", "docs"]].values.tolist()
    [['place/ru', ['a']]]
    """
    from showgraph.store import open_store

    store = open_store(path, read_only=True)
    return _graph(_subjects(store.quads_for_pattern(None, None, None, None)), base_iri, path)


def _graph(subjects: Subjects, base_iri: str | None, path: PathLike) -> KnowledgeGraph:
    reader = _RdfReader(subjects, base_iri or _find_base(subjects))
    entities, facts, articles = reader.entities(), reader.facts(), reader.articles()
    if not entities and not facts:
        raise InputError(f"{os.fspath(path)}: no showgraph entities or facts in it; load reads "
                         "RDF that showgraph extract wrote")
    try:
        return KnowledgeGraph.from_records(_with_docs(entities, facts, reader.mentions()),
                                           facts, articles)
    except ValueError as error:
        raise InputError(f"{os.fspath(path)}: {error}") from None


# subject IRI -> predicate IRI -> its objects: an IRI as a str, a literal as (value, datatype)
Subjects = dict[str, dict[str, list[Any]]]


def _subjects(quads: Iterable[Any]) -> Subjects:
    subjects: Subjects = defaultdict(lambda: defaultdict(list))
    seen = set()
    for quad in quads:
        triple = (quad.subject, quad.predicate, quad.object)
        if triple in seen:  # the same triple in several graphs
            continue
        seen.add(triple)
        subjects[quad.subject.value][quad.predicate.value].append(_term(quad.object))
    return subjects


def _term(term: Any) -> Any:
    datatype = getattr(term, "datatype", None)
    return term.value if datatype is None else (term.value, datatype.value)


def _find_base(subjects: Subjects) -> str:
    from showgraph.export.rdf import DEFAULT_BASE_IRI

    for subject in subjects:
        match = _FACT_IRI.fullmatch(subject)
        if match:
            return match.group(1)
    for subject, properties in subjects.items():
        if _SCHEMA + "Article" in properties.get(_RDF + "type", ()) and "/source/" in subject:
            return subject[: subject.rindex("/source/") + 1]
    return DEFAULT_BASE_IRI


class _RdfReader:
    """Turns the subjects of a showgraph RDF export back into records."""

    def __init__(self, subjects: Subjects, base: str) -> None:
        from showgraph.vocab import ENTITY_CLASSES, PREDICATE_TERMS, SG_NAMESPACE, WORK_CLASSES

        self.subjects, self.base, self.sg = subjects, base, SG_NAMESPACE
        self.classes = {str(iri): (kind, None) for kind, iri in ENTITY_CLASSES.items()}
        # schema:CreativeWork is "Other", which is what the extractor gives a
        # work of no known kind.
        self.classes.update({str(iri): ("Work", subtype) for subtype, iri in WORK_CLASSES.items()})
        self.predicates = {str(iri): name for name, iri in PREDICATE_TERMS.items()}

    def _typed(self, class_iri: str) -> Iterator[tuple[str, dict[str, list[Any]]]]:
        for subject, properties in sorted(self.subjects.items()):
            if class_iri in properties.get(_RDF + "type", ()):
                yield subject, properties

    def node_id(self, iri: str) -> str:
        return unquote(iri[len(self.base):]) if iri.startswith(self.base) else iri

    def entities(self) -> list[Entity]:
        entities = []
        for subject, properties in sorted(self.subjects.items()):
            classes = properties.get(_RDF + "type", ())
            kinds = [self.classes[c] for c in classes if c in self.classes]
            names = sorted(_text(n) for n in properties.get(_SCHEMA + "name", ()))
            if not kinds or not names:
                continue
            kind, subtype = max(kinds, key=lambda k: k[1] is not None)  # the most specific
            aliases = tuple(sorted(_text(a) for a in properties.get(_SCHEMA + "alternateName", ())))
            entities.append(Entity(self.node_id(subject), names[0], kind, subtype, aliases))
        return entities

    def facts(self) -> list[Fact]:
        facts = []
        for _, properties in self._typed(self.sg + "Fact"):
            predicate = self._predicate(_one(properties, _RDF + "predicate"))
            target = _one(properties, _RDF + "object")
            confidence = float(_text(_one(properties, self.sg + "confidence")))
            rules = ",".join(sorted(_text(r) for r in properties.get(self.sg + "rule", ())))
            evidence = properties.get(self.sg + "evidence", ())
            sources = tuple(sorted((self._source(e) for e in evidence),
                                   key=lambda s: (s.doc, s.start, s.end)))
            subject = self.node_id(_one(properties, _RDF + "subject"))
            if isinstance(target, tuple):
                facts.append(Fact(subject, predicate, value=_value(predicate, target),
                                  confidence=confidence, sources=sources, rule=rules))
            else:
                facts.append(Fact(subject, predicate, object=self.node_id(target),
                                  confidence=confidence, sources=sources, rule=rules))
        return facts

    def _predicate(self, iri: str) -> str:
        try:
            return self.predicates[iri]
        except KeyError:
            raise InputError(f"<{iri}> is not one of the spec's predicates; was this file "
                             "written by showgraph?") from None

    def _source(self, evidence: str) -> Source:
        properties = self.subjects[evidence]
        document = _one(properties, self.sg + "sourceDocument")
        identifiers = self.subjects.get(document, {}).get(_SCHEMA + "identifier")
        doc = _text(identifiers[0]) if identifiers else document
        return Source(doc, int(_text(_one(properties, self.sg + "startOffset"))),
                      int(_text(_one(properties, self.sg + "endOffset"))),
                      _text(_one(properties, self.sg + "sentence")))

    def mentions(self) -> dict[str, set[str]]:
        """Entity id -> the docs of the articles that mention it (a store says so)."""
        docs: dict[str, set[str]] = defaultdict(set)
        for _, properties in self._typed(_SCHEMA + "Article"):
            identifiers = properties.get(_SCHEMA + "identifier")
            for entity in properties.get(_SCHEMA + "mentions", ()) if identifiers else ():
                docs[self.node_id(entity)].add(_text(identifiers[0]))
        return docs

    def articles(self) -> list[Article]:
        articles = []
        for _, properties in self._typed(_SCHEMA + "Article"):
            def first(name: str) -> str | None:
                values = properties.get(_SCHEMA + name)
                return _text(values[0]) if values else None
            if first("identifier") is not None:
                articles.append(Article(first("identifier"), "", first("datePublished"),
                                        first("url"), first("name")))
        return articles


def _one(properties: dict[str, list[Any]], predicate: str) -> Any:
    values = properties.get(predicate)
    if not values:
        raise InputError(f"an sg:Fact or sg:Evidence node has no <{predicate}>; was this "
                         "file written by showgraph?")
    return values[0]


def _text(term: Any) -> str:
    return term[0] if isinstance(term, tuple) else term


def _value(predicate: str, literal: tuple[str, str]) -> str | int:
    lexical, datatype = literal
    if PREDICATES[predicate][1] == "integer" and datatype == _XSD_INTEGER:
        return int(lexical)
    return lexical


def _with_docs(entities: list[Entity], facts: list[Fact],
               mentions: dict[str, set[str]]) -> list[Entity]:
    docs: dict[str, set[str]] = defaultdict(set, mentions)
    for fact in facts:
        for node in filter(None, (fact.subject, fact.object)):
            docs[node].update(s.doc for s in fact.sources)
    return [Entity(e.id, e.name, e.type, e.subtype, e.aliases, tuple(sorted(docs[e.id])))
            for e in entities]
