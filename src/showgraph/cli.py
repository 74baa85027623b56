"""The ``showgraph`` command: a thin shell over the library.

Each command parses options, calls one library function, and turns
:class:`showgraph.errors.ShowgraphError` into a one-line message with exit
status 2 (usage) or 1 (some input failed). ``--debug`` shows tracebacks.
"""

from __future__ import annotations

import json
import sys

import click

from showgraph.errors import ShowgraphError

DEFAULT_BASE_IRI = "https://showgraph.dev/id/"


class _Problems:
    """Collects input problems, printing each on stderr as it happens."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, problem) -> None:
        self.count += 1
        click.echo(f"showgraph: {problem}", err=True)


def _fail(error: Exception, debug: bool) -> None:
    if debug:
        raise error
    raise click.ClickException(str(error))


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
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, help="Namespace of minted IRIs.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64),
              help="spaCy worker processes.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--debug", is_flag=True, help="Show tracebacks.")
def extract(inputs, output, fmt, model, published, base_iri, jobs, quiet, debug) -> None:
    """Extract a knowledge graph from article files, folders, globs or - (stdin).

    \b
    Examples:
        showgraph extract data/articles -o graph.ttl
        showgraph extract news/*.html --published 2024-05 -f jsonl > graph.jsonl
    """
    from showgraph.api import build_graph
    from showgraph.articles import iter_articles
    from showgraph.export import format_for_path, write_graph
    from showgraph.progress import progress_bar

    problems = _Problems()
    try:
        fmt = fmt or (format_for_path(output) if output and output != "-" else "turtle")
        articles = iter_articles(list(inputs), published=published, on_error=problems)
        with progress_bar(disable=quiet) as tick:
            kg = build_graph(articles, model=model, n_process=jobs, progress=tick)
        target = output if output and output != "-" else getattr(sys.stdout, "buffer", sys.stdout)
        write_graph(kg, target, fmt, base_iri)
    except ShowgraphError as error:
        _fail(error, debug)
    if problems.count:
        click.echo(f"showgraph: {problems.count} input(s) skipped; the rest was written", err=True)
        sys.exit(1)


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

    try:
        result = evaluate(corpus, model=model)
    except ShowgraphError as error:
        _fail(error, debug)
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
    cli(prog_name="showgraph")
