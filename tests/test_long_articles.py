"""Long articles: cut into chunks at natural breaks, every character processed,
evidence offsets into the whole article, one extraction per article."""

from __future__ import annotations

import itertools
import re

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from showgraph.extract import combine_chunks, extract_articles
from showgraph.pipeline.split import CHUNK_CHARS, chunk_spans, docs_for
from showgraph.records import Article, ArticleExtraction, Entity, Fact, Source

# Five paragraphs, each a story of its own; the first and fourth state the
# same facts about the same series, so merging across chunks is exercised.
PARAGRAPHS = [
    "HBO's “Quiet Harbour” premiered on June 2, 2024. Martin Greaves stars as Albert Finch, "
    "a lighthouse keeper, and Lila Moreno plays Rosa Finch.",
    "Netflix ordered “Glass Orchard,” a drama created by Hana Ito.\nThe drama will have "
    "eight episodes, and Tom Avery plays Jonah Reed.",
    "Apple TV+ will stream “Night Ferry,” directed by Owen Price. Dana Cole plays Captain "
    "Mira Rhee in the thriller, which premieres on March 3, 2025.",
    "In other news, HBO's “Quiet Harbour” has been renewed. Lila Moreno plays Rosa Finch "
    "again, and Priya Nair joins the cast.",
    "Paramount+ picked up “Salt Road,” written by Ben Okafor, with Clara Voss as Edith Marsh.",
]
SEPARATOR = "\n\n"
ARTICLE_TEXT = SEPARATOR.join(PARAGRAPHS)
# Every paragraph, with its break, is over half this and within it: one chunk each.
PARAGRAPH_LIMIT = max(len(p) for p in PARAGRAPHS) + len(SEPARATOR)


def pieces(text: str, limit: int) -> list[str]:
    return [text[start:end] for start, end in chunk_spans(text, limit)]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def evidence(extraction: ArticleExtraction) -> set[tuple]:
    return {(f.subject, f.predicate, f.target, s.start, s.end, s.sentence)
            for f in extraction.facts for s in f.sources}


# ---- Where chunks end ----------------------------------------------------------


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("", 10, [""]),
    ("short", 10, ["short"]),
    ("exactly10!", 10, ["exactly10!"]),
    # A paragraph break beats a later line break, sentence end and space.
    ("aaaaaa\n\nbb\ncc. dd ee", 14, ["aaaaaa\n\n", "bb\ncc. dd ee"]),
    # A blank line holding spaces is a paragraph break; the white space after it goes too.
    ("aaaaaa\n  \n  bbbbbbbbb", 14, ["aaaaaa\n  \n  ", "bbbbbbbbb"]),
    # No paragraph break: the last line break.
    ("aaaa. bb\ncc dd. eeee", 14, ["aaaa. bb\n", "cc dd. eeee"]),
    # No line break: the last sentence end, closing quotes and all.
    ('aaaa bb." cc dd eeeeee', 14, ['aaaa bb." ', "cc dd eeeeee"]),
    ("He left! Then she came", 14, ["He left! ", "Then she came"]),
    # No sentence end: the last white space; never inside a word.
    ("alpha beta gamma delta", 14, ["alpha beta ", "gamma delta"]),
    # Breaks ending in the first half are passed over: no chunk under half the limit.
    ("a\n\nbbbbbbb cccccccc", 14, ["a\n\nbbbbbbb ", "cccccccc"]),
    # A break that ends in the second half counts, wherever it starts.
    ("aaaaa\n\n\n\n\nb cccccccc", 14, ["aaaaa\n\n\n\n\n", "b cccccccc"]),
    # No white space at all: cut at the limit.
    ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    # White space running past the limit: the chunk ends at the limit.
    ("aaaaaaa" + " " * 10 + "b", 10, ["aaaaaaa   ", " " * 7 + "b"]),
])
def test_split_chunks_end_at_the_best_break(text, limit, expected):
    assert pieces(text, limit) == expected


def test_split_paragraphs_are_chunks_of_their_own():
    expected = [p + SEPARATOR for p in PARAGRAPHS[:-1]] + [PARAGRAPHS[-1]]
    assert pieces(ARTICLE_TEXT, PARAGRAPH_LIMIT) == expected


