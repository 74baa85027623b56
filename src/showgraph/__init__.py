"""showgraph: knowledge graphs from entertainment journalism.

The public API, for notebooks and scripts alike; the ``showgraph`` command is
a thin shell over it. Names load on first use, so that ``showgraph --help``
starts without networkx, pandas or spaCy.

>>> import showgraph
>>> sorted(showgraph.__all__)
['Evaluation', 'KnowledgeGraph', 'evaluate', 'extract', 'load']
>>> showgraph.extract.__module__
'showgraph.api'
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from showgraph.api import evaluate, extract
    from showgraph.evaluate import Evaluation
    from showgraph.graph import KnowledgeGraph
    from showgraph.load import load

# public name -> (module, attribute)
_PUBLIC = {
    "extract": ("showgraph.api", "extract"),
    "load": ("showgraph.load", "load"),
    "evaluate": ("showgraph.api", "evaluate"),
    "KnowledgeGraph": ("showgraph.graph", "KnowledgeGraph"),
    "Evaluation": ("showgraph.evaluate", "Evaluation"),
}
__all__ = sorted(_PUBLIC)


class _Package(types.ModuleType):
    """The package object: public names load on first use.

    Three submodules share their names with public functions (``extract``,
    ``load``, ``evaluate``). Importing a submodule sets it as an attribute of
    the package, which would hide the function; here it does not. Code that
    needs such a module gets it with ``from showgraph.extract import ...`` or
    ``importlib.import_module("showgraph.extract")``.
    """

    def __getattr__(self, name: str) -> Any:
        if name not in _PUBLIC:
            raise AttributeError(f"module 'showgraph' has no attribute {name!r}")
        module, attribute = _PUBLIC[name]
        return getattr(importlib.import_module(module), attribute)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _PUBLIC and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(_PUBLIC))


sys.modules[__name__].__class__ = _Package
