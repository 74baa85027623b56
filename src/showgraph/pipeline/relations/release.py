"""Release dates and counts: releaseDate, numberOfEpisodes, numberOfSeasons.

Dates are kept as the text gives them ("June 8", "2014", "April") with the
tense of their clause; :mod:`showgraph.dates` normalises them against the
article's publication date during extraction.

- "premiered on FX in 2014", "will premiere January 30", "Released June 8, the flick";
- "its April premiere", "Release Date: October 21, 2016";
- "Keeper of the Lanterns (2020)", "the 2017 hit movie The Copper Saints", "a 1936 British film",
  "1997's Daybreak", a song "taken from her album W (2012)";
- "the band released W in 1996" (a maker's release dates its object, never the topic);
- "W in 2013" in a list of credits; "directed W in 2008", "In 2015, she starred in W";
- "10 episodes", "the eight-episode season", "the sixth and final season".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from showgraph.dates import WEEKDAYS, names_a_day
from showgraph.pipeline.coref import resolve
from showgraph.pipeline.definitions import CLOSING_QUOTES
from showgraph.pipeline.doc_data import info_of
from showgraph.pipeline.numbers import ORDINALS, TENS, spelled_number
from showgraph.pipeline.relations.common import (
    OPEN_QUOTES, Context, apposed_title, ent_span, governing_work, name_before, nominal_work, relation, tense_of,
    verb_read_as_noun, work_of_sentence,
)
from showgraph.pipeline.relations.companies import _subject_work
from showgraph.pipeline.relations.songs import is_song
from showgraph.pipeline.titles import after_year_possessive, bracketed_year, translated_year

RELEASE_VERBS = {"premiere", "premier", "debut", "release", "air", "broadcast", "open", "launch", "bow", "hit",
                 "arrive", "drop", "stream", "return", "roar", "come", "screen", "publish"}
RELEASE_NOUNS = {"premiere", "release", "debut", "launch", "bow", "opening", "inception"}
# Nouns that date a work only when the work owns them ("its inception in 2017"; a company has one too).
OWNED_RELEASE_NOUNS = {"inception"}
# "W debuts Friday": the small model often tags these a plural noun (see
# common.verb_read_as_noun); read as the verb in the present, which in news
# announces a date to come.
PRESENT_RELEASE_FORMS = {"debuts", "premieres", "returns", "bows", "launches", "drops", "arrives",
                         "airs", "streams", "opens", "lands"}


def _date_span(ctx: Context, token: Token):
    span = ent_span(ctx.doc, token.i)
    return span if span and ctx.doc[span[0]].ent_type_ == "DATE" else None


# A page's own date line: "Published Tuesday, March 3, 2026", "Updated Nov. 3".
DATELINE_WORDS = {"published", "updated", "posted"}


def _dateline(trigger: Token, date: Span) -> bool:
    """The article's date, not a work's: "Published" opening its line, the date right after it."""
    doc = trigger.doc
    opens_line = trigger.i == 0 or doc[trigger.i - 1].is_space
    return trigger.lower_ in DATELINE_WORDS and opens_line and date.start == trigger.i + 1


def release_dates(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """A date attached to a release verb or noun."""
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        trigger = _release_trigger(ent.root)
        if trigger is None:
            continue
        if trigger.pos_ == "VERB" and _of_things_listed_before(trigger):
            continue
        if _weekday_of_next_date(ent, sent) or _counted_from_an_event(ent, sent) or _dateline(trigger, ent) \
                or _recurring(ent):
            continue
        if trigger.pos_ == "VERB":
            if _subject_is_something_else(ctx, trigger):
                continue
            maker = _maker_subject(ctx, trigger)
            work = _released_object(ctx, trigger) if maker else _subject_work(ctx, trigger, sent)
            tense = _clause_tense(trigger)
        else:
            work = _noun_owner(ctx, trigger, sent)
            tense = "future" if _verb_tagged_noun(trigger) else None
        work = _season_begun(ctx, trigger) or work
        if work is not None:
            yield relation(work, "releaseDate", sent, "release-date", 0.8,
                           value=ent.text, tense=tense), trigger


def dates_set_for(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"has set a July 17, 2026 release date for W", "set a March 3 premiere for W": the date a
    release noun right after it is set for, a coming one."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        i = ent.end
        while i < sent.end and i < ent.end + 3 and doc[i].lower_ in RELEASE_NOUNS | {"date", ","}:
            i += 1
        if i == ent.end or i + 1 >= sent.end or doc[i].lower_ != "for" or doc[i - 1].text == ",":
            continue
        work = ent_span(doc, i + 1 + (doc[i + 1].text in OPEN_QUOTES))
        date = ent[1:] if ent[0].lower_ in ("a", "an", "the") else ent  # NER's "a July 17, 2026"
        if work is not None and doc[work[0]].ent_type_ == "Work":
            yield relation(work, "releaseDate", sent, "date-set-for", 0.75, value=date.text, tense="future"), doc[i]


def _recurring(date: Span) -> bool:
    """"airs every Saturday and Sunday", "new episodes each Friday": a schedule, not a date."""
    doc, i = date.doc, date.start - 1
    while i >= 0 and (doc[i].lower_ in ("and", "or", ",", "&") or doc[i].ent_type_ == "DATE"):
        i -= 1  # "every Saturday and Sunday": the second weekday too
    return i >= 0 and doc[i].lower_ in ("every", "each")


def _weekday_of_next_date(date: Span, sent: Span) -> bool:
    """"returns Friday, Oct. 17": NER's two dates are one; the weekday alone would be the next Friday."""
    after = date.end
    return (len(date) == 1 and date[0].text.capitalize() in WEEKDAYS and after + 1 < sent.end
            and date.doc[after].text == "," and date.doc[after + 1].ent_type_ == "DATE")


