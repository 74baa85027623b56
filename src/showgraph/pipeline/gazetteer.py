"""Known organisations: networks, streamers, studios, distributors, press.

spaCy's stock NER calls Netflix a place and a studio a person; a gazetteer of
the real-world classes a reader expects to be known (``rules/organizations.tsv``)
fixes the type and adds the organisation's role, which the relation rules use
to tell a network from a production company from a distributor.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from showgraph.pipeline.doc_data import set_entity
from showgraph.pipeline.lexicon import Lexicon


class Gazetteer:
    """Labels known organisations ``Organization`` with their role and canonical name."""

    def __init__(self, nlp: Language, name: str = "showgraph_gazetteer") -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.entries: dict[str, tuple[str, str]] = {}
        for org in Lexicon.load().organisations:
            for spelling in (org.name, *org.aliases):
                self.entries[spelling] = (org.name, org.role)
                self.matcher.add(spelling, [nlp.make_doc(spelling)])

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans(self.matcher(doc, as_spans=True))
        for span in spans:
            if self._inside_title(doc, span.start, span.end) or self._part_of_name(doc, span):
                continue
            canonical, role = self.entries[span.label_]
            set_entity(doc, span.start, span.end, "Organization", role=role,
                       canonical=canonical, rule="gazetteer")
        return doc

    @staticmethod
    def _inside_title(doc: Doc, start: int, end: int) -> bool:
        """A quoted title that merely contains a network's name stays a title."""
        for ent in doc.ents:
            if ent.label_ == "Work" and ent.start <= start and end <= ent.end \
                    and (ent.start, ent.end) != (start, end):
                return True
        return False

    @staticmethod
    def _part_of_name(doc: Doc, span) -> bool:
        """A one-word entry inside a longer name ("Max Verstappen", "Fox Mulder")."""
        if len(span) > 1:
            return False
        after = doc[span.end] if span.end < len(doc) else None
        return bool(after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
                    and after.ent_type_ == "PERSON")
