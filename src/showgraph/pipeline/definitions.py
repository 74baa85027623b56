"""What a name is said to be: "X is an American actor", "X was a 1936 British film".

An encyclopedia opening, and many a news sentence, defines its subject with
a copula and a noun phrase. The head noun of that phrase is better evidence
of the subject's type than NER's guess or a title-like shape: "Tom
Reyes is a Greek-French journalist" names a person even when the name
stands alone on the first line like a title.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from showgraph.pipeline.lexicon import Lexicon


def defined_label(ent: Span, lexicon: Lexicon) -> str | None:
    """The entity type the sentence defines ``ent`` as, or None."""
    noun = defining_noun(ent)
    if noun is None:
        return None
    for candidate in (noun, *noun.conjuncts):
        word = candidate.lower_
        if word in lexicon.work_cues:
            return "Work"
        if word in lexicon.defining_nouns:
            return lexicon.defining_nouns[word]
    return None


def lead_label(title: Span, lexicon: Lexicon) -> str | None:
    """The type the opening sentence gives a title line's name.

    "Ida Holm" alone on the first line looks like a work's title;
    "Ida Holm (1940 - 2016) was an Iranian film director" below it
    says otherwise. The sentence's subject must share a word with the line.
    """
    lead = _next_sentence(title)
    if lead is None:
        return None
    repeated = _repetition(title, lead)
    if repeated is not None:
        return defined_label(repeated, lexicon)
    words = {t.lower_ for t in title if t.is_alpha}
    for ent in lead.ents:
        if words & {t.lower_ for t in ent if t.is_alpha}:
            label = defined_label(ent, lexicon)
            if label is not None:
                return label
    return None


def _repetition(title: Span, sent: Span) -> Span | None:
    """The title's words again inside ``sent``, untouched by NER or not."""
    words = [t.text for t in title]
    for token in sent:
        end = token.i + len(words)
        if token.text == words[0] and end <= sent.end and [t.text for t in sent.doc[token.i:end]] == words:
            return sent.doc[token.i:end]
    return None


def _next_sentence(span: Span) -> Span | None:
    """The sentence on the line after ``span``'s: a single line break after a
    title line ends no sentence for the parser, so the line's end is looked for."""
    doc, i = span.doc, span.end
    while i < span.sent.end and "\n" not in doc[i].text:
        i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i:doc[i].sent.end] if i < len(doc) else None


def defining_noun(ent: Span) -> Token | None:
    """The head noun of "is a ..." when ``ent`` is the subject of a copula.

    A bracketed aside after the name ("X (born 1969 in Paris) is a ...")
    often makes the parser hang the copula elsewhere; the copula right after
    the name and its aside is taken then.
    """
    root = ent.root
    verb = root.head
    # A title that reads as a clause ("How to Cross a Harbour") is parsed as a clausal subject.
    if root.dep_ in ("nsubj", "csubj") and verb.lemma_ == "be" and verb != root:
        return _attribute(verb)
    copula = _copula_after(ent)
    return _attribute(copula) if copula is not None else None


def _attribute(verb: Token) -> Token | None:
    """The attribute noun; "a 1967 single" (tagged an adjective) is a noun by its article."""
    return next((c for c in verb.children if c.dep_ == "attr" and (c.pos_ in ("NOUN", "PROPN") or any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children))), None)


CLOSING_QUOTES = ("\"", "”", "’", "'", "''")


def _copula_after(ent: Span) -> Token | None:
    """"is" / "was" right after the name, past one bracketed aside."""
    doc, i = ent.doc, ent.end
    # '"Paper Lanterns" is a song', '"Paper Lanterns." is a song'
    while i < len(doc) and (doc[i].text in CLOSING_QUOTES or doc[i].is_space or (
            doc[i].text in ".!?" and i + 1 < len(doc) and doc[i + 1].text in CLOSING_QUOTES)):
        i += 1
    if i < len(doc) and doc[i].text == "(":
        closing = next((t.i for t in doc[i:min(len(doc), i + 40)] if t.text == ")"), None)
        if closing is None:
            return None
        i = closing + 1
    if i < len(doc) and doc[i].lemma_ == "be" and doc[i].tag_ in ("VBZ", "VBD", "VBP"):
        return doc[i]
    return None
