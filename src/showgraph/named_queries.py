"""The queries shipped with showgraph: ``showgraph/queries/NAME.rq``.

Each file starts with comment lines: ``# description: ...`` first, one line
that ``showgraph query --list`` shows, then one ``# param NAME: ...`` per
parameter, ``(required)`` before the colon of those that must be given.
A parameter is the query variable of that name (``$name``), bound by
:func:`showgraph.sparql.bind_params`; left out, it stays unbound, and the
query tests ``BOUND($name)``.

>>> sorted(named_queries())[:3]
['cast', 'co-stars', 'credits']
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from showgraph.errors import QueryError
from showgraph.query import QueryResult, Source, run_query


@dataclass(frozen=True)
class Param:
    """A named query's parameter: a variable it expects bound."""

    name: str
    help: str
    required: bool


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped with showgraph, read from ``showgraph/queries/NAME.rq``."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str

    def bind(self, values: Mapping[str, str] | None) -> dict[str, str]:
        """Check parameter values against what the query takes.

        Raises:
            QueryError: for an unknown parameter or a missing required one.
        """
        values = dict(values or {})
        known = {param.name for param in self.params}
        takes = ", ".join(sorted(known)) or "no parameters"
        for name in values:
            if name not in known:
                raise QueryError(f"the query {self.name!r} has no parameter {name!r}; "
                                 f"it takes {takes}")
        for param in self.params:
            if param.required and param.name not in values:
                raise QueryError(f"the query {self.name!r} needs --param {param.name}=VALUE "
                                 f"({param.help})")
        return values


_HEADER = re.compile(r"#\s*(?:(description)|param\s+(\w+)\s*(\(required\))?)\s*:\s*(.*)")


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Read a named query's header comments.

    Raises:
        QueryError: when the first line is not its description.

    >>> q = parse_named_query("q", "# description: All.\\n# param x (required): an x\\nSELECT *")
    >>> q.description, q.params
    ('All.', (Param(name='x', help='an x', required=True),))
    """
    lines = text.splitlines()
    first = _HEADER.fullmatch(lines[0].strip()) if lines else None
    if not first or not first.group(1):
        raise QueryError(f"the named query {name!r} must start with '# description: ...'")
    params = tuple(
        Param(match.group(2), match.group(4).strip(), bool(match.group(3)))
        for match in map(_HEADER.fullmatch, (line.strip() for line in lines[1:]))
        if match and match.group(2)
    )
    return NamedQuery(name, first.group(4).strip(), params, text)


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped in ``showgraph/queries``, by name.

    >>> "cast" in named_queries()
    True
    """
    folder = resources.files("showgraph").joinpath("queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name.removesuffix(".rq")
            found[name] = parse_named_query(name, entry.read_text(encoding="utf-8"))
    return found


def named_query(name: str) -> NamedQuery:
    """One shipped query by name.

    Raises:
        QueryError: for an unknown name, listing the known ones.
    """
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; `showgraph query --list` shows them: "
                         f"{', '.join(queries)}")
    return queries[name]


def run_named_query(sources: Sequence[Source], name: str,
                    params: Mapping[str, str] | None = None, **options: Any) -> QueryResult:
    """Run a shipped query; see :func:`run_query` for the options.

    Raises:
        QueryError: for an unknown query or parameter, a missing required one,
            or any error :func:`run_query` raises.
    """
    named = named_query(name)
    return run_query(sources, named.text, params=named.bind(params), **options)

