"""Production credits: creator, director, writer, producer.

- "created / directed / written / produced by A, B and C" (and "written and
  directed by"), attached to the work they modify or the subject of the clause;
- "A created / directed / wrote W";
- role nouns: "showrunner Bruce Miller", "Francesca Gardiner, showrunner and
  executive producer", "'Fargo' creator Noah Hawley", "will return as
  executive producers and showrunners";
- field lines of reviews: "Director: Barry Jenkins", "Written by: ...".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from showgraph.pipeline.coref import resolve
from showgraph.pipeline.relations.common import (
    Context, ent_span, list_entities, relation, with_conjuncts, work_of_sentence,
)

VERB_CREDITS = {"create": "creator", "develop": "creator", "direct": "director",
                "write": "writer", "pen": "writer", "produce": "producer",
                "co-create": "creator", "co-write": "writer", "helm": "director"}
NOUN_CREDITS = {"creator": "creator", "creators": "creator", "co-creator": "creator",
                "director": "director", "directors": "director", "filmmaker": "director",
                "writer": "writer", "writers": "writer", "screenwriter": "writer",
                "producer": "producer", "producers": "producer", "showrunner": "producer",
                "showrunners": "producer"}
FIELD_CREDITS = {"director": "director", "directed": "director", "directors": "director",
                 "written": "writer", "writer": "writer", "writers": "writer",
                 "screenplay": "writer", "producer": "producer", "producers": "producer",
                 "produced": "producer", "created": "creator", "creator": "creator",
                 "creators": "creator"}
PEOPLE = ("Person",)
MAKERS = ("Person", "Organization")


def passive_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"directed by X", "created by A, B and C", "written and directed by X"."""
    doc = ctx.doc
    for verb in sent:
        predicate = VERB_CREDITS.get(verb.lemma_.lower())
        if predicate is None:  # before looking for an agent: most words are not credit verbs
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            continue
        objects = [c for c in agent.children if c.dep_ == "pobj"]
        people = with_conjuncts(doc, objects[0], MAKERS if predicate == "creator" else PEOPLE) if objects else []
        if not people:
            people = list_entities(doc, agent.i + 1, sent.end, PEOPLE)
        work = _credited_work(ctx, verb, sent)
        for predicate_ in _with_coordinated(verb, predicate):
            for person in people:
                if work is not None and doc[person[0]].ent_type_ in ("Person", "Organization"):
                    yield relation(work, predicate_, sent, f"{predicate_}-by", 0.85, obj=person), verb


def active_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Noah Hawley created Fargo", "Josh and Jonas Pate created the series"."""
    doc = ctx.doc
    for verb in sent:
        predicate = VERB_CREDITS.get(verb.lemma_.lower())
        if predicate is None or verb.pos_ != "VERB" or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not subjects or not objects:
            continue
        people = with_conjuncts(doc, subjects[0], PEOPLE) or _people_in_subject(doc, subjects[0])
        work = ent_span(doc, objects[0].i)
        if work is None or doc[work[0]].ent_type_ != "Work":
            work = _nominal_work(ctx, objects[0])
        for person in people:
            if work is not None:
                yield relation(work, predicate, sent, f"{predicate}-active", 0.8, obj=person), verb


