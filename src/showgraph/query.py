"""SPARQL over what showgraph wrote: files, stores and graphs as one dataset, read-only.

Sources are RDF files showgraph writes (the format from the extension), store
folders (:mod:`showgraph.store`) and KnowledgeGraph objects. They are queried
as one dataset laid out as a store is: each article's facts in its named
graph, and everything, those facts included, in the default graph, so a query
with no ``GRAPH`` finds every fact once, whatever the sources' formats.

The prefixes of :data:`showgraph.vocab.PREFIXES` (``schema:``, ``sg:``,
``prov:``, ``rdf:``, ``rdfs:``, ``xsd:``) need no declaration.

>>> from showgraph.graph import KnowledgeGraph
>>> from showgraph.records import Article, ArticleExtraction, Entity
>>> kg = KnowledgeGraph()
>>> kg.add(ArticleExtraction(Article("a.txt", ""), (Entity("place/ru", "Russia", "Place"),)))
>>> result = run_query([kg], "SELECT ?name WHERE { ?place a schema:Place ; schema:name ?name }")
>>> list(result.rows())
[('Russia',)]

Queries are read-only and local (:func:`showgraph.sparql.check_query`), and
parameters are bound without touching the query's syntax
(:func:`showgraph.sparql.bind_params`).

A timeout runs the query in a child process, which is killed when time is up:
pyoxigraph cannot cancel a query, and a thread could only be abandoned,
still working.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import pyoxigraph as ox

from showgraph.errors import QueryError, ShowgraphError
from showgraph.formats import DEFAULT_BASE_IRI, FORMATS, RDF_FORMATS, format_for_path
from showgraph.sparql import bind_params, check_query
from showgraph.vocab import PREFIXES

if TYPE_CHECKING:
    from showgraph.graph import KnowledgeGraph

# The store and the graph (networkx, the RDF export) are imported only for a
# source that needs them: querying a file should start in a blink.
Source = Union[str, "os.PathLike[str]", "KnowledgeGraph", ox.Store]
# A source made ready to load, possibly in another process: ("store", path),
# ("file", path, format name), ("nquads", data), or ("open", an open Store),
# which only this process can use.
SourceSpec = tuple[Any, ...]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
    "unsignedByte")}
_FLOATS = {_XSD + name for name in ("decimal", "double", "float")}


# ---- Results --------------------------------------------------------------------


def plain_value(term: Any) -> str | int | float | bool | None:
    """A term as a plain Python value: an IRI or a string as ``str``, numbers as numbers.

    Dates stay ISO strings, as in the JSON Lines export.

    >>> plain_value(ox.Literal("16", datatype=ox.NamedNode(_XSD + "integer")))
    16
    >>> plain_value(ox.NamedNode("https://schema.org/Person"))
    'https://schema.org/Person'
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _literal_value(term)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)  # a triple term


def _literal_value(literal: ox.Literal) -> str | int | float | bool:
    datatype = literal.datatype.value
    try:
        if datatype in _INTEGERS:
            return int(literal.value)
        if datatype in _FLOATS:
            return float(literal.value)
    except ValueError:
        return literal.value  # ill-typed: keep what was written
    if datatype == _XSD + "boolean":
        return literal.value in ("true", "1")
    return literal.value


