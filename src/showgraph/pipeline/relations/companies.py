"""Who airs, makes and releases a work: network, productionCompany, distributor.

- "HBO's Harrow Lane", "the Netflix series Salt Road", "the Hulu drama";
- "premiered on FX", "will stream exclusively on Max";
- "Netflix has renewed the drama", "HBO ordered W";
- "produced by COMPANY", "COMPANY produced W", "a COMPANY production", "Marvel's superhero movie",
  "under the banner of COMPANY";
- "a co-production of A and the Irish company B", "the production company X ...; its first project, W";
- "distributed by", "acquired ... for release by", "the local distributor", "acquired the film's
  North American distribution rights", "W, which X released".

The gazetteer's role (network, streamer, studio, releasing-studio, distributor)
decides between ``network``, ``productionCompany`` and ``distributor`` where the
construction does not.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from showgraph.pipeline.coref import resolve
from showgraph.pipeline.doc_data import bracketed, doc_text, first_line_break, info_of, listed_in_bracket
from showgraph.pipeline.gazetteer import BROADCASTERS
from showgraph.pipeline.lexicon import RELEASE_DATE_NOUNS
from showgraph.pipeline.relations.common import (
    QUOTES, Context, _described_work, _work_subject, clause_subject, ent_span, finite_or_progressive,
    governing_work, list_entities, nominal_work, prep_objects, relation, with_conjuncts, work_of_sentence,
)
from showgraph.pipeline.relations.credits import NOUN_CREDITS, PRODUCE_LEMMAS, _titled_after

AIR_VERBS = {"premiere", "premier", "air", "stream", "debut", "launch", "broadcast", "run", "return",
             "move", "land", "arrive", "drop", "bow", "release", "available", "come", "head"}
COMMISSION_VERBS = {"renew", "premier", "order", "pick", "greenlight", "greenlit", "cancel", "commission",
                    "air", "stream", "premiere", "launch", "announce", "debut", "develop"}
PRODUCE_VERBS = {"produce", "co-produce", "finance", "make", "develop"}
DISTRIBUTE_VERBS = {"distribute", "acquire", "release", "handle"}
BROADCAST_VERBS = {"broadcast", "air", "televise", "stream"}
# Verbs of making whose "for" names the broadcaster: "created by A for FX".
MADE_FOR_VERBS = {"create", "produce", "co-produce", "develop", "make", "commission", "write", "co-create"}
# A releasing studio both makes films and releases them; its "W" is most often its release.
STUDIOS = {"studio", "releasing-studio"}
TELEVISION_SUBTYPES = {"TVSeries", "Season", "Episode"}


def _org(ctx: Context, i: int):
    span = ent_span(ctx.doc, i)
    if span and ctx.doc[span[0]].ent_type_ == "Organization":
        return span
    return None


def _named_org_noun(ctx: Context, noun: Token):
    """"the Fox network", "the CW channel": the organisation naming the noun."""
    if noun.lower_ not in ctx.lexicon.organization_nouns:
        return None
    return next((_org(ctx, c.i) for c in noun.children
                 if c.dep_ in ("compound", "nmod", "amod") and _org(ctx, c.i)), None)


def _role(ctx: Context, span) -> str:
    return info_of(Span(ctx.doc, *span)).get("role", "")


def possessive_companies(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"HBO's Harrow Lane", "the Netflix series W", "Marvel's superhero movie W"."""
    doc = ctx.doc
    for token in sent:
        org = _org(ctx, token.i)
        # "the streamer's W": the possessor is a noun coreference resolved to a company.
        possessor = org if org is not None else (token.i, token.i + 1)
        org = org or _resolved_org_noun(ctx, token)
        if org is None or token.i != possessor[1] - 1 or not (
                _modifies_a_noun(doc, possessor) or _before_a_work_cue(ctx, possessor)):
            continue
        work = _work_after(ctx, possessor[1], sent)
        if work is None:
            continue
        predicate = _possessor_credit(ctx, org, work, possessor)
        if predicate is None:
            continue
        # "the FX series “A” and “B”": every title listed after the noun
        for title in [work, *list_entities(doc, work[1], sent.end, ("Work",))]:
            yield relation(title, predicate, sent, f"possessive-{predicate}", 0.8, obj=org), None


DISTRIBUTED_NOUNS = {"release", "pickup", "acquisition"}


def _resolved_org_noun(ctx: Context, noun: Token):
    """The company "the streamer's", "the network's" stands for (see :mod:`showgraph.pipeline.coref`)."""
    if noun.lower_ not in ctx.lexicon.organization_nouns or not any(c.dep_ == "case" for c in noun.children):
        return None
    target = resolve(ctx.doc, noun.i, noun.i + 1)
    return target if target != (noun.i, noun.i + 1) and _org(ctx, target[0]) == target else None


def bracketed_networks(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Harbor Kids (Netflix) - 671", '"The Tin Saint" (FX)', a roundup's "W (Prime Video,
    Friday)" or "W (BBC One, Sunday; PBS, March 2)": a chart's or a list's network."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Organization" or _role(ctx, (ent.start, ent.end)) not in BROADCASTERS:
            continue
        opening = ent.start - 1 if bracketed(doc, ent.start, ent.end) \
            else listed_in_bracket(doc, ent.start, ent.end)
        if opening is None:
            continue
        before = opening - 1
        if before > 0 and doc[before].text in QUOTES:
            before -= 1
        work = ent_span(doc, before) if doc[before].ent_type_ == "Work" else None
        if work is not None and work[1] == before + 1:
            yield relation(work, "network", sent, "bracketed-network", 0.75, obj=(ent.start, ent.end)), None
            date = _date_after_comma(doc, ent.end)
            if date is not None:  # a roundup's coming premieres
                yield relation(work, "releaseDate", sent, "bracketed-date", 0.7, value=date.text,
                               tense="future"), None


def _date_after_comma(doc, i: int) -> Span | None:
    """"(Prime Video, Friday)": the date that ends the network's part of the bracket."""
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].ent_type_ != "DATE":
        return None
    start, end = ent_span(doc, i + 1)
    closing = doc[end].text if end < len(doc) else ""
    return doc[start:end] if closing == ";" or closing[:1] == ")" else None


