"""Reading inputs into :class:`~showgraph.records.Article` records.

Inputs are file paths, folders, glob patterns and ``-`` (standard input).
:func:`iter_articles` streams: it holds one article (or one JSON Lines
record) at a time, so a corpus of any size fits in memory.

What is read, by file name:

- ``.txt`` and ``.md``: the text as it is. Only a byte-order mark is
  removed; line endings are kept, because ``Article.text`` is the text that
  every evidence offset refers to.
- ``.html`` and ``.htm``: the main text found by trafilatura, without menus,
  sidebars, footers or reader comments; the title and URL from trafilatura's
  metadata; the publication date from the page's own date markup (below).
- ``.jsonl``: one article a line, ``{"id", "text", "published", "url",
  "title"}``; only ``id`` and ``text`` are required.

Decisions worth knowing:

- A folder is walked recursively in a stable order (a folder's files, sorted,
  before its subfolders, sorted), and only the formats above are read from it. Skipped inside a folder: ``gold.jsonl`` (annotations),
  a corpus's own documentation (``README.*``, ``SOURCES.*``, ``LICENSE*``,
  ``LICENCE*``: a corpus folder's notes are not articles), and hidden files
  and folders (``.ipynb_checkpoints`` would read every article twice). A file
  named on the command line is always read, whatever its name.
- A glob pattern (``corpus/**/*.txt``, ``**`` allowed) selects files as a
  folder does, with the same skips. Folders it matches are ignored: ``**``
  matches every folder, and walking them would read their files twice.
- ``-`` is JSON Lines when the first non-blank character of standard input
  is ``{``, streamed line by line; otherwise all of it is one plain-text
  article with id ``-``. (A plain-text article that starts with ``{`` has to
  come from a file.)
- Encodings: UTF-8 with or without a BOM; UTF-16 and UTF-32 with a BOM;
  anything else is detected by charset-normalizer, preferring cp1252 among
  equally good guesses. Files with NUL bytes, or that no encoding fits, are
  binary: reported and skipped. JSON Lines are UTF-8 (a ``.jsonl`` file may
  also be UTF-16 or UTF-32 with a BOM); a record's ``\\ud800``-style escape
  of half a surrogate pair, which no UTF-8 output can hold, becomes U+FFFD.
- NUL and other control characters inside a JSON Lines text are kept: the
  text is what evidence offsets index, and every export escapes them (GraphML,
  which cannot hold them at all, shows U+FFFD).
- An HTML page's publication date is read only from markup that states it
  (``article:published_time`` and similar ``<meta>`` tags, JSON-LD
  ``datePublished`` of an article, ``<time itemprop="datePublished">``), at
  the precision given. trafilatura's own date guess (htmldate) falls back on
  dates in the body text and copyright lines and pads a month to a day; a
  wrong publication date would misplace every relative date resolved
  against it.
- ``published`` given to :func:`iter_articles` is the date of plain-text
  input and fills in for pages and records that state none.
- Problems never stop a run. Each is an :class:`InputProblem` handed to
  ``on_error``, and reading goes on. Doc ids are unique within a JSON Lines
  input (a repeated id is reported and skipped), not across inputs.

>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as folder:
...     _ = Path(folder, "pilot.txt").write_text("Filming began in May.", encoding="utf-8")
...     _ = Path(folder, "gold.jsonl").write_text("{}", encoding="utf-8")
...     [(a.id, a.text, a.published) for a in iter_articles([folder], published="2024-05")]
[('pilot.txt', 'Filming began in May.', '2024-05')]
"""

from __future__ import annotations

import codecs
import glob
import io
import json
import os
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import chain
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, Any

import charset_normalizer

from showgraph.errors import InputError
from showgraph.records import Article

if TYPE_CHECKING:
    from dateparser.date import DateDataParser
    from lxml.html import HtmlElement

STDIN = "-"
GOLD_FILE = "gold.jsonl"
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")

_NOT_TEXT = "skipped: binary file, or text in an encoding that cannot be recognised"
# json.loads joins an escaped surrogate pair; any surrogate left is unpaired.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_GLOB_MAGIC = re.compile(r"[*?[]")

