"""Entity-type corrections that need no parse, on hand-built spans."""

from __future__ import annotations

from spacy.tokens import Span

from showgraph.pipeline.consistency import _name_part_labels, make_consistent
from showgraph.pipeline.doc_data import entity_info, span_key
from showgraph.pipeline.entity_types import _split_title_pair
from showgraph.pipeline.lexicon import Lexicon


def test_entity_types_a_year_s_possessive_opens_the_next_title(nlp):
    doc = nlp.make_doc("videos from 1983's Stop the Clock to 1997's Daybreak.")
    stop = [t.text for t in doc].index("Stop")
    titles = _split_title_pair(Span(doc, stop, len(doc) - 1, label="Work"))
    assert [t.text for t in titles] == ["Stop the Clock", "Daybreak"]


def test_entity_types_a_title_with_a_year_inside_stays_whole(nlp):
    doc = nlp.make_doc("Summer of 1969 Forever")
    assert [t.text for t in _split_title_pair(Span(doc, 0, len(doc), label="Work"))] == ["Summer of 1969 Forever"]


def test_entity_types_a_company_s_name_before_a_company_word_is_the_company():
    parts = _name_part_labels({"Bellmoor Studios": "Organization", "Ada Quill": "Person"}, Lexicon.load())
    assert parts["Bellmoor"] == "Organization"  # "joined Bellmoor in 2018": the studio, whatever NER said
    assert parts["Quill"] == "Person"


def test_entity_types_a_company_named_for_a_place_lends_no_short_name():
    parts = _name_part_labels({"Northwind Harbour Films": "Organization"}, Lexicon.load())
    assert "Northwind" not in parts  # "Harbour" is no company word: the first word alone names nothing


def test_entity_types_two_names_with_a_comma_between_are_no_one_person_s(nlp):
    doc = nlp.make_doc("It stars Mara Lind, Ida Holm and Tom Reyes.")
    assert Lexicon.load().looks_like_person_name(Span(doc, 2, 4))
    assert not Lexicon.load().looks_like_person_name(Span(doc, 3, 6))


def test_entity_types_a_surname_a_rule_calls_a_person_follows_the_full_name(nlp):
    # NER's three organisations outvote the one mention a rule typed, but the full name agrees with the rule.
    doc = nlp("Nadia Quiroga-Voss spoke. Quiroga-Voss, who wrote it, left. Quiroga-Voss stayed. "
              "Quiroga-Voss went. Quiroga-Voss sang.")
    starts = [i for i, t in enumerate(doc) if t.text == "Quiroga"]
    spans = [Span(doc, 0, 4, label="Person")] + [Span(doc, i, i + 3, label="Organization") for i in starts[1:]]
    spans[1] = Span(doc, starts[1], starts[1] + 3, label="Person")
    doc.ents = spans
    for span in spans[:2]:
        entity_info(doc)[span_key(span.start, span.end)] = {"rule": "person-context"}
    make_consistent(doc, Lexicon.load())
    assert [e.label_ for e in doc.ents if e.text == "Quiroga-Voss"] == ["Person"] * 4
