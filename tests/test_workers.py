"""--jobs: the pipeline in worker processes gives what one process gives."""

from __future__ import annotations

import warnings

import pytest
from conftest import SAMPLE_ARTICLES

import importlib
from showgraph import workers
from showgraph.articles import iter_articles
from showgraph.extract import extract_articles
from showgraph.records import Article, ArticleExtraction


@pytest.fixture(scope="module")
def articles():
    return list(iter_articles([str(SAMPLE_ARTICLES)]))[:5]


def test_workers_two_processes_same_extractions_as_one(nlp, articles):
    one = list(extract_articles(articles, nlp, batch_size=2, n_process=1))
    two = list(extract_articles(articles, nlp, batch_size=2, n_process=2))
    assert two == one
    assert [e.article for e in two] == articles
    assert all(a is b for a, b in zip((e.article for e in two), articles))


def test_workers_doc_extension_data_reaches_the_records(nlp, articles):
    # Facts come from doc._.sg_relations and coreference from doc._.sg_coref:
    # with neither, a casting article would give no plays facts.
    two = list(extract_articles(articles[:1], nlp, n_process=2))
    assert any(f.predicate == "plays" for f in two[0].facts)


def _fake_extract_articles(articles, nlp, batch_size=16, n_process=1):
    """Skips (with a warning) every article whose text says so, as the pipeline does
    for an article a component fails on."""
    for article in articles:
        if "skip me" in article.text:
            warnings.warn(f"{article.id}: skipped", UserWarning, stacklevel=2)
            continue
        yield ArticleExtraction(article)


def test_workers_results_keep_their_articles_when_one_is_skipped(monkeypatch):
    monkeypatch.setattr(importlib.import_module("showgraph.extract"), "extract_articles", _fake_extract_articles)
    batch = [Article("a", "fine"), Article("b", "skip me"), Article("a", "fine too")]
    results, raised = workers._extract(batch, batch_size=16)
    assert [index for index, _ in results] == [0, 2]
    assert raised == [(UserWarning, "b: skipped")]


def test_workers_warnings_are_raised_again_in_the_main_process(monkeypatch):
    monkeypatch.setattr(importlib.import_module("showgraph.extract"), "extract_articles", _fake_extract_articles)
    articles = [Article(str(i), "skip me" if i == 3 else "fine") for i in range(6)]
    with pytest.warns(UserWarning, match="3: skipped"):
        out = list(workers.extract_in_processes(articles, nlp=None, batch_size=2, n_process=2))
    assert [e.article.id for e in out] == ["0", "1", "2", "4", "5"]
