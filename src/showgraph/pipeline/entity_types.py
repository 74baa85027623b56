"""Entity types: spaCy's labels mapped to showgraph's, trimmed and corrected by context.

The stock model says PERSON, ORG, GPE, WORK_OF_ART ...; showgraph speaks of
Person, Character, Organization, Work and Place. After mapping, three kinds
of correction run:

- trimming: "Disney Chairman Tom Reyes" is the person "Tom Reyes" (the title is
  kept for ``jobTitle``), "Mr. Holm" is "Holm";
- definition: "X is an American actor" makes X a person, "X was a rap metal
  band" an organisation (:mod:`showgraph.pipeline.definitions`); a title
  line takes the type its opening sentence gives it;
- context: the subject of "premiered", the possessor of "showrunner", the
  object of "starred in" are works, whatever NER said;
- consistency (:mod:`showgraph.pipeline.consistency`): one name, one type in
  an article, and surnames take the type of the full name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from showgraph.pipeline.consistency import make_consistent, shared_surnames
from showgraph.pipeline.definitions import defined_label, lead_label
from showgraph.pipeline.doc_data import (
    doc_tokens,
    ent_span,
    entity_info,
    first_line_break,
    info_of,
    joining_hyphen,
    relabel,
    set_entity,
    span_key,
)
from showgraph.pipeline.first_names import english_words, given_names
from showgraph.pipeline.lexicon import HEADLINE_VERBS, RELEASE_DATE_NOUNS, Lexicon
from showgraph.pipeline.plots import defined_as_character, kin_owner, plot_subject, story_setting
from showgraph.pipeline.titles import CLOSE_QUOTES, OPEN_QUOTES, before_as, ner_surnames

LABEL_MAP = {
    "PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place",
    "FAC": "Place", "WORK_OF_ART": "Work", "NORP": "NORP",
    "DATE": "DATE", "TIME": "TIME", "CARDINAL": "CARDINAL", "ORDINAL": "ORDINAL",
    "MONEY": "MONEY", "QUANTITY": "QUANTITY", "PERCENT": "PERCENT",
}
OURS = {"Person", "Character", "Organization", "Work", "Place"}
# Verbs whose subject is a work: "Harrow Lane premiered", "the film grossed".
WORK_SUBJECT_VERBS = {"premiere", "premier", "air", "stream", "gross", "bow", "debut", "earn", "open",
                      "center", "centre", "revolve", "chronicle", "unfold"}
# Nouns a work possesses: "The Keeper's Harbour's showrunner", "Brackwater's creator".
WORK_POSSESSED = {"season", "finale", "premiere", "showrunner", "showrunners", "cast",
                  "episode", "pilot", "creator", "creators", "trailer", "sequel", "reboot",
                  "ratings", "writers", "swan", "debut", "renewal", "universe"}
# Heads of "in"/"of" phrases whose object is a work: "starred in Brackwater", "the cast of Brackwater".
WORK_PREP_HEADS = {"star", "appear", "role", "cast", "season", "episode", "finale",
                   "premiere", "sequel", "prequel", "remake", "adaptation",
                   "creator", "showrunner", "episodes", "seasons", "trailer", "pickup",
                   "renewal", "reboot", "revival", "spinoff", "spin-off"}
# "creator of Harrow Fields", "the season finale of Mara Holm": whatever NER says, no person.
MADE_BY_HEADS = {"creator", "showrunner", "season", "finale", "premiere"}
PERSON_NOUNS_AFTER_TITLES = {"actress", "actor", "star", "alum", "alumna", "alumnus", "creator",
                             "showrunner", "director", "producer", "writer", "veteran", "co-star"}
# Parts of a series its title may modify: "directed the Harrow Lane pilot".
SERIES_PARTS_AFTER_TITLES = {"pilot", "finale"}
NOUNS_AFTER_BARE_TITLES = PERSON_NOUNS_AFTER_TITLES | SERIES_PARTS_AFTER_TITLES
INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}")
YEAR_RE = re.compile(r"(?:18|19|20)\d\d")
# Verbs whose "by" agent is a person: "written by", "directed by", "voiced by".
PERSON_AGENT_VERBS = {"write", "direct", "create", "voice", "play", "portray", "co-write",
                      "pen", "helm", "develop", "co-create", "star", "host"}
# Verbs whose "by" agent is a company, never a nationality: "produced by Quillflix".
COMPANY_AGENT_VERBS = {"produce", "co-produce", "distribute", "publish", "release"}
# Nouns whose "by" phrase names a person: "a script by", "the novel by".
AUTHORED_NOUNS = {"script", "screenplay", "teleplay", "story", "novel", "book", "play", "memoir",
                  "comic", "manga", "song", "poem", "biography", "article"}
# Nouns whose "for" phrase names the work they were made for: "the screenplay for W".
SCRIPT_NOUNS = {"screenplay", "script", "teleplay", "score", "soundtrack"}
# Capitalised words that open a sentence or a list before a name ("Starring Ida Holm-Reyes").
NAME_PREFIXES = {"starring", "featuring", "director", "directed", "producer", "actor", "actress",
                 "star", "stars", "creator", "showrunner", "writer", "with", "cast", "and",
                 "newcomer", "veteran", "comedian", "singer", "rapper", "host", "co-star"}


# "the Ada Quill-led procedural", "a Tom Reyes-starring thriller": a name joined
# by a hyphen to one of these words is a person's, whatever NER says.
PERSON_LED = {"led", "starring", "fronted", "helmed", "directed", "headlined", "hosted", "produced", "written",
              "penned", "created", "scripted"}


def _leads_something(ent: Span) -> bool:
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and doc[ent.end + 1].lower_ in PERSON_LED \
        and len(ent) >= 2 and all(t.text[:1].isupper() for t in ent if t.lower_ != "the")


def _leader_name(ent: Span, label: str | None) -> Span | None:
    """"The Ada Quill-led procedural", NER's "the Ada Quill-directed": the name before a
    hyphened participle is a person, whether NER stopped at the hyphen or ran on."""
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    if label in ("Work", "Place") and _leads_something(ent):
        return Span(ent.doc, start, ent.end, label="Person")
    if _ends_in_a_led_word(ent):
        return Span(ent.doc, start, ent.end - 2, label="Person")
    return None


def _ends_in_a_led_word(ent: Span) -> bool:
    if len(ent) < 4 or ent[-1].lower_ not in PERSON_LED:  # most names: before building their Tokens
        return False
    words = [t for t in ent if t.lower_ != "the"]
    return len(words) >= 4 and words[-2].text == "-" and words[-1].lower_ in PERSON_LED \
        and all(t.text[:1].isupper() for t in words[:-2])


# Nouns for a band, after which a name NER missed is the band's ("the rock band the Lanternfly").
BAND_NOUNS = {"band", "group", "trio", "duo", "quartet", "quintet", "collective"}
# Words that join a company's name to the next: "Brown Bag Films for CBeebies".
COMPANY_JOINERS = {"for", "with", "and", "in", "from"}
# Nouns that name the people of a band or a company: "its members A and B".
MEMBER_NOUNS = {"member", "members", "bandmate", "bandmates", "founder", "founders", "co-founder", "co-founders"}


def _bands_named_after_noun(doc: Doc) -> list[tuple[int, int]]:
    """"the American indie rock band the Lanternfly": a Title Case name, past "the", that
    follows a band noun and that NER left unlabelled."""
    found = []
    tokens = doc_tokens(doc)
    for noun in tokens:
        if noun.lower_ not in BAND_NOUNS or noun.pos_ != "NOUN":
            continue
        start = noun.i + 1 + (noun.i + 1 < len(doc) and tokens[noun.i + 1].text == "the")
        end = start
        while end < len(doc) and end - start < 4 and tokens[end].pos_ == "PROPN" and tokens[end].is_title \
                and not tokens[end].ent_type_:
            end += 1
        if end > start:
            found.append((start, end))
    return found


def _nicknamed_names(doc: Doc, given: frozenset[str]) -> list[tuple[int, int, str, str]]:
    """'Bernadette "Bernie" Cole': one name, called without its nickname. NER makes
    three names of it, keeps the quotes in it, or labels none of it (then a given
    name opens it, and the quoted nickname is no title). Yields (start, end, label, name)."""
    found = []
    tokens = doc_tokens(doc)
    for i in range(1, len(doc) - 3):
        if tokens[i].text not in OPEN_QUOTES or tokens[i + 2].text not in CLOSE_QUOTES:
            continue
        first, nick, last = tokens[i - 1], tokens[i + 1], tokens[i + 3]
        if not all(t.is_title and t.is_alpha for t in (first, nick, last)) \
                or not (first.ent_type_ or last.ent_type_ or first.text in given):
            continue
        start = i - 1
        while start > 0 and tokens[start - 1].ent_iob_ == "I" and tokens[start - 1].is_title:
            start -= 1
        if tokens[start].ent_iob_ == "I" and start > 0:
            start -= 1
        labels = {t.ent_type_ for t in (first, last)}
        label = "Character" if "Character" in labels else "Person"
        found.append((start, i + 4, label, f"{doc[start:i].text} {last.text}"))
    return found


def _latest_from(doc: Doc, i: int) -> bool:
    """"latest from" (or "newest from") at token i."""
    return i + 1 < len(doc) and doc[i].lower_ in ("latest", "newest") and doc[i + 1].lower_ == "from"


def _past_company_possessive(doc: Doc, i: int) -> int | None:
    """After "Sony Pictures Animation's" at token i ("W, Sony Pictures Animation's musical adventure")."""
    if doc[i].ent_type_ != "Organization" or doc[i].ent_iob_ != "B":
        return None
    end = ent_span(doc, i)[1]
    return end + 1 if end + 1 < len(doc) and doc[end].lower_ in ("'s", "’s") else None


def _after_determiner(doc: Doc, i: int) -> int | None:
    """Where a noun phrase's words start past its determiner: "the", "a", "an", or a
    possessor ("Ida Roane's", "its"); None when it has neither."""
    if doc[i].lower_ in ("the", "a", "an", "its", "his", "her", "their"):
        return i + 1
    span = ent_span(doc, i) if doc[i].ent_type_ == "Person" else None
    if span and span[1] < len(doc) and doc[span[1]].tag_ == "POS":
        return span[1] + 1
    return None


# Last words of the bodies people serve in: "of the Guardia Civil", "of Humberside Police".
INSTITUTION_WORDS = {"police", "office", "department", "force", "service", "ministry", "agency", "bureau",
                     "hospital", "yard", "guard", "navy", "army", "court", "corps", "civil", "constabulary"}
# Nouns a trade headline puts after a company's name: "Halcyon Pictures Shake-Up: ...".
HEADLINE_NOUNS = {"shake", "shakeup", "layoffs", "overhaul", "restructuring", "revamp", "exodus"}  # "Shake-Up": "Shake"


class EntityTyper:
    """Maps, trims and corrects entity labels; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "showgraph_entity_types") -> None:
        self.name = name
        self.lexicon = Lexicon.load()
        self.given_names = given_names(english_words(nlp))

    def __call__(self, doc: Doc) -> Doc:
        spans = [self._mapped(ent) for ent in doc.ents]
        spans = [part for span in spans if span is not None for part in _split_title_pair(span)]
        if any(_maybe_surname_pair(span) for span in spans):
            surnames = ner_surnames(doc)
            spans = [part for span in spans for part in _split_surname_pair(span, surnames)]
        line_break = first_line_break(doc)
        headline_end = len(doc) if line_break is None else line_break
        spans = [part for span in spans for part in self._split_at_headline_verb(span, headline_end)]
        spans = [part for span in spans for part in self._split_at_commas(span)]
        spans = [part for span in spans for part in self._split_after_company_word(span)]
        spans = [self._trimmed(doc, span) for span in spans]
        spans = _joined_at_hyphens([s for s in spans if s is not None])
        doc.ents = _non_overlapping(self._joined_people(spans, line_break))
        for start, end in (work_list_items(doc, self.lexicon) + self._bare_titles_before_person_nouns(doc)
                           + self._bare_appositive_titles(doc) + self._bare_titles_of_roles(doc)
                           + self._bare_defined_titles(doc)):
            set_entity(doc, start, end, "Work", rule="work-list")
        for start, end in self._unnamed_plot_characters(doc):
            set_entity(doc, start, end, "Character", rule="plot")
        for start, end in _bands_named_after_noun(doc):
            set_entity(doc, start, end, "Organization", rule="band-name")
        for start, end in self._unlabelled_company_names(doc) + self._institutions_of_people(doc):
            set_entity(doc, start, end, "Organization", rule="company-name")
        for start, end in self._unlabelled_people(doc, headline_end) + hyphenated_given_names(doc):
            set_entity(doc, start, end, "Person")
        for start, end, label, name in _nicknamed_names(doc, self.given_names):
            set_entity(doc, start, end, label, canonical=name)
        self._type_by_context(doc)
        self._type_title_lines(doc)
        self._type_kin_of_characters(doc)
        shared_surnames(doc)
        make_consistent(doc, self.lexicon)
        return doc

    def _unlabelled_company_names(self, doc: Doc) -> list[tuple[int, int]]:
        """"directed the Greywater Pictures production": proper nouns ending in a company word
        ("Pictures", "Films") that NER left unlabelled."""
        found = []
        tokens = doc_tokens(doc)
        for end_word in tokens:
            if end_word.lower_ not in self.lexicon.company_name_ends or not end_word.is_title \
                    or end_word.pos_ != "PROPN" or end_word.ent_type_:
                continue
            start = end_word.i
            while start > 0 and start > end_word.i - 4 and tokens[start - 1].pos_ == "PROPN" \
                    and tokens[start - 1].is_title and not tokens[start - 1].ent_type_:
                start -= 1
            if start < end_word.i:
                found.append((start, end_word.i + 1))
        return found

    def _institutions_of_people(self, doc: Doc) -> list[tuple[int, int]]:
        """"Sergeant Carmen Lago of the Guardia Civil", "Deputy Lorna Baptiste of the Absaroka County
        Sheriff's Office": a Title Case run after a name's "of", ending in an institution's word."""
        spans = []
        for of in doc_tokens(doc)[1:-1]:
            if of.lower_ != "of" or doc[of.i - 1].ent_type_ not in ("PERSON", "Person", "Character"):
                continue
            start = of.i + 2 if doc[of.i + 1].lower_ == "the" else of.i + 1
            end = start
            while end < len(doc) and end - start < 8 and (doc[end].is_title or doc[end].lower_ in ("'s", "’s", "&", "-")):
                end += 1
                if doc[end - 1].lower_ in ("'s", "’s") and doc[end - 2].ent_type_ in ("GPE", "Place"):
                    start = end  # "of London's Northlight Pictures": the company after the city
            last = doc[end - 1].lower_ if end > start else ""
            if doc[end - 1].ent_type_ in ("ORG", "Organization") and ent_span(doc, end - 1)[0] <= start:
                continue  # NER's already, whole ("the Royal Canadian Mounted Police")
            if last in INSTITUTION_WORDS or last in self.lexicon.organisation_words:
                spans.append((start, end))
        return spans

    def _unlabelled_people(self, doc: Doc, headline_end: int) -> list[tuple[int, int]]:
        """"Sinead Brennan executive produces": two capitalised words NER left unlabelled, the
        first a given name, the second no company or place word, alone between lower-case
        words. Not in the headline, whose Title Case says nothing."""
        found = []
        tokens = doc_tokens(doc)
        for first in tokens[headline_end:-1]:
            last = tokens[first.i + 1]
            if first.text not in self.given_names or first.ent_type_ or last.ent_type_ \
                    or not (first.tag_ == last.tag_ == "NNP" and last.is_title and last.is_alpha) \
                    or last.lower_ in self.lexicon.organisation_words or first.whitespace_ != " ":
                continue
            before = tokens[first.i - 1] if first.i > 0 else None
            after = tokens[last.i + 1] if last.i + 1 < len(tokens) else None
            joined = after is not None and not last.whitespace_ and after.text == "-"  # "Felix Armitage-Oduya"
            if (before is None or not before.is_title) and (after is None or not after.is_title) and not joined:
                found.append((first.i, last.i + 1))
        return found

    def _mapped(self, ent: Span) -> Span | None:
        if ent.label_ in OURS:
            if ent.label_ != "Work":
                return ent
            longer = _title_continued(ent)
            if longer.end != ent.end:
                info = entity_info(ent.doc).pop(span_key(ent.start, ent.end), None)
                if info:
                    entity_info(ent.doc)[span_key(longer.start, longer.end)] = info
            return longer
        label = LABEL_MAP.get(ent.label_)
        if label in ("Person", "Organization", "Place") and all(t.is_lower and t.is_alpha for t in ent):
            return None  # NER's "telenovela" as a person: a word in lower case names no one
        leader = _leader_name(ent, label)
        if leader is not None:
            return leader
        if label == "Person" and len(ent) > 1 and ent[-1].is_digit and len(ent[-1]) <= 2:
            label = "Work"  # "Salt Road 2", "Brackwater 4": a numbered sequel, no person's name
        elif label == "Person" and len(ent) > 1 and ent[-1].text[:1].isupper() \
                and ent[-1].lower_ in self.lexicon.organisation_words:
            label = "Organization"  # "Copper Films", "Stillwater Productions": no person's name ends so
        return Span(ent.doc, ent.start, ent.end, label=label) if label else None

    def _trimmed(self, doc: Doc, span: Span) -> Span | None:
        """Strip honorifics, job titles, possessives and spaces from a name."""
        start, end = span.start, span.end
        if span.label_ in ("Person", "Character", "Organization", "Place", "Work"):
            while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct
                                   or doc[end - 1].lower_ in ("'s", "’s")
                                   or (span.label_ != "Work" and doc[end - 1].is_lower
                                       and doc[end - 1].is_stop)):  # "Mara Lind as"
                end -= 1
        if doc[end - 1].lower_ in self.lexicon.event_words and self._named_by_ner(span):
            return None  # "Cannes Film Festival", "a Grammy Award": an event, none of the entity types
        if doc[start].lower_ in self.lexicon.award_openers and span.label_ in ("Person", "Organization", "Character") \
                and not info_of(span).get("rule"):
            return None  # "Best Actress", "Outstanding Drama Series": an award category
        if span.label_ == "Work" and doc[start].text in ("a", "an") and self._named_by_ner(span):
            return None  # "won a Welsh BAFTA for the role": a lower-case article opens no title
        if span.label_ == "Work" and end - start == 1 and doc[start].lower_ in self.lexicon.work_cues \
                and self._named_by_ner(span) and end <= (first_line_break(doc) or 0):
            return None  # a headline's "Takes French Thriller 'W'": a genre in Title Case, no title
        while start < end and (doc[start].is_space or doc[start].lower_ in ("the",)
                               and span.label_ == "Person"):
            start += 1
        if span.label_ == "Person":
            start = self._after_titles(doc, start, end)
            start = self._first_name_at_sentence_start(doc, start)
        if start >= end:
            return None
        if (start, end) == (span.start, span.end):
            return span
        info = entity_info(doc).pop(span_key(span.start, span.end), None)
        if info:
            entity_info(doc)[span_key(start, end)] = info
        return Span(doc, start, end, label=span.label_)

    def _split_at_headline_verb(self, span: Span, headline_end: int) -> list[Span]:
        """A headline's "Bellwether Studios Taps Nadia Farrow": NER runs one name through
        the verb into the next; the part before keeps the label, a name after is a person's."""
        if span.end > headline_end or span.label_ not in ("Person", "Organization", "Work"):
            return [span]
        doc = span.doc
        noun = next((t for t in span[1:] if t.lower_ in HEADLINE_NOUNS and t.text[:1].isupper()), None)
        if noun is not None and span.label_ == "Organization":  # "Halcyon Pictures Shake-Up:"
            return [Span(doc, span.start, noun.i, label=span.label_)]
        verb = next((t for t in span[1:] if t.lower_ in HEADLINE_VERBS and t.text[:1].isupper()), None)
        if verb is None:
            return [span]
        parts = [Span(doc, span.start, verb.i, label=span.label_)]
        after = Span(doc, verb.i + 1, span.end, label="Person")
        if len(after) and self.lexicon.looks_like_person_name(after):
            parts.append(after)
        return parts

    def _joined_people(self, spans: list[Span], headline_end: int | None) -> list[Span]:
        """"opposite Colman Domingo", where NER named only "Domingo": a capitalised word the
        parse makes part of a person's name, and no entity's nor a title's, is its first word.
        Not in the headline (``headline_end``, its line break), whose Title Case says nothing:
        "Marketers Fogelson"."""
        taken = {i for span in spans for i in range(span.start, span.end)}
        joined: list[Span] = []
        for span in spans:
            doc = span.doc
            if len(span) == 1 and (headline_end is None or span.start > headline_end):
                first = doc[span.start - 1] if span.start > 0 else None
                last = doc[span.end] if span.end < len(doc) else None
                if span.label_ == "Person" and self._name_word(first, taken) and first.dep_ == "compound" \
                        and first.head.i == span.start and not first.is_sent_start:
                    span = Span(doc, first.i, span.end, label="Person")
                elif self._name_word(last, taken) and info_of(span).get("rule") != "gazetteer" and (
                        span.text in self.given_names or (span.label_ == "Person" and doc[span.start].dep_
                                                          == "compound" and doc[span.start].head.i == last.i)):
                    # "Kwame" alone, or NER's place "Yolanda", before "Ofori", "Ruiz"
                    span = Span(doc, span.start, last.i + 1, label="Person")
            joined.append(span)
        return joined

    def _name_word(self, word: Token | None, taken: set[int]) -> bool:
        """A capitalised word no entity holds that may go on a name, one space from it."""
        return word is not None and word.i not in taken and word.tag_ == "NNP" and word.is_title \
            and word.is_alpha and not self._titles_a_name(word) \
            and (word.whitespace_ == " " or word.doc[word.i - 1].whitespace_ == " ")

    def _titles_a_name(self, word: Token) -> bool:
        lower, lexicon = word.lower_, self.lexicon
        return lower in lexicon.honorifics or lower in lexicon.job_titles or lower in lexicon.person_nouns \
            or lexicon.is_job_word(word)

    def _split_after_company_word(self, span: Span) -> list[Span]:
        """"Brown Bag Films for CBeebies", NER's one person: a company's name ends at its
        company word; a name after the joining word is another organisation's."""
        if span.label_ not in ("Person", "Organization", "Place") or len(span) < 4:
            return [span]
        joint = next((t for t in span[2:-1] if t.lower_ in COMPANY_JOINERS and t.is_lower
                      and t.nbor(-1).lower_ in self.lexicon.company_name_ends and t.nbor(-1).is_title), None)
        if joint is None:
            return [span]
        doc = span.doc
        parts = [Span(doc, span.start, joint.i, label="Organization")]
        if doc[joint.i + 1].text[:1].isupper():
            parts.append(Span(doc, joint.i + 1, span.end, label="Organization"))
        return parts

    def _split_at_commas(self, span: Span) -> list[Span]:
        """NER's "Reyes, Quill" or "Ida, Tom Reyes" is a list of two names.

        Not when a part is an organisation word ("Warner Bros., Inc.") or not
        capitalised ("Washington, D.C." is a place and never split).
        """
        if span.label_ not in ("Person", "Organization", "Character") or info_of(span).get("rule"):
            return [span]
        commas = [t.i for t in span if t.text == ","]
        if not commas:
            return [span]
        bounds = list(zip([span.start] + [c + 1 for c in commas], commas + [span.end]))
        parts = [Span(span.doc, start, end, label=span.label_) for start, end in bounds]
        if all(len(p) and p[0].text[:1].isupper() and p[-1].lower_ not in self.lexicon.organisation_words
               for p in parts):
            return parts
        return [span]

    @staticmethod
    def _named_by_ner(span: Span) -> bool:
        """An organisation not from the gazetteer, or a work NER alone found (no title evidence)."""
        rule = info_of(span).get("rule")
        return (span.label_ == "Organization" and rule != "gazetteer") or (span.label_ == "Work" and rule is None)

    def _first_name_at_sentence_start(self, doc: Doc, start: int) -> int:
        """"Ida Mara Holm (born 1989) is ...": NER often leaves out a sentence's first word."""
        before = doc[start - 1] if start > 0 else None
        if before is None or not before.is_sent_start or before.ent_type_ or before.tag_ != "NNP" \
                or not before.is_title or not before.is_alpha:
            return start
        word = before.lower_
        if word in self.lexicon.honorifics or word in self.lexicon.job_titles or word in self.lexicon.person_nouns \
                or word in NAME_PREFIXES or word in self.lexicon.band_parts:
            return start
        return start - 1

    def _after_titles(self, doc: Doc, start: int, end: int) -> int:
        """Skip "Mr.", "Sheriff", "Disney Chairman", "Guitarist" before a person's name."""
        first = start
        while start < end - 1 and (doc[start].lower_ in NAME_PREFIXES or doc[start].lower_ in self.lexicon.band_parts):
            start += 1
            first = start
        while start < end - 1:
            words = {doc[start:stop].text.lower() for stop in range(start + 1, min(end, start + 4))}
            if doc[start].lower_ in self.lexicon.honorifics or doc[start].lower_ in NAME_PREFIXES:
                start += 1
            elif words & self.lexicon.job_titles:
                start += max(len(w.split()) for w in words & self.lexicon.job_titles)
            else:
                break
        if start > first:
            entity_info(doc)[span_key(start, end)] = {"title": doc[first:start].text}
        return start

    def _type_by_context(self, doc: Doc) -> None:
        """Relabel names a sentence defines ("X is an actor"), and those that sit where only works sit."""
        for ent in list(doc.ents):
            if _birthplace(ent):  # before definitions: the parser may make the town the subject
                if ent.label_ != "Place":
                    relabel(ent, "Place", rule="place-context")
                continue
            defined = defined_label(ent, self.lexicon) if ent.label_ in OURS else None
            if defined is not None and info_of(ent).get("rule") != "gazetteer":
                # A lone surname given the rule's weight would cut full names apart elsewhere.
                if defined != ent.label_ or len(ent) > 1:
                    relabel(ent, defined, rule="definition")
                continue
            if self._company_taken_for_a_work(ent):
                set_entity(doc, ent.start, ent.end, "Organization", rule="company-name")
                continue
            if ent.label_ in ("Work", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                              "QUANTITY", "PERCENT") or info_of(ent).get("rule") == "gazetteer":
                continue
            if self._in_plot(ent):
                relabel(ent, "Character", rule="plot")
            elif self._named_as_organisation(ent) or self._after_organisation_noun(ent):
                start = ent.start + 1 if len(ent) > 1 and ent[0].lower_ == "the" else ent.start  # a place's "the"
                set_entity(doc, start, ent.end, "Organization", **{**info_of(ent), "rule": "company-name"})
            elif self._in_work_context(ent) or self._aired_by_possessor(ent):
                longer = _title_continued(Span(doc, ent.start, ent.end, label="Work"))
                set_entity(doc, longer.start, longer.end, "Work", **{**info_of(ent), "rule": "work-context"})
            elif self._in_person_context(ent) or self._named_like_a_person(ent):
                relabel(ent, "Person", rule="person-context")

    def _in_plot(self, ent: Span) -> bool:
        """"The film follows Mara", "The protagonist is Corvin": a character, not a person."""
        if ent.label_ != "Person" and not self._could_be_a_name(ent):
            return False
        return (plot_subject(ent.root, self.lexicon) is not None or defined_as_character(ent.root, self.lexicon)
                or story_setting(ent.root, self.lexicon) is not None)

    def _company_taken_for_a_work(self, ent: Span) -> bool:
        """"produced by Harbour Light Films", which NER read as a title: only NER said so."""
        return (ent.label_ == "Work" and not info_of(ent) and len(ent) > 1
                and ent[-1].lower_ in self.lexicon.company_name_ends
                and (_agent_of(ent, COMPANY_AGENT_VERBS) or _producing_for(ent)))

    def _named_as_organisation(self, ent: Span) -> bool:
        """"Moonward Films", "the Varela Conservatory": NER's person or place whose last word names
        a company or an institution."""
        last = ent[-1]
        if ent.label_ == "Place" and last.text[:1].isupper() and last.lower_ in self.lexicon.institution_name_ends:
            return True
        if ent.label_ in ("NORP", "Place") and _agent_of(ent, COMPANY_AGENT_VERBS) and not self._names_country(ent):
            return True  # "produced by Quillflix", which NER took for a nationality or a place
        if ent.label_ == "Person" and _agent_of(ent, {"publish", "distribute"}) and ent[0].text not in self.given_names:
            return True  # "published by Devolver Digital": people seldom publish or distribute
        return (ent.label_ in ("Person", "Place", "NORP") and len(ent) > 1 and last.text[:1].isupper()
                and last.lower_ in self.lexicon.company_name_ends)

    def _after_organisation_noun(self, ent: Span) -> bool:
        """"English rock group Salt Harbour", "the band Copperline": the noun before the name says what it is."""
        return ent.label_ in ("Person", "Place") and self._noun_before(ent) == "Organization"

    def _noun_before(self, ent: Span) -> str | None:
        """The entity type a lower-case defining noun right before the name gives it."""
        if ent.start == 0:
            return None
        noun = ent.doc[ent.start - 1]
        return self.lexicon.defining_nouns.get(noun.lower_) if noun.pos_ == "NOUN" and noun.is_lower else None

    def _names_country(self, ent: Span) -> bool:
        countries = self.lexicon.country_names
        return ent.text in self.lexicon.demonyms or ent.text in countries or any(
            ent.text in aliases for aliases in countries.values())

    def _could_be_a_name(self, ent: Span) -> bool:
        """NER's organisation or place that nothing marks as one ("Corvin" as ORG)."""
        return (ent.label_ in ("Organization", "Place") and info_of(ent).get("rule") != "gazetteer"
                and ent.text not in self.lexicon.country_names
                and not any(t.lower_ in self.lexicon.organisation_words for t in ent))

    def _unnamed_plot_characters(self, doc: Doc) -> list[tuple[int, int]]:
        """"The story follows the adventures of Tamsk" where NER labelled nothing."""
        found = []
        for token in doc_tokens(doc):
            if token.pos_ != "PROPN" or token.ent_type_ or not token.text[:1].isupper() \
                    or plot_subject(token, self.lexicon) is None:
                continue
            start = min((c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                         and not c.ent_type_), default=token.i)
            found.append((start, token.i + 1))
        return found

    def _type_kin_of_characters(self, doc: Doc) -> None:
        """"He returns to his step-brother Tamsin" after "The protagonist is Corvin": Tamsin is a character.

        Coreference runs later; "his" is taken to be the person or character named
        last before it, in this sentence or the one before.
        """
        ents = list(doc.ents)
        for ent in ents:
            named = ent.label_ == "Person" or self._could_be_a_name(ent)
            owner = kin_owner(ent.root, self.lexicon) if named else None
            if owner is not None and _owner_label(doc, ents, owner) == "Character":
                relabel(ent, "Character", rule="kin")

    def _type_title_lines(self, doc: Doc) -> None:
        """A title line takes the type the opening sentence defines its name as."""
        for ent in list(doc.ents):
            if info_of(ent).get("rule") != "title-line":
                continue
            label = lead_label(ent, self.lexicon)
            if label is not None and label != ent.label_:
                relabel(ent, label, rule="definition")

    def _bare_appositive_titles(self, doc: Doc) -> list[tuple[int, int]]:
        """"Reyes narrated The Lantern Folk, a BBC children's television programme", "The Fox
        and the Firefly, Sony Pictures Animation's musical adventure, took third": no NER label needed."""
        found = []
        for comma in doc_tokens(doc):
            if comma.text != "," or comma.i + 2 >= len(doc):
                continue
            if doc[comma.i + 1].lower_ == "the" and _latest_from(doc, comma.i + 2):
                owned = True  # "Paper Lanterns, the latest from Illumination, opened": a maker's work
            elif doc[comma.i + 1].lower_ in ("a", "an", "the"):
                owned = False
                if not self._work_noun_follows(doc, comma.i + 2):
                    continue
            else:
                described = _past_company_possessive(doc, comma.i + 1)
                owned = described is not None and self._closed_work_noun_phrase(doc, described)
                if not owned:
                    continue
            start = self.lexicon.title_run_start(doc, comma.i)
            # A company's work ("W, Sony's musical adventure, ...") may open its sentence, and hold
            # a word NER took for a company ("Fox"); an "a"/"the" apposition may not: "Set in
            # Lucknow, the film follows ..." has no title.
            if start is not None and (owned or (not any(t.ent_type_ for t in doc[start:comma.i])
                                                and not doc[start].is_sent_start)) \
                    and not any(t.ent_type_ in ("Person", "Place") for t in doc[start:comma.i]):
                found.append((start, comma.i))
        return found

    def _closed_work_noun_phrase(self, doc: Doc, i: int) -> bool:
        """Words from token i to a closing comma, the last a work noun: "musical adventure,"."""
        for j in range(i, min(len(doc) - 1, i + 5)):
            if doc[j].pos_ not in ("ADJ", "NOUN", "PROPN") and doc[j].text != "-":
                return False
            if doc[j].lower_ in self.lexicon.work_cues and doc[j + 1].text == ",":
                return True
        return False

    def _bare_defined_titles(self, doc: Doc) -> list[tuple[int, int]]:
        """"The Weight of Rivers is a drama about ...": a Title Case run opening its sentence,
        defined by "is a" and a work noun, where NER labelled nothing."""
        found = []
        for verb in doc_tokens(doc):
            if verb.lower_ not in ("is", "was") or verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ not in ("a", "an") \
                    or not self._work_noun_follows(doc, verb.i + 2):
                continue
            start = self.lexicon.title_run_start(doc, verb.i)
            # the sentence's own start: not "Starlit Road: Night Run is", split at the colon
            opens = start is not None and (start == 0 or doc[start - 1].is_space or doc[start - 1].text in ".!?")
            if opens and not any(t.ent_type_ for t in doc[start:verb.i]):
                found.append((start, verb.i))
        return found

    def _bare_titles_of_roles(self, doc: Doc) -> list[tuple[int, int]]:
        """"his role as Ada Quill on The Copper Saints", "appeared in The Lanterns": no NER label needed.

        Only a run that opens with "The", so a place ("in Rome") or a date is
        not taken; NER labels most other titles.
        """
        found = []
        for prep in doc_tokens(doc):
            if prep.lower_ not in ("on", "in") or prep.i + 2 >= len(doc) or doc[prep.i + 1].text != "The" \
                    or doc[prep.i + 1].ent_type_ or not _in_role_phrase(prep):
                continue
            end = before_as(doc, prep.i + 1, self.lexicon.title_run_end(doc, prep.i + 1))  # "... as Agent X"
            # NER's person inside ("a role on The Mancusos"): no person's name opens with "The".
            if end is not None and end > prep.i + 2 and not any(t.ent_type_ not in ("", "Person")
                                                                 for t in doc[prep.i + 1:end]):
                found.append((prep.i + 1, end))
        return found

    def _work_noun_follows(self, doc: Doc, i: int) -> bool:
        for token in doc[i:min(len(doc), i + 6)]:
            if token.lower_ in self.lexicon.work_cues and token.pos_ == "NOUN":
                return True
            if token.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM", "PART") and token.text not in "-'’" \
                    and token.dep_ != "amod":
                return False
        return False

    def _bare_titles_before_person_nouns(self, doc: Doc) -> list[tuple[int, int]]:
        """"The Harrow Lane actress", "the Harrow Lane pilot", "Harrow Lane creator Ida Holm"
        where NER labelled nothing."""
        found = []
        for token in doc_tokens(doc):
            if token.lower_ not in NOUNS_AFTER_BARE_TITLES or token.pos_ != "NOUN" or token.i < 1:
                continue
            start = self.lexicon.title_run_start(doc, token.i)
            if start is not None and doc[start].lower_ in ("the", "a", "an"):
                start += 1  # "The Harrow Lane actress": the article is not part of the title
            if start is None or start >= token.i:
                continue
            after_article = start > 0 and doc[start - 1].lower_ in ("the", "a", "an")
            if not after_article and not self._credit_before_name(doc, start, token):
                continue
            if not any(t.ent_type_ or t.text in self.lexicon.demonyms for t in doc[start:token.i]):
                found.append((start, token.i))
        return found

    @staticmethod
    def _credit_before_name(doc: Doc, start: int, noun: Token) -> bool:
        """"Harrow Lane creator Ida Holm": without an article, only a lower-case credit noun
        with a name after it, and a title of two words or one that does not open the sentence
        ("Veteran showrunner Ida Holm")."""
        name = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if doc[start].tag_.startswith("VB") or not doc[noun.i - 1].text[:1].isupper():
            return False  # "Created by the writer Ida Holm, the series ..."
        return (noun.is_lower and name is not None and name.pos_ == "PROPN" and name.text[:1].isupper()
                and (noun.i - start >= 2 or (not doc[start].is_sent_start and doc[start].pos_ == "PROPN")))

    def _title_before_person_noun(self, ent: Span) -> bool:
        """"the Big Quiet Harbour actress", "the House Of Lanterns alum", "Harbour Lights creator
        Ida Holm": a title modifying a person noun."""
        doc = ent.doc
        if ent.label_ not in ("Organization", "Place", "Person") or ent.text in self.lexicon.demonyms \
                or (ent.label_ == "Person" and len(ent) < 3) or ent.end >= len(doc):
            return False
        after = doc[ent.end]
        if after.lower_ not in PERSON_NOUNS_AFTER_TITLES or after.pos_ != "NOUN":
            return False
        if ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a", "an"):
            return True
        return ent.label_ != "Person" and self._credit_before_name(doc, ent.start, after)

    def _described_as_work(self, ent: Span) -> bool:
        """"Hvidsand, the Danish crime drama that ...", "W, Ida Roane's documentary about ...":
        an apposition headed by a work noun."""
        doc = ent.doc
        if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
            return False
        i = _after_determiner(doc, ent.end + 1)
        if i is None:
            return False
        for token in doc[i:min(len(doc), i + 5)]:
            if token.lower_ in self.lexicon.work_cues and token.pos_ == "NOUN":
                if ent.label_ == "Person":
                    # "Ida Holm, the documentary filmmaker": the work noun only modifies; "directed
                    # by Ida Holm, the episode aired": "the" may open the main clause. A person is
                    # retyped only when "a" or a possessor opens an apposition the work noun heads.
                    return doc[ent.end + 1].lower_ != "the" and token.dep_ == "appos" \
                        and token.head.i in range(ent.start, ent.end)
                # not "Set in Lucknow, the film follows ...": there "the film" opens the main clause,
                # as after "Directed by Petra Novak, the film stars ..." however it is parsed
                by_maker = ent.root.head.lower_ == "by" and ent.root.head.head.tag_ == "VBN"
                return token.dep_ not in ("nsubj", "nsubjpass") and not (by_maker and doc[ent.end + 1].lower_ == "the")
            if token.pos_ not in ("ADJ", "NOUN", "PROPN", "NUM") and token.text != "-" and token.tag_ != "POS" \
                    and token.dep_ != "amod":  # "a Toho-produced family saga"
                return False
        return False

    def _work_noun_after(self, ent: Span) -> bool:
        """"Sweet Talker, the 2022 BBC Sounds podcast": a work noun heads the apposition after the name."""
        doc = ent.doc
        if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
            return False
        return any(t.lower_ in self.lexicon.work_cues and t.pos_ == "NOUN" and t.dep_ == "appos"
                   for t in doc[ent.end + 1:min(len(doc), ent.end + 7)])

    def _in_person_context(self, ent: Span) -> bool:
        """"written by Ama Castellanos", "Ida Holm (born 1973)": only people do these."""
        doc = ent.doc
        if ent.label_ in ("Organization", "Place") and ent.end + 1 < len(doc) \
                and doc[ent.end].text == "(" and doc[ent.end + 1].lower_ in ("born", "née", "nee", "b."):
            return True
        if self._possesses_film(ent) or self._after_job_title(ent) or self._has_initials(ent):
            return True
        root = ent.root
        if ent.label_ not in ("Organization", "Place") or not self.lexicon.looks_like_person_name(ent):
            return False
        if root.dep_ == "nsubj" and self.lexicon.takes_a_post(root.head):
            return True  # only a person holds a post
        if self._described_as_person(ent):
            return True
        if any(t.ent_type_ == "Person" for t in root.conjuncts):
            return True  # "include Pernille Aagaard and Carlos Echeverria": listed with a person
        while root.dep_ == "conj" and root.head != root:
            root = root.head
        if root.dep_ == "appos" and root.head.lower_ in MEMBER_NOUNS:
            return True  # "whose members Ade Cole and Rin Sato"
        prep = root.head
        if root.dep_ != "pobj":
            return False
        if prep.dep_ == "agent" and (prep.head.lemma_.lower() in PERSON_AGENT_VERBS or _under_a_banner(prep.head)):
            return True  # "produced by X under the Y Films banner": a company's banner is a person's
        # "the new series from Mara Lind", "a script by Tom Reyes", "the novel W by Agnes Morrow"
        owner = prep.head
        if prep.lower_ == "from" and owner.lower_ in self.lexicon.work_cues and owner.pos_ == "NOUN":
            return True
        return prep.lower_ == "by" and (owner.ent_type_ == "Work" or owner.lower_ in AUTHORED_NOUNS)

    def _described_as_person(self, ent: Span) -> bool:
        """"Ida Holm, the creator of W", "the W showrunner, Ida Holm", "showrunner Ida Holm",
        "Ida Holm, who created W": a person noun beside the name, or "who", says what it is."""
        root, person_nouns = ent.root, self.lexicon.person_nouns
        if self._noun_before(ent) == "Person" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in person_nouns):
            return True
        if root.dep_ == "appos" and root.head.lower_ in person_nouns:
            return True
        for child in root.children:
            if child.dep_ == "appos" and child.lower_ in person_nouns:
                return True
            if child.dep_ == "relcl" and any(
                    t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == "who" for t in child.children):
                return True
        return False

    def _aired_by_possessor(self, ent: Span) -> bool:
        """"HBO's Gilded Rot", "Netflix's Longshore": after a broadcaster's possessive, a name
        that opens with no given name is a show ("Netflix's Bela Okafor" stays a person)."""
        doc = ent.doc
        if ent.label_ != "Person" or ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "’s"):
            return False
        owner = doc[ent.start - 2]
        if owner.ent_type_ != "Organization" or info_of(Span(doc, *ent_span(doc, owner.i))).get("role") \
                not in ("network", "streamer"):
            return False
        return ent[0].text not in self.given_names and not self._after_job_title(ent)

    def _named_like_a_person(self, ent: Span) -> bool:
        """"Dashiell Fenn", "Ayodele Marsh": an organisation (or a nationality: "Marcus Oyelaran") NER
        found whose name opens with a given name and has no organisation word. Places keep their
        names ("Virginia Beach")."""
        if ent.label_ not in ("Organization", "NORP") or (ent.label_ == "NORP" and len(ent) < 2) \
                or info_of(ent).get("rule") or not self.lexicon.looks_like_person_name(ent) \
                or self._noun_before(ent) == "Organization":  # "the rap group Delta Kings"
            return False
        words = [t.text for t in ent if t.text not in ("-", "'", "’")]  # "Ada Sethi-Roy", not "Hartley & Gunn"
        return len(words) <= 4 and words[0] in self.given_names and all(
            w[:1].isalpha() and not w.isupper() for w in words)

    def _has_initials(self, ent: Span) -> bool:
        """"A.J. Lind", "T.R. Holm", "Tom H. Reyes": initials mark a person."""
        if ent.label_ not in ("Organization", "Place") or info_of(ent).get("rule") == "gazetteer":
            return False
        words = [t.text for t in ent]
        return len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha() and any(
            INITIALS_RE.fullmatch(w) for w in words[:-1])

    def _after_job_title(self, ent: Span) -> bool:
        """"co-chairs Pia Sund and Ida Holm": names listed right after a job title are people."""
        if ent.label_ not in ("Organization", "Place") or not self.lexicon.looks_like_person_name(ent) \
                or info_of(ent).get("rule") == "gazetteer":
            return False
        doc, i = ent.doc, ent.start - 1
        # Step back over earlier names of the same list ("A, B and C").
        while i >= 0 and (doc[i].lower_ in (",", "and") or doc[i].ent_type_ in ("Person", "Place")):
            i -= 1
        if i < 0:
            return False
        if i >= 2 and doc[i].is_lower and doc[i - 1].lower_ == "of":
            i -= 2  # "head of drama Celeste Marlow"
        return self.lexicon.is_job_word(doc[i])

    def _possesses_film(self, ent: Span) -> bool:
        """"Selma Okafor's tense film W": a name, not a country, owning a titled film or series."""
        doc = ent.doc
        if ent.label_ not in ("Organization", "Place") or not self.lexicon.looks_like_person_name(ent) \
                or ent.text in self.lexicon.country_names or info_of(ent).get("rule") == "gazetteer":
            return False
        if ent.end >= len(doc) or doc[ent.end].lower_ not in ("'s", "’s"):
            return False
        # "Joachim Brask's Danish-language drama 'W'": a hyphened adjective takes three tokens
        following = doc[ent.end + 1:min(len(doc), ent.end + 7)]
        return any(t.lower_ in self.lexicon.work_cues for t in following) and \
            any(t.ent_type_ == "Work" or t.text in "“\"‘" for t in following)

    def _in_work_context(self, ent: Span) -> bool:
        if any(t.lower_ in self.lexicon.organisation_words for t in ent):
            return False  # "Nordvind Film", "Stillwater Lane Productions"
        if self._described_as_work(ent) or self._title_before_person_noun(ent):
            return True
        root = ent.root
        head = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in WORK_SUBJECT_VERBS \
                and not (ent.label_ == "Person" and head.lemma_ in ("debut", "earn", "open")):
            return True
        if _renewed_or_back_for_its_season(root):
            return True
        if root.dep_ == "poss" and head.lower_ in WORK_POSSESSED and ent.label_ != "Person":
            return True
        if root.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.lemma_ in WORK_PREP_HEADS \
                and (ent.label_ != "Person" or (head.lower_ == "of" and head.head.lemma_ in MADE_BY_HEADS)):
            return True
        if _released_by_company(root):  # "Universal Pictures releases Deadwind (August 15)"
            return True
        # "adapted from Sweet Talker, the 2022 podcast": a source; a person's name only with its work noun
        if root.dep_ == "pobj" and head.lower_ in ("from", "on") and head.head.lemma_.lower() in ("adapt", "base") \
                and (ent.label_ != "Person" or self._work_noun_after(ent)):
            return True
        # "wrote the screenplay for The Business of Salt"
        if root.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ in SCRIPT_NOUNS \
                and ent.label_ != "Person":
            return True
        if ent.label_ != "Person" and (_dated_for(root) or (root.dep_ == "nsubjpass" and head.lemma_ == "release")):
            return True  # "set a July 17 release date for Hollow Creek", "Hollow Creek will be released by"
        return _season_of(ent)


