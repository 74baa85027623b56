"""Cast facts: plays, actor and character from casting pairs; actor from cast lists.

"X as Y" and its kin (found by :mod:`showgraph.pipeline.cast`) give ``plays``
and, for the work the sentence is about, ``actor`` and ``character``. Cast
lists ("starring A, B and C", "Starring: A, B", "cast members A, B ... are set
to return", "A also stars in W", "A and B play roles in the film", "It is
starred by A") give ``actor`` alone; a definition ("X is a character in W",
"the protagonist is X") or a plot summary ("the film follows X") gives ``character``; a biography's list of roles ("roles
including A in W and B in V", see :mod:`showgraph.pipeline.role_lists`) gives all three.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import ADJ, VERB
from spacy.tokens import Span, Token

from showgraph.pipeline.cast import CAST_NOUNS, unnamed_role, cast_list_members
from showgraph.pipeline.coref import resolve
from showgraph.pipeline.definitions import defining_noun
from showgraph.pipeline.doc_data import info_of
from showgraph.pipeline.plots import plot_subject, story_setting
from showgraph.pipeline.relations.common import (
    Context, aside_credit, aside_credits, ent_span, governing_work, making_verb_of_subject, nominal_work, relation,
    work_of_sentence,
)
from showgraph.pipeline.relations.credits import _credited_work
from showgraph.pipeline.role_lists import listed_roles, role_holder

# Words under which a work in "in W" / "on W" is one the holder acted in.
ROLE_NOUNS = {"role", "roles", "part", "parts", "appearance", "appearances", "debut", "turn",
              "performance", "performances", "cameo", "member", "members", "lead", "starring"}
ROLE_IN_VERBS = {"appear", "star", "guest", "co-star", "costar", "act", "pair", "cast", "feature",
                 "reprise", "return", "play", "portray", "voice", "recur"}
BRACKET_RULES = ("character-(actor)", "actor-(character)")
# Not "return": creators and showrunners return too.
CAST_VERBS = {"star", "feature", "join", "appear", "reprise", "co-star", "costar",
              "lead", "headline", "topline", "cast"}
# "stars as a farmer": these verbs' "as" is always a part, never a post as "joins as CFO" is.
ROLE_ONLY_VERBS = {"star", "co-star", "costar", "reprise", "headline", "topline"}
# "A, B and C rounded out the main cast", "return to lead the ensemble": verbs of the cast as a whole.
CAST_FILLING_VERBS = {"round", "complete", "fill", "lead", "head", "anchor"}


def cast_pair_facts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """plays, actor and character for every casting pair in the sentence."""
    doc = ctx.doc
    for a_start, a_end, c_start, c_end, rule in doc._.sg_cast or []:
        if not sent.start <= c_start < sent.end:
            continue
        actor, character = (a_start, a_end), (c_start, c_end)
        # "Ada (Mara Lind)" is presupposed; "X will not return as Y" is a clause.
        trigger = None if rule in BRACKET_RULES else doc[c_start]
        named = not unnamed_role(doc, c_start, c_end)  # "the keeper was played by X": actor only
        if named:
            yield relation(actor, "plays", sent, rule, 0.9, obj=character), trigger
        work = work_of_sentence(ctx, sent, near=doc[c_start])
        aside = aside_credit(doc, actor)
        if work is not None and work == aside:
            # "Priya Venn ("Home Run") will guest as Y": Home Run is her earlier credit.
            work = ctx.topic if ctx.topic != aside else None
        if work is not None and work != character:
            yield relation(work, "actor", sent, rule, 0.85, obj=actor), trigger
            if named:
                yield relation(work, "character", sent, rule, 0.85, obj=character), trigger


def _work_noun_target(ctx: Context, sent: Span):
    """The work "the series" or "the film" stands for in the sentence, if it names none itself."""
    doc = ctx.doc
    for token in sent:
        if token.lower_ in ctx.lexicon.work_nouns and not token.ent_type_:
            target = resolve(doc, token.i, token.i + 1)
            if target != (token.i, token.i + 1):
                return target
    return None


def aside_credit_facts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """'Lena Albright ("Harbor Lights") has booked a role', "Calloway (The Quiet Shore, Netflix's
    Dunmore) will play ...": news names an actor's earlier works in brackets after the name,
    in a sentence about casting."""
    doc = ctx.doc
    credits = [(ent, work) for ent in sent.ents if ent.label_ == "Person" and not _credited_maker(ent)
               for work in aside_credits(doc, (ent.start, ent.end))]
    if not credits or not any(t.lemma_.lower() in ctx.lexicon.cast_cues for t in sent):
        return  # the brackets first: few sentences have them
    for ent, work in credits:
        yield relation(work, "actor", sent, "aside-credit", 0.7, obj=(ent.start, ent.end)), None


# Words before a name that make it a maker's: "a thriller from Ida Roane ("Dust Lanterns")".
MAKER_WORDS = {"from", "by", "creator", "co-creator", "showrunner", "director", "writer", "filmmaker",
               "producer", "author", "novelist", "playwright"}


def _credited_maker(person: Span) -> bool:
    """A name given as a show's maker, whose bracketed credit is a making one, not a role:
    "a thriller from Ida Roane (W)", "Ida Roane (W) is directing"."""
    return (person.start > 0 and person.doc[person.start - 1].lower_ in MAKER_WORDS) \
        or making_verb_of_subject(person.root) is not None


def cast_list_facts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """actor for people listed after a cast cue or as the subject of "star"."""
    doc = ctx.doc
    people = [(m, doc[m[0]]) for m in cast_list_members(doc, sent) if doc[m[0]].ent_type_ == "Person"]
    for verb in sent:
        if verb.pos != VERB:
            if verb.lower_ == "stars" and verb.i > sent.start and doc[verb.i - 1].ent_type_ == "Person" \
                    and any(c.lower_ == "as" for c in verb.children):
                people.append((ent_span(doc, verb.i - 1), verb))  # "Ruth Okonjo stars as a farmer", read as a noun
            continue
        lemma = verb.lemma_.lower()
        if lemma in CAST_VERBS and not _joins_a_company(ctx, verb) \
                and (lemma in ROLE_ONLY_VERBS or not ctx.lexicon.takes_a_post(verb)):
            people += [(p, verb) for p in _subjects(doc, verb)]  # not "X is joining as finance chief"
        elif lemma in CAST_FILLING_VERBS and _fills_the_cast(verb):
            subjects = _subjects(doc, verb) or (_subjects(doc, verb.head) if verb.dep_ == "xcomp" else [])
            people += [(p, verb) for p in subjects]
    seen: set[tuple[int, int]] = set()
    asides = {aside_credit(doc, (e.start, e.end)) for e in sent.ents} - {None}
    for person, trigger in people:
        if person in seen:
            continue
        seen.add(person)
        work = governing_work(ctx, trigger) or work_of_sentence(ctx, sent, near=trigger)
        if work in asides:
            # 'A ("Blue Harbor"), B and C have joined the cast of the series': not A's old show.
            work = next((w for w in (_work_noun_target(ctx, sent), ctx.topic) if w and w not in asides), None)
        if work is not None:
            yield relation(work, "actor", sent, "cast-list", 0.75, obj=person), trigger


def role_in_work_facts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"best known for his role as X on W", "made his acting debut in W", "appeared in A and B"."""
    for ent in sent.ents:
        if ent.label_ != "Work":
            continue
        cue = _role_cue(ent.root)
        if cue is None:
            continue
        for person in _role_holders(ctx, cue):
            yield relation((ent.start, ent.end), "actor", sent, "role-in-work", 0.7, obj=person), cue


