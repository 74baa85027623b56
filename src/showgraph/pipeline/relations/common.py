"""What every relation rule needs: entity spans, the work a sentence is about, records.

A relation record is a plain dict on ``doc._.sg_relations``::

    {"s": [3, 5], "p": "actor", "o": [9, 11], "v": None, "rule": "starring",
     "c": 0.8, "ev": [0, 14], "tense": None}

``s`` and ``o`` are token spans that may be anaphors ("she", "the series");
extraction resolves them through ``doc._.sg_coref``. ``ev`` is the evidence
(the sentence's token span).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from showgraph.pipeline.coref import in_brackets, named_as_part, resolve, roundup_entry
from showgraph.pipeline.doc_data import ent_span  # noqa: F401  (re-exported for the rules)
from showgraph.pipeline.doc_data import doc_tokens, first_line_break, info_of, latest_doc_memo, photo_caption_end
from showgraph.pipeline.lexicon import Lexicon
from showgraph.pipeline.titles import (  # noqa: F401  (credit_aside re-exported for the rules)
    CLOSE_QUOTES, OPEN_QUOTES, credit_aside, credit_label, source_title,
)

SpanT = tuple[int, int]


@dataclass
class Context:
    """Per-document state the rules share."""

    doc: Doc
    lexicon: Lexicon
    topic: SpanT | None


def relation(subject: SpanT, predicate: str, sent: Span, rule: str, confidence: float,
             obj: SpanT | None = None, value: Any = None, tense: str | None = None) -> dict:
    return {"s": list(subject), "p": predicate, "o": list(obj) if obj else None, "v": value,
            "rule": rule, "c": confidence, "ev": [sent.start, sent.end], "tense": tense}


def label_of(doc: Doc, span: SpanT) -> str:
    """The entity label a span resolves to ("she" -> the character's label)."""
    start, end = resolve(doc, *span)
    return doc[start].ent_type_


RELATIVE_PRONOUNS = {"who", "which", "that"}


def prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the token's prepositions in ``preps``: "from B" -> B."""
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps
            for o in p.children if o.dep_ == "pobj"]


def clause_subject(verb: Token) -> Token | None:
    """The token naming who or what does ``verb``.

    Its own subject; for a relative clause's "who" or "which", the noun the
    clause hangs from ("Ada, who joined B"); for a verb with none, a
    coordinated verb's ("joined B and later ran C") or, for "is leaving to
    join C", the governing verb's.
    """
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        governs = verb.pos_ in ("VERB", "AUX") and verb.head != verb and (verb.dep_ == "conj" or (
            verb.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.head.children)))
        return clause_subject(verb.head) if governs else None  # not "hired A to run B": A runs it
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def finite_or_progressive(verb: Token) -> bool:
    """"produces", "produced", "will produce" or "is producing": a verb that states a fact,
    not a participle or a bare infinitive."""
    if verb.tag_ in ("VBZ", "VBP", "VBD") or (verb.tag_ == "VB" and any(c.lower_ == "will" for c in verb.children)):
        return True  # "produces", "produced", "will produce"
    # "is producing"; "is executive producing", where the parser takes "is" for the verb
    return verb.tag_ == "VBG" and (any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
                                   or (verb.dep_ == "acomp" and verb.head.lemma_ == "be"))


def entities_in(sent: Span, labels: tuple[str, ...]) -> list[SpanT]:
    return [(e.start, e.end) for e in sent.ents if e.label_ in labels]


def with_conjuncts(doc: Doc, token: Token, labels: tuple[str, ...]) -> list[SpanT]:
    """The entities of a token and of its coordinated siblings ("A, B and C")."""
    spans = []
    for t in (token, *token.conjuncts):
        span = ent_span(doc, t.i)
        if span and doc[span[0]].ent_type_ in labels and span not in spans:
            spans.append(span)
    return spans


QUOTES = OPEN_QUOTES | CLOSE_QUOTES


