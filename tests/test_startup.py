"""Start-up: commands that parse nothing must not pay for spaCy.

Behaviour, not timing: the benchmarks (benchmarks/bench_startup.py) time it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
HEAVY = ("spacy", "thinc", "torch", "rdflib", "pandas", "networkx", "trafilatura", "dateparser")

PROBE = """
import sys
from showgraph.cli import cli
for args in [["--help"]] + [[name, "--help"] for name in cli.commands]:
    try:
        cli(args, prog_name="showgraph")
    except SystemExit as stop:
        assert stop.code in (0, None), (args, stop.code)
print("imported:", sorted(m for m in {heavy!r} if m in sys.modules))
"""


def test_startup_help_of_every_command_imports_nothing_heavy():
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY)],
                            capture_output=True, text=True, env=env, check=True)
    assert "Usage: showgraph extract" in result.stdout
    assert result.stdout.splitlines()[-1] == "imported: []"


def test_startup_importing_the_package_imports_nothing_heavy():
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    probe = f"import showgraph, showgraph.cli, sys; print([m for m in {HEAVY!r} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, check=True)
    assert result.stdout.strip() == "[]"


QUERY_PROBE = """
import sys
from showgraph.cli import cli
try:
    cli(["query", sys.argv[1], "-e", "SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}", "-f", "csv"],
        prog_name="showgraph")
except SystemExit as stop:
    assert stop.code in (0, None), stop.code
print("imported:", sorted(m for m in {heavy!r} if m in sys.modules))
"""
# rdflib's namespaces come with showgraph's prefixes; its SPARQL grammar,
# the graph and the export machinery must not.
QUERY_HEAVY = ("spacy", "thinc", "pandas", "networkx", "rdflib.plugins.sparql", "pyparsing",
               "showgraph.graph", "showgraph.export", "showgraph.store")


def test_startup_querying_a_file_loads_neither_the_graph_nor_a_sparql_grammar(tmp_path):
    graph = tmp_path / "small.nt"
    graph.write_text('<https://ex.org/a> <https://schema.org/name> "A" .\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    result = subprocess.run([sys.executable, "-c", QUERY_PROBE.format(heavy=QUERY_HEAVY),
                             str(graph)], capture_output=True, text=True, env=env, check=True)
    lines = result.stdout.splitlines()
    assert lines[:2] == ["n", "1"]
    assert lines[-1] == "imported: []"
