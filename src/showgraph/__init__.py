"""showgraph: knowledge graphs from entertainment journalism.

The public API, for notebooks and scripts alike; the ``showgraph`` command
is a thin shell over it.

>>> import showgraph
>>> sorted(showgraph.__all__)
['Evaluation', 'KnowledgeGraph', 'evaluate', 'extract', 'load']
"""

# The modules showgraph.extract, .load and .evaluate share their names with
# the functions below. Importing a submodule the first time sets it as an
# attribute of the package, which would replace the function, so they are
# imported before the functions are bound (they import only light modules).
import showgraph.evaluate  # noqa: F401
import showgraph.extract  # noqa: F401
import showgraph.load  # noqa: F401
from showgraph.api import evaluate, extract
from showgraph.evaluate import Evaluation
from showgraph.graph import KnowledgeGraph
from showgraph.load import load

__all__ = ["extract", "load", "evaluate", "KnowledgeGraph", "Evaluation"]