def _subject_is_something_else(ctx: Context, verb: Token) -> bool:
    """"The weekend's box office came to $102 million", "Production begins in May": the
    subject is a thing that is no work, so the date is none of a work's releases."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    if subject.lower_ in ENDING_NOUNS or any(c.lower_ in ENDING_WORDS for c in subject.children):
        return True  # "Its final episode aired on 21 November 2012": the end of the run
    named = resolve(ctx.doc, subject.i, subject.i + 1)
    if ctx.doc[named[0]].ent_type_ == "Organization":
        return False  # "The streamer will debut the film in 2026": the company it names, the maker
    lemma = subject.lemma_.lower()
    if subject.lower_ in ctx.lexicon.work_nouns:
        return False  # "docuseries", which the lemmatiser makes "docusery"
    return lemma not in ctx.lexicon.work_nouns and lemma not in ctx.lexicon.work_cues \
        and lemma not in RELEASE_NOUNS and lemma not in ("installment", "instalment", "part")


def _clause_tense(verb: Token) -> str | None:
    """The verb's tense, or for a gerund ("after opening Friday") its clause's."""
    if verb.tag_ != "VBG":
        return tense_of(verb)
    node = verb
    for _ in range(6):  # up to the root through "after", a participle, the noun it modifies
        tense = tense_of(node)
        if tense is not None or node.head == node:
            return tense
        node = node.head
    return None


TIME_UNITS = {"day", "week", "month", "year"}
FROM_AN_EVENT = {"after", "before", "later", "earlier"}


def _counted_from_an_event(date: Span, sent: Span) -> bool:
    """"comes a week after Apple canceled W", "two days later": a length of time from
    another event, not from the day the article was published."""
    doc = date.doc
    if date[-1].lower_ in ("later", "earlier"):
        return True
    return date[-1].lemma_.lower() in TIME_UNITS and date.end < sent.end and doc[date.end].lower_ in FROM_AN_EVENT


def _season_begun(ctx: Context, trigger: Token):
    """"W returns for its third season Sunday", "W opens its fifth season on Oct. 16": the season's date."""
    doc = ctx.doc
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj"]
    for obj in objects:
        span = ent_span(doc, obj.i)
        if span and doc[span[0]].ent_type_ == "Work" and info_of(doc[span[0]:span[1]]).get("subtype") == "Season":
            return span
    return None


QUANTIFIERS = {"both", "all", "each", "either", "neither"}


