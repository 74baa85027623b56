"""RDF export: schema.org triples, with every fact's confidence and evidence.

One ``plays`` fact, found in one article, comes out as (Turtle, shortened:
``id:`` stands for the base IRI ``https://showgraph.dev/id/``)::

    id:person/paulina-andreeva a schema:Person ; schema:name "Paulina Andreeva" ;
        sg:plays id:character/arisa .
    id:role/paulina-andreeva/arisa a schema:PerformanceRole ;
        schema:actor id:person/paulina-andreeva ; schema:character id:character/arisa ;
        schema:characterName "Arisa" .
    id:work/better-than-us schema:actor id:person/paulina-andreeva, id:role/paulina-andreeva/arisa .
    id:fact/5817cab6abcb048b a sg:Fact ; rdf:subject id:person/paulina-andreeva ;
        rdf:predicate sg:plays ; rdf:object id:character/arisa ;
        sg:confidence 0.92 ; sg:evidence id:evidence/better-than-us.txt/100-134 .
    id:evidence/better-than-us.txt/100-134 a sg:Evidence ;
        sg:sourceDocument <https://example.com/news/better-than-us> ;
        sg:startOffset 100 ; sg:endOffset 134 ; sg:sentence "She is played by ..." .

Every node has an IRI minted from the graph's own keys (no blank nodes), so the
same graph always gives the same bytes. In the triple formats (Turtle,
N-Triples, JSON-LD) everything is one graph. In the quad formats (TriG,
N-Quads) each article's facts are in a named graph of their own
(``id:article/better-than-us.txt``), described in the default graph with
PROV-O; entities, reified facts and evidence stay in the default graph, so
the union of a quad export is exactly the triple export.

The export is built once as plain tuples (an IRI is a ``str``, a literal a
:class:`Lit`), then rendered: to rdflib for :func:`to_rdflib` and JSON-LD,
and to sorted N-Quads text, which pyoxigraph turns into Turtle and TriG.
Building rdflib or pyoxigraph term objects for a million triples costs
seconds; strings cost a fraction of that.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from importlib import metadata
from itertools import islice
from types import SimpleNamespace
from typing import IO, Any, NamedTuple, Optional, Union

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, SDO, XSD

from showgraph.errors import ExportError
from showgraph.formats import DEFAULT_BASE_IRI, RDF_FORMATS
from showgraph.graph import KnowledgeGraph, literal_node
from showgraph.records import PREDICATES, Article, Fact, Source
from showgraph.vocab import PREDICATE_TERMS, PREFIXES, SG, bind_prefixes, entity_class

class Lit(NamedTuple):
    """A literal: its lexical form and its datatype IRI ("" for a plain string)."""

    lexical: str
    datatype: str = ""


# A term is an IRI, as a plain str, or a Lit.
Term = Union[str, Lit]
Triple = tuple[str, str, Term]
# A triple and the named graph it belongs to; None is the default graph.
Quad = tuple[str, str, Term, Optional[str]]


def _plain(namespace: Any, *names: str) -> SimpleNamespace:
    return SimpleNamespace(**{name: str(namespace[name]) for name in names})


# The vocabulary terms the export writes, as plain strings: rdflib's URIRef
# hashes and compares in Python, and never equals a str. Named like the
# prefixes, so that ``yield role, schema.actor, person`` reads like Turtle.
schema = _plain(SDO, "Article", "PerformanceRole", "actor", "alternateName", "character",
                "characterName", "datePublished", "identifier", "name", "softwareVersion", "url")
sg = _plain(SG, "Evidence", "Fact", "confidence", "endOffset", "evidence", "rule", "sentence",
            "sourceDocument", "startOffset")
prov = _plain(PROV, "Entity", "SoftwareAgent", "wasAttributedTo", "wasDerivedFrom")
rdf = _plain(RDF, "type", "subject", "predicate", "object")
xsd = _plain(XSD, "anyURI", "date", "decimal", "gYear", "gYearMonth", "integer")
_PREDICATE_IRIS = {name: str(term) for name, term in PREDICATE_TERMS.items()}

# What may stand as it is in a path under the base IRI: RFC 3986's unreserved
# characters, "/", and RFC 3987's ucschar (letters of any script). Everything
# else, "%" included, is percent-encoded, which keeps the encoding one-to-one.
# So is white space of any script: ucschar allows U+00A0 and U+3000, but
# rdflib's parsers, among others, end an IRI there.
_PATH_UNSAFE = re.compile(
    "\\s|[^A-Za-z0-9._~/\\-"
    "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    + "".join(f"{chr(plane << 16)}-{chr((plane << 16) | 0xFFFD)}" for plane in range(1, 14))
    + "\U000e1000-\U000efffd]"
)
# Never allowed anywhere in an IRI (white space as above); a URL from a web
# page may still hold them.
_URL_UNSAFE = re.compile('\\s|[\x00-\x20<>"{}|\\\\^`\x7f-\x9f]')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")


def iri_escape(text: str, unsafe: re.Pattern[str] = _PATH_UNSAFE) -> str:
    """Percent-encode, as UTF-8, the characters that may not stand in an IRI path.

    Letters of any script stay readable; spaces, quotes, brackets, controls
    and ``%`` itself do not.

    >>> iri_escape("work/лучше-чем-люди")
    'work/лучше-чем-люди'
    >>> iri_escape('a b"<%>')
    'a%20b%22%3C%25%3E'
    """
    return unsafe.sub(_percent_encode, text)


def _percent_encode(match: re.Match[str]) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8", "surrogatepass"))


def _is_iri(text: str) -> bool:
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Iris:
    """Mints every IRI the export writes, one method a kind of node.

    >>> Iris("https://showgraph.dev/id/").role("person/a-b", "character/c")
    'https://showgraph.dev/id/role/a-b/c'
    """

    base: str
    # Memos, since a graph names each node many times: escaped paths and
    # article IRIs (validating a URL builds a pyoxigraph term).
    _paths: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _sources: dict[tuple[str, str | None], str] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def _path(self, text: str) -> str:
        path = self._paths.get(text)
        if path is None:
            path = self._paths[text] = iri_escape(text)
        return path

    def entity(self, node: str) -> str:
        return self.base + self._path(node)

    def article(self, doc: str) -> str:
        """The named graph of the facts one article states."""
        return self.base + "article/" + self._path(doc)

    def source(self, article: Article) -> str:
        """The article itself: its URL when that makes a valid IRI."""
        key = (article.id, article.url)
        if key not in self._sources:
            self._sources[key] = self._source(article)
        return self._sources[key]

    def _source(self, article: Article) -> str:
        if article.url and _SCHEME.match(article.url):
            url = iri_escape(article.url, _URL_UNSAFE)
            if _is_iri(url):
                return url
        return self.base + "source/" + iri_escape(article.id)

    def role(self, person: str, character: str) -> str:
        return f"{self.base}role/{_local(person, 'person/')}/{_local(character, 'character/')}"

    def fact(self, fact: Fact) -> str:
        # A hash of the statement: stable across runs, short, and the same
        # for a fact however many articles state it.
        key = f"{fact.subject}\t{fact.predicate}\t{_target_node(fact)}"
        return self.base + "fact/" + hashlib.sha256(key.encode()).hexdigest()[:16]

    def evidence(self, source: Source) -> str:
        # The offsets end the path, so a doc id holding "/" stays unambiguous.
        return f"{self.base}evidence/{self._path(source.doc)}/{source.start}-{source.end}"

    def agent(self, version: str) -> str:
        return f"{self.base}agent/showgraph/{iri_escape(version)}"


def _local(node: str, prefix: str) -> str:
    # "person/paulina-andreeva" -> "paulina-andreeva"; any other id keeps its
    # type but escapes its "/", so two ids never mint one role.
    local = node[len(prefix):] if node.startswith(prefix) else node
    return iri_escape(local).replace("/", "%2F")


def _target_node(fact: Fact) -> str:
    return literal_node(fact.predicate, fact.value) if fact.is_literal else str(fact.object)


def checked_base_iri(base_iri: str) -> str:
    """The base IRI, if it is an absolute IRI.

    Raises:
        ExportError: when it is not, saying what would do.
    """
    if not _is_iri(base_iri):
        raise ExportError(
            f"the base IRI {base_iri!r} is not an absolute IRI; "
            f"give one like {DEFAULT_BASE_IRI!r}"
        )
    return base_iri


def showgraph_version() -> str:
    """The installed showgraph's version, for provenance; ``0+unknown`` if not installed."""
    try:
        return metadata.version("showgraph")
    except metadata.PackageNotFoundError:
        return "0+unknown"


