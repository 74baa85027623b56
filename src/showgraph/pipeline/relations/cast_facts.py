"""Cast facts: plays, actor and character from casting pairs; actor from cast lists.

"X as Y" and its kin (found by :mod:`showgraph.pipeline.cast`) give ``plays``
and, for the work the sentence is about, ``actor`` and ``character``. Cast
lists ("starring A, B and C", "Starring: A, B", "cast members A, B ... are set
to return", "A also stars in W") give ``actor`` alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from showgraph.pipeline.relations.common import (
    Context, ent_span, list_entities, relation, work_of_sentence,
)

# Words that make the people listed after them (or coordinated with them) a cast.
LIST_CUES = {"starring", "stars", "star", "starred", "featuring", "features", "featured",
             "includes", "including", "include", "joins", "joined", "join", "members",
             "cast", "alongside", "opposite", "with"}
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
    seen: set[tuple[int, int]] = set()
    for token in sent:
        people: list[tuple[int, int]] = []
        if token.lower_ in LIST_CUES and _is_cast_cue(token):
            start = token.i + 1
            while start < sent.end and (doc[start].text in ":," or doc[start].is_space):
                start += 1
            people = list_entities(doc, start, sent.end, ("Person",))
        if token.pos_ == "VERB" and token.lemma_.lower() in CAST_VERBS:
            people += _subjects(doc, token)
        for person in people:
            if person in seen:
                continue
            seen.add(person)
            work = work_of_sentence(ctx, sent, near=token)
            if work is not None:
                yield relation(work, "actor", sent, "cast-list", 0.75, obj=person), token


def _is_cast_cue(token: Token) -> bool:
    """"with" and "members" count only in a sentence about a cast."""
    if token.lower_ in ("with", "members", "alongside", "opposite", "includes", "including",
                        "include", "joins", "joined", "join"):
        return any(t.lower_ in ("cast", "star", "stars", "starring", "ensemble", "joined")
                   or t.lemma_ in ("star", "cast") for t in token.sent)
    return True


def _subjects(doc, verb: Token) -> list[tuple[int, int]]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    spans = []
    for subject in subjects:
        for t in (subject, *subject.conjuncts):
            span = ent_span(doc, t.i)
            if span and doc[span[0]].ent_type_ == "Person":
                spans.append(span)
    return spans