def list_entities(doc: Doc, start: int, stop: int, labels: tuple[str, ...]) -> list[SpanT]:
    """Entities in a run of "A, B, C and D" from token ``start``, stopping at other words."""
    spans, i = [], start
    while i < stop:
        token = doc[i]
        span = ent_span(doc, i)
        if span and token.ent_type_ in labels:
            spans.append(span)
            i = span[1]
        elif token.lower_ in (",", "and", "&", "as", "well", "also", "both") or token.is_space \
                or token.text in QUOTES or token.text == "'":  # "“A,” “B” and “C”", "'A' and 'B'"
            i += 1
        else:
            break
    return spans


def work_of_sentence(ctx: Context, sent: Span, near: Token | None = None) -> SpanT | None:
    """The work a sentence's fact belongs to: a work named in it, else "the series" (or "it"), else
    the roundup entry it is under, else the work the paragraph was about, else the topic."""
    doc = ctx.doc
    works = [(e.start, e.end) for e in sent.ents if e.label_ == "Work" and not credit_aside(doc, e.start)
             and not source_title(doc, e.start) and not credit_label(doc, e.end) and not _followed_up(e)]
    if near is not None:
        works = [w for w in works if not _aside_clause_work(doc[w[0]:w[1]].root, near)
                 and not _in_opening_aside(doc, w, near)]
        if works:
            return min(works, key=lambda w: abs(w[0] - near.i))
    if works:
        return works[0]
    for token in sent:
        lower = token.lower_
        if lower == "it" or (  # "it" is linked only when it stands for a work
                lower in ctx.lexicon.work_nouns and not token.ent_type_ and not _labels_a_title(doc, token)):
            target = resolve(doc, token.i, token.i + 1)
            if target != (token.i, token.i + 1):
                return target
    return roundup_entry(doc, sent) or subject_work_before(doc, sent) or ctx.topic


def subject_work_before(doc: Doc, sent: Span) -> SpanT | None:
    """The work a main clause of this paragraph or the one before was about ("The Understudies
    will return in May. ... Returning cast members include A (Jasper)"): the last work that is
    the subject of its sentence's main verb. Not on a page about one work (its title its first
    line, as an encyclopedia's), where the rest of the page is about that work."""
    if _titled_page(doc):
        return None
    starts = _paragraph_starts(doc)
    paragraph = bisect_right(starts, sent.start)
    for start, work in reversed(_subject_works(doc)):
        if start < sent.start:
            return work if paragraph - bisect_right(starts, start) <= 1 else None
    return None


@latest_doc_memo
def _subject_works(doc: Doc) -> list[tuple[int, SpanT]]:
    """(start, work) of each work that is the subject of its sentence's main verb; not "W
    (Korean: V) is a film", where the parser's subject may be V, nor an episode."""
    ents = doc.ents
    return [(ent.start, resolve(doc, ent.start, ent.end)) for ent in ents
            if ent.label_ == "Work" and ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.dep_ == "ROOT"
            and info_of(ent).get("subtype") != "Season" and not credit_aside(doc, ent.start)
            and not in_brackets(doc, ent) and not _an_episode(doc, ent, ents)]


@latest_doc_memo
def _paragraph_starts(doc: Doc) -> list[int]:
    return [t.i + 1 for t in doc_tokens(doc) if "\n\n" in t.text or "\n\n" in t.whitespace_]


def _an_episode(doc: Doc, ent: Span, ents: tuple[Span, ...]) -> bool:
    """Some mention of the work names it an episode: "Episode 5: ‘Ashes on the Water’"."""
    return any(named_as_part(doc, other)
               or any(t.lower_ == "episode" for t in doc[max(0, other.start - 4):other.start])
               for other in ents if other.text == ent.text)


def _titled_page(doc: Doc) -> bool:
    """The text's first line is a work's title and nothing else ("The Hollow Fjord", "X (film)")."""
    first = ent_span(doc, 0) if len(doc) and doc[0].ent_type_ == "Work" else None
    end = first_line_break(doc)
    return first is not None and end is not None and (first[1] == end or doc[first[1]].text == "(")


