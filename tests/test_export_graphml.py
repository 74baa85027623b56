"""GraphML export: readable by networkx, every attribute kept as a scalar, stable bytes."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from conftest import WEIRD_NAMES, build_kg, weird_kg

from showgraph.export.graphml import write_graphml
from showgraph.graph import KnowledgeGraph


def written(kg: KnowledgeGraph) -> bytes:
    out = io.BytesIO()
    write_graphml(kg, out)
    return out.getvalue()


def read_back(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(written(kg)), force_multigraph=True)


def test_graphml_reads_back_with_the_same_nodes_and_edges(kg):
    graph = read_back(kg)
    assert set(graph.nodes) == set(kg.graph.nodes)
    assert set(graph.edges(keys=True)) == set(kg.graph.edges(keys=True))


def test_graphml_keeps_entity_attributes(kg):
    node = read_back(kg).nodes["person/paulina-andreeva"]
    assert (node["name"], node["type"], node["kind"]) == ("Paulina Andreeva", "Person", "entity")
    assert json.loads(node["aliases"]) == ["Andreeva"]
    assert json.loads(node["docs"]) == ["better-than-us.txt"]
    assert "subtype" not in node  # None is left out


@pytest.mark.parametrize(("node", "datatype", "value"), [
    ("literal/integer/16", "integer", "16"),
    ("literal/date/2025-01", "date", "2025-01"),
    ("literal/text/head of drama", "text", "head of drama"),
])
def test_graphml_literal_values_are_text_with_their_datatype(kg, node, datatype, value):
    attributes = read_back(kg).nodes[node]
    assert (attributes["datatype"], attributes["value"]) == (datatype, value)


def test_graphml_keeps_confidence_and_evidence(kg):
    edge = read_back(kg).edges["work/better-than-us", "organization/netflix", "network"]
    assert edge["confidence"] == pytest.approx(0.9)
    assert json.loads(edge["evidence"]) == [0.5, 0.8]
    assert [(s["doc"], s["start"]) for s in json.loads(edge["sources"])] == [
        ("better-than-us.txt", 10), ("news/severance 2.txt", 200),
    ]


def test_graphml_same_graph_gives_the_same_bytes():
    assert written(build_kg()) == written(build_kg()) == written(build_kg(reverse=True))


@pytest.mark.parametrize("raw_ids", [False, True], ids=["entity_id", "raw"])
def test_graphml_weird_names_stay_well_formed_xml(raw_ids):
    kg = weird_kg([*WEIRD_NAMES, "form\x0cfeed\x0bvtab"], raw_ids)
    graph = read_back(kg)
    assert graph.number_of_nodes() == kg.graph.number_of_nodes()
    assert graph.number_of_edges() == kg.graph.number_of_edges()
    assert "鬼滅の刃" in {data.get("name") for _, data in graph.nodes(data=True)}