# Verbs a company does to a film: "Universal releases W", "Neon acquired W".
RELEASING_VERBS = {"release", "distribute", "acquire", "debut", "open"}


def _released_by_company(root: Token) -> bool:
    """The name is what a company's releasing verb acts on (its object, or the parser's apposition)."""
    verb = root.head
    if root.dep_ not in ("dobj", "appos") or verb.pos_ != "VERB" or verb.lemma_.lower() not in RELEASING_VERBS \
            or root.i < verb.i:
        return False
    return any(c.dep_ == "nsubj" and c.ent_type_ == "Organization" for c in verb.children)


def _dated_for(root: Token) -> bool:
    """"a July 17 release date for W", "sets a March 3 premiere for W": the title a release is set for."""
    head = root.head
    if root.dep_ != "pobj" or head.lower_ != "for" or head.head.lower_ not in RELEASE_DATE_NOUNS:
        return False
    noun = head.head
    return noun.lower_ != "date" or any(c.lower_ in RELEASE_DATE_NOUNS for c in noun.children)


def _under_a_banner(verb: Token) -> bool:
    return any(p.dep_ == "prep" and p.lower_ == "under" and any(o.lower_ == "banner" for o in p.children)
               for p in verb.children)


def _birthplace(ent: Span) -> bool:
    """"(born June 3, 1970, Dunmore, Ohio)": a name before ", Place" in a birth bracket is a town."""
    doc = ent.doc
    if ent.label_ not in ("Person", "Place") or ent.end + 1 >= len(doc) or doc[ent.end].text != "," \
            or doc[ent.end + 1].ent_type_ != "Place":
        return False
    for token in reversed(doc[max(0, ent.start - 8):ent.start]):
        if token.text in "()":
            return False
        if token.lower_ in ("born", "b."):
            return True
    return False


