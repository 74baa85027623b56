"""Production credits: creator, director, writer, producer.

- "created / directed / written / produced by A, B and C" (and "written and
  directed by"), attached to the work they modify or the subject of the clause;
- "A created / directed / wrote W", "He wrote and directed the film W",
  "B, who also directed W", "A produced the album with B", "acclaim for
  directing A (1990), B (1997) and C";
- role nouns: "showrunner Tom Reyes", "Mara Lind, showrunner and
  executive producer", "'Brackwater' creator Ada Quill", "will return as
  executive producers and showrunners" (not a profession: "X is an American
  film director");
- "the Ida Holm film W", "his directorial debut W", "Some of his
  directorial credits include A, B and C";
- field lines of reviews: "Director: Ada Quill", "Written by: ...";
- shared credits: "with A and B as producers", "served as showrunner alongside B",
  "X executive produces alongside A and B", "A and B, who also produce";
- scripts and sources: "from a screenplay by A and B", "the novel W by X", "X's novel W".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token  # noqa: F401

from showgraph.pipeline.coref import resolve, roundup_entry
from showgraph.pipeline.doc_data import doc_text, info_of, text_lines
from showgraph.pipeline.relations.common import (
    MAKING_VERBS, Context, _work_subject, apposed_title, aside_credit, ent_span, finite_or_progressive,
    hyphenated_word, list_entities, making_verb_of_subject, nominal_work, prep_objects, relation, with_conjuncts,
    work_of_sentence,
)
from showgraph.pipeline.relations.songs import is_song
from showgraph.pipeline.titles import OPEN_QUOTES, bracketed_year

VERB_CREDITS = {"create": "creator", "develop": "creator", "direct": "director",
                "write": "writer", "pen": "writer", "produce": "producer",
                "co-create": "creator", "co-write": "writer", "helm": "director",
                "co-direct": "director", "co-produce": "producer"}
# Credits only in the passive: "adapted by X" wrote it; "X adapted the novel" names the source.
PASSIVE_CREDITS = {"adapt": "writer"}
NOUN_CREDITS = {"creator": "creator", "creators": "creator", "co-creator": "creator",
                "director": "director", "directors": "director", "filmmaker": "director",
                "writer": "writer", "writers": "writer", "screenwriter": "writer",
                "producer": "producer", "producers": "producer", "showrunner": "producer",
                "showrunners": "producer"}
FIELD_CREDITS = {"director": "director", "directed": "director", "directors": "director",
                 "written": "writer", "writer": "writer", "writers": "writer",
                 "screenplay": "writer", "producer": "producer", "producers": "producer",
                 "produced": "producer", "created": "creator", "creator": "creator",
                 "creators": "creator", "with": "actor", "cast": "actor"}
PEOPLE = ("Person",)
MAKERS = ("Person", "Organization")


def passive_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"directed by X", "created by A, B and C", "written and directed by X"."""
    doc = ctx.doc
    for verb in sent:
        lemma = verb.lemma_.lower()
        predicate = VERB_CREDITS.get(lemma) or PASSIVE_CREDITS.get(lemma)
        if predicate is None:  # before looking for an agent: most words are not credit verbs
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            continue
        objects = [c for c in agent.children if c.dep_ == "pobj"] or _object_shared_with_next(verb, agent)
        people = with_conjuncts(doc, objects[0], MAKERS if predicate == "creator" else PEOPLE) if objects else []
        people = _before_a_cast_word(doc, people)
        if not people:
            people = list_entities(doc, agent.i + 1, sent.end, PEOPLE)
        # "produced by A of X Films, alongside B of Y Films", "written by A with B": B shares the credit
        partners = _partners(doc, verb, ("alongside",)) + (_partners(doc, objects[0], ("with",)) if objects else [])
        people += [p for p in partners if people and p not in people]
        work = _credited_work(ctx, verb, sent)
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        for predicate_ in _with_coordinated(verb, predicate):
            if predicate_ == "writer" and work is not None and is_song(doc, ctx.lexicon, work, subject):
                continue  # songwriters
            for person in people:
                maker = ("Person",) if lemma in PASSIVE_CREDITS else ("Person", "Organization")
                if work is not None and doc[person[0]].ent_type_ in maker:
                    yield relation(work, predicate_, sent, f"{predicate_}-by", 0.85, obj=person), verb


CAST_WORDS = {"star", "stars", "starring", "features", "featuring"}


