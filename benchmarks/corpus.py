"""A synthetic benchmark corpus, recombined from the team's own sample articles.

Each generated article joins two of the invented articles in
``data/articles`` (the first one's headline and paragraphs, then the second
one's paragraphs) to about 500 words, and renames every person and
character consistently (full name, first name alone, surname alone) with a
first name and a surname drawn from all the sample articles' names. The
result reads like an article, has new people in it (so the graph grows as
a real corpus's would), and is the same for the same seed.

Nothing is committed: the benchmarks write the corpus to a temporary folder.

>>> articles = synthetic_articles(3)
>>> [a.id for a in articles]
['synthetic-00000.txt', 'synthetic-00001.txt', 'synthetic-00002.txt']
>>> 350 < len(articles[0].text.split()) < 700
True
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from showgraph.records import Article

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "articles"
TITLES = {"Father", "Mr.", "Mrs.", "Ms.", "Dr."}


@dataclass(frozen=True)
class _Sample:
    paragraphs: tuple[str, ...]
    names: tuple[str, ...]  # two-word person and character names
    published: str | None


def _samples() -> list[_Sample]:
    samples = []
    for line in (SAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (SAMPLES / gold["doc"]).read_text(encoding="utf-8")
        names = tuple(
            e["name"] for e in gold["entities"]
            if e["type"] in ("Person", "Character") and len(e["name"].split()) == 2
            and e["name"].split()[0] not in TITLES
        )
        paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
        samples.append(_Sample(paragraphs, names, gold.get("published")))
    return samples


def _renamer(names: set[str], firsts: list[str], lasts: list[str], rng: random.Random):
    """A function renaming each person consistently: "Marisol Vantreece", "Vantreece", "Marisol"."""
    mapping: dict[str, str] = {}
    for name in sorted(names):
        first, last = name.split()
        mapping.setdefault(first, rng.choice(firsts))
        mapping.setdefault(last, rng.choice(lasts))
    words = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    return lambda text: pattern.sub(lambda m: mapping[m.group(1)], text)


def synthetic_articles(count: int, seed: int = 0) -> list[Article]:
    """``count`` distinct articles of about 500 words each."""
    samples = _samples()
    all_names = sorted({n for s in samples for n in s.names})
    firsts = sorted({n.split()[0] for n in all_names})
    lasts = sorted({n.split()[1] for n in all_names})
    articles = []
    for number in range(count):
        rng = random.Random(f"{seed}:{number}")
        first, second = rng.sample(samples, 2)
        rename = _renamer(set(first.names) | set(second.names), firsts, lasts, rng)
        text = "\n\n".join(first.paragraphs + second.paragraphs[1:]) + "\n"
        articles.append(Article(f"synthetic-{number:05d}.txt", rename(text), first.published))
    return articles


def write_corpus(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """Write ``count`` articles as .txt files into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in synthetic_articles(count, seed):
        path = folder / article.id
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def word_count(texts) -> int:
    return sum(len(text.split()) for text in texts)
