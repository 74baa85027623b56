"""Work titles: quoted titles, "Title (2016)", and titles after a cue noun.

spaCy's stock NER rarely labels a title as WORK_OF_ART in news text; it
calls them places, people or nothing. Three signals are reliable in this
domain: Title Case text in quotes (“The Recruit”, 'Better Than Us',
‘Locust’), a Title Case run followed by a year in brackets, and a Title
Case run right after a cue noun ("the Netflix series Salt Road", "the
thriller called, Quiet Harbour").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from showgraph.pipeline.doc_data import (
    doc_text, doc_tokens, info_of, set_entity, span_text, text_lines,
)
from showgraph.pipeline.first_names import english_words, given_names
from showgraph.pipeline.lexicon import Lexicon
from showgraph.pipeline.numbers import ORDINALS, spelled_number

# Quotation marks around a nickname or between listed titles ("A," “B” and ‘C’).
OPEN_QUOTES, CLOSE_QUOTES = {'"', "“", "‘"}, {'"', "”", "’"}
OPENING_QUOTES = {'"': '"', "“": "”", "‘": "’", "'": "'", "«": "»", "``": "''"}
MAX_TITLE_TOKENS = 12
# NER labels a cue-noun title may override; a PERSON after "the film" is
# more often a name in an apposition than a title.
OVERRIDABLE = {"", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT"}


class TitleFinder:
    """Labels work titles ``Work`` in ``doc.ents``, with a subtype where the cue gives one."""

    def __init__(self, nlp: Language, name: str = "showgraph_titles") -> None:
        self.name = name
        self.lexicon = Lexicon.load()
        self.given_names = given_names(english_words(nlp))

    def __call__(self, doc: Doc) -> Doc:
        for start, end, rule, subtype in self.find(doc):
            if not _inside_person(doc, start, end):
                set_entity(doc, start, end, "Work", rule=rule, subtype=subtype or "")
        for original, translation in _translations(doc):
            set_entity(doc, *translation, "Work", rule="translated-title",
                       canonical=span_text(doc[original[0]:original[1]]))
        for start, end in capitals_headers(doc):
            set_entity(doc, start, end, "Work", rule="capitals-header", canonical=title_case(doc[start:end].text))
        for start, end, series, number in season_mentions(doc, self.lexicon):
            rest_of_date = _date_running_on(doc, end)
            set_entity(doc, start, end, "Work", rule="season", subtype="Season", series=series,
                       canonical=f"{series} season {number}")
            if rest_of_date is not None:  # NER's one DATE "third season Sunday, Oct. 12": keep the date
                set_entity(doc, *rest_of_date, "DATE")
        return doc

    def find(self, doc: Doc) -> list[tuple[int, int, str, str | None]]:
        found = [(s, e, "quoted-title", None) for s, e in quoted_titles(doc, self.lexicon)]
        found += [(s, e, "title-year", None) for s, e in year_titles(doc, self.lexicon)]
        found += [(s, e, "year-possessive", None) for s, e in year_possessive_titles(doc, self.lexicon)]
        found += [(s, e, "title-line", None) for s, e in title_lines(doc, self.lexicon)]
        found += [(s, e, "title-line", None) for s, e in review_headlines(doc, self.lexicon)]
        found += cue_titles(doc, self.lexicon)
        found += [(s, e, "bulleted-title", None) for s, e in bulleted_titles(doc, self.lexicon, self.given_names)]
        return _without_overlaps(found)


def credit_aside(doc: Doc, start: int) -> bool:
    """"Bastien Morel (“Emberline”) directs", "Calloway (The Quiet Shore, Netflix's Dunmore)
    will play": a title in brackets after a name is the person's earlier credit, never what
    a sentence or "the series" is about."""
    i = _before_title(doc, start)
    for j in range(i, max(i - 12, 0), -1):
        if doc[j].text == ")" or doc[j].is_space:
            return False
        if doc[j].text == "(":  # a list of credits, not a clause ("(who also appeared in W)")
            return doc[j - 1].ent_type_ == "Person" and not any(t.pos_ in ("VERB", "AUX", "PRON")
                                                                for t in doc[j + 1:start])
    return False


# Literary nouns before a title: "based on Ada Quill's 2017 novel W" names the source.
SOURCE_NOUNS = {"novel", "novella", "book", "memoir", "play", "comic", "manga"}


def source_title(doc: Doc, start: int) -> bool:
    """A title a literary noun introduces ("the novel “W”"): what a work is based on,
    not the work a sentence or "the series" is about."""
    i = _before_title(doc, start)
    return i >= 0 and doc[i].lower_ in SOURCE_NOUNS


# Nouns after a title that make it someone's label: "“Greywater” creator Alma Pryce".
LABEL_NOUNS = {"creator", "co-creator", "showrunner", "star", "director", "writer", "producer", "alum",
               "actor", "actress", "author", "scribe", "helmer", "filmmaker", "veteran"}


def labels_someone(doc: Doc, end: int) -> bool:
    """The title ending at ``end`` is followed by a credit noun: "“Greywater” creator", "From ‘W’ Creator"."""
    i = _past_closing_quote(doc, end)
    return i < len(doc) and doc[i].lower_ in LABEL_NOUNS


def credit_label(doc: Doc, end: int) -> bool:
    """"its drama series from “Greywater” creator Alma Pryce": a title that labels a
    person by an earlier credit, not what the sentence is about."""
    i = _past_closing_quote(doc, end)
    return labels_someone(doc, end) and i + 1 < len(doc) and doc[i + 1].ent_type_ == "Person"


def _past_closing_quote(doc: Doc, end: int) -> int:
    return end + 1 if end < len(doc) and doc[end].text in CLOSE_QUOTES else end


def _before_title(doc: Doc, start: int) -> int:
    """The token before a title that starts at ``start``, past its opening quote."""
    i = start - 1
    return i - 1 if i >= 0 and doc[i].text in OPEN_QUOTES else i


def quoted_titles(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of Title Case text between a pair of quotes in one sentence."""
    spans = []
    for token in doc_tokens(doc):
        closing = OPENING_QUOTES.get(token.text)
        if closing is None or (token.i > 0 and doc[token.i - 1].text == closing == token.text
                               and token.whitespace_ == "") or _glued_closing_quote(doc, token):
            continue
        end = _closing_quote(doc, token.i, closing)
        if end is None:
            continue
        start, stop = token.i + 1, end
        while stop > start and doc[stop - 1].is_punct and doc[stop - 1].text not in "!?":
            stop -= 1
        if stop > start and not _nickname_given(doc, token.i) and (
                lexicon.looks_like_title(doc[start:stop]) or _described_sentence_case(doc, start, stop, end, lexicon)):
            spans.append((start, stop))
    return spans