def _before_a_cast_word(doc: Doc, people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"directed by A and stars newcomer B": the parse may make B a second director."""
    for k, (start, _) in enumerate(people[1:], 1):
        if any(t.lower_ in CAST_WORDS for t in doc[people[k - 1][1]:start]):
            return people[:k]
    return people


def _object_shared_with_next(verb: Token, agent: Token) -> list[Token]:
    """"written by and starring X": the "by" has no object of its own; the next verb's is X."""
    doc = verb.doc
    following = [c for c in verb.conjuncts if c.i == agent.i + 2 and doc[agent.i + 1].lower_ == "and"]
    return [c for v in following for c in v.children if c.dep_ in ("dobj", "pobj")][:1]


def active_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Mara Lind created Brackwater", "he wrote, directed and produced the 2012 film W",
    "acclaim for directing A, B and C"."""
    doc = ctx.doc
    for verb in sent:
        predicate = VERB_CREDITS.get(verb.lemma_.lower())
        if predicate is None or verb.pos_ != "VERB" or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")):
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        subject, obj = _shared_subject(verb), _shared_object(verb)
        if subject is None or obj is None:
            continue
        people = _credited_people(doc, subject)
        people += _partners(doc, verb) if people else []
        # "wrote the screenplay with B": the parse may hang "with" from the script ("the film with B" is a cast)
        people += _partners(doc, obj) if people and obj.lower_ in ("screenplay", "script", "teleplay") else []
        works = _credited_works(ctx, obj, sent)
        if not works and predicate == "director" and obj.lower_ in ("him", "her", "them"):
            works = _directed_in(ctx, verb, sent)  # "who directed him in A and B"
            cast = resolve(doc, obj.i, obj.i + 1)
            for work in works if doc[cast[0]].ent_type_ == "Person" else ():
                yield relation(work, "actor", sent, "directed-in", 0.7, obj=cast), verb
        for work in works:
            for person in people:
                yield relation(work, predicate, sent, f"{predicate}-active", 0.8, obj=person), verb


def _directed_in(ctx: Context, verb: Token, sent: Span) -> list[tuple[int, int]]:
    """The works after "directed him in": each one he acted in and she directed."""
    first = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                  for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "Work"), None)
    if first is None:
        return []
    span = ent_span(ctx.doc, first.i)
    return list(dict.fromkeys([span, *_listed_works(ctx.doc, span[1], sent.end)]))


def _credited_people(doc: Doc, subject: Token) -> list[tuple[int, int]]:
    """The people a credit verb's subject names or refers to."""
    if subject.lower_ == "who" and subject.head.dep_ == "relcl":
        # "A and executive producer B, who also directed W": B alone.
        antecedent = ent_span(doc, subject.head.head.i)
        return [antecedent] if antecedent and doc[antecedent[0]].ent_type_ == "Person" else []
    named = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
    if doc[named[0]].ent_type_ == "Organization":
        return []  # "Northlight under Farrow produced W": the company's credit (see companies.py), not Farrow's
    return _named_or_referred(doc, subject) or _people_in_subject(doc, subject)


def _partners(doc: Doc, verb: Token, preps: tuple[str, ...] = ("with", "alongside")) -> list[tuple[int, int]]:
    """"A produced the album with B", "A executive produces alongside B and C": they share the credit."""
    return [span for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj" for span in _named_or_referred(doc, o)]


# Credit verbs that, without an object, credit the work the sentence is about.
INTRANSITIVE_CREDITS = {"produce": "producer", "co-produce": "producer", "direct": "director", "co-direct": "director"}
PRODUCE_LEMMAS = {lemma for lemma, credit in INTRANSITIVE_CREDITS.items() if credit == "producer"}


def intransitive_producers(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Lind executive produces alongside A and B", "created by A and B, who also produce",
    "X is directing from a script by Y", "X has been tapped to direct": a produce or direct
    verb without an object credits the work the sentence is about."""
    doc = ctx.doc
    for verb in sent:
        predicate = INTRANSITIVE_CREDITS.get(verb.lemma_.lower())
        if predicate is None or verb.pos_ != "VERB":
            continue
        engaged = _engaged_for(verb)
        if not (finite_or_progressive(verb) or engaged is not None):
            continue
        if any(c.dep_ in ("dobj", "agent", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
            continue
        subject = _shared_subject(verb) or _passive_subject(engaged)
        if subject is None:
            continue
        people = _producing_people(doc, subject, verb)
        people += [p for p in _partners(doc, verb) if people and p not in people]
        # "created by A, a former writer on W2, who executive produces": the work A created, not W2.
        credit = next((a for a in verb.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in VERB_CREDITS), None)
        work = _credited_work(ctx, credit, sent) if credit is not None else work_of_sentence(ctx, sent, near=verb)
        for person in people if work is not None else []:
            yield relation(work, predicate, sent, f"{predicate}-intransitive", 0.7, obj=person), verb


# Verbs of being engaged for a job: "is set to direct", "has been tapped to direct",
# "returning to direct" state the credit as "directs" does.
ENGAGED_VERBS = {"set", "tap", "hire", "attach", "sign", "slate", "expect", "return", "board", "enlist",
                 "recruit", "bring", "poise", "schedule"}


def _engaged_for(verb: Token) -> Token | None:
    """The engaging verb ("tapped") of an infinitive credit ("to direct"), if any."""
    node = verb.head if verb.dep_ == "conj" else verb
    if verb.tag_ != "VB" or node.dep_ not in ("xcomp", "advcl") or not any(
            c.lower_ == "to" for c in node.children):
        return None
    return node.head if node.head.lemma_.lower() in ENGAGED_VERBS else None


def _passive_subject(verb: Token | None) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None


def _producing_people(doc: Doc, subject: Token, verb: Token) -> list[tuple[int, int]]:
    """The subject's people; "A and B, who also produce": the plural verb takes the whole list,
    "A and B, who serves": B alone."""
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        people = _named_or_referred(doc, verb.head)
        return people if verb.tag_ == "VBP" else people[-1:]  # "A and B, who produces": B alone
    return _credited_people(doc, subject)


def _named_or_referred(doc: Doc, subject: Token) -> list[tuple[int, int]]:
    """The people a subject and its conjuncts name, or refer to ("He wrote and directed W")."""
    people = []
    for t in (subject, *subject.conjuncts):
        person = resolve(doc, *(ent_span(doc, t.i) or (t.i, t.i + 1)))
        if doc[person[0]].ent_type_ == "Person" and person not in people:
            people.append(person)
    return people


def _shared_subject(verb: Token) -> Token | None:
    """The verb's subject, or its first conjunct's, or the subject of the clause a gerund serves."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        # "Mistral co-founder Ida Holm served as ...": the parse may give the verb several subjects
        named = next((c for c in subjects if c.ent_type_ == "Person"), subjects[0] if subjects else None)
        subject = _past_executive(named, node)
        if subject is not None:
            return subject
        if node.dep_ in ("conj", "xcomp", "pcomp", "advcl", "acomp") \
                or (node.dep_ == "pobj" and node.head.dep_ == "prep"):
            node = node.head if node.dep_ != "pobj" else node.head.head
        elif node.dep_ == "prep":
            node = node.head
            # "won acclaim for directing W": the praise is the object of the doer's verb.
            if node.dep_ == "dobj" and node.pos_ == "NOUN":
                node = node.head
        else:
            return None
    return None


def _past_executive(subject: Token | None, verb: Token) -> Token | None:
    """"She executive produced W", "created and executive produced W": the parse may take
    "executive" for the verb's subject; the doer is the word it governs, if any."""
    if subject is None or subject.lower_ != "executive" or subject.i != verb.i - 1:
        return subject
    return next((c for c in subject.children if c.dep_ in ("nsubj", "compound", "amod") and c.i < subject.i), None)


def _shared_object(verb: Token) -> Token | None:
    """The verb's object, or the object of a later coordinated verb ("wrote, directed and produced W")."""
    later = [t for t in verb.subtree if t.i > verb.i and t.pos_ == "VERB" and t.dep_ in ("conj", "xcomp")
             and t.lemma_.lower() in VERB_CREDITS]
    for candidate in (verb, *later):
        objects = [c for c in candidate.children if c.dep_ == "dobj"]
        if objects:
            # "directed the BBC Two drama W" may come out with two objects, "BBC" and W: the title
            return next((o for o in objects if o.ent_type_ == "Work"), objects[0])
    if verb.dep_ == "relcl" and verb.head.lower_ in ("screenplay", "script", "teleplay"):
        return verb.head  # "from a screenplay she co-wrote with B": the clause's own object
    return None


def _credited_works(ctx: Context, obj: Token, sent: Span) -> list[tuple[int, int]]:
    """The works an object names: a title, its coordinated titles, or "the film" it refers to."""
    doc = ctx.doc
    if obj.lower_ in ("which", "that") and obj.head.dep_ == "relcl":
        return _antecedent_work(ctx, obj.head)
    works = [w for w in with_conjuncts(doc, obj, ("Work",))]
    span = ent_span(doc, obj.i)
    if span and doc[span[0]].ent_type_ == "Work":
        works += _listed_works(doc, span[1], sent.end)
    elif bracketed_year(doc, obj.i + 1):  # "directing the harbour trilogy (1991–96), Salt Meadow (1999), ..."
        works += _listed_works(doc, obj.i + 1, sent.end)
    # "directed several adaptations, including A in 2013 and B in 2014"
    for prep in (c for c in obj.children if c.lower_ in ("including", "like") or
                 (c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))):
        works += _listed_works(doc, prep.i + 1, sent.end)
    # "direct and write the screenplay for W"
    if obj.lower_ in ("screenplay", "script", "teleplay"):
        works += [ent_span(doc, o.i) for p in obj.children if p.dep_ == "prep" and p.lower_ == "for"
                  for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "Work"]
    if not works and obj.lower_ in ("screenplay", "script", "teleplay") and (
            obj.dep_ == "dobj" or (obj.dep_ == "pobj" and obj.head.lower_ == "from")):
        # "She wrote the screenplay with B", "(W is ...) from a screenplay she co-wrote with B":
        # the article's work
        works = [ctx.topic] if ctx.topic is not None else []
    if not works and obj.lower_ in INSTALLMENTS:
        series = _series_of_installment(ctx, obj, sent)
        works = [series] if series is not None else []
    if not works and not _someones(obj):
        nominal = nominal_work(ctx, obj)
        works = [nominal] if nominal is not None else []
    return list(dict.fromkeys(works))


# Unnamed parts of a series: "directed the pilot", "writes the first two episodes". The
# spec puts a season's crew on the series; an untitled episode's likewise.
INSTALLMENTS = {"pilot", "premiere", "finale", "opener", "episodes", "installments", "instalments"}


def _series_of_installment(ctx: Context, noun: Token, sent: Span):
    """The series of "the W pilot", "the series' finale", "the first two episodes of the spinoff",
    else the sentence's ("On W, she wrote four episodes") or the article's."""
    doc = ctx.doc
    for child in noun.children:
        title = _modifying_title(doc, child)
        if title is not None:
            return title
        if child.dep_ == "poss" and child.lower_ in ctx.lexicon.work_cues:
            return nominal_work(ctx, child)
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return None  # "the Harrow Lane pilot" with Harrow Lane no work: not the article's
    of_objects = prep_objects(noun, ("of",))
    if of_objects:
        return nominal_work(ctx, of_objects[0])
    return work_of_sentence(ctx, sent, near=noun)


def _antecedent_work(ctx: Context, clause: Token) -> list[tuple[int, int]]:
    """"the drama W, which he also produced": W, the work the relative clause hangs from."""
    doc = ctx.doc
    antecedent = clause.head
    if clause.lemma_.lower() not in ("write", "pen") and _named_as_written(doc, antecedent):
        return []  # "the novel W, which he will produce": he produces its adaptation, not the novel
    span = ent_span(doc, antecedent.i)
    work = span if span and doc[span[0]].ent_type_ == "Work" else nominal_work(ctx, antecedent, False)
    return [work] if work is not None else []


def _named_as_written(doc: Doc, token: Token) -> bool:
    """"the novel W", "Okafor's novel W": a title a literary noun introduces."""
    span = ent_span(doc, token.i) or (token.i, token.i + 1)
    before = doc[span[0] - 1] if span[0] > 0 else None
    while before is not None and before.text in "\"“‘'" and before.i > 0:
        before = doc[before.i - 1]
    return token.head.lower_ in WRITTEN_WORDS or (before is not None and before.lower_ in WRITTEN_WORDS)


def _someones(noun: Token) -> bool:
    """"producing her debut solo record": a person's untitled work, not the article's."""
    return any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "my") for c in noun.children) \
        and not any(c.dep_ == "appos" for c in noun.children)


