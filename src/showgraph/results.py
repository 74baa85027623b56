"""Query results written out: a table, CSV, TSV, SPARQL JSON or JSON Lines; RDF for graphs.

Every tabular format is one streaming generator, :func:`output_rows`, which
yields the output a piece at a time as the solutions come (the table alone
waits for all rows, to size its columns). CONSTRUCT and DESCRIBE results are
RDF, written by pyoxigraph with showgraph's prefixes.

- ``csv``: the W3C SPARQL 1.1 CSV results format: plain values, a header of
  variable names.
- ``tsv``: the W3C SPARQL 1.1 TSV results format: RDF terms as in N-Triples
  (``<iri>``, ``"text"``, typed literals), a header of ``?variables``.
- ``json``: the W3C SPARQL 1.1 JSON results format.
- ``jsonl``: one JSON object a solution, plain values (numbers as numbers,
  null where unbound), for ``pandas.read_json(lines=True)``.
- ``table``: aligned columns for a terminal; vocabulary IRIs shortened with
  showgraph's prefixes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any

import pyoxigraph as ox

from showgraph.errors import QueryError
from showgraph.formats import RDF_FORMATS
from showgraph.query import QueryResult, plain_value
from showgraph.vocab import PREFIXES

TABLE_FORMATS = ("table", "csv", "tsv", "json", "jsonl")
GRAPH_FORMATS = tuple(RDF_FORMATS)
_MAX_CELL = 80


def default_format(result: QueryResult, terminal: bool) -> str:
    """Turtle for a graph; else a table on a terminal, CSV elsewhere."""
    if result.kind == "graph":
        return "turtle"
    return "table" if terminal else "csv"


def write_result(result: QueryResult, out: IO[bytes], fmt: str) -> None:
    """Write a result to a binary stream in a format that suits its kind.

    Raises:
        QueryError: for a format that does not suit the result, saying which would.

    >>> from showgraph.query import QueryResult
    >>> out = io.BytesIO()
    >>> write_result(QueryResult(boolean=True), out, "json")
    >>> out.getvalue()
    b'{"head": {}, "boolean": true}\\n'
    """
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise QueryError(f"a CONSTRUCT or DESCRIBE query gives RDF; use -f one of "
                             f"{', '.join(GRAPH_FORMATS)}")
        ox.serialize(result.triples or (), out, RDF_FORMATS[fmt], prefixes=PREFIXES)
        return
    if fmt not in TABLE_FORMATS:
        raise QueryError(f"a SELECT or ASK query gives solutions; use -f one of "
                         f"{', '.join(TABLE_FORMATS)}")
    for piece in output_rows(result, fmt):
        out.write(piece.encode("utf-8"))


def output_rows(result: QueryResult, fmt: str) -> Iterator[str]:
    """The SELECT or ASK result in a tabular format, a piece at a time.

    >>> from showgraph.query import QueryResult
    >>> result = QueryResult(variables=["n"], solutions=iter([{"n": ox.Literal("1")}]))
    >>> list(output_rows(result, "jsonl"))
    ['{"n": "1"}\\n']
    """
    if result.kind == "boolean":
        yield from _boolean_rows(bool(result.boolean), fmt)
        return
    solutions = result.solutions or iter(())
    variables = result.variables
    terms = ([solution[name] for name in variables] for solution in solutions)
    if fmt == "json":
        yield from _json_rows(variables, terms)
    elif fmt == "jsonl":
        for row in terms:
            yield json.dumps(dict(zip(variables, map(plain_value, row))), ensure_ascii=False) + "\n"
    elif fmt == "csv":
        yield _csv_line(variables)
        for row in terms:
            yield _csv_line(["" if term is None else plain_value(term) for term in row])
    elif fmt == "tsv":
        yield "\t".join(f"?{name}" for name in variables) + "\n"
        for row in terms:
            yield "\t".join("" if term is None else str(term) for term in row) + "\n"
    elif fmt == "table":
        yield from _table_rows(variables, terms)
    else:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(TABLE_FORMATS)}")


def _boolean_rows(answer: bool, fmt: str) -> Iterator[str]:
    if fmt == "json":
        yield json.dumps({"head": {}, "boolean": answer}) + "\n"
    elif fmt == "jsonl":
        yield json.dumps({"boolean": answer}) + "\n"
    else:
        yield ("true" if answer else "false") + "\n"


def _csv_line(values: list[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)  # CRLF line ends, as RFC 4180 and the W3C format say
    return buffer.getvalue()


def _json_rows(variables: list[str], terms: Iterator[list[Any]]) -> Iterator[str]:
    yield json.dumps({"head": {"vars": variables}})[:-1] + ', "results": {"bindings": ['
    for index, row in enumerate(terms):
        binding = {name: json_term(term) for name, term in zip(variables, row) if term is not None}
        yield ("," if index else "") + "\n" + json.dumps(binding, ensure_ascii=False)
    yield "\n]}}\n"


def json_term(term: Any) -> dict[str, Any]:
    """One RDF term in the W3C SPARQL 1.1 JSON results format.

    >>> json_term(ox.Literal("Arisa", language="en"))
    {'type': 'literal', 'value': 'Arisa', 'xml:lang': 'en'}
    """
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        encoded = {"type": "literal", "value": term.value}
        if term.language:
            encoded["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            encoded["datatype"] = term.datatype.value
        return encoded
    return {"type": "triple", "value": {  # an RDF 1.2 triple term
        "subject": json_term(term.subject), "predicate": json_term(term.predicate),
        "object": json_term(term.object)}}


def _table_rows(variables: list[str], terms: Iterator[list[Any]]) -> Iterator[str]:
    rows = [[_cell(term) for term in row] for row in terms]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(variables)]
    yield _table_line(variables, widths)
    yield _table_line(["-" * width for width in widths], widths)
    for row in rows:
        yield _table_line(row, widths)


def _table_line(cells: list[str], widths: list[int]) -> str:
    return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip() + "\n"


def _cell(term: Any) -> str:
    if term is None:
        return ""
    text = str(plain_value(term))
    if isinstance(term, ox.NamedNode):
        text = _shorten(text)
    text = " ".join(text.split())  # one line per row
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _shorten(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and iri != namespace:
            return f"{prefix}:{iri[len(namespace):]}"
    return iri
