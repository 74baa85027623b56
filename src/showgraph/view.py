"""An interactive view of the graph for notebooks and browsers, that works offline.

The page is drawn by vis-network through pyvis (``pip install
'showgraph[notebooks]'``), with vis-network's script and style inlined from
the pyvis package: it fetches nothing, so it works offline and inside a
notebook's saved outputs. pyvis's page template also links Bootstrap from a
CDN, for its menus, which this view does not use: those two tags are taken
out.

Entities are dots coloured by type and sized by the number of facts they take
part in; a fact is an arrow labelled with its predicate (several facts
between the same two entities share one arrow), and hovering over it shows
the sentence it came from.
"""

from __future__ import annotations

import html
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Union

from showgraph.errors import ShowgraphError
from showgraph.graph import KnowledgeGraph

# One colour per entity type (a colour-blind-safe palette, Okabe and Ito's),
# grey for literal values.
TYPE_COLOURS = {
    "Person": "#0072B2",
    "Character": "#CC79A7",
    "Work": "#E69F00",
    "Organization": "#009E73",
    "Place": "#56B4E9",
}
LITERAL_COLOUR = "#BBBBBB"

# pyvis's template links Bootstrap from a CDN whatever cdn_resources says.
_REMOTE_TAG = re.compile(
    r"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*>"
    r"|<script\b[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>",
    re.IGNORECASE,
)

PathLike = Union[str, "os.PathLike[str]"]


class GraphView:
    """A self-contained HTML page showing part of a graph; Jupyter displays it inline.

    Attributes:
        html: the whole page.
        height: the height of the drawing, as CSS.
        nodes: how many nodes it draws.
        arrows: how many arrows (one per pair of linked nodes).
    """

    def __init__(self, page: str, height: str, nodes: int = 0, arrows: int = 0) -> None:
        self.html = page
        self.height = height
        self.nodes, self.arrows = nodes, arrows

    def __repr__(self) -> str:
        return f"<GraphView: {self.nodes} nodes, {self.arrows} arrows>"

    def save(self, path: PathLike) -> None:
        """Write the page to a file, to open in any browser, offline.

        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "graph.html"
        >>> GraphView("<html></html>", "600px").save(path)
        >>> path.read_text()
        '<html></html>'
        """
        Path(path).write_text(self.html, encoding="utf-8")

    def _repr_html_(self) -> str:
        # An iframe keeps the page's script and style away from the notebook's;
        # srcdoc keeps it in the notebook, with no file beside it.
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
                f'sandbox="allow-scripts" style="width:100%;height:calc({self.height} + 30px);'
                'border:none"></iframe>')


def graph_view(kg: KnowledgeGraph, nodes: Iterable[str] | None = None, literals: bool = False,
               height: str = "600px") -> GraphView:
    """An interactive drawing of the graph, or of some of its entities.

    Args:
        kg: the graph.
        nodes: the entity ids to draw, with the facts among them; all by default.
        literals: also draw dates, counts and job titles, as grey boxes.
        height: the drawing's height, as CSS.

    Raises:
        ShowgraphError: pyvis is not installed.

    >>> from showgraph.records import Entity
    >>> kg = KnowledgeGraph.from_records([Entity("place/ru", "Russia", "Place")], [])
    >>> graph_view(kg)
    <GraphView: 1 nodes, 0 arrows>
    """
    network = _network(height)
    wanted = set(nodes) if nodes is not None else None
    drawn = _add_nodes(network, kg, wanted, literals)
    _add_edges(network, kg, drawn)
    page = _REMOTE_TAG.sub("", network.generate_html(notebook=False))
    return GraphView(page, height, len(network.nodes), len(network.edges))


def _network(height: str) -> Any:
    try:
        from pyvis.network import Network
    except ImportError:
        raise ShowgraphError("the interactive view needs pyvis: "
                             "pip install 'showgraph[notebooks]'") from None
    network = Network(height=height, width="100%", directed=True, cdn_resources="in_line")
    network.options = {
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 300},
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"size": 10, "align": "middle"}, "color": {"color": "#999999"},
                  "smooth": {"type": "continuous"}},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 100},
    }
    return network


def _add_nodes(network: Any, kg: KnowledgeGraph, wanted: set[str] | None,
               literals: bool) -> set[str]:
    drawn = set()
    for node, data in sorted(kg.graph.nodes(data=True)):
        if data["kind"] == "entity" and (wanted is None or node in wanted):
            size = 8 + 3 * min(kg.graph.degree(node), 12)
            network.add_node(node, label=data["name"], title=_entity_title(data), size=size,
                             color=TYPE_COLOURS.get(data["type"], LITERAL_COLOUR), shape="dot")
            drawn.add(node)
    if literals:
        for node, data in sorted(kg.graph.nodes(data=True)):
            if data["kind"] == "literal" and any(s in drawn for s in kg.graph.predecessors(node)):
                network.add_node(node, label=str(data["value"]), title=_text(str(data["value"])),
                                 color=LITERAL_COLOUR, shape="box")
                drawn.add(node)
    return drawn


def _entity_title(data: dict[str, Any]) -> str:
    kind = data["type"] + (f" ({data['subtype']})" if data.get("subtype") else "")
    lines = [data["name"], kind]
    if data["aliases"]:
        lines.append("also: " + ", ".join(sorted(data["aliases"])))
    lines.append("in: " + ", ".join(sorted(data["docs"])))
    return _text("\n".join(lines))


def _text(title: str) -> str:
    # vis-network shows a title as text, but pyvis switches to a popup that
    # takes the title as HTML when a node's title holds "href". A zero-width
    # space keeps names from article text from ever doing that.
    return title.replace("href", "hre\u200bf")


def _add_edges(network: Any, kg: KnowledgeGraph, drawn: set[str]) -> None:
    # Several facts between two entities share one arrow: pyvis keeps only
    # the first edge between a pair of nodes.
    pairs: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for source, target, predicate, data in sorted(kg.graph.edges(keys=True, data=True),
                                                   key=lambda e: e[:3]):
        if source in drawn and target in drawn:
            pairs[source, target].append((predicate, data))
    for (source, target), facts in pairs.items():
        label = " · ".join(predicate for predicate, _ in facts)
        title = "\n\n".join(_fact_title(predicate, data) for predicate, data in facts)
        network.add_edge(source, target, label=label, title=title)


def _fact_title(predicate: str, data: dict[str, Any]) -> str:
    lines = [f"{predicate} (confidence {data['confidence']:.2f})"]
    for source in data["sources"][:3]:
        lines.append(f"“{source.sentence}” ({source.doc})")
    if len(data["sources"]) > 3:
        lines.append(f"and {len(data['sources']) - 3} more")
    return "\n".join(lines)
