"""A progress bar on stderr for long runs: articles, words a second, ETA."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from showgraph.records import Article


@contextmanager
def progress_bar(disable: bool = False, total: int | None = None) -> Iterator[Callable[[Article], None]]:
    """Yield a callback to call once per extracted article.

    The bar shows only when stderr is a terminal and ``disable`` is false.
    """
    if disable or not sys.stderr.isatty():
        yield lambda article: None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True) as bar:
        words = 0

        def tick(article: Article) -> None:
            nonlocal words
            words += article.text.count(" ") + 1
            bar.update(1)
            bar.set_postfix_str(f"{words / max(bar.format_dict['elapsed'], 1e-9):,.0f} words/s", refresh=False)

        yield tick
