"""Bad input, faults and interruptions through the command line: the run goes
on, each problem is one line naming its path, exit statuses say what happened,
and an output file is never left half-written or lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import QUIET_HARBOUR

import showgraph.api
import showgraph.articles
import showgraph.export
from showgraph.cli import cli

ROOT = Path(__file__).resolve().parents[1]
GOOD_FACT = ("Martin Greaves", "plays", "Albert Finch")  # stated in the ``article`` fixture
PREVIOUS = b"the previous graph\n"


def facts_in(path: Path) -> set[tuple]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {(r["subject_name"], r["predicate"], r.get("object_name", r.get("value")))
            for r in records if r["kind"] == "fact"}


def stderr_lines(result) -> list[str]:
    return result.stderr.strip().splitlines()


# ---- Each class of bad input: named in one line, the rest written ---------------------
#
# Each case makes its input in a folder and returns (what to pass on the command
# line, the place the message names: path, or path:line).

def _binary(tmp: Path):
    (tmp / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    return "photo.txt", "photo.txt"


def _unreadable(tmp: Path):
    (tmp / "locked.txt").write_text("Filming began in May.", encoding="utf-8")
    (tmp / "locked.txt").chmod(0)
    return "locked.txt", "locked.txt"


def _dangling_link_in_folder(tmp: Path):
    # Unreadable even for root, unlike a chmod 000 file.
    (tmp / "corpus").mkdir()
    (tmp / "corpus" / "gone.txt").symlink_to(tmp / "nowhere.txt")
    return "corpus", os.path.join("corpus", "gone.txt")


def _not_html(tmp: Path):
    (tmp / "page.html").write_text("no markup at all, only words", encoding="utf-8")
    return "page.html", "page.html"


def _bad_jsonl_line(tmp: Path):
    lines = [json.dumps({"id": "n1", "text": "Filming began in May."}),
             '{"id": "n2", "text": "unterminated',
             json.dumps({"id": "n3", "text": QUIET_HARBOUR})]
    (tmp / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "feed.jsonl", "feed.jsonl:2"


def _jsonl_record_without_text(tmp: Path):
    (tmp / "feed.jsonl").write_text('\n\n{"id": "n1"}\n', encoding="utf-8")
    return "feed.jsonl", "feed.jsonl:3"


def _missing(tmp: Path):
    return "missing.txt", "missing.txt"


def _folder_named_like_a_file(tmp: Path):
    (tmp / "x.txt").mkdir()
    return "x.txt", "x.txt"


def _unsupported_file(tmp: Path):
    (tmp / "paper.pdf").write_bytes(b"%PDF-1.4\n")
    return "paper.pdf", "paper.pdf"


def _glob_matching_nothing(tmp: Path):
    return "nothing/*.txt", "nothing/*.txt"


BAD_INPUTS: dict[str, Callable[[Path], tuple[str, str]]] = {
    "binary": _binary,
    "unreadable": _unreadable,
    "dangling-link": _dangling_link_in_folder,
    "not-html": _not_html,
    "bad-jsonl-line": _bad_jsonl_line,
    "jsonl-without-text": _jsonl_record_without_text,
    "missing": _missing,
    "folder-named-x.txt": _folder_named_like_a_file,
    "unsupported": _unsupported_file,
    "empty-glob": _glob_matching_nothing,
}


@pytest.mark.parametrize("make", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_robustness_bad_input_is_named_and_the_rest_written(runner, tmp_path, monkeypatch,
                                                            article, make):
    if make is _unreadable and os.geteuid() == 0:
        pytest.skip("root reads a chmod 000 file; dangling-link covers an unreadable file")
    monkeypatch.chdir(tmp_path)
    given, where = make(tmp_path)
    out = tmp_path / "graph.jsonl"

    result = runner.invoke(cli, ["extract", given, article.name, "-o", str(out), "-q"])

    assert result.exit_code == 1, result.output
    problem, summary = stderr_lines(result)
    assert problem.startswith(f"showgraph: {where}: skipped: ")
    assert summary == "showgraph: 1 input(s) skipped; the rest was written"
    assert GOOD_FACT in facts_in(out)


def test_robustness_good_records_around_a_bad_jsonl_line_are_read(runner, tmp_path,
                                                                  monkeypatch):
    monkeypatch.chdir(tmp_path)
    given, _ = _bad_jsonl_line(tmp_path)
    result = runner.invoke(cli, ["extract", given, "-f", "jsonl", "-q"])
    assert result.exit_code == 1
    assert GOOD_FACT in {(r["subject_name"], r["predicate"], r.get("object_name"))
                         for r in map(json.loads, result.stdout.splitlines())
                         if r["kind"] == "fact"}


# Inputs that are odd but fine: read without complaint.
FINE_INPUTS: dict[str, tuple[str, bytes]] = {
    "empty": ("empty.txt", b""),
    "one-word": ("word.txt", b"Netflix"),
    "only-white-space": ("blank.md", b" \n\t\r\n"),
    "truncated-html": ("cut.html", "<html><body><article><p>Netflix ordered “Glass Orchard,” "
                       "a drama created by Hana Ito.</p><p>More <b>soon".encode()),
    "utf-16": ("wide.txt", "Émilie Fournier stars as Café Owner.".encode("utf-16")),
    "utf-8-bom": ("bom.txt", "\ufeffÉmilie Fournier stars as Café Owner.".encode()),
    "cp1252": ("legacy.txt", "Émilie Fournier’s “Café” stars señor Müller.".encode("cp1252")),
    "nul-in-jsonl-text": ("nul.jsonl", b'{"id": "n1", "text": "Netflix\\u0000 ordered it."}\n'),
    "lone-surrogate-in-jsonl": ("half.jsonl",
                                b'{"id": "n\\udc00", "text": "Netflix \\ud800 ordered it."}\n'),
}


@pytest.mark.parametrize(("name", "data"), FINE_INPUTS.values(), ids=FINE_INPUTS.keys())
def test_robustness_odd_but_valid_input_is_read(runner, tmp_path, article, name, data):
    (tmp_path / name).write_bytes(data)
    out = tmp_path / "graph.jsonl"
    result = runner.invoke(cli, ["extract", str(tmp_path / name), str(article), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert GOOD_FACT in facts_in(out)


@pytest.mark.parametrize("name", ["utf-16", "utf-8-bom", "cp1252"])
def test_robustness_encodings_give_the_right_names(runner, tmp_path, name):
    filename, data = FINE_INPUTS[name]
    (tmp_path / filename).write_bytes(data)
    result = runner.invoke(cli, ["extract", str(tmp_path / filename), "-f", "jsonl", "-q"])
    assert result.exit_code == 0
    names = {r["name"] for r in map(json.loads, result.stdout.splitlines()) if r["kind"] == "entity"}
    assert "Émilie Fournier" in names


def test_robustness_nothing_read_leaves_the_previous_output(runner, tmp_path):
    out = tmp_path / "graph.ttl"
    out.write_bytes(PREVIOUS)
    result = runner.invoke(cli, ["extract", str(tmp_path / "missing.txt"), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert stderr_lines(result)[-1].endswith("nothing was read, so nothing was written")
    assert out.read_bytes() == PREVIOUS


# ---- Exit statuses ------------------------------------------------------------------


def test_robustness_every_article_read_exits_0(runner, tmp_path, article):
    result = runner.invoke(cli, ["extract", str(article), "-o", str(tmp_path / "g.jsonl"), "-q"])
    assert (result.exit_code, result.stderr) == (0, "")


@pytest.mark.parametrize(("args", "message"), [
    (["--no-such-option"], "No such option"),
    ([], "Missing argument"),
    (["--published", "2024-13-01"], "not a valid ISO date"),
    (["--published", "next week"], "not a valid ISO date"),
    (["-f", "xml"], "unknown format 'xml'"),
    (["-o", "graph.xyz"], "cannot tell the format"),
    (["-o", "no/such/folder/graph.ttl"], "does not exist"),
    (["--base-iri", "not an iri"], "not an absolute IRI"),
    (["-j", "0"], "--jobs"),
], ids=["option", "no-inputs", "published-day", "published-words", "format", "extension",
        "output-folder", "base-iri", "jobs"])
def test_robustness_usage_errors_exit_2_before_any_work(runner, tmp_path, monkeypatch, article,
                                                        args, message):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(showgraph.api, "build_graph", _must_not_run)
    inputs = [] if args == [] else [str(article)]
    result = runner.invoke(cli, ["extract", *inputs, *args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


def _must_not_run(*args, **kwargs):
    raise AssertionError("a usage error must be found before extracting")


def test_robustness_internal_error_is_one_line_without_debug(runner, article, monkeypatch):
    monkeypatch.setattr(showgraph.api, "build_graph", _crash)
    result = runner.invoke(cli, ["extract", str(article), "-q"])
    assert result.exit_code == 1
    (line,) = stderr_lines(result)
    assert "internal error: ValueError: rule went wrong" in line and "--debug" in line


def test_robustness_debug_lets_the_error_through(runner, article, monkeypatch):
    monkeypatch.setattr(showgraph.api, "build_graph", _crash)
    result = runner.invoke(cli, ["extract", str(article), "-q", "--debug"])
    assert isinstance(result.exception, ValueError)
    assert "internal error" not in result.stderr


def _crash(*args, **kwargs):
    raise ValueError("rule went wrong")


# The console script, with a line on stderr just before main() runs.
_MAIN = "import sys; from showgraph.cli import main; print('ready', file=sys.stderr, flush=True); main()"


def _run_showgraph(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-c", _MAIN, *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    assert process.stderr.readline() == "ready\n"
    return process


@pytest.mark.parametrize(("debug", "traceback"), [(False, False), (True, True)])
def test_robustness_traceback_only_with_debug(article, debug, traceback):
    args = ["extract", str(article), "--model", "xx_no_such_model"] + (["--debug"] if debug else [])
    process = _run_showgraph(*args)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert ("Traceback (most recent call last)" in err) is traceback
    assert "ModelNotFound" in err if debug else len(err.strip().splitlines()) == 1


# ---- Interruptions and failures while writing -----------------------------------------


@pytest.fixture
def previous(tmp_path) -> Path:
    out = tmp_path / "out" / "graph.ttl"
    out.parent.mkdir()
    out.write_bytes(PREVIOUS)
    return out


def _interrupted_after_first(real_iter_articles):
    def articles(*args, **kwargs):
        yield next(real_iter_articles(*args, **kwargs))
        raise KeyboardInterrupt

    return articles


def test_robustness_ctrl_c_while_extracting_keeps_the_previous_output(runner, article, previous,
                                                                     monkeypatch):
    monkeypatch.setattr(showgraph.articles, "iter_articles",
                        _interrupted_after_first(showgraph.articles.iter_articles))
    result = runner.invoke(cli, ["extract", str(article), str(article), "-o", str(previous), "-q"])
    assert result.exit_code == 130
    assert stderr_lines(result) == [f"showgraph: interrupted; {previous} was left as it was"]
    assert previous.read_bytes() == PREVIOUS
    assert os.listdir(previous.parent) == [previous.name]


def _half_then(error: BaseException):
    def write(kg, out, *args):
        out.write(b"@prefix half: <a graph")
        raise error

    return write


@pytest.mark.parametrize(("error", "status", "message"), [
    (KeyboardInterrupt(), 130, "interrupted"),
    (OSError(28, "No space left on device"), 1, "No space left on device; "),
    (RuntimeError("bug"), 1, "internal error: RuntimeError: bug; "),
], ids=["ctrl-c", "disk-full", "bug"])
def test_robustness_failure_while_writing_keeps_the_previous_output(
        runner, article, previous, monkeypatch, error, status, message):
    monkeypatch.setattr(showgraph.export, "write_rdf", _half_then(error))
    result = runner.invoke(cli, ["extract", str(article), "-o", str(previous), "-q"])
    assert result.exit_code == status
    (line,) = stderr_lines(result)
    assert message in line and "Traceback" not in result.output
    assert previous.read_bytes() == PREVIOUS
    assert os.listdir(previous.parent) == [previous.name]  # no temporary file left


def test_robustness_ctrl_c_with_debug_shows_the_traceback(runner, article, previous, monkeypatch):
    monkeypatch.setattr(showgraph.export, "write_rdf", _half_then(KeyboardInterrupt()))
    result = runner.invoke(cli, ["extract", str(article), "-o", str(previous), "-q", "--debug"])
    assert result.exit_code == 130
    assert "Traceback (most recent call last)" in result.stderr
    assert "KeyboardInterrupt" in result.stderr
    assert previous.read_bytes() == PREVIOUS


def test_robustness_sigterm_keeps_the_previous_output(previous):
    # Standard input held open: the run waits for an article that never comes.
    process = _run_showgraph("extract", "-", "-o", str(previous), "-q", stdin=subprocess.PIPE)
    time.sleep(0.3)  # main() has long set its handler; whether the model is loaded does not matter
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143
    assert err.strip().splitlines() == [f"showgraph: terminated; {previous} was left as it was"]
    assert previous.read_bytes() == PREVIOUS
    assert os.listdir(previous.parent) == [previous.name]
