"""SPARQL over files, stores and graphs: one dataset, read-only, bounded, every output format."""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import time

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import WEIRD_NAMES, build_kg, weird_kg
from rdflib import Graph
from rdflib.namespace import SDO

from showgraph.cli import cli
from showgraph.errors import QueryError, StoreError
from showgraph.export import write_graph
from showgraph.graph import KnowledgeGraph
from showgraph.named_queries import named_queries, run_named_query
from showgraph.query import QueryResult, query_graph, run_query
from showgraph.records import Article, ArticleExtraction, Entity
from showgraph.results import output_rows, write_result
from showgraph.store import add_to_store, open_store

RDF_SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig",
                "json-ld": ".jsonld"}
NETWORKS = ("SELECT ?work ?network "
            "WHERE { ?w sg:network ?n ; schema:name ?work . ?n schema:name ?network }")
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def sample_files(sample_graph, tmp_path_factory):
    """The sample graph written in every RDF format, and into a store: name -> path."""
    folder = tmp_path_factory.mktemp("sample")
    paths = {}
    for fmt, suffix in RDF_SUFFIXES.items():
        paths[fmt] = str(folder / f"graph{suffix}")
        write_graph(sample_graph, paths[fmt])
    paths["store"] = str(folder / "graph.db")
    add_to_store(open_store(paths["store"]), sample_graph)
    return paths


@pytest.fixture(scope="module")
def kg_store(tmp_path_factory):
    """The hand-built two-article graph, in a store folder (only ever read)."""
    folder = tmp_path_factory.mktemp("kg") / "kg.db"
    add_to_store(open_store(folder), build_kg())
    return str(folder)


def rows(result) -> list[tuple]:
    return list(result.rows())


# ---- One dataset, whatever the sources --------------------------------------------------


@pytest.mark.parametrize("source", [*RDF_SUFFIXES, "store", "graph"])
def test_query_every_source_answers_alike(sample_graph, sample_files, source):
    target = sample_graph if source == "graph" else sample_files[source]
    query = NETWORKS + " ORDER BY ?work ?network"
    assert rows(run_query([target], query)) == rows(run_query([sample_graph], query))
    assert ("The Glass Orchard", "HBO") in rows(run_query([target], query))


@pytest.mark.parametrize("source", ["nquads", "trig", "store"])
def test_query_counts_a_fact_several_articles_state_once(sample_files, source):
    # The Glass Orchard's network is stated by four articles, so it is in four named graphs.
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?w sg:network ?x ; schema:name 'The Glass Orchard' }"
    assert rows(run_query([sample_files[source]], query)) == [(1,)]


@pytest.mark.parametrize("source", ["nquads", "trig", "store"])
def test_query_named_graphs_hold_each_articles_facts(sample_files, source):
    query = """SELECT DISTINCT ?g WHERE { GRAPH ?g { ?w sg:network ?n } ?n schema:name "HBO" }"""
    graphs = {row[0].rsplit("/", 1)[1] for row in rows(run_query([sample_files[source]], query))}
    assert graphs == {"glass-orchard-casting.txt", "glass-orchard-frostline-recap.txt",
                      "glass-orchard-renewal.txt", "northbridge-tv-awards.txt"}


def test_query_several_graphs_are_one_dataset(tmp_path):
    better = tmp_path / "better.ttl"
    severance = tmp_path / "severance.nq"
    from conftest import better_extraction, severance_extraction

    write_graph(KnowledgeGraph().add_all([better_extraction()]), better)
    write_graph(KnowledgeGraph().add_all([severance_extraction()]), severance)
    query = "SELECT ?name WHERE { ?x a schema:Organization ; schema:name ?name } ORDER BY ?name"
    assert rows(run_query([str(better), str(severance)], query)) == [("Apple TV+",), ("Netflix",)]


def test_query_a_store_and_a_file_together(kg_store, tmp_path):
    extra = tmp_path / "extra.ttl"
    chile = ArticleExtraction(Article("x.txt", ""), (Entity("place/chile", "Chile", "Place"),))
    write_graph(KnowledgeGraph().add_all([chile]), extra)
    query = "SELECT ?name WHERE { ?x a schema:Place ; schema:name ?name } ORDER BY ?name"
    assert rows(run_query([kg_store, str(extra)], query)) == [("Chile",), ("Russia",)]