# ---- Literals -----------------------------------------------------------------

_ISO_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")
# number of dashes -> how to check the date, and the datatype of that precision
_DATE_PRECISIONS = {0: ("%Y", xsd.gYear), 1: ("%Y-%m", xsd.gYearMonth), 2: ("%Y-%m-%d", xsd.date)}


@lru_cache(maxsize=4096)  # a corpus repeats its dates; strptime is slow
def date_literal(text: str) -> Lit:
    """A date at the precision the text gave: xsd:date, xsd:gYearMonth or xsd:gYear.

    Anything that is not an ISO date stays a plain string rather than an
    ill-typed literal that strict tools would reject.

    >>> [date_literal(d).datatype.split("#")[1] for d in ("2019-08-16", "2019-08", "2019")]
    ['date', 'gYearMonth', 'gYear']
    >>> date_literal("2019-02-30")
    Lit(lexical='2019-02-30', datatype='')
    """
    if _ISO_DATE.fullmatch(text):
        check, datatype = _DATE_PRECISIONS[text.count("-")]
        try:
            datetime.strptime(text, check)
        except ValueError:
            return Lit(text)
        return Lit(text, datatype)
    return Lit(text)


def value_literal(predicate: str, value: str | int) -> Lit:
    """A fact's literal object, typed by the kind of value its predicate holds.

    >>> value_literal("numberOfEpisodes", 16)
    Lit(lexical='16', datatype='http://www.w3.org/2001/XMLSchema#integer')
    >>> value_literal("jobTitle", "head of drama")
    Lit(lexical='head of drama', datatype='')
    """
    kind = PREDICATES[predicate][1]
    if kind == "date":
        return date_literal(str(value))
    if kind == "integer" and str(value).strip().lstrip("+-").isdecimal():
        return Lit(str(int(value)), xsd.integer)
    return Lit(str(value))


