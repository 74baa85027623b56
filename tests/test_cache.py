"""The extraction cache: keys, stored form, damage, and runs that use it."""

from __future__ import annotations

import importlib

import io
import sqlite3
from dataclasses import replace

import pytest
from conftest import SAMPLE_ARTICLES, better_extraction, severance_extraction

from showgraph import cache as cache_module
from showgraph.api import build_graph
from showgraph.articles import iter_articles
from showgraph.cache import (
    DB_NAME,
    CacheWarning,
    ExtractionCache,
    article_key,
    cached_extractions,
    decode,
    encode,
    pipeline_fingerprint,
)
from showgraph.export import write_graph
from showgraph.records import Article, ArticleExtraction


def _extraction(article: Article) -> ArticleExtraction:
    """A stand-in for parsing: one entity named after the article."""
    return replace(better_extraction(), article=article)


@pytest.fixture
def store(tmp_path):
    with ExtractionCache(tmp_path / "cache", fingerprint="fp") as cache:
        yield cache


@pytest.mark.parametrize("extraction", [better_extraction(), severance_extraction(),
                                        ArticleExtraction(Article("empty.txt", ""))])
def test_cache_encode_decode_round_trip(extraction):
    assert decode(encode(extraction), extraction.article) == extraction


@pytest.mark.parametrize("change", [
    {"id": "b.txt"}, {"text": "Other text."}, {"published": "2024-01"}, {"url": "http://x.org/a"},
    {"title": "A title"},
])
def test_cache_key_changes_with_every_article_field(change):
    article = Article("a.txt", "Some text.", "2024-02")
    assert article_key(article, "fp") != article_key(replace(article, **change), "fp")
    assert article_key(article, "fp") == article_key(Article("a.txt", "Some text.", "2024-02"), "fp")


def test_cache_key_changes_with_the_pipeline():
    article = Article("a.txt", "Some text.")
    assert article_key(article, "fp1") != article_key(article, "fp2")


def test_cache_key_keeps_fields_apart():
    assert article_key(Article("ab", "c"), "fp") != article_key(Article("a", "bc"), "fp")
    assert article_key(Article("a", "", None), "fp") != article_key(Article("a", "", ""), "fp")


def test_cache_get_put_and_counts(store):
    article = Article("a.txt", "Text.")
    assert store.get(article) is None
    store.put(article, _extraction(article))
    assert store.get(article) == _extraction(article)
    assert (store.hits, store.misses) == (1, 1)


def test_cache_entries_survive_reopening(tmp_path):
    article = Article("a.txt", "Text.")
    with ExtractionCache(tmp_path, fingerprint="fp") as cache:
        cache.put(article, _extraction(article))
    with ExtractionCache(tmp_path, fingerprint="fp") as cache:
        assert cache.get(article) == _extraction(article)
    with ExtractionCache(tmp_path, fingerprint="other pipeline") as cache:
        assert cache.get(article) is None


def test_cache_damaged_entry_is_a_miss_and_is_rewritten(tmp_path):
    article = Article("a.txt", "Text.")
    with ExtractionCache(tmp_path, fingerprint="fp") as cache:
        cache.put(article, _extraction(article))
        cache.commit()
        cache._db.execute("UPDATE extractions SET value = ?", (b"not zlib",))
        assert cache.get(article) is None
        cache.put(article, _extraction(article))
        assert cache.get(article) == _extraction(article)


def test_cache_file_that_is_not_a_database_is_moved_aside(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"this is not SQLite" * 100)
    article = Article("a.txt", "Text.")
    with ExtractionCache(tmp_path, fingerprint="fp") as cache:
        cache.put(article, _extraction(article))
        assert cache.get(article) == _extraction(article)
    assert (tmp_path / (DB_NAME + ".corrupt")).read_bytes().startswith(b"this is not SQLite")


