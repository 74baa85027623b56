"""The notebooks: committed with their outputs, and they still run, offline and cleanly.

Each notebook is re-executed in a fresh kernel on this interpreter, as
scripts/run_notebooks.py runs it before a commit.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SCRIPT = ROOT / "scripts" / "run_notebooks.py"
SHARED = ROOT.parent / "shared" / "corpus"
REMOTE = ("https://cdn", "http://cdn", "unpkg", "jsdelivr", "cdnjs", "googleapis")

nbformat = pytest.importorskip("nbformat")
pytest.importorskip("nbclient")
pytest.importorskip("pyvis")
pytest.importorskip("matplotlib")


@pytest.fixture(scope="module")
def runner():
    spec = importlib.util.spec_from_file_location("run_notebooks", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def executed(runner):
    """Each notebook run afresh, once for all the tests here."""
    return {name: runner.execute_notebook(NOTEBOOKS / name)
            for name in ("explore.ipynb", "accuracy.ipynb")}


def _outputs(notebook) -> list[dict]:
    return [output for cell in notebook.cells if cell.cell_type == "code"
            for output in cell.get("outputs", [])]


def _data(notebook, mime: str) -> list[str]:
    return [output["data"][mime] for output in _outputs(notebook)
            if mime in output.get("data", {})]


def _text(notebook) -> str:
    return json.dumps([output for output in _outputs(notebook)])


def _shared_text() -> tuple[set[str], set[str]]:
    """The shared corpora's doc ids, and the start of each of their longer sentences."""
    docs, sentences = set(), set()
    for gold in sorted(SHARED.glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                docs.add(json.loads(line)["doc"])
        for article in gold.parent.glob("*.txt"):
            for sentence in re.split(r"(?<=[.!?])\s+", article.read_text(encoding="utf-8")):
                if len(sentence) > 40:
                    sentences.add(sentence[:40])
    return docs, sentences


# ---- As committed --------------------------------------------------------------


@pytest.mark.parametrize("name", ["explore.ipynb", "accuracy.ipynb"])
def test_notebooks_are_committed_with_their_outputs(name):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.execution_count is not None for cell in code), "run, then commit"
    assert _data(notebook, "image/png"), "its plots are in the file"
    assert not [o for o in _outputs(notebook) if o["output_type"] == "error"]
    text = _text(notebook)
    assert not [marker for marker in REMOTE if marker in text]
    # Nothing of the machine that ran it.
    assert not re.search(r"/(work|root|home|tmp)/", text)
    assert notebook.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("name", ["explore.ipynb", "accuracy.ipynb"])
def test_notebooks_use_only_the_public_api(name):
    notebook = nbformat.read(NOTEBOOKS / name, as_version=4)
    source = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
    imports = set(re.findall(r"^\s*(?:from|import) (showgraph[\w.]*)", source, re.M))
    assert imports <= {"showgraph", "showgraph.view"}
    assert not re.search(r"\bkg\.graph\b", source)  # to_networkx() is the API
    assert not re.search(r"\._(?!_)", source)  # nothing private


def test_notebooks_committed_accuracy_holds_no_shared_text():
    if not SHARED.is_dir():
        pytest.skip("no shared corpora beside the checkout")
    text = _text(nbformat.read(NOTEBOOKS / "accuracy.ipynb", as_version=4))
    docs, sentences = _shared_text()
    assert docs and sentences
    assert not [doc for doc in docs if doc in text]
    assert not [sentence for sentence in sentences if sentence in text]


# ---- Run afresh ----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("name", ["explore.ipynb", "accuracy.ipynb"])
def test_notebooks_run_without_errors_or_remote_resources(executed, name):
    notebook = executed[name]
    assert not [o for o in _outputs(notebook) if o["output_type"] == "error"]
    assert not [o for o in _outputs(notebook) if o.get("name") == "stderr"
                and "Traceback" in o["text"]]
    assert _data(notebook, "image/png")
    assert any("<table" in html for html in _data(notebook, "text/html"))
    text = _text(notebook)
    assert not [marker for marker in REMOTE if marker in text]


@pytest.mark.slow
def test_notebooks_explore_shows_the_graph(executed):
    notebook = executed["explore.ipynb"]
    html = "\n".join(_data(notebook, "text/html"))
    assert "KnowledgeGraph</strong>" in html  # the summary
    assert "<iframe srcdoc=" in html and "vis.Network" in html  # the interactive view
    assert "sentence" in html  # the evidence table
    assert len(_data(notebook, "image/png")) >= 2  # counts, and the ego network


@pytest.mark.slow
def test_notebooks_accuracy_scores_and_errors(executed):
    notebook = executed["accuracy.ipynb"]
    html = "\n".join(_data(notebook, "text/html"))
    # The error table names the sample articles its mistakes come from.
    articles = [path.name for path in (ROOT / "data" / "articles").glob("*.txt")]
    assert "false positive" in html and any(name in html for name in articles)
    if SHARED.is_dir():
        text = _text(notebook)
        docs, sentences = _shared_text()
        assert "redocred-dev" in text and "news-dev" in text  # scored, when present
        assert not [doc for doc in docs if doc in text]
        assert not [sentence for sentence in sentences if sentence in text]
