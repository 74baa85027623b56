"""Feeding articles through spaCy, whatever their length.

spaCy refuses texts over ``nlp.max_length`` characters (the parser's memory
grows with the text). showgraph never truncates: the limit is raised for the
batch that needs it, so every character is parsed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from showgraph.records import Article

T = TypeVar("T")


def docs_for(articles: Iterable[Article], nlp, batch_size: int, n_process: int,
             convert: Callable[[object, Article], T]) -> Iterator[T]:
    """Process articles in order and convert each Doc before the next batch."""
    pairs = ((_checked(nlp, a).text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield convert(doc, article)


def _checked(nlp, article: Article) -> Article:
    if len(article.text) >= nlp.max_length:
        nlp.max_length = len(article.text) + 1
    return article
