"""Name normalisation and identifiers, shared by merging, export and scoring."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = "\"'`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u00ab\u00bb"
_QUOTE_RE = re.compile(f"[{re.escape(_QUOTES)}]")
_POSSESSIVE_RE = re.compile(r"['\u2019]s$")
_PUNCT_SPACE_RE = re.compile(r"[\W_]+")


@lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """Fold a name the way the spec's scoring does.

    NFKC, diacritics removed, case-folded, quotes and a trailing possessive
    removed, runs of white space and punctuation folded to one space, a
    leading "the " dropped.

    >>> normalize_name("The Keeper’s Harbour")
    'keeper s harbour'
    >>> normalize_name("Ida Hölm's")
    'ida holm'
    """
    text = unicodedata.normalize("NFKC", name).strip()
    text = _POSSESSIVE_RE.sub("", text)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = _QUOTE_RE.sub(" ", text.casefold())
    text = _PUNCT_SPACE_RE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def slugify(name: str) -> str:
    """A readable, IRI-safe slug that keeps non-Latin letters.

    >>> slugify("Paulina Andreeva")
    'paulina-andreeva'
    >>> slugify("Лучше, чем люди")
    'лучше-чем-люди'
    >>> slugify("!!!")
    '_'
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = "-".join(part for part in _PUNCT_SPACE_RE.split(text) if part)
    return slug or "_"


def entity_id(entity_type: str, name: str) -> str:
    """The stable key of an entity: its type and the slug of its name.

    >>> entity_id("Work", "Better Than Us")
    'work/better-than-us'
    """
    return f"{entity_type.lower()}/{slugify(name)}"
