"""The plain data showgraph's components leave on a Doc.

Everything is msgpack-safe (lists, dicts, strings, ints), so Docs keep it
when spaCy sends them between processes (``n_process > 1``). Token spans are
``[start, end)`` token offsets.

- ``doc._.sg_published``: the article's publication date (ISO) or None,
  set before the pipeline runs.
- ``doc._.sg_entity_info``: ``{"start:end": {"subtype": "TVSeries", "role":
  "network", "rule": "quoted-title"}}`` for entity spans in ``doc.ents``.
- ``doc._.sg_cast``: ``[[actor_start, actor_end, char_start, char_end, rule]]``.
- ``doc._.sg_coref``: ``{"start:end": [start, end]}``: an anaphor (pronoun,
  surname, "the series") and the entity span it refers to.
- ``doc._.sg_topic``: ``[start, end]`` of the work the article is about.
- ``doc._.sg_relations``: one dict a fact, see :mod:`showgraph.pipeline.relations`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import wraps
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

ENTITY_LABELS = ("Person", "Character", "Organization", "Work", "Place")

_DOC_DEFAULTS = {
    "sg_published": None,
    "sg_entity_info": None,
    "sg_cast": None,
    "sg_coref": None,
    "sg_topic": None,
    "sg_relations": None,
}


def register_extensions() -> None:
    """Declare the extension attributes once per process."""
    for name, default in _DOC_DEFAULTS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


T = TypeVar("T")


def latest_doc_memo(compute: Callable[..., T]) -> Callable[..., T]:
    """Remember ``compute(doc, ...)`` for the latest Doc only (same object, same length).

    The components run one after another on one Doc, then move on to the
    next, so one entry is enough, and nothing outlives the Doc for long.
    Further arguments must be the same for every call (the lexicon).
    """
    latest: tuple[Doc, int, T] | None = None

    @wraps(compute)
    def remembered(doc: Doc, *args: Any) -> T:
        nonlocal latest
        if latest is None or latest[0] is not doc or latest[1] != len(doc):
            latest = (doc, len(doc), compute(doc, *args))
        return latest[2]

    return remembered


@latest_doc_memo
def doc_tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens as a list, made once and shared by every component.

    Iterating a Doc makes a new Token object for every word each time; a
    dozen passes over each article made that a tenth of showgraph's cost.
    Nothing after the stock pipeline retokenises, so its Tokens stay valid
    while entities change.
    """
    return list(doc)


@latest_doc_memo
def text_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the text's lines, made once: title lines, headers and lists read them."""
    lines, start = [], 0
    for token in doc_tokens(doc):
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if "\n" in token.text else token.i + 1
            if end > start:
                lines.append((start, end))
            start = token.i + 1
    if start < len(doc):
        lines.append((start, len(doc)))
    return lines


