"""RDF export: shape, round trips through every format, determinism, IRIs."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import WEIRD_NAMES, build_kg, weird_kg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, SDO, XSD

from showgraph.errors import ExportError
from showgraph.export.rdf import (
    DEFAULT_BASE_IRI,
    Lit,
    nt_literal,
    showgraph_version,
    to_rdflib,
    to_rdflib_graph,
    write_rdf,
)
from showgraph.graph import KnowledgeGraph
from showgraph.records import Article, ArticleExtraction, Entity, Fact
from showgraph.vocab import SG

ID = Namespace(DEFAULT_BASE_IRI)
TRIPLE_FORMATS = ["turtle", "nt", "json-ld"]
QUAD_FORMATS = ["trig", "nquads"]
FORMATS = TRIPLE_FORMATS + QUAD_FORMATS
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
              "json-ld": ox.RdfFormat.JSON_LD, "trig": ox.RdfFormat.TRIG,
              "nquads": ox.RdfFormat.N_QUADS}
WORK, ANDREEVA = ID["work/better-than-us"], ID["person/paulina-andreeva"]
ARISA = ID["character/arisa"]
BETTER_GRAPH = ID["article/better-than-us.txt"]
SEVERANCE_GRAPH = ID["article/news/severance%202.txt"]


def written(kg: KnowledgeGraph, fmt: str, base_iri: str = DEFAULT_BASE_IRI) -> bytes:
    out = io.BytesIO()
    write_rdf(kg, out, fmt, base_iri)
    return out.getvalue()


def quads(dataset: Dataset) -> set[tuple]:
    return set(dataset.quads((None, None, None, None)))


def parse_back(data: bytes, fmt: str) -> Graph | Dataset:
    container = Dataset() if fmt in QUAD_FORMATS else Graph()
    return container.parse(data=data, format=fmt)


# ---- Round trips ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", TRIPLE_FORMATS)
def test_rdf_triple_formats_parse_back_to_the_union_graph(kg, fmt):
    assert isomorphic(parse_back(written(kg, fmt), fmt), to_rdflib_graph(kg))


@pytest.mark.parametrize("fmt", QUAD_FORMATS)
def test_rdf_quad_formats_parse_back_to_the_dataset(kg, fmt):
    assert quads(parse_back(written(kg, fmt), fmt)) == quads(to_rdflib(kg))


def test_rdf_union_of_the_dataset_is_the_triple_graph(kg):
    union = {(s, p, o) for s, p, o, _ in quads(to_rdflib(kg))}
    assert union == set(to_rdflib_graph(kg))
    assert len(union) > 100


@pytest.mark.parametrize("fmt", FORMATS)
def test_rdf_pyoxigraph_reads_every_format(kg, fmt):
    parsed = set(ox.parse(written(kg, fmt), format=OX_FORMATS[fmt]))
    expected = quads(to_rdflib(kg)) if fmt in QUAD_FORMATS else set(to_rdflib_graph(kg))
    assert len(parsed) == len(expected)


@pytest.mark.parametrize("fmt", FORMATS)
def test_rdf_writes_no_blank_nodes(kg, fmt):
    terms = {term for quad in ox.parse(written(kg, fmt), format=OX_FORMATS[fmt])
             for term in (quad.subject, quad.object)}
    assert not any(isinstance(term, ox.BlankNode) for term in terms)


@pytest.mark.parametrize("fmt", FORMATS)
def test_rdf_empty_graph_writes_an_empty_document(fmt):
    assert len(parse_back(written(KnowledgeGraph(), fmt), fmt)) == 0


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_rdf_turtle_and_trig_use_the_prefixes(kg, fmt):
    text = written(kg, fmt).decode()
    assert "@prefix schema: <https://schema.org/> ." in text
    assert "@prefix sg: <https://showgraph.dev/vocab#> ." in text
    assert " sg:plays " in text
    body = [line for line in text.splitlines() if not line.startswith("@prefix")]
    assert not [line for line in body if "<https://schema.org/" in line]


# ---- Determinism ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_rdf_same_graph_gives_the_same_bytes(fmt):
    first = written(build_kg(), fmt)
    assert written(build_kg(), fmt) == first
    assert written(build_kg(reverse=True), fmt) == first


_DIGESTS_SCRIPT = """
import hashlib, io, json, sys
from conftest import WEIRD_NAMES, build_kg, weird_kg
from showgraph.export.rdf import write_rdf
digests = {}
for fmt in sys.argv[1:]:
    out = io.BytesIO()
    write_rdf(build_kg(), out, fmt)
    digests[fmt] = hashlib.sha256(out.getvalue()).hexdigest()
