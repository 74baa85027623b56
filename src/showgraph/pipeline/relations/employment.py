"""Who works where and as what: jobTitle, worksFor, memberOf.

- "HBO President Tomas Verhoeven", "Northwind Chairman Ama Castellanos": a title before
  the name (split off by entity typing) and the organisation before it;
- "Rhea Castellan, current president of Northwind Channel", "Tom, a car dealer",
  "Ida Holmgren, a Harrowfield deputy": a title in apposition;
- "B's head of drama A", "the studio's marketing chief, A";
- "B has named A president", "A steps up to head of film at B", "A replaces C as chairman";
- "A, a member of the C", "A joined the band C";
- "A worked for B", "A taught at B";
- "A's production company, B", "B, A's company", "A's B Productions": A runs B.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from showgraph.pipeline.coref import resolve
from showgraph.pipeline.doc_data import bracketed, info_of, latest_doc_memo
from showgraph.pipeline.relations.common import (
    Context, clause_subject, ent_span, label_of, list_entities, named_organisation, prep_objects,
    relation, verb_read_as_noun, with_conjuncts,
)

HOLDERS = ("Person", "Character")
# Production credits are not job titles (the spec): "director Ida Holm" is a
# director credit, "the general director of Studio X" a job.
CREDIT_WORDS = {"director", "producer", "writer", "showrunner", "creator", "actor", "actress",
                "star", "filmmaker", "auteur", "screenwriter", "starring", "executive"}
# "ORG named X president", "was promoted to head of film": verbs that give someone a post.
APPOINT_VERBS = {"name", "appoint", "make", "elect", "promote", "elevate", "hire", "tap", "install"}
RISE_VERBS = {"step", "rise", "move", "promote", "elevate", "upped", "up", "bump"}
POST_VERBS = APPOINT_VERBS | RISE_VERBS
# A headline's "ORG names X president", "names" tagged a noun (common.verb_read_as_noun).
HEADLINE_APPOINT_FORMS = {"names", "appoints", "taps", "hires", "promotes", "elevates", "ups"}
# "X replaces Y as chairman": the title goes to the new holder, the subject.
SUCCESSION_VERBS = {"replace", "succeed"}
SKIP_MODIFIERS = {"the", "a", "an", "current", "former", "new", "longtime", "long-time", "then",
                  "its", "his", "her", "their", "our", "interim", "acting", "outgoing", "incoming"}


def titled_names(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"HBO President Tomas Verhoeven", "HBO's head of drama Celestine Marwick"."""
    for ent in sent.ents:
        if ent.label_ not in HOLDERS:
            continue
        title = info_of(ent).get("title") or _title_before(ctx, ent.start)
        if not title or title.lower().endswith(" of") \
                or any(word in ctx.lexicon.honorifics for word in title.lower().split()):
            continue  # "the chief executive of Caskey Freight": the name is the post's company; "Det. Insp."
        title_start = ent.start - len(title.replace("-", " - ").split())  # "caravan-park" is three tokens
        joined = _joined_title_start(ctx, title_start)  # "Northwind chairman and CEO A": one title
        if joined is not None:
            title, title_start = f"{ctx.doc[joined:title_start].text} {title}", joined
        org = _organisation_before(ctx, title_start) or _organisation_of(ctx, ent.end)
        if org is None and title.lower().replace("-", " ").split()[-1] in CREDIT_WORDS:  # "writer-director"
            continue
        yield relation((ent.start, ent.end), "jobTitle", sent, "title-before-name", 0.8,
                       value=title.lower()), None
        if org is not None:
            yield relation((ent.start, ent.end), "worksFor", sent, "title-before-name", 0.75,
                           obj=org), None


def _organisation_of(ctx: Context, end: int):
    """"Sergeant Carmen Lago of the Guardia Civil": the organisation right after a titled name."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    for i in (end + 1, end + 2):  # "of the Guardia Civil": NER's name may take "the" in
        if i < len(doc) and doc[i].ent_type_ == "Organization" and doc[i].ent_iob_ == "B":
            return ent_span(doc, i)
        if doc[i].lower_ != "the":
            return None
    return None


def _joined_title_start(ctx: Context, start: int) -> int | None:
    """Where "chairman and" begins before the title at ``start``, or None."""
    doc = ctx.doc
    if start < 2 or doc[start - 1].lower_ not in ("and", "&") or doc[start - 2].lower_ not in ctx.lexicon.job_heads:
        return None
    first = start - 2
    while first > 0 and doc[first - 1].lower_ in ctx.lexicon.job_modifiers and not doc[first - 1].ent_type_:
        first -= 1
    return first


def titles_as(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"naming Rhea Castellan ... as its new chairman", "joined by Mira Castellanos as co-chairman",
    "dismissing co-chairs Ana Ruiz and Tom Reyes"."""
    for token in sent:
        if token.lower_ == "as":
            yield from _as_title(ctx, sent, token)
        elif ctx.lexicon.is_job_word(token):
            yield from _title_list(ctx, sent, token)


# Verbs whose "as the detective" is a part played: "stars as", "is cast as", "plays".
ROLE_AS_VERBS = {"star", "cast", "play", "portray", "voice", "appear", "guest", "co-star", "costar"}


def _casts_in(doc, sent: Span) -> bool:
    """Whether the cast component paired an actor with a character in the sentence."""
    return any(sent.start <= pair[2] < sent.end for pair in doc._.sg_cast or [])


