"""The interactive view: offline, escaped, one arrow per pair of entities."""

from __future__ import annotations

import json
import re

import pytest

from showgraph.graph import KnowledgeGraph
from showgraph.records import Entity, Fact, Source
from showgraph.view import TYPE_COLOURS

from conftest import WEIRD_NAMES, weird_kg

pytest.importorskip("pyvis")

REMOTE = ("https://cdn", "unpkg", "jsdelivr", "cdnjs", "googleapis")


def _data(page: str, name: str) -> list[dict]:
    # The page holds `nodes = new vis.DataSet([...]);` and the same for edges.
    match = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);", page, re.S)
    assert match, f"no {name} in the page"
    return json.loads(match.group(1))


def test_view_loads_nothing_from_the_network(kg):
    page = kg.view().html
    assert not [marker for marker in REMOTE if marker in page]
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?:", page)
    assert "vis.Network" in page and len(page) > 100_000  # vis-network itself is inlined


def test_view_nodes_are_coloured_entities_and_facts_share_arrows(kg):
    page = kg.view().html
    nodes = {node["id"]: node for node in _data(page, "nodes")}
    assert set(nodes) == {e.id for e in kg.iter_entities()}
    assert nodes["work/better-than-us"]["color"] == TYPE_COLOURS["Work"]
    assert nodes["person/paulina-andreeva"]["label"] == "Paulina Andreeva"
    edges = _data(page, "edges")
    cast = [e for e in edges if (e["from"], e["to"]) == ("work/better-than-us",
                                                          "person/paulina-andreeva")]
    assert [e["label"] for e in cast] == ["actor"]
    assert "She is played by Paulina Andreeva." in cast[0]["title"]


def test_view_parallel_facts_are_one_arrow():
    kg = KnowledgeGraph.from_records(
        [Entity("work/x", "X", "Work"), Entity("person/a", "Ann", "Person")],
        [Fact("work/x", "creator", object="person/a", sources=(Source("a", 0, 1, "Made by Ann."),)),
         Fact("work/x", "writer", object="person/a", sources=(Source("a", 5, 9, "By Ann."),))])
    (edge,) = _data(kg.view().html, "edges")
    assert edge["label"] == "creator · writer"
    assert "Made by Ann." in edge["title"] and "By Ann." in edge["title"]


def test_view_of_some_nodes_with_literals(kg):
    page = kg.view(["work/better-than-us", "organization/netflix"], literals=True).html
    ids = {node["id"] for node in _data(page, "nodes")}
    assert ids == {"work/better-than-us", "organization/netflix", "literal/date/2019-08-16",
                   "literal/integer/16"}
    assert {(e["from"], e["to"]) for e in _data(page, "edges")} == {
        ("work/better-than-us", "organization/netflix"),
        ("work/better-than-us", "literal/date/2019-08-16"),
        ("work/better-than-us", "literal/integer/16")}


def test_view_keeps_hostile_names_as_text():
    kg = weird_kg(WEIRD_NAMES + ['<a href="javascript:alert(1)">x</a>'], raw_ids=False)
    page = kg.view().html
    assert "<script>alert(1)</script>" not in page
    assert "javascript:alert" not in page.split("new vis.DataSet")[0]  # only inside the data
    # pyvis treats a node title holding "href" as HTML; none does.
    assert not any("href" in node["title"] for node in _data(page, "nodes"))
    assert "popup.innerHTML" not in page
    labels = {node["label"] for node in _data(page, "nodes")}
    assert "<script>alert(1)</script>" in labels  # shown as the text it is


def test_view_displays_inline_and_saves(kg, tmp_path):
    view = kg.view(height="400px")
    frame = view._repr_html_()
    assert frame.startswith("<iframe srcdoc=\"") and 'sandbox="allow-scripts"' in frame
    assert "<script" not in frame  # the page is an attribute value, escaped
    # 14 facts: 6 have a literal object, the other 8 link 8 pairs of entities.
    assert repr(view) == "<GraphView: 9 nodes, 8 arrows>"
    view.save(tmp_path / "graph.html")
    assert (tmp_path / "graph.html").read_text(encoding="utf-8") == view.html