print(json.dumps(digests))
"""


def test_rdf_same_graph_gives_the_same_bytes_in_every_process():
    # String hashing is salted per process, so set and dict orders that leak
    # into the output only show up across processes.
    tests = Path(__file__).parent
    path = os.pathsep.join([str(tests.parent / "src"), str(tests)])
    runs = [
        subprocess.run([sys.executable, "-c", _DIGESTS_SCRIPT, *FORMATS], check=True,
                       capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": path, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    ]
    here = {fmt: hashlib.sha256(written(build_kg(), fmt)).hexdigest() for fmt in FORMATS}
    assert [json.loads(run) for run in runs] == [here] * 3


@pytest.mark.parametrize("fmt", ["nt", "nquads"])
def test_rdf_nt_and_nquads_are_canonical_lines_each_once(kg, fmt):
    data = written(kg, fmt)
    assert ox.serialize(ox.parse(data, format=OX_FORMATS[fmt]), format=OX_FORMATS[fmt]) == data
    lines = data.splitlines()
    assert len(lines) == len(set(lines))


@given(st.text())
def test_rdf_nt_literal_is_what_pyoxigraph_writes(text):
    assert nt_literal(Lit(text)) == str(ox.Literal(text))
    integer = str(ox.Literal(text, datatype=ox.NamedNode(str(XSD.integer))))
    assert nt_literal(Lit(text, str(XSD.integer))) == integer


# ---- Shape ----------------------------------------------------------------------


@pytest.mark.parametrize(("node", "rdf_class"), [
    (ANDREEVA, SDO.Person),
    (ARISA, SG.Character),
    (ID["organization/netflix"], SDO.Organization),
    (ID["place/russia"], SDO.Place),
    (WORK, SDO.TVSeries),
    (ID["work/severance-season-2"], SDO.CreativeWorkSeason),
])
def test_rdf_entities_are_typed_by_their_class(kg, node, rdf_class):
    assert set(to_rdflib_graph(kg).objects(node, RDF.type)) == {rdf_class}


def test_rdf_entities_have_a_name_and_their_aliases(kg):
    graph = to_rdflib_graph(kg)
    assert set(graph.objects(ANDREEVA, SDO.name)) == {Literal("Paulina Andreeva")}
    assert set(graph.objects(ANDREEVA, SDO.alternateName)) == {Literal("Andreeva")}


@pytest.mark.parametrize(("subject", "predicate", "literal"), [
    ("work/better-than-us", SDO.datePublished, Literal("2019-08-16", datatype=XSD.date)),
    ("work/severance-season-2", SDO.datePublished, Literal("2025-01", datatype=XSD.gYearMonth)),
    ("work/severance", SDO.datePublished, Literal("2022", datatype=XSD.gYear)),
    ("work/better-than-us", SDO.numberOfEpisodes, Literal(16)),
    ("work/severance", SDO.numberOfSeasons, Literal(2)),
    ("person/jamie-erlich", SDO.jobTitle, Literal("head of drama")),
])
def test_rdf_literals_are_typed_by_kind_and_precision(kg, subject, predicate, literal):
    (found,) = to_rdflib_graph(kg).objects(ID[subject], predicate)
    assert (found, found.datatype) == (literal, literal.datatype)


@pytest.mark.parametrize(("predicate", "term"), [
    ("network", SG.network), ("countryOfOrigin", SDO.countryOfOrigin),
    ("partOfSeries", SDO.partOfSeries), ("worksFor", SDO.worksFor), ("actor", SDO.actor),
    ("character", SDO.character), ("plays", SG.plays),
])
def test_rdf_entity_facts_use_the_spec_terms(kg, predicate, term):
    graph = to_rdflib_graph(kg)
    expected = {(ID[f.subject], ID[f.object]) for f in kg.iter_facts() if f.predicate == predicate}
    assert expected
    assert expected <= set(graph.subject_objects(term))


def test_rdf_plays_is_a_performance_role_tied_to_the_work(kg):
    graph = to_rdflib_graph(kg)
    role = ID["role/paulina-andreeva/arisa"]
    assert {
        (role, RDF.type, SDO.PerformanceRole), (role, SDO.actor, ANDREEVA),
        (role, SDO.character, ARISA), (role, SDO.characterName, Literal("Arisa")),
        (WORK, SDO.actor, role), (ANDREEVA, SG.plays, ARISA),
    } <= set(graph)


def test_rdf_role_pattern_answers_who_plays_whom_where(kg):
    store = ox.Store()
    store.load(written(kg, "turtle"), format=ox.RdfFormat.TURTLE)
    rows = store.query(f"""
        PREFIX schema: <https://schema.org/>
        SELECT ?work ?person WHERE {{
            ?work schema:actor ?role . ?role schema:actor ?person ; schema:character <{ARISA}> .
        }}""")
    found = [(row["work"].value, row["person"].value) for row in rows]
    assert found == [(str(WORK), str(ANDREEVA))]


def test_rdf_role_hangs_only_off_works_that_list_actor_and_character():
    work = Entity("work/x", "X", "Work", "Movie")
    person, character = Entity("person/p", "P", "Person"), Entity("character/c", "C", "Character")
    facts = (Fact(work.id, "actor", object=person.id),
             Fact(person.id, "plays", object=character.id))
    kg = KnowledgeGraph()
    kg.add(ArticleExtraction(Article("a.txt", ""), (work, person, character), facts))
    graph = to_rdflib_graph(kg)
    role = ID["role/p/c"]
    assert (role, SDO.actor, ID["person/p"]) in graph
    assert (ID["work/x"], SDO.actor, role) not in graph


def _fact_node(graph: Graph, subject: URIRef, predicate: URIRef, obj: URIRef) -> URIRef:
    (node,) = (set(graph.subjects(RDF.subject, subject))
               & set(graph.subjects(RDF.predicate, predicate))
               & set(graph.subjects(RDF.object, obj)))
    return node


def test_rdf_fact_carries_confidence_and_evidence_from_each_article(kg):
    graph = to_rdflib_graph(kg)
    node = _fact_node(graph, WORK, SG.network, ID["organization/netflix"])
    assert (node, RDF.type, SG.Fact) in graph
    # 0.8 and 0.5 from two articles, combined by noisy-or.
    assert set(graph.objects(node, SG.confidence)) == {Literal("0.9", datatype=XSD.decimal)}
    evidence = {
        (graph.value(e, SG.sourceDocument), graph.value(e, SG.startOffset).toPython(),
         graph.value(e, SG.endOffset).toPython(), str(graph.value(e, SG.sentence)))
        for e in graph.objects(node, SG.evidence)
    }
    assert evidence == {
        (URIRef("https://example.com/news/better-than-us"), 10, 42,
         "Netflix acquired Better Than Us."),
        (ID["source/news/severance%202.txt"], 200, 231, "Netflix, home of Better Than Us"),
    }


def test_rdf_fact_records_its_rules(kg):
    graph = to_rdflib_graph(kg)
    node = _fact_node(graph, ANDREEVA, SG.plays, ARISA)
    assert set(graph.objects(node, SG.rule)) == {Literal("played_by")}


def test_rdf_each_article_graph_holds_the_facts_it_states(kg):
    dataset = to_rdflib(kg)
    network = (WORK, SG.network, ID["organization/netflix"])
    assert network in dataset.graph(BETTER_GRAPH)
    assert network in dataset.graph(SEVERANCE_GRAPH)
    assert network not in dataset.default_graph
    assert (WORK, SDO.actor, ID["role/paulina-andreeva/arisa"]) in dataset.graph(BETTER_GRAPH)
    assert (WORK, RDF.type, SDO.TVSeries) in dataset.default_graph


def test_rdf_fact_without_sources_stays_in_the_default_graph(kg):
    dataset = to_rdflib(kg)
    released = (ID["work/severance"], SDO.datePublished, Literal("2022", datatype=XSD.gYear))
    assert released in dataset.default_graph
    assert released not in dataset.graph(SEVERANCE_GRAPH)


@pytest.mark.parametrize(("graph", "source", "published"), [
    (BETTER_GRAPH, URIRef("https://example.com/news/better-than-us"),
     Literal("2019-09-02", datatype=XSD.date)),
    (SEVERANCE_GRAPH, ID["source/news/severance%202.txt"],
     Literal("2025-01", datatype=XSD.gYearMonth)),
])
def test_rdf_article_graphs_carry_provenance(kg, graph, source, published):
    default = to_rdflib(kg).default_graph
    agent = default.value(graph, PROV.wasAttributedTo)
    assert (graph, RDF.type, PROV.Entity) in default
    assert (graph, PROV.wasDerivedFrom, source) in default
    assert (agent, RDF.type, PROV.SoftwareAgent) in default
    assert (agent, SDO.softwareVersion, Literal(showgraph_version())) in default
    assert (source, SDO.datePublished, published) in default


# ---- IRIs -------------------------------------------------------------------------

def assert_round_trips(kg: KnowledgeGraph) -> None:
    union, dataset = to_rdflib_graph(kg), to_rdflib(kg)
    for fmt in FORMATS:
        data = written(kg, fmt)
        parsed = parse_back(data, fmt)
        if fmt in QUAD_FORMATS:
            assert quads(parsed) == quads(dataset), fmt
        else:
            assert isomorphic(parsed, union), fmt
        # pyoxigraph checks every IRI against RFC 3987, which rdflib does not.
        assert len(list(ox.parse(data, format=OX_FORMATS[fmt]))) >= len(union), fmt


@pytest.mark.parametrize("raw_ids", [False, True], ids=["entity_id", "raw"])
def test_rdf_weird_names_make_valid_iris_in_every_format(raw_ids):
    assert_round_trips(weird_kg(WEIRD_NAMES, raw_ids))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=3, unique=True),
       raw_ids=st.booleans(), doc=st.text(min_size=1, max_size=12))
def test_rdf_any_names_round_trip_every_format(names, raw_ids, doc):
    assert_round_trips(weird_kg(names, raw_ids, doc))


@pytest.mark.parametrize(("url", "source"), [
    ("https://example.com/news/a", URIRef("https://example.com/news/a")),
    ("https://example.com/a b\u00a0\"c\"", URIRef("https://example.com/a%20b%C2%A0%22c%22")),
    ("not a url", ID["source/a.txt"]),
    ("http://[::1", ID["source/a.txt"]),
    (None, ID["source/a.txt"]),
])
def test_rdf_article_source_is_its_url_when_that_makes_an_iri(url, source):
    kg = KnowledgeGraph()
    kg.add(ArticleExtraction(Article("a.txt", "", url=url), ()))
    graph = to_rdflib_graph(kg)
    assert graph.value(ID["article/a.txt"], PROV.wasDerivedFrom) == source
    assert (source, SDO.identifier, Literal("a.txt")) in graph


def test_rdf_base_iri_is_used_for_every_minted_node(kg):
    base = "http://example.org/kg/"
    subjects = {s for s, _, _ in to_rdflib_graph(kg, base)}
    assert {s for s in subjects if not s.startswith(base)} == {
        URIRef("https://example.com/news/better-than-us")
    }


# ---- Errors -------------------------------------------------------------------------


@pytest.mark.parametrize("base", ["", "showgraph/", "http://exa mple.org/"])
def test_rdf_bad_base_iri_is_an_export_error(kg, base):
    with pytest.raises(ExportError, match="base IRI"):
        written(kg, "turtle", base)


def test_rdf_unknown_format_is_an_export_error(kg):
    with pytest.raises(ExportError, match="turtle, nt, nquads, trig, json-ld"):
        written(kg, "rdfxml")


def test_rdf_predicate_outside_the_spec_is_an_export_error():
    kg = KnowledgeGraph()
    kg.add(ArticleExtraction(Article("a.txt", ""), (Entity("work/x", "X", "Work"),)))
    kg.graph.add_edge("work/x", "work/x", key="sequelOf", predicate="sequelOf", confidence=1.0,
                      evidence=[1.0], sources=[], rules=set())
    with pytest.raises(ExportError, match="sequelOf"):
        to_rdflib(kg)