def _as_title(ctx: Context, sent: Span, as_token: Token) -> Iterator[tuple[dict, Token]]:
    doc = ctx.doc
    i = as_token.i + 1
    owner = None
    while i < sent.end and doc[i].lower_ in SKIP_MODIFIERS:
        owner = doc[i] if doc[i].lower_ in ("its", "their") else owner
        i += 1
    end = i
    while end < sent.end and (doc[end].lower_ in ctx.lexicon.job_heads or doc[end].lower_ in ctx.lexicon.job_modifiers
                              or doc[end].text == "-"):
        end += 1
    if end == i or doc[end - 1].lower_ not in ctx.lexicon.job_heads:
        return
    if doc[end - 1].lower_ in CREDIT_WORDS and _of_area_end(doc, end) == end:
        return  # "hired as director": a credit; "appointed as its director of drama": a post
    if end < sent.end and (doc[end].ent_type_ in HOLDERS or (
            doc[end].pos_ == "PROPN" and doc[end].ent_type_ not in ("DATE", "Organization", "Place"))):
        return  # "as Detective Ravi Khanna": the title is the role's, the name a character's
    if end < sent.end and doc[end].pos_ == "NOUN" and not doc[end].ent_type_:
        return  # "cited A and B as major influences": the word modifies a noun, no title
    end = min(_of_area_end(doc, end), sent.end)  # "as head of comedy"
    title = doc[i:end].text.lower().replace(" - ", "-")
    verb = as_token.head
    if any(a.lemma_.lower() in ROLE_AS_VERBS for a in (verb, *verb.ancestors)):
        return  # "Tom Reyes stars as the detective", "stars A as X and B as the sheriff": a role, not a job
    if _casts_in(doc, sent):
        return  # "returns alongside A as Emrys Pugh ... and B as her boss": a part in a cast list
    holder = _holder_of_as(ctx, verb)
    if holder is None:
        return
    yield relation(holder, "jobTitle", sent, "as-title", 0.7, value=title), as_token
    employer = _employer_of_as(ctx, verb, owner is not None)
    if employer is not None:
        yield relation(holder, "worksFor", sent, "as-title", 0.65, obj=employer), as_token


def _employer_of_as(ctx: Context, verb: Token, owned: bool):
    """"ORG named X as its chairman", "ORG hired X as head of comedy", "X joined ORG as ..."."""
    lemma = verb.lemma_.lower()
    # "brought on X as head of unscripted", "brought in X as ...": a hire.
    hired = lemma == "bring" and any(c.dep_ == "prt" and c.lower_ in ("on", "in", "aboard") for c in verb.children)
    if owned or lemma in APPOINT_VERBS or hired:
        return _clause_organisation(ctx, verb)
    if lemma == "join":
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        span = ent_span(ctx.doc, obj.i) if obj is not None else None
        if span and ctx.doc[span[0]].ent_type_ == "Organization":
            return span
    return None


def _holder_of_as(ctx: Context, head: Token):
    """Who "as TITLE" describes when it hangs from ``head``.

    From a verb: its object or subject. From a name ("names X as chairman"):
    that person, unless the verb is one of succession ("replaces Y as
    chairman"), whose subject takes the post.
    """
    doc = ctx.doc
    if head.ent_type_ not in HOLDERS:
        return _object_or_subject(ctx, head)
    governor = head.head if head.dep_ in ("dobj", "compound", "appos") else head
    if governor.lemma_.lower() in SUCCESSION_VERBS:
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        span = ent_span(doc, subject.i) if subject is not None else None
        return resolve(doc, *span) if span and doc[span[0]].ent_type_ in HOLDERS else None
    span = ent_span(doc, head.i)
    return resolve(doc, *span) if span else None