# Byte-order marks; UTF-32-LE's begins with UTF-16-LE's, so it is tried first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# "2019", "2019-09", "2019-09-02", or a full timestamp "2019-09-02T10:30:00+02:00".
_ISO_DATE_RE = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?"
)

# <meta> keys (property, name or itemprop, lower-cased) that state when a page
# was published, most specific first. Modification dates are left out on purpose.
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created",
    "pubdate", "publishdate", "publish-date", "publish_date", "date",
    "sailthru.date", "parsely-pub-date", "citation_publication_date",
)
# JSON-LD types whose datePublished is the page's own, not that of a film or
# series the page is about ("NewsArticle", "BlogPosting", "Review", "WebPage").
_PAGE_TYPE_RE = re.compile(r"(Article|Posting|Review|WebPage|ReportageNews)$")
_PERIOD_FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}
# trafilatura always guesses a date; this keeps the unused guess cheap.
_QUICK_DATE_GUESS = {"original_date": True, "extensive_search": False}


@dataclass(frozen=True)
class InputProblem:
    """An input, or one line of it, that could not be read as an article.

    ``line`` is the 1-based line of a JSON Lines record, None for a whole file.

    >>> str(InputProblem("news.jsonl", 3, "skipped: not valid JSON"))
    'news.jsonl:3: skipped: not valid JSON'
    >>> str(InputProblem("-", None, "skipped: binary"))
    '<stdin>: skipped: binary'
    """

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = "<stdin>" if self.path == STDIN else self.path
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.reason}"


Report = Callable[[InputProblem], None]


class _Skip(Exception):
    """A file or record that cannot become an article; the message says why."""


def validate_published(value: str) -> str:
    """Check a publication date and return it in ISO form.

    ``YYYY-MM-DD``, ``YYYY-MM`` and ``YYYY`` are kept at their precision; a
    full ISO timestamp is cut to its date as written (no time-zone shift:
    the date the publisher printed).

    Args:
        value: The date, e.g. from ``--published`` or a JSON Lines record.

    Returns:
        The date as ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.

    Raises:
        InputError: The value is not an ISO date, or not a real one.

    >>> validate_published(" 2025-01 ")
    '2025-01'
    >>> validate_published("2024-03-14T23:30:00-08:00")
    '2024-03-14'
    >>> validate_published("2019-02-30")
    Traceback (most recent call last):
    ...
    showgraph.errors.InputError: published date '2019-02-30' is not a valid ISO date: use YYYY-MM-DD, YYYY-MM or YYYY
    """
    iso = _iso_date(value)
    if iso is None:
        raise InputError(
            f"published date {value!r} is not a valid ISO date: use YYYY-MM-DD, YYYY-MM or YYYY"
        )
    return iso


def _iso_date(value: str) -> str | None:
    match = _ISO_DATE_RE.fullmatch(value.strip())
    if match is None:
        return None
    year, month, day = match.group("year", "month", "day")
    try:
        date(int(year), int(month or 1), int(day or 1))  # rejects month 13, 30 February
    except ValueError:
        return None
    return "-".join(part for part in (year, month, day) if part)


def iter_articles(
    inputs: Sequence[str],
    published: str | None = None,
    on_error: Callable[[InputProblem], None] | None = None,
) -> Iterator[Article]:
    """Read articles from files, folders, glob patterns and standard input.

    See the module documentation for the formats and what is skipped.

    Args:
        inputs: Paths, folders, glob patterns, or ``-`` for standard input,
            read in the order given.
        published: The publication date of plain-text input (``.txt``,
            ``.md``, standard input), also used for pages and JSON Lines
            records that state none.
        on_error: Called with each :class:`InputProblem`, after which
            reading goes on. None raises :class:`InputError` instead.

    Returns:
        A generator of articles, one at a time.

    Raises:
        InputError: At once, when ``published`` is not an ISO date; while
            iterating, at the first problem when ``on_error`` is None.

    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = Path(folder, "news.jsonl").write_text(
    ...         '{"id": "n1", "text": "Casting is complete."}\\nnot json\\n', encoding="utf-8")
    ...     problems = []
    ...     print([a.id for a in iter_articles([folder], on_error=problems.append)])
    ...     print(problems[0].line, problems[0].reason)
    ['n1']
    2 skipped: not valid JSON (Expecting value at column 1)
    """
    fallback = None if published is None else validate_published(published)
    return _articles(inputs, fallback, on_error or _raise)