# Plural nouns whose "includes A, B and C" lists works.
WORK_LIST_NOUNS = {"renewals", "shows", "series", "films", "movies", "titles", "slate", "lineup",
                   "originals", "hits", "dramas", "comedies", "programmes", "programs", "credits",
                   "features", "pickups", "orders", "cancellations", "nominees", "franchises"}
LIST_INTRODUCERS = {"includes", "include", "included", "including"}
# Plural work nouns that titles follow directly: "the films A and B", "her dramas A, B and C".
NAMED_WORK_NOUNS = {"films", "movies", "dramas", "comedies", "sitcoms", "thrillers", "miniseries", "documentaries",
                    "docuseries", "features"}


def _owner_label(doc: Doc, ents: list[Span], owner: Token) -> str | None:
    """The type of "Corvin's" or of "his": the person or character named last before it,
    in its sentence or the one before."""
    if owner.ent_type_:
        return owner.ent_type_
    if owner.lower_ not in ("his", "her", "their"):
        return None
    floor = owner.sent.start if owner.sent.start == 0 else doc[owner.sent.start - 1].sent.start
    # Labels as they are now, not as listed: a kin typed earlier in the sentence may own the next one.
    labels = [doc[e.start].ent_type_ for e in ents if floor <= e.start and e.end <= owner.i]
    labels = [label for label in labels if label in ("Person", "Character")]
    return labels[-1] if labels else None


