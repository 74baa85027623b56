"""Where a work comes from: basedOn, countryOfOrigin, partOfSeries.

- "based on the 2021 short story titled, The Lantern Keeper", "an adaptation of W";
- "the Korean action comedy Night Patrol", "a 1936 British film" (a demonym
  before a work noun; the country comes from ``rules/demonyms.tsv``);
- "It first aired on Fox in the United States": a broadcaster's country;
- "The film is a co-production between Ireland and France": each country;
- "season 2 of W" is left to the graph: a season is only its own work when it
  has its own date or episode count (see the spec's annotation rules).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from showgraph.pipeline.coref import resolve
from showgraph.pipeline.relations.common import (
    CLOSE_QUOTES, Context, credit_aside, ent_span, hyphenated_word, nominal_work, relation, title_before_description,
    with_conjuncts, work_of_sentence,
)
from showgraph.pipeline.relations.companies import _named_org_noun, _org, _role, _subject_work
from showgraph.pipeline.relations.release import _attribute_subject, _names_a_work, _next_work, _phrase_head

SOURCE_CUES = {("based", "on"), ("adaptation", "of"), ("remake", "of"), ("adapted", "from"),
               ("inspired", "by"), ("reboot", "of")}
SOURCE_CUE_STARTS = {first for first, _ in SOURCE_CUES}


def based_on(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    doc = ctx.doc
    for token in sent:
        if token.lower_ not in SOURCE_CUE_STARTS or token.i + 1 >= len(doc) \
                or (token.lower_, doc[token.i + 1].lower_) not in SOURCE_CUES:
            continue
        source = _next_work(ctx, token.i + 2, sent) or _work_within(ctx, token.i + 2, sent, 8)
        if source is None:
            continue
        work = _adapting_work(ctx, token, sent, source)
        if work is not None and work != source:
            yield relation(work, "basedOn", sent, "based-on", 0.8, obj=source), token


def _adapting_work(ctx: Context, cue: Token, sent: Span, source):
    """The adaptation: the clause's subject, a work named before the cue, else the topic."""
    doc = ctx.doc
    if cue.pos_ == "VERB":
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            span = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
            if doc[span[0]].ent_type_ == "Work" and span != source:
                return span
    before = [(e.start, e.end) for e in sent.ents if e.label_ == "Work" and e.end <= cue.i
              and (e.start, e.end) != source and not credit_aside(doc, e.start)]
    if before:
        return before[-1]
    return ctx.topic if ctx.topic != source else None


def _work_within(ctx: Context, start: int, sent: Span, limit: int):
    doc = ctx.doc
    for i in range(start, min(sent.end, start + limit)):
        if doc[i].ent_type_ == "Work":
            return ent_span(doc, i)
        if doc[i].text in ".;" or doc[i].lower_ in ("which", "that", "who"):
            return None
    return None


