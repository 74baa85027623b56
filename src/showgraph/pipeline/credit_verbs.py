"""Lemmas for the credit verbs the tokenizer keeps whole ("co-wrote" -> "co-write").

The stock lemmatizer does not know them. Patterns in the attribute ruler
would do it, but the ruler matches every pattern over every token: twenty more
patterns cost about 14% of its time. This looks the words up at C speed.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc

from showgraph.pipeline.lexicon import Lexicon


class CreditVerbLemmas:
    """Sets the lemma of each joined credit verb (``lexicon.toml``, ``[joined_credit_verbs]``)."""

    def __init__(self, nlp: Language, name: str = "showgraph_credit_verbs") -> None:
        self.name = name
        verbs = Lexicon.load().joined_credit_verbs
        self.lemmas = {nlp.vocab.strings.add(form): lemma for form, lemma in verbs.items()}
        self.keys = numpy.array(list(self.lemmas), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        lowers = doc.to_array(LOWER)
        for i in numpy.flatnonzero(numpy.isin(lowers, self.keys)):
            doc[int(i)].lemma_ = self.lemmas[int(lowers[i])]
        return doc
