"""Benchmark: showgraph's queries and RDF writers against pyoxigraph used directly.

Builds a synthetic KnowledgeGraph of showgraph's shape (articles about works,
with casts, crews, networks, studios, distributors, dates and executives,
each fact with evidence, many facts stated by several articles) whose Turtle
export holds about a million triples, stores it, and measures side by side:

- three named queries through ``showgraph.named_queries.run_named_query``
  (the read-only check, parameter binding, plain Python values) against
  ``Store.query`` on the same open store, reading every value;
- writing Turtle and N-Triples of the KnowledgeGraph through
  ``showgraph.export.write_graph`` against pyoxigraph used directly on the
  same graph: its terms made from the graph's RDF triples, then
  ``pyoxigraph.serialize``; and against ``pyoxigraph.serialize`` alone, of
  triples already made, which spares it turning the graph into RDF.

Run it from the repository, in a few minutes::

    PYTHONPATH=src python benchmarks/bench_query.py            # ~1M triples
    PYTHONPATH=src python benchmarks/bench_query.py --articles 300 --runs 3
    PYTHONPATH=src python benchmarks/bench_query.py --rdflib   # and rdflib's Turtle, once

It prints a Markdown table: medians in seconds and showgraph / pyoxigraph.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from showgraph.export import write_graph
from showgraph.export.rdf import Lit, rdf_quads
from showgraph.graph import KnowledgeGraph
from showgraph.named_queries import named_query, run_named_query
from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source
from showgraph.sparql import bind_params
from showgraph.store import MENTIONS, add_to_store, open_store
from showgraph.vocab import PREFIXES

QUERIES = [("co-stars", {}), ("multiple-roles", {}), ("premieres", {"from": "2015", "to": "2019"})]
NETWORKS = ["HBO", "Netflix", "Hulu", "FX", "AMC", "BBC One", "Channel 4", "Apple TV+",
            "Prime Video", "Paramount+", "Peacock", "Disney+", "ITV", "Showtime", "Starz"]
JOBS = ["president", "chief executive", "head of drama", "head of comedy", "chairman"]


class Corpus:
    """Pools of names shared by the articles, so that entities recur across them."""

    def __init__(self, articles: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.works = max(1, articles // 3)  # three articles a work, on average
        self.people = max(20, articles * 2)
        self.studios = max(5, articles // 20)
        self.distributors = max(5, articles // 60)

    def extraction(self, index: int) -> ArticleExtraction:
        """One article: a work, its cast and crew, a network, a date, an executive."""
        rng = self.rng
        work_no = rng.randrange(self.works)
        article = Article(f"news/{index:06d}.txt", "", published=f"20{rng.randrange(10, 25)}-0"
                          f"{rng.randrange(1, 10)}", url=f"https://example.com/news/{index}")
        work = Entity(f"work/show-{work_no}", f"Show {work_no}", "Work",
                      rng.choice(["TVSeries", "Movie", None]))
        entities, facts = [work], []
        offset = iter(range(0, 100_000, 50))

        def fact(subject: str, predicate: str, **target: object) -> None:
            start = next(offset)
            source = Source(article.id, start, start + 40, f"Sentence {start} of {article.id}.")
            facts.append(Fact(subject, predicate, confidence=round(rng.uniform(0.5, 0.99), 2),
                              sources=(source,), rule="synthetic", **target))

        def person(number: int) -> Entity:
            entity = Entity(f"person/p-{number}", f"Person {number}", "Person")
            entities.append(entity)
            return entity

        cast_pool = random.Random(work_no)  # the same work has the same cast in every article
        for slot in range(rng.randrange(3, 8)):
            actor = person(cast_pool.randrange(self.people))
            character = Entity(f"character/c-{work_no}-{slot}", f"Character {work_no}-{slot}",
                               "Character")
            entities.append(character)
            fact(work.id, "actor", object=actor.id)
            fact(work.id, "character", object=character.id)
            fact(actor.id, "plays", object=character.id)
        for predicate in ("creator", "director", "writer", "producer"):
            if rng.random() < 0.6:
                fact(work.id, predicate, object=person(cast_pool.randrange(self.people)).id)
        self._companies(rng, work, entities, fact)
        if rng.random() < 0.5:
            fact(work.id, "releaseDate", value=f"20{rng.randrange(10, 25)}-0{rng.randrange(1, 10)}"
                                               f"-{rng.randrange(10, 28)}")
            fact(work.id, "numberOfEpisodes", value=rng.randrange(6, 24))
        return ArticleExtraction(article, tuple(entities), tuple(facts))

    def _companies(self, rng: random.Random, work: Entity, entities: list[Entity],
                   fact: Callable[..., None]) -> None:
        network = rng.choice(NETWORKS)
        pairs = [("network", Entity(f"organization/{network.lower()}", network, "Organization")),
                 ("productionCompany", self._company("studio", self.studios)),
                 ("distributor", self._company("distributor", self.distributors))]
        for predicate, company in pairs:
            entities.append(company)
            fact(work.id, predicate, object=company.id)
        executive = Entity(f"person/exec-{rng.randrange(self.studios * 2)}", "Executive", "Person")
        entities.append(executive)
        fact(executive.id, "worksFor", object=pairs[1][1].id)
        fact(executive.id, "jobTitle", value=rng.choice(JOBS))

    def _company(self, kind: str, pool: int) -> Entity:
        number = self.rng.randrange(pool)
        return Entity(f"organization/{kind}-{number}", f"{kind.title()} {number}", "Organization")


def build_graph(articles: int) -> KnowledgeGraph:
    corpus = Corpus(articles)
    kg = KnowledgeGraph().add_all(corpus.extraction(i) for i in range(articles))
    kg.merge_aliases()
    return kg


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def compare(label: str, ours: Callable[[], object], theirs: Callable[[], object],
            runs: int) -> tuple[str, float, float]:
    ours()  # warm caches and check both work
    theirs()
    # Interleaved, so that a slow spell on the machine hits both sides.
    our_times, their_times = [], []
    for _ in range(runs):
        our_times.append(median_time(ours, 1))
        their_times.append(median_time(theirs, 1))
    return label, statistics.median(our_times), statistics.median(their_times)


def query_rows(store: ox.Store, name: str, params: dict[str, str]) -> Callable[[], int]:
    return lambda: len(list(run_named_query([store], name, params).rows()))


def direct_rows(store: ox.Store, name: str, params: dict[str, str]) -> Callable[[], int]:
    text = bind_params(named_query(name).text, params)

    def run() -> int:
        solutions = store.query(text, prefixes=PREFIXES)
        names = [v.value for v in solutions.variables]
        return len([[solution[n] for n in names] for solution in solutions])

    return run


def write_with(kg: KnowledgeGraph, fmt: str) -> Callable[[], int]:
    def run() -> int:
        out = io.BytesIO()
        write_graph(kg, out, fmt)
        return len(out.getvalue())

    return run


def serialize_with(triples: list[ox.Triple], fmt: ox.RdfFormat) -> Callable[[], int]:
    def run() -> int:
        out = io.BytesIO()
        ox.serialize(triples, out, fmt, prefixes=PREFIXES)
        return len(out.getvalue())

    return run


def build_and_serialize(kg: KnowledgeGraph, fmt: ox.RdfFormat) -> Callable[[], int]:
    """pyoxigraph used directly: its own terms made from the graph's triples, then written."""
    def run() -> int:
        triples = {(s, p, o) for s, p, o, _ in rdf_quads(kg)}
        out = io.BytesIO()
        ox.serialize([ox.Triple(ox.NamedNode(s), ox.NamedNode(p), _term(o)) for s, p, o in triples],
                     out, fmt, prefixes=PREFIXES)
        return len(out.getvalue())

    return run