def _raise(problem: InputProblem) -> None:
    raise InputError(str(problem))


def _articles(inputs: Sequence[str], published: str | None, report: Report) -> Iterator[Article]:
    for given in inputs:
        if given == STDIN:
            yield from _read_stdin(published, report)
        elif os.path.isdir(given):
            yield from _read_folder(given, published, report)
        elif os.path.exists(given):
            yield from _read_file(given, given, published, report)
        elif _GLOB_MAGIC.search(given):
            yield from _read_glob(given, published, report)
        else:
            report(InputProblem(given, None, "skipped: no such file or folder"))


# Finding files


def _is_corpus_article(name: str) -> bool:
    """Whether a file found in a folder or by a glob is read as an article."""
    lowered = name.lower()
    stem, suffix = os.path.splitext(lowered)
    return (
        suffix in ARTICLE_SUFFIXES
        and lowered != GOLD_FILE
        and not lowered.startswith((".", "license", "licence"))
        and stem not in ("readme", "sources")
    )


def _folder_files(root: str, report: Report) -> Iterator[str]:
    def unreadable(error: OSError) -> None:
        reason = f"skipped: cannot read folder ({error.strerror})"
        report(InputProblem(error.filename or root, None, reason))

    for folder, subfolders, names in os.walk(root, onerror=unreadable):
        # Sorting in place makes os.walk descend in a stable order.
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(names):
            if _is_corpus_article(name):
                yield os.path.join(folder, name)


def _read_folder(root: str, published: str | None, report: Report) -> Iterator[Article]:
    found = False
    for path in _folder_files(root, report):
        found = True
        doc = PurePath(os.path.relpath(path, root)).as_posix()
        yield from _read_file(path, doc, published, report)
    if not found:
        kinds = ", ".join(ARTICLE_SUFFIXES)
        report(InputProblem(root, None, f"skipped: no article files ({kinds}) in this folder"))


def _read_glob(pattern: str, published: str | None, report: Report) -> Iterator[Article]:
    matches = [
        path for path in sorted(glob.glob(pattern, recursive=True))
        if os.path.isfile(path) and _is_corpus_article(os.path.basename(path))
    ]
    if not matches:
        report(InputProblem(pattern, None, "skipped: no article files match this pattern"))
    for path in matches:
        yield from _read_file(path, path, published, report)


def _read_file(path: str, doc: str, published: str | None, report: Report) -> Iterator[Article]:
    suffix = os.path.splitext(path)[1].lower()
    if suffix in (".txt", ".md"):
        yield from _read_plain(path, doc, published, report)
    elif suffix in (".html", ".htm"):
        yield from _read_html(path, doc, published, report)
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, published, report)
    else:
        kinds = ", ".join(ARTICLE_SUFFIXES)
        report(InputProblem(path, None, f"skipped: not an article file (read are {kinds})"))


# Bytes to text


def _read_bytes(path: str, report: Report) -> bytes | None:
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as error:
        report(InputProblem(path, None, f"skipped: cannot read ({error.strerror or error})"))
        return None


def _bom_encoding(head: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if head.startswith(bom)), None)


def _decode(data: bytes) -> str | None:
    """The text of some bytes, without a BOM, or None when they are not text."""
    encoding = _bom_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None  # NUL bytes without a UTF-16/32 BOM: an image, a PDF, an archive
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str | None:
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    # Short Western text fits several code pages equally well (cp1250 reads
    # "café" as cp1252 does, but not "señor"); among equally good guesses
    # prefer cp1252, the usual legacy encoding of English-language pages.
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:  # charset-normalizer only samples long files
            pass
    return str(best)


def _read_text(path: str, report: Report) -> str | None:
    data = _read_bytes(path, report)
    if data is None:
        return None
    text = _decode(data)
    if text is None:
        report(InputProblem(path, None, _NOT_TEXT))
    return text


def _read_plain(path: str, doc: str, published: str | None, report: Report) -> Iterator[Article]:
    text = _read_text(path, report)
    if text is not None:
        yield Article(doc, text, published)


# HTML


