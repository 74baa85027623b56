"""Measure accuracy on the corpora and rewrite the README's accuracy section.

    python scripts/update_accuracy.py            # rewrite README.md in place
    python scripts/update_accuracy.py --print    # print the section only

Corpora: the bundled data/articles, and ../shared/corpus/news-dev and
../shared/corpus/redocred-dev when they are beside the checkout. The section
between the README's accuracy markers is replaced; nothing else is touched.
"""

from __future__ import annotations

import argparse
import platform
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = {
    "data/articles": ROOT / "data" / "articles",
    "news-dev": ROOT.parent / "shared" / "corpus" / "news-dev",
    "redocred-dev": ROOT.parent / "shared" / "corpus" / "redocred-dev",
}
START, END = "<!-- accuracy:start -->", "<!-- accuracy:end -->"


def measure(corpora: dict[str, Path]) -> dict[str, object]:
    """Evaluate every corpus that exists, with one loaded pipeline."""
    from showgraph.evaluate import evaluate_corpus
    from showgraph.model import load_pipeline

    nlp = load_pipeline()
    return {name: evaluate_corpus(path, nlp=nlp) for name, path in corpora.items() if path.is_dir()}


def render(results: dict[str, object], model: str) -> str:
    """The markdown section: overall scores, then per predicate for every corpus."""
    lines = [START, "", f"Measured by `scripts/update_accuracy.py` with {model} "
             f"(Python {platform.python_version()}).", "",
             "| corpus | fact P | fact R | fact F1 | entity F1 |", "| --- | --- | --- | --- | --- |"]
    for name, result in results.items():
        f, e = result.facts, result.entities
        lines.append(f"| {name} | {f.precision:.3f} | {f.recall:.3f} | {f.f1:.3f} | {e.f1:.3f} |")
    names = list(results)
    lines += ["", "Per predicate (P / R / F1, and gold count):", "",
              "| predicate | " + " | ".join(names) + " |",
              "| --- |" + " --- |" * len(names)]
    predicates = sorted({p for r in results.values() for p in r.by_predicate})
    for predicate in predicates:
        cells = [_cell(results[n].by_predicate.get(predicate)) for n in names]
        lines.append(f"| {predicate} | " + " | ".join(cells) + " |")
    return "\n".join(lines + ["", END])


def _cell(score) -> str:
    if score is None or score.tp + score.fn + score.fp == 0:
        return "-"
    return f"{score.precision:.2f} / {score.recall:.2f} / {score.f1:.2f} ({score.tp + score.fn})"


def replace_section(readme: str, section: str) -> str:
    """Swap the text between the markers; fail loudly when they are missing."""
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(readme):
        raise SystemExit(f"README.md has no {START} ... {END} markers")
    return pattern.sub(lambda _: section, readme)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--print", action="store_true", help="print the section, leave README alone")
    args = parser.parse_args()
    from showgraph.model import default_model

    section = render(measure(CORPORA), default_model())
    if args.print:
        print(section)
        return
    readme = ROOT / "README.md"
    readme.write_text(replace_section(readme.read_text(encoding="utf-8"), section), encoding="utf-8")
    print(section)


if __name__ == "__main__":
    main()