@lru_cache(maxsize=1024)  # confidences repeat: two decimals, mostly
def decimal_literal(value: float) -> Lit:
    """An xsd:decimal in plain notation (never ``1e-05``, which is not a decimal).

    >>> decimal_literal(0.00001).lexical
    '0.00001'
    """
    return Lit(format(Decimal(repr(float(value))), "f"), xsd.decimal)


def integer_literal(value: int) -> Lit:
    return Lit(str(value), xsd.integer)


# ---- Triples ------------------------------------------------------------------


def predicate_iri(predicate: str) -> str:
    """The RDF term of a spec predicate.

    Raises:
        ExportError: for a predicate the spec does not have.
    """
    try:
        return _PREDICATE_IRIS[predicate]
    except KeyError:
        raise ExportError(
            f"cannot export the predicate {predicate!r}: it is not one of the spec's "
            f"({', '.join(PREDICATE_TERMS)})"
        ) from None


def _object(iris: Iris, fact: Fact) -> Term:
    if fact.is_literal:
        return value_literal(fact.predicate, fact.value)  # type: ignore[arg-type]
    return iris.entity(str(fact.object))


def entity_triples(kg: KnowledgeGraph, iris: Iris) -> Iterator[Triple]:
    """Each entity's class, name and other names."""
    for entity in kg.iter_entities():
        node = iris.entity(entity.id)
        yield node, rdf.type, str(entity_class(entity.type, entity.subtype))
        yield node, schema.name, Lit(entity.name)
        for alias in entity.aliases:
            yield node, schema.alternateName, Lit(alias)


def cast_index(kg: KnowledgeGraph) -> dict[tuple[str, str], list[str]]:
    """(person, character) of each ``plays`` fact -> the works that list both.

    A work gets the schema:PerformanceRole only when it has the person as
    actor and the character as character, which is what ties the three.
    """
    actors: defaultdict[str, set[str]] = defaultdict(set)  # work -> people
    appears_in: defaultdict[str, set[str]] = defaultdict(set)  # character -> works
    plays = []
    for subject, target, predicate in kg.graph.edges(keys=True):
        if predicate == "actor":
            actors[subject].add(target)
        elif predicate == "character":
            appears_in[target].add(subject)
        elif predicate == "plays":
            plays.append((subject, target))
    return {
        (person, character): sorted(w for w in appears_in[character] if person in actors[w])
        for person, character in plays
    }


