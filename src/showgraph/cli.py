"""The ``showgraph`` command: a thin shell over the library.

Each command parses options, calls one library function, and turns what
goes wrong into one line on stderr and an exit status:

====  =====================================================================
0     every input was read, and the output written
1     some inputs were skipped (each named on stderr, the rest written);
      or an environment or internal error (no spaCy model, disk full)
2     a usage error: an unknown option or format, a bad date or base IRI,
      an output file that cannot be created; found before any work is done
130   interrupted (Ctrl-C); 143: terminated (SIGTERM). An ``-o`` file is
      left as it was
====  =====================================================================

``--debug`` shows the traceback instead of the one line.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from showgraph.errors import ShowgraphError
from showgraph.formats import DEFAULT_BASE_IRI

EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM
QUERY_FORMATS = ("table", "csv", "tsv", "json", "jsonl",
                 "turtle", "nt", "nquads", "trig", "json-ld")


class _Problems:
    """Collects input problems, printing each on stderr as it happens."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, problem) -> None:
        self.count += 1
        click.echo(f"showgraph: {problem}", err=True)


class _Terminated(SystemExit):
    """SIGTERM, raised as an exception so that ``finally`` blocks and
    :func:`showgraph.export.atomic_output` clean up as for Ctrl-C."""


def _terminate(signum, frame) -> None:
    raise _Terminated(EXIT_TERMINATED)


@contextmanager
def _reported(debug: bool, output: str | None = None) -> Iterator[None]:
    """Turn whatever stops a command into one line on stderr and an exit status."""
    kept = f"; {output} was left as it was" if output and output != "-" else ""
    try:
        yield
    except (KeyboardInterrupt, _Terminated) as stop:
        # Not re-raised under --debug: click would turn Ctrl-C into "Aborted!".
        if debug:
            traceback.print_exc()
        what, status = (("terminated", EXIT_TERMINATED) if isinstance(stop, _Terminated)
                        else ("interrupted", EXIT_INTERRUPTED))
        click.echo(f"showgraph: {what}{kept}", err=True)
        sys.exit(status)
    except (click.ClickException, click.exceptions.Exit, click.Abort):
        raise
    except ShowgraphError as error:
        if debug:
            raise
        raise click.ClickException(str(error)) from None
    except OSError as error:  # the machine's doing: a full disk, a vanished folder
        if debug:
            raise
        raise click.ClickException(f"{error}{kept}") from None
    except Exception as error:
        if debug:
            raise
        raise click.ClickException(
            f"internal error: {type(error).__name__}: {error}{kept} "
            "(run again with --debug for the traceback, and please report it)"
        ) from None


def _note(message: str) -> None:
    click.echo(f"showgraph: {message}", err=True)


def _fail(error: ShowgraphError, debug: bool) -> None:
    """A library error as one line on stderr and exit status 1 (the traceback with --debug)."""
    if debug:
        raise error
    raise click.ClickException(str(error)) from None


def _check_published(ctx, param, value: str | None) -> str | None:
    """The --published date in ISO form; a usage error (exit 2) when malformed."""
    from showgraph.articles import validate_published

    if value is None:
        return None
    try:
        return validate_published(value)
    except ShowgraphError as error:
        raise click.BadParameter(str(error)) from None


def _output_format(output: str | None, fmt: str | None) -> str:
    """The format to write, checked before any article is read."""
    from showgraph.formats import FORMATS, format_for_path

    if fmt is not None:
        if fmt not in FORMATS:
            raise click.BadParameter(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}",
                                     param_hint="'-f' / '--format'")
        return fmt
    if not output or output == "-":
        return "turtle"
    try:
        return format_for_path(output)
    except ShowgraphError as error:
        raise click.BadParameter(str(error), param_hint="'-o' / '--output'") from None