def test_query_graph_runs_on_a_knowledge_graph(kg):
    result = query_graph(kg, "SELECT ?n WHERE { ?x schema:numberOfEpisodes ?n }")
    assert rows(result) == [(16,)]


@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT ?c WHERE { ?c a sg:Character }", [("https://showgraph.dev/id/character/arisa",)]),
    ("SELECT ?c WHERE { ?g a prov:Entity ; prov:wasDerivedFrom ?c } ORDER BY ?c",
     [("https://example.com/news/better-than-us",),
      ("https://showgraph.dev/id/source/news/severance%202.txt",)]),
    ("SELECT ?d WHERE { ?w a schema:CreativeWorkSeason ; schema:datePublished ?d "
     "FILTER(datatype(?d) = xsd:gYearMonth) }", [("2025-01",)]),
    ("SELECT ?l WHERE { sg:plays rdfs:label ?l }", []),
    ("SELECT (COUNT(*) AS ?n) WHERE { ?f rdf:type sg:Fact }", [(14,)]),
    # A declared prefix wins over the built-in one.
    ("PREFIX schema: <http://schema.org/> SELECT ?x WHERE { ?x a schema:Person }", []),
])
def test_query_prefixes_need_no_declaration(kg, query, expected):
    assert rows(run_query([kg], query)) == expected


def test_query_result_as_dataframe_and_rdflib_graph(kg):
    query = "SELECT ?name ?n WHERE { ?w schema:name ?name ; schema:numberOfEpisodes ?n }"
    frame = run_query([kg], query).to_dataframe()
    assert frame.to_dict("records") == [{"name": "Better Than Us", "n": 16}]
    graph = run_query([kg], "CONSTRUCT { ?w schema:name ?n } WHERE { ?w a schema:TVSeries ; "
                            "schema:name ?n }").graph()
    assert isinstance(graph, Graph)
    assert set(graph.objects(None, SDO.name)) == {
        __import__("rdflib").Literal(n) for n in ("Better Than Us", "Severance")}


@pytest.mark.parametrize(("source", "message"), [
    ("data/articles/gold.jsonl", "is not RDF"),
    ("data/articles/README.md", "cannot tell the format"),
    ("no/such/graph.ttl", "no such graph file"),
])
def test_query_bad_sources_are_query_errors(source, message):
    with pytest.raises(QueryError, match=message):
        run_query([source], "ASK {}")


def test_query_a_folder_that_is_not_a_store_is_a_store_error():
    with pytest.raises(StoreError, match="--store"):
        run_query(["data/articles"], "ASK {}")


def test_query_malformed_rdf_file_is_a_query_error(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> ", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot read"):
        run_query([str(bad)], "ASK {}")


# ---- Parameters, bound by showgraph.sparql.bind_params ------------------------------


@pytest.mark.parametrize("name", WEIRD_NAMES)
def test_query_param_values_are_matched_literally_never_parsed(name):
    kg = weird_kg(WEIRD_NAMES, raw_ids=True)
    query = "SELECT ?w WHERE { ?w a schema:CreativeWork ; schema:name ?name FILTER(?name = $t) }"
    found = rows(run_query([kg], query, params={"t": name}))
    assert len(found) == 1
    assert found[0][0].startswith("https://showgraph.dev/id/work/")


@pytest.mark.parametrize("value", [
    '" } DROP ALL #', "\\u0022 } ASK {", '"""', "\\", "a\nb\rc", "' ; DELETE WHERE { ?s ?p ?o } #",
])
def test_query_param_cannot_change_the_query(kg, value):
    query = "SELECT ?v WHERE { BIND(STR($x) AS ?v) }"
    assert rows(run_query([kg], query, params={"x": value})) == [(value,)]


@pytest.mark.parametrize(("params", "message"), [
    ({"bad name": "x"}, "bad parameter name"),
    ({"x}": "x"}, "bad parameter name"),
])
def test_query_bad_param_names_are_refused(kg, params, message):
    with pytest.raises(QueryError, match=message):
        run_query([kg], "ASK {}", params=params)


@pytest.mark.parametrize(("name", "params", "message"), [
    ("cast", {}, "needs --param work=VALUE"),
    ("cast", {"work": "X", "year": "2020"}, "no parameter 'year'"),
    ("no-such-query", {}, "no named query 'no-such-query'"),
])
def test_query_named_query_parameter_errors(kg, name, params, message):
    with pytest.raises(QueryError, match=message):
        run_named_query([kg], name, params)