def _producing_for(ent: Span) -> bool:
    """"A and B are producing for Harbour Light Films": the company a producer works for."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in COMPANY_AGENT_VERBS


def _agent_of(ent: Span, lemmas: set[str]) -> bool:
    """The name is the "by" agent of one of these verbs ("produced by X")."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.dep_ == "agent" and prep.head.lemma_.lower() in lemmas


def _in_role_phrase(prep: Token) -> bool:
    """"starred in", "a role on", "his role as X on": the phrase hangs from an acting word."""
    head = prep.head
    if head.dep_ == "pobj" and head.head.lower_ == "as":  # "as X on W": from what "as" hangs from
        head = head.head.head
    return head.lemma_.lower() in WORK_PREP_HEADS or head.lower_ in ("role", "roles")


def work_list_items(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """"Netflix renewals that includes A, Ida Holm's B, C and D": the listed titles."""
    items = []
    for token in doc_tokens(doc):
        if token.lower_ in LIST_INTRODUCERS and _list_noun(token) is not None:
            items += _listed_titles(doc, token.i + 1, lexicon)
        elif token.lower_ in NAMED_WORK_NOUNS and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper() \
                and any(c.dep_ in ("det", "poss") for c in token.children):
            # "in the films Ward Nine and Night Shift": titles right after a plural work noun,
            # not "the films Tom Reyes made", where a verb follows the names
            listed = _listed_titles(doc, token.i + 1, lexicon)
            if listed and (listed[-1][1] >= len(doc) or doc[listed[-1][1]].pos_ not in ("VERB", "AUX")):
                items += listed
    return items


def _listed_titles(doc: Doc, i: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The titles of a list "A, B and C" from token i."""
    items = []
    while i < len(doc):
        if doc[i].lower_ in (",", "and", "&") or doc[i].is_space:
            i += 1
            continue
        item = _list_title(doc, i, lexicon)
        if item is None:
            break
        items.append(item)
        i = item[1]
    return items


def _list_noun(token: Token) -> Token | None:
    """The noun a list introducer hangs from, when it is a list of works."""
    head = token.head
    # "Hulu's recent cancellations also include ...": the verb's subject.
    subjects = [c for c in token.children if c.dep_ == "nsubj"] if token.pos_ == "VERB" else []
    for candidate in (head, head.head, *subjects):
        if candidate.lower_ in WORK_LIST_NOUNS:
            return candidate
    return None


def _list_title(doc: Doc, i: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """One list item: an entity or Title Case run, past a person's possessive."""
    if doc[i].ent_type_ == "Person" and doc[i].ent_iob_ == "B":
        end = i
        while end < len(doc) and doc[end].ent_type_ == "Person" and (end == i or doc[end].ent_iob_ == "I"):
            end += 1
        if end < len(doc) and doc[end].lower_ in ("'s", "’s", "'", "’"):
            i = end + 1  # "Ida Holm's Never Ask Ada": the title after the owner
        else:
            return (i, end)  # in a list of works, NER's "person" is a title
    if doc[i].ent_type_ in NUMERIC_LABELS:
        return _title_from_number(doc, i, lexicon)
    if doc[i].text == "The" and not doc[i].ent_type_ and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "B":
        item = _list_title(doc, i + 1, lexicon)  # "The Lantern", where NER left "The" out
        return (i, item[1]) if item is not None and item[0] == i + 1 else None
    if doc[i].ent_type_ == "Organization" and doc[i].ent_iob_ == "B" \
            and info_of(doc[i:i + 1]).get("rule") == "gazetteer":
        return None
    if doc[i].ent_type_ and doc[i].ent_iob_ == "B":
        end = i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return (i, end)
    if doc[i].text[:1] == "#" or doc[i].text[:1].isupper():
        end = lexicon.title_run_end(doc, i) or (i + 1 if doc[i].text[:1] == "#" else None)
        if end is None:
            return None
        # In a list, "and" separates items: "Brackwater and Tom Reyes' #QuietHarbour".
        cut = next((t.i for t in doc[i + 1:end] if t.lower_ in ("and", "&")), end)
        return (i, cut)
    return None


NUMERIC_LABELS = ("DATE", "CARDINAL", "QUANTITY", "TIME", "MONEY", "PERCENT", "ORDINAL")


def _title_from_number(doc: Doc, i: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """"3000 Miles to Harrow Lane": a title that opens with what NER took for a number;
    a bare number or date ("12 other films") ends the list."""
    number_end = i + 1
    while number_end < len(doc) and doc[number_end].ent_iob_ == "I":
        number_end += 1
    end = lexicon.title_run_end(doc, i)
    return (i, end) if end is not None and end > number_end else None


def _title_continued(span: Span) -> Span:
    """"Pip and the Paper Moon", "Ada Quill and the Lamp of Salt": a title goes on
    over "and the ..." or "of the ..." followed by capitalised words."""
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end].lower_ in ("and", "of") and doc[end + 1].lower_ == "the" \
            and doc[end + 2].text[:1].isupper() and not doc[end + 2].ent_type_:
        end += 2
        while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in ("of", "the", "and")) \
                and not doc[end].ent_type_ and not doc[end].is_sent_start:
            end += 1
        while doc[end - 1].is_lower:
            end -= 1
    return Span(doc, span.start, end, label=span.label_) if end > span.end else span


def _maybe_surname_pair(span: Span) -> bool:
    return span.label_ == "Work" and len(span) == 3 and span[1].lower_ == "and"


def _split_surname_pair(span: Span, surnames: set[str]) -> list[Span]:
    """NER's "Whitcombe and Petrakis" as a work, after "Dana Whitcombe and Lou Petrakis": two people."""
    if not _maybe_surname_pair(span) or span[0].text not in surnames or span[2].text not in surnames:
        return [span]
    return [Span(span.doc, span.start, span.start + 1, label="Person"),
            Span(span.doc, span.end - 1, span.end, label="Person")]


def _split_title_pair(span: Span) -> list[Span]:
    """NER's "Salt Wars and Quiet Encounters of the Copper Kind" is two titles.

    Split at "and" only when both sides have two words or more and the right
    side starts with a capital ("Pride and Prejudice" stays whole).
    """
    if span.label_ != "Work":
        return [span]
    doc = span.doc
    for token in span[1:-2]:
        # "Stop the Clock to 1997's Daybreak": a year's possessive opens the next title.
        if YEAR_RE.fullmatch(token.text) and doc[token.i + 1].lower_ in ("'s", "’s") and doc[token.i - 1].is_lower:
            return [Span(doc, span.start, token.i - 1, label="Work"), Span(doc, token.i + 2, span.end, label="Work")]
    for token in span:
        left, right = token.i - span.start, span.end - token.i - 1
        if token.lower_ == "and" and left >= 2 and right >= 2 and span.doc[token.i + 1].text[:1].isupper():
            return [Span(span.doc, span.start, token.i, label="Work"),
                    Span(span.doc, token.i + 1, span.end, label="Work")]
    return [span]


def _season_of(ent: Span) -> bool:
    """"Brackwater season 5", "season two of Brackwater"."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 3:ent.start] if ent.start >= 3 else None
    if after is not None and after.lower_ == "season" and ent.label_ != "Person":
        return True
    return bool(before is not None and before[0].lower_ == "season" and before[2].lower_ == "of"
                and ent.label_ != "Person")


# One romanised Korean or Chinese syllable: "Joon", "ho", "yeon", "Sung".
_SYLLABLE = re.compile(r"[bcdghjkmnprstwy]{0,2}[aeiouy]{1,3}(?:ng|[nmkl])?")
PREFIXES = {"re", "co", "de", "pre", "pro", "un", "non", "mid", "bi", "tri", "sub", "no"}  # "Re-run Jones"


def hyphenated_given_names(doc: Doc) -> list[tuple[int, int]]:
    """"Joon-ho Kwak", "Seo-yeon Han": a given name of two syllables joined by a hyphen, the
    second in lower case, then a surname; NER keeps "Joon" alone or nothing. Or the surname
    first, as Korean names go: "plays Han Min-jae", where NER keeps "Han Min"."""
    spans = []
    for hyphen in doc_tokens(doc)[1:-1]:
        if hyphen.text != "-" or hyphen.whitespace_:
            continue
        first, second = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if first.whitespace_ or not first.is_title or not second.is_lower or first.lower_ in PREFIXES \
                or not _SYLLABLE.fullmatch(first.lower_) or not _SYLLABLE.fullmatch(second.text):
            continue
        after = doc[second.i + 1] if second.i + 1 < len(doc) else None
        before = doc[first.i - 1] if first.i > 0 else None
        if after is not None and second.whitespace_ == " " and _surname_word(after):
            spans.append((first.i, after.i + 1))
        elif before is not None and before.whitespace_ == " " and _surname_word(before) and not before.is_stop \
                and not before.is_sent_start and (after is None or not after.is_title):
            spans.append((before.i, second.i + 1))
    return spans


def _surname_word(token: Token) -> bool:
    return token.is_title and token.is_alpha and len(token) <= 8


def _joined_at_hyphens(spans: list[Span]) -> list[Span]:
    """"Anjali Sethi-Roy": NER may end a person's name at the hyphen of a double surname, leave
    the hyphen in and the second surname out, or start the second surname at the hyphen; one
    name, typed Person if a part was."""
    if not spans:
        return spans
    doc = spans[0].doc
    by_start = {span.start: span for span in spans}
    joined, absorbed = [], set()
    for span in sorted(spans, key=lambda s: s.start):
        if span.start in absorbed:
            continue
        end, labels = span.end, {span.label_}
        while _could_be_a_person(span) and (hyphen := _hyphen_after(doc, end)) is not None:
            # the second surname's span may start at the hyphen ("Frances Cole" "-Whitby")
            following = by_start.get(hyphen + 1) or by_start.get(hyphen)
            end = following.end if following is not None else hyphen + 2
            if following is not None:
                absorbed.add(following.start)
                labels.add(following.label_)
        if end == span.end:
            joined.append(span)
            continue
        label = "Person" if "Person" in labels else span.label_
        joined.append(Span(doc, span.start, end, label=label))
    return joined


def _could_be_a_person(span: Span) -> bool:
    """A person, or an organisation NER named with two title-case words or more ("Anjali Sethi-")."""
    words = [t for t in span if t.is_alpha]
    return span.label_ == "Person" or (span.label_ == "Organization" and len(words) >= 2
                                       and all(t.is_title for t in words))


def _hyphen_after(doc: Doc, end: int) -> int | None:
    """The hyphen joining a name ending at ``end`` to a capitalised word, if any: "Sethi-Roy"."""
    hyphen = end - 1 if doc[end - 1].text == "-" else end
    if hyphen >= len(doc) or not joining_hyphen(doc, hyphen) or not doc[hyphen + 1].is_title \
            or not doc[hyphen + 1].is_alpha:
        return None
    return hyphen


def _non_overlapping(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


# Verbs whose object is a work: "Netflix has renewed W", "HBO cancelled W".
ORDER_VERBS = {"renew", "cancel", "greenlight", "greenlit", "axe"}


def _renewed_or_back_for_its_season(root: Token) -> bool:
    """"Netflix has renewed W for a second season", "W returns for its third season"."""
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in ORDER_VERBS:
        return True
    if root.dep_ != "nsubj" or head.lemma_.lower() not in ("return", "come", "be", "run"):
        return False
    seasons = [o for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "for"
               for o in prep.children if o.dep_ == "pobj" and o.lower_ in ("season", "series", "seasons", "episodes")]
    if head.lemma_.lower() == "run":  # "W ran for 14 series on ITV": only a show runs for seasons
        return any(c.dep_ == "nummod" or c.like_num for s in seasons for c in s.children)
    return any(c.lower_ == "its" for s in seasons for c in s.children)