def _check_output(output: str | None) -> None:
    """Fail now, not after hours of extraction, when ``-o`` cannot be written."""
    if not output or output == "-":
        return
    folder = os.path.dirname(os.path.realpath(output))
    if not os.path.isdir(folder):
        problem = f"its folder {folder!r} does not exist"
    elif not os.access(folder, os.W_OK | os.X_OK):
        problem = f"its folder {folder!r} is not writable"
    else:
        return
    raise click.BadParameter(f"cannot write {output!r}: {problem}", param_hint="'-o' / '--output'")


def _check_base_iri(ctx, param, value: str) -> str:
    """The --base-iri, checked; a usage error (exit 2) when it cannot mint IRIs."""
    from showgraph.export.rdf import checked_base_iri

    try:
        return checked_base_iri(value)
    except ShowgraphError as error:
        raise click.BadParameter(str(error)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="showgraph")
def cli() -> None:
    """Extract a knowledge graph from entertainment articles, query and score it.

    \b
    Example:
        showgraph extract data/articles -o graph.ttl
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write; the format follows its extension. Default: standard output.")
@click.option("-f", "--format", "fmt", help="turtle, nt, nquads, trig, json-ld, jsonl or graphml.")
@click.option("--model", help="spaCy pipeline to use (default: en_core_web_sm if installed).")
@click.option("--published", help="Publication date (YYYY-MM-DD or YYYY-MM) for plain-text input.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True,
              help="Namespace of minted IRIs.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes that parse articles.")
@click.option("--cache-dir", type=click.Path(file_okay=False),
              help="Folder of the extraction cache. Default: $SHOWGRAPH_CACHE_DIR, "
                   "$XDG_CACHE_HOME/showgraph or ~/.cache/showgraph.")
@click.option("--no-cache", is_flag=True, help="Parse every article; read and write no cache.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Also add the graph to this Oxigraph store folder (made if need be), "
                   "replacing the articles it already holds; then nothing goes to standard "
                   "output unless -o - says so.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def extract(inputs, output, fmt, model, published, base_iri, jobs, cache_dir, no_cache, quiet,
            store_dir, debug) -> None:
    """Extract a knowledge graph from article files, folders, globs or - (stdin).

    An article parsed before, unchanged and by the same pipeline, is read
    from the cache instead of parsed again (--no-cache turns that off); the
    output is the same either way.

    A bad input is named on stderr and skipped; the rest is written, and the
    exit status is 1. The output file is replaced only once it is written in
    full: an error or Ctrl-C leaves the previous one as it was.

    \b
    Examples:
        showgraph extract data/articles -o graph.ttl
        showgraph extract news/*.html --published 2024-05 -f jsonl > graph.jsonl
        showgraph extract data/articles --store graph.db
        showgraph extract corpus/ -j 2 --cache-dir .showgraph-cache -o graph.ttl
    """
    problems = _Problems()
    # Options are checked inside the guard, not in click callbacks: a signal
    # during their first (slow) imports still ends in one line. Usage errors
    # pass through the guard unchanged (exit 2).
    with _reported(debug, output):
        published = _check_published(None, None, published)
        base_iri = _check_base_iri(None, None, base_iri)
        fmt = _output_format(output, fmt)
        _check_output(output)
        cache = None if no_cache else _open_cache(cache_dir)
        read = _extract_and_write(inputs, output, fmt, model, published, base_iri, jobs, quiet,
                                  problems, store_dir, cache)
    if problems.count:
        done = "the rest was written" if read else "nothing was read, so nothing was written"
        click.echo(f"showgraph: {problems.count} input(s) skipped; {done}", err=True)
        sys.exit(1)


@contextmanager
def _skipped_articles_reported(problems: _Problems):
    """Report each article the pipeline dropped as an input problem, in one line."""
    from showgraph.errors import ArticleSkipped

    with warnings.catch_warnings():
        warnings.simplefilter("always", ArticleSkipped)
        shown = warnings.showwarning

        def show(message, category, *args, **kwargs):
            if issubclass(category, ArticleSkipped):
                problems(message)
            else:
                shown(message, category, *args, **kwargs)

        warnings.showwarning = show
        yield


def _open_cache(cache_dir: str | None):
    from showgraph.cache import ExtractionCache

    return ExtractionCache(cache_dir, on_problem=_note)


def _extract_and_write(inputs, output, fmt, model, published, base_iri, jobs, quiet,
                       problems: _Problems, store_dir: str | None = None, cache=None) -> int:
    """Run the extraction, write the graph and add it to the store; the number of articles read.

    When inputs were given but none could be read, nothing is written: an
    empty graph would replace the previous ``-o`` file.
    """
    from contextlib import nullcontext

    from showgraph.api import build_graph
    from showgraph.articles import count_articles, iter_articles
    from showgraph.export import write_graph
    from showgraph.progress import progress_bar

    read = 0
    articles = iter_articles(list(inputs), published=published, on_error=problems)
    total = lambda: count_articles(list(inputs))  # noqa: E731 - counted only for a visible bar
    with cache or nullcontext(), progress_bar(disable=quiet, total=total) as tick, \
            _skipped_articles_reported(problems):
        def counted(article) -> None:
            nonlocal read
            read += 1
            tick(article)

        kg = build_graph(articles, model=model, n_process=jobs, progress=counted, cache=cache)
    if read == 0 and problems.count:
        return 0
    if store_dir:
        _add_to_store(store_dir, kg, base_iri, quiet)
    if output or not store_dir:
        target = output if output and output != "-" else getattr(sys.stdout, "buffer", sys.stdout)
        write_graph(kg, target, fmt, base_iri)
    return read


def _add_to_store(store_dir: str, kg, base_iri: str, quiet: bool) -> None:
    from showgraph.store import add_to_store, open_store

    change = add_to_store(open_store(store_dir), kg, base_iri)
    if not quiet:
        click.echo(f"showgraph: {change.articles} article(s) stored in {store_dir}, "
                   f"{change.replaced} of them replacing an earlier extraction", err=True)


@cli.command(name="eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--model", help="spaCy pipeline to use.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def eval_command(corpus, fmt, model, debug) -> None:
    """Score the extractor on a gold corpus (a folder with gold.jsonl).

    \b
    Example:
        showgraph eval data/articles -f json
    """
    from showgraph.api import evaluate

    with _reported(debug):
        result = evaluate(corpus, model=model)
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), indent=2))
        return
    click.echo(format_table(result))


def format_table(result) -> str:
    """Per-predicate rows, then the overall fact and entity lines (last, for `tail`)."""
    rows = [f"{'predicate':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for predicate, s in sorted(result.by_predicate.items()):
        rows.append(f"{predicate:<18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    for label, s in (("facts", result.facts), ("entities", result.entities)):
        rows.append(f"{label:<18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    return "\n".join(rows)


@cli.command()
@click.argument("args", nargs=-1, metavar="GRAPH... [QUERY_FILE]")
@click.option("-e", "--execute", "query_text", metavar="QUERY", help="The query, as text.")
@click.option("--named", metavar="NAME", help="A query shipped with showgraph (see --list).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="Bind $KEY to the string VALUE; repeatable.")
@click.option("-f", "--format", "fmt", type=click.Choice(QUERY_FORMATS),
              help="table (the default on a terminal), csv (the default otherwise), tsv, json, "
                   "jsonl; for CONSTRUCT and DESCRIBE turtle (the default), nt, nquads, trig, "
                   "json-ld.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop the query after this many seconds, loading included.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def query(args, query_text, named, params, fmt, timeout, list_queries, debug) -> None:
    """Run a read-only SPARQL query over RDF files and stores, as one dataset.

    GRAPH is an RDF file showgraph writes (.ttl .nt .nq .trig .jsonld) or a
    store folder (extract --store). The query is -e QUERY, --named NAME, or
    the last argument, a file. The prefixes schema: sg: prov: rdf: rdfs:
    xsd: need no declaration. Updates and SERVICE are refused.

    \b
    Examples:
        showgraph query graph.ttl -e 'SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name }'
        showgraph query graph.db --named cast --param work="The Glass Orchard"
        showgraph query a.nq b.ttl my-query.rq -f json --timeout 10
        showgraph query --list
    """
    from showgraph.named_queries import named_queries, run_named_query
    from showgraph.query import run_query
    from showgraph.results import default_format, write_result

    if list_queries:
        click.echo(format_named_queries(named_queries().values()), nl=False)
        return
    graphs, text = _query_arguments(args, query_text, named)
    values = dict(_parse_param(param) for param in params)
    try:
        if named:
            result = run_named_query(graphs, named, values, timeout=timeout)
        else:
            result = run_query(graphs, text, params=values, timeout=timeout)
        out = getattr(sys.stdout, "buffer", sys.stdout)
        write_result(result, out, fmt or default_format(result, sys.stdout.isatty()))
        out.flush()
    except ShowgraphError as error:
        _fail(error, debug)


def _query_arguments(args: tuple[str, ...], query_text: str | None,
                     named: str | None) -> tuple[list[str], str | None]:
    """The graphs, and the query's text unless it is a named one."""
    if query_text is not None and named:
        raise click.UsageError("give -e QUERY or --named NAME, not both")
    graphs = list(args)
    if query_text is None and not named:
        if len(graphs) < 2:
            raise click.UsageError("give GRAPH... then a QUERY_FILE, or -e QUERY, or --named NAME")
        path = graphs.pop()
        try:
            query_text = Path(path).read_text(encoding="utf-8")
        except OSError as error:
            raise click.UsageError(f"cannot read the query file {path!r}: {error.strerror}")
    if not graphs:
        raise click.UsageError("give at least one GRAPH: an RDF file or a store folder")
    return graphs, query_text


def _parse_param(text: str) -> tuple[str, str]:
    key, equals, value = text.partition("=")
    if not equals or not key:
        raise click.BadParameter(f"{text!r} is not KEY=VALUE", param_hint="--param")
    return key, value


def format_named_queries(queries) -> str:
    """One line a query, its name and description, then one a parameter."""
    lines = []
    for named in queries:
        lines.append(f"{named.name:<22} {named.description}")
        for param in named.params:
            need = " (required)" if param.required else ""
            lines.append(f"{'':<22}   --param {param.name}=...{need}: {param.help}")
    return "\n".join(lines) + "\n"


@cli.command()
@click.argument("store", type=click.Path(exists=True, file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 for every interface.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(1, 65535))
@click.option("--timeout", type=click.FloatRange(min=1), metavar="SECONDS",
              help="Abandon a query after this many seconds.")
@click.option("--read-write", is_flag=True, help="Accept SPARQL updates too (POST /update).")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def serve(store, host, port, timeout, read_write, debug) -> None:
    """Serve a store as a SPARQL 1.1 endpoint until interrupted, read-only by default.

    The endpoint is http://HOST:PORT/query (GET ?query=... or POST), for any
    SPARQL client; its first line of output is that URL. It runs the Oxigraph
    server (the oxigraph package). Stop it before writing into the store.

    \b
    Example:
        showgraph serve graph.db --port 7878
        curl http://127.0.0.1:7878/query --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 3'
    """
    import signal

    from showgraph.serve import start_server

    # SIGTERM would end Python at once, leaving the server running: exit through finally.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = None
    try:
        server = start_server(store, host, port, read_only=not read_write, timeout=timeout)
        click.echo(server.query_url)
        mode = "read-write" if read_write else "read-only"
        click.echo(f"showgraph: serving {store} ({mode}); Ctrl-C stops", err=True)
        server.wait()
    except ShowgraphError as error:
        _fail(error, debug)
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            server.stop()


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="showgraph")