def episode_of(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"X, which aired as the second episode of the new season of HBO's W": X is part of W."""
    doc = ctx.doc
    for noun in sent:
        if noun.lower_ != "episode":
            continue
        series = _series_in(doc, noun)
        episode = _described_work(ctx, noun)
        if series is not None and episode is not None and series != episode:
            yield relation(episode, "partOfSeries", sent, "episode-of", 0.8, obj=series), None


def _series_in(doc, noun: Token):
    """The last work inside "episode of (the season of) W"; not the episode's own title in
    apposition ("last week's episode, “The Long Table,” was ...")."""
    works = [t for part in (noun, *noun.conjuncts) for of in part.children  # "episode and finale of W"
             if of.dep_ == "prep" and of.lower_ == "of" for t in of.subtree if t.ent_type_ == "Work"]
    return ent_span(doc, works[-1].i) if works else None


def _described_work(ctx: Context, noun: Token):
    """The work an "episode" noun describes: "X is the second episode", "X, which aired as ..."."""
    doc = ctx.doc
    node = noun
    for _ in range(4):
        if node.head == node:
            return None
        if node.dep_ in ("appos", "attr", "pobj", "prep", "relcl", "acl", "advcl", "conj"):
            node = node.head
            span = ent_span(doc, node.i)
            if span and doc[span[0]].ent_type_ == "Work":
                return span
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
            if subject is not None and subject.lower_ in ("which", "that") and node.dep_ == "relcl":
                span = ent_span(doc, node.head.i)
                return span if span and doc[span[0]].ent_type_ == "Work" else None
            if subject is not None:
                span = ent_span(doc, subject.i)
                return span if span and doc[span[0]].ent_type_ == "Work" else None
        else:
            return None
    return None


def country_of_origin(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    for token in sent:
        country = ctx.lexicon.demonyms.get(token.text)
        if country is not None and token.i > sent.start:  # "South Korean", "New Zealand": the two words' country
            country = ctx.lexicon.demonyms.get(f"{token.nbor(-1).text} {token.text}", country)
        if country is None or token.dep_ not in ("amod", "compound", "nmod") or _names_language(token):
            continue
        governor = token.head
        while ctx.lexicon.demonyms.get(governor.text) and governor.dep_ in ("amod", "compound") \
                and governor.head != governor:
            governor = governor.head  # "a French-Italian drama film": both name the film's countries
        head = _phrase_head(governor)  # "an American television series", "British Eastmancolor film"
        song = _song_by_artist(ctx, governor)
        if song is not None:  # "a song by Japanese recording artist X": the song comes from Japan
            head = song
        elif not _names_a_work(ctx, head) or _inside_a_name(ctx, head):
            continue
        work = _next_work(ctx, head.i + 1, sent) or _attribute_subject(ctx, head)
        if work is None and _definite_or_main(head):
            work = work_of_sentence(ctx, sent, near=head)
        if work is not None:
            yield relation(work, "countryOfOrigin", sent, "demonym", 0.7, value=country), None


# Who records a song: "a song by Japanese recording artist X", "recorded by American rapper X".
ARTIST_NOUNS = {"artist", "singer", "rapper", "band", "group", "duo", "trio", "singer-songwriter", "musician",
                "songwriter", "vocalist", "dj"}


def _song_by_artist(ctx: Context, noun: Token) -> Token | None:
    """The song noun whose "by" phrase names the artist noun: "song (recorded) by American rapper X",
    "by American country music artist X"."""
    while noun.lower_ not in ARTIST_NOUNS and noun.dep_ in ("compound", "amod") and noun.head != noun:
        noun = noun.head
    if noun.lower_ not in ARTIST_NOUNS:
        return None
    node = noun
    while node.dep_ in ("compound", "amod", "appos") and node.head != node:
        node = node.head
    by = node.head if node.dep_ == "pobj" else None
    if by is None or by.lower_ != "by":
        return None
    owner = by.head if by.head.tag_ != "VBN" else by.head.head  # "a song recorded by"
    return owner if owner.lower_ in ctx.lexicon.song_nouns or owner.lower_ in ("album", "ep") else None


def _inside_a_name(ctx: Context, head: Token) -> bool:
    """"the Scottish Album of the Year Award": a capitalised noun going on into a name."""
    doc = head.doc
    following = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return head.text[:1].isupper() and following is not None and (
        following.lower_ == "of" or following.lower_ in ctx.lexicon.event_words)


# "English title: Harbour House", "its English dub": the language of a name or a rendering.
LANGUAGE_NOUNS = {"language", "title", "titles", "name", "translation", "dub", "dubbing", "subtitles"}


def _names_language(demonym: Token) -> bool:
    """"a Korean-language film", "English title" say what is spoken, not where the film comes
    from; so does "the most-watched non-English series"."""
    doc = demonym.doc
    after = [t.lower_ for t in doc[demonym.i + 1:demonym.i + 3]]
    before = [t.lower_ for t in doc[max(0, demonym.i - 2):demonym.i]]
    return demonym.head.lower_ in LANGUAGE_NOUNS or after[-1:] == ["language"] or after[:1] == ["language"] \
        or before == ["non", "-"]


def _definite_or_main(noun: Token) -> bool:
    return any(c.lower_ in ("the", "this") for c in noun.children)


# Verbs of television broadcast: a festival premiere abroad says nothing of origin.
BROADCAST_VERBS = {"air", "broadcast", "telecast"}


def country_of_broadcast(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"It first aired on the Fox network in the United States": aired on a network in a country."""
    for verb in sent:
        # Past: the first airing. "It airs on HGTV in the United States" is syndication.
        if verb.lemma_.lower() not in BROADCAST_VERBS or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
            continue
        networks = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
                    for o in p.children if o.dep_ == "pobj" and _broadcaster(ctx, o)]
        if not networks:
            continue
        country = _country_in(ctx, verb) or _country_in(ctx, networks[0])
        # "aired on W in Canada and on HGTV in the United States": which is the first?
        places = [e for e in sent.ents if e.label_ == "Place" and _country_named(ctx, e.text)]
        work = _subject_work(ctx, verb, sent) if country and len(places) == 1 else None
        if work is not None:
            yield relation(work, "countryOfOrigin", sent, "aired-in-country", 0.6, value=country), verb


CO_PRODUCTION_NOUNS = {"co-production", "coproduction", "co-venture"}
CO_PRODUCTION_ENDS = {"production", "coproduction", "co-production", "venture", "co-venture"}


