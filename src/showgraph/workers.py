"""Running the pipeline in several processes (``--jobs N``).

spaCy's own ``nlp.pipe(n_process=N)`` tokenizes and serialises every Doc in
the main process when texts come with context (``as_tuples``), then ships
each parsed Doc back, with every token attribute and ``doc._`` data, to be
deserialised there: on two cores, the main process's share of that work
ate most of the second process's gain. Here each worker runs the whole
job for a batch of articles (spaCy, then :func:`~showgraph.extract.doc_to_extraction`)
and sends back only the records, a few kilobytes an article.

Workers start by ``fork`` where the platform has it, inheriting the loaded
pipeline; elsewhere (``spawn``) the pipeline is pickled to them once. At
most ``2 * n_process`` batches are in flight, so articles are read only
as fast as they are parsed. Batches are the ones a single process would
make (``batch_size`` articles in input order), and results come back in
input order: the output equals a one-process run's. Warnings a worker
raises (an article the pipeline had to skip) are raised again in the main
process, and an article the pipeline skipped has no result there either.
"""

from __future__ import annotations

import multiprocessing
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from showgraph.records import Article, ArticleExtraction

# Batches queued per worker: one being parsed, one ready to start.
IN_FLIGHT_PER_WORKER = 2

_nlp: Any = None  # the pipeline, in a worker process
# (position in the batch, (entities, facts, warnings)) for each article extracted
Results = list[tuple[int, tuple[tuple, tuple, tuple]]]
Raised = list[tuple[type[Warning], str]]


def extract_in_processes(articles: Iterable[Article], nlp: Any, batch_size: int,
                         n_process: int) -> Iterator[ArticleExtraction]:
    """Like :func:`showgraph.extract.extract_articles`, in ``n_process`` worker processes."""
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    source = iter(articles)
    in_flight: deque[tuple[list[Article], Future[tuple[Results, Raised]]]] = deque()
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start,
                             initargs=(nlp,)) as pool:
        try:
            while True:
                while len(in_flight) < IN_FLIGHT_PER_WORKER * n_process:
                    batch = list(islice(source, batch_size))
                    if not batch:
                        break
                    in_flight.append((batch, pool.submit(_extract, batch, batch_size)))
                if not in_flight:
                    return
                batch, future = in_flight.popleft()
                results, raised = future.result()
                for category, message in raised:
                    warnings.warn(message, category, stacklevel=2)
                for index, (entities, facts, notes) in results:
                    yield ArticleExtraction(batch[index], entities, facts, notes)
        finally:
            for _, future in in_flight:
                future.cancel()


def _start(nlp: Any) -> None:
    global _nlp
    _nlp = nlp


def _extract(batch: list[Article], batch_size: int) -> tuple[Results, Raised]:
    """One batch's records, by position in the batch (the caller has the
    articles), and the warnings raised on the way."""
    from showgraph.extract import extract_articles

    results: Results = []
    with warnings.catch_warnings(record=True) as raised:
        warnings.simplefilter("always")
        position = 0
        for extraction in extract_articles(batch, _nlp, batch_size=batch_size, n_process=1):
            # Results come in order, but an article the pipeline skipped has none.
            while batch[position] is not extraction.article \
                    and batch[position].id != extraction.article.id:
                position += 1
            results.append((position, (extraction.entities, extraction.facts,
                                       extraction.warnings)))
            position += 1
    return results, [(w.category, str(w.message)) for w in raised]