@dataclass
class QueryResult:
    """What a query gave: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).

    The solutions and triples are read once, as they come.

    Attributes:
        variables: the SELECT query's variables, in order; empty otherwise.
        solutions: pyoxigraph solutions, for SELECT.
        boolean: the answer, for ASK.
        triples: pyoxigraph triples, for CONSTRUCT and DESCRIBE.
    """

    variables: list[str] = field(default_factory=list)
    solutions: Iterator[ox.QuerySolution] | None = None
    boolean: bool | None = None
    triples: Iterator[ox.Triple] | None = None

    @classmethod
    def of(cls, raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
        """Wrap what pyoxigraph's ``query()`` returned."""
        if isinstance(raw, ox.QueryBoolean):
            return cls(boolean=bool(raw))
        if isinstance(raw, ox.QueryTriples):
            return cls(triples=_guarded(raw))
        return cls(variables=[v.value for v in raw.variables], solutions=_guarded(raw))

    @property
    def kind(self) -> str:
        """``solutions``, ``boolean`` or ``graph``."""
        if self.boolean is not None:
            return "boolean"
        return "graph" if self.triples is not None else "solutions"

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """Each solution as a tuple of plain values (:func:`plain_value`), None where unbound."""
        for solution in self.solutions or ():
            yield tuple(plain_value(solution[name]) for name in self.variables)

    def to_dataframe(self) -> Any:
        """The solutions as a pandas DataFrame, one column a variable, plain values."""
        import pandas as pd

        return pd.DataFrame.from_records(list(self.rows()), columns=self.variables)

    def graph(self) -> Any:
        """The triples of a CONSTRUCT or DESCRIBE as an rdflib Graph, showgraph's prefixes bound."""
        from rdflib import Graph

        from showgraph.vocab import bind_prefixes

        data = ox.serialize(self.triples or (), format=ox.RdfFormat.N_TRIPLES)
        return bind_prefixes(Graph(bind_namespaces="none")).parse(data=data, format="nt")


def _guarded(items: Iterator[Any]) -> Iterator[Any]:
    # Evaluation goes on while results are read: its errors surface here.
    try:
        yield from items
    except (OSError, RuntimeError, ValueError) as error:
        raise QueryError(f"the query failed while running: {_one_line(error)}") from error


def _one_line(error: Exception, limit: int = 240) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- Sources -------------------------------------------------------------------------


def source_spec(source: Source, base_iri: str = DEFAULT_BASE_IRI) -> SourceSpec:
    """Check a source and make it ready to load, in this process or another.

    Raises:
        QueryError: for a path that is missing or not RDF showgraph writes.
        StoreError: for a folder that is not a store.
    """
    if isinstance(source, ox.Store):
        return ("open", source)
    if not isinstance(source, (str, os.PathLike)):
        return ("nquads", _graph_nquads(source, base_iri))
    path = Path(source)
    if path.is_dir():
        from showgraph.store import is_store, open_store

        if not is_store(path):
            open_store(path, read_only=True)  # raises the StoreError that says what to do
        return ("store", str(path))
    if not path.is_file():
        raise QueryError(f"no such graph file or store folder: {os.fspath(source)!r}")
    try:
        fmt = format_for_path(path)
    except ShowgraphError as error:
        raise QueryError(str(error)) from error
    if fmt not in RDF_FORMATS:
        rdf = ", ".join(f"{name} ({' '.join(FORMATS[name])})" for name in RDF_FORMATS)
        raise QueryError(f"{os.fspath(source)!r} is not RDF; query {rdf} files or a store folder")
    return ("file", str(path), fmt)


def _graph_nquads(source: Any, base_iri: str) -> bytes:
    from showgraph.graph import KnowledgeGraph
    from showgraph.store import store_nquads

    if not isinstance(source, KnowledgeGraph):
        raise QueryError(f"cannot query a {type(source).__name__}: give a graph file, "
                         "a store folder, a KnowledgeGraph or an open store")
    return store_nquads(source, base_iri)


def load_dataset(specs: Sequence[SourceSpec]) -> ox.Store:
    """The dataset to query: a lone store as it is, else everything loaded in memory.

    Raises:
        QueryError: for a file that cannot be parsed.
        StoreError: for a store that cannot be opened.
    """
    if len(specs) == 1 and specs[0][0] in ("store", "open"):
        return _open(specs[0])
    dataset = ox.Store()
    for spec in specs:
        _load(dataset, spec)
    # Quad files keep facts in named graphs only; a store also has them in
    # its default graph, which is where queries look.
    dataset.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    return dataset


def _open(spec: SourceSpec) -> ox.Store:
    if spec[0] == "open":
        return spec[1]
    from showgraph.store import open_store

    return open_store(spec[1], read_only=True)


def _load(dataset: ox.Store, spec: SourceSpec) -> None:
    kind, value = spec[0], spec[1]
    if kind in ("store", "open"):
        dataset.bulk_extend(_open(spec))
    elif kind == "nquads":
        dataset.bulk_load(value, ox.RdfFormat.N_QUADS)
    else:
        try:
            dataset.bulk_load(path=value, format=RDF_FORMATS[spec[2]])
        except (SyntaxError, ValueError) as error:
            raise QueryError(f"cannot read {value!r} as {spec[2]}: {_one_line(error)}") from error


# ---- Running ---------------------------------------------------------------------------


def execute(dataset: ox.Store, query: str, params: Mapping[str, str] | None = None) -> Any:
    """Run a checked query on a dataset with showgraph's prefixes: pyoxigraph's raw result.

    Raises:
        QueryError: for a query that is not valid SPARQL.
    """
    try:
        return dataset.query(bind_params(query, params), prefixes=PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"the query is not valid SPARQL: {_one_line(error)}") from error
    except OSError as error:
        raise QueryError(f"the query failed: {_one_line(error)}") from error


def run_query(sources: Sequence[Source], query: str, *, params: Mapping[str, str] | None = None,
              timeout: float | None = None, base_iri: str = DEFAULT_BASE_IRI) -> QueryResult:
    """Run a read-only SPARQL query over files, stores and graphs, as one dataset.

    Args:
        sources: RDF files showgraph writes, store folders, KnowledgeGraphs,
            or stores already open (:func:`showgraph.store.open_store`), which
            spares reopening a store for each query.
        query: SELECT, ASK, CONSTRUCT or DESCRIBE.
        params: values for the query's variables, by name: ``{"work": "Ironbark"}``
            binds ``$work`` (the same variable as ``?work``) to the string
            ``"Ironbark"``; see :func:`showgraph.sparql.bind_params`.
        timeout: seconds after which the query, loading the sources included, is
            stopped. The query then runs in a child process, which starting
            takes a fraction of a second more.
        base_iri: the namespace a KnowledgeGraph's IRIs are minted in.

    Returns:
        The result, read lazily.

    Raises:
        QueryError: for a refused, malformed, failed or timed-out query, or a bad source.
        StoreError: for a store folder that cannot be opened.
    """
    if not sources:
        raise QueryError("give at least one graph file or store folder to query")
    check_query(query)
    bind_params(query, params)  # fail on a bad name here, not in a child process
    specs = [source_spec(source, base_iri) for source in sources]
    if timeout is not None and any(spec[0] == "open" for spec in specs):
        raise QueryError("a query with a timeout runs in another process, which cannot use "
                         "an open store; give the store's folder instead")
    if timeout is None:
        return QueryResult.of(execute(load_dataset(specs), query, params))
    return _run_in_child(specs, query, params, timeout)


def query_graph(kg: KnowledgeGraph, query: str, **options: Any) -> QueryResult:
    """Run a read-only SPARQL query over one KnowledgeGraph; see :func:`run_query`."""
    return run_query([kg], query, **options)


# ---- Timeout: a child process --------------------------------------------------------


def _run_in_child(specs: list[SourceSpec], query: str, params: Mapping[str, str] | None,
                  timeout: float) -> QueryResult:
    # spawn, not fork: a forked child would inherit RocksDB's locks and threads half-copied.
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, specs, query, dict(params or {})),
                            daemon=True)
    child.start()
    sender.close()
    try:
        # The clock starts once the child has started Python and imported
        # showgraph, which is not the query's doing.
        _receive(receiver, child, _CHILD_START_TIMEOUT)
        status, kind, data = _receive(receiver, child, timeout)
    finally:
        child.kill()
        child.join()
        receiver.close()
    if status == "error":
        raise QueryError(data)
    if kind == "graph":
        return QueryResult(triples=(quad.triple for quad in ox.parse(data, ox.RdfFormat.N_TRIPLES)))
    return QueryResult.of(ox.parse_query_results(data, ox.QueryResultsFormat.JSON))


_CHILD_START_TIMEOUT = 60.0


def _receive(receiver: Any, child: Any, timeout: float) -> Any:
    if not receiver.poll(timeout):
        raise QueryError(f"the query took longer than {timeout:g} s and was stopped; "
                         "narrow it, or give a longer --timeout")
    try:
        return receiver.recv()
    except EOFError:
        raise QueryError(f"the query process ended without an answer "
                         f"(exit code {child.exitcode})") from None


def _child(sender: Any, specs: list[SourceSpec], query: str, params: dict[str, str]) -> None:
    """Run the query and send back the whole result, serialised, or the error."""
    sender.send(("started",))
    try:
        raw = execute(load_dataset(specs), query, params)
        if isinstance(raw, ox.QueryTriples):
            message = ("ok", "graph", ox.serialize(raw, format=ox.RdfFormat.N_TRIPLES))
        else:
            message = ("ok", "results", raw.serialize(format=ox.QueryResultsFormat.JSON))
    except ShowgraphError as error:
        message = ("error", "", str(error))
    except (OSError, RuntimeError, ValueError) as error:
        message = ("error", "", f"the query failed while running: {_one_line(error)}")
    sender.send(message)
    sender.close()