def _term(term: str | Lit) -> ox.NamedNode | ox.Literal:
    if isinstance(term, Lit):
        if term.datatype:
            return ox.Literal(term.lexical, datatype=ox.NamedNode(term.datatype))
        return ox.Literal(term.lexical)
    return ox.NamedNode(term)


def rdflib_turtle(kg: KnowledgeGraph) -> float:
    """rdflib's own Turtle writer on the same graph, once: the slow path showgraph avoids."""
    from showgraph.export.rdf import to_rdflib_graph

    graph = to_rdflib_graph(kg)
    started = time.perf_counter()
    graph.serialize(format="turtle")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=4000, help="synthetic articles")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each operation")
    parser.add_argument("--rdflib", action="store_true", help="also time rdflib's Turtle writer")
    options = parser.parse_args()

    started = time.perf_counter()
    kg = build_graph(options.articles)
    print(f"built {len(kg)} facts from {options.articles} articles "
          f"in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        store_dir = str(Path(folder) / "graph.db")
        started = time.perf_counter()
        add_to_store(open_store(store_dir), kg)
        print(f"stored in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        store = open_store(store_dir, read_only=True)
        # What the Turtle export holds: the default graph, without the store's mentions.
        triples = [quad.triple for quad in store.quads_for_pattern(None, None, None,
                                                                    ox.DefaultGraph())
                   if quad.predicate.value != MENTIONS]
        results = [compare(f"query {name}", query_rows(store, name, params),
                           direct_rows(store, name, params), options.runs)
                   for name, params in QUERIES]
        writers = [("turtle", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES)]
        runs = max(3, options.runs // 2)
        results += [compare(f"write {fmt}, against serialize() of ready triples",
                            write_with(kg, fmt), serialize_with(triples, ox_fmt), runs)
                    for fmt, ox_fmt in writers]
        results += [compare(f"write {fmt}, against pyoxigraph making the triples too",
                            write_with(kg, fmt), build_and_serialize(kg, ox_fmt), runs)
                    for fmt, ox_fmt in writers]
        del store
    print_table(results, len(triples), options)
    if options.rdflib:
        print(f"\nrdflib writes the same graph as Turtle in {rdflib_turtle(kg):.1f} s (one run)")


def print_table(results: list[tuple[str, float, float]], triples: int,
                options: argparse.Namespace) -> None:
    print(f"{triples:,} triples ({options.articles} synthetic articles); median of "
          f"{options.runs} runs; {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"pyoxigraph {ox.__version__ if hasattr(ox, '__version__') else '?'}\n")
    print("| operation | showgraph (s) | pyoxigraph (s) | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for label, ours, theirs in results:
        print(f"| {label} | {ours:.3f} | {theirs:.3f} | {ours / theirs:.2f}x |")


if __name__ == "__main__":
    main()
