"""Incremental runs: a persistent cache of article extractions.

Parsing is nearly all of a run's cost, and an article's extraction depends
only on the article and on the pipeline that read it. The cache keeps each
:class:`~showgraph.records.ArticleExtraction` under a key made of both:

- the article: its id, text, publication date, URL and title;
- the pipeline's fingerprint (:func:`pipeline_fingerprint`): the cache
  format, the spaCy and Faker versions (Faker's given names type entities),
  the spaCy model's name, version and config,
  and a hash of showgraph's own source and ``rules/`` files, so that a new
  rule, a new cue word or another model never reads an old entry.

Re-running over a corpus in which one article changed parses that one
article; every other extraction comes from the cache, and the output is
byte-identical to a run without it. The pipeline itself is loaded only if
some article misses.

The store is one SQLite file (``extractions.sqlite3``) in the cache folder:
``--cache-dir``, else ``$SHOWGRAPH_CACHE_DIR``, else
``$XDG_CACHE_HOME/showgraph``, else ``~/.cache/showgraph``. SQLite makes
concurrent runs and interrupted writes safe (each batch of entries is one
transaction). An entry that cannot be read is treated as missing and
rewritten; a file that is not a database is moved aside and replaced; a
cache that cannot be opened or written is reported and the run goes on
without it. Entries are never evicted: delete the folder to reclaim space.

>>> import tempfile
>>> from showgraph.records import Article, ArticleExtraction, Entity
>>> article = Article("a.txt", "Russia.")
>>> with ExtractionCache(tempfile.mkdtemp(), fingerprint="test") as cache:
...     cache.put(article, ArticleExtraction(article, (Entity("place/russia", "Russia", "Place"),)))
...     cache.get(article).entities[0].name
'Russia'
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sqlite3
import warnings
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source

# Bump when the stored form of an extraction changes.
FORMAT_VERSION = "1"
DB_NAME = "extractions.sqlite3"
# Entries written per transaction: few enough that an interrupted run keeps
# most of its work, many enough that commits cost nothing.
COMMIT_EVERY = 64
# How many articles may wait, in input order, for one still being parsed
# before the parse is drained and ended (see cached_extractions).
MAX_WAITING = 1024

Parse = Callable[[Iterable[Article]], Iterator[ArticleExtraction]]


class CacheWarning(UserWarning):
    """The cache could not be used; the run goes on without it."""


def default_cache_dir() -> Path:
    """``$SHOWGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/showgraph``, else ``~/.cache/showgraph``."""
    if os.environ.get("SHOWGRAPH_CACHE_DIR"):
        return Path(os.environ["SHOWGRAPH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "showgraph"


# ---- What the key is made of ---------------------------------------------------------


@lru_cache(maxsize=1)
def source_digest() -> str:
    """A hash of showgraph's own Python source and rule files.

    Any change to how articles are read into records (a rule, a cue word, a
    date format) changes it. The whole package counts, not only the
    pipeline: a stale entry costs a wrong graph, a needless miss only time.
    """
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def _model_files(model: str) -> bytes | None:
    """meta.json and config.cfg of an installed or saved pipeline, read without spaCy."""
    if os.path.isdir(model):
        folder: Path | None = Path(model)
    else:
        try:
            spec = importlib.util.find_spec(model)
        except (ImportError, ValueError):
            return None
        locations = spec.submodule_search_locations if spec else None
        if not locations:
            return None
        package = Path(next(iter(locations)))
        # A model package holds its data in "<name>-<version>/" next to __init__.py.
        found = sorted(p.parent for p in package.glob("*/config.cfg"))
        folder = found[0] if found else None
    if folder is None or not (folder / "config.cfg").is_file():
        return None
    meta = folder / "meta.json"
    return (meta.read_bytes() if meta.is_file() else b"") + b"\0" + (folder / "config.cfg").read_bytes()


def pipeline_fingerprint(model: str | None = None, nlp: Any = None) -> str | None:
    """What, besides the article, decides an extraction: see the module docstring.

    Args:
        model: the spaCy pipeline's package name or path, read without loading it.
        nlp: a loaded pipeline, used instead of ``model`` when given.

    Returns:
        A hex digest, or None when the model's files cannot be found (then
        the caller loads the model and passes ``nlp``).
    """
    if nlp is not None:
        meta = json.dumps(nlp.meta, sort_keys=True, default=str).encode()
        described = meta + b"\0" + nlp.config.to_str().encode() + b"\0" + "|".join(nlp.pipe_names).encode()
    else:
        from showgraph.model import default_model

        files = _model_files(model or default_model())
        if files is None:
            return None
        described = files
    parts = [FORMAT_VERSION, _version("spacy"), _version("faker"), _version("showgraph"), source_digest(),
             hashlib.sha256(described).hexdigest()]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def article_key(article: Article, fingerprint: str) -> str:
    """The cache key of one article under one pipeline."""
    digest = hashlib.sha256(fingerprint.encode())
    for field in (article.id, article.published, article.url, article.title, article.text):
        # A length prefix keeps ("ab", "c") and ("a", "bc") apart; None is not "".
        data = b"\xff" if field is None else field.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


# ---- Stored form ----------------------------------------------------------------------


def encode(extraction: ArticleExtraction) -> bytes:
    """An extraction without its article, as compressed JSON."""
    data = {
        "e": [[e.id, e.name, e.type, e.subtype, list(e.aliases), list(e.docs)]
              for e in extraction.entities],
        "f": [[f.subject, f.predicate, f.object, f.value, f.confidence,
               [[s.doc, s.start, s.end, s.sentence] for s in f.sources], f.rule]
              for f in extraction.facts],
        "w": list(extraction.warnings),
    }
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(), 1)


def decode(blob: bytes, article: Article) -> ArticleExtraction:
    """The extraction :func:`encode` stored, for ``article``.

    Raises:
        ValueError: the entry is damaged (also for zlib and JSON errors and
            records of the wrong shape).
    """
    try:
        data = json.loads(zlib.decompress(blob))
        entities = tuple(Entity(i, n, t, s, tuple(a), tuple(d)) for i, n, t, s, a, d in data["e"])
        facts = tuple(
            Fact(s, p, o, v, c, tuple(Source(*source) for source in sources), r)
            for s, p, o, v, c, sources, r in data["f"]
        )
        return ArticleExtraction(article, entities, facts, tuple(data["w"]))
    except (zlib.error, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"damaged cache entry ({type(error).__name__})") from error


# ---- The store ------------------------------------------------------------------------


class ExtractionCache:
    """Extractions in an SQLite file, keyed by article and pipeline fingerprint.

    Use it as a context manager, or call :meth:`close`, so the last entries
    are committed. Every failure is a :class:`CacheWarning` and a miss,
    never an error.

    Args:
        folder: where ``extractions.sqlite3`` lives (created if need be);
            default :func:`default_cache_dir`.
        fingerprint: the pipeline's (see :func:`pipeline_fingerprint`); may
            be set later, before the first get or put.
        on_problem: called with a message when the cache has to be given
            up; by default a :class:`CacheWarning`.
    """

    def __init__(self, folder: str | os.PathLike[str] | None = None,
                 fingerprint: str | None = None,
                 on_problem: Callable[[str], None] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_cache_dir()
        self.fingerprint = fingerprint
        self._on_problem = on_problem or _warn
        self.hits = self.misses = 0
        self._pending = 0
        self._db: sqlite3.Connection | None = None
        self._db = self._open()

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _open(self) -> sqlite3.Connection | None:
        path = self.folder / DB_NAME
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            return _connect(path)
        except sqlite3.DatabaseError:
            # Not a database (a partial copy, another program's file): keep it
            # aside for inspection and start again.
            try:
                os.replace(path, path.with_name(path.name + ".corrupt"))
                return _connect(path)
            except (OSError, sqlite3.Error) as error:
                return self._give_up(error)
        except (OSError, sqlite3.Error) as error:
            return self._give_up(error)

    def _give_up(self, error: Exception) -> None:
        self._on_problem(f"cache {self.folder} not used: {error}")
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None
        return None

    def key(self, article: Article) -> str:
        if self.fingerprint is None:
            raise ValueError("set the cache's pipeline fingerprint before using it")
        return article_key(article, self.fingerprint)

    def get(self, article: Article) -> ArticleExtraction | None:
        """The cached extraction of ``article``, or None."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM extractions WHERE key = ?",
                                   (self.key(article),)).fetchone()
        except sqlite3.Error as error:
            return self._give_up(error)
        if row is not None:
            try:
                extraction = decode(row[0], article)
            except ValueError:
                pass  # rewritten once the article is parsed again
            else:
                self.hits += 1
                return extraction
        self.misses += 1
        return None

    def put(self, article: Article, extraction: ArticleExtraction) -> None:
        """Store an extraction; committed in batches and on :meth:`close`."""
        if self._db is None:
            return
        try:
            self._db.execute("INSERT OR REPLACE INTO extractions (key, value) VALUES (?, ?)",
                             (self.key(article), encode(extraction)))
            self._pending += 1
            if self._pending >= COMMIT_EVERY:
                self.commit()
        except sqlite3.Error as error:
            self._give_up(error)

    def commit(self) -> None:
        if self._db is None or not self._pending:
            return
        try:
            self._db.commit()
            self._pending = 0
        except sqlite3.Error as error:
            self._give_up(error)

    def close(self) -> None:
        self.commit()
        if self._db is not None:
            self._db.close()
            self._db = None

    def extractions(self, articles: Iterable[Article], parse: Parse) -> Iterator[ArticleExtraction]:
        """Every article's extraction, in order: from the cache, else from ``parse``."""
        yield from cached_extractions(articles, self, parse)


