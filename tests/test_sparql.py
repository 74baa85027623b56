"""SPARQL text: refusing updates and SERVICE, whatever the spelling; binding parameters."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import build_kg

from showgraph.cli import cli
from showgraph.errors import QueryError
from showgraph.query import run_query
from showgraph.sparql import bind_params, check_query, sparql_tokens
from showgraph.store import add_to_store, open_store


@pytest.fixture(scope="module")
def kg_store(tmp_path_factory):
    """The hand-built two-article graph, in a store folder."""
    folder = tmp_path_factory.mktemp("kg") / "kg.db"
    add_to_store(open_store(folder), build_kg())
    return str(folder)


UPDATES = [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "insert data { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX ex: <http://example.org/>\n# a comment\nDELETE { ?s ?p ?o } WHERE { ?s ex:p ?o }",
    "DROP ALL",
    "drop silent graph <http://example.org/g>",
    "CLEAR DEFAULT",
    "LOAD <http://example.org/data.ttl>",
    "CREATE GRAPH <http://example.org/g>",
    "COPY DEFAULT TO <http://example.org/g>",
    "WITH <http://example.org/g> DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "INSERT DATA { <http://a> <http://b> <http://c> } ; DROP ALL",
    "  \n  DrOp   All  ",
]

SERVICES = [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o # a comment\n SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE ?endpoint { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x/> { ?s ?p ?o } } } }",
    "ASK { FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
    "SELECT * WHERE { SERV\\u0049CE <http://x/> { ?s ?p ?o } }",
    # Not valid SPARQL: refused all the same, by the keyword check.
    "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o }",
]

HARMLESS = [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> { }",
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "PREFIX service: <http://example.org/> SELECT ?service WHERE { ?service service:drop ?o }",
    "SELECT * WHERE { ?s ?p '''\nINSERT DATA'''}",
]


@pytest.mark.parametrize("query", UPDATES)
def test_sparql_updates_are_refused(query):
    with pytest.raises(QueryError, match="updates are refused"):
        check_query(query)


@pytest.mark.parametrize("query", SERVICES)
def test_sparql_service_is_refused(query):
    with pytest.raises(QueryError, match="SERVICE is refused"):
        check_query(query)


@pytest.mark.parametrize("query", HARMLESS)
def test_sparql_keywords_in_strings_iris_comments_and_names_are_harmless(kg, query):
    check_query(query)
    run_query([kg], query)


@pytest.mark.parametrize("query", [UPDATES[0], UPDATES[4], SERVICES[1], SERVICES[-1]])
def test_sparql_cli_refusal_is_one_line_and_nonzero(kg_store, query):
    before = len(open_store(kg_store, read_only=True))
    result = CliRunner().invoke(cli, ["query", kg_store, "-e", query])
    assert result.exit_code != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "refused" in result.stderr
    assert "Traceback" not in result.output
    assert len(open_store(kg_store, read_only=True)) == before


def test_sparql_tokens_skip_comments_and_decode_escapes():
    tokens = sparql_tokens('SELECT ?x # SERVICE\n{ ?x <http://a#b> "s # t" . \\u0053ERVICE }')
    assert tokens == ["SELECT", "?x", "{", "?x", "<http://a#b>", '"s # t"', ".", "SERVICE", "}"]


def test_sparql_malformed_query_is_a_one_line_error(kg_store):
    result = CliRunner().invoke(cli, ["query", kg_store, "-e", "SELECT * WHERE { ?s ?p }"])
    assert result.exit_code == 1
    assert "not valid SPARQL" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1



@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT * WHERE { ?s ?p ?o }", 'SELECT * WHERE { VALUES (?x) { ("1") } ?s ?p ?o }'),
    ("SELECT * { ?s ?p ?o }", 'SELECT * { VALUES (?x) { ("1") } ?s ?p ?o }'),
    ("SELECT (EXISTS { ?s ?p ?o } AS ?e) WHERE { }",
     'SELECT (EXISTS { ?s ?p ?o } AS ?e) WHERE { VALUES (?x) { ("1") } }'),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
     'CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?x) { ("1") } ?s ?p ?o }'),
    ('ASK { ?s ?p "{" }', 'ASK { VALUES (?x) { ("1") } ?s ?p "{" }'),
    ("# { where\nASK { }", '# { where\nASK { VALUES (?x) { ("1") } }'),
])
def test_sparql_params_are_bound_at_the_top_of_the_where_group(query, expected):
    assert bind_params(query, {"x": "1"}) == expected
