"""Cast facts: plays, actor and character from casting pairs; actor from cast lists.

"X as Y" and its kin (found by :mod:`showgraph.pipeline.cast`) give ``plays``
and, for the work the sentence is about, ``actor`` and ``character``. Cast
lists ("starring A, B and C", "Starring: A, B", "cast members A, B ... are set
to return", "A also stars in W") give ``actor`` alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from showgraph.pipeline.cast import cast_list_members
from showgraph.pipeline.relations.common import Context, ent_span, relation, work_of_sentence

CAST_VERBS = {"star", "feature", "join", "return", "appear", "reprise", "co-star", "costar",
              "lead", "headline", "topline", "cast"}


def cast_pair_facts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """plays, actor and character for every casting pair in the sentence."""
    doc = ctx.doc
    for a_start, a_end, c_start, c_end, rule in doc._.sg_cast or []:
        if not sent.start <= c_start < sent.end:
            continue
        actor, character = (a_start, a_end), (c_start, c_end)
        trigger = doc[c_start]
        yield relation(actor, "plays", sent, rule, 0.9, obj=character), trigger
        work = work_of_sentence(ctx, sent, near=doc[c_start])
        if work is not None and work != character:
            yield relation(work, "actor", sent, rule, 0.85, obj=actor), trigger
            yield relation(work, "character", sent, rule, 0.85, obj=character), trigger


def cast_list_facts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """actor for people listed after a cast cue or as the subject of "star"."""
    doc = ctx.doc
    people = [(m, doc[m[0]]) for m in cast_list_members(doc, sent) if doc[m[0]].ent_type_ == "Person"]
    for verb in sent:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in CAST_VERBS:
            people += [(p, verb) for p in _subjects(doc, verb)]
    seen: set[tuple[int, int]] = set()
    for person, trigger in people:
        if person in seen:
            continue
        seen.add(person)
        work = work_of_sentence(ctx, sent, near=trigger)
        if work is not None:
            yield relation(work, "actor", sent, "cast-list", 0.75, obj=person), trigger


def _subjects(doc, verb: Token) -> list[tuple[int, int]]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    spans = []
    for subject in subjects:
        for t in (subject, *subject.conjuncts):
            span = ent_span(doc, t.i)
            if span and doc[span[0]].ent_type_ == "Person":
                spans.append(span)
    return spans