def appointments(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"ORG has named X president of its film division", "X was promoted to head of film at ORG",
    "X steps up to head of film"."""
    for verb in sent:
        if verb.lower_ in HEADLINE_APPOINT_FORMS and (verb_read_as_noun(verb, HEADLINE_APPOINT_FORMS) or (
                verb.tag_ == "NNP" and verb.is_title)):
            # "Northwind names X president", "BBC Names X Director of Drama": tagged a noun
            yield from _headline_appointment(ctx, sent, verb)
            continue
        lemma = verb.lemma_  # lower case for every verb
        if lemma not in POST_VERBS or verb.pos_ != "VERB":
            continue
        for noun, holder in _posts_given(ctx, verb, lemma):
            title = _title_text(ctx, noun)
            if title.split()[-1] in CREDIT_WORDS and title not in ctx.lexicon.job_titles:  # not "chief executive"
                continue
            yield relation(holder, "jobTitle", sent, "appointed-title", 0.7, value=title), verb
            employer = _employer(ctx, noun) or _verb_place(ctx, verb) or _clause_organisation(ctx, verb)
            if employer is not None:
                yield relation(holder, "worksFor", sent, "appointed-title", 0.65, obj=employer), verb


def _headline_appointment(ctx: Context, sent: Span, verb: Token) -> Iterator[tuple[dict, Token]]:
    """"Northwind Pictures names Joanna Kessler president": a headline the tagger reads as a noun
    phrase ("names" a plural noun), read by position: organisation, verb, person, title."""
    doc = ctx.doc
    org = ent_span(doc, verb.i - 1) if verb.i > 0 else None
    person = ent_span(doc, verb.i + 1) if verb.i + 1 < len(doc) else None
    if not org or not person or doc[org[0]].ent_type_ != "Organization" or doc[person[0]].ent_type_ not in HOLDERS:
        return
    noun = doc[person[1]] if person[1] < sent.end else None
    if noun is None or not ctx.lexicon.is_job_word(noun) or noun.ent_type_:
        return
    if noun.is_lower:
        title = _title_text(ctx, noun)
    else:  # "BBC Names X Director of Drama", "Names X Chief Content Officer"
        end = _capitalised_title_end(ctx, noun.i, sent.end)
        title = doc[noun.i:end].text.lower() + _capitalised_area(doc, end, sent.end)
    if title.split()[-1] in CREDIT_WORDS:
        return
    yield relation(person, "jobTitle", sent, "appointed-title", 0.65, value=title), verb
    yield relation(person, "worksFor", sent, "appointed-title", 0.6, obj=org), verb


def _capitalised_title_end(ctx: Context, i: int, stop: int) -> int:
    """The end of a Title Case headline's title from token ``i``: "Chief Content Officer"."""
    end = i + 1
    while end < stop and not ctx.doc[end].ent_type_ and (
            ctx.lexicon.is_job_word(ctx.doc[end]) or ctx.doc[end].lower_ in ctx.lexicon.job_modifiers):
        end += 1
    return end


def _capitalised_area(doc, i: int, stop: int) -> str:
    """" of drama" for a headline's "Director of Drama as ...": the area in Title Case, lower case."""
    if i + 1 >= stop or doc[i].lower_ != "of":
        return ""
    end = i + 1
    while end < stop and end < i + 4 and doc[end].is_title and doc[end].is_alpha \
            and doc[end].ent_type_ not in ("Organization", "Place"):
        end += 1
    return "" if end == i + 1 else " " + doc[i:end].text.lower()


def _posts_given(ctx: Context, verb: Token, lemma: str) -> Iterator[tuple[Token, tuple[int, int]]]:
    """(title noun, holder) pairs a verb of appointment or promotion states."""
    doc = ctx.doc
    for child in verb.children:
        if lemma in APPOINT_VERBS and child.dep_ in ("oprd", "xcomp", "ccomp", "attr", "dobj") \
                and ctx.lexicon.is_job_word(child) and not child.ent_type_:
            # "named Joanna Kessler president": the name is the object, or parsed into the title.
            named = [c for c in child.children if c.dep_ in ("compound", "nmod") and c.ent_type_ in HOLDERS]
            named += [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ in HOLDERS]
            if not named and (holder := _passive_holder(verb)) is not None:
                named.append(holder)
            if named:
                span = ent_span(doc, named[0].i)
                if span:
                    yield child, resolve(doc, *span)
        elif lemma in APPOINT_VERBS and child.dep_ == "dobj" and child.ent_type_ in HOLDERS:
            # "has named Dana Walden president of X": the parse may hang the title from the name
            for title in (a for a in child.children if a.dep_ == "appos" and ctx.lexicon.is_job_word(a)
                          and not a.ent_type_):
                yield title, resolve(doc, *ent_span(doc, child.i))
        elif lemma in RISE_VERBS and child.dep_ == "prep" and child.lower_ == "to":
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
            # "X was promoted to", or "B promoted X to": the one promoted
            subject = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ in HOLDERS), None) \
                or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            span = ent_span(doc, subject.i) if subject is not None else None
            if noun is not None and ctx.lexicon.is_job_word(noun) and not noun.ent_type_ \
                    and span and doc[span[0]].ent_type_ in HOLDERS:
                yield noun, resolve(doc, *span)


def _passive_holder(verb: Token) -> Token | None:
    """"X has been named president of B", "X, who was named president": the one appointed."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject if subject is not None and subject.ent_type_ in HOLDERS else None


def _verb_place(ctx: Context, verb: Token):
    """"steps up to head of film at ORG": the organisation the verb's "at" names."""
    return _organisation_after(ctx, verb, ("at",))


def _organisation_after(ctx: Context, token: Token, preps: tuple[str, ...], appositive: bool = False):
    """The organisation one of the token's prepositions names ("president of B", "at B");
    ``appositive``: or names in apposition to its object ("at the law firm B")."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in preps):
        span = _pobj_organisation(ctx, prep, appositive)
        if span is not None:
            return span
    return None


def _title_list(ctx: Context, sent: Span, noun: Token) -> Iterator[tuple[dict, Token]]:
    """"co-chairs Ana Ruiz and Tom Reyes": a title right before a list of people."""
    doc = ctx.doc
    if noun.i + 1 >= sent.end or doc[noun.i + 1].ent_type_ not in HOLDERS or noun.ent_type_:
        return
    if noun.lower_ in CREDIT_WORDS or noun.lemma_.lower() in CREDIT_WORDS or _second_of_joined_title(ctx, noun):
        return
    title = _title_text(ctx, noun)
    if noun.lower_ not in ctx.lexicon.job_heads and noun.lower_.endswith("s"):
        title = title[:-1]  # "co-chairs Ana Ruiz and Tom Reyes": each is a co-chair
    # Not "Kerr" of "Sergeant Callum Fraser, Kerr's partner": an owner is no list member.
    people = [p for p in list_entities(doc, noun.i + 1, sent.end, HOLDERS)
              if p[1] >= len(doc) or doc[p[1]].lower_ not in ("'s", "’s")]
    if noun.text[:1].isupper():
        people = people[:1]  # "as Police Chief Jens Vorland, Karin Moe as ...": a rank names one
    # "as crime reporter Hugo Barlow and Rupert Glenn as ...": an actor cast next ends the list
    people = people[:next((k for k, p in enumerate(people) if p[1] < len(doc) and doc[p[1]].lower_ == "as"),
                          len(people))]
    employer = _clause_organisation(ctx, noun)
    for person in people:
        yield relation(person, "jobTitle", sent, "title-list", 0.7, value=title), noun
        if employer is not None:
            yield relation(person, "worksFor", sent, "title-list", 0.65, obj=employer), noun


def _object_or_subject(ctx: Context, verb: Token):
    """Who "as TITLE" describes: the verb's object ("naming X as"), else its agent or subject."""
    doc = ctx.doc
    for dep in ("dobj", "agent", "nsubj", "nsubjpass"):
        for child in verb.children:
            target = child
            if dep == "agent" and child.dep_ == "agent":
                target = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ != dep:
                continue
            span = ent_span(doc, target.i)
            if span and doc[span[0]].ent_type_ in HOLDERS:
                return resolve(doc, *span)
    if verb.pos_ != "VERB":
        return None
    return _verb_subject(ctx, verb)  # "is leaving to join B as head of film", "who joined B as ..."