def statement_triples(kg: KnowledgeGraph, iris: Iris, fact: Fact,
                      casts: dict[tuple[str, str], list[str]]) -> Iterator[Triple]:
    """What a fact says: its triple, and for ``plays`` the PerformanceRole too."""
    subject = iris.entity(fact.subject)
    yield subject, predicate_iri(fact.predicate), _object(iris, fact)
    if fact.predicate != "plays" or fact.object is None:
        return
    role, character = iris.role(fact.subject, fact.object), iris.entity(fact.object)
    yield role, rdf.type, schema.PerformanceRole
    yield role, schema.actor, subject
    yield role, schema.character, character
    yield role, schema.characterName, Lit(kg.name_of(fact.object))
    # schema.org's role pattern: work -actor-> role -actor-> person.
    for work in casts.get((fact.subject, fact.object), ()):
        yield iris.entity(work), schema.actor, role


def reification_triples(kg: KnowledgeGraph, iris: Iris, fact: Fact,
                        described: set[str]) -> Iterator[Triple]:
    """The fact as an sg:Fact node with its confidence, rules and evidence.

    An evidence node already in ``described`` (one sentence stating several
    facts) is linked, not described again; new ones are added to it.
    """
    node = iris.fact(fact)
    yield node, rdf.type, sg.Fact
    yield node, rdf.subject, iris.entity(fact.subject)
    yield node, rdf.predicate, predicate_iri(fact.predicate)
    yield node, rdf.object, _object(iris, fact)
    yield node, sg.confidence, decimal_literal(fact.confidence)
    for rule in filter(None, fact.rule.split(",")):
        yield node, sg.rule, Lit(rule)
    for source in fact.sources:
        evidence = iris.evidence(source)
        yield node, sg.evidence, evidence
        if evidence not in described:
            described.add(evidence)
            yield from evidence_triples(kg, iris, source, evidence)


def evidence_triples(kg: KnowledgeGraph, iris: Iris, source: Source,
                     evidence: str) -> Iterator[Triple]:
    """Where in which article a fact is stated."""
    article = kg.articles.get(source.doc, Article(source.doc, ""))
    yield evidence, rdf.type, sg.Evidence
    yield evidence, sg.sourceDocument, iris.source(article)
    yield evidence, sg.startOffset, integer_literal(source.start)
    yield evidence, sg.endOffset, integer_literal(source.end)
    yield evidence, sg.sentence, Lit(source.sentence)


def article_triples(kg: KnowledgeGraph, iris: Iris, version: str) -> Iterator[Triple]:
    """Each article and the named graph of its facts, in PROV-O.

    The graph is attributed to showgraph at its version. It carries no
    prov:generatedAtTime: the wall clock would make the output differ run
    to run, and the article's publication date is when the article was
    made, not the graph, so that goes on the article (schema:datePublished).
    """
    docs = sorted(set(kg.articles) | {s.doc for _, _, ss in kg.graph.edges(data="sources")
                                      for s in ss})
    agent = iris.agent(version)
    if docs:
        yield agent, rdf.type, prov.SoftwareAgent
        yield agent, schema.name, Lit("showgraph")
        yield agent, schema.softwareVersion, Lit(version)
    for doc in docs:
        graph, article = iris.article(doc), kg.articles.get(doc, Article(doc, ""))
        source = iris.source(article)
        yield graph, rdf.type, prov.Entity
        yield graph, prov.wasDerivedFrom, source
        yield graph, prov.wasAttributedTo, agent
        yield from source_triples(article, source)


def source_triples(article: Article, source: str) -> Iterator[Triple]:
    """What is known of an article: its id, title, URL and publication date."""
    yield source, rdf.type, schema.Article
    yield source, schema.identifier, Lit(article.id)
    if article.title:
        yield source, schema.name, Lit(article.title)
    if article.url:
        yield source, schema.url, Lit(article.url, xsd.anyURI)
    if article.published:
        yield source, schema.datePublished, date_literal(article.published)


