"""Who a story is about: the names a plot summary puts at its centre.

Reviews, recaps and encyclopedia openings introduce characters by what the
story does with them, not by a casting clause:

- "The film follows Mara, a young nurse ..." / "The episode follows A and B as ...";
- "The story follows the adventures of Tamsk" (a plot noun between verb and name);
- "The episode sees Maud marry Jory" (what the story shows the name doing);
- "The protagonist is Corvin" (a character noun defined by the name);
- "In the play, king Varsha decides to ..." (what the name does inside the story);
- "He returns to his step-brother Tamsin", "Corvin's wife Ada": a character's kin.

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
    verb = _following_verb(name, lexicon) or _seeing_verb(name, lexicon)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "the subplot, which sees Pip stay at ..."
    return subject if subject is not None and _tells_fiction(subject, lexicon) else None


def story_setting(name: Token, lexicon: Lexicon) -> Token | None:
    """The story ("the play", a title) of "In the play, king Varsha decides to ...", else None.

    The name is the subject of the clause the fronted "in" phrase opens; what
    actors, crews and critics do ("In the film, Reyes plays ...") does not count.
    """
    verb = name.head
    if name.dep_ != "nsubj" or verb.pos_ != "VERB" or _said_of_real_people(verb, lexicon):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > name.i:
            continue
        story = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if story is not None and (story.ent_type_ == "Work" or (
                story.pos_ == "NOUN" and any(c.lower_ in ("the", "this") for c in story.children)
                and _tells_fiction(story, lexicon))):
            return story
    return None


def _said_of_real_people(verb: Token, lexicon: Lexicon) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in lexicon.cast_cues or lemma in lexicon.crew_verbs or lemma in lexicon.review_verbs


def _following_verb(name: Token, lexicon: Lexicon) -> Token | None:
    """"follows Tamsk", "follows the adventures of Tamsk"."""
    slot = name
    if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in lexicon.plot_followed_nouns:
        slot = name.head.head
    verb = slot.head
    return verb if slot.dep_ == "dobj" and verb.lemma_.lower() == "follow" and verb.pos_ == "VERB" else None


def _seeing_verb(name: Token, lexicon: Lexicon) -> Token | None:
    """"The episode sees Maud marry Jory": the name does what the story shows.

    Not "The film sees Tom Reyes return as Ada Quill's father": an actor's casting, not the plot.
    """
    if name.dep_ == "nsubj" and name.head.dep_ == "ccomp":
        action, verb = name.head, name.head.head
    elif name.dep_ == "dobj":
        verb = name.head
        action = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > name.i), None)
    else:
        return None
    if action is None or verb.lemma_.lower() != "see" or verb.pos_ != "VERB":
        return None
    return None if _said_of_real_people(action, lexicon) else verb


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
    """"The protagonist is Corvin", "The main character in the strip is Pip Lowry"."""
    if name.dep_ != "attr" or name.head.lemma_ != "be":
        return False
    subject = next((c for c in name.head.children if c.dep_ == "nsubj"), None)
    return (subject is not None and subject.pos_ == "NOUN"
            and lexicon.defining_nouns.get(subject.lower_) == "Character"
            and any(c.lower_ == "the" for c in subject.children))


def kin_owner(name: Token, lexicon: Lexicon) -> Token | None:
    """Whose kin ``name`` is: "his step-brother Tamsin" -> "his", "Corvin's wife Ada" -> "Corvin"."""
    kin = next((c for c in name.children if c.dep_ in ("compound", "amod") and c.lower_ in lexicon.kin_nouns), None)
    if kin is None and name.dep_ == "appos" and name.head.lower_ in lexicon.kin_nouns:
        kin = name.head
    if kin is None:
        return None
    return next((c for c in (*name.children, *kin.children) if c.dep_ == "poss"), None)
