"""Known organisations: networks, streamers, studios, distributors, press.

spaCy's stock NER calls Netflix a place and a studio a person; a gazetteer of
the real-world classes a reader expects to be known (``rules/organizations.tsv``)
fixes the type and adds the organisation's role, which the relation rules use
to tell a network from a production company from a distributor.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from showgraph.pipeline.doc_data import (
    bracketed, ent_span, entity_info, first_line_break, listed_in_bracket, set_entity, span_key,
)
from showgraph.pipeline.first_names import english_words, given_names
from showgraph.pipeline.lexicon import HEADLINE_VERBS, Lexicon


# A known name NER reads as the start of a longer organisation: a division or a
# national arm ("CBS Entertainment", "Fox Television Studios", "Netflix India").
MAX_DIVISION_WORDS = 2
REGIONS = {"canada", "uk", "america", "usa", "us", "europe", "asia", "australia", "india", "worldwide"}


# Words that make a known name its production arm: "Sky Studios", "HBO Films", "Netflix Animation".
STUDIO_WORDS = {"studios", "studio", "pictures", "films", "productions", "animation"}

# The roles of companies that air or stream shows.
BROADCASTERS = {"network", "streamer"}

# Words after a show's title that name a part of it, not a kind of work: "HBO's W season 2".
PARTS_OF_A_SHOW = {"season", "seasons", "episode", "episodes", "finale", "premiere", "pilot", "reboot"}

class Gazetteer:
    """Labels known organisations ``Organization`` with their role and canonical name."""

    def __init__(self, nlp: Language, name: str = "showgraph_gazetteer") -> None:
        self.name = name
        self.lexicon = Lexicon.load()
        self.given_names = given_names(english_words(nlp))
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.entries: dict[str, tuple[str, str]] = {}
        for org in Lexicon.load().organisations:
            for spelling in (org.name, *org.aliases):
                self.entries[spelling] = (org.name, org.role)
                self.matcher.add(spelling, [nlp.make_doc(spelling)])

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans(self.matcher(doc, as_spans=True))
        for span in spans:
            if self._inside_title(doc, span.start, span.end) or self._part_of_name(doc, span):
                continue
            canonical, role = self.entries[span.label_]
            longer = self._division_named(doc, span.start, span.end)
            if longer is not None:  # "CBS Entertainment": a division of its own name, with the role
                if any(t.lower_ in STUDIO_WORDS for t in doc[span.end:longer]):
                    role = "studio"  # "Sky Studios" makes what Sky airs
                span, canonical = doc[span.start:longer], doc[span.start:longer].text
            elif self._studio_named(doc, span.end):  # "Sky Studios", "HBO Films": its production arm
                span, role = doc[span.start:span.end + 1], "studio"
                canonical = span.text
            before = self._name_before_joiner(doc, span.start)
            set_entity(doc, span.start, span.end, "Organization", role=role,
                       canonical=canonical, rule="gazetteer")
            if before is not None:
                set_entity(doc, *before)
            if role != "press":
                self._possessed_title(doc, span.end)
            if role in BROADCASTERS:
                self._title_before_brackets(doc, span.start, span.end)
        return doc

    def _title_before_brackets(self, doc: Doc, start: int, end: int) -> None:
        """"Harbor Kids (Netflix) - 671", "nominees: Salt Hall (HBO), ...": a chart's or a
        list's way of naming a show and where it streams, also with its date: a roundup's
        "The Tallow Kings (Prime Video, Friday)". Not a person ("Ted Vane (Netflix)" is where
        he works) nor a known company."""
        dated = not bracketed(doc, start, end)
        if dated and (start < 2 or listed_in_bracket(doc, start, end) != start - 1):
            return
        title_start = self.lexicon.title_run_start(doc, start - 1)
        while title_start is not None and title_start < start - 2 and (doc[title_start].like_num
                                                                      or doc[title_start].text == "."):
            title_start += 1  # a chart's "3. W (Netflix)"
        # a roundup's entry line "Blackwick Hall (BBC One, Sunday)" is a show's whatever NER says
        entry_line = dated and title_start is not None and (title_start == 0 or doc[title_start - 1].is_space)
        people = ("Organization",) if entry_line else ("PERSON", "Organization")
        if entry_line and _one_work(doc, title_start, start - 1):
            # "The Orchard (Netflix, Thursday, July 10)" after a headline that quoted it: already
            # a work, still the entry line its sentences belong to
            entity_info(doc).setdefault(span_key(title_start, start - 1), {})["entry"] = True
            return
        if title_start is None or doc[title_start].ent_type_ in ("Work",) + people \
                or doc[start - 2].ent_type_ in people \
                or any(t.lower_ in self.lexicon.organisation_words for t in doc[title_start:start - 1]):
            return  # "the Norwegian Broadcasting Corporation (NRK)": the company's full name
        set_entity(doc, title_start, start - 1, "Work", rule="title-network")

    def _possessed_title(self, doc: Doc, end: int) -> None:
        """"HBO's The Glass Orchard", "Paramount+'s Half-Light Division": the title after."""
        if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
            return
        start = end + 1
        if doc[start].ent_type_ == "Work" or doc[start].text in "“\"‘'":
            return
        stop = self.lexicon.title_run_end(doc, start)
        # "Lionsgate's 1967 animated film": a year is no title. In a headline's
        # Title Case, "FX's Meredith Cahill President ..." starts with a person and
        # "HBO's Slow-Burn Small-Town Thriller" ends with a genre: no title either;
        # "Paramount+'s Tudor period piece W" modifies the noun after it ("W season 2" is still W).
        if stop is not None and stop < len(doc) and doc[stop].is_lower and doc[stop].pos_ == "NOUN" \
                and doc[stop].lower_ not in PARTS_OF_A_SHOW:
            return
        if stop is not None and doc[start].lower_ not in ("the", "a", "an") \
                and (self.lexicon.is_job_word(doc[start]) or self.lexicon.is_job_word(doc[stop - 1])):
            return  # "CNN's Faith and Values Correspondent", "ITV's Head of Drama": a post
        if stop is not None and doc[start].text in self.given_names \
                and any(t.lower_ in HEADLINE_VERBS for t in doc[start + 1:stop]):
            return  # a headline's "Lionsgate's Rafael Montiel Takes Over": an executive, not a title
        if stop is not None and not (doc[start].lower_ in self.lexicon.work_cues) \
                and not _year_modifier(doc, start, stop) and any(t.is_alpha for t in doc[start:stop]) \
                and doc[start].ent_type_ != "PERSON" and doc[stop - 1].lower_ not in self.lexicon.work_cues:
            set_entity(doc, start, stop, "Work", rule="cue-title")

    def _division_named(self, doc: Doc, start: int, end: int) -> int | None:
        """"CBS Entertainment", "Netflix India": the end of NER's organisation that
        begins with a known name and goes on with a division's or a region's word."""
        if doc[start].ent_type_ != "ORG" or doc[start].ent_iob_ != "B":
            return None
        full = ent_span(doc, start)
        if full is None or not end < full[1] <= end + MAX_DIVISION_WORDS:
            return None
        words = {t.lower_ for t in doc[end:full[1]]}
        return full[1] if words <= self.lexicon.organisation_words | REGIONS else None

    @staticmethod
    def _name_before_joiner(doc: Doc, start: int) -> tuple[int, int, str] | None:
        """NER's one person "Fiona Hale of Independent Talent": the name before "of" stays its own."""
        if start < 3 or doc[start].ent_iob_ != "I" or doc[start - 1].lower_ not in ("of", "at", "for", "from"):
            return None
        outer = ent_span(doc, start)
        if outer is None or outer[0] >= start - 1 or not doc[start - 2].text[:1].isupper():
            return None
        return outer[0], start - 1, doc[outer[0]].ent_type_

    @staticmethod
    def _studio_named(doc: Doc, end: int) -> bool:
        """A known name followed by a capitalised studio word NER left out: "Sky Studios"."""
        return end < len(doc) and doc[end].lower_ in STUDIO_WORDS and doc[end].is_title

    @staticmethod
    def _inside_title(doc: Doc, start: int, end: int) -> bool:
        """A quoted title that merely contains a network's name stays a title."""
        if doc[start].ent_type_ != "Work":  # before building the entity's Span
            return False
        work = ent_span(doc, start)
        if work is not None and work[0] == start and end < work[1] and doc[end].lower_ in ("'s", "’s"):
            return False  # NER's "HBO's The Regent": the network owns the title after it
        return work is not None and end <= work[1] and work != (start, end)

    @staticmethod
    def _part_of_name(doc: Doc, span) -> bool:
        """A one-word entry inside a longer name: "Max Verstappen", "Fox Mulder",
        the surname of NER's person ("Leslie Nielsen", "Megan Fox"), or the last word
        of a title ("The Brass Fox is a 2011 film")."""
        if len(span) > 1:
            return False
        if doc[span.start].ent_iob_ == "I" and doc[span.start].ent_type_ == "PERSON" \
                and not doc[span.start - 1].is_lower:  # not NER's "Brown Bag Films for CBeebies"
            return True
        if _ends_a_title(doc, span.start):
            return True
        after = doc[span.end] if span.end < len(doc) else None
        # not "Netflix Renews 'W'": NER's person runs into a headline's verb
        return bool(after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
                    and after.ent_type_ == "PERSON" and after.lower_ not in HEADLINE_VERBS)


