"""showgraph: knowledge graphs from entertainment journalism.

The public API, for notebooks and scripts alike; the ``showgraph`` command
is a thin shell over it.

>>> import showgraph
>>> sorted(showgraph.__all__)
['KnowledgeGraph', 'extract', 'load']
"""

from showgraph.api import extract
from showgraph.graph import KnowledgeGraph
from showgraph.load import load

__all__ = ["extract", "load", "KnowledgeGraph"]
