"""The served endpoint: the real Oxigraph server on a free loopback port, queried over HTTP."""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, build_kg

from showgraph.errors import ServeError
from showgraph.named_queries import named_query
from showgraph.query import run_query
from showgraph.serve import oxigraph_binary, start_server
from showgraph.store import add_to_store, open_store

JSON_RESULTS = "application/sparql-results+json"
NAMES = "SELECT ?name WHERE { ?x a schema:TVSeries ; schema:name ?name } ORDER BY ?name"
PREFIXED = "PREFIX schema: <https://schema.org/>\n" + NAMES


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_is_open(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve") / "graph.db"
    store = open_store(folder)
    add_to_store(store, build_kg())
    del store  # the server opens it; one writer or many readers
    return folder


@pytest.fixture(scope="module")
def server(store_folder):
    with start_server(store_folder, port=free_port()) as running:
        yield running


def request(url: str, data: bytes | None = None, content_type: str | None = None,
            accept: str = JSON_RESULTS) -> tuple[int, bytes]:
    headers = {"Accept": accept}
    if content_type:
        headers["Content-Type"] = content_type
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data, headers),
                                    timeout=10) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def bindings(body: bytes) -> list[dict[str, str]]:
    return [{name: term["value"] for name, term in row.items()}
            for row in json.loads(body)["results"]["bindings"]]


# ---- Queries over HTTP ------------------------------------------------------------------


def test_serve_answers_get(server):
    status, body = request(server.query_url + "?" + urllib.parse.urlencode({"query": PREFIXED}))
    assert status == 200
    assert bindings(body) == [{"name": "Better Than Us"}, {"name": "Severance"}]


@pytest.mark.parametrize(("data", "content_type"), [
    (PREFIXED.encode(), "application/sparql-query"),
    (urllib.parse.urlencode({"query": PREFIXED}).encode(), "application/x-www-form-urlencoded"),
])
def test_serve_answers_post(server, data, content_type):
    status, body = request(server.query_url, data, content_type)
    assert status == 200
    assert bindings(body) == [{"name": "Better Than Us"}, {"name": "Severance"}]


def test_serve_answers_as_showgraph_query_does(server, store_folder):
    # A named query over HTTP: the store's default graph holds every article's facts.
    text = named_query("works-by-network").text
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in
                       (("schema", "https://schema.org/"), ("sg", "https://showgraph.dev/vocab#")))
    status, body = request(server.query_url, (prologue + text).encode(), "application/sparql-query")
    served = [(row["network"], row["title"]) for row in bindings(body)]
    local = list(run_query([str(store_folder)], text).rows())
    assert status == 200
    assert served == local == [("Apple TV+", "Severance"), ("Netflix", "Better Than Us")]


def test_serve_rdflib_sparqlstore_is_a_client(server):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(SPARQLStore(server.query_url, returnFormat="json"))
    names = sorted(str(row[0]) for row in graph.query(PREFIXED))
    assert names == ["Better Than Us", "Severance"]


def test_serve_construct_gives_rdf(server):
    query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://showgraph.dev/vocab#Character> ; ?p ?o }"
    status, body = request(server.query_url, query.encode(), "application/sparql-query",
                           accept="application/n-triples")
    assert status == 200
    assert b'<https://showgraph.dev/id/character/arisa> <https://schema.org/name> "Arisa" .' in body


@pytest.mark.parametrize("path", ["/update", "/query"])
def test_serve_is_read_only(server, store_folder, path):
    update = b"INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"
    status, _ = request(server.url + path, update, "application/sparql-update")
    assert status >= 400
    asked = "ASK { <http://example.org/a> ?p ?o }"
    status, body = request(server.query_url + "?" + urllib.parse.urlencode({"query": asked}))
    assert json.loads(body)["boolean"] is False


# ---- Starting and stopping ------------------------------------------------------------------


def test_serve_stops_and_frees_its_port(store_folder):
    port = free_port()
    server = start_server(store_folder, port=port)
    assert port_is_open(port)
    server.stop()
    assert server.process.poll() is not None
    assert not port_is_open(port)


def test_serve_port_in_use_is_a_one_line_serve_error(server, store_folder):
    busy = int(server.url.rsplit(":", 1)[1])
    with pytest.raises(ServeError, match="choose another --port") as caught:
        start_server(store_folder, port=busy)
    assert "\n" not in str(caught.value)


def test_serve_server_that_fails_to_start_is_a_one_line_serve_error(store_folder, tmp_path):
    # A store another process holds for writing: the server exits at once.
    folder = tmp_path / "locked.db"
    writer = open_store(folder)
    add_to_store(writer, build_kg())
    with pytest.raises(ServeError, match="the Oxigraph server stopped: Error") as caught:
        start_server(folder, port=free_port(), read_only=False)
    assert "\n" not in str(caught.value)
    del writer


def test_serve_folder_that_is_not_a_store_is_refused(tmp_path):
    with pytest.raises(ServeError, match="not a showgraph store"):
        start_server(tmp_path, port=free_port())


def test_serve_missing_server_binary_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ServeError, match="pip install oxigraph"):
        oxigraph_binary()


def test_serve_cli_serves_until_terminated(store_folder):
    port = free_port()
    command = [sys.executable, "-m", "showgraph", "serve", str(store_folder), "--port", str(port)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        ready, _, _ = select.select([process.stdout], [], [], 30)
        assert ready, "no endpoint URL within 30 s"
        url = process.stdout.readline().decode().strip()
        assert url == f"http://127.0.0.1:{port}/query"
        status, body = request(url + "?" + urllib.parse.urlencode({"query": PREFIXED}))
        assert status == 200 and len(bindings(body)) == 2
    finally:
        process.terminate()
        process.wait(timeout=10)
    deadline = time.monotonic() + 5
    while port_is_open(port) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not port_is_open(port), "the Oxigraph server outlived showgraph serve"


def test_serve_cli_error_is_one_line(tmp_path):
    from click.testing import CliRunner

    from showgraph.cli import cli

    result = CliRunner().invoke(cli, ["serve", str(tmp_path), "--port", str(free_port())])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: '{tmp_path}' is not a showgraph store; make one with "
        f"`showgraph extract ARTICLES --store {tmp_path}`"]


def test_serve_binary_is_the_one_beside_this_python():
    assert Path(oxigraph_binary()).parent == Path(sys.executable).parent