def _of_things_listed_before(verb: Token) -> bool:
    """"albums Night Shift and Salt Meadow, both released in 2010": a release of things listed before."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in QUANTIFIERS for c in verb.children)


def _maker_subject(ctx: Context, verb: Token) -> bool:
    """"The band released W in 1996", "she hit number one in 1974 with W": the subject made the release, no work."""
    doc = ctx.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    span = resolve(doc, *(ent_span(doc, subject.i) or (subject.i, subject.i + 1)))
    return doc[span[0]].ent_type_ in ("Person", "Organization")


def _released_object(ctx: Context, verb: Token):
    """The work a maker released: its object, named or in apposition ("its album Night Shift")."""
    doc = ctx.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if obj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        obj = verb.head  # "W, which Searchlight will release next year"
    span = ent_span(doc, obj.i)
    if span and doc[span[0]].ent_type_ == "Work":
        return span
    return nominal_work(ctx, obj, topic_fallback=False)


ENDING_NOUNS = {"finale", "finales", "conclusion", "end"}
ENDING_VERBS = {"culminate", "conclude", "end", "wrap", "finish"}
ENDING_WORDS = {"final", "last"}  # "its final episode", "and the last on Y"


def _release_trigger(date: Token) -> Token | None:
    if date.lower_ in RUN_STARTS:  # NER's one date "between 1988 and 2003", rooted at its preposition
        run = next((a for a in list(date.ancestors)[:3] if a.lemma_ == "run" and a.pos_ == "VERB"), None)
        if run is not None:
            return run
    node = date
    for _ in range(3):
        head = node.head
        if head == node or _range_end(node):
            return None
        if (head.lemma_.lower() in RELEASE_VERBS and head.pos_ == "VERB") or _verb_tagged_noun(head):
            return head
        had = _release_noun_had(head) if node.dep_ == "prep" else None
        if had is not None:  # "It had its world premiere at Toronto on September 7, 2014"
            return had
        if _run_since(head, node, date):
            return head
        if head.lower_ in RELEASE_NOUNS and not _later_format(head) and (
                node.dep_ in ("compound", "amod", "nmod", "npadvmod", "pobj", "poss")
                or (node.dep_ == "prep" and node.lower_ in ("in", "on"))):
            return head  # "its April premiere", "its inception in 2017"
        if node.dep_ not in ("pobj", "prep", "npadvmod", "nummod", "compound", "appos", "conj"):
            return None
        if head.lower_ in ENDING_NOUNS or head.lower_ in ENDING_WORDS or head.lemma_.lower() in ENDING_VERBS:
            # "culminating in the series finale on Monday, May 11", "the first episode was broadcast
            # on X, and the last on Y": the end, no release
            return None
        if head.pos_ == "VERB" and head.dep_ == "conj" and node.dep_ != "conj":
            return None  # "premiered in 2012 and won an award in 2013": the year is the award's
        node = head
    return None


def _release_noun_had(verb: Token) -> Token | None:
    """The release noun a "have" takes: "had its world premiere", "has its debut"."""
    if verb.lemma_ != "have":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in RELEASE_NOUNS), None)


def _range_end(prep: Token) -> bool:
    """"aired from 7 March to 29 July", "ran until 2019": the date ends the run.
    Not "was moved to March 12", the new date."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("until", "till", "through"):
        return True
    return prep.lower_ == "to" and any(
        t.lower_ == "from" or any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)
        for t in (prep.head, prep.head.head))


# "a home video release in 2017", "its DVD release": a later format, not the premiere.
LATER_FORMATS = {"video", "dvd", "blu-ray", "vhs", "digital", "4k"}


def _later_format(noun: Token) -> bool:
    return any(c.lower_ in LATER_FORMATS for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))


# "ran on HBO from 2014 to 2016", "has run since 2015", "ran for one season in 2022": a run's
# start is a release; "runs through May", "ran until 2019" end one.
RUN_STARTS = {"from", "since", "in", "between"}


def _run_since(verb: Token, prep: Token, date: Token) -> bool:
    return (verb.lemma_ == "run" and verb.pos_ == "VERB" and prep.dep_ == "prep"
            and prep.lower_ in RUN_STARTS and date.head == prep
            and not any(c.dep_ == "dobj" for c in verb.children))  # not "has run its film division since 2021"


def _verb_tagged_noun(token: Token) -> bool:
    """"Harrow Lane debuts Friday" parsed with "debuts" a plural noun at the root.

    Only at the root: "the show's debuts" elsewhere in a sentence are nouns.
    """
    return token.dep_ == "ROOT" and verb_read_as_noun(token, PRESENT_RELEASE_FORMS)