def _described_sentence_case(doc: Doc, start: int, stop: int, closing: int, lexicon: Lexicon) -> bool:
    """A quoted title in sentence case, as titles in Spanish, French or Italian are written,
    that a work noun announces or describes: 'the film "Una familia normal"', '"Lluvia de
    agosto," a drama by ...'. Quoted speech has verbs; a title of up to six words has none."""
    words = doc[start:stop]
    if not words[0].is_title or len(words) > 6 or any(t.pos_ in ("VERB", "AUX") for t in words) \
            or not all(t.is_alpha or t.is_punct for t in words):
        return False
    before = doc[start - 2] if start >= 2 else None
    if before is not None and (before.lower_ in lexicon.work_cues or before.lower_ in lexicon.work_nouns):
        return True
    i = closing + 1 + (closing + 1 < len(doc) and doc[closing + 1].text == ",")  # the comma inside or out
    if i >= len(doc) or doc[i].lower_ not in ("a", "an", "the"):
        return False
    return any(t.lower_ in lexicon.work_cues and t.pos_ == "NOUN" for t in doc[i + 1:min(len(doc), i + 5)])


def _nickname_given(doc: Doc, opening: int) -> bool:
    """'a man the dockers call "Pike"', 'nicknamed "Red"': a name people use, no title
    ("a film called "W"", a participle after a noun, still names a work)."""
    if opening == 0:
        return False
    before = doc[opening - 1]
    return (before.lemma_ == "call" and before.tag_ in ("VB", "VBP", "VBZ")) \
        or before.lower_ in ("nicknamed", "nickname", "aka")


def _glued_closing_quote(doc: Doc, token) -> bool:
    """'Daughter." Yann Hale': a straight quote written against the word before it closes a
    quotation; it opens one only after a bracket or a dash ('("Brushfire")')."""
    if token.text not in "\"'" or token.i == 0:
        return False
    before = doc[token.i - 1]
    return before.whitespace_ == "" and not before.is_space and before.text not in "([{—–-/"


def _closing_quote(doc: Doc, opening: int, closing: str) -> int | None:
    limit = min(len(doc), opening + MAX_TITLE_TOKENS + 2)
    for i in range(opening + 1, limit):
        text = doc[i].text
        if text == closing or (closing == "'" and text == "’"):
            # An apostrophe glued to a word ("Keeper's") closes nothing.
            if closing in "'’" and i > opening + 1 and not doc[i - 1].whitespace_ \
                    and i + 1 < len(doc) and doc[i + 1].text.lower() == "s":
                continue
            return i
        if (doc[i].is_sent_start and i > opening + 1) or "\n" in doc[i].text:
            return None  # a title runs over no sentence's or line's end
    return None