# Nouns that make the work after "to"/"of" an earlier one: "A sequel to W, it stars ...".
FOLLOW_UP_NOUNS = {"sequel", "prequel", "follow-up", "remake", "spin-off", "spinoff", "reboot"}


def _followed_up(work: Span) -> bool:
    """The work is what a sequel or remake follows ("a sequel to W"), not the work the
    sentence's facts are about."""
    prep = work.root.head
    return work.root.dep_ == "pobj" and prep.lower_ in ("to", "of") and prep.head.lower_ in FOLLOW_UP_NOUNS


def _aside_clause_work(work: Token, near: Token) -> bool:
    """"Mae Underhill, who made her debut in "Red Kite", is attached to star as Yaa": a
    work inside a who-clause about the sentence's subject is an aside on that person,
    not what a fact (at ``near``) outside the clause is about."""
    for clause in work.ancestors:
        if clause.dep_ == "relcl" and clause.head.ent_type_ == "Person" \
                and clause.head.dep_ in ("nsubj", "nsubjpass"):
            return not clause.left_edge.i <= near.i <= clause.right_edge.i
    return False


def _labels_a_title(doc: Doc, noun: Token) -> bool:
    """"the film Blackwater Lane", "the Netflix thriller series W": the noun names the kind
    of the title after it, not an earlier work."""
    return noun.i + 1 < len(doc) and doc[noun.i + 1].ent_type_ == "Work" and doc[noun.i + 1].ent_iob_ == "B"


def _in_opening_aside(doc: Doc, work: SpanT, near: Token) -> bool:
    """"Sallis, a BAFTA nominee for W, stars as Y", "Adeyemi, who broke out in W, will star as
    Y": a work between the commas after the name opening the sentence is an aside on that
    person, whatever the parser made of it, and no fact after the aside is about it."""
    sent = doc[work[0]].sent
    first = doc[sent.start]
    if first.ent_type_ != "Person" or not sent.start < work[0] < near.i:
        return False
    name_end = next((t.i for t in doc[sent.start:work[0]] if t.ent_iob_ != "I" and t.i > sent.start), None)
    if name_end is not None:
        name_end = photo_caption_end(doc, name_end) or name_end  # "Adeyemi (pictured), who ..."
    if name_end is None or doc[name_end].text != ",":
        return False
    closing = next((t.i for t in doc[work[1]:near.i] if t.text == ","), None)
    return closing is not None and all(t.text != "," for t in doc[name_end + 1:work[0]])


def name_before(doc: Doc, copula: Token) -> SpanT | None:
    """A title the parser did not take for the subject ("Salt & Ember is a game"): the name right before."""
    i = copula.i - 1
    # Quotes, a bracket, the line break after a title that ends in "?" or "!".
    while i >= 0 and (doc[i].text in "\"'”’)?!" or doc[i].is_space):
        i -= 1
    return ent_span(doc, i) if i >= 0 else None


def verb_read_as_noun(token: Token, present_forms: set[str]) -> bool:
    """A present-tense verb the small model tagged a plural noun.

    Headline grammar drops the article that would tell a verb from a noun:
    "Harrow Lane debuts Friday", "Northwind names Joanna Kessler president".
    Each rule passes the verb forms it reads (``present_forms``, lower case).
    """
    return token.lower_ in present_forms and token.tag_ == "NNS"


