"""The command line, run in-process: exit codes, output, errors."""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset, Graph

from showgraph.cli import cli


def test_cli_every_command_has_help_with_an_example(runner):
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, name
        assert command.help


def test_cli_extract_jsonl_to_stdout(runner, article):
    result = runner.invoke(cli, ["extract", str(article), "-f", "jsonl", "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    facts = {(r["subject_name"], r["predicate"], r.get("object_name", r.get("value")))
             for r in records if r["kind"] == "fact"}
    assert ("Martin Greaves", "plays", "Albert Finch") in facts
    assert ("Quiet Harbour", "network", "HBO") in facts
    kinds = [r["kind"] for r in records]
    assert kinds == sorted(kinds)  # entities first, then facts


@pytest.mark.parametrize(("suffix", "parse"), [
    (".ttl", lambda p: Graph().parse(p, format="turtle")),
    (".nt", lambda p: Graph().parse(p, format="nt")),
    (".nq", lambda p: Dataset().parse(p, format="nquads")),
    (".trig", lambda p: Dataset().parse(p, format="trig")),
    (".jsonld", lambda p: Graph().parse(p, format="json-ld")),
])
def test_cli_extract_format_follows_extension(runner, article, tmp_path, suffix, parse):
    out = tmp_path / f"graph{suffix}"
    result = runner.invoke(cli, ["extract", str(article), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert len(parse(str(out))) > 10


def test_cli_extract_missing_input_is_named_and_rest_written(runner, article, tmp_path):
    out = tmp_path / "graph.jsonl"
    result = runner.invoke(cli, ["extract", str(article), str(tmp_path / "nope.txt"), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    assert "Traceback" not in result.output
    assert "Albert Finch" in out.read_text(encoding="utf-8")


def test_cli_extract_unknown_model_is_one_line_error(runner, article):
    result = runner.invoke(cli, ["extract", str(article), "--model", "xx_no_such_model", "-q"])
    assert result.exit_code == 1
    assert "pip install" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_cli_extract_unknown_extension_is_usage_error(runner, article, tmp_path):
    result = runner.invoke(cli, ["extract", str(article), "-o", str(tmp_path / "graph.xyz"), "-q"])
    assert result.exit_code != 0
    assert "format" in result.stderr.lower()


def test_cli_extract_same_input_same_bytes(runner, article, tmp_path):
    outputs = []
    for name in ("a.ttl", "b.ttl"):
        runner.invoke(cli, ["extract", str(article), "-o", str(tmp_path / name), "-q"])
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]


def test_cli_eval_json(runner):
    result = runner.invoke(cli, ["eval", "data/articles", "-f", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) == {"facts", "entities", "predicates"}
    assert 0 < scores["facts"]["f1"] <= 1


def test_cli_eval_folder_without_gold(runner, tmp_path):
    result = runner.invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "gold.jsonl" in result.stderr