# ---- Timeout ------------------------------------------------------------------------------


def test_query_timeout_stops_an_expensive_query(sample_files):
    started = time.monotonic()
    with pytest.raises(QueryError, match="longer than 0.3 s"):
        run_query([sample_files["store"]], EXPENSIVE, timeout=0.3)
    assert time.monotonic() - started < 10
    assert multiprocessing.active_children() == []  # the child was killed, not left running


@pytest.mark.parametrize("query", [
    NETWORKS + " ORDER BY ?work ?network",
    "ASK { ?s sg:network ?o }",
    "CONSTRUCT { ?w sg:network ?n } WHERE { ?w sg:network ?n }",
])
def test_query_with_a_timeout_answers_as_without(sample_files, query):
    def answer(**options):
        result = run_query([sample_files["trig"]], query, **options)
        out = io.BytesIO()
        write_result(result, out, "nt" if result.kind == "graph" else "csv")
        return sorted(out.getvalue().splitlines())

    assert answer(timeout=30) == answer()


def test_query_timeout_reports_errors_from_the_child(kg_store):
    with pytest.raises(QueryError, match="not valid SPARQL"):
        run_query([kg_store], "SELECT * WHERE { ?s ?p ?o ", timeout=30)


def test_query_cli_timeout_is_one_line_and_nonzero(sample_files):
    result = CliRunner().invoke(cli, ["query", sample_files["store"], "-e", EXPENSIVE,
                                      "--timeout", "0.3"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "Error: the query took longer than 0.3 s and was stopped; narrow it, or give a longer "
        "--timeout"]


# ---- Output formats -------------------------------------------------------------------------

SELECT = ("SELECT ?name ?n ?missing WHERE { ?w schema:name ?name . "
          "OPTIONAL { ?w schema:numberOfEpisodes ?n } OPTIONAL { ?w schema:nope ?missing } "
          "?w a schema:TVSeries } ORDER BY ?name")


def cli_output(source: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["query", source, *args])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes.decode("utf-8")  # .stdout would turn CRLF into LF


def test_query_format_csv_is_w3c_csv(kg_store):
    text = cli_output(kg_store, "-e", SELECT, "-f", "csv")
    assert "\r\n" in text
    assert list(csv.reader(io.StringIO(text))) == [
        ["name", "n", "missing"], ["Better Than Us", "16", ""], ["Severance", "", ""]]


def test_query_format_tsv_is_w3c_tsv(kg_store):
    lines = cli_output(kg_store, "-e", SELECT, "-f", "tsv").splitlines()
    assert lines == [
        "?name\t?n\t?missing",
        '"Better Than Us"\t"16"^^<http://www.w3.org/2001/XMLSchema#integer>\t',
        '"Severance"\t\t',
    ]


def test_query_format_json_is_w3c_json(kg_store):
    document = json.loads(cli_output(kg_store, "-e", SELECT, "-f", "json"))
    assert document["head"] == {"vars": ["name", "n", "missing"]}
    assert document["results"]["bindings"] == [
        {"name": {"type": "literal", "value": "Better Than Us"},
         "n": {"type": "literal", "value": "16",
               "datatype": "http://www.w3.org/2001/XMLSchema#integer"}},
        {"name": {"type": "literal", "value": "Severance"}},
    ]


def test_query_format_json_matches_pyoxigraphs_own_writer(kg_store):
    query = "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 50"
    ours = json.loads(cli_output(kg_store, "-e", query, "-f", "json"))
    theirs = json.loads(open_store(kg_store, read_only=True).query(query).serialize(
        format=ox.QueryResultsFormat.JSON))
    assert ours == theirs


def test_query_format_jsonl_has_plain_values(kg_store):
    lines = cli_output(kg_store, "-e", SELECT, "-f", "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    assert records == [{"name": "Better Than Us", "n": 16, "missing": None},
                       {"name": "Severance", "n": None, "missing": None}]


def test_query_format_table_aligns_columns_and_shortens_vocabulary(kg_store):
    query = ("SELECT ?name ?class "
             "WHERE { ?w schema:name ?name ; a ?class ; schema:numberOfEpisodes ?n }")
    lines = cli_output(kg_store, "-e", query, "-f", "table").splitlines()
    assert lines == ["name            class", "--------------  ---------------",
                     "Better Than Us  schema:TVSeries"]


def test_query_default_format_off_a_terminal_is_csv(kg_store):
    assert cli_output(kg_store, "-e", SELECT).startswith("name,n,missing\r\n")


@pytest.mark.parametrize(("query", "fmt", "expected"), [
    ("ASK { ?s sg:network ?o }", "csv", "true\n"),
    ("ASK { ?s sg:nope ?o }", "table", "false\n"),
    ("ASK { ?s sg:network ?o }", "json", '{"head": {}, "boolean": true}\n'),
    ("ASK { ?s sg:network ?o }", "jsonl", '{"boolean": true}\n'),
])
def test_query_ask_in_every_format(kg_store, query, fmt, expected):
    assert cli_output(kg_store, "-e", query, "-f", fmt) == expected


CONSTRUCT = "CONSTRUCT { ?w schema:name ?n } WHERE { ?w sg:network ?x ; schema:name ?n }"


@pytest.mark.parametrize(("fmt", "rdflib_format"), [
    (None, "turtle"), ("turtle", "turtle"), ("nt", "nt"), ("json-ld", "json-ld"),
    ("nquads", "nquads"), ("trig", "trig"),
])
def test_query_construct_gives_rdf(kg_store, fmt, rdflib_format):
    args = ["-e", CONSTRUCT] + (["-f", fmt] if fmt else [])
    text = cli_output(kg_store, *args)
    if rdflib_format == "turtle":
        assert "@prefix schema: <https://schema.org/>" in text
    from rdflib import Dataset

    graph = (Dataset() if rdflib_format in ("nquads", "trig") else Graph()).parse(
        data=text, format=rdflib_format)
    assert {str(o) for o in graph.objects(None, SDO.name)} == {"Better Than Us", "Severance"}


def test_query_describe_gives_rdf(kg_store):
    text = cli_output(kg_store, "-e", "DESCRIBE ?c WHERE { ?c a sg:Character }", "-f", "nt")
    assert '<https://showgraph.dev/id/character/arisa> <https://schema.org/name> "Arisa" .' in text


@pytest.mark.parametrize(("query", "fmt", "hint"), [
    (CONSTRUCT, "csv", "gives RDF"),
    (SELECT, "turtle", "gives solutions"),
])
def test_query_format_that_does_not_suit_the_result_is_an_error(kg_store, query, fmt, hint):
    result = CliRunner().invoke(cli, ["query", kg_store, "-e", query, "-f", fmt])
    assert result.exit_code == 1
    assert hint in result.stderr


def test_query_output_rows_stream_as_solutions_come():
    def solutions():
        yield {"x": ox.Literal("first")}
        raise AssertionError("read past the first row")

    pieces = output_rows(QueryResult(variables=["x"], solutions=solutions()), "jsonl")
    assert next(pieces) == '{"x": "first"}\n'


# ---- The command line -----------------------------------------------------------------------


def test_query_cli_reads_the_query_from_a_file(kg_store, tmp_path):
    query_file = tmp_path / "episodes.rq"
    query_file.write_text("SELECT ?n WHERE { ?w schema:numberOfEpisodes ?n }", encoding="utf-8")
    assert cli_output(kg_store, str(query_file), "-f", "jsonl") == '{"n": 16}\n'


def test_query_cli_params_bind_variables(kg_store):
    text = cli_output(kg_store, "-e", "SELECT ?w WHERE { ?w schema:name $name }",
                      "--param", "name=Severance", "-f", "csv")
    assert text.splitlines() == ["w", "https://showgraph.dev/id/work/severance"]


@pytest.mark.parametrize(("args", "message"), [
    (["-e", "ASK {}", "--named", "cast"], "not both"),
    ([], "QUERY_FILE"),
    (["missing.rq"], "cannot read the query file"),
    (["-e", "ASK {}", "--param", "novalue"], "KEY=VALUE"),
])
def test_query_cli_usage_errors(kg_store, args, message):
    result = CliRunner().invoke(cli, ["query", kg_store, *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_query_cli_without_graphs_is_a_usage_error():
    result = CliRunner().invoke(cli, ["query", "-e", "ASK {}"])
    assert result.exit_code == 2
    assert "GRAPH" in result.stderr


def test_query_cli_list_shows_every_named_query_with_its_description():
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    for named in named_queries().values():
        assert f"{named.name:<22} {named.description}" in result.stdout
    assert "--param work=... (required)" in result.stdout
