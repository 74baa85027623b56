"""Coreference: what "Andreeva", "she", "the series" and "the streamer" refer to.

Rules, in the order they are tried for each mention:

- a surname, first name or shortened title refers to the one full name in
  the article that contains it ("Lind" -> "Mara Lind", "Ada" ->
  "Better Ask Ada"); when two full names share it, it refers to neither;
- he, she, him, her, his refer to the last person or character named as a
  clause's subject in this or the two previous sentences, else the last named;
- "it" as a subject refers to the work last named as a subject, else the
  article's topic (not when a company was the last subject);
- "the series", "the film" refer to the last work named, or the article's
  topic; "the streamer", "the network" to the last such organisation;
  "the actor" to the last person.

The article's topic is the work named most often, with the headline and
first sentence counting extra.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from showgraph.names import normalize_name
from showgraph.pipeline.doc_data import (
    doc_tokens, ent_span, entity_info, first_line_break, info_of, latest_doc_memo, span_key,
)
from showgraph.pipeline.lexicon import Lexicon
from showgraph.pipeline.titles import OPEN_QUOTES, credit_aside, labels_someone, source_title

TYPED = ("Person", "Character", "Organization", "Work")
PRONOUN_WINDOW = 2
# How far back "the series" may still mean a work named as a clause's subject.
SUBJECT_WINDOW = 4
SOURCE_CUES = {("based", "on"), ("adaptation", "of"), ("adapted", "from"), ("remake", "of")}
NOMINAL_DETERMINERS = {"the", "this", "that", "its", "their"}


class Coreference:
    """Writes ``doc._.sg_coref`` and ``doc._.sg_topic``."""

    def __init__(self, nlp: Language, name: str = "showgraph_coref") -> None:
        self.name = name
        self.lexicon = Lexicon.load()

    def __call__(self, doc: Doc) -> Doc:
        links: dict[str, list[int]] = {}
        ents = doc.ents  # doc.ents builds every Span anew: once a Doc, not once a use
        full_names = _full_names(ents)
        # A name the text gives as a work of its own ("Brackwater (2016)", the page's title
        # line) is never short for a longer one, wherever it recurs.
        standalone = {normalize_name(e.text) for e in ents
                      if e.label_ == "Work" and (info_of(e).get("rule") in OWN_TITLE_RULES or _page_title(e))}
        for ent in ents:
            if ent.label_ == "Work" and normalize_name(ent.text) in standalone:
                continue
            target = _name_part_target(ent, full_names)
            if target is not None:
                links[span_key(ent.start, ent.end)] = list(target)
        doc._.sg_coref = links  # pronouns below resolve through name parts
        topic = _topic(doc, links)
        doc._.sg_topic = list(topic) if topic else None
        for token in doc_tokens(doc):
            target = self._anaphor_target(doc, ents, token, topic)
            if target is not None:
                links[span_key(token.i, token.i + 1)] = list(target)
        return doc

    def _anaphor_target(self, doc: Doc, ents: tuple[Span, ...], token: Token,
                        topic: tuple[int, int] | None) -> tuple[int, int] | None:
        if token.ent_type_:
            return None
        lower = token.lower_
        if lower in self.lexicon.person_pronouns:
            return _salient_entity(doc, ents, token, ("Person", "Character"), PRONOUN_WINDOW)
        if lower == "its":
            return last_entity(doc, ents, token, ("Work",), PRONOUN_WINDOW) or topic
        if lower == "it" and token.dep_ in ("nsubj", "nsubjpass"):
            return _work_subject_antecedent(doc, ents, token, topic)
        if token.pos_ != "NOUN" or not _definite(token):
            return None
        if any(c.dep_ == "poss" and c.pos_ == "NOUN" and not c.ent_type_ for c in token.children):
            return None  # "the troupe's revival": a thing in the story, not a work the text named
        if _title_follows(doc, token.i + 1):
            return None  # "the docuseries “Ring of Fire”": a new work, named right here
        if lower in self.lexicon.work_nouns:
            near = self._work_antecedent(doc, ents, token)
            if near is None and lower in WHOLE_WORK_NOUNS:  # further back, a subject only
                near = self._work_antecedent(doc, ents, token, SUBJECT_WINDOW, subjects_only=True)
            return near or topic
        if lower in self.lexicon.organization_nouns:
            return last_entity(doc, ents, token, ("Organization",), None)
        if lower in self.lexicon.person_anaphors:
            return last_entity(doc, ents, token, ("Person",), PRONOUN_WINDOW)
        return None


    def _work_antecedent(self, doc: Doc, ents: tuple[Span, ...], token: Token,
                         window: int = PRONOUN_WINDOW, subjects_only: bool = False
                         ) -> tuple[int, int] | None:
        """The last work named in this or the two previous sentences that "the series" can mean.

        A source ("based on the podcast 'X'") and one item of a filmography
        list ("X (2014), Y (2019) and Z (2022)") are not what "the film" means
        next. Further back, a work the text was about (a clause's subject)
        still is; without one, "the series" is the article's topic.
        """
        floor = _window_start(token, window)
        for ent in reversed(ents):
            if ent.end > token.i or ent.label_ != "Work":
                continue
            if ent.start < floor:
                return None
            if subjects_only and not _sentence_subject(doc, ent):
                continue
            if token.lower_ == "episode" and _series_of_a_part(ent):
                continue
            if (token.lower_ in SERIES_NOUNS and named_as_part(doc, ent)) or credit_aside(doc, ent.start) \
                    or source_title(doc, ent.start) or _whose_work(doc, ent):
                continue  # an episode; "created by A (“Fjordline”)": A's earlier credit; "the novel “W”"
            if not self._source_mention(doc, ent) and _works_in_sentence(ent, ents) < 3:
                return resolve(doc, ent.start, ent.end)
        return None

    def _source_mention(self, doc: Doc, ent: Span) -> bool:
        if _after_source_cue(doc, ent):
            return True
        before = [t for t in doc[max(0, ent.start - 6):ent.start] if not t.is_punct]
        cue = next((t for t in reversed(before) if t.pos_ == "NOUN"), None)
        return cue is not None and self.lexicon.work_cues.get(cue.lower_) == "Other"


def _whose_work(doc: Doc, ent: Span) -> bool:
    """"Directed by A, whose 2019 debut “W” announced ..., the film", "written by A, who also
    created “W”": a person's other work, named in a clause about them, is not what "the
    film" after it means."""
    if any(a.dep_ == "relcl" and a.head.ent_type_ == "Person" for a in ent.root.ancestors):
        return True
    for token in reversed(doc[max(ent.sent.start, ent.start - 6):ent.start]):
        if token.lower_ == "whose":
            return True
        if token.is_punct and token.text not in OPEN_QUOTES:
            return False
    return False


def _sentence_subject(doc: Doc, ent: Span) -> bool:
    """A clause's subject, or the name that opens its sentence (the parser often makes
    a quoted title there the root: '"Harrow Fen," which was created by ..., debuted')."""
    opening = ent.sent.start + (doc[ent.sent.start].text in OPEN_QUOTES)
    return ent.root.dep_ in ("nsubj", "nsubjpass") or ent.start == opening


def _series_of_a_part(ent: Span) -> bool:
    """"the second episode of (the new season of) W": W is the series, not the episode."""
    return any(a.lower_ in ("episode", "season", "episodes") for a in ent.root.ancestors)


SERIES_NOUNS = {"series", "show", "sitcom", "drama", "miniseries"}
# Nouns for a whole work, which an episode named as a subject further back is not
# ("has spent the season", "the hour" in a recap are the series').
WHOLE_WORK_NOUNS = SERIES_NOUNS | {"film", "movie"}
PART_NOUNS = {"episode", "finale", "premiere", "pilot", "installment", "instalment"}


def named_as_part(doc: Doc, ent: Span) -> bool:
    """"the season four finale 'Paper Moon'": an episode, which "the series" never means."""
    before = [t for t in doc[max(0, ent.start - 3):ent.start] if not t.is_punct]
    return bool(before) and before[-1].lower_ in PART_NOUNS


def _works_in_sentence(ent: Span, ents: tuple[Span, ...]) -> int:
    sent = ent.sent  # its own .ents would build every entity Span of the Doc again
    return sum(1 for e in ents if e.label_ == "Work" and sent.start <= e.start and e.end <= sent.end)


def resolve(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Follow coreference links from a span to the entity it names (or itself)."""
    links = doc._.sg_coref or {}
    seen = set()
    while span_key(start, end) in links and (start, end) not in seen:
        seen.add((start, end))
        start, end = links[span_key(start, end)]
    return start, end


def _title_follows(doc: Doc, i: int) -> bool:
    if i < len(doc) and doc[i].text in OPEN_QUOTES:
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "Work" and doc[i].ent_iob_ == "B"


def _definite(token: Token) -> bool:
    """"the series", "the Hulu drama", "its sixth season": not "a series"."""
    return any(c.lower_ in NOMINAL_DETERMINERS or c.dep_ == "poss" for c in token.children)


def _full_names(ents: tuple[Span, ...]) -> dict[str, list[tuple[Span, list[str]]]]:
    """Multi-word names by type, in order, each with its normalised words."""
    names: dict[str, list[tuple[Span, list[str]]]] = {}
    for ent in ents:
        # A series is not a shortened name of its season.
        if ent.label_ in TYPED and len(ent) >= 2 and info_of(ent).get("subtype") != "Season":
            names.setdefault(ent.label_, [])
            text = ent.text
            if all(n.text != text for n, _ in names[ent.label_]):
                names[ent.label_].append((ent, normalize_name(text).split()))
    return names


# Title finders whose titles are works of their own, not shortened names.
OWN_TITLE_RULES = ("title-year", "title-line")


def _name_part_target(ent: Span, full_names: dict[str, list[tuple[Span, list[str]]]]
                      ) -> tuple[int, int] | None:
    """The one longer name of the same type that this mention is part of.

    A title with its own evidence ("Brackwater (2016)") is a work of its own,
    not a shortening of a longer title that happens to contain it.
    """
    # A known organisation is one of its own: "BBC" is not short for "BBC Two".
    if ent.label_ not in TYPED or info_of(ent).get("rule") in (*OWN_TITLE_RULES, "gazetteer") \
            or _named_as_source(ent):  # "based on the anime series Stardust", in the page of "Stardust: Run"
        return None
    words = normalize_name(ent.text).split()
    if not words:
        return None
    if ent.label_ == "Work" and any(_sequel_of(words, full) for _, full in full_names.get("Work", [])):
        return None
    # A surname or first name refers back to a full name already given, not ahead.
    owners = {n.text: n for n, full in full_names.get(ent.label_, [])
              if len(full) > len(words) and _part_of(words, full, ent.label_)
              and (n.start < ent.start or ent.label_ == "Work") and not _named_as_source(n)}
    if len(owners) != 1:
        return None
    owner = next(iter(owners.values()))
    return (owner.start, owner.end)


def _page_title(ent: Span) -> bool:
    """The name is the article's whole first line, or all of it before a bracket: "X (film)".
    A title line the opening sentence retyped has lost its rule, not its standing."""
    end = first_line_break(ent.doc)
    return ent.start == 0 and end is not None and (ent.end == end or ent.doc[ent.end].text == "(")


def _named_as_source(ent: Span) -> bool:
    """"based on the graphic novel “Moth Lantern: The Descent”": a source, whose title the
    adaptation's shorter one ("Moth Lantern") shares without being short for it."""
    return ent.label_ == "Work" and (source_title(ent.doc, ent.start) or _after_source_cue(ent.doc, ent))


def _after_source_cue(doc: Doc, ent: Span) -> bool:
    """"based on ...", "an adaptation of ..." in the six words before the name."""
    words = [t.lower_ for t in doc[max(0, ent.start - 6):ent.start] if not t.is_punct]
    return any(pair in zip(words, words[1:]) for pair in SOURCE_CUES) or _under_source_cue(ent.root)


def _under_source_cue(root: Token) -> bool:
    """"a remake of Aasheim's own 2016 Norwegian-language film Hulfjorden": further than six
    words, but the name hangs from the cue's preposition."""
    node = root.head if root.dep_ == "appos" else root
    if node.dep_ != "pobj":
        return False
    prep = node.head
    return (prep.head.lower_, prep.lower_) in SOURCE_CUES


def _part_of(words: list[str], full: list[str], label: str) -> bool:
    if label in ("Person", "Character"):
        return len(words) == 1 and words[0] in (full[0], full[-1])
    # "Ada" of "Better Ask Ada", "Keeper's Harbour" of "The Keeper's Harbour".
    return full[:len(words)] == words or full[-len(words):] == words


SEQUEL_NUMBERS = {"ii", "iii", "iv", "v", "vi", "two", "three", "part"}


def _sequel_of(words: list[str], full: list[str]) -> bool:
    """"Hard Stop 2", "Hard Stop II: Redux": a sequel, so "Hard Stop" is the first film, a
    work of its own, not a short name for this one or any other of its franchise."""
    return len(full) > len(words) and full[:len(words)] == words \
        and (full[len(words)] in SEQUEL_NUMBERS or full[len(words)].isdigit())


def last_entity(doc: Doc, ents: tuple[Span, ...], token: Token, labels: tuple[str, ...],
                 window: int | None) -> tuple[int, int] | None:
    floor = _window_start(token, window) if window is not None else 0
    for ent in reversed(ents):
        if ent.end <= token.i and ent.start >= floor and ent.label_ in labels:
            return resolve(doc, ent.start, ent.end)
    return None



def _work_subject_antecedent(doc: Doc, ents: tuple[Span, ...], token: Token,
                             topic: tuple[int, int] | None) -> tuple[int, int] | None:
    """"It was directed by X": the work last named as a subject, or the topic.

    When the last subject named is a company or a group, "it" is that, and
    no work.
    """
    floor = _window_start(token, PRONOUN_WINDOW)
    subjects = [e for e in ents if floor <= e.start and e.end <= token.i
                and e.label_ in ("Work", "Organization") and e.root.dep_ in ("nsubj", "nsubjpass", "csubj")
                and not in_brackets(doc, e)]
    if not subjects:  # in a roundup, "It is produced by ..." is about the entry it is under
        return roundup_entry(doc, token.sent) or topic
    if _says_what_a_work_does(token.head):  # "Netflix opened the film in May. It stars X": the film
        subjects = [e for e in subjects if e.label_ == "Work"]
        if not subjects:
            return roundup_entry(doc, token.sent) or topic
    last = subjects[-1]
    return resolve(doc, last.start, last.end) if last.label_ == "Work" else None


# What "it" does only as a work: "It stars X", "Directed by Y, it features X as Z".
WORK_ONLY_VERBS = {"star", "feature", "follow", "center", "centre", "chronicle", "co-star"}
CREDIT_PARTICIPLES = {"directed", "written", "created", "produced", "based", "adapted", "set", "shot", "starring"}


def _says_what_a_work_does(verb: Token) -> bool:
    return verb.lemma_.lower() in WORK_ONLY_VERBS or any(
        c.dep_ == "advcl" and c.lower_ in CREDIT_PARTICIPLES and c.i < verb.i for c in verb.children)


def roundup_entry(doc: Doc, sent: Span) -> tuple[int, int] | None:
    """In a roundup, the entry a sentence is in: the last title in capitals opening a paragraph before it."""
    before = [title for title in _roundup_titles(doc) if title[0] <= sent.start]
    return before[-1] if before else None


@latest_doc_memo
def _roundup_titles(doc: Doc) -> list[tuple[int, int]]:
    """"THE ASH LEDGER (Prime Video): ...", a line "The Ash Ledger (Prime Video, Friday)": the
    titles that open a roundup's entries, in order."""
    headers = []
    for key, info in entity_info(doc).items():
        start, end = map(int, key.split(":"))
        # a chart's "3. Harbor Kids (Netflix)" is no entry: the title must open its line
        opens_line = info.get("rule") == "capitals-header" or info.get("entry") or (
            info.get("rule") == "title-network" and (start == 0 or doc[start - 1].is_space))
        if opens_line and doc[start].ent_type_ == "Work":
            headers.append((start, end))
    # a title line "The Orchard (Netflix, Thursday, July 10)", however its title was found
    headers += [(e.start, e.end) for e in doc.ents if e.label_ == "Work" and (e.start == 0 or doc[e.start - 1].is_space)
                and _bracket_ends_line(doc, e.end)]
    return sorted(set(headers))


def _bracket_ends_line(doc: Doc, i: int) -> bool:
    """A bracket opens at token i and closes its line: "(Hulu, Wednesday)" and a line break."""
    if i >= len(doc) or doc[i].text != "(":
        return False
    for token in doc[i + 1:i + 16]:
        if token.is_space or token.text == "(":
            return False
        if token.text == ")":
            return token.i + 1 == len(doc) or "\n" in token.whitespace_ or doc[token.i + 1].is_space
    return False


def in_brackets(doc: Doc, ent: Span) -> bool:
    """"W (from the phrase V, ...) is a film": the parser may make V the subject; an aside is none.
    The bracket may open in the sentence before: the parser may end one at "(Korean: ...; RR:"."""
    for token in reversed(doc[max(0, ent.start - 15):ent.start]):
        if token.text in ("(", ")"):
            return token.text == "("
    return False


def _salient_entity(doc: Doc, ents: tuple[Span, ...], token: Token, labels: tuple[str, ...],
                    window: int) -> tuple[int, int] | None:
    """The last entity mentioned as a clause's subject in the window, else the last named.

    "Reyes had a recurring role as Agent Mara Lind. He was a cast
    member of ...": the one the text is about, not the role. A pronoun
    already resolved is a mention too ("He ... He also played Y. He has ...").
    """
    own = _only_person_before_in_clause(doc, ents, token, labels)
    if own is not None:
        return own
    near = _window_start(token, window)
    # A subject a little further back beats a name in passing ("..., directed by X. His ...").
    floor = _window_start(doc[near], window)
    named = [(e.start, e.root, (e.start, e.end)) for e in ents
             if e.end <= token.i and e.start >= floor and e.label_ in labels]
    links = doc._.sg_coref or {}
    pronouns = [(t.i, t, tuple(links[span_key(t.i, t.i + 1)])) for t in doc_tokens(doc)[floor:token.i]
                if t.lower_ in ("he", "she") and span_key(t.i, t.i + 1) in links]
    mentions = sorted(named + pronouns, key=lambda m: m[0])
    own_subject = _own_clause_subject(doc, token)
    if own_subject is not None:  # "Sato, who directed him in W": "him" is someone else
        mentions = [m for m in mentions if resolve(doc, *m[2]) != own_subject]
    subjects = [m for m in mentions if m[1].dep_ in ("nsubj", "nsubjpass")]
    recent = [m for m in subjects if m[0] >= near]
    chosen = (recent or subjects or [m for m in mentions if m in named and m[0] >= near] or [None])[-1]
    return resolve(doc, *chosen[2]) if chosen is not None else None


def _own_clause_subject(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    """For an object pronoun ("him", "them", "her" as an object), the entity that is its own
    clause's subject, which a non-reflexive pronoun never means."""
    if pronoun.dep_ not in ("dobj", "dative") or pronoun.lower_ not in ("him", "her", "them"):
        return None
    verb = pronoun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head
    span = ent_span(doc, subject.i) if subject is not None and subject.ent_type_ else None
    return resolve(doc, *span) if span else None


def _only_person_before_in_clause(doc: Doc, ents: tuple[Span, ...], token: Token,
                                  labels: tuple[str, ...]) -> tuple[int, int] | None:
    """"X brought on Ana Ruiz as head of drama from Peacock, where she had been ...": a
    pronoun in a where-clause (a past post's place) means the one person named before it
    in its sentence. ("the A-directed epic in which he played Y" is about the article's
    person, whom the sentence need not name.)"""
    if token.lower_ not in ("she", "he") or token.head.dep_ != "relcl" \
            or not any(c.lower_ == "where" for c in token.head.children):
        return None
    sent = token.sent
    named = {resolve(doc, e.start, e.end) for e in ents
             if sent.start <= e.start and e.end <= token.i and e.label_ in labels}
    return next(iter(named)) if len(named) == 1 else None


def _window_start(token: Token, window: int) -> int:
    """Where the sentence ``window`` sentences before the token's begins (or the first).

    Walks back sentence by sentence instead of listing every sentence of
    the document for each pronoun.
    """
    sent = token.sent
    for _ in range(window):
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
    return sent.start

def _topic(doc: Doc, links: dict[str, list[int]]) -> tuple[int, int] | None:
    """The work the article is about: most mentions, headline and lead counting extra."""
    scores: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    lead_end = _lead_end(doc)
    headline_end = _headline_end(doc)
    for ent in doc.ents:
        if ent.label_ != "Work":
            continue
        start, end = links.get(span_key(ent.start, ent.end), (ent.start, ent.end))
        name = normalize_name(doc[start:end].text)
        first.setdefault(name, (start, end))
        scores[name] += 1
        # "From ‘W’ Creator X": a label of someone; the headline's place says nothing of the work
        if not labels_someone(doc, ent.end):
            scores[name] += (3 if ent.start < headline_end else 0) + (2 if ent.start < lead_end else 0)
    if not scores:
        return None
    best = max(scores, key=lambda n: (scores[n], -first[n][0]))
    return first[best]


def _headline_end(doc: Doc) -> int:
    """The end of the headline line; 0 (no headline) when the text is one line."""
    line_break = first_line_break(doc)
    return 0 if line_break is None else line_break + 1


def _lead_end(doc: Doc) -> int:
    """The end of the headline and first sentence."""
    sents = list(doc.sents)[:2]
    return sents[-1].end if sents else 0