def _one_work(doc: Doc, start: int | None, end: int) -> bool:
    """Tokens [start, end) are one work entity, exactly."""
    return start is not None and doc[start].ent_type_ == "Work" and doc[start].ent_iob_ == "B" \
        and ent_span(doc, start) == (start, end)


def _ends_a_title(doc: Doc, i: int) -> bool:
    """"The Brass Fox is a 2011 film": the entry at i after a capitalised word (not a
    date, place or company) outside the headline, whose Title Case says nothing."""
    if i == 0:
        return False
    before = doc[i - 1]
    headline_end = first_line_break(doc)
    if (headline_end is not None and i < headline_end) or before.pos_ != "PROPN" or not before.text[:1].isupper() \
            or not before.is_alpha:
        return False
    return before.ent_type_ not in ("DATE", "TIME", "GPE", "NORP", "ORG") or _the_named(doc, i)


def _the_named(doc: Doc, i: int) -> bool:
    """NER's organisation "the Brass Fox" ends with the entry at i: a title's words, not
    a company's name that holds the entry without "the" before it."""
    if doc[i].ent_type_ != "ORG" or doc[i].ent_iob_ != "I":
        return False
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start].lower_ == "the"


def _year_modifier(doc: Doc, start: int, stop: int) -> bool:
    """"Orrery Works's 1967 animated film": the year describes the film after it; it is no title."""
    return all(t.like_num for t in doc[start:stop]) and stop < len(doc) and (
        doc[stop].pos_ in ("ADJ", "NOUN") or doc[stop].tag_ in ("VBN", "VBG"))  # "animated", "upcoming"
