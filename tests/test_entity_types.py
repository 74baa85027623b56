"""Entity-type corrections that need no parse, on hand-built spans."""

from __future__ import annotations

from spacy.tokens import Span

from showgraph.pipeline.entity_types import _split_title_pair


def test_entity_types_a_year_s_possessive_opens_the_next_title(nlp):
    doc = nlp.make_doc("videos from 1983's Stop the Clock to 1997's Daybreak.")
    stop = [t.text for t in doc].index("Stop")
    titles = _split_title_pair(Span(doc, stop, len(doc) - 1, label="Work"))
    assert [t.text for t in titles] == ["Stop the Clock", "Daybreak"]


def test_entity_types_a_title_with_a_year_inside_stays_whole(nlp):
    doc = nlp.make_doc("Summer of 1969 Forever")
    assert [t.text for t in _split_title_pair(Span(doc, 0, len(doc), label="Work"))] == ["Summer of 1969 Forever"]
