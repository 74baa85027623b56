"""Shared fixtures: the real pipeline (loaded once per session) and a small
knowledge graph built by hand, without spaCy."""

from __future__ import annotations

from pathlib import Path

import pytest

from showgraph.graph import KnowledgeGraph
from showgraph.names import entity_id
from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ARTICLES = ROOT / "data" / "articles"


# A short casting article: network, date, two actors and their characters.
QUIET_HARBOUR = ("HBO's “Quiet Harbour” premiered on June 2, 2024. Martin Greaves stars as "
                 "Albert Finch, a lighthouse keeper, and Lila Moreno plays Rosa Finch.")


@pytest.fixture
def runner():
    """A click runner for in-process CLI tests."""
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture
def article(tmp_path):
    """:data:`QUIET_HARBOUR` as a file, ``quiet-harbour.txt``, in the test's folder."""
    path = tmp_path / "quiet-harbour.txt"
    path.write_text(QUIET_HARBOUR, encoding="utf-8")
    return path


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
                 kg.name_of(f.object) if f.object else f.value) for f in kg.iter_facts()}

    return run


@pytest.fixture(scope="session")
def extract_entities(nlp):
    """Entities of one text as {name: type}."""
    from showgraph.api import build_graph
    from showgraph.records import Article

    def run(text: str) -> dict[str, str]:
        kg = build_graph([Article("t.txt", text)], nlp=nlp)
        return {e.name: e.type for e in kg.iter_entities()}

    return run


@pytest.fixture(scope="session")
def sample_graph(nlp):
    """The knowledge graph of the bundled sample articles."""
    from showgraph.api import build_graph
    from showgraph.articles import iter_articles

    return build_graph(iter_articles([str(SAMPLE_ARTICLES)]), nlp=nlp)

BETTER = Article("better-than-us.txt", "", published="2019-09-02",
                 url="https://example.com/news/better-than-us", title="Better Than Us")
# No URL and a month for a date: the source IRI is minted from the doc id.
SEVERANCE = Article("news/severance 2.txt", "", published="2025-01")


def _src(article: Article, start: int, sentence: str) -> Source:
    return Source(article.id, start, start + len(sentence), sentence)


def better_extraction() -> ArticleExtraction:
    work = Entity("work/better-than-us", "Better Than Us", "Work", "TVSeries")
    andreeva = Entity("person/paulina-andreeva", "Paulina Andreeva", "Person",
                      aliases=("Andreeva",))
    arisa = Entity("character/arisa", "Arisa", "Character")
    netflix = Entity("organization/netflix", "Netflix", "Organization")
    russia = Entity("place/russia", "Russia", "Place")
    cast = _src(BETTER, 100, "She is played by Paulina Andreeva.")
    facts = (
        Fact(work.id, "actor", object=andreeva.id, confidence=0.9, sources=(cast,), rule="cast"),
        Fact(work.id, "character", object=arisa.id, confidence=0.9, sources=(cast,), rule="cast"),
        Fact(andreeva.id, "plays", object=arisa.id, confidence=0.92, sources=(cast,),
             rule="played_by"),
        Fact(work.id, "network", object=netflix.id, confidence=0.8,
             sources=(_src(BETTER, 10, "Netflix acquired Better Than Us."),)),
        Fact(work.id, "countryOfOrigin", object=russia.id,
             sources=(_src(BETTER, 0, "The Russian series"),)),
        Fact(work.id, "releaseDate", value="2019-08-16",
             sources=(_src(BETTER, 200, "It premiered on August 16, 2019."),)),
        Fact(work.id, "numberOfEpisodes", value=16,
             sources=(_src(BETTER, 240, "all 16 episodes"),)),
    )
    return ArticleExtraction(BETTER, (work, andreeva, arisa, netflix, russia), facts)