ROLE_PLAYING_VERBS = {"play", "have", "take", "land", "get"}


def roles_in_the_work(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"A, B and C play significant roles in the film": the work a work noun stands for."""
    for noun in sent:
        if noun.lower_ not in ROLE_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ROLE_PLAYING_VERBS:
            continue
        work = _work_noun_of(ctx, noun.head)
        if work is None:
            continue
        for person in _role_holders(ctx, noun):
            yield relation(work, "actor", sent, "roles-in-the-work", 0.7, obj=person), noun


def listed_role_facts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"She is known for roles including A in W, B in V": actor, character and plays for each pair."""
    doc = ctx.doc
    for role in listed_roles(doc, ctx.lexicon, sent.start, sent.end):
        if doc[role.work[0]].ent_type_ != "Work" or doc[role.character[0]].ent_type_ != "Character":
            continue
        holder = role_holder(doc[role.noun])
        if holder is None:
            continue
        person = resolve(doc, *(ent_span(doc, holder.i) or (holder.i, holder.i + 1)))
        if doc[person[0]].ent_type_ != "Person":
            continue
        trigger = doc[role.noun]
        yield relation(role.work, "actor", sent, "role-list", 0.7, obj=person), trigger
        yield relation(role.work, "character", sent, "role-list", 0.7, obj=role.character), trigger
        yield relation(person, "plays", sent, "role-list", 0.7, obj=role.character), trigger


def starred_by(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"It is starred and produced by Tom Reyes", "The film is starred by A and B": actor."""
    doc = ctx.doc
    for verb in sent:
        if verb.lemma_.lower() != "star" or verb.tag_ != "VBN":
            continue
        agent = next((c for v in (verb, *[c for c in verb.conjuncts if c.i > verb.i])
                      for c in v.children if c.dep_ == "agent"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        if not objects:
            continue
        work = _credited_work(ctx, verb, sent)  # as "produced by" in the same clause
        for t in (objects[0], *objects[0].conjuncts):
            person = resolve(doc, *(ent_span(doc, t.i) or (t.i, t.i + 1)))
            if work is not None and doc[person[0]].ent_type_ == "Person":
                yield relation(work, "actor", sent, "starred-by", 0.75, obj=person), verb


def _work_noun_of(ctx: Context, verb: Token):
    """The work of the verb's "in the film" phrase; a named title is role_in_work_facts' job."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
            continue
        for obj in prep.children:
            definite = any(c.lower_ in ("the", "this") for c in obj.children)
            if obj.dep_ == "pobj" and not obj.ent_type_ and definite and (
                    obj.lower_ in ctx.lexicon.work_nouns or obj.lower_ in ctx.lexicon.work_cues):
                return nominal_work(ctx, obj)
    return None


def _role_cue(work: Token) -> Token | None:
    """Climb from a work through "in"/"on"/"such as"/lists to a role noun or acting verb."""
    node, seen_prep, steps = work, False, 0
    while steps < 7:
        steps += node.dep_ not in ("conj", "appos")  # a long list is one step, however long
        if node.dep_ not in ("pobj", "prep", "conj", "appos", "amod", "compound", "nmod", "dobj") \
                or node.head == node:
            return None
        head = node.head
        seen_prep = seen_prep or (node.dep_ == "prep" and node.lower_ in ("in", "on", "of")) \
            or (node.dep_ == "appos" and _has_in_phrase(head))  # "her roles in the films W (1995)"
        lemma = head.lemma_.lower()
        if seen_prep and (head.lower_ in ROLE_NOUNS or (head.pos_ == "VERB" and lemma in ROLE_IN_VERBS)):
            return head
        # "made his debut in W": the phrase hangs from the verb, the role is its object;
        # "known for her roles in series such as W": or the object of its "for".
        # ("made her film debut in W" may come out with "debut" a verb the parse hangs from "made")
        role = next((c for c in head.children if c.lower_ in ROLE_NOUNS and (
            c.dep_ == "dobj" or (c.dep_ == "ccomp" and c.lower_ == "debut"))), None) \
            or next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                     for o in p.children if o.dep_ == "pobj" and o.lower_ in ROLE_NOUNS), None)
        if seen_prep and head.pos_ == "VERB" and role is not None:
            return role
        node = head
    return None