def year_titles(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """"Keeper Of The Lanterns (2020)": a Title Case run before a bracketed year; "Ostatni prom
    (The Last Ferry, 2009)": an original title, whatever its case, before its translation and year."""
    spans = []
    for token in doc_tokens(doc):
        if token.text != "(":
            continue
        if bracketed_year(doc, token.i) is None:
            translated = translated_year(doc, token.i)
            start = (lexicon.title_run_start(doc, token.i) or _original_title_start(doc, token.i)) \
                if translated else None
            if start is not None and doc[start].ent_type_ != "PERSON":
                spans.append((start, token.i))
            continue
        start = lexicon.title_run_start(doc, token.i)
        # "Ida Holm (1946–2014)": a person's life, not a run of years on air ("(1992 – 93)").
        if start is not None and not (doc[start].ent_type_ == "PERSON" and _full_year_range(doc, token.i)):
            spans.append((_after_possessor(doc, start, token.i), token.i))
    return spans



# Lower-case words between "2021's" and a title: "2021's mystery hit W", "1998's cult favourite W".
MAX_WORDS_BEFORE_TITLE = 3


def year_possessive_titles(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int]]:
    """"2022's Dust Weather", "the sequel to 2021's mystery hit W": what a year owns is a work.

    Not an event ("2023's Sundance Film Festival") nor a name that qualifies
    the noun after it ("2019's Best Picture winner").
    """
    spans = []
    for token in doc_tokens(doc):
        start = after_year_possessive(doc, token.i)
        if start is None:
            continue
        end = lexicon.title_run_end(doc, start)
        if end is None or doc[start].ent_type_ == "PERSON" or not _overridable(doc, start, end) \
                or doc[end - 1].lower_ in lexicon.event_words \
                or (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN"):
            continue
        spans.append((start, end))
    return spans


def after_year_possessive(doc: Doc, i: int) -> int | None:
    """Where what the year at ``i`` owns is named: past "'s" and a few lower-case words."""
    token = doc[i]
    if not (token.shape_ == "dddd" and YEAR_RANGE_RE.match(token.text)
            and i + 2 < len(doc) and doc[i + 1].lower_ in ("'s", "’s")):
        return None
    start = i + 2
    while start - i - 2 < MAX_WORDS_BEFORE_TITLE and start < len(doc) and (
            doc[start].is_lower and doc[start].is_alpha or doc[start].text in ("“", '"', "‘")):
        start += 1
    return start if start < len(doc) else None


def _after_possessor(doc: Doc, start: int, end: int) -> int:
    """"Mara Lind's Salt Meadow (2008)": the title starts after the person who owns it."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in ("'s", "’s"):
            if doc[start].ent_type_ == "PERSON" and doc[i - 1].ent_type_ == "PERSON":
                return i + 1
            break
    return start


def _full_year_range(doc: Doc, i: int) -> bool:
    """"(1946–2014)", "(1946 - 2014)": both years in full."""
    first = doc[i + 1].text
    return len(first) == 9 or (doc[i + 2].text in DASHES and len(doc[i + 3].text) == 4)


YEAR_RANGE_RE = re.compile(r"((?:18|19|20)\d\d)(?:[–-](?:\d\d){1,2})?$")
DASHES = ("–", "-", "—")


def translated_year(doc: Doc, i: int) -> tuple[str, tuple[int, int]] | None:
    """"(The Last Ferry, 2009)" opening at token i: the year, and the translated title's span."""
    if i + 4 >= len(doc) or doc[i].text != "(" or not doc[i + 1].text[:1].isupper():
        return None
    comma = next((j for j in range(i + 2, min(len(doc), i + 10)) if doc[j].text in ",()"), None)
    if comma is None or doc[comma].text != "," or comma + 2 >= len(doc) or doc[comma + 2].text != ")":
        return None
    match = YEAR_RANGE_RE.match(doc[comma + 1].text)
    return (match.group(1), (i + 1, comma)) if match else None


def _translations(doc: Doc) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(original, translation) of each "Ostatni prom (The Last Ferry, 2009)" the titles found:
    the translation is the same work's other name."""
    pairs = []
    for ent in doc.ents:
        translated = translated_year(doc, ent.end) if ent.label_ == "Work" else None
        if translated is not None and info_of(ent).get("rule") == "title-year":
            pairs.append(((ent.start, ent.end), translated[1]))
    return pairs


def _original_title_start(doc: Doc, bracket: int) -> int | None:
    """"for Ostatni prom (", ", Cisza po burzy (": an original title keeps its language's
    case; it opens at the nearest capitalised word, with only words between."""
    for j in range(bracket - 1, max(bracket - 5, -1), -1):
        if not doc[j].is_alpha:
            return None
        if doc[j].text[:1].isupper():
            return j
    return None


def bracketed_year(doc: Doc, i: int) -> str | None:
    """The first year of "(2020)", "(1989 – 94)" or "(1992–1993)" opening at token i."""
    if i + 2 >= len(doc) or doc[i].text != "(":
        return None
    match = YEAR_RANGE_RE.match(doc[i + 1].text)
    if match is None:
        return None
    close = i + 2
    if doc[close].text in DASHES and close + 1 < len(doc) and doc[close + 1].is_digit \
            and len(doc[close + 1].text) in (2, 4):
        close += 2  # "(1989 – 94)"
    return match.group(1) if close < len(doc) and doc[close].text == ")" else None


def title_lines(doc: Doc, lexicon: Lexicon, max_tokens: int = 8) -> list[tuple[int, int]]:
    """A short Title Case line of its own near the top that recurs in the body.

    Blog posts and reviews put the work's title on a line by itself
    ("Lantern Minus One", "Brackwater (2016)"); headlines that merely mention
    a name do not recur verbatim as a whole line. A question or exclamation
    mark may end a title ("They Sold Harrow Lane, Didn't They?"); a full stop or
    colon ends a sentence or a headline's lead-in.
    """
    spans = []
    for start, end in text_lines(doc)[:4]:
        words = _without_disambiguator([t for t in doc[start:end] if not t.is_space])
        if not words or len(words) > max_tokens or words[-1].text in ".:":
            continue
        span = doc[words[0].i:words[-1].i + 1]
        if (lexicon.looks_like_title(span) or _opens_next_paragraph(doc, span)) and doc_text(doc).count(span.text) > 1:
            spans.append((span.start, span.end))
    return spans


REVIEW_SEPARATORS = {":", "–", "—", "-", "|"}


def review_headlines(doc: Doc, lexicon: Lexicon, max_tokens: int = 8) -> list[tuple[int, int]]:
    """"Halfway House review – a grimly gripping drama", "Review: Low Tide": a review's
    headline names its work, quoted or not, before or after the word "review"."""
    spans = []
    for start, end in text_lines(doc)[:2]:
        words = [t for t in doc[start:end] if not t.is_space]
        cue = next((k for k, t in enumerate(words) if t.lower_ == "review"), None)
        if cue is None:
            continue
        if cue > 0 and (cue + 1 == len(words) or words[cue + 1].text in REVIEW_SEPARATORS):
            title = words[:cue]  # "W review – ..."
        elif cue == 0 and len(words) > 2 and words[1].text in REVIEW_SEPARATORS:
            title = words[2:]  # "Review: W"
        else:
            continue
        while title and title[0].text in OPEN_QUOTES | {"'"}:
            title = title[1:]
        while title and (title[-1].text in CLOSE_QUOTES | {"'", ","}):
            title = title[:-1]
        if title and len(title) <= max_tokens and lexicon.looks_like_title(doc[title[0].i:title[-1].i + 1]):
            spans.append((title[0].i, title[-1].i + 1))
    return spans


BULLETS = {"•", "·", "▪", "◦", "*", "-", "–", "—"}
# What a line-up's or a roundup's bracket after a title holds: "(Nigeria-UK)", "(Netflix, Dec. 5)".
BRACKET_LABELS = {"GPE", "NORP", "LOC", "DATE", "ORG"}


def bulleted_titles(doc: Doc, lexicon: Lexicon, given: frozenset[str]) -> list[tuple[int, int]]:
    """"• The Burning Coast (Nigeria-UK), directed by ...": a bulleted line opening with a
    Title Case run and a bracket of countries, a network or a date names a work. Not
    "• Ana Ruiz (Spain)": a juror's given name."""
    spans = []
    for start, _ in text_lines(doc):
        if doc[start].text not in BULLETS or start + 2 >= len(doc):
            continue
        first = start + 1
        opening = next((i for i in range(first, min(len(doc), first + MAX_TITLE_TOKENS + 1))
                        if doc[i].text in ("(", ",", ":") or "\n" in doc[i].text), None)
        if opening is None or opening == first or doc[opening].text != "(":
            continue
        closing = next((i for i in range(opening + 1, min(len(doc), opening + 10)) if doc[i].text == ")"), None)
        inside = doc[opening + 1:closing] if closing else None
        if not inside or not any(t.ent_type_ in BRACKET_LABELS for t in inside):
            continue
        run = doc[first:opening]
        if lexicon.looks_like_title(run) and not (run[0].ent_type_ == "PERSON" and run[0].text in given):
            spans.append((first, opening))
    return spans


def capitals_headers(doc: Doc) -> list[tuple[int, int]]:
    """"THE ASH LEDGER (Prime Video): The spy drama returns ...": a roundup's entry
    opens its paragraph with the title in capitals and its network or date in brackets."""
    spans = []
    for start, _ in text_lines(doc):
        end = start
        while end < len(doc) and end - start < MAX_TITLE_TOKENS and _in_capitals(doc[end]):
            end += 1
        while end > start and not any(c.isalpha() for c in doc[end - 1].text):
            end -= 1
        if end > start and end + 2 < len(doc) and doc[end].text == "(" \
                and sum(c.isalpha() for c in doc[start:end].text) >= 3 and not _dateline(doc, start, end):
            spans.append((start, end))
    return spans


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """"NEW YORK (Reuters) -": a place in capitals, its agency in brackets, a dash."""
    if all(t.ent_type_ in ("GPE", "LOC") for t in doc[start:end]):
        return True
    close = next((i for i in range(end + 1, min(len(doc), end + 8)) if doc[i].text[:1] == ")"), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].text in ("-", "–", "—", "--")


# Words a title keeps in lower case inside it ("The Keeper of the Harbour").
MINOR_TITLE_WORDS = {"a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
                     "with", "from", "as", "de", "del", "la", "le", "les", "el", "y", "et", "du", "des"}
_LETTERS = re.compile(r"[^\W\d_]+")


def title_case(text: str) -> str:
    """A title written in capitals, as it would be in running text.

    >>> title_case("THE KEEPER'S HARBOUR OF HALF-LIGHT")
    "The Keeper's Harbour of Half-Light"
    """
    def word(match: re.Match[str]) -> str:
        lower = match.group().lower()
        after_apostrophe = match.start() > 0 and text[match.start() - 1] in "'’"
        first = match.start() == 0
        if after_apostrophe or (not first and lower in MINOR_TITLE_WORDS and text[match.start() - 1] == " "):
            return lower
        return lower[:1].upper() + lower[1:]

    return _LETTERS.sub(word, text)


def _in_capitals(token) -> bool:
    """A word in capitals ("LEDGER", "CLOCKMAKER'S"), a number, or what joins a title's words."""
    return token.text.isupper() or token.like_num or token.text in ("'", "’", "&", "-", ",", ".")


def _opens_next_paragraph(doc: Doc, line: Span) -> bool:
    """"La prima notte di quiete", blank line, "La prima notte di quiete, released ...":
    an encyclopedia's title, in whatever case, repeated to open the first paragraph."""
    i = line.end
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i == line.end or not line[0].text[:1].isupper():
        return False
    end = i + len(line)
    return end < len(doc) and [t.text for t in doc[i:end]] == [t.text for t in line] \
        and (doc[end].text in (",", "(") or doc[end].lemma_ == "be")


def _without_disambiguator(words: list) -> list:
    """"Copper Saints (video)", "Brackwater (TV series)": the title without its bracket."""
    if len(words) > 2 and words[-1].text == ")":
        opening = max((i for i, t in enumerate(words) if t.text == "("), default=None)
        if opening:
            return words[:opening]
    return words


def cue_titles(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str, str | None]]:
    """"the Netflix series Salt Road", "the thriller called, Quiet Harbour"."""
    found = []
    surnames = None
    for token in doc_tokens(doc):
        subtype = lexicon.work_cues.get(token.lower_)
        if subtype is None or not _cue_noun(doc, token) or _field_of_a_post(doc, token, lexicon):
            continue
        found += _called_after_a_phrase(doc, token, lexicon, subtype)
        start = token.i + 1
        after_comma = False
        while start < len(doc) and (doc[start].lower_ in ("called", "titled", "named", "dubbed")
                                    or doc[start].text == ","):
            after_comma = after_comma or doc[start].text == ","
            start += 1
        end = before_as(doc, start, lexicon.title_run_end(doc, start))
        if end is None or not (_overridable(doc, start, end) or _title_before_role(doc, token, start, end)
                               or _person_named_by_noun(doc, token, start, end)):
            continue
        # "the drama, Brackwater," is an apposition; "the film, Tessa Morrow voices" is not.
        if after_comma and end < len(doc) and not doc[end].is_punct and not _next_cue_phrase(doc, end, lexicon):
            continue
        if after_comma and _opens_the_sentence(token):
            continue  # "In the episode, Inspector Ada Quill (Mara Lind) races ...": the clause's subject
        surnames = ner_surnames(doc) if surnames is None else surnames
        if end - start == 1 and doc[start].text in surnames:
            continue  # "the first episode Lind has written", after "Mara Lind"
        found.append((start, end, "cue-title", subtype or None))
    return found


