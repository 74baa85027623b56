"""Feeding articles through spaCy, whatever their length.

spaCy refuses texts over ``nlp.max_length`` characters, and for good reason:
the parser's memory grows with the length of the text, so a multi-megabyte
article parsed in one piece could take gigabytes. showgraph neither raises
the limit nor truncates. An article longer than ``chunk_chars`` (default
100,000 characters, and always under ``nlp.max_length``) is cut into chunks,
each chunk is parsed as a text of its own, and the chunks' results are
combined into one result for the article.

Where a chunk ends, best first, in the second half of its window (so that no
chunk is shorter than half the limit, and a text of n characters makes at
most about 2n / limit chunks):

1. after a blank line (a paragraph break);
2. after a line break;
3. after the end of a sentence (``.``, ``!`` or ``?``, maybe closing quotes
   or brackets, then white space);
4. after any white space;
5. at the limit itself, only for a run of that many characters without white
   space (no word is that long).

>>> text = "Filming began in May.\\n\\nThe series premieres in June."
>>> [text[start:end] for start, end in chunk_spans(text, 30)]
['Filming began in May.\\n\\n', 'The series premieres in June.']

The chunks of an article go through ``nlp.pipe`` one after another, each
converted as soon as spaCy is done with it, and only the converted results
of the article in hand are kept until its last chunk: one long article never
holds more than its own chunks' results in memory.

The trade-off: each chunk is a document of its own, so what links sentences
across a chunk edge is lost there. A pronoun or a surname ("Andreeva") at
the start of a chunk cannot resolve to a full name in the chunk before, and
"the series" resolves to the chunk's own topic work. Cutting at paragraph
breaks keeps most of these links, since they rarely cross paragraphs;
across articles, :meth:`showgraph.graph.KnowledgeGraph.merge_aliases` still
folds a surname seen alone into the one full name it belongs to.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TypeVar

from showgraph.errors import ArticleSkipped
from showgraph.records import Article

T = TypeVar("T")

CHUNK_CHARS = 100_000

# Where a chunk may end, best first; each match ends where the next chunk begins.
_BREAKS = (
    re.compile(r"\n[^\S\n]*\n\s*"),  # a blank line, and the white space after it
    re.compile(r"\n\s*"),  # a line break
    re.compile(r"[.!?][\"'’”»)\]]*\s+"),  # the end of a sentence
    re.compile(r"\s+"),  # any white space
)

# A combiner gets the whole article and, per chunk, its start in the
# article's text and its converted result.
Combine = Callable[[Article, Sequence[tuple[int, T]]], T]


def chunk_spans(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut a text into pieces of at most ``limit`` characters, at natural breaks.

    The pieces cover the text exactly, in order: ``"".join(text[s:e] for s,
    e in chunk_spans(text, limit)) == text``. A text within the limit is one
    piece (an empty text too).

    Args:
        text: The text to cut.
        limit: The longest a piece may be, at least 2.

    Returns:
        ``(start, end)`` character offsets of each piece.

    >>> chunk_spans("one two three four", 10)
    [(0, 8), (8, 18)]
    """
    if limit < 2:
        raise ValueError(f"a chunk limit of {limit} characters is too small")
    spans = []
    start = 0
    while len(text) - start > limit:
        end = _chunk_end(text, start, limit)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _chunk_end(text: str, start: int, limit: int) -> int:
    """Where the chunk starting at ``start`` ends: after the best break in its second half."""
    low, high = start + limit // 2, start + limit
    for pattern in _BREAKS:
        # A break's white space may run past the limit: the chunk then ends
        # at the limit if that is still inside the white space.
        ends = [min(m.end(), high) for m in pattern.finditer(text, start, high + 1)]
        ends = [end for end in ends if end >= low and text[end - 1].isspace()]
        if ends:
            return ends[-1]
    return high


def docs_for(articles: Iterable[Article], nlp, batch_size: int, n_process: int,
             convert: Callable[[object, Article], T], combine: Combine[T],
             chunk_chars: int = CHUNK_CHARS) -> Iterator[T]:
    """Process articles in order, yielding one converted result per article.

    An article within the chunk limit is converted whole:
    ``convert(doc, article)``. A longer one is cut by :func:`chunk_spans`,
    each chunk converted as ``convert(doc, chunk)`` where ``chunk`` is the
    article with that piece as its text, and the results combined by
    ``combine(article, [(chunk_start, result), ...])``, the chunk starts
    being offsets into the article's text.

    Args:
        articles: The articles, read lazily.
        nlp: A loaded spaCy pipeline; its ``max_length`` is left as it is.
        batch_size: Texts (articles or chunks) per spaCy batch.
        n_process: spaCy worker processes.
        convert: Turns a processed Doc into a result, before the next batch.
        combine: Joins the results of one article's chunks.
        chunk_chars: The longest text handed to spaCy, capped below
            ``nlp.max_length``.

    Returns:
        A generator of results, one per article, in the articles' order.
    """
    limit = min(chunk_chars, nlp.max_length - 1)
    pending: dict[int, Article] = {}  # articles whose chunks are in spaCy's hands
    parts: list[tuple[int, T]] = []
    failed: set[int] = set()  # articles one of whose chunks spaCy dropped

    def texts() -> Iterator[tuple[str, tuple[int, int, int, int]]]:
        for number, article in enumerate(articles):
            pending[number] = article
            spans = chunk_spans(article.text, limit)
            for index, (start, end) in enumerate(spans):
                # A small context: spaCy's worker processes pickle it with every text.
                yield article.text[start:end], (number, index, len(spans), start)

    for doc, (number, index, count, start) in nlp.pipe(
            texts(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        parts = _drop_failed(pending, number, parts)
        article = pending[number]
        if count == 1:
            del pending[number]
            yield convert(doc, article)
            continue
        if index != len(parts):  # a chunk before this one was dropped
            failed.add(number)
        if number not in failed:
            parts.append((start, convert(doc, replace(article, text=doc.text))))
        if index == count - 1:
            if number in failed:
                parts = []
                continue  # left in pending: named below, as every dropped article
            del pending[number]
            yield combine(article, parts)
            parts = []
    _drop_failed(pending, None, parts)


def _drop_failed(pending: dict[int, Article], current: int | None, parts: list) -> list:
    """Name the articles before ``current`` that spaCy dropped (a component failed).

    Returns the chunk results still worth keeping: none if they belonged to a
    dropped article.
    """
    for number in sorted(n for n in pending if current is None or n < current):
        warnings.warn(f"{pending.pop(number).id}: extraction failed inside the pipeline; skipped",
                      ArticleSkipped, stacklevel=2)
        parts = []
    return parts
