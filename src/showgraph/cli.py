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

import click

from showgraph.errors import ShowgraphError

DEFAULT_BASE_IRI = "https://showgraph.dev/id/"
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_TERMINATED = 128 + signal.SIGTERM


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


def _check_published(ctx, param, value: str | None) -> str | None:
    from showgraph.articles import validate_published

    if value is None:
        return None
    try:
        return validate_published(value)
    except ShowgraphError as error:
        raise click.BadParameter(str(error)) from None


def _output_format(output: str | None, fmt: str | None) -> str:
    """The format to write, checked before any article is read."""
    from showgraph.export import FORMATS, format_for_path

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
@click.option("--published", callback=_check_published,
              help="Publication date (YYYY-MM-DD or YYYY-MM) for plain-text input.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, callback=_check_base_iri,
              help="Namespace of minted IRIs.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="spaCy worker processes.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def extract(inputs, output, fmt, model, published, base_iri, jobs, quiet, debug) -> None:
    """Extract a knowledge graph from article files, folders, globs or - (stdin).

    A bad input is named on stderr and skipped; the rest is written, and the
    exit status is 1. The output file is replaced only once it is written in
    full: an error or Ctrl-C leaves the previous one as it was.

    \b
    Examples:
        showgraph extract data/articles -o graph.ttl
        showgraph extract news/*.html --published 2024-05 -f jsonl > graph.jsonl
    """
    fmt = _output_format(output, fmt)
    _check_output(output)
    problems = _Problems()
    with _reported(debug, output):
        read = _extract_and_write(inputs, output, fmt, model, published, base_iri, jobs, quiet,
                                  problems)
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


def _extract_and_write(inputs, output, fmt, model, published, base_iri, jobs, quiet,
                       problems: _Problems) -> int:
    """Run the extraction and write the graph; the number of articles read.

    When inputs were given but none could be read, nothing is written: an
    empty graph would replace the previous ``-o`` file.
    """
    from showgraph.api import build_graph
    from showgraph.articles import iter_articles
    from showgraph.export import write_graph
    from showgraph.progress import progress_bar

    read = 0
    articles = iter_articles(list(inputs), published=published, on_error=problems)
    with progress_bar(disable=quiet) as tick, _skipped_articles_reported(problems):
        def counted(article) -> None:
            nonlocal read
            read += 1
            tick(article)

        kg = build_graph(articles, model=model, n_process=jobs, progress=counted)
    if read == 0 and problems.count:
        return 0
    target = output if output and output != "-" else getattr(sys.stdout, "buffer", sys.stdout)
    write_graph(kg, target, fmt, base_iri)
    return read


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


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    cli(prog_name="showgraph")
