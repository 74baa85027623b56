"""Band membership: memberOf from a musician's part in a band.

- "Salt Against the Tide bassist Tom Reyes", "The Quill Brothers's lead
  singer Piet Lowry": the band before the part, the member after it;
- "drummer Ida Holm left Lantern Boys", "guitarist A joined B": a member,
  named with a part, joining or leaving a band;
- "the group consists of vocalist A, guitarist B and drummer C": the members
  a band (or "the group", the organisation last named) is made of;
- "guitarist A" with no band at hand, in an article that names one band as such:
  a member of that band.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from showgraph.pipeline.coref import last_entity, resolve
from showgraph.pipeline.definitions import defining_noun
from showgraph.pipeline.entity_types import BAND_NOUNS as NAMED_BAND_NOUNS
from showgraph.pipeline.entity_types import MEMBER_NOUNS
from showgraph.pipeline.relations.common import (
    Context, ent_span, hyphenated_word, named_organisation, prep_objects, relation, with_conjuncts,
)

# "lead singer", "former bassist", "founding guitarist": words between the band and the part.
PART_MODIFIERS = {"lead", "former", "founding", "rhythm", "bass", "backing", "co-lead", "original",
                  "touring", "new", "then"}
MEMBERSHIP_VERBS = {"join", "rejoin", "leave", "quit"}
LINEUP_VERBS = {"consist", "comprise", "include", "feature"}
BAND_NOUNS = NAMED_BAND_NOUNS | {"line-up", "lineup"}
FORMING_VERBS = {"form", "found", "co-found", "start"}
# Parts that solo artists have too: "singer Mara Lind" names no band member.
SOLO_PARTS = {"singer", "rapper", "dj", "pianist", "lyricist", "turntablist"}
# Sentences back that "the group" may refer to an organisation named there.
BAND_WINDOW = 3


def band_parts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    doc = ctx.doc
    previous = None  # (end of the last member, their band): "by vocalist A and guitarist B"
    for part in sent:
        if part.lower_ not in ctx.lexicon.band_parts or part.i + 1 >= sent.end:
            continue
        member = ent_span(doc, part.i + 1)
        if member is None or doc[member[0]].ent_type_ != "Person":
            continue
        band = _band_before(doc, part.i) or _band_joined_or_left(doc, member) or _band_made_of(ctx, member) \
            or _band_formed_by(ctx, member)
        if band is None and previous is not None and all(t.lower_ in (",", "and") for t in doc[previous[0]:part.i]):
            band = previous[1]  # the next in a list of players shares the band the parse gave the first
        if band is None and (part.lower_ not in SOLO_PARTS or _listed_with_player(ctx, member)):
            band = _article_band(ctx)
        if band is not None:
            previous = (member[1], band)
            yield relation(member, "memberOf", sent, "band-part", 0.7, obj=band), part


def lineup_members(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"The band consists of A (vocals), B (guitar) and C (drums)", "The band's line-up
    consisted of A and B": the people a line-up verb lists, with no part named before them."""
    doc = ctx.doc
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in LINEUP_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or (hyphenated_word(subject) not in BAND_NOUNS and not _a_band(doc, subject)):
            continue
        band = _band_of_subject(ctx, subject)
        if band is None:
            continue
        listed = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("of",))
        for first in listed:
            for member in with_conjuncts(doc, first, ("Person",)):
                if doc[member[0] - 1].lower_ not in ctx.lexicon.band_parts:  # "vocalist A": band_parts has it
                    yield relation(member, "memberOf", sent, "line-up", 0.7, obj=band), verb


