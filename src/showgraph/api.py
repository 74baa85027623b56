"""The library functions the CLI and notebooks share."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Union

from showgraph.graph import KnowledgeGraph
from showgraph.records import Article, ArticleExtraction

if TYPE_CHECKING:
    from showgraph.cache import ExtractionCache

if TYPE_CHECKING:
    from showgraph.evaluate import Evaluation


def build_graph(articles: Iterable[Article], nlp=None, model: str | None = None,
                n_process: int = 1, batch_size: int = 16,
                progress: Callable[[Article], None] | None = None,
                cache: ExtractionCache | None = None) -> KnowledgeGraph:
    """Extract every article and merge the results into one graph.

    Args:
        articles: the articles, read lazily.
        nlp: a loaded pipeline (see :func:`showgraph.model.load_pipeline`); loaded from
            ``model`` when None, and only once some article has to be parsed.
        n_process: worker processes for parsing (see :mod:`showgraph.workers`).
        batch_size: articles spaCy parses together.
        progress: called with each article once it is extracted.
        cache: extractions of earlier runs (see :mod:`showgraph.cache`); articles
            found there are not parsed again, and the graph is the same.

    >>> kg = build_graph([Article("a.txt", "HBO's The Glass Orchard stars Marisol Vantreece.")])
    >>> "Marisol Vantreece" in set(kg.entities().name)
    True
    """
    kg = KnowledgeGraph()
    for extraction in extractions(articles, nlp, model, n_process, batch_size, cache):
        kg.add(extraction)
        if progress is not None:
            progress(extraction.article)
    kg.merge_aliases()
    return kg


def extractions(articles: Iterable[Article], nlp=None, model: str | None = None,
                n_process: int = 1, batch_size: int = 16,
                cache: ExtractionCache | None = None) -> Iterator[ArticleExtraction]:
    """Each article's extraction, in input order, from ``cache`` or parsed."""
    from showgraph.extract import extract_articles
    from showgraph.model import load_pipeline

    loaded = [nlp]

    def pipeline():
        if loaded[0] is None:
            loaded[0] = load_pipeline(model)
        return loaded[0]

    def parse(misses: Iterable[Article]) -> Iterator[ArticleExtraction]:
        return extract_articles(misses, pipeline(), batch_size=batch_size, n_process=n_process)

    if cache is None:
        yield from parse(articles)
        return
    if cache.fingerprint is None:
        from showgraph.cache import pipeline_fingerprint

        cache.fingerprint = (pipeline_fingerprint(nlp=nlp) if nlp is not None
                             else pipeline_fingerprint(model)
                             or pipeline_fingerprint(nlp=pipeline()))
    try:
        yield from cache.extractions(articles, parse)
    finally:
        cache.commit()


PathLike = Union[str, "os.PathLike[str]"]


def extract(paths: Sequence[PathLike] | PathLike, model: str | None = None,
            published: str | None = None, n_process: int = 1,
            cache: ExtractionCache | None = None) -> KnowledgeGraph:
    """Extract a knowledge graph from article files, folders or globs.

    Args:
        paths: one or more files (.txt, .md, .html, .jsonl), folders or globs.
        model: the spaCy pipeline to use (default: en_core_web_sm).
        published: the publication date of plain-text articles, to resolve
            "next Friday" against.
        n_process: spaCy worker processes.

    Raises:
        InputError: an input cannot be read (the CLI instead reports it and
            goes on).

    >>> kg = extract("data/articles/glass-orchard-casting.txt")
    >>> facts = kg.facts()
    >>> networks = facts[facts.predicate == "network"]
    >>> ["The Glass Orchard", "HBO"] in networks[["subject_name", "object_name"]].values.tolist()
    True
    """
    from showgraph.articles import iter_articles

    single = isinstance(paths, (str, os.PathLike))
    inputs = [os.fspath(p) for p in ([paths] if single else paths)]  # type: ignore[list-item]
    return build_graph(iter_articles(inputs, published=published), model=model,
                       n_process=n_process, cache=cache)


def evaluate(corpus: PathLike, model: str | None = None,
             n_process: int = 1) -> Evaluation:
    """Extract a gold corpus (articles and a ``gold.jsonl``) and score the result.

    Scoring is the spec's: facts and entities micro-averaged, and per
    predicate; every false positive and miss is kept with a sentence.

    Args:
        corpus: the corpus folder.
        model: the spaCy pipeline to use (default: en_core_web_sm).
        n_process: spaCy worker processes.

    Returns:
        The scores; ``score_table()`` and ``error_table()`` give them as
        DataFrames.

    Raises:
        GoldError: the folder has no gold.jsonl, or it is malformed.

    >>> result = evaluate("data/articles")
    >>> 0.5 < result.facts.precision <= 1.0
    True
    >>> sorted(result.error_table().kind.unique())
    ['false positive', 'missed']
    """
    from showgraph.evaluate import evaluate_corpus
    from showgraph.model import load_pipeline

    return evaluate_corpus(corpus, nlp=load_pipeline(model), n_process=n_process)
