"""Entity-type corrections that need no parse, on hand-built spans."""

from __future__ import annotations

from spacy.tokens import Span

from showgraph.pipeline.consistency import _name_part_labels
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