def test_cache_that_cannot_be_created_warns_and_is_a_no_op(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    article = Article("a.txt", "Text.")
    with pytest.warns(CacheWarning, match="not used"):
        cache = ExtractionCache(blocker / "cache", fingerprint="fp")
    cache.put(article, _extraction(article))
    assert cache.get(article) is None
    cache.close()


def test_cache_problem_goes_to_the_callback(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    seen = []
    ExtractionCache(blocker / "cache", fingerprint="fp", on_problem=seen.append).close()
    assert len(seen) == 1 and "not used" in seen[0]


def test_cache_without_fingerprint_refuses(store):
    store.fingerprint = None
    with pytest.raises(ValueError, match="fingerprint"):
        store.get(Article("a.txt", ""))


def test_cache_uncommitted_entries_of_an_interrupted_run_are_simply_missing(tmp_path):
    article = Article("a.txt", "Text.")
    cache = ExtractionCache(tmp_path, fingerprint="fp")
    cache.put(article, _extraction(article))
    cache._db.close()  # the process dies before the batch is committed
    with ExtractionCache(tmp_path, fingerprint="fp") as again:
        assert again.get(article) is None


def test_cache_two_stores_on_one_file_see_each_others_commits(tmp_path):
    article = Article("a.txt", "Text.")
    with ExtractionCache(tmp_path, fingerprint="fp") as one, \
            ExtractionCache(tmp_path, fingerprint="fp") as two:
        one.put(article, _extraction(article))
        one.commit()
        assert two.get(article) == _extraction(article)
        two.put(article, _extraction(article))  # a concurrent run writing the same entry
        two.commit()


# ---- Hits and misses in input order ---------------------------------------------------


class CountingParse:
    """A fake parser that records what it was asked to parse."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, articles):
        self.calls.append([])
        for article in articles:
            self.calls[-1].append(article.id)
            yield _extraction(article)


def _articles(n: int) -> list[Article]:
    return [Article(f"{i}.txt", f"Text {i}.") for i in range(n)]


@pytest.mark.parametrize("cached", [set(), {0}, {1, 2}, {0, 3, 4, 7}, set(range(8)), {7}])
def test_cached_extractions_keep_input_order_and_parse_only_misses(store, cached):
    articles = _articles(8)
    for i in cached:
        store.put(articles[i], _extraction(articles[i]))
    parse = CountingParse()
    out = list(cached_extractions(articles, store, parse))
    assert [e.article for e in out] == articles
    assert [i for call in parse.calls for i in call] == [a.id for i, a in enumerate(articles)
                                                        if i not in cached]
    assert len(parse.calls) == (0 if len(cached) == 8 else 1)
    # What was parsed is now cached.
    assert all(store.get(a) is not None for a in articles)


def test_cached_extractions_cut_a_parse_when_many_hits_wait(store, monkeypatch):
    monkeypatch.setattr(cache_module, "MAX_WAITING", 3)
    articles = _articles(12)
    misses = {0, 1, 9}
    for i, article in enumerate(articles):
        if i not in misses:
            store.put(article, _extraction(article))
    parse = CountingParse()
    out = list(cached_extractions(articles, store, parse))
    assert [e.article for e in out] == articles
    assert parse.calls == [["0.txt", "1.txt"], ["9.txt"]]



def test_cached_extractions_bound_what_waits_behind_a_greedy_parse(store, monkeypatch):
    monkeypatch.setattr(cache_module, "MAX_WAITING", 4)
    articles = _articles(20)
    for i, article in enumerate(articles):
        if i % 3:
            store.put(article, _extraction(article))
    calls = []

    def greedy(misses):  # reads everything it may before answering, as a pool would
        batch = list(misses)
        calls.append([a.id for a in batch])
        return (_extraction(a) for a in batch)

    out = list(cached_extractions(articles, store, greedy))
    assert [e.article for e in out] == articles
    assert [i for call in calls for i in call] == [f"{i}.txt" for i in range(0, 20, 3)]
    assert all(len(call) <= 2 for call in calls)  # 4 waiting: at most 2 misses among them

# ---- Whole runs -----------------------------------------------------------------------


def _turtle(kg) -> bytes:
    out = io.BytesIO()
    write_graph(kg, out, "turtle")
    return out.getvalue()


@pytest.fixture
def parsed_ids(monkeypatch):
    """The ids of the articles that reach the parser, per run."""
    # The module, not the showgraph.extract() function that shares its name.
    extract_module = importlib.import_module("showgraph.extract")

    seen: list[str] = []
    real = extract_module.extract_articles

    def counting(articles, nlp, **options):
        def counted():
            for article in articles:
                seen.append(article.id)
                yield article
        return real(counted(), nlp, **options)

    monkeypatch.setattr(extract_module, "extract_articles", counting)
    return seen


def test_cache_warm_run_parses_nothing_and_writes_the_same_bytes(nlp, tmp_path, parsed_ids):
    articles = list(iter_articles([str(SAMPLE_ARTICLES)]))[:4]
    cold = _turtle(build_graph(articles, nlp=nlp))
    assert len(parsed_ids) == 4
    with ExtractionCache(tmp_path) as cache:
        first = _turtle(build_graph(articles, nlp=nlp, cache=cache))
    with ExtractionCache(tmp_path) as cache:
        warm = _turtle(build_graph(articles, nlp=nlp, cache=cache))
        assert (cache.hits, cache.misses) == (4, 0)
    assert cold == first == warm
    assert len(parsed_ids) == 8  # the cold run and the first cached run; none in the warm one


def test_cache_one_changed_article_is_the_only_one_parsed(nlp, tmp_path, parsed_ids):
    articles = list(iter_articles([str(SAMPLE_ARTICLES)]))[:4]
    with ExtractionCache(tmp_path) as cache:
        build_graph(articles, nlp=nlp, cache=cache)
    changed = replace(articles[2], text=articles[2].text.replace("HBO", "FX"))
    articles[2] = changed
    parsed_ids.clear()
    with ExtractionCache(tmp_path) as cache:
        warm = _turtle(build_graph(articles, nlp=nlp, cache=cache))
    assert parsed_ids == [changed.id]
    assert warm == _turtle(build_graph(articles, nlp=nlp))


def test_cache_warm_run_does_not_load_the_model(tmp_path, monkeypatch):
    articles = [Article("a.txt", "Text.")]
    with ExtractionCache(tmp_path, fingerprint=pipeline_fingerprint()) as cache:
        cache.put(articles[0], _extraction(articles[0]))

    def no_loading(model=None):
        raise AssertionError("the model was loaded")

    monkeypatch.setattr("showgraph.model.load_pipeline", no_loading)
    with ExtractionCache(tmp_path) as cache:
        kg = build_graph(articles, cache=cache)
    assert {e.name for e in kg.iter_entities()} >= {"Better Than Us"}


# ---- The pipeline's fingerprint -------------------------------------------------------


def test_fingerprint_of_the_default_model_is_stable_and_needs_no_spacy():
    assert pipeline_fingerprint() == pipeline_fingerprint()
    assert pipeline_fingerprint() != pipeline_fingerprint(nlp=_FakeNlp())


def test_fingerprint_of_an_unknown_model_is_none():
    assert pipeline_fingerprint("xx_no_such_model") is None


def test_fingerprint_follows_a_saved_pipeline_folder(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \"en\"\n")
    first = pipeline_fingerprint(str(tmp_path))
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \"en\"\nbatch_size = 2\n")
    assert first is not None and pipeline_fingerprint(str(tmp_path)) != first


def test_fingerprint_follows_showgraph_source(monkeypatch):
    before = pipeline_fingerprint()
    monkeypatch.setattr(cache_module, "source_digest", lambda: "edited rules")
    assert pipeline_fingerprint() != before


class _FakeNlp:
    meta = {"name": "core_web_sm", "version": "3.8.0"}
    pipe_names = ["tok2vec"]

    class config:  # noqa: N801 - mimics nlp.config
        @staticmethod
        def to_str() -> str:
            return "[nlp]"


def test_cache_sqlite_table_holds_one_row_per_article(tmp_path):
    articles = _articles(3)
    with ExtractionCache(tmp_path, fingerprint="fp") as cache:
        list(cached_extractions(articles, cache, CountingParse()))
    rows = sqlite3.connect(tmp_path / DB_NAME).execute("SELECT COUNT(*) FROM extractions").fetchone()
    assert rows == (3,)


# ---- The command line -----------------------------------------------------------------


def _cli_extract(*args: str):
    from click.testing import CliRunner

    from showgraph.cli import cli

    result = CliRunner().invoke(cli, ["extract", *args, "-f", "nt", "-q"])
    assert result.exit_code == 0, result.output
    return result


def test_cli_extract_second_run_reads_the_cache(tmp_path, parsed_ids):
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(SAMPLE_ARTICLES.glob("*.txt"))[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    cache_dir = tmp_path / "cache"
    first = _cli_extract(str(folder), "--cache-dir", str(cache_dir))
    assert len(parsed_ids) == 3
    second = _cli_extract(str(folder), "--cache-dir", str(cache_dir))
    assert len(parsed_ids) == 3
    assert second.stdout_bytes == first.stdout_bytes
    uncached = _cli_extract(str(folder), "--no-cache")
    assert len(parsed_ids) == 6
    assert uncached.stdout_bytes == first.stdout_bytes


def test_cli_extract_no_cache_writes_no_cache(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("HBO's “Quiet Harbour” premiered in 2024.", encoding="utf-8")
    monkeypatch.setenv("SHOWGRAPH_CACHE_DIR", str(tmp_path / "default-cache"))
    _cli_extract(str(article), "--no-cache")
    assert not (tmp_path / "default-cache").exists()
    _cli_extract(str(article))
    assert (tmp_path / "default-cache" / DB_NAME).exists()


def test_cli_extract_unusable_cache_is_one_line_and_the_run_goes_on(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("HBO's “Quiet Harbour” premiered in 2024.", encoding="utf-8")
    (tmp_path / "blocker").write_text("")
    result = _cli_extract(str(article), "--cache-dir", str(tmp_path / "blocker" / "cache"))
    assert "cache" in result.stderr and "not used" in result.stderr
    assert "Quiet Harbour" in result.stdout
