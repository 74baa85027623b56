"""Plain extraction records: what the spaCy side hands to the graph side.

Nothing here imports spaCy. An :class:`ArticleExtraction` is everything
showgraph learned from one article, as frozen dataclasses that pickle, cache
and cross process boundaries cheaply.

>>> source = Source(doc="a.txt", start=0, end=5, sentence="Hello")
>>> fact = Fact("work/x", "releaseDate", value="2019", sources=(source,))
>>> fact.is_literal
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

ENTITY_TYPES = ("Person", "Character", "Organization", "Work", "Place")
WORK_SUBTYPES = ("TVSeries", "Movie", "Season", "Episode", "Other")

# predicate -> (allowed subject types, allowed object types or "literal kind")
PREDICATES: dict[str, tuple[tuple[str, ...], tuple[str, ...] | str]] = {
    "actor": (("Work",), ("Person",)),
    "character": (("Work",), ("Character",)),
    "plays": (("Person",), ("Character",)),
    "creator": (("Work",), ("Person", "Organization")),
    "director": (("Work",), ("Person",)),
    "writer": (("Work",), ("Person",)),
    "producer": (("Work",), ("Person",)),
    "productionCompany": (("Work",), ("Organization",)),
    "network": (("Work",), ("Organization",)),
    "distributor": (("Work",), ("Organization",)),
    "releaseDate": (("Work",), "date"),
    "numberOfEpisodes": (("Work",), "integer"),
    "numberOfSeasons": (("Work",), "integer"),
    "worksFor": (("Person", "Character"), ("Organization",)),
    "jobTitle": (("Person", "Character"), "text"),
    "memberOf": (("Person", "Character"), ("Organization",)),
    "countryOfOrigin": (("Work",), ("Place",)),
    "basedOn": (("Work",), ("Work",)),
    "partOfSeries": (("Work",), ("Work",)),
}

Literal = Union[str, int]


@dataclass(frozen=True)
class Source:
    """Evidence for a fact: character offsets into one article's text."""

    doc: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Entity:
    """An entity as one article names it.

    ``id`` is the stable key (``person/paulina-andreeva``) that merges the
    same entity across articles; ``aliases`` are the other spellings the
    article used for it (a surname alone, a nickname).
    """

    id: str
    name: str
    type: str
    subtype: str | None = None
    aliases: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    """One typed statement with its evidence.

    Exactly one of ``object`` (an entity id) and ``value`` (a literal) is set.
    """

    subject: str
    predicate: str
    object: str | None = None
    value: Literal | None = None
    confidence: float = 1.0
    sources: tuple[Source, ...] = ()
    rule: str = ""

    @property
    def is_literal(self) -> bool:
        return self.object is None

    @property
    def target(self) -> str | Literal:
        """The object id or the literal value, whichever the fact has."""
        return self.value if self.object is None else self.object


@dataclass(frozen=True)
class Article:
    """One input article: its text and what is known about it."""

    id: str
    text: str
    published: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)