def _has_in_phrase(noun: Token) -> bool:
    return noun.lower_ in ROLE_NOUNS and any(c.dep_ == "prep" and c.lower_ in ("in", "on") for c in noun.children)


def _role_holders(ctx: Context, cue: Token) -> list[tuple[int, int]]:
    """Who had the role: its possessor ("his role"), else the verb's subject(s) and partners."""
    doc = ctx.doc
    holders = [c for c in cue.children if c.dep_ == "poss"]
    if not holders:
        verb = cue if cue.pos_ == "VERB" else cue.head
        holders = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        holders += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                    for o in p.children if o.dep_ == "pobj"]
        holders = holders or _climbed_subjects(verb)
    people = []
    for token in holders:
        for t in (token, *_listed_with(token)):
            span = resolve(doc, *(ent_span(doc, t.i) or (t.i, t.i + 1)))
            if doc[span[0]].ent_type_ == "Person" and span not in people:
                people.append(span)
    return people


HOLDER_CLIMB = ("prep", "pobj", "pcomp", "conj", "ccomp", "xcomp", "advcl")


def _climbed_subjects(node: Token) -> list[Token]:
    """"She made her debut with a small role in W and had roles in V before being cast in U":
    the role's holder is the subject of a verb the phrase hangs from, a few links up."""
    for _ in range(5):
        if node.dep_ not in HOLDER_CLIMB or node.head == node:
            return []
        node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PRON", "PROPN")]
        if node.pos_ in ("VERB", "AUX") and subjects:
            return subjects
    return []


