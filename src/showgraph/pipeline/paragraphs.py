"""Paragraph breaks as sentence boundaries, set before the parser runs.

The stock parser reads a blank line as ordinary white space, so a headline
or an encyclopedia title on a line of its own ("Harbour of Song", blank
line, "Harbour of Song is a 1936 British film ...") runs into the first
sentence, and the parse of both suffers. A blank line always ends a
sentence; the parser keeps boundaries set before it. A single line break
before a lowercase word is the other way round: a title that ends in a
question mark, then "is a 1969 film ..." on the next line, is one sentence.
So is a title with a subtitle: "Wolfsbane: The Iron Crown (2009) and ...",
and a name after its initials: "R.J. Tolliver". A roundup's entry line that ends in
its bracket ("Quiet Acre (Hulu, July 16)") ends at its line break, and a bulleted line
starts a sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from showgraph.pipeline.doc_data import doc_tokens
from showgraph.pipeline.lexicon import TITLE_ABBREVIATIONS
from showgraph.pipeline.titles import BULLETS


class ParagraphBreaks:
    """Marks the first token after each blank line as a sentence start."""

    def __init__(self, nlp: Language, name: str = "showgraph_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        tokens = doc_tokens(doc)
        field_lines = _field_line_starts(tokens)
        kept_whole = _inside_brackets(tokens) | _field_lines_rest(tokens, field_lines)
        for token in tokens[1:]:
            before = tokens[token.i - 1]
            # "Sgt. Elias Brandvold": a rank's period ends no sentence
            if before.text in TITLE_ABBREVIATIONS or _continues_line(before, token) \
                    or _after_a_subtitle_colon(doc, token) or _after_initials(before, token) or token.i in kept_whole:
                token.is_sent_start = False
                continue
            if token.is_space or not (_ends_paragraph(before) or _after_entry_line(doc, before, token)
                                      or _opens_a_bulleted_line(before, token) or token.i in field_lines):
                continue
            token.is_sent_start = True
            # The parser otherwise tends to cut a name that opens the
            # paragraph off from the rest of its sentence.
            following = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
            if following is not None and not following.is_space and not _ends_paragraph(token):
                following.is_sent_start = False
        return doc


MAX_BRACKET = 30


def _inside_brackets(tokens: list[Token]) -> set[int]:
    """Tokens after the first inside a bracket that closes on its line: "(Korean: 야간약국; RR:
    Yagan Yakguk)" is no place for a sentence to start."""
    inside: set[int] = set()
    if not tokens or "(" not in tokens[0].doc.text:
        return inside
    for opening in (t for t in tokens if t.text == "("):
        for token in tokens[opening.i + 1:opening.i + MAX_BRACKET]:
            if token.text == ")":
                inside.update(range(opening.i + 2, token.i + 1))
                break
            if token.text in ("(", "\n") or "\n" in token.whitespace_:
                break
    return inside


def _ends_paragraph(token) -> bool:
    return "\n\n" in token.whitespace_ or (token.is_space and token.text.count("\n") >= 2) \
        or (token.is_space and "\n" in token.text and "\n" in token.whitespace_)


def _after_entry_line(doc: Doc, before, token) -> bool:
    """"Quiet Acre (Hulu, Wednesday, July 16)", line break, "Marcus Bell stars as ...": a
    roundup's entry line, ending in its bracket, is no part of the sentence under it."""
    return before.text == "\n" and before.i > 0 and doc[before.i - 1].text == ")" and token.is_title


def _opens_a_bulleted_line(before, token) -> bool:
    """"• The Burning Coast (Nigeria-UK), directed by ...": each bulleted line is an entry of its own."""
    return token.text in BULLETS and ("\n" in before.whitespace_ or (before.is_space and "\n" in before.text))


def _field_line_starts(tokens: list[Token]) -> set[int]:
    """Lines that open with a label and its colon: "Lead Performance in a Series: A, “W”", "Rating: R"."""
    starts = set()
    for before, token in zip(tokens, tokens[1:]):
        if token.is_title and ("\n" in before.whitespace_ or (before.is_space and "\n" in before.text)):
            for after in tokens[token.i + 1:token.i + 8]:
                if after.text == ":":
                    starts.add(token.i)
                if after.text == ":" or "\n" in after.text or "\n" in after.whitespace_ \
                        or not (after.is_title or after.is_lower):
                    break
    return starts


def _field_lines_rest(tokens: list[Token], starts: set[int]) -> set[int]:
    """The tokens of a field line after its first, to its end: "Director: Ada Quill" is one sentence."""
    rest: set[int] = set()
    for start in starts:
        for after in tokens[start + 1:]:
            if after.is_space or after.text in (".", "!", "?"):
                break
            rest.add(after.i)
            if "\n" in after.whitespace_:
                break
    return rest


def _continues_line(before, token) -> bool:
    """A lowercase word after one line break carries on the sentence above it."""
    return token.is_lower and token.is_alpha and before.text == "\n" and not before.whitespace_


def _after_initials(before, token) -> bool:
    """"R.J. Tolliver", "Ama K. Boateng": a proper noun after initials goes on the name
    (not "in the U.S. Netflix ...", nor "World War I. The ...")."""
    text = before.text
    if not token.is_title or token.tag_ != "NNP" or text == "I." or len(text) < 2 or not text.endswith("."):
        return False
    if before.i > 0 and before.doc[before.i - 1].lower_ == "the":
        return False
    return all(part.isalpha() and part.isupper() and len(part) == 1 for part in text[:-1].split("."))


def _after_a_subtitle_colon(doc: Doc, token) -> bool:
    """"Wolfsbane: The Iron Crown": a capitalised word right after a colon that follows a
    capitalised word goes on a title; the parser would start a sentence there."""
    if token.i < 2 or not token.is_title:
        return False
    colon, word = doc[token.i - 1], doc[token.i - 2]
    return colon.text == ":" and colon.whitespace_ == " " and not word.whitespace_ and word.is_title \
        and word.is_alpha