def _read_html(path: str, doc: str, published: str | None, report: Report) -> Iterator[Article]:
    html = _read_text(path, report)
    if html is None:
        return
    if not html.strip():
        yield Article(doc, "", published)  # an empty page is an empty article, like an empty .txt
        return
    try:
        yield _html_article(doc, html, published)
    except _Skip as skip:
        report(InputProblem(path, None, f"skipped: {skip}"))


def _html_article(doc: str, html: str, published: str | None) -> Article:
    import trafilatura  # here, not at the top: a quarter of a second, paid only for HTML

    tree = trafilatura.load_html(html)
    if tree is None:
        raise _Skip("not an HTML page")
    stated = _page_published(tree)
    try:
        result = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False,
            date_extraction_params=_QUICK_DATE_GUESS,
        )
    except Exception as error:  # lxml fails in many ways on broken markup; one page must not stop a corpus
        raise _Skip(f"cannot extract the page's text ({type(error).__name__})") from error
    if result is None or not result.text:
        raise _Skip("no article text found in the page")
    return Article(doc, result.text, stated or published, result.url or None, result.title or None)


def _page_published(tree: HtmlElement) -> str | None:
    """The publication date a page states in its markup, at the precision given."""
    for value in chain(_meta_dates(tree), _json_ld_dates(tree), _time_dates(tree)):
        found = _iso_date(value) or _written_date(value)
        if found:
            return found
    return None


def _meta_dates(tree: HtmlElement) -> Iterator[str]:
    stated: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        content = meta.get("content")
        if content and key.strip().lower() in _DATE_META:
            stated.setdefault(key.strip().lower(), content)
    return (stated[key] for key in _DATE_META if key in stated)


def _json_ld_dates(tree: HtmlElement) -> Iterator[str]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the page's other markup may still date it
        yield from _page_dates_in(data)


def _page_dates_in(data: Any) -> Iterator[str]:
    """``datePublished`` of article-like JSON-LD nodes, outermost first.

    ``{"@type": "Review", "datePublished": "2024-03-14", "itemReviewed":
    {"@type": "Movie", "datePublished": "2019"}}`` yields only "2024-03-14".
    """
    queue = deque([data])
    while queue:
        node = queue.popleft()
        if isinstance(node, list):
            queue.extend(node)
        elif isinstance(node, dict):
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            page_like = any(isinstance(t, str) and _PAGE_TYPE_RE.search(t) for t in types)
            if page_like and isinstance(node.get("datePublished"), str):
                yield node["datePublished"]
            queue.extend(value for value in node.values() if isinstance(value, (dict, list)))


def _time_dates(tree: HtmlElement) -> Iterator[str]:
    for time in tree.iter("time"):
        stamp = time.get("datetime")
        if stamp and (time.get("itemprop") == "datePublished" or time.get("pubdate") is not None):
            yield stamp


def _written_date(value: str) -> str | None:
    """A date written out in a meta tag ("March 14, 2024"), at its precision."""
    if not value.strip():
        return None
    parsed = _date_parser().get_date_data(value)
    if parsed.date_obj is None:
        return None
    return parsed.date_obj.strftime(_PERIOD_FORMATS.get(parsed.period or "day", "%Y-%m-%d"))