def severance_extraction() -> ArticleExtraction:
    series = Entity("work/severance", "Severance", "Work", "TVSeries")
    season = Entity("work/severance-season-2", "Severance season 2", "Work", "Season")
    apple = Entity("organization/apple-tv", "Apple TV+", "Organization")
    person = Entity("person/jamie-erlich", "Jamie Erlich", "Person")
    netflix = Entity("organization/netflix", "Netflix", "Organization")
    better = Entity("work/better-than-us", "Better Than Us", "Work", "TVSeries")
    facts = (
        # Also stated by the other article: one fact, two sources, two graphs.
        Fact(better.id, "network", object=netflix.id, confidence=0.5,
             sources=(_src(SEVERANCE, 200, "Netflix, home of Better Than Us"),)),
        Fact(season.id, "partOfSeries", object=series.id, confidence=0.7,
             sources=(_src(SEVERANCE, 0, "Severance season 2"),)),
        Fact(season.id, "releaseDate", value="2025-01",
             sources=(_src(SEVERANCE, 30, "returns in January 2025"),)),
        Fact(series.id, "numberOfSeasons", value=2, sources=(_src(SEVERANCE, 60, "two seasons"),)),
        Fact(series.id, "network", object=apple.id, confidence=0.95,
             sources=(_src(SEVERANCE, 90, "streams on Apple TV+"),)),
        Fact(person.id, "jobTitle", value="head of drama", confidence=0.6,
             sources=(_src(SEVERANCE, 120, "Jamie Erlich, head of drama at Apple TV+"),)),
        Fact(person.id, "worksFor", object=apple.id, confidence=0.6,
             sources=(_src(SEVERANCE, 120, "Jamie Erlich, head of drama at Apple TV+"),)),
        Fact(series.id, "releaseDate", value="2022", confidence=0.5, sources=()),
    )
    return ArticleExtraction(SEVERANCE, (series, season, apple, person, netflix, better), facts)


def build_kg(reverse: bool = False) -> KnowledgeGraph:
    """The two articles merged; ``reverse`` adds everything in the opposite order."""
    extractions = [better_extraction(), severance_extraction()]
    if reverse:
        extractions = [
            ArticleExtraction(e.article, e.entities[::-1], e.facts[::-1]) for e in extractions[::-1]
        ]
    return KnowledgeGraph().add_all(extractions)


@pytest.fixture
def kg() -> KnowledgeGraph:
    """Two articles: entity facts, every kind of literal, plays with actor and character."""
    return build_kg()


WEIRD_NAMES = [
    'Anna "Ann" O\'Neil', "<script>alert(1)</script>", "line\nbreak\r\ttab", "鬼滅の刃",
    "Лучше, чем люди", "50% off {now}", "a#b?c=d&e", "back\\slash", "emoji 🎬 \u200b",
    "nul\x00bell\x07del\x7f", "   ", "%41",
]


def weird_kg(names: list[str], raw_ids: bool, doc: str = "weird doc <1>.txt") -> KnowledgeGraph:
    """One work, person and character per name, with ids made raw or by entity_id."""
    make_id = (lambda kind, name: f"{kind.lower()}/{name}") if raw_ids else entity_id
    entities, facts = [], []
    for name in names:
        work, person, character = (
            Entity(make_id(kind, name), name, kind) for kind in ("Work", "Person", "Character")
        )
        source = Source(doc, 0, len(name), name)
        entities += [work, person, character]
        facts += [Fact(work.id, predicate, object=obj.id, sources=(source,))
                  for predicate, obj in (("actor", person), ("character", character))]
        facts += [Fact(person.id, "plays", object=character.id, sources=(source,)),
                  Fact(person.id, "jobTitle", value=name, sources=(source,))]
    kg = KnowledgeGraph()
    kg.add(ArticleExtraction(Article(doc, "", url=f"http://example.com/{doc}"), tuple(entities),
                             tuple(facts)))
    return kg


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path_factory, monkeypatch):
    """Runs that use the default cache folder write it under pytest's tmp, not ~/.cache."""
    monkeypatch.setenv("SHOWGRAPH_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