@latest_doc_memo
def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once: ``doc.text`` makes every Token again on each read."""
    return doc.text


def first_line_break(doc: Doc) -> int | None:
    """The index of the whitespace token that ends the article's first line, if any.

    spaCy keeps every line break in a whitespace token of its own (a Token's
    trailing whitespace is at most one space), so this is where a headline ends.
    """
    return next((t.i for t in doc_tokens(doc) if t.is_space and "\n" in t.text), None)


def span_text(span: Span) -> str:
    """``span.text``, cut from :func:`doc_text` instead of joined from new Tokens."""
    return doc_text(span.doc)[span.start_char:span.end_char]


class Sentence(Span):
    """A sentence whose Tokens are the document's shared ones (:func:`doc_tokens`).

    Iterating a plain Span makes a new Token per word, once per rule.
    """

    _tokens: list[Token]

    @classmethod
    def of(cls, sent: Span) -> Sentence:
        sentence = cls(sent.doc, sent.start, sent.end)
        sentence._tokens = doc_tokens(sent.doc)[sent.start:sent.end]
        return sentence

    def __iter__(self) -> Iterator[Token]:
        return iter(self._tokens)


def sentences(doc: Doc) -> list[Sentence]:
    return [Sentence.of(sent) for sent in doc.sents]


def span_key(start: int, end: int) -> str:
    return f"{start}:{end}"


@latest_doc_memo
def entity_info(doc: Doc) -> dict[str, dict]:
    """The per-entity info dict, created on first use.

    Remembered: each ``doc._`` builds an Underscore object, and the rules ask
    for this dict tens of thousands of times an article. Only this function
    creates the dict, and it is changed in place, so the one remembered
    stays the Doc's own.
    """
    info = doc._.sg_entity_info
    if info is None:
        info = doc._.sg_entity_info = {}
    return info


def info_of(span: Span) -> dict:
    return entity_info(span.doc).get(span_key(span.start, span.end), {})


def set_entity(doc: Doc, start: int, end: int, label: str, **info: str) -> Span:
    """Put an entity span into ``doc.ents``, replacing whatever overlaps it."""
    span = Span(doc, start, end, label=label)
    # Every token annotated (the usual case after NER)? Doc.has_annotation
    # would ask each Token in Python; the array answers at C speed.
    if doc.to_array("ENT_IOB").all():
        _overwrite_entities(doc, span)
    else:  # some tokens unannotated: setting doc.ents marks them "O", as before
        kept = [e for e in doc.ents if e.end <= start or e.start >= end]
        doc.ents = sorted(kept + [span], key=lambda e: e.start)
    known = entity_info(doc).get(span_key(start, end), {})
    if "canonical" in known and "canonical" not in info:
        info = {**info, "canonical": known["canonical"]}  # a name's spelling, whatever its type
    if info:
        entity_info(doc)[span_key(start, end)] = dict(info)
    return span



def _overwrite_entities(doc: Doc, span: Span) -> None:
    """Write one entity over whatever overlaps it, leaving the rest of doc.ents alone.

    The same result as ``doc.ents = kept + [span]``, without rebuilding and
    re-setting every entity of the document: only an entity cut by the
    span's start or end changes, its part outside the span becoming "O".
    """
    left = span.start
    while left > 0 and doc[left].ent_iob_ == "I":  # an entity runs into the span from the left
        left -= 1
    right = span.end
    while right < len(doc) and doc[right].ent_iob_ == "I":  # ... or on past its end
        right += 1
    outside = [doc[i:j] for i, j in ((left, span.start), (span.end, right)) if i < j]
    doc.set_ents([span], outside=outside, default="unmodified")

def relabel(span: Span, label: str, **info: str) -> Span:
    """Give an entity span a new label, keeping its extent."""
    merged = {**info_of(span), **info}
    return set_entity(span.doc, span.start, span.end, label, **merged)


def joining_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen written without spaces between two capitalised words: "Cole-Whitby"."""
    return (doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_
            and not doc[i].whitespace_ and doc[i + 1].text[:1].isupper())


def bracketed(doc: Doc, start: int, end: int) -> bool:
    """Tokens [start, end) stand alone in brackets: "Harbor Kids (Netflix)".

    The tokenizer keeps "):" whole, as in "W (Netflix): ...".
    """
    return start > 1 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text[:1] == ")"


# A photo caption's word in brackets after a name: "Beatrice Lowe (pictured) stars as ...".
PHOTO_WORDS = {"pictured", "above", "below", "left", "right", "center", "centre", "top", "inset"}


def photo_caption_end(doc: Doc, i: int) -> int | None:
    """Past "(pictured)" opening at token i, or None: a caption aside, transparent to the sentence."""
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 1].lower_ in PHOTO_WORDS and doc[i + 2].text == ")":
        return i + 3
    return None


def listed_in_bracket(doc: Doc, start: int, end: int) -> int | None:
    """The opening bracket of a roundup's "(Prime Video, Friday)" or "(BBC One, Sunday; PBS,
    March 2)" for tokens [start, end): a name that opens the bracket or follows its semicolon,
    with a comma, a semicolon or the bracket's end after it."""
    if end >= len(doc) or doc[end].text not in (",", ";") and doc[end].text[:1] != ")":
        return None
    i = start - 1
    if i >= 0 and doc[i].text == "(":
        return i
    if i < 0 or doc[i].text != ";":
        return None
    while i > max(start - 12, 0) and doc[i].text != "(":
        if doc[i].text[:1] == ")":
            return None
        i -= 1
    return i if doc[i].text == "(" else None


def ent_span(doc: Doc, i: int) -> tuple[int, int] | None:
    """The ``[start, end)`` token span of the entity covering token i, or None."""
    tokens = doc_tokens(doc)
    if not tokens[i].ent_type_:
        return None
    start, end = i, i + 1
    while start > 0 and tokens[start].ent_iob_ == "I":
        start -= 1
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    return (start, end)
