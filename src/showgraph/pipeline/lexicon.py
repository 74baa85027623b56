"""Cue words and gazetteers, loaded once from the data files in ``rules/``."""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

MAX_RUN = 10
TITLE_JOINERS = {":", "-", "–", "&", "!", "?", ".", "'", "’"}
# Pieces the tokenizer splits off words inside titles ("Can't" -> "Ca", "n't").
CONTRACTIONS = {"n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'m", "’m", "'d", "’d"}


def _rules_text(name: str) -> str:
    return resources.files("showgraph.rules").joinpath(name).read_text(encoding="utf-8")


def _tsv_rows(name: str) -> list[list[str]]:
    lines = (line for line in _rules_text(name).splitlines() if line and not line.startswith("#"))
    return [row for row in csv.reader(lines, delimiter="\t")]


@dataclass(frozen=True)
class Organisation:
    name: str
    role: str
    aliases: tuple[str, ...]


def _glued_to_hyphen(doc: Doc, i: int) -> bool:
    """"Tae-rin": the lower-case half of a hyphenated name, with no space around the hyphen."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


def _name_closes_clause(doc: Doc, i: int) -> bool:
    """"... The Lantern Owl by Imogen Ash.": two or three capitalised words after "by" that end
    the clause are an author's name, which NER may have missed, not more of the title."""
    end = i
    while end < len(doc) and end - i < 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end - i < 2 or doc[i].lower_ in ("the", "a", "an"):
        return False
    return end == len(doc) or doc[end].is_punct or doc[end].lower_ in ("and", "in")


# Verbs of trade-press headlines, in the present: "Studio Taps X", "X Exits Y", "Netflix Renews W".
HEADLINE_VERBS = frozenset({
    "taps", "names", "hires", "sets", "gets", "joins", "exits", "moves", "lands", "inks", "signs", "boards",
    "books", "renews", "cancels", "orders", "picks", "ups", "promotes", "launches", "unveils", "reveals",
    "wins", "leads", "departs", "adds", "casts", "greenlights", "acquires", "buys", "takes", "heads", "steps"})

# Nouns of a coming release that a title or a date goes with: "a July 17 release date for W",
# "HBO has set a premiere date for W".
RELEASE_DATE_NOUNS = frozenset({"date", "premiere", "release", "debut", "bow", "launch"})

# Abbreviated ranks the stock tokenizer splits from their period ("Sgt", "."), which
# ``model`` keeps whole; with the titles it keeps whole already, none ends a sentence
# before the name it titles ("stars X as Sgt. Elias Brandvold").
RANK_ABBREVIATIONS = ("Sgt.", "Lt.", "Capt.", "Det.", "Insp.", "Supt.", "Cpl.", "Maj.", "Col.", "Adm.",
                      "Cmdr.", "Gen.", "Rev.")
TITLE_ABBREVIATIONS = frozenset(RANK_ABBREVIATIONS) | {"Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Sen.", "Gov."}