def _warn(message: str) -> None:
    warnings.warn(message, CacheWarning, stacklevel=4)


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=60)
    db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writing run
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
    db.commit()
    return db


# ---- Cached and parsed articles, in order ---------------------------------------------


@dataclass
class _Entry:
    article: Article
    extraction: ArticleExtraction | None  # None: waiting for the parser


def cached_extractions(articles: Iterable[Article], cache: ExtractionCache,
                       parse: Parse) -> Iterator[ArticleExtraction]:
    """Extractions in input order: cached ones at once, the others parsed and stored.

    Articles that miss go to one ``parse`` call as a stream, so spaCy
    batches them and the worker processes stay busy. An article found in
    the cache behind one still being parsed waits (its records and text
    held) until that one is out. ``parse`` reads ahead of what it returns,
    so where misses are rare the waiting articles could pile up: once
    :data:`MAX_WAITING` articles wait, no more are read until the parse
    has drained and ended, and the next miss starts a new one. A cold run
    never has that many in flight, so it is one parse. ``parse`` is never
    called when every article is cached.
    """
    source = iter(articles)
    waiting: deque[_Entry] = deque()
    while True:
        if not waiting:
            article = next(source, None)
            if article is None:
                return
            waiting.append(_Entry(article, cache.get(article)))
        if waiting[0].extraction is not None:
            yield waiting.popleft().extraction  # type: ignore[misc]
            continue
        for extraction in parse(_misses(waiting, source, cache)):
            while waiting[0].extraction is not None:
                yield waiting.popleft().extraction  # type: ignore[misc]
            entry = waiting.popleft()
            cache.put(entry.article, extraction)
            yield extraction


def _misses(waiting: deque[_Entry], source: Iterator[Article],
            cache: ExtractionCache) -> Iterator[Article]:
    """The articles to parse: the one waiting first, then the misses read from ``source``."""
    yield waiting[0].article
    while len(waiting) < MAX_WAITING:
        article = next(source, None)
        if article is None:
            return
        entry = _Entry(article, cache.get(article))
        waiting.append(entry)
        if entry.extraction is None:
            yield article