def role_noun_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"showrunner Bruce Miller", "X, showrunner and executive producer"."""
    doc = ctx.doc
    for noun in sent:
        predicate = NOUN_CREDITS.get(noun.lower_)
        if predicate is None or noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "Person":
            continue
        if noun.lower_.startswith("director") and _directs_organisation(noun):
            continue
        for person in _people_with_role(doc, noun):
            work = _work_of_role(ctx, noun, sent)
            if work is not None:
                yield relation(work, predicate, sent, f"{predicate}-role", 0.75, obj=person), noun


def field_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """Review field lines: "Director: Barry Jenkins", "Written by: A (screenplay); B (story)"."""
    doc = ctx.doc
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ not in FIELD_CREDITS:
        return
    colon = next((t for t in sent if t.text == ":" and t.i - first.i <= 2), None)
    if colon is None:
        return
    predicate = FIELD_CREDITS[first.lower_]
    people = [(e.start, e.end) for e in sent.ents if e.label_ == "Person" and e.start > colon.i
              and not _after_based_on(doc, e.start, sent)]
    work = ctx.topic
    for person in people:
        if work is not None:
            yield relation(work, predicate, sent, "field-line", 0.8, obj=person), first


def _after_based_on(doc: Doc, i: int, sent: Span) -> bool:
    return any(t.lower_ == "based" for t in doc[sent.start:i])


def _with_coordinated(verb: Token, predicate: str) -> list[str]:
    """"written and directed by": both credits."""
    predicates = [predicate]
    for other in verb.conjuncts:
        extra = VERB_CREDITS.get(other.lemma_.lower())
        if extra and extra not in predicates:
            predicates.append(extra)
    return predicates


def _credited_work(ctx: Context, verb: Token, sent: Span):
    """The work a participle credits: the noun it modifies, or its passive subject."""
    doc = ctx.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ not in ("which", "that", "who"):
        span = ent_span(doc, subject.i)
        if span and doc[span[0]].ent_type_ == "Work":
            return span
        return _nominal_work(ctx, subject)
    node = verb
    while node.dep_ in ("acl", "relcl", "conj", "appos") and node.head is not node:
        node = node.head
        span = ent_span(doc, node.i)
        if span and doc[span[0]].ent_type_ == "Work":
            return span
        if node.lower_ in ctx.lexicon.work_nouns or node.lower_ in ctx.lexicon.work_cues:
            return _nominal_work(ctx, node)
    return work_of_sentence(ctx, sent, near=verb)


def _nominal_work(ctx: Context, token: Token):
    """The work a noun stands for: "the film W" -> W, "W is a film ..." -> W, "the series" -> its referent."""
    doc = ctx.doc
    for child in token.children:
        span = ent_span(doc, child.i)
        if child.dep_ in ("appos", "npadvmod", "compound") and span and doc[span[0]].ent_type_ == "Work":
            return span
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "Work":
        return ent_span(doc, token.i + 1)
    if token.dep_ == "attr":
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        span = ent_span(doc, subject.i) if subject is not None else None
        if span and doc[span[0]].ent_type_ == "Work":
            return span
    if token.lower_ in ctx.lexicon.work_nouns or token.lower_ in ctx.lexicon.work_cues:
        target = resolve(doc, token.i, token.i + 1)
        return target if target != (token.i, token.i + 1) else ctx.topic
    return None


def _people_in_subject(doc: Doc, subject: Token) -> list[tuple[int, int]]:
    """"Josh and Jonas Pate and Shannon Burke": every person inside the subject phrase."""
    tokens = list(subject.subtree)
    return [(e.start, e.end) for e in doc.ents
            if e.label_ == "Person" and tokens[0].i <= e.start and e.end <= tokens[-1].i + 1]


def _people_with_role(doc: Doc, noun: Token) -> list[tuple[int, int]]:
    """People the role noun names: appositions, compounds, "as <role>" subjects."""
    people = []
    for token in (noun.head, *noun.children, *noun.head.children):
        span = ent_span(doc, token.i)
        if span and doc[span[0]].ent_type_ == "Person" and span not in people \
                and token.dep_ in ("appos", "compound", "nsubj", "attr", "npadvmod") + ("ROOT", "dobj", "pobj", "conj", "nsubjpass"):
            if token is noun.head and noun.dep_ not in ("appos", "compound", "attr", "conj"):
                continue
            people.append(span)
    if noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ == "Person" and doc[noun.i + 1].ent_iob_ == "B":
        span = ent_span(doc, noun.i + 1)
        if span not in people:
            people.append(span)
    if not people and noun.head.lower_ == "as":
        verb = noun.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            people = with_conjuncts(doc, subject, PEOPLE) or _people_in_subject(doc, subject)
    return people


def _work_of_role(ctx: Context, noun: Token, sent: Span):
    """"Fargo's showrunner", "'Fargo' creator", "showrunner of Fargo", else the sentence's work."""
    doc = ctx.doc
    for child in noun.children:
        span = ent_span(doc, child.i)
        if child.dep_ in ("poss", "compound", "nmod") and span and doc[span[0]].ent_type_ == "Work":
            return span
        if child.dep_ == "poss" and child.lower_ in ctx.lexicon.work_nouns:
            return _nominal_work(ctx, child)
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "on"):
            for obj in child.children:
                span = ent_span(doc, obj.i)
                if span and doc[span[0]].ent_type_ == "Work":
                    return span
    before = doc[noun.i - 1] if noun.i > 0 else None
    while before is not None and before.text in "'\"’”":
        before = doc[before.i - 1] if before.i > 0 else None
    if before is not None and before.ent_type_ == "Work":
        return ent_span(doc, before.i)
    return work_of_sentence(ctx, sent, near=noun)


def _directs_organisation(noun: Token) -> bool:
    """"the general director of Studio X" is a job, not a film credit."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.ent_type_ == "Organization" for o in c.children)
               for c in noun.children) or any(c.lower_ in ("general", "managing", "technical", "creative", "artistic", "casting")
                                               for c in noun.children)
