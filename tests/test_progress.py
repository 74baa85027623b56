"""The progress bar: on a terminal only, with articles, words a second and ETA."""

from __future__ import annotations

import io

import pytest
from click.testing import CliRunner

import showgraph.progress
from showgraph.cli import cli
from showgraph.progress import progress_bar
from showgraph.records import Article


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_shows_articles_words_per_second_and_eta():
    terminal = FakeTerminal()
    with progress_bar(total=2, file=terminal) as tick:
        tick(Article("a.txt", "one two three"))
        tick(Article("b.txt", "four five"))
    shown = terminal.getvalue()
    assert "2/2" in shown
    assert "articles" in shown
    assert "words/s" in shown
    assert "<" in shown  # tqdm's "elapsed<remaining": the ETA


def test_progress_bar_counts_the_total_only_when_shown():
    calls = []

    def total():
        calls.append(1)
        return 1

    with progress_bar(total=total, file=io.StringIO()) as tick:  # not a terminal
        tick(Article("a.txt", "x"))
    assert calls == []
    with progress_bar(total=total, file=FakeTerminal()) as tick:
        tick(Article("a.txt", "x"))
    assert calls == [1]


@pytest.mark.parametrize("disable", [True, False])
def test_progress_bar_silent_when_disabled_or_not_a_terminal(disable):
    stream = FakeTerminal() if disable else io.StringIO()
    with progress_bar(disable=disable, total=1, file=stream) as tick:
        tick(Article("a.txt", "x"))
    assert stream.getvalue() == ""


@pytest.mark.parametrize(("options", "shown"), [([], True), (["--quiet"], False)])
def test_cli_extract_progress_bar_on_a_terminal_and_quiet(monkeypatch, tmp_path, options, shown):
    monkeypatch.setattr(showgraph.progress, "_is_terminal", lambda stream: True)
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("HBO's “Quiet Harbour” premiered in 2024.",
                                             encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "-f", "nt", *options])
    assert result.exit_code == 0, result.output
    assert ("2/2" in result.stderr and "words/s" in result.stderr) is shown
    assert result.stdout.startswith("<")
