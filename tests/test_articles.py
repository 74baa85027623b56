"""Reading inputs into Article records: formats, folders, globs, stdin, problems."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from showgraph.articles import InputProblem, iter_articles, validate_published
from showgraph.errors import InputError
from showgraph.records import Article

FIXTURES = Path(__file__).parent / "fixtures"

# Invented text with what encodings get wrong: curly quotes, dashes, accents.
ACCENTED = "Émilie Fournier’s “Café Lumière” premières on Tidewater — señor Müller approves.\r\n"


def read(inputs: list[str], published: str | None = None) -> tuple[list[Article], list[InputProblem]]:
    problems: list[InputProblem] = []
    articles = list(iter_articles(inputs, published=published, on_error=problems.append))
    return articles, problems


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.write_bytes(data)
    return path


def jsonl(*records: dict[str, object]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> io.BytesIO:
    raw = io.BytesIO(data)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw))
    return raw


# Plain text and encodings


@pytest.mark.parametrize("name", ["pilot.txt", "pilot.md", "PILOT.TXT"])
def test_articles_plain_text_is_kept_exactly(tmp_path: Path, name: str) -> None:
    # CRLF, tabs and trailing blanks must survive: evidence offsets index this text.
    text = "# Casting news\r\n\r\nNadia Kessel joins \tHarbour Lights.  \r\n"
    path = write(tmp_path / name, text)

    articles, problems = read([str(path)], published="2024-05-02")

    assert problems == []
    assert articles == [Article(str(path), text, "2024-05-02")]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", ACCENTED),
        ("utf-8-sig", ACCENTED),
        ("utf-16", ACCENTED),
        ("utf-16-be", "\ufeff" + ACCENTED),
        ("utf-32", ACCENTED),
        ("cp1252", ACCENTED),
        ("cp1252", "Le café ouvre."),
        ("latin-1", "Señor Müller’s naïve élan".replace("’", "'")),
    ],
)
def test_articles_encodings_decode_to_the_original(tmp_path: Path, encoding: str, text: str) -> None:
    path = write(tmp_path / "a.txt", text.encode(encoding))

    articles, problems = read([str(path)])

    assert problems == []
    assert articles[0].text == text.removeprefix("\ufeff")  # the BOM goes, nothing else


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01",
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00!\x04\x01",  # NULs, yet valid UTF-8
        bytes(range(128, 256)) * 8,  # no NULs, and no encoding makes text of it
    ],
)
def test_articles_binary_file_is_reported_and_reading_goes_on(tmp_path: Path, data: bytes) -> None:
    binary = write(tmp_path / "poster.txt", data)
    good = write(tmp_path / "good.txt", "Renewed.")

    articles, problems = read([str(binary), str(good)])

    assert [a.id for a in articles] == [str(good)]
    assert [(p.path, p.line) for p in problems] == [(str(binary), None)]
    assert "binary" in problems[0].reason


def test_articles_empty_files_are_empty_articles(tmp_path: Path) -> None:
    paths = [write(tmp_path / name, b"") for name in ("a.txt", "b.md", "c.html")]

    articles, problems = read([str(p) for p in paths], published="2020")

    assert problems == []
    assert articles == [Article(str(p), "", "2020") for p in paths]


def test_articles_large_file_is_read_in_full(tmp_path: Path) -> None:
    text = "The writers' room met again on Tuesday. " * 150_000  # about 6 MB
    path = write(tmp_path / "long.txt", text)

    articles, _ = read([str(path)])

    assert len(articles[0].text) == len(text)
    assert articles[0].text == text


# JSON Lines


def test_articles_jsonl_records_keep_their_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "news.jsonl", jsonl(
        {"id": "n1", "text": "Harbour Lights returns.", "published": "2019-09-02",
         "url": "https://example.org/n1", "title": "Returns", "section": "tv"},
        {"id": "n2", "text": "Quiet Orbit ends."},
    ))

    articles, problems = read([str(path)], published="2020-01")

    assert problems == []
    assert articles == [
        Article("n1", "Harbour Lights returns.", "2019-09-02", "https://example.org/n1", "Returns"),
        Article("n2", "Quiet Orbit ends.", "2020-01"),
    ]


def test_articles_jsonl_splits_only_at_newlines(tmp_path: Path) -> None:
    # U+2028 and a lone CR are legal inside a JSON string; str.splitlines would cut there.
    text = "First line\u2028still the same article\rand this too"
    path = write(tmp_path / "news.jsonl", "\n" + jsonl({"id": "n1", "text": text}) + "\r\n\n")

    articles, problems = read([str(path)])

    assert problems == []
    assert [a.text for a in articles] == [text]


@pytest.mark.parametrize(
    ("bad_line", "reason"),
    [
        ('{"id": "x" "text": "no comma"}', "skipped: not valid JSON (Expecting ',' delimiter at column 12)"),
        ('{"text": "who am I"}', 'skipped: no "id" field'),
        ('{"id": "x"}', 'skipped: no "text" field'),
        ('{"id": 7, "text": "numbered"}', '"id" must be a non-empty string, not a number'),
        ('{"id": "", "text": "anonymous"}', '"id" must be a non-empty string, not an empty string'),
        ('{"id": "x", "text": null}', '"text" must be a string, not null'),
        ('{"id": "x", "text": "t", "title": ["a"]}', '"title" must be a string, not an array'),
        ('{"id": "x", "text": "t", "published": "2 Sept 2019"}', "'2 Sept 2019' is not a valid ISO date"),
        ('["x", "just an array"]', "a JSON object is needed, not an array"),
        ('"x"', "a JSON object is needed, not a string"),
    ],
)
def test_articles_jsonl_bad_lines_are_reported_with_line_numbers(
    tmp_path: Path, bad_line: str, reason: str
) -> None:
    good_before = json.dumps({"id": "g1", "text": "Before."})
    good_after = json.dumps({"id": "g2", "text": "After."})
    path = write(tmp_path / "news.jsonl", f"{good_before}\n{bad_line}\n{good_after}\n")

    articles, problems = read([str(path)])

    assert [a.id for a in articles] == ["g1", "g2"]
    assert len(problems) == 1
    assert (problems[0].path, problems[0].line) == (str(path), 2)
    assert reason in problems[0].reason
    assert str(problems[0]).startswith(f"{path}:2: skipped: ")


def test_articles_jsonl_invalid_utf8_line_is_reported(tmp_path: Path) -> None:
    lines = [b'{"id": "a", "text": "fine"}', b'{"id": "b", "text": "caf\xe9"}', b'{"id": "c", "text": "fine"}']
    path = write(tmp_path / "news.jsonl", b"\n".join(lines))

    articles, problems = read([str(path)])

    assert [a.id for a in articles] == ["a", "c"]
    assert [(p.line, p.reason) for p in problems] == [(2, "skipped: not valid UTF-8 (JSON Lines are UTF-8)")]


def test_articles_jsonl_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    # Escapes of half a surrogate pair: valid JSON, but no UTF-8 output can hold them.
    line = r'{"id": "n\udc00", "text": "Cast \ud800 news \ud83c\udfac.", "title": "\udfff"}'
    path = write(tmp_path / "news.jsonl", line + "\n")

    articles, problems = read([str(path)])

    assert problems == []
    assert [(a.id, a.text, a.title) for a in articles] == [
        ("n\ufffd", "Cast \ufffd news \U0001f3ac.", "\ufffd"),  # one for one: offsets hold
    ]
    assert articles[0].text.encode("utf-8")


def test_articles_jsonl_duplicate_id_is_reported_and_the_first_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "news.jsonl", jsonl(
        {"id": "n1", "text": "first"}, {"id": "n2", "text": "other"}, {"id": "n1", "text": "second"},
    ))

    articles, problems = read([str(path)])

    assert [(a.id, a.text) for a in articles] == [("n1", "first"), ("n2", "other")]
    assert [(p.line, p.reason) for p in problems] == [(3, "skipped: duplicate id 'n1' (first on line 1)")]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_articles_jsonl_with_a_bom(tmp_path: Path, encoding: str) -> None:
    # A raw CR between tokens is JSON white space, not a line break.
    lines = jsonl({"id": "n1", "text": ACCENTED + "\u2028"}) + '{"id": "n2",\r"text": "b"}\n'
    path = write(tmp_path / "news.jsonl", lines.encode(encoding))

    articles, problems = read([str(path)])

    assert problems == []
    assert [(a.id, a.text) for a in articles] == [("n1", ACCENTED + "\u2028"), ("n2", "b")]


# HTML


def test_articles_html_main_text_without_furniture() -> None:
    path = str(FIXTURES / "premiere.html")

    [article], problems = read([path])

    assert problems == []
    assert article.id == path
    assert "renewed its lighthouse drama Harbour Lights for a second season" in article.text
    assert "reclusive keeper Aurel Brandt" in article.text
    for furniture in ("Subscribe to the Ledger", "Television", "Most read", "quiz shows",
                      "Privacy policy", "All rights reserved"):
        assert furniture not in article.text
    assert article.title == "Harbour Lights Renewed for Second Season"
    assert article.url == "https://screenledger.example/news/harbour-lights-season-2"
    assert article.published == "2024-03-14"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_articles_html_review_page(tmp_path: Path, encoding: str) -> None:
    page = (FIXTURES / "review.html").read_text(encoding="utf-8")
    path = write(tmp_path / "review.html", page.encode(encoding))

    [article], problems = read([str(path)])

    assert problems == []
    assert "“We wanted the quiet to feel earned,” she told us — and it does." in article.text
    assert "Hélène Castellanos" in article.text
    assert "Reader comments" not in article.text and "fight me" not in article.text
    assert "Cookie preferences" not in article.text
    # The review's own date, not the reviewed series' nor the copyright year.
    assert article.published == "2023-11-02"
    assert article.url == "https://framefocus.example/reviews/quiet-orbit"
    assert article.title == "“Quiet Orbit” finds its footing"


BODY = ("<body><article><h1>Quiet Orbit ends</h1><p>The space drama Quiet Orbit premiered on "
        "16 August 2019 and ran until 2019-10-20 on the Halcyon channel.</p><p>Ines Marrow-Tate "
        "played the stranded engineer in all ten episodes.</p></article>"
        "<footer>Copyright 2021</footer></body>")


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta property="article:published_time" content="2024-03-14T23:30:00-08:00">', "2024-03-14"),
        ('<meta name="date" content="2020-06">', "2020-06"),  # month precision kept, no day invented
        ('<meta name="pubdate" content="March 14, 2024">', "2024-03-14"),
        ('<meta name="DC.date.issued" content="2022">', "2022"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-05-06"}</script>',
         "2021-05-06"),
        ('<script type="application/ld+json">{"@type": "TVSeries", "datePublished": "2019-08-16"}</script>',
         "2025-01"),
        ('<meta property="article:modified_time" content="2023-02-01">', "2025-01"),
        ('<meta name="date" content="yesterday">', "2025-01"),
        ("", "2025-01"),  # dates in the body text and the copyright line are not the page's date
    ],
)
def test_articles_html_publication_date(tmp_path: Path, head: str, published: str) -> None:
    path = write(tmp_path / "page.html", f"<html><head><title>T</title>{head}</head>{BODY}</html>")

    [article], problems = read([str(path)], published="2025-01")

    assert problems == []
    assert article.published == published


def test_articles_html_time_element_dates_the_page(tmp_path: Path) -> None:
    body = BODY.replace("<article>", '<article><time itemprop="datePublished" datetime="2018-12-01">1 Dec</time>')
    path = write(tmp_path / "page.html", f"<html><head><title>T</title></head>{body}</html>")

    [article], _ = read([str(path)])

    assert article.published == "2018-12-01"


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>Nothing here</title></head><body></body></html>",
        "<html><head><title>Only scripts</title><script>var a = 1;</script></head><body><nav></nav></body></html>",
    ],
)
def test_articles_html_without_text_is_reported(tmp_path: Path, page: str) -> None:
    path = write(tmp_path / "empty-page.html", page)
    good = write(tmp_path / "good.txt", "Fine.")

    articles, problems = read([str(path), str(good)])

    assert [a.id for a in articles] == [str(good)]
    assert [str(p) for p in problems] == [f"{path}: skipped: no article text found in the page"]


# Folders and globs


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    write(root / "b.txt", "B.")
    write(root / "a.md", "A.")
    write(root / "news.jsonl", jsonl({"id": "n1", "text": "N1."}))
    write(root / "gold.jsonl", '{"doc": "b.txt", "entities": [], "facts": []}\n')
    write(root / "README.md", "About this corpus.")
    write(root / "SOURCES.md", "Where the articles come from.")
    write(root / "LICENSE.txt", "CC BY 4.0")
    write(root / "notes.csv", "a,b\n")
    write(root / "sub" / "c.TXT", "C.")
    write(root / "sub" / "deeper" / "d.htm", (FIXTURES / "premiere.html").read_text(encoding="utf-8"))
    write(root / ".ipynb_checkpoints" / "b-checkpoint.txt", "B.")
    write(root / ".hidden.txt", "H.")
    return root


CORPUS_IDS = ["a.md", "b.txt", "n1", "sub/c.TXT", "sub/deeper/d.htm"]


def test_articles_folder_is_walked_recursively_in_sorted_order(corpus: Path) -> None:
    articles, problems = read([str(corpus)])

    assert problems == []
    assert [a.id for a in articles] == CORPUS_IDS
    assert articles[0].text == "A."


@pytest.mark.parametrize("given", ["corpus", "corpus/", "./corpus", "{absolute}"])
def test_articles_doc_ids_are_relative_to_the_folder(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    monkeypatch.chdir(corpus.parent)

    articles, _ = read([given.format(absolute=corpus)])

    assert [a.id for a in articles] == CORPUS_IDS


def test_articles_files_named_explicitly_are_always_read(corpus: Path) -> None:
    articles, problems = read([str(corpus / "README.md"), str(corpus / "LICENSE.txt")])

    assert problems == []
    assert [a.text for a in articles] == ["About this corpus.", "CC BY 4.0"]


def test_articles_unreadable_file_in_a_folder_is_reported(corpus: Path) -> None:
    os.symlink(corpus / "missing-target.txt", corpus / "broken.txt")

    articles, problems = read([str(corpus)])

    assert [a.id for a in articles] == CORPUS_IDS
    assert [(p.path, p.line) for p in problems] == [(str(corpus / "broken.txt"), None)]
    assert problems[0].reason.startswith("skipped: cannot read")


@pytest.mark.parametrize(
    ("pattern", "ids"),
    [
        ("corpus/*.txt", ["corpus/b.txt"]),
        ("corpus/**/*.txt", ["corpus/b.txt"]),  # case-sensitive glob: c.TXT not matched
        ("corpus/**/*.[tT][xX][tT]", ["corpus/b.txt", "corpus/sub/c.TXT"]),
        ("corpus/**", ["corpus/a.md", "corpus/b.txt", "n1", "corpus/sub/c.TXT", "corpus/sub/deeper/d.htm"]),
        ("corpus/*.jsonl", ["n1"]),  # gold.jsonl skipped as in a folder
        ("corpus/s*/*", ["corpus/sub/c.TXT"]),  # the folder sub/deeper is not walked
    ],
)
def test_articles_glob_patterns(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, pattern: str, ids: list[str]
) -> None:
    monkeypatch.chdir(corpus.parent)

    articles, problems = read([pattern])

    assert problems == []
    assert [a.id for a in articles] == ids


@pytest.mark.parametrize("pattern", ["corpus/*.pdf", "nowhere/**/*.txt", "corpus/gold*"])
def test_articles_glob_matching_nothing_is_reported(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, pattern: str
) -> None:
    monkeypatch.chdir(corpus.parent)

    articles, problems = read([pattern])

    assert articles == []
    assert [str(p) for p in problems] == [f"{pattern}: skipped: no article files match this pattern"]


def test_articles_empty_folder_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "only" / "gold.jsonl", "{}\n")

    articles, problems = read([str(tmp_path / "only")])

    assert articles == []
    assert [(p.path, p.line) for p in problems] == [(str(tmp_path / "only"), None)]
    assert "no article files" in problems[0].reason


# Problems


def test_articles_missing_path_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Fine.")
    missing = str(tmp_path / "missing.txt")

    articles, problems = read([missing, str(good)])

    assert [a.id for a in articles] == [str(good)]
    assert problems == [InputProblem(missing, None, "skipped: no such file or folder")]


def test_articles_unsupported_file_named_explicitly_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.csv", "a,b\n")

    articles, problems = read([str(path)])

    assert articles == []
    assert [(p.path, p.line) for p in problems] == [(str(path), None)]
    assert "not an article file" in problems[0].reason


def test_articles_without_on_error_the_first_problem_raises(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Fine.")
    missing = str(tmp_path / "missing.txt")
    articles = iter_articles([str(good), missing, str(good)])

    assert next(articles).id == str(good)  # what comes before the problem is read
    with pytest.raises(InputError, match=f"^{missing}: skipped: no such file or folder$"):
        next(articles)


# Publication dates


@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("2019-09-02", "2019-09-02"),
        ("2025-01", "2025-01"),
        ("2019", "2019"),
        (" 2019-09-02\n", "2019-09-02"),
        ("2019-09-02T10:30:00Z", "2019-09-02"),
        ("2024-02-29", "2024-02-29"),
    ],
)
def test_articles_validate_published_accepts_iso(value: str, normalised: str) -> None:
    assert validate_published(value) == normalised


@pytest.mark.parametrize(
    "value",
    ["", "2 September 2019", "02/09/2019", "2019-9-2", "2019-13", "2023-02-29", "19-09-02",
     "2019-09-02x", "2019-09-02T25:00"],
)
def test_articles_bad_published_raises_before_reading(value: str) -> None:
    with pytest.raises(InputError, match="not a valid ISO date") as raised:
        iter_articles(["never-read.txt"], published=value)  # raises without iterating
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", "Plain text.", "2025-01"),
        ("a.html", (FIXTURES / "premiere.html").read_text(encoding="utf-8"), "2024-03-14"),
        ("a.html", f"<html><head><title>T</title></head>{BODY}</html>", "2025-01"),
        ("a.jsonl", jsonl({"id": "x", "text": "t", "published": "2019-09"}), "2019-09"),
        ("a.jsonl", jsonl({"id": "x", "text": "t", "published": None}), "2025-01"),
        ("a.jsonl", jsonl({"id": "x", "text": "t"}), "2025-01"),
    ],
)
def test_articles_published_precedence(tmp_path: Path, name: str, content: str, expected: str) -> None:
    path = write(tmp_path / name, content)

    [article], problems = read([str(path)], published="2025-01")

    assert problems == []
    assert article.published == expected


# Standard input


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\n  Nadia Kessel {joins} the cast.\r\n", [Article("-", "\n  Nadia Kessel {joins} the cast.\r\n", "2024")]),
        (ACCENTED.encode("cp1252"), [Article("-", ACCENTED, "2024")]),
        (ACCENTED.encode("utf-16"), [Article("-", ACCENTED, "2024")]),
        (b"", [Article("-", "", "2024")]),
        (
            b'\n\n  {"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two.", "published": "2019"}\n',
            [Article("s1", "One.", "2024"), Article("s2", "Two.", "2019")],
        ),
        (b'\xef\xbb\xbf{"id": "s1", "text": "BOM first."}\n', [Article("s1", "BOM first.", "2024")]),
    ],
)
def test_articles_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, expected: list[Article]) -> None:
    feed_stdin(monkeypatch, data)

    articles, problems = read(["-"], published="2024")

    assert problems == []
    assert articles == expected


def test_articles_stdin_jsonl_problems_name_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, b'{"id": "s1", "text": "One."}\n{"id": "s2"}\n')

    articles, problems = read(["-"])

    assert [a.id for a in articles] == ["s1"]
    assert [str(p) for p in problems] == ['<stdin>:2: skipped: no "text" field (each line needs "id" and "text")']


def test_articles_stdin_jsonl_is_streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    data = jsonl(*({"id": f"s{i}", "text": "x" * 1000} for i in range(1000))).encode()
    raw = feed_stdin(monkeypatch, data)

    first = next(iter_articles(["-"]))

    assert first.id == "s0"
    assert raw.tell() < len(data) // 10  # the rest is still unread