def _possessor_credit(ctx: Context, org, work, possessor) -> str | None:
    """What "<company>'s W" says the company did: aired it, released it or made it.

    "Lionsgate's horror entry W", "Neon's W": a film's releaser; "HBO's W": its
    network; "Blumhouse's W", "Lionsgate's series W", "This Fox feature was
    produced by X": its maker. ``possessor`` is where the company is named: itself,
    or "the studio's" standing for it.
    """
    role = _role(ctx, org)
    if role in BROADCASTERS:
        return "network"
    subtypes = {info_of(Span(ctx.doc, *work)).get("subtype")} | {
        ctx.lexicon.work_cues.get(t.lower_) for t in ctx.doc[possessor[1]:work[0]]}  # "'s drama series W"
    television = bool(subtypes & TELEVISION_SUBTYPES)
    # "wrapped production on Searchlight Pictures' W": the sentence is about making it;
    # "the studio's 49th animated feature W" counts the films it made.
    making = any(t.lemma_.lower() in ("production", "produce") for t in ctx.doc[possessor[0]].sent) \
        or any(t.ent_type_ == "ORDINAL" or t.text[:1].isdigit() for t in ctx.doc[possessor[1]:work[0]])
    if role == "distributor" or (role == "releasing-studio" and not television and not making):
        return "distributor"
    if role not in STUDIOS or ctx.doc[possessor[1] - 1].head.lemma_ in DISTRIBUTED_NOUNS:
        return None  # "the Blumhouse release W": a distributor's (release_nouns), not a maker's
    return "productionCompany"


def _before_a_work_cue(ctx: Context, org: tuple[int, int]) -> bool:
    """"the Arte miniseries W", whatever the parser made of "miniseries" (a verb, here)."""
    return org[1] < len(ctx.doc) and ctx.doc[org[1]].lower_ in ctx.lexicon.work_cues \
        and org[0] > 0 and ctx.doc[org[0] - 1].lower_ in ("the", "a", "an")


def _modifies_a_noun(doc, org: tuple[int, int]) -> bool:
    """"HBO's W", "the Netflix series", "the Channel 4 thriller" (the number parsed as the noun's too),
    "the tvN romance" ("tvN" parsed as a number's modifier)."""
    return any(t.dep_ in ("poss", "compound", "nmod", "amod", "nummod") and t.head.i >= org[1]
               for t in doc[org[0]:org[1]])