def _opens_the_sentence(cue) -> bool:
    """"In the episode," / "In the film,": the cue ends a fronted phrase, the comma ends it."""
    prep = cue.head
    return cue.dep_ == "pobj" and prep.dep_ == "prep" and prep.i == prep.sent.start


def _cue_noun(doc: Doc, token) -> bool:
    """A cue word used as a noun; "the novel Summer at X" and "the BBC procedural X" are
    tagged adjectives before a capital, "the Arte miniseries X" a verb."""
    if token.tag_ in ("NN", "NNS"):
        return True
    return (token.tag_ in ("JJ", "VBZ") and token.i > 0
            and (doc[token.i - 1].lower_ in ("the", "a", "an") or doc[token.i - 1].ent_type_ == "ORG")
            and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper())


def _field_of_a_post(doc: Doc, cue, lexicon: Lexicon) -> bool:
    """"head of drama Celeste Marlow", "director of UK series, Imogen Castell": the cue word
    is a job's field, the name a person's."""
    i = cue.i - 1
    while i > cue.i - 4 and i >= 2 and doc[i].lower_ != "of" \
            and (doc[i].pos_ in ("ADJ", "PROPN") or doc[i].dep_ == "compound"):
        i -= 1  # "of UK series", "of international drama series"
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in lexicon.job_heads


