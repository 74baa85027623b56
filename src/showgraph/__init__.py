"""showgraph: knowledge graphs from entertainment journalism.

The public names are imported on first use, so that ``showgraph --help``
and commands that never build a graph start without networkx (or spaCy).

>>> import showgraph
>>> sorted(showgraph.__all__)
['KnowledgeGraph', 'extract']
>>> showgraph.KnowledgeGraph.__name__
'KnowledgeGraph'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from showgraph.api import extract
    from showgraph.graph import KnowledgeGraph

__all__ = ["extract", "KnowledgeGraph"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        from showgraph.api import extract

        return extract
    if name == "KnowledgeGraph":
        from showgraph.graph import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'showgraph' has no attribute {name!r}")
