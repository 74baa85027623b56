"""A bounded fuzz of the whole pipeline: seeded random texts of entertainment
words, names, numbers, dates and punctuation, through extraction, the graph
and the JSON Lines and Turtle exports. Nothing may raise, and what comes out
must keep the graph's invariants. A few seconds, the same texts every run."""

from __future__ import annotations

import io
import json
import random
import re

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from showgraph.export import write_graph
from showgraph.export.rdf import to_rdflib_graph
from showgraph.extract import extract_articles
from showgraph.graph import KnowledgeGraph
from showgraph.records import PREDICATES, Article

SEED = 20240602
TEXTS = 200

WORDS = """
    the a an and but or of in on at by for with from as to is was will has have
    series season episode film movie show drama comedy thriller documentary pilot
    finale premiere premiered premieres debut debuted stream streams aired airs
    stars starring plays played portrays cast joins joined returns renewed
    cancelled created developed directed written produced executive producer
    showrunner director writer creator president head chief of drama network
    streamer studio distributor acquired release released based on novel book
    adapted sequel spinoff character role lead supporting guest voice
""".split()
NAMES = """
    Netflix HBO Hulu Apple TV+ Amazon Prime Video Disney+ Peacock Paramount+ BBC
    A24 Warner Bros. Universal Sony Pictures Lionsgate Neon FX AMC Showtime
    Martin Greaves Lila Moreno Hana Ito Owen Price Dana Cole Ben Okafor Clara Voss
    Albert Finch Rosa Finch Jonah Reed Mira Rhee Edith Marsh Mr. Ms. Dr. She He
    They It Andreeva Arisa Severance Russia Danish British American Korean
""".split()
TITLES = ["“Quiet Harbour”", "\"Glass Orchard\"", "'Night Ferry'", "‘Salt Road’",
          "Better Than Us", "«Harrow Lane»", "Severance season 2", "The Last of Us"]
NUMBERS = ["2", "8", "10", "16", "2019", "2024", "1999", "eight", "two", "first", "third",
           "100", "3.5", "#1", "50%"]
DATES = ["June 2, 2024", "January 30", "next Friday", "2019-08-16", "May 2025", "fall",
         "on Friday", "in 2016", "Oct. 21, 2016", "summer 2023"]
PUNCTUATION = [".", ",", ";", ":", "!", "?", "—", "–", "-", "(", ")", "[", "]", "<", ">",
               "\"", "'", "“", "”", "‘", "’", "…", "/", "&", "*", "\n", "\n\n", "\t",
               "  ", "\u00a0", "\u200b", "🎬", "é", "ß", "鬼", "ש"]
POOLS = [WORDS, WORDS, WORDS, NAMES, NAMES, TITLES, NUMBERS, DATES, PUNCTUATION, PUNCTUATION]


def random_texts(seed: int = SEED, count: int = TEXTS) -> list[str]:
    rng = random.Random(seed)
    lengths = [0, 1, 2, 5, 10, 20, 40, 100]
    texts = []
    for _ in range(count):
        tokens = [rng.choice(rng.choice(POOLS)) for _ in range(rng.choice(lengths))]
        texts.append(" ".join(tokens) if rng.random() < 0.8 else "".join(tokens))
    return texts


@pytest.fixture(scope="module", params=[None, 120], ids=["whole", "chunks-of-120"])
def fuzzed(request, nlp):
    """(articles, their extractions, the merged graph), in one pass through nlp.pipe.

    The chunked run takes the longer texts only: those are the ones it cuts.
    """
    texts = random_texts()
    if request.param:
        texts = [text for text in texts if len(text) > request.param]
    articles = [Article(f"fuzz-{n:03d}.txt", text, published="2024-12-05")
                for n, text in enumerate(texts)]
    extractions = list(extract_articles(articles, nlp, chunk_chars=request.param))
    kg = KnowledgeGraph().add_all(extractions)
    kg.merge_aliases()
    return articles, extractions, kg


def test_fuzz_the_texts_are_the_same_every_run():
    assert random_texts() == random_texts()
    assert random_texts(SEED + 1) != random_texts()


def test_fuzz_every_article_gives_one_extraction_in_order(fuzzed):
    articles, extractions, _ = fuzzed
    assert [e.article for e in extractions] == articles


def test_fuzz_finds_something(fuzzed):
    _, _, kg = fuzzed
    assert len(kg) > 20  # the fuzz reaches the relation rules, not only the tokenizer


def test_fuzz_evidence_offsets_index_the_text(fuzzed):
    _, extractions, _ = fuzzed
    for extraction in extractions:
        text = extraction.article.text
        for fact in extraction.facts:
            for source in fact.sources:
                assert source.doc == extraction.article.id
                assert 0 <= source.start <= source.end <= len(text)
                assert source.sentence, fact
                evidence = text[source.start:source.end]
                assert source.sentence.split()[0] in evidence
                assert re.sub(r"\s+", " ", evidence).strip() == source.sentence


def test_fuzz_facts_link_entities_of_the_types_the_spec_allows(fuzzed):
    _, _, kg = fuzzed
    entities = {e.id: e for e in kg.iter_entities()}
    for fact in kg.iter_facts():
        subject_types, object_types = PREDICATES[fact.predicate]
        assert fact.subject in entities, fact
        assert entities[fact.subject].type in subject_types, fact
        if isinstance(object_types, str):
            assert fact.object is None and fact.value not in (None, ""), fact
        else:
            assert fact.object in entities, fact
            assert entities[fact.object].type in object_types, fact
            assert fact.object != fact.subject, fact


@pytest.mark.parametrize(("kind", "check"), [
    ("date", lambda v: isinstance(v, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v)),
    ("integer", lambda v: isinstance(v, int) and v >= 0),
    ("text", lambda v: isinstance(v, str) and v == v.strip() and "\n" not in v),
])
def test_fuzz_literals_are_well_formed(fuzzed, kind, check):
    _, _, kg = fuzzed
    for fact in kg.iter_facts():
        if PREDICATES[fact.predicate][1] == kind:
            assert check(fact.value), fact


def test_fuzz_entities_have_names_and_ids(fuzzed):
    _, _, kg = fuzzed
    for entity in kg.iter_entities():
        assert entity.name and entity.name == entity.name.strip(), entity
        assert entity.id.startswith(f"{entity.type.lower()}/"), entity
        assert entity.docs, entity


def test_fuzz_jsonl_and_turtle_exports_parse_back(fuzzed):
    _, _, kg = fuzzed
    out = io.StringIO()
    write_graph(kg, out, "jsonl")
    records = [json.loads(line) for line in out.getvalue().split("\n")[:-1]]
    assert len(records) == len(list(kg.iter_entities())) + len(kg)

    turtle = io.BytesIO()
    write_graph(kg, turtle, "turtle")
    assert isomorphic(Graph().parse(data=turtle.getvalue(), format="turtle"), to_rdflib_graph(kg))
