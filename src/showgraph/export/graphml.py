"""GraphML export: the networkx graph as it is, for Gephi, yEd or Cytoscape.

GraphML holds only scalar attributes, so sets, lists and evidence become
JSON strings (``aliases`` is ``'["Andreeva"]'``) and ``None`` is left out.
Nodes, edges and attributes are written in sorted order, so the same graph
always gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import IO, Any

import networkx as nx

from showgraph.graph import KnowledgeGraph

Scalar = str | int | float | bool

# XML 1.0 cannot hold these at all, not even escaped; text pulled from PDFs
# and web pages sometimes has a form feed or a vertical tab.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def graphml_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A copy of the graph that GraphML can hold: scalar attributes, sorted.

    >>> from showgraph.records import Article, ArticleExtraction, Entity
    >>> kg = KnowledgeGraph()
    >>> person = Entity("person/a", "A", "Person", aliases=("Ay",))
    >>> kg.add(ArticleExtraction(Article("a.txt", ""), (person,)))
    >>> graphml_graph(kg).nodes["person/a"]["aliases"]
    '["Ay"]'
    """
    graph = nx.MultiDiGraph()
    for node in sorted(kg.graph.nodes):
        graph.add_node(_xml_text(node), **_scalars(kg.graph.nodes[node]))
    edges = sorted(kg.graph.edges(keys=True, data=True), key=lambda e: (e[0], e[2], str(e[1])))
    for source, target, key, data in edges:
        graph.add_edge(_xml_text(source), _xml_text(target), key=_xml_text(key), **_scalars(data))
    return graph


def _scalars(attributes: dict[str, Any]) -> dict[str, Scalar]:
    scalars = {}
    for name in sorted(attributes):
        value = attributes[name]
        if name == "value" and value is not None:
            # A GraphML key has one type: a literal's value is text whether it
            # is a date or a count; its ``datatype`` attribute says which.
            value = str(value)
        elif name == "evidence":
            # Confidences in the order the articles came; noisy-or does not
            # care, and sorted they do not change with that order.
            value = sorted(value)
        if value is not None:
            scalars[name] = _scalar(value)
    return scalars


def _scalar(value: Any) -> Scalar:
    if isinstance(value, str):
        return _xml_text(value)
    if isinstance(value, (bool, int, float)):
        return value
    # json.dumps escapes control characters itself.
    return _xml_text(json.dumps(_plain(value), ensure_ascii=False, sort_keys=True))


def _plain(value: Any) -> Any:
    """Sets as sorted lists, evidence records as dicts: something JSON can hold."""
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _plain(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _xml_text(text: str) -> str:
    # Replacing, not escaping: two ids that differ only in such characters
    # would merge, but entity ids never hold them (names.slugify drops them).
    return _NOT_XML.sub("\ufffd", text)


def write_graphml(kg: KnowledgeGraph, out: IO[bytes]) -> None:
    """Write the graph as GraphML to a binary stream.

    Read it back with ``networkx.read_graphml(path, force_multigraph=True)``:
    two entities can be linked by more than one predicate.
    """
    nx.write_graphml(graphml_graph(kg), out, encoding="utf-8", prettyprint=True)