@dataclass(frozen=True)
class Lexicon:
    """Every word list the components use, from ``rules/``."""

    small_words: frozenset[str]
    not_titles: frozenset[str]
    work_cues: dict[str, str]
    honorifics: frozenset[str]
    organisation_words: frozenset[str]
    event_words: frozenset[str]
    award_openers: frozenset[str]
    job_titles: frozenset[str]
    person_nouns: frozenset[str]
    cast_cues: frozenset[str]
    not_before_as: frozenset[str]
    person_pronouns: frozenset[str]
    work_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    person_anaphors: frozenset[str]
    negators: frozenset[str]
    speculative: frozenset[str]
    organisations: tuple[Organisation, ...]
    demonyms: dict[str, str]
    country_names: dict[str, tuple[str, ...]]
    job_heads: frozenset[str]
    job_modifiers: frozenset[str]
    defining_nouns: dict[str, str]
    song_nouns: frozenset[str]
    role_list_nouns: frozenset[str]
    band_parts: frozenset[str]
    plot_nouns: frozenset[str]
    company_name_ends: frozenset[str]
    institution_name_ends: frozenset[str]
    plot_followed_nouns: frozenset[str]
    crew_verbs: frozenset[str]
    kin_nouns: frozenset[str]
    review_verbs: frozenset[str]
    factual_work_nouns: frozenset[str]
    joined_credit_verbs: dict[str, str]

    @staticmethod
    @lru_cache(maxsize=1)
    def load() -> Lexicon:
        data = tomllib.loads(_rules_text("lexicon.toml"))
        ents, cast, coref, neg = data["entities"], data["cast"], data["coref"], data["negation"]
        orgs = tuple(
            Organisation(row[0], row[1], tuple(a.strip() for a in row[2].split("|")) if len(row) > 2 else ())
            for row in _tsv_rows("organizations.tsv")
        )
        return Lexicon(
            small_words=frozenset(data["title_small_words"]),
            not_titles=frozenset(data["not_titles"]),
            work_cues=dict(data["work_cues"]),
            honorifics=frozenset(ents["honorifics"]),
            organisation_words=frozenset(ents["organisation_words"]),
            event_words=frozenset(ents["event_words"]),
            award_openers=frozenset(ents["award_openers"]),
            job_titles=frozenset(ents["job_titles"]),
            person_nouns=frozenset(ents["person_nouns"]),
            cast_cues=frozenset(cast["cues"]),
            not_before_as=frozenset(cast["not_before_as"]),
            person_pronouns=frozenset(coref["pronouns_person"]),
            work_nouns=frozenset(coref["work_nouns"]),
            organization_nouns=frozenset(coref["organization_nouns"]),
            person_anaphors=frozenset(coref["person_nouns"]),
            negators=frozenset(neg["negators"]),
            speculative=frozenset(neg["speculative"]),
            organisations=orgs,
            demonyms={row[0]: row[1] for row in _tsv_rows("demonyms.tsv")},
            country_names={row[1]: tuple(row[2].split("|")) if len(row) > 2 else ()
                           for row in _tsv_rows("demonyms.tsv")},
            job_heads=frozenset(data["jobs"]["heads"]),
            job_modifiers=frozenset(data["jobs"]["modifiers"]),
            defining_nouns={noun: label for label, nouns in data["definitions"].items() for noun in nouns},
            song_nouns=frozenset(data["song_nouns"]),
            role_list_nouns=frozenset(data["role_list_nouns"]),
            band_parts=frozenset(data["band_parts"]),
            plot_nouns=frozenset(data["plot"]["subjects"]),
            company_name_ends=frozenset(ents["company_name_ends"]),
            institution_name_ends=frozenset(ents["institution_name_ends"]),
            plot_followed_nouns=frozenset(data["plot"]["followed_nouns"]),
            crew_verbs=frozenset(data["plot"]["crew_verbs"]),
            kin_nouns=frozenset(data["plot"]["kin_nouns"]),
            review_verbs=frozenset(data["plot"]["review_verbs"]),
            factual_work_nouns=frozenset(data["plot"]["factual_work_nouns"]),
            joined_credit_verbs=dict(data["joined_credit_verbs"]),
        )

    @cached_property  # made once: hashing hundreds of organisations on every call was not free
    def organisation_acronyms(self) -> frozenset[str]:
        """Known organisations' one-word, upper-case spellings ("FX", "HBO")."""
        return frozenset(spelling for org in self.organisations for spelling in (org.name, *org.aliases)
                         if " " not in spelling and spelling.isupper())

    @cached_property
    def organisation_spellings(self) -> frozenset[str]:
        """Every spelling of a known organisation ("Paramount+", "BBC One", "AP")."""
        return frozenset(spelling for org in self.organisations for spelling in (org.name, *org.aliases))

    def takes_a_post(self, verb) -> bool:
        """"X is joining as chief financial officer": the verb's "as" names a job (not a credit)."""
        return any(prep.dep_ == "prep" and prep.lower_ == "as"
                   and any(o.dep_ == "pobj" and self.is_job_word(o) and o.lower_ not in ("director", "producer")
                           for o in prep.children)
                   for prep in verb.children)

    def is_job_word(self, token) -> bool:
        """A job title's head noun, singular or plural, whatever the tagger says ("chairs")."""
        lower = token.lower_
        return (lower in self.job_heads or token.lemma_.lower() in self.job_heads
                or (lower.endswith("s") and lower[:-1] in self.job_heads))

    def looks_like_person_name(self, span: Span) -> bool:
        """Two to four capitalised words, none an organisation word ("Ama Castellanos"),
        and no comma between them ("Narain, Innocent" is two names)."""
        words = [t for t in span if not t.is_punct]
        return (2 <= len(words) <= 4 and all(t.text[:1].isupper() for t in words)
                and not any(t.text == "," for t in span)
                and not any(t.lower_ in self.organisation_words for t in words))

    def is_title_word(self, text: str) -> bool:
        """A word that can stand inside a Title Case run."""
        return (text[:1].isupper() or text[:1].isdigit() or text[:1] == "#"
                or text.lower() in self.small_words or text in TITLE_JOINERS
                or text.lower() in CONTRACTIONS)

    def looks_like_title(self, span: Span) -> bool:
        """Title Case text: capitalised words, small words, numbers."""
        words = [t for t in span if not t.is_space]
        if not words or len(words) > 12 or not self.is_title_word(words[0].text):
            return False
        if words[0].lower_ in self.small_words and not words[0].text[:1].isupper():
            return False
        if len(words) == 1 and words[0].lower_ in self.not_titles:
            return False
        if not any(t.is_alpha or t.like_num for t in words):
            return False
        return all(self.is_title_word(t.text) or t.is_punct for t in words)

    def title_run_start(self, doc: Doc, end: int) -> int | None:
        """Start of the Title Case run that ends just before token ``end``."""
        i = end
        while i > 0 and doc[i - 1].is_space:
            i -= 1
        stop, start = i, i
        while start > 0 and stop - start < MAX_RUN:
            token = doc[start - 1]
            if not self.is_title_word(token.text) or token.text in (",", ";"):
                break
            start -= 1
            if token.is_sent_start:
                break
        while start < stop and (doc[start].text[:1].islower() or doc[start].is_punct):
            start += 1
        return start if start < stop and self.looks_like_title(doc[start:stop]) else None

    def title_run_end(self, doc: Doc, start: int) -> int | None:
        """End of a Title Case run that starts at ``start``."""
        if start >= len(doc) or not (doc[start].text[:1].isupper() or doc[start].like_num):
            return None
        end = start
        while end < len(doc) and end - start < MAX_RUN and (self.is_title_word(doc[end].text)
                                                             or _glued_to_hyphen(doc, end)):
            # "The Search for Salt Road and the 1992 film": a year after "and the"
            # or "in" starts the next phrase, not more title.
            if end > start and doc[end].like_num and doc[end - 1].text[:1].islower():
                while end > start and doc[end - 1].text[:1].islower():
                    end -= 1
                break
            # A known organisation ends the title: "The Glass Orchard and FX's ...".
            if end > start and (doc[end].is_sent_start or doc[end].ent_type_ == "Organization"
                                or doc[end].text in self.organisation_acronyms):
                break
            # "the novel Quiet Engines by Walter Finchley": "by" and a person's name name its author;
            # "co-created the series W with Gus Emberley", a partner.
            if end > start and doc[end].lower_ in ("by", "with") and end + 1 < len(doc) \
                    and ((doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "B")
                         or (doc[end].lower_ == "by" and _name_closes_clause(doc, end + 1))):
                break
            # "released the thriller Cold Pines in May": a date after "in" or "on" is no title's.
            if end > start and doc[end].lower_ in ("in", "on") and end + 1 < len(doc) \
                    and doc[end + 1].ent_type_ == "DATE":
                break
            # "Quiet Harbour and with X in Y": a title's "and" is followed by a name or an article.
            if end > start and doc[end].lower_ in ("and", "or") and end + 1 < len(doc) \
                    and doc[end + 1].is_lower and doc[end + 1].lower_ not in ("the", "a", "an"):
                break
            end += 1
        while end > start and (doc[end - 1].text[:1].islower() or doc[end - 1].is_punct
                               or doc[end - 1].lower_ in ("'s", "’s")):
            end -= 1
        end = self._before_next_owner(doc, start, end)
        return end if end > start and self.looks_like_title(doc[start:end]) else None

    def _before_next_owner(self, doc: Doc, start: int, end: int) -> int:
        """"Gallowglass and Channel 4's Marsh Lights", "Small Mercies and the Channel 4 miniseries
        Undertow": an "and" before a possessive or a work noun starts the next title's phrase."""
        for i in range(start + 1, end):
            if doc[i].lower_ != "and":
                continue
            after = doc[i + 1:min(len(doc), i + 6)]
            owner = next((t for t in after if t.lower_ in ("'s", "’s")
                          or (t.is_lower and t.lower_ not in ("the", "a", "an"))), None)
            if owner is not None and (owner.lower_ in ("'s", "’s") or (
                    owner.i == end and owner.lower_ in self.work_cues and doc[i + 1].lower_ == "the")):
                return i
        return end
