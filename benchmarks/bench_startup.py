"""Start-up: how long commands that parse nothing take, as fresh processes.

Median (and best) of several runs each of ``python -c pass`` (the
interpreter alone), ``showgraph --help``, ``showgraph extract --help`` and,
when this checkout has it, ``showgraph query`` on a small Turtle file
written by an extract run. Target: under half a second.

    PYTHONPATH=src python benchmarks/bench_startup.py --rounds 10
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, load_average, machine, median, run, showgraph, table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    from showgraph.cli import cli

    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "showgraph --help": showgraph("--help"),
        "showgraph extract --help": showgraph("extract", "--help"),
    }
    with tempfile.TemporaryDirectory() as tmp:
        if "query" in cli.commands:
            small = Path(tmp) / "small.ttl"
            run(showgraph("extract", str(ROOT / "data" / "articles" / "glass-orchard-casting.txt"),
                          "-o", str(small), "-q", "--no-cache"))
            commands["showgraph query (small file)"] = showgraph(
                "query", str(small), "-e", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.rounds):
            for name, command in commands.items():
                times[name].append(run(command).wall)
    print(f"machine: {machine()}; load average {load_average()}\n")
    rows = [[name, f"{median(v):.3f}", f"{min(v):.3f}"] for name, v in times.items()]
    if "query" not in cli.commands:
        rows.append(["showgraph query (small file)", "no query command in this checkout", ""])
    print(table(["command", "median s", "best s"], rows))


if __name__ == "__main__":
    main()