def _noun_owner(ctx: Context, noun: Token, sent: Span):
    doc = ctx.doc
    for child in noun.children:
        if child.dep_ == "poss":
            target = resolve(doc, *(ent_span(doc, child.i) or (child.i, child.i + 1)))
            if doc[target[0]].ent_type_ == "Work":
                return target
            if doc[target[0]].ent_type_ == "Person":
                return None  # "In 1990 her debut as an actress": a person's debut
    return None if noun.lower_ in OWNED_RELEASE_NOUNS else work_of_sentence(ctx, sent, near=noun)


def bracket_years(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Keeper Of The Lanterns (2020)", and "W in 2013" in a list of credits."""
    doc = ctx.doc
    for ent in sent.ents:
        if ent.label_ != "Work":
            continue
        i = ent.end
        while i < sent.end and (doc[i].is_space or doc[i].text in CLOSING_QUOTES):  # '"W" (1981)'
            i += 1
        year = bracketed_year(doc, i)
        if year is None and (translated := translated_year(doc, i)) is not None:
            year = translated[0]  # "Ostatni prom (The Last Ferry, 2009)"
        dated = _bracketed_day(doc, i) if year is None else None
        if dated is not None:  # "Universal releases Deadwind (August 15)", a roundup's "W (Aug. 15)"
            verb = ent.root.head
            tense = (_clause_tense(verb) if verb.pos_ in ("VERB", "AUX") else None) or "nearest"
            yield relation((ent.start, ent.end), "releaseDate", sent, "title-date", 0.75,
                           value=dated.text, tense=tense), None
        if year is not None:
            yield relation((ent.start, ent.end), "releaseDate", sent, "title-year", 0.85,
                           value=year, tense="past"), None
            song = _song_from_album(ctx, ent)
            if song is not None:
                yield relation(song, "releaseDate", sent, "album-year", 0.6, value=year, tense="past"), None
        elif i + 1 < len(doc) and doc[i].lower_ == "in" and _is_year(doc[i + 1]) \
                and (i + 2 >= len(doc) or not doc[i + 2].like_num):
            yield relation((ent.start, ent.end), "releaseDate", sent, "title-in-year", 0.6,
                           value=doc[i + 1].text, tense="past"), None


def _bracketed_day(doc, i: int) -> Span | None:
    """A date with a month and a day that fills the bracket opening at token i: "(August 15)"."""
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 1].ent_type_ != "DATE" or doc[i + 1].ent_iob_ != "B":
        return None
    date = next(e for e in doc[i + 1].sent.ents if e.start == i + 1)
    return date if date.end < len(doc) and doc[date.end].text == ")" and names_a_day(date.text) else None


# "a song ..., taken from her album W (2012)"
ALBUM_SOURCE_VERBS = {"take", "lift", "pull"}


def _song_from_album(ctx: Context, album: Span):
    """The song taken from an album came out with it, if not before: its year is the album's."""
    node = album.root.head if album.root.dep_ == "appos" else album.root  # "her album, Harbour Lights"
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ != "from" or prep.head.lemma_.lower() not in ALBUM_SOURCE_VERBS:
        return None
    song = governing_work(ctx, prep.head)
    if song is None or song == (album.start, album.end) or not is_song(ctx.doc, ctx.lexicon, song):
        return None
    return song


