"""Merging extractions into the graph: within and across articles, never across types."""

from __future__ import annotations

import pytest

from showgraph.graph import KnowledgeGraph, combine_confidence
from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source


def _extraction(doc: str, entities, facts=()) -> ArticleExtraction:
    return ArticleExtraction(Article(doc, ""), tuple(entities), tuple(facts))


def _source(doc: str) -> Source:
    return Source(doc, 0, 10, "evidence")


def test_graph_same_fact_from_two_articles_is_one_edge_with_both_sources():
    work = Entity("work/x", "X", "Work")
    person = Entity("person/ann-lee", "Ann Lee", "Person")
    fact = lambda doc: Fact("work/x", "actor", object="person/ann-lee", confidence=0.5, sources=(_source(doc),))
    kg = KnowledgeGraph().add_all([_extraction("a", [work, person], [fact("a")]),
                                   _extraction("b", [work, person], [fact("b")])])
    (merged,) = list(kg.iter_facts())
    assert [s.doc for s in merged.sources] == ["a", "b"]
    assert merged.confidence == pytest.approx(0.75)


def test_graph_sources_of_a_fact_stay_sorted_and_each_once_whatever_the_order_added():
    work, person = Entity("work/x", "X", "Work"), Entity("person/ann-lee", "Ann Lee", "Person")
    sources = [Source(doc, start, start + 5, "evidence") for doc in "cab" for start in (40, 0)]
    kg = KnowledgeGraph()
    for source in [*sources, sources[1], sources[4]]:  # the last two again: no duplicates
        fact = Fact("work/x", "actor", object="person/ann-lee", confidence=0.5, sources=(source,))
        kg.add(_extraction(source.doc, [work, person], [fact]))
    (merged,) = list(kg.iter_facts())
    assert [(s.doc, s.start) for s in merged.sources] == [
        ("a", 0), ("a", 40), ("b", 0), ("b", 40), ("c", 0), ("c", 40)]


def test_graph_never_merges_across_types():
    kg = KnowledgeGraph().add_all([
        _extraction("a", [Entity("work/fargo", "Fargo", "Work")]),
        _extraction("b", [Entity("place/fargo", "Fargo", "Place")]),
    ])
    kg.merge_aliases()
    assert {e.type for e in kg.iter_entities()} == {"Work", "Place"}


def test_graph_surname_alone_merges_into_the_one_full_name():
    full = Entity("person/ann-lee", "Ann Lee", "Person", aliases=("Lee",))
    alone = Entity("person/lee", "Lee", "Person")
    fact = Fact("work/x", "director", object="person/lee", sources=(_source("b"),))
    kg = KnowledgeGraph().add_all([_extraction("a", [full]),
                                   _extraction("b", [alone, Entity("work/x", "X", "Work")], [fact])])
    kg.merge_aliases()
    assert "person/lee" not in kg.graph
    assert [f.object for f in kg.iter_facts()] == ["person/ann-lee"]


def test_graph_merging_an_alias_leaves_no_fact_between_an_entity_and_itself():
    full = Entity("work/lanterns-on-quay-street", "Lanterns on Quay Street", "Work", aliases=("Quay Street",))
    short = Entity("work/quay-street", "Quay Street", "Work")
    fact = Fact(full.id, "basedOn", object=short.id, sources=(_source("a"),))
    kg = KnowledgeGraph().add_all([_extraction("a", [full, short], [fact])])
    kg.merge_aliases()
    assert list(kg.iter_facts()) == []


def test_graph_shared_surname_of_two_people_merges_nothing():
    kg = KnowledgeGraph().add_all([
        _extraction("a", [Entity("person/joss-kade", "Joss Kade", "Person", aliases=("Kade",))]),
        _extraction("b", [Entity("person/jonas-kade", "Jonas Kade", "Person", aliases=("Kade",))]),
        _extraction("c", [Entity("person/kade", "Kade", "Person")]),
    ])
    kg.merge_aliases()
    assert {e.id for e in kg.iter_entities()} == {"person/joss-kade", "person/jonas-kade", "person/kade"}


def test_graph_literal_facts_are_edges_to_literal_nodes():
    kg = KnowledgeGraph().add_all([_extraction("a", [Entity("work/x", "X", "Work")],
                                               [Fact("work/x", "numberOfEpisodes", value=8)])])
    assert kg.graph.has_edge("work/x", "literal/integer/8", "numberOfEpisodes")
    assert [f.value for f in kg.iter_facts()] == [8]


def test_graph_combine_confidence_is_noisy_or():
    assert combine_confidence([0.9]) == 0.9
    assert combine_confidence([0.5, 0.5, 0.5]) == pytest.approx(0.875)
