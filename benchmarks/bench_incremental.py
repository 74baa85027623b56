"""Incremental runs: a corpus of 1,000 articles, then the same corpus with one changed.

Three timed runs of ``showgraph extract DIR -o out.ttl -q -j N``, each a
fresh process:

1. cold: an empty cache folder; every article is parsed (and stored);
2. warm, one article changed: its text edited, everything else as before;
3. warm, nothing changed.

Then a run with ``--no-cache`` over the changed corpus, whose output the
warm run's must equal byte for byte. The figure the issue asks for is
cold time / warm-with-one-change time (target: at least 50).

    PYTHONPATH=src python benchmarks/bench_incremental.py --articles 1000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import load_average, machine, median, run, showgraph, table  # noqa: E402
from corpus import word_count, write_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--warm-rounds", type=int, default=5,
                        help="repetitions of each warm run (the cold run is done once)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        folder, cache = tmp_path / "corpus", tmp_path / "cache"
        paths = write_corpus(folder, args.articles)
        words = word_count(p.read_text(encoding="utf-8") for p in paths)
        print(f"machine: {machine()}")
        print(f"corpus: {args.articles} synthetic articles, {words:,} words; jobs {args.jobs}; "
              f"load average at start {load_average()}\n")

        def extract(out: str, *options: str):
            return run(showgraph("extract", str(folder), "-o", str(tmp_path / out), "-q",
                                 "-j", str(args.jobs), *options))

        cold = extract("cold.ttl", "--cache-dir", str(cache))
        print(f"  cold: {cold.wall:.1f} s (load {load_average()})", file=sys.stderr)
        changed = paths[len(paths) // 2]
        original = changed.read_text(encoding="utf-8")
        one_changed, unchanged = [], []
        for number in range(args.warm_rounds):
            # Each round edits the same article differently, so that it misses every time.
            changed.write_text(original.replace(" the ", f" the {number + 1} ", 1),
                               encoding="utf-8")
            one_changed.append(extract("warm.ttl", "--cache-dir", str(cache)))
            unchanged.append(extract("warm-again.ttl", "--cache-dir", str(cache)))
            print(f"  round {number + 1}: one changed {one_changed[-1].wall:.2f} s, "
                  f"none changed {unchanged[-1].wall:.2f} s", file=sys.stderr)
        reference = extract("reference.ttl", "--no-cache")
        same = (tmp_path / "warm.ttl").read_bytes() == (tmp_path / "reference.ttl").read_bytes()
        same_again = (tmp_path / "warm-again.ttl").read_bytes() == (tmp_path / "reference.ttl").read_bytes()
        warm = median(r.wall for r in one_changed)
        rows = [
            ["cold (empty cache)", f"{cold.wall:.2f}", f"{cold.cpu:.2f}", "1"],
            ["warm, one article changed", f"{warm:.2f}",
             f"{median(r.cpu for r in one_changed):.2f}", f"{cold.wall / warm:.0f}x faster"],
            ["warm, nothing changed", f"{median(r.wall for r in unchanged):.2f}",
             f"{median(r.cpu for r in unchanged):.2f}",
             f"{cold.wall / median(r.wall for r in unchanged):.0f}x faster"],
            ["--no-cache (reference)", f"{reference.wall:.2f}", f"{reference.cpu:.2f}", ""],
        ]
        print(table(["run", "wall s (median)", "CPU s", "vs cold"], rows))
        print(f"warm output identical to a --no-cache run: {same and same_again}")
        print(f"best warm round (one changed): {cold.wall / min(r.wall for r in one_changed):.0f}x "
              f"faster than cold")


if __name__ == "__main__":
    main()