def listed_works(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"a slate of recent Netflix renewals that includes A, B and C": the broadcaster airs each."""
    from showgraph.pipeline.entity_types import LIST_INTRODUCERS, _list_noun
    for token in sent:
        noun = _list_noun(token) if token.lower_ in LIST_INTRODUCERS else None
        if noun is None:
            continue
        org = next((_org(ctx, c.i) for c in noun.children if c.dep_ in ("compound", "poss", "amod")
                    and _org(ctx, c.i)), None)
        if org is None or _role(ctx, org) not in BROADCASTERS:
            continue
        for ent in sent.ents:
            if ent.label_ == "Work" and ent.start > token.i:
                yield relation((ent.start, ent.end), "network", sent, "listed-work", 0.7, obj=org), None


def made_from(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"the new series from Mara Lind" (creator), "the film from A24" (productionCompany),
    "Paper Lanterns, the latest from Illumination" (productionCompany)."""
    doc = ctx.doc
    for prep in sent:
        latest = prep.lower_ == "from" and _latest_of_a_work(doc, prep.head)
        if not latest and (prep.lower_ != "from" or prep.head.lower_ not in ctx.lexicon.work_cues
                           or prep.head.pos_ != "NOUN"):
            continue
        if prep.head.lower_ in ctx.lexicon.song_nouns:
            continue  # "the song X from Y": Y is the film or album the song comes from
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        span = ent_span(doc, obj.i) if obj is not None else None
        if span is None:
            continue
        label, role = doc[span[0]].ent_type_, _role(ctx, span)
        if label == "Person" and span[0] > 0 and doc[span[0] - 1].lower_ in NOUN_CREDITS:
            continue  # "from writer-director X", "from creator X": the role noun gives the credit
            # (credits.role_noun_credits), not "from"
        if label == "Person" and not latest:
            predicate = "creator"
        elif label == "Organization" and role != "press":
            predicate = "network" if role in BROADCASTERS else "productionCompany"
        else:
            continue
        work = ent_span(doc, prep.head.head.i) if latest else nominal_work(ctx, prep.head)
        if work is not None:
            yield relation(work, predicate, sent, f"from-{predicate}", 0.7, obj=span), None


def _latest_of_a_work(doc, noun: Token) -> bool:
    """"W, the latest from X": "latest" in apposition to a title."""
    return noun.lower_ in ("latest", "newest") and noun.dep_ == "appos" and noun.head.ent_type_ == "Work"


def its_works(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"HBO announced ... for its upcoming "Harrow Lane" series": the clause's broadcaster airs it."""
    for token in sent:
        if token.lower_ != "its" or token.dep_ != "poss":
            continue
        org = _clause_subject_org(ctx, token)
        if org is None or _role(ctx, org) not in BROADCASTERS:
            continue
        work = _apposed_work(ctx, token) or _work_after(ctx, token.i + 1, sent)
        if work is not None:
            yield relation(work, "network", sent, "its-work", 0.7, obj=org), None


# Not "release": a label's first release is one it distributes.
PROJECT_NOUNS = {"project", "projects", "production", "productions", "film", "series", "feature"}


def company_projects(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"the production company X, ...; its first project, the series W": X made W."""
    doc = ctx.doc
    for its in sent:
        if its.lower_ != "its" or its.dep_ != "poss" or its.head.lower_ not in PROJECT_NOUNS:
            continue
        org = _last_org_before(ctx, its, sent)
        if org is None or _role(ctx, org) in BROADCASTERS or not _named_as_maker(ctx, org):
            continue
        work = next((ent_span(doc, t.i) for t in its.head.subtree if t.i > its.head.i and t.ent_type_ == "Work"), None)
        if work is not None:
            yield relation(work, "productionCompany", sent, "company-project", 0.7, obj=org), None


def _last_org_before(ctx: Context, token: Token, sent: Span):
    orgs = [(e.start, e.end) for e in sent.ents if e.label_ == "Organization" and e.end <= token.i]
    return orgs[-1] if orgs else None


def _named_as_maker(ctx: Context, org) -> bool:
    """A studio by its role, its name ("X Films") or the noun before it ("the production company X")."""
    doc = ctx.doc
    before = doc[org[0] - 1].lower_ if org[0] > 0 else ""
    return (_role(ctx, org) in STUDIOS or doc[org[1] - 1].lower_ in ctx.lexicon.company_name_ends
            or before in ("company", "studio", "banner"))


def _apposed_work(ctx: Context, its: Token):
    """"W, its series adaptation of "Source"": the network's work is W, not the source.

    The parser does not always see the apposition; the comma right after the title does.
    """
    doc = ctx.doc
    noun = its.head
    before = None
    if its.i >= 2 and doc[its.i - 1].text == ",":
        before = its.i - 2
        while before > 0 and doc[before].text in "\"'”’":  # “W”, its ...
            before -= 1
    anchor = noun.head.i if noun.dep_ == "appos" else before
    span = ent_span(doc, anchor) if anchor is not None else None
    return span if span and doc[span[0]].ent_type_ == "Work" else None


def _clause_subject_org(ctx: Context, token: Token):
    node = token
    for _ in range(6):
        if node.head == node:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if subject.left_edge.i <= token.i <= subject.right_edge.i or subject.ent_type_ == "Work":
            continue  # "confirmed that its drama W will end": the company is the clause above's
        return _org(ctx, subject.i)
    return None


def _work_after(ctx: Context, i: int, sent: Span):
    """The work right after a company name: a title or a definite work noun."""
    doc = ctx.doc
    j = _past_award_modifier(doc, i)
    while j < sent.end and (doc[j].lower_ in ("'s", "’s", "'", "’", "upcoming", "new", "hit", "original", "latest", "first")
                            or doc[j].like_num or doc[j].tag_ == "VBN"  # "49th animated feature film"
                            or doc[j].pos_ == "ADJ" or doc[j].text in "“\"‘'"):
        if doc[j].ent_type_ == "Work":
            break
        j = _past_award_modifier(doc, j + 1)
    if j < sent.end and doc[j].ent_type_ == "Work":
        return ent_span(doc, j)
    # "adult animated comedy", "Tudor period piece": nouns, adjectives, participles, demonyms
    while j < sent.end and (doc[j].pos_ in ("NOUN", "ADJ", "PROPN") or doc[j].tag_ in ("POS", "VBN", "VBG", "HYPH")
                            or doc[j].lower_ in ctx.lexicon.work_cues) \
            and doc[j].ent_type_ in ("", "NORP", "Place"):
        if doc[j].lower_ in ctx.lexicon.work_nouns or doc[j].lower_ in ctx.lexicon.work_cues:
            nxt = j + 1
            while nxt < sent.end and (doc[nxt].text in ",“\"‘'" or doc[nxt].lower_ in ("called", "titled")):
                nxt += 1
            if nxt < sent.end and doc[nxt].ent_type_ == "Work":
                return ent_span(doc, nxt)
            if doc[j].pos_ == "NOUN" and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in doc[j].children):
                return work_of_sentence(ctx, sent, near=doc[j])
            # "W, a Showtime children's programme", "W is a Showtime programme": the work the noun describes.
            return _described_work(ctx, doc[j]) if doc[j].dep_ in ("appos", "attr") else None
        j += 1
    if i < j < sent.end and doc[j].ent_type_ == "Work" and doc[j].ent_iob_ == "B" and doc[j - 1].pos_ == "NOUN":
        return ent_span(doc, j)  # "Paramount+'s Tudor period piece The King's Physician"
    return _quoted_title_after_noun(doc, j, sent)


def _past_award_modifier(doc, i: int) -> int:
    """Past "Emmy-winning", "Oscar-nominated": an award's name hyphened to a participle."""
    span = ent_span(doc, i) if i < len(doc) and doc[i].ent_type_ else None
    if span and span[1] + 1 < len(doc) and doc[span[1]].text == "-" and doc[span[1] + 1].tag_ in ("VBG", "VBN"):
        return span[1] + 2
    return i


def _quoted_title_after_noun(doc, j: int, sent: Span):
    """"Netflix's supernatural mystery “W”": a genre noun no cue list holds, then the quoted title."""
    if j == 0 or doc[j - 1].pos_ != "NOUN" or j >= sent.end or doc[j].text not in "“\"‘'":
        return None
    k = j + 1
    return ent_span(doc, k) if k < sent.end and doc[k].ent_type_ == "Work" else None


def airing_on(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"premiered on FX in 2014", "will stream exclusively on Max", "a show on Alpha TV called W"."""
    for prep in sent:
        verb = prep.head
        if prep.lower_ == "on" and verb.lower_ in ctx.lexicon.work_cues and verb.pos_ == "NOUN":
            if not _counted_run(verb):
                yield from _show_on(ctx, sent, prep)
                continue
            verb = verb.head.head  # "ran for 14 series on ITV": the run is on ITV
        if prep.lower_ not in ("on", "via", "to", "at") or (verb.lemma_.lower() not in AIR_VERBS and not (
                prep.lower_ == "via" and verb.lemma_.lower() in RELEASE_VIA_VERBS)):
            continue
        # "aired on BBC One and ITV": both; not a roundup's "arriving on Netflix, Hulu, Max, ..."
        objects = [o for c in prep.children for o in (c, *c.conjuncts)]
        for obj in objects if len(objects) <= 2 else list(prep.children):
            org = _org(ctx, obj.i) or _named_org_noun(ctx, obj)
            role = _role(ctx, org) if org is not None else None
            # "opens in theaters Friday via A24": a studio a film comes out through releases it
            predicate = "network" if role in BROADCASTERS | {""} else \
                "distributor" if prep.lower_ == "via" and role in RELEASERS else None
            if predicate is None or (prep.lower_ in ("to", "at") and role not in BROADCASTERS):
                continue
            work = _subject_work(ctx, verb, sent)
            if work is not None:
                yield relation(work, predicate, sent, "airs-on" if predicate == "network" else "released-via",
                               0.85 if predicate == "network" else 0.75, obj=org), verb


# Roles of companies that release what they did not air, and the verbs: "opens Friday via A24".
RELEASERS = {"releasing-studio", "distributor", "studio"}
RELEASE_VIA_VERBS = {"open", "hit"}  # besides AIR_VERBS


def _counted_run(noun: Token) -> bool:
    """"ran for 14 series", "aired for three seasons": a count of a run's parts."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and any(c.like_num for c in noun.children)


def made_for(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Ida Quill in The Mara Holm Files for Channel 4": a title made for a broadcaster;
    "created by A for FX", "produced by X for CBC and NRK": a work made for broadcasters;
    "produced by A and B for Rhombus Media": the producers' company makes it."""
    doc = ctx.doc
    for prep in sent:
        if prep.lower_ != "for" or prep.dep_ != "prep":
            continue
        head = _producing_verb(prep.head)
        if head.ent_type_ == "Work":
            work = ent_span(doc, head.i)
        elif (head.pos_ == "VERB" and head.lemma_.lower() in MADE_FOR_VERBS) or head.lower_ == "from":
            work = governing_work(ctx, prep)  # "a drama from Sky Studios for Sky Atlantic" too
        else:
            continue
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        for org in with_conjuncts(doc, objects[0], ("Organization",)) if objects and work is not None else []:
            if _role(ctx, org) in BROADCASTERS:
                yield relation(work, "network", sent, "made-for", 0.7, obj=org), None
            elif head.lemma_.lower() in ("produce", "co-produce") and _producing_company(ctx, org):
                yield relation(work, "productionCompany", sent, "produced-for", 0.7, obj=org), None


def _producing_verb(head: Token) -> Token:
    """"produced by A and B for C", "created by A and B for FX": the parser may hang "for C"
    from a maker's name; the verb whose agent the name is makes the work."""
    node = head
    while node.ent_type_ == "Person" and node.dep_ in ("conj", "pobj", "compound") and node.head != node:
        node = node.head
    if node.dep_ == "agent" and node.head.lemma_.lower() in MADE_FOR_VERBS:
        return node.head
    return head


def _producing_company(ctx: Context, org) -> bool:
    """A studio, or a name that says it is a company ("Prairie Dog Films"), not a broadcaster."""
    role = _role(ctx, org)
    return role in STUDIOS or (role == "" and ctx.doc[org[1] - 1].lower_ in ctx.lexicon.company_name_ends)


def _show_on(ctx: Context, sent: Span, prep: Token) -> Iterator[tuple[dict, Token]]:
    """"a show on Alpha TV called "Grand Quai"": the network of the work the noun names."""
    doc = ctx.doc
    org = next((_org(ctx, o.i) for o in prep.children if o.dep_ == "pobj" and _org(ctx, o.i)), None)
    if org is None or _role(ctx, org) not in BROADCASTERS | {""}:
        return
    after = [t for t in doc[org[1]:min(sent.end, org[1] + 4)] if t.ent_type_ == "Work"]
    work = ent_span(doc, after[0].i) if after else None
    if work is None and prep.head.dep_ == "attr":
        subject = next((c for c in prep.head.head.children if c.dep_ == "nsubj"), None)
        work = ent_span(doc, subject.i) if subject is not None and subject.ent_type_ == "Work" else None
    if work is not None:
        yield relation(work, "network", sent, "show-on", 0.75, obj=org), prep


# Verbs of scheduling: "Netflix has dated W for March 14", "HBO set a premiere date for W".
SCHEDULE_FORMS = {"set", "sets", "date", "dates", "dated", "slate", "slates", "slated", "schedule", "schedules",
                  "scheduled"}


def scheduled_by(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Netflix has dated W for March 14", "HBO has set a premiere date for W": a broadcaster
    scheduling a show airs it; "dated W for March 14" also dates it."""
    doc = ctx.doc
    for verb in sent:
        if verb.lower_ not in SCHEDULE_FORMS or verb.pos_ != "VERB":  # the word first: lemmas cost more
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        org = _org(ctx, subject.i) if subject is not None else None
        if org is None or _role(ctx, org) not in BROADCASTERS:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            work = ent_span(doc, obj.i) if obj.ent_type_ == "Work" else None
            if work is None and obj.lower_ in RELEASE_DATE_NOUNS:  # "a premiere date for W"
                work = next((ent_span(doc, o.i) for p in obj.children if p.dep_ == "prep" and p.lower_ == "for"
                             for o in p.children if o.ent_type_ == "Work"), None)
            if work is None:
                continue
            yield relation(work, "network", sent, "scheduled-by", 0.75, obj=org), verb
            if verb.lower_ in ("date", "dates", "dated"):
                for date in (o for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"
                             for o in p.children if o.ent_type_ == "DATE"):
                    value = doc[slice(*ent_span(doc, date.i))].text
                    yield relation(work, "releaseDate", sent, "dated-for", 0.75, value=value, tense="future"), verb


def commissioning(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Netflix has renewed the drama", "HBO announced ... its upcoming series W"."""
    doc = ctx.doc
    for verb in sent:
        if verb.lemma_.lower() not in COMMISSION_VERBS or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        org = _org(ctx, subjects[0].i) if subjects else None
        if org is None:
            if subjects and subjects[0].lower_ in ctx.lexicon.organization_nouns:
                target = resolve(doc, subjects[0].i, subjects[0].i + 1)
                org = target if doc[target[0]].ent_type_ == "Organization" else None
        if org is None and any(c.dep_ == "nsubjpass" for c in verb.children):
            org = _fronted_company(ctx, sent)  # "Over at Paramount+, the saga W was renewed"
        if org is None or _role(ctx, org) not in BROADCASTERS:
            continue
        work = _object_work(ctx, verb, sent)
        if work is not None and verb.lemma_.lower() != "announce":
            yield relation(work, "network", sent, "commissions", 0.8, obj=org), verb


# A headline's verbs of commissioning, capitalised: "Netflix Renews 'W' for Season 3, Cancels 'V'".
HEADLINE_COMMISSIONS = {"renews", "orders", "cancels", "greenlights", "picks"}
# Words a headline puts between the verb and the title: "HBO Orders Limited Series 'W'".
# Words that end a headline verb's object: "Orders Series From 'Fairview' Creator X".
HEADLINE_STOPS = {"from", "with", "for", "by", "to", "about", "after", "at", "in", "on", "as", "and"}
HEADLINE_WORK_WORDS = {"limited", "series", "drama", "comedy", "docuseries", "pilot", "season", "up", "'", "‘", "“", '"'}


def headline_commissions(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Netflix Renews 'Glass Tide' for Season 3, Cancels 'Dry Creek'": the headline's
    broadcaster airs each title its verbs take, however the tagger read them."""
    doc = ctx.doc
    end = first_line_break(doc)
    if end is None or sent.start >= end:
        return
    org = None
    for token in doc[sent.start:min(sent.end, end)]:
        found = _org(ctx, token.i)
        if found is not None and _role(ctx, found) in BROADCASTERS:
            org = found
        if org is None or token.lower_ not in HEADLINE_COMMISSIONS or not token.text[:1].isupper():
            continue
        i = token.i + 1
        # "Orders Legal Drama Pilot 'Cold Ledger'": the work's description, up to a preposition
        while i < end and i - token.i <= 6 and doc[i].ent_type_ != "Work" and (
                doc[i].lower_ in HEADLINE_WORK_WORDS or doc[i].text == "-"
                or (doc[i].is_title and not doc[i].ent_type_ and doc[i].lower_ not in HEADLINE_STOPS)):
            i += 1
        work = ent_span(doc, i) if i < end and doc[i].ent_type_ == "Work" else None
        if work is not None:
            yield relation(work, "network", sent, "headline-commission", 0.75, obj=org), token


# Headline openers of a platform's list: "New On Prime Video In June: 'A,' 'B' And More".
PLATFORM_LIST_OPENERS = {("new", "on"), ("coming", "to"), ("streaming", "on"), ("arriving", "on"), ("new", "to")}


def platform_list_headlines(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"New On Prime Video In June 2025: 'The Long Acre,' 'Sundown Kids' Season 2 And More": every
    title the headline lists after the platform comes out on it."""
    doc = ctx.doc
    end = first_line_break(doc)
    if end is None or sent.start >= end:
        return
    for token in doc[sent.start:min(sent.end, end) - 2]:
        if (token.lower_, doc[token.i + 1].lower_) not in PLATFORM_LIST_OPENERS:
            continue
        org = _org(ctx, token.i + 2)
        if org is None or _role(ctx, org) not in BROADCASTERS:
            continue
        for ent in (e for e in sent.ents if e.label_ == "Work" and org[1] <= e.start and e.end <= end):
            yield relation((ent.start, ent.end), "network", sent, "platform-list", 0.75, obj=org), token
        return


def _fronted_company(ctx: Context, sent: Span):
    """"At Netflix, ...", "Over at Paramount+, ...": the company a sentence opens with."""
    doc = ctx.doc
    i = sent.start + (1 if sent.start + 1 < sent.end and doc[sent.start].lower_ in ("over", "meanwhile") else 0)
    if i + 2 >= sent.end or doc[i].lower_ != "at":
        return None
    org = _org(ctx, i + 1)
    return org if org is not None and org[1] < sent.end and doc[org[1]].text == "," else None


def production_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"produced by A24", "distributed by Neon", "acquired for release by X", "broadcast abroad
    by Channel 5"."""
    for verb in sent:
        lemma = verb.lemma_.lower()
        predicate = "productionCompany" if lemma in PRODUCE_VERBS else "distributor" if lemma in DISTRIBUTE_VERBS \
            else "network" if lemma in BROADCAST_VERBS else None
        agent = _by_phrase(verb) if predicate is not None else None
        if agent is None:
            continue
        orgs = [org for obj in agent.children for org in _listed_orgs(ctx, obj)]
        if predicate == "productionCompany":  # "... alongside C of Y Films": Y too
            named = [*agent.children, *(o for p in verb.children if p.lower_ == "alongside" for o in p.children)]
            orgs += [org for obj in named for org in _producers_companies(ctx, obj) if org not in orgs]
            orgs += [org for org in _associates(ctx, verb) + _alongside(ctx, verb) if org not in orgs]
        work = _subject_work(ctx, verb, sent) if orgs or predicate == "productionCompany" else None
        for org in orgs:
            if (lemma == "release" and _role(ctx, org) in BROADCASTERS) or (
                    predicate == "network" and _role(ctx, org) not in BROADCASTERS):
                continue
            # "its streaming rights were acquired by Prime Video": a streamer acquires to stream
            credit = "network" if lemma == "acquire" and _role(ctx, org) in BROADCASTERS else predicate
            if work is not None:
                yield relation(work, credit, sent, f"{credit}-by", 0.8, obj=org), verb
        if predicate == "productionCompany" and work is not None:
            for org, credit in _made_for_or_through(ctx, verb, agent):
                yield relation(work, credit, sent, f"produced-{credit}", 0.75, obj=org), verb


def _co_produced(verb: Token) -> bool:
    """"co-produced with B", "produced by A in co-production with B": B is a maker too."""
    return verb.lemma_.lower() == "co-produce" or any(
        p.lower_ == "in" and any(o.lower_ == "production" for o in p.children) for p in verb.children)


def _made_for_or_through(ctx: Context, verb: Token, agent: Token) -> list:
    """"produced by A for Ridgeline Pictures" (its maker), "... by Mammoth Screen for ITV"
    (its network), "produced by A and B through Constantin Film", "... in co-production with
    PBS": (company, predicate) pairs; a broadcaster that co-produces is a maker too."""
    named = [*agent.children, verb]
    kinds = ("for", "through", "with") if _co_produced(verb) else ("for", "through")
    preps = [p for t in named for p in t.children if p.dep_ == "prep" and p.lower_ in kinds]
    found = []
    for prep in preps:
        for org in (org for o in prep.children if o.dep_ == "pobj" for org in _listed_orgs(ctx, o)):
            broadcaster = _role(ctx, org) in BROADCASTERS and prep.lower_ != "with"
            if (broadcaster and prep.lower_ == "through") or (
                    not broadcaster and prep.lower_ == "for" and not _named_as_maker(ctx, org)):
                continue  # "produced for Apple by X": one it is made for is a maker by its name or role
            found.append((org, "network" if broadcaster else "productionCompany"))
    return found


def _listed_orgs(ctx: Context, token: Token) -> list:
    """The companies a token and its conjuncts name: "A and the Irish company B" gives A and B."""
    orgs = []
    for t in (token, *token.conjuncts):
        org = _org(ctx, t.i) or next((_org(ctx, c.i) for c in t.children if c.dep_ == "appos" and _org(ctx, c.i)), None)
        if org is not None and org not in orgs:
            orgs.append(org)
    return orgs


def _producers_companies(ctx: Context, token: Token) -> list:
    """"produced by X Films' A and B", "produced by A of Dublin-based X Films": the producers' company."""
    found = []
    for t in (token, *token.conjuncts):
        if ctx.doc[t.i].ent_type_ != "Person":
            continue
        owners = [c for c in t.children if c.dep_ == "poss"]
        owners += [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        found += [org for o in owners for org in [_org(ctx, o.i)] if org is not None and org not in found]
    return found


# "in association with B", "in partnership with B", "in collaboration with B"
PARTNERSHIP_NOUNS = {"association", "partnership", "collaboration"}


def _associates(ctx: Context, verb: Token) -> list:
    """"produced by A in association with B": B produced it too."""
    return [org for t in verb.subtree if t.lower_ in PARTNERSHIP_NOUNS and t.head.lower_ == "in"
            for w in t.children if w.dep_ == "prep" and w.lower_ == "with"
            for o in w.children if o.dep_ == "pobj" for org in _listed_orgs(ctx, o)]


def _alongside(ctx: Context, verb: Token) -> list:
    """"produced the film alongside B", "produces with B", "produces in association (partnership,
    collaboration) with B": B produced it too."""
    partners = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("alongside", "with")
                for o in p.children if o.dep_ == "pobj" and not _with_a_role(o)]
    partners += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                 for a in p.children if a.dep_ == "pobj" and a.lower_ in PARTNERSHIP_NOUNS
                 for w in a.children if w.dep_ == "prep" and w.lower_ == "with"
                 for o in w.children if o.dep_ == "pobj"]
    return [org for o in partners for org in _listed_orgs(ctx, o)]


def _with_a_role(partner: Token) -> bool:
    """"produced by X, with Takeshi Inoue as producer": a person in a role, not a partner company."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in partner.children) or (
        partner.i + 1 < len(partner.doc) and partner.doc[partner.i + 1].lower_ == "as")


def co_productions(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"The film was a co-production of A and the Irish company B", "a production of A": each company."""
    doc = ctx.doc
    for noun in sent:
        if noun.lower_ != "production" or noun.pos_ != "NOUN":
            continue
        orgs = [org for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "between", "with")
                for o in p.children if o.dep_ == "pobj" for org in _listed_orgs(ctx, o)]
        # The tokeniser splits "co-production" and the parse may make each piece the attribute.
        attr = next((t for t in doc[max(sent.start, noun.i - 2):noun.i + 1] if t.dep_ == "attr"), noun)
        if not orgs:
            continue
        # "Ruiz then worked on a co-production of A and B": some work of hers, not the article's;
        # "produced by A in co-production with B": the produced work.
        if attr.dep_ == "attr":
            work = _subject_work(ctx, attr.head, sent)
        elif noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ in PRODUCE_VERBS:
            work = _subject_work(ctx, noun.head.head, sent)
        else:
            work = nominal_work(ctx, noun, False)
        for org in orgs if work is not None else []:
            yield relation(work, "productionCompany", sent, "co-production-of", 0.75, obj=org), noun


PRODUCTION_NOUNS = {"production", "co-production", "coproduction"}


def company_productions(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"W is a Greywater Pictures production", "she directed the Greywater production": the company made W.

    A broadcaster's "an HBO production" is left to its network credit.
    """
    for noun in sent:
        if noun.lower_ not in PRODUCTION_NOUNS or noun.pos_ != "NOUN":
            continue
        org = next((_org(ctx, c.i) for c in noun.children
                    if c.dep_ in ("compound", "nmod", "poss") and _org(ctx, c.i)), None)
        if org is None or _role(ctx, org) in BROADCASTERS:
            continue
        work = _production_work(ctx, noun, sent)
        # "a Greywater Pictures production in association with Ridgeway Films": both made it.
        for company in [org, *_associates(ctx, noun)] if work is not None else []:
            yield relation(work, "productionCompany", sent, "company-production", 0.75, obj=company), noun


def _production_work(ctx: Context, noun: Token, sent: Span):
    """"W is a ... production", "W, a ... production": W; "the ... production": the sentence's work."""
    if noun.dep_ == "attr":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        return _work_subject(ctx, subject) if subject is not None else None
    if noun.dep_ == "appos":
        return _described_work(ctx, noun)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)
    return work_of_sentence(ctx, sent, near=noun) if definite else None


# "Nordvind Film produced the series": verbs whose company subject made or distributes the object.
ACTIVE_COMPANY_VERBS = {"produce": "productionCompany", "co-produce": "productionCompany",
                        "make": "productionCompany", "distribute": "distributor"}


def active_production(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Nordvind Film produced the series", "the studio, which made the film"."""
    doc = ctx.doc
    for verb in sent:
        predicate = ACTIVE_COMPANY_VERBS.get(verb.lemma_)
        if predicate is None or verb.pos_ != "VERB":
            continue
        subject = clause_subject(verb)  # "the studio, which made the film": the studio
        if subject is None:
            continue
        org = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
        if doc[org[0]].ent_type_ != "Organization":
            continue
        # "A and B produce W": the conjunct may hang from any word of the first name
        orgs = list(dict.fromkeys([org] + [o for t in doc[org[0]:org[1]] for o in _listed_orgs(ctx, t)]))
        if predicate == "productionCompany":  # "A produced the film alongside B"
            orgs += [o for o in _alongside(ctx, verb) if o not in orgs]
        work = _object_work(ctx, verb, sent) or _intransitive_work(ctx, verb, sent)
        works = [work] + [w for w in _coordinated_objects(ctx, verb) if w != work] if work is not None else []
        for work, org in ((w, o) for w in works for o in orgs):
            yield relation(work, predicate, sent, f"{predicate}-active", 0.75, obj=org), verb


def studio_named(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Universal Content Productions was the studio", "Sony Pictures Television is the studio,
    producing with A and B": the company that makes the work the sentence is about."""
    for noun in sent:
        if noun.lower_ != "studio" or noun.dep_ != "attr" or noun.head.lemma_ != "be":
            continue
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        org = _org(ctx, subject.i) if subject is not None else None
        work = work_of_sentence(ctx, sent, near=noun) if org is not None else None
        partners = [o for v in noun.head.children if v.dep_ in ("advcl", "xcomp") and v.lemma_ == "produce"
                    for o in _alongside(ctx, v)]
        for company in ([org] + partners) if work is not None else []:
            yield relation(work, "productionCompany", sent, "the-studio", 0.75, obj=company), noun


def _coordinated_objects(ctx: Context, verb: Token) -> list:
    """"X produced HBO's W1 and the Starz drama W2": the titles coordinated with the object."""
    doc = ctx.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # The parse may hang the second title from the verb: "produces W1 and W2".
    hung = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    works = []
    for t in [*(obj.conjuncts if obj is not None else ()), *hung]:
        span = ent_span(doc, t.i)
        work = span if span and doc[span[0]].ent_type_ == "Work" else nominal_work(ctx, t, topic_fallback=False)
        if work is not None and work not in works:
            works.append(work)
    return works


def _intransitive_work(ctx: Context, verb: Token, sent: Span):
    """"Harbor Row Productions produces.", "A and B co-produce", "A produces in association
    with B": the work the sentence is about."""
    if not finite_or_progressive(verb) or any(_takes_an_object(c) for c in verb.children):
        return None
    return work_of_sentence(ctx, sent, near=verb)


def _takes_an_object(child: Token) -> bool:
    """A verb's dependent that names what it makes: not a partner ("alongside B", "in
    association with B"), nor a clause before a semicolon that the parse hung from it."""
    if child.dep_ == "prep":
        return child.lower_ not in ("alongside", "in", "with")
    if child.dep_ in ("ccomp", "xcomp"):
        return child.i > child.head.i
    return child.dep_ in ("dobj", "agent", "nsubjpass")


def banners(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"produced by A under his banner Moonward Films", "made under the banner of X": the company."""
    for noun in sent:
        if noun.lower_ != "banner" or noun.dep_ != "pobj" or noun.head.lower_ != "under":
            continue
        org = _banner_org(ctx, noun)
        verb = noun.head.head
        work = _subject_work(ctx, verb, sent) if org is not None and verb.pos_ in ("VERB", "AUX") else None
        if work is not None:
            yield relation(work, "productionCompany", sent, "under-banner", 0.75, obj=org), verb


def producing_for(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"A and B are producing for Harbour Light Films", "alongside C for her Copperline
    Productions banner": the company a producer makes the work for."""
    for verb in sent:
        if verb.lemma_ not in PRODUCE_LEMMAS or verb.pos_ != "VERB" or any(
                c.dep_ in ("dobj", "agent", "nsubjpass") for c in verb.children):
            continue
        for obj in prep_objects(verb, ("for",)):
            org = _banner_org(ctx, obj) if obj.lower_ == "banner" else _org(ctx, obj.i)
            # "producing for Netflix": the streamer commissions; it makes nothing
            if org is None or _role(ctx, org) in BROADCASTERS:
                continue
            work = work_of_sentence(ctx, sent, near=verb)
            if work is not None:
                yield relation(work, "productionCompany", sent, "producing-for", 0.7, obj=org), verb


def hails_from(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"The series hails from A24 and Qureshi's banner Low Tide Films": the companies that make it."""
    if "hail" not in doc_text(ctx.doc):  # a rare verb: one look at the text spares a pass over the tokens
        return
    for verb in sent:
        if verb.lemma_.lower() != "hail" or verb.pos_ != "VERB":
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            # Every company named in the phrase, however the parser attaches the list;
            # "hails from Netflix" is a streamer's commission: it makes nothing.
            orgs = dict.fromkeys(org for t in prep.subtree for org in [_org(ctx, t.i)] if org is not None)
            orgs = [org for org in orgs if _role(ctx, org) not in BROADCASTERS]
            work = _subject_work(ctx, verb, sent) if orgs else None
            for org in orgs if work is not None else ():
                yield relation(work, "productionCompany", sent, "hails-from", 0.75, obj=org), verb


# Joined as the tokens would be ("co - producers" -> "co-producers"); a prefix takes the plural too.
PRODUCER_ROLE_WORDS = ("co-producer", "coproducer", "producer", "co-productionpartner")


def with_as_co_producers(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"produced by X, with ZDF and Arte as co-producers": the companies a "with" lists, whatever they air."""
    doc = ctx.doc
    if "roducer" not in doc_text(doc):
        return
    for as_ in sent:
        if as_.lower_ != "as" or not _producer_role_after(doc, as_.i + 1, sent.end):
            continue
        with_ = next((t for t in reversed(doc[sent.start:as_.i]) if t.lower_ == "with"), None)
        orgs = list_entities(doc, with_.i + 1, as_.i, ("Organization",)) if with_ is not None else []
        # not "with Takeshi Inoue as producer": NER's organisation named like a person, nothing says a company
        orgs = [o for o in orgs if info_of(doc[o[0]:o[1]]).get("rule") == "gazetteer"
                or not ctx.lexicon.looks_like_person_name(doc[o[0]:o[1]])]
        work = work_of_sentence(ctx, sent, near=with_) if orgs else None
        for org in orgs if work is not None else ():
            yield relation(work, "productionCompany", sent, "with-as-co-producers", 0.7, obj=org), as_


def _producer_role_after(doc, i: int, stop: int) -> bool:
    """"co-producers" at token i, however the tokenizer split its hyphen."""
    words = "".join(t.text for t in doc[i:min(stop, i + 4)]).lower()
    return words.startswith(PRODUCER_ROLE_WORDS)


def _banner_org(ctx: Context, noun: Token):
    """"his banner Moonward Films", "the Moonward Films banner", "the banner of Moonward Films"."""
    for child in noun.children:
        if child.dep_ in ("appos", "compound") and _org(ctx, child.i):
            return _org(ctx, child.i)
        if child.dep_ == "prep" and child.lower_ == "of":
            org = next((_org(ctx, o.i) for o in child.children if o.dep_ == "pobj" and _org(ctx, o.i)), None)
            if org is not None:
                return org
    return None


def _by_phrase(verb: Token) -> Token | None:
    """The verb's "by" agent, or one hanging from its object ("acquired for release by X")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        return agent
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in prep.children:
            by = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None:
                return by
    return None


ACQUIRE_VERBS = {"acquire", "buy", "distribute", "pick", "license", "release", "open"}


def acquisitions(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Lionsgate, which distributed the film", "Focus Features buys 'W'", "Netflix picks up W".

    A broadcaster that acquires a work airs it (network); any other company
    distributes it.
    """
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in ACQUIRE_VERBS or verb.pos_ != "VERB" or (lemma == "pick" and not any(
                c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)):
            continue
        org = _acting_org(ctx, verb)
        work = _object_work(ctx, verb, sent) or _rights_work(ctx, verb, sent)
        if org is None or work is None:
            continue
        role = _role(ctx, org)
        if lemma in ("release", "open") and (role in BROADCASTERS or _own_work(verb)):
            continue  # "Focus Features opens the film in theaters": a cinema release
        predicate = "network" if role in BROADCASTERS else "distributor"
        yield relation(work, predicate, sent, f"acquires-{predicate}", 0.7, obj=org), verb


def _own_work(verb: Token) -> bool:
    """"The band released their fifth album": the artists' own record, not a release they distribute."""
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in ("their", "his", "her") for p in c.children)
               for c in verb.children)


RIGHTS_KINDS = {"distribution", "release", "theatrical", "worldwide", "international", "global",
                "streaming", "television", "tv", "broadcast", "broadcasting"}


def _rights_work(ctx: Context, verb: Token, sent: Span):
    """"acquired the film's North American distribution rights": the work whose rights they are."""
    doc = ctx.doc
    rights = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "right"), None)
    if rights is None or not any(c.lower_ in RIGHTS_KINDS or c.ent_type_ in ("NORP", "Place") for c in rights.children):
        return None  # "the rights to the novel": remake rights, not a release; "North American rights" are
    to_work = next((ent_span(doc, o.i) for p in rights.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.ent_type_ == "Work"), None)
    if to_work is not None:
        return to_work  # "acquired North American rights to W"
    owner = next((c for c in rights.children if c.dep_ == "poss"), None)
    if owner is None:
        return work_of_sentence(ctx, sent, near=rights)
    span = resolve(doc, *(ent_span(doc, owner.i) or (owner.i, owner.i + 1)))
    return span if doc[span[0]].ent_type_ == "Work" else None


def _acting_org(ctx: Context, verb: Token):
    """The organisation doing the verb: its subject, or what "which" stands for."""
    doc = ctx.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _acting_org(ctx, verb.head)  # "X acquired the rights and released the film"
    if subject is None:
        return None
    if subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        return _org(ctx, verb.head.i)
    span = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
    return span if doc[span[0]].ent_type_ == "Organization" else None


def distributor_nouns(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"according to the movie's local distributor, CJ ENM" / "distributor X"."""
    doc = ctx.doc
    for noun in sent:
        if noun.lower_ != "distributor":
            continue
        org = None
        for token in (*noun.children, noun.head):
            org = _org(ctx, token.i) if token.dep_ in ("appos", "compound", "nsubj", "attr") or token == noun.head else None
            if org:
                break
        if org is None:
            later = [(e.start, e.end) for e in doc.ents if e.label_ == "Organization" and e.start > noun.i
                     and e.sent.start - sent.end <= 0 or (e.label_ == "Organization" and 0 <= e.start - sent.end < 40)]
            org = later[0] if later else None
        work = work_of_sentence(ctx, sent, near=noun)
        if org and work:
            yield relation(work, "distributor", sent, "distributor-noun", 0.7, obj=org), noun


def release_nouns(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"the Larkspur Pictures release W", "Larkspur's recent releases include A and B": the company distributes."""
    for noun in sent:
        if noun.lemma_ != "release" or noun.pos_ != "NOUN":
            continue
        org = next((_org(ctx, c.i) for c in noun.children if c.dep_ in ("poss", "compound") and _org(ctx, c.i)), None)
        if org is None or _role(ctx, org) in BROADCASTERS:
            continue
        for work in _released_works(ctx, noun, sent):
            yield relation(work, "distributor", sent, "release-noun", 0.7, obj=org), None


def _released_works(ctx: Context, noun: Token, sent: Span) -> list:
    """The title after "release", or every title "releases include" lists."""
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":
        return [(e.start, e.end) for e in sent.ents if e.label_ == "Work" and e.start > noun.head.i]
    return [w for w in [_titled_after(ctx, noun, sent)] if w is not None]


def _appositive_work(doc, noun: Token):
    """"His first film, Brackwater, was released": the title in apposition, not what "film" refers to."""
    return next((ent_span(doc, c.i) for c in noun.children
                 if c.dep_ == "appos" and c.ent_type_ == "Work"), None)


def _subject_work(ctx: Context, verb: Token, sent: Span):
    """The work a verb is about: its subject, or the title a participle modifies."""
    doc = ctx.doc
    if verb.dep_ in ("acl", "relcl") and verb.head.ent_type_ == "Work":
        return ent_span(doc, verb.head.i)
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                span = ent_span(doc, child.i) or _appositive_work(doc, child)
                if span and doc[span[0]].ent_type_ == "Work":
                    return span
                target = resolve(doc, child.i, child.i + 1)
                if doc[target[0]].ent_type_ == "Work":
                    return target
                if child.lower_ in ("which", "that") and node.dep_ == "relcl":
                    span = ent_span(doc, node.head.i)
                    if span and doc[span[0]].ent_type_ == "Work":
                        return span
        if node.dep_ in ("xcomp", "conj", "advcl", "relcl", "acl") and node.head != node:
            node = node.head
        else:
            break
    return work_of_sentence(ctx, sent, near=verb)


def _object_work(ctx: Context, verb: Token, sent: Span):
    doc = ctx.doc
    for child in verb.children:
        # "Universal releases Deadwind (August 15), a thriller ...": the parser may make the object an apposition
        if child.dep_ in ("dobj", "nsubjpass") or (child.dep_ == "appos" and child.i > verb.i):
            span = ent_span(doc, child.i)
            if span and doc[span[0]].ent_type_ == "Work":
                return span
            if child.lower_ in ("which", "that") and verb.dep_ == "relcl":
                span = ent_span(doc, verb.head.i)  # "W, which Larkspur released in 2024"
                return span if span and doc[span[0]].ent_type_ == "Work" else None
            named = _named_work(doc, child)
            if named is not None:
                return named
            target = resolve(doc, child.i, child.i + 1)
            if target != (child.i, child.i + 1) and doc[target[0]].ent_type_ == "Work":
                return target
            if child.lower_ in ctx.lexicon.work_nouns:
                return work_of_sentence(ctx, sent, near=child)
    return None


def _named_work(doc, noun: Token):
    """"canceled the period thriller The Amber Gate": the title in apposition to the noun."""
    titled = next((c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "Work"), None)
    return ent_span(doc, titled.i) if titled is not None else None
