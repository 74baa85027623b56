"""Release dates and counts: releaseDate, numberOfEpisodes, numberOfSeasons.

Dates are kept as the text gives them ("June 8", "2014", "April") with the
tense of their clause; :mod:`showgraph.dates` normalises them against the
article's publication date during extraction.

- "premiered on FX in 2014", "will premiere January 30", "Released June 8, the flick";
- "its April premiere", "Release Date: October 21, 2016";
- "Night of the Kings (2020)", "the 2017 hit movie The Outlaws", "a 1936 British film";
- "W in 2013" in a list of credits;
- "10 episodes", "the eight-episode season", "the sixth and final season".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from showgraph.pipeline.coref import resolve
from showgraph.pipeline.relations.common import (
    Context, ent_span, relation, tense_of, work_of_sentence,
)
from showgraph.pipeline.relations.companies import _subject_work

RELEASE_VERBS = {"premiere", "premier", "debut", "release", "air", "open", "launch", "bow", "hit",
                 "arrive", "drop", "stream", "return", "roar", "come", "screen", "publish"}
RELEASE_NOUNS = {"premiere", "release", "debut", "launch", "bow", "opening"}
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth".split())}


def _date_span(ctx: Context, token: Token):
    span = ent_span(ctx.doc, token.i)
    return span if span and ctx.doc[span[0]].ent_type_ == "DATE" else None


def release_dates(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """A date attached to a release verb or noun."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        trigger = _release_trigger(ent.root)
        if trigger is None:
            continue
        if trigger.pos_ == "VERB":
            work = _subject_work(ctx, trigger, sent)
            tense = tense_of(trigger)
        else:
            work = _noun_owner(ctx, trigger, sent)
            tense = None
        if work is not None:
            yield relation(work, "releaseDate", sent, "release-date", 0.8,
                           value=ent.text, tense=tense), trigger


def _release_trigger(date: Token) -> Token | None:
    node = date
    for _ in range(3):
        head = node.head
        if head == node:
            return None
        if head.lemma_.lower() in RELEASE_VERBS and head.pos_ == "VERB":
            return head
        if head.lower_ in RELEASE_NOUNS and node.dep_ in ("compound", "amod", "nmod", "npadvmod", "pobj", "poss"):
            return head
        if node.dep_ not in ("pobj", "prep", "npadvmod", "nummod", "compound", "appos", "conj"):
            return None
        node = head
    return None


def _noun_owner(ctx: Context, noun: Token, sent: Span):
    doc = ctx.doc
    for child in noun.children:
        if child.dep_ == "poss":
            target = resolve(doc, *(ent_span(doc, child.i) or (child.i, child.i + 1)))
            if doc[target[0]].ent_type_ == "Work":
                return target
    return work_of_sentence(ctx, sent, near=noun)


def bracket_years(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Night Of The Kings (2020)", and "W in 2013" in a list of credits."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Work":
            continue
        i = ent.end
        while i < sent.end and doc[i].is_space:
            i += 1
        if i + 2 < len(doc) and doc[i].text == "(" and _is_year(doc[i + 1]) and doc[i + 2].text == ")":
            yield relation((ent.start, ent.end), "releaseDate", sent, "title-year", 0.85,
                           value=doc[i + 1].text, tense="past"), None
        elif i + 1 < len(doc) and doc[i].lower_ == "in" and _is_year(doc[i + 1]) \
                and (i + 2 >= len(doc) or not doc[i + 2].like_num):
            yield relation((ent.start, ent.end), "releaseDate", sent, "title-in-year", 0.6,
                           value=doc[i + 1].text, tense="past"), None


def year_modifiers(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"the 2017 hit movie The Outlaws", "1996's Fargo", "a 1936 British film"."""
    doc = ctx.doc
    for token in sent:
        if not _is_year(token) or token.dep_ not in ("nummod", "compound", "amod", "poss", "npadvmod", "nmod"):
            continue
        head = token.head
        if token.dep_ == "poss" or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("'s", "’s")):
            target = _next_work(ctx, token.i + 1, sent)
        elif head.lower_ in ctx.lexicon.work_cues or head.lower_ in ctx.lexicon.work_nouns:
            target = _next_work(ctx, head.i + 1, sent) or _attribute_subject(ctx, head)
        else:
            continue
        if target is not None:
            yield relation(target, "releaseDate", sent, "year-modifier", 0.75,
                           value=token.text, tense="past"), None


def _next_work(ctx: Context, i: int, sent: Span):
    doc = ctx.doc
    while i < sent.end and i < len(doc) and (doc[i].text in "'’s“\"‘," or doc[i].pos_ in ("NOUN", "ADJ") and not doc[i].ent_type_):
        i += 1
    if i < sent.end and doc[i].ent_type_ == "Work":
        return ent_span(doc, i)
    return None


def _attribute_subject(ctx: Context, noun: Token):
    """"Song of Freedom is a 1936 British film": the subject of the copula."""
    doc = ctx.doc
    if noun.dep_ != "attr":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    span = ent_span(doc, subject.i) if subject is not None else None
    return span if span and doc[span[0]].ent_type_ == "Work" else None


def field_release(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Release Date: October 21, 2016"."""
    words = [t for t in sent if not t.is_space]
    for a, b, c in zip(words, words[1:], words[2:]):
        if a.lower_ == "release" and b.lower_ == "date" and c.text == ":":
            dates = [e for e in sent.ents if e.label_ == "DATE" and e.start > c.i]
            if dates and ctx.topic:
                yield relation(ctx.topic, "releaseDate", sent, "field-line", 0.85, value=dates[0].text,
                               tense="past"), None
            return


def episode_counts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"10 episodes", "the eight-episode season", "the sixth and final season"."""
    for token in sent:
        lower = token.lower_
        if lower in ("episodes", "episode"):
            if token.head.lemma_.lower() in ("write", "direct", "pen", "helm", "watch", "film"):
                continue
            count = _count_before(token)
            predicate = "numberOfEpisodes"
        elif lower in ("seasons", "season"):
            count = _count_before(token) if lower == "seasons" else _final_ordinal(token)
            predicate = "numberOfSeasons"
        else:
            continue
        if count is None or count < 1:
            continue
        work = work_of_sentence(ctx, sent, near=token)
        if work is not None:
            yield relation(work, predicate, sent, f"{predicate}-count", 0.75, value=count), token


def _count_before(noun: Token) -> int | None:
    doc = noun.doc
    i = noun.i - 1
    if i >= 0 and doc[i].text == "-":
        i -= 1
    if i < 0:
        return None
    number = doc[i]
    if any(c.dep_ == "nummod" and c.i == number.i for c in noun.children) or doc[noun.i - 1].text == "-" \
            or number.like_num:
        return _as_int(number.text)
    return None


def _final_ordinal(season: Token) -> int | None:
    """Only a *final* season tells how many seasons there are."""
    words = [t.lower_ for t in season.doc[season.left_edge.i:season.i]]
    if "final" not in words and "last" not in words:
        return None
    for word in words:
        if word in ORDINAL_WORDS:
            return ORDINAL_WORDS[word]
    return None


def _as_int(text: str) -> int | None:
    text = text.lower().replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def _is_year(token: Token) -> bool:
    return token.shape_ == "dddd" and token.text[:2] in ("18", "19", "20")