def _listed_with(token: Token) -> list[Token]:
    """The other members of "A, B, C and D": the parser links them as conjuncts or appositions."""
    members, stack = [], [token]
    while stack:
        node = stack.pop()
        for child in node.children:
            if child.dep_ in ("conj", "appos"):
                members.append(child)
                stack.append(child)
    return members


def defined_characters(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"X is a fictional character introduced in W", "X is the protagonist of W", "The protagonist is X"."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Character":
            continue
        noun = defining_noun(ent) or _defined_by(ent)
        if noun is None or ctx.lexicon.defining_nouns.get(noun.lower_) != "Character":
            continue
        works = [t for t in noun.subtree if t.ent_type_ == "Work" and t.i > noun.i]
        if works:
            work = resolve(doc, *ent_span(doc, works[0].i))
        elif any(c.lower_ == "the" for c in noun.children):
            work = ctx.topic  # "Ada Quill is the protagonist": of the work the article is about
        else:
            continue
        if work is not None:
            yield relation(work, "character", sent, "defined-character", 0.75, obj=(ent.start, ent.end)), noun


def followed_characters(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"The film follows Mara, a young nurse", "The story follows the adventures of Tamsk"."""
    doc = ctx.doc
    for ent in sent.ents:
        subject = plot_subject(ent.root, ctx.lexicon) if ent.label_ == "Character" else None
        if subject is None:
            continue
        work = _story_work(ctx, subject) if subject.pos_ == "NOUN" else resolve(
            doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
        if work is not None and doc[work[0]].ent_type_ == "Work":
            yield relation(work, "character", sent, "followed-character", 0.7, obj=(ent.start, ent.end)), subject.head


def _story_work(ctx: Context, noun: Token):
    """The work "the film" stands for; for "the episode's subplot", the episode."""
    work = nominal_work(ctx, noun)
    if work is None and noun.lower_ in ctx.lexicon.plot_nouns:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        work = nominal_work(ctx, owner) if owner is not None else ctx.topic
    return work


def kin_characters(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"He returns to his step-brother Tamsin": a character's kin is in the article's work."""
    for ent in sent.ents:
        if ent.label_ == "Character" and info_of(ent).get("rule") == "kin" and ctx.topic is not None:
            yield relation(ctx.topic, "character", sent, "kin-character", 0.6, obj=(ent.start, ent.end)), None


FEATURING_VERBS = {"feature", "include", "introduce"}


def characters_in_works(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Corvin had already appeared in A, B and C", "In W, Corvin becomes a monk",
    "In the play, king Varsha decides ...", "novels featuring the character Corvin"."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Character":
            continue
        root = ent.root
        while root.dep_ in ("conj", "appos") and root.head != root:
            root = root.head
        verb = root.head
        if root.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX"):
            story = story_setting(root, ctx.lexicon)
            told = _story_work(ctx, story) if story is not None and story.pos_ == "NOUN" else None
            for work in _works_in(doc, verb) or ([told] if told else []):
                yield relation(work, "character", sent, "character-in-work", 0.7, obj=(ent.start, ent.end)), verb
        elif root.dep_ == "dobj" and verb.lemma_.lower() in FEATURING_VERBS:
            work = governing_work(ctx, verb) or work_of_sentence(ctx, sent, near=verb)
            if work is not None:
                yield relation(work, "character", sent, "featured-character", 0.7, obj=(ent.start, ent.end)), verb


def _works_in(doc, verb: Token) -> list[tuple[int, int]]:
    """The works of the verb's "in" phrases: "appeared in A, B and C", "In W, ... becomes"."""
    works = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for t in (obj, *obj.conjuncts):
                span = ent_span(doc, t.i)
                if span and doc[span[0]].ent_type_ == "Work" and span not in works:
                    works.append(span)
    return works


def _defined_by(ent: Span) -> Token | None:
    """"The protagonist is Corvin": the subject noun of a copula whose attribute is the name."""
    root = ent.root
    if root.dep_ != "attr" or root.head.lemma_ != "be":
        return None
    return next((c for c in root.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


GENRE_NOUNS = {"dramedy", "comedy", "drama", "thriller", "vehicle", "sitcom", "romcom", "rom-com",
               "actioner", "horror", "musical", "biopic", "western"}


def star_vehicle_facts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"The Tom Reyes dramedy": a person named as the modifier of a genre noun stars in it."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Person" or len(ent) < 2 or ent.end >= sent.end or doc[ent.end].lower_ not in GENRE_NOUNS:
            continue
        noun = doc[ent.end]
        if ent.start == 0 or doc[ent.start - 1].lower_ not in ("the", "this", "a", "an"):
            continue
        work = resolve(doc, noun.i, noun.i + 1)
        work = work if doc[work[0]].ent_type_ == "Work" else ctx.topic
        if work is not None:
            yield relation(work, "actor", sent, "star-vehicle", 0.6, obj=(ent.start, ent.end)), None


def _joins_a_company(ctx: Context, verb: Token) -> bool:
    """"X joined HBO in May", "she joins the studio": a hire, not a cast."""
    return verb.lemma_.lower() == "join" and any(
        c.dep_ == "dobj" and (c.ent_type_ == "Organization" or c.lower_ in ctx.lexicon.organization_nouns)
        for c in verb.children)


def _fills_the_cast(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in CAST_NOUNS for c in verb.children)


def _subjects(doc, verb: Token) -> list[tuple[int, int]]:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    spans = []
    for subject in subjects:
        for t in (subject, *subject.conjuncts):
            span = ent_span(doc, t.i)
            if span and doc[span[0]].ent_type_ == "Person":
                spans.append(span)
    return spans


# An actor's earlier and coming work, as casting news lists it: "best known for
# W", "her recent credits include W and V", "recently wrapped W", "a veteran of
# W", "appeared opposite Y in W", "will next be seen in W".
CAREER_WORDS = {"known", "veteran", "credits", "wrap", "wraps", "wrapped", "wrapping", "see", "seen",
                "star", "stars", "starred", "starring", "appear", "appears", "appeared", "appearing",
                "alumnus", "alumna", "broke"}
# Nouns that make someone one of a work's cast: "a veteran of W", "star of W", 'a "Thaw" alumnus'.
MEMBER_NOUNS = {"veteran", "star", "alumnus", "alumna"}
# "best known for directing W": the credit is another one.
CREW_GERUNDS = {"direct", "write", "produce", "create", "develop", "co-write", "co-create", "helm", "pen"}


def career_credits(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Thorne is best known for the Viaplay series W", "Albright's recent credits include W and
    V", "Donnelly recently wrapped a run on W", "Lund is a veteran of W", "Venkat will next be
    seen opposite Mindy Lund in W", "Dunne, so good in W,": the person acted in each work named there."""
    doc = ctx.doc
    for token in sent:
        if token.lower_ not in CAREER_WORDS:  # before the lemma: most words are none of these
            if token.pos == ADJ and token.dep_ in ("amod", "appos") and token.head.ent_type_ == "Person":
                # "Dunne, so good as a weary detective in the HBO series W," "Matsuda, so memorable in W,"
                holders, scope = _person_beside(doc, token), _in_phrases(token)
            else:
                continue
        elif token.tag_ == "NNS" and token.dep_ == "appos" and token.head.ent_type_ == "Person":
            # "Dunne next stars in W": the parser takes "stars" for a noun in apposition
            holders, scope = _person_beside(doc, token), _in_phrases(token)
        elif (lemma := token.lemma_.lower()) == "known" or (lemma == "know" and token.tag_ == "VBN"):
            holders, scope = _career_holders(ctx, token), [p for p in token.children if p.lower_ == "for"]
        elif lemma in MEMBER_NOUNS and token.pos_ == "NOUN" and token.dep_ in ("attr", "appos"):
            # "Lund is a veteran of W", "Okonkwo-Reyes, star of the BBC series W", 'X, a "Thaw" alumnus'
            holders, scope = _member_holders(ctx, token), _member_scope(token)
        elif lemma == "credit" and token.dep_ == "nsubj" and token.head.lemma_ == "include":
            holders = [resolve(doc, *s) for s in [_possessor(doc, token)] if s]
            scope = [c for c in token.head.children if c.dep_ == "dobj"]
        elif lemma in ("wrap", "see") and token.pos_ == "VERB":
            holders, scope = _career_holders(ctx, token), [c for c in token.children if c.dep_ in ("dobj", "prep")]
        elif lemma in ("star", "appear") and token.pos_ == "VERB":  # "starred in W and the release V"
            holders, scope = _career_holders(ctx, token), [p for p in token.children if p.lower_ == "in"]
        elif lemma == "break" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            # "Han, who broke out in Netflix's 'Paper Lanterns'"
            holders, scope = _career_holders(ctx, token), [p for p in token.children if p.lower_ == "in"]
        else:
            continue
        works = [w for node in scope for w in _works_under(doc, node) if not _under_crew_verb(doc, w, node)]
        if not works:
            continue
        holders = [h for h in holders if not _defined_off_screen(doc, h)]
        partners = [ent_span(doc, o.i) for p in token.children if p.lower_ == "opposite"
                    for o in p.children if o.dep_ == "pobj"]
        for person in holders + [p for p in partners if p and doc[p[0]].ent_type_ == "Person"]:
            for work in works:
                yield relation(work, "actor", sent, "career-credit", 0.6, obj=person), token


# What an article may call someone it then says is "best known for W" without acting in it.
OFF_SCREEN = {"writer", "novelist", "author", "director", "filmmaker", "producer", "screenwriter",
              "playwright", "poet", "composer", "showrunner", "creator", "executive", "journalist", "critic"}


def _defined_off_screen(doc, person: tuple[int, int]) -> bool:
    """"Ernest Lind is an American novelist ...": the doc defines the person as no performer."""
    name = doc[person[0]:person[1]].text
    for ent in doc.ents:
        if ent.label_ == "Person" and ent.text == name:
            noun = defining_noun(ent)
            if noun is not None:
                return noun.lower_ in OFF_SCREEN
    return False


def _member_holders(ctx: Context, noun: Token) -> list[tuple[int, int]]:
    """Who the noun describes: the name it stands beside ("Okonkwo-Reyes, star of W"), or the
    clause's subject ("Lund is a veteran of W")."""
    if noun.dep_ == "appos" and noun.head.ent_type_ == "Person":
        return _person_beside(ctx.doc, noun)
    return _career_holders(ctx, noun.head if noun.dep_ == "attr" else noun)


def _person_beside(doc, word: Token) -> list[tuple[int, int]]:
    """The person a word qualifies or stands in apposition to: "Dunne, so good in W,"."""
    return [resolve(doc, *ent_span(doc, word.head.i))]


def _member_scope(noun: Token) -> list[Token]:
    """"of W", or the title before an alumnus: 'a "Thaw" alumnus'."""
    scope = [p for p in noun.children if p.lower_ == "of"]
    if noun.lower_ in ("alumnus", "alumna"):
        scope += [c for c in noun.children if c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ == "Work"]
    return scope


def _in_phrases(word: Token) -> list[Token]:
    """The "in" phrases of a word, also through its "as": "good as a detective in W"."""
    preps = [c for c in word.children if c.dep_ == "prep"]
    preps += [p for a in preps if a.lower_ == "as" for o in a.children for p in o.children if p.dep_ == "prep"]
    return [p for p in preps if p.lower_ == "in"]


def _under_crew_verb(doc, work: tuple[int, int], scope: Token) -> bool:
    """"known for directing W" is another credit; "seen in W, a film directed by X" is not."""
    node = doc[work[0]:work[1]].root
    while node != scope and node.head != node:
        node = node.head
        if node.lemma_.lower() in CREW_GERUNDS:
            return True
    return False


def _career_holders(ctx: Context, word: Token) -> list[tuple[int, int]]:
    """The person a career phrase is about: the clause's subject, a "who"'s antecedent, or the
    name a participle qualifies ("Dunne, last seen in W,")."""
    doc = ctx.doc
    node = word
    while node.dep_ in ("acomp", "xcomp", "attr", "auxpass") and node.head != node:
        node = node.head
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and node.dep_ == "acl" and node.head.ent_type_ == "Person":
        subject = node.head
    if subject is None:
        return []
    if subject.lower_ == "who" and node.dep_ == "relcl":
        subject = node.head
    span = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
    return [span] if doc[span[0]].ent_type_ == "Person" else []


def _possessor(doc, noun: Token):
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    span = ent_span(doc, owner.i) or (owner.i, owner.i + 1)
    return span if doc[resolve(doc, *span)[0]].ent_type_ == "Person" else None


def _works_under(doc, node: Token) -> list[tuple[int, int]]:
    """The works named in a phrase, once each: "the Viaplay crime series W", "W and the feature V"."""
    works = []
    for t in node.subtree:
        span = ent_span(doc, t.i) if t.ent_type_ == "Work" else None
        if span and span not in works and info_of(doc[span[0]:span[1]]).get("subtype") != "Season":
            works.append(span)
    return works
