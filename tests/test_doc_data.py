"""The per-Doc memos the components share: right for each Doc, never another's."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from showgraph.pipeline.doc_data import doc_text, doc_tokens, entity_info, sentences, set_entity, span_text


def _doc(nlp, text: str) -> Doc:
    return nlp.make_doc(text)


def test_doc_tokens_are_the_docs_own_and_follow_a_new_doc(nlp):
    first, second = _doc(nlp, "Ada Quill stars."), _doc(nlp, "Pip voices a fox in it.")
    assert [t.text for t in doc_tokens(first)] == ["Ada", "Quill", "stars", "."]
    assert [t.text for t in doc_tokens(second)] == [t.text for t in second]
    assert [t.text for t in doc_tokens(first)] == ["Ada", "Quill", "stars", "."]


def test_doc_tokens_see_entities_set_after_the_list_was_made(nlp):
    doc = _doc(nlp, "Ada Quill stars.")
    tokens = doc_tokens(doc)
    set_entity(doc, 0, 2, "Person", rule="test")
    assert [t.ent_type_ for t in tokens] == ["Person", "Person", "", ""]


def test_entity_info_is_each_docs_own(nlp):
    first, second = _doc(nlp, "Ada Quill stars."), _doc(nlp, "Pip sings.")
    set_entity(first, 0, 2, "Person", rule="cast")
    assert entity_info(second) == {}
    assert entity_info(first) == {"0:2": {"rule": "cast"}}
    assert second._.sg_entity_info == {}


def test_sentences_iterate_the_same_tokens_as_spacy(nlp):
    doc = nlp("Ada Quill stars in it. The Netflix series premieres Friday.")
    assert [[t.i for t in s] for s in sentences(doc)] == [[t.i for t in s] for s in doc.sents]
    assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]


def test_span_text_equals_spacy_span_text(nlp):
    doc = nlp("Mara Lind joins “The Glass Orchard” on HBO.\n\nShe plays Ada Quill .")
    spans = [doc[i:j] for i in range(len(doc)) for j in range(i + 1, len(doc) + 1)]
    assert [span_text(s) for s in spans] == [s.text for s in spans]
    assert doc_text(doc) == doc.text


@pytest.mark.parametrize(("text", "sentence_count"), [
    ("R.J. Tolliver has spent two decades playing cops. He is 52.", 2),  # initials keep their name
    ("The film opened in the U.S. The Netflix series premieres Friday.", 2),  # an abbreviation ends one
    ("It is set after World War I. The Netflix series premieres Friday.", 2),
])
def test_sentences_after_initials(nlp, text, sentence_count):
    assert len(list(nlp(text).sents)) == sentence_count