def _clause_organisation(ctx: Context, token: Token):
    """The organisation that is the subject of the clause ("Northwind Pictures is dismissing ...")."""
    doc = ctx.doc
    node = token
    for _ in range(5):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            span = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
            return span if doc[span[0]].ent_type_ == "Organization" else None
        if node.head == node:
            return None
        node = node.head
    return None


def _title_before(ctx: Context, i: int) -> str | None:
    """A lower-case title right before a name: "head of drama", "chief creative officer"."""
    doc = ctx.doc
    start = i
    while start > 0 and i - start < 5:
        prev = doc[start - 1]
        if prev.ent_type_ or prev.is_punct or not (
                prev.lower_ in ctx.lexicon.job_heads or prev.lower_ in ctx.lexicon.job_modifiers
                or prev.lower_ == "of" or (prev.pos_ == "NOUN" and doc[start - 2].lower_ == "of")
                or (prev.pos_ == "NOUN" and prev.dep_ == "compound" and start < i)):  # "TV chief"
            break
        start -= 1
    while start < i and doc[start].lower_ == "of":
        start += 1
    if _hyphened_on(doc, start):
        start -= 2  # "caravan-park owner Ray Fenn": the word before the hyphen too
    words = doc[start:i]
    if not any(t.lower_ in ctx.lexicon.job_heads for t in words):
        return None
    return words.text.replace(" - ", "-")


def _organisation_before(ctx: Context, i: int):
    doc = ctx.doc
    j = i - 1
    if j >= 0 and doc[j].lower_ in ("'s", "’s"):
        j -= 1
    if j >= 0 and doc[j].ent_type_ == "Organization":
        return ent_span(doc, j)
    if j >= 2 and doc[j].lower_ == "whose" and doc[j - 1].text == "," and doc[j - 2].ent_type_ == "Organization":
        return ent_span(doc, j - 2)  # "Slow Burn Pictures, whose founder Oren Pasternak"
    return None


def appositive_titles(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Rhea Castellan, current president of Northwind Channel", "B's marketing chief, A",
    and a character's trade: "Agnes Reid, a marine biologist who ..."."""
    for noun in sent:
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_:
            continue
        listed = noun.lower_ in ctx.lexicon.job_heads
        if not listed and not _trade_noun(ctx, noun) or _second_of_joined_title(ctx, noun):
            continue
        holder = _holder(ctx, noun)
        if holder is None or (not listed and ctx.doc[holder[0]].ent_type_ != "Character") \
                or _actor_of_unnamed_role(ctx, noun, holder):
            continue
        title = _title_text(ctx, noun)
        # "X was head of drama at Channel 4": the "at" may hang from the verb
        org = _employer(ctx, noun) or (_verb_place(ctx, noun.head) if noun.dep_ == "attr" else None)
        if org is None and noun.lower_ in CREDIT_WORDS:
            continue
        if _credit_on_a_work(ctx, noun, org):
            continue  # "the writer-director of Cornfield Psalms": a credit on a work NER took for a company
        yield relation(holder, "jobTitle", sent, "appositive-title", 0.7, value=title), None
        # "A and B, whose founder X": only the company the clause is on
        whose = any(c.lower_ == "whose" for c in noun.children)
        for employer in ([org] if whose else _with_conjunct_organisations(ctx, org)):
            yield relation(holder, "worksFor", sent, "appositive-title", 0.7, obj=employer), None


# Credits, not posts, whose "of" names a work: "the director of W", "the writer-director of W".
FILM_CREDIT_NOUNS = {"director", "writer", "screenwriter", "showrunner", "creator", "filmmaker"}


def _credit_on_a_work(ctx: Context, noun: Token, org) -> bool:
    """"Hollis Wade, the writer-director of Cornfield Psalms": a bare film credit (no "creative",
    "managing" before it) of a name that is no known company and has no company word."""
    if org is None or noun.lower_ not in FILM_CREDIT_NOUNS or _company_name(ctx.lexicon, ctx.doc[org[0]:org[1]]):
        return False
    before = ctx.doc[noun.i - 1] if noun.i > 0 else None
    return before is None or before.lower_ not in ctx.lexicon.job_modifiers


def _actor_of_unnamed_role(ctx: Context, noun: Token, holder) -> bool:
    """"a mainland solicitor (Perpetua Nkemelu)": the bracket names who plays the solicitor."""
    doc = ctx.doc
    return doc[holder[0]].ent_type_ == "Person" and bracketed(doc, *holder) and holder[0] > noun.i \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


# A character's trade is told in passing ("a trucker", "the innkeeper", "a marine
# biologist"); no list holds every trade, but most are agent nouns. These are
# agent nouns and no trade.
NOT_TRADES = {"teenager", "member", "partner", "lover", "stranger", "outsider", "newcomer", "survivor",
              "neighbor", "neighbour", "widower", "prisoner", "killer", "murderer", "leader", "player",
              "villager", "character", "monster", "user", "winner", "loser", "father", "mother", "brother",
              "sister", "daughter", "grandmother", "grandfather", "foster", "visitor", "believer", "follower",
              "admirer", "fighter", "dreamer", "loner", "drifter", "wanderer", "rider", "former", "other",
              "whoever", "power", "order", "number", "corner", "border", "matter", "center", "centre",
              "man", "woman", "chairman", "chairwoman", "protagonist", "antagonist"}
TRADE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")


def _trade_noun(ctx: Context, noun: Token) -> bool:
    """A lower-case agent noun after "a"/"the" that may name a trade ("trucker", "biologist")."""
    lower = noun.lower_
    if not noun.is_lower or lower in NOT_TRADES or lower in ctx.lexicon.kin_nouns \
            or lower in ctx.lexicon.person_nouns or not lower.endswith(TRADE_ENDINGS):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children)


