"""Memory: peak RSS of `showgraph extract` on 1,000 and 10,000 articles of about 500 words.

For each size, two runs of ``showgraph extract DIR -o out.ttl -q -j N
--cache-dir C``, each in a fresh process that reports its own peak RSS
(``getrusage``; the largest worker's too when N > 1):

- cold: an empty cache, so every article is read, parsed by spaCy,
  extracted, merged into the graph and written as Turtle;
- warm: the same corpus again, every extraction from the cache, so no
  spaCy at all: what the graph, the cache and the export cost alone.

Streaming means the peak should follow the graph (its triples are
shown), not the text read (shown in MB): ten times the articles should
cost far less than ten times the memory over the pipeline's own.

    PYTHONPATH=src python benchmarks/bench_memory.py --sizes 1000 10000 --jobs 2
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import load_average, machine, run, table  # noqa: E402
from corpus import write_corpus  # noqa: E402

MEASURED = """
import json, resource, sys
from showgraph.cli import main
sys.argv = ["showgraph", *sys.argv[1:]]
try:
    main()
except SystemExit as stop:
    if stop.code not in (0, None):
        raise
usage = resource.getrusage
print(json.dumps({"main": usage(resource.RUSAGE_SELF).ru_maxrss,
                  "worker": usage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def measure(folder: Path, out: Path, cache: Path, jobs: int) -> tuple[float, dict]:
    result = run([sys.executable, "-c", MEASURED, "extract", str(folder), "-o", str(out), "-q",
                  "-j", str(jobs), "--cache-dir", str(cache)])
    peaks = json.loads(result.stdout.strip().splitlines()[-1])
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform != "darwin" else 1024 ** 3
    return result.wall, {key: value * 1024 / scale for key, value in peaks.items()}


def triples(path: Path) -> int:
    import pyoxigraph

    with path.open("rb") as file:
        return sum(1 for _ in pyoxigraph.parse(file, format=pyoxigraph.RdfFormat.TURTLE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(f"jobs {args.jobs}; load average at start {load_average()}\n")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder, cache = Path(tmp) / f"corpus-{size}", Path(tmp) / f"cache-{size}"
            paths = write_corpus(folder, size)
            text_mb = sum(p.stat().st_size for p in paths) / 1024 ** 2
            words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
            out = Path(tmp) / f"out-{size}.ttl"
            for kind in ("cold", "warm"):
                wall, peaks = measure(folder, out, cache, args.jobs)
                worker = f"{peaks['worker']:.0f}" if args.jobs > 1 and kind == "cold" else "-"
                rows.append([f"{size:,}", kind, f"{words:,}", f"{text_mb:.1f}",
                             f"{triples(out):,}", f"{out.stat().st_size / 1024 ** 2:.1f}",
                             f"{peaks['main']:.0f}", worker, f"{wall:.1f}"])
                print(f"  {size} {kind}: main {peaks['main']:.0f} MB, worker {worker} MB, "
                      f"{wall:.0f} s (load {load_average()})", file=sys.stderr)
            for path in paths:
                path.unlink()
    print(table(["articles", "run", "words", "text MB", "triples out", "Turtle MB",
                 "peak RSS main MB", "peak RSS per worker MB", "wall s"], rows))


if __name__ == "__main__":
    main()
