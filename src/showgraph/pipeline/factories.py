"""Every showgraph component, registered with spaCy in one place.

The ``spacy_factories`` entry point points here, so a pipeline saved with
showgraph's components loads wherever showgraph is installed.
"""

from __future__ import annotations

from spacy.language import Language

from showgraph.pipeline.doc_data import register_extensions

register_extensions()

ENTITY_LABELS = ["Person", "Character", "Organization", "Work", "Place"]


@Language.factory("showgraph_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str):
    from showgraph.pipeline.paragraphs import ParagraphBreaks
    return ParagraphBreaks(nlp, name)


@Language.factory("showgraph_credit_verbs", assigns=["token.lemma"])
def make_credit_verbs(nlp: Language, name: str):
    from showgraph.pipeline.credit_verbs import CreditVerbLemmas
    return CreditVerbLemmas(nlp, name)


@Language.factory("showgraph_titles", assigns=["doc.ents"], requires=["doc.ents", "token.tag"])
def make_titles(nlp: Language, name: str):
    from showgraph.pipeline.titles import TitleFinder
    return TitleFinder(nlp, name)


@Language.factory("showgraph_gazetteer", assigns=["doc.ents"], requires=["doc.ents"])
def make_gazetteer(nlp: Language, name: str):
    from showgraph.pipeline.gazetteer import Gazetteer
    return Gazetteer(nlp, name)


@Language.factory("showgraph_entity_types", assigns=["doc.ents"], requires=["doc.ents", "token.dep"])
def make_entity_types(nlp: Language, name: str):
    from showgraph.pipeline.entity_types import EntityTyper
    return EntityTyper(nlp, name)


@Language.factory("showgraph_cast", assigns=["doc.ents", "doc._.sg_cast"], requires=["doc.ents", "token.dep"])
def make_cast(nlp: Language, name: str):
    from showgraph.pipeline.cast import CastFinder
    return CastFinder(nlp, name)


@Language.factory("showgraph_coref", assigns=["doc._.sg_coref", "doc._.sg_topic"], requires=["doc.ents"])
def make_coref(nlp: Language, name: str):
    from showgraph.pipeline.coref import Coreference
    return Coreference(nlp, name)


@Language.factory("showgraph_relations", assigns=["doc._.sg_relations"],
                  requires=["doc.ents", "doc._.sg_coref", "doc._.sg_cast"])
def make_relations(nlp: Language, name: str):
    from showgraph.pipeline.relations import RelationFinder
    return RelationFinder(nlp, name)


# Runs before the stock parser, so that the parse respects its sentence starts.
BEFORE_PARSER = "showgraph_paragraphs"
COMPONENTS = ("showgraph_titles", "showgraph_gazetteer", "showgraph_entity_types",
              "showgraph_cast", "showgraph_coref", "showgraph_relations")
