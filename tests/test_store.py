"""The Oxigraph store: layout, persistence, replacing an article's extraction."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from conftest import WEIRD_NAMES, build_kg, weird_kg

from showgraph.errors import StoreError
from showgraph.export.rdf import DEFAULT_BASE_IRI, write_rdf
from showgraph.graph import KnowledgeGraph
from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source
from showgraph.store import MENTIONS, add_to_store, is_store, open_store

ID = DEFAULT_BASE_IRI
DEFAULT = ox.DefaultGraph()
CONFIDENCE = "https://showgraph.dev/vocab#confidence"
NAME, ALTERNATE = "https://schema.org/name", "https://schema.org/alternateName"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

A, B = Article("a.txt", "", published="2024-01-02"), Article("b.txt", "")
SERIES = Entity("work/harbour", "Harbour", "Work", "TVSeries")
LILA = Entity("person/lila-moreno", "Lila Moreno", "Person")
HBO = Entity("organization/hbo", "HBO", "Organization")
ROSA = Entity("character/rosa", "Rosa", "Character")
EXTRA = Entity("person/only-in-b", "Only In B", "Person")


def src(article: Article, start: int) -> Source:
    return Source(article.id, start, start + 5, f"sentence at {start}")


def article_a() -> ArticleExtraction:
    facts = (Fact(SERIES.id, "network", object=HBO.id, confidence=0.8, sources=(src(A, 0),)),
             Fact(SERIES.id, "actor", object=LILA.id, confidence=0.9, sources=(src(A, 10),)))
    return ArticleExtraction(A, (SERIES, LILA, HBO), facts)


def article_b(*, keep_own_facts: bool = True) -> ArticleExtraction:
    """B restates the network; its first version also casts Rosa and names an extra person."""
    facts = [Fact(SERIES.id, "network", object=HBO.id, confidence=0.5, sources=(src(B, 0),))]
    entities = [SERIES, HBO]
    if keep_own_facts:
        facts += [Fact(SERIES.id, "character", object=ROSA.id, sources=(src(B, 20),)),
                  Fact(LILA.id, "plays", object=ROSA.id, sources=(src(B, 20),))]
        entities += [ROSA, LILA, EXTRA]
    return ArticleExtraction(B, tuple(entities), tuple(facts))


def graph_of(*extractions: ArticleExtraction) -> KnowledgeGraph:
    return KnowledgeGraph().add_all(extractions)


def stored(*graphs: KnowledgeGraph) -> ox.Store:
    store = ox.Store()
    for kg in graphs:
        add_to_store(store, kg)
    return store


def content(store: ox.Store, *, confidence: bool = True) -> set[str]:
    return {str(q) for q in store if confidence or q.predicate.value != CONFIDENCE}


def node_quads(store: ox.Store, iri: str) -> list[ox.Quad]:
    return list(store.quads_for_pattern(ox.NamedNode(iri), None, None, None))


def exported(kg: KnowledgeGraph, fmt: str) -> set[ox.Quad]:
    """The export, through a store too: it writes decimals in its own canonical form."""
    out = io.BytesIO()
    write_rdf(kg, out, fmt)
    store = ox.Store()
    store.load(out.getvalue(), {"nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS}[fmt])
    return set(store)


# ---- Opening --------------------------------------------------------------------------


def test_store_open_creates_a_store_in_a_new_or_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    for folder in (tmp_path / "new", tmp_path / "empty"):
        add_to_store(open_store(folder), build_kg())
        assert is_store(folder)


@pytest.mark.parametrize("read_only", [False, True])
def test_store_open_refuses_a_folder_that_is_not_a_store(read_only):
    with pytest.raises(StoreError, match="not a showgraph store.*--store"):
        open_store("data/articles", read_only=read_only)


def test_store_open_read_only_does_not_create(tmp_path):
    with pytest.raises(StoreError):
        open_store(tmp_path / "missing", read_only=True)
    assert not (tmp_path / "missing").exists()


def test_store_open_twice_for_writing_is_a_store_error(tmp_path):
    first = open_store(tmp_path / "db")
    with pytest.raises(StoreError, match="another showgraph or oxigraph process"):
        open_store(tmp_path / "db")
    del first


# ---- Layout ---------------------------------------------------------------------------


def test_store_default_graph_is_the_triple_export_plus_mentions(kg):
    store = stored(kg)
    default = {ox.Quad(q.subject, q.predicate, q.object) for q in store
               if q.graph_name == DEFAULT and q.predicate.value != MENTIONS}
    assert default == exported(kg, "nt")


def test_store_named_graphs_are_the_quad_export_plus_mentions(kg):
    store = stored(kg)
    named = {q for q in store if q.graph_name != DEFAULT and q.predicate.value != MENTIONS}
    assert named == {q for q in exported(kg, "nquads") if q.graph_name != DEFAULT}


def test_store_each_article_mentions_the_entities_it_names(kg):
    store = stored(kg)
    graph = ox.NamedNode(ID + "article/better-than-us.txt")
    article = ox.NamedNode("https://example.com/news/better-than-us")
    mentioned = {q.object.value
                 for q in store.quads_for_pattern(article, ox.NamedNode(MENTIONS), None, graph)}
    assert mentioned == {ID + e for e in ("work/better-than-us", "person/paulina-andreeva",
                                          "character/arisa", "organization/netflix",
                                          "place/russia")}


# ---- Persistence and replacement ---------------------------------------------------------


def test_store_persists_across_runs(tmp_path):
    folder = tmp_path / "db"
    store = open_store(folder)
    add_to_store(store, graph_of(article_a()))
    del store  # as a process ending would
    store = open_store(folder)
    change = add_to_store(store, graph_of(article_b()))
    del store
    assert (change.articles, change.replaced) == (1, 0)
    reopened = open_store(folder, read_only=True)
    assert content(reopened, confidence=False) == content(
        stored(graph_of(article_a(), article_b())), confidence=False)


@pytest.mark.parametrize("graphs", [
    [build_kg()],
    [graph_of(article_a()), graph_of(article_b())],
    [weird_kg(WEIRD_NAMES, raw_ids=True)],
    [weird_kg(WEIRD_NAMES, raw_ids=False)],
], ids=["two-articles", "two-runs", "weird-raw-ids", "weird-ids"])
def test_store_adding_the_same_graphs_again_changes_nothing(graphs):
    store = stored(*graphs)
    before = content(store)
    changes = [add_to_store(store, kg) for kg in graphs]
    assert content(store) == before
    assert [change.replaced for change in changes] == [change.articles for change in changes]


def test_store_replacing_an_article_is_a_fresh_store_of_the_latest_extractions():
    store = stored(graph_of(article_a(), article_b()))
    add_to_store(store, graph_of(article_b(keep_own_facts=False)))
    fresh = stored(graph_of(article_a(), article_b(keep_own_facts=False)))
    # Confidence aside: see the next test.
    assert content(store, confidence=False) == content(fresh, confidence=False)


def test_store_fact_only_a_replaced_article_stated_is_gone():
    store = stored(graph_of(article_a(), article_b()))
    rosa = ox.NamedNode(ID + ROSA.id)
    assert list(store.quads_for_pattern(None, None, rosa, None))
    add_to_store(store, graph_of(article_b(keep_own_facts=False)))
    assert not list(store.quads_for_pattern(None, None, rosa, None))
    assert not node_quads(store, ID + ROSA.id)
    assert not node_quads(store, ID + "role/lila-moreno/rosa")


def test_store_entity_no_stored_article_names_any_more_is_gone_others_stay():
    store = stored(graph_of(article_a(), article_b()))
    add_to_store(store, graph_of(article_b(keep_own_facts=False)))
    assert not node_quads(store, ID + EXTRA.id)
    assert node_quads(store, ID + LILA.id)  # article A still names her


def test_store_shared_fact_keeps_the_other_articles_evidence_and_its_confidence():
    store = stored(graph_of(article_a(), article_b()))
    fact = next(q.subject for q in store.quads_for_pattern(
        None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"),
        ox.NamedNode("https://showgraph.dev/vocab#network"), DEFAULT))
    add_to_store(store, graph_of(article_b(keep_own_facts=False)))
    evidence = {q.object.value for q in store.quads_for_pattern(
        fact, ox.NamedNode("https://showgraph.dev/vocab#evidence"), None, None)}
    assert evidence == {ID + "evidence/a.txt/0-5", ID + "evidence/b.txt/0-5"}
    # The latest extraction's confidence, not a noisy-or across runs.
    confidences = [q.object.value for q in store.quads_for_pattern(
        fact, ox.NamedNode(CONFIDENCE), None, None)]
    assert confidences == ["0.5"]


def test_store_replaced_article_loses_its_evidence_and_provenance():
    store = stored(graph_of(article_a(), article_b()))
    add_to_store(store, graph_of(article_b(keep_own_facts=False)))
    assert not node_quads(store, ID + "evidence/b.txt/20-25")
    assert len(node_quads(store, ID + "article/b.txt")) == 3  # type, derivedFrom, attributedTo


def test_store_entity_name_is_the_latest_and_the_old_one_an_alternate():
    renamed = Entity(LILA.id, "Lila M. Moreno", "Person")
    store = stored(graph_of(article_a()))
    add_to_store(store, graph_of(ArticleExtraction(B, (renamed,))))
    names = {(q.predicate.value, q.object.value) for q in node_quads(store, ID + LILA.id)}
    assert (NAME, "Lila M. Moreno") in names
    assert (NAME, "Lila Moreno") not in names
    assert (ALTERNATE, "Lila Moreno") in names


@pytest.mark.parametrize(("first", "then", "kept"), [
    ("TVSeries", None, "TVSeries"),
    (None, "TVSeries", "TVSeries"),
    ("TVSeries", "Movie", "Movie"),
])
def test_store_work_class_is_the_latest_known_one(first, then, kept):
    classes = {"TVSeries": "https://schema.org/TVSeries", "Movie": "https://schema.org/Movie"}
    store = stored(graph_of(ArticleExtraction(A, (Entity("work/x", "X", "Work", first),))))
    add_to_store(store, graph_of(ArticleExtraction(A, (Entity("work/x", "X", "Work", then),))))
    types = {q.object.value for q in node_quads(store, ID + "work/x")
             if q.predicate.value == RDF_TYPE}
    assert types == {classes[kept]}


def test_store_article_with_weird_names_is_replaced_cleanly():
    store = stored(weird_kg(WEIRD_NAMES, raw_ids=True))
    add_to_store(store, weird_kg(WEIRD_NAMES[:2], raw_ids=True))
    assert content(store) == content(stored(weird_kg(WEIRD_NAMES[:2], raw_ids=True)))


# ---- On the sample corpus ------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_extractions(nlp):
    """Each sample article's extraction, made once."""
    from conftest import SAMPLE_ARTICLES

    from showgraph.articles import iter_articles
    from showgraph.extract import extract_articles

    return list(extract_articles(iter_articles([str(SAMPLE_ARTICLES)]), nlp))