@lru_cache(maxsize=1)
def _date_parser() -> DateDataParser:
    from dateparser.date import DateDataParser  # here: only pages with non-ISO dates need it

    # Absolute dates only: "now" or "2 days ago" in a meta tag dates nothing.
    settings = {"REQUIRE_PARTS": ["year"], "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
    return DateDataParser(settings=settings)


# JSON Lines


def _read_jsonl(path: str, published: str | None, report: Report) -> Iterator[Article]:
    try:
        with open(path, "rb") as file:
            yield from _jsonl_articles(path, _file_lines(file), published, report)
    except OSError as error:
        report(InputProblem(path, None, f"skipped: cannot read ({error.strerror or error})"))
    except UnicodeDecodeError as error:  # only from a UTF-16/32 file, decoded in blocks
        report(InputProblem(path, None, f"skipped the rest: not valid {error.encoding}"))


def _file_lines(file: IO[bytes]) -> Iterable[bytes | str]:
    encoding = _bom_encoding(file.read(4))
    file.seek(0)
    if encoding in ("utf-16", "utf-32"):
        # Wide encodings cannot be split at b"\n". Split the text at "\n" only:
        # U+2028 may sit inside a JSON string, and str.splitlines would cut there.
        return io.TextIOWrapper(file, encoding=encoding, newline="\n")
    return file


def _jsonl_articles(
    path: str, lines: Iterable[bytes | str], published: str | None, report: Report
) -> Iterator[Article]:
    first_seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        try:
            record = _parse_line(line, number)
            if record is None:
                continue
            article = _record_article(record, published)
            if article.id in first_seen:
                raise _Skip(f"duplicate id {article.id!r} (first on line {first_seen[article.id]})")
        except _Skip as skip:
            report(InputProblem(path, number, f"skipped: {skip}"))
            continue
        first_seen[article.id] = number
        yield article


def _parse_line(line: bytes | str, number: int) -> dict[str, Any] | None:
    """One line's JSON object, or None for a blank line."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise _Skip("not valid UTF-8 (JSON Lines are UTF-8)") from None
    line = line.removeprefix("\ufeff") if number == 1 else line
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise _Skip(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise _Skip("not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise _Skip(f"a JSON object is needed, not {_json_kind(record)}")
    return record


def _record_article(record: dict[str, Any], published: str | None) -> Article:
    for key in ("id", "text"):
        if key not in record:
            raise _Skip(f'no "{key}" field (each line needs "id" and "text")')
    if not isinstance(record["id"], str) or not record["id"]:
        raise _Skip(f'"id" must be a non-empty string, not {_json_kind(record["id"])}')
    if not isinstance(record["text"], str):
        raise _Skip(f'"text" must be a string, not {_json_kind(record["text"])}')
    for key in ("published", "url", "title"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise _Skip(f'"{key}" must be a string, not {_json_kind(value)}')
    record = {key: _without_lone_surrogates(value) if isinstance(value, str) else value
              for key, value in record.items()}
    stated = record.get("published")
    if stated:
        try:
            stated = validate_published(stated)
        except InputError as error:
            raise _Skip(str(error)) from None
    return Article(record["id"], record["text"], stated or published,
                   record.get("url") or None, record.get("title") or None)


def _without_lone_surrogates(text: str) -> str:
    r"""The text with U+FFFD for each unpaired surrogate, one for one.

    JSON may escape half of a surrogate pair (``"\ud800"``); no UTF-8 output
    can hold one, so a single such record would fail the whole export.
    One character for one keeps every evidence offset right.

    >>> _without_lone_surrogates(json.loads(r'"a\ud800b \ud83c\udfac"')) == "a\ufffdb \U0001f3ac"
    True
    """
    return _SURROGATE_RE.sub("\ufffd", text)


def _json_kind(value: Any) -> str:
    kinds = {dict: "an object", list: "an array", str: "a string", bool: "true or false",
             int: "a number", float: "a number", type(None): "null"}
    if value == "":
        return "an empty string"
    return kinds.get(type(value), type(value).__name__)


# Standard input


def _read_stdin(published: str | None, report: Report) -> Iterator[Article]:
    if sys.stdin is None:
        report(InputProblem(STDIN, None, "skipped: there is no standard input"))
        return
    # The byte stream where there is one, so standard input is decoded like a file.
    stream: IO[Any] = getattr(sys.stdin, "buffer", sys.stdin)
    lines = iter(stream)
    head = _through_first_content(lines)
    if head and _starts_json(head[-1]):
        yield from _jsonl_articles(STDIN, chain(head, lines), published, report)
        return
    rest = stream.read()
    content = (b"" if isinstance(rest, bytes) else "").join(head) + rest
    text = _decode(content) if isinstance(content, bytes) else content
    if text is None:
        report(InputProblem(STDIN, None, _NOT_TEXT))
    else:
        yield Article(STDIN, text, published)


def _through_first_content(lines: Iterator[Any]) -> list[Any]:
    """The leading lines up to and including the first that is not blank."""
    head = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    return head


def _starts_json(line: bytes | str) -> bool:
    text = line.decode("utf-8", "replace") if isinstance(line, bytes) else line
    return text.removeprefix("\ufeff").lstrip().startswith("{")
