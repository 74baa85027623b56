"""A progress bar on stderr for long runs: articles, words a second, ETA.

The bar shows only when stderr is a terminal. Its ETA needs the number of
articles to come; the caller passes a function that counts them (see
:func:`showgraph.articles.count_articles`), called only when the bar is
shown. Without a total the bar shows the count, rates and elapsed time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

from showgraph.records import Article

Total = Callable[[], "int | None"]


@contextmanager
def progress_bar(disable: bool = False, total: int | Total | None = None,
                 file: IO[str] | None = None) -> Iterator[Callable[[Article], None]]:
    """Yield a callback to call once per extracted article.

    Args:
        disable: no bar (``--quiet``).
        total: how many articles are coming, or a function that counts them.
        file: where to draw the bar; standard error by default. Nothing is
            drawn unless it is a terminal.
    """
    stream = sys.stderr if file is None else file
    if disable or not _is_terminal(stream):
        yield lambda article: None
        return
    from tqdm import tqdm

    count = total() if callable(total) else total
    with tqdm(total=count, unit=" articles", file=stream, dynamic_ncols=True) as bar:
        words = 0

        def tick(article: Article) -> None:
            nonlocal words
            words += len(article.text.split())
            bar.set_postfix_str(f"{words / max(bar.format_dict['elapsed'], 1e-9):,.0f} words/s",
                                refresh=False)
            bar.update(1)

        yield tick


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False