def merged(extractions) -> KnowledgeGraph:
    kg = KnowledgeGraph().add_all(extractions)
    kg.merge_aliases()  # as build_graph does at the end of a run
    return kg


def test_store_sample_corpus_in_several_runs_is_the_corpus_in_one(sample_extractions):
    runs = [sample_extractions[:8], sample_extractions[8:], sample_extractions[5:10]]
    store = stored(*map(merged, runs))
    assert content(store, confidence=False) == content(stored(merged(sample_extractions)),
                                                       confidence=False)


def test_store_cli_extract_twice_replaces_without_duplicates(tmp_path):
    from click.testing import CliRunner

    from showgraph.cli import cli

    article = "data/articles/saltwater-hymn-review.txt"
    folder = str(tmp_path / "db")
    runner = CliRunner()
    sizes, messages = [], []
    for _ in range(2):
        result = runner.invoke(cli, ["extract", article, "--store", folder])
        assert result.exit_code == 0, result.output
        assert result.stdout == ""  # the store alone, without -o
        messages.append(result.stderr.strip().splitlines()[-1])
        sizes.append(len(open_store(folder, read_only=True)))
    assert sizes[0] == sizes[1] > 50
    assert messages[1].endswith("1 article(s) stored in " + folder
                                + ", 1 of them replacing an earlier extraction")


