"""Writers for the knowledge graph: JSON Lines, RDF and GraphML, by format name.

>>> format_for_path("out/graph.ttl")
'turtle'
>>> FORMATS["json-ld"]
('.jsonld', '.json-ld')
"""

from __future__ import annotations

import io
import os
import secrets
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from showgraph.errors import ExportError
from showgraph.export.graphml import write_graphml
from showgraph.export.jsonl import write_jsonl
from showgraph.export.rdf import write_rdf
from showgraph.formats import (  # noqa: F401 - FORMATS and format_for_path are this package's API too
    DEFAULT_BASE_IRI,
    FORMATS,
    RDF_FORMATS,
    PathLike,
    format_for_path,
    formats_help,
)
from showgraph.graph import KnowledgeGraph

Writer = Callable[[KnowledgeGraph, IO[bytes]], None]


def _writer(fmt: str, base_iri: str) -> Writer:
    if fmt == "jsonl":
        return _write_jsonl_bytes
    if fmt == "graphml":
        return write_graphml
    if fmt in RDF_FORMATS:
        return lambda kg, out: write_rdf(kg, out, fmt, base_iri)
    raise ExportError(f"unknown format {fmt!r}; use one of {formats_help()}")


def _write_jsonl_bytes(kg: KnowledgeGraph, out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
    write_jsonl(kg, text)
    text.flush()
    text.detach()  # leave the caller's stream open


def write_graph(kg: KnowledgeGraph, target: PathLike | IO[bytes] | IO[str],
                fmt: str | None = None, base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Write the graph to a file or a stream in any of :data:`FORMATS`.

    A file is replaced atomically: it changes only once the whole graph has
    been written, and a failure leaves the previous file as it was.

    Args:
        kg: the graph to write.
        target: a path, or an open stream (binary, or text such as
            ``sys.stdout``; a text stream gets the output in one piece).
        fmt: a key of :data:`FORMATS`; for a path, by default its extension's.
        base_iri: the namespace RDF IRIs are minted in.

    Raises:
        ExportError: for an unknown format, a stream without one, a bad base
            IRI, or a file that cannot be written.

    >>> from showgraph.records import Article, ArticleExtraction, Entity
    >>> kg = KnowledgeGraph()
    >>> kg.add(ArticleExtraction(Article("a.txt", ""), (Entity("place/ru", "Russia", "Place"),)))
    >>> out = io.StringIO()
    >>> write_graph(kg, out, "jsonl")
    >>> import json
    >>> json.loads(out.getvalue())["name"]
    'Russia'
    """
    if isinstance(target, (str, os.PathLike)):
        writer = _writer(fmt or format_for_path(target), base_iri)
        with atomic_output(target) as out:
            writer(kg, out)
    elif fmt is None:
        raise ExportError(f"name the format to write to a stream; one of {formats_help()}")
    elif isinstance(target, io.TextIOBase):
        buffer = io.BytesIO()
        _writer(fmt, base_iri)(kg, buffer)
        target.write(buffer.getvalue().decode("utf-8"))
    else:
        _writer(fmt, base_iri)(kg, target)  # type: ignore[arg-type]


@contextmanager
def atomic_output(path: PathLike) -> Iterator[IO[bytes]]:
    """A binary file that replaces ``path`` only once it is written in full.

    The file is written beside ``path`` (the same file system, so
    :func:`os.replace` is atomic) under a hidden temporary name, then moved
    over it, keeping the old file's permissions. On any error the temporary
    file is removed and ``path`` is left as it was.

    Raises:
        ExportError: when the temporary file cannot be created.
    """
    target = Path(os.path.realpath(path))  # through a symlink, as open() would
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        out = open(temporary, "xb")  # noqa: SIM115 - closed below, before the replace
    except OSError as error:
        raise ExportError(
            f"cannot write {os.fspath(path)!r}: {error.strerror}; check that its folder "
            "exists and is writable"
        ) from error
    try:
        with out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            shutil.copymode(target, temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
