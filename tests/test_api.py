"""The notebook API: KnowledgeGraph as tables, other libraries' graphs, HTML; load; evaluate."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

import showgraph
from showgraph.errors import InputError, QueryError
from showgraph.export.rdf import DEFAULT_BASE_IRI, to_rdflib_graph
from showgraph.graph import KnowledgeGraph
from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source
from showgraph.store import add_to_store, open_store

from conftest import (WEIRD_NAMES, better_extraction, build_kg, severance_extraction,
                      weird_kg)

SRC = str(Path(showgraph.__file__).resolve().parents[1])
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "articles"
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


# ---- load ---------------------------------------------------------------------

RDF_EXTENSIONS = ["ttl", "nt", "nq", "trig", "jsonld"]


def _without_docs(kg: KnowledgeGraph) -> list[Entity]:
    return [Entity(e.id, e.name, e.type, e.subtype, e.aliases) for e in kg.iter_entities()]


def test_load_jsonl_is_an_exact_round_trip(kg, tmp_path):
    kg.write(tmp_path / "g.jsonl")
    again = showgraph.load(tmp_path / "g.jsonl")
    again.write(tmp_path / "again.jsonl")
    assert (tmp_path / "again.jsonl").read_bytes() == (tmp_path / "g.jsonl").read_bytes()
    assert list(again.iter_entities()) == list(kg.iter_entities())
    # JSON Lines has no rule ids; everything else of a fact comes back.
    assert [dataclasses.replace(f, rule="") for f in kg.iter_facts()] == list(again.iter_facts())


@pytest.mark.parametrize("extension", RDF_EXTENSIONS)
def test_load_rdf_gives_back_facts_entities_and_articles(kg, tmp_path, extension):
    path = tmp_path / f"g.{extension}"
    kg.write(path)
    again = showgraph.load(path)
    assert list(again.iter_facts()) == list(kg.iter_facts())
    assert _without_docs(again) == _without_docs(kg)
    assert again.articles == kg.articles
    again.write(tmp_path / f"again.{extension}")
    assert (tmp_path / f"again.{extension}").read_bytes() == path.read_bytes()


def test_load_rdf_docs_are_those_of_the_facts(kg, tmp_path):
    kg.write(tmp_path / "g.ttl")
    docs = showgraph.load(tmp_path / "g.ttl").entities().set_index("id").docs
    assert docs["organization/netflix"] == ["better-than-us.txt", "news/severance 2.txt"]
    assert docs["work/better-than-us"] == ["better-than-us.txt", "news/severance 2.txt"]


def test_load_rdf_finds_another_base_iri(kg, tmp_path):
    kg.write(tmp_path / "g.nt", base_iri="http://example.org/kg/")
    again = showgraph.load(tmp_path / "g.nt")
    assert list(again.iter_facts()) == list(kg.iter_facts())


def test_load_rdf_round_trips_hostile_names_and_ids(tmp_path):
    kg = weird_kg(WEIRD_NAMES, raw_ids=True)
    kg.write(tmp_path / "g.trig")
    again = showgraph.load(tmp_path / "g.trig")
    # weird_kg gives every name's evidence the same offsets, so in RDF (where
    # a doc and offsets name the evidence) their sentences are one node's.
    def statements(graph: KnowledgeGraph) -> list[tuple]:
        return [(f.subject, f.predicate, f.target, [(s.doc, s.start, s.end) for s in f.sources])
                for f in graph.iter_facts()]
    assert statements(again) == statements(kg)
    def names(graph: KnowledgeGraph) -> list[tuple]:
        return [(e.id, e.name, e.type, e.aliases) for e in graph.iter_entities()]
    assert names(again) == names(kg)


def test_load_untyped_work_is_other(tmp_path):
    kg = KnowledgeGraph.from_records([Entity("work/x", "X", "Work", "Other")], [])
    kg.write(tmp_path / "g.ttl")
    assert showgraph.load(tmp_path / "g.ttl").entities().subtype.tolist() == ["Other"]


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.jsonl", None, "no such file"),
    ("g.graphml", "<graphml/>", "cannot load graphml"),
    ("g.csv", "a,b", "cannot tell the format"),
    ("articles.jsonl", '{"id": "a", "text": "Hello"}\n', "articles.jsonl:1: not a record"),
    ("orphan.jsonl", '{"kind": "fact", "subject": "work/x", "predicate": "actor", '
                     '"object": "person/y", "sources": []}\n', "not among the entities"),
    ("other.ttl", "<http://a> <http://b> <http://c> .\n", "no showgraph entities or facts"),
    ("broken.ttl", "<http://a> <http://b> .\n", "not turtle"),
])
def test_load_refuses_what_showgraph_did_not_write(tmp_path, name, content, message):
    if content is not None:
        (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        showgraph.load(tmp_path / name)


def test_load_refuses_a_folder_that_is_no_store(tmp_path):
    with pytest.raises(InputError, match="folder"):
        showgraph.load(tmp_path)


def test_api_import_stays_light():
    # `showgraph --help` must stay fast: no spaCy, pandas or rdflib at import time.
    code = ("import sys, showgraph, showgraph.cli; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'pandas', 'rdflib'}))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**os.environ, "PYTHONPATH": SRC})
    assert result.stdout.strip() == "[]"


def test_api_functions_survive_their_modules_being_imported():
    # showgraph.extract is a function and a module; importing the module (as
    # extracting does) must not replace the function on the package.
    code = ("import showgraph, showgraph.extract, showgraph.load, showgraph.evaluate; "
            "from showgraph.extract import extract_articles; "
            "from showgraph.evaluate import evaluate_corpus; "
            "print(callable(showgraph.extract), callable(showgraph.load), "
            "callable(showgraph.evaluate))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env={**os.environ, "PYTHONPATH": SRC})
    assert result.stdout.strip() == "True True True"


def test_api_evaluate_sample_corpus_keeps_sentences(nlp):
    result = showgraph.evaluate(SAMPLE)
    errors = result.error_table()
    has_sentence = (errors.sentence != "").groupby(errors.kind).mean()
    assert has_sentence["false positive"] == 1.0
    assert has_sentence["missed"] > 0.9  # found by a search of the article's text
    table = result.score_table()
    assert {"actor", "network", "releaseDate"} <= set(table.index)
    assert table.gold.sum() == result.facts.tp + result.facts.fn


def test_load_store_gives_back_everything(kg, tmp_path):
    add_to_store(open_store(tmp_path / "store"), kg)
    again = showgraph.load(tmp_path / "store")
    assert list(again.iter_facts()) == list(kg.iter_facts())
    # Unlike an RDF file, a store says which articles mention each entity.
    assert list(again.iter_entities()) == list(kg.iter_entities())
    assert again.articles == kg.articles


def test_load_store_of_two_runs(tmp_path):
    store = open_store(tmp_path / "store")
    add_to_store(store, KnowledgeGraph().add_all([better_extraction()]))
    add_to_store(store, KnowledgeGraph().add_all([severance_extraction()]))
    del store  # close it: RocksDB allows one writer, and load opens it to read
    again = showgraph.load(tmp_path / "store")
    assert {f.target for f in again.iter_facts() if f.predicate == "network"} == {
        "organization/netflix", "organization/apple-tv"}
    assert set(again.articles) == {"better-than-us.txt", "news/severance 2.txt"}


# ---- query ----------------------------------------------------------------------

NETWORKS = """SELECT ?work ?network WHERE {
    ?w sg:network ?n . ?w schema:name ?work . ?n schema:name ?network } ORDER BY ?work"""


def test_query_select_is_a_dataframe_of_plain_values(kg):
    frame = kg.query(NETWORKS)
    assert isinstance(frame, pd.DataFrame)
    assert frame.values.tolist() == [["Better Than Us", "Netflix"], ["Severance", "Apple TV+"]]
    counts = kg.query("SELECT ?w (COUNT(?a) AS ?n) WHERE { ?w a schema:TVSeries ; schema:actor ?a }"
                      " GROUP BY ?w")
    assert counts.n.tolist() == [2]  # the person and the PerformanceRole; a number, not text


def test_query_ask_construct_and_params(kg):
    assert kg.query("ASK { ?s a schema:TVSeries }").to_dict("list") == {"ask": [True]}
    triples = kg.query("CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }")
    assert list(triples.columns) == ["subject", "predicate", "object"]
    assert set(triples.object) == {"Paulina Andreeva", "Jamie Erlich"}
    one = kg.query("SELECT ?w WHERE { ?w schema:name $name }", params={"name": "Severance"})
    assert one.w.tolist() == [DEFAULT_BASE_IRI + "work/severance"]


def test_query_sees_what_is_added(kg):
    assert len(kg.query(NETWORKS)) == 2
    work = Entity("work/x", "X", "Work")
    hbo = Entity("organization/hbo", "HBO", "Organization")
    kg.add(ArticleExtraction(Article("x.txt", ""), (work, hbo),
                             (Fact(work.id, "network", object=hbo.id),)))
    assert len(kg.query(NETWORKS)) == 3


def test_query_with_a_timeout_runs_apart(kg):
    assert kg.query(NETWORKS, timeout=60).equals(kg.query(NETWORKS))


@pytest.mark.parametrize("sparql", ["DELETE WHERE { ?s ?p ?o }", "SELECT ?x WHERE { ?x",
                                    "SELECT * { SERVICE <http://example.org/> { ?s ?p ?o } }"])
def test_query_refuses_updates_services_and_bad_syntax(kg, sparql):
    with pytest.raises(QueryError):
        kg.query(sparql)