def named_members(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"X, whose members A and B ...", "Tyra Voss's bandmates in the collective X, A and B",
    "the X members A and B": the people apposed to a members noun belong to the band it names."""
    doc = ctx.doc
    for noun in sent:
        if noun.lower_ not in MEMBER_NOUNS or noun.pos_ != "NOUN":
            continue
        band = _members_band(ctx, noun)
        if band is None:
            continue
        people = [p for c in noun.children if c.dep_ == "appos" for p in with_conjuncts(doc, c, ("Person",))]
        if noun.dep_ == "appos":  # "A and B, Tyra Voss's bandmates in X"
            people += with_conjuncts(doc, noun.head, ("Person",))
        if noun.dep_ == "compound" and noun.head.ent_type_ == "Person":  # "Starling member Ida Holm"
            people.append(ent_span(doc, noun.head.i))
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ == "Person"), None)
        if owner is not None and noun.lower_.startswith("bandmate"):
            people.append(resolve(doc, *ent_span(doc, owner.i)))
        for member in people:
            yield relation(member, "memberOf", sent, "named-members", 0.7, obj=band), noun


def _members_band(ctx: Context, noun: Token) -> tuple[int, int] | None:
    """The band a members noun is of: "whose members", "X's members", "members of/in X", "X members"."""
    doc = ctx.doc
    for child in noun.children:
        if child.lower_ == "whose" and noun.head.dep_ == "relcl":
            return _organisation(doc, noun.head.head)
        if child.dep_ in ("poss", "compound") and child.ent_type_ == "Organization":
            return _organisation(doc, child)
    for obj in prep_objects(noun, ("of", "in")):
        named = named_organisation(doc, obj)
        band = resolve(doc, *named) if named else None
        if band is not None and (obj.lower_ in BAND_NOUNS or _a_band(doc, obj) or noun.lower_.startswith("bandmate")):
            return band
    return None


def _organisation(doc: Doc, token: Token) -> tuple[int, int] | None:
    span = ent_span(doc, token.i)
    return resolve(doc, *span) if span and doc[span[0]].ent_type_ == "Organization" else None


def _a_band(doc: Doc, token: Token) -> bool:
    span = ent_span(doc, token.i)
    return span is not None and doc[span[0]].ent_type_ == "Organization" and _named_as_band(doc[span[0]:span[1]])


def _band_of_subject(ctx: Context, subject: Token) -> tuple[int, int] | None:
    """The band a line-up's subject names: itself, or for "the band", the article's band."""
    doc = ctx.doc
    span = ent_span(doc, subject.i)
    if span and doc[span[0]].ent_type_ == "Organization":
        return resolve(doc, *span)
    return _article_band(ctx) or last_entity(doc, doc.ents, subject, ("Organization",), BAND_WINDOW)


def _article_band(ctx: Context) -> tuple[int, int] | None:
    """The one band the article names as such ("punk rock band Salt Harbour"), if only one.

    An album's or a band's article calls its players "guitarist A", "drummer B"
    without naming the band again each time.
    """
    doc = ctx.doc
    bands: dict[str, tuple[int, int]] = {}
    for ent in doc.ents:
        if ent.label_ == "Organization" and _named_as_band(ent):
            span = resolve(doc, ent.start, ent.end)
            bands.setdefault(doc[span[0]:span[1]].text, span)
    return next(iter(bands.values())) if len(bands) == 1 else None


def _listed_with_player(ctx: Context, member: tuple[int, int]) -> bool:
    """"guitarist Oskar Brevik and singer Mara Lind": a singer listed with a band's player."""
    doc = ctx.doc
    root = doc[member[0]:member[1]].root
    for other in root.conjuncts:
        span = ent_span(doc, other.i)
        before = doc[span[0] - 1] if span and span[0] > 0 else None
        if before is not None and before.lower_ in ctx.lexicon.band_parts and before.lower_ not in SOLO_PARTS:
            return True
    return False


def _named_as_band(ent: Span) -> bool:
    """"the band X", "rock group X", "X is a punk band"."""
    doc = ent.doc
    before = ent.start - 1 - (ent.start > 1 and doc[ent.start - 1].text == "the")  # "the band the Lanternfly"
    if before >= 0 and doc[before].lower_ in BAND_NOUNS:
        return True
    noun = defining_noun(ent)
    return noun is not None and noun.lower_ in BAND_NOUNS


def _band_before(doc: Doc, i: int) -> tuple[int, int] | None:
    """"Lantern Boys guitarist", "The Quill Brothers's lead singer": the organisation before the part."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in PART_MODIFIERS:
        j -= 1
    if j >= 0 and doc[j].lower_ in ("'s", "’s"):
        j -= 1
    if j >= 0 and doc[j].ent_type_ == "Organization":
        return ent_span(doc, j)
    return None


def _band_joined_or_left(doc: Doc, member: tuple[int, int]) -> tuple[int, int] | None:
    """"drummer Ida Holm left Lantern Boys": the object of the member's joining or leaving."""
    root = doc[member[0]:member[1]].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in MEMBERSHIP_VERBS:
        return None
    for obj in verb.children:
        span = ent_span(doc, obj.i) if obj.dep_ == "dobj" else None
        if span and doc[span[0]].ent_type_ == "Organization":
            return span
    return None


def _band_formed_by(ctx: Context, member: tuple[int, int]) -> tuple[int, int] | None:
    """"X were a post-punk band formed in 1981 by vocalist A and guitarist B", "The band was
    formed by A": the band the forming participle's noun or subject stands for."""
    doc = ctx.doc
    node = doc[member[0]:member[1]].root
    while node.dep_ in ("conj", "appos") and node.head != node:
        node = node.head
    if node.dep_ != "pobj" or node.head.dep_ != "agent" or node.head.head.lemma_.lower() not in FORMING_VERBS:
        return None
    verb = node.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    noun = subject if subject is not None else verb.head if verb.dep_ == "acl" else None
    if noun is None:
        return None
    span = ent_span(doc, noun.i)
    if span and doc[span[0]].ent_type_ == "Organization":
        return resolve(doc, *span)
    if noun.lower_ not in BAND_NOUNS:
        return None
    if noun.dep_ == "attr":  # "X were a band formed by": the copula's subject
        named = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        span = ent_span(doc, named.i) if named is not None else None
        return span if span and doc[span[0]].ent_type_ == "Organization" else None
    return _band_of_subject(ctx, noun)


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