def year_modifiers(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"the 2017 hit movie The Copper Saints", "1996's Brackwater", "a 1936 British film"."""
    doc = ctx.doc
    for token in sent:
        if not _is_year(token) or token.dep_ not in ("nummod", "compound", "amod", "poss", "npadvmod", "nmod"):
            continue
        owned = after_year_possessive(doc, token.i)
        if owned is not None:  # "1996's Brackwater", "2019's mystery hit W"
            target = ent_span(doc, owned) if owned < sent.end and doc[owned].ent_type_ == "Work" else None
        elif token.dep_ == "poss":
            target = _next_work(ctx, token.i + 1, sent)
        elif (noun := _work_noun_of_year(ctx, token)) is not None:
            target = _next_work(ctx, noun.i + 1, sent) or _attribute_subject(ctx, noun)
        elif _premodifies_a_title(token):  # "the 2022 sleeper hit “W”", "the 2021 short W"
            target = ent_span(doc, token.head.i)
        else:
            continue
        if target is not None:
            yield relation(target, "releaseDate", sent, "year-modifier", 0.75,
                           value=token.text, tense="past"), None


def _premodifies_a_title(year: Token) -> bool:
    """The year opens the title's own phrase, with only lower-case words and quotes
    between: not "the 2022 Emmy winner W", whose year is the award's."""
    title = year.head
    if title.ent_type_ != "Work" or title.i <= year.i:
        return False
    start = ent_span(year.doc, title.i)[0]  # type: ignore[index]
    return start > year.i and all(t.is_lower or t.is_quote for t in year.doc[year.i + 1:start])


def _work_noun_of_year(ctx: Context, year: Token) -> Token | None:
    """"a 2008 Tamil-language period drama film": the phrase's head names the work;
    "the 1994 thriller W": the year's own noun does, and the phrase's head is W."""
    head = _phrase_head(year.head)
    return next((noun for noun in (head, year.head) if _names_a_work(ctx, noun)), None)


def _phrase_head(token: Token) -> Token:
    """"a 2008 Tamil-language period drama film": the year hangs from "period"; the phrase is the film's."""
    while token.dep_ == "compound" and token.head != token:
        token = token.head
    return token


def _names_a_work(ctx: Context, noun: Token) -> bool:
    """A work noun, or a noun a work noun qualifies ("a 1952 film biography")."""
    cues = ctx.lexicon.work_cues
    return noun.lower_ in cues or noun.lower_ in ctx.lexicon.work_nouns or (noun.pos_ == "NOUN" and any(
        c.dep_ == "compound" and c.lower_ in cues for c in noun.children))  # not "the Korean Film Council"


# Verbs of making or acting in a work: "directed W in 2008" dates W's release to that year.
CREDIT_YEAR_VERBS = {"direct", "write", "produce", "star", "appear", "co-star", "costar", "voice",
                     "create", "film", "shoot", "release", "record"}
WORK_LINKS = ("dobj", "pobj", "prep", "appos", "compound")


def credit_years(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"He wrote and directed his first film, W, in 2008", "In 2015, she starred in W"."""
    for ent in sent.ents:
        if ent.label_ != "DATE" or len(ent) != 1 or not _is_year(ent[0]):
            continue
        verb = _verb_of_year(ent.root)
        if verb is None:
            continue
        works = _works_of_verb(ctx, verb)
        if len(works) == 1:  # "appeared in A and B in 2005" dates neither for sure
            yield relation(works[0], "releaseDate", sent, "credit-year", 0.6,
                           value=ent.text, tense="past"), verb


def _verb_of_year(year: Token) -> Token | None:
    """The credit verb a bare year hangs from: "in 2008", "In 2015,"."""
    node = year.head if year.dep_ == "pobj" and year.head.lower_ == "in" else year
    if node.dep_ not in ("prep", "npadvmod") or node.head == node:
        return None
    verb = node.head
    while verb.dep_ == "conj" and verb.lemma_.lower() not in CREDIT_YEAR_VERBS:
        verb = verb.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in CREDIT_YEAR_VERBS else None


def _works_of_verb(ctx: Context, verb: Token) -> list[tuple[int, int]]:
    """Works named as the verb's object or in its "in" phrase, itself or coordinated verbs' ("wrote and directed W")."""
    doc = ctx.doc
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]]
    works = []
    for ent in verb.sent.ents:
        if ent.label_ != "Work":
            continue
        node = ent.root
        for _ in range(5):
            if node.dep_ not in WORK_LINKS or node.head == node:
                break
            node = node.head
            if node in verbs:
                works.append(resolve(doc, ent.start, ent.end))
                break
    return list(dict.fromkeys(works))


def _next_work(ctx: Context, i: int, sent: Span):
    doc = ctx.doc
    while i < sent.end and i < len(doc) and (doc[i].text in "'’s“\"‘," or doc[i].tag_ == "POS"
                                             or doc[i].lower_ in ("titled", "called", "named", "dubbed")
                                             or doc[i].pos_ in ("NOUN", "ADJ") and not doc[i].ent_type_):
        i += 1
    if i < sent.end and doc[i].ent_type_ == "Work":
        return ent_span(doc, i)
    return None


def _attribute_subject(ctx: Context, noun: Token):
    """"Harbour of Song is a 1936 British film": the subject of the copula; "W (also known
    as V) a 1974 Belgian film", the copula left out: the title the noun is in apposition to."""
    doc = ctx.doc
    if noun.dep_ == "appos":
        return apposed_title(doc, noun)
    if noun.dep_ != "attr":
        return None
    copula = noun.head
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "csubj")), None)
    span = ent_span(doc, subject.i) if subject is not None else name_before(doc, copula)
    return span if span and doc[span[0]].ent_type_ == "Work" else None