def hyphenated_word(token: Token) -> str:
    """The lower-case word a hyphen joins, which the tokenizer splits: "line-up", "co-production"."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return token.lower_


def tense_of(verb: Token) -> str | None:
    """Future for "will premiere" / "is set to premiere", past for "premiered"."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    head = verb.head
    if words & {"will", "'ll", "shall"} or (verb.dep_ == "xcomp" and head.lemma_ in ("set", "slate", "schedule", "expect", "due")):
        return "future"
    if verb.tag_ in ("VBD", "VBN") or words & {"has", "have", "had", "did", "was", "were"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP"):
        return "future"
    return None


def nominal_work(ctx: Context, token: Token, topic_fallback: bool = True):
    """The work a noun stands for: "the film W" -> W, "W is a film ..." -> W, "the series" or "it" -> its referent."""
    doc = ctx.doc
    if token.lower_ == "it":
        target = resolve(doc, token.i, token.i + 1)
        return target if doc[target[0]].ent_type_ == "Work" else None
    for child in token.children:
        span = ent_span(doc, child.i)
        if child.dep_ in ("appos", "npadvmod", "compound") and span and doc[span[0]].ent_type_ == "Work":
            return span
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "Work":
        return ent_span(doc, token.i + 1)
    apposed = _apposed_after_comma(doc, token.i + 1)
    if apposed is not None:  # 'Next Sunday's episode, "Salt of the Earth," is directed by X'
        return apposed
    # "last night's episode of Copper Saints": credits go to the series.
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in prep.children:
            span = ent_span(doc, obj.i)
            if span and doc[span[0]].ent_type_ == "Work":
                return span
    if token.dep_ == "attr":
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        span = ent_span(doc, subject.i) if subject is not None else name_before(doc, token.head)
        if span and doc[span[0]].ent_type_ == "Work":
            return span
    if token.lower_ in ctx.lexicon.work_nouns or token.lower_ in ctx.lexicon.work_cues:
        target = resolve(doc, token.i, token.i + 1)
        if target != (token.i, token.i + 1):
            return target
        return title_before_description(doc, token) or (ctx.topic if topic_fallback else None)
    return None


def _apposed_after_comma(doc: Doc, i: int) -> SpanT | None:
    """A title set off after a noun by a comma and quotes: 'the episode, "W,"'."""
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and doc[i].text in OPEN_QUOTES:
        i += 1
    if i < len(doc) and doc[i].ent_type_ == "Work" and doc[i].ent_iob_ == "B" and doc[i - 1].text in OPEN_QUOTES:
        return ent_span(doc, i)
    return None


def title_before_description(doc: Doc, noun: Token) -> SpanT | None:
    """'"Ashes of Monday" (1968), a drama directed by X': the title an indefinite
    description follows, past its bracket ("(1968)", "(South Korea)") and quotes."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return None
    i = noun.left_edge.i - 1
    if i < 1 or doc[i].text != ",":
        return None
    i -= 1
    if doc[i].text == ")":  # "(1968)", "(South Korea)"
        opening = next((j for j in range(i - 1, max(i - 8, 0), -1) if doc[j].text == "("), None)
        i = opening - 1 if opening is not None else i
    while i >= 0 and doc[i].text in CLOSE_QUOTES:
        i -= 1
    return ent_span(doc, i) if i >= 0 and doc[i].ent_type_ == "Work" else None


# Links a list member or a participle climbs to reach what it describes.
GOVERNED_BY = ("dobj", "pobj", "conj", "acl", "relcl", "appos", "prep", "agent", "xcomp")


def governing_work(ctx: Context, token: Token) -> SpanT | None:
    """The work a phrase hangs from, through the parse.

    "X, a film directed by A and starring B": B's phrase hangs from "film",
    which stands for X; "It stars B": the clause's subject. None when the
    phrase hangs from anything else, such as a person's clause.
    """
    doc = ctx.doc
    own = ent_span(doc, token.i)
    start = doc[own[0]:own[1]].root if own else token  # a name: from its head word
    node = start
    for _ in range(8):
        if node != start:
            span = ent_span(doc, node.i)
            if span and doc[span[0]].ent_type_ == "Work":
                return span
            if _is_work_noun(ctx, node):
                return _described_work(ctx, node)
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if node.pos_ in ("VERB", "AUX") and subject is not None:
            return _work_subject(ctx, subject)
        if node.dep_ not in GOVERNED_BY or node.head == node:
            return None
        node = node.head
    return None


def _work_subject(ctx: Context, subject: Token) -> SpanT | None:
    doc = ctx.doc
    if _is_work_noun(ctx, subject):
        return _described_work(ctx, subject)
    span = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
    return span if doc[span[0]].ent_type_ == "Work" else None


def _is_work_noun(ctx: Context, token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lower_ in ctx.lexicon.work_nouns or token.lower_ in ctx.lexicon.work_cues)


def aside_credit(doc, person: tuple[int, int]) -> tuple[int, int] | None:
    """The work in a bracket right after a person's name: 'Tom Reyes ("Harrow Lane")'."""
    i = person[1]
    if i + 2 >= len(doc) or doc[i].text != "(":
        return None
    j = i + 1 + (doc[i + 1].text in "\"“'‘")
    span = ent_span(doc, j) if doc[j].ent_type_ == "Work" else None
    if span is None:
        return None
    k = span[1] + (span[1] < len(doc) and doc[span[1]].text in "\"”'’")
    return span if k < len(doc) and doc[k].text == ")" else None


def aside_credits(doc, person: tuple[int, int]) -> list[tuple[int, int]]:
    """Every work in a bracket of credits right after a person's name: 'Tom Reyes ("Harrow
    Lane")', "Calloway (The Quiet Shore, Netflix's Dunmore)"; none if anything else is in it."""
    i = person[1]
    if i + 2 >= len(doc) or doc[i].text != "(":
        return []
    works, j = [], i + 1
    while j < len(doc) and doc[j].text != ")":
        if doc[j].ent_type_ == "Work" and doc[j].ent_iob_ == "B":
            works.append(ent_span(doc, j))
            j = works[-1][1]
        elif doc[j].text in ",\"“”'‘’" or doc[j].lower_ in ("'s", "’s", "and") or doc[j].ent_type_ == "Organization":
            j += 1  # separators, and a network's possessive: "Netflix's Dunmore"
        else:
            return []
    return works if j < len(doc) else []


# Verbs of making that tell what a bracketed credit was: 'A ("W") will direct' -> directed W.
MAKING_VERBS = {"direct": "director", "helm": "director", "write": "writer", "pen": "writer"}


def making_verb_of_subject(name: Token) -> Token | None:
    """The direct or write verb the name is the subject of, itself or through "is set to",
    "has been tapped to": "A is directing", "A has been hired to write" (the brackets may
    leave the name an unlabelled dependent before the verb)."""
    if name.dep_ not in ("nsubj", "nsubjpass") and not (name.dep_ == "dep" and name.i < name.head.i):
        return None
    verb: Token | None = name.head
    for _ in range(3):
        if verb is None or verb.lemma_.lower() in MAKING_VERBS:
            return verb
        verb = next((c for c in verb.children if c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))), None)
    return None


def named_organisation(doc: Doc, token: Token) -> SpanT | None:
    """The organisation a word names: itself, or the name apposed to it ("the production trio Night Ferry")."""
    for candidate in (token, *(c for c in token.children if c.dep_ == "appos")):
        span = ent_span(doc, candidate.i)
        if span and doc[span[0]].ent_type_ == "Organization":
            return span
    return None


def apposed_title(doc: Doc, noun: Token) -> SpanT | None:
    """The title a noun stands in apposition to: 'W, the X-directed film', '"Saltwort," the
    2016 novel by X'."""
    span = ent_span(doc, noun.head.i) if noun.dep_ == "appos" else None
    return span if span and doc[span[0]].ent_type_ == "Work" else None


def _described_work(ctx: Context, noun: Token) -> SpanT | None:
    """"X, a film ...": X; "His first film, Brackwater,": Brackwater; "the film": its referent (not a guess)."""
    return apposed_title(ctx.doc, noun) or nominal_work(ctx, noun, topic_fallback=False)
