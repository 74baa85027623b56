"""Who a story is about: the names a plot summary puts at its centre.

Reviews, recaps and encyclopedia openings introduce characters by what the
story does with them, not by a casting clause:

- "The film follows Mara, a young nurse ..." / "The episode follows A and B as ...";
- "The story follows the adventures of Jade" (a plot noun between verb and name);
- "The protagonist is Florent" (a character noun defined by the name).

Such a name is a character of the work, whatever NER called it. A
documentary or a biopic follows real people, so its subject stays a person.
"""

from __future__ import annotations

from spacy.tokens import Token

from showgraph.pipeline.lexicon import Lexicon


def plot_subject(name: Token, lexicon: Lexicon) -> Token | None:
    """The story's subject ("The film", "It", a title) when ``name`` is what it follows, else None.

    ``name`` is the head token of a name; names listed with it ("A and B") count too.
    """
    while name.dep_ == "conj" and name.head != name:
        name = name.head
    slot = name
    if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in lexicon.plot_followed_nouns:
        slot = name.head.head  # "follows the adventures of Jade"
    verb = slot.head
    if slot.dep_ != "dobj" or verb.lemma_.lower() != "follow" or verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and _tells_fiction(subject, lexicon) else None


def _tells_fiction(subject: Token, lexicon: Lexicon) -> bool:
    """"The film", "The story", "It" standing for a work, or a title; not "The documentary"."""
    lower = subject.lower_
    if lower in lexicon.factual_work_nouns:
        return False
    if subject.pos_ == "NOUN":
        return lower in lexicon.work_cues or lower in lexicon.plot_nouns
    # "It follows Mara": entity typing runs before coreference, so "it" is taken on trust here;
    # the character fact needs it to resolve to a work.
    return lower == "it" or subject.ent_type_ == "Work"


def defined_as_character(name: Token, lexicon: Lexicon) -> bool:
    """"The protagonist is Florent", "The main character in the strip is Heimo Vesa"."""
    if name.dep_ != "attr" or name.head.lemma_ != "be":
        return False
    subject = next((c for c in name.head.children if c.dep_ == "nsubj"), None)
    return (subject is not None and subject.pos_ == "NOUN"
            and lexicon.defining_nouns.get(subject.lower_) == "Character"
            and any(c.lower_ == "the" for c in subject.children))
