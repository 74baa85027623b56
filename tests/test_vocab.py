"""The sg: vocabulary: vocab.py and vocab.ttl agree, and every term the export uses is declared."""

from __future__ import annotations

import pytest
from conftest import build_kg
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO

from showgraph.export.rdf import to_rdflib_graph
from showgraph.records import PREDICATES
from showgraph.vocab import (
    PREDICATE_TERMS,
    PREFIXES,
    SG,
    SG_NAMESPACE,
    bind_prefixes,
    entity_class,
    vocabulary,
)

SG_TERMS = {SG[name] for name in SG.__annotations__}


def declared_terms() -> set[URIRef]:
    return {s for s in vocabulary().subjects() if str(s).startswith(SG_NAMESPACE)}


def test_vocab_python_and_turtle_declare_the_same_terms():
    assert declared_terms() == SG_TERMS


@pytest.mark.parametrize("term", sorted(SG_TERMS))
def test_vocab_every_term_has_a_label_a_comment_and_a_kind(term):
    vocab = vocabulary()
    assert isinstance(vocab.value(term, RDFS.label), Literal)
    assert len(vocab.value(term, RDFS.comment)) > 20
    assert vocab.value(term, RDF.type) in {RDFS.Class, RDF.Property}


def test_vocab_every_sg_term_the_export_uses_is_declared():
    used = {term for triple in to_rdflib_graph(build_kg()) for term in triple
            if isinstance(term, URIRef) and str(term).startswith(SG_NAMESPACE)}
    assert used
    assert used <= declared_terms()


@pytest.mark.parametrize(("term", "parent"), [
    (SG.network, SDO.publisher),
    (SG.distributor, SDO.publisher),
])
def test_vocab_relations_sit_under_schema_org_where_it_has_one(term, parent):
    assert (term, RDFS.subPropertyOf, parent) in vocabulary()


def test_vocab_character_is_a_thing_not_a_person():
    vocab = vocabulary()
    assert set(vocab.objects(SG.Character, RDFS.subClassOf)) == {SDO.Thing}


def test_vocab_misspelt_term_is_an_error():
    with pytest.raises(AttributeError):
        SG.palys  # noqa: B018


# The spec's table, column by column.
SPEC_RDF_TERMS = {
    "actor": SDO.actor, "character": SDO.character, "plays": SG.plays, "creator": SDO.creator,
    "director": SDO.director, "writer": SDO.author, "producer": SDO.producer,
    "productionCompany": SDO.productionCompany, "network": SG.network,
    "distributor": SG.distributor, "releaseDate": SDO.datePublished,
    "numberOfEpisodes": SDO.numberOfEpisodes, "numberOfSeasons": SDO.numberOfSeasons,
    "worksFor": SDO.worksFor, "jobTitle": SDO.jobTitle, "memberOf": SDO.memberOf,
    "countryOfOrigin": SDO.countryOfOrigin, "basedOn": SDO.isBasedOn,
    "partOfSeries": SDO.partOfSeries,
}


def test_vocab_every_spec_predicate_has_the_spec_term():
    assert PREDICATE_TERMS == SPEC_RDF_TERMS
    assert set(PREDICATE_TERMS) == set(PREDICATES)


@pytest.mark.parametrize(("entity_type", "subtype", "rdf_class"), [
    ("Person", None, SDO.Person),
    ("Character", None, SG.Character),
    ("Organization", None, SDO.Organization),
    ("Place", None, SDO.Place),
    ("Work", "TVSeries", SDO.TVSeries),
    ("Work", "Movie", SDO.Movie),
    ("Work", "Season", SDO.CreativeWorkSeason),
    ("Work", "Episode", SDO.Episode),
    ("Work", "Other", SDO.CreativeWork),
    ("Work", None, SDO.CreativeWork),
    ("Spaceship", None, SDO.Thing),
])
def test_vocab_entity_class(entity_type, subtype, rdf_class):
    assert entity_class(entity_type, subtype) == rdf_class


def test_vocab_bind_prefixes_binds_ours_over_any_others():
    graph = Graph(bind_namespaces="none")
    graph.bind("schema", "http://schema.org/")
    bind_prefixes(graph)
    assert {prefix: str(ns) for prefix, ns in graph.namespaces()} == PREFIXES
