"""showgraph: knowledge graphs from entertainment journalism.

>>> import showgraph
>>> sorted(showgraph.__all__)
['KnowledgeGraph', 'extract']
"""

from showgraph.api import extract
from showgraph.graph import KnowledgeGraph

__all__ = ["extract", "KnowledgeGraph"]