def _with_conjunct_organisations(ctx: Context, org) -> list:
    """"HBO and Max content chief": both organisations employ."""
    return with_conjuncts(ctx.doc, ctx.doc[org[1] - 1], ("Organization",)) if org is not None else []


def _holder(ctx: Context, noun: Token):
    """The person or character a title noun describes."""
    doc = ctx.doc
    candidates = []
    if noun.dep_ in ("appos", "attr", "conj"):
        candidates.append(noun.head)
    candidates += [c for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i]
    # "said Netflix's director of UK series, Imogen Castell": the name hung from the title's area
    candidates += [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   for c in o.children if c.dep_ == "appos" and c.ent_type_ in HOLDERS]
    if noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ in HOLDERS:
        candidates.append(doc[noun.i + 1])
    named_before = _name_before_comma(doc, noun.left_edge.i)
    if named_before is not None:  # "Cha Tae-sik (Park Min), a captain in ...", however it is parsed
        candidates.append(named_before)
    for token in candidates:
        if noun.dep_ == "attr" and token == noun.head:
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            if subject is None and token.lemma_ == "become" and token.dep_ in ("advcl", "xcomp"):
                subject = clause_subject(token.head)  # "Pembury, who exits ... to become head of drama at ITV"
            token = subject if subject is not None else token
            # "of which she is president": a pronoun subject, resolved
            span = resolve(doc, *(ent_span(doc, token.i) or (token.i, token.i + 1)))
        else:
            span = ent_span(doc, token.i)
        if span and doc[span[0]].ent_type_ in HOLDERS:
            return resolve(doc, *_played_role(doc, span, noun))
    return None


def _name_before_comma(doc, start: int) -> Token | None:
    """The name a phrase starting at ``start`` stands in apposition to, past a bracket:
    "Cha Tae-sik (Park Min), a captain"."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    i = start - 2
    if doc[i].text == ")":
        i = next((j for j in range(i - 1, max(i - 8, -1), -1) if doc[j].text == "("), 0) - 1
    return doc[i] if i >= 0 and doc[i].ent_type_ in HOLDERS else None


def _played_role(doc, span, noun: Token):
    """"Ada Quill (Lind), a detective", "stars Lind as Ada Quill, a detective": a title after both
    an actor and the character the actor plays describes the character, wherever the parser hung it."""
    for a_start, a_end, c_start, c_end, _rule in doc._.sg_cast or []:
        if (a_start, a_end) == tuple(span) and a_end <= noun.i and c_end <= noun.i:
            return (c_start, c_end)
    return span


def _title_text(ctx: Context, noun: Token) -> str:
    """The title in the text's words: kept modifiers plus the noun, lower case."""
    doc = ctx.doc
    start = noun.i
    while start > 0:
        prev = doc[start - 1]
        if prev.lower_ in SKIP_MODIFIERS or prev.ent_type_ or prev.dep_ == "poss" or prev.text in ",'’":
            break
        if prev.lower_ in ctx.lexicon.job_modifiers or prev.lower_ in ctx.lexicon.job_heads \
                or (prev.pos_ == "NOUN" and prev.dep_ == "compound"):
            start -= 1
            continue
        if _hyphened_on(doc, start):
            start -= 2  # "a lantern-maker": the word before the hyphen too, whatever its tag
            continue
        break
    end = _joined_title_end(ctx, noun)
    return doc[start:_of_area_end(doc, end)].text.lower().replace(" - ", "-")


def _hyphened_on(doc, start: int) -> bool:
    """Whether the title word at ``start`` is joined by a hyphen to a word (not a name) before it."""
    # glued on both sides: not a list's bullet ("observations: - Deputy Carl Briggs")
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].ent_type_ \
        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


def _joined_title_end(ctx: Context, noun: Token) -> int:
    """After "chairman and CEO" or "president and chief executive", one title of two
    posts; else right after ``noun``."""
    doc, end = ctx.doc, noun.i + 1
    if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "&"):
        return end
    j = end + 1  # "chief executive": modifiers while a job word follows
    while j + 1 < len(doc) and doc[j].lower_ in ctx.lexicon.job_modifiers and ctx.lexicon.is_job_word(doc[j + 1]):
        j += 1
    return j + 1 if doc[j].lower_ in ctx.lexicon.job_heads else end


def _second_of_joined_title(ctx: Context, noun: Token) -> bool:
    """"CEO" of "chairman and CEO": the first post's title holds it."""
    return _joined_title_start(ctx, noun.i) is not None