def rdf_quads(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[Quad]:
    """Every quad of the export, in no set order and possibly repeated.

    A fact's own triples go into the named graph of each article that states
    it (the default graph when none does); everything else is in the default
    graph.

    Raises:
        ExportError: for a bad base IRI or a predicate outside the spec.
    """
    iris = Iris(checked_base_iri(base_iri))
    casts = cast_index(kg)
    described: set[str] = set()  # evidence nodes written so far
    for triple in entity_triples(kg, iris):
        yield (*triple, None)
    for fact in kg.iter_facts():
        graphs = sorted({iris.article(s.doc) for s in fact.sources}) or [None]
        for triple in statement_triples(kg, iris, fact, casts):
            for graph in graphs:
                yield (*triple, graph)
        for triple in reification_triples(kg, iris, fact, described):
            yield (*triple, None)
    for triple in article_triples(kg, iris, showgraph_version()):
        yield (*triple, None)


# ---- rdflib -------------------------------------------------------------------


def _rdflib_term(term: Term) -> URIRef | Literal:
    if isinstance(term, Lit):
        return Literal(term.lexical, datatype=URIRef(term.datatype) if term.datatype else None)
    return URIRef(term)


def to_rdflib(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Dataset:
    """The knowledge graph as an rdflib Dataset: one named graph per article.

    ``dataset.graph(URIRef(base_iri + "article/" + iri_escape(doc)))`` holds
    what that article states; the default graph holds entities, reified
    facts with their evidence, and PROV-O for the named graphs.

    Args:
        kg: the graph to convert.
        base_iri: the namespace entity, fact and article IRIs are minted in.

    Returns:
        A new Dataset with showgraph's prefixes bound.

    Raises:
        ExportError: for a bad base IRI or a predicate outside the spec.

    >>> from showgraph.records import Article, ArticleExtraction, Entity
    >>> kg = KnowledgeGraph()
    >>> kg.add(ArticleExtraction(Article("a.txt", ""), (Entity("work/x", "X", "Work", "Movie"),)))
    >>> ds = to_rdflib(kg)
    >>> (URIRef(DEFAULT_BASE_IRI + "work/x"), RDF.type, SDO.Movie) in ds.default_graph
    True
    """
    dataset = bind_prefixes(Dataset())
    graphs: dict[str | None, Graph] = {None: dataset.default_graph}

    def context(name: str | None) -> Graph:
        if name not in graphs:
            graphs[name] = dataset.graph(URIRef(name))
        return graphs[name]

    quads = rdf_quads(kg, base_iri)
    dataset.addN((URIRef(s), URIRef(p), _rdflib_term(o), context(g)) for s, p, o, g in quads)
    return dataset


def to_rdflib_graph(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> Graph:
    """The knowledge graph as one rdflib Graph: the union of :func:`to_rdflib`'s graphs."""
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    graph.addN(
        (URIRef(s), URIRef(p), _rdflib_term(o), graph) for s, p, o, _ in rdf_quads(kg, base_iri)
    )
    return graph


# ---- Writing ------------------------------------------------------------------

# Canonical N-Triples string escapes, exactly as pyoxigraph writes them
# (a test holds the two equal): \b \t \n \f \r \" \\ and \uXXXX for other controls.
_NT_ESCAPES = str.maketrans({
    **{code: f"\\u{code:04X}" for code in (*range(0x20), 0x7F)},
    **{"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"',
       "\\": "\\\\"},
})

# One line of output, as a string that sorts the way the output should
# read: "graph\0subject\0predicate\0object", the default graph ("") first and
# rdf:type ("") first among a subject's predicates. NUL sorts before every
# character and is in no IRI or escaped literal, so this is a tuple's order;
# one string sorts several times faster than a tuple of four. IRIs are bare,
# a literal is in N-Triples form: it starts with a quote, which no IRI holds.
_SEP = "\0"


@lru_cache(maxsize=65536)  # a sentence is the evidence of several facts
def nt_literal(literal: Lit) -> str:
    """A literal in canonical N-Triples form.

    >>> print(nt_literal(Lit('say "hi"\\n', "http://www.w3.org/2001/XMLSchema#string")))
    "say \\"hi\\"\\n"^^<http://www.w3.org/2001/XMLSchema#string>
    """
    text = '"' + literal.lexical.translate(_NT_ESCAPES) + '"'
    return f"{text}^^<{literal.datatype}>" if literal.datatype else text


def _rows(quads: Iterator[Quad], union: bool) -> set[str]:
    """Each quad once, as a sort key row (see ``_SEP``)."""
    rdf_type = rdf.type
    return {
        f"{'' if union or graph is None else graph}{_SEP}{subject}{_SEP}"
        f"{'' if predicate == rdf_type else predicate}{_SEP}"
        f"{nt_literal(obj) if obj.__class__ is Lit else obj}"
        for subject, predicate, obj, graph in quads
    }


def _line(row: str) -> str:
    graph, subject, predicate, obj = row.split(_SEP)
    obj = obj if obj.startswith('"') else f"<{obj}>"
    graph = f" <{graph}>" if graph else ""
    return f"<{subject}> <{predicate or rdf.type}> {obj}{graph} .\n"


def sorted_nquad_lines(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI, *,
                       union: bool = False) -> Iterator[str]:
    """The export as canonical N-Quads lines, each once, sorted, made as they are read.

    Sorted by graph, subject, predicate and object, so each graph's and
    each subject's lines are together, which lets the Turtle and TriG
    writers group them. Only the sort keys are held at once, not the text.

    Args:
        kg: the graph to write.
        base_iri: the namespace IRIs are minted in.
        union: everything in the default graph: N-Triples.
    """
    return map(_line, sorted(_rows(rdf_quads(kg, base_iri), union)))


class _LineReader(io.RawIOBase):
    """Lines of text as a binary stream, encoded a batch at a time, for pyoxigraph's parser."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._batches = _encoded_batches(lines)
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self._pending:
            batch = next(self._batches, None)
            if batch is None:
                return 0
            self._pending = memoryview(batch)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def _encoded_batches(lines: Iterator[str], size: int = 20_000) -> Iterator[bytes]:
    # A batch, not a line, a write: one call per line costs more than the line.
    batch = list(islice(lines, size))
    while batch:
        yield "".join(batch).encode("utf-8")
        batch = list(islice(lines, size))


def write_rdf(kg: KnowledgeGraph, out: IO[bytes], fmt: str = "turtle",
              base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Write the graph as RDF; the same graph always gives the same bytes.

    Args:
        kg: the graph to write.
        out: a binary stream.
        fmt: one of ``turtle``, ``nt``, ``nquads``, ``trig``, ``json-ld``.
            The triple formats hold the union of the graphs; the quad formats
            keep each article's facts in a named graph.
        base_iri: the namespace IRIs are minted in.

    Raises:
        ExportError: for an unknown format, a bad base IRI or a predicate
            outside the spec.

    >>> import io
    >>> from showgraph.records import Article, ArticleExtraction, Entity
    >>> kg = KnowledgeGraph()
    >>> kg.add(ArticleExtraction(Article("a.txt", ""), (Entity("place/ru", "Russia", "Place"),)))
    >>> out = io.BytesIO()
    >>> write_rdf(kg, out, "nt")
    >>> print(out.getvalue().decode().splitlines()[-1])
    <https://showgraph.dev/id/source/a.txt> <https://schema.org/identifier> "a.txt" .
    """
    if fmt not in RDF_FORMATS:
        raise ExportError(f"unknown RDF format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
    rdf_format = RDF_FORMATS[fmt]
    if fmt == "json-ld":
        out.write(jsonld_bytes(kg, base_iri))
        return
    # Streamed: the lines are made, written or parsed a batch at a time, so
    # the text of the whole export is never in memory at once.
    lines = sorted_nquad_lines(kg, base_iri, union=not rdf_format.supports_datasets)
    if fmt in ("nt", "nquads"):
        for batch in _encoded_batches(lines):
            out.write(batch)
        return
    # pyoxigraph writes in input order, and groups consecutive triples of a
    # subject, so sorted N-Quads in give stable, compact Turtle and TriG out.
    # For a triple format every line is in the default graph, which its writer accepts as is.
    stream = io.BufferedReader(_LineReader(lines), buffer_size=1 << 20)
    quads = ox.parse(stream, format=ox.RdfFormat.N_QUADS)
    ox.serialize(quads, out, rdf_format, prefixes=PREFIXES)


def jsonld_bytes(kg: KnowledgeGraph, base_iri: str = DEFAULT_BASE_IRI) -> bytes:
    """The union graph as compact JSON-LD, its nodes and values in a fixed order.

    rdflib's JSON-LD writer walks a set of subjects, whose order changes
    from run to run with Python's string hashing; sorting its output after
    the fact is what makes the bytes stable.
    """
    graph = to_rdflib_graph(kg, base_iri)
    text = graph.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True)
    document = _sorted_jsonld(json.loads(text))
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def _sorted_jsonld(node: Any) -> Any:
    # Arrays of property values in JSON-LD are sets unless declared @list,
    # which showgraph never does, so any order is the same graph.
    if isinstance(node, dict):
        return {key: _sorted_jsonld(value) for key, value in node.items()}
    if isinstance(node, list):
        items = [_sorted_jsonld(item) for item in node]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    return node
