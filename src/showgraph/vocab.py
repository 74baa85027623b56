"""The RDF vocabulary showgraph writes: its own ``sg:`` terms, once, and the prefixes.

The ``sg:`` terms are declared for people and tools in ``vocab.ttl`` beside
this module (label, comment, super-property, domain and range); the class
below is the same list for Python, and a test keeps the two equal.

>>> PREDICATE_TERMS["writer"]
rdflib.term.URIRef('https://schema.org/author')
>>> entity_class("Work", "Season")
rdflib.term.URIRef('https://schema.org/CreativeWorkSeason')
"""

from __future__ import annotations

from importlib import resources

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SDO, XSD, DefinedNamespace

SG_NAMESPACE = "https://showgraph.dev/vocab#"


class SG(DefinedNamespace):
    """The showgraph vocabulary, ``sg:``, for what schema.org has no term for."""

    _NS = Namespace(SG_NAMESPACE)
    _fail = True  # a misspelt term is an AttributeError, not a new IRI

    # Classes
    Character: URIRef  # a fictional person or being inside a work
    Fact: URIRef  # one extracted statement, reified with its confidence and evidence
    Evidence: URIRef  # a span of an article's text that states a fact

    # The spec's predicates schema.org has no property for
    network: URIRef  # Work -> Organization that airs, streams or holds broadcast rights
    distributor: URIRef  # Work -> Organization that releases it without producing it
    plays: URIRef  # Person -> Character they portray

    # Provenance of a fact
    confidence: URIRef  # Fact -> xsd:decimal in [0, 1], noisy-or over its evidence
    evidence: URIRef  # Fact -> Evidence
    rule: URIRef  # Fact -> the id of an extraction rule that found it
    sourceDocument: URIRef  # Evidence -> the article it comes from
    startOffset: URIRef  # Evidence -> character offset where the span starts
    endOffset: URIRef  # Evidence -> character offset where the span ends (exclusive)
    sentence: URIRef  # Evidence -> the sentence that holds the span


# The one list of prefixes, for rdflib graphs and for pyoxigraph's writers alike.
PREFIXES: dict[str, str] = {
    "schema": str(SDO),
    "sg": SG_NAMESPACE,
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

# The spec's predicates, by the RDF column of its table. ``plays`` also
# becomes a schema:PerformanceRole node; that shape lives in export/rdf.py.
PREDICATE_TERMS: dict[str, URIRef] = {
    "actor": SDO.actor,
    "character": SDO.character,
    "plays": SG.plays,
    "creator": SDO.creator,
    "director": SDO.director,
    "writer": SDO.author,
    "producer": SDO.producer,
    "productionCompany": SDO.productionCompany,
    "network": SG.network,
    "distributor": SG.distributor,
    "releaseDate": SDO.datePublished,
    "numberOfEpisodes": SDO.numberOfEpisodes,
    "numberOfSeasons": SDO.numberOfSeasons,
    "worksFor": SDO.worksFor,
    "jobTitle": SDO.jobTitle,
    "memberOf": SDO.memberOf,
    "countryOfOrigin": SDO.countryOfOrigin,
    "basedOn": SDO.isBasedOn,
    "partOfSeries": SDO.partOfSeries,
}

ENTITY_CLASSES: dict[str, URIRef] = {
    "Person": SDO.Person,
    # schema.org has no class for fictional beings, and not all of them are
    # people (Arisa is an android), so sg:Character sits under schema:Thing.
    "Character": SG.Character,
    "Organization": SDO.Organization,
    "Place": SDO.Place,
    "Work": SDO.CreativeWork,
}

WORK_CLASSES: dict[str, URIRef] = {
    "TVSeries": SDO.TVSeries,
    "Movie": SDO.Movie,
    "Season": SDO.CreativeWorkSeason,
    "Episode": SDO.Episode,
    "Other": SDO.CreativeWork,
}


def entity_class(entity_type: str, subtype: str | None = None) -> URIRef:
    """The rdf:type of an entity: its work subtype's class, else its type's.

    An unknown type is a schema:Thing rather than an error, so a graph built
    by a newer extractor still exports.

    >>> entity_class("Work")
    rdflib.term.URIRef('https://schema.org/CreativeWork')
    """
    if entity_type == "Work" and subtype in WORK_CLASSES:
        return WORK_CLASSES[subtype]
    return ENTITY_CLASSES.get(entity_type, SDO.Thing)


def bind_prefixes(graph: Graph) -> Graph:
    """Bind showgraph's prefixes on an rdflib graph (or dataset), replacing others.

    Args:
        graph: the graph whose namespace manager is changed in place.

    Returns:
        The same graph, for chaining.

    >>> g = bind_prefixes(Graph(bind_namespaces="none"))
    >>> sorted(prefix for prefix, _ in g.namespaces())
    ['prov', 'rdf', 'rdfs', 'schema', 'sg', 'xsd']
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def vocabulary() -> Graph:
    """The ``sg:`` vocabulary as an rdflib graph, read from the packaged vocab.ttl.

    >>> (SG.plays, RDFS.label, None) in vocabulary()
    True
    """
    text = resources.files("showgraph").joinpath("vocab.ttl").read_text(encoding="utf-8")
    return bind_prefixes(Graph(bind_namespaces="none")).parse(data=text, format="turtle")
