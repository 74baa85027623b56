"""The notebook API: KnowledgeGraph as tables, other libraries' graphs, HTML; load; evaluate."""

from __future__ import annotations

import networkx as nx
import pandas as pd
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from showgraph.export.rdf import DEFAULT_BASE_IRI, to_rdflib_graph
from showgraph.graph import KnowledgeGraph
from showgraph.records import Article, Entity, Fact, Source

from conftest import WEIRD_NAMES, build_kg, weird_kg

FACT_COLUMNS = ["subject", "subject_name", "subject_type", "predicate", "object", "object_name",
                "object_type", "value", "confidence", "sources", "doc", "start", "end", "sentence"]


def test_api_facts_frame_one_row_per_fact_with_first_source(kg):
    facts = kg.facts()
    assert list(facts.columns) == FACT_COLUMNS
    assert len(facts) == len(kg)
    row = facts[(facts.predicate == "network") & (facts.object_name == "Netflix")].iloc[0]
    # Stated by both articles: the first by doc id, and a count of two.
    assert (row.subject_name, row.subject_type, row.object_type) == (
        "Better Than Us", "Work", "Organization")
    assert (row.doc, row.start, row.sources) == ("better-than-us.txt", 10, 2)
    assert row.sentence == "Netflix acquired Better Than Us."
    assert row.confidence == pytest.approx(0.9)


def test_api_facts_frame_literals_have_value_not_object(kg):
    facts = kg.facts().set_index("predicate")
    assert facts.loc["numberOfEpisodes", "value"] == 16
    assert pd.isna(facts.loc["numberOfEpisodes", "object"])
    assert pd.isna(facts.loc["numberOfEpisodes", "object_name"])
    assert pd.isna(facts.loc["actor", "value"])


def test_api_facts_frame_all_sources_and_sourceless_facts(kg):
    every = kg.facts(all_sources=True)
    assert len(every) == sum(max(len(f.sources), 1) for f in kg.iter_facts())
    netflix = every[(every.predicate == "network") & (every.object_name == "Netflix")]
    assert list(netflix.doc) == ["better-than-us.txt", "news/severance 2.txt"]
    # A fact with no evidence keeps its row, its evidence columns empty.
    bare = every[(every.predicate == "releaseDate") & (every.value == "2022")].iloc[0]
    assert bare.sources == 0 and pd.isna(bare.start) and pd.isna(bare.sentence)
    assert str(every.start.dtype) == "Int64"


def test_api_entities_frame(kg):
    entities = kg.entities()
    assert list(entities.columns) == ["id", "name", "type", "subtype", "aliases", "docs"]
    assert list(entities.id) == sorted(entities.id)
    andreeva = entities.set_index("id").loc["person/paulina-andreeva"]
    assert (andreeva["name"], andreeva["type"], andreeva["aliases"], andreeva["docs"]) == (
        "Paulina Andreeva", "Person", ["Andreeva"], ["better-than-us.txt"])
    netflix = entities.set_index("id").loc["organization/netflix"]
    assert netflix["docs"] == ["better-than-us.txt", "news/severance 2.txt"]


def test_api_frames_of_an_empty_graph_have_the_columns():
    assert list(KnowledgeGraph().facts().columns) == FACT_COLUMNS
    assert KnowledgeGraph().entities().empty


def test_api_repr_html_counts_types_and_predicates(kg):
    html = kg._repr_html_()
    assert "2 articles, 9 entities, 14 facts" in html
    assert "<td>Work</td><td style=\"text-align:right\">3</td>" in html
    assert "<td>network</td><td style=\"text-align:right\">2</td>" in html
    assert repr(kg) == "<KnowledgeGraph: articles=2 entities=9 facts=14>"


def test_api_repr_html_escapes_names():
    kg = weird_kg(WEIRD_NAMES, raw_ids=True)
    kg.graph.nodes["work/<script>alert(1)</script>"]["type"] = "<b>Work</b>"
    html = kg._repr_html_()
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;Work&lt;/b&gt;" in html


def test_api_to_networkx_is_the_graph(kg):
    graph = kg.to_networkx()
    assert isinstance(graph, nx.MultiDiGraph) and graph is kg.graph
    assert graph.has_edge("person/paulina-andreeva", "character/arisa", "plays")


def test_api_to_rdflib_is_the_export(kg):
    dataset = kg.to_rdflib()
    assert isinstance(dataset, Dataset)
    names = {str(g.identifier) for g in dataset.graphs()}
    assert DEFAULT_BASE_IRI + "article/better-than-us.txt" in names
    union = kg.to_rdflib(union=True)
    assert isinstance(union, Graph) and not isinstance(union, Dataset)
    assert set(union) == set(to_rdflib_graph(kg))
    other = kg.to_rdflib("http://example.org/")
    assert (URIRef("http://example.org/work/better-than-us"), RDF.type, None) in other.default_graph


def test_api_write_by_extension(kg, tmp_path):
    kg.write(tmp_path / "g.ttl")
    graph = Graph().parse(tmp_path / "g.ttl")
    assert set(graph) == set(to_rdflib_graph(kg))


def test_api_from_records_gives_the_records_back():
    kg = build_kg()
    again = KnowledgeGraph.from_records(kg.iter_entities(), kg.iter_facts(), kg.articles.values())
    assert list(again.iter_entities()) == list(kg.iter_entities())
    assert list(again.iter_facts()) == list(kg.iter_facts())
    assert again.articles == kg.articles


def test_api_from_records_adds_articles_for_every_doc():
    source = Source("b.txt", 0, 1, "X")
    kg = KnowledgeGraph.from_records(
        [Entity("work/x", "X", "Work", docs=("a.txt",))],
        [Fact("work/x", "releaseDate", value="2020", sources=(source,), rule="year,title")])
    assert kg.articles == {"a.txt": Article("a.txt", ""), "b.txt": Article("b.txt", "")}
    assert next(kg.iter_facts()).rule == "title,year"


def test_api_from_records_refuses_a_fact_about_an_unknown_entity():
    with pytest.raises(ValueError, match="person/nobody"):
        KnowledgeGraph.from_records([Entity("work/x", "X", "Work")],
                                    [Fact("work/x", "actor", object="person/nobody")])
