"""Band membership: memberOf from a musician's part in a band.

- "Rage Against the Machine bassist Tim Commerford", "Led Zeppelin's lead
  singer Robert Plant": the band before the part, the member after it;
- "drummer Jay Ziskrout left Bad Religion", "guitarist A joined B": a member,
  named with a part, joining or leaving a band;
- "the group consists of vocalist A, guitarist B and drummer C": the members
  a band (or "the group", the organisation last named) is made of.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from showgraph.pipeline.coref import last_entity
from showgraph.pipeline.relations.common import Context, ent_span, relation

# "lead singer", "former bassist", "founding guitarist": words between the band and the part.
PART_MODIFIERS = {"lead", "former", "founding", "rhythm", "bass", "backing", "co-lead", "original",
                  "touring", "new", "then"}
MEMBERSHIP_VERBS = {"join", "rejoin", "leave", "quit"}
LINEUP_VERBS = {"consist", "comprise", "include", "feature"}
BAND_NOUNS = {"band", "group", "trio", "duo", "quartet", "quintet", "line-up", "lineup"}
# Sentences back that "the group" may refer to an organisation named there.
BAND_WINDOW = 3


def band_parts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    doc = ctx.doc
    for part in sent:
        if part.lower_ not in ctx.lexicon.band_parts or part.i + 1 >= sent.end:
            continue
        member = ent_span(doc, part.i + 1)
        if member is None or doc[member[0]].ent_type_ != "Person":
            continue
        band = _band_before(doc, part.i) or _band_joined_or_left(doc, member) or _band_made_of(ctx, member)
        if band is not None:
            yield relation(member, "memberOf", sent, "band-part", 0.7, obj=band), part


def _band_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """"Bad Religion guitarist", "Led Zeppelin's lead singer": the organisation before the part."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in PART_MODIFIERS:
        j -= 1
    if j >= 0 and doc[j].lower_ in ("'s", "’s"):
        j -= 1
    if j >= 0 and doc[j].ent_type_ == "Organization":
        return ent_span(doc, j)
    return None


def _band_joined_or_left(doc: Doc, member: tuple[int, int]) -> tuple[int, int] | None:
    """"drummer Jay Ziskrout left Bad Religion": the object of the member's joining or leaving."""
    root = doc[member[0]:member[1]].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in MEMBERSHIP_VERBS:
        return None
    for obj in verb.children:
        span = ent_span(doc, obj.i) if obj.dep_ == "dobj" else None
        if span and doc[span[0]].ent_type_ == "Organization":
            return span
    return None


def _band_made_of(ctx: Context, member: tuple[int, int]) -> tuple[int, int] | None:
    """"The group consists of vocalist A, guitarist B ...": the subject of the line-up verb."""
    doc = ctx.doc
    node = doc[member[0]:member[1]].root
    while node.dep_ in ("conj", "appos") and node.head != node:
        node = node.head
    verb = node.head.head if node.dep_ == "pobj" else node.head if node.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in LINEUP_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    span = ent_span(doc, subject.i)
    if span and doc[span[0]].ent_type_ == "Organization":
        return span
    if subject.lower_ in BAND_NOUNS:
        return last_entity(doc, doc.ents, subject, ("Organization",), BAND_WINDOW)
    return None
