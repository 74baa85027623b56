"""Output formats by name and extension, and the default base IRI.

Kept apart from the writers, and light to import (no rdflib, no networkx),
so that the command line can check ``-o`` and ``-f`` and ``showgraph query``
can read a file without loading the export machinery.

>>> format_for_path("out/graph.ttl")
'turtle'
>>> FORMATS["json-ld"]
('.jsonld', '.json-ld')
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Union

import pyoxigraph as ox

from showgraph.errors import ExportError

DEFAULT_BASE_IRI = "https://showgraph.dev/id/"

# format name -> file extensions, the first the one to write
FORMATS: dict[str, tuple[str, ...]] = {
    "turtle": (".ttl",),
    "nt": (".nt",),
    "nquads": (".nq",),
    "trig": (".trig",),
    "json-ld": (".jsonld", ".json-ld"),
    "jsonl": (".jsonl",),
    "graphml": (".graphml",),
}

# The RDF formats, with pyoxigraph's name for each; json-ld is written by
# rdflib, for a compact @context, but read by pyoxigraph.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
}

PathLike = Union[str, "os.PathLike[str]"]


def formats_help() -> str:
    """Every format with its extensions, for error messages."""
    return ", ".join(f"{fmt} ({' '.join(exts)})" for fmt, exts in FORMATS.items())


def format_for_path(path: PathLike) -> str:
    """The format a file's extension names.

    Raises:
        ExportError: for an extension no format has.
    """
    suffix = Path(path).suffix.lower()
    for fmt, extensions in FORMATS.items():
        if suffix in extensions:
            return fmt
    raise ExportError(
        f"cannot tell the format of {os.fspath(path)!r} from its extension; "
        f"use one of {formats_help()}, or name the format"
    )
