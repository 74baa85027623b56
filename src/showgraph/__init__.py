"""showgraph: knowledge graphs from entertainment journalism.

The public API, for notebooks and scripts alike; the ``showgraph`` command
is a thin shell over it.

>>> import showgraph
>>> sorted(showgraph.__all__)
['KnowledgeGraph', 'extract', 'load']
"""

# The modules showgraph.extract and showgraph.load share their names with
# the functions below. Importing a submodule the first time sets it as an
# attribute of the package, which would replace the function, so both are
# imported before the functions are bound (both import only light modules).
import showgraph.extract  # noqa: F401
import showgraph.load  # noqa: F401
from showgraph.api import extract
from showgraph.graph import KnowledgeGraph
from showgraph.load import load

__all__ = ["extract", "load", "KnowledgeGraph"]