def _of_area_end(doc, i: int) -> int:
    """The end of a title's "of drama", "of business affairs", "of scripted programming"
    starting at token ``i``; ``i`` itself when no such area follows."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return i
    end = last_noun = i + 1
    while end < min(len(doc), i + 8) and _area_word(doc, end, first=end == i + 1):
        end += 1
        if doc[end - 1].pos_ == "NOUN" and doc[end - 1].text != "-":
            last_noun = end
    return last_noun if last_noun > i + 1 else i


def _area_word(doc, j: int, first: bool) -> bool:
    """Token j goes on a title's area: a lower-case noun, adjective or participle; "and"
    between two ("of media and entertainment"); the hyphen of "co-productions"; a place
    or nationality before a noun ("of UK series")."""
    token, after = doc[j], doc[j + 1] if j + 1 < len(doc) else None
    joins_a_word = after is not None and after.is_lower and not first
    if token.text == "-" and joins_a_word:
        return True
    if token.ent_type_ in ("Place", "NORP"):
        return after is not None and after.is_lower and after.pos_ == "NOUN"
    if not token.is_lower or token.ent_type_:
        return False
    if token.lower_ == "and":
        return joins_a_word and after.pos_ in ("NOUN", "ADJ")
    return token.pos_ in ("NOUN", "ADJ") or token.tag_ == "VBN"


def _employer(ctx: Context, noun: Token):
    """"president of B", "B's head", "at B", "a detective with B", "a captain in B", "the studio's
    marketing chief"."""
    doc = ctx.doc
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod") and child.i < noun.i:
            span = resolve(doc, *(ent_span(doc, child.i) or (child.i, child.i + 1)))
            if doc[span[0]].ent_type_ == "Organization":
                return span
            if child.lower_ == "whose":
                return _whose_organisation(ctx, noun)
    # "a captain in the Korea Coast Guard" too
    return _organisation_after(ctx, noun, ("of", "at", "for", "with", "in")) or _area_organisation(ctx, noun) \
        or _organisation_of_which(ctx, noun)


def _whose_organisation(ctx: Context, noun: Token):
    """"Kaagaz Films, whose founder, Rhea Sabharwal, ...": the organisation the clause (or, as the
    parser may have it, the apposition) is on."""
    node = noun
    for _ in range(6):
        if node.dep_ in ("relcl", "appos") and node.head.ent_type_ == "Organization":
            return ent_span(ctx.doc, node.head.i)
        if node.dep_ == "relcl" or node.head == node:
            return None
        node = node.head
    return None


def _area_organisation(ctx: Context, noun: Token):
    """"president of scripted programming for B": the parser hangs "for B" from the area."""
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for area in (c for c in of.children if c.dep_ == "pobj" and not c.ent_type_):
            span = _organisation_after(ctx, area, ("at", "for"))
            if span is not None:
                return span
    return None


def _organisation_of_which(ctx: Context, noun: Token):
    """"the company B, of which she is president": the organisation the relative clause is on."""
    clause = noun.head
    if noun.dep_ != "attr" or clause.dep_ != "relcl":
        return None
    if not any(p.lower_ == "of" and any(o.lower_ == "which" for o in p.children) for p in clause.children):
        return None
    span = ent_span(ctx.doc, clause.head.i)
    return span if span and ctx.doc[span[0]].ent_type_ == "Organization" else None


# "worked for the BBC", "taught at the Conservatory", "was employed by Netflix".
EMPLOYMENT_VERBS = {"work": ("for", "at"), "teach": ("at",), "lecture": ("at",), "employ": ("by",)}


