"""The accuracy-table script: rendering and README section replacement."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from showgraph.evaluate import Evaluation, Score

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "update_accuracy.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("update_accuracy", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _evaluation(tp: int, fp: int, fn: int) -> Evaluation:
    result = Evaluation(facts=Score(tp, fp, fn), entities=Score(8, 2, 0))
    result.by_predicate["actor"] = Score(tp, fp, fn)
    return result


def test_update_accuracy_render_has_overall_and_predicate_rows(script):
    section = script.render({"news-dev": _evaluation(3, 1, 1)}, "en_core_web_sm")
    assert "| news-dev | 0.750 | 0.750 | 0.750 | 0.889 |" in section
    assert "| actor | 0.75 / 0.75 / 0.75 (4) |" in section


def test_update_accuracy_replaces_only_the_marked_section(script):
    readme = f"# x\n\nbefore\n{script.START}\nold\n{script.END}\nafter\n"
    updated = script.replace_section(readme, f"{script.START}\nnew\n{script.END}")
    assert updated == f"# x\n\nbefore\n{script.START}\nnew\n{script.END}\nafter\n"


def test_update_accuracy_missing_markers_fail(script):
    with pytest.raises(SystemExit):
        script.replace_section("# no markers\n", "x")


def test_update_accuracy_readme_has_the_markers(script):
    readme = (SCRIPT.parents[1] / "README.md").read_text(encoding="utf-8")
    assert script.START in readme and script.END in readme
