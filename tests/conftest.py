"""Shared fixtures: the real pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ARTICLES = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def nlp():
    from showgraph.model import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract_facts(nlp):
    """Facts of one text as (subject name, predicate, object name or value) triples."""
    from showgraph.api import build_graph
    from showgraph.records import Article

    def run(text: str, published: str | None = None) -> set[tuple]:
        kg = build_graph([Article("t.txt", text, published)], nlp=nlp)
        return {(kg.name_of(f.subject), f.predicate,
                 kg.name_of(f.object) if f.object else f.value) for f in kg.facts()}

    return run


@pytest.fixture(scope="session")
def extract_entities(nlp):
    """Entities of one text as {name: type}."""
    from showgraph.api import build_graph
    from showgraph.records import Article

    def run(text: str) -> dict[str, str]:
        kg = build_graph([Article("t.txt", text)], nlp=nlp)
        return {e.name: e.type for e in kg.entities()}

    return run


@pytest.fixture(scope="session")
def sample_graph(nlp):
    """The knowledge graph of the bundled sample articles."""
    from showgraph.api import build_graph
    from showgraph.articles import iter_articles

    return build_graph(iter_articles([str(SAMPLE_ARTICLES)]), nlp=nlp)