def employed_at(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"He taught at the Varela Conservatory", "She worked for the BBC"."""
    doc = ctx.doc
    for verb in sent:
        preps = EMPLOYMENT_VERBS.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None
        if preps is None:
            continue
        holder = _verb_subject(ctx, verb)
        if holder is None:
            continue
        # "taught at X", or "taught screenwriting at X" (the parse hangs "at" from the object)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for prep in [*verb.children, *[p for o in objects for p in o.children]]:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in preps:
                continue
            for obj in prep.children:
                span = ent_span(doc, obj.i) if obj.dep_ == "pobj" else None
                if span and doc[span[0]].ent_type_ == "Organization":
                    yield relation(holder, "worksFor", sent, "employed-at", 0.7, obj=span), verb


# "She worked as a paralegal", "he served as a script reader": the "as" names a job
# without the job-title list, which no list of occupations could cover.
WORK_AS_VERBS = {"work", "serve", "spend"}
# "began her career as an assistant at B": a first job.
CAREER_START_VERBS = {"begin", "start", "launch"}
# "working there as a student", "began as a member of B" (memberships): no job.
NOT_JOBS = {"student", "member", "child", "teenager", "teen", "boy", "girl", "kid", "youngster",
            "volunteer", "guest", "part", "fan", "extra"}
WORKPLACE_PREPS = ("at", "for")


def worked_as(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"X worked as a paralegal at the law firm B and later as a development executive at C"."""
    for verb in sent:
        if verb.pos_ != "VERB" or not (verb.lemma_ in WORK_AS_VERBS or _career_start(verb)):
            continue
        holders = _verb_subjects(ctx, verb)
        for as_token in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as") if holders else ():
            noun = next((c for c in as_token.children if c.dep_ == "pobj"), None)
            if noun is None or noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_ in NOT_JOBS \
                    or _credit_or_calling(ctx, _hyphened_tail(noun)):
                continue
            title = _title_text(ctx, noun)
            if noun.tag_ == "NNS" and title.endswith(noun.lower_):  # "A and B spent years as staff writers"
                title = title[:-len(noun.lower_)] + noun.lemma_
            employer = _organisation_after(ctx, noun, WORKPLACE_PREPS, appositive=True) \
                or _area_organisation(ctx, noun) or _workplace_after(ctx, verb, as_token)
            for holder in holders:
                yield relation(holder, "jobTitle", sent, "worked-as", 0.7, value=title), as_token
                if employer is not None:
                    yield relation(holder, "worksFor", sent, "worked-as", 0.65, obj=employer), as_token


def _hyphened_tail(noun: Token) -> Token:
    """"as co-showrunner": the tokenizer splits the word, and the parse may take "co" for the noun."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_ \
            and not doc[noun.i + 1].whitespace_:
        return doc[noun.i + 2]
    return noun


def _career_start(verb: Token) -> bool:
    return verb.lemma_ in CAREER_START_VERBS and any(c.dep_ == "dobj" and c.lemma_ == "career" for c in verb.children)


def _credit_or_calling(ctx: Context, noun: Token) -> bool:
    """"served as producer", "worked as an actress": a credit or a calling, no job title.

    A head that is also a job ("executive", "editor", "journalist") is one;
    "director" is taken for the film credit.
    """
    lemma = noun.lemma_
    if (lemma in ctx.lexicon.job_heads and lemma != "director") or any(c.lower_ == "staff" for c in noun.children):
        return False  # "an executive", "a staff writer": jobs
    if lemma == "director" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "director of development": a post, not the film credit
    return lemma in CREDIT_WORDS or lemma in ctx.lexicon.person_nouns


def _workplace_after(ctx: Context, verb: Token, as_token: Token):
    """"worked as A at B and later as C at D": the verb's "at" after this "as", before the next one."""
    later = [c.i for c in verb.children if c.lower_ == "as" and c.i > as_token.i]
    stop = later[0] if later else len(ctx.doc)
    for prep in (c for c in verb.children if as_token.i < c.i < stop and c.dep_ == "prep"):
        if prep.lower_ in WORKPLACE_PREPS:
            return _pobj_organisation(ctx, prep, appositive=True)
    return None


# Kinds of organisation a name may follow in apposition: "of the London-based sales agency B".
FIRM_NOUNS = {"agency", "firm", "company", "studio", "banner", "outfit", "label", "distributor", "broadcaster",
              "streamer", "network", "producer", "group", "fund", "festival"}


def _pobj_organisation(ctx: Context, prep: Token, appositive: bool):
    """The organisation a preposition's object names, itself or in apposition ("the firm B")."""
    doc = ctx.doc
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        apposed = appositive or obj.lower_ in FIRM_NOUNS
        for named in (obj, *[c for c in obj.children if apposed and c.dep_ == "appos"]):
            span = ent_span(doc, named.i)
            if span and doc[span[0]].ent_type_ == "Organization":
                return span
    return None


def _verb_subjects(ctx: Context, verb: Token) -> list:
    """The verb's subject and the people coordinated with it ("A and B spent years as ...")."""
    subject = clause_subject(verb)
    holder = _holder_named(ctx, subject)
    if holder is None:
        return []
    return [holder] + [resolve(ctx.doc, *p) for p in with_conjuncts(ctx.doc, subject, HOLDERS)[1:]]


def _verb_subject(ctx: Context, verb: Token):
    """The person or character doing (or, passive, undergoing) the verb."""
    return _holder_named(ctx, clause_subject(verb))


def _holder_named(ctx: Context, subject: Token | None):
    """The person or character a subject names or refers to, resolved; else None."""
    doc = ctx.doc
    if subject is None:
        return None
    span = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
    return span if doc[span[0]].ent_type_ in HOLDERS else None


COMPANY_ROLES = {"studio", "releasing-studio", "network", "streamer", "distributor", "press", "agency"}
COMPANY_ENDS = {"film", "television", "tv", "network", "networks", "group", "capital", "docs", "audio",
                "studio"}


def company_people(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Element Pictures' Ed Garvey and Andrew Lowe", "Kari Holm of the Oslo-based Fjordlys Film":
    a company's people, as trade news names producers and executives."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Organization" or not _a_company(ctx, ent):
            continue
        org = (ent.start, ent.end)
        owned = _name_after_possessive(doc, ent)
        if owned is not None:  # "Protagonist Pictures' Yuki Halvorsen", however it is parsed
            people = with_conjuncts(doc, owned, HOLDERS)
        elif ent.root.dep_ == "poss" and ent.root.head.ent_type_ in HOLDERS:
            people = with_conjuncts(doc, ent.root.head, HOLDERS)
        elif ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" and ent.root.head.head.ent_type_ == "Person":
            people = _people_before_of(doc, ent.root.head.head, ent.root.head)
        else:
            continue
        for person in people:
            yield relation(resolve(doc, *person), "worksFor", sent, "company-people", 0.65, obj=org), None


# "X's production company, C", "his banner, C": the owner runs the company.
OWNED_COMPANY_NOUNS = {"company", "banner", "shingle", "outfit", "venture"}


def owned_companies(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Abbott's company, Quiet Lane Films", "Fifth Row Productions, Ode's production company",
    "Talbot's Blue Door Productions": whoever owns the company works for it."""
    doc = ctx.doc
    for noun in sent:
        if noun.lower_ in OWNED_COMPANY_NOUNS and noun.pos_ == "NOUN":
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            company = _owned_company(ctx, noun, owner) if owner is not None else None
            if company is not None:
                yield from _owner_works_for(ctx, sent, owner, company, noun)
    for ent in sent.ents:
        if ent.label_ == "Organization" and ent.start >= 2 and doc[ent.start - 1].tag_ == "POS" \
                and ent[-1].lower_ in ctx.lexicon.company_name_ends \
                and not (ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN")):
            yield from _owner_works_for(ctx, sent, doc[ent.start - 2], (ent.start, ent.end), ent[0])


def _owned_company(ctx: Context, noun: Token, owner: Token):
    """The company a "company" noun names: its apposition, the name after its comma, or the
    name before the comma that opens its phrase ("C, X's company")."""
    doc = ctx.doc
    named = [c for c in noun.children if c.dep_ == "appos"]
    if noun.dep_ == "appos":
        named.append(noun.head)
    if noun.i + 2 < len(doc) and doc[noun.i + 1].text == ",":
        named.append(doc[noun.i + 2])
    opening = (ent_span(doc, owner.i) or (owner.i,))[0]
    if opening >= 2 and doc[opening - 1].text == ",":
        named.append(doc[opening - 2])
    return next(filter(None, (_company_at(ctx, t.i) for t in named)), None)


def _owner_works_for(ctx: Context, sent: Span, owner: Token, company, cue: Token):
    if owner.pos_ == "PRON":
        # "X will produce through his company, C": a pronoun owner is trusted only as the
        # subject of the clause the company is in; coreference alone guesses too often.
        verb = next((t for t in cue.ancestors if t.pos_ in ("VERB", "AUX")), None)
        owner = clause_subject(verb) if verb is not None else None
        if owner is None:
            return
    span = ent_span(ctx.doc, owner.i)
    if span is not None and label_of(ctx.doc, span) == "Person":
        yield relation(resolve(ctx.doc, *span), "worksFor", sent, "owned-company", 0.65, obj=company), cue


def _name_after_possessive(doc: Doc, ent: Span) -> Token | None:
    """The root of the person named right after "X's" / "X'"."""
    if ent.end + 1 >= len(doc) or doc[ent.end].tag_ != "POS" or doc[ent.end + 1].ent_type_ not in HOLDERS \
            or doc[ent.end + 1].ent_iob_ != "B":
        return None
    person = ent_span(doc, ent.end + 1)
    return Span(doc, *person).root if person else None


def joined_companies(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"X joined Northwind in 2016", "X joins from Lionsgate", "X is leaving to join B":
    a company joined or come from is one the person works or worked for."""
    for verb in sent:
        if verb.lemma_ != "join" or verb.pos_ != "VERB":
            continue
        holder = _verb_subject(ctx, verb)
        if holder is None:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] + prep_objects(verb, ("from",))
        for obj in objects:
            company = _company_at(ctx, obj.i)
            if company is not None:
                yield relation(holder, "worksFor", sent, "joined", 0.65, obj=company), verb


def where_employed(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"from the BBC, where he was controller of drama": the organisation the "where" is on."""
    for where in sent:
        if where.lower_ != "where":  # before making the head's Token
            continue
        verb = where.head
        if verb.dep_ != "relcl" or verb.lemma_ not in ("be", "work", "serve"):
            continue
        org = _company_at(ctx, verb.head.i)
        holder = _verb_subject(ctx, verb) if org is not None else None
        if holder is not None:
            yield relation(holder, "worksFor", sent, "where-employed", 0.65, obj=org), where


def _people_before_of(doc, person: Token, of: Token) -> list:
    """"Fiona Gale and Rory Finn of Brightwater Films": the "of" hangs from the last name
    or the first, but the whole list before it is the company's."""
    first = person.head if person.dep_ == "conj" else person
    return [span for span in with_conjuncts(doc, first, HOLDERS) if span[1] <= of.i]


def _company_at(ctx: Context, i: int):
    """The company entity at token ``i``, or None."""
    span = ent_span(ctx.doc, i)
    if span and ctx.doc[span[0]].ent_type_ == "Organization" and _a_company(ctx, ctx.doc[span[0]:span[1]]):
        return span
    return None


def _a_company(ctx: Context, ent: Span) -> bool:
    """A studio, broadcaster or outlet, not a band or a club that people are members of;
    or the short name of one the article names ("Northwind" for Northwind Studios)."""
    if _company_name(ctx.lexicon, ent):
        return True
    prefix = ent.text + " "
    return any(name.startswith(prefix) for name in _company_names(ctx.doc, ctx.lexicon))


@latest_doc_memo
def _company_names(doc: Doc, lexicon) -> list[str]:
    """The texts of the Doc's companies, read once: the rules run after every entity is set."""
    return [e.text for e in doc.ents if e.label_ == "Organization" and _company_name(lexicon, e)]


def _company_name(lexicon, ent: Span) -> bool:
    role = info_of(ent).get("role", "")
    last = ent[-1].lower_
    return role in COMPANY_ROLES or last in lexicon.company_name_ends or last in COMPANY_ENDS


def memberships(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"A, a member of the C", "A is a member of C", "A member of C, he ...", "was elected a member of C"."""
    doc = ctx.doc
    for noun in sent:
        if noun.lower_ not in ("member", "members", "co-founder", "founding"):
            continue
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        objs = [o for o in prep.children if o.dep_ == "pobj"] if prep is not None else []
        org = named_organisation(doc, objs[0]) if objs else None
        if org is None:
            continue
        for holder in _members_named(ctx, noun):
            holder = resolve(doc, *holder)
            if doc[holder[0]].ent_type_ in HOLDERS:
                yield relation(holder, "memberOf", sent, "member-of", 0.75, obj=org), noun


def _members_named(ctx: Context, noun: Token) -> list:
    """Who "a member of C" is said of: the verb's subject ("began as a member", "was elected a
    member", "A member of C, he wrote"), the apposed or copula's subject and its conjuncts."""
    doc = ctx.doc
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        holder = _verb_subject(ctx, noun.head.head)  # "began his career as a member of C"
        return [holder] if holder is not None else []
    fronted = noun.dep_ in ("npadvmod", "advcl", "dep") and noun.i < noun.head.i
    if (noun.dep_ == "oprd" or fronted) and noun.head.pos_ in ("VERB", "AUX"):
        holder = _verb_subject(ctx, noun.head)
        return [holder] if holder is not None else []
    if noun.dep_ not in ("appos", "attr"):
        return []
    head = noun.head if noun.dep_ == "appos" else next((c for c in noun.head.children if c.dep_ == "nsubj"), noun.head)
    return [ent_span(doc, t.i) or (t.i, t.i + 1) for t in (head, *head.conjuncts)]