def co_production_countries(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"The film is a co-production between Ireland and France": each country made the work."""
    doc = ctx.doc
    for noun in sent:
        # the cheap test first: a word ending the noun ("production"), then its hyphenated whole
        if noun.lower_ not in CO_PRODUCTION_ENDS or hyphenated_word(noun) not in CO_PRODUCTION_NOUNS:
            continue
        work = _attribute_subject(ctx, noun) or _nominal_subject(ctx, noun) or _described_by(ctx, noun)
        places = [s for p in noun.children if p.dep_ == "prep" and p.lower_ in ("between", "of")
                  for o in p.children if o.dep_ == "pobj" for s in with_conjuncts(doc, o, ("Place",))]
        for place in places:
            country = _country_named(ctx, doc[place[0]:place[1]].text)
            if work is not None and country is not None:
                yield relation(work, "countryOfOrigin", sent, "co-production", 0.7, value=country), noun


def _described_by(ctx: Context, noun: Token):
    """The work a description stands beside: "W, a co-production between A and B", "A co-production
    between A and B, W is ..." (the sentence's subject after an opening description)."""
    doc = ctx.doc
    head = ent_span(doc, noun.head.i) if noun.dep_ == "appos" else None
    if head and doc[head[0]].ent_type_ == "Work":
        return head
    start = noun.i  # past "a co-" (the parser splits "co-production" its own way)
    while start > noun.sent.start and doc[start - 1].lower_ in ("a", "an", "co", "-"):
        start -= 1
    if start == noun.sent.start:  # "A co-production between A and B, W is produced by ..."
        root = noun.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > noun.i), None)
        span = ent_span(doc, subject.i) if subject is not None else None
        return span if span and doc[span[0]].ent_type_ == "Work" else None
    i = start - 1  # 'W, a co-production between ...', '“W,” a co-production'
    if doc[i].text not in CLOSE_QUOTES | {","}:
        return title_before_description(doc, noun)
    while i > 0 and doc[i].text in CLOSE_QUOTES | {","}:
        i -= 1
    return ent_span(doc, i) if doc[i].ent_type_ == "Work" else None


def countries_made_in(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"W, a production from Canada, ...", "a heist comedy from Nigeria", "W, from India, stars ...":
    the work comes from the country."""
    doc = ctx.doc
    for prep in sent:
        if prep.lower_ != "from" or prep.dep_ != "prep":
            continue
        head = prep.head
        place = next((o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "Place"), None)
        country = _country_named(ctx, doc[slice(*ent_span(doc, place.i))].text) if place is not None else None
        if country is None:
            continue
        if head.ent_type_ == "Work":
            work = ent_span(doc, head.i)
        elif head.lower_ in ctx.lexicon.work_cues or head.lower_ in ("production", "co-production"):
            work = _described_by(ctx, head)
        else:
            continue
        if work is not None:
            yield relation(work, "countryOfOrigin", sent, "made-in-country", 0.65, value=country), prep


def bracketed_countries(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """A festival line-up's "The Burning Coast (Nigeria-UK), directed by ...": a bracket of
    countries alone after a title names where the work comes from."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Work" or ent.end + 2 >= len(doc) or doc[ent.end].text != "(":
            continue
        closing = next((i for i in range(ent.end + 1, min(len(doc), ent.end + 10)) if doc[i].text == ")"), None)
        inside = doc[ent.end + 1:closing] if closing else None
        if not inside or any(t.ent_type_ != "Place" and t.text not in ("-", "–", "/", ",", "and") for t in inside):
            continue
        countries = [_country_named(ctx, doc[slice(*ent_span(doc, t.i))].text) for t in inside if t.ent_iob_ == "B"]
        if countries and None not in countries:
            for country in countries:
                yield relation((ent.start, ent.end), "countryOfOrigin", sent, "bracketed-country", 0.65,
                               value=country), None


def _nominal_subject(ctx: Context, noun: Token):
    """"The film is a co-production ...": the work "the film" refers to."""
    if noun.dep_ != "attr":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ctx.lexicon.work_nouns:
        return None
    return nominal_work(ctx, subject)


def _broadcaster(ctx: Context, noun: Token) -> bool:
    org = _org(ctx, noun.i) or _named_org_noun(ctx, noun)
    return org is not None and _role(ctx, org) in ("network", "")


def _country_in(ctx: Context, head: Token) -> str | None:
    """The country of an "in the United States" phrase under ``head``, by its standard name."""
    doc = ctx.doc
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            span = ent_span(doc, obj.i)
            if span and doc[span[0]].ent_type_ == "Place":
                country = _country_named(ctx, doc[span[0]:span[1]].text)
                if country is not None:
                    return country
    return None


def _country_named(ctx: Context, name: str) -> str | None:
    for country, aliases in ctx.lexicon.country_names.items():
        if name == country or name in aliases:
            return country
    return None