KILLED_WRITER = """
import sys
from showgraph.graph import KnowledgeGraph
from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source
from showgraph.store import add_to_store, open_store

store = open_store(sys.argv[1])
print("open", flush=True)
for run in range(1000):
    kg = KnowledgeGraph()
    for n in range(300):
        doc = f"a{n}.txt"
        work = Entity(f"work/w{n}", f"Work {n} run {run}", "Work")
        person = Entity(f"person/p{n}", f"Person {n}", "Person")
        fact = Fact(work.id, "actor", object=person.id, sources=(Source(doc, 0, 9, "evidence"),))
        kg.add(ArticleExtraction(Article(doc, ""), (work, person), (fact,)))
    add_to_store(store, kg)
"""


def test_store_killed_writer_leaves_a_store_a_rerun_restores(tmp_path):
    # SIGKILL, not Ctrl-C: nothing gets to clean up. The store must open again,
    # and extracting the articles once more must give exactly their graph: an
    # interrupted replace may leave an article missing, never a broken store.
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    from showgraph.graph import KnowledgeGraph
    from showgraph.query import run_query
    from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source
    from showgraph.store import add_to_store, open_store

    folder = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(folder)], env=env,
                              stdout=subprocess.PIPE, text=True)
    assert writer.stdout.readline() == "open\n"
    time.sleep(2.0)
    writer.send_signal(signal.SIGKILL)
    assert writer.wait(timeout=30) == -signal.SIGKILL

    kg = KnowledgeGraph()
    for n in range(300):
        doc = f"a{n}.txt"
        work, person = Entity(f"work/w{n}", f"Work {n}", "Work"), Entity(f"person/p{n}", f"Person {n}", "Person")
        fact = Fact(work.id, "actor", object=person.id, sources=(Source(doc, 0, 9, "evidence"),))
        kg.add(ArticleExtraction(Article(doc, ""), (work, person), (fact,)))
    store = open_store(str(folder))
    add_to_store(store, kg)
    del store
    query = "SELECT (COUNT(DISTINCT ?w) AS ?works) (COUNT(*) AS ?n) WHERE { ?w schema:actor ?p }"
    (works, triples), = run_query([str(folder)], query).rows()
    assert (int(works), int(triples)) == (300, 300)