def field_release(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"Release Date: October 21, 2016"."""
    words = [t for t in sent if not t.is_space]
    for a, b, c in zip(words, words[1:], words[2:]):
        if a.lower_ == "release" and b.lower_ == "date" and c.text == ":":
            dates = [e for e in sent.ents if e.label_ == "DATE" and e.start > c.i]
            if dates and ctx.topic:
                yield relation(ctx.topic, "releaseDate", sent, "field-line", 0.85, value=dates[0].text,
                               tense="past"), None
            return


def episode_counts(ctx: Context, sent: Span) -> Iterator[tuple[dict, Token]]:
    """"10 episodes", "the eight-episode season", "the sixth and final season"."""
    for token in sent:
        lower = token.lower_
        if lower in ("episodes", "episode"):
            if token.head.lemma_.lower() in ("write", "direct", "pen", "helm", "watch", "film") \
                    or _some_of_the_episodes(token):
                continue
            count = _count_before(token)
            predicate = "numberOfEpisodes"
        elif lower in ("seasons", "season"):
            count = _count_before(token) if lower == "seasons" else _final_ordinal(token)
            predicate = "numberOfSeasons"
        else:
            continue
        if count is None or count < 1:
            continue
        work = _relative_clause_work(token) or work_of_sentence(ctx, sent, near=token)
        if work is not None:
            yield relation(work, predicate, sent, f"{predicate}-count", 0.75, value=count), token


def _relative_clause_work(token: Token):
    """"the drama W, which ran for five seasons, and the comedy V": the clause's own title."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.ent_type_ != "Work":
        return None
    return ent_span(token.doc, clause.head.i)


# "its first three episodes", "the middle two episodes", "a two-episode arc":
# some of a work's episodes, or one part's, not how many it has.
PART_WORDS = {"first", "last", "final", "middle", "remaining", "opening", "next", "other", "previous"}
PART_NOUNS = {"arc", "stint", "appearance", "run", "storyline", "role"}


def _some_of_the_episodes(noun: Token) -> bool:
    doc = noun.doc
    before = doc[max(noun.i - 3, 0):noun.i]
    if any(t.lower_ in PART_WORDS for t in before):
        return True
    if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "into":
        return True  # "five episodes into the season": how far along, not how many
    # "a two-episode arc": the count modifies another noun
    return noun.lower_ == "episode" and doc[noun.i - 1].text == "-" and noun.head.lower_ in PART_NOUNS


def _count_before(noun: Token) -> int | None:
    doc = noun.doc
    # "The Four Harbours" is a name; "a 1995 episode" is dated, not counted.
    if noun.text[:1].isupper():
        return None
    i = noun.i - 1
    if i >= 0 and doc[i].text == "-":
        i -= 1
    if i < 0 or _is_year(doc[i]):
        return None
    number = doc[i]
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in TENS:
        return spelled_number(f"{doc[i - 2].text}-{number.text}")  # "twenty-three episodes"
    if any(c.dep_ == "nummod" and c.i == number.i for c in noun.children) or doc[noun.i - 1].text == "-" \
            or number.like_num:
        return spelled_number(number.text)
    return None


def _final_ordinal(season: Token) -> int | None:
    """Only a *final* season tells how many seasons there are."""
    words = [t.lower_ for t in season.doc[season.left_edge.i:season.i]]
    if "final" not in words and "last" not in words:
        return None
    for word in words:
        if word in ORDINALS:
            return ORDINALS[word]
    return None


def _is_year(token: Token) -> bool:
    return token.shape_ == "dddd" and token.text[:2] in ("18", "19", "20")