def test_split_limit_too_small_is_refused():
    with pytest.raises(ValueError, match="too small"):
        chunk_spans("abc", 1)


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.sampled_from("ab .!?\n\t”"), max_size=300), limit=st.integers(2, 40))
def test_split_chunks_cover_the_text_within_the_limit(text, limit):
    spans = chunk_spans(text, limit)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(e - s <= limit for s, e in spans)
    assert all(e - s >= limit // 2 for s, e in spans[:-1])
    for start, end in spans[:-1]:
        # A chunk ends after white space, unless its second half has none.
        window = text[start + limit // 2:end]
        assert text[end - 1].isspace() or not any(c.isspace() for c in window)


# ---- Combining the chunks' extractions --------------------------------------------


def test_extract_chunks_match_the_paragraphs_read_alone(nlp):
    chunked = list(extract_articles([Article("long.txt", ARTICLE_TEXT)], nlp,
                                    chunk_chars=PARAGRAPH_LIMIT))
    assert len(chunked) == 1 and chunked[0].article.text == ARTICLE_TEXT

    expected, entity_ids, start = set(), set(), 0
    for piece in pieces(ARTICLE_TEXT, PARAGRAPH_LIMIT):
        (alone,) = extract_articles([Article("long.txt", piece)], nlp)
        expected |= {(s, p, t, a + start, b + start, sentence)
                     for s, p, t, a, b, sentence in evidence(alone)}
        entity_ids |= {e.id for e in alone.entities}
        start += len(piece)

    assert evidence(chunked[0]) == expected
    assert [e.id for e in chunked[0].entities] == sorted(entity_ids)


def test_extract_chunks_evidence_indexes_the_whole_article(nlp):
    (extraction,) = extract_articles([Article("long.txt", ARTICLE_TEXT)], nlp,
                                     chunk_chars=PARAGRAPH_LIMIT)
    sources = [s for f in extraction.facts for s in f.sources]
    assert sources
    for source in sources:
        assert squeeze(ARTICLE_TEXT[source.start:source.end]) == source.sentence


def test_extract_fact_in_the_third_chunk_is_found_where_it_is(nlp):
    (extraction,) = extract_articles([Article("long.txt", ARTICLE_TEXT)], nlp,
                                     chunk_chars=PARAGRAPH_LIMIT)
    director = [f for f in extraction.facts if f.predicate == "director"]
    assert [(f.subject, f.object) for f in director] == [("work/night-ferry", "person/owen-price")]
    (source,) = director[0].sources
    third = ARTICLE_TEXT.index(PARAGRAPHS[2])
    assert third <= source.start < source.end <= third + len(PARAGRAPHS[2])
    assert "directed by Owen Price" in ARTICLE_TEXT[source.start:source.end]


def test_extract_fact_stated_in_two_chunks_is_one_fact_with_both_sources(nlp):
    (extraction,) = extract_articles([Article("long.txt", ARTICLE_TEXT)], nlp,
                                     chunk_chars=PARAGRAPH_LIMIT)
    plays = [f for f in extraction.facts
             if (f.subject, f.predicate, f.object)
             == ("person/lila-moreno", "plays", "character/rosa-finch")]
    assert len(plays) == 1
    starts = sorted(s.start for s in plays[0].sources)
    first, fourth = ARTICLE_TEXT.index(PARAGRAPHS[0]), ARTICLE_TEXT.index(PARAGRAPHS[3])
    assert len(starts) == 2
    assert first <= starts[0] < fourth <= starts[1]


def test_extract_text_over_max_length_is_processed_in_full(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 400)
    filler = "The weather was mild and the crew was calm all week long. " * 6
    text = SEPARATOR.join([filler] * 8 + [PARAGRAPHS[4]])
    assert len(text) > 7 * nlp.max_length

    (extraction,) = extract_articles([Article("long.txt", text)], nlp)

    assert nlp.max_length == 400  # not raised to fit the text
    writer = [f for f in extraction.facts if f.predicate == "writer"]
    assert [(f.subject, f.object) for f in writer] == [("work/salt-road", "person/ben-okafor")]
    (source,) = writer[0].sources
    assert source.start > len(text) - len(PARAGRAPHS[4]) - 1
    assert squeeze(text[source.start:source.end]) == source.sentence


def test_combine_chunks_merges_entities_by_id_and_keeps_the_best_fact():
    text = "A" * 40
    person = Entity("person/mara-lind", "Mara Lind", "Person", aliases=("Lind",))
    later = Entity("person/mara-lind", "MARA LIND", "Person", aliases=("Mara",))
    work = Entity("work/x", "X", "Work", "Other")
    series = Entity("work/x", "X", "Work", "TVSeries")
    low = Fact("work/x", "director", object=person.id, confidence=0.5,
               sources=(Source("a", 1, 3, "AA"),), rule="one")
    high = Fact("work/x", "director", object=person.id, confidence=0.9,
                sources=(Source("a", 2, 4, "AA"),), rule="two")
    parts = [(0, ArticleExtraction(Article("a", text[:20]), (person, work), (low,))),
             (20, ArticleExtraction(Article("a", text[20:]), (series, later), (high,)))]

    combined = combine_chunks(Article("a", text), parts)

    assert combined.article.text == text
    assert combined.entities == (
        Entity("person/mara-lind", "Mara Lind", "Person", aliases=("Lind", "Mara")),
        Entity("work/x", "X", "Work", "TVSeries"),
    )
    (fact,) = combined.facts
    assert (fact.confidence, fact.rule) == (0.9, "two")
    assert [(s.start, s.end) for s in fact.sources] == [(1, 3), (22, 24)]


def test_combine_chunks_keeps_only_the_most_precise_date():
    year = Fact("work/x", "releaseDate", value="2016", sources=(Source("a", 0, 4, "2016"),))
    day = Fact("work/x", "releaseDate", value="2016-10-21", sources=(Source("a", 0, 4, "Oct"),))
    parts = [(0, ArticleExtraction(Article("a", "x"), (), (year,))),
             (10, ArticleExtraction(Article("a", "y"), (), (day,)))]
    assert [f.value for f in combine_chunks(Article("a", "xy"), parts).facts] == ["2016-10-21"]


# ---- Several megabytes, and streaming ---------------------------------------------


def _chunk_record(doc, article: Article) -> list[tuple[str, str]]:
    return [(article.id, doc.text)]


def _join_records(article: Article, parts) -> list[tuple[str, str]]:
    assert all(article.text[start:start + len(part[0][1])] == part[0][1] for start, part in parts)
    return [record for _, part in parts for record in part]


@pytest.fixture(scope="module")
def blank_nlp():
    return spacy.blank("en")  # a tokenizer only: megabytes in a second


def test_split_megabytes_go_through_spacy_in_full(blank_nlp):
    paragraphs = [f"Episode {n} of “Show {n % 97}” airs on day {n}, says Network {n % 13}."
                  for n in range(40_000)]
    text = SEPARATOR.join(paragraphs)
    assert len(text) > 2 * blank_nlp.max_length
    articles = [Article("short-1", "Filming began."), Article("huge", text),
                Article("short-2", "")]

    results = list(docs_for(articles, blank_nlp, 16, 1, _chunk_record, _join_records))

    assert blank_nlp.max_length == 1_000_000
    assert [records[0][0] for records in results] == ["short-1", "huge", "short-2"]
    chunks = [chunk for _, chunk in results[1]]
    assert "".join(chunks) == text
    assert len(chunks) > len(text) // CHUNK_CHARS
    assert all(len(chunk) <= CHUNK_CHARS and chunk.endswith(SEPARATOR) for chunk in chunks[:-1])


def test_split_holds_one_article_at_a_time(blank_nlp):
    read = []

    def articles():
        for n in itertools.count():
            read.append(n)
            yield Article(f"a{n}", "Casting news.\n\n" * 40)
            if n == 5:
                return

    def join(article, parts):
        # When an article's last chunk is done, spaCy's batch of 2 has read
        # at most one article further.
        assert max(read) <= int(article.id[1:]) + 1
        return _join_records(article, parts)

    results = list(docs_for(articles(), blank_nlp, 2, 1, _chunk_record, join, chunk_chars=100))
    assert [records[0][0] for records in results] == [f"a{n}" for n in range(6)]


def test_split_article_failing_in_a_component_is_named_and_skipped():
    import spacy
    from spacy.language import Language

    from showgraph.errors import ArticleSkipped
    from showgraph.model import skip_failing_docs
    from showgraph.pipeline.split import docs_for
    from showgraph.records import Article

    @Language.component("test_explodes_on_boom")
    def explodes(doc):
        if "BOOM" in doc.text:
            raise ValueError("boom")
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("test_explodes_on_boom")
    skip_failing_docs(nlp)
    articles = [Article("a.txt", "fine"), Article("b.txt", "BOOM here"), Article("c.txt", "also fine"),
                Article("d.txt", "para one\n\nBOOM para two")]
    with pytest.warns(ArticleSkipped) as caught:
        done = list(docs_for(articles, nlp, 4, 1, lambda doc, article: article.id,
                             lambda article, parts: article.id, chunk_chars=12))
    assert done == ["a.txt", "c.txt"]
    assert sorted(str(w.message).split(":")[0] for w in caught) == ["b.txt", "d.txt"]
