"""SPARQL as text: what a query may do, and values bound to it safely.

showgraph's queries are read-only and local. :func:`check_query` refuses
an update, and a query with a ``SERVICE`` pattern (it would make HTTP
requests), deciding on the query's tokens: a tokenizer that knows comments,
strings, IRIs and prefixed names. Whatever passes is run by pyoxigraph's
``query()``, which parses queries only and never runs an update.

Parameters are values for a query's variables, bound by :func:`bind_params`
as a ``VALUES`` row of escaped string literals: no value can change the query.

>>> check_query("PREFIX ex: <http://ex.org/> SELECT ?service { ?service ex:p 'SERVICE' }")
>>> check_query("delete where { ?s ?p ?o }")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
showgraph.errors.QueryError: updates are refused: showgraph query is read-only; ...
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from showgraph.errors import QueryError

_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD",
                    "WITH"}
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(r'''
      \#[^\r\n]*                                  # a comment
    | """(?:[^"\\]|\\.|"(?!""))*"""               # long strings
    | \'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
    | "(?:[^"\\\r\n]|\\.)*"                       # strings
    | '(?:[^'\\\r\n]|\\.)*'
    | <[^<>"{}|^`\\\x00-\x20]*>                   # an IRI
    | [?$]\w+                                     # a variable
    | [\w:.\-]+                                   # a keyword, prefixed name or number
    | \S                                          # punctuation
''', re.VERBOSE)
_BARE_WORD = re.compile(r"[A-Za-z]+")


def check_query(query: str) -> None:
    """Refuse an update, or a query that calls a remote endpoint with SERVICE.

    Decided on the query's tokens, so comments, strings, IRIs, variables and
    prefixed names never count: a bare ``SERVICE`` is always the keyword,
    and an update is told by its first keyword after the prologue. Whatever
    passes goes to pyoxigraph's ``query()``, which reads queries only, so
    this needs no grammar: rdflib's would cost a fifth of a second to load.

    Raises:
        QueryError: saying which, in one line.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    >>> check_query("select * { # a comment\\n Service <http://example.org/sparql> { ?s ?p ?o } }")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    showgraph.errors.QueryError: SERVICE is refused: showgraph queries only the local graph, ...
    """
    keywords = [t.upper() for t in sparql_tokens(query) if _BARE_WORD.fullmatch(t)]
    body = [k for k in keywords if k not in ("BASE", "PREFIX")]
    if body and body[0] in _UPDATE_KEYWORDS:
        _refuse_update()
    if "SERVICE" in keywords:
        _refuse_service()


def sparql_tokens(query: str) -> list[str]:
    """The query's tokens, without comments; strings, IRIs and variables are one token each.

    Unicode escapes are decoded first, as SPARQL does before parsing.

    >>> sparql_tokens('SERV\\\\u0049CE <http://x#y> { ?s ex:p "# no comment" } # done')
    ['SERVICE', '<http://x#y>', '{', '?s', 'ex:p', '"# no comment"', '}']
    """
    text = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    return [t for t in _TOKEN.findall(text) if not t.startswith("#")]


def _refuse_update() -> None:
    raise QueryError("updates are refused: showgraph query is read-only; "
                     "give a SELECT, ASK, CONSTRUCT or DESCRIBE query")


def _refuse_service() -> None:
    raise QueryError("SERVICE is refused: showgraph queries only the local graph, "
                     "and never makes network requests")


def bind_params(query: str, params: Mapping[str, str] | None) -> str:
    """The query with each parameter bound to its value at the top of its WHERE group.

    The values become one ``VALUES`` row of escaped string literals, so no
    value can change the query, and a parameter left out stays unbound
    (``BOUND($name)`` tells). pyoxigraph's own ``substitutions`` would be
    neater, but it binds only variables the SELECT projects. A subquery does
    not see the bound values.

    Raises:
        QueryError: for a name that is not a SPARQL variable name, or a query
            without a WHERE group.

    >>> print(bind_params('SELECT ?x WHERE { ?x ?p $v }', {"v": 'say "}"'}))
    SELECT ?x WHERE { VALUES (?v) { ("say \\"}\\"") } ?x ?p $v }
    """
    if not params:
        return query
    for name in params:
        if not _VARIABLE.fullmatch(name):
            raise QueryError(f"bad parameter name {name!r}: use letters, digits and _")
    at = _where_brace(query) + 1
    names = " ".join(f"?{name}" for name in params)
    values = " ".join(sparql_string(value) for value in params.values())
    return f"{query[:at]} VALUES ({names}) {{ ({values}) }}{query[at:]}"


_STRING_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def sparql_string(value: str) -> str:
    r"""A SPARQL string literal holding exactly ``value``.

    >>> print(sparql_string('a "quote", a \\ and a\nline'))
    "a \"quote\", a \\ and a\nline"
    """
    return '"' + value.translate(_STRING_ESCAPES) + '"'


def _where_brace(query: str) -> int:
    """Where the query's WHERE group opens: the "{" after WHERE, else the first outside ( )."""
    depth, first, after_where = 0, None, False
    for match in _TOKEN.finditer(query):
        token = match.group()
        if token in ("(", "{", "[") or token in (")", "}", "]"):
            if token == "{" and depth == 0 and (after_where or first is None):
                if after_where:
                    return match.start()
                first = match.start()
            depth += 1 if token in ("(", "{", "[") else -1
        elif depth == 0 and token.upper() == "WHERE":
            after_where = True
    if first is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    return first