SCRIPT_NOUNS = {"script", "screenplay", "teleplay", "story", "book", "novel", "play", "memoir",
                "comic", "manga", "short", "collection"}


def written_by_nouns(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"from a script by Y" (writer of the work), "the novel 'W' by X" (writer of W)."""
    doc = ctx.doc
    for by in sent:
        if by.lower_ != "by" or by.dep_ != "prep":
            continue
        # "by series co-creator X": the parse may give "by" a second object, the name;
        # "by the Japanese artist X": the name in apposition to the object.
        objects = [c for c in by.children if c.dep_ == "pobj"]
        objects += [a for c in objects if c.pos_ == "NOUN" for a in c.children if a.dep_ == "appos"]
        authors = [a for c in objects for a in _named_or_referred(doc, c)]
        if not authors:
            continue
        head = by.head
        span = ent_span(doc, head.i)
        if span and doc[span[0]].ent_type_ == "Work":
            work = span  # "the novel 'The Salt Road' by Agnes Morrow"
        elif head.lower_ == "story" and _titled_after(ctx, head, sent) is not None:
            work = _titled_after(ctx, head, sent)  # "the short story 'W' by X": X wrote W
        elif head.lower_ in ("script", "screenplay", "teleplay", "story") and head.pos_ == "NOUN" \
                or (head.lower_ == "composition" and doc[head.i - 1].lower_ == "series" and by.i == head.i + 1):
            work = _scripted_work(ctx, head, sent)  # also an anime's "series composition by X"
        elif head.lower_ in SCRIPT_NOUNS and head.pos_ in ("NOUN", "ADJ"):  # "the novel W": tagged ADJ before a title
            # "adapted from a novel by X": not the film's writer; '"Saltwort," the 2016 novel by X': Saltwort's
            work = apposed_title(doc, head) or nominal_work(ctx, head, topic_fallback=False)
        else:
            continue
        for author in authors if work is not None else []:
            yield relation(work, "writer", sent, "written-by-noun", 0.7, obj=author), None


# A work noun whose "by" names its maker: "a film by X" (director), "a series by X" (creator).
MADE_BY_NOUNS = {"film": "director", "movie": "director", "documentary": "director", "feature": "director",
                 "short": "director", "series": "creator", "sitcom": "creator", "miniseries": "creator",
                 "docuseries": "creator"}


def made_by_nouns(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"W, a film by Ida Holm", "W is a 2024 documentary by A and B": the film's director, the
    series' creator."""
    doc = ctx.doc
    for by in sent:
        if by.lower_ != "by" or by.dep_ != "prep":
            continue
        noun = by.head
        predicate = MADE_BY_NOUNS.get(noun.lower_)
        if predicate is None or noun.pos_ != "NOUN":
            continue
        makers = [a for o in by.children if o.dep_ == "pobj" for a in _named_or_referred(doc, o)]
        work = apposed_title(doc, noun) or nominal_work(ctx, noun, topic_fallback=False) if makers else None
        for maker in makers if work is not None else []:
            yield relation(work, predicate, sent, f"{predicate}-by-noun", 0.7, obj=maker), by


def _scripted_work(ctx: Context, noun: Token, sent: Span):
    """The work a script noun belongs to: "W's screenplay", "the screenplay for W", the verb's work
    ("directed by A from a screenplay by B"), or the article's ("The screenplay, by A, is adapted from ...")."""
    doc = ctx.doc
    for child in noun.children:
        target = ent_span(doc, child.i) if child.dep_ == "poss" else None
        if target and doc[target[0]].ent_type_ == "Work":
            return target
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            title = next((ent_span(doc, o.i) for o in child.children if o.ent_type_ == "Work"), None)
            if title is not None:
                return title
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return ctx.topic  # the sentence's other titles are its sources
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return _credited_work(ctx, verb, sent) if verb is not None else work_of_sentence(ctx, sent, near=noun)


def production_by(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"with production done by X", "with the production handled by A and B", "production by X": producer."""
    doc = ctx.doc
    for noun in sent:
        if noun.lower_ != "production" or noun.pos_ != "NOUN":
            continue
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is None:
            # "production handled by A"; not "the production, which was co-directed by A": a credit of its own
            by = next((a for v in noun.children if v.dep_ == "acl" and v.lemma_.lower() not in VERB_CREDITS
                       for a in v.children if a.dep_ == "agent"), None)
        objects = [c for c in by.children if c.dep_ == "pobj"] if by is not None else []
        people = [resolve(doc, *p) for p in with_conjuncts(doc, objects[0], PEOPLE)] if objects else []
        if not people:
            continue
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        work = _credited_work(ctx, verb, sent) if verb is not None else work_of_sentence(ctx, sent, near=noun)
        for person in people:
            if work is not None and doc[person[0]].ent_type_ == "Person":
                yield relation(work, "producer", sent, "production-by", 0.7, obj=person), noun


def possessive_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Tom Reyes's controversial film W" (director), "Ida Holm's Never Ask Ada" (creator)."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Person" or ent.end >= len(doc) or doc[ent.end].lower_ not in ("'s", "’s", "'", "’"):
            continue
        work, cue = _possessed_work(ctx, ent.end + 1, sent)
        if work is None:
            work, cue = _apposed_possession(ctx, ent)
        if work is None:
            work, cue = _entry_possession(ctx, ent, sent)
        if work is None or (cue is not None and cue.lower_ in RECORDINGS):
            continue  # "Aguilera's 2002 single W": her recording, which credits no one as its maker
        predicate = _possessive_credit(ctx, cue, info_of(doc[work[0]:work[1]]).get("subtype"))
        if predicate == "creator" and any(t.lower_ in CINEMA_WORDS for t in sent):
            # "Neon opened Tiago Ferraz's 'Saltwater Saints' in four theaters", "expanded X's
            # drama W to 612 theaters": a film, whatever its genre noun
            predicate = "director"
        if predicate == "director" and cue is not None and any(
                t.lower_ in ("episode", "part") for t in doc[ent.end:cue.i]):
            predicate = "creator"  # "X's eight-episode thriller": a series', whatever its genre
        called = NOUN_CREDITS.get(doc[ent.start - 1].lower_) if ent.start > 0 else None
        if predicate == "creator" and called in ("director", "writer"):
            predicate = called  # "Danish filmmaker Ida Holm's W": she directed it
        yield relation(work, predicate, sent, f"possessive-{predicate}", 0.65, obj=(ent.start, ent.end)), None


def _apposed_possession(ctx: Context, person: Span):
    """"W, Ida Roane's documentary about ...": (W, the work noun) when the person's work noun
    stands in apposition to a title."""
    noun = person.root.head
    if person.root.dep_ != "poss" or noun.lower_ not in ctx.lexicon.work_cues:
        return None, None
    work = apposed_title(ctx.doc, noun)
    return (work, noun) if work is not None else (None, None)


def _entry_possession(ctx: Context, person: Span, sent: Span):
    """Under a roundup's entry line, "Daniel Achebe's eight-episode drama follows ...": the
    person's work noun, the sentence's subject, is the entry's work."""
    noun = person.root.head
    entry = roundup_entry(ctx.doc, sent)
    if entry is None or person.root.dep_ != "poss" or noun.lower_ not in ctx.lexicon.work_cues \
            or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None, None
    return entry, noun


def _possessive_credit(ctx: Context, cue: Token | None, subtype: str | None) -> str:
    """What "X's [cue] W" credits X with: a film's director, a novel's writer, else the creator."""
    if cue is not None and cue.lower_ in WRITTEN_WORDS:  # "Greta Maddox's novel W": she wrote it
        return "writer"
    if cue is not None:
        subtype = ctx.lexicon.work_cues.get(cue.lower_) or subtype
    if subtype == "Movie" or (cue is not None and cue.lower_ in FILM_WORDS):
        return "director"
    return "creator"


RECORDINGS = {"single", "singles", "album", "albums", "song", "songs", "ep", "track", "record", "mixtape"}
# Words of a sentence about a film in cinemas: "X's W opened in four theaters".
CINEMA_WORDS = {"theaters", "theatres", "cinemas", "screens", "multiplexes"}
WRITTEN_WORDS = {"novel", "novels", "novella", "book", "books", "memoir", "play", "story", "stories",
                 "biography", "screenplay", "script"}
FILM_WORDS = {"film", "films", "movie", "movies", "thriller", "documentary", "feature", "flick", "picture"}
# Words between a filmmaker's name and "film": "the Ida Holm drama film", "a Holm art-house movie".
MAX_FILM_MODIFIERS = 3


def filmmaker_modifiers(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"the Ida Holm film Copper Saints": a person named before "film" directed it.

    "the Tom Reyes dramedy" names its star (see ``star_vehicle_facts``);
    "film" and "movie" name the director.
    """
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Person" or ent.start == 0 or doc[ent.start - 1].pos_ not in ("DET", "ADJ", "ADV"):
            continue
        film = _film_noun_after(doc, ent.end, sent.end)
        if film is None or not _modifies(ent.root, film):
            continue
        work = _titled_after(ctx, film, sent)  # "the Mara Lind film" alone may be any earlier film
        if work is not None:
            yield relation(work, "director", sent, "filmmaker-modifier", 0.65, obj=(ent.start, ent.end)), None


# "the Dale Pruett-directed disaster film": a name joined by a hyphen to a credit's participle.
HYPHEN_CREDITS = {"directed": "director", "helmed": "director", "produced": "producer", "written": "writer",
                  "penned": "writer", "scripted": "writer", "created": "creator"}


def hyphenated_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"W, the Dale Pruett-directed disaster film", "the Ada Quill-produced series W", "W, a
    Toho-produced family saga" (a company produces)."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ not in ("Person", "Organization") or ent.end + 1 >= sent.end or doc[ent.end].text != "-":
            continue
        participle = doc[ent.end + 1]
        predicate = HYPHEN_CREDITS.get(participle.lower_)
        if ent.label_ == "Organization":
            predicate = "productionCompany" if predicate == "producer" else None
        if predicate is None:
            continue
        noun = participle.head
        work = (nominal_work(ctx, noun, topic_fallback=False) if noun.pos_ == "NOUN" else None) \
            or apposed_title(doc, noun)  # "W, the X-directed film"
        if work is not None:
            yield relation(work, predicate, sent, "hyphenated-credit", 0.7, obj=(ent.start, ent.end)), participle


# An award category names the winner's credit on the work it was won for.
AWARD_CATEGORIES = {"director": "director", "directing": "director", "direction": "director",
                    "actor": "actor", "actress": "actor", "performance": "actor",
                    "screenplay": "writer", "writing": "writer"}


def award_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Ada Quill won best actress for W", "Best director went to A for W", "Best Actor: A, W"."""
    doc = ctx.doc
    for best in sent:
        if best.lower_ != "best":
            continue
        category = next((t for t in doc[best.i + 1:min(sent.end, best.i + 4)] if t.lower_ in AWARD_CATEGORIES), None)
        if category is None:
            continue
        winners, work = _award_winners(ctx, category, sent)
        for winner in winners if work is not None else []:
            if doc[winner[0]].ent_type_ == "Person":
                yield relation(work, AWARD_CATEGORIES[category.lower_], sent, "award", 0.6, obj=winner), category


def award_lines(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """A winners' list line: "Supporting Performance: A, “W”", "Lead Performance in a Series: A,
    “W”; B, “V”", "Best Writing in a Series: A, “W”" (the category's words before the colon)."""
    doc = ctx.doc
    label, colon = _field_label(sent, longest=7) if sent[0].is_title else ([], None)
    category = next((t for t in label if t.lower_ in AWARD_CATEGORIES), None)
    if category is None or any(t.lower_ == "best" for t in label[:label.index(category)]) \
            and doc[category.i + 1].text == ":":
        return  # "Best Actor: A, W" is award_credits'
    i = colon.i + 1
    while i < sent.end:
        found = _names_then_title(doc, i, sent.end)
        if found is None:
            return
        people, work = found
        for person in people:
            yield relation(work, AWARD_CATEGORIES[category.lower_], sent, "award", 0.6, obj=person), category
        i = next((j + 1 for j in range(work[1], sent.end) if doc[j].text == ";"), sent.end)


def award_sections(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """A nominees' list under a category heading: "BEST ACTRESS" on its own line, then one
    line a nominee, "Ines Carvalho, “A House in Ostend”": the heading's credit."""
    doc = ctx.doc
    lines = text_lines(doc)
    for number, (start, end) in enumerate(lines):
        if start < sent.start or start >= sent.end:
            continue
        nominee = _nominee_line(doc, start, min(end, sent.end))
        heading = _list_heading(doc, lines, number) if nominee else None
        category = next((t for t in heading if t.lower_ in AWARD_CATEGORIES), None) if heading else None
        for person in nominee[0] if category is not None else ():
            yield relation(nominee[1], AWARD_CATEGORIES[category.lower_], sent, "award-list", 0.6, obj=person), None


def _nominee_line(doc: Doc, start: int, end: int):
    """(people, work) of a line that is only "A and B, “W”"."""
    found = _names_then_title(doc, start, end) if doc[start].ent_type_ == "Person" else None
    if found is None or any(t.is_alpha for t in doc[found[1][1]:end]):
        return None
    return found


def _names_then_title(doc: Doc, start: int, stop: int):
    """"A and B, “W”" from ``start``: (the people, the title after their comma), or None."""
    people = list_entities(doc, start, stop, PEOPLE)
    after = people[-1][1] if people else None
    if after is None or after + 1 >= stop or doc[after].text != ",":
        return None
    first = after + 1 + (doc[after + 1].text in OPEN_QUOTES)
    work = ent_span(doc, first) if doc[first].ent_type_ == "Work" else None
    return (people, work) if work is not None else None


# Lines of one category's list of nominees, at most.
MAX_NOMINEES = 12


def _list_heading(doc: Doc, lines: list[tuple[int, int]], number: int) -> Span | None:
    """The short heading line above a list entry: each line between is one more entry (it
    has a title), the heading has no name and no title."""
    for start, end in reversed(lines[max(0, number - MAX_NOMINEES):number]):
        line = doc[start:end]
        if any(t.ent_type_ == "Work" for t in line):
            continue
        words = [t for t in line if t.is_alpha]
        if 0 < len(words) <= 6 and not any(t.ent_type_ in ("Person", "Organization") for t in line):
            return line
        return None
    return None


def _award_winners(ctx: Context, category: Token, sent: Span):
    """(winners, work) of an award category: "A won best actress for W", "Best director went
    to A for W", "W won best actor for A", "A was named best actress for W"; or in a list of
    winners, "Best Actor: A, W", "Best Screenplay: A and B, W"."""
    doc = ctx.doc
    if category.i + 1 < sent.end and doc[category.i + 1].text == ":":
        people = list_entities(doc, category.i + 2, sent.end, PEOPLE)
        after = people[-1][1] + 1 if people else None
        work = ent_span(doc, after + (doc[after].text in OPEN_QUOTES)) if after and after + 1 < sent.end else None
        return people, (work if work and doc[work[0]].ent_type_ == "Work" else None)
    verb = category.head
    while verb.dep_ == "conj" and verb.head != verb:  # "winning best series, best actor for A"
        verb = verb.head
    verb = verb.head if verb.dep_ in ("dobj", "oprd", "attr", "nsubj") and verb.head.pos_ == "VERB" else verb
    winner = work = None
    governing = [verb.head] if verb.dep_ == "advcl" else []  # "W swept the awards, winning best actor for A"
    for child, target in [*_award_parties(category), *_award_parties(verb), *[
            (c, c) for v in governing for c in v.children if c.dep_ == "nsubj"]]:
        span = resolve(doc, *(ent_span(doc, target.i) or (target.i, target.i + 1)))
        label = doc[span[0]].ent_type_
        if label == "Person" and (child.dep_ in ("nsubj", "nsubjpass") or child.lower_ in ("to", "for")):
            winner = winner or span
            work = work or _award_work(doc, target)  # "went to A for W": "for" hangs from the name
        elif label == "Work" and (child.dep_ == "nsubj" or child.lower_ == "for"):
            work = work or span
    return ([winner] if winner else []), work


def _award_parties(token: Token) -> list[tuple[Token, Token]]:
    """(link, name) pairs: the token's subjects, and its "to" and "for" objects."""
    pairs = []
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            pairs.append((child, child))
        elif child.dep_ == "prep" and child.lower_ in ("to", "for"):
            pairs += [(child, obj) for obj in child.children if obj.dep_ == "pobj"]
    return pairs


def _staff_post(noun: Token) -> bool:
    """"a staff writer at Northgate Entertainment": a job at a company, no credit on a work."""
    return any(c.lower_ == "staff" for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ == "at" and any(o.ent_type_ == "Organization" for o in c.children)
        for c in noun.children)


def _award_category(doc: Doc, noun: Token) -> bool:
    """"Best Director", "best supporting actor": an award's name, not a role (see award_credits)."""
    return any(t.lower_ == "best" for t in doc[max(0, noun.i - 3):noun.i])


def _award_work(doc: Doc, token: Token):
    """The work of the token's "for W"."""
    for obj in prep_objects(token, ("for",)):
        span = ent_span(doc, obj.i)
        if span and doc[span[0]].ent_type_ == "Work":
            return span
    return None


def _film_noun_after(doc: Doc, i: int, stop: int) -> Token | None:
    for token in doc[i:min(stop, i + MAX_FILM_MODIFIERS + 1)]:
        if token.lower_ in FILM_WORDS and token.pos_ == "NOUN" and token.tag_ == "NN":
            return token
        if token.pos_ not in ("NOUN", "ADJ") or token.ent_type_:
            return None
    return None


def _titled_after(ctx: Context, noun: Token, sent: Span):
    """The title right after a work noun, past quotes: "the film Salt Road", "the film “W”"."""
    doc = ctx.doc
    i = noun.i + 1
    while i < sent.end and doc[i].text in "“\"‘'":
        i += 1
    span = ent_span(doc, i) if i < sent.end else None
    return span if span and doc[span[0]].ent_type_ == "Work" else None


def _modifies(name: Token, noun: Token) -> bool:
    """The name hangs from the noun as a modifier, directly or through the words between."""
    node = name
    while node.dep_ in ("compound", "nmod", "amod") and node.head != node and node.i < noun.i:
        node = node.head
        if node == noun:
            return True
    return False


def _possessed_work(ctx: Context, i: int, sent: Span):
    """The work right after a possessive, past adjectives and a cue noun: (work, cue noun)."""
    doc = ctx.doc
    cue = None
    # "X's bestselling 2017 novel W": a year among the words before the title
    while i < sent.end and (not doc[i].ent_type_ or (doc[i].ent_type_ == "DATE" and doc[i].like_num)
                            or (doc[i].ent_type_ == "NORP" and doc[i].pos_ != "NOUN")) \
            and doc[i].text not in ",;" and (
            doc[i].pos_ in ("ADJ", "NOUN", "PUNCT", "NUM") or (doc[i].pos_ == "VERB" and doc[i].dep_ == "amod")
            or doc[i].lower_ in ctx.lexicon.work_cues):  # "Ravi Kapoor's indie W": whatever the tagger made of it
        if doc[i].lower_ in ctx.lexicon.work_cues:
            cue = doc[i]
        i += 1
    if i < sent.end and doc[i].ent_type_ == "Work":
        return ent_span(doc, i), cue
    return None, None


def _listed_works(doc: Doc, start: int, stop: int) -> list[tuple[int, int]]:
    """Works in a list that may carry years: "A (2014), B in 2019 and C"."""
    works, i = [], start
    while i < stop:
        token = doc[i]
        if token.ent_type_ == "Work":
            span = ent_span(doc, token.i)
            works.append(span)
            i = span[1]
        elif token.text in ",()–-“”\"‘’'" or token.lower_ in ("and", "in", "as", "well") or token.like_num \
                or token.ent_type_ == "DATE" or token.is_space:
            i = _past_aside(doc, i, stop) if token.text in DASHES else i + 1
        else:
            break
    return works


DASHES = ("–", "—", "-")


def _past_aside(doc: Doc, dash: int, stop: int) -> int:
    """"A (1997) – which won the Golden Bear – and B": past the aside between dashes."""
    if dash + 1 >= stop or doc[dash + 1].lower_ not in ("which", "who", "that"):
        return dash + 1
    close = next((i for i in range(dash + 2, stop) if doc[i].text in DASHES), None)
    return close + 1 if close is not None else dash + 1


def directorial_works(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"his second directorial venture W (2012)", "his directorial debut was in 2010 with W",
    "Her first script for another director was W (2015)" (writer)."""
    doc = ctx.doc
    for word in sent:
        if word.lower_ == "directorial" and word.head != word:
            noun, predicate = (word if word.pos_ == "NOUN" else word.head), "director"  # also "His latest directorial"
        elif word.lower_ in ("script", "screenplay") and word.pos_ == "NOUN" and word.dep_ == "nsubj":
            noun, predicate = word, "writer"
        else:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        person = resolve(doc, *(ent_span(doc, owner.i) or (owner.i, owner.i + 1))) if owner is not None else None
        if person is None or doc[person[0]].ent_type_ != "Person":
            continue
        for work in _owned_works(ctx, noun, sent):
            yield relation(work, predicate, sent, f"{predicate}-owned", 0.7, obj=person), None


def _owned_works(ctx: Context, noun: Token, sent: Span) -> list[tuple[int, int]]:
    doc = ctx.doc
    works = [w for w in [_work_near(ctx, noun, sent)] if w is not None]
    # "Her earlier directorial credits include A (2014), B (2019) and C"
    subject = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    verb = subject.head
    if subject.dep_ == "nsubj" and verb.lemma_ in ("include", "be"):
        works += _listed_works(doc, verb.i + 1, sent.end)
    return list(dict.fromkeys(works))


def _work_near(ctx: Context, noun: Token, sent: Span):
    doc = ctx.doc
    for i in range(noun.i + 1, min(sent.end, noun.i + 8)):
        if doc[i].ent_type_ == "Work":
            return ent_span(doc, i)
        if doc[i].text in ".;":
            return None
    return None


def role_noun_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"showrunner Tom Reyes", "X, showrunner and executive producer"."""
    doc = ctx.doc
    for noun in sent:
        predicate = NOUN_CREDITS.get(noun.lower_)
        if predicate is None:  # most words: before making the next Token
            continue
        named_next = noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ == "Person"
        if noun.ent_type_ == "Person" or (noun.pos_ not in ("NOUN", "PROPN") and not named_next):
            continue
        if (noun.lower_.startswith("director") and _directs_organisation(noun)) or _award_category(doc, noun) \
                or _staff_post(noun):
            continue
        # "writer-director Ida Holm": the first role is the second's, and so are its people.
        role = _hyphened_role(doc, noun) or noun
        for person in _people_with_role(doc, role):
            work = _work_of_role(ctx, role, sent) if not _presiding(doc, person) else None
            if work is not None:
                yield relation(work, predicate, sent, f"{predicate}-role", 0.75, obj=person), None


# Verbs of leading a jury or an event: "The jury, led by French producer X, gave its prize to W".
PRESIDING_VERBS = {"lead", "chair", "head", "preside", "host", "present", "moderate"}


def _presiding(doc: Doc, person: tuple[int, int]) -> bool:
    """A person named as who leads a jury or hosts an event: the role noun is a calling, not a credit."""
    root = doc[person[0]:person[1]].root
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in PRESIDING_VERBS


def _bare_conjunct_people(doc: Doc, name: Token) -> list[tuple[int, int]]:
    """People listed with a name, each named bare: not "..., and the actor B", who has a role of his own."""
    found = []
    for conjunct in name.conjuncts:
        span = ent_span(doc, conjunct.i)
        titled = any(c.dep_ == "det" or c.pos_ == "NOUN" for c in conjunct.children)
        if span and not titled and doc[span[0]].ent_type_ == "Person":
            found.append(span)
    return found


# A maker's noun before a name with a bracketed title: 'Dutch filmmaker Ida Roane ("Dust Lanterns")'.
ASIDE_CREDITS = {"director": "director", "filmmaker": "director", "helmer": "director", "writer": "writer",
                 "screenwriter": "writer", "creator": "creator", "co-creator": "creator"}


def maker_asides(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """'the debut of filmmaker Ida Roane ("Dust Lanterns")', 'Ida Roane ("Dust Lanterns") is
    directing': the bracketed title is her earlier work in the role the noun or verb names."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Person" or ent.start == 0:
            continue
        work = aside_credit(doc, (ent.start, ent.end))
        if work is None:
            continue
        noun = doc[ent.start - 1]
        predicate = ASIDE_CREDITS.get(hyphenated_word(noun))
        cue = noun if predicate else making_verb_of_subject(ent.root)
        predicate = predicate or (MAKING_VERBS.get(cue.lemma_.lower()) if cue is not None else None)
        if predicate:
            yield relation(work, predicate, sent, "maker-aside", 0.7, obj=(ent.start, ent.end)), cue


def _hyphened_role(doc: Doc, noun: Token) -> Token | None:
    """The role noun after "writer-" in "writer-director", or None."""
    i = noun.i
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in NOUN_CREDITS:
        return doc[i + 2]
    return None


def field_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """Review field lines: "Director: Ada Quill", "Written by: A (screenplay); B (story)",
    "Executive producers: A, B", "Crew: Director, writer: A", "With: A, B" (the cast), and
    "Production: An A24 release of a B, C production"."""
    doc = ctx.doc
    label, colon = _field_label(sent)
    if [t.lower_ for t in label] == ["production"]:
        yield from _production_field(ctx, sent, label[0], colon)
        return
    predicates = [FIELD_CREDITS[t.lower_] for t in label if t.lower_ in FIELD_CREDITS]
    if not predicates or any(t.is_alpha and t.lower_ not in FIELD_CREDITS and t.lower_ not in FIELD_QUALIFIERS
                             for t in label):
        return
    people = [(e.start, e.end) for e in sent.ents if e.label_ == "Person" and e.start > colon.i
              and not _after_based_on(doc, e.start, sent)]
    work = ctx.topic
    for person in people:
        for predicate in predicates:
            if work is not None:
                yield relation(work, predicate, sent, "field-line", 0.8, obj=person), label[0]


def _production_field(ctx: Context, sent: Span, label: Token, colon: Token) -> Iterator[tuple[dict, Token]]:
    """"Production: An A24 release of a Northfield Pictures, Tin Cup Films production.": the
    company before "release" distributes, the others produce."""
    if ctx.topic is None:
        return
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ == "Organization" and ent.start > colon.i:
            releases = ent.end < len(doc) and doc[ent.end].lower_ == "release"
            predicate = "distributor" if releases else "productionCompany"
            yield relation(ctx.topic, predicate, sent, "field-line", 0.75, obj=(ent.start, ent.end)), label


# Words a field line's label may have besides its credits: "Executive producers:", "Co-writers:".
FIELD_QUALIFIERS = {"executive", "co", "by", "-", ","}


def _field_label(sent: Span, longest: int = 4) -> tuple[list[Token], Token | None]:
    """The words before a field line's colon, past a heading ("Crew: Director, writer: A"), and the colon."""
    if ":" not in doc_text(sent.doc)[sent.start_char:sent.start_char + 80]:
        return [], None  # most sentences: no label at all
    tokens = [t for t in sent[:longest + 6] if not t.is_space]  # a label is short: never the whole sentence
    colons = [i for i, t in enumerate(tokens[:longest + 4]) if t.text == ":"]
    if not colons:
        return [], None
    start, end = 0, colons[0]
    if len(colons) > 1 and tokens[0].lower_ in FIELD_HEADINGS and end == 1:
        start, end = colons[0] + 1, colons[1]
    if end - start > longest or end == start:
        return [], None
    return tokens[start:end], tokens[end]


FIELD_HEADINGS = {"crew", "credits"}


def _after_based_on(doc: Doc, i: int, sent: Span) -> bool:
    return any(t.lower_ == "based" for t in doc[sent.start:i])


def _with_coordinated(verb: Token, predicate: str) -> list[str]:
    """"written and directed by X": both credits; "directed by X and written by Y": one each;
    "written and directed by X and produced by Y": Y produced only."""
    predicates = [predicate]
    agents_at = [t.i for t in verb.conjuncts if any(c.dep_ == "agent" for c in t.children)]
    for other in (*verb.conjuncts, *_hyphenated_partner(verb)):
        extra = VERB_CREDITS.get(other.lemma_.lower())
        has_own_agent = any(c.dep_ == "agent" for c in other.children)
        agent_between = any(other.i < i < verb.i for i in agents_at)
        if extra and extra not in predicates and not has_own_agent and other.i < verb.i and not agent_between:
            predicates.append(extra)
    return predicates


def _hyphenated_partner(verb: Token) -> list[Token]:
    """"directed and co-written by X": the tokeniser splits "co-written", and the parse loses the "and"."""
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].lower_ in ("-", "co"):
        i -= 1
    if i == verb.i - 1 or i < 1 or doc[i].lower_ not in ("and", "&"):
        return []
    return [doc[i - 1]] if doc[i - 1].tag_ == "VBN" else []


def _credited_work(ctx: Context, verb: Token, sent: Span):
    """The work a participle credits: the noun it modifies, or its passive subject."""
    doc = ctx.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # not "Ida Holm (W) is set to direct": a person is no work, nor is her bracketed credit
    if subject is not None and subject.lower_ not in ("which", "that", "who") and subject.ent_type_ != "Person":
        span = ent_span(doc, subject.i)
        if span and doc[span[0]].ent_type_ == "Work":
            return span
        if subject.lower_ in ("script", "screenplay", "teleplay"):
            return _scripted_work(ctx, subject, sent)  # "The teleplay was written by X"
        return nominal_work(ctx, subject)
    fronted = _fronted_credit_work(ctx, verb, sent)
    if fronted is not None:
        return fronted
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        return _fronted_participle_work(ctx, verb.head)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
        return _credited_work(ctx, verb.head, sent)  # "The episode was written by A and directed by B"
    if verb.dep_ == "conj" and verb.head.pos_ == "AUX" and verb.head.i < verb.i:
        # "It is a remake of V, created by A, and was adapted by B": the copula's subject, not V
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        work = _work_subject(ctx, subject) if subject is not None else None
        if work is not None:
            return work
    if verb.dep_ == "xcomp" and any(c.dep_ == "nsubjpass" for c in verb.head.children):
        return _credited_work(ctx, verb.head, sent)  # "The movie is slated to be directed by X"
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "PROPN" and not head.ent_type_ \
            and head.lower_ not in ctx.lexicon.work_cues and head.lower_ not in ctx.lexicon.work_nouns:
        return None  # "appeared in Night Shift, directed by X": a title nobody typed, not the topic
    node = verb
    while node.dep_ in ("acl", "relcl", "conj", "appos") and node.head != node:
        node = node.head
        span = ent_span(doc, node.i)
        if span and doc[span[0]].ent_type_ == "Work":
            return span
        if node.lower_ in ctx.lexicon.work_nouns or node.lower_ in ctx.lexicon.work_cues:
            return nominal_work(ctx, node)
    return work_of_sentence(ctx, sent, near=verb)


def _fronted_credit_work(ctx: Context, verb: Token, sent: Span):
    """"Directed by A, whose debut W ..., and written by A with B, the film ...": participles
    that open the sentence credit the main clause's subject, wherever the parser hung them."""
    opening, root = sent[0], sent.root
    if opening.tag_ != "VBN" or opening.lemma_.lower() not in VERB_CREDITS:
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or verb.i > subject.i:
        return None
    return _fronted_participle_work(ctx, root)


def _fronted_participle_work(ctx: Context, main_verb: Token):
    """"Written by X, the episode ...": the main clause's subject, if it is a work.

    "Created by A and B, Wren is voiced by C" credits a character, no work.
    """
    doc = ctx.doc
    subject = next((c for c in main_verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "Directed by X, the film stars A": "film stars" may be parsed as one noun, the verb's compound
    subject = subject or next((c for c in main_verb.children if c.dep_ == "compound" and c.i < main_verb.i
                               and c.lower_ in ctx.lexicon.work_nouns), None)
    if subject is None:
        return None
    span = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
    if doc[span[0]].ent_type_ == "Work":
        return span
    return nominal_work(ctx, subject)


def _people_in_subject(doc: Doc, subject: Token) -> list[tuple[int, int]]:
    """"Tom and Ida Reyes and Mara Lind": every person inside the subject phrase."""
    tokens = list(subject.subtree)
    return [(e.start, e.end) for e in doc.ents
            if e.label_ == "Person" and tokens[0].i <= e.start and e.end <= tokens[-1].i + 1]


def _people_with_role(doc: Doc, noun: Token) -> list[tuple[int, int]]:
    """People a role noun names.

    "showrunner Tom Reyes", "writers and producers A and B" (the list right
    after the last coordinated role noun has every role), "X, showrunner",
    "A and B ... will return as executive producers" (the subject of the clause).
    """
    last = max((noun, *[c for c in noun.conjuncts if c.lower_ in NOUN_CREDITS]), key=lambda t: t.i)
    if last.i + 1 < len(doc) and doc[last.i + 1].ent_type_ == "Person" and doc[last.i + 1].ent_iob_ == "B":
        return list_entities(doc, last.i + 1, noun.sent.end, PEOPLE)
    before = _name_before_comma(doc, noun)
    if before is not None:
        return [before]  # "... and Tom Reyes, director of multiple episodes": the parse may say otherwise
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":  # "Directors for the new season include A and B"
        return list_entities(doc, noun.head.i + 1, noun.sent.end, PEOPLE)
    people = []
    for token in (noun.head, *noun.children):
        span = ent_span(doc, token.i)
        if not span or doc[span[0]].ent_type_ != "Person" or span in people:
            continue
        if token == noun.head and noun.dep_ not in ("appos", "compound", "attr", "conj"):
            continue
        if token != noun.head and token.dep_ not in ("appos", "compound"):
            continue
        people.append(span)
        if token.dep_ == "appos":  # "the show's creators, A and B"
            people += [c for c in _bare_conjunct_people(doc, token) if c not in people]
    if not people and noun.dep_ == "attr":
        # "Fell and Radcliffe-Oyo are executive producers"
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        people = _named_or_referred(doc, subject) if subject is not None else []
    if not people and noun.head.lower_ == "as":
        people = _people_as(doc, noun.head)
    if people and (noun.dep_ == "attr" or noun.head.lower_ == "as"):
        people += [p for p in _alongside(doc, noun) if p not in people]
    return people


def _people_as(doc: Doc, as_: Token) -> list[tuple[int, int]]:
    """Who serves "as producers": "A and B served as", "with A and B as producers"."""
    named = _name_right_before(doc, as_)
    if named is not None:
        return named
    if as_.head.dep_ == "pobj" and as_.head.head.lower_ == "with":
        return _named_or_referred(doc, as_.head)  # "with A and B as producers": the parse hangs "as" from A
    with_ = as_.head if as_.head.lower_ == "with" else next(
        (c for c in as_.head.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < as_.i), None)
    named = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    if named is not None:
        return _named_or_referred(doc, named)  # "produced by X, with A and B as producers"
    subject = _shared_subject(as_.head)
    if subject is None:
        return []
    if subject.lower_ == "who":  # "developed by X, who serves as showrunner"
        return _producing_people(doc, subject, subject.head)
    return _named_or_referred(doc, subject) or _people_in_subject(doc, subject)


def _name_right_before(doc: Doc, as_: Token) -> list[tuple[int, int]] | None:
    """"with A as director and B as producer": the name right before "as" holds the role,
    wherever the parse hangs it, with the names listed with it that have no role of their own."""
    span = ent_span(doc, as_.i - 1) if as_.i > 0 else None
    if not span or doc[span[0]].ent_type_ != "Person" or span[1] != as_.i:
        return None
    root = doc[span[0]:span[1]].root
    listed = [p for p in _named_or_referred(doc, root) if p != span and not any(
        c.lower_ == "as" and c != as_ for c in doc[p[0]:p[1]].root.children)]
    return [span, *listed]


def _alongside(doc: Doc, noun: Token) -> list[tuple[int, int]]:
    """"are executive producers alongside C", "served as showrunner alongside C": C shares the role."""
    holders = (noun, noun.head, noun.head.head) if noun.head.lower_ == "as" else (noun, noun.head)
    return [p for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "alongside"
            for o in c.children if o.dep_ == "pobj" for p in _named_or_referred(doc, o)]


KIN_NOUNS = {"son", "daughter", "father", "mother", "wife", "husband", "brother", "sister", "child",
             "children", "parents", "grandson", "granddaughter", "nephew", "niece", "widow", "widower"}


def _kin_of(noun: Token) -> bool:
    """"Brevik is son of the actor and screenwriter Tom Reyes": the relative's job, no credit."""
    doc = noun.doc
    i = noun.i - 1
    while i > 0 and doc[i].is_lower and doc[i].lower_ != "of":
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in KIN_NOUNS


def _name_before_comma(doc: Doc, noun: Token) -> tuple[int, int] | None:
    """"X, director": the person named right before the comma ahead of the role noun."""
    i = noun.i - 1
    while i > 0 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN"):  # "X, executive producer"
        i -= 1
    if i < 1 or doc[i].text != "," or doc[i - 1].ent_type_ != "Person":
        return None
    return ent_span(doc, i - 1)


def _modifying_title(doc: Doc, child: Token):
    """The title a noun's modifier names: "Brackwater's", "the Brackwater pilot"."""
    span = ent_span(doc, child.i) if child.dep_ in ("poss", "compound", "nmod") else None
    return span if span and doc[span[0]].ent_type_ == "Work" else None


def _work_of_role(ctx: Context, noun: Token, sent: Span):
    """"Brackwater's showrunner", "'Brackwater' creator", "showrunner of Brackwater", else the sentence's work."""
    doc = ctx.doc
    for child in noun.children:
        title = _modifying_title(doc, child)
        if title is not None:
            return title
        if child.dep_ == "poss" and child.lower_ in ctx.lexicon.work_nouns:
            return nominal_work(ctx, child)
        if child.dep_ == "compound" and child.i == noun.i - 1 and child.lower_ in ("series", "show") \
                and not any(c.dep_ == "det" for c in noun.children):
            return ctx.topic  # "Series creator Curtis Lyle, whose earlier series W ...": this article's
        if child.dep_ == "poss" and child.pos_ == "NOUN" and child.lower_ not in ctx.lexicon.work_cues:
            return None  # "the institute's director": a post at the institute, no credit
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "on"):
            for obj in child.children:
                span = ent_span(doc, obj.i)
                if span and doc[span[0]].ent_type_ == "Work":
                    return span
                if _untyped_title_noun(ctx, obj):
                    return None
    before = doc[noun.i - 1] if noun.i > 0 else None
    while before is not None and before.text in "'\"’”":
        before = doc[before.i - 1] if before.i > 0 else None
    if before is not None and before.ent_type_ == "Work":
        return ent_span(doc, before.i)
    credit = _credit_verb_of_agent(noun)  # "The pilot was written by showrunner X"
    credited = _credited_work(ctx, credit, sent) if credit is not None else _work_made_with(ctx, noun)
    if credited is None and _profession(noun):
        return None  # "X is a Norwegian film director": what X does, not a credit
    return credited or work_of_sentence(ctx, sent, near=noun)


def _work_made_with(ctx: Context, noun: Token):
    """"It was recorded in Leeds with the producer X": the work the verb's subject names."""
    doc = ctx.doc
    name = noun.head if noun.dep_ in ("compound", "appos") else noun
    prep = name.head if name.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "with" or prep.head.pos_ != "VERB":
        return None
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    span = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
    return span if doc[span[0]].ent_type_ == "Work" else None


def _profession(noun: Token) -> bool:
    """"a Norwegian film director and writer": a nationality and an indefinite article make a
    role noun a profession ("Szelag is an executive producer" is still a credit)."""
    first = noun
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if any(c.dep_ == "relcl" for c in noun.children) or _kin_of(noun):
        return True  # "X, the writer who had the most influence on ...", "son of the screenwriter X"
    before = [t for t in first.subtree if t.i < first.i]
    indefinite = any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in before)
    return indefinite and any(t.ent_type_ == "NORP" for t in before)


def _credit_verb_of_agent(noun: Token) -> Token | None:
    """The credit verb whose "by" names the role noun's person: "written by showrunner X"."""
    name = noun.head if noun.dep_ == "compound" else noun
    if name.dep_ != "pobj" or name.head.dep_ != "agent":
        return None
    verb = name.head.head
    return verb if verb.lemma_.lower() in VERB_CREDITS else None


def _untyped_title_noun(ctx: Context, noun: Token) -> bool:
    """"creator of the Marrowind series", "the Lantern comic strip": a work whose bare title NER missed.

    Its role belongs to that work, not to the one the sentence or article is about.
    """
    words = (noun, *(c for c in noun.children if c.dep_ in ("compound", "amod")))
    if not any(w.lower_ in ctx.lexicon.work_cues for w in words):
        return False
    doc = ctx.doc
    for child in noun.children:
        span = ent_span(doc, child.i) or (child.i, child.i + 1)
        if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and child.i < noun.i \
                and doc[span[0]].ent_type_ not in ("Organization", "Work") \
                and not (doc[span[0]].ent_type_ == "Person" and span[1] - span[0] > 1):
            return True
    return False


def _directs_organisation(noun: Token) -> bool:
    """"the general director of Studio X" is a job, not a film credit."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.ent_type_ == "Organization" for o in c.children)
               for c in noun.children) or any(c.lower_ in ("general", "managing", "technical", "creative", "artistic", "casting")
                                               for c in noun.children)
