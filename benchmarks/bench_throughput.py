"""Throughput: the whole `showgraph extract` job against bare spaCy, and --jobs 1 vs 2.

Both sides read the same synthetic corpus (``corpus.py``: a few hundred
distinct articles of about 500 words) from .txt files and run as fresh
processes, timed from start to exit, so each pays its own start-up and
model loading:

- bare spaCy: ``spacy.load(<the same model>)`` and ``nlp.pipe(texts,
  batch_size=16, n_process=N)`` over the files' texts, every Doc consumed.
  This is the stock en_core_web_sm pipeline (tok2vec, tagger, parser,
  attribute_ruler, lemmatizer, ner), the physical limit the issue names.
- showgraph: ``showgraph extract DIR -o out.ttl --no-cache -q -j N``:
  reading, the same stock pipeline plus showgraph's six components,
  extraction, merging, the graph and the Turtle file.

The ratio is bare time / showgraph time (1.0: showgraph adds nothing).
Rounds alternate the two sides and both job counts. A second table splits
a one-process run's CPU time into the stock pipeline, showgraph's
components, extraction, the graph and the Turtle export, in one process
on the same Docs.

    PYTHONPATH=src python benchmarks/bench_throughput.py --articles 300 --rounds 3
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import load_average, machine, median, run, showgraph, table  # noqa: E402
from corpus import word_count, write_corpus  # noqa: E402

BARE = """
import sys
from pathlib import Path
import spacy
from showgraph.model import default_model
nlp = spacy.load(default_model())
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
for doc in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[2])):
    pass
"""


def throughput(folder: Path, words: int, jobs: list[int], rounds: int, batch_size: int) -> None:
    walls: dict[tuple[str, int], list[float]] = {}
    cpus: dict[tuple[str, int], list[float]] = {}
    out = folder.parent / "out.ttl"
    for number in range(rounds):
        for n in jobs:
            for side, command in (
                ("bare", [sys.executable, "-c", BARE, str(folder), str(n), str(batch_size)]),
                ("showgraph", showgraph("extract", str(folder), "-o", str(out), "--no-cache",
                                        "-q", "-j", str(n))),
            ):
                result = run(command)
                walls.setdefault((side, n), []).append(result.wall)
                cpus.setdefault((side, n), []).append(result.cpu)
                print(f"  round {number + 1}, jobs {n}, {side}: {result.wall:.1f} s wall, "
                      f"{result.cpu:.1f} s CPU (load {load_average()})", file=sys.stderr)
    rows = []
    for n in jobs:
        bare, sg = median(walls[("bare", n)]), median(walls[("showgraph", n)])
        best_bare, best_sg = min(walls[("bare", n)]), min(walls[("showgraph", n)])
        rows.append([n, f"{bare:.1f}", f"{words / bare:,.0f}", f"{sg:.1f}", f"{words / sg:,.0f}",
                     f"{bare / sg:.2f}", f"{best_bare / best_sg:.2f}",
                     f"{median(cpus[('bare', n)]) / median(cpus[('showgraph', n)]):.2f}"])
    print(table(["jobs", "bare spaCy s", "words/s", "showgraph s", "words/s",
                 "ratio (median)", "ratio (best)", "CPU-time ratio"], rows))
    if 1 in jobs and 2 in jobs:
        for side in ("bare", "showgraph"):
            one, two = median(walls[(side, 1)]), median(walls[(side, 2)])
            best = min(walls[(side, 1)]) / min(walls[(side, 2)])
            print(f"speed-up from 1 to 2 processes, {side}: {one / two:.2f} (median), "
                  f"{best:.2f} (best rounds)")


def breakdown(folder: Path, rounds: int) -> None:
    """CPU seconds of each stage, one process, the same Docs."""
    import io

    from spacy.tokens import DocBin

    from showgraph.export import write_graph
    from showgraph.extract import doc_to_extraction
    from showgraph.graph import KnowledgeGraph
    from showgraph.model import load_pipeline
    from showgraph.pipeline.factories import COMPONENTS
    from showgraph.articles import iter_articles

    articles = list(iter_articles([str(folder)]))
    nlp = load_pipeline()
    times: dict[str, list[float]] = {}

    def timed(stage: str, work):
        start = time.process_time()
        result = work()
        times.setdefault(stage, []).append(time.process_time() - start)
        return result

    for _ in range(rounds):
        with nlp.select_pipes(disable=list(COMPONENTS)):
            docs = timed("stock spaCy pipeline", lambda: list(nlp.pipe((a.text for a in articles), batch_size=16)))
        stored = DocBin(store_user_data=True, docs=docs).to_bytes()
        docs = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
        for name in COMPONENTS:
            component = nlp.get_pipe(name)
            docs = timed(name, lambda: [component(doc) for doc in docs])
        extractions = timed("extraction (doc_to_extraction)",
                            lambda: [doc_to_extraction(d, a) for d, a in zip(docs, articles)])
        kg = timed("graph (add, merge_aliases)",
                   lambda: _graph(KnowledgeGraph, extractions))
        timed("Turtle export", lambda: write_graph(kg, io.BytesIO(), "turtle"))
    stock = median(times["stock spaCy pipeline"])
    rows = [[stage, f"{median(v):.2f}", f"{median(v) / stock:.1%}"] for stage, v in times.items()]
    ours = sum(median(v) for stage, v in times.items() if stage != "stock spaCy pipeline")
    components = sum(median(times[name]) for name in COMPONENTS)
    rows.append(["showgraph components, all six", f"{components:.2f}", f"{components / stock:.1%}"])
    rows.append(["everything showgraph adds", f"{ours:.2f}", f"{ours / stock:.1%}"])
    print(table(["stage (one process)", "CPU s (median)", "of stock spaCy"], rows))


def _graph(cls, extractions):
    kg = cls().add_all(extractions)
    kg.merge_aliases()
    return kg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--no-breakdown", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        paths = write_corpus(folder, args.articles)
        words = word_count(p.read_text(encoding="utf-8") for p in paths)
        print(f"machine: {machine()}")
        print(f"corpus: {args.articles} synthetic articles, {words:,} words; "
              f"{args.rounds} rounds; load average at start {load_average()}\n")
        throughput(folder, words, args.jobs, args.rounds, args.batch_size)
        if not args.no_breakdown:
            print()
            breakdown(folder, args.rounds)


if __name__ == "__main__":
    main()
