"""The library functions the CLI and notebooks share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from showgraph.graph import KnowledgeGraph
from showgraph.records import Article, ArticleExtraction

if TYPE_CHECKING:
    from showgraph.cache import ExtractionCache


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


def extract(paths: Sequence[str] | str, model: str | None = None, published: str | None = None,
            n_process: int = 1, cache: ExtractionCache | None = None) -> KnowledgeGraph:
    """Extract a knowledge graph from article files, folders or globs.

    Unreadable inputs raise :class:`showgraph.errors.InputError`; the CLI
    instead reports them and goes on.

    >>> kg = extract("data/articles/glass-orchard-casting.txt")
    >>> ("The Glass Orchard", "HBO") in {(kg.name_of(f.subject), kg.name_of(f.object))
    ...                                  for f in kg.facts() if f.predicate == "network"}
    True
    """
    from showgraph.articles import iter_articles

    inputs = [paths] if isinstance(paths, str) else list(paths)
    return build_graph(iter_articles(inputs, published=published), model=model,
                       n_process=n_process, cache=cache)