def _next_cue_phrase(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """"the 2004 film, Born to Run and 2006 film Copper Saints": "and" opens the next such phrase."""
    return doc[i].lower_ == "and" and any(t.lower_ in lexicon.work_cues for t in doc[i + 1:min(len(doc), i + 4)])


def ner_surnames(doc: Doc) -> set[str]:
    """The last words of the people NER named in full."""
    return {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}


def _title_before_role(doc: Doc, noun, start: int, end: int) -> bool:
    """"appeared in the horror film Orla Quay as Ida": what NER took for a person is the title.

    The work noun is the object of "in" or "on", and "as" and a role follow the name.
    """
    phrase = noun.head if noun.dep_ == "compound" else noun  # "the horror film Orla Quay": one phrase
    if doc[start].ent_type_ != "PERSON" or phrase.dep_ != "pobj" or phrase.head.lower_ not in ("in", "on"):
        return False
    whole_name = doc[end].ent_iob_ != "I" and all(t.ent_type_ == "PERSON" for t in doc[start:end])
    return whole_name and end + 1 < len(doc) and doc[end].lower_ == "as" and doc[end + 1].text[:1].isupper()


def _person_named_by_noun(doc: Doc, noun, start: int, end: int) -> bool:
    """"the animated series Harbour Kings", "the film Salt Meadow": what NER took for a person the noun names.

    The parse says so: the noun modifies the name (as its compound), or the name
    is in apposition to the noun. A name that is a clause's subject is a person ("in the film
    Tom Reyes plays a pilot").
    """
    if doc[start].ent_type_ != "PERSON" or doc[end - 1].ent_iob_ == "I" and end < len(doc) \
            and doc[end].ent_iob_ == "I":
        return False
    root = next((t for t in doc[start:end] if not start <= t.head.i < end), None)
    if root is None:
        return False
    # "Neon's South Korean thriller Salt Flats added ...", "its space drama Orbital Decay will end":
    # a company's or a pronoun's genre noun names its own title, subject or not.
    if any(c.dep_ == "poss" or c.ent_type_ == "NORP" for c in noun.children) \
            and (noun.head == root or noun.i == start - 1):
        return True  # also "Australian comedy Bin Day, from creator ...": a demonym's genre noun
    if root.dep_ in ("nsubj", "nsubjpass"):
        return False
    # "Prime Video's action film Vesper Run": the noun may also be parsed as the name's compound.
    return (root.dep_ == "appos" and root.head == noun) or (noun.dep_ in ("compound", "amod") and noun.head == root)


def before_as(doc: Doc, start: int, end: int | None) -> int | None:
    """"the drama series Salt & Harbour as NYPD Detective Tom Reyes": a role follows "as"."""
    if end is None:
        return None
    cut = next((t.i for t in doc[start + 1:end] if t.lower_ == "as" and doc[t.i + 1].text[:1].isupper()), end)
    return cut


NAMING_PARTICIPLES = ("called", "titled", "entitled", "named")


def _called_after_a_phrase(doc: Doc, noun, lexicon: Lexicon, subtype: str) -> list[tuple[int, int, str, str | None]]:
    """"A documentary of the first tour, called Quiet Harbour Express": the participle hangs from the cue noun."""
    for child in noun.children:
        if child.dep_ == "acl" and child.lower_ in NAMING_PARTICIPLES and child.i > noun.i + 1:
            end = lexicon.title_run_end(doc, child.i + 1)
            if end is not None and _overridable(doc, child.i + 1, end):
                return [(child.i + 1, end, "cue-title", subtype or None)]
    return []


def season_mentions(doc: Doc, lexicon: Lexicon) -> list[tuple[int, int, str, int]]:
    """"The Glass Orchard season 2", "season two of Brackwater", "the second season of Brackwater",
    "“Brackwater” returns for its third season".

    Yields (start, end, series title, season number).
    """
    found = []
    for token in doc_tokens(doc):
        if token.lower_ != "season":
            continue
        its_season = _its_season(doc, token.i)
        if its_season is not None:
            found.append(its_season)
            continue
        if token.i + 1 >= len(doc):
            continue
        number = _season_number(doc[token.i + 1].lower_)
        if number is not None:
            start = lexicon.title_run_start(doc, token.i)
            if start is not None and _named_elsewhere(doc, start, token.i):
                found.append((start, token.i + 2, _series_text(doc[start:token.i]), number))
                continue
            of = token.i + 2
        else:
            number = ORDINALS.get(doc[token.i - 1].lower_) if token.i > 0 else None
            of = token.i + 1
        if number is not None and (of >= len(doc) or doc[of].lower_ != "of"):
            unnamed = _season_without_of(doc, token.i, number)
            if unnamed is not None:
                found.append(unnamed)
            continue
        if number is None or of >= len(doc) or doc[of].lower_ != "of":
            continue
        first = of + 1 + (1 if of + 1 < len(doc) and doc[of + 1].text in "“\"‘'" else 0)
        first = _past_owner(doc, first, lexicon)
        end = lexicon.title_run_end(doc, first)
        begin = token.i if _season_number(doc[token.i + 1].lower_) is not None else token.i - 1
        if end is not None:
            found.append((begin, end, _series_text(doc[first:end]), number))
        elif _the_work_noun(doc, of + 1, lexicon):
            works = _works_before(doc, begin)  # "the second season of the family drama": the last named
            found += [(begin, token.i + 1, _series_text(works[-1]), number)] if works else []
    return found


def _past_owner(doc: Doc, i: int, lexicon: Lexicon) -> int:
    """"season 3 of Paramount+'s Ridgeback": the title starts after a known company's possessive."""
    for end in range(i + 1, min(len(doc) - 1, i + 4)):
        if doc[end].lower_ in ("'s", "’s"):
            return end + 1 if doc[i:end].text in lexicon.organisation_spellings else i
    return i


def _the_work_noun(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """"the Emmy-nominated family drama", "the show": a definite phrase headed by a work noun."""
    if i >= len(doc) or doc[i].lower_ not in ("the", "this"):
        return False
    head = doc[i].head
    return head.i > i and (head.lower_ in lexicon.work_nouns or head.lower_ in lexicon.work_cues)


def _works_before(doc: Doc, i: int, start: int = 0) -> list[Span]:
    """The works named between tokens ``start`` and ``i``, seasons apart (they name no series)."""
    return [e for e in doc.ents if e.label_ == "Work" and start <= e.start and e.end <= i
            and info_of(e).get("subtype") != "Season"]


# Words between "the" and a season's ordinal: "the 13-episode second season".
SEASON_MODIFIERS = {"-", "episode", "new", "final", "upcoming", "latest", "current"}


def _season_without_of(doc: Doc, season: int, number: int) -> tuple[int, int, str, int] | None:
    """"Brackwater's ninth season" (the possessor's); "Season 3 premiered Oct. 2", "the
    eight-episode second season concludes" (no series named: the article's, the first
    work it names)."""
    numbered_after = season + 1 < len(doc) and _season_number(doc[season + 1].lower_) is not None
    start, end = (season, season + 2) if numbered_after else (season - 1, season + 1)
    i = start - 1
    while i >= 0 and (doc[i].like_num or doc[i].lower_ in SEASON_MODIFIERS):
        i -= 1
    if i >= 0 and doc[i].tag_ == "POS":
        owner = doc[i - 1] if i > 0 else None
        named = _works_before(doc, start) if owner is not None and owner.lower_ in ("series", "show") else []
        if named:
            return start, end, _series_text(named[-1]), number  # "the show's third season"
        if owner is None or owner.ent_type_ != "Work":
            return None
        series = next(e for e in doc.ents if e.start <= owner.i < e.end)
        return start, end, _series_text(series), number
    opens_sentence = numbered_after and (doc[start].is_sent_start or i < 0 or doc[i].is_punct or doc[i].is_space)
    # NER often reads "The second season" as a date: its "the" may be inside that DATE
    if not opens_sentence and not (i >= 0 and doc[i].lower_ in ("the", "this") and doc[i].ent_type_ in ("", "DATE")):
        return None
    works = _works_before(doc, start)  # the first named is the article's
    return (start, end, _series_text(works[0]), number) if works else None


def _date_running_on(doc: Doc, end: int) -> tuple[int, int] | None:
    """The rest of a DATE entity that covers a season's last token and goes on past it."""
    if doc[end - 1].ent_type_ != "DATE" or end >= len(doc) or doc[end].ent_iob_ != "I":
        return None
    stop = end
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    start = end
    while start < stop and doc[start].is_punct:
        start += 1
    return (start, stop) if start < stop else None


ORDINAL_SUFFIX = re.compile(r"\d+(?:st|nd|rd|th)$")


def _its_season(doc: Doc, season: int) -> tuple[int, int, str, int] | None:
    """"“Tracker” returns for its third season", "launches its eighth and final season".

    The series is the work named last before "its" in the sentence; NER
    often reads "its third season" as a date, which this replaces.
    """
    i = season - 1
    if i > 1 and doc[i].lower_ == "final":
        i -= 2 if doc[i - 1].lower_ == "and" else 1
    word = doc[i].lower_ if i > 0 else ""
    number = ORDINALS.get(word) or (int(word[:-2]) if ORDINAL_SUFFIX.match(word) else None)
    owner = i - 1
    while owner > 0 and (doc[owner].like_num or doc[owner].lower_ in SEASON_MODIFIERS):
        owner -= 1  # "its eight-episode third season"
    if number is None or doc[owner].lower_ not in ("its", "their"):
        return None
    sent = doc[season].sent
    works = _works_before(doc, i - 1, start=sent.start)
    if works:
        return i, season + 1, _series_text(works[-1]), number
    # "Midway through its third season, “Harrow Lane” ...": "its" looks ahead to the subject
    later = _works_before(doc, sent.end, start=season + 1)
    if later:
        return i, season + 1, _series_text(later[0]), number
    # "The thriller returned for its second season": the work named last before the sentence,
    # when no name before "its" may be the owner (NER's, not yet a title: "ITV's Lantern Street")
    if any(t.pos_ == "PROPN" for t in doc[sent.start:owner]):
        return None
    earlier = _works_before(doc, sent.start)
    return (i, season + 1, _series_text(earlier[-1]), number) if earlier else None


def _named_elsewhere(doc: Doc, start: int, end: int) -> bool:
    """A series title recurs in the article and has no verb: not a whole headline."""
    span = doc[start:end]
    return doc_text(doc).count(span.text) > 1 and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _season_number(word: str) -> int | None:
    number = spelled_number(word)
    return number if number is not None and 0 < number < 100 else None


def _series_text(span: Span) -> str:
    return span.text.strip(" “”\"‘’'")


def _overridable(doc: Doc, start: int, end: int) -> bool:
    """NER's label may give way to a title after a work noun.

    A date or number inside a longer title gives way too ("the drama Friday
    Night Lanterns", where NER saw the day "Friday").
    """
    label = doc[start].ent_type_
    if label in OVERRIDABLE:
        return True
    if label in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        entity_end = start + 1
        while entity_end < len(doc) and doc[entity_end].ent_iob_ == "I":
            entity_end += 1
        return end > entity_end
    return False


def _inside_person(doc: Doc, start: int, end: int) -> bool:
    """A quoted nickname inside a person's name (Dwayne "The Rock" Johnson)."""
    before = doc[start - 2] if start >= 2 else None
    after = doc[end + 1] if end + 1 < len(doc) else None
    return bool(before is not None and after is not None
                and before.ent_type_ == "PERSON" and after.ent_type_ == "PERSON"
                and before.ent_iob_ != "O" and after.ent_iob_ == "I")


def _without_overlaps(found: list[tuple[int, int, str, str | None]]
                      ) -> list[tuple[int, int, str, str | None]]:
    """Keep the first-found of overlapping spans (quotes beat year beats cue)."""
    taken: set[int] = set()
    kept = []
    for item in found:
        tokens = set(range(item[0], item[1]))
        if not tokens & taken:
            kept.append(item)
            taken |= tokens
    return kept


